//! What the user chose to see: plan period, year, unit, indicator and as-of month.

use planboard_model::{Dataset, Indicator, PlanPeriod, Scope, Span, YearMonth};

/// The choices of the selection bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The plan period; `None` only while there is no data.
    pub period: Option<PlanPeriod>,
    /// One year of the period, or the whole period.
    pub year: Option<i32>,
    /// The whole district or one unit.
    pub scope: Scope,
    /// The indicator the tables rank by and the charts show.
    pub indicator: Indicator,
    /// The as-of month the user chose; `None` follows the data's latest month.
    pub as_of: Option<YearMonth>,
}

impl Default for Selection {
    fn default() -> Self {
        Self {
            period: None,
            year: None,
            scope: Scope::District,
            indicator: Indicator::SIGNED_PROJECTS,
            as_of: None,
        }
    }
}

impl Selection {
    /// Keeps the choices valid for `dataset`: a period that has data (the latest when the
    /// chosen one has none), a year of it, a known unit.
    pub fn fit(&mut self, dataset: &Dataset) {
        let periods = dataset.periods();
        if !self.period.is_some_and(|p| periods.contains(&p)) {
            self.period = periods.last().copied();
            self.year = None;
        }
        if let (Some(year), Some(period)) = (self.year, self.period) {
            if !period.contains(year) {
                self.year = None;
            }
        }
        if let Scope::Unit(unit) = &self.scope {
            if !dataset.units().contains(unit) {
                self.scope = Scope::District;
            }
        }
    }

    /// The span the views show: the year, else the whole period.
    pub fn span(&self) -> Option<Span> {
        self.year
            .map(Span::Year)
            .or_else(|| self.period.map(Span::Plan))
    }

    /// The as-of month in force: the chosen one, else the latest in the data.
    pub fn as_of(&self, dataset: &Dataset) -> Option<YearMonth> {
        self.as_of.or_else(|| dataset.latest_month())
    }
}
