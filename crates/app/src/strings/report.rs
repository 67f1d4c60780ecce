//! The report of an import, file by file: printed by `check` and shown in the import log.

use super::{kind_name, Lang};
use planboard_import::{Severity, SheetNote, SkipReason};
use planboard_model::SourceKind;

/// A file line of the import report.
pub fn report_file(lang: Lang, file: &str, format: Option<&str>) -> String {
    match (lang, format) {
        (Lang::Zh, Some(f)) => format!("文件：{file}（{f}）"),
        (Lang::Zh, None) => format!("文件：{file}"),
        (Lang::En, Some(f)) => format!("File: {file} ({f})"),
        (Lang::En, None) => format!("File: {file}"),
    }
}

/// A file that could not be read at all.
pub fn report_file_error(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法读取：{error}"),
        Lang::En => format!("Cannot read: {error}"),
    }
}

/// A file whose unit must be named.
pub fn report_needs_unit(lang: Lang) -> &'static str {
    lang.pick(
        "有工作表看不出属于哪个单位：请用 --unit 单位名称 再导入一次",
        "A sheet's unit cannot be told: import again with --unit NAME",
    )
}

/// A sheet line of the import report; the unit is left out for sheets of many units or of the
/// whole district.
pub fn report_sheet(
    lang: Lang,
    sheet: &str,
    kind: Option<SourceKind>,
    unit: Option<&str>,
    years: &[i32],
) -> String {
    let kind = kind.map_or_else(
        || lang.pick("不是可读取的表", "no table read").to_string(),
        |k| kind_name(lang, k).to_string(),
    );
    let years = match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(first), _) => first.to_string(),
        _ => lang.pick("无", "none").to_string(),
    };
    match (lang, unit) {
        (Lang::Zh, Some(unit)) => {
            format!("工作表「{sheet}」：{kind}，单位：{unit}，年份：{years}")
        }
        (Lang::Zh, None) => format!("工作表「{sheet}」：{kind}，年份：{years}"),
        (Lang::En, Some(unit)) => {
            format!("Sheet \"{sheet}\": {kind}, unit: {unit}, years: {years}")
        }
        (Lang::En, None) => format!("Sheet \"{sheet}\": {kind}, years: {years}"),
    }
}

/// Why a sheet was ignored.
pub fn report_sheet_note(lang: Lang, note: &SheetNote) -> String {
    match lang {
        Lang::Zh => format!("说明：{}", note.zh()),
        Lang::En => format!("Note: {}", note.en()),
    }
}

/// The row counts of a sheet.
pub fn report_rows(lang: Lang, read: u32, imported: u32, skipped: usize, rejected: u32) -> String {
    match lang {
        Lang::Zh => format!("读取 {read} 行：导入 {imported}，跳过 {skipped}，拒绝 {rejected}"),
        Lang::En => {
            format!("{read} rows read: {imported} imported, {skipped} skipped, {rejected} rejected")
        }
    }
}

/// The rows skipped for one reason: 跳过（合计行）：第 12、30 行.
pub fn report_skipped(lang: Lang, reason: SkipReason, rows: &[u32]) -> String {
    let list = planboard_import::row_ranges(rows);
    let reason = skip_reason(lang, reason);
    match lang {
        Lang::Zh => format!("跳过（{reason}）：第 {} 行", list.join("、")),
        Lang::En => format!("Skipped ({reason}): rows {}", list.join(", ")),
    }
}

/// Why a row was not data.
pub fn skip_reason(lang: Lang, reason: SkipReason) -> &'static str {
    match reason {
        SkipReason::Blank => lang.pick("空行", "blank"),
        SkipReason::Title => lang.pick("标题", "title"),
        SkipReason::Header => lang.pick("表头", "header"),
        SkipReason::Total => lang.pick("合计行", "total"),
        SkipReason::Section => lang.pick("分类行", "section"),
        SkipReason::Footer => lang.pick("表尾", "footer"),
        SkipReason::Note => lang.pick("说明", "note"),
        SkipReason::OtherTable => lang.pick("其他表格", "other table"),
        SkipReason::NotTracked => lang.pick("不统计的指标", "indicator not tracked"),
        SkipReason::Unresolved => lang.pick("单位或年份不明", "unit or year unknown"),
        SkipReason::ByLayout => lang.pick("按读取方式跳过", "skipped by the layout"),
    }
}

/// One problem with its place: 错误 Sheet1 第12行 F列（计划总投资）值「abc」：不是数字.
pub fn report_problem(lang: Lang, problem: &planboard_import::Problem) -> String {
    let severity = match (problem.severity, lang) {
        (Severity::Error, Lang::Zh) => "错误",
        (Severity::Warning, Lang::Zh) => "警告",
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::En) => "warning",
    };
    let place = &problem.place;
    let mut text = match lang {
        Lang::Zh => format!(
            "{severity} {}「{}」第{}行",
            place.file, place.sheet, place.row
        ),
        Lang::En => format!(
            "{severity} {} \"{}\" row {}",
            place.file, place.sheet, place.row
        ),
    };
    if let Some(column) = &place.column {
        text.push_str(&match lang {
            Lang::Zh => format!(" {column}列"),
            Lang::En => format!(" column {column}"),
        });
    }
    if let Some(header) = &problem.header {
        text.push_str(&match lang {
            Lang::Zh => format!("（{header}）"),
            Lang::En => format!(" ({header})"),
        });
    }
    if let Some(value) = &problem.value {
        text.push_str(&match lang {
            Lang::Zh => format!("值「{value}」"),
            Lang::En => format!(" value \"{value}\""),
        });
    }
    let message = match lang {
        Lang::Zh => problem.message_zh(),
        Lang::En => problem.message_en(),
    };
    text.push_str(&match lang {
        Lang::Zh => format!("：{message}"),
        Lang::En => format!(": {message}"),
    });
    text
}

/// The last line of `planboard check`.
pub fn report_total(lang: Lang, files: usize, failed: usize) -> String {
    match lang {
        Lang::Zh => format!("共 {files} 个文件，{failed} 个有错误"),
        Lang::En => format!("{files} file(s), {failed} with errors"),
    }
}

/// Said of a file none of whose sheets gave anything.
pub fn report_nothing_imported(lang: Lang) -> &'static str {
    lang.pick(
        "未找到可导入的数据（没有一个工作表读出数据）",
        "No data to import (no sheet gave any figure or project)",
    )
}

/// Said when no workbook was found under the paths given.
pub fn no_workbooks(lang: Lang) -> &'static str {
    lang.pick(
        "没有找到工作簿（.xlsx、.xls、.ods）",
        "No workbook (.xlsx, .xls, .ods) found",
    )
}

/// The heading of the conflicts in `check`: reports against ledgers, the district's own
/// figures against its units' sum.
pub fn conflicts_heading(lang: Lang) -> &'static str {
    lang.pick(
        "数据之间的不一致（完成情况表与项目台账、全区数与各单位之和）：",
        "Figures that disagree (reports and ledgers, the district's and its units' sum):",
    )
}
