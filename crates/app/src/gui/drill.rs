//! Drill-down: what a figure is made of — the ledger projects counted, or the reported facts
//! behind it — each with its file, sheet and row.

use planboard_model::{
    Catalogue, Dataset, Decimal, DistrictBasis, Fact, FactKey, FactKind, Indicator, Obtained,
    Project, Scope, Source, Span,
};
use std::collections::BTreeMap;

/// The figure the user clicked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrillTarget {
    /// District or unit.
    pub scope: Scope,
    /// The indicator.
    pub indicator: Indicator,
    /// The span of the figure.
    pub span: Span,
}

/// What a figure is made of, computed once when the drill-down opens or the data changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DrillDown {
    /// Indexes into `Dataset::projects` of the projects counted in the actual.
    pub projects: Vec<usize>,
    /// Indexes into `Dataset::facts` of the reported actuals behind the actual.
    pub actual_facts: Vec<usize>,
    /// Indexes into `Dataset::facts` of the targets summed into the target.
    pub target_facts: Vec<usize>,
    /// For the district: whether its target is its own figure or its units' sum.
    pub target_basis: Option<DistrictBasis>,
    /// For the district with a target of its own: the units' targets summed, when they add
    /// up to something else.
    pub units_target_sum: Option<Decimal>,
}

impl DrillDown {
    /// The parts of `target`'s figure in `dataset`.
    pub fn of(dataset: &Dataset, target: &DrillTarget) -> Self {
        let projects = if target.indicator.source() == Source::Ledger {
            dataset
                .projects()
                .iter()
                .enumerate()
                .filter(|(_, p)| counts(p, target, dataset.catalogue()))
                .map(|(i, _)| i)
                .collect()
        } else {
            Vec::new()
        };
        let facts_of = |kind: FactKind| -> Vec<usize> {
            // The latest fact of each key is the one the figure uses (later imports win).
            let mut latest: BTreeMap<&FactKey, usize> = BTreeMap::new();
            for (i, fact) in dataset.facts().iter().enumerate() {
                if fact_is_part(fact, target, kind) {
                    latest.insert(&fact.key, i);
                }
            }
            let mut used: Vec<usize> = latest.into_values().collect();
            used.sort_unstable();
            used
        };
        let actual_facts = if projects.is_empty() {
            facts_of(FactKind::Actual)
        } else {
            Vec::new()
        };
        let target_basis = (target.scope == Scope::District)
            .then(|| dataset.district_target_basis(target.indicator, target.span));
        let units_target_sum = match target_basis {
            Some(DistrictBasis::Own) => {
                let own = dataset.target(&Scope::District, target.indicator, target.span);
                dataset
                    .units_sum(target.indicator, target.span, FactKind::Target)
                    .filter(|sum| Some(*sum) != own)
            }
            _ => None,
        };
        Self {
            projects,
            actual_facts,
            // The model's rule: the district's own target, else its units'.
            target_facts: dataset.target_fact_indexes(&target.scope, target.indicator, target.span),
            target_basis,
            units_target_sum,
        }
    }
}

/// Whether `span` (of a fact) lies within `within` (the figure's span).
fn span_within(span: Span, within: Span) -> bool {
    match within {
        Span::Plan(period) => match span {
            Span::Plan(p) => p == period,
            other => period.contains(other.year()),
        },
        Span::Year(year) => !matches!(span, Span::Plan(_)) && span.year() == year,
        Span::YearToDate { year, through } => match span {
            Span::Month { year: y, month }
            | Span::YearToDate {
                year: y,
                through: month,
            } => y == year && month <= through,
            _ => false,
        },
        Span::Month { .. } => span == within,
    }
}

