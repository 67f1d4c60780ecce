//! Saving a workspace on its own thread — the autosave, and 保存 / 另存为: serializing a big
//! workspace takes long enough (about half a second at 200,000 ledger rows) that the window
//! would freeze if it did it.
//!
//! The window hands the thread its data as shared pointers (nothing is copied); a change made
//! while the thread writes copies the data once on the window's side (copy on write), so a
//! save is always one consistent moment of the workspace. The file is written atomically as
//! every workspace is.

use crate::gui::task::{Lost, Task};
use crate::gui::workspace_file::WorkspaceSettings;
use crate::strings::{self, Lang};
use planboard_import::{FileReport, SavedLayout};
use planboard_model::Dataset;
use planboard_workspace::WorkspaceView;
use std::path::PathBuf;
use std::sync::Arc;

/// What a save writes: the workspace at one moment.
pub struct Snapshot {
    /// The data.
    pub dataset: Arc<Dataset>,
    /// The import log.
    pub import_log: Arc<Vec<FileReport>>,
    /// The layouts taught for the workspace's files.
    pub layouts: Vec<SavedLayout>,
    /// The settings kept with the data.
    pub settings: WorkspaceSettings,
}

/// Why a save failed, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveError {
    zh: String,
    en: String,
}

impl SaveError {
    /// The reason in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl From<Lost> for SaveError {
    /// The save's thread ended without a word.
    fn from(_: Lost) -> Self {
        Self {
            zh: strings::save_lost(Lang::Zh).to_string(),
            en: strings::save_lost(Lang::En).to_string(),
        }
    }
}

/// A save being written.
pub struct SaveJob {
    task: Task<Result<(), SaveError>>,
}

impl SaveJob {
    /// Starts writing `snapshot` to `path` (its folder created if needed) on a thread named
    /// `planboard-save`; `ctx` is asked to repaint when it is done, so the window hears of it.
    pub fn start(ctx: &egui::Context, path: PathBuf, snapshot: Snapshot) -> std::io::Result<Self> {
        let task = Task::spawn("planboard-save", ctx, move || {
            if let Some(dir) = path.parent() {
                // A missing folder shows as the save's own error below.
                let _ = std::fs::create_dir_all(dir);
            }
            let view = WorkspaceView {
                dataset: &snapshot.dataset,
                import_log: &snapshot.import_log,
                layouts: &snapshot.layouts,
                settings: &snapshot.settings,
            };
            view.save(&path).map_err(|e| SaveError {
                zh: e.to_string(),
                en: e.message_en(),
            })
        })?;
        Ok(Self { task })
    }

    /// How the save went, once it is done: `None` while it runs.
    pub fn poll(&mut self) -> Option<Result<(), SaveError>> {
        Some(self.task.poll()?.unwrap_or_else(|lost| Err(lost.into())))
    }

    /// Waits until the save is done (the window closes) and says how it went.
    pub fn wait(self) -> Result<(), SaveError> {
        self.task.wait().unwrap_or_else(|lost| Err(lost.into()))
    }
}
