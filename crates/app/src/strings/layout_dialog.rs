//! The mapping dialog (调整读取方式…) and the 读取方式 window.

use super::layouts::{column_role, ledger_field, money};
use super::{indicator_with_unit, Lang};
use planboard_import::{ColumnRole, LayoutError, MoneyUnit};

/// The button on a sheet of the import log that opens the mapping dialog.
pub fn adjust_layout(lang: Lang) -> &'static str {
    lang.pick("调整读取方式…", "Adjust how it is read…")
}

/// The mapping dialog's title.
pub fn layout_dialog_title(lang: Lang, sheet: &str) -> String {
    match lang {
        Lang::Zh => format!("读取方式：工作表「{sheet}」"),
        Lang::En => format!("How to read the sheet \"{sheet}\""),
    }
}

/// The sheet is being read for the dialog.
pub fn layout_sheet_loading(lang: Lang) -> &'static str {
    lang.pick("正在读取工作表…", "Reading the sheet…")
}

/// The sheet could not be read for the dialog.
pub fn layout_sheet_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Zh => format!("无法读取该工作表：{why}"),
        Lang::En => format!("The sheet cannot be read: {why}"),
    }
}

/// The sheet was not understood: the dialog starts empty.
pub fn layout_start_empty(lang: Lang) -> &'static str {
    lang.pick(
        "planboard 没能自动识别这张表：请指出表头所在的行，并在每列上方选择它的含义。",
        "planboard did not understand this sheet: show where its header is and choose what each column holds.",
    )
}

/// The dialog starts from how the sheet is read now.
pub fn layout_start_guessed(lang: Lang) -> &'static str {
    lang.pick(
        "以下是 planboard 目前的读取方式，只需改正不对的地方。",
        "This is how planboard reads the sheet now; correct only what is wrong.",
    )
}

/// The header's first row (an Excel row number follows).
pub fn layout_header_first(lang: Lang) -> &'static str {
    lang.pick("表头起始行", "Header starts at row")
}

/// How many rows the header spans.
pub fn layout_header_rows(lang: Lang) -> &'static str {
    lang.pick("表头行数", "Header rows")
}

/// The table kind control.
pub fn layout_kind(lang: Lang) -> &'static str {
    lang.pick("表格类型", "Table kind")
}

/// A table kind the dialog offers.
pub fn layout_kind_name(lang: Lang, kind: crate::gui::layout_draft::DraftKind) -> &'static str {
    use crate::gui::layout_draft::DraftKind;
    match kind {
        DraftKind::UnitTable => lang.pick("单位表（各单位的目标或完成）", "Unit table"),
        DraftKind::Ledger => lang.pick("项目台账", "Project ledger"),
        DraftKind::Report => lang.pick("完成情况表（按指标）", "Progress report"),
    }
}

/// The unit source control.
pub fn layout_unit_source(lang: Lang) -> &'static str {
    lang.pick("单位来自", "Unit from")
}

/// The unit comes from the sheet itself.
pub fn layout_from_sheet(lang: Lang) -> &'static str {
    lang.pick(
        "表格自身（单位列、标题或表名）",
        "the sheet (unit column, title or name)",
    )
}

/// The whole district.
pub fn layout_district(lang: Lang) -> &'static str {
    lang.pick("全区", "the district")
}

/// One unit, named.
pub fn layout_fixed_unit(lang: Lang) -> &'static str {
    lang.pick("固定单位", "one unit")
}

/// The year source control.
pub fn layout_year_source(lang: Lang) -> &'static str {
    lang.pick("年度来自", "Year from")
}

/// The year comes from the sheet itself.
pub fn layout_year_from_sheet(lang: Lang) -> &'static str {
    lang.pick(
        "标题或表名（或年度列）",
        "the title or sheet name (or a year column)",
    )
}

/// A fixed year.
pub fn layout_fixed_year(lang: Lang) -> &'static str {
    lang.pick("固定年度", "a fixed year")
}

/// The month source control.
pub fn layout_month_source(lang: Lang) -> &'static str {
    lang.pick("月份来自", "Months from")
}

/// The figures are the year's, or up to the month the title or sheet name says.
pub fn layout_month_from_sheet(lang: Lang) -> &'static str {
    lang.pick(
        "标题或表名（如“1-10月”）",
        "the title or sheet name (1-10月 …)",
    )
}

/// The figures are the year's up to a month.
pub fn layout_through_month(lang: Lang) -> &'static str {
    lang.pick("截至某月的累计", "the year to a month")
}

/// Months 1 to `month` of the year.
pub fn months_to_date(lang: Lang, month: u32) -> String {
    match lang {
        Lang::Zh => format!("1-{month}月"),
        Lang::En => format!("months 1–{month}"),
    }
}