/// Whether a ledger project is counted in the figure of `target` by the catalogue's rule.
fn counts(project: &Project, target: &DrillTarget, rules: &Catalogue) -> bool {
    if let Scope::Unit(unit) = &target.scope {
        if project.unit != *unit {
            return false;
        }
    }
    let Some((year, month)) = project.signed_month() else {
        return false;
    };
    let in_span = match target.span {
        Span::Plan(period) => period.contains(year),
        Span::Year(y) => y == year,
        Span::YearToDate { year: y, through } => y == year && month <= through,
        Span::Month { year: y, month: m } => y == year && m == month,
    };
    in_span
        && match &rules.get(target.indicator).map(|d| &d.from) {
            Some(Obtained::Ledger(rule)) => rule.takes(project),
            _ => false,
        }
}

/// Whether a fact is one of the parts of `target`'s actual (targets follow the model's rule).
fn fact_is_part(fact: &Fact, target: &DrillTarget, kind: FactKind) -> bool {
    let key = &fact.key;
    if key.kind != kind || key.indicator != target.indicator {
        return false;
    }
    key.scope == target.scope && span_within(key.span, target.span)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use planboard_model::{Decimal, FactKey, NaiveDate, PlanPeriod, Provenance, UnitName};

    #[test]
    fn a_plan_figure_is_made_of_its_projects_and_targets() {
        let unit = UnitName::new("城东街道").unwrap();
        let project = |year, amount| Project {
            name: format!("项目{year}"),
            unit: unit.clone(),
            industry: None,
            signed_on: NaiveDate::from_ymd_opt(year, 5, 1),
            planned_investment: Some(Decimal::from(amount)),
            foreign: None,
            enterprise_type: None,
            stage: None,
            responsible: None,
            source: Provenance::row("台账.xlsx", "Sheet1", 3),
        };
        let target = Fact {
            key: FactKey {
                scope: Scope::Unit(unit.clone()),
                indicator: Indicator::PROJECTS_OVER_100M,
                span: Span::Year(2017),
                kind: FactKind::Target,
            },
            value: Decimal::from(3),
            source: Provenance::row("分解表.xlsx", "2017年", 4),
        };
        let dataset = Dataset::from_parts(
            vec![target],
            vec![project(2016, 2), project(2017, 0), project(2022, 5)],
        );
        let drill = DrillDown::of(
            &dataset,
            &DrillTarget {
                scope: Scope::District,
                indicator: Indicator::PROJECTS_OVER_100M,
                span: Span::Plan(PlanPeriod::new(13).unwrap()),
            },
        );
        assert_eq!(drill.projects, [0]);
        assert_eq!(drill.target_facts, [0]);
        assert!(drill.actual_facts.is_empty());
    }

    #[test]
    fn the_district_target_is_its_own_and_a_different_units_sum_is_shown() {
        let fact = |scope: Scope, value: i64, row: u32| Fact {
            key: FactKey {
                scope,
                indicator: Indicator::SIGNED_PROJECTS,
                span: Span::Year(2023),
                kind: FactKind::Target,
            },
            value: Decimal::from(value),
            source: Provenance::row("分解表.xlsx", "2023年", row),
        };
        let unit = |name: &str| Scope::Unit(UnitName::new(name).unwrap());
        let units = vec![fact(unit("城东街道"), 40, 4), fact(unit("北山镇"), 50, 5)];
        let with_own = [units.clone(), vec![fact(Scope::District, 100, 6)]].concat();
        let drill_of = |facts: Vec<Fact>| {
            DrillDown::of(
                &Dataset::from_parts(facts, Vec::new()),
                &DrillTarget {
                    scope: Scope::District,
                    indicator: Indicator::SIGNED_PROJECTS,
                    span: Span::Year(2023),
                },
            )
        };
        let own = drill_of(with_own);
        assert_eq!(own.target_basis, Some(DistrictBasis::Own));
        assert_eq!(own.target_facts, [2]);
        assert_eq!(own.units_target_sum, Some(Decimal::from(90)));
        let summed = drill_of(units);
        assert_eq!(summed.target_basis, Some(DistrictBasis::UnitsSum));
        assert_eq!(summed.target_facts, [0, 1]);
        assert_eq!(summed.units_target_sum, None);
    }
}
