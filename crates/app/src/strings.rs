//! Every user-facing string of the app and the command line, in Chinese and English.
//!
//! Views and commands never write text of their own: they ask this module, passing the
//! current [`Lang`]. Chinese is the default.

use crate::settings::ThemeChoice;
use planboard_import::{Severity, SheetNote, SkipReason};
use planboard_model::{DistrictBasis, Indicator, PlanPeriod, SourceKind};

/// The language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// 简体中文 (the default).
    #[default]
    #[value(name = "zh")]
    Zh,
    /// English.
    #[value(name = "en")]
    En,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// Picks the text of this language.
    fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// The window title; also the app name in the top bar.
pub const WINDOW_TITLE: &str = "招商目标看板";

/// The app name in the top bar.
pub fn app_name(lang: Lang) -> &'static str {
    lang.pick(WINDOW_TITLE, "Planboard — investment targets vs actuals")
}

/// Hover text of the language switch.
pub fn language_switch_hint(lang: Lang) -> &'static str {
    lang.pick("界面语言", "Interface language")
}

// ---------------------------------------------------------------------------------------------
// Indicators and periods

/// An indicator with its unit: 计划总投资（亿元）.
pub fn indicator_with_unit(lang: Lang, indicator: Indicator) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）", indicator.name_zh(), indicator.unit_zh()),
        Lang::En => format!("{} ({})", indicator.name_en(), indicator.unit_en()),
    }
}

/// The mark before a sub-count ("其中：").
pub fn of_which(lang: Lang) -> &'static str {
    lang.pick("其中：", "of which: ")
}

/// A plan period with its years: 十三五（2016—2020年）.
pub fn period_heading(lang: Lang, period: PlanPeriod) -> String {
    match lang {
        Lang::Zh => format!(
            "{}（{}—{}年）",
            period.name_zh(),
            period.first_year(),
            period.last_year()
        ),
        Lang::En => format!(
            "{} ({}–{})",
            period.name_en(),
            period.first_year(),
            period.last_year()
        ),
    }
}

/// The period's name alone, as the accessible name of its table: 十三五.
pub fn period_name(lang: Lang, period: PlanPeriod) -> String {
    match lang {
        Lang::Zh => period.name_zh(),
        Lang::En => period.name_en(),
    }
}

/// Which years of a period have data: 数据年份：2016、2017.
pub fn years_with_data(lang: Lang, years: &[i32]) -> String {
    let list: Vec<String> = years.iter().map(i32::to_string).collect();
    match lang {
        Lang::Zh => format!("数据年份：{}", list.join("、")),
        Lang::En => format!("Years with data: {}", list.join(", ")),
    }
}

// ---------------------------------------------------------------------------------------------
// Summary table

/// Heading above the summary tables.
pub fn summary_heading(lang: Lang) -> &'static str {
    lang.pick("全区各规划期完成情况", "Whole district by plan period")
}

/// Column header: the indicator.
pub fn column_indicator(lang: Lang) -> &'static str {
    lang.pick("指标", "Indicator")
}

/// Column header: the target.
pub fn column_target(lang: Lang) -> &'static str {
    lang.pick("目标", "Target")
}

/// Column header: the actual.
pub fn column_actual(lang: Lang) -> &'static str {
    lang.pick("完成", "Actual")
}

/// Column header: the completion rate.
pub fn column_rate(lang: Lang) -> &'static str {
    lang.pick("完成率", "Completion")
}

/// Shown when the data has no year a plan period can be told from.
pub fn no_periods(lang: Lang) -> &'static str {
    lang.pick(
        "已导入的数据中没有可识别的年份，无法按规划期汇总。",
        "The imported data has no year, so it cannot be summed by plan period.",
    )
}

// ---------------------------------------------------------------------------------------------
// Empty state

/// Heading of the empty state.
pub fn empty_heading(lang: Lang) -> &'static str {
    lang.pick("还没有数据", "No data yet")
}

/// What to do to get data in.
pub fn empty_intro(lang: Lang) -> &'static str {
    lang.pick(
        "也可以把街道、镇、园区报来的 Excel 工作簿（或整个文件夹）直接拖到这个窗口里：",
        "Or drop the Excel workbooks the sub-districts send (or a whole folder) onto this window:",
    )
}

/// What a kind of workbook holds, for the empty state.
pub fn kind_description(lang: Lang, kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::TargetBreakdown => lang.pick(
            "各单位、各指标的年度目标任务",
            "yearly targets per unit and indicator",
        ),
        SourceKind::Ledger => lang.pick(
            "每行一个项目：签约日期、计划总投资、是否外资……",
            "one project per row: signing date, planned investment, foreign or not …",
        ),
        SourceKind::ProgressReport | SourceKind::DistrictReport => {
            lang.pick("各指标的目标与完成数", "targets and actuals per indicator")
        }
    }
}

/// A kind of workbook's name.
pub fn kind_name(lang: Lang, kind: SourceKind) -> &'static str {
    lang.pick(kind.name_zh(), kind.name_en())
}

/// The file formats read.
pub fn empty_formats(lang: Lang) -> &'static str {
    lang.pick(
        "支持 .xlsx、.xls、.ods 格式（Excel、WPS 均可）。也可以在命令行打开：planboard 文件或文件夹……",
        "Formats: .xlsx, .xls, .ods (Excel or WPS). From a terminal: planboard FILE|FOLDER …",
    )
}

/// Heading of the indicator list in the empty state.
pub fn empty_indicators_heading(lang: Lang) -> &'static str {
    lang.pick("看板统计的指标", "Indicators tracked")
}

