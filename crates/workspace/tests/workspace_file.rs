//! Workspace files: round trip, bad files, and saves killed at random moments.
#![allow(clippy::unwrap_used)]

use planboard_model::{
    Batch, Dataset, Decimal, Indicator, NaiveDate, Project, Provenance, Scope, SourceFile,
    SourceKind, Span, Summary, UnitName,
};
use planboard_workspace::{Workspace, WorkspaceError, WorkspaceView, VERSION};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// A dataset of `n` projects over eight units, each from a file of its own unit.
fn dataset(n: usize, generation: u32) -> Dataset {
    let mut data = Dataset::new();
    for u in 0..8 {
        let unit = UnitName::new(&format!("第{u}街道")).unwrap();
        let file = format!("台账{u}.xlsx");
        let projects = (0..n / 8)
            .map(|i| Project {
                name: format!("项目{u}-{i}"),
                unit: unit.clone(),
                industry: Some("电子信息".into()),
                signed_on: NaiveDate::from_ymd_opt(2016 + (i % 11) as i32, 1 + (i % 12) as u32, 1),
                planned_investment: Some(Decimal::new(
                    (i as i64 % 500) * 37 + i64::from(generation),
                    4,
                )),
                foreign: Some(i % 17 == 0),
                enterprise_type: None,
                stage: None,
                responsible: Some("张三".into()),
                source: Provenance::row(file.clone(), "2020年", i as u32 + 4),
            })
            .collect();
        data.add(Batch {
            source: Some(SourceFile {
                path: file,
                fingerprint: format!("{u}-{generation}"),
                kinds: BTreeSet::from([SourceKind::Ledger]),
                units: BTreeSet::from([unit]),
                years: (2016..=2026).collect(),
                parts: Default::default(),
            }),
            facts: vec![],
            projects,
        });
    }
    data
}

fn workspace(n: usize, generation: u32) -> Workspace<serde_json::Value> {
    Workspace {
        dataset: dataset(n, generation),
        import_log: vec![],
        layouts: vec![],
        settings: serde_json::json!({ "language": "zh", "generation": generation }),
    }
}

fn summary_json(data: &Dataset) -> String {
    serde_json::to_string(&Summary::of(data, None)).unwrap()
}

#[test]
fn a_saved_workspace_opens_with_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.planboard");
    let original = workspace(800, 1);
    let stale = dir.path().join(".a.planboard.99999.tmp");
    std::fs::write(&stale, b"half a save").unwrap();
    original.save(&path).unwrap();
    assert!(
        !stale.exists(),
        "a killed save's temporary file is cleaned up"
    );
    let reopened = Workspace::<serde_json::Value>::open(&path).unwrap();
    assert_eq!(
        summary_json(&original.dataset),
        summary_json(&reopened.dataset)
    );
    assert_eq!(reopened.dataset.sources(), original.dataset.sources());
    assert_eq!(reopened.dataset.projects(), original.dataset.projects());
    assert_eq!(reopened.settings["generation"], 1);
    let total = reopened.dataset.actual(
        &Scope::District,
        Indicator::SIGNED_PROJECTS,
        Span::Year(2016),
    );
    assert!(total.unwrap() > Decimal::ZERO);
}

#[test]
fn a_borrowed_workspace_is_written_as_an_owned_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("borrowed.planboard");
    let owned = workspace(50, 2);
    let view = WorkspaceView {
        dataset: &owned.dataset,
        import_log: &owned.import_log,
        layouts: &owned.layouts,
        settings: &owned.settings,
    };
    assert_eq!(view.to_bytes().unwrap(), owned.to_bytes().unwrap());
    view.save(&path).unwrap();
    let reopened = Workspace::<serde_json::Value>::open(&path).unwrap();
    assert_eq!(reopened.dataset.projects(), owned.dataset.projects());
    assert_eq!(reopened.settings["generation"], 2);
    dir.close().unwrap();
}

fn open_error(bytes: &[u8]) -> WorkspaceError {
    Workspace::<serde_json::Value>::from_bytes(bytes).unwrap_err()
}

