//! Measures saving and opening a workspace of many ledger rows (default 200,000).
//!
//! `cargo run --release -p planboard-workspace --example bench_workspace -- [ROWS]`

use planboard_model::{
    Batch, Dataset, Decimal, NaiveDate, Project, Provenance, SourceFile, SourceKind, UnitName,
};
use planboard_workspace::Workspace;
use std::collections::BTreeSet;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let mut dataset = Dataset::new();
    let units = [
        "城东街道",
        "城西街道",
        "南湖街道",
        "北山镇",
        "河口镇",
        "石桥镇",
        "工业园区",
        "高新区",
    ];
    for (u, unit) in units.iter().enumerate() {
        let unit = UnitName::new(unit).ok_or("unit")?;
        let file = format!("/home/clerk/收件/2026年{unit}招商引资项目台账.xlsx");
        let projects = (0..rows / units.len())
            .map(|i| Project {
                name: format!("{unit}新能源电动车配套产业园项目{i}"),
                unit: unit.clone(),
                industry: Some(
                    ["新能源电动车", "电子信息", "生物医药", "大健康", "现代物流"][i % 5].into(),
                ),
                signed_on: NaiveDate::from_ymd_opt(
                    2016 + (i % 11) as i32,
                    1 + (i % 12) as u32,
                    1 + (i % 28) as u32,
                ),
                planned_investment: Some(Decimal::new(((i * 7919) % 2_000_000) as i64, 4)),
                foreign: Some(i % 23 == 0),
                enterprise_type: Some("民营企业".into()),
                stage: None,
                responsible: Some("李四".into()),
                source: Provenance::row(
                    file.clone(),
                    format!("{}年", 2016 + i % 11),
                    (i + 4) as u32,
                ),
            })
            .collect();
        dataset.add(Batch {
            source: Some(SourceFile {
                path: file,
                fingerprint: u.to_string(),
                kinds: BTreeSet::from([SourceKind::Ledger]),
                units: BTreeSet::from([unit]),
                years: (2016..=2026).collect(),
            }),
            facts: vec![],
            projects,
        });
    }
    let workspace = Workspace::<serde_json::Value> {
        dataset,
        import_log: vec![],
        settings: serde_json::Value::Null,
    };
    let path = std::env::temp_dir().join("planboard-bench.planboard");
    let mut save = Vec::new();
    let mut open = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        workspace.save(&path)?;
        save.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let opened = Workspace::<serde_json::Value>::open(&path)?;
        open.push(t.elapsed().as_secs_f64());
        assert_eq!(
            opened.dataset.projects().len(),
            workspace.dataset.projects().len()
        );
    }
    save.sort_by(f64::total_cmp);
    open.sort_by(f64::total_cmp);
    let size = std::fs::metadata(&path)?.len();
    println!(
        "rows {} | save median {:.0} ms | open median {:.0} ms | file {:.1} MB",
        workspace.dataset.projects().len(),
        save[2] * 1000.0,
        open[2] * 1000.0,
        size as f64 / 1e6
    );
    std::fs::remove_file(&path)?;
    Ok(())
}
