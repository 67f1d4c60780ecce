//! Carrying out commands: [`PlanboardApp::apply`], the one place the state changes, and what
//! waited for the user's agreement.

use super::PlanboardApp;
use crate::gui::command::{Command, DialogKind, Pending, SaveConflictChoice};
use crate::gui::drill::DrillDown;
use crate::gui::import_job::ImportRequest;
use crate::gui::messages::Level;
use crate::gui::selection::Selection;
use crate::gui::shared_file;
use crate::gui::views::layouts_window::LayoutsWindow;
use crate::gui::views::template_form::TemplateForm;
use crate::strings;
use planboard_import::ImportOptions;
use std::path::{Path, PathBuf};

impl PlanboardApp {
    /// Carries out one command: the only place the state changes.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::SetLanguage(lang) => {
                self.lang = lang;
                self.settings.lang = lang.into();
                self.save_settings();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                theme.apply(ctx);
                self.save_settings();
            }
            Command::Import(paths) => {
                self.settings.note_recent(&paths);
                self.save_settings();
                self.enqueue(
                    ctx,
                    ImportRequest {
                        paths,
                        options: ImportOptions::default(),
                        replace: false,
                    },
                );
            }
            Command::ImportWithUnit(path, unit) => {
                self.pending_units.pop_front();
                self.unit_draft.clear();
                self.enqueue(
                    ctx,
                    ImportRequest {
                        paths: vec![path],
                        options: ImportOptions {
                            unit: Some(unit),
                            ..ImportOptions::default()
                        },
                        replace: true,
                    },
                );
            }
            Command::SkipUnitPrompt => {
                self.pending_units.pop_front();
                self.unit_draft.clear();
            }
            Command::Reimport(file) => self.enqueue(
                ctx,
                ImportRequest {
                    paths: vec![PathBuf::from(file)],
                    options: ImportOptions::default(),
                    replace: true,
                },
            ),
            Command::SetCatalogue(catalogue) => {
                self.document.edit().dataset.set_catalogue(catalogue);
                self.touch();
            }
            Command::ImportCatalogue(path) => self.import_catalogue(&path),
            Command::ExportCatalogueTo(path) => self.export_catalogue(&path),
            Command::RemoveFile(file) => {
                let edit = self.document.edit();
                edit.dataset.remove_file(&file);
                edit.import_log.retain(|r| r.file != file);
                self.touch();
                self.say(Level::Info, |lang| strings::file_removed(lang, &file));
            }
            Command::CancelImport => {
                if let Some(job) = &self.job {
                    job.cancel();
                }
                self.queue.clear();
            }
            Command::OpenDialog(kind) => self.open_dialog(ctx, kind),
            Command::SetTab(tab) => self.tab = tab,
            Command::SetDataView(view) => self.data_view = view,
            Command::SetPeriod(period) => {
                self.selection.period = Some(period);
                self.selection.year = None;
            }
            Command::SetYear(year) => self.selection.year = year,
            Command::SetScope(scope) => self.selection.scope = scope,
            Command::SetIndicator(indicator) => self.selection.indicator = indicator,
            Command::SetAsOf(month) => {
                self.selection.as_of = month;
                self.touch();
            }
            Command::SetColourRule(rule) => {
                self.settings.colour_rule = rule;
                self.save_settings();
                self.touch();
            }
            Command::NewWorkspace => self.after_confirm(ctx, Pending::New),
            Command::OpenWorkspaceDialog => self.after_confirm(ctx, Pending::Open(None)),
            Command::OpenWorkspace(path) => self.after_confirm(ctx, Pending::Open(Some(path))),
            Command::OpenDemo => self.after_confirm(ctx, Pending::Demo),
            Command::SaveWorkspace => match self.workspace_path.clone() {
                Some(path) => self.save_workspace(ctx, &path),
                None => self.open_dialog(ctx, DialogKind::SaveWorkspace),
            },
            Command::SaveWorkspaceAs => self.open_dialog(ctx, DialogKind::SaveWorkspace),
            Command::SaveWorkspaceTo(path) => self.save_workspace(ctx, &path),
            Command::ExportSummaryTo(path) => self.export_summary(&path),
            Command::OpenTemplateForm => {
                self.template_form = Some(TemplateForm {
                    unit: self
                        .document
                        .dataset()
                        .units()
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    year: chrono::Datelike::year(&chrono::Local::now()),
                });
            }
            Command::CloseTemplateForm => self.template_form = None,
            Command::WriteTemplates(folder) => self.write_templates(&folder),
            Command::OpenSource(path) => {
                let shown = path.display().to_string();
                if !path.is_file() {
                    self.say(Level::Error, |lang| strings::source_missing(lang, &shown));
                } else if open::that_detached(&path).is_err() {
                    self.say(Level::Error, |lang| {
                        strings::open_source_failed(lang, &shown)
                    });
                }
            }
            Command::ResolveSaveConflict(choice) => {
                if let Some(path) = self.save_conflict.take() {
                    match choice {
                        SaveConflictChoice::SaveCopy => {
                            let copy = shared_file::copy_path(&path, chrono::Local::now());
                            self.write_and_note(ctx, &copy);
                        }
                        SaveConflictChoice::Overwrite => self.write_and_note(ctx, &path),
                        SaveConflictChoice::Cancel => {}
                    }
                }
            }
            Command::ConfirmDiscard => {
                if let Some(pending) = self.confirm.take() {
                    self.dirty = false;
                    self.changed_at = None;
                    self.carry_out(ctx, pending);
                }
            }
            Command::CancelDiscard => self.confirm = None,
            Command::RecoverAutosave => {
                if let Some(path) = self.recovery.take() {
                    if self.load_workspace(&path) {
                        // Recovered work is unsaved until the user saves it somewhere.
                        self.let_go();
                        self.messages.pop();
                        self.say(Level::Info, |lang| strings::recovered(lang).to_string());
                        self.touch();
                    }
                }
            }
            Command::DiscardAutosave => {
                if let Some(path) = self.recovery.take() {
                    // Nothing to lose: the user chose to discard it.
                    let _ = std::fs::remove_file(path);
                }
            }
            Command::SetLedgerFilter(filter) => {
                self.ledger.filter = filter;
                self.ledger.refresh_rows(self.document.dataset(), ctx);
            }
            Command::SortLedger(column) => {
                self.ledger.sort = Some(self.ledger.next_sort(column));
                self.ledger.refresh_rows(self.document.dataset(), ctx);
            }
            Command::DrillDown(target) => {
                let drill = DrillDown::of(self.document.dataset(), &target);
                self.drill = Some((target, drill));
            }
            Command::CloseDrillDown => self.drill = None,
            Command::DismissMessage(index) => {
                if index < self.messages.len() {
                    self.messages.remove(index);
                }
            }
            Command::ClearMessages => self.messages.clear(),
            Command::SetChartKind(kind) => self.chart_kind = kind,
            Command::MakePicture(action) => self.make_picture(ctx, action),
            Command::OpenLayoutDialog { file, sheet } => {
                self.open_layout_dialog(ctx, &file, &sheet)
            }
            Command::CloseLayoutDialog => self.layout_dialog = None,
            Command::SaveLayout => self.save_layout(ctx),
            Command::ShowLayouts(show) => {
                self.layouts_window = show.then(LayoutsWindow::default);
            }
            Command::RenameLayout(old, new) => self.rename_layout(&old, &new),
            Command::RemoveLayout(name) => self.remove_layout(&name),
            Command::ExportLayout(name) => self.ask_export_layout(ctx, name),
            Command::ExportLayoutTo(name, path) => self.export_layout(&name, &path),
            Command::ImportLayoutsFrom(path) => self.import_layouts_from(&path),
        }
        self.follow_document();
        self.refresh_chart();
        ctx.request_repaint();
    }

    /// Does `pending` now, or asks first when there are unsaved changes.
    fn after_confirm(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.dirty {
            self.confirm = Some(pending);
        } else {
            self.carry_out(ctx, pending);
        }
    }

    /// Does what waited for the user's agreement.
    fn carry_out(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => {
                self.document.replace(Default::default(), Vec::new());
                self.layouts.clear();
                self.let_go();
                self.selection = Selection::default();
                self.drill = None;
            }
            Pending::Open(None) => self.open_dialog(ctx, DialogKind::OpenWorkspace),
            Pending::Open(Some(path)) => {
                self.load_workspace(&path);
            }
            Pending::Close => {
                self.closing = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Demo => {
                self.carry_out(ctx, Pending::New);
                // Kept beside the settings, so a re-import finds the files after a restart.
                let base = self.data_folder.as_ref().map_or_else(
                    || std::env::temp_dir().join("planboard"),
                    |folder| folder.dir().to_path_buf(),
                );
                match crate::gui::demo::write_into(&base) {
                    Ok(folder) => self.enqueue(
                        ctx,
                        ImportRequest {
                            paths: vec![folder],
                            options: ImportOptions::default(),
                            replace: false,
                        },
                    ),
                    Err(e) => self.say(Level::Error, |lang| strings::demo_failed(lang, &e)),
                }
            }
        }
    }

    /// Writes the summary tables (period, year and unit sheets) of the current selection.
    fn export_summary(&mut self, path: &std::path::Path) {
        let Some(span) = self.selection.span() else {
            return;
        };
        let request = planboard_export::SummaryRequest {
            as_of: self.selection.as_of(self.document.dataset()),
            unit_span: span,
        };
        let shown = path.display().to_string();
        let written = planboard_export::summary_workbook(self.document.dataset(), &request)
            .map_err(|e| e.to_string())
            .and_then(|bytes| std::fs::write(path, bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.say(Level::Info, |lang| strings::wrote_file(lang, &shown)),
            Err(error) => self.say(Level::Error, |lang| {
                strings::file_write_failed(lang, &shown, &error)
            }),
        }
    }

    /// Reads a catalogue file and uses it; a bad file is refused with a message naming the
    /// entry, and nothing changes.
    fn import_catalogue(&mut self, path: &Path) {
        let shown = path.display().to_string();
        let read = std::fs::read_to_string(path)
            .map_err(|e| planboard_model::CatalogueError::NotJson(e.to_string()))
            .and_then(|text| planboard_model::Catalogue::from_json(&text));
        match read {
            Ok(catalogue) => {
                let count = catalogue.defs().len();
                self.document.edit().dataset.set_catalogue(catalogue);
                self.touch();
                self.say(Level::Info, |lang| {
                    strings::catalogue_imported(lang, &shown, count)
                });
            }
            Err(e) => self.say(Level::Error, |lang| {
                strings::catalogue_file_refused(lang, &shown, &e)
            }),
        }
    }

    /// Writes the catalogue file.
    fn export_catalogue(&mut self, path: &Path) {
        let shown = path.display().to_string();
        let text = self.dataset().catalogue().to_json() + "\n";
        match std::fs::write(path, text) {
            Ok(()) => self.say(Level::Info, |lang| {
                strings::catalogue_exported(lang, &shown)
            }),
            Err(e) => {
                let error = e.to_string();
                self.say(Level::Error, |lang| {
                    strings::file_write_failed(lang, &shown, &error)
                });
            }
        }
    }

    /// Writes the templates of the open form into `folder` and closes the form.
    fn write_templates(&mut self, folder: &Path) {
        let Some(unit) = self
            .template_form
            .as_ref()
            .and_then(TemplateForm::unit_name)
        else {
            return;
        };
        let year = self.template_form.as_ref().map_or(0, |f| f.year);
        let catalogue = self.dataset().catalogue().clone();
        match crate::templates::write_templates(&unit, year, folder, &catalogue) {
            Ok(written) => {
                self.template_form = None;
                let shown = folder.display().to_string();
                self.say(Level::Info, |lang| {
                    strings::templates_written(lang, written.len(), &shown)
                });
            }
            Err(e) => {
                let shown = e.path.display().to_string();
                self.say(Level::Error, |lang| {
                    strings::file_write_failed(lang, &shown, &e.error)
                });
            }
        }
    }
}
