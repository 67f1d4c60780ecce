//! Templates sent down to sub-districts: a 项目台账 and a 完成情况表 for one unit and year,
//! with drop-down lists, date and amount checks, a frozen header and a 填写说明 sheet. A
//! filled-in template imports with no warning.

use crate::styles::Styles;
use crate::ExportError;
use chrono::Datelike;
use planboard_model::{Catalogue, Decimal, Indicator, Measure, NaiveDate, Stage, UnitName};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, Workbook,
    Worksheet,
};

/// The unit and year a template is for.
#[derive(Clone, Debug)]
pub struct TemplateRequest {
    /// The sub-district.
    pub unit: UnitName,
    /// The year.
    pub year: i32,
    /// The rows of the 完成情况表, in order ([`progress_indicators`] of the catalogue).
    pub indicators: Vec<Indicator>,
}

/// The 项目台账 columns, in order.
pub const LEDGER_HEADERS: [&str; 10] = [
    "序号",
    "项目名称",
    "产业类别",
    "签约日期",
    "计划总投资（万元）",
    "是否外资",
    "企业性质",
    "项目进度",
    "责任人",
    "备注",
];

/// The 产业类别 offered in the drop-down list.
pub const INDUSTRIES: [&str; 9] = [
    "新能源电动车",
    "电子信息",
    "生物医药",
    "大健康",
    "现代物流",
    "先进制造",
    "现代农业",
    "文化旅游",
    "其他",
];

/// Rows prepared with checks below the header.
const PREPARED_ROWS: u32 = 500;
/// The header row (0-based) of both templates.
const HEADER_ROW: u32 = 2;

/// One filled-in ledger row (templates are normally empty; tests and examples fill some).
#[derive(Clone, Debug, Default)]
pub struct LedgerRow {
    /// 项目名称.
    pub name: String,
    /// 产业类别.
    pub industry: Option<String>,
    /// 签约日期.
    pub signed_on: Option<NaiveDate>,
    /// 计划总投资 in 万元.
    pub investment_wan: Option<Decimal>,
    /// 是否外资.
    pub foreign: Option<bool>,
    /// 企业性质.
    pub enterprise_type: Option<String>,
    /// 项目进度.
    pub stage: Option<Stage>,
    /// 责任人.
    pub responsible: Option<String>,
}

/// A 项目台账 template, with `rows` already filled in.
pub fn ledger_template(
    request: &TemplateRequest,
    rows: &[LedgerRow],
) -> Result<Vec<u8>, ExportError> {
    let styles = Styles::new();
    let date = Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("项目台账")?;
    let title = format!("{}年{}招商引资项目台账", request.year, request.unit);
    sheet.merge_range(
        0,
        0,
        0,
        LEDGER_HEADERS.len() as u16 - 1,
        &title,
        &styles.title,
    )?;
    sheet.set_row_height(0, 30)?;
    sheet.write_string_with_format(1, 0, "金额单位：万元", &styles.note)?;
    let widths = [6.0, 34.0, 14.0, 12.0, 16.0, 9.0, 12.0, 10.0, 10.0, 20.0];
    for (col, (header, width)) in LEDGER_HEADERS.iter().zip(widths).enumerate() {
        sheet.write_string_with_format(HEADER_ROW, col as u16, *header, &styles.header)?;
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    for (i, row) in rows.iter().enumerate() {
        let r = HEADER_ROW + 1 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64)?;
        sheet.write_string(r, 1, &row.name)?;
        write_opt_string(sheet, r, 2, row.industry.as_deref())?;
        if let Some(d) = row.signed_on {
            sheet.write_datetime_with_format(r, 3, excel_date(d)?, &date)?;
        }
        if let Some(v) = row.investment_wan {
            sheet.write_number(r, 4, decimal_to_f64(v))?;
        }
        write_opt_string(
            sheet,
            r,
            5,
            row.foreign.map(|f| if f { "是" } else { "否" }),
        )?;
        write_opt_string(sheet, r, 6, row.enterprise_type.as_deref())?;
        write_opt_string(sheet, r, 7, row.stage.map(Stage::name_zh))?;
        write_opt_string(sheet, r, 8, row.responsible.as_deref())?;
    }
    let (first, last) = (HEADER_ROW + 1, HEADER_ROW + PREPARED_ROWS);
    let industries = list_validation(&INDUSTRIES, "请从下拉列表中选择产业类别")?;
    sheet.add_data_validation(first, 2, last, 2, &industries)?;
    let start = excel_date(NaiveDate::from_ymd_opt(request.year, 1, 1).unwrap_or_default())?;
    let end = excel_date(NaiveDate::from_ymd_opt(request.year, 12, 31).unwrap_or_default())?;
    let dates = DataValidation::new()
        .allow_date(DataValidationRule::Between(start, end))
        .set_error_title("日期无效")?
        .set_error_message(format!(
            "签约日期应在{}年内，格式如 {}-05-08",
            request.year, request.year
        ))?;
    sheet.add_data_validation(first, 3, last, 3, &dates)?;
    let amounts = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_title("金额无效")?
        .set_error_message("计划总投资应为不小于0的数字，单位万元")?;
    sheet.add_data_validation(first, 4, last, 4, &amounts)?;
    sheet.add_data_validation(
        first,
        5,
        last,
        5,
        &list_validation(&["是", "否"], "请选择“是”或“否”")?,
    )?;
    let stages: Vec<&str> = Stage::ALL.iter().map(|s| s.name_zh()).collect();
    sheet.add_data_validation(
        first,
        7,
        last,
        7,
        &list_validation(&stages, "请从下拉列表中选择项目进度")?,
    )?;
    instructions(
        workbook.add_worksheet().set_name("填写说明")?,
        &[
            "1. 每个项目填一行，不要合并单元格，不要插入合计行；",
            "2. 签约日期填写日期（如 2027-05-08）；在谈项目不填签约日期，项目进度选“在谈”；",
            "3. 计划总投资单位为万元，填数字（如 12500），不带单位；",
            "4. 是否外资、产业类别、项目进度请从下拉列表中选择；",
            "5. 表头和标题请勿修改，填好后直接报送本文件。",
        ],
    )?;
    Ok(workbook.save_to_buffer()?)
}

