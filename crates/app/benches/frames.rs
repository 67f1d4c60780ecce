//! CPU time of one frame of the window on each tab, with 200,000 ledger rows loaded, headless.
//!
//! `cargo bench -p planboard --bench frames` (`cargo test --benches -p planboard` runs each
//! case once, on 2,000 rows, as a smoke test).
//!
//! A frame is what eframe does on the CPU for the window: the app's real `show` (the function
//! the window calls) in a plain `egui::Context::run_ui`, then tessellation. No AccessKit tree
//! is built (eframe builds it only when a screen reader asks) and nothing is painted (that is
//! the GPU's or the software rasterizer's work, outside this figure). Every frame the pointer
//! moves, so hover states change; the ledger and the drill-down also scroll.
//!
//! The dataset is built in memory from the model's types (no workbook is read): 8 units × 11
//! years (2016–2026, the last through October) of projects, with the units' targets, reported
//! figures (some disagreeing with the ledgers, so the import log lists conflicts) and an
//! import log of one ledger file per unit, one of them with 300 problems.
#![allow(clippy::unwrap_used)]

use divan::Bencher;
use planboard_app::gui::drill::DrillTarget;
use planboard_app::gui::ledger::{LedgerColumn, LedgerFilter};
use planboard_app::{install_fonts, Command, DataView, PlanboardApp, Tab};
use planboard_charts::ChartKind;
use planboard_import::{FileReport, Problem, ProblemKind, Severity, SheetReport, ValueError};
use planboard_model::{
    Batch, Dataset, Decimal, Fact, FactKey, FactKind, Indicator, NaiveDate, PlanPeriod, Project,
    Provenance, Scope, SourceFile, SourceKind, Span, Stage, UnitName,
};
use std::sync::{Arc, LazyLock};

fn main() {
    divan::main();
}

/// Ledger rows of a benchmark run; a smoke run under `cargo test` (no `--bench` argument)
/// uses [`SMOKE_ROWS`].
const ROWS: usize = 200_000;
/// Ledger rows of a smoke run.
const SMOKE_ROWS: usize = 2_000;

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
const INDUSTRIES: [&str; 6] = [
    "新能源电动车",
    "电子信息",
    "生物医药",
    "大健康",
    "现代物流",
    "高端装备制造",
];
const FIRST_YEAR: i32 = 2016;
const LAST_YEAR: i32 = 2026;
/// The last month with data in the last year.
const LAST_MONTH: u32 = 10;

/// The window's size in points (the default window).
const SCREEN: [f32; 2] = [1280.0, 860.0];

fn rows() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        ROWS
    } else {
        SMOKE_ROWS
    }
}

fn unit(n: usize) -> UnitName {
    UnitName::new(UNITS[n % UNITS.len()]).unwrap()
}

fn ledger_file(u: usize) -> String {
    format!("台账/{}项目台账（2016—2026年）.xlsx", UNITS[u])
}

/// Project `n` of unit `u`, signed in `year`.
fn project(n: usize, u: usize, year: i32) -> Project {
    let month = if year == LAST_YEAR {
        (n % LAST_MONTH as usize) as u32 + 1
    } else {
        (n % 12) as u32 + 1
    };
    // Mostly small projects, some over 1 亿元, a few over 10 亿元 (in 亿元, 2 decimals).
    let hundredths = match n % 50 {
        0 => 1_000 + (n % 9_000) as i64,
        1..=8 => 100 + (n % 900) as i64,
        _ => 5 + (n % 95) as i64,
    };
    Project {
        name: format!(
            "{}智能制造产业园建设项目（{n}期）",
            INDUSTRIES[n % INDUSTRIES.len()]
        ),
        unit: unit(u),
        industry: Some(INDUSTRIES[(n / 7) % INDUSTRIES.len()].to_string()),
        signed_on: NaiveDate::from_ymd_opt(year, month, (n % 28) as u32 + 1),
        planned_investment: Some(Decimal::new(hundredths * 100, 2)),
        foreign: Some(n.is_multiple_of(37)),
        enterprise_type: Some(
            if n.is_multiple_of(3) {
                "民营"
            } else {
                "国有"
            }
            .to_string(),
        ),
        stage: Some(Stage::ALL[n % Stage::ALL.len()]),
        responsible: Some(format!("张{}", n % 100)),
        source: Provenance::row(ledger_file(u), format!("{year}年"), (n / 88) as u32 + 4),
    }
}

fn fact(scope: Scope, indicator: Indicator, year: i32, kind: FactKind, value: Decimal) -> Fact {
    Fact {
        key: FactKey {
            scope,
            indicator,
            span: Span::Year(year),
            kind,
        },
        value,
        source: Provenance::row("任务分解表.xlsx", format!("{year}年"), 5),
    }
}

