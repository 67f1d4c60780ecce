//! Generated inputs, made once and kept in a cache folder (by default `target/bench-data` of
//! the workspace): a file's name holds its size and seed, so a file present is reused as it
//! is, and a different size or seed makes a new one. Files are written under a temporary name
//! and renamed when complete, so an interrupted run leaves no half-written input behind.

use crate::gen::{full_set, ledger};
use std::io;
use std::path::{Path, PathBuf};

/// The seed of every generated input unless told otherwise.
pub const DEFAULT_SEED: u64 = 2026;

/// The root of the workspace this crate was built from.
pub fn workspace_root() -> PathBuf {
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    root.pop();
    root.pop();
    root
}

/// The workspace's `target/bench-data`.
pub fn default_dir() -> PathBuf {
    workspace_root().join("target").join("bench-data")
}

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

/// The generated 项目台账 of `rows` projects in `dir`, written if missing.
pub fn ledger(dir: &Path, rows: u32, seed: u64) -> io::Result<PathBuf> {
    let path = dir.join(format!("ledger-{rows}-rows-seed-{seed}.xlsx"));
    if !path.is_file() {
        std::fs::create_dir_all(dir)?;
        let partial = dir.join(format!(".partial-{}.xlsx", std::process::id()));
        ledger::write(&partial, rows, seed).map_err(xlsx_error)?;
        std::fs::rename(&partial, &path)?;
    }
    Ok(path)
}

/// The generated full set (8 units × 11 years) of `config` in a folder of `dir`, written if
/// missing; returns the folder.
pub fn full_set(dir: &Path, config: &full_set::Config) -> io::Result<PathBuf> {
    let path = dir.join(format!(
        "full-set-{}-per-year-seed-{}",
        config.projects_per_year, config.seed
    ));
    if !path.is_dir() {
        let partial = dir.join(format!(".partial-{}", std::process::id()));
        if partial.exists() {
            std::fs::remove_dir_all(&partial)?;
        }
        full_set::write(&partial, config).map_err(xlsx_error)?;
        std::fs::rename(&partial, &path)?;
    }
    Ok(path)
}
