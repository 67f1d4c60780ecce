//! The kind readers: each takes a sheet's [`Layout`] and reads its rows into facts or
//! projects, accounting for every data row. They never recognize anything themselves.

pub mod ledger;
pub mod progress;
pub mod unit_table;

use crate::grid::Grid;
use crate::layout::{Layout, RowClass};
use crate::problem_kind::ProblemKind;
use crate::report::{Problem, Severity, SkipReason, SkippedRow};
use crate::values::parse_percent;
use planboard_model::{Decimal, Fact, NaiveDate, Project, Provenance, UnitName};
use std::collections::BTreeSet;
use std::sync::Arc;

/// A sheet and its layout, ready for its kind's reader.
pub struct Table<'a> {
    /// The file as given (shared by the provenance of every row).
    pub file: Arc<str>,
    /// The sheet's name (shared by the provenance of every row).
    pub sheet: Arc<str>,
    /// The cells; a parser may take values out of the rows it has read and let go of them.
    pub grid: &'a mut Grid,
    /// How to read it.
    pub layout: &'a Layout,
    /// Today.
    pub today: NaiveDate,
}

impl Table<'_> {
    /// The place of a row.
    pub fn place(&self, row: usize) -> Provenance {
        Provenance::row(
            Arc::clone(&self.file),
            Arc::clone(&self.sheet),
            self.grid.excel_row(row),
        )
    }

    /// The place of a cell.
    pub fn cell_place(&self, row: usize, col: usize) -> Provenance {
        self.place(row).with_column(self.grid.column_letter(col))
    }

    /// A problem with one cell.
    pub fn cell_problem(
        &self,
        severity: Severity,
        row: usize,
        col: usize,
        kind: ProblemKind,
    ) -> Problem {
        let value = self.grid.value(row, col);
        Problem {
            severity,
            place: self.cell_place(row, col),
            header: Some(self.layout.header.label(col)).filter(|h| !h.is_empty()),
            value: (!value.is_empty()).then(|| value.display()),
            kind,
        }
    }

    /// A problem with a whole row or sheet.
    pub fn row_problem(&self, severity: Severity, row: usize, kind: ProblemKind) -> Problem {
        Problem {
            severity,
            place: self.place(row),
            header: None,
            value: None,
            kind,
        }
    }
}

/// The columns, block headings and rows skipped as not tracked that name an indicator the
/// catalogue does not have: one warning each, so they are reported as not imported.
pub fn other_indicators(table: &Table<'_>, skipped: &[SkippedRow]) -> Vec<Problem> {
    use crate::layout::ColumnRole;
    use crate::synonyms::names_other_indicator;
    let layout = table.layout;
    if matches!(layout.kind, crate::layout::LayoutKind::Ledger { .. }) {
        return Vec::new();
    }
    let header_row = layout.header.last;
    let columns = layout
        .columns
        .iter()
        .enumerate()
        .filter(|(c, role)| {
            matches!(role, ColumnRole::Ignored | ColumnRole::Rate { .. })
                && names_other_indicator(&layout.header.label(*c))
        })
        .map(|(c, _)| {
            let label = layout.header.label(c);
            table.cell_problem(
                Severity::Warning,
                header_row,
                c,
                ProblemKind::IndicatorNotInCatalogue { label },
            )
        });
    let labels = |r: usize| {
        (0..table.grid.width)
            .filter_map(|c| {
                let text = table.grid.value(r, c).text()?.to_string();
                names_other_indicator(&text).then_some((r, c, text))
            })
            .collect::<Vec<_>>()
    };
    // Header lines repeated over stacked blocks, or under the header found: each cell.
    let header_lines = layout
        .rows
        .iter()
        .enumerate()
        .filter(|(_, class)| **class == RowClass::Skip(crate::report::SkipReason::Header))
        .flat_map(|(r, _)| labels(r));
    let blocks = layout
        .sections
        .iter()
        .filter(|s| s.block == Some(None))
        .map(|s| s.row);
    let not_tracked = skipped
        .iter()
        .filter(|s| s.reason == crate::report::SkipReason::NotTracked)
        .filter_map(|s| s.row.checked_sub(table.grid.first_row + 1))
        .map(|r| r as usize);
    let mut seen = std::collections::HashSet::new();
    let rows = blocks
        .chain(not_tracked)
        .filter(|r| *r < table.grid.height())
        .filter_map(|r| labels(r).into_iter().next())
        .chain(header_lines)
        .filter(|(_, _, label)| seen.insert(label.clone()))
        .map(|(r, c, label)| {
            table.cell_problem(
                Severity::Warning,
                r,
                c,
                ProblemKind::IndicatorNotInCatalogue { label },
            )
        })
        .collect::<Vec<_>>();
    // One warning per cell, whether found as a column's header or on a header line.
    let mut places = std::collections::HashSet::new();
    columns
        .chain(rows)
        .filter(|p| places.insert(p.place.clone()))
        .collect()
}

/// What a kind's reader made of a table's data rows.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Facts read.
    pub facts: Vec<Fact>,
    /// Projects read.
    pub projects: Vec<Project>,
    /// Data rows that became facts or projects.
    pub imported: u32,
    /// Data rows rejected (each has a problem).
    pub rejected: u32,
    /// Data rows that turned out not to be data.
    pub skipped: Vec<SkippedRow>,
    /// Problems found.
    pub problems: Vec<Problem>,
    /// Years covered.
    pub years: BTreeSet<i32>,
    /// Units spoken for.
    pub units: BTreeSet<UnitName>,
    /// Units that are parts of another row (其中：我区单独).
    pub parts: BTreeSet<UnitName>,
    /// The unit could not be told and must be asked for.
    pub needs_unit: bool,
}

impl Parsed {
    /// Notes a data row as skipped.
    pub fn skip(&mut self, table: &Table<'_>, row: usize, reason: SkipReason) {
        self.skipped.push(SkippedRow {
            row: table.grid.excel_row(row),
            reason,
        });
    }
}

/// How far a stated rate may be from actual ÷ target (rates are often shown as whole %).
const RATE_TOLERANCE: Decimal = Decimal::from_parts(6, 0, 0, false, 3);

/// Checks the stated rates of a row against the figures read from it: a rate is derived, but
/// one that disagrees with actual ÷ target is worth a warning.
pub fn check_rates(table: &Table<'_>, row: usize, facts: &[Fact]) -> Vec<Problem> {
    let value_at = |col: usize| {
        let place = table.cell_place(row, col);
        facts.iter().find(|f| f.source == place).map(|f| f.value)
    };
    table
        .layout
        .rates()
        .filter_map(|(rate, target, actual)| {
            let (target, actual) = (value_at(target)?, value_at(actual)?);
            if target.is_zero() {
                return None;
            }
            let mut stated = parse_percent(table.grid.value(row, rate)).ok()??;
            if stated > Decimal::from(20) {
                stated /= Decimal::ONE_HUNDRED;
            }
            let computed = actual / target;
            ((stated - computed).abs() > RATE_TOLERANCE).then(|| {
                table.cell_problem(
                    Severity::Warning,
                    row,
                    rate,
                    ProblemKind::RateMismatch {
                        computed_pct: (computed * Decimal::ONE_HUNDRED).round_dp(2),
                    },
                )
            })
        })
        .collect()
}