/// The control of the rows not to read.
pub fn layout_skip_rows(lang: Lang) -> &'static str {
    lang.pick("跳过的行", "Rows to skip")
}

/// Between a rule's column and its word: 含有.
pub fn layout_skip_holding(lang: Lang) -> &'static str {
    lang.pick("含有", "holding")
}

/// The word box of a rule, empty.
pub fn layout_skip_hint(lang: Lang) -> &'static str {
    lang.pick("如：其中、小计", "e.g. 其中, 小计")
}

/// Removes a rule.
pub fn layout_skip_remove(lang: Lang) -> &'static str {
    lang.pick("删除", "Remove")
}

/// Adds a rule.
pub fn layout_skip_add(lang: Lang) -> &'static str {
    lang.pick("添加跳过规则", "Add a rule")
}

/// The label of a column drop-down's search box.
pub fn layout_filter(lang: Lang) -> &'static str {
    lang.pick("搜索", "Search")
}

/// The search box of a column's drop-down.
pub fn layout_filter_hint(lang: Lang) -> &'static str {
    lang.pick("搜索…", "Search…")
}

/// What a column can be chosen to hold, in words.
pub fn layout_choice(lang: Lang, choice: crate::gui::layout_draft::Choice) -> String {
    use crate::gui::layout_draft::Choice;
    use planboard_model::FactKind;
    let field = |f: FactKind| match f {
        FactKind::Target => lang.pick("目标", "target"),
        FactKind::Actual => lang.pick("完成", "actual"),
    };
    match choice {
        Choice::Ignored => lang.pick("忽略", "ignore").into(),
        Choice::Unit => lang.pick("单位", "unit").into(),
        Choice::Year => lang.pick("年度", "year").into(),
        Choice::Period => lang.pick("期间（年、月或累计）", "period").into(),
        Choice::IndicatorName => lang.pick("指标名称", "indicator name").into(),
        Choice::Measure => lang.pick("计量单位", "unit of measure").into(),
        Choice::Figure(None, f) => format!(
            "{} · {}",
            lang.pick("该行指标", "row's indicator"),
            field(f)
        ),
        Choice::Figure(Some(i), f) => format!("{} · {}", indicator_with_unit(lang, i), field(f)),
        Choice::Rate(i) => format!(
            "{} · {}",
            indicator_with_unit(lang, i),
            lang.pick("完成率", "completion rate")
        ),
        Choice::Ledger(f) => ledger_field(lang, f).into(),
    }
}

/// A role the drop-down does not list, shown as it is.
pub fn layout_role(lang: Lang, role: &ColumnRole) -> String {
    column_role(lang, role)
}

/// A money unit's name.
pub fn money_unit_name(lang: Lang, unit: MoneyUnit) -> &'static str {
    money(lang, unit)
}

/// The row classes' legend.
pub fn layout_legend(lang: Lang) -> [&'static str; 4] {
    [
        lang.pick("表头", "header"),
        lang.pick("数据", "data"),
        lang.pick("合计", "total"),
        lang.pick("跳过", "skipped"),
    ]
}

/// The preview's heading.
pub fn layout_preview(lang: Lang) -> &'static str {
    lang.pick(
        "预览：按此读取方式将导入",
        "Preview: read this way, the sheet gives",
    )
}

/// The preview is being computed.
pub fn layout_preview_running(lang: Lang) -> &'static str {
    lang.pick("正在计算预览…", "Computing the preview…")
}

/// The preview cannot be computed: the layout's header is not in the sheet.
pub fn layout_no_match(lang: Lang) -> &'static str {
    lang.pick(
        "在表格前 30 行中找不到这样的表头：请检查表头起始行和行数。",
        "No such header within the sheet's first 30 rows: check the header's rows.",
    )
}

/// The preview cannot be computed: the layout cannot be used.
pub fn layout_refused(lang: Lang, error: &LayoutError) -> String {
    match lang {
        Lang::Zh => format!("还不能读取：{}", error.message_zh()),
        Lang::En => format!("Cannot read yet: {}", error.message_en()),
    }
}

/// The preview gives no figures.
pub fn layout_no_figures(lang: Lang) -> &'static str {
    lang.pick("读不出任何数字。", "No figures are read.")
}

/// The unit column of the preview's table.
pub fn layout_preview_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// How many projects the preview shows of how many.
pub fn layout_projects_shown(lang: Lang, shown: usize, all: usize) -> String {
    match lang {
        Lang::Zh => format!("共 {all} 个项目，显示前 {shown} 个"),
        Lang::En => format!("{all} projects, the first {shown} shown"),
    }
}

/// The name box of the dialog.
pub fn layout_name(lang: Lang) -> &'static str {
    lang.pick("名称", "Name")
}

