//! Frame-time benchmark of the 项目台账 tab with 200,000 ledger rows, headless.
//!
//! Builds the dataset in code and runs the real app's frames without a window or GPU: first
//! in a plain `egui::Context` (`run_ui` plus tessellation: the CPU part of a frame as eframe
//! runs it), then in an egui_kittest harness (which also builds the AccessKit tree every
//! frame, as only a screen reader would ask for). The table is scrolled a little every frame;
//! the median, 90th percentile and worst wall time of a frame are printed (one thread, so on
//! an idle machine that is its CPU time), and the mean CPU time per frame of this thread from
//! `/proc/thread-self/schedstat` where there is one (Linux; tick-grained, so only the mean
//! over many frames is meaningful). CPU time of this thread is
//! read from `/proc/thread-self/schedstat` where there is one (Linux), else wall time is used.
//! Also times a sort and a text filter over all rows (done once per change, not per frame).
//!
//! `cargo run --release -p planboard --example bench_ledger_frame [ROWS]`
#![allow(clippy::unwrap_used)]

use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use planboard_app::ledger::{LedgerColumn, LedgerFilter};
use planboard_app::{install_fonts, Command, PlanboardApp, Tab};
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

/// CPU time of this thread so far, where the system says.
fn cpu_time() -> Option<Duration> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map(Duration::from_nanos)
}

/// Wall times of frames, and the CPU time they took together.
struct Frames {
    wall: Vec<Duration>,
    cpu: Option<Duration>,
}

/// Times `frames` calls of `frame`.
fn time_frames(frames: usize, mut frame: impl FnMut(usize)) -> Frames {
    let cpu_before = cpu_time();
    let mut wall = Vec::with_capacity(frames);
    for n in 0..frames {
        let before = Instant::now();
        frame(n);
        wall.push(before.elapsed());
    }
    let cpu = cpu_time()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    Frames { wall, cpu }
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

fn stats(label: &str, frames: Frames) {
    let mut times = frames.wall;
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let cpu = frames.cpu.map_or_else(String::new, |cpu| {
        format!(
            "; mean CPU {:.2} ms",
            cpu.as_secs_f64() * 1e3 / times.len() as f64
        )
    });
    println!(
        "{label}: median {:.2} ms, p90 {:.2} ms, max {:.2} ms over {} frames{cpu}",
        at(0.5).as_secs_f64() * 1e3,
        at(0.9).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        times.len()
    );
}

/// Frames of the app in a plain egui context, scrolling the ledger by `delta` each frame.
fn plain_frames(app: &mut PlanboardApp, frames: usize) -> Frames {
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 1000.0));
    let pointer = egui::pos2(500.0, 500.0);
    let input = |events: Vec<egui::Event>| egui::RawInput {
        screen_rect: Some(screen),
        events,
        ..egui::RawInput::default()
    };
    let run = |app: &mut PlanboardApp, events| {
        let output = ctx.run_ui(input(events), |ui| app.show(ui));
        let _meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
    };
    run(app, Vec::new());
    app.apply(&ctx, Command::SetTab(Tab::Ledger));
    for _ in 0..30 {
        run(app, vec![egui::Event::PointerMoved(pointer)]);
    }
    let times = time_frames(frames, |frame| {
        let dy = if frame % 10 < 8 { -240.0 } else { 240.0 };
        let events = vec![
            egui::Event::PointerMoved(pointer),
            egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, dy),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            },
        ];
        run(app, events);
    });
    app.apply(&ctx, Command::SetTab(Tab::Overview));
    times
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let started = Instant::now();
    let dataset = Dataset::from_parts(Vec::new(), projects(rows));
    let mut app = PlanboardApp::new(dataset);
    println!(
        "{rows} ledger rows: dataset and app built in {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    stats(
        "ledger tab, plain egui frame (run_ui + tessellate), scrolling",
        plain_frames(&mut app, FRAMES),
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
    // Down most of the way, then back up: rows keep coming into view.
    let times = time_frames(FRAMES, |frame| {
        scroll(&mut harness, if frame % 10 < 8 { -240.0 } else { 240.0 });
        harness.step();
    });
    stats(
        "ledger tab in egui_kittest (with AccessKit), scrolling",
        times,
    );

    let ctx = harness.ctx.clone();
    let before = Instant::now();
    harness
        .state_mut()
        .apply(&ctx, Command::SortLedger(LedgerColumn::Investment));
    println!(
        "sort {rows} rows by investment: {:.1} ms",
        before.elapsed().as_secs_f64() * 1e3
    );
    let before = Instant::now();
    harness.state_mut().apply(
        &ctx,
        Command::SetLedgerFilter(LedgerFilter {
            text: "张7".into(),
            ..LedgerFilter::default()
        }),
    );
    println!(
        "text filter over {rows} rows: {:.1} ms",
        before.elapsed().as_secs_f64() * 1e3
    );
    let times = time_frames(FRAMES, |frame| {
        scroll(&mut harness, if frame % 10 < 8 { -240.0 } else { 240.0 });
        harness.step();
    });
    stats(
        "ledger tab in egui_kittest (with AccessKit), sorted and filtered, scrolling",
        times,
    );
}
