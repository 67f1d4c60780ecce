//! Chart data from a dataset: one module per kind, pure functions, testable without drawing.

mod industry;
mod monthly;
mod periods;
mod ranking;
mod yearly;

use crate::{ChartData, ChartKind, ChartRequest, LegendEntry, Mark, Role, Series};
use planboard_model::{format, Dataset, Decimal, Indicator, Measure, Scope, Span, YearMonth};
use rust_decimal::prelude::ToPrimitive;

/// The source named in every note line.
const SOURCE: &str = "来源：各单位报送的项目台账、完成情况表";

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

    /// "城东街道" for a unit, nothing for the district (titles name the district implicitly).
    fn scope_prefix(&self) -> String {
        match self.scope() {
            Scope::District => String::new(),
            Scope::Unit(u) => u.to_string(),
        }
    }

    /// "2026年1-10月", "2025年", "十四五期间".
    fn span_text(&self, span: Span) -> String {
        match span {
            Span::Year(year) => match self.running_month(year) {
                Some(month) => format!("{year}年1-{month}月"),
                None => format!("{year}年"),
            },
            Span::Plan(p) => format!("{p}期间"),
            other => other.to_string(),
        }
    }

    /// The note line: data date and source.
    fn note(&self) -> String {
        match self.as_of {
            Some(a) => format!("数据截至{}年{}月　{SOURCE}", a.year, a.month),
            None => SOURCE.to_string(),
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
            title,
            legend,
            panels,
            note: self.note(),
        }
    }
}

/// A value as the value axis draws it.
fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
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
        values: values.iter().map(|v| v.map(to_f64)).collect(),
        labels: values
            .iter()
            .map(|v| match v {
                Some(_) => format::value(indicator, *v),
                None => String::new(),
            })
            .collect(),
    }
}

/// Whether the indicator counts things (the value axis then steps by whole numbers).
/// A panel of 目标 and 完成 columns per category, with 完成率 on the second axis when any
/// category has one (年度对比 and 规划期对比).
fn target_actual_panel(
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
        value_unit: indicator.unit_zh().to_string(),
        integer_values: is_count(indicator),
        series: present(vec![
            value_series("目标", Role::Target, indicator, &targets),
            value_series("完成", Role::Actual, indicator, &actuals),
        ]),
        stacked: false,
        bands,
        rates: rates.iter().any(Option::is_some).then(|| crate::Rates {
            name: "完成率".to_string(),
            ratios: rates.iter().map(|r| r.map(to_f64)).collect(),
            labels: rates.iter().map(|r| format::percent(*r)).collect(),
            line: true,
        }),
        reference: None,
        end_labels: Vec::new(),
        figures: keys,
    }
}

fn is_count(indicator: Indicator) -> bool {
    indicator.measure() == Measure::Count
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
