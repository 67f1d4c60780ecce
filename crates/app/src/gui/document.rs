//! The document: the workspace's data (the dataset and the import log) and its generation, a
//! number that moves on with every change. Everything derived from the data
//! ([`crate::gui::derived::Derived`], the chart, the ledger's rows) remembers the generation it
//! was built from and is rebuilt when the document's has moved on, so nothing shown can be
//! older than the data: the data can only be changed through [`Document::edit`] and
//! [`Document::replace`], which move the generation on.

use planboard_import::FileReport;
use planboard_model::Dataset;
use std::sync::Arc;

/// The workspace's data and its generation.
#[derive(Default)]
pub struct Document {
    /// Shared with a save being written (changed copy-on-write, see [`crate::gui::save_job`]).
    dataset: Arc<Dataset>,
    /// The report of every file imported, in import order (one per file); shared likewise.
    import_log: Arc<Vec<FileReport>>,
    generation: u64,
}

/// The two halves of the document, borrowed to change them together.
pub struct Edit<'a> {
    /// The data.
    pub dataset: &'a mut Dataset,
    /// The import log.
    pub import_log: &'a mut Vec<FileReport>,
}

impl Document {
    /// A document holding `dataset` and `import_log`.
    pub fn new(dataset: Arc<Dataset>, import_log: Vec<FileReport>) -> Self {
        Self {
            dataset,
            import_log: Arc::new(import_log),
            generation: 0,
        }
    }

    /// The data (shared: a save takes a clone of the `Arc`, not of the data).
    pub fn dataset(&self) -> &Arc<Dataset> {
        &self.dataset
    }

    /// The report of every imported file.
    pub fn import_log(&self) -> &Arc<Vec<FileReport>> {
        &self.import_log
    }

    /// How many times the data changed: what derived data is keyed on.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The data to change; the generation moves on. The data is copied only when a save is
    /// being written from it.
    pub fn edit(&mut self) -> Edit<'_> {
        self.generation += 1;
        Edit {
            dataset: Arc::make_mut(&mut self.dataset),
            import_log: Arc::make_mut(&mut self.import_log),
        }
    }

    /// Replaces the whole data (a new or opened workspace); the generation moves on.
    pub fn replace(&mut self, dataset: Dataset, import_log: Vec<FileReport>) {
        self.generation += 1;
        self.dataset = Arc::new(dataset);
        self.import_log = Arc::new(import_log);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_moves_the_generation_on() {
        let mut document = Document::default();
        let start = document.generation();
        let edit = document.edit();
        edit.import_log.push(FileReport::default());
        assert_eq!(document.generation(), start + 1);
        assert_eq!(document.import_log().len(), 1);
        document.replace(Dataset::default(), Vec::new());
        assert_eq!(document.generation(), start + 2);
        assert!(document.import_log().is_empty());
    }

    #[test]
    fn an_edit_copies_data_a_save_holds() {
        let mut document = Document::default();
        let held = Arc::clone(document.import_log());
        document.edit().import_log.push(FileReport::default());
        assert!(held.is_empty(), "the save's copy is untouched");
        assert_eq!(document.import_log().len(), 1);
    }
}
