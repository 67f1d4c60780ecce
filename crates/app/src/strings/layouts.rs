//! Layouts (读取方式): `planboard layout show` (how a sheet is read — its layout, header, each
//! column's role and each row's class), the messages about layout files, the mapping dialog
//! and the 读取方式 window.

use super::{indicator_with_unit, kind_name, Lang};
use planboard_import::{
    ColumnRole, LayoutError, LayoutKind, LedgerField, MoneyUnit, RowClass, SheetView, When,
};
use planboard_model::SourceKind;

/// The lines describing how one sheet is read.
pub fn sheet_view(lang: Lang, view: &SheetView) -> Vec<String> {
    let kind = match &view.kind {
        LayoutKind::Ledger { .. } => kind_name(lang, SourceKind::Ledger),
        LayoutKind::UnitTable => lang.pick("单位表（任务分解或各单位完成情况）", "unit table"),
        LayoutKind::Report { source, .. } => kind_name(lang, *source),
    };
    let how = match &view.layout {
        Some(name) => read_with_layout(lang, name),
        None => lang.pick("自动识别", "recognized by itself").into(),
    };
    let (first, last) = view.header_rows;
    let header_rows = planboard_import::row_ranges(&(first..=last).collect::<Vec<_>>());
    let mut out = vec![
        match lang {
            Lang::Zh => format!("工作表「{}」：{kind}（{how}）", view.sheet),
            Lang::En => format!("Sheet \"{}\": {kind} ({how})", view.sheet),
        },
        match lang {
            Lang::Zh => format!("  表头：第 {} 行", header_rows.join("、")),
            Lang::En => format!("  Header: rows {}", header_rows.join(", ")),
        },
    ];
    for (letter, label, role) in &view.columns {
        if *role == ColumnRole::Ignored && label.is_empty() {
            continue;
        }
        let role = column_role(lang, role);
        out.push(match lang {
            Lang::Zh => format!("  {letter} 列「{label}」：{role}"),
            Lang::En => format!("  Column {letter} \"{label}\": {role}"),
        });
    }
    let data: Vec<u32> = view
        .rows
        .iter()
        .filter(|(_, class)| *class == RowClass::Data)
        .map(|(row, _)| *row)
        .collect();
    if !data.is_empty() {
        let list = planboard_import::row_ranges(&data);
        out.push(match lang {
            Lang::Zh => format!("  数据行：第 {} 行", list.join("、")),
            Lang::En => format!("  Data rows: {}", list.join(", ")),
        });
    }
    let mut reasons = Vec::new();
    for (_, class) in &view.rows {
        if let RowClass::Skip(reason) = class {
            if !reasons.contains(reason) {
                reasons.push(*reason);
            }
        }
    }
    for reason in reasons {
        let rows: Vec<u32> = view
            .rows
            .iter()
            .filter(|(_, class)| *class == RowClass::Skip(reason))
            .map(|(row, _)| *row)
            .collect();
        out.push(format!("  {}", super::report_skipped(lang, reason, &rows)));
    }
    out
}

/// What a column holds, in words.
fn column_role(lang: Lang, role: &ColumnRole) -> String {
    match role {
        ColumnRole::Ignored => lang.pick("不读取", "not read").into(),
        ColumnRole::Unit => lang.pick("单位", "unit").into(),
        ColumnRole::Year => lang.pick("年度", "year").into(),
        ColumnRole::Period => lang.pick("期间（年、月或累计）", "period").into(),
        ColumnRole::IndicatorName => lang.pick("指标名称", "indicator name").into(),
        ColumnRole::Measure => lang.pick("计量单位", "unit of measure").into(),
        ColumnRole::Figure(f) => {
            let indicator = f.indicator.map_or_else(
                || lang.pick("该行指标", "the row's indicator").to_string(),
                |i| indicator_with_unit(lang, i),
            );
            let field = match f.field {
                planboard_model::FactKind::Target => lang.pick("目标", "target"),
                planboard_model::FactKind::Actual => lang.pick("完成", "actual"),
            };
            let unit = f.unit.as_ref().map(|u| format!("{u} ")).unwrap_or_default();
            let when = when(lang, f.when);
            // A count has no money unit; the row's indicator may be either.
            match f.indicator.map(planboard_model::Indicator::measure) {
                Some(planboard_model::Measure::Count) => {
                    format!("{unit}{indicator} {field}（{when}）")
                }
                _ => format!(
                    "{unit}{indicator} {field}（{when}，{}）",
                    money(lang, f.money)
                ),
            }
        }
        ColumnRole::BlockFigure { money: m, .. } => match lang {
            Lang::Zh => format!("各块标题所指指标的数（{}）", money(lang, *m)),
            Lang::En => format!("the figure of each block's indicator ({})", money(lang, *m)),
        },
        ColumnRole::Rate { .. } => lang
            .pick(
                "完成率（只核对，不导入）",
                "completion rate (checked, not imported)",
            )
            .into(),
        ColumnRole::Ledger(field) => ledger_field(lang, *field).into(),
    }
}