/// How an indicator's actual is obtained, for the empty state.
pub fn indicator_source(lang: Lang, source: planboard_model::Source) -> &'static str {
    match source {
        planboard_model::Source::Ledger => lang.pick("由项目台账统计", "counted from the ledgers"),
        planboard_model::Source::Reported => {
            lang.pick("取自完成情况表", "taken from progress reports")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Start-up failure

/// An unknown `PLANBOARD_RENDERER` value.
pub fn unknown_renderer(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("PLANBOARD_RENDERER 应为 glow 或 wgpu，而不是「{text}」；使用 glow"),
        Lang::En => format!("PLANBOARD_RENDERER must be glow or wgpu, not \"{text}\"; using glow"),
    }
}

/// Title of the message shown when the window cannot be opened.
pub fn window_failed_title(lang: Lang) -> &'static str {
    lang.pick("招商目标看板无法启动", "Planboard cannot start")
}

/// The message shown when the window cannot be opened.
pub fn window_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "无法打开窗口：{error}\n\n\
             可能的原因：没有图形界面（远程终端），或显卡驱动不支持 OpenGL 2.0 以上。\n\
             可以换用另一种渲染方式再试：设置环境变量 PLANBOARD_RENDERER=wgpu（或 glow）后重新启动。\n\
             命令行功能仍可使用，例如：planboard check 文件…、planboard summary 文件…"
        ),
        Lang::En => format!(
            "Cannot open the window: {error}\n\n\
             Possible causes: no graphical session (a remote terminal), or a graphics driver \
             without OpenGL 2.0 or later.\n\
             Try the other renderer: set PLANBOARD_RENDERER=wgpu (or glow) and start again.\n\
             The command line still works, e.g. planboard check FILE…, planboard summary FILE…"
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Command line: check

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

// ---------------------------------------------------------------------------------------------
// Command line: summary

/// The title of `planboard summary`.
pub fn summary_title(lang: Lang, as_of: Option<&str>) -> String {
    match (lang, as_of) {
        (Lang::Zh, Some(month)) => format!("全区招商目标完成情况（数据截至 {month}）"),
        (Lang::Zh, None) => "全区招商目标完成情况".to_string(),
        (Lang::En, Some(month)) => format!("Whole district, targets vs actuals (as of {month})"),
        (Lang::En, None) => "Whole district, targets vs actuals".to_string(),
    }
}

/// Heading of the plan-period part of `planboard summary`.
pub fn summary_by_period(lang: Lang) -> &'static str {
    lang.pick("按规划期", "By plan period")
}

/// Heading of the year part of `planboard summary`.
pub fn summary_by_year(lang: Lang) -> &'static str {
    lang.pick("按年度", "By year")
}

/// A year as a section heading: 2016年.
pub fn year_heading(lang: Lang, year: &str) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// Said when the summary has nothing to show.
pub fn summary_empty(lang: Lang) -> &'static str {
    lang.pick("没有可汇总的数据", "Nothing to summarize")
}

/// An invalid `--as-of` value.
pub fn bad_as_of(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("--as-of 应为 YYYY-MM（例如 2026-10），而不是「{text}」"),
        Lang::En => format!("--as-of must be YYYY-MM (e.g. 2026-10), not \"{text}\""),
    }
}

/// An invalid `--unit` value.
pub fn bad_unit(lang: Lang) -> &'static str {
    lang.pick("--unit 不能为空", "--unit must not be empty")
}

/// Writing to the terminal failed.
pub fn write_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("输出失败：{error}"),
        Lang::En => format!("Cannot write the output: {error}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Command-line help (shown by `planboard --help`, bilingual since the language is not known yet)

/// The help texts of the command line.
pub mod help {
    /// What planboard is.
    pub const ABOUT: &str =
        "招商目标看板：招商引资目标与完成情况 / Investment-promotion targets vs actuals";
    /// The positional paths of the window.
    pub const OPEN_PATHS: &str =
        "启动时导入的工作簿或文件夹 / Workbooks or folders to import at start";
    /// `--lang`.
    pub const LANG: &str = "界面和输出的语言 / Language of the window and the output";
    /// `check`.
    pub const CHECK: &str =
        "检查工作簿能否导入，列出每个问题 / Check how workbooks import, listing every problem";
    /// `summary`.
    pub const SUMMARY: &str = "导入工作簿并输出汇总 / Import workbooks and print the summary";
    /// The paths of `check` and `summary`.
    pub const PATHS: &str = "工作簿或文件夹 / Workbooks or folders";
    /// `--unit`.
    pub const UNIT: &str =
        "看不出单位的工作表所属的单位 / The unit of sheets whose unit cannot be told";
    /// `--json`.
    pub const JSON: &str = "输出 JSON / Print JSON";
    /// `save`.
    pub const SAVE: &str =
        "导入工作簿并保存为工作区文件 / Import workbooks and save them as a workspace file";
    /// `report`.
    pub const REPORT: &str = "输出“主要成效”文字摘要 / Print the written summary (主要成效)";
    /// `export-xlsx`.
    pub const EXPORT_XLSX: &str =
        "把汇总表导出为 Excel 文件 / Export the summary tables as an Excel workbook";
    /// `--renderer`.
    pub const RENDERER: &str =
        "窗口的绘制方式：glow（默认，OpenGL）或 wgpu；也可用环境变量 PLANBOARD_RENDERER / Renderer: glow (default) or wgpu; also PLANBOARD_RENDERER";
    /// `export-charts`.
    pub const EXPORT_CHARTS: &str =
        "不开窗口，把全部图表导出为 1920×1080 的 PNG / Export every chart as a 1920×1080 PNG, no window";
    /// `template`.
    pub const TEMPLATE: &str =
        "为某单位某年生成项目台账和完成情况表模板 / Write the ledger and progress templates for a unit and year";
    /// `--out`.
    pub const OUT: &str = "输出文件或文件夹 / Output file or folder";
    /// `--period`.
    pub const PERIOD: &str = "规划期，例如 十三五 / Plan period, e.g. 十三五";
    /// `--year`.
    pub const YEAR: &str = "年度，例如 2026 / Year, e.g. 2026";
    /// `--scope`.
    pub const SCOPE: &str = "只看某个单位（默认全区） / One unit only (default: the district)";
    /// `template --unit`.
    pub const TEMPLATE_UNIT: &str = "模板所属单位 / The unit the template is for";
    /// `--as-of`.
    pub const AS_OF: &str =
        "数据截至月份（默认为数据中最新的月份） / As-of month (default: the latest in the data)";
}

// ---------------------------------------------------------------------------------------------
// Messages of the command-line verbs save, report, export-xlsx and template

/// A workspace was saved.
pub fn saved_workspace(lang: Lang, path: &str, files: usize) -> String {
    match lang {
        Lang::Zh => format!("已保存工作区：{path}（{files} 个文件）"),
        Lang::En => format!("Workspace saved: {path} ({files} files)"),
    }
}

/// A file was written.
pub fn wrote_file(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("已生成：{path}"),
        Lang::En => format!("Written: {path}"),
    }
}

