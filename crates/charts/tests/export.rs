//! `export_all` writes every chart as a 1920×1080 PNG that is not blank.
#![allow(clippy::unwrap_used)]

mod common;

use common::{as_of, district};
use planboard_charts::Lang;
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