/// One indicator's row of a filled-in 完成情况表.
#[derive(Clone, Debug)]
pub struct ProgressRow {
    /// The indicator.
    pub indicator: Indicator,
    /// 年度目标.
    pub target: Option<Decimal>,
    /// Each month's own figure, January first.
    pub months: [Option<Decimal>; 12],
}

/// The indicators a unit's 完成情况表 lists (外出招商次数 is district-level).
pub const PROGRESS_INDICATORS: [Indicator; 6] = [
    Indicator::SIGNED_PROJECTS,
    Indicator::PROJECTS_OVER_100M,
    Indicator::PROJECTS_OVER_1B,
    Indicator::FOREIGN_PROJECTS,
    Indicator::PLANNED_INVESTMENT,
    Indicator::FUNDS_IN_PLACE,
];

/// The indicators a unit's 完成情况表 lists: the visible built-ins of
/// [`PROGRESS_INDICATORS`], then every visible entry of the catalogue that is not a ratio
/// (a ratio is computed from its parts, never filled in).
pub fn progress_indicators(catalogue: &Catalogue) -> Vec<Indicator> {
    catalogue
        .visible()
        .into_iter()
        .filter(|i| {
            PROGRESS_INDICATORS.contains(i) || (!i.is_builtin() && i.measure() != Measure::Ratio)
        })
        .collect()
}

/// A 完成情况表 template (indicators × 年度目标 and 1月…12月), with `rows` filled in.
pub fn progress_template(
    request: &TemplateRequest,
    rows: &[ProgressRow],
) -> Result<Vec<u8>, ExportError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("完成情况")?;
    let title = format!("{}年{}招商引资工作完成情况表", request.year, request.unit);
    sheet.merge_range(0, 0, 0, 14, &title, &styles.title)?;
    sheet.set_row_height(0, 30)?;
    sheet.write_string_with_format(
        1,
        0,
        "金额单位：亿元；各月填当月完成数（不是累计数）",
        &styles.note,
    )?;
    let mut headers = vec!["指标".to_string(), "计量单位".into(), "年度目标".into()];
    headers.extend((1..=12).map(|m| format!("{m}月")));
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, col as u16, header, &styles.header)?;
        sheet.set_column_width(col as u16, if col == 0 { 18.0 } else { 9.0 })?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
    for (i, indicator) in request.indicators.iter().enumerate() {
        let r = HEADER_ROW + 1 + i as u32;
        let name = match indicator.parent() {
            Some(_) => format!("其中：{}", indicator.name_zh()),
            None => indicator.name_zh().to_string(),
        };
        sheet.write_string_with_format(r, 0, name, &styles.label)?;
        sheet.write_string_with_format(r, 1, indicator.unit_zh(), &styles.label)?;
        if let Some(row) = rows.iter().find(|row| row.indicator == *indicator) {
            if let Some(t) = row.target {
                sheet.write_number(r, 2, decimal_to_f64(t))?;
            }
            for (m, value) in row.months.iter().enumerate() {
                if let Some(v) = value {
                    sheet.write_number(r, 3 + m as u16, decimal_to_f64(*v))?;
                }
            }
        }
    }
    let amounts = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_title("数值无效")?
        .set_error_message("请填写不小于0的数字")?;
    let last_row = HEADER_ROW + request.indicators.len().max(1) as u32;
    sheet.add_data_validation(HEADER_ROW + 1, 2, last_row, 14, &amounts)?;
    instructions(
        workbook.add_worksheet().set_name("填写说明")?,
        &[
            "1. 年度目标按区下达的任务分解表填写；",
            "2. 各月填写当月完成数，不是累计数；尚未发生的月份留空；",
            "3. 项目数单位为个，资金单位为亿元，保留两位小数；",
            "4. 表头、标题和指标名称请勿修改。",
        ],
    )?;
    Ok(workbook.save_to_buffer()?)
}

fn instructions(sheet: &mut Worksheet, lines: &[&str]) -> Result<(), ExportError> {
    let bold = Format::new().set_bold().set_font_size(14);
    sheet.write_string_with_format(0, 0, "填写说明", &bold)?;
    for (i, line) in lines.iter().enumerate() {
        sheet.write_string(2 + i as u32, 0, *line)?;
    }
    sheet.set_column_width(0, 90)?;
    Ok(())
}

fn list_validation(items: &[&str], message: &str) -> Result<DataValidation, ExportError> {
    Ok(DataValidation::new()
        .allow_list_strings(items)?
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title("输入无效")?
        .set_error_message(message)?)
}

fn write_opt_string(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    text: Option<&str>,
) -> Result<(), ExportError> {
    if let Some(t) = text {
        sheet.write_string(row, col, t)?;
    }
    Ok(())
}

fn excel_date(date: NaiveDate) -> Result<ExcelDateTime, ExportError> {
    let year = u16::try_from(date.year()).unwrap_or(1900);
    // Month and day always fit: 1..=12 and 1..=31.
    Ok(ExcelDateTime::from_ymd(
        year,
        date.month() as u8,
        date.day() as u8,
    )?)
}

fn decimal_to_f64(value: Decimal) -> f64 {
    value.to_string().parse().unwrap_or(f64::NAN)
}
