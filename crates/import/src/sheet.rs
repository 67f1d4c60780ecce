//! One sheet: find its table, recognize its kind, tell its unit and year, and hand the rows to
//! the parser of that kind; every row ends up imported, skipped or rejected.

use crate::grid::Grid;
use crate::header::{find_header, money_unit_in, plan_in, year_in, ytd_label, Header, MoneyUnit};
use crate::kind::{detect, TableKind};
use crate::open::RawSheet;
use crate::report::{Problem, Severity, SheetReport, SkipReason, SkippedRow};
use crate::rows::{classify_rows, RowClass};
use crate::unit::{scope_in, ScopeHint};
use crate::values::Value;
use crate::{breakdown, ledger, progress};
use planboard_model::{Fact, NaiveDate, PlanPeriod, Project, Provenance, SourceKind, UnitName};
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
}

/// A recognized table, ready for its kind's parser.
pub struct Table<'a> {
    /// The file as given (shared by the provenance of every row).
    pub file: Arc<str>,
    /// The sheet's name (shared by the provenance of every row).
    pub sheet: Arc<str>,
    /// The cells; a parser may take values out of the rows it has read and let go of them.
    pub grid: &'a mut Grid,
    /// The header.
    pub header: &'a Header,
    /// Each row's class.
    pub classes: &'a [RowClass],
    /// Whom the sheet speaks for, from its title, name or file name (or the user's choice).
    pub scope: Option<ScopeHint>,
    /// The year the title or sheet name states.
    pub year: Option<i32>,
    /// The plan period the title or sheet name names (for tables without years).
    pub plan: Option<PlanPeriod>,
    /// The last month of a year-to-date the title or sheet name names (2026年1-10月 → 10).
    pub ytd_through: Option<u32>,
    /// The money unit a "单位：万元" line above the table states.
    pub stated_money: Option<MoneyUnit>,
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
        message: String,
        message_en: String,
    ) -> Problem {
        let value = self.grid.value(row, col);
        Problem {
            severity,
            place: self.cell_place(row, col),
            header: Some(self.header.label(col)).filter(|h| !h.is_empty()),
            value: (!value.is_empty()).then(|| value.display()),
            message,
            message_en,
        }
    }

    /// A problem with a whole row or sheet.
    pub fn row_problem(
        &self,
        severity: Severity,
        row: usize,
        message: String,
        message_en: String,
    ) -> Problem {
        Problem {
            severity,
            place: self.place(row),
            header: None,
            value: None,
            message,
            message_en,
        }
    }
}

/// What a kind's parser made of a table's data rows.
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
    /// The unit could not be told.
    pub needs_unit: bool,
}

/// Marks every row of an ignored sheet as blank or a note.
fn ignore_sheet(grid: &Grid, report: &mut SheetReport, note_zh: &str) {
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
    report.note = Some(note_zh.to_string());
}

/// Imports one sheet.
pub fn import_sheet(raw: RawSheet, env: &SheetEnv<'_>) -> SheetImport {
    let name = raw.name.clone();
    let visible = raw.visible;
    let mut grid = Grid::from_sheet(raw);
    let mut out = SheetImport {
        report: SheetReport {
            sheet: name.clone(),
            ..SheetReport::default()
        },
        ..SheetImport::default()
    };
    if grid.height() == 0 {
        out.report.note = Some(if visible {
            "空白工作表 (empty sheet)".to_string()
        } else {
            "隐藏的空白工作表 (hidden empty sheet)".to_string()
        });
        return out;
    }
    if !visible {
        ignore_sheet(
            &grid,
            &mut out.report,
            "隐藏的工作表，未导入 (hidden sheet, not imported)",
        );
        return out;
    }
    let Some(header) = find_header(&grid) else {
        ignore_sheet(
            &grid,
            &mut out.report,
            "未找到数据表（说明或空白工作表）(no table found: notes or an empty sheet)",
        );
        return out;
    };
    let classes = classify_rows(&grid, &header);
    let Some(kind) = detect(&grid, &header, &classes) else {
        ignore_sheet(
            &grid,
            &mut out.report,
            "未识别的表格：不是任务分解表、项目台账或完成情况表 (unrecognized table)",
        );
        return out;
    };
    let titles: Vec<String> = (0..header.first).flat_map(|r| grid.row_texts(r)).collect();
    let scope = titles
        .iter()
        .find_map(|t| scope_in(t))
        .or_else(|| scope_in(&name))
        .or_else(|| scope_in(env.file_name))
        .or_else(|| env.fallback_unit.cloned().map(ScopeHint::Unit));
    let year = titles
        .iter()
        .find_map(|t| year_in(t))
        .or_else(|| year_in(&name));
    let plan = titles
        .iter()
        .find_map(|t| plan_in(t))
        .or_else(|| plan_in(&name));
    let ytd_through = titles
        .iter()
        .find_map(|t| ytd_label(t))
        .or_else(|| ytd_label(&name));
    let stated_money = titles
        .iter()
        .filter(|t| t.contains("单位"))
        .find_map(|t| money_unit_in(t));
    let mut table = Table {
        file: Arc::clone(&env.file),
        sheet: Arc::from(name.as_str()),
        grid: &mut grid,
        header: &header,
        classes: &classes,
        scope,
        year,
        plan,
        ytd_through,
        stated_money,
        today: env.today,
    };
    let (source_kind, parsed) = match kind {
        TableKind::Ledger => (SourceKind::Ledger, ledger::parse(&mut table)),
        TableKind::Breakdown { unit_col } => breakdown::parse(&table, unit_col),
        TableKind::Report { indicator_col } => progress::parse(&table, indicator_col),
    };
    let skipped_rows: Vec<SkippedRow> = classes
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
            let (why_zh, why_en) = match reason {
                SkipReason::Unresolved => ("单位或年份不明", "the unit or year is unknown"),
                _ => (
                    "位于另一个表格中，未能读取",
                    "they stand in another table that was not read",
                ),
            };
            Some(Problem {
                severity: Severity::Error,
                place: Provenance::row(Arc::clone(&env.file), sheet, first),
                header: None,
                value: None,
                message: format!(
                    "{} 行数据未导入（{why_zh}）：第 {} 行",
                    rows.len(),
                    ranges.join("、")
                ),
                message_en: format!(
                    "{} rows of data not imported ({why_en}): rows {}",
                    rows.len(),
                    ranges.join(", ")
                ),
            })
        })
        .collect()
}

/// The money unit of a column or row label, else the one stated above the table, else
/// `default`.
pub fn money_unit_of(texts: &[&str], table: &Table<'_>, default: MoneyUnit) -> MoneyUnit {
    texts
        .iter()
        .rev()
        .find_map(|t| money_unit_in(t))
        .or(table.stated_money)
        .unwrap_or(default)
}

/// The year a cell states ("2016年", 2016), if any.
pub fn year_of_cell(value: &Value) -> Option<i32> {
    match value {
        Value::Number(f) if f.fract() == 0.0 && (1990.0..=2100.0).contains(f) => Some(*f as i32),
        Value::Text(t) => year_in(t),
        _ => None,
    }
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
