//! One sheet: understand it (its layout), hand it to the reader of its kind, and account for
//! every row: imported, skipped or rejected.

use crate::grid::Grid;
use crate::layout::{ColumnRole, Layout, LayoutKind, RowClass};
use crate::open::RawSheet;
use crate::problem_kind::{LostRows, ProblemKind};
use crate::read::{ledger, progress, unit_table, Table};
use crate::report::{Problem, Severity, SheetNote, SheetReport, SkipReason, SkippedRow};
use crate::saved_layout::SavedLayout;
use crate::understand::{apply, understand, Names, NotUnderstood};
use crate::values::Value;
use planboard_model::{Fact, NaiveDate, Project, Provenance, SourceKind, UnitName};
use std::collections::BTreeSet;
use std::sync::Arc;

/// What the importer knows around a sheet.
#[derive(Clone, Debug)]
pub struct SheetEnv<'a> {
    /// The file as given (provenance; shared by every row's).
    pub file: Arc<str>,
    /// The file's name without folders (a last hint of the unit).
    pub file_name: &'a str,
    /// The unit the user chose for sheets whose unit cannot be told.
    pub fallback_unit: Option<&'a UnitName>,
    /// Today: dates after it are rejected.
    pub today: NaiveDate,
    /// Saved layouts tried before recognition.
    pub layouts: &'a [SavedLayout],
}

/// What one sheet gave.
#[derive(Debug, Default)]
pub struct SheetImport {
    /// The sheet's report.
    pub report: SheetReport,
    /// Facts read.
    pub facts: Vec<Fact>,
    /// Projects read.
    pub projects: Vec<Project>,
    /// Units spoken for.
    pub units: BTreeSet<UnitName>,
    /// Units that are parts of another row (其中：我区单独).
    pub parts: BTreeSet<UnitName>,
    /// The unit could not be told.
    pub needs_unit: bool,
}

/// Marks every row of an ignored sheet as blank or a note.
fn ignore_sheet(grid: &Grid, report: &mut SheetReport, note: SheetNote) {
    report.rows_read = grid.height() as u32;
    report.skipped = (0..grid.height())
        .map(|r| SkippedRow {
            row: grid.excel_row(r),
            reason: if grid.row_texts(r).is_empty() {
                SkipReason::Blank
            } else {
                SkipReason::Note
            },
        })
        .collect();
    report.note = Some(note);
}

/// What the reader sees in a sheet (`planboard layout show`): the layout it reads the sheet
/// with, in the sheet's own terms.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetView {
    /// The sheet's name.
    pub sheet: String,
    /// The saved layout that matched, if one did.
    pub layout: Option<String>,
    /// The kind of table.
    pub kind: LayoutKind,
    /// The header's first and last Excel rows.
    pub header_rows: (u32, u32),
    /// Each column: its letter, its header label and what it holds.
    pub columns: Vec<(String, String, ColumnRole)>,
    /// Each row's Excel number and class.
    pub rows: Vec<(u32, RowClass)>,
}

/// A sheet's grid and the layout it is read with.
pub struct ReadLayout {
    sheet: String,
    grid: Grid,
    /// The layout.
    pub layout: Layout,
}

impl ReadLayout {
    /// What the reader sees, named after the saved layout used, if one was.
    pub fn view(self, saved: Option<String>) -> SheetView {
        let (grid, layout) = (&self.grid, &self.layout);
        SheetView {
            sheet: self.sheet,
            layout: saved,
            kind: layout.kind.clone(),
            header_rows: (
                grid.excel_row(layout.header.first),
                grid.excel_row(layout.header.last),
            ),
            columns: layout
                .columns
                .iter()
                .enumerate()
                .map(|(c, role)| (grid.column_letter(c), layout.header.label(c), role.clone()))
                .collect(),
            rows: layout
                .rows
                .iter()
                .enumerate()
                .map(|(r, class)| (grid.excel_row(r), *class))
                .collect(),
        }
    }
}

/// The layout a visible sheet is read with — the first of `env.layouts` that matches (with
/// its name), else recognition's — or `None` when it is not understood.
pub fn layout_of(raw: RawSheet, env: &SheetEnv<'_>) -> Option<(ReadLayout, Option<String>)> {
    let sheet = raw.name.clone();
    if !raw.visible {
        return None;
    }
    let grid = Grid::from_sheet(raw);
    let names = Names {
        sheet: &sheet,
        file_name: env.file_name,
        fallback_unit: env.fallback_unit,
    };
    let (layout, name) = read_with(&grid, &names, env.layouts);
    Some((
        ReadLayout {
            sheet,
            grid,
            layout: layout.ok()?,
        },
        name,
    ))
}

