//! 年度对比: 目标 and 完成 per year, grouped by plan period, with 完成率 on a second axis.

use super::{is_count, value_series, Context};
use crate::{Band, ChartData, Layout, Panel, Rates, Role};
use planboard_model::{format, PlanPeriod, Span};

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let years: Vec<i32> = match cx.request.span {
        Some(Span::Plan(p)) => cx.dataset.years_in(p),
        _ => cx.dataset.years().collect(),
    };
    let figures: Vec<_> = years
        .iter()
        .map(|&y| cx.dataset.figure(cx.scope(), indicator, Span::Year(y)))
        .collect();
    let categories = years
        .iter()
        .map(|&y| match cx.running_month(y) {
            Some(month) => format!("{y}\n(1-{month}月)"),
            None => y.to_string(),
        })
        .collect();
    let mut bands: Vec<Band> = Vec::new();
    for (i, &year) in years.iter().enumerate() {
        let Some(period) = PlanPeriod::containing(year) else {
            continue;
        };
        match bands.last_mut() {
            Some(band) if band.label == period.name_zh() && band.last + 1 == i => band.last = i,
            _ => bands.push(Band {
                label: period.name_zh(),
                first: i,
                last: i,
            }),
        }
    }
    // One plan period is named by the title already.
    if bands.len() < 2 {
        bands.clear();
    }
    let targets: Vec<_> = figures.iter().map(|f| f.target).collect();
    let actuals: Vec<_> = figures.iter().map(|f| f.actual).collect();
    let rates: Vec<_> = figures.iter().map(|f| f.rate()).collect();
    let panel = Panel {
        subtitle: None,
        layout: Layout::Columns,
        categories,
        value_unit: indicator.unit_zh().to_string(),
        integer_values: is_count(indicator),
        series: super::present(vec![
            value_series("目标", Role::Target, indicator, &targets),
            value_series("完成", Role::Actual, indicator, &actuals),
        ]),
        stacked: false,
        bands,
        rates: rates.iter().any(Option::is_some).then(|| Rates {
            name: "完成率".to_string(),
            ratios: rates.iter().map(|r| r.map(super::to_f64)).collect(),
            labels: rates.iter().map(|r| format::percent(*r)).collect(),
            line: true,
        }),
        reference: None,
        end_labels: Vec::new(),
    };
    let when = match (cx.request.span, years.first(), years.last()) {
        (Some(Span::Plan(p)), _, _) => format!("{p}期间"),
        (_, Some(first), Some(last)) if first != last => format!("{first}—{last}年"),
        (_, Some(first), _) => format!("{first}年"),
        _ => String::new(),
    };
    let title = format!(
        "{}{when}各年度{}完成情况（{}）",
        cx.scope_prefix(),
        indicator.name_zh(),
        indicator.unit_zh()
    );
    let legend = super::legend_of(&panel, Some("完成率（右轴）"));
    cx.chart(title, legend, vec![panel])
}
