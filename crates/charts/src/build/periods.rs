//! 规划期对比: every plan period with data (the running one to date), 目标 and 完成 with rates.

use super::Context;
use crate::{ChartData, Lang};
use planboard_model::Span;

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let lang = cx.lang();
    let periods = cx.dataset.periods();
    let figures: Vec<_> = periods
        .iter()
        .map(|&p| cx.dataset.figure(cx.scope(), indicator, Span::Plan(p)))
        .collect();
    let categories = periods
        .iter()
        .map(|&p| match (cx.as_of, lang) {
            (Some(a), _) if p.contains(a.year) && (a.year, a.month) < (p.last_year(), 12) => {
                match lang {
                    Lang::Zh => format!("{p}\n（截至{}年{}月）", a.year, a.month),
                    Lang::En => format!("{}\n(to {} {})", p.name_en(), lang.month(a.month), a.year),
                }
            }
            (_, Lang::Zh) => format!("{p}\n（{}—{}年）", p.first_year(), p.last_year()),
            (_, Lang::En) => format!("{}\n({}–{})", p.name_en(), p.first_year(), p.last_year()),
        })
        .collect();
    let keys = periods
        .iter()
        .map(|&p| cx.key(indicator, Span::Plan(p)))
        .collect();
    let panel = super::target_actual_panel(lang, indicator, categories, &figures, keys, Vec::new());
    let title = match lang {
        Lang::Zh => {
            let when = match (periods.first(), periods.last()) {
                (Some(first), Some(last)) if first != last => format!("{first}至{last}各规划期"),
                (Some(first), _) => format!("{first}期间"),
                _ => String::new(),
            };
            format!(
                "{}{when}{}完成情况对比（{}）",
                cx.scope_prefix(),
                indicator.name_zh(),
                indicator.unit_zh()
            )
        }
        Lang::En => {
            let when = match (periods.first(), periods.last()) {
                (Some(first), Some(last)) if first != last => {
                    format!(", {} to {}", first.name_en(), last.name_en())
                }
                (Some(first), _) => format!(", {}", first.name_en()),
                _ => String::new(),
            };
            format!(
                "{}{} by plan period{when} ({})",
                cx.scope_prefix(),
                indicator.name_en(),
                indicator.unit_en()
            )
        }
    };
    let legend = super::legend_of(&panel, Some(super::rate_on_right_axis(lang)));
    cx.chart(title, legend, vec![panel])
}
