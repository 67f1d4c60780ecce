//! Reads the Excel workbooks sub-districts really send into the planboard model, accounting
//! for every row. Knows the model, never the GUI.

pub mod open;
mod report;

pub use report::{FileReport, Problem, Severity, SheetReport, SkipReason, SkippedRow};

use planboard_model::{Batch, UnitName};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// Choices the caller makes for an import.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// The unit to use for sheets whose unit cannot be told (CLI `--unit`, the window's prompt).
    pub unit: Option<UnitName>,
}

/// What one file gave: its data (to add to a dataset) and its report.
#[derive(Clone, Debug, Default)]
pub struct FileImport {
    /// Facts and projects, with the source file's identity.
    pub batch: Batch,
    /// What happened.
    pub report: FileReport,
}

/// Progress of a multi-file import.
#[derive(Clone, Debug)]
pub struct Progress {
    /// 0-based index of the file being read.
    pub index: usize,
    /// How many files in all.
    pub total: usize,
    /// The file being read.
    pub file: PathBuf,
}

/// Imports one file. Never panics and never hangs: a bad file gives a report with an error.
pub fn import_file(path: &Path, options: &ImportOptions) -> FileImport {
    let _ = (path, options);
    todo!("the importer issue fills this in")
}

/// Expands directories (recursively) into the workbook files they hold, sorted; files given
/// directly are kept whatever their extension.
pub fn collect_workbooks(paths: &[PathBuf]) -> Vec<PathBuf> {
    let _ = paths;
    todo!("the importer issue fills this in")
}

/// Imports many files in order, reporting progress before each; stops early when `cancel` is
/// set (the files done so far are returned).
pub fn import_paths(
    paths: &[PathBuf],
    options: &ImportOptions,
    on_progress: &mut dyn FnMut(&Progress),
    cancel: &AtomicBool,
) -> Vec<FileImport> {
    let _ = (paths, options, on_progress, cancel);
    todo!("the importer issue fills this in")
}
