//! 产业与进度: signed projects and their planned investment by industry, and the 挂图作战
//! board — projects by stage per unit, with 开工率 = (已开工 + 已投产) ÷ signed.
//!
//! Projects count when signed in the requested year or plan; projects without a signing date
//! (在谈, or a ledger row with no date) are the current pipeline and always count.

use super::{entry, Context};
use crate::{ChartData, Layout, Mark, Panel, Role, Series};
use chrono::Datelike;
use planboard_model::{format, Decimal, Indicator, Project, Scope, Span, Stage};
use std::collections::BTreeMap;

/// The name shown for projects without an industry.
const NO_INDUSTRY: &str = "未分类";
/// The name of the board's total row.
const TOTAL: &str = "合计";

pub(super) fn build(cx: &Context<'_>) -> ChartData {
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
        vec![industry_panel(&projects), board_panel(cx, &projects)]
    };
    let when = match cx.request.span {
        Some(span) => cx.span_text(span),
        None => String::new(),
    };
    let title = format!(
        "{}{when}分产业签约项目与挂图作战进度（个、亿元）",
        cx.scope_prefix()
    );
    let mut legend = vec![entry("计划总投资", Role::Actual, Mark::Bar)];
    legend.extend(Stage::ALL.map(|s| entry(s.name_zh(), stage_role(s), Mark::Bar)));
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
fn industry_panel(projects: &[&Project]) -> Panel {
    let mut by_industry: BTreeMap<String, (usize, Decimal)> = BTreeMap::new();
    for p in projects.iter().filter(|p| p.board_stage().is_signed()) {
        let name = p
            .industry
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(NO_INDUSTRY)
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
    let indicator = Indicator::PlannedInvestment;
    Panel {
        subtitle: Some("分产业签约项目：计划总投资（亿元）及项目数（个）".to_string()),
        layout: Layout::Rows,
        categories: rows.iter().map(|r| r.0.clone()).collect(),
        value_unit: "亿元".to_string(),
        integer_values: false,
        series: vec![Series {
            name: "计划总投资".to_string(),
            roles: vec![Role::Actual; rows.len()],
            values: rows.iter().map(|r| Some(super::to_f64(r.2))).collect(),
            labels: rows
                .iter()
                .map(|r| format!("{}亿元 · {}个", format::value(indicator, Some(r.2)), r.1))
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
        units.push((TOTAL.to_string(), total));
    }
    let series = Stage::ALL
        .iter()
        .enumerate()
        .map(|(i, stage)| Series {
            name: stage.name_zh().to_string(),
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
            format!("共{total}个 开工率{}", format::percent(start_rate(c)))
        })
        .collect();
    Panel {
        subtitle: Some("挂图作战：各单位项目进度（个）及开工率".to_string()),
        layout: Layout::Rows,
        categories: units.into_iter().map(|(name, _)| name).collect(),
        value_unit: "个".to_string(),
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
