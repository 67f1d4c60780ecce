//! The summary tables as an .xlsx workbook: period × indicator, year × indicator, and unit ×
//! indicator with ranks — title, two-row header, units in the headers, 2 decimals,
//! percentages, behind-schedule rates in red.

use crate::styles::Styles;
use crate::ExportError;
use planboard_model::{
    running_month, Dataset, Decimal, Figure, Indicator, Measure, Scope, Span, YearMonth,
};
use rust_xlsxwriter::{Workbook, Worksheet};

/// What to export.
#[derive(Clone, Debug)]
pub struct SummaryRequest {
    /// The data date (数据截至); a year it falls in is running and judged against 序时进度.
    pub as_of: Option<YearMonth>,
    /// The period or year of the unit sheet.
    pub unit_span: Span,
}

/// The first row of data (after title, note and the two header rows).
const FIRST_DATA_ROW: u32 = 4;

/// Writes the three summary sheets and returns the workbook's bytes.
pub fn summary_workbook(
    dataset: &Dataset,
    request: &SummaryRequest,
) -> Result<Vec<u8>, ExportError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let note = data_note(request.as_of);

    let sheet = workbook.add_worksheet().set_name("规划期汇总")?;
    periods_sheet(sheet, dataset, request.as_of, &styles, &note)?;
    let sheet = workbook.add_worksheet().set_name("年度汇总")?;
    years_sheet(sheet, dataset, request.as_of, &styles, &note)?;
    let sheet = workbook.add_worksheet().set_name("单位完成情况")?;
    units_sheet(sheet, dataset, request, &styles, &note)?;
    Ok(workbook.save_to_buffer()?)
}

fn data_note(as_of: Option<YearMonth>) -> String {
    match as_of {
        Some(m) => format!("数据截至{}年{}月；计量单位见表头", m.year, m.month),
        None => "计量单位见表头".into(),
    }
}

/// "新签约项目（个）".
fn label(indicator: Indicator) -> String {
    format!("{}（{}）", indicator.name_zh(), indicator.unit_zh())
}

fn title_rows(
    sheet: &mut Worksheet,
    styles: &Styles,
    title: &str,
    note: &str,
    last_col: u16,
) -> Result<(), ExportError> {
    sheet.merge_range(0, 0, 0, last_col, title, &styles.title)?;
    sheet.set_row_height(0, 30)?;
    sheet.write_string_with_format(1, 0, note, &styles.note)?;
    Ok(())
}

/// A header group: the group name merged over `leaves`, the leaves below it.
fn header_group(
    sheet: &mut Worksheet,
    styles: &Styles,
    col: u16,
    group: &str,
    leaves: &[&str],
) -> Result<(), ExportError> {
    let last = col + leaves.len() as u16 - 1;
    if leaves.len() > 1 {
        sheet.merge_range(2, col, 2, last, group, &styles.header)?;
    } else {
        sheet.write_string_with_format(2, col, group, &styles.header)?;
    }
    for (i, leaf) in leaves.iter().enumerate() {
        sheet.write_string_with_format(3, col + i as u16, *leaf, &styles.header)?;
        sheet.set_column_width(col + i as u16, 11)?;
    }
    Ok(())
}

fn first_header(
    sheet: &mut Worksheet,
    styles: &Styles,
    text: &str,
    width: f64,
) -> Result<(), ExportError> {
    sheet.merge_range(2, 0, 3, 0, text, &styles.header)?;
    sheet.set_column_width(0, width)?;
    sheet.set_freeze_panes(FIRST_DATA_ROW, 1)?;
    Ok(())
}

fn write_value(
    sheet: &mut Worksheet,
    styles: &Styles,
    row: u32,
    col: u16,
    indicator: Indicator,
    value: Option<Decimal>,
) -> Result<(), ExportError> {
    match value {
        None => sheet.write_string_with_format(row, col, "—", &styles.none)?,
        Some(v) => {
            let number = v.to_string().parse::<f64>().unwrap_or(f64::NAN);
            let format = match indicator.measure() {
                Measure::Count => &styles.count,
                Measure::Money => &styles.money,
                Measure::Ratio => &styles.percent,
            };
            sheet.write_number_with_format(row, col, number, format)?
        }
    };
    Ok(())
}

fn write_rate(
    sheet: &mut Worksheet,
    styles: &Styles,
    row: u32,
    col: u16,
    rate: Option<Decimal>,
    schedule: Option<Decimal>,
) -> Result<(), ExportError> {
    match rate {
        None => sheet.write_string_with_format(row, col, "—", &styles.none)?,
        Some(r) => {
            let behind = schedule.is_some_and(|s| r < s);
            let format = if behind {
                &styles.percent_behind
            } else {
                &styles.percent
            };
            let number = r.round_dp(6).to_string().parse::<f64>().unwrap_or(f64::NAN);
            sheet.write_number_with_format(row, col, number, format)?
        }
    };
    Ok(())
}

/// Target, actual and rate in three cells from `col`.
fn write_figure(
    sheet: &mut Worksheet,
    styles: &Styles,
    row: u32,
    col: u16,
    indicator: Indicator,
    figure: Figure,
    schedule: Option<Decimal>,
) -> Result<(), ExportError> {
    write_value(sheet, styles, row, col, indicator, figure.target)?;
    write_value(sheet, styles, row, col + 1, indicator, figure.actual)?;
    write_rate(sheet, styles, row, col + 2, figure.rate(), schedule)
}