fn when(lang: Lang, when: When) -> String {
    match (when, lang) {
        (When::Year(Some(y)), Lang::Zh) => format!("{y}年"),
        (When::Year(Some(y)), Lang::En) => y.to_string(),
        (When::Year(None), _) => lang
            .pick("该行或该表的年度", "the row's or sheet's year")
            .into(),
        (When::Month(m), Lang::Zh) => format!("{m}月"),
        (When::Month(m), Lang::En) => format!("month {m}"),
        (When::YearToDate { through, .. }, Lang::Zh) => format!("1-{through}月累计"),
        (When::YearToDate { through, .. }, Lang::En) => format!("Jan–{through:02} to date"),
        (When::Plan(p), Lang::Zh) => p.name_zh(),
        (When::Plan(p), Lang::En) => p.name_en(),
        (When::Cumulative, _) => lang.pick("累计", "to date").into(),
    }
}

fn money(lang: Lang, unit: MoneyUnit) -> &'static str {
    match unit {
        MoneyUnit::Yuan => lang.pick("元", "yuan"),
        MoneyUnit::Wan => lang.pick("万元", "10k yuan"),
        MoneyUnit::Yi => lang.pick("亿元", "100M yuan"),
        MoneyUnit::Usd => lang.pick("美元", "USD"),
        MoneyUnit::WanUsd => lang.pick("万美元", "10k USD"),
        MoneyUnit::YiUsd => lang.pick("亿美元", "100M USD"),
    }
}

fn ledger_field(lang: Lang, field: LedgerField) -> &'static str {
    match field {
        LedgerField::Seq => lang.pick("序号", "sequence number"),
        LedgerField::Name => lang.pick("项目名称", "project name"),
        LedgerField::Investor => lang.pick("投资方", "investor"),
        LedgerField::Industry => lang.pick("产业类别", "industry"),
        LedgerField::SignedOn => lang.pick("签约日期", "signing date"),
        LedgerField::Investment => lang.pick("计划总投资", "planned investment"),
        LedgerField::Foreign => lang.pick("是否外资", "foreign-funded"),
        LedgerField::EnterpriseType => lang.pick("企业性质", "enterprise type"),
        LedgerField::Stage => lang.pick("项目进度", "stage"),
        LedgerField::Responsible => lang.pick("责任人", "person responsible"),
        LedgerField::Unit => lang.pick("所属单位", "unit"),
        LedgerField::Remarks => lang.pick("备注", "remarks"),
    }
}

/// A sheet read with a saved layout: 按读取方式「…」读取.
pub fn read_with_layout(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!("按读取方式「{name}」读取"),
        Lang::En => format!("read with the layout \"{name}\""),
    }
}

/// `layout guess` / `layout show` found no sheet it understands.
pub fn no_layout_found(lang: Lang) -> &'static str {
    lang.pick(
        "没有找到能识别的工作表（可用 layout show 查看原因）",
        "no sheet was understood (layout show says why)",
    )
}

/// A workbook that cannot be opened: 无法读取 … ：reason.
pub fn file_unreadable(lang: Lang, path: &str, reason: &str) -> String {
    match lang {
        Lang::Zh => format!("无法读取 {path}：{reason}"),
        Lang::En => format!("cannot read {path}: {reason}"),
    }
}

/// A layout file that cannot be used.
pub fn layout_file_refused(lang: Lang, path: &str, error: &LayoutError) -> String {
    match lang {
        Lang::Zh => format!("读取方式文件 {path} 无法使用：{}", error.message_zh()),
        Lang::En => format!("cannot use the layout file {path}: {}", error.message_en()),
    }
}

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
