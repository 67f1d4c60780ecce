//! From files and folders to a dataset: the glue between the importer and the model, shared by
//! the window and the command line. Workspaces (`.planboard`) are taken wherever workbooks are.

use planboard_import::{FileError, FileImport, FileReport, ImportOptions};
use planboard_model::{Catalogue, Dataset};
use planboard_workspace::{is_workspace_path, Workspace};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

/// What the paths gave: each file's import, and the catalogue to count them by.
pub struct Loaded {
    /// One import per file, in order.
    pub imports: Vec<FileImport>,
    /// `--indicators`' catalogue; without one, the first workspace's own; else the built-ins.
    pub catalogue: Catalogue,
}

/// Imports the workbooks in `paths` (folders are searched recursively), in order. Workspace
/// files among them give their saved data, file by file, as if imported again.
pub fn import(paths: &[PathBuf], options: &ImportOptions) -> Loaded {
    let never_cancelled = AtomicBool::new(false);
    let mut imports = Vec::new();
    let mut catalogue = options.catalogue.clone();
    let mut workbooks = Vec::new();
    let flush = |workbooks: &mut Vec<PathBuf>, imports: &mut Vec<FileImport>| {
        if !workbooks.is_empty() {
            imports.extend(planboard_import::import_paths(
                workbooks,
                options,
                &mut |_| {},
                &never_cancelled,
            ));
            workbooks.clear();
        }
    };
    for path in paths {
        if is_workspace_path(path) && path.is_file() {
            flush(&mut workbooks, &mut imports);
            let (saved, own) = open_workspace(path);
            imports.extend(saved);
            if catalogue.is_builtin() {
                catalogue = own.unwrap_or(catalogue);
            }
        } else {
            workbooks.push(path.clone());
        }
    }
    flush(&mut workbooks, &mut imports);
    Loaded { imports, catalogue }
}

/// The saved data of a workspace file as one import per original file, and its catalogue; a
/// bad workspace gives one failed report naming it.
pub fn open_workspace(path: &std::path::Path) -> (Vec<FileImport>, Option<Catalogue>) {
    match Workspace::<serde_json::Value>::open(path) {
        Ok(workspace) => {
            let catalogue = workspace.dataset.catalogue().clone();
            // The latest report of each file.
            let mut reports: std::collections::HashMap<String, FileReport> = workspace
                .import_log
                .into_iter()
                .map(|r| (r.file.clone(), r))
                .collect();
            let imports = workspace
                .dataset
                .batches()
                .into_iter()
                .map(|batch| {
                    let file = batch
                        .source
                        .as_ref()
                        .map(|s| s.path.clone())
                        .unwrap_or_default();
                    let report = reports.remove(&file).unwrap_or_else(|| FileReport {
                        file,
                        ..FileReport::default()
                    });
                    FileImport { batch, report }
                })
                .collect();
            (imports, Some(catalogue))
        }
        Err(error) => (
            vec![FileImport {
                batch: Default::default(),
                report: FileReport {
                    file: path.display().to_string(),
                    error: Some(FileError::Text {
                        zh: error.to_string(),
                        en: error.message_en(),
                    }),
                    ..FileReport::default()
                },
            }],
            None,
        ),
    }
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
    let loaded = import(paths, options);
    let mut dataset = Dataset::new();
    dataset.set_catalogue(loaded.catalogue);
    let reports = add_all(&mut dataset, loaded.imports);
    (dataset, reports)
}