#[test]
fn bad_files_give_clear_messages() {
    let good = workspace(80, 1).to_bytes().unwrap();
    let truncated = open_error(&good[..good.len() / 2]);
    assert!(
        matches!(truncated, WorkspaceError::NotJson { .. }),
        "{truncated}"
    );
    assert!(truncated.to_string().contains("损坏或不完整"));
    assert!(matches!(
        open_error(b"PK\x03\x04 not json"),
        WorkspaceError::NotJson { .. }
    ));
    assert!(matches!(
        open_error(b"[1, 2, 3]"),
        WorkspaceError::NotAWorkspace
    ));
    assert!(matches!(
        open_error(br#"{"dataset": {}}"#),
        WorkspaceError::NotAWorkspace
    ));
    let newer = String::from_utf8(good.clone()).unwrap().replacen(
        &format!("\"version\":{VERSION}"),
        "\"version\":99",
        1,
    );
    let err = open_error(newer.as_bytes());
    assert!(
        matches!(err, WorkspaceError::TooNew { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("更新版本"));
    let nonsense =
        String::from_utf8(good)
            .unwrap()
            .replacen("\"facts\":[]", "\"facts\":\"很多\"", 1);
    assert!(matches!(
        open_error(nonsense.as_bytes()),
        WorkspaceError::Invalid(_)
    ));
}

#[test]
fn a_failed_open_overwrites_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.planboard");
    std::fs::write(&path, b"{\"format\": \"planboard-workspace\", \"vers").unwrap();
    assert!(Workspace::<serde_json::Value>::open(&path).is_err());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"{\"format\": \"planboard-workspace\", \"vers"
    );
}

/// The child side of the kill test: saves two alternating workspaces in a loop until killed.
#[test]
fn child_saves_in_a_loop() {
    let Ok(target) = std::env::var("PLANBOARD_SAVE_LOOP") else {
        return;
    };
    let versions = [workspace(16_000, 1), workspace(16_000, 2)].map(|w| w.to_bytes().unwrap());
    println!("ready");
    for i in 0.. {
        planboard_workspace::write_atomically(Path::new(&target), &versions[i % 2]).unwrap();
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_readable_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("killed.planboard");
    workspace(16_000, 1).save(&target).unwrap();
    let expected: Vec<String> = [1, 2]
        .iter()
        .map(|&g| summary_json(&workspace(16_000, g).dataset))
        .collect();
    let exe = std::env::current_exe().unwrap();
    for round in 0..25u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child_saves_in_a_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("PLANBOARD_SAVE_LOOP", &target)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Vary the moment of the kill across and inside save cycles.
        std::thread::sleep(Duration::from_millis(150 + (round * 37) % 400));
        child.kill().unwrap();
        child.wait().unwrap();
        let opened = Workspace::<serde_json::Value>::open(&target)
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        let generation = opened.settings["generation"].as_u64().unwrap() as usize;
        assert_eq!(
            summary_json(&opened.dataset),
            expected[generation - 1],
            "round {round}"
        );
    }
}

#[test]
fn unreadable_settings_fall_back_to_defaults_and_keep_the_data() {
    #[derive(serde::Deserialize, Default, serde::Serialize)]
    struct Settings {
        language: String,
    }
    let bytes = workspace(80, 1).to_bytes().unwrap();
    // The settings written ({"language": "zh", "generation": 1}) fit; a number does not.
    let text = String::from_utf8(bytes).unwrap();
    let opened = Workspace::<Settings>::from_bytes(text.as_bytes()).unwrap();
    assert_eq!(opened.settings.language, "zh");
    let broken = text.replacen("\"language\":\"zh\"", "\"language\":7", 1);
    let opened = Workspace::<Settings>::from_bytes(broken.as_bytes()).unwrap();
    assert_eq!(opened.settings.language, "");
    assert_eq!(opened.dataset.projects().len(), 80);
}

/// The issue's catalogue: two ledger counts, their ratio and money in 万美元.
const CATALOGUE: &str = include_str!("../../../tests/catalogue/example_catalogue.json");

#[test]
fn a_custom_indicator_survives_a_save_and_older_files_get_the_builtins() {
    use planboard_model::{Catalogue, Stage};
    let mut original = workspace(80, 1);
    let mut data = original.dataset.clone();
    let mut projects: Vec<Project> = data.projects().to_vec();
    for (i, p) in projects.iter_mut().enumerate() {
        p.stage = Some(if i % 3 == 0 {
            Stage::Started
        } else {
            Stage::Signed
        });
    }
    data = Dataset::from_parts(vec![], projects);
    data.set_catalogue(Catalogue::from_json(CATALOGUE).unwrap());
    original.dataset = data;
    let bytes = original.to_bytes().unwrap();
    let opened = Workspace::<serde_json::Value>::from_bytes(&bytes).unwrap();
    assert_eq!(opened.dataset.catalogue(), original.dataset.catalogue());
    let started = Indicator::new("started_projects");
    let y = Span::Year(2016);
    let figure = opened.dataset.actual(&Scope::District, started, y);
    assert!(figure.is_some_and(|v| v > Decimal::ZERO));
    assert_eq!(
        figure,
        original.dataset.actual(&Scope::District, started, y)
    );
    assert_eq!(
        summary_json(&opened.dataset),
        summary_json(&original.dataset)
    );
    assert!(summary_json(&opened.dataset).contains("\"start_rate\""));

    // The same workspace as version 2 wrote it: no catalogue.
    let mut v2: serde_json::Value =
        serde_json::from_slice(&workspace(80, 1).to_bytes().unwrap()).unwrap();
    v2["version"] = 2.into();
    v2["dataset"].as_object_mut().unwrap().remove("catalogue");
    let old = Workspace::<serde_json::Value>::from_bytes(v2.to_string().as_bytes()).unwrap();
    assert!(old.dataset.catalogue().is_builtin());
    assert!(!summary_json(&old.dataset).contains("start_rate"));
    assert_eq!(
        summary_json(&old.dataset),
        summary_json(&workspace(80, 1).dataset)
    );
}
