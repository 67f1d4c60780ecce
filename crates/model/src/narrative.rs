//! The "主要成效" paragraph in the bureau's own style, written from the data.
//!
//! "新签约项目123个，占任务数100个的123.00%；其中超亿元项目83个，完成任务数65个的127.69%；…"
//! For a running year each rate is set against 序时进度 and last year (同比); for a unit its
//! rank among the units is given; for the district the units behind schedule are named.

use crate::format::{percent, points, schedule_gap, value};
use crate::{schedule_progress, Dataset, Figure, Indicator, Scope, Span, YearMonth};

/// What the paragraph is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NarrativeRequest {
    /// District or one unit.
    pub scope: Scope,
    /// A plan period or a year.
    pub span: Span,
    /// The data date: when it falls inside the year asked about, that year is running.
    pub as_of: Option<YearMonth>,
}

/// Writes the paragraph.
pub fn main_results(dataset: &Dataset, request: &NarrativeRequest) -> String {
    let running = crate::running_month(request.span, request.as_of);
    let mut text = String::new();
    text.push_str(&lead(request, running));
    let visible = dataset.catalogue().visible();
    let clause = |indicator: Indicator, verb: &str| -> Option<String> {
        visible
            .contains(&indicator)
            .then(|| clause(dataset, request, indicator, verb, running))
    };
    let sentence = |clauses: Vec<Option<String>>| -> String {
        let clauses: Vec<String> = clauses.into_iter().flatten().collect();
        if clauses.is_empty() {
            String::new()
        } else {
            format!("{}。", clauses.join("；"))
        }
    };
    let signed = clause(Indicator::SIGNED_PROJECTS, "占");
    let parts = [
        clause(Indicator::PROJECTS_OVER_100M, "完成"),
        clause(Indicator::PROJECTS_OVER_1B, "占"),
    ];
    let parts = match (&signed, parts) {
        (Some(_), [Some(first), second]) => [Some(format!("其中{first}")), second],
        (_, parts) => parts,
    };
    let [over_100m, over_1b] = parts;
    text.push_str(&sentence(vec![
        signed,
        over_100m,
        over_1b,
        clause(Indicator::FOREIGN_PROJECTS, "占"),
    ]));
    text.push_str(&sentence(vec![
        clause(Indicator::PLANNED_INVESTMENT, "占"),
        clause(Indicator::FUNDS_IN_PLACE, "占"),
    ]));
    let has_data = |indicator: Indicator| {
        let figure = dataset.figure(&request.scope, indicator, request.span);
        figure.actual.is_some() || figure.target.is_some()
    };
    if request.scope == Scope::District && has_data(Indicator::OUTBOUND_TRIPS) {
        text.push_str(&sentence(vec![clause(Indicator::OUTBOUND_TRIPS, "完成")]));
    }
    // The workspace's own indicators: a sentence each, when there is anything to say.
    for indicator in visible.iter().filter(|i| !i.is_builtin()) {
        if has_data(*indicator) {
            text.push_str(&sentence(vec![clause(*indicator, "占")]));
        }
    }
    match &request.scope {
        Scope::Unit(_) => text.push_str(&rank_sentence(dataset, request)),
        Scope::District => {
            if let Some(month) = running {
                text.push_str(&behind_sentence(dataset, request.span, month));
            }
        }
    }
    text
}

fn lead(request: &NarrativeRequest, running: Option<u32>) -> String {
    let who = match &request.scope {
        Scope::District => "全区".to_string(),
        Scope::Unit(u) => u.to_string(),
    };
    match (request.span, running, request.as_of) {
        (Span::Year(year), Some(month), _) => format!("{year}年1-{month}月，{who}"),
        (Span::Year(year), None, _) => format!("{year}年，{who}"),
        // A plan still running: say how far the data reaches.
        (Span::Plan(period), _, Some(as_of))
            if period.contains(as_of.year)
                && (as_of.year, as_of.month) < (period.last_year(), 12) =>
        {
            format!(
                "{period}以来（截至{}年{}月），{who}",
                as_of.year, as_of.month
            )
        }
        (span, _, _) => format!("{span}期间，{who}"),
    }
}

