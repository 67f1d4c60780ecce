//! The background jobs: imports (queued, started, finished into the dataset), native dialogs
//! and chart pictures, polled with the saves in `eframe::App::logic` (every frame, and while
//! the window is hidden).

use super::PlanboardApp;
use crate::gui::command::DialogKind;
use crate::gui::dialogs::{self, Dialog, DialogTask};
use crate::gui::import_job::{Finished, ImportJob, ImportRequest};
use crate::gui::messages::Level;
use crate::gui::picture::{PictureAction, PictureOutcome, PictureTask};
use crate::gui::save_job::SaveJob;
use crate::gui::workspace_file::AUTOSAVE_DELAY;
use crate::strings;
use planboard_import::{FileImport, FileReport, SheetNote};
use std::path::PathBuf;
use std::time::Duration;

/// How often the window looks at a running import when the import thread says nothing.
const IMPORT_POLL: Duration = Duration::from_millis(100);

impl PlanboardApp {
    /// Takes the news of the background tasks — the ledger sort, the dialog, the picture, the
    /// import (starting the next one when one ends), the saves — and starts the autosave when
    /// it is due; asks for repaints while they run. Called by `eframe::App::logic`: every frame,
    /// and while the window is hidden (minimized), so imports and the autosave go on.
    pub fn poll_tasks(&mut self, ctx: &egui::Context) {
        self.ledger.poll();
        if let Some(dialog) = &mut self.layout_dialog {
            dialog.poll(ctx);
        }
        if let Some(answer) = self.dialog.as_mut().and_then(DialogTask::poll) {
            self.dialog = None;
            // A dialog whose thread died is as good as cancelled.
            if let Ok(Some(command)) = answer {
                self.apply(ctx, command);
            }
        }
        if let Some(outcome) = self.picture.as_mut().and_then(PictureTask::poll) {
            self.picture = None;
            self.finish_picture(outcome);
        }
        if let Some(job) = &mut self.job {
            match job.poll() {
                Some(finished) => {
                    let request = job.request().clone();
                    self.job = None;
                    self.finish_import(&request, finished);
                }
                None => ctx.request_repaint_after(IMPORT_POLL),
            }
        }
        if self.job.is_none() {
            if let Some(request) = self.queue.pop_front() {
                self.start(ctx, request);
            }
        }
        if let Some(outcome) = self.saving.as_mut().and_then(|(job, _, _)| job.poll()) {
            if let Some((_, path, edits)) = self.saving.take() {
                self.finish_save(&path, edits, outcome);
            }
        }
        if let Some(outcome) = self.autosave.as_mut().and_then(SaveJob::poll) {
            self.autosave = None;
            self.finish_autosave(outcome);
        }
        if let Some(changed_at) = self.changed_at {
            let waited = changed_at.elapsed();
            if waited < AUTOSAVE_DELAY {
                ctx.request_repaint_after(AUTOSAVE_DELAY - waited);
            } else if self.autosave.is_none() {
                self.changed_at = None;
                self.autosave(ctx);
            }
            // Else one is being written: this one follows when its end repaints the window.
        }
    }

    /// Runs `request` now when nothing else runs, else after what runs.
    pub(super) fn enqueue(&mut self, ctx: &egui::Context, request: ImportRequest) {
        if self.job.is_none() && self.queue.is_empty() {
            self.start(ctx, request);
        } else {
            self.queue.push_back(request);
        }
    }

    /// Starts `request` on its own thread (the window says when it cannot), reading with the
    /// layouts taught and the workspace's catalogue as they are now.
    fn start(&mut self, ctx: &egui::Context, mut request: ImportRequest) {
        request.options = self.reading_options(request.options);
        match ImportJob::start(ctx, request) {
            Ok(job) => self.job = Some(job),
            Err(error) => {
                self.say(Level::Error, |lang| {
                    strings::import_thread_failed(lang, &error.to_string())
                });
            }
        }
    }

