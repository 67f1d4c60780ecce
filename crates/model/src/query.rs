//! Queries: the target and actual of any scope, indicator and span; rates and rankings.

use crate::{
    Dataset, FactKey, FactKind, Indicator, Measure, Obtained, PlanPeriod, Scope, Span, UnitName,
};
use rust_decimal::Decimal;

/// A target and an actual side by side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figure {
    /// 目标; `None` when no target exists.
    pub target: Option<Decimal>,
    /// 完成; `None` when nothing was reported.
    pub actual: Option<Decimal>,
}

impl Figure {
    /// 完成率 = actual ÷ target as a ratio (1.2769 for 127.69%); `None` without both or with a
    /// zero target.
    pub fn rate(&self) -> Option<Decimal> {
        completion_rate(self.actual, self.target)
    }
}

/// actual ÷ target; `None` when either is missing or the target is zero.
pub fn completion_rate(actual: Option<Decimal>, target: Option<Decimal>) -> Option<Decimal> {
    let (actual, target) = (actual?, target?);
    if target.is_zero() {
        return None;
    }
    actual.checked_div(target)
}

/// 序时进度 after `month` months: month ÷ 12 as a ratio.
pub fn schedule_progress(month: u32) -> Decimal {
    Decimal::from(month.min(12)) / Decimal::from(12)
}

/// 同比: a cumulative figure against the same months of the year before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearOnYear {
    /// This year, January through the month.
    pub current: Option<Decimal>,
    /// Last year, the same months.
    pub previous: Option<Decimal>,
}

impl YearOnYear {
    /// The growth ratio (0.25 for +25%); `None` without both or from zero.
    pub fn growth(&self) -> Option<Decimal> {
        completion_rate(self.current, self.previous).map(|r| r - Decimal::ONE)
    }
}

/// What a 排名 is by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankBasis {
    /// Completion rate (完成率): some unit has a target.
    Rate,
    /// The actual itself: no unit has a target (a ratio, 外资项目 …).
    Actual,
}

impl RankBasis {
    /// The value a figure is ranked by.
    pub fn value(self, figure: &Figure) -> Option<Decimal> {
        match self {
            RankBasis::Rate => figure.rate(),
            RankBasis::Actual => figure.actual,
        }
    }
}

/// One unit's place in a ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// The unit.
    pub unit: UnitName,
    /// Its target and actual.
    pub figure: Figure,
    /// 1-based rank by the ranking's [`RankBasis`]; `None` when the unit has no such value.
    pub rank: Option<usize>,
}

impl Dataset {
    /// Target and actual of `scope` for `indicator` over `span`.
    pub fn figure(&self, scope: &Scope, indicator: Indicator, span: Span) -> Figure {
        Figure {
            target: self.target(scope, indicator, span),
            actual: self.actual(scope, indicator, span),
        }
    }

    /// The years of `period` that have data.
    pub fn years_in(&self, period: PlanPeriod) -> Vec<i32> {
        self.years().filter(|y| period.contains(*y)).collect()
    }

    /// Plan periods that have data, in order.
    pub fn periods(&self) -> Vec<PlanPeriod> {
        let mut periods: Vec<PlanPeriod> =
            self.years().filter_map(PlanPeriod::containing).collect();
        periods.dedup();
        periods
    }

    /// The latest month that has monthly data (a month figure, a cumulative figure or a
    /// signed project).
    pub fn latest_month(&self) -> Option<crate::YearMonth> {
        let from_facts = self.facts().iter().filter_map(|f| match f.key.span {
            Span::Month { year, month }
            | Span::YearToDate {
                year,
                through: month,
            } => crate::YearMonth::new(year, month),
            _ => None,
        });
        let from_projects = self
            .index
            .ledger
            .keys()
            .filter_map(|(_, y, m)| crate::YearMonth::new(*y, *m));
        from_facts.chain(from_projects).max()
    }

    /// The actual (完成数). Ledger indicators are derived from the projects of units that sent
    /// a ledger (zero when none was signed); a ratio is the quotient of its parts' actuals
    /// (else its own reported figure, never a sum); otherwise the reported figure is used.
    pub fn actual(&self, scope: &Scope, indicator: Indicator, span: Span) -> Option<Decimal> {
        let from = self.catalogue().get(indicator).map(|d| &d.from);
        if let Some(Obtained::Ratio(numerator, denominator)) = from {
            let quotient = completion_rate(
                self.actual(scope, *numerator, span),
                self.actual(scope, *denominator, span),
            );
            return quotient.or_else(|| self.fact(scope, indicator, span, FactKind::Actual));
        }
        if let Span::Plan(period) = span {
            if !self.sums_years(indicator) {
                return self.fact(scope, indicator, span, FactKind::Actual);
            }
            return self.sum_years(period, |y| self.actual(scope, indicator, Span::Year(y)));
        }
        if matches!(from, Some(Obtained::Ledger(_))) && self.has_ledger(scope) {
            return Some(self.ledger_value(scope, indicator, span));
        }
        self.reported_actual(scope, indicator, span)
    }