/// Writing a file failed.
pub fn file_write_failed(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法写入 {path}：{error}"),
        Lang::En => format!("Cannot write {path}: {error}"),
    }
}

/// An invalid `--period` value.
pub fn bad_period(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("--period 应为规划期名称（例如 十四五），而不是「{text}」"),
        Lang::En => format!("--period must name a plan period (e.g. 十四五), not \"{text}\""),
    }
}

/// `--period` and `--year` together.
pub fn period_or_year(lang: Lang) -> &'static str {
    lang.pick(
        "--period 和 --year 只能选一个",
        "Give --period or --year, not both",
    )
}

/// The data hold nothing to report on.
pub fn nothing_to_report(lang: Lang) -> &'static str {
    lang.pick("没有可用的数据", "There is no data")
}

/// The heading of the conflicts in `check`: reports against ledgers, the district's own
/// figures against its units' sum.
pub fn conflicts_heading(lang: Lang) -> &'static str {
    lang.pick(
        "数据之间的不一致（完成情况表与项目台账、全区数与各单位之和）：",
        "Figures that disagree (reports and ledgers, the district's and its units' sum):",
    )
}

// ---------------------------------------------------------------------------------------------
// Window: menu, tabs and the selection bar

/// The 文件 menu.
pub fn menu_file(lang: Lang) -> &'static str {
    lang.pick("文件", "File")
}

/// 文件 → 导入….
pub fn menu_import(lang: Lang) -> &'static str {
    lang.pick("导入工作簿…", "Import workbooks…")
}

/// 文件 → 导入文件夹….
pub fn menu_import_folder(lang: Lang) -> &'static str {
    lang.pick("导入文件夹…", "Import a folder…")
}

/// 文件 → 最近导入.
pub fn menu_recent(lang: Lang) -> &'static str {
    lang.pick("最近导入", "Recent imports")
}

/// Shown in 最近导入 when there is none.
pub fn menu_no_recent(lang: Lang) -> &'static str {
    lang.pick("（无）", "(none)")
}

/// A tab's name.
pub fn tab_name(lang: Lang, tab: crate::app::Tab) -> &'static str {
    use crate::app::Tab;
    match tab {
        Tab::Overview => lang.pick("总览", "Overview"),
        Tab::Data => lang.pick("数据", "Data"),
        Tab::Ledger => lang.pick("项目台账", "Project ledger"),
        Tab::Charts => lang.pick("图表", "Charts"),
        Tab::ImportLog => lang.pick("导入记录", "Import log"),
    }
}

/// Label of the plan-period choice.
pub fn choose_period(lang: Lang) -> &'static str {
    lang.pick("规划期", "Plan period")
}

/// Label of the year choice.
pub fn choose_year(lang: Lang) -> &'static str {
    lang.pick("年度", "Year")
}

/// Label of the unit choice.
pub fn choose_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// Label of the indicator choice.
pub fn choose_indicator(lang: Lang) -> &'static str {
    lang.pick("指标", "Indicator")
}

/// Label of the as-of month choice.
pub fn choose_as_of(lang: Lang) -> &'static str {
    lang.pick("数据截至", "As of")
}

/// The year choice that means the whole period.
pub fn whole_period(lang: Lang) -> &'static str {
    lang.pick("整个规划期", "Whole period")
}

/// A year: 2016年.
pub fn year_name(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// The district or a unit: 全区, 城东街道.
pub fn scope_name(lang: Lang, scope: &planboard_model::Scope) -> String {
    match scope {
        planboard_model::Scope::District => lang.pick("全区", "Whole district").to_string(),
        planboard_model::Scope::Unit(unit) => unit.to_string(),
    }
}

/// A span: 2023年, 2026年1-10月, 十三五.
pub fn span_name(lang: Lang, span: planboard_model::Span) -> String {
    use planboard_model::Span;
    match (lang, span) {
        (Lang::Zh, Span::Plan(period)) => period.name_zh(),
        (Lang::Zh, other) => other.to_string(),
        (Lang::En, span) => span.name_en(),
    }
}

/// The as-of choice that follows the data: 最新（2026-10）.
pub fn latest_month(lang: Lang, month: &str) -> String {
    match lang {
        Lang::Zh => format!("最新（{month}）"),
        Lang::En => format!("Latest ({month})"),
    }
}

/// Shown when the data has no month.
pub fn no_month(lang: Lang) -> &'static str {
    lang.pick("无月份数据", "no monthly data")
}

