//! `--indicators CATALOGUE.json` on the command line: the issue's catalogue over the sample
//! workbooks gives, per unit and year, the counts `tests/catalogue/count_ledgers.py` made by
//! hand from the ledgers; a bad catalogue file is refused naming the entry, and nothing runs.
#![allow(clippy::unwrap_used)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn planboard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_planboard"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/catalogue")
}

fn catalogue() -> String {
    fixtures()
        .join("example_catalogue.json")
        .display()
        .to_string()
}

fn samples() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    dir.join("expected.json")
        .is_file()
        .then(|| dir.display().to_string())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn summary_json_gives_the_custom_indicators_counted_by_hand() {
    let Some(samples) = samples() else {
        eprintln!("no ../shared/samples beside the repository; skipped");
        return;
    };
    let out = planboard(&["summary", "--json", "--indicators", &catalogue(), &samples]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join("expected_counts.json")).unwrap(),
    )
    .unwrap();
    let mut wrong = Vec::new();
    for (unit, years) in expected["by_unit"].as_object().unwrap() {
        for (year, counts) in years.as_object().unwrap() {
            let row = &summary["by_unit"][unit]["years"][year];
            for key in ["projects_over_500m", "started_projects", "signed_projects"] {
                if row[key]["actual"] != counts[key] {
                    wrong.push(format!(
                        "{unit} {year} {key}: {} by hand, {} by planboard",
                        counts[key], row[key]["actual"]
                    ));
                }
            }
            let started = counts["started_projects"].as_f64().unwrap();
            let signed = counts["signed_projects"].as_f64().unwrap();
            let rate = row["start_rate"]["actual"].as_f64();
            if signed > 0.0 && rate.is_none_or(|r| (r - started / signed).abs() > 1e-12) {
                wrong.push(format!("{unit} {year} start_rate: {rate:?}"));
            }
            // Same shape as the built-ins: target and actual.
            assert!(row["foreign_capital"].get("target").is_some());
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let plain = planboard(&["summary", "--json", &samples]);
    let plain: Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(plain["district"]["years"]["2016"]
        .get("start_rate")
        .is_none());
    assert_eq!(
        plain["district"]["years"]["2016"]["signed_projects"],
        summary["district"]["years"]["2016"]["signed_projects"]
    );

    // The text summary and the report name them too, the rate with two decimals.
    let shown = planboard(&["summary", "--indicators", &catalogue(), &samples]);
    assert!(
        text(&shown.stdout).contains("开工率"),
        "{}",
        text(&shown.stdout)
    );
    let report = planboard(&[
        "report",
        "--period",
        "十三五",
        "--indicators",
        &catalogue(),
        &samples,
    ]);
    let report = text(&report.stdout);
    assert!(
        report.contains("开工项目") && report.contains("开工率"),
        "{report}"
    );
}

#[test]
fn a_bad_catalogue_is_refused_naming_the_entry_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("JSON", "{indicators"),
        (
            "x_rate",
            r#"{"format":"planboard-indicators","version":1,"indicators":[
              {"key":"x_rate","name":"某率","measure":"%","from":{"ratio":["nowhere","signed_projects"]}}]}"#,
        ),
        (
            "tons",
            r#"{"format":"planboard-indicators","version":1,"indicators":[
              {"key":"tons","name":"吨数","measure":"吨","from":"reported"}]}"#,
        ),
        (
            "twice",
            r#"{"format":"planboard-indicators","version":1,"indicators":[
              {"key":"twice","name":"甲","measure":"个","from":"reported"},
              {"key":"twice","name":"乙","measure":"个","from":"reported"}]}"#,
        ),
        (
            "loop_a",
            r#"{"format":"planboard-indicators","version":1,"indicators":[
              {"key":"loop_a","name":"甲","measure":"%","from":{"ratio":["loop_b","signed_projects"]}},
              {"key":"loop_b","name":"乙","measure":"%","from":{"ratio":["loop_a","signed_projects"]}}]}"#,
        ),
    ];
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../resources/demo");
    for (i, (names, body)) in cases.iter().enumerate() {
        let file = dir.path().join(format!("bad{i}.json"));
        std::fs::write(&file, body).unwrap();
        let saved = dir.path().join(format!("out{i}.planboard"));
        let out = planboard(&[
            "save",
            saved.to_str().unwrap(),
            "--indicators",
            file.to_str().unwrap(),
            demo.to_str().unwrap(),
        ]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("指标目录") && err.contains(names), "{err}");
        assert!(!saved.exists());
    }
}

#[test]
fn a_workspace_keeps_its_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("with.planboard");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../resources/demo");
    let demo = demo.to_str().unwrap();
    let out = planboard(&[
        "save",
        saved.to_str().unwrap(),
        "--indicators",
        &catalogue(),
        demo,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let from_files = planboard(&["summary", "--json", "--indicators", &catalogue(), demo]);
    let from_workspace = planboard(&["summary", "--json", saved.to_str().unwrap()]);
    let json = |o: &Output| serde_json::from_slice::<Value>(&o.stdout).unwrap();
    let (files, workspace) = (json(&from_files), json(&from_workspace));
    assert!(workspace["district"]["periods"]["十三五"]
        .get("start_rate")
        .is_some());
    assert_eq!(files, workspace);
}