fn name(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::OUTBOUND_TRIPS => "外出招商",
        other => other.name_zh(),
    }
}

/// One indicator's clause: "新签约项目123个，占任务数100个的123.00%".
fn clause(
    dataset: &Dataset,
    request: &NarrativeRequest,
    indicator: Indicator,
    verb: &str,
    running: Option<u32>,
) -> String {
    let figure = dataset.figure(&request.scope, indicator, request.span);
    // A ratio's value carries its % already.
    let unit = match indicator.measure() {
        crate::Measure::Ratio => "",
        _ => indicator.unit_zh(),
    };
    let Some(actual) = figure.actual else {
        return format!("{}暂无数据", name(indicator));
    };
    let mut text = format!(
        "{}{}{unit}",
        name(indicator),
        value(indicator, Some(actual))
    );
    if let (Some(target), Some(rate)) = (figure.target, figure.rate()) {
        let target = value(indicator, Some(target));
        // A running year is judged against 序时进度, which a ratio never is.
        let schedule = running.and(dataset.schedule_of(indicator, request.span, request.as_of));
        match schedule {
            Some(progress) => {
                text.push_str(&format!(
                    "，完成年度任务{target}{unit}的{}",
                    percent(Some(rate))
                ));
                text.push_str(&schedule_words(rate, progress));
            }
            None => text.push_str(&format!(
                "，{verb}任务数{target}{unit}的{}",
                percent(Some(rate))
            )),
        }
    }
    if let (Some(month), Span::Year(year)) = (running, request.span) {
        let yoy = dataset.year_on_year(&request.scope, indicator, year, month);
        if let Some(growth) = yoy.growth() {
            let change = percent(Some(growth.abs()));
            text.push_str(&if growth.is_sign_negative() {
                format!("，同比下降{change}")
            } else {
                format!("，同比增长{change}")
            });
        }
    }
    text
}

/// "，超序时进度X个百分点" / "，落后序时进度X个百分点" / "，与序时进度持平".
fn schedule_words(rate: crate::Decimal, progress: crate::Decimal) -> String {
    let gap = schedule_gap(rate, progress);
    let shown = points(gap);
    if shown == "0.00" {
        "，与序时进度持平".into()
    } else if gap.is_sign_negative() {
        format!("，落后序时进度{shown}个百分点")
    } else {
        format!("，超序时进度{shown}个百分点")
    }
}

/// "新签约项目完成率居全区第2位（共8个单位）。"
fn rank_sentence(dataset: &Dataset, request: &NarrativeRequest) -> String {
    let Some(unit) = request.scope.unit() else {
        return String::new();
    };
    let mut parts = Vec::new();
    for indicator in [Indicator::SIGNED_PROJECTS, Indicator::PLANNED_INVESTMENT] {
        if dataset.rank_basis(indicator, request.span) != crate::RankBasis::Rate {
            continue;
        }
        let ranking = dataset.ranking(indicator, request.span);
        let ranked = ranking.iter().filter(|r| r.rank.is_some()).count();
        if let Some(rank) = ranking
            .iter()
            .find(|r| &r.unit == unit)
            .and_then(|r| r.rank)
        {
            parts.push(format!(
                "{}完成率居全区第{rank}位（共{ranked}个单位）",
                indicator.name_zh()
            ));
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("{}。", parts.join("，"))
    }
}

/// "落后序时进度的单位：城东街道（新签约项目66.67%）、…。"
fn behind_sentence(dataset: &Dataset, span: Span, month: u32) -> String {
    let progress = schedule_progress(month);
    let behind: Vec<String> = dataset
        .ranking(Indicator::SIGNED_PROJECTS, span)
        .into_iter()
        .filter_map(|r| {
            let rate = Figure::rate(&r.figure)?;
            (rate < progress).then(|| format!("{}（{}）", r.unit, percent(Some(rate))))
        })
        .collect();
    if behind.is_empty() {
        "各单位新签约项目均达到序时进度。".into()
    } else {
        format!(
            "新签约项目落后序时进度（{}）的单位：{}。",
            percent(Some(progress)),
            behind.join("、")
        )
    }
}
