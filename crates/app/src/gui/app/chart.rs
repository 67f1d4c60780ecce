//! The chart of the current selection, built when the 图表 tab shows.

use super::PlanboardApp;
use crate::gui::tabs::Tab;
use planboard_charts::{ChartKind, ChartRequest};
use planboard_model::Span;

impl PlanboardApp {
    /// The chart request of the current selection.
    fn chart_request(&self) -> ChartRequest {
        let selection = &self.selection;
        let as_of = selection.as_of(self.document.dataset());
        let span = match self.chart_kind {
            ChartKind::YearlyComparison => selection.period.map(Span::Plan),
            ChartKind::PeriodComparison => None,
            ChartKind::MonthlyProgress => selection
                .year
                .or_else(|| as_of.map(|m| m.year))
                .map(Span::Year),
            ChartKind::UnitRanking | ChartKind::IndustryAndStages => selection.span(),
        };
        ChartRequest {
            kind: self.chart_kind,
            indicator: selection.indicator,
            span,
            scope: selection.scope.clone(),
            as_of: selection.as_of,
            lang: self.lang.into(),
        }
    }

    /// Rebuilds the chart when the 图表 tab shows and the data or the request changed.
    pub(super) fn refresh_chart(&mut self) {
        if self.tab != Tab::Charts {
            return;
        }
        let generation = self.document.generation();
        let request = self.chart_request();
        if self
            .chart
            .as_ref()
            .is_some_and(|(g, r, _)| *g == generation && *r == request)
        {
            return;
        }
        let chart = planboard_charts::chart_data(self.document.dataset(), &request);
        self.chart = Some((generation, request, chart));
    }
}
