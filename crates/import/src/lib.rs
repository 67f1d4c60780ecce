//! Reads the Excel workbooks sub-districts really send into the planboard model, accounting
//! for every row. Knows the model, never the GUI.

mod conflicts;
mod file_error;
mod grid;
mod layout;
pub mod open;
mod periods;
mod problem_kind;
mod read;
mod report;
mod sample;
mod saved_layout;
mod sheet;
mod synonyms;
mod understand;
mod unit;
mod values;

pub use conflicts::check_conflicts;
pub use file_error::FileError;
pub use layout::{ColumnRole, Figure, LayoutKind, RowClass, When};
pub use periods::MoneyUnit;
pub use problem_kind::{LostRows, ProblemKind};
pub use report::{
    row_ranges, FileReport, Problem, Severity, SheetNote, SheetReport, SkipReason, SkippedRow,
};
pub use sample::{
    Merge, Preview, PreviewError, SampleError, SheetSample, PREVIEW_PROJECTS, SAMPLE_ROWS,
};
pub use saved_layout::{LayoutError, SavedLayout, SkipRule, LAYOUT_FORMAT, LAYOUT_VERSION};
pub use sheet::SheetView;
pub use synonyms::LedgerField;
pub use unit::ScopeHint;
pub use values::{Value, ValueError};

use planboard_model::{Batch, NaiveDate, SourceFile, UnitName};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Choices the caller makes for an import.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// The unit to use for sheets whose unit cannot be told (CLI `--unit`, the window's prompt).
    pub unit: Option<UnitName>,
    /// Today's date, after which signing dates are rejected; `None` for the system's date.
    pub today: Option<NaiveDate>,
    /// Saved layouts tried before recognition: a sheet whose header one describes is read as
    /// the first such layout says (CLI `--layout`).
    pub layouts: Vec<SavedLayout>,
    /// The indicator catalogue: its entries' names and synonyms are recognized in headers
    /// and labels, and figures are read in each entry's measure.
    pub catalogue: planboard_model::Catalogue,
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

/// Extensions of the files a directory is searched for (WPS .et included).
const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods", "et", "ett"];

/// A stable hash of a file's bytes (64-bit FNV-1a, hex): the same content gives the same
/// fingerprint on every run and machine.
fn fingerprint(path: &Path) -> std::io::Result<String> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut file = std::fs::File::open(path)?;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        for &b in &buffer[..n] {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    Ok(format!("{hash:016x}"))
}

/// Imports one file, reading each sheet whose header one of `options.layouts` describes as
/// that layout says, the others as recognition understands them. Never panics and never
/// hangs: a bad file gives a report with an error.
pub fn import_file(path: &Path, options: &ImportOptions) -> FileImport {
    let file = path.to_string_lossy().to_string();
    let mut report = FileReport {
        file: file.clone(),
        ..FileReport::default()
    };
    let fail = |mut report: FileReport, error: FileError, detail: Option<String>| {
        report.error = Some(error);
        report.error_detail = detail;
        FileImport {
            batch: Batch::default(),
            report,
        }
    };
    // The fingerprint is read while the workbook is parsed (on a thread of its own).
    let (workbook, fingerprint) = std::thread::scope(|scope| {
        let fingerprint = scope.spawn(|| fingerprint(path));
        let workbook = open::read_workbook(path);
        let fingerprint = fingerprint
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("fingerprint thread failed")));
        (workbook, fingerprint)
    });
    let workbook = match workbook {
        Ok(w) => w,
        Err(e) => return fail(report, e.kind(), e.detail()),
    };
    let fingerprint = match fingerprint {
        Ok(f) => f,
        Err(e) => return fail(report, FileError::of_io(&e), Some(e.to_string())),
    };
    report.format = Some(workbook.format);
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let env = sheet::SheetEnv {
        file: file.as_str().into(),
        file_name: &file_name,
        fallback_unit: options.unit.as_ref(),
        today: options
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        layouts: &options.layouts,
    };
    let mut batch = Batch::default();
    let mut kinds = BTreeSet::new();
    let mut units = BTreeSet::new();
    let mut parts = BTreeSet::new();
    let mut years = BTreeSet::new();
    for raw in workbook.sheets {
        let name = raw.name.clone();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            synonyms::with_catalogue(&options.catalogue, || sheet::import_sheet(raw, &env))
        }));
        let imported = match outcome {
            Ok(imported) => imported,
            Err(_) => {
                report.sheets.push(SheetReport {
                    sheet: name.clone(),
                    note: Some(SheetNote::InternalError),
                    problems: vec![Problem {
                        severity: Severity::Error,
                        place: planboard_model::Provenance::row(file.as_str(), name.as_str(), 0),
                        header: None,
                        value: None,
                        kind: ProblemKind::SheetInternalError,
                    }],
                    ..SheetReport::default()
                });
                continue;
            }
        };
        if let Some(kind) = imported.report.kind {
            kinds.insert(kind);
        }
        years.extend(imported.report.years.iter().copied());
        units.extend(imported.units);
        parts.extend(imported.parts);
        report.needs_unit |= imported.needs_unit;
        // Moved, not copied, when the batch is still empty (one large sheet).
        if batch.facts.is_empty() {
            batch.facts = imported.facts;
        } else {
            batch.facts.extend(imported.facts);
        }
        if batch.projects.is_empty() {
            batch.projects = imported.projects;
        } else {
            batch.projects.extend(imported.projects);
        }
        report.sheets.push(imported.report);
    }
    batch.source = Some(SourceFile {
        path: file,
        fingerprint,
        kinds,
        units,
        years,
        parts,
    });
    FileImport { batch, report }
}

