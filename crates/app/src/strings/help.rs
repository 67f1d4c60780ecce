//! The help texts of the command line (shown by `planboard --help`, bilingual since the
//! language is not known yet).

/// What planboard is.
pub const ABOUT: &str =
    "招商目标看板：招商引资目标与完成情况 / Investment-promotion targets vs actuals";
/// The positional paths of the window.
pub const OPEN_PATHS: &str = "启动时导入的工作簿或文件夹 / Workbooks or folders to import at start";
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
/// `layout`.
pub const LAYOUT_CMD: &str =
    "读取方式：查看或保存某个工作簿各表的读法 / Layouts: see or save how each sheet is read";
/// `layout guess`.
pub const LAYOUT_GUESS: &str =
    "输出自动识别得到的读取方式（JSON） / Print the layout the reader finds, as JSON";
/// `layout show`.
pub const LAYOUT_SHOW: &str =
    "逐行逐列说明工作簿是怎么读的 / Show how each row and column of a workbook is read";
/// `--layout`.
pub const LAYOUT: &str =
    "先按这个读取方式文件读取匹配的工作表（可多次给出） / A layout file to read matching sheets with first (repeatable)";
/// `--indicators`.
pub const INDICATORS: &str =
    "指标目录文件（planboard-indicators）：自定义指标与内置指标一起识别、统计 / An indicator catalogue file (planboard-indicators): its own indicators are read and counted with the built-ins";
/// `--sheet`.
pub const SHEET: &str = "只看这个工作表 / Only this sheet";
/// The workbook of `layout`.
pub const WORKBOOK: &str = "工作簿 / The workbook";
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