/// "All" in a filter.
pub fn all(lang: Lang) -> &'static str {
    lang.pick("全部", "All")
}

/// Close button.
pub fn close(lang: Lang) -> &'static str {
    lang.pick("关闭", "Close")
}

/// Cancel button.
pub fn cancel(lang: Lang) -> &'static str {
    lang.pick("取消", "Cancel")
}

/// Import button.
pub fn import(lang: Lang) -> &'static str {
    lang.pick("导入", "Import")
}

/// Hover text of a figure that opens its drill-down.
pub fn drill_hint(lang: Lang) -> &'static str {
    lang.pick("点击查看构成明细", "Click to see what it is made of")
}

// ---------------------------------------------------------------------------------------------
// Overview

/// The overview's heading: 全区 · 十三五（数据截至 2026-10）.
pub fn overview_heading(
    lang: Lang,
    scope: &planboard_model::Scope,
    span: planboard_model::Span,
    as_of: Option<&str>,
) -> String {
    let scope = scope_name(lang, scope);
    let span = span_name(lang, span);
    match (lang, as_of) {
        (Lang::Zh, Some(month)) => format!("{scope} · {span}（数据截至 {month}）"),
        (Lang::Zh, None) => format!("{scope} · {span}"),
        (Lang::En, Some(month)) => format!("{scope} · {span} (as of {month})"),
        (Lang::En, None) => format!("{scope} · {span}"),
    }
}

/// 序时进度.
pub fn schedule_progress(lang: Lang) -> &'static str {
    lang.pick("序时进度", "Schedule")
}

/// The gap to 序时进度: 超序时进度 3.50 个百分点 / 落后序时进度 5.55 个百分点.
pub fn schedule_gap_text(lang: Lang, gap: planboard_model::Decimal) -> String {
    let points = planboard_model::format::points(gap);
    match (lang, gap.is_sign_negative() && !gap.is_zero()) {
        (Lang::Zh, false) => format!("超序时进度 {points} 个百分点"),
        (Lang::Zh, true) => format!("落后序时进度 {points} 个百分点"),
        (Lang::En, false) => format!("{points} points ahead of schedule"),
        (Lang::En, true) => format!("{points} points behind schedule"),
    }
}

/// The gap to the whole target of a finished span: 超额完成 23.00 个百分点.
pub fn target_gap_text(lang: Lang, gap: planboard_model::Decimal) -> String {
    let points = planboard_model::format::points(gap);
    match (lang, gap.is_sign_negative() && !gap.is_zero()) {
        (Lang::Zh, false) => format!("已完成目标，超出 {points} 个百分点"),
        (Lang::Zh, true) => format!("距完成目标还差 {points} 个百分点"),
        (Lang::En, false) => format!("Target reached, {points} points over"),
        (Lang::En, true) => format!("{points} points short of the target"),
    }
}

/// Shown on a card without a completion rate.
pub fn no_rate(lang: Lang) -> &'static str {
    lang.pick(
        "无目标或无完成数，不着色",
        "No target or actual: not coloured",
    )
}

/// Label before the colour rule.
pub fn rule_label(lang: Lang) -> &'static str {
    lang.pick("着色规则：", "Colour rule:")
}

/// A colour scheme's name.
pub fn rule_scheme(lang: Lang, rule: crate::rules::ColourRule) -> &'static str {
    use crate::rules::ColourRule;
    match rule {
        ColourRule::PointGap { .. } => {
            lang.pick("按与序时进度的百分点差", "By points behind schedule")
        }
        ColourRule::Shortfall { .. } => {
            lang.pick("按相对序时进度的差距比例", "By relative shortfall")
        }
    }
}

/// The unit of a rule's margin, after its number.
pub fn rule_margin_suffix(lang: Lang, rule: crate::rules::ColourRule) -> &'static str {
    use crate::rules::ColourRule;
    match rule {
        ColourRule::PointGap { .. } => lang.pick(" 个百分点", " points"),
        ColourRule::Shortfall { .. } => " %",
    }
}

