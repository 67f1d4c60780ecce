//! The app's state and the commands that change it.
//!
//! Drawing reads the state and collects [`Command`]s; [`PlanboardApp::apply`] carries them out
//! after the frame is drawn, so the state never changes halfway through a frame.

use crate::load;
use crate::strings::{self, Lang};
use crate::views::{self, summary_table::SummaryTable};
use planboard_import::{FileReport, ImportOptions};
use planboard_model::Dataset;
use std::path::PathBuf;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Switch the interface language.
    SetLanguage(Lang),
    /// Import these files or folders (dropped onto the window).
    Import(Vec<PathBuf>),
}

/// The outcome of the last import, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ImportStatus {
    files: usize,
    failed: usize,
}

impl ImportStatus {
    /// The status of an import; `None` when no file was imported.
    fn of(reports: &[FileReport]) -> Option<Self> {
        (!reports.is_empty()).then(|| Self {
            files: reports.len(),
            failed: reports.iter().filter(|r| r.has_errors()).count(),
        })
    }
}

/// The whole app: the data it holds and how it is shown.
pub struct PlanboardApp {
    dataset: Dataset,
    lang: Lang,
    /// Derived from `dataset`; rebuilt whenever the data changes.
    summary: SummaryTable,
    last_import: Option<ImportStatus>,
}

impl PlanboardApp {
    /// An app showing `dataset`, in Chinese.
    pub fn new(dataset: Dataset) -> Self {
        let summary = SummaryTable::of(&dataset);
        Self {
            dataset,
            lang: Lang::default(),
            summary,
            last_import: None,
        }
    }

    /// The same app in another language.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The same app, noting in its status line the import that made its dataset.
    pub fn with_import_reports(mut self, reports: &[FileReport]) -> Self {
        self.last_import = ImportStatus::of(reports);
        self
    }

    /// The data the app holds.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The current interface language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Draws one frame into `ui`, then applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        let status = self
            .last_import
            .map(|s| strings::import_status(self.lang, s.files, s.failed));
        views::top_bar::show(ui, self.lang, status.as_deref(), &mut commands);
        egui::CentralPanel::default().show(ui, |ui| {
            if self.dataset.is_empty() {
                views::empty_state::show(ui, self.lang);
            } else {
                views::summary_table::show(ui, self.lang, &self.summary);
            }
        });
        let dropped: Vec<PathBuf> = ui.ctx().input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::Import(dropped));
        }
        for command in commands {
            self.apply(ui.ctx(), command);
        }
    }

    /// Carries out one command: the only place the state changes.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::SetLanguage(lang) => self.lang = lang,
            Command::Import(paths) => {
                // Synchronous for now; the window issue moves this to a background task.
                let imports = load::import(&paths, &ImportOptions::default());
                let reports = load::add_all(&mut self.dataset, imports);
                self.summary = SummaryTable::of(&self.dataset);
                self.last_import = ImportStatus::of(&reports);
                ctx.request_repaint();
            }
        }
    }
}

impl eframe::App for PlanboardApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
