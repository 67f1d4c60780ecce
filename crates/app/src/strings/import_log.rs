//! The 导入记录 tab: every imported file, its sheets and problems.

use super::{kind_name, Lang};
use planboard_model::SourceKind;

/// The import log's heading.
pub fn import_log_heading(lang: Lang, files: usize) -> String {
    match lang {
        Lang::Zh => format!("导入记录（{files} 个文件）"),
        Lang::En => format!("Import log ({files} files)"),
    }
}

/// Said when nothing was imported.
pub fn import_log_empty(lang: Lang) -> &'static str {
    lang.pick(
        "还没有导入文件。把工作簿拖到窗口里，或用 文件 → 导入工作簿…",
        "Nothing imported yet. Drop workbooks onto the window, or use File → Import workbooks…",
    )
}

/// Button: remove a file's data.
pub fn remove_file(lang: Lang) -> &'static str {
    lang.pick("移除数据", "Remove data")
}

/// Button: read a file again.
pub fn reimport_file(lang: Lang) -> &'static str {
    lang.pick("重新导入", "Import again")
}

/// What a file held: 项目台账 · 城东街道 · 2016–2026年.
pub fn file_contents(lang: Lang, kinds: &[SourceKind], units: &[String], years: &[i32]) -> String {
    let kinds: Vec<&str> = kinds.iter().map(|k| kind_name(lang, *k)).collect();
    let kinds = if kinds.is_empty() {
        lang.pick("未识别的表", "no table recognized").to_string()
    } else {
        kinds.join(lang.pick("、", ", "))
    };
    let units = if units.is_empty() {
        lang.pick("全区", "whole district").to_string()
    } else {
        units.join(lang.pick("、", ", "))
    };
    let years = match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(first), _) => first.to_string(),
        _ => lang.pick("无", "none").to_string(),
    };
    match lang {
        Lang::Zh => format!("{kinds} · 单位：{units} · 年份：{years}"),
        Lang::En => format!("{kinds} · unit: {units} · years: {years}"),
    }
}

/// A file's row counts.
pub fn file_rows(lang: Lang, imported: u32, skipped: usize, rejected: u32) -> String {
    match lang {
        Lang::Zh => format!("导入 {imported} 行，跳过 {skipped} 行，拒绝 {rejected} 行"),
        Lang::En => format!("{imported} rows imported, {skipped} skipped, {rejected} rejected"),
    }
}

/// Heading of a file's sheets.
pub fn sheets_heading(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("工作表（{count}）"),
        Lang::En => format!("Sheets ({count})"),
    }
}

/// Heading of a file's problems.
pub fn problems_heading(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("问题（{count}）"),
        Lang::En => format!("Problems ({count})"),
    }
}

/// Heading of the conflicts between reports and ledgers.
pub fn conflicts_title(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("数据之间的不一致（{count} 处，每处写明以哪个数为准）"),
        Lang::En => format!("Figures that disagree ({count}; each says which one is used)"),
    }
}
