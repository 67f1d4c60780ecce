//! Import speed benchmark (issue 3, "Speed"): generates a seeded project ledger with
//! rust_xlsxwriter, then measures in the same run
//!
//! * `raw`    — a plain calamine read: open the xlsx and `worksheet_range` every sheet;
//! * `open`   — planboard's opening layer alone (`open::read_workbook`: checks + cells);
//! * `import` — `planboard_import::import_file` (opening, tables, values, report).
//!
//! Every measurement runs in a child process of its own (this binary re-run with `--mode`),
//! which reports its wall time and its peak resident memory (`VmHWM`). A child that fails or
//! panics is reported as such; the others are still measured.
//!
//! ```text
//! cargo run --release -p planboard-import --example bench_import -- [--rows 200000] [--seed N]
//!     [--iters 3] [--file existing.xlsx] [--smoke]
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

#[path = "gen/ledger.rs"]
mod ledger;

struct Args {
    rows: u32,
    seed: u64,
    iters: usize,
    file: Option<PathBuf>,
    mode: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        rows: 200_000,
        seed: 2026,
        iters: 3,
        file: None,
        mode: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--rows" => {
                args.rows = value("--rows")?
                    .parse()
                    .map_err(|e| format!("--rows: {e}"))?
            }
            "--seed" => {
                args.seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--iters" => {
                args.iters = value("--iters")?
                    .parse()
                    .map_err(|e| format!("--iters: {e}"))?
            }
            "--file" => args.file = Some(PathBuf::from(value("--file")?)),
            "--mode" => args.mode = Some(value("--mode")?),
            "--smoke" => {
                args.rows = 500;
                args.iters = 1;
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("bench_import: {e}");
            std::process::exit(2);
        }
    };
    let code = match (&args.mode, &args.file) {
        (Some(mode), Some(file)) => child(mode, file),
        (Some(_), None) => {
            eprintln!("bench_import: --mode needs --file");
            2
        }
        (None, _) => parent(&args),
    };
    std::process::exit(code);
}

/// One measurement: prints `elapsed_ms peak_kb detail` on stdout.
fn child(mode: &str, file: &Path) -> i32 {
    let started = Instant::now();
    let detail = match mode {
        "raw" => raw_read(file),
        "open" => planboard_import::open::read_workbook(file)
            .map(|book| {
                let cells: usize = book
                    .sheets
                    .iter()
                    .map(|s| s.cells.used_cells().count())
                    .sum();
                format!("{cells} cells")
            })
            .map_err(|e| e.to_string()),
        "import" => {
            let imported = planboard_import::import_file(file, &Default::default());
            match imported.report.error {
                Some(e) => Err(e),
                None => {
                    let rows: u32 = imported.report.sheets.iter().map(|s| s.rows_imported).sum();
                    let rejected: u32 =
                        imported.report.sheets.iter().map(|s| s.rows_rejected).sum();
                    Ok(format!("{rows} rows imported, {rejected} rejected"))
                }
            }
        }
        other => Err(format!("unknown mode {other}")),
    };
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    match detail {
        Ok(detail) => {
            println!(
                "{elapsed:.1} {} {:.1} {detail}",
                peak_kb().unwrap_or(0),
                cpu_ms().unwrap_or(0.0)
            );
            0
        }
        Err(e) => {
            eprintln!("{mode}: {e}");
            1
        }
    }
}

/// The plain calamine read the importer is measured against.
fn raw_read(file: &Path) -> Result<String, String> {
    use calamine::{open_workbook, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(file).map_err(|e| format!("{e}"))?;
    let mut cells = 0usize;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| format!("{e}"))?;
        cells += range.used_cells().count();
    }
    Ok(format!("{cells} cells"))
}

/// User + system CPU time of this process (all threads), in ms (Linux, 100 ticks a second).
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) * 10.0)
}

/// Peak resident memory of this process, in KiB (Linux).
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

struct Sample {
    ms: f64,
    peak_kb: u64,
    cpu_ms: f64,
    detail: String,
}

