//! `planboard-bench`: the whole-process benchmarks of issue 9. Generates the inputs once into
//! a cache folder, then measures — each figure in a child process of its own (this program
//! re-run with the hidden `--child`), so that peak memory (`VmHWM`) is the work's alone — and
//! prints a Markdown table with each goal and whether it is met. The figures are never a
//! pass/fail: the exit status is non-zero only when something crashed.
//!
//! ```text
//! cargo build --release -p planboard -p planboard-bench
//! target/release/planboard-bench [--iters 5] [--smoke] [--only import,samples,…]
//! ```

use clap::{Parser, ValueEnum};
use planboard_bench::data::{self, DEFAULT_SEED};
use planboard_bench::gen::full_set;
use planboard_bench::gen::full_set::thousands;
use planboard_bench::work;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// Goals of issue 9.
const IMPORT_TIME_RATIO: f64 = 1.2;
const SAMPLES_MS: f64 = 100.0;
const FIRST_FRAME_MS: f64 = 500.0;
const PNG_MS: f64 = 150.0;
const WORKSPACE_MS: f64 = 1000.0;
const BINARY_MB: f64 = 30.0;

/// How long the app may take to show its first frame and exit before it is stopped.
const APP_TIMEOUT: Duration = Duration::from_secs(30);

/// What to measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Section {
    /// Import of each generated workbook against a plain calamine read.
    Import,
    /// Import of the samples folder into a dataset.
    Samples,
    /// Saving and opening a workspace of the big ledger.
    Workspace,
    /// Saving one chart as PNG.
    Png,
    /// Cold start of the app to its first frame.
    ColdStart,
    /// Size of the app's binary.
    Size,
}

/// The work of a child process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Child {
    /// calamine: open and `worksheet_range` every sheet of every workbook.
    Raw,
    /// `planboard_import::import_file` of every workbook.
    Import,
    /// `import_paths` and adding every batch to a dataset.
    Dataset,
    /// Workspace save and open (the input imported first, untimed).
    Workspace,
    /// One chart saved as PNG (the input imported first, untimed).
    Png,
}

/// Whole-process benchmarks of planboard (issue 9); prints a Markdown table.
#[derive(Debug, Parser)]
#[command(name = "planboard-bench", version)]
struct Cli {
    /// Tiny inputs and one iteration: checks that every benchmark runs (CI).
    #[arg(long)]
    smoke: bool,
    /// Iterations of each measurement (the median is reported) [default: 5; 1 with --smoke].
    #[arg(long)]
    iters: Option<usize>,
    /// Seed of the generated workbooks.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Cache folder of the generated workbooks [default: target/bench-data].
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// The sample workbooks to import as a whole [default: ../shared/samples beside the
    /// workspace, else resources/demo].
    #[arg(long)]
    samples: Option<PathBuf>,
    /// The planboard binary for the cold start and size [default: beside this program].
    #[arg(long)]
    planboard: Option<PathBuf>,
    /// Measure only these sections (comma-separated) [default: all].
    #[arg(long, value_enum, value_delimiter = ',')]
    only: Vec<Section>,
    /// Internal: run one measurement and print it (used by the runner itself).
    #[arg(long, value_enum, hide = true)]
    child: Option<Child>,
    /// Internal: the inputs of a child.
    #[arg(hide = true)]
    inputs: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.child {
        Some(child) => run_child(child, &cli.inputs, cli.iters.unwrap_or(1)),
        None => match run(&cli) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("planboard-bench: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

// ---------------------------------------------------------------------------------------
// Child processes: do the work, print `key=value …` on one line.

/// Peak resident memory of this process, in KiB (Linux `VmHWM`).
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// User + system CPU time of this process, in ms (Linux, 100 ticks a second).
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) * 10.0)
}

