//! 规划期对比: every plan period with data (the running one to date), 目标 and 完成 with rates.

use super::{is_count, value_series, Context};
use crate::{ChartData, Layout, Panel, Rates, Role};
use planboard_model::{format, Span};

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let periods = cx.dataset.periods();
    let figures: Vec<_> = periods
        .iter()
        .map(|&p| cx.dataset.figure(cx.scope(), indicator, Span::Plan(p)))
        .collect();
    let categories = periods
        .iter()
        .map(|p| match cx.as_of {
            Some(a) if p.contains(a.year) && (a.year, a.month) < (p.last_year(), 12) => {
                format!("{p}\n（截至{}年{}月）", a.year, a.month)
            }
            _ => format!("{p}\n（{}—{}年）", p.first_year(), p.last_year()),
        })
        .collect();
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
        bands: Vec::new(),
        rates: rates.iter().any(Option::is_some).then(|| Rates {
            name: "完成率".to_string(),
            ratios: rates.iter().map(|r| r.map(super::to_f64)).collect(),
            labels: rates.iter().map(|r| format::percent(*r)).collect(),
            line: true,
        }),
        reference: None,
        end_labels: Vec::new(),
    };
    let when = match (periods.first(), periods.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}至{last}各规划期"),
        (Some(first), _) => format!("{first}期间"),
        _ => String::new(),
    };
    let title = format!(
        "{}{when}{}完成情况对比（{}）",
        cx.scope_prefix(),
        indicator.name_zh(),
        indicator.unit_zh()
    );
    let legend = super::legend_of(&panel, Some("完成率（右轴）"));
    cx.chart(title, legend, vec![panel])
}
