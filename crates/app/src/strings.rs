//! Every user-facing string of the app and the command line, in Chinese and English.
//!
//! Views and commands never write text of their own: they ask this module, passing the
//! current [`Lang`]. Chinese is the default.

use planboard_import::{Severity, SkipReason};
use planboard_model::{Indicator, PlanPeriod, SourceKind};

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
        "把街道、镇、园区报来的 Excel 工作簿（或整个文件夹）拖到这个窗口里：",
        "Drop the Excel workbooks the sub-districts send (or a whole folder) onto this window:",
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
// Import status (window)

/// One line on the last import: how many files, how many with errors.
pub fn import_status(lang: Lang, files: usize, failed: usize) -> String {
    match lang {
        Lang::Zh if failed == 0 => format!("已导入 {files} 个文件"),
        Lang::Zh => {
            format!("已导入 {files} 个文件，其中 {failed} 个有错误（详见 planboard check）")
        }
        Lang::En if failed == 0 => format!("Imported {files} file(s)"),
        Lang::En => {
            format!("Imported {files} file(s), {failed} with errors (see planboard check)")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Start-up failure

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
             命令行功能仍可使用，例如：planboard check 文件…、planboard summary 文件…"
        ),
        Lang::En => format!(
            "Cannot open the window: {error}\n\n\
             Possible causes: no graphical session (a remote terminal), or a graphics driver \
             without OpenGL 2.0 or later.\n\
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
pub fn report_sheet_note(lang: Lang, note: &str) -> String {
    match lang {
        Lang::Zh => format!("说明：{note}"),
        Lang::En => format!("Note: {note}"),
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
    let list: Vec<String> = rows.iter().map(u32::to_string).collect();
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
    let message = lang.pick(&problem.message, &problem.message_en);
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

/// The heading of the conflicts between reports and ledgers in `check`.
pub fn conflicts_heading(lang: Lang) -> &'static str {
    lang.pick(
        "完成情况表与项目台账不一致：",
        "Progress reports that disagree with the ledgers:",
    )
}