    /// Adds what an import read to the dataset, notes its reports and says how it went.
    fn finish_import(&mut self, request: &ImportRequest, finished: Finished) {
        let (imports, cancelled) = match finished {
            Finished::Done { imports, cancelled } => (imports, cancelled),
            Finished::Lost => {
                self.say(Level::Error, |lang| strings::import_lost(lang).to_string());
                return;
            }
        };
        if imports.is_empty() && !cancelled {
            self.say(Level::Warning, |lang| {
                strings::no_workbooks(lang).to_string()
            });
            return;
        }
        let mut failed = 0;
        let files = imports.len();
        for FileImport { batch, report } in imports {
            if let Some(error) = &report.error {
                failed += 1;
                self.say(Level::Error, |lang| {
                    strings::file_not_read(lang, &report.file, error)
                });
                // What the reader said, in its own words, for whoever reads the log.
                if let (Some(folder), Some(detail)) = (&self.data_folder, &report.error_detail) {
                    let _ = folder.append_log("DETAIL", detail);
                }
                self.note_report(report);
                continue;
            }
            // Copies the data once if an autosave is being written from it.
            let edit = self.document.edit();
            if request.replace {
                edit.dataset.remove_file(&report.file);
            }
            let outcome = edit.dataset.add(batch);
            edit.import_log
                .retain(|r| !outcome.replaced_files.contains(&r.file));
            for replaced in &outcome.replaced_files {
                self.say(Level::Info, |lang| {
                    strings::file_replaced(lang, replaced, &report.file)
                });
            }
            let rejected: u32 = report.sheets.iter().map(|s| s.rows_rejected).sum();
            if rejected > 0 {
                failed += 1;
                self.say(Level::Warning, |lang| {
                    strings::rows_rejected(lang, &report.file, rejected)
                });
            }
            // What was said about its sheets before is said anew.
            self.messages.retain(|m| {
                m.sheet
                    .as_ref()
                    .is_none_or(|(file, _)| *file != report.file)
            });
            for sheet in &report.sheets {
                if matches!(sheet.note, Some(SheetNote::Unrecognized { .. })) {
                    let about = (report.file.clone(), sheet.sheet.clone());
                    self.say_about(Level::Warning, Some(about), |lang| {
                        strings::sheet_not_understood(lang, &report.file, &sheet.sheet)
                    });
                }
            }
            if report.needs_unit && request.options.unit.is_none() {
                self.pending_units.push_back(PathBuf::from(&report.file));
            }
            self.note_report(report);
        }
        self.say(Level::Info, |lang| {
            strings::import_finished(lang, files, failed, cancelled)
        });
        if files > failed {
            self.touch();
        }
    }

    /// Puts `report` in the import log, replacing the file's earlier report.
    fn note_report(&mut self, report: FileReport) {
        let log = self.document.edit().import_log;
        match log.iter_mut().find(|r| r.file == report.file) {
            Some(earlier) => *earlier = report,
            None => log.push(report),
        }
    }