/// The layout a sheet is read with: the first of `layouts` whose header it has (with that
/// layout's name), else recognition's, or why it is not understood.
pub(crate) fn read_with(
    grid: &Grid,
    names: &Names<'_>,
    layouts: &[SavedLayout],
) -> (Result<Layout, NotUnderstood>, Option<String>) {
    layouts
        .iter()
        .find_map(|s| apply(grid, names, s).map(|l| (Ok(l), Some(s.name.clone()))))
        .unwrap_or_else(|| (understand(grid, names), None))
}

/// Imports one sheet.
pub fn import_sheet(raw: RawSheet, env: &SheetEnv<'_>) -> SheetImport {
    let name = raw.name.clone();
    let visible = raw.visible;
    import_grid(Grid::from_sheet(raw), &name, visible, env)
}

/// Imports one sheet's grid (the sheet `name`, shown or hidden).
pub fn import_grid(mut grid: Grid, name: &str, visible: bool, env: &SheetEnv<'_>) -> SheetImport {
    let name = name.to_string();
    let mut out = SheetImport {
        report: SheetReport {
            sheet: name.clone(),
            ..SheetReport::default()
        },
        ..SheetImport::default()
    };
    if grid.height() == 0 {
        out.report.note = Some(if visible {
            SheetNote::Empty
        } else {
            SheetNote::HiddenEmpty
        });
        return out;
    }
    if !visible {
        ignore_sheet(&grid, &mut out.report, SheetNote::Hidden);
        return out;
    }
    let names = Names {
        sheet: &name,
        file_name: env.file_name,
        fallback_unit: env.fallback_unit,
    };
    let (understood, saved) = read_with(&grid, &names, env.layouts);
    out.report.layout = saved;
    let layout = match understood {
        Ok(layout) => layout,
        Err(why) => {
            let note = match why {
                NotUnderstood::NoTable => SheetNote::NoTable,
                NotUnderstood::Unrecognized { labels } => SheetNote::Unrecognized { labels },
            };
            ignore_sheet(&grid, &mut out.report, note);
            return out;
        }
    };
    let mut table = Table {
        file: Arc::clone(&env.file),
        sheet: Arc::from(name.as_str()),
        grid: &mut grid,
        layout: &layout,
        today: env.today,
    };
    let (source_kind, parsed) = match layout.kind {
        LayoutKind::Ledger { .. } => (SourceKind::Ledger, ledger::parse(&mut table)),
        LayoutKind::UnitTable => unit_table::parse(&table),
        LayoutKind::Report { .. } => progress::parse(&table),
    };
    let other_indicators = crate::read::other_indicators(&table, &parsed.skipped);
    let skipped_rows: Vec<SkippedRow> = layout
        .rows
        .iter()
        .enumerate()
        .filter_map(|(r, c)| match c {
            RowClass::Skip(reason) => Some(SkippedRow {
                row: grid.excel_row(r),
                reason: *reason,
            }),
            RowClass::Data => None,
        })
        .chain(parsed.skipped)
        .collect();
    let mut skipped = skipped_rows;
    skipped.sort_by_key(|s| s.row);
    let mut problems = parsed.problems;
    problems.extend(other_indicators);
    problems.extend(lost_rows(&grid, &skipped, &out.report.sheet, env));
    out.report.kind = Some(source_kind);
    out.report.unit = match parsed.units.len() {
        1 => parsed.units.iter().next().cloned(),
        _ => None,
    };
    out.report.years = parsed.years.iter().copied().collect();
    out.report.rows_read = grid.height() as u32;
    out.report.rows_imported = parsed.imported;
    out.report.rows_rejected = parsed.rejected;
    out.report.skipped = skipped;
    out.report.problems = problems;
    out.facts = parsed.facts;
    out.projects = parsed.projects;
    out.units = parsed.units;
    out.parts = parsed.parts;
    out.needs_unit = parsed.needs_unit;
    out
}

