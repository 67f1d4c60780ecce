//! What follows a change of the data (the view state), the workspace file (opened, held,
//! saved on a thread of its own) and the unsaved changes with the autosave that follows them.

use super::PlanboardApp;
use crate::gui::drill::DrillDown;
use crate::gui::messages::Level;
use crate::gui::save_job::{SaveError, SaveJob, Snapshot};
use crate::gui::selection::Selection;
use crate::gui::settings::DataFolder;
use crate::gui::shared_file::{self, DiskStamp, Lock};
use crate::gui::workspace_file::{AppWorkspace, WorkspaceSettings};
use crate::strings::{self, Lang};
use planboard_charts::ChartKind;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

impl PlanboardApp {
    /// Brings the view state up to the document's generation: the selection fits the data,
    /// the ledger's rows and an open drill-down are computed again. Runs before every frame
    /// and after every command, and does nothing when the data has not changed since.
    pub(super) fn follow_document(&mut self) {
        let generation = self.document.generation();
        if self.followed == Some(generation) {
            return;
        }
        self.followed = Some(generation);
        let dataset = self.document.dataset();
        self.selection.fit(dataset);
        self.ledger.refresh_data(dataset);
        if let Some((target, drill)) = &mut self.drill {
            *drill = DrillDown::of(dataset, target);
        }
    }

    /// Notes an unsaved change: the title shows it and the autosave follows shortly.
    pub(super) fn touch(&mut self) {
        self.dirty = true;
        self.edits += 1;
        if self.data_folder.is_some() {
            self.changed_at = Some(Instant::now());
        }
    }

    /// Replaces the data and settings with the workspace at `path`; whether it could be read
    /// (when not, nothing changed and the window says why).
    pub(super) fn load_workspace(&mut self, path: &std::path::Path) -> bool {
        match AppWorkspace::open(path) {
            Ok(workspace) => {
                self.document
                    .replace(workspace.dataset, workspace.import_log);
                self.layouts = workspace.layouts;
                let settings = workspace.settings;
                self.selection = Selection {
                    as_of: settings.as_of,
                    ..Selection::default()
                };
                self.settings.colour_rule = settings.colour_rule;
                self.lang = settings.lang.into();
                self.chart_kind = ChartKind::ALL
                    .get(settings.chart_kind)
                    .copied()
                    .unwrap_or(ChartKind::YearlyComparison);
                self.settings.note_recent(&[path.to_path_buf()]);
                if let Some(lock) = Lock::held_by_other(path) {
                    self.say(Level::Warning, |lang| {
                        strings::workspace_held(lang, &lock.user, &lock.host, &lock.since)
                    });
                }
                self.hold(path);
                self.dirty = false;
                self.changed_at = None;
                self.drill = None;
                self.say(Level::Info, |lang| {
                    strings::workspace_opened(lang, &path.display().to_string())
                });
                true
            }
            Err(error) => {
                let (zh, en) = (error.to_string(), error.message_en());
                self.say(Level::Error, |lang| {
                    let error = match lang {
                        Lang::Zh => &zh,
                        Lang::En => &en,
                    };
                    strings::workspace_not_opened(lang, &path.display().to_string(), error)
                });
                false
            }
        }
    }

    /// Makes `path` the workspace's file: remembers how the disk shows it and takes its lock
    /// (letting go of the one held before).
    fn hold(&mut self, path: &Path) {
        if self.workspace_path.as_deref() != Some(path) {
            self.let_go();
        }
        self.workspace_path = Some(path.to_path_buf());
        self.disk_stamp = DiskStamp::of(path);
        Lock::take(path);
    }

    /// The workspace has no file any more: its lock is let go of.
    pub(super) fn let_go(&mut self) {
        if let Some(path) = self.workspace_path.take() {
            Lock::release(&path);
        }
        self.disk_stamp = None;
    }

    /// The settings as a workspace keeps them.
    fn workspace_settings(&self) -> WorkspaceSettings {
        WorkspaceSettings {
            as_of: self.selection.as_of,
            colour_rule: self.settings.colour_rule,
            lang: self.lang.into(),
            recent_files: self.settings.recent_files.clone(),
            chart_kind: ChartKind::ALL
                .iter()
                .position(|k| *k == self.chart_kind)
                .unwrap_or_default(),
        }
    }

    /// The workspace at this moment, to write (shared: nothing is copied).
    fn snapshot(&self) -> Snapshot {
        Snapshot {
            dataset: Arc::clone(self.document.dataset()),
            import_log: Arc::clone(self.document.import_log()),
            layouts: self.layouts.clone(),
            settings: self.workspace_settings(),
        }
    }

    /// Saves to `path`, unless it is the workspace's own file and someone changed it on disk
    /// since we opened or saved it: then asks first.
    pub(super) fn save_workspace(&mut self, ctx: &egui::Context, path: &Path) {
        let ours = self.workspace_path.as_deref() == Some(path);
        if ours && shared_file::changed_since(path, self.disk_stamp) {
            self.save_conflict = Some(path.to_path_buf());
            return;
        }
        self.write_and_note(ctx, path);
    }

    /// Starts writing the workspace to `path`, which becomes its file when it is written
    /// ([`PlanboardApp::finish_save`]); the window keeps drawing meanwhile.
    pub(super) fn write_and_note(&mut self, ctx: &egui::Context, path: &Path) {
        if self.saving.is_some() {
            self.say(Level::Info, |lang| strings::save_running(lang).to_string());
            return;
        }
        let started = SaveJob::start(ctx, path.to_path_buf(), self.snapshot());
        match started {
            Ok(job) => self.saving = Some((job, path.to_path_buf(), self.edits)),
            Err(error) => self.say(Level::Error, |lang| {
                strings::workspace_not_saved(lang, &path.display().to_string(), &error.to_string())
            }),
        }
    }

    /// Notes a finished save of the changes up to `edits` to `path`.
    pub(super) fn finish_save(&mut self, path: &Path, edits: u64, outcome: Result<(), SaveError>) {
        match outcome {
            Ok(()) => {
                self.hold(path);
                // Changes made while it was written are still unsaved.
                if self.edits == edits {
                    self.dirty = false;
                    self.changed_at = None;
                    if let Some(folder) = &self.data_folder {
                        // The saved file has it all; a stale autosave would only confuse.
                        let _ = std::fs::remove_file(folder.autosave_path());
                    }
                }
                self.say(Level::Info, |lang| {
                    strings::workspace_saved(lang, &path.display().to_string())
                });
            }
            Err(error) => self.say(Level::Error, |lang| {
                strings::workspace_not_saved(lang, &path.display().to_string(), error.text(lang))
            }),
        }
    }

    /// Starts writing the autosave on its own thread (the window goes on at once).
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(path) = self.data_folder.as_ref().map(DataFolder::autosave_path) else {
            return;
        };
        match SaveJob::start(ctx, path, self.snapshot()) {
            Ok(job) => self.autosave = Some(job),
            Err(error) => self.say(Level::Error, |lang| {
                strings::autosave_failed(lang, &error.to_string())
            }),
        }
    }

    /// Says how an autosave went. One finished after the changes were saved or discarded is
    /// stale: it is removed, as a save removes the autosave.
    pub(super) fn finish_autosave(&mut self, outcome: Result<(), SaveError>) {
        if let Err(error) = outcome {
            self.say(Level::Error, |lang| {
                strings::autosave_failed(lang, error.text(lang))
            });
        }
        if !self.dirty {
            if let Some(folder) = &self.data_folder {
                let _ = std::fs::remove_file(folder.autosave_path());
            }
        }
    }
}