/// What a colour means under a rule: 黄：落后不超过 10 个百分点.
pub fn rule_meaning(
    lang: Lang,
    rule: crate::rules::ColourRule,
    status: crate::rules::Status,
) -> String {
    use crate::rules::{ColourRule, Status};
    let margin = rule.margin();
    match (lang, rule, status) {
        (Lang::Zh, _, Status::OnSchedule) => "绿：达到或超过序时进度".into(),
        (Lang::Zh, ColourRule::PointGap { .. }, Status::Behind) => {
            format!("黄：落后不超过 {margin} 个百分点")
        }
        (Lang::Zh, ColourRule::PointGap { .. }, _) => format!("红：落后超过 {margin} 个百分点"),
        (Lang::Zh, ColourRule::Shortfall { .. }, Status::Behind) => {
            format!("黄：差距不超过序时进度的 {margin}%")
        }
        (Lang::Zh, ColourRule::Shortfall { .. }, _) => {
            format!("红：差距超过序时进度的 {margin}%")
        }
        (Lang::En, _, Status::OnSchedule) => "green: on or ahead of schedule".into(),
        (Lang::En, ColourRule::PointGap { .. }, Status::Behind) => {
            format!("yellow: up to {margin} points behind")
        }
        (Lang::En, ColourRule::PointGap { .. }, _) => {
            format!("red: more than {margin} points behind")
        }
        (Lang::En, ColourRule::Shortfall { .. }, Status::Behind) => {
            format!("yellow: short by up to {margin}% of schedule")
        }
        (Lang::En, ColourRule::Shortfall { .. }, _) => {
            format!("red: short by more than {margin}% of schedule")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Data tables

/// The name of a table of the 数据 tab.
pub fn data_view_name(lang: Lang, view: crate::app::DataView) -> &'static str {
    use crate::app::DataView;
    match view {
        DataView::Units => lang.pick("各单位", "By unit"),
        DataView::Years => lang.pick("各年度", "By year"),
        DataView::Periods => lang.pick("各规划期", "By plan period"),
    }
}

/// Above the units table: 十三五各单位完成情况，按新签约项目完成率排名.
pub fn units_table_heading(
    lang: Lang,
    span: planboard_model::Span,
    indicator: Indicator,
) -> String {
    let span = span_name(lang, span);
    match lang {
        Lang::Zh => format!("{span}各单位完成情况，按{}完成率排名", indicator.name_zh()),
        Lang::En => format!(
            "{span} by unit, ranked by the completion of {}",
            indicator.name_en()
        ),
    }
}

/// Above the years table: 全区十三五各年度完成情况.
pub fn years_table_heading(
    lang: Lang,
    scope: &planboard_model::Scope,
    period: PlanPeriod,
) -> String {
    let scope = scope_name(lang, scope);
    match lang {
        Lang::Zh => format!("{scope}{}各年度完成情况", period.name_zh()),
        Lang::En => format!("{scope}, {} by year", period.name_en()),
    }
}

/// Column header: rank.
pub fn column_rank(lang: Lang) -> &'static str {
    lang.pick("排名", "Rank")
}

/// Column header: unit.
pub fn column_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// Column header: year.
pub fn column_year(lang: Lang) -> &'static str {
    lang.pick("年度", "Year")
}

/// The second line of a figure cell: 目标 100 · 123.00%.
pub fn target_and_rate(lang: Lang, target: &str, rate: &str) -> String {
    match lang {
        Lang::Zh => format!("目标 {target} · {rate}"),
        Lang::En => format!("target {target} · {rate}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Ledger

/// A ledger column's header.
pub fn ledger_column(lang: Lang, column: crate::ledger::LedgerColumn) -> &'static str {
    use crate::ledger::LedgerColumn;
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

// ---------------------------------------------------------------------------------------------
// Drill-down

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

/// 文件 → 生成填报模板….
pub fn menu_templates(lang: Lang) -> &'static str {
    lang.pick("生成填报模板…", "Make templates to fill in…")
}

/// The template form's title.
pub fn template_title(lang: Lang) -> &'static str {
    lang.pick("生成填报模板", "Templates to fill in")
}

/// What the template form makes.
pub fn template_text(lang: Lang) -> &'static str {
    lang.pick(
        "为一个单位生成当年的项目台账和完成情况表模板（.xlsx），发给该单位填写；填好后拖回窗口即可导入。",
        "Makes a unit's project ledger and progress report templates (.xlsx) for the year, to send to the unit; drop the filled files back onto the window to import them.",
    )
}

/// The template form's unit field.
pub fn template_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// The template form's year field.
pub fn template_year(lang: Lang) -> &'static str {
    lang.pick("年度", "Year")
}

/// The template form's button (and the folder dialog's title).
pub fn template_choose_folder(lang: Lang) -> &'static str {
    lang.pick("选择保存文件夹并生成…", "Choose a folder and make them…")
}

/// The templates were written.
pub fn templates_written(lang: Lang, count: usize, folder: &str) -> String {
    match lang {
        Lang::Zh => format!("已生成 {count} 个填报模板：{folder}"),
        Lang::En => format!("{count} templates written to {folder}"),
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

/// Said when a save is asked for while one is being written.
pub fn save_running(lang: Lang) -> &'static str {
    lang.pick(
        "正在保存，请稍候再试",
        "A save is being written; try again in a moment",
    )
}

/// Said while a big ledger is filtered or sorted.
pub fn ledger_sorting(lang: Lang) -> &'static str {
    lang.pick("正在排序…", "Sorting…")
}

/// The 视图 menu.
pub fn menu_view(lang: Lang) -> &'static str {
    lang.pick("视图", "View")
}

/// A colour theme's name in the 视图 menu.
pub fn theme_name(lang: Lang, theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::System => lang.pick("跟随系统", "As the system"),
        ThemeChoice::Light => lang.pick("浅色", "Light"),
        ThemeChoice::Dark => lang.pick("深色", "Dark"),
    }
}

/// The demo workbooks could not be written.
pub fn demo_failed(lang: Lang, error: &std::io::Error) -> String {
    match lang {
        Lang::Zh => format!("无法打开示例数据：写入临时文件夹失败（{error}）"),
        Lang::En => {
            format!("Cannot open the demo data: writing to the temporary folder failed ({error})")
        }
    }
}

/// The empty state's buttons.
pub fn empty_import_files(lang: Lang) -> &'static str {
    lang.pick("导入工作簿…", "Import workbooks…")
}

/// The empty state's folder button.
pub fn empty_import_folder(lang: Lang) -> &'static str {
    lang.pick("导入文件夹…", "Import a folder…")
}

/// The empty state's demo button.
pub fn empty_open_demo(lang: Lang) -> &'static str {
    lang.pick("打开示例数据", "Open the demo data")
}

