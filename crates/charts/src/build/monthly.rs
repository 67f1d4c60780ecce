//! 月度进度: the year's cumulative actual by month against the target × month/12.

use super::{is_count, target_actual_legend, value_series, Context};
use crate::{ChartData, Layout, Panel, Rates, Role};
use planboard_model::{completion_rate, format, Decimal, Span};

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let year = match cx.request.span {
        Some(span) => Some(span.year()),
        None => cx.current_year(),
    };
    let Some(year) = year else {
        return cx.chart(
            format!("{}逐月累计完成情况", indicator.name_zh()),
            Vec::new(),
            Vec::new(),
        );
    };
    let last_month = cx.running_month(year).unwrap_or(12);
    let annual = cx.dataset.target(cx.scope(), indicator, Span::Year(year));
    let months: Vec<u32> = (1..=last_month).collect();
    let targets: Vec<Option<Decimal>> = months
        .iter()
        .map(|&m| annual.map(|t| t * Decimal::from(m) / Decimal::from(12)))
        .collect();
    let actuals: Vec<Option<Decimal>> = months
        .iter()
        .map(|&m| {
            cx.dataset
                .actual(cx.scope(), indicator, Span::YearToDate { year, through: m })
        })
        .collect();
    let rates: Vec<Option<Decimal>> = actuals
        .iter()
        .map(|a| completion_rate(*a, annual))
        .collect();
    let panel = Panel {
        subtitle: None,
        layout: Layout::Columns,
        categories: months.iter().map(|m| format!("{m}月")).collect(),
        value_unit: indicator.unit_zh().to_string(),
        integer_values: is_count(indicator),
        series: vec![
            value_series("序时目标", Role::Target, indicator, &targets),
            value_series("累计完成", Role::Actual, indicator, &actuals),
        ],
        stacked: false,
        bands: Vec::new(),
        rates: Some(Rates {
            name: "完成年度目标".to_string(),
            ratios: rates.iter().map(|r| r.map(super::to_f64)).collect(),
            labels: rates.iter().map(|r| format::percent(*r)).collect(),
            line: false,
        }),
        reference: None,
        end_labels: Vec::new(),
    };
    let annual_text = match annual {
        Some(t) => format!(
            "，年度目标{}{}",
            format::value(indicator, Some(t)),
            indicator.unit_zh()
        ),
        None => String::new(),
    };
    let title = format!(
        "{}{year}年{}逐月累计完成情况（{}{annual_text}）",
        cx.scope_prefix(),
        indicator.name_zh(),
        indicator.unit_zh()
    );
    cx.chart(
        title,
        target_actual_legend("序时目标（年度目标×月数/12）", "累计完成", None),
        vec![panel],
    )
}
