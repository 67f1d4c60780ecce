//! The drill-down: what a figure is made of, and opening its source workbook.

use super::{indicator_with_unit, scope_name, span_name, Lang};
use planboard_model::{DistrictBasis, Indicator};

/// Hover text of a figure that opens its drill-down.
pub fn drill_hint(lang: Lang) -> &'static str {
    lang.pick("点击查看构成明细", "Click to see what it is made of")
}

/// The drill-down's heading.
pub fn drill_title(lang: Lang) -> &'static str {
    lang.pick("构成明细", "What it is made of")
}

/// What the drill-down is about: 全区 · 十三五 · 新签约项目（个）.
pub fn drill_subject(
    lang: Lang,
    scope: &planboard_model::Scope,
    indicator: Indicator,
    span: planboard_model::Span,
) -> String {
    format!(
        "{} · {} · {}",
        scope_name(lang, scope),
        span_name(lang, span),
        indicator_with_unit(lang, indicator)
    )
}

/// The figure drilled into: 完成 123，目标 100，完成率 123.00%.
pub fn drill_figure(lang: Lang, actual: &str, target: &str, rate: &str) -> String {
    match lang {
        Lang::Zh => format!("完成 {actual}，目标 {target}，完成率 {rate}"),
        Lang::En => format!("Actual {actual}, target {target}, completion {rate}"),
    }
}

/// Heading of the projects counted.
pub fn drill_projects(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("计入完成数的台账项目（{count} 个）"),
        Lang::En => format!("Ledger projects counted ({count})"),
    }
}

/// Heading of the reported actuals.
pub fn drill_reported(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("完成数的填报来源（{count} 项）"),
        Lang::En => format!("Reported actuals ({count})"),
    }
}

/// Heading of the targets.
pub fn drill_targets(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("目标的来源（{count} 项）"),
        Lang::En => format!("Where the target comes from ({count})"),
    }
}

/// The drill-down's button that opens a source workbook.
pub fn open_source(lang: Lang) -> &'static str {
    lang.pick("打开", "Open")
}

/// What that button does.
pub fn open_source_hint(lang: Lang) -> &'static str {
    lang.pick(
        "用系统中的表格程序（Excel、WPS …）打开这个工作簿",
        "Opens the workbook in the system's spreadsheet program",
    )
}

/// The drill-down's button that copies a source's place.
pub fn copy_source(lang: Lang) -> &'static str {
    lang.pick("复制", "Copy")
}

/// What that button does.
pub fn copy_source_hint(lang: Lang) -> &'static str {
    lang.pick(
        "复制出处（文件、工作表、行、列）",
        "Copies the place (file, sheet, row, column)",
    )
}

/// The source workbook is not where it was imported from.
pub fn source_missing(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("无法打开源文件 {path}：文件已不在导入时的位置"),
        Lang::En => format!(
            "Cannot open the source file {path}: it is no longer where it was imported from"
        ),
    }
}

/// No program of the system opened a source workbook.
pub fn open_source_failed(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("无法打开源文件 {path}：系统中没有找到能打开它的程序"),
        Lang::En => {
            format!("Cannot open the source file {path}: no program of the system opened it")
        }
    }
}

/// Which figure the district's target is.
pub fn drill_target_basis(lang: Lang, basis: DistrictBasis) -> &'static str {
    match basis {
        DistrictBasis::Own => lang.pick(
            "全区目标取全区自身的目标（上级下达的任务，或表中的全区、合计行），不是各单位目标之和。",
            "The district's target is its own (as set for it, or a table's 全区 / 合计 row), not the sum of its units'.",
        ),
        DistrictBasis::UnitsSum => lang.pick(
            "没有全区自身的目标，全区目标取各单位目标之和。",
            "The district has no target of its own; its units' targets are summed.",
        ),
        DistrictBasis::None => lang.pick("没有目标数据。", "No target."),
    }
}

/// The units' targets add up to another figure than the district's own.
pub fn drill_units_target_sum(lang: Lang, sum: &str) -> String {
    match lang {
        Lang::Zh => format!("各单位目标之和为 {sum}，与全区目标不同（见导入记录中的冲突）。"),
        Lang::En => format!(
            "The units' targets add up to {sum}, not to the district's (see the conflicts in the import log)."
        ),
    }
}

/// What a ratio is made of: 开工率 = 开工项目 125个 ÷ 新签约项目 172个.
pub fn drill_ratio(
    lang: Lang,
    ratio: planboard_model::Indicator,
    (numerator, n): (planboard_model::Indicator, String),
    (denominator, d): (planboard_model::Indicator, String),
) -> String {
    match lang {
        Lang::Zh => format!(
            "{} = {}{n}{} ÷ {}{d}{}",
            ratio.name_zh(),
            numerator.name_zh(),
            numerator.unit_zh(),
            denominator.name_zh(),
            denominator.unit_zh()
        ),
        Lang::En => format!(
            "{} = {} {n} {} ÷ {} {d} {}",
            ratio.name_en(),
            numerator.name_en(),
            numerator.unit_en(),
            denominator.name_en(),
            denominator.unit_en()
        ),
    }
}

/// Said when nothing makes up the actual.
pub fn drill_no_actual(lang: Lang) -> &'static str {
    lang.pick("没有构成完成数的数据。", "Nothing makes up the actual.")
}

/// Said when there is no target.
pub fn drill_no_target(lang: Lang) -> &'static str {
    lang.pick("没有目标数据。", "No target.")
}