/// What the demo button does.
pub fn empty_open_demo_hint(lang: Lang) -> &'static str {
    lang.pick(
        "打开内置的示例工作簿（一个虚构的区及其街道、镇、园区），作为未保存的新工作区",
        "Opens the built-in demo workbooks (a made-up district and its units) as a new, unsaved workspace",
    )
}

/// Heading of the recent imports in the empty state.
pub fn empty_recent(lang: Lang) -> &'static str {
    lang.pick("最近导入", "Recent imports")
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

/// Said when nothing makes up the actual.
pub fn drill_no_actual(lang: Lang) -> &'static str {
    lang.pick("没有构成完成数的数据。", "Nothing makes up the actual.")
}

/// Said when there is no target.
pub fn drill_no_target(lang: Lang) -> &'static str {
    lang.pick("没有目标数据。", "No target.")
}

/// Said under a cut list: 另有 12 项未列出.
pub fn more_rows(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {count} 项未列出"),
        Lang::En => format!("{count} more not listed"),
    }
}

// ---------------------------------------------------------------------------------------------
// Import in the window

/// Title of the import dialog.
pub fn dialog_import_files(lang: Lang) -> &'static str {
    lang.pick("导入工作簿", "Import workbooks")
}

/// Title of the folder dialog.
pub fn dialog_import_folder(lang: Lang) -> &'static str {
    lang.pick(
        "导入文件夹中的全部工作簿",
        "Import every workbook in a folder",
    )
}

/// The file filter of the import dialog.
pub fn dialog_workbooks(lang: Lang) -> &'static str {
    lang.pick("Excel / WPS 工作簿", "Excel / WPS workbooks")
}

/// A dialog could not be opened.
pub fn dialog_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法打开文件对话框：{error}"),
        Lang::En => format!("Cannot open the file dialog: {error}"),
    }
}

/// The progress bar's text: 正在读取第 3 / 14 个文件：城东街道台账.xlsx.
pub fn import_progress(lang: Lang, n: usize, total: usize, file: &str) -> String {
    match lang {
        Lang::Zh => format!("正在读取第 {n} / {total} 个文件：{file}"),
        Lang::En => format!("Reading file {n} of {total}: {file}"),
    }
}

/// The progress bar's text before the first file.
pub fn import_starting(lang: Lang) -> &'static str {
    lang.pick("正在查找工作簿…", "Looking for workbooks…")
}

/// Imports waiting behind the running one.
pub fn imports_queued(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {count} 批等待导入"),
        Lang::En => format!("{count} more import(s) waiting"),
    }
}

/// An import ended: 导入完成：14 个文件，其中 1 个有错误.
pub fn import_finished(lang: Lang, files: usize, failed: usize, cancelled: bool) -> String {
    let text = match (lang, failed) {
        (Lang::Zh, 0) => format!("导入完成：{files} 个文件"),
        (Lang::Zh, _) => format!("导入完成：{files} 个文件，其中 {failed} 个有错误（见导入记录）"),
        (Lang::En, 0) => format!("Import finished: {files} file(s)"),
        (Lang::En, _) => {
            format!("Import finished: {files} file(s), {failed} with errors (see the import log)")
        }
    };
    if cancelled {
        format!("{}{text}", lang.pick("已取消。", "Cancelled. "))
    } else {
        text
    }
}

/// Rows of a file were rejected.
pub fn rows_rejected(lang: Lang, file: &str, rows: u32) -> String {
    match lang {
        Lang::Zh => format!("{file}：{rows} 行数据有误未导入（见导入记录）"),
        Lang::En => format!("{file}: {rows} row(s) rejected (see the import log)"),
    }
}

/// A newer version of a file replaced an older one.
pub fn file_replaced(lang: Lang, old: &str, new: &str) -> String {
    match lang {
        Lang::Zh => format!("{new} 替换了旧版本 {old} 的数据"),
        Lang::En => format!("{new} replaced the data of its older version {old}"),
    }
}

/// A file's data was removed.
pub fn file_removed(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Zh => format!("已移除 {file} 的数据"),
        Lang::En => format!("Removed the data of {file}"),
    }
}

/// The import thread could not be started.
pub fn import_thread_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法开始导入：{error}"),
        Lang::En => format!("Cannot start the import: {error}"),
    }
}

/// The import thread ended without an answer.
pub fn import_lost(lang: Lang) -> &'static str {
    lang.pick(
        "导入意外中止，未导入任何数据，请重试",
        "The import stopped unexpectedly; nothing was imported. Please try again",
    )
}

/// Settings could not be saved.
pub fn settings_not_saved(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法保存设置：{error}"),
        Lang::En => format!("Cannot save the settings: {error}"),
    }
}

/// Hover text of a message's × button.
pub fn dismiss(lang: Lang) -> &'static str {
    lang.pick("关闭此消息", "Dismiss")
}

/// Button that removes every message.
pub fn clear_messages(lang: Lang) -> &'static str {
    lang.pick("全部清除", "Clear all")
}

/// Older messages not shown.
pub fn more_messages(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {count} 条较早的消息"),
        Lang::En => format!("{count} older message(s)"),
    }
}

/// Title of the unit prompt.
pub fn unit_prompt_title(lang: Lang) -> &'static str {
    lang.pick("这个文件属于哪个单位？", "Which unit is this file from?")
}

/// The unit prompt's question.
pub fn unit_prompt_text(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "「{file}」中有工作表看不出属于哪个单位（表内、标题和文件名都没有写）。请选择或输入单位，将按该单位重新导入这个文件。"
        ),
        Lang::En => format!(
            "\"{file}\" has sheets whose unit cannot be told (not in the table, the title or the file name). Choose or type the unit; the file is imported again as that unit's."
        ),
    }
}