fn ms_since(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn run_child(child: Child, inputs: &[PathBuf], iters: usize) -> ExitCode {
    match child_work(child, inputs, iters.max(1)) {
        Ok(fields) => {
            let mut line = fields;
            line.push(format!("peak_kb={}", peak_kb().unwrap_or(0)));
            line.push(format!("cpu_ms={:.0}", cpu_ms().unwrap_or(0.0)));
            println!("{}", line.join(" "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{child:?}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn child_work(child: Child, inputs: &[PathBuf], iters: usize) -> Result<Vec<String>, String> {
    let first = inputs.first().ok_or("no input")?;
    match child {
        Child::Raw => {
            let start = Instant::now();
            let cells = work::raw_read(first)?;
            Ok(vec![
                format!("ms={:.1}", ms_since(start)),
                format!("cells={cells}"),
            ])
        }
        Child::Import => {
            let start = Instant::now();
            let files = planboard_import::collect_workbooks(inputs);
            let imports: Vec<_> = files
                .iter()
                .map(|f| planboard_import::import_file(f, &work::import_options()))
                .collect();
            let ms = ms_since(start);
            if let Some(e) = imports.iter().find_map(|i| i.report.error.as_ref()) {
                return Err(e.message_en());
            }
            let sheets = || imports.iter().flat_map(|i| i.report.sheets.iter());
            let rows: u64 = sheets().map(|s| u64::from(s.rows_imported)).sum();
            let rejected: u64 = sheets().map(|s| u64::from(s.rows_rejected)).sum();
            Ok(vec![
                format!("ms={ms:.1}"),
                format!("rows={rows}"),
                format!("rejected={rejected}"),
            ])
        }
        Child::Dataset => {
            let start = Instant::now();
            let imported = work::import(inputs);
            let ms = ms_since(start);
            if let Some(e) = imported.error() {
                return Err(e);
            }
            Ok(vec![
                format!("ms={ms:.1}"),
                format!("files={}", imported.reports.len()),
                format!("rows={}", imported.rows_imported()),
                format!("rejected={}", imported.rows_rejected()),
            ])
        }
        Child::Workspace => {
            let workspace = work::workspace(inputs);
            let path = std::env::temp_dir()
                .join(format!("planboard-bench-{}.planboard", std::process::id()));
            let (mut save, mut open) = (Vec::new(), Vec::new());
            let mut projects = 0;
            for _ in 0..iters {
                let start = Instant::now();
                workspace.save(&path).map_err(|e| e.to_string())?;
                save.push(ms_since(start));
                let start = Instant::now();
                let opened = work::BenchWorkspace::open(&path).map_err(|e| e.to_string())?;
                open.push(ms_since(start));
                projects = opened.dataset.projects().len();
            }
            let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            // Best effort: a leftover temporary file is harmless.
            let _ = std::fs::remove_file(&path);
            Ok(vec![
                format!("save_ms={:.1}", median(save).unwrap_or(0.0)),
                format!("open_ms={:.1}", median(open).unwrap_or(0.0)),
                format!("projects={projects}"),
                format!("bytes={bytes}"),
            ])
        }
        Child::Png => {
            let dataset = work::import(inputs).dataset;
            let chart = work::chart(&dataset);
            let path =
                std::env::temp_dir().join(format!("planboard-bench-{}.png", std::process::id()));
            let start = Instant::now();
            let bytes = work::save_png(&chart, &path)?;
            let first = ms_since(start);
            let mut times = Vec::new();
            for _ in 0..iters {
                let start = Instant::now();
                work::save_png(&chart, &path)?;
                times.push(ms_since(start));
            }
            // Best effort: a leftover temporary file is harmless.
            let _ = std::fs::remove_file(&path);
            Ok(vec![
                format!("first_ms={first:.1}"),
                format!("ms={:.1}", median(times).unwrap_or(0.0)),
                format!("bytes={bytes}"),
            ])
        }
    }
}

// ---------------------------------------------------------------------------------------
// The parent: inputs, children, the table.

/// The median of `values` (the upper one of an even count); `None` when empty.
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied()
}

/// One child's line, parsed.
type Fields = BTreeMap<String, String>;

fn parse_fields(line: &str) -> Fields {
    line.split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn number(fields: &Fields, key: &str) -> Option<f64> {
    fields.get(key)?.parse().ok()
}

/// Runs a child measurement; `Err` with the reason when it failed or crashed.
fn child(exe: &Path, child: Child, inputs: &[&Path], iters: usize) -> Result<Fields, String> {
    let mode = child
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    let out = Command::new(exe)
        .args(["--child", &mode, "--iters", &iters.to_string()])
        .args(inputs)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        return Err(format!("{} ({})", last.unwrap_or("no message"), out.status));
    }
    Ok(parse_fields(&String::from_utf8_lossy(&out.stdout)))
}

/// Medians over `iters` runs of a child (each run one process).
fn medians(exe: &Path, kind: Child, inputs: &[&Path], iters: usize) -> Result<Fields, String> {
    let mut runs: Vec<Fields> = Vec::new();
    for _ in 0..iters {
        runs.push(child(exe, kind, inputs, 1)?);
    }
    let mut out = runs.last().cloned().unwrap_or_default();
    for key in ["ms", "peak_kb", "cpu_ms"] {
        if let Some(m) = median(runs.iter().filter_map(|r| number(r, key)).collect()) {
            out.insert(key.to_string(), format!("{m}"));
        }
    }
    Ok(out)
}

/// A row of the table.
struct Row {
    what: String,
    figure: String,
    goal: String,
    met: String,
}

fn row(what: impl Into<String>, figure: impl Into<String>, goal: &str, met: Option<bool>) -> Row {
    Row {
        what: what.into(),
        figure: figure.into(),
        goal: goal.to_string(),
        met: match met {
            Some(true) => "met".into(),
            Some(false) => "**not met**".into(),
            None => "—".into(),
        },
    }
}

fn mb(bytes: f64) -> f64 {
    bytes / 1e6
}

/// The sizes of a run.
struct Plan {
    iters: usize,
    ledgers: Vec<u32>,
    per_year: u32,
}

fn run(cli: &Cli) -> Result<(), String> {
    let plan = if cli.smoke {
        Plan {
            iters: cli.iters.unwrap_or(1),
            ledgers: vec![500],
            per_year: 2,
        }
    } else {
        Plan {
            iters: cli.iters.unwrap_or(5),
            ledgers: vec![20_000, 200_000],
            per_year: 50,
        }
    };
    let wanted = |s: Section| cli.only.is_empty() || cli.only.contains(&s);
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir = cli.data_dir.clone().unwrap_or_else(data::default_dir);
    let needs_data = [Section::Import, Section::Workspace, Section::Png]
        .into_iter()
        .any(wanted);

    let mut ledgers = Vec::new();
    let mut set = None;
    if needs_data {
        let start = Instant::now();
        for &rows in &plan.ledgers {
            ledgers.push((
                rows,
                data::ledger(&dir, rows, cli.seed).map_err(|e| e.to_string())?,
            ));
        }
        let config = full_set::Config {
            projects_per_year: plan.per_year,
            seed: cli.seed,
        };
        set = Some(data::full_set(&dir, &config).map_err(|e| e.to_string())?);
        eprintln!(
            "inputs ready in {} ({:.1} s)",
            dir.display(),
            start.elapsed().as_secs_f64()
        );
    }

    let mut rows = Vec::new();
    if wanted(Section::Import) {
        let mut inputs: Vec<(String, &Path)> = ledgers
            .iter()
            .map(|(n, p)| {
                (
                    format!("ledger, {} rows", thousands(u64::from(*n))),
                    p.as_path(),
                )
            })
            .collect();
        if let Some(set) = &set {
            inputs.push((
                format!(
                    "full set, 8 units × 11 years, {} projects a unit-year (all files)",
                    plan.per_year
                ),
                set.as_path(),
            ));
        }
        for (name, path) in inputs {
            rows.extend(import_rows(&exe, &name, path, plan.iters));
        }
    }
    if wanted(Section::Samples) {
        rows.push(samples_row(&exe, cli.samples.as_deref(), plan.iters));
    }
    if wanted(Section::Workspace) {
        if let Some((n, path)) = ledgers.last() {
            rows.extend(workspace_rows(&exe, *n, path, plan.iters));
        }
    }
    if wanted(Section::Png) {
        if let Some(set) = &set {
            rows.push(png_row(&exe, set, plan.iters.max(3)));
        }
    }
    let app = cli.planboard.clone().unwrap_or_else(|| {
        exe.with_file_name(format!("planboard{}", std::env::consts::EXE_SUFFIX))
    });
    if wanted(Section::ColdStart) {
        rows.push(cold_start_row(&app, plan.iters));
    }
    if wanted(Section::Size) {
        rows.push(size_row(&app));
    }
    print_table(cli, &plan, &rows);
    Ok(())
}

/// Bytes of the workbooks under `path`.
fn input_bytes(path: &Path) -> u64 {
    planboard_import::collect_workbooks(&[path.to_path_buf()])
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum()
}

fn import_rows(exe: &Path, name: &str, path: &Path, iters: usize) -> Vec<Row> {
    let bytes = input_bytes(path) as f64;
    let size = if bytes < 1e6 {
        format!("{:.0} kB", bytes / 1e3)
    } else {
        format!("{:.1} MB", mb(bytes))
    };
    // Alternate the two, so that a change of load on the machine hits both alike.
    let (mut raw, mut imp) = (Vec::new(), Vec::new());
    let mut failure = None;
    for _ in 0..iters {
        match (
            child(exe, Child::Raw, &[path], 1),
            child(exe, Child::Import, &[path], 1),
        ) {
            (Ok(r), Ok(i)) => {
                raw.push(r);
                imp.push(i);
            }
            (Err(e), _) => failure = Some(format!("calamine read failed: {e}")),
            (_, Err(e)) => failure = Some(format!("import failed: {e}")),
        }
        if failure.is_some() {
            break;
        }
    }
    if let Some(e) = failure {
        return vec![row(format!("import of {name} ({size})"), e, "", None)];
    }
    let med = |runs: &[Fields], key: &str| {
        median(runs.iter().filter_map(|r| number(r, key)).collect()).unwrap_or(0.0)
    };
    let (raw_ms, raw_kb) = (med(&raw, "ms"), med(&raw, "peak_kb"));
    let (imp_ms, imp_kb) = (med(&imp, "ms"), med(&imp, "peak_kb"));
    let (time_ratio, mem_ratio) = (imp_ms / raw_ms, imp_kb / raw_kb);
    let last = imp.last().cloned().unwrap_or_default();
    let count = |key: &str| number(&last, key).map_or("?".into(), |n| thousands(n as u64));
    let (rows_imported, rejected) = (count("rows"), count("rejected"));
    vec![
        row(
            format!("calamine read of {name} ({size})"),
            format!("{raw_ms:.0} ms, peak {:.0} MB", raw_kb / 1024.0),
            "(reference)",
            None,
        ),
        row(
            format!("import of {name} ({rows_imported} rows imported, {rejected} rejected)"),
            format!(
                "{imp_ms:.0} ms ({time_ratio:.2}×), peak {:.0} MB ({mem_ratio:.2}×), CPU {:.0} ms",
                imp_kb / 1024.0,
                med(&imp, "cpu_ms")
            ),
            "≤ 1.2× time, ≤ 1× peak memory",
            Some(time_ratio <= IMPORT_TIME_RATIO && mem_ratio <= 1.0),
        ),
    ]
}

/// The samples folder: as given, else `../shared/samples` beside the workspace, else the
/// bundled demo workbooks.
fn samples_dir(given: Option<&Path>) -> PathBuf {
    if let Some(path) = given {
        return path.to_path_buf();
    }
    let root = data::workspace_root();
    let shared = root.parent().map(|p| p.join("shared").join("samples"));
    match shared {
        Some(shared) if shared.is_dir() => shared,
        _ => root.join("resources").join("demo"),
    }
}

fn samples_row(exe: &Path, given: Option<&Path>, iters: usize) -> Row {
    let dir = samples_dir(given);
    let what = format!("import of the samples ({}) into a dataset", dir.display());
    match medians(exe, Child::Dataset, &[&dir], iters) {
        Ok(f) => {
            let ms = number(&f, "ms").unwrap_or(0.0);
            row(
                format!(
                    "{what}: {} files, {} rows",
                    f.get("files").map_or("?", String::as_str),
                    f.get("rows").map_or("?", String::as_str)
                ),
                format!("{ms:.0} ms"),
                "≤ 100 ms",
                Some(ms <= SAMPLES_MS),
            )
        }
        Err(e) => row(what, format!("failed: {e}"), "≤ 100 ms", None),
    }
}

fn workspace_rows(exe: &Path, n: u32, ledger: &Path, iters: usize) -> Vec<Row> {
    let what = format!("workspace of the {}-row ledger", thousands(u64::from(n)));
    match child(exe, Child::Workspace, &[ledger], iters) {
        Ok(f) => {
            let size = format!("{:.0} MB", mb(number(&f, "bytes").unwrap_or(0.0)));
            let save = number(&f, "save_ms").unwrap_or(0.0);
            let open = number(&f, "open_ms").unwrap_or(0.0);
            vec![
                row(
                    format!("{what}: save ({size})"),
                    format!("{save:.0} ms"),
                    "≤ 1 s",
                    Some(save <= WORKSPACE_MS),
                ),
                row(
                    format!("{what}: open"),
                    format!("{open:.0} ms"),
                    "≤ 1 s",
                    Some(open <= WORKSPACE_MS),
                ),
            ]
        }
        Err(e) => vec![row(what, format!("failed: {e}"), "≤ 1 s", None)],
    }
}

fn png_row(exe: &Path, set: &Path, iters: usize) -> Row {
    let what = "one chart saved as PNG (1920×1080, software wgpu)";
    match child(exe, Child::Png, &[set], iters) {
        Ok(f) => {
            let ms = number(&f, "ms").unwrap_or(0.0);
            row(
                what,
                format!(
                    "{ms:.0} ms (first of a process, device set-up included: {:.0} ms)",
                    number(&f, "first_ms").unwrap_or(0.0)
                ),
                "≤ 150 ms",
                Some(ms <= PNG_MS),
            )
        }
        Err(e) => row(what, format!("failed: {e}"), "≤ 150 ms", None),
    }
}

/// The `first_frame_ms=<number>` the app prints after its first frame.
fn first_frame_ms(stdout: &str) -> Option<f64> {
    stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("first_frame_ms="))
        .and_then(|v| v.trim().parse().ok())
}

/// An X server of our own, stopped when dropped.
struct Xvfb(std::process::Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM, so that the server removes its lock file and socket; SIGKILL if it lingers.
        // Best effort: the server may have gone already.
        let _ = Command::new("kill")
            .arg(self.0.id().to_string())
            .stderr(Stdio::null())
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The display to run the app on: the session's, else an Xvfb started here.
fn display() -> Result<(String, Option<Xvfb>), String> {
    if let Some(d) = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
    {
        return Ok((d, None));
    }
    let n = (99..120)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .ok_or("no free display number")?;
    let name = format!(":{n}");
    let server = Command::new("Xvfb")
        .args([
            name.as_str(),
            "-screen",
            "0",
            "1920x1080x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("no display, and Xvfb could not start: {e}"))?;
    let server = Xvfb(server);
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
    let start = Instant::now();
    while !socket.exists() {
        if start.elapsed() > Duration::from_secs(10) {
            return Err("no display: Xvfb did not come up".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((name, Some(server)))
}

/// Reads a child's pipe to its end on a thread of its own.
fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = pipe {
            // What could not be read is reported as a missing figure.
            let _ = pipe.read_to_string(&mut text);
        }
        text
    })
}

/// One cold start: (first_frame_ms printed, whole-process wall ms).
fn cold_start(app: &Path, display: Option<&str>) -> Result<(f64, f64), String> {
    let mut command = Command::new(app);
    command
        .arg("--first-frame-exit")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = display {
        command.env("DISPLAY", d).env_remove("WAYLAND_DISPLAY");
    }
    let start = Instant::now();
    let mut process = command.spawn().map_err(|e| e.to_string())?;
    // Read both pipes while the app runs, so that a chatty app never blocks on a full pipe.
    let stdout = drain(process.stdout.take());
    let stderr = drain(process.stderr.take());
    let status = loop {
        if let Some(status) = process.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > APP_TIMEOUT {
            // Best effort: it is stopped either way.
            let _ = process.kill();
            let _ = process.wait();
            return Err(format!(
                "no exit within {} s (does this planboard know --first-frame-exit?)",
                APP_TIMEOUT.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let wall = ms_since(start);
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        return Err(format!("{status}: {}", last.unwrap_or("no message")));
    }
    let first = first_frame_ms(&stdout).ok_or("no first_frame_ms=… line on stdout")?;
    Ok((first, wall))
}

fn cold_start_row(app: &Path, iters: usize) -> Row {
    let what = format!("cold start to the first painted frame ({})", app.display());
    let goal = "≤ 0.5 s";
    if !app.is_file() {
        return row(what, "not available: binary not built", goal, None);
    }
    let (name, server) = match display() {
        Ok(d) => d,
        Err(e) => return row(what, format!("skipped: {e}"), goal, None),
    };
    // The app inherits the session's display; ours is passed on explicitly.
    let display = server.as_ref().map(|_| name.as_str());
    let mut firsts = Vec::new();
    let mut walls = Vec::new();
    for _ in 0..iters {
        match cold_start(app, display) {
            Ok((first, wall)) => {
                firsts.push(first);
                walls.push(wall);
            }
            Err(e) => return row(what, format!("not available: {e}"), goal, None),
        }
    }
    drop(server);
    let first = median(firsts).unwrap_or(0.0);
    row(
        format!("{what} on {name}"),
        format!(
            "{first:.0} ms to the first frame; {:.0} ms the whole process",
            median(walls).unwrap_or(0.0)
        ),
        goal,
        Some(first <= FIRST_FRAME_MS),
    )
}

fn size_row(app: &Path) -> Row {
    let what = format!("binary size ({})", app.display());
    match std::fs::metadata(app) {
        Ok(m) => row(
            what,
            format!(
                "{} bytes ({:.1} MB, {:.1} MiB)",
                thousands(m.len()),
                mb(m.len() as f64),
                m.len() as f64 / 1_048_576.0
            ),
            "≤ 30 MB",
            Some(mb(m.len() as f64) <= BINARY_MB),
        ),
        Err(_) => row(what, "not available: binary not built", "≤ 30 MB", None),
    }
}

fn print_table(cli: &Cli, plan: &Plan, rows: &[Row]) {
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "planboard-bench {}: {} build, {} iteration(s), seed {}, {cores} cores, load average {load} at the end{}",
        env!("CARGO_PKG_VERSION"),
        if cfg!(debug_assertions) { "debug" } else { "release" },
        plan.iters,
        cli.seed,
        if cli.smoke { ", smoke sizes" } else { "" },
    );
    println!();
    println!("| what | figure (median) | goal | met |");
    println!("| --- | --- | --- | --- |");
    for r in rows {
        println!("| {} | {} | {} | {} |", r.what, r.figure, r.goal, r.met);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_first_frame_line() {
        assert_eq!(first_frame_ms("first_frame_ms=312.5\n"), Some(312.5));
        assert_eq!(
            first_frame_ms("loading fonts\nfirst_frame_ms=87\nbye\n"),
            Some(87.0)
        );
        assert_eq!(first_frame_ms("first_frame_ms=\n"), None);
        assert_eq!(first_frame_ms(""), None);
    }

    #[test]
    fn medians_and_fields() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![]), None);
        let f = parse_fields("ms=12.5 peak_kb=100 rows=3");
        assert_eq!(number(&f, "ms"), Some(12.5));
        assert_eq!(number(&f, "rows"), Some(3.0));
        assert_eq!(thousands(200_000), "200,000");
    }
}
