//! What is shown for a figure — in the window, the charts, the summary text and the exported
//! tables alike: its target, its actual, the span the actual covers and the 序时进度 it is judged
//! against. One rule for a year still running and a plan period still running.

use crate::query::schedule_progress;
use crate::{Dataset, Decimal, Figure, Indicator, Scope, Span, YearMonth};

/// A figure as it is shown.
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

/// The last month with data of `span` when it is a year still running at `as_of` (January to
/// that month is what its actual covers); `None` for a finished year or another span.
pub fn running_month(span: Span, as_of: Option<YearMonth>) -> Option<u32> {
    match (span, as_of) {
        (Span::Year(year), Some(a)) if a.year == year && a.month < 12 => Some(a.month),
        _ => None,
    }
}

impl Dataset {
    /// 序时进度 of `span` at `as_of`: months elapsed ÷ 12 for a running year; for a running plan
    /// period the share of its years with data elapsed (the last of them running); `None` for
    /// a finished span.
    pub fn schedule_at(&self, span: Span, as_of: Option<YearMonth>) -> Option<Decimal> {
        if let (Span::Plan(period), Some(month)) = (span, as_of) {
            let years = self.years_in(period);
            if years.last() == Some(&month.year) && month.month < 12 {
                let elapsed = Decimal::from(years.len() - 1) + schedule_progress(month.month);
                return Some(elapsed / Decimal::from(years.len()));
            }
        }
        running_month(span, as_of).map(schedule_progress)
    }

    /// The figure of `scope` and `indicator` over `span` as it is shown at `as_of`: for a
    /// running year the actual to date against 序时进度; for a running plan period the share of
    /// its years with data elapsed.
    pub fn shown(
        &self,
        scope: &Scope,
        indicator: Indicator,
        span: Span,
        as_of: Option<YearMonth>,
    ) -> Shown {
        let progress = self.schedule_at(span, as_of);
        match (running_month(span, as_of), span) {
            // A running year: its actual to date.
            (Some(through), Span::Year(year)) => {
                let actual_span = Span::YearToDate { year, through };
                Shown {
                    figure: Figure {
                        target: self.target(scope, indicator, span),
                        actual: self.actual(scope, indicator, actual_span),
                    },
                    progress,
                    actual_span,
                }
            }
            // A plan's target is the sum of its years with data, so its schedule is theirs.
            _ => Shown {
                figure: self.figure(scope, indicator, span),
                progress,
                actual_span: span,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{Fact, FactKey, FactKind, PlanPeriod, Provenance};

    fn target(year: i32, value: i64) -> Fact {
        Fact {
            key: FactKey {
                scope: Scope::District,
                indicator: Indicator::FUNDS_IN_PLACE,
                span: Span::Year(year),
                kind: FactKind::Target,
            },
            value: Decimal::from(value),
            source: Provenance::row("全区.xlsx", "目标", 3),
        }
    }

    #[test]
    fn a_running_year_and_a_running_plan_are_judged_by_one_rule() {
        let dataset = Dataset::from_parts(
            vec![target(2021, 10), target(2022, 10), target(2023, 10)],
            Vec::new(),
        );
        let june = YearMonth::new(2023, 6);
        let plan = Span::Plan(PlanPeriod::new(14).unwrap());
        // Two whole years and half of the third: 2.5 of 3.
        assert_eq!(
            dataset.schedule_at(plan, june),
            Some(Decimal::new(25, 1) / Decimal::from(3))
        );
        assert_eq!(
            dataset.schedule_at(Span::Year(2023), june),
            Some(Decimal::new(5, 1))
        );
        assert_eq!(dataset.schedule_at(Span::Year(2022), june), None);
        assert_eq!(dataset.schedule_at(plan, YearMonth::new(2023, 12)), None);
        let shown = dataset.shown(
            &Scope::District,
            Indicator::FUNDS_IN_PLACE,
            Span::Year(2023),
            june,
        );
        assert_eq!(
            shown.actual_span,
            Span::YearToDate {
                year: 2023,
                through: 6
            }
        );
        assert_eq!(shown.figure.target, Some(Decimal::from(10)));
        assert_eq!(running_month(Span::Year(2023), june), Some(6));
        assert_eq!(running_month(plan, june), None);
    }
}
