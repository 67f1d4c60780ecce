//! What the window shows that is computed from the whole document — the summary table and the
//! conflicts between reports and ledgers — kept with the generation it was computed from and
//! handed out only through [`Derived::of`], which computes it again when the document's
//! generation has moved on: a stale summary cannot be shown.

use crate::gui::document::Document;
use crate::gui::views::summary_table::SummaryTable;
use planboard_import::Problem;

/// The summary table and the conflicts of one generation of the document.
#[derive(Default)]
pub struct Derived {
    /// The generation they were computed from; `None` before the first time.
    generation: Option<u64>,
    summary: SummaryTable,
    conflicts: Vec<Problem>,
}

impl Derived {
    /// These, up to date with `document` (computed again if it changed since).
    pub fn of(&mut self, document: &Document) -> &Self {
        if self.generation != Some(document.generation()) {
            let dataset = document.dataset();
            self.summary = SummaryTable::of(dataset);
            self.conflicts = planboard_import::check_conflicts(dataset);
            self.generation = Some(document.generation());
        }
        self
    }

    /// The plan periods' summary table.
    pub fn summary(&self) -> &SummaryTable {
        &self.summary
    }

    /// Reported figures that disagree with the ledgers.
    pub fn conflicts(&self) -> &[Problem] {
        &self.conflicts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planboard_model::Dataset;

    #[test]
    fn it_follows_the_document() {
        let mut document = Document::default();
        let mut derived = Derived::default();
        assert!(derived.of(&document).summary().periods.is_empty());
        document.replace(planboard_testkit::seed::dataset(), Vec::new());
        assert!(
            !derived.of(&document).summary().periods.is_empty(),
            "a new generation is computed again"
        );
        document.replace(Dataset::default(), Vec::new());
        assert!(derived.of(&document).summary().periods.is_empty());
    }
}