    /// The target (目标). A district target is the district's own (the 市下达任务 a report
    /// or a breakdown's 合计 row states), else the sum of its units' targets
    /// ([`Dataset::district_target_basis`]); a period target is the sum of its years'. A
    /// ratio's target is only ever its own figure.
    pub fn target(&self, scope: &Scope, indicator: Indicator, span: Span) -> Option<Decimal> {
        match span {
            Span::Plan(_) if !self.sums_years(indicator) => {
                self.fact(scope, indicator, span, FactKind::Target)
            }
            // The district's own plan target (a “十三五”目标 column) wins over its years'.
            Span::Plan(_) if *scope == Scope::District => self
                .fact(scope, indicator, span, FactKind::Target)
                .or_else(|| self.plan_target_by_years(scope, indicator, span)),
            Span::Plan(_) => self.plan_target_by_years(scope, indicator, span),
            Span::Year(_) if *scope == Scope::District => self
                .fact(scope, indicator, span, FactKind::Target)
                .or_else(|| self.units_sum(indicator, span, FactKind::Target)),
            Span::Year(_) | Span::Month { .. } | Span::YearToDate { .. } => {
                self.fact(scope, indicator, span, FactKind::Target)
            }
        }
    }

    /// Whether a figure of the indicator over years is their sum (not for ratios and %).
    pub(crate) fn sums_years(&self, indicator: Indicator) -> bool {
        !self.is_ratio(indicator)
    }

    /// Whether the catalogue measures the indicator as a ratio (%): never summed, never set
    /// against 序时进度.
    pub(crate) fn is_ratio(&self, indicator: Indicator) -> bool {
        self.catalogue()
            .get(indicator)
            .is_some_and(|d| d.measure.kind() == Measure::Ratio)
    }

    /// Whether the district figure of the indicator may be the sum of its units'.
    pub(crate) fn sums_units(&self, indicator: Indicator) -> bool {
        self.sums_years(indicator) && self.catalogue().get(indicator).is_none_or(|d| d.sum_units)
    }

    /// A plan's target as the sum of its years', else the plan's own figure.
    fn plan_target_by_years(
        &self,
        scope: &Scope,
        indicator: Indicator,
        span: Span,
    ) -> Option<Decimal> {
        let Span::Plan(period) = span else {
            return None;
        };
        self.sum_years(period, |y| self.target(scope, indicator, Span::Year(y)))
            .or_else(|| self.fact(scope, indicator, span, FactKind::Target))
    }

    /// 同比 of the cumulative figure through `month` of `year`.
    pub fn year_on_year(
        &self,
        scope: &Scope,
        indicator: Indicator,
        year: i32,
        month: u32,
    ) -> YearOnYear {
        YearOnYear {
            current: self.actual(
                scope,
                indicator,
                Span::YearToDate {
                    year,
                    through: month,
                },
            ),
            previous: self.actual(
                scope,
                indicator,
                Span::YearToDate {
                    year: year - 1,
                    through: month,
                },
            ),
        }
    }

    /// What the units' 排名 of `indicator` over `span` is by: completion rate when any unit
    /// has a target, else the actual itself.
    pub fn rank_basis(&self, indicator: Indicator, span: Span) -> RankBasis {
        let targeted = self.units().iter().any(|u| {
            self.target(&Scope::Unit(u.clone()), indicator, span)
                .is_some()
        });
        if targeted {
            RankBasis::Rate
        } else {
            RankBasis::Actual
        }
    }

