//! 产业与进度: signed projects and their planned investment by industry, and the 挂图作战
//! board — projects by stage per unit, with 开工率 = (已开工 + 已投产) ÷ signed.
//!
//! Projects count when signed in the requested year or plan; projects without a signing date
//! (在谈, or a ledger row with no date) are the current pipeline and always count.

use super::{entry, Context};
use crate::{ChartData, Lang, Layout, Mark, Panel, Role, Series};
use chrono::Datelike;
use planboard_model::{format, Decimal, Indicator, Project, Scope, Span, Stage};
use std::collections::BTreeMap;

/// What the chart counts: projects (个).
const COUNTED: Indicator = Indicator::SIGNED_PROJECTS;
/// What the chart sums: planned investment (亿元).
const SUMMED: Indicator = Indicator::PLANNED_INVESTMENT;

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let lang = cx.lang();
    let projects: Vec<&Project> = cx
        .dataset
        .projects()
        .iter()
        .filter(|p| match cx.scope() {
            Scope::District => true,
            Scope::Unit(u) => &p.unit == u,
        })
        .filter(|p| in_span(p, cx.request.span))
        .collect();
    let panels = if projects.is_empty() {
        Vec::new()
    } else {
        vec![industry_panel(lang, &projects), board_panel(cx, &projects)]
    };
    let when = match cx.request.span {
        Some(span) => cx.span_text(span),
        None => String::new(),
    };
    let title = match lang {
        Lang::Zh => format!(
            "{}{when}分产业签约项目与挂图作战进度（{}、{}）",
            cx.scope_prefix(),
            COUNTED.unit_zh(),
            SUMMED.unit_zh()
        ),
        Lang::En => format!(
            "{}Signed projects by industry and project stages{}{when} ({}, {})",
            cx.scope_prefix(),
            if when.is_empty() { "" } else { ", " },
            COUNTED.unit_en(),
            SUMMED.unit_en()
        ),
    };
    let mut legend = vec![entry(lang.indicator(SUMMED), Role::Actual, Mark::Bar)];
    legend.extend(Stage::ALL.map(|s| entry(lang.stage(s), stage_role(s), Mark::Bar)));
    cx.chart(title, legend, panels)
}

/// Whether a project belongs to the span: signed in it, or not dated at all.
fn in_span(project: &Project, span: Option<Span>) -> bool {
    let (Some(span), Some(date)) = (span, project.signed_date()) else {
        return true;
    };
    match span {
        Span::Plan(p) => p.contains(date.year()),
        other => other.year() == date.year(),
    }
}

/// The board colour of a stage.
pub(crate) fn stage_role(stage: Stage) -> Role {
    match stage {
        Stage::Negotiating => Role::Negotiating,
        Stage::Signed => Role::Signed,
        Stage::Started => Role::Started,
        Stage::InProduction => Role::InProduction,
    }
}

/// Signed projects per industry: bars of planned investment, labelled with money and count;
/// largest investment first.
fn industry_panel(lang: Lang, projects: &[&Project]) -> Panel {
    let mut by_industry: BTreeMap<String, (usize, Decimal)> = BTreeMap::new();
    for p in projects.iter().filter(|p| p.board_stage().is_signed()) {
        let name = p
            .industry
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(lang.pick("未分类", "Unclassified"))
            .to_string();
        let slot = by_industry.entry(name).or_default();
        slot.0 += 1;
        slot.1 += p.planned_investment.unwrap_or_default();
    }
    let mut rows: Vec<(String, usize, Decimal)> = by_industry
        .into_iter()
        .map(|(k, (n, v))| (k, n, v))
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    let subtitle = match lang {
        Lang::Zh => format!(
            "分产业签约项目：{}（{}）及项目数（{}）",
            SUMMED.name_zh(),
            SUMMED.unit_zh(),
            COUNTED.unit_zh()
        ),
        Lang::En => format!(
            "Signed projects by industry: {} ({}) and number of projects",
            SUMMED.name_en().to_lowercase(),
            SUMMED.unit_en()
        ),
    };
    Panel {
        subtitle: Some(subtitle),
        layout: Layout::Rows,
        categories: rows.iter().map(|r| r.0.clone()).collect(),
        value_unit: lang.unit(SUMMED).to_string(),
        integer_values: false,
        series: vec![Series {
            name: lang.indicator(SUMMED).to_string(),
            roles: vec![Role::Actual; rows.len()],
            values: rows.iter().map(|r| Some(super::to_f64(r.2))).collect(),
            labels: rows
                .iter()
                .map(|r| {
                    let (value, count) = (format::value(SUMMED, Some(r.2)), r.1);
                    match lang {
                        Lang::Zh => format!("{value}亿元 · {count}个"),
                        Lang::En => format!(
                            "{value} ({}) · {count} {}",
                            SUMMED.unit_en(),
                            COUNTED.unit_en()
                        ),
                    }
                })
                .collect(),
        }],
        stacked: false,
        bands: Vec::new(),
        rates: None,
        reference: None,
        end_labels: Vec::new(),
        figures: Vec::new(),
    }
}

