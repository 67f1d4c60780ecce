//! End to end: import every sample workbook, summarize, and compare with expected.json —
//! counts exactly, money within 1e-6, null as null. Every mismatch is listed.

use planboard_import::{import_file, FileImport, ImportOptions};
use planboard_model::{Dataset, NaiveDate, Summary};
use planboard_testkit::samples_dir;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn options() -> ImportOptions {
    ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    }
}

fn import_dir(dir: &Path) -> Vec<FileImport> {
    let files = planboard_import::collect_workbooks(&[dir.to_path_buf()]);
    assert!(files.len() >= 5, "too few workbooks in {}", dir.display());
    files.iter().map(|f| import_file(f, &options())).collect()
}

fn dataset_of(imports: &[FileImport]) -> Dataset {
    let mut dataset = Dataset::new();
    for import in imports {
        dataset.add(import.batch.clone());
    }
    dataset
}

/// Compares one `{key: {"target"?, "actual"}}` object with the summary's.
fn compare_row(path: &str, expected: &Value, got: Option<&Value>, out: &mut Vec<String>) {
    let Some(expected) = expected.as_object() else {
        return;
    };
    for (key, pair) in expected {
        let Some(pair) = pair.as_object() else {
            continue;
        };
        for (field, want) in pair {
            let have = got
                .and_then(|g| g.get(key))
                .and_then(|p| p.get(field))
                .unwrap_or(&Value::Null);
            let ok = match (want, have) {
                (Value::Null, Value::Null) => true,
                (Value::Number(w), Value::Number(h)) => {
                    let (w, h) = (
                        w.as_f64().unwrap_or(f64::NAN),
                        h.as_f64().unwrap_or(f64::NAN),
                    );
                    (w - h).abs() <= 1e-6
                }
                _ => false,
            };
            if !ok {
                out.push(format!("{path}.{key}.{field}: expected {want}, got {have}"));
            }
        }
    }
}

/// Compares a scope's periods, years and months; returns the mismatches.
fn compare_scope(name: &str, expected: &Value, got: &Value, out: &mut Vec<String>) {
    for part in ["periods", "years"] {
        if let Some(map) = expected.get(part).and_then(Value::as_object) {
            for (k, row) in map {
                compare_row(
                    &format!("{name}.{part}.{k}"),
                    row,
                    got.get(part).and_then(|p| p.get(k)),
                    out,
                );
            }
        }
    }
    if let Some(map) = expected.get("months_2026").and_then(Value::as_object) {
        for (m, row) in map {
            let month = format!("2026-{:02}", m.parse::<u32>().unwrap_or(0));
            compare_row(
                &format!("{name}.months.{month}"),
                row,
                got.get("months").and_then(|p| p.get(&month)),
                out,
            );
        }
    }
}

fn mismatches(dir: &Path, summary: &Summary) -> Vec<String> {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("valid expected.json");
    let got = serde_json::to_value(summary).expect("summary serializes");
    let mut out = Vec::new();
    if got.get("as_of") != Some(&Value::String("2026-10".into())) {
        out.push(format!(
            "as_of: expected \"2026-10\", got {:?}",
            got.get("as_of")
        ));
    }
    compare_scope(
        "district",
        &expected["district"],
        &got["district"],
        &mut out,
    );
    if let Some(units) = expected["by_unit"].as_object() {
        for (unit, scope) in units {
            match got["by_unit"].get(unit) {
                Some(g) => compare_scope(unit, scope, g, &mut out),
                None => out.push(format!("unit {unit} missing from the summary")),
            }
        }
    }
    out
}

fn check_dir(dir: &Path) {
    let imports = import_dir(dir);
    for import in &imports {
        for sheet in &import.report.sheets {
            assert_eq!(
                sheet.rows_read,
                sheet.rows_imported + sheet.skipped.len() as u32 + sheet.rows_rejected,
                "rows not accounted for in {} [{}]",
                import.report.file,
                sheet.sheet
            );
        }
    }
    let errors: Vec<String> = imports
        .iter()
        .filter(|i| i.report.has_errors())
        .map(|i| {
            format!(
                "{}: {:?} {:?}",
                i.report.file,
                i.report.error,
                i.report.problems().collect::<Vec<_>>()
            )
        })
        .collect();
    assert!(
        errors.is_empty(),
        "files with errors:\n{}",
        errors.join("\n")
    );
    let dataset = dataset_of(&imports);
    let summary = Summary::of(&dataset, None);
    let bad = mismatches(dir, &summary);
    assert!(
        bad.is_empty(),
        "{} mismatches in {}:\n{}",
        bad.len(),
        dir.display(),
        bad.join("\n")
    );
    let conflicts = planboard_import::check_conflicts(&dataset);
    assert!(
        conflicts.is_empty(),
        "reports disagree with ledgers: {conflicts:#?}"
    );
}

