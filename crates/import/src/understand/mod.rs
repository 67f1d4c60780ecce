//! Recognition: what a sheet is and how to read it, by its structure — the header, what each
//! row is, the kind of table, and what each column holds — built into one [`Layout`].

pub mod header;
mod kind;
mod ledger;
mod progress;
pub mod rows;
mod unit_table;

use crate::grid::Grid;
use crate::layout::{ColumnRole, Header, Layout, RowClass};
use crate::periods::{money_unit_in, plan_in, year_in, ytd_label, MoneyUnit};
use crate::synonyms::{contains_any, indicator_of};
use crate::unit::{scope_in, ScopeHint};
use header::find_header;
use kind::{detect, TableKind};
use planboard_model::text::{compact, compacted};
use planboard_model::{FactKind, Indicator, UnitName};
use rows::classify_rows;

/// The names around a sheet that may say whom it speaks for.
#[derive(Clone, Copy, Debug)]
pub struct Names<'a> {
    /// The sheet's name.
    pub sheet: &'a str,
    /// The file's name without folders.
    pub file_name: &'a str,
    /// The unit the user chose for sheets whose unit cannot be told.
    pub fallback_unit: Option<&'a UnitName>,
}

/// Why a sheet was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotUnderstood {
    /// No row reads as a header: notes, or an empty sheet.
    NoTable,
    /// A header was found but its columns name no projects, indicators or units.
    Unrecognized {
        /// The header's column labels, as found.
        labels: Vec<String>,
    },
}

/// What a kind's column reader needs to know of the sheet.
pub(crate) struct Sheet<'a> {
    pub grid: &'a Grid,
    pub header: &'a Header,
    pub rows: &'a [RowClass],
    /// The texts of the rows above the header (titles, a "单位：万元" line).
    pub titles: &'a [String],
    /// The money unit a "单位：万元" line above the table states.
    pub stated_money: Option<MoneyUnit>,
    /// The last month of a year to date the title names.
    pub ytd_through: Option<u32>,
    /// The indicator the title or sheet name names (各单位实际到位资金完成情况), for tables
    /// whose columns are periods or units.
    pub title_indicator: Option<Indicator>,
}

impl Sheet<'_> {
    /// The grid rows classed as data.
    pub fn data_rows(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == RowClass::Data)
            .map(|(r, _)| r)
    }

    /// The role of a figure whose header says neither 目标 nor 完成: a target in a table of
    /// targets (a title naming 目标, 任务, 分解), an actual in a table of results (a title
    /// naming 完成, 公示, 通报 or months to date), else a target.
    pub fn default_field(&self) -> FactKind {
        self.title_field().unwrap_or(FactKind::Target)
    }

    /// What the title says the table's figures are: targets (任务分解, or 目标 / 任务 without
    /// a result word), results (完成, 公示, 通报, months to date), or nothing.
    pub fn title_field(&self) -> Option<FactKind> {
        const RESULT_WORDS: &[&str] = &["完成", "成效", "公示", "通报", "排名", "进展", "实绩"];
        let titles: Vec<String> = self
            .titles
            .iter()
            .map(|t| compacted(t).into_owned())
            .collect();
        let says = |words: &[&str]| titles.iter().any(|t| contains_any(t, words));
        // 任务分解 is targets; 任务完成情况 is results; 目标任务 alone is targets.
        if says(&["分解"]) {
            Some(FactKind::Target)
        } else if self.ytd_through.is_some() || says(RESULT_WORDS) {
            Some(FactKind::Actual)
        } else if says(&["目标", "任务"]) {
            Some(FactKind::Target)
        } else {
            None
        }
    }

    /// The money unit a column's header names, else the one stated above the table, else
    /// `default`.
    pub fn money_of(&self, col: usize, default: MoneyUnit) -> MoneyUnit {
        self.header
            .segments(col)
            .iter()
            .rev()
            .find_map(|t| money_unit_in(t))
            .or(self.stated_money)
            .unwrap_or(default)
    }
}

