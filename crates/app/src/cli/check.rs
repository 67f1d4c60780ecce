//! The text of `planboard check`: every file and sheet, with every problem and its place.

use crate::strings::{self, Lang};
use planboard_import::{FileReport, Problem, SkipReason};
use std::fmt::Write;

/// The report of every file, then a total line.
pub fn report_text(lang: Lang, reports: &[FileReport], conflicts: &[Problem]) -> String {
    let mut out = String::new();
    for report in reports {
        write_file(&mut out, lang, report);
        out.push('\n');
    }
    if !conflicts.is_empty() {
        line(&mut out, 0, strings::conflicts_heading(lang));
        for problem in conflicts {
            line(&mut out, 1, &strings::report_problem(lang, problem));
        }
        out.push('\n');
    }
    let failed = reports.iter().filter(|r| r.has_errors()).count();
    out.push_str(&strings::report_total(lang, reports.len(), failed));
    out.push('\n');
    out
}

/// Appends one line with `indent` levels of two spaces.
fn line(out: &mut String, indent: usize, text: &str) {
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{:width$}{text}", "", width = indent * 2);
}

fn write_file(out: &mut String, lang: Lang, report: &FileReport) {
    let format = report.format.map(|f| format!("{f:?}").to_lowercase());
    line(
        out,
        0,
        &strings::report_file(lang, &report.file, format.as_deref()),
    );
    if let Some(error) = &report.error {
        line(
            out,
            1,
            &strings::report_file_error(lang, &strings::file_error(lang, error)),
        );
    }
    if report.imported_nothing() {
        line(out, 1, strings::report_nothing_imported(lang));
    }
    if report.needs_unit {
        line(out, 1, strings::report_needs_unit(lang));
    }
    for sheet in &report.sheets {
        let unit = sheet.unit.as_ref().map(|u| u.as_str());
        line(
            out,
            1,
            &strings::report_sheet(lang, &sheet.sheet, sheet.kind, unit, &sheet.years),
        );
        if let Some(layout) = &sheet.layout {
            line(out, 2, &strings::read_with_layout(lang, layout));
        }
        if let Some(note) = &sheet.note {
            line(out, 2, &strings::report_sheet_note(lang, note));
        }
        line(
            out,
            2,
            &strings::report_rows(
                lang,
                sheet.rows_read,
                sheet.rows_imported,
                sheet.skipped.len(),
                sheet.rows_rejected,
            ),
        );
        for (reason, rows) in skipped_by_reason(&sheet.skipped) {
            line(out, 2, &strings::report_skipped(lang, reason, &rows));
        }
        for problem in &sheet.problems {
            line(out, 2, &strings::report_problem(lang, problem));
        }
    }
}

/// Skipped rows grouped by reason, reasons in order of first appearance.
fn skipped_by_reason(skipped: &[planboard_import::SkippedRow]) -> Vec<(SkipReason, Vec<u32>)> {
    let mut groups: Vec<(SkipReason, Vec<u32>)> = Vec::new();
    for row in skipped {
        match groups.iter_mut().find(|(reason, _)| *reason == row.reason) {
            Some((_, rows)) => rows.push(row.row),
            None => groups.push((row.reason, vec![row.row])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use planboard_import::{Problem, Severity, SheetReport, SkippedRow};
    use planboard_model::{Provenance, SourceKind, UnitName};

    #[test]
    fn a_rejected_row_is_listed_with_its_place() {
        let report = FileReport {
            file: "城东街道台账.xlsx".into(),
            sheets: vec![SheetReport {
                sheet: "Sheet1".into(),
                kind: Some(SourceKind::Ledger),
                unit: UnitName::new("城东街道"),
                years: vec![2023],
                rows_read: 6,
                rows_imported: 3,
                skipped: vec![
                    SkippedRow {
                        row: 1,
                        reason: SkipReason::Title,
                    },
                    SkippedRow {
                        row: 9,
                        reason: SkipReason::Total,
                    },
                ],
                rows_rejected: 1,
                problems: vec![Problem {
                    severity: Severity::Error,
                    place: Provenance::row("城东街道台账.xlsx", "Sheet1", 7).with_column("F"),
                    header: Some("计划总投资（万元）".into()),
                    value: Some("约五千".into()),
                    kind: planboard_import::ProblemKind::BadValue {
                        error: planboard_import::ValueError::NotANumber,
                    },
                }],
                note: None,
                layout: None,
            }],
            ..FileReport::default()
        };
        let text = report_text(Lang::Zh, std::slice::from_ref(&report), &[]);
        assert!(text.contains("工作表「Sheet1」：项目台账，单位：城东街道，年份：2023"));
        assert!(text.contains("读取 6 行：导入 3，跳过 2，拒绝 1"));
        assert!(text.contains("跳过（合计行）：第 9 行"));
        assert!(text.contains(
            "错误 城东街道台账.xlsx「Sheet1」第7行 F列（计划总投资（万元））值「约五千」：不是有效的数字"
        ));
        assert!(text.ends_with("共 1 个文件，1 个有错误\n"));
    }
}
