//! 单位排名: units by completion rate, best first; behind schedule (or short of the target when
//! the year or plan is over) in red, with a line at 序时进度 for a running year. An indicator
//! no unit has a target of (a ratio, 外资项目 …) ranks the units by the actual itself.

use super::{entry, rate_name, Context};
use crate::{ChartData, Lang, Layout, Mark, Panel, Reference, Role, Series};
use planboard_model::{format, schedule_progress, Decimal, Indicator, RankBasis, Ranked, Span};

/// The title: 2026年1-10月各单位新签约项目完成率排名（%）; `when` is empty or a span's text.
fn title(lang: Lang, indicator: Indicator, when: &str) -> String {
    match lang {
        Lang::Zh => format!("{when}各单位{}完成率排名（%）", indicator.name_zh()),
        Lang::En => format!(
            "{}: units ranked by completion rate{}{when} (%)",
            indicator.name_en(),
            if when.is_empty() { "" } else { ", " }
        ),
    }
}

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let lang = cx.lang();
    let span = cx
        .request
        .span
        .or_else(|| cx.current_year().map(Span::Year));
    let Some(span) = span else {
        return cx.chart(title(lang, indicator, ""), Vec::new(), Vec::new());
    };
    let running = match span {
        Span::Year(year) => cx.running_month(year),
        _ => None,
    };
    let progress = running.map(schedule_progress);
    let ranking = cx.dataset.ranking(indicator, span);
    if cx.dataset.rank_basis(indicator, span) == RankBasis::Actual {
        return by_actual(cx, span, &ranking);
    }
    let mut roles = Vec::new();
    let mut values = Vec::new();
    let mut labels = Vec::new();
    for row in &ranking {
        let rate = row.figure.rate();
        let (role, label) = match (rate, progress) {
            (None, _) => (
                Role::Actual,
                lang.pick("—（无目标）", "— (no target)").to_string(),
            ),
            (Some(r), Some(p)) => {
                let gap = format::schedule_gap(r, p);
                if gap < Decimal::ZERO {
                    (
                        Role::Behind,
                        match lang {
                            Lang::Zh => format!(
                                "{}（落后{}个百分点）",
                                format::percent(Some(r)),
                                format::points(gap)
                            ),
                            Lang::En => format!(
                                "{} ({} points behind)",
                                format::percent(Some(r)),
                                format::points(gap)
                            ),
                        },
                    )
                } else {
                    (Role::Actual, format::percent(Some(r)))
                }
            }
            (Some(r), None) if r < Decimal::ONE => (Role::Behind, format::percent(Some(r))),
            (Some(r), None) => (Role::Actual, format::percent(Some(r))),
        };
        roles.push(role);
        values.push(rate.map(|r| super::to_f64(r * Decimal::ONE_HUNDRED)));
        labels.push(label);
    }
    let legend = match progress {
        Some(p) => vec![
            entry(
                lang.pick("达到序时进度", "On schedule"),
                Role::Actual,
                Mark::Bar,
            ),
            entry(
                lang.pick("落后序时进度", "Behind schedule"),
                Role::Behind,
                Mark::Bar,
            ),
            entry(
                lang.with_note(schedule_name(lang), &format::percent(Some(p))),
                Role::Schedule,
                Mark::Dashed,
            ),
        ],
        None => vec![
            entry(lang.pick("完成目标", "Target met"), Role::Actual, Mark::Bar),
            entry(
                lang.pick("未完成目标", "Target not met"),
                Role::Behind,
                Mark::Bar,
            ),
        ],
    };
    let panel = Panel {
        subtitle: None,
        layout: Layout::Rows,
        categories: ranking.iter().map(|r| r.unit.to_string()).collect(),
        value_unit: lang.with_note(rate_name(lang), "%"),
        integer_values: false,
        series: vec![Series {
            name: rate_name(lang).to_string(),
            roles,
            values,
            labels,
        }],
        stacked: false,
        bands: Vec::new(),
        rates: None,
        reference: progress.map(|p| Reference {
            value: super::to_f64(p * Decimal::ONE_HUNDRED),
            label: format!("{} {}", schedule_name(lang), format::percent(Some(p))),
        }),
        end_labels: Vec::new(),
        figures: figures(indicator, span, &ranking),
    };
    cx.chart(
        title(lang, indicator, &cx.span_text(span)),
        legend,
        vec![panel],
    )
}

/// The title of a ranking by the actual: 2026年1-10月各单位外资项目排名（按完成值，个）.
fn title_by_actual(lang: Lang, indicator: Indicator, when: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{when}各单位{}排名（无目标，按完成值，{}）",
            indicator.name_zh(),
            indicator.unit_zh()
        ),
        Lang::En => format!(
            "{}: units ranked by actual (no targets){}{when} ({})",
            indicator.name_en(),
            if when.is_empty() { "" } else { ", " },
            indicator.unit_en()
        ),
    }
}

/// The units ranked by their actual, largest first: no unit has a target to be measured by.
fn by_actual(cx: &Context<'_>, span: Span, ranking: &[Ranked]) -> ChartData {
    let indicator = cx.indicator();
    let lang = cx.lang();
    let actual_name = lang.pick("完成值", "Actual");
    let actuals: Vec<Option<Decimal>> = ranking.iter().map(|r| r.figure.actual).collect();
    let panel = Panel {
        subtitle: None,
        layout: Layout::Rows,
        categories: ranking.iter().map(|r| r.unit.to_string()).collect(),
        value_unit: lang.with_note(actual_name, lang.unit(indicator)),
        integer_values: super::is_count(indicator),
        series: vec![Series {
            name: actual_name.to_string(),
            roles: vec![Role::Actual; actuals.len()],
            values: actuals
                .iter()
                .map(|v| v.map(|v| super::axis_value(indicator, v)))
                .collect(),
            labels: actuals
                .iter()
                .map(|v| format::value(indicator, *v))
                .collect(),
        }],
        stacked: false,
        bands: Vec::new(),
        rates: None,
        reference: None,
        end_labels: Vec::new(),
        figures: figures(indicator, span, ranking),
    };
    cx.chart(
        title_by_actual(lang, indicator, &cx.span_text(span)),
        vec![entry(actual_name, Role::Actual, Mark::Bar)],
        vec![panel],
    )
}

/// Each unit's figure, for the drill-down.
fn figures(indicator: Indicator, span: Span, ranking: &[Ranked]) -> Vec<Option<crate::FigureKey>> {
    ranking
        .iter()
        .map(|r| {
            Some(crate::FigureKey {
                scope: planboard_model::Scope::Unit(r.unit.clone()),
                indicator,
                span,
            })
        })
        .collect()
}

/// 序时进度: the share of the year elapsed, the pace a unit is measured against.
fn schedule_name(lang: Lang) -> &'static str {
    lang.pick("序时进度", "Schedule")
}