/// Rows that look like data (some text and a figure or a date) but were not imported — unit
/// or year unknown, below a second table's heading — are never a quiet skip: one error per
/// reason, with the rows as ranges.
fn lost_rows(grid: &Grid, skipped: &[SkippedRow], sheet: &str, env: &SheetEnv<'_>) -> Vec<Problem> {
    let looks_like_data = |row: u32| {
        let r = row.saturating_sub(grid.first_row + 1) as usize;
        let cells = grid.row(r);
        // A row read and let go of was data to its reader.
        cells.is_empty()
            || (cells.iter().filter(|v| !v.is_empty()).count() >= 2
                && cells
                    .iter()
                    .any(|v| matches!(v, Value::Number(_) | Value::Date(_))))
    };
    [SkipReason::Unresolved, SkipReason::OtherTable]
        .into_iter()
        .filter_map(|reason| {
            let rows: Vec<u32> = skipped
                .iter()
                .filter(|s| s.reason == reason && looks_like_data(s.row))
                .map(|s| s.row)
                .collect();
            let first = *rows.first()?;
            let ranges = crate::report::row_ranges(&rows);
            let why = match reason {
                SkipReason::Unresolved => LostRows::UnitOrYearUnknown,
                _ => LostRows::OtherTable,
            };
            Some(Problem {
                severity: Severity::Error,
                place: Provenance::row(Arc::clone(&env.file), sheet, first),
                header: None,
                value: None,
                kind: ProblemKind::RowsNotImported {
                    count: rows.len(),
                    rows: ranges,
                    why,
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Dimensions, Range};
    use proptest::prelude::*;

    /// Cell contents hand-made workbooks hold, header words and junk alike.
    const WORDS: &[&str] = &[
        "序号",
        "项目名称",
        "签约日期",
        "计划总投资（万元）",
        "是否外资",
        "项目进度",
        "指标",
        "年度目标",
        "完成数",
        "完成率",
        "1-10月累计",
        "3月",
        "2021年",
        "目标",
        "完成",
        "单位",
        "城东街道",
        "北山镇",
        "合计",
        "总计",
        "一、已签约项目",
        "注：单位万元",
        "填报单位（盖章）",
        "新签约项目（个）",
        "其中：10亿元以上项目",
        "实际到位资金（亿元）",
        "外出招商次数",
        "—",
        "是",
        "否",
        "在谈",
        "已投产",
        "2023年5月8日",
        "2023.02.30",
        "12,500.00",
        "１２３",
        "123%",
        "附表",
        "“十三五”目标",
        "",
        " ",
        "=SUM(A1:A3)",
        "#REF!",
        "全区",
    ];

    fn cell() -> impl Strategy<Value = Data> {
        prop_oneof![
            4 => (0..WORDS.len()).prop_map(|i| Data::String(WORDS[i].to_string())),
            2 => (-1e6f64..1e7).prop_map(Data::Float),
            1 => (0i64..3000).prop_map(Data::Int),
            1 => "\\PC{0,12}".prop_map(Data::String),
            1 => Just(Data::Empty),
            1 => Just(Data::Bool(true)),
            1 => prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(-0.0), Just(1e300)]
                .prop_map(Data::Float),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any sheet, however messy, imports without panicking and with every row accounted for.
        #[test]
        fn any_sheet_is_accounted_for(
            rows in 1u32..14,
            cols in 1u32..9,
            offset in 0u32..3,
            cells in proptest::collection::vec(cell(), 130),
            merges in proptest::collection::vec((0u32..16, 0u32..10, 0u32..4, 0u32..4), 0..4),
            title in 0usize..3,
        ) {
            let mut range = Range::new((offset, offset), (offset + rows - 1, offset + cols - 1));
            let mut it = cells.into_iter();
            for r in 0..rows {
                for c in 0..cols {
                    if let Some(v) = it.next() {
                        range.set_value((offset + r, offset + c), v);
                    }
                }
            }
            if title > 0 {
                range.set_value((offset, offset), Data::String("城东街道2026年招商引资项目台账".into()));
            }
            let raw = RawSheet {
                name: "2026年".into(),
                visible: true,
                cells: crate::open::Cells::from_range(range),
                merges: merges
                    .into_iter()
                    .map(|(r, c, h, w)| Dimensions { start: (r, c), end: (r + h, c + w) })
                    .collect(),
                uncached_formulas: Vec::new(),
            };
            let env = SheetEnv {
                file: "测试.xlsx".into(),
                file_name: "测试.xlsx",
                fallback_unit: None,
                today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
                layouts: &[],
            };
            let out = import_sheet(raw, &env);
            let r = &out.report;
            prop_assert_eq!(
                r.rows_read,
                r.rows_imported + r.skipped.len() as u32 + r.rows_rejected
            );
            prop_assert_eq!(r.rows_read, rows);
        }
    }
}