const FIGURE_LEAVES: [&str; 3] = ["目标", "完成", "完成率"];

fn periods_sheet(
    sheet: &mut Worksheet,
    dataset: &Dataset,
    as_of: Option<YearMonth>,
    styles: &Styles,
    note: &str,
) -> Result<(), ExportError> {
    let periods = dataset.periods();
    let last_col = (periods.len() * 3).max(1) as u16;
    title_rows(
        sheet,
        styles,
        "全区招商引资目标任务完成情况（按规划期）",
        note,
        last_col,
    )?;
    first_header(sheet, styles, "指标", 22.0)?;
    for (i, period) in periods.iter().enumerate() {
        let years = dataset.years_in(*period);
        let group = match (years.first(), years.last()) {
            (Some(a), Some(b)) if a != b => format!("{period}（{a}—{b}年）"),
            (Some(a), _) => format!("{period}（{a}年）"),
            _ => period.name_zh(),
        };
        header_group(sheet, styles, 1 + 3 * i as u16, &group, &FIGURE_LEAVES)?;
    }
    for (r, indicator) in dataset.catalogue().visible().iter().enumerate() {
        let row = FIRST_DATA_ROW + r as u32;
        sheet.write_string_with_format(row, 0, label(*indicator), &styles.label)?;
        for (i, period) in periods.iter().enumerate() {
            let shown = dataset.shown(&Scope::District, *indicator, Span::Plan(*period), as_of);
            write_figure(
                sheet,
                styles,
                row,
                1 + 3 * i as u16,
                *indicator,
                shown.figure,
                shown.progress,
            )?;
        }
    }
    Ok(())
}

fn years_sheet(
    sheet: &mut Worksheet,
    dataset: &Dataset,
    as_of: Option<YearMonth>,
    styles: &Styles,
    note: &str,
) -> Result<(), ExportError> {
    let indicators = dataset.catalogue().visible();
    title_rows(
        sheet,
        styles,
        "全区招商引资目标任务完成情况（分年度）",
        note,
        3 * indicators.len().max(1) as u16,
    )?;
    first_header(sheet, styles, "年度", 12.0)?;
    for (i, indicator) in indicators.iter().enumerate() {
        header_group(
            sheet,
            styles,
            1 + 3 * i as u16,
            &label(*indicator),
            &FIGURE_LEAVES,
        )?;
    }
    for (r, year) in dataset.years().enumerate() {
        let row = FIRST_DATA_ROW + r as u32;
        let year_label = match running_month(Span::Year(year), as_of) {
            Some(month) => format!("{year}年1-{month}月"),
            None => format!("{year}年"),
        };
        sheet.write_string_with_format(row, 0, year_label, &styles.label)?;
        let span = Span::Year(year);
        for (i, indicator) in indicators.iter().enumerate() {
            let shown = dataset.shown(&Scope::District, *indicator, span, as_of);
            write_figure(
                sheet,
                styles,
                row,
                1 + 3 * i as u16,
                *indicator,
                shown.figure,
                shown.progress,
            )?;
        }
    }
    Ok(())
}

fn units_sheet(
    sheet: &mut Worksheet,
    dataset: &Dataset,
    request: &SummaryRequest,
    styles: &Styles,
    note: &str,
) -> Result<(), ExportError> {
    let span = request.unit_span;
    let title = match span {
        Span::Plan(p) => format!("各单位{p}期间招商引资目标任务完成情况"),
        other => format!("各单位{other}招商引资目标任务完成情况"),
    };
    let indicators = dataset.catalogue().visible();
    title_rows(
        sheet,
        styles,
        &title,
        note,
        4 * indicators.len().max(1) as u16,
    )?;
    first_header(sheet, styles, "单位", 14.0)?;
    let leaves = ["目标", "完成", "完成率", "排名"];
    for (i, indicator) in indicators.iter().enumerate() {
        header_group(sheet, styles, 1 + 4 * i as u16, &label(*indicator), &leaves)?;
    }
    let rankings: Vec<_> = indicators
        .iter()
        .map(|i| dataset.ranking(*i, span))
        .collect();
    for (r, unit) in dataset.units().iter().enumerate() {
        let row = FIRST_DATA_ROW + r as u32;
        sheet.write_string_with_format(row, 0, unit.as_str(), &styles.label)?;
        for (i, indicator) in indicators.iter().enumerate() {
            let col = 1 + 4 * i as u16;
            let entry = rankings[i].iter().find(|e| &e.unit == unit);
            let figure = entry.map(|e| e.figure).unwrap_or_default();
            let schedule = dataset.schedule_of(*indicator, span, request.as_of);
            write_figure(sheet, styles, row, col, *indicator, figure, schedule)?;
            match entry.and_then(|e| e.rank) {
                Some(rank) => {
                    sheet.write_number_with_format(row, col + 3, rank as f64, &styles.count)?
                }
                None => sheet.write_string_with_format(row, col + 3, "—", &styles.none)?,
            };
        }
    }
    Ok(())
}
