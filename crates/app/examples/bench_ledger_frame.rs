//! Frame-time benchmark of the 项目台账 tab with 200,000 ledger rows, headless.
//!
//! Builds the dataset in code, opens the ledger tab in an egui_kittest harness (no window, no
//! GPU: layout and tessellation, the CPU part of a frame), scrolls the table a little every
//! frame and prints the median, 90th percentile and worst frame. CPU time of this thread is
//! read from `/proc/thread-self/schedstat` where there is one (Linux), else wall time is used.
//! Also times a sort and a text filter over all rows (done once per change, not per frame).
//!
//! `cargo run --release -p planboard --example bench_ledger_frame [ROWS]`
#![allow(clippy::unwrap_used)]

use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use planboard_app::ledger::{LedgerColumn, LedgerFilter};
use planboard_app::{install_fonts, Command, PlanboardApp};
use planboard_model::{Dataset, Decimal, NaiveDate, Project, Provenance, Stage, UnitName};
use std::time::{Duration, Instant};

const UNITS: [&str; 8] = [
    "城东街道",
    "城西街道",
    "南湖街道",
    "北山镇",
    "河口镇",
    "石桥镇",
    "工业园区",
    "高新区",
];
const INDUSTRIES: [&str; 5] = ["新能源电动车", "电子信息", "生物医药", "大健康", "现代物流"];
const FRAMES: usize = 300;

/// CPU time of this thread so far, or wall time where the system does not say.
fn thread_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map(Duration::from_nanos)
        .unwrap_or_else(|| START.get_or_init(Instant::now).elapsed())
}

fn projects(rows: usize) -> Vec<Project> {
    (0..rows)
        .map(|n| {
            let year = 2016 + (n % 11) as i32;
            Project {
                name: format!("第{n}号智能制造产业园建设项目"),
                unit: UnitName::new(UNITS[n % UNITS.len()]).unwrap(),
                industry: Some(INDUSTRIES[n % INDUSTRIES.len()].to_string()),
                signed_on: NaiveDate::from_ymd_opt(year, (n % 12) as u32 + 1, (n % 28) as u32 + 1),
                planned_investment: Some(Decimal::new((n % 5000) as i64 + 10, 2)),
                foreign: Some(n % 37 == 0),
                enterprise_type: None,
                stage: Some(Stage::ALL[n % 4]),
                responsible: Some(format!("张{}", n % 100)),
                source: Provenance::row(
                    format!("{}项目台账.xlsx", UNITS[n % UNITS.len()]),
                    format!("{year}年"),
                    (n / 8) as u32 + 4,
                ),
            }
        })
        .collect()
}

fn stats(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{label}: median {:.2} ms, p90 {:.2} ms, max {:.2} ms over {} frames",
        at(0.5).as_secs_f64() * 1e3,
        at(0.9).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        times.len()
    );
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let started = Instant::now();
    let dataset = Dataset::from_parts(Vec::new(), projects(rows));
    let app = PlanboardApp::new(dataset);
    println!(
        "{rows} ledger rows: dataset and app built in {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut PlanboardApp| app.show(ui), app);
    harness.run();
    harness.get_by_label("项目台账").click();
    harness.run();
    harness.get_by_label(&format!("显示 {rows} / 共 {rows} 个项目"));
    let table = harness.get_by_label("项目名称").rect().center() + egui::vec2(0.0, 200.0);

    let scroll = |harness: &mut Harness<'_, PlanboardApp>, dy: f32| {
        harness.hover_at(table);
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, dy),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
    };
    for _ in 0..30 {
        scroll(&mut harness, -120.0);
        harness.step();
    }
    let mut times = Vec::with_capacity(FRAMES);
    for frame in 0..FRAMES {
        // Down most of the way, then back up: rows keep coming into view.
        scroll(&mut harness, if frame % 10 < 8 { -240.0 } else { 240.0 });
        let before = thread_time();
        harness.step();
        times.push(thread_time() - before);
    }
    stats("ledger tab, scrolling", times);

    let ctx = harness.ctx.clone();
    let before = thread_time();
    harness
        .state_mut()
        .apply(&ctx, Command::SortLedger(LedgerColumn::Investment));
    println!(
        "sort {rows} rows by investment: {:.1} ms",
        (thread_time() - before).as_secs_f64() * 1e3
    );
    let before = thread_time();
    harness.state_mut().apply(
        &ctx,
        Command::SetLedgerFilter(LedgerFilter {
            text: "张7".into(),
            ..LedgerFilter::default()
        }),
    );
    println!(
        "text filter over {rows} rows: {:.1} ms",
        (thread_time() - before).as_secs_f64() * 1e3
    );
    let mut times = Vec::with_capacity(FRAMES);
    for frame in 0..FRAMES {
        scroll(&mut harness, if frame % 10 < 8 { -240.0 } else { 240.0 });
        let before = thread_time();
        harness.step();
        times.push(thread_time() - before);
    }
    stats("ledger tab, sorted and filtered, scrolling", times);
}
