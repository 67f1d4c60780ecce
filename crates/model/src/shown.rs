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
    /// running at the as-of month; never for a ratio.
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

    /// 序时进度 `indicator`'s figure over `span` is judged against at `as_of`: the span's
    /// ([`Dataset::schedule_at`]), never a ratio's — a share such as 开工率 does not grow with
    /// the months, so its actual is set against its whole target (if it has one).
    pub fn schedule_of(
        &self,
        indicator: Indicator,
        span: Span,
        as_of: Option<YearMonth>,
    ) -> Option<Decimal> {
        if self.is_ratio(indicator) {
            None
        } else {
            self.schedule_at(span, as_of)
        }
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
        let progress = self.schedule_of(indicator, span, as_of);
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

    #[test]
    fn a_ratio_is_never_set_against_the_schedule_a_count_is() {
        let rate = Indicator::new("contract_rate");
        let mut catalogue = crate::Catalogue::builtin();
        catalogue
            .upsert(crate::IndicatorDef::new(
                rate,
                "履约率",
                crate::MeasureUnit::from_zh("%").unwrap(),
                crate::Obtained::Reported,
            ))
            .unwrap();
        let of = |indicator, kind, value| Fact {
            key: FactKey {
                scope: Scope::District,
                indicator,
                span: Span::Year(2023),
                kind,
            },
            value,
            source: Provenance::row("全区.xlsx", "目标", 3),
        };
        let mut dataset = Dataset::from_parts(
            vec![
                target(2023, 10),
                of(rate, FactKind::Target, Decimal::new(9, 1)),
                of(rate, FactKind::Actual, Decimal::new(6, 1)),
            ],
            Vec::new(),
        );
        dataset.set_catalogue(catalogue);
        let june = YearMonth::new(2023, 6);
        let year = Span::Year(2023);
        let count = dataset.shown(&Scope::District, Indicator::FUNDS_IN_PLACE, year, june);
        assert_eq!(count.progress, Some(Decimal::new(5, 1)));
        // The ratio: its target against its actual, no 序时进度.
        let ratio = dataset.shown(&Scope::District, rate, year, june);
        assert_eq!(ratio.progress, None);
        assert_eq!(ratio.schedule(), Decimal::ONE);
        assert_eq!(ratio.figure.target, Some(Decimal::new(9, 1)));
        assert_eq!(dataset.schedule_of(rate, year, june), None);
        // So says the summary text.
        let text = crate::narrative::main_results(
            &dataset,
            &crate::narrative::NarrativeRequest {
                scope: Scope::District,
                span: year,
                as_of: june,
            },
        );
        let sentence = text
            .split('。')
            .find(|s| s.contains("履约率"))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(sentence.contains("任务数"), "{sentence}");
        assert!(!sentence.contains("序时进度"), "{sentence}");
    }
}