/// The dataset: one ledger file per unit, then the targets and reported figures.
fn dataset(rows: usize) -> Dataset {
    let years = (LAST_YEAR - FIRST_YEAR + 1) as usize;
    let per_unit_year = rows / (UNITS.len() * years);
    let mut dataset = Dataset::new();
    for u in 0..UNITS.len() {
        let projects = (FIRST_YEAR..=LAST_YEAR)
            .flat_map(|year| {
                (0..per_unit_year).map(move |i| {
                    let n = (u * years + (year - FIRST_YEAR) as usize) * per_unit_year + i;
                    project(n, u, year)
                })
            })
            .collect();
        dataset.add(Batch {
            source: Some(SourceFile {
                path: ledger_file(u),
                fingerprint: format!("ledger-{u}"),
                kinds: [SourceKind::Ledger].into(),
                units: [unit(u)].into(),
                years: (FIRST_YEAR..=LAST_YEAR).collect(),
                parts: Default::default(),
            }),
            facts: Vec::new(),
            projects,
        });
    }
    let per_year = Decimal::from(per_unit_year as u64);
    let mut facts = Vec::new();
    for u in 0..UNITS.len() {
        let scope = Scope::Unit(unit(u));
        for year in FIRST_YEAR..=LAST_YEAR {
            let step = Decimal::from((u + year as usize) % 7) / Decimal::from(20);
            let target = |share: Decimal| (per_year * share * (Decimal::ONE + step)).round_dp(0);
            for (indicator, value) in [
                (Indicator::SIGNED_PROJECTS, target(Decimal::ONE)),
                (Indicator::PROJECTS_OVER_100M, target(Decimal::new(18, 2))),
                (Indicator::PROJECTS_OVER_1B, target(Decimal::new(2, 2))),
                (Indicator::FOREIGN_PROJECTS, target(Decimal::new(3, 2))),
                (Indicator::PLANNED_INVESTMENT, target(Decimal::new(90, 2))),
                (Indicator::FUNDS_IN_PLACE, target(Decimal::new(40, 2))),
            ] {
                facts.push(fact(
                    scope.clone(),
                    indicator,
                    year,
                    FactKind::Target,
                    value,
                ));
            }
            let funds = target(Decimal::new(38, 2));
            facts.push(fact(
                scope.clone(),
                Indicator::FUNDS_IN_PLACE,
                year,
                FactKind::Actual,
                funds,
            ));
            // A reported count that disagrees with the ledger: a conflict in the import log.
            if year % 3 == 0 {
                facts.push(fact(
                    scope.clone(),
                    Indicator::SIGNED_PROJECTS,
                    year,
                    FactKind::Actual,
                    per_year + Decimal::from(u as u64 + 1),
                ));
            }
        }
    }
    for year in FIRST_YEAR..=LAST_YEAR {
        for kind in [FactKind::Target, FactKind::Actual] {
            let trips =
                Decimal::from(40 + (year - FIRST_YEAR) + i32::from(kind == FactKind::Actual));
            facts.push(fact(
                Scope::District,
                Indicator::OUTBOUND_TRIPS,
                year,
                kind,
                trips,
            ));
        }
    }
    dataset.add(Batch {
        source: Some(SourceFile {
            path: "任务分解表.xlsx".into(),
            fingerprint: "targets".into(),
            kinds: [SourceKind::TargetBreakdown, SourceKind::ProgressReport].into(),
            units: (0..UNITS.len()).map(unit).collect(),
            years: (FIRST_YEAR..=LAST_YEAR).collect(),
            parts: Default::default(),
        }),
        facts,
        projects: Vec::new(),
    });
    dataset
}

