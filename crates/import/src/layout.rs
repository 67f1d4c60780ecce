//! What the importer understood of a sheet — how to read it: the header rows, what each row is,
//! the kind of table, whom and when it speaks for, what each column and section holds.
//! Recognition ([`crate::understand`]) builds it; the readers ([`crate::read`]) take it and
//! nothing else, so a layout the user corrects is read exactly as one the importer guessed.

use crate::periods::MoneyUnit;
use crate::report::SkipReason;
use crate::synonyms::LedgerField;
use crate::unit::ScopeHint;
use planboard_model::{FactKind, Indicator, PlanPeriod, Scope, SourceKind, UnitName};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How to read one sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The header rows and each column's header texts.
    pub header: Header,
    /// What each row of the grid is.
    pub rows: Vec<RowClass>,
    /// The kind of table and what that kind needs.
    pub kind: LayoutKind,
    /// What each column holds, one entry per grid column.
    pub columns: Vec<ColumnRole>,
    /// Whom the sheet speaks for, from its title, name or file name (or the user's choice).
    pub scope: Option<ScopeHint>,
    /// The year the title or sheet name states.
    pub year: Option<i32>,
    /// The plan period the title or sheet name names (for tables without years).
    pub plan: Option<PlanPeriod>,
    /// The last month of a year to date the title or sheet name names (2026年1-10月 → 10).
    pub ytd_through: Option<u32>,
    /// Rows inside the table that head the rows below them (stacked blocks, years given once).
    pub sections: Vec<Section>,
    /// Total rows that are the district's own figure (合计, 全区, 2016年小计), not a part's.
    pub whole_rows: BTreeSet<usize>,
}

/// The kind of table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LayoutKind {
    /// 项目台账: one project per row.
    Ledger {
        /// The money unit of the investment column.
        money: MoneyUnit,
    },
    /// 完成情况表: indicators down (or across, with periods down) for one scope, or targets
    /// with units across.
    Report {
        /// Whom the figures are for; `None` when the sheet names no unit and one must be asked.
        scope: Option<Scope>,
        /// What the table is to the model.
        source: SourceKind,
    },
    /// Units down and figures across: a 任务分解表, or results with 目标 / 完成 per indicator.
    UnitTable,
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnRole {
    /// Nothing to read (a sequence number, notes, a derived total, an indicator not tracked).
    Ignored,
    /// The unit of each row.
    Unit,
    /// The year of each row (年度); an empty cell belongs to the year above.
    Year,
    /// The period of each row: a year, a month or months to date.
    Period,
    /// The indicator of each row.
    IndicatorName,
    /// The money unit of each row's figures (计量单位).
    Measure,
    /// Figures to import.
    Figure(Figure),
    /// The figure of each block of stacked tables; its indicator is the block's heading.
    BlockFigure {
        /// Target or actual.
        field: FactKind,
        /// Its money unit.
        money: MoneyUnit,
    },
    /// A stated completion rate: checked against actual ÷ target, never imported.
    Rate {
        /// The target column it is a rate of.
        target: usize,
        /// The actual column it is a rate of.
        actual: usize,
    },
    /// A field of a ledger.
    Ledger(LedgerField),
}

/// A column of figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The indicator the header names; `None` for the row's indicator.
    pub indicator: Option<Indicator>,
    /// Target or actual.
    pub field: FactKind,
    /// The time the column covers.
    pub when: When,
    /// The unit the header names (targets with units across); `None` for the row's.
    pub unit: Option<UnitName>,
    /// The money unit of its amounts (a row's measure wins).
    pub money: MoneyUnit,
}

/// The time a column of figures covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// A year: the column's own, else the row's or sheet's.
    Year(Option<i32>),
    /// One month of the row's or sheet's year.
    Month(u32),
    /// January through the month, of the column's year (2026年1-10月) or else the row's or
    /// sheet's.
    YearToDate {
        /// The year the column names.
        year: Option<i32>,
        /// The last month.
        through: u32,
    },
    /// A whole plan.
    Plan(PlanPeriod),
    /// "累计" / "本年累计": the months to date the title names (2026年1-10月…).
    Cumulative,
}

impl When {
    /// The year the column itself names, if any.
    pub fn own_year(&self) -> Option<i32> {
        match self {
            When::Year(y) | When::YearToDate { year: y, .. } => *y,
            _ => None,
        }
    }
}

/// A row heading the rows below it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its grid row (above the header for a table's first block).
    pub row: usize,
    /// The indicator a block heading names (一、亿元以上新签约项目); `Some(None)` for a block
    /// of an indicator planboard does not track.
    pub block: Option<Option<Indicator>>,
    /// The year it gives its rows ("2021年").
    pub year: Option<i32>,
    /// The unit it gives its rows (一、城东街道 over that unit's projects).
    pub unit: Option<UnitName>,
}

impl Layout {
    /// The column holding a role, if any.
    pub fn column_of(&self, role: &ColumnRole) -> Option<usize> {
        self.columns.iter().position(|r| r == role)
    }

    /// The figure columns, with their column index.
    pub fn figures(&self) -> impl Iterator<Item = (usize, &Figure)> {
        self.columns
            .iter()
            .enumerate()
            .filter_map(|(c, role)| match role {
                ColumnRole::Figure(f) => Some((c, f)),
                _ => None,
            })
    }

    /// The rate columns: (rate, target, actual).
    pub fn rates(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.columns
            .iter()
            .enumerate()
            .filter_map(|(c, role)| match role {
                ColumnRole::Rate { target, actual } => Some((c, *target, *actual)),
                _ => None,
            })
    }

    /// What the table is to the model: a unit table with actuals is a results table.
    pub fn source_kind(&self) -> SourceKind {
        match &self.kind {
            LayoutKind::Ledger { .. } => SourceKind::Ledger,
            LayoutKind::Report { source, .. } => *source,
            LayoutKind::UnitTable => {
                let actuals = self.columns.iter().any(|r| match r {
                    ColumnRole::Figure(f) => f.field == FactKind::Actual,
                    ColumnRole::BlockFigure { field, .. } => *field == FactKind::Actual,
                    _ => false,
                });
                if actuals {
                    SourceKind::ProgressReport
                } else {
                    SourceKind::TargetBreakdown
                }
            }
        }
    }
}

/// A table header.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    /// Grid index of the first header row.
    pub first: usize,
    /// Grid index of the last header row (inclusive).
    pub last: usize,
    /// For each column, the distinct header texts from top (group) to bottom (leaf).
    pub columns: Vec<Vec<String>>,
}

impl Header {
    /// The column's label: group and leaf joined with "/".
    pub fn label(&self, col: usize) -> String {
        self.columns
            .get(col)
            .map(|s| s.join("/"))
            .unwrap_or_default()
    }

    /// The column's header texts, group first.
    pub fn segments(&self, col: usize) -> &[String] {
        self.columns.get(col).map_or(&[], Vec::as_slice)
    }
}

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowClass {
    /// A data row, for the kind's parser.
    Data,
    /// Not data, for this reason.
    Skip(SkipReason),
}
