//! The work the benchmarks time, the same in the runner's child processes and in the divan
//! benches: a plain calamine read, an import into a dataset, a workspace, a chart.

use planboard_charts::{chart_data, ChartData, ChartKind, ChartRequest};
use planboard_import::{collect_workbooks, import_paths, FileReport, ImportOptions};
use planboard_model::{Dataset, Indicator, NaiveDate};
use planboard_workspace::Workspace;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// The workspace the benchmarks save and open (no settings of the app's).
pub type BenchWorkspace = Workspace<serde_json::Value>;

/// Import options of every benchmark: a fixed "today" (2026-11-26, the samples' date), so
/// that no generated signing date is ever in the future.
pub fn import_options() -> ImportOptions {
    ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    }
}

/// The plain read the importer is measured against: open each workbook under `path` (a file
/// or a folder) with calamine and read every sheet with `worksheet_range`. Returns the number
/// of cells used.
pub fn raw_read(path: &Path) -> Result<usize, String> {
    use calamine::{open_workbook_auto, Reader};
    let mut cells = 0;
    for file in collect_workbooks(&[path.to_path_buf()]) {
        let mut book = open_workbook_auto(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        for name in book.sheet_names() {
            let range = book
                .worksheet_range(&name)
                .map_err(|e| format!("{} [{name}]: {e}", file.display()))?;
            cells += range.used_cells().count();
        }
    }
    Ok(cells)
}

/// What an import gave: the dataset and the reports.
#[derive(Debug, Default)]
pub struct Imported {
    /// Every batch added.
    pub dataset: Dataset,
    /// One report per file.
    pub reports: Vec<FileReport>,
}

impl Imported {
    /// Rows imported in all.
    pub fn rows_imported(&self) -> u64 {
        self.sheets().map(|s| u64::from(s.rows_imported)).sum()
    }

    /// Rows rejected in all.
    pub fn rows_rejected(&self) -> u64 {
        self.sheets().map(|s| u64::from(s.rows_rejected)).sum()
    }

    /// The first file-level error, if a file could not be read.
    pub fn error(&self) -> Option<String> {
        self.reports
            .iter()
            .find_map(|r| Some(format!("{}: {}", r.file, r.error.as_ref()?.message_en())))
    }

    fn sheets(&self) -> impl Iterator<Item = &planboard_import::SheetReport> {
        self.reports.iter().flat_map(|r| r.sheets.iter())
    }
}

/// Imports every workbook under `paths` and adds them to a new dataset, as the window does.
pub fn import(paths: &[PathBuf]) -> Imported {
    let imports = import_paths(
        paths,
        &import_options(),
        &mut |_| {},
        &AtomicBool::new(false),
    );
    let mut imported = Imported::default();
    for file in imports {
        imported.dataset.add(file.batch);
        imported.reports.push(file.report);
    }
    imported
}

/// A workspace of everything under `paths`, with its import log.
pub fn workspace(paths: &[PathBuf]) -> BenchWorkspace {
    let Imported { dataset, reports } = import(paths);
    Workspace {
        dataset,
        import_log: reports,
        layouts: Vec::new(),
        settings: serde_json::Value::Null,
    }
}

/// The chart saved as PNG in the benchmarks: 年度对比 of 计划总投资, district-wide.
pub fn chart(dataset: &Dataset) -> ChartData {
    chart_data(
        dataset,
        &ChartRequest::new(ChartKind::YearlyComparison, Indicator::PLANNED_INVESTMENT),
    )
}

/// Saves `chart` as a PNG file at `path` (rendered as the window's 保存图片 renders it).
pub fn save_png(chart: &ChartData, path: &Path) -> Result<usize, String> {
    let bytes = planboard_charts::render_png(chart).map_err(|e| e.to_string())?;
    std::fs::write(path, &bytes).map_err(|e| e.to_string())?;
    Ok(bytes.len())
}