fn run_child(exe: &Path, mode: &str, file: &Path) -> Result<Sample, String> {
    let out = Command::new(exe)
        .args(["--mode", mode, "--file"])
        .arg(file)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return Err(format!("failed ({}): {last}", out.status));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut parts = stdout.trim().splitn(4, ' ');
    let ms = parts.next().and_then(|s| s.parse().ok()).ok_or("no time")?;
    let peak_kb = parts.next().and_then(|s| s.parse().ok()).ok_or("no peak")?;
    let cpu_ms = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or("no cpu time")?;
    Ok(Sample {
        ms,
        peak_kb,
        cpu_ms,
        detail: parts.next().unwrap_or("").to_string(),
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn parent(args: &Args) -> i32 {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("bench_import: {e}");
            return 2;
        }
    };
    let file = match &args.file {
        Some(file) => file.clone(),
        None => {
            let path = std::env::temp_dir().join(format!(
                "planboard-bench-ledger-{}-{}.xlsx",
                args.rows, args.seed
            ));
            if !path.exists() {
                let started = Instant::now();
                if let Err(e) = ledger::write(&path, args.rows, args.seed) {
                    eprintln!("bench_import: generating {}: {e}", path.display());
                    return 2;
                }
                eprintln!(
                    "generated {} rows in {:.1} s",
                    args.rows,
                    started.elapsed().as_secs_f64()
                );
            }
            path
        }
    };
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    println!(
        "file: {} ({:.1} MB), {} iteration(s) per mode, each in its own process",
        file.display(),
        size as f64 / 1e6,
        args.iters
    );

    let modes = ["raw", "open", "import"];
    let mut samples: Vec<Vec<Sample>> = modes.iter().map(|_| Vec::new()).collect();
    let mut failures: Vec<Option<String>> = modes.iter().map(|_| None).collect();
    for _ in 0..args.iters.max(1) {
        for (i, mode) in modes.iter().enumerate() {
            if failures[i].is_some() {
                continue;
            }
            match run_child(&exe, mode, &file) {
                Ok(sample) => samples[i].push(sample),
                Err(e) => failures[i] = Some(e),
            }
        }
    }

    println!(
        "{:<8} {:>10} {:>10} {:>10} {:>9} {:>9}  detail",
        "mode", "wall ms", "cpu ms", "peak MB", "time ×raw", "mem ×raw"
    );
    let summary: Vec<Option<(f64, f64)>> = samples
        .iter()
        .map(|s| {
            (!s.is_empty()).then(|| {
                let ms = median(s.iter().map(|x| x.ms).collect());
                let peak = median(s.iter().map(|x| x.peak_kb as f64 / 1024.0).collect());
                (ms, peak)
            })
        })
        .collect();
    let cpu: Vec<f64> = samples
        .iter()
        .map(|s| {
            if s.is_empty() {
                0.0
            } else {
                median(s.iter().map(|x| x.cpu_ms).collect())
            }
        })
        .collect();
    let raw = summary[0];
    for (i, mode) in modes.iter().enumerate() {
        match (summary[i], &failures[i]) {
            (Some((ms, peak)), None) => {
                let (t, m) = match raw {
                    Some((raw_ms, raw_peak)) => (
                        format!("{:.2}", ms / raw_ms),
                        format!("{:.2}", peak / raw_peak),
                    ),
                    None => ("-".into(), "-".into()),
                };
                let detail = samples[i].last().map(|s| s.detail.as_str()).unwrap_or("");
                let cpu = cpu[i];
                println!("{mode:<8} {ms:>10.1} {cpu:>10.1} {peak:>10.1} {t:>9} {m:>9}  {detail}");
            }
            (_, Some(e)) => println!(
                "{mode:<8} {:>10} {:>10} {:>10} {:>9} {:>9}  {e}",
                "n/a", "n/a", "n/a", "-", "-"
            ),
            (None, None) => println!("{mode:<8} no samples"),
        }
    }
    if let (Some((raw_ms, raw_peak)), Some((imp_ms, imp_peak))) = (raw, summary[2]) {
        let time_ok = imp_ms <= 1.2 * raw_ms;
        let mem_ok = imp_peak <= raw_peak;
        println!(
            "goal: import ≤ 1.2× raw time ({}), ≤ raw peak memory ({})",
            if time_ok { "met" } else { "NOT met" },
            if mem_ok { "met" } else { "NOT met" }
        );
    }
    0
}
