//! The seed's 十三五 table (DOMAIN.md) rebuilt by hand from projects and targets, and read back
//! through the model's queries.
#![allow(clippy::unwrap_used)]

use planboard_model::{
    format, Batch, Dataset, Fact, FactKey, FactKind, Indicator, NaiveDate, PlanPeriod, Project,
    Provenance, Scope, SourceFile, SourceKind, Span, UnitName,
};
use planboard_testkit::seed;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::collections::BTreeSet;

fn unit(name: &str) -> UnitName {
    UnitName::new(name).unwrap()
}

#[test]
fn the_seed_table_comes_back_exactly() {
    let dataset = seed::dataset();
    let p13 = PlanPeriod::parse("十三五").unwrap();
    assert_eq!(dataset.periods(), vec![p13]);
    let span = Span::Plan(p13);
    let expected = [
        (Indicator::SIGNED_PROJECTS, "123", "100", "123.00%"),
        (Indicator::PROJECTS_OVER_100M, "83", "65", "127.69%"),
        (Indicator::PROJECTS_OVER_1B, "9", "6", "150.00%"),
        (Indicator::FOREIGN_PROJECTS, "3", "—", "—"),
        (Indicator::PLANNED_INVESTMENT, "398.00", "351.00", "113.39%"),
        (Indicator::FUNDS_IN_PLACE, "412.63", "358.00", "115.26%"),
        (Indicator::OUTBOUND_TRIPS, "127", "—", "—"),
    ];
    for (indicator, actual, target, rate) in expected {
        let figure = dataset.figure(&Scope::District, indicator, span);
        assert_eq!(
            format::value(indicator, figure.actual),
            actual,
            "{indicator}"
        );
        assert_eq!(
            format::value(indicator, figure.target),
            target,
            "{indicator}"
        );
        assert_eq!(format::percent(figure.rate()), rate, "{indicator}");
    }
    // Exact money, not rounded on the way.
    let investment = dataset.actual(&Scope::District, Indicator::PLANNED_INVESTMENT, span);
    assert_eq!(investment, Some(dec!(398)));
}

#[test]
fn units_years_months_and_rankings() {
    let dataset = seed::dataset();
    let east = Scope::Unit(unit("城东街道"));
    let year_sum: Decimal = (2016..=2020)
        .map(|y| {
            dataset
                .actual(&east, Indicator::SIGNED_PROJECTS, Span::Year(y))
                .unwrap()
        })
        .sum();
    assert_eq!(year_sum, dec!(62));
    let month_sum: Decimal = (1..=12)
        .map(|m| {
            dataset
                .actual(
                    &east,
                    Indicator::SIGNED_PROJECTS,
                    Span::month(2017, m).unwrap(),
                )
                .unwrap()
        })
        .sum();
    assert_eq!(
        Some(month_sum),
        dataset.actual(&east, Indicator::SIGNED_PROJECTS, Span::Year(2017))
    );
    // Funds were reported for the district only: a unit's is missing, not zero.
    assert_eq!(
        dataset.actual(&east, Indicator::FUNDS_IN_PLACE, Span::Year(2017)),
        None
    );
    let ranking = dataset.ranking(
        Indicator::SIGNED_PROJECTS,
        Span::Plan(PlanPeriod::new(13).unwrap()),
    );
    assert_eq!(ranking.len(), 2);
    assert_eq!(ranking[0].unit.as_str(), "城东街道"); // 62 / 50
    assert_eq!(ranking[0].rank, Some(1));
    assert_eq!(ranking[1].rank, Some(2));
}

#[test]
fn a_newer_file_replaces_the_older_and_the_same_file_changes_nothing() {
    let source = |path: &str, print: &str| SourceFile {
        path: path.into(),
        fingerprint: print.into(),
        kinds: BTreeSet::from([SourceKind::Ledger]),
        units: BTreeSet::from([unit("城东街道")]),
        years: BTreeSet::from([2016]),
        parts: BTreeSet::new(),
    };
    let ledger = |path: &str, amounts: &[Decimal]| -> Vec<Project> {
        amounts
            .iter()
            .enumerate()
            .map(|(n, a)| {
                let mut p = seed::project(n, "城东街道", 2016, *a, false);
                p.source.file = path.into();
                p
            })
            .collect()
    };
    let mut dataset = Dataset::new();
    let first = Batch {
        source: Some(source("v1.xlsx", "aaa")),
        facts: vec![],
        projects: ledger("v1.xlsx", &[dec!(1), dec!(2)]),
    };
    dataset.add(first.clone());
    let again = dataset.add(first);
    assert!(again.unchanged);
    let total = |d: &Dataset| {
        d.actual(
            &Scope::District,
            Indicator::SIGNED_PROJECTS,
            Span::Year(2016),
        )
    };
    assert_eq!(total(&dataset), Some(dec!(2)));
    let outcome = dataset.add(Batch {
        source: Some(source("v2.xlsx", "bbb")),
        facts: vec![],
        projects: ledger("v2.xlsx", &[dec!(1), dec!(2), dec!(3)]),
    });
    assert_eq!(outcome.replaced_files, vec!["v1.xlsx".to_string()]);
    assert_eq!(total(&dataset), Some(dec!(3)));
    assert_eq!(dataset.sources().len(), 1);
    assert!(dataset.remove_file("v2.xlsx"));
    assert_eq!(total(&dataset), None);
}

