//! 单位排名: units by completion rate, best first; behind schedule (or short of the target when
//! the year or plan is over) in red, with a line at 序时进度 for a running year.

use super::{entry, Context};
use crate::{ChartData, Layout, Mark, Panel, Reference, Role, Series};
use planboard_model::{format, schedule_progress, Decimal, Span};

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let span = cx
        .request
        .span
        .or_else(|| cx.current_year().map(Span::Year));
    let Some(span) = span else {
        return cx.chart(
            format!("各单位{}完成率排名（%）", indicator.name_zh()),
            Vec::new(),
            Vec::new(),
        );
    };
    let running = match span {
        Span::Year(year) => cx.running_month(year),
        _ => None,
    };
    let progress = running.map(schedule_progress);
    let ranking = cx.dataset.ranking(indicator, span);
    let mut roles = Vec::new();
    let mut values = Vec::new();
    let mut labels = Vec::new();
    for row in &ranking {
        let rate = row.figure.rate();
        let (role, label) = match (rate, progress) {
            (None, _) => (Role::Actual, "—（无目标）".to_string()),
            (Some(r), Some(p)) => {
                let gap = format::schedule_gap(r, p);
                if gap < Decimal::ZERO {
                    (
                        Role::Behind,
                        format!(
                            "{}（落后{}个百分点）",
                            format::percent(Some(r)),
                            format::points(gap)
                        ),
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
            entry("达到序时进度", Role::Actual, Mark::Bar),
            entry("落后序时进度", Role::Behind, Mark::Bar),
            entry(
                format!("序时进度（{}）", format::percent(Some(p))),
                Role::Schedule,
                Mark::Dashed,
            ),
        ],
        None => vec![
            entry("完成目标", Role::Actual, Mark::Bar),
            entry("未完成目标", Role::Behind, Mark::Bar),
        ],
    };
    let panel = Panel {
        subtitle: None,
        layout: Layout::Rows,
        categories: ranking.iter().map(|r| r.unit.to_string()).collect(),
        value_unit: "完成率（%）".to_string(),
        integer_values: false,
        series: vec![Series {
            name: "完成率".to_string(),
            roles,
            values,
            labels,
        }],
        stacked: false,
        bands: Vec::new(),
        rates: None,
        reference: progress.map(|p| Reference {
            value: super::to_f64(p * Decimal::ONE_HUNDRED),
            label: format!("序时进度 {}", format::percent(Some(p))),
        }),
        end_labels: Vec::new(),
        figures: ranking
            .iter()
            .map(|r| {
                Some(crate::FigureKey {
                    scope: planboard_model::Scope::Unit(r.unit.clone()),
                    indicator,
                    span,
                })
            })
            .collect(),
    };
    let title = format!(
        "{}各单位{}完成率排名（%）",
        cx.span_text(span),
        indicator.name_zh()
    );
    cx.chart(title, legend, vec![panel])
}