    /// Opens a native dialog of `kind` on its own thread, unless one is open already.
    pub(super) fn open_dialog(&mut self, ctx: &egui::Context, kind: DialogKind) {
        if self.dialog.is_some() {
            return;
        }
        let dialog = match kind {
            DialogKind::ImportFiles => Dialog::ImportFiles {
                title: strings::dialog_import_files(self.lang).to_string(),
                filter_name: strings::dialog_workbooks(self.lang).to_string(),
            },
            DialogKind::ImportFolder => Dialog::ImportFolder {
                title: strings::dialog_import_folder(self.lang).to_string(),
            },
            DialogKind::OpenWorkspace => Dialog::OpenWorkspace {
                title: strings::dialog_open_workspace(self.lang).to_string(),
                filter_name: strings::dialog_workspaces(self.lang).to_string(),
            },
            DialogKind::ImportCatalogue => Dialog::OpenCatalogue {
                title: strings::dialog_import_catalogue(self.lang).to_string(),
            },
            DialogKind::ExportCatalogue => Dialog::SaveCatalogue {
                title: strings::dialog_export_catalogue(self.lang).to_string(),
                file_name: strings::default_catalogue_name(self.lang).to_string(),
            },
            DialogKind::TemplateFolder => Dialog::TemplateFolder {
                title: strings::template_choose_folder(self.lang).to_string(),
            },
            DialogKind::ImportLayouts => Dialog::OpenLayout {
                title: strings::layout_import(self.lang).to_string(),
                filter_name: strings::layout_files(self.lang).to_string(),
            },
            DialogKind::ExportSummary => Dialog::SaveXlsx {
                title: strings::dialog_export_summary(self.lang).to_string(),
                file_name: strings::default_summary_name(self.lang).to_string(),
            },
            DialogKind::SaveWorkspace => Dialog::SaveWorkspace {
                title: strings::dialog_save_workspace(self.lang).to_string(),
                filter_name: strings::dialog_workspaces(self.lang).to_string(),
                file_name: self
                    .workspace_path
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map_or_else(
                        || strings::default_workspace_name(self.lang).to_string(),
                        |n| n.to_string_lossy().to_string(),
                    ),
            },
        };
        self.open_native(ctx, dialog);
    }

    /// Opens a native dialog on its own thread, unless one is open already.
    pub(super) fn open_native(&mut self, ctx: &egui::Context, dialog: Dialog) {
        if self.dialog.is_some() {
            return;
        }
        match dialogs::open(ctx, dialog) {
            Ok(task) => self.dialog = Some(task),
            Err(error) => self.say(Level::Error, |lang| {
                strings::dialog_failed(lang, &error.to_string())
            }),
        }
    }

    /// Renders the chart shown on its own thread, to save or copy it (one at a time).
    pub(super) fn make_picture(&mut self, ctx: &egui::Context, action: PictureAction) {
        if self.picture.is_some() {
            return;
        }
        let Some((_, _, chart)) = &self.chart else {
            return;
        };
        let title = strings::save_picture_title(self.lang).to_string();
        match PictureTask::start(ctx, chart.clone(), action, title) {
            Ok(task) => self.picture = Some(task),
            Err(error) => self.say(Level::Error, |lang| {
                strings::picture_failed(lang, &error.to_string())
            }),
        }
    }

    /// Saves or copies a finished picture and says how it went.
    fn finish_picture(&mut self, outcome: PictureOutcome) {
        match outcome {
            PictureOutcome::Saved(path) => {
                self.say(Level::Info, |lang| {
                    strings::picture_saved(lang, &path.display().to_string())
                });
            }
            PictureOutcome::Cancelled => {}
            PictureOutcome::Failed(error) => {
                self.say(Level::Error, |lang| {
                    strings::picture_failed(lang, &error.message(lang.into()))
                });
            }
            PictureOutcome::ForClipboard {
                width,
                height,
                rgba,
            } => {
                if self.clipboard.is_none() {
                    match arboard::Clipboard::new() {
                        Ok(clipboard) => self.clipboard = Some(clipboard),
                        Err(error) => {
                            self.say(Level::Error, |lang| {
                                strings::picture_failed(lang, &error.to_string())
                            });
                            return;
                        }
                    }
                }
                let image = arboard::ImageData {
                    width,
                    height,
                    bytes: rgba.into(),
                };
                let result = self.clipboard.as_mut().map(|c| c.set_image(image));
                match result {
                    Some(Err(error)) => {
                        self.say(Level::Error, |lang| {
                            strings::picture_failed(lang, &error.to_string())
                        });
                    }
                    _ => self.say(Level::Info, |lang| {
                        strings::picture_copied(lang).to_string()
                    }),
                }
            }
        }
    }
}