/// Understands a sheet: its layout, or why it cannot be read.
pub fn understand(grid: &Grid, names: &Names<'_>) -> Result<Layout, NotUnderstood> {
    let header = find_header(grid).ok_or(NotUnderstood::NoTable)?;
    let rows = classify_rows(grid, &header);
    let titles: Vec<String> = (0..header.first).flat_map(|r| grid.row_texts(r)).collect();
    let title_indicator = titles
        .iter()
        .find_map(|t| indicator_of(t))
        .or_else(|| indicator_of(names.sheet));
    let Some(kind) = detect(grid, &header, &rows, title_indicator) else {
        let labels = (0..grid.width)
            .map(|c| header.label(c))
            .filter(|l| !l.is_empty())
            .collect();
        return Err(NotUnderstood::Unrecognized { labels });
    };
    let scope = titles
        .iter()
        .find_map(|t| scope_in(t))
        .or_else(|| scope_in(names.sheet))
        .or_else(|| scope_in(names.file_name))
        .or_else(|| names.fallback_unit.cloned().map(ScopeHint::Unit));
    let year = titles
        .iter()
        .find_map(|t| year_in(t))
        .or_else(|| year_in(names.sheet));
    let plan = titles
        .iter()
        .find_map(|t| plan_in(t))
        .or_else(|| plan_in(names.sheet));
    let ytd_through = titles
        .iter()
        .find_map(|t| ytd_label(t))
        .or_else(|| ytd_label(names.sheet));
    let stated_money = titles
        .iter()
        .filter(|t| t.contains("单位"))
        .find_map(|t| money_unit_in(t));
    let sheet = Sheet {
        grid,
        header: &header,
        rows: &rows,
        titles: &titles,
        stated_money,
        ytd_through,
        title_indicator,
    };
    let (kind, columns, sections, whole_rows) = match kind {
        TableKind::Ledger => {
            let (kind, columns) = ledger::columns(&sheet);
            (
                kind,
                columns,
                ledger::unit_sections(&sheet),
                Default::default(),
            )
        }
        TableKind::Report { indicator_col } => {
            let (kind, columns) = progress::columns(&sheet, indicator_col, scope.as_ref());
            (kind, columns, Vec::new(), Default::default())
        }
        TableKind::Breakdown { unit_col } => unit_table::layout(&sheet, unit_col),
    };
    Ok(Layout {
        header,
        rows,
        kind,
        columns,
        scope,
        year,
        plan,
        ytd_through,
        sections,
        whole_rows,
    })
}

/// Marks each 完成率 column right of an actual column as a rate of that actual and of the
/// target of the same indicator (the nearest one left of the actual, else the only one).
fn rate_roles(sheet: &Sheet<'_>, columns: &mut [ColumnRole]) {
    let figure = |columns: &[ColumnRole], c: usize| match columns.get(c) {
        Some(ColumnRole::Figure(f)) => Some(f.clone()),
        _ => None,
    };
    for rate in 1..columns.len() {
        let label = compact(&sheet.header.label(rate));
        let is_rate = label.contains("完成率") || label.contains("完成比例");
        if !is_rate || columns[rate] != ColumnRole::Ignored {
            continue;
        }
        let actual = rate - 1;
        let Some(done) = figure(columns, actual).filter(|f| f.field == FactKind::Actual) else {
            continue;
        };
        let targets: Vec<usize> = (0..columns.len())
            .filter(|&c| {
                figure(columns, c).is_some_and(|f| {
                    f.field == FactKind::Target
                        && f.indicator == done.indicator
                        && f.unit == done.unit
                })
            })
            .collect();
        let target = targets
            .iter()
            .rev()
            .find(|&&c| c < actual)
            .or(match targets.as_slice() {
                [only] => Some(only),
                _ => None,
            });
        if let Some(&target) = target {
            columns[rate] = ColumnRole::Rate { target, actual };
        }
    }
}