/// Above the known units.
pub fn unit_prompt_known(lang: Lang) -> &'static str {
    lang.pick("已知的单位：", "Known units:")
}

/// Above the text box.
pub fn unit_prompt_new(lang: Lang) -> &'static str {
    lang.pick("或输入新的单位名称：", "Or type a new unit's name:")
}

/// Hint in the text box.
pub fn unit_prompt_hint(lang: Lang) -> &'static str {
    lang.pick("例如：城南街道", "e.g. 城南街道")
}

/// Button that leaves the sheets out.
pub fn unit_prompt_skip(lang: Lang) -> &'static str {
    lang.pick("跳过（这些工作表不导入）", "Skip (leave those sheets out)")
}

// ---------------------------------------------------------------------------------------------
// Import log

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

// ---------------------------------------------------------------------------------------------
// Charts

/// A kind of chart's name.
pub fn chart_kind_name(lang: Lang, kind: planboard_charts::ChartKind) -> &'static str {
    use planboard_charts::ChartKind;
    let en = match kind {
        ChartKind::YearlyComparison => "By year",
        ChartKind::PeriodComparison => "By plan period",
        ChartKind::UnitRanking => "Units ranked",
        ChartKind::MonthlyProgress => "By month",
        ChartKind::IndustryAndStages => "Industries and stages",
    };
    lang.pick(kind.name_zh(), en)
}

/// Button: save the chart as a picture.
pub fn save_picture(lang: Lang) -> &'static str {
    lang.pick("保存图片…", "Save picture…")
}

/// Button: copy the chart as a picture.
pub fn copy_picture(lang: Lang) -> &'static str {
    lang.pick("复制图片", "Copy picture")
}

/// Hover text of the picture buttons.
pub fn picture_hint(lang: Lang) -> &'static str {
    lang.pick(
        "1920×1080 像素，可直接粘贴到幻灯片或报告中",
        "1920×1080 pixels, ready to paste into slides or a report",
    )
}

/// Title of the save dialog.
pub fn save_picture_title(lang: Lang) -> &'static str {
    lang.pick("保存图表图片", "Save the chart as a picture")
}

/// Shown while a picture is rendered.
pub fn rendering_picture(lang: Lang) -> &'static str {
    lang.pick("正在生成图片…", "Making the picture…")
}

/// A picture was saved.
pub fn picture_saved(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("图片已保存：{path}"),
        Lang::En => format!("Picture saved: {path}"),
    }
}

/// A picture was copied.
pub fn picture_copied(lang: Lang) -> &'static str {
    lang.pick(
        "图片已复制，可粘贴到幻灯片或文档中",
        "Picture copied; paste it into slides or a document",
    )
}

/// A picture could not be made, saved or copied.
pub fn picture_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法生成或保存图片：{error}"),
        Lang::En => format!("Cannot make or save the picture: {error}"),
    }
}

/// Shown when the selection gives an empty chart.
pub fn chart_empty(lang: Lang) -> &'static str {
    lang.pick(
        "当前选择没有可画的数据。请换一个规划期、年度、单位或指标。",
        "Nothing to draw for this selection. Choose another period, year, unit or indicator.",
    )
}

// ---------------------------------------------------------------------------------------------
// Workspace

/// The window title: 十三五.planboard* — 招商目标看板.
pub fn window_title(lang: Lang, file: Option<&str>, dirty: bool) -> String {
    let file = file.unwrap_or(lang.pick("未命名", "Untitled"));
    let marker = if dirty { "*" } else { "" };
    format!("{file}{marker} — {}", lang.pick(WINDOW_TITLE, "Planboard"))
}

/// 文件 → 新建.
pub fn menu_new(lang: Lang) -> &'static str {
    lang.pick("新建工作区", "New workspace")
}

/// 文件 → 打开….
pub fn menu_open(lang: Lang) -> &'static str {
    lang.pick("打开工作区…", "Open workspace…")
}

/// 文件 → 保存.
pub fn menu_save(lang: Lang) -> &'static str {
    lang.pick("保存", "Save")
}

/// 文件 → 另存为….
pub fn menu_save_as(lang: Lang) -> &'static str {
    lang.pick("另存为…", "Save as…")
}

/// Title of the open dialog.
pub fn dialog_open_workspace(lang: Lang) -> &'static str {
    lang.pick("打开工作区", "Open a workspace")
}

/// Title of the save dialog.
pub fn dialog_save_workspace(lang: Lang) -> &'static str {
    lang.pick("保存工作区", "Save the workspace")
}

/// The file filter of workspace dialogs.
pub fn dialog_workspaces(lang: Lang) -> &'static str {
    lang.pick("招商目标看板工作区", "Planboard workspaces")
}

/// The proposed name of a new workspace file.
pub fn default_workspace_name(lang: Lang) -> &'static str {
    lang.pick("招商目标看板.planboard", "planboard.planboard")
}

/// A workspace was saved.
pub fn workspace_saved(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("工作区已保存：{path}"),
        Lang::En => format!("Workspace saved: {path}"),
    }
}

/// A workspace could not be saved.
pub fn workspace_not_saved(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法保存工作区 {path}：{error}"),
        Lang::En => format!("Cannot save the workspace {path}: {error}"),
    }
}

/// A workspace was opened.
pub fn workspace_opened(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("已打开工作区：{path}"),
        Lang::En => format!("Opened the workspace {path}"),
    }
}