#[test]
fn reported_months_come_from_cumulative_figures_and_year_on_year() {
    let d = Scope::District;
    let ytd = |year, through, value| Fact {
        key: FactKey {
            scope: Scope::District,
            indicator: Indicator::FUNDS_IN_PLACE,
            span: Span::YearToDate { year, through },
            kind: FactKind::Actual,
        },
        value,
        source: Provenance::default(),
    };
    let dataset = Dataset::from_parts(
        vec![
            ytd(2026, 9, dec!(90.5)),
            ytd(2026, 10, dec!(100)),
            ytd(2025, 10, dec!(80)),
        ],
        vec![],
    );
    assert_eq!(
        dataset.actual(
            &d,
            Indicator::FUNDS_IN_PLACE,
            Span::month(2026, 10).unwrap()
        ),
        Some(dec!(9.5))
    );
    assert_eq!(
        dataset.actual(&d, Indicator::FUNDS_IN_PLACE, Span::Year(2026)),
        Some(dec!(100))
    );
    let yoy = dataset.year_on_year(&d, Indicator::FUNDS_IN_PLACE, 2026, 10);
    assert_eq!(yoy.growth(), Some(dec!(0.25)));
    assert_eq!(dataset.latest_month().unwrap().to_string(), "2026-10");
    assert_eq!(
        format::percent(Some(planboard_model::schedule_progress(10))),
        "83.33%"
    );
}

#[test]
fn the_main_results_paragraph_reads_like_the_seed() {
    use planboard_model::narrative::{main_results, NarrativeRequest};
    let dataset = seed::dataset();
    let text = main_results(
        &dataset,
        &NarrativeRequest {
            scope: Scope::District,
            span: Span::Plan(PlanPeriod::new(13).unwrap()),
            as_of: None,
        },
    );
    let seed =
        "新签约项目123个，占任务数100个的123.00%；其中超亿元项目83个，完成任务数65个的127.69%；\
                10亿元以上项目9个，占任务数6个的150.00%；外资项目3个。计划总投资398.00亿元，\
                占任务数351.00亿元的113.39%；实际到位资金412.63亿元，占任务数358.00亿元的115.26%。";
    assert!(text.starts_with("十三五期间，全区"), "{text}");
    assert!(text.contains(seed), "{text}");
    assert!(text.contains("外出招商127次"), "{text}");
    // A unit has no funds reported: said, not shown as 0; and its rank is given.
    let unit_text = main_results(
        &dataset,
        &NarrativeRequest {
            scope: Scope::Unit(unit("城西街道")),
            span: Span::Plan(PlanPeriod::new(13).unwrap()),
            as_of: None,
        },
    );
    assert!(unit_text.contains("实际到位资金暂无数据"), "{unit_text}");
    assert!(
        unit_text.contains("新签约项目完成率居全区第2位（共2个单位）"),
        "{unit_text}"
    );
}

#[test]
fn a_running_year_is_set_against_the_schedule() {
    use planboard_model::narrative::{main_results, NarrativeRequest};
    // 2026: target 36, 28 signed through October; 2025: 20 signed through October.
    let mut projects = Vec::new();
    for n in 0..28 {
        let mut p = seed::project(n, "城东街道", 2026, dec!(2), false);
        p.signed_on = NaiveDate::from_ymd_opt(2026, 1 + (n % 10) as u32, 1);
        projects.push(p);
    }
    for n in 100..120 {
        let mut p = seed::project(n, "城东街道", 2025, dec!(2), false);
        p.signed_on = NaiveDate::from_ymd_opt(2025, 1 + (n % 10) as u32, 1);
        projects.push(p);
    }
    let facts = vec![seed::fact(
        Scope::Unit(unit("城东街道")),
        Indicator::SIGNED_PROJECTS,
        2026,
        FactKind::Target,
        dec!(36),
    )];
    let dataset = Dataset::from_parts(facts, projects);
    let text = main_results(
        &dataset,
        &NarrativeRequest {
            scope: Scope::District,
            span: Span::Year(2026),
            as_of: planboard_model::YearMonth::new(2026, 10),
        },
    );
    assert!(text.starts_with("2026年1-10月，全区"), "{text}");
    assert!(
        text.contains(
            "新签约项目28个，完成年度任务36个的77.78%，落后序时进度5.55个百分点，同比增长40.00%"
        ),
        "{text}"
    );
    assert!(
        text.contains("新签约项目落后序时进度（83.33%）的单位：城东街道（77.78%）"),
        "{text}"
    );
}

#[test]
fn a_dataset_split_into_batches_rebuilds_the_same_figures() {
    let original = seed::dataset();
    let mut copy = Dataset::new();
    for batch in original.batches() {
        copy.add(batch);
    }
    let span = Span::Plan(PlanPeriod::new(13).unwrap());
    for indicator in Indicator::BUILTIN {
        assert_eq!(
            copy.figure(&Scope::District, indicator, span),
            original.figure(&Scope::District, indicator, span)
        );
    }
    assert_eq!(copy.projects().len(), original.projects().len());
}
