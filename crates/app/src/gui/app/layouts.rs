//! The layouts taught (读取方式): the mapping dialog opened and saved — the layout kept in the
//! workspace and the library, its file read again with it — and the 读取方式 window's
//! renames, removals, exports and imports. Every import reads with these layouts
//! ([`PlanboardApp::import_layouts`]).

use super::PlanboardApp;
use crate::gui::dialogs::Dialog;
use crate::gui::import_job::ImportRequest;
use crate::gui::layout_dialog::LayoutDialog;
use crate::gui::messages::Level;
use crate::strings::{self, Lang};
use planboard_import::{ImportOptions, SavedLayout};
use std::path::{Path, PathBuf};

impl PlanboardApp {
    /// `options` with what every reading of a workbook in the window uses: the layouts taught
    /// and the workspace's catalogue as they are now (an import and the mapping dialog alike).
    pub(super) fn reading_options(&self, options: ImportOptions) -> ImportOptions {
        ImportOptions {
            layouts: self.import_layouts(),
            catalogue: self.dataset().catalogue().clone(),
            ..options
        }
    }

    /// The layouts an import reads with: the workspace's, then the library's not among them
    /// (by name); the first whose header a sheet has wins.
    pub(super) fn import_layouts(&self) -> Vec<SavedLayout> {
        let mut out = self.layouts.clone();
        for layout in &self.library {
            if !out.iter().any(|l| l.name == layout.name) {
                out.push(layout.clone());
            }
        }
        out
    }

    /// Opens the mapping dialog on `sheet` of `file` (the sheet is read on its own thread).
    pub(super) fn open_layout_dialog(&mut self, ctx: &egui::Context, file: &str, sheet: &str) {
        let options = self.reading_options(ImportOptions::default());
        match LayoutDialog::open(ctx, file, sheet, options) {
            Ok(dialog) => self.layout_dialog = Some(dialog),
            Err(error) => self.say(Level::Error, |lang| {
                strings::import_thread_failed(lang, &error.to_string())
            }),
        }
    }

    /// Keeps the dialog's layout first in the workspace and the library, closes the dialog
    /// and reads its file again with it.
    pub(super) fn save_layout(&mut self, ctx: &egui::Context) {
        let Some(layout) = self.layout_dialog.as_ref().and_then(LayoutDialog::layout) else {
            return;
        };
        if layout.name.is_empty() || layout.check().is_err() {
            return;
        }
        let Some(dialog) = self.layout_dialog.take() else {
            return;
        };
        keep_first(&mut self.layouts, layout.clone());
        keep_first(&mut self.library, layout.clone());
        self.save_library();
        self.touch();
        let (name, file) = (layout.name.clone(), dialog.file.clone());
        self.say(Level::Info, |lang| {
            strings::layout_saved(lang, &name, &file)
        });
        self.enqueue(
            ctx,
            ImportRequest {
                paths: vec![PathBuf::from(&dialog.file)],
                options: ImportOptions::default(),
                replace: true,
            },
        );
    }

    /// Renames a layout in the workspace and the library.
    pub(super) fn rename_layout(&mut self, old: &str, new: &str) {
        let new = new.trim();
        if let Some(window) = &mut self.layouts_window {
            window.renaming = None;
        }
        let taken = self.import_layouts().iter().any(|l| l.name == new);
        if new.is_empty() || new == old || taken {
            return;
        }
        for layout in self.layouts.iter_mut().chain(self.library.iter_mut()) {
            if layout.name == old {
                layout.name = new.to_string();
            }
        }
        self.save_library();
        self.touch();
    }

    /// Removes a layout from the workspace and the library.
    pub(super) fn remove_layout(&mut self, name: &str) {
        self.layouts.retain(|l| l.name != name);
        self.library.retain(|l| l.name != name);
        self.save_library();
        self.touch();
        self.say(Level::Info, |lang| strings::layout_removed(lang, name));
    }

    /// Asks where to export the layout `name`.
    pub(super) fn ask_export_layout(&mut self, ctx: &egui::Context, name: String) {
        let dialog = Dialog::SaveLayout {
            title: strings::layout_export(self.lang).to_string(),
            filter_name: strings::layout_files(self.lang).to_string(),
            name,
        };
        self.open_native(ctx, dialog);
    }

    /// Writes the layout `name` to `path`.
    pub(super) fn export_layout(&mut self, name: &str, path: &Path) {
        let Some(layout) = self.import_layouts().into_iter().find(|l| l.name == name) else {
            return;
        };
        let shown = path.display().to_string();
        match planboard_workspace::write_atomically(path, layout.to_json().as_bytes()) {
            Ok(()) => self.say(Level::Info, |lang| strings::wrote_file(lang, &shown)),
            Err(error) => {
                let error = error.to_string();
                self.say(Level::Error, |lang| {
                    strings::file_write_failed(lang, &shown, &error)
                });
            }
        }
    }

    /// Adds the layouts of the file at `path` to the workspace and the library; a file that
    /// cannot be used changes nothing and the window says why, naming it.
    pub(super) fn import_layouts_from(&mut self, path: &Path) {
        let shown = path.display().to_string();
        let parsed = std::fs::read(path)
            .map_err(|e| planboard_import::LayoutError::Invalid(e.to_string()))
            .and_then(|bytes| SavedLayout::parse_many(&bytes));
        match parsed {
            Ok(layouts) => {
                let count = layouts.len();
                for layout in layouts.into_iter().rev() {
                    keep_first(&mut self.layouts, layout.clone());
                    keep_first(&mut self.library, layout);
                }
                self.save_library();
                self.touch();
                self.say(Level::Info, |lang| {
                    strings::layouts_imported(lang, count, &shown)
                });
            }
            Err(error) => self.say(Level::Error, |lang| {
                strings::layout_file_refused(lang, &shown, &error)
            }),
        }
    }

    /// Writes the library to the data folder (the window says when it cannot).
    fn save_library(&mut self) {
        let Some(folder) = &self.data_folder else {
            return;
        };
        if let Err(error) = folder.save_layouts(&self.library) {
            let error = error.to_string();
            self.say(Level::Error, |lang: Lang| {
                strings::layout_library_not_saved(lang, &error)
            });
        }
    }
}

/// Puts `layout` first in `layouts`, replacing one of the same name.
fn keep_first(layouts: &mut Vec<SavedLayout>, layout: SavedLayout) {
    layouts.retain(|l| l.name != layout.name);
    layouts.insert(0, layout);
}
