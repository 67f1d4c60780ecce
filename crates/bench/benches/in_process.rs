//! In-process figures of issue 9 (divan): import of the 20,000-row ledger against a plain
//! calamine read of the same file, saving and opening a workspace of the 200,000-row ledger,
//! and saving one chart as PNG. Inputs come from the seeded generator, made once into
//! `target/bench-data` and imported once per process.
//!
//! `cargo bench -p planboard-bench` measures. Under `cargo test --benches` (no `--bench`
//! argument) divan runs each benchmark once, and the inputs are tiny, so that the check stays
//! quick.

use planboard_bench::data::{self, DEFAULT_SEED};
use planboard_bench::gen::full_set;
use planboard_bench::work::{self, BenchWorkspace};
use planboard_charts::ChartData;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The temporary directory of this process's files, made in `main` and removed after the runs.
static TEMP_DIR: OnceLock<PathBuf> = OnceLock::new();

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    TEMP_DIR
        .set(dir.path().to_path_buf())
        .expect("temp dir set once");
    divan::main();
    // Best effort: a leftover temporary directory is harmless.
    let _ = dir.close();
}

/// Whether divan measures (`cargo bench`), rather than running each benchmark once.
fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The ledger imported by the import benchmarks: 20,000 rows when measuring.
fn import_ledger() -> &'static PathBuf {
    static LEDGER: OnceLock<PathBuf> = OnceLock::new();
    LEDGER.get_or_init(|| {
        let rows = if measuring() { 20_000 } else { 300 };
        data::ledger(&data::default_dir(), rows, DEFAULT_SEED).expect("generated ledger")
    })
}

/// A workspace of the big ledger (200,000 rows when measuring) and a saved copy of it.
fn workspace() -> &'static (BenchWorkspace, PathBuf) {
    static WORKSPACE: OnceLock<(BenchWorkspace, PathBuf)> = OnceLock::new();
    WORKSPACE.get_or_init(|| {
        let rows = if measuring() { 200_000 } else { 300 };
        let ledger =
            data::ledger(&data::default_dir(), rows, DEFAULT_SEED).expect("generated ledger");
        let workspace = work::workspace(&[ledger]);
        let path = temp_file("opened.planboard");
        workspace.save(&path).expect("saved workspace");
        (workspace, path)
    })
}

/// The chart of a generated full set (50 projects a unit-year when measuring).
fn chart() -> &'static ChartData {
    static CHART: OnceLock<ChartData> = OnceLock::new();
    CHART.get_or_init(|| {
        let config = full_set::Config {
            projects_per_year: if measuring() { 50 } else { 2 },
            seed: DEFAULT_SEED,
        };
        let set = data::full_set(&data::default_dir(), &config).expect("generated full set");
        work::chart(&work::import(&[set]).dataset)
    })
}

/// `name` in this process's temporary directory.
fn temp_file(name: &str) -> PathBuf {
    TEMP_DIR.get().expect("temp dir made in main").join(name)
}

/// `planboard_import::import_file` of the 20,000-row ledger.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn import_file_ledger_20k(bencher: divan::Bencher) {
    let path = import_ledger();
    let options = work::import_options();
    bencher.bench(|| planboard_import::import_file(path, &options));
}

/// calamine: open and `worksheet_range` every sheet of the same ledger.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn calamine_read_ledger_20k(bencher: divan::Bencher) {
    let path = import_ledger();
    bencher.bench(|| work::raw_read(path).expect("calamine read"));
}

/// Saving the workspace of the 200,000-row ledger (atomically: temp file, fsync, rename).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn workspace_save_200k(bencher: divan::Bencher) {
    let (workspace, _) = workspace();
    let path = temp_file("saved.planboard");
    bencher.bench(|| workspace.save(&path).expect("saved workspace"));
    // Best effort: a leftover temporary file is harmless.
    let _ = std::fs::remove_file(&path);
}

/// Opening the workspace of the 200,000-row ledger (parse, migrate, rebuild the indexes).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn workspace_open_200k(bencher: divan::Bencher) {
    let (_, path) = workspace();
    bencher.bench(|| BenchWorkspace::open(path).expect("opened workspace"));
}

/// One chart saved as a 1920×1080 PNG file (the wgpu device is made before timing).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn chart_png(bencher: divan::Bencher) {
    let chart = chart();
    let path = temp_file("chart.png");
    work::save_png(chart, &path).expect("first PNG");
    bencher.bench(|| work::save_png(chart, &path).expect("PNG"));
    // Best effort: a leftover temporary file is harmless.
    let _ = std::fs::remove_file(&path);
}
