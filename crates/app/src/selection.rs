//! What the user chose to see: plan period, year, unit, indicator and as-of month.

use planboard_model::{
    schedule_progress, Dataset, Decimal, Figure, Indicator, PlanPeriod, Scope, Span, YearMonth,
};

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
            indicator: Indicator::SignedProjects,
            as_of: None,
        }
    }
}

/// A figure as the views show it: target, actual and, for a running year, 序时进度.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Target and actual.
    pub figure: Figure,
    /// 序时进度 when the span is a year (or a plan whose last year with data is a year) still
    /// running at the as-of month.
    pub progress: Option<Decimal>,
    /// The span the actual covers (the year to date for a running year).
    pub actual_span: Span,
}

impl Shown {
    /// The schedule the figure is judged against: 序时进度, or all of it for a finished span.
    pub fn schedule(&self) -> Decimal {
        self.progress.unwrap_or(Decimal::ONE)
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

    /// The figure of `scope` and `indicator` over `span`, with 序时进度 and the actual to date
    /// when `span` is a year still running at `as_of`.
    pub fn shown(
        dataset: &Dataset,
        scope: &Scope,
        indicator: Indicator,
        span: Span,
        as_of: Option<YearMonth>,
    ) -> Shown {
        let running = match (span, as_of) {
            (Span::Year(year), Some(month)) if month.year == year && month.month < 12 => {
                Some(month.month)
            }
            _ => None,
        };
        // A plan still running: its target is the sum of the years with data, the last of
        // them running, so the schedule is the share of those years elapsed.
        if let (Span::Plan(period), Some(month)) = (span, as_of) {
            let years = dataset.years_in(period);
            if years.last() == Some(&month.year) && month.month < 12 {
                let elapsed = Decimal::from(years.len() - 1) + schedule_progress(month.month);
                return Shown {
                    figure: dataset.figure(scope, indicator, span),
                    progress: Some(elapsed / Decimal::from(years.len())),
                    actual_span: span,
                };
            }
        }
        match (running, span) {
            (Some(through), Span::Year(year)) => {
                let actual_span = Span::YearToDate { year, through };
                Shown {
                    figure: Figure {
                        target: dataset.target(scope, indicator, span),
                        actual: dataset.actual(scope, indicator, actual_span),
                    },
                    progress: Some(schedule_progress(through)),
                    actual_span,
                }
            }
            _ => Shown {
                figure: dataset.figure(scope, indicator, span),
                progress: None,
                actual_span: span,
            },
        }
    }
}