/// The import log of [`dataset`]: one report per ledger file, the first with 300 problems.
fn import_log(dataset: &Dataset) -> Vec<FileReport> {
    let mut rows_per_sheet = std::collections::HashMap::<(&str, &str), u32>::new();
    for project in dataset.projects() {
        *rows_per_sheet
            .entry((&project.source.file, &project.source.sheet))
            .or_default() += 1;
    }
    dataset
        .sources()
        .iter()
        .enumerate()
        .map(|(f, source)| {
            let sheets = source
                .years
                .iter()
                .map(|&year| {
                    let sheet = format!("{year}年");
                    let imported = rows_per_sheet
                        .get(&(source.path.as_str(), sheet.as_str()))
                        .copied()
                        .unwrap_or_default();
                    let problems = if f == 0 && year == FIRST_YEAR {
                        (0..300)
                            .map(|n| Problem {
                                severity: Severity::Warning,
                                place: Provenance::row(source.path.as_str(), sheet.as_str(), n + 4)
                                    .with_column("F"),
                                header: Some("计划总投资（万元）".into()),
                                value: Some("约3000".into()),
                                kind: ProblemKind::BadValue {
                                    error: ValueError::NotANumber,
                                },
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    SheetReport {
                        sheet,
                        kind: source.kinds.iter().next().copied(),
                        unit: source.units.iter().next().cloned(),
                        years: vec![year],
                        rows_read: imported + 6,
                        rows_imported: imported,
                        problems,
                        ..SheetReport::default()
                    }
                })
                .collect();
            FileReport {
                file: source.path.clone(),
                sheets,
                ..FileReport::default()
            }
        })
        .collect()
}

/// The dataset and its import log, built once for every benchmark.
static DATA: LazyLock<(Arc<Dataset>, Vec<FileReport>)> = LazyLock::new(|| {
    let dataset = dataset(rows());
    let log = import_log(&dataset);
    (Arc::new(dataset), log)
});

/// The window without a window: the app in a plain egui context with the bundled font.
struct Window {
    ctx: egui::Context,
    app: PlanboardApp,
    frame: usize,
}

impl Window {
    /// The app on `DATA`, after `commands`, with a few frames run (fonts and layout settled).
    fn new(commands: &[Command]) -> Self {
        let (dataset, log) = &*DATA;
        let ctx = egui::Context::default();
        install_fonts(&ctx);
        let app = PlanboardApp::new(Arc::clone(dataset)).with_import_reports(log);
        let mut window = Self { ctx, app, frame: 0 };
        window.frame(false);
        for command in commands {
            window.app.apply(&window.ctx, command.clone());
        }
        for _ in 0..10 {
            window.frame(false);
        }
        window
    }

    /// One frame: the pointer moves (and with `scroll`, the wheel turns), the app is run and
    /// its shapes tessellated.
    fn frame(&mut self, scroll: bool) {
        self.frame += 1;
        let n = self.frame as f32;
        let pointer = egui::pos2(
            300.0 + 200.0 * (n * 0.1).sin(),
            500.0 + 150.0 * (n * 0.1).cos(),
        );
        let mut events = vec![egui::Event::PointerMoved(pointer)];
        if scroll {
            // Down most of the way, then back up: new rows keep coming into view.
            let dy = if self.frame % 10 < 8 { -240.0 } else { 240.0 };
            events.push(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, dy),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
        }
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::Vec2::from(SCREEN),
            )),
            events,
            ..egui::RawInput::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.show(ui));
        // No GPU to upload the font atlas to.
        output.textures_delta.clear();
        divan::black_box(self.ctx.tessellate(output.shapes, output.pixels_per_point));
    }
}

/// Times frames of the window after `commands`.
fn frames(bencher: Bencher, commands: &[Command], scroll: bool) {
    let mut window = Window::new(commands);
    bencher.bench_local(|| window.frame(scroll));
}

/// 总览: the cards and the written summary.
#[divan::bench]
fn overview(bencher: Bencher) {
    frames(bencher, &[], false);
}

/// 数据: units × indicators, years × indicators, the plan periods.
#[divan::bench(args = ["units", "years", "periods"])]
fn data(bencher: Bencher, view: &str) {
    let view = match view {
        "units" => DataView::Units,
        "years" => DataView::Years,
        _ => DataView::Periods,
    };
    frames(
        bencher,
        &[Command::SetTab(Tab::Data), Command::SetDataView(view)],
        false,
    );
}

/// 项目台账: every project, scrolling.
#[divan::bench]
fn ledger(bencher: Bencher) {
    frames(bencher, &[Command::SetTab(Tab::Ledger)], true);
}

/// 图表: each kind of chart, for the whole current plan period.
#[divan::bench(args = ["yearly", "periods", "ranking", "monthly", "industry"])]
fn charts(bencher: Bencher, kind: &str) {
    let kind = match kind {
        "yearly" => ChartKind::YearlyComparison,
        "periods" => ChartKind::PeriodComparison,
        "ranking" => ChartKind::UnitRanking,
        "monthly" => ChartKind::MonthlyProgress,
        _ => ChartKind::IndustryAndStages,
    };
    frames(
        bencher,
        &[Command::SetTab(Tab::Charts), Command::SetChartKind(kind)],
        false,
    );
}

/// 导入记录: the files, their sheets and problems, the conflicts.
#[divan::bench]
fn import_log_tab(bencher: Bencher) {
    frames(bencher, &[Command::SetTab(Tab::ImportLog)], false);
}

/// The drill-down of the district's 新签约项目 over the current plan period (every project of
/// five years) open over the overview, scrolling.
#[divan::bench]
fn drill_down(bencher: Bencher) {
    let period = PlanPeriod::containing(LAST_YEAR).unwrap();
    frames(
        bencher,
        &[Command::DrillDown(DrillTarget {
            scope: Scope::District,
            indicator: Indicator::SIGNED_PROJECTS,
            span: Span::Plan(period),
        })],
        true,
    );
}

/// Not a frame: sorting every row of the ledger by 计划总投资 (once per click on a header;
/// each click turns the order round).
#[divan::bench]
fn ledger_sort(bencher: Bencher) {
    let mut window = Window::new(&[Command::SetTab(Tab::Ledger)]);
    let ctx = window.ctx.clone();
    bencher.bench_local(|| {
        window
            .app
            .apply(&ctx, Command::SortLedger(LedgerColumn::Investment));
    });
}

/// Not a frame: filtering every row of the ledger by a search text (once per key typed).
#[divan::bench]
fn ledger_search(bencher: Bencher) {
    let mut window = Window::new(&[Command::SetTab(Tab::Ledger)]);
    let ctx = window.ctx.clone();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let filter = LedgerFilter {
            text: format!("张{}", n % 10),
            ..LedgerFilter::default()
        };
        window.app.apply(&ctx, Command::SetLedgerFilter(filter));
    });
}
