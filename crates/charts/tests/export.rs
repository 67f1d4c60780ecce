//! `export_all` writes every chart as a 1920×1080 PNG that is not blank.
#![allow(clippy::unwrap_used)]

mod common;

use common::{as_of, district, fact};
use planboard_charts::{ChartKind, Lang};
use planboard_model::{Catalogue, Dataset, Decimal, FactKind, Indicator, Scope, Span};
use std::collections::HashSet;

#[test]
fn export_all_writes_every_chart_as_a_full_hd_picture() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("charts");
    let files = planboard_charts::export_all(&district(), Some(as_of()), Lang::Zh, &out).unwrap();
    assert!(files.len() >= 5, "{files:?}");
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        names[0].starts_with("01_2016—2026年各年度新签约项目完成情况"),
        "{names:?}"
    );
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let image = image::load_from_memory(&bytes).unwrap().to_rgb8();
        assert_eq!(image.dimensions(), (1920, 1080), "{file:?}");
        // Every third row is plenty to tell a chart from a blank page.
        let pixels: Vec<[u8; 3]> = image
            .rows()
            .step_by(3)
            .flat_map(|row| row.map(|p| p.0))
            .collect();
        let white = pixels.iter().filter(|p| **p == [255, 255, 255]).count();
        let distinct: HashSet<[u8; 3]> = pixels.iter().copied().collect();
        assert!(white > pixels.len() / 3, "white page: {file:?}");
        assert!(pixels.len() - white > 20_000, "blank: {file:?}");
        assert!(
            distinct.len() > 50,
            "{} colours in {file:?}",
            distinct.len()
        );
    }
    dir.close().unwrap();
}

#[test]
fn export_all_writes_each_visible_custom_indicators_yearly_comparison() {
    let text = r#"{"format": "planboard-indicators", "version": 1, "indicators": [
        {"key": "foreign_capital", "name": "实际利用外资", "measure": "万美元", "from": "reported"},
        {"key": "trips_abroad", "name": "境外招商", "measure": "次", "from": "reported", "hidden": true}
    ]}"#;
    let foreign = Indicator::new("foreign_capital");
    let hidden = Indicator::new("trips_abroad");
    let mut facts = Vec::new();
    for (year, target, actual) in [(2024, 1200, 1350), (2025, 1500, 1420)] {
        for indicator in [foreign, hidden] {
            let of = |kind, value| {
                fact(
                    Scope::District,
                    indicator,
                    Span::Year(year),
                    kind,
                    Decimal::from(value),
                )
            };
            facts.push(of(FactKind::Target, target));
            facts.push(of(FactKind::Actual, actual));
        }
    }
    let mut dataset = Dataset::from_parts(facts, Vec::new());
    dataset.set_catalogue(Catalogue::from_json(text).unwrap());
    let requests = planboard_charts::standard_requests(&dataset, Some(as_of()), Lang::Zh);
    let yearly = |indicator| {
        requests
            .iter()
            .any(|r| r.kind == ChartKind::YearlyComparison && r.indicator == indicator)
    };
    assert!(yearly(foreign));
    assert!(!yearly(hidden), "a hidden indicator is not exported");

    let dir = tempfile::tempdir().unwrap();
    let files =
        planboard_charts::export_all(&dataset, Some(as_of()), Lang::Zh, dir.path()).unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.contains("实际利用外资") && n.contains("万美元")),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("境外招商")), "{names:?}");
}