#[test]
fn samples_match_expected_json() {
    check_dir(&samples_dir());
}

/// The samples' kind of truth (another seed) in layouts the importer was not written from:
/// a unit-major long target sheet with a 全区 block in 万元, a ledger of four units in unit
/// sections, a ledger with a 所在镇街 column, year sections, sheets named 16年…, one indicator
/// named only in the title with years across, months down with units across, a district
/// table with indicators down (`keyed/set2/make.py`).
#[test]
fn a_second_set_in_other_layouts_matches_its_expected_json() {
    check_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("keyed/set2"));
}

/// A third set in still other habits: a sheet per unit named after it (targets with years
/// down, ledgers in 元 with 资金来源 and 洽谈中), 2026 targets with units across, a three-column
/// long table of 到位资金, the district's years down in 万元 and months across
/// (`keyed/set3/make.py`).
#[test]
fn a_third_set_in_other_habits_matches_its_expected_json() {
    check_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("keyed/set3"));
}

/// Other generated sets (e.g. `gen_samples.py --seed 7 --out DIR`), named in
/// PLANBOARD_EXTRA_SAMPLES (separated by the platform's path separator).
#[test]
fn extra_sample_sets_match_their_expected_json() {
    let Some(dirs) = std::env::var_os("PLANBOARD_EXTRA_SAMPLES") else {
        return;
    };
    for dir in std::env::split_paths(&dirs) {
        check_dir(&dir);
    }
}

#[test]
fn importing_the_same_files_twice_changes_no_figure() {
    let dir = samples_dir();
    let imports = import_dir(&dir);
    let mut dataset = dataset_of(&imports);
    let once = serde_json::to_value(Summary::of(&dataset, None)).expect("serializes");
    for import in import_dir(&dir) {
        let outcome = dataset.add(import.batch);
        assert!(outcome.unchanged, "{:?}", outcome);
    }
    let twice = serde_json::to_value(Summary::of(&dataset, None)).expect("serializes");
    assert_eq!(once, twice);
    // A re-read file (same path, same bytes) in a fresh order changes nothing either.
    let mut reversed = Dataset::new();
    for import in imports.into_iter().rev() {
        reversed.add(import.batch);
    }
    let reordered = serde_json::to_value(Summary::of(&reversed, None)).expect("serializes");
    assert_eq!(once, reordered);
}

/// Without the target breakdowns, the district's targets come from the district report (its
/// own 市下达任务), and where the units' reports add up to something else it is a conflict.
#[test]
fn without_the_breakdowns_the_district_report_gives_the_district_targets() {
    let dir = samples_dir();
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("JSON");
    let files: Vec<PathBuf> = planboard_import::collect_workbooks(std::slice::from_ref(&dir))
        .into_iter()
        .filter(|f| !f.to_string_lossy().contains("目标任务分解表"))
        .collect();
    let mut dataset = Dataset::new();
    for file in &files {
        dataset.add(import_file(file, &options()).batch);
    }
    let summary = serde_json::to_value(Summary::of(&dataset, None)).expect("serializes");
    for (part, span) in [("periods", "十三五"), ("years", "2021"), ("years", "2025")] {
        let want = &expected["district"][part][span]["signed_projects"]["target"];
        let got = &summary["district"][part][span]["signed_projects"]["target"];
        assert!(want.is_number(), "{part}.{span}");
        assert_eq!(want.as_f64(), got.as_f64(), "{part}.{span}");
        assert_eq!(
            summary["district_target_basis"][span]["signed_projects"],
            "district"
        );
    }
    let conflicts = summary["conflicts"].as_array().expect("a list");
    let conflict = conflicts
        .iter()
        .find(|c| c["span"] == "2021" && c["indicator"] == "signed_projects")
        .expect("the 2021 district target against the units' sum");
    assert_eq!(conflict["scope"], "全区");
    assert_eq!(conflict["field"], "target");
    let values = conflict["values"].as_array().expect("values");
    assert_eq!(values.len(), 2);
    assert!(values[0]["source"]
        .as_str()
        .is_some_and(|s| s.contains("全区招商引资工作完成情况")));
}
