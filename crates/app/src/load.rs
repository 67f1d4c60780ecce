//! From files and folders to a dataset: the glue between the importer and the model, shared by
//! the window and the command line.

use planboard_import::{FileImport, FileReport, ImportOptions};
use planboard_model::Dataset;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

/// Imports the workbooks in `paths` (folders are searched recursively), in order.
pub fn import(paths: &[PathBuf], options: &ImportOptions) -> Vec<FileImport> {
    let never_cancelled = AtomicBool::new(false);
    planboard_import::import_paths(paths, options, &mut |_| {}, &never_cancelled)
}

/// Adds every file's data to `dataset`, in order; returns the files' reports.
pub fn add_all(dataset: &mut Dataset, imports: Vec<FileImport>) -> Vec<FileReport> {
    imports
        .into_iter()
        .map(|import| {
            dataset.add(import.batch);
            import.report
        })
        .collect()
}

/// A dataset of the workbooks in `paths`, with the report of each file.
pub fn load(paths: &[PathBuf], options: &ImportOptions) -> (Dataset, Vec<FileReport>) {
    let mut dataset = Dataset::new();
    let reports = add_all(&mut dataset, import(paths, options));
    (dataset, reports)
}
