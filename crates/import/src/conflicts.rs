//! Conflicts between what a progress report says and what the ledgers give: the model uses
//! the ledger-derived actual, so a reported figure that disagrees is shown as a warning with
//! both values and both places.

use crate::problem_kind::ProblemKind;
use crate::report::{Problem, Severity};
use planboard_model::{
    Dataset, DistrictConflict, FactKind, Indicator, Measure, Scope, Source, SourceKind, Span,
    UnitName,
};
use std::collections::BTreeSet;

/// How far a reported amount (亿元, usually rounded to 4 decimals) may be from the ledger sum.
const MONEY_TOLERANCE: &str = "0.00005";

/// Reported actuals of ledger indicators that disagree with the ledgers.
pub fn check_conflicts(dataset: &Dataset) -> Vec<Problem> {
    let ledger_units: BTreeSet<UnitName> = dataset
        .sources()
        .iter()
        .filter(|s| s.kinds.contains(&SourceKind::Ledger))
        .flat_map(|s| s.units.iter().cloned())
        .chain(dataset.projects().iter().map(|p| p.unit.clone()))
        .collect();
    let all_units_have_ledgers =
        !ledger_units.is_empty() && dataset.units().iter().all(|u| ledger_units.contains(u));
    let tolerance: planboard_model::Decimal = MONEY_TOLERANCE.parse().unwrap_or_default();
    let mut problems = Vec::new();
    for fact in dataset.facts() {
        let key = &fact.key;
        if key.kind != FactKind::Actual || key.indicator.source() != Source::Ledger {
            continue;
        }
        if matches!(key.span, Span::Plan(_)) {
            continue;
        }
        let ledger_file = match &key.scope {
            Scope::Unit(u) if ledger_units.contains(u) => dataset
                .projects()
                .iter()
                .find(|p| &p.unit == u)
                .map(|p| p.source.file.to_string())
                .or_else(|| {
                    dataset
                        .sources()
                        .iter()
                        .find(|s| s.kinds.contains(&SourceKind::Ledger) && s.units.contains(u))
                        .map(|s| s.path.clone())
                }),
            Scope::District if all_units_have_ledgers => Some("各单位项目台账".to_string()),
            _ => None,
        };
        let Some(ledger_file) = ledger_file else {
            continue;
        };
        let Some(derived) = dataset.actual(&key.scope, key.indicator, key.span) else {
            continue;
        };
        let differs = match key.indicator.measure() {
            Measure::Count | Measure::Ratio => derived != fact.value,
            Measure::Money => (derived - fact.value).abs() > tolerance,
        };
        if differs {
            problems.push(conflict(fact, key.indicator, derived, &ledger_file));
        }
    }
    problems.extend(dataset.district_conflicts().iter().map(district_conflict));
    problems
}

/// The district's own figure against its units' sum: the district's is used.
fn district_conflict(c: &DistrictConflict) -> Problem {
    let (value, place) = &c.district;
    Problem {
        severity: Severity::Warning,
        place: place.clone(),
        header: Some(c.indicator.name_zh().to_string()),
        value: Some(value.normalize().to_string()),
        kind: ProblemKind::DistrictVsUnits {
            span: c.span,
            indicator: c.indicator,
            field: c.field,
            district: *value,
            units_sum: c.units_sum,
        },
    }
}

fn conflict(
    fact: &planboard_model::Fact,
    indicator: Indicator,
    derived: planboard_model::Decimal,
    ledger_file: &str,
) -> Problem {
    let key = &fact.key;
    Problem {
        severity: Severity::Warning,
        place: fact.source.clone(),
        header: Some(indicator.name_zh().to_string()),
        value: Some(fact.value.normalize().to_string()),
        kind: ProblemKind::ReportVsLedger {
            scope: key.scope.clone(),
            span: key.span,
            indicator,
            reported: fact.value,
            ledger_file: ledger_file.to_string(),
            derived,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planboard_model::{Fact, FactKey, NaiveDate, Project, Provenance, Stage};
    use rust_decimal_macros::dec;

    fn project(unit: &UnitName, name: &str, day: u32) -> Project {
        Project {
            name: name.into(),
            unit: unit.clone(),
            industry: None,
            signed_on: NaiveDate::from_ymd_opt(2024, 3, day),
            planned_investment: Some(dec!(1.5)),
            foreign: Some(false),
            enterprise_type: None,
            stage: Some(Stage::Signed),
            responsible: None,
            source: Provenance::row("台账.xlsx", "2024年", 4 + day),
        }
    }

    fn reported(unit: &UnitName, indicator: Indicator, value: planboard_model::Decimal) -> Fact {
        Fact {
            key: FactKey {
                scope: Scope::Unit(unit.clone()),
                indicator,
                span: Span::Year(2024),
                kind: FactKind::Actual,
            },
            value,
            source: Provenance::row("完成情况.xlsx", "2024年", 3).with_column("D"),
        }
    }

    #[test]
    fn a_report_that_disagrees_with_the_ledger_is_a_warning_with_both_values() {
        let unit = UnitName::new("城东街道").unwrap();
        let dataset = Dataset::from_parts(
            vec![
                reported(&unit, Indicator::SIGNED_PROJECTS, dec!(3)),
                reported(&unit, Indicator::PLANNED_INVESTMENT, dec!(3.0)),
                reported(&unit, Indicator::FUNDS_IN_PLACE, dec!(9)),
            ],
            vec![project(&unit, "甲", 1), project(&unit, "乙", 2)],
        );
        let problems = check_conflicts(&dataset);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let p = &problems[0];
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(&*p.place.file, "完成情况.xlsx");
        assert_eq!(p.place.column.as_deref(), Some("D"));
        assert!(
            p.message_zh().contains('3') && p.message_zh().contains('2'),
            "{}",
            p.message_zh()
        );
        assert!(p.message_zh().contains("台账.xlsx"), "{}", p.message_zh());
    }
}
