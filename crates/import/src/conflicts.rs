//! Conflicts between what a progress report says and what the ledgers give: the model uses
//! the ledger-derived actual, so a reported figure that disagrees is shown as a warning with
//! both values and both places.

use crate::report::{Problem, Severity};
use planboard_model::{
    Dataset, FactKind, Indicator, Measure, Scope, Source, SourceKind, Span, UnitName,
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
                .map(|p| p.source.file.clone())
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
            Measure::Count => derived != fact.value,
            Measure::Money => (derived - fact.value).abs() > tolerance,
        };
        if differs {
            problems.push(conflict(fact, key.indicator, derived, &ledger_file));
        }
    }
    problems
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
        message: format!(
            "{}{}{}：完成情况表填报 {}，项目台账（{}）统计为 {}；以台账为准",
            key.scope,
            key.span,
            indicator.name_zh(),
            fact.value.normalize(),
            ledger_file,
            derived.normalize()
        ),
        message_en: format!(
            "{} {} {}: the progress report says {}, the ledger ({}) gives {}; the ledger is used",
            key.scope,
            key.span,
            indicator.name_en(),
            fact.value.normalize(),
            ledger_file,
            derived.normalize()
        ),
    }
}
