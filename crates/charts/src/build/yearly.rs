//! 年度对比: 目标 and 完成 per year, grouped by plan period, with 完成率 on a second axis.

use super::Context;
use crate::{Band, ChartData, Lang};
use planboard_model::{PlanPeriod, Span};

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let lang = cx.lang();
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
            Some(month) => format!("{y}\n({})", lang.months_through(month)),
            None => y.to_string(),
        })
        .collect();
    let mut bands: Vec<Band> = Vec::new();
    for (i, &year) in years.iter().enumerate() {
        let Some(period) = PlanPeriod::containing(year) else {
            continue;
        };
        match bands.last_mut() {
            Some(band) if band.label == lang.period(period) && band.last + 1 == i => band.last = i,
            _ => bands.push(Band {
                label: lang.period(period),
                first: i,
                last: i,
            }),
        }
    }
    // One plan period is named by the title already.
    if bands.len() < 2 {
        bands.clear();
    }
    let keys = years
        .iter()
        .map(|&y| cx.key(indicator, Span::Year(y)))
        .collect();
    let panel = super::target_actual_panel(lang, indicator, categories, &figures, keys, bands);
    let when = match (cx.request.span, years.first(), years.last()) {
        (Some(Span::Plan(p)), _, _) => lang.span(Span::Plan(p)),
        (_, Some(first), Some(last)) if first != last => match lang {
            Lang::Zh => format!("{first}—{last}年"),
            Lang::En => format!("{first}–{last}"),
        },
        (_, Some(&first), _) => lang.span(Span::Year(first)),
        _ => String::new(),
    };
    let title = match lang {
        Lang::Zh => format!(
            "{}{when}各年度{}完成情况（{}）",
            cx.scope_prefix(),
            indicator.name_zh(),
            indicator.unit_zh()
        ),
        Lang::En => format!(
            "{}{} by year{}{} ({})",
            cx.scope_prefix(),
            indicator.name_en(),
            if when.is_empty() { "" } else { ", " },
            when,
            indicator.unit_en()
        ),
    };
    let legend = super::legend_of(&panel, Some(super::rate_on_right_axis(lang)));
    cx.chart(title, legend, vec![panel])
}
