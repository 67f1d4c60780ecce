//! The generated full set imports cleanly, and the dataset gives exactly the figures the
//! generator wrote: for every unit, year and indicator, and for the district.
#![allow(clippy::unwrap_used)]

use planboard_bench::gen::full_set::{self, Config, UNITS, YEARS};
use planboard_bench::work;
use planboard_import::check_conflicts;
use planboard_model::{Decimal, Indicator, Scope, SourceKind, Span, UnitName};

const INDICATORS: [Indicator; 7] = [
    Indicator::SIGNED_PROJECTS,
    Indicator::PROJECTS_OVER_100M,
    Indicator::PROJECTS_OVER_1B,
    Indicator::FOREIGN_PROJECTS,
    Indicator::PLANNED_INVESTMENT,
    Indicator::FUNDS_IN_PLACE,
    Indicator::OUTBOUND_TRIPS,
];

/// A folder `name` not yet made, in a temporary directory removed when the guard drops.
fn temp_dir(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(name);
    (tmp, dir)
}

#[test]
fn full_set_imports_to_the_generated_totals() {
    let (_tmp, dir) = temp_dir("full-set");
    let config = Config {
        projects_per_year: 3,
        seed: 7,
    };
    let set = full_set::write(&dir, &config).unwrap();
    // 11 任务分解表, and a 项目台账 and a 完成情况表 per unit.
    assert_eq!(set.files.len(), 11 + 2 * UNITS.len());
    assert_eq!(set.totals.len(), UNITS.len() * YEARS.count());

    let imported = work::import(std::slice::from_ref(&dir));
    assert_eq!(imported.reports.len(), set.files.len());
    for report in &imported.reports {
        assert!(report.error.is_none(), "{:?}", report.error);
        for sheet in &report.sheets {
            assert_eq!(
                sheet.rows_rejected, 0,
                "{} [{}]: {:#?}",
                report.file, sheet.sheet, sheet.problems
            );
            assert_eq!(
                sheet.rows_read,
                sheet.rows_imported + sheet.skipped.len() as u32 + sheet.rows_rejected,
                "{} [{}]: rows not accounted for",
                report.file,
                sheet.sheet
            );
        }
    }
    assert_eq!(imported.rows_rejected(), 0);
    let kinds: Vec<SourceKind> = imported
        .dataset
        .sources()
        .iter()
        .flat_map(|s| s.kinds.iter().copied())
        .collect();
    for kind in [
        SourceKind::TargetBreakdown,
        SourceKind::Ledger,
        SourceKind::ProgressReport,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} recognized: {kinds:?}");
    }
    let dataset = &imported.dataset;
    let conflicts = check_conflicts(dataset);
    assert!(conflicts.is_empty(), "{conflicts:#?}");

    for ((unit, year), want) in &set.totals {
        let scope = Scope::Unit(UnitName::new(unit).unwrap());
        for indicator in INDICATORS {
            assert_eq!(
                dataset.figure(&scope, indicator, Span::Year(*year)),
                want.figure(indicator),
                "{unit} {year} {indicator:?}"
            );
        }
    }
    // The district: targets and ledger figures are the sums over the units.
    for year in YEARS {
        for indicator in [
            Indicator::SIGNED_PROJECTS,
            Indicator::PROJECTS_OVER_100M,
            Indicator::PROJECTS_OVER_1B,
            Indicator::PLANNED_INVESTMENT,
        ] {
            let sum = |f: fn(planboard_model::Figure) -> Option<Decimal>| -> Decimal {
                UNITS
                    .iter()
                    .map(|u| f(set.totals[&(u.to_string(), year)].figure(indicator)).unwrap())
                    .sum()
            };
            let got = dataset.figure(&Scope::District, indicator, Span::Year(year));
            assert_eq!(got.target, Some(sum(|f| f.target)), "{year} {indicator:?}");
            assert_eq!(got.actual, Some(sum(|f| f.actual)), "{year} {indicator:?}");
        }
    }
}

#[test]
fn same_seed_same_totals_and_cells() {
    let config = Config {
        projects_per_year: 2,
        seed: 11,
    };
    let ((_tmp_a, a), (_tmp_b, b)) = (temp_dir("seed-a"), temp_dir("seed-b"));
    let first = full_set::write(&a, &config).unwrap();
    let second = full_set::write(&b, &config).unwrap();
    assert_eq!(first.totals, second.totals);
    assert_eq!(first.rows, second.rows);
    for (x, y) in first.files.iter().zip(&second.files) {
        assert_eq!(
            work::raw_read(x).unwrap(),
            work::raw_read(y).unwrap(),
            "{}",
            x.display()
        );
    }
    let (_tmp_c, c) = temp_dir("seed-c");
    let other = full_set::write(&c, &Config { seed: 12, ..config }).unwrap();
    assert_ne!(first.totals, other.totals);
}

#[test]
fn big_ledger_imports_without_rejects() {
    let (_tmp, dir) = temp_dir("ledger");
    let path = planboard_bench::data::ledger(&dir, 400, 3).unwrap();
    // Reused when present.
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    assert_eq!(planboard_bench::data::ledger(&dir, 400, 3).unwrap(), path);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    let imported = work::import(std::slice::from_ref(&path));
    assert!(imported.error().is_none());
    assert_eq!(imported.rows_rejected(), 0);
    // 在谈 rows are imported as projects too; every row is one project.
    assert_eq!(imported.dataset.projects().len(), 400);
    assert_eq!(imported.rows_imported(), 400);
}
