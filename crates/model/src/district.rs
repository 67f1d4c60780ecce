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

    /// The facts [`Dataset::target`] takes for its figure, as indexes into
    /// [`Dataset::facts`], in order: the scope's own, or the units' when the district has
    /// none, or a plan's years'.
    pub fn target_fact_indexes(
        &self,
        scope: &Scope,
        indicator: Indicator,
        span: Span,
    ) -> Vec<usize> {
        let index = |scope: &Scope, span: Span| {
            let key = crate::FactKey {
                scope: scope.clone(),
                indicator,
                span,
                kind: FactKind::Target,
            };
            self.index.facts.get(&key).copied()
        };
        let own = |span: Span| index(scope, span);
        let mut out: Vec<usize> = match span {
            Span::Plan(period) => {
                let own_plan = own(span).filter(|_| *scope == Scope::District);
                let years: Vec<usize> = self
                    .years_in(period)
                    .into_iter()
                    .flat_map(|y| self.target_fact_indexes(scope, indicator, Span::Year(y)))
                    .collect();
                match own_plan {
                    Some(i) => vec![i],
                    None if years.is_empty() => own(span).into_iter().collect(),
                    None => years,
                }
            }
            Span::Year(_) if *scope == Scope::District => match own(span) {
                Some(i) => vec![i],
                None => self
                    .units()
                    .iter()
                    .filter_map(|u| index(&Scope::Unit(u.clone()), span))
                    .collect(),
            },
            _ => own(span).into_iter().collect(),
        };
        out.sort_unstable();
        out
    }

    /// The sum of the units' own facts of this kind for a span; `None` when no unit has one.
    /// Never for an indicator whose district figure is not the units' sum (a ratio).
    pub fn units_sum(&self, indicator: Indicator, span: Span, kind: FactKind) -> Option<Decimal> {
        if !self.sums_units(indicator) {
            return None;
        }
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
            .filter(|u| !self.index.parts.contains(*u))
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
            let complete = self.sums_units(key.indicator)
                && match key.kind {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FactKey, UnitName};

    fn target(scope: Scope, span: Span, value: i64, row: u32) -> Fact {
        Fact {
            key: FactKey {
                scope,
                indicator: Indicator::SIGNED_PROJECTS,
                span,
                kind: FactKind::Target,
            },
            value: Decimal::from(value),
            source: Provenance::row("分解表.xlsx", "2024年", row).with_column("C"),
        }
    }

    fn unit(name: &str) -> Scope {
        Scope::Unit(UnitName::new(name).unwrap_or_else(|| unreachable!()))
    }

    #[test]
    fn the_districts_own_target_wins_and_the_units_sum_is_a_check() {
        let y = |year| Span::Year(year);
        let dataset = Dataset::from_parts(
            vec![
                target(unit("城东街道"), y(2024), 6, 3),
                target(unit("北山镇"), y(2024), 5, 4),
                target(Scope::District, y(2024), 10, 5),
                target(unit("城东街道"), y(2025), 7, 3),
                target(unit("北山镇"), y(2025), 4, 4),
            ],
            Vec::new(),
        );
        let district = |span| dataset.target(&Scope::District, Indicator::SIGNED_PROJECTS, span);
        // 2024: the district's 10, not the units' 11; 2025: no district figure, the units' 11.
        assert_eq!(district(y(2024)), Some(Decimal::from(10)));
        assert_eq!(district(y(2025)), Some(Decimal::from(11)));
        let basis = |span| dataset.district_target_basis(Indicator::SIGNED_PROJECTS, span);
        assert_eq!(basis(y(2024)), DistrictBasis::Own);
        assert_eq!(basis(y(2025)), DistrictBasis::UnitsSum);
        assert_eq!(basis(y(2026)), DistrictBasis::None);
        let indexes =
            |span| dataset.target_fact_indexes(&Scope::District, Indicator::SIGNED_PROJECTS, span);
        assert_eq!(indexes(y(2024)), [2]);
        assert_eq!(indexes(y(2025)), [3, 4]);
        let conflicts = dataset.district_conflicts();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].span, y(2024));
        assert_eq!(conflicts[0].district.0, Decimal::from(10));
        assert_eq!(conflicts[0].units_sum, Decimal::from(11));
        assert_eq!(conflicts[0].units.len(), 2);
        assert_eq!(span_key(y(2024)), "2024");
    }

    #[test]
    fn a_part_of_another_row_is_never_added_to_the_units_sum() {
        let y = Span::Year(2023);
        let mut dataset = Dataset::new();
        dataset.add(crate::Batch {
            source: Some(crate::SourceFile {
                path: "分解表.xlsx".into(),
                fingerprint: "f".into(),
                kinds: [crate::SourceKind::TargetBreakdown].into(),
                units: ["高新区", "本级"]
                    .iter()
                    .filter_map(|u| UnitName::new(u))
                    .collect(),
                years: [2023].into(),
                parts: UnitName::new("本级").into_iter().collect(),
            }),
            facts: vec![
                target(unit("高新区"), y, 8, 3),
                target(unit("本级"), y, 23, 4),
            ],
            projects: Vec::new(),
        });
        assert_eq!(
            dataset.units_sum(Indicator::SIGNED_PROJECTS, y, FactKind::Target),
            Some(Decimal::from(8))
        );
        assert_eq!(
            dataset.target(&unit("本级"), Indicator::SIGNED_PROJECTS, y),
            Some(Decimal::from(23))
        );
        assert_eq!(
            span_key(Span::YearToDate {
                year: 2026,
                through: 10
            }),
            "2026-01~10"
        );
    }
}
