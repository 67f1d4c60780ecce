//! The columns of a project ledger: each field where its header word is best matched, and a
//! unit column found by its content when no header names it.

use super::Sheet;
use crate::layout::{ColumnRole, LayoutKind, RowClass, Section};
use crate::periods::MoneyUnit;
use crate::report::SkipReason;
use crate::synonyms::{ledger_field_match, LedgerField};
use crate::unit::{looks_like_unit, unit_in};
use std::collections::HashMap;

/// A ledger's money unit when no header or line states one.
const DEFAULT_MONEY: MoneyUnit = MoneyUnit::Wan;

/// The section rows that name a unit (一、城东街道（共23个）): the unit of the projects below.
pub fn unit_sections(sheet: &Sheet<'_>) -> Vec<Section> {
    sheet
        .rows
        .iter()
        .enumerate()
        .filter(|(_, class)| **class == RowClass::Skip(SkipReason::Section))
        .filter_map(|(row, _)| {
            let text = sheet.grid.row_texts(row).into_iter().next()?;
            let unit = unit_in(&text)?;
            Some(Section {
                row,
                block: None,
                year: None,
                unit: Some(unit),
            })
        })
        .collect()
}

/// The ledger's kind (with its money unit) and the field of each column.
pub fn columns(sheet: &Sheet<'_>) -> (LayoutKind, Vec<ColumnRole>) {
    let width = sheet.grid.width;
    // An exact header word wins over a partial one; the first column wins among equals.
    let mut best: HashMap<LedgerField, (usize, bool)> = HashMap::new();
    for c in 0..width {
        if let Some((field, exact)) = ledger_field_match(sheet.header.segments(c)) {
            match best.get(&field) {
                Some((_, true)) => {}
                Some((_, false)) if !exact => {}
                _ => {
                    best.insert(field, (c, exact));
                }
            }
        }
    }
    let mut columns = vec![ColumnRole::Ignored; width];
    for (field, (c, _)) in &best {
        columns[*c] = ColumnRole::Ledger(*field);
    }
    if !best.contains_key(&LedgerField::Unit) {
        if let Some(c) = unit_column_by_content(sheet, &columns) {
            columns[c] = ColumnRole::Ledger(LedgerField::Unit);
        }
    }
    let money = best
        .get(&LedgerField::Investment)
        .map_or(DEFAULT_MONEY, |&(c, _)| sheet.money_of(c, DEFAULT_MONEY));
    (LayoutKind::Ledger { money }, columns)
}

/// A column no header word placed whose texts are unit names (城东街道, 北山镇 …) on most
/// data rows: the unit of each project, whatever its header says.
fn unit_column_by_content(sheet: &Sheet<'_>, placed: &[ColumnRole]) -> Option<usize> {
    const SAMPLE_ROWS: usize = 200;
    let rows: Vec<usize> = sheet.data_rows().take(SAMPLE_ROWS).collect();
    (0..sheet.grid.width)
        .filter(|&c| placed[c] == ColumnRole::Ignored)
        .map(|c| {
            let filled = rows
                .iter()
                .filter(|&&r| !sheet.grid.value(r, c).is_nothing())
                .count();
            let units = rows
                .iter()
                .filter(|&&r| sheet.grid.value(r, c).text().is_some_and(looks_like_unit))
                .count();
            (c, filled, units)
        })
        .filter(|&(_, filled, units)| units >= 2 && units * 10 >= filled * 8)
        .max_by_key(|&(c, _, units)| (units, usize::MAX - c))
        .map(|(c, _, _)| c)
}
