//! 规划期对比: every plan period with data (the running one to date), 目标 and 完成 with rates.

use super::Context;
use crate::ChartData;
use planboard_model::Span;

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
    let keys = periods
        .iter()
        .map(|&p| cx.key(indicator, Span::Plan(p)))
        .collect();
    let panel = super::target_actual_panel(indicator, categories, &figures, keys, Vec::new());
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
