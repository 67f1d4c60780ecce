//! Chart data from a dataset: one module per kind, pure functions, testable without drawing.

mod industry;
mod monthly;
mod periods;
mod ranking;
mod yearly;

use crate::{ChartData, ChartKind, ChartRequest, Lang, LegendEntry, Mark, Role, Series};
use planboard_model::{format, Dataset, Decimal, Indicator, Measure, Scope, Span, YearMonth};
use rust_decimal::prelude::ToPrimitive;

/// Builds the data of the chart `request` asks for.
pub fn chart_data(dataset: &Dataset, request: &ChartRequest) -> ChartData {
    let context = Context::new(dataset, request);
    match request.kind {
        ChartKind::YearlyComparison => yearly::build(&context),
        ChartKind::PeriodComparison => periods::build(&context),
        ChartKind::UnitRanking => ranking::build(&context),
        ChartKind::MonthlyProgress => monthly::build(&context),
        ChartKind::IndustryAndStages => industry::build(&context),
    }
}

/// The request with its defaults resolved.
struct Context<'a> {
    dataset: &'a Dataset,
    request: &'a ChartRequest,
    as_of: Option<YearMonth>,
}

impl<'a> Context<'a> {
    fn new(dataset: &'a Dataset, request: &'a ChartRequest) -> Self {
        Self {
            dataset,
            request,
            as_of: request.as_of.or_else(|| dataset.latest_month()),
        }
    }

    fn indicator(&self) -> Indicator {
        self.request.indicator
    }

    /// The language of the chart's texts.
    fn lang(&self) -> Lang {
        self.request.lang
    }

    fn scope(&self) -> &Scope {
        &self.request.scope
    }

    /// The figure of the request's scope for `indicator` and `span`.
    fn key(&self, indicator: Indicator, span: Span) -> Option<crate::FigureKey> {
        Some(crate::FigureKey {
            scope: self.scope().clone(),
            indicator,
            span,
        })
    }

    /// The month the data reaches in `year` when that year is still running.
    fn running_month(&self, year: i32) -> Option<u32> {
        planboard_model::running_month(Span::Year(year), self.as_of)
    }

    /// The year the charts of "now" are about: the as-of year, else the latest with data.
    fn current_year(&self) -> Option<i32> {
        self.as_of
            .map(|a| a.year)
            .or_else(|| self.dataset.years().last())
    }

    /// "城东街道" ("城东街道: " in English) for a unit, nothing for the district (titles name
    /// the district implicitly).
    fn scope_prefix(&self) -> String {
        match (self.scope(), self.lang()) {
            (Scope::District, _) => String::new(),
            (Scope::Unit(u), Lang::Zh) => u.to_string(),
            (Scope::Unit(u), Lang::En) => format!("{u}: "),
        }
    }

    /// "2026年1-10月", "2025年", "十四五期间" ("Jan–Oct 2026", "2025", "14th Five-Year Plan").
    fn span_text(&self, span: Span) -> String {
        match span {
            Span::Year(year) => match self.running_month(year) {
                Some(month) => self.lang().year_to(year, month),
                None => self.lang().span(span),
            },
            other => self.lang().span(other),
        }
    }

    fn chart(
        &self,
        title: String,
        legend: Vec<LegendEntry>,
        panels: Vec<crate::Panel>,
    ) -> ChartData {
        ChartData {
            kind: self.request.kind,
            lang: self.lang(),
            title,
            legend,
            panels,
            note: self.lang().note(self.as_of),
        }
    }
}

/// A value as the value axis draws it.
fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// A value of `indicator` on the value axis: a ratio in percent (its axis is "%").
fn axis_value(indicator: Indicator, value: Decimal) -> f64 {
    match indicator.measure() {
        Measure::Ratio => to_f64(value * Decimal::ONE_HUNDRED),
        Measure::Count | Measure::Money => to_f64(value),
    }
}

/// A series of one role from exact values, labelled with [`format::value`].
fn value_series(
    name: &str,
    role: Role,
    indicator: Indicator,
    values: &[Option<Decimal>],
) -> Series {
    Series {
        name: name.to_string(),
        roles: vec![role; values.len()],
        values: values
            .iter()
            .map(|v| v.map(|v| axis_value(indicator, v)))
            .collect(),
        labels: values
            .iter()
            .map(|v| match v {
                Some(_) => format::value(indicator, *v),
                None => String::new(),
            })
            .collect(),
    }
}

/// A panel of 目标 and 完成 columns per category, with 完成率 on the second axis when any
/// category has one (年度对比 and 规划期对比).
fn target_actual_panel(
    lang: Lang,
    indicator: Indicator,
    categories: Vec<String>,
    figures: &[planboard_model::Figure],
    keys: Vec<Option<crate::FigureKey>>,
    bands: Vec<crate::Band>,
) -> crate::Panel {
    let targets: Vec<_> = figures.iter().map(|f| f.target).collect();
    let actuals: Vec<_> = figures.iter().map(|f| f.actual).collect();
    let rates: Vec<_> = figures.iter().map(|f| f.rate()).collect();
    crate::Panel {
        subtitle: None,
        layout: crate::Layout::Columns,
        categories,
        value_unit: lang.unit(indicator).to_string(),
        integer_values: is_count(indicator),
        series: present(vec![
            value_series(
                lang.pick("目标", "Target"),
                Role::Target,
                indicator,
                &targets,
            ),
            value_series(
                lang.pick("完成", "Actual"),
                Role::Actual,
                indicator,
                &actuals,
            ),
        ]),
        stacked: false,
        bands,
        rates: rates.iter().any(Option::is_some).then(|| crate::Rates {
            name: rate_name(lang).to_string(),
            ratios: rates.iter().map(|r| r.map(to_f64)).collect(),
            labels: rates.iter().map(|r| format::percent(*r)).collect(),
            line: true,
        }),
        reference: None,
        end_labels: Vec::new(),
        figures: keys,
    }
}

/// Whether the indicator counts things (the value axis then steps by whole numbers).
fn is_count(indicator: Indicator) -> bool {
    indicator.measure() == Measure::Count
}

/// 完成率: the name of a completion rate.
fn rate_name(lang: Lang) -> &'static str {
    lang.pick("完成率", "Completion rate")
}

/// 完成率（右轴）: the legend entry of the rate line on the second axis.
fn rate_on_right_axis(lang: Lang) -> &'static str {
    lang.pick("完成率（右轴）", "Completion rate (right axis)")
}

/// A legend entry.
fn entry(label: impl Into<String>, role: Role, mark: Mark) -> LegendEntry {
    LegendEntry {
        label: label.into(),
        role,
        mark,
    }
}

/// The series that have at least one value (a chart without targets shows no 目标 bars).
fn present(series: Vec<Series>) -> Vec<Series> {
    series
        .into_iter()
        .filter(|s| s.values.iter().any(Option::is_some))
        .collect()
}

/// The legend of a panel's bar series (one entry per series, in its first role's colour) and
/// its rate line.
fn legend_of(panel: &crate::Panel, rate: Option<&str>) -> Vec<LegendEntry> {
    let mut legend: Vec<LegendEntry> = panel
        .series
        .iter()
        .map(|s| {
            entry(
                s.name.clone(),
                s.roles.first().copied().unwrap_or(Role::Actual),
                Mark::Bar,
            )
        })
        .collect();
    if let (Some(rate), Some(_)) = (rate, &panel.rates) {
        legend.push(entry(rate, Role::Rate, Mark::Line));
    }
    legend
}