/// Stage counts of one unit (or the total), in board order.
type StageCounts = [usize; 4];

/// 开工率 = (已开工 + 已投产) ÷ (已签约 + 已开工 + 已投产); `None` with nothing signed.
pub(crate) fn start_rate(counts: &StageCounts) -> Option<Decimal> {
    let started = counts[2] + counts[3];
    let signed = counts[1] + started;
    (signed > 0).then(|| Decimal::from(started) / Decimal::from(signed))
}

/// The 挂图作战 board: per unit, projects stacked by stage, and 开工率 after the bar.
fn board_panel(cx: &Context<'_>, projects: &[&Project]) -> Panel {
    let lang = cx.lang();
    let mut units: Vec<(String, StageCounts)> = cx
        .dataset
        .units()
        .iter()
        .filter(|u| projects.iter().any(|p| &p.unit == *u))
        .map(|u| {
            let mut counts = [0; 4];
            for p in projects.iter().filter(|p| &p.unit == u) {
                counts[stage_index(p.board_stage())] += 1;
            }
            (u.to_string(), counts)
        })
        .collect();
    if units.len() > 1 {
        let mut total = [0; 4];
        for (_, counts) in &units {
            for (t, c) in total.iter_mut().zip(counts) {
                *t += c;
            }
        }
        units.push((lang.pick("合计", "Total").to_string(), total));
    }
    let series = Stage::ALL
        .iter()
        .enumerate()
        .map(|(i, stage)| Series {
            name: lang.stage(*stage).to_string(),
            roles: vec![stage_role(*stage); units.len()],
            values: units
                .iter()
                .map(|(_, c)| (c[i] > 0).then_some(c[i] as f64))
                .collect(),
            labels: units
                .iter()
                .map(|(_, c)| {
                    if c[i] > 0 {
                        c[i].to_string()
                    } else {
                        String::new()
                    }
                })
                .collect(),
        })
        .collect();
    let end_labels = units
        .iter()
        .map(|(_, c)| {
            let total: usize = c.iter().sum();
            let rate = format::percent(start_rate(c));
            match lang {
                Lang::Zh => format!("共{total}个 开工率{rate}"),
                Lang::En => format!("{total} {}, {rate} started", COUNTED.unit_en()),
            }
        })
        .collect();
    Panel {
        subtitle: Some(
            lang.pick(
                "挂图作战：各单位项目进度（个）及开工率",
                "Project board: projects by stage per unit and start rate",
            )
            .to_string(),
        ),
        layout: Layout::Rows,
        categories: units.into_iter().map(|(name, _)| name).collect(),
        value_unit: lang.unit(COUNTED).to_string(),
        integer_values: true,
        series,
        stacked: true,
        bands: Vec::new(),
        rates: None,
        reference: None,
        end_labels,
        figures: Vec::new(),
    }
}

fn stage_index(stage: Stage) -> usize {
    match stage {
        Stage::Negotiating => 0,
        Stage::Signed => 1,
        Stage::Started => 2,
        Stage::InProduction => 3,
    }
}
