//! Tables keyed in by hand in layouts the importer was not written from
//! (`keyed/tables`, see its make.py): every figure listed in its expected.json is read
//! exactly, nothing listed as absent is invented, and no file reports an error.

use planboard_import::{import_file, ImportOptions};
use planboard_model::{Dataset, Decimal, Indicator, NaiveDate, Scope, Span, UnitName};
use serde_json::Value;
use std::path::Path;

/// "2023" → the year; "2023年1-9月" → January to September.
fn span(text: &str) -> Span {
    let year: i32 = text[..4].parse().expect("a year first");
    match text.split_once("年1-") {
        Some((_, months)) => Span::YearToDate {
            year,
            through: months.trim_end_matches('月').parse().expect("a month"),
        },
        None => Span::Year(year),
    }
}

fn scope(name: &str) -> Scope {
    if name == "全区" {
        Scope::District
    } else {
        Scope::Unit(UnitName::new(name).expect("a name"))
    }
}

#[test]
fn keyed_published_tables_give_their_figures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("keyed/tables");
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("valid JSON");
    let options = ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    };
    let mut bad = Vec::new();
    let files = expected["files"].as_object().expect("files");
    for (file, checks) in files {
        let import = import_file(&dir.join(file), &options);
        if import.report.has_errors() {
            bad.push(format!(
                "{file}: errors {:?}",
                import.report.problems().collect::<Vec<_>>()
            ));
        }
        let mut dataset = Dataset::new();
        dataset.add(import.batch);
        for figure in checks["figures"].as_array().into_iter().flatten() {
            let [who, key, when, field, value] = figure.as_array().expect("a row").as_slice()
            else {
                panic!("a figure is [scope, indicator, span, field, value]");
            };
            let (who, when) = (scope(who.as_str().unwrap()), span(when.as_str().unwrap()));
            let indicator = Indicator::from_key(key.as_str().unwrap()).expect("a key");
            let got = match field.as_str() {
                Some("target") => dataset.target(&who, indicator, when),
                _ => dataset.actual(&who, indicator, when),
            };
            let want = Decimal::try_from(value.as_f64().unwrap()).unwrap();
            if got.is_none_or(|g| (g - want).abs() > Decimal::new(1, 6)) {
                bad.push(format!(
                    "{file}: {who} {key} {when} {field}: want {want}, got {got:?}"
                ));
            }
        }
        for absent in checks["absent"].as_array().into_iter().flatten() {
            let who = scope(absent[0].as_str().unwrap());
            let indicator = Indicator::from_key(absent[1].as_str().unwrap()).expect("a key");
            let invented = dataset
                .facts()
                .iter()
                .any(|f| f.key.scope == who && f.key.indicator == indicator);
            if invented {
                bad.push(format!(
                    "{file}: {who} {} should have no figure",
                    indicator.key()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
