//! The 项目台账 tab: the project columns, filters and sorting.

use super::{column_unit, Lang};

/// A ledger column's header.
pub fn ledger_column(lang: Lang, column: crate::gui::ledger::LedgerColumn) -> &'static str {
    use crate::gui::ledger::LedgerColumn;
    match column {
        LedgerColumn::Name => column_project(lang),
        LedgerColumn::Unit => column_unit(lang),
        LedgerColumn::Industry => column_industry(lang),
        LedgerColumn::SignedOn => column_signed_on(lang),
        LedgerColumn::Investment => lang.pick("计划总投资（亿元）", "Investment (100m yuan)"),
        LedgerColumn::Foreign => lang.pick("外资", "Foreign"),
        LedgerColumn::Stage => column_stage(lang),
        LedgerColumn::Source => column_place(lang),
    }
}

/// Column header: project name.
pub fn column_project(lang: Lang) -> &'static str {
    lang.pick("项目名称", "Project")
}

/// Column header and filter: industry.
pub fn column_industry(lang: Lang) -> &'static str {
    lang.pick("产业类别", "Industry")
}

/// Column header and filter: stage.
pub fn column_stage(lang: Lang) -> &'static str {
    lang.pick("项目进度", "Stage")
}

/// Column header: signing date.
pub fn column_signed_on(lang: Lang) -> &'static str {
    lang.pick("签约日期", "Signed on")
}

/// Filter: signing year.
pub fn column_signed_year(lang: Lang) -> &'static str {
    lang.pick("签约年度", "Signed in")
}

/// Column header: planned investment, short.
pub fn column_investment_short(lang: Lang) -> &'static str {
    lang.pick("投资（亿元）", "Inv. (100m)")
}

/// Column header: where the row was read.
pub fn column_place(lang: Lang) -> &'static str {
    lang.pick("来源（文件 / 工作表 / 行）", "Source (file / sheet / row)")
}

/// A place in a workbook: 城东街道台账.xlsx「2023年」第12行.
pub fn place(lang: Lang, place: &planboard_model::Provenance) -> String {
    let file = std::path::Path::new(&*place.file).file_name().map_or_else(
        || place.file.to_string(),
        |n| n.to_string_lossy().to_string(),
    );
    match (lang, &place.column) {
        (Lang::Zh, Some(column)) => format!("{file}「{}」{column}{}", place.sheet, place.row),
        (Lang::Zh, None) => format!("{file}「{}」第{}行", place.sheet, place.row),
        (Lang::En, Some(column)) => format!("{file} \"{}\" {column}{}", place.sheet, place.row),
        (Lang::En, None) => format!("{file} \"{}\" row {}", place.sheet, place.row),
    }
}

/// A stage's name.
pub fn stage_name(lang: Lang, stage: planboard_model::Stage) -> &'static str {
    lang.pick(stage.name_zh(), stage.name_en())
}

/// 是 / 否 / —.
pub fn yes_no(lang: Lang, value: Option<bool>) -> &'static str {
    match value {
        Some(true) => lang.pick("是", "yes"),
        Some(false) => lang.pick("否", "no"),
        None => planboard_model::format::NONE,
    }
}

/// Hint of the ledger's search box.
pub fn search_hint(lang: Lang) -> &'static str {
    lang.pick(
        "搜索项目、单位、产业、责任人",
        "Search project, unit, industry, person",
    )
}

/// Hover text of a sortable header.
pub fn sort_hint(lang: Lang) -> &'static str {
    lang.pick("点击排序，再点击反向", "Click to sort, again to reverse")
}

/// How many projects are shown: 显示 12 / 共 300 个项目.
pub fn ledger_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("显示 {shown} / 共 {total} 个项目"),
        Lang::En => format!("{shown} of {total} projects"),
    }
}

/// Said while a big ledger is filtered or sorted.
pub fn ledger_sorting(lang: Lang) -> &'static str {
    lang.pick("正在排序…", "Sorting…")
}