/// The layout recognition finds in each sheet of a workbook that it understands, as
/// (sheet name, layout) pairs; each layout is named after the file and sheet.
pub fn guess_layouts(
    path: &Path,
    options: &ImportOptions,
) -> Result<Vec<(String, SavedLayout)>, open::OpenError> {
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    each_sheet(path, options, &[], |raw, env| {
        let sheet = raw.name.clone();
        let name = format!("{stem}「{sheet}」");
        let (layout, _) = sheet::layout_of(raw, env)?;
        Some((sheet, SavedLayout::from_layout(&name, &layout.layout)))
    })
}

/// How each sheet of a workbook is read (`planboard layout show`): with the first of
/// `options.layouts` that matches it, else as recognition understands it.
pub fn view_sheets(
    path: &Path,
    options: &ImportOptions,
) -> Result<Vec<SheetView>, open::OpenError> {
    each_sheet(path, options, &options.layouts, |raw, env| {
        let (read, name) = sheet::layout_of(raw, env)?;
        Some(read.view(name))
    })
}

/// `read` of each sheet of a workbook that gives something (a panic in it gives nothing).
fn each_sheet<T>(
    path: &Path,
    options: &ImportOptions,
    layouts: &[SavedLayout],
    read: impl Fn(open::RawSheet, &sheet::SheetEnv<'_>) -> Option<T>,
) -> Result<Vec<T>, open::OpenError> {
    let workbook = open::read_workbook(path)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let env = sheet::SheetEnv {
        file: path.to_string_lossy().as_ref().into(),
        file_name: &file_name,
        fallback_unit: options.unit.as_ref(),
        today: options
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        layouts,
    };
    Ok(workbook
        .sheets
        .into_iter()
        .filter_map(|raw| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                synonyms::with_catalogue(&options.catalogue, || read(raw, &env))
            }))
            .ok()
            .flatten()
        })
        .collect())
}

fn is_workbook_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if name.starts_with("~$") || name.starts_with('.') {
        return false;
    }
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| WORKBOOK_EXTENSIONS.contains(&e.as_str()))
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    const MAX_DEPTH: usize = 32;
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if path.is_dir() {
            if !is_link {
                collect_dir(&path, out, depth + 1);
            }
        } else if is_workbook_name(&path) {
            out.push(path);
        }
    }
}

/// Expands directories (recursively) into the workbook files they hold, sorted; files given
/// directly are kept whatever their extension.
pub fn collect_workbooks(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect_dir(path, &mut out, 0);
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Imports many files in order, reporting progress before each; stops early when `cancel` is
/// set (the files done so far are returned). Directories are expanded as by
/// [`collect_workbooks`].
pub fn import_paths(
    paths: &[PathBuf],
    options: &ImportOptions,
    on_progress: &mut dyn FnMut(&Progress),
    cancel: &AtomicBool,
) -> Vec<FileImport> {
    let files = collect_workbooks(paths);
    let mut out = Vec::with_capacity(files.len());
    for (index, file) in files.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        on_progress(&Progress {
            index,
            total: files.len(),
            file: file.clone(),
        });
        out.push(import_file(file, options));
    }
    out
}