    /// Units ranked by [`Dataset::rank_basis`], best first (排名); units without that value
    /// come last, unranked. Equal values share a rank.
    pub fn ranking(&self, indicator: Indicator, span: Span) -> Vec<Ranked> {
        let basis = self.rank_basis(indicator, span);
        let mut rows: Vec<Ranked> = self
            .units()
            .iter()
            .map(|u| Ranked {
                unit: u.clone(),
                figure: self.figure(&Scope::Unit(u.clone()), indicator, span),
                rank: None,
            })
            .collect();
        rows.sort_by(|a, b| {
            basis
                .value(&b.figure)
                .cmp(&basis.value(&a.figure))
                .then_with(|| a.unit.cmp(&b.unit))
        });
        let mut previous: Option<(Decimal, usize)> = None;
        for (i, row) in rows.iter_mut().enumerate() {
            if let Some(rate) = basis.value(&row.figure) {
                let rank = match previous {
                    Some((r, rank)) if r == rate => rank,
                    _ => i + 1,
                };
                row.rank = Some(rank);
                previous = Some((rate, rank));
            }
        }
        rows
    }

    /// The latest fact with this key.
    fn fact(
        &self,
        scope: &Scope,
        indicator: Indicator,
        span: Span,
        kind: FactKind,
    ) -> Option<Decimal> {
        self.fact_entry(scope, indicator, span, kind)
            .map(|f| f.value)
    }

    /// The latest fact with this key, with its source.
    pub(crate) fn fact_entry(
        &self,
        scope: &Scope,
        indicator: Indicator,
        span: Span,
        kind: FactKind,
    ) -> Option<&crate::Fact> {
        let key = FactKey {
            scope: scope.clone(),
            indicator,
            span,
            kind,
        };
        self.index.facts.get(&key).map(|&i| &self.facts()[i])
    }

    fn sum_years(
        &self,
        period: PlanPeriod,
        value: impl Fn(i32) -> Option<Decimal>,
    ) -> Option<Decimal> {
        let years = self.years_in(period);
        if years.is_empty() {
            return None;
        }
        years.into_iter().map(value).sum()
    }

    fn has_ledger(&self, scope: &Scope) -> bool {
        match scope {
            Scope::District => !self.index.ledger_units.is_empty(),
            Scope::Unit(u) => self.index.ledger_units.contains(u),
        }
    }

    fn ledger_value(&self, scope: &Scope, indicator: Indicator, span: Span) -> Decimal {
        let (year, months) = match span {
            Span::Year(y) => (y, 1..=12),
            Span::Month { year, month } => (year, month..=month),
            Span::YearToDate { year, through } => (year, 1..=through),
            Span::Plan(_) => return Decimal::ZERO,
        };
        let units: Vec<&UnitName> = match scope {
            Scope::District => self.index.ledger_units.iter().collect(),
            Scope::Unit(u) => vec![u],
        };
        let mut total = Decimal::ZERO;
        for unit in units {
            for month in months.clone() {
                if let Some(m) = self.index.ledger.get(&(unit.clone(), year, month)) {
                    total += m.get(&indicator).copied().unwrap_or_default();
                }
            }
        }
        total
    }

    /// A reported actual: the figure itself, else what its parts give (a year from its
    /// cumulative or monthly figures, a month from two cumulative figures).
    fn reported_actual(&self, scope: &Scope, indicator: Indicator, span: Span) -> Option<Decimal> {
        let get = |span| self.fact(scope, indicator, span, FactKind::Actual);
        if let Some(v) = get(span) {
            return Some(v);
        }
        match span {
            Span::Year(year) => (1..=12)
                .rev()
                .find_map(|through| get(Span::YearToDate { year, through }))
                .or_else(|| self.sum_months(scope, indicator, year, 12, true)),
            Span::Month { year, month } => {
                let through = get(Span::YearToDate {
                    year,
                    through: month,
                })?;
                if month == 1 {
                    return Some(through);
                }
                let before = get(Span::YearToDate {
                    year,
                    through: month - 1,
                })?;
                Some(through - before)
            }
            Span::YearToDate { year, through } => {
                if through == 12 {
                    if let Some(v) = get(Span::Year(year)) {
                        return Some(v);
                    }
                }
                self.sum_months(scope, indicator, year, through, false)
            }
            Span::Plan(_) => None,
        }
    }

    /// The sum of monthly figures 1…`through`; with `partial`, the months reported so far
    /// (at least one), else all of them or nothing.
    fn sum_months(
        &self,
        scope: &Scope,
        indicator: Indicator,
        year: i32,
        through: u32,
        partial: bool,
    ) -> Option<Decimal> {
        let values: Vec<Option<Decimal>> = (1..=through)
            .map(|month| {
                self.fact(
                    scope,
                    indicator,
                    Span::Month { year, month },
                    FactKind::Actual,
                )
            })
            .collect();
        if partial {
            let known: Vec<Decimal> = values.into_iter().flatten().collect();
            (!known.is_empty()).then(|| known.into_iter().sum())
        } else {
            values.into_iter().sum()
        }
    }
}
