//! The district's figure: its own (the 市下达任务 a district report or a breakdown's 合计 row
//! states) wins over the sum of its units'; the sum is the fallback and a check. A
//! difference between the two is a conflict the window, `check` and `summary` show.

use crate::{Dataset, Fact, FactKind, Indicator, Provenance, Scope, Span};
use rust_decimal::Decimal;

/// Where the district's target of an indicator and span comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DistrictBasis {
    /// The district's own figure.
    Own,
    /// The sum of the units' figures (no district-level figure exists).
    UnitsSum,
    /// Neither exists.
    None,
}

/// The district's own figure and the units' sum disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictConflict {
    /// The indicator.
    pub indicator: Indicator,
    /// The span (a year, or a year to date for reported actuals).
    pub span: Span,
    /// Target or actual.
    pub field: FactKind,
    /// The district's own figure and where it stands.
    pub district: (Decimal, Provenance),
    /// The sum of the units' figures.
    pub units_sum: Decimal,
    /// Where the units' figures stand.
    pub units: Vec<Provenance>,
}

impl Dataset {
    /// Which figure [`Dataset::target`] takes for the district.
    pub fn district_target_basis(&self, indicator: Indicator, span: Span) -> DistrictBasis {
        let own_plan = matches!(span, Span::Plan(_))
            && self
                .fact_entry(&Scope::District, indicator, span, FactKind::Target)
                .is_some();
        if own_plan {
            return DistrictBasis::Own;
        }
        let span = match span {
            Span::Plan(period) => match self.years_in(period).first() {
                Some(&y) => Span::Year(y),
                None => span,
            },
            span => span,
        };
        if self
            .fact_entry(&Scope::District, indicator, span, FactKind::Target)
            .is_some()
        {
            DistrictBasis::Own
        } else if self.units_sum(indicator, span, FactKind::Target).is_some() {
            DistrictBasis::UnitsSum
        } else {
            DistrictBasis::None
        }
    }

    /// The sum of the units' own facts of this kind; `None` when no unit has one.
    pub(crate) fn units_sum(
        &self,
        indicator: Indicator,
        span: Span,
        kind: FactKind,
    ) -> Option<Decimal> {
        self.unit_facts(indicator, span, kind)
            .map(|f| f.value)
            .reduce(|a, b| a + b)
    }

    fn unit_facts(
        &self,
        indicator: Indicator,
        span: Span,
        kind: FactKind,
    ) -> impl Iterator<Item = &Fact> + '_ {
        self.units()
            .iter()
            .filter_map(move |u| self.fact_entry(&Scope::Unit(u.clone()), indicator, span, kind))
    }

    /// Every district target, and every district reported actual of a span all units
    /// report, that differs from the sum of the units' figures.
    pub fn district_conflicts(&self) -> Vec<DistrictConflict> {
        let mut out = Vec::new();
        for fact in self.facts() {
            let key = &fact.key;
            if key.scope != Scope::District || matches!(key.span, Span::Plan(_)) {
                continue;
            }
            // The district's current fact only (an older version of the key is replaced).
            let Some(own) = self.fact_entry(&key.scope, key.indicator, key.span, key.kind) else {
                continue;
            };
            if !std::ptr::eq(own, fact) {
                continue;
            }
            let parts: Vec<&Fact> = self.unit_facts(key.indicator, key.span, key.kind).collect();
            let complete = match key.kind {
                FactKind::Target => !parts.is_empty(),
                // A reported actual is compared only when every unit reported it.
                FactKind::Actual => {
                    key.indicator.source() != crate::Source::Ledger
                        && !parts.is_empty()
                        && parts.len() == self.units().len()
                }
            };
            if !complete {
                continue;
            }
            let sum: Decimal = parts.iter().map(|f| f.value).sum();
            if sum != fact.value {
                out.push(DistrictConflict {
                    indicator: key.indicator,
                    span: key.span,
                    field: key.kind,
                    district: (fact.value, fact.source.clone()),
                    units_sum: sum,
                    units: parts.iter().map(|f| f.source.clone()).collect(),
                });
            }
        }
        out.sort_by_key(|c| (c.indicator, c.span, c.field));
        out
    }
}

/// A span as `summary --json` names it: "2016", "十三五", "2026-10" (a month), "2026-01~10"
/// (January through October).
pub fn span_key(span: Span) -> String {
    match span {
        Span::Year(y) => y.to_string(),
        Span::Plan(p) => p.name_zh(),
        Span::Month { year, month } => format!("{year}-{month:02}"),
        Span::YearToDate { year, through } => format!("{year}-01~{through:02}"),
    }
}