/// A workspace could not be opened.
pub fn workspace_not_opened(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法打开工作区 {path}：{error}（当前数据未改动）"),
        Lang::En => format!("Cannot open the workspace {path}: {error} (nothing was changed)"),
    }
}

/// The autosave failed.
pub fn autosave_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("自动保存失败：{error}"),
        Lang::En => format!("Autosave failed: {error}"),
    }
}

/// The autosave's thread ended without saying how the save went.
pub fn save_lost(lang: Lang) -> &'static str {
    lang.pick("保存意外中止", "The save stopped unexpectedly")
}

/// Title of the question asked when the workspace file changed on disk.
pub fn save_conflict_title(lang: Lang) -> &'static str {
    lang.pick("文件已被其他人修改", "The file was changed by someone else")
}

/// The save-conflict question.
pub fn save_conflict_text(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "「{name}」在您打开或上次保存之后，被其他人或其他程序修改过。直接覆盖会丢掉对方的修改；保存为副本则两份都保留。"
        ),
        Lang::En => format!(
            "\"{name}\" was changed by someone else or another program since you opened or last saved it. Overwriting loses their changes; saving a copy keeps both."
        ),
    }
}

/// Button: save a copy beside the changed file.
pub fn save_as_copy(lang: Lang) -> &'static str {
    lang.pick("保存为副本", "Save a copy")
}

/// Button: overwrite the changed file.
pub fn overwrite(lang: Lang) -> &'static str {
    lang.pick("覆盖", "Overwrite")
}

/// Someone else holds the workspace open.
pub fn workspace_held(lang: Lang, user: &str, host: &str, since: &str) -> String {
    let since = since.get(..16).unwrap_or(since).replace('T', " ");
    match lang {
        Lang::Zh => format!(
            "该工作区可能正被 {user}（{host}）打开（自 {since} 起）。保存时若对方已修改文件，会先询问您。"
        ),
        Lang::En => format!(
            "{user} ({host}) may have this workspace open (since {since}). If they change the file, you are asked before saving."
        ),
    }
}

/// Title of the unsaved-changes question.
pub fn unsaved_title(lang: Lang) -> &'static str {
    lang.pick("有未保存的更改", "Unsaved changes")
}

/// The unsaved-changes question.
pub fn unsaved_text(lang: Lang, pending: &crate::app::Pending) -> &'static str {
    use crate::app::Pending;
    match pending {
        Pending::New => lang.pick(
            "新建工作区将清空当前数据，未保存的更改会丢失。",
            "A new workspace clears the data; unsaved changes are lost.",
        ),
        Pending::Open(_) => lang.pick(
            "打开其他工作区将替换当前数据，未保存的更改会丢失。",
            "Opening another workspace replaces the data; unsaved changes are lost.",
        ),
        Pending::Close => lang.pick(
            "关闭窗口后，未保存的更改会丢失。",
            "Closing the window loses the unsaved changes.",
        ),
        Pending::Demo => lang.pick(
            "打开示例数据将替换当前数据，未保存的更改会丢失。",
            "Opening the demo data replaces the data; unsaved changes are lost.",
        ),
    }
}

/// Button: save first.
pub fn save_first(lang: Lang) -> &'static str {
    lang.pick("先保存", "Save first")
}

/// Button: discard the changes.
pub fn discard_changes(lang: Lang) -> &'static str {
    lang.pick("不保存，继续", "Discard and go on")
}

/// Title of the recovery question.
pub fn recover_title(lang: Lang) -> &'static str {
    lang.pick("恢复上次未保存的工作？", "Recover unsaved work?")
}

/// The recovery question.
pub fn recover_text(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Zh => format!("上次运行没有正常结束。找到 {when} 自动保存的工作区，是否恢复？"),
        Lang::En => format!(
            "The last run did not end normally. A workspace was autosaved at {when}; recover it?"
        ),
    }
}

/// The autosave was recovered.
pub fn recovered(lang: Lang) -> &'static str {
    lang.pick(
        "已恢复自动保存的工作；请用 文件 → 另存为… 保存",
        "Recovered the autosaved work; save it with File → Save as…",
    )
}

/// Button: recover.
pub fn recover(lang: Lang) -> &'static str {
    lang.pick("恢复", "Recover")
}

/// Button: discard the autosave.
pub fn discard_autosave(lang: Lang) -> &'static str {
    lang.pick("丢弃", "Discard")
}

/// An unknown `--renderer`.
pub fn bad_renderer(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("--renderer 应为 glow 或 wgpu，而不是「{text}」"),
        Lang::En => format!("--renderer must be glow or wgpu, not \"{text}\""),
    }
}

/// The heading of the 主要成效 paragraph in the overview.
pub fn main_results_heading(lang: Lang) -> &'static str {
    lang.pick("文字摘要（主要成效）", "Written summary")
}

/// The button that copies a text to the clipboard.
pub fn copy_text(lang: Lang) -> &'static str {
    lang.pick("复制文字", "Copy text")
}

/// The 文件 menu entry that exports the summary tables.
pub fn menu_export_summary(lang: Lang) -> &'static str {
    lang.pick("导出汇总表（Excel）…", "Export summary tables (Excel)…")
}

/// The title of the export dialog.
pub fn dialog_export_summary(lang: Lang) -> &'static str {
    lang.pick("导出汇总表", "Export summary tables")
}

/// The proposed file name of the summary workbook.
pub fn default_summary_name(lang: Lang) -> &'static str {
    lang.pick(
        "招商引资目标任务完成情况汇总表.xlsx",
        "planboard-summary.xlsx",
    )
}
