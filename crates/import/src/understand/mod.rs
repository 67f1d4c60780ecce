//! Recognition: what a sheet is and how to read it, by its structure — the header, what each
//! row is, the kind of table, and what each column holds — built into one [`Layout`].

pub mod header;
mod kind;
mod ledger;
mod progress;
pub mod rows;
mod unit_table;

use crate::grid::Grid;
use crate::layout::{ColumnRole, Header, Layout, LayoutKind, RowClass, Section};
use crate::periods::{money_unit_in, plan_in, year_in, ytd_label, MoneyUnit};
use crate::report::SkipReason;
use crate::saved_layout::SavedLayout;
use crate::synonyms::{contains_any, indicator_of};
use crate::unit::{scope_in, ScopeHint};
use header::{find_header, header_like};
use kind::{detect, TableKind};
use planboard_model::text::{compact, compacted};
use planboard_model::{FactKind, Indicator, PlanPeriod, UnitName};
use rows::classify_rows;
use std::collections::BTreeSet;

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

/// What the rows above a table and the sheet's and file's names say.
struct Context {
    titles: Vec<String>,
    scope: Option<ScopeHint>,
    year: Option<i32>,
    plan: Option<PlanPeriod>,
    ytd_through: Option<u32>,
    stated_money: Option<MoneyUnit>,
    title_indicator: Option<Indicator>,
}

impl Context {
    fn of(grid: &Grid, header: &Header, names: &Names<'_>) -> Self {
        let titles: Vec<String> = (0..header.first).flat_map(|r| grid.row_texts(r)).collect();
        Context {
            scope: titles
                .iter()
                .find_map(|t| scope_in(t))
                .or_else(|| scope_in(names.sheet))
                .or_else(|| scope_in(names.file_name))
                .or_else(|| names.fallback_unit.cloned().map(ScopeHint::Unit)),
            year: titles
                .iter()
                .find_map(|t| year_in(t))
                .or_else(|| year_in(names.sheet)),
            plan: titles
                .iter()
                .find_map(|t| plan_in(t))
                .or_else(|| plan_in(names.sheet)),
            ytd_through: titles
                .iter()
                .find_map(|t| ytd_label(t))
                .or_else(|| ytd_label(names.sheet)),
            stated_money: titles
                .iter()
                .filter(|t| t.contains("单位"))
                .find_map(|t| money_unit_in(t)),
            title_indicator: titles
                .iter()
                .find_map(|t| indicator_of(t))
                .or_else(|| indicator_of(names.sheet)),
            titles,
        }
    }

    fn sheet<'a>(&'a self, grid: &'a Grid, header: &'a Header, rows: &'a [RowClass]) -> Sheet<'a> {
        Sheet {
            grid,
            header,
            rows,
            titles: &self.titles,
            stated_money: self.stated_money,
            ytd_through: self.ytd_through,
            title_indicator: self.title_indicator,
        }
    }

    /// The layout of a sheet read with these columns.
    fn layout(
        self,
        grid: &Grid,
        header: Header,
        rows: Vec<RowClass>,
        kind: LayoutKind,
        columns: Vec<ColumnRole>,
    ) -> Layout {
        let (sections, whole_rows) = rows_of(&self.sheet(grid, &header, &rows), &kind, &columns);
        Layout {
            header,
            rows,
            kind,
            columns,
            scope: self.scope,
            year: self.year,
            plan: self.plan,
            ytd_through: self.ytd_through,
            sections,
            whole_rows,
        }
    }
}

/// Understands a sheet: its layout, or why it cannot be read.
pub fn understand(grid: &Grid, names: &Names<'_>) -> Result<Layout, NotUnderstood> {
    let header = find_header(grid).ok_or(NotUnderstood::NoTable)?;
    let rows = classify_rows(grid, &header);
    let context = Context::of(grid, &header, names);
    let Some(kind) = detect(grid, &header, &rows, context.title_indicator) else {
        let labels = (0..grid.width)
            .map(|c| header.label(c))
            .filter(|l| !l.is_empty())
            .collect();
        return Err(NotUnderstood::Unrecognized { labels });
    };
    let sheet = context.sheet(grid, &header, &rows);
    let (kind, columns) = match kind {
        TableKind::Ledger => ledger::columns(&sheet),
        TableKind::Report { indicator_col } => {
            let columns = progress::columns(&sheet, indicator_col);
            (
                progress::kind(&sheet, &columns, context.scope.as_ref()),
                columns,
            )
        }
        TableKind::Breakdown { unit_col } => {
            (LayoutKind::UnitTable, unit_table::columns(&sheet, unit_col))
        }
    };
    Ok(context.layout(grid, header, rows, kind, columns))
}

/// Reads a sheet as a saved layout says, when its header is found in the sheet: the header's
/// rows and each column's role come from the layout, whom and when from the layout where it
/// fixes them, else from the sheet's titles and names as for a sheet understood alone.
pub fn apply(grid: &Grid, names: &Names<'_>, saved: &SavedLayout) -> Option<Layout> {
    let read = |c: usize| {
        saved
            .columns
            .get(c)
            .is_some_and(|r| *r != ColumnRole::Ignored)
    };
    let header = header_like(grid, &saved.header, saved.header_rows, read)?;
    let mut rows = classify_rows(grid, &header);
    for (r, class) in rows.iter_mut().enumerate() {
        let skipped = saved
            .skip_rows
            .iter()
            .any(|rule| rule.matches(&grid.value(r, rule.column).display()));
        if *class == RowClass::Data && skipped {
            *class = RowClass::Skip(SkipReason::ByLayout);
        }
    }
    let mut context = Context::of(grid, &header, names);
    context.scope = saved.scope.clone().or(context.scope);
    context.year = saved.year.or(context.year);
    context.plan = saved.plan.or(context.plan);
    context.ytd_through = saved.ytd_through.or(context.ytd_through);
    let mut columns = saved.columns.clone();
    columns.resize(grid.width, ColumnRole::Ignored);
    let sheet = context.sheet(grid, &header, &rows);
    // A money unit the sheet states (（万元） in a header, 单位：万元 above) wins.
    for (c, role) in columns.iter_mut().enumerate() {
        match role {
            ColumnRole::Figure(f) => f.money = sheet.money_of(c, f.money),
            ColumnRole::BlockFigure { money, .. } => *money = sheet.money_of(c, *money),
            _ => {}
        }
    }
    let kind = match &saved.kind {
        // Whom a report is for follows the sheet read: the same form from another unit.
        LayoutKind::Report { .. } => progress::kind(&sheet, &columns, context.scope.as_ref()),
        LayoutKind::Ledger { money } => {
            let investment = ColumnRole::Ledger(crate::synonyms::LedgerField::Investment);
            LayoutKind::Ledger {
                money: columns
                    .iter()
                    .position(|r| *r == investment)
                    .map_or(*money, |c| sheet.money_of(c, *money)),
            }
        }
        LayoutKind::UnitTable => LayoutKind::UnitTable,
    };
    Some(context.layout(grid, header, rows, kind, columns))
}

/// The rows that head others (sections) and the rows of the whole district, as the kind reads
/// them.
fn rows_of(
    sheet: &Sheet<'_>,
    kind: &LayoutKind,
    columns: &[ColumnRole],
) -> (Vec<Section>, BTreeSet<usize>) {
    match kind {
        LayoutKind::Ledger { .. } => (ledger::unit_sections(sheet), BTreeSet::new()),
        LayoutKind::Report { .. } => (Vec::new(), BTreeSet::new()),
        LayoutKind::UnitTable => unit_table::rows_of(sheet, columns),
    }
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