/// The dialog's save button.
pub fn layout_save(lang: Lang) -> &'static str {
    lang.pick("保存并重新导入", "Save and import again")
}

/// A layout was saved and its file is read again with it.
pub fn layout_saved(lang: Lang, name: &str, file: &str) -> String {
    match lang {
        Lang::Zh => format!("已保存读取方式「{name}」，正在按它重新导入 {file}"),
        Lang::En => format!("Saved the layout \"{name}\"; importing {file} again with it"),
    }
}

/// The layout library could not be written.
pub fn layout_library_not_saved(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法保存读取方式库：{error}"),
        Lang::En => format!("Cannot save the layout library: {error}"),
    }
}

/// The layout library could not be read at start.
pub fn layout_library_unreadable(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("读取方式库 {path} 无法读取：{error}"),
        Lang::En => format!("Cannot read the layout library {path}: {error}"),
    }
}

/// The 读取方式 window's title and menu entry.
pub fn layouts_window(lang: Lang) -> &'static str {
    lang.pick("读取方式…", "Layouts…")
}

/// There are no layouts yet.
pub fn layouts_none(lang: Lang) -> &'static str {
    lang.pick(
        "还没有保存的读取方式。在导入记录中点“调整读取方式…”教 planboard 读一张表。",
        "No layouts yet. Use \"Adjust how it is read…\" in the import log to teach one.",
    )
}

/// Where a layout is kept.
pub fn layout_kept_in(lang: Lang, workspace: bool, library: bool) -> &'static str {
    match (workspace, library) {
        (true, true) => lang.pick("本工作区 · 个人库", "workspace · library"),
        (true, false) => lang.pick("本工作区", "workspace"),
        _ => lang.pick("个人库", "library"),
    }
}

/// Rename a layout.
pub fn layout_rename(lang: Lang) -> &'static str {
    lang.pick("重命名", "Rename")
}

/// Confirm a layout's new name.
pub fn layout_rename_done(lang: Lang) -> &'static str {
    lang.pick("确定", "OK")
}

/// Remove a layout.
pub fn layout_remove(lang: Lang) -> &'static str {
    lang.pick("删除", "Remove")
}

/// Export a layout to a file.
pub fn layout_export(lang: Lang) -> &'static str {
    lang.pick("导出…", "Export…")
}

/// Import layouts from a file.
pub fn layout_import(lang: Lang) -> &'static str {
    lang.pick("从文件导入…", "Import from a file…")
}

/// The file dialogs' filter name for layout files.
pub fn layout_files(lang: Lang) -> &'static str {
    lang.pick("读取方式文件", "Layout files")
}

/// Layouts were imported from a file.
pub fn layouts_imported(lang: Lang, count: usize, path: &str) -> String {
    match lang {
        Lang::Zh => format!("已从 {path} 导入 {count} 个读取方式"),
        Lang::En => format!("Imported {count} layouts from {path}"),
    }
}

/// A layout was removed.
pub fn layout_removed(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!("已删除读取方式「{name}」"),
        Lang::En => format!("Removed the layout \"{name}\""),
    }
}

/// A column of the mapping dialog's grid, by its letter.
pub fn layout_column(lang: Lang, letter: &str) -> String {
    match lang {
        Lang::Zh => format!("{letter} 列"),
        Lang::En => format!("Column {letter}"),
    }
}

/// A figure column of the preview: indicator, target or actual, span.
pub fn layout_preview_column(
    lang: Lang,
    indicator: planboard_model::Indicator,
    kind: planboard_model::FactKind,
    span: planboard_model::Span,
) -> String {
    let field = match kind {
        planboard_model::FactKind::Target => lang.pick("目标", "target"),
        planboard_model::FactKind::Actual => lang.pick("完成", "actual"),
    };
    format!(
        "{} {field}（{}）",
        indicator_with_unit(lang, indicator),
        super::span_name(lang, span)
    )
}

/// The columns of the preview's projects.
pub fn layout_project_columns(lang: Lang) -> [&'static str; 4] {
    [
        lang.pick("项目名称", "Project"),
        lang.pick("单位", "Unit"),
        lang.pick("签约日期", "Signed"),
        lang.pick("计划总投资（亿元）", "Planned investment (100M yuan)"),
    ]
}

/// A sheet of an imported file was not understood (the message panel offers to teach it).
pub fn sheet_not_understood(lang: Lang, file: &str, sheet: &str) -> String {
    let name = std::path::Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |n| n.to_string_lossy().to_string());
    match lang {
        Lang::Zh => format!("{name} 的工作表「{sheet}」未能识别，没有导入任何数据"),
        Lang::En => format!(
            "The sheet \"{sheet}\" of {name} was not understood; nothing was imported from it"
        ),
    }
}
