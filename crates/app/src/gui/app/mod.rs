//! The app's state: [`PlanboardApp`], what it holds and the `eframe` glue.
//!
//! Drawing reads the state and collects [`Command`]s; [`PlanboardApp::apply`] carries them out
//! after the frame is drawn, so the state never changes halfway through a frame. Imports,
//! saves, file dialogs and pictures run on their own threads; `eframe::App::logic` polls
//! them ([`PlanboardApp::poll_tasks`]) before each frame and while the window is hidden, so a
//! minimized window keeps importing and autosaving. The methods are grouped by job, one file
//! each:
//!
//! - `frame`: one frame — the views in their places, shortcuts and dropped files;
//! - `commands`: [`PlanboardApp::apply`] and what waits for the user's agreement;
//! - `file`: what follows a change of the data, the workspace file, unsaved changes, saving
//!   and the autosave;
//! - `tasks`: the background jobs (imports, dialogs, pictures) and their polling;
//! - `layouts`: the layouts taught (读取方式): the mapping dialog's save, the library, the
//!   读取方式 window's renames, removals, exports and imports;
//! - `chart`: the chart of the current selection.
//!
//! [`Command`]: crate::gui::command::Command

mod chart;
mod commands;
mod file;
mod frame;
mod layouts;
mod tasks;

use crate::gui::command::Pending;
use crate::gui::derived::Derived;
use crate::gui::dialogs::DialogTask;
use crate::gui::document::Document;
use crate::gui::drill::{DrillDown, DrillTarget};
use crate::gui::import_job::{ImportJob, ImportRequest};
use crate::gui::layout_dialog::LayoutDialog;
use crate::gui::ledger::LedgerView;
use crate::gui::messages::{Level, Message, MAX_MESSAGES};
use crate::gui::picture::PictureTask;
use crate::gui::save_job::SaveJob;
use crate::gui::selection::Selection;
use crate::gui::settings::{DataFolder, Settings, WindowPlace};
use crate::gui::shared_file::DiskStamp;
use crate::gui::tabs::{DataView, Tab};
use crate::gui::views::layouts_window::LayoutsWindow;
use crate::gui::views::template_form::TemplateForm;
use crate::strings::{self, Lang};
use planboard_charts::{ChartData, ChartKind, ChartRequest};
use planboard_import::{FileReport, ImportOptions, SavedLayout};
use planboard_model::Dataset;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The whole app: the data it holds and how it is shown.
pub struct PlanboardApp {
    // The document: the data, what is derived from it, and its file.
    /// The data and the import log, with the generation everything derived is keyed on.
    document: Document,
    /// The summary and the conflicts, computed from the document's current generation.
    derived: Derived,
    /// The workspace file the data was opened from or saved to.
    workspace_path: Option<PathBuf>,
    /// The workspace file as the disk showed it when we last opened or saved it.
    disk_stamp: Option<DiskStamp>,
    /// Changes not saved to the workspace file.
    dirty: bool,
    /// When the last unsaved change happened (the autosave follows it).
    changed_at: Option<Instant>,
    /// How many changes were made (a save knows which it covers).
    edits: u64,
    /// A save that waits because the file changed on disk since (the file).
    save_conflict: Option<PathBuf>,
    /// An autosave found at start, offered for recovery.
    recovery: Option<PathBuf>,
    // The view state: what the user chose to see and is typing.
    /// The document's generation the view state (selection, ledger, drill-down) last followed.
    followed: Option<u64>,
    lang: Lang,
    tab: Tab,
    data_view: DataView,
    selection: Selection,
    ledger: LedgerView,
    drill: Option<(DrillTarget, DrillDown)>,
    chart_kind: ChartKind,
    /// The chart of the current selection, built when the 图表 tab shows, with the document
    /// generation and the request it was built for.
    chart: Option<(u64, ChartRequest, ChartData)>,
    /// The text box of the unit prompt (view state, edited by the widget).
    pub(crate) unit_draft: String,
    /// The ledger's search box (view state, edited by the widget).
    pub(crate) search_draft: String,
    /// The indicator being added or edited on the 指标设置 page.
    pub(crate) indicator_draft: Option<crate::gui::indicator_draft::IndicatorDraft>,
    /// The 生成填报模板 form, while it is open (view state, edited by the widget).
    pub(crate) template_form: Option<TemplateForm>,
    /// The layouts taught for this workspace (kept in its file), newest first.
    layouts: Vec<SavedLayout>,
    /// The user's layout library (in the data folder), newest first.
    library: Vec<SavedLayout>,
    /// The mapping dialog, while it is open (its draft edited by the widgets).
    pub(crate) layout_dialog: Option<LayoutDialog>,
    /// The 读取方式 window, while it is open (view state, edited by the widgets).
    pub(crate) layouts_window: Option<LayoutsWindow>,
    /// Files with sheets whose unit the user must name, first one asked now.
    pending_units: VecDeque<PathBuf>,
    /// What waits for the user to agree to discard unsaved changes.
    confirm: Option<Pending>,
    messages: Vec<Message>,
    /// The user agreed to close with unsaved changes.
    closing: bool,
    /// The window title last sent.
    title: String,
    // The background tasks.
    job: Option<ImportJob>,
    queue: VecDeque<ImportRequest>,
    dialog: Option<DialogTask>,
    picture: Option<PictureTask>,
    /// A 保存 / 另存为 being written: the job, the file, and the edit it saves up to.
    saving: Option<(SaveJob, PathBuf, u64)>,
    /// The autosave being written on its own thread.
    autosave: Option<SaveJob>,
    /// Kept while the app runs: on X11 the clipboard's content lives as long as its owner.
    clipboard: Option<arboard::Clipboard>,
    // What is kept between runs.
    settings: Settings,
    data_folder: Option<DataFolder>,
}

impl PlanboardApp {
    /// An app showing `dataset` (owned or shared), in Chinese, remembering nothing on disk.
    pub fn new(dataset: impl Into<Arc<Dataset>>) -> Self {
        let mut app = Self {
            document: Document::new(dataset.into(), Vec::new()),
            derived: Derived::default(),
            followed: None,
            lang: Lang::default(),
            selection: Selection::default(),
            tab: Tab::Overview,
            data_view: DataView::Units,
            ledger: LedgerView::default(),
            drill: None,
            job: None,
            queue: VecDeque::new(),
            pending_units: VecDeque::new(),
            unit_draft: String::new(),
            template_form: None,
            layouts: Vec::new(),
            library: Vec::new(),
            layout_dialog: None,
            layouts_window: None,
            disk_stamp: None,
            save_conflict: None,
            search_draft: String::new(),
            indicator_draft: None,
            dialog: None,
            chart_kind: ChartKind::YearlyComparison,
            chart: None,
            picture: None,
            clipboard: None,
            messages: Vec::new(),
            settings: Settings::default(),
            data_folder: None,
            workspace_path: None,
            dirty: false,
            changed_at: None,
            autosave: None,
            saving: None,
            edits: 0,
            confirm: None,
            recovery: None,
            closing: false,
            title: String::new(),
        };
        app.follow_document();
        app
    }

    /// The same app in another language.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The same app, with the reports of the import that made its dataset in its import log.
    pub fn with_import_reports(mut self, reports: &[FileReport]) -> Self {
        *self.document.edit().import_log = reports.to_vec();
        self
    }

    /// The same app, importing `paths` in the background as soon as the window shows.
    pub fn with_startup_import(mut self, paths: Vec<PathBuf>) -> Self {
        if !paths.is_empty() {
            self.settings.note_recent(&paths);
            self.queue.push_back(ImportRequest {
                paths,
                options: ImportOptions::default(),
                replace: false,
            });
        }
        self
    }

    /// The same app, keeping its settings and log file in `folder`: the saved settings are
    /// loaded (the saved language wins over the default Chinese).
    pub fn with_data_folder(mut self, folder: DataFolder) -> Self {
        let saved = folder.load_settings();
        if self.lang == Lang::default() {
            self.lang = saved.lang.into();
        }
        self.settings = Settings {
            lang: self.lang.into(),
            ..saved
        };
        // Paths given at start are the most recent.
        let started: Vec<PathBuf> = self
            .queue
            .iter()
            .flat_map(|r| r.paths.iter().cloned())
            .collect();
        self.settings.note_recent(&started);
        match folder.load_layouts() {
            Ok(library) => self.library = library,
            Err((zh, en)) => {
                let path = folder.layouts_path().display().to_string();
                self.say(Level::Error, |lang| {
                    let error = match lang {
                        Lang::Zh => &zh,
                        Lang::En => &en,
                    };
                    strings::layout_library_unreadable(lang, &path, error)
                });
            }
        }
        let autosave = folder.autosave_path();
        if autosave.is_file() {
            self.recovery = Some(autosave);
        }
        self.data_folder = Some(folder);
        self
    }

    /// The same app showing the workspace at `path` (a bad file is said in the window).
    pub fn with_workspace(mut self, path: &std::path::Path) -> Self {
        // A bad file is said in the message panel; the window opens empty.
        self.load_workspace(path);
        self
    }

    /// Whether there are changes not saved to a workspace file.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The workspace file the data was opened from or saved to.
    pub fn workspace_path(&self) -> Option<&PathBuf> {
        self.workspace_path.as_ref()
    }

    /// What waits for the user to agree to discard unsaved changes.
    pub fn pending_confirmation(&self) -> Option<&Pending> {
        self.confirm.as_ref()
    }

    /// The data the app holds.
    pub fn dataset(&self) -> &Dataset {
        self.document.dataset()
    }

    /// The current interface language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// What the user chose to see.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// Whether an import is running or waiting.
    pub fn is_importing(&self) -> bool {
        self.job.is_some() || !self.queue.is_empty()
    }

    /// The file whose unit the window is asking for.
    pub fn pending_unit(&self) -> Option<&PathBuf> {
        self.pending_units.front()
    }

    /// The messages in the message panel, oldest first.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// The settings as they would be saved.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The report of every imported file.
    pub fn import_log(&self) -> &[FileReport] {
        self.document.import_log()
    }

    /// The layouts taught for this workspace, newest first.
    pub fn layouts(&self) -> &[SavedLayout] {
        &self.layouts
    }

    /// The layouts of the user's library, newest first.
    pub fn layout_library(&self) -> &[SavedLayout] {
        &self.library
    }

    /// Whether the mapping dialog is open.
    pub fn is_layout_dialog_open(&self) -> bool {
        self.layout_dialog.is_some()
    }

    /// Whether a 保存 / 另存为 is being written.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Whether an autosave is being written.
    pub fn is_autosaving(&self) -> bool {
        self.autosave.is_some()
    }

    /// Shows a message; warnings and errors also go to the log file.
    /// `text` says it in a language: the message is kept in both, and shown in the one the
    /// window speaks when it is drawn (a language switch re-renders every message).
    fn say(&mut self, level: Level, text: impl Fn(Lang) -> String) {
        self.say_about(level, None, text);
    }

    /// Shows a message about a sheet (file and sheet) the mapping dialog can open on.
    fn say_about(
        &mut self,
        level: Level,
        sheet: Option<(String, String)>,
        text: impl Fn(Lang) -> String,
    ) {
        let message = Message {
            level,
            zh: text(Lang::Zh),
            en: text(Lang::En),
            sheet,
        };
        if level != Level::Info {
            if let Some(folder) = &self.data_folder {
                // The message is in the window whatever happens to the log file.
                let _ = folder.append_log(level.log_name(), message.text(self.lang));
            }
        }
        self.messages.push(message);
        if self.messages.len() > MAX_MESSAGES {
            self.messages.remove(0);
        }
    }

    /// Remembers where the window is (saved with the settings when it closes); a maximized
    /// window keeps the size it had before.
    fn note_window_place(&mut self, ctx: &egui::Context) {
        let Some(now) = WindowPlace::of(ctx) else {
            return;
        };
        let place = match (now.maximized, self.settings.window) {
            (true, Some(before)) => WindowPlace {
                maximized: true,
                ..before
            },
            _ => now,
        };
        self.settings.window = Some(place);
    }

    /// Writes the settings to the data folder (the window says when it cannot).
    fn save_settings(&mut self) {
        let Some(folder) = &self.data_folder else {
            return;
        };
        if let Err(error) = folder.save_settings(&self.settings) {
            let error = error.to_string();
            self.say(Level::Error, |lang| {
                strings::settings_not_saved(lang, &error)
            });
        }
    }
}

impl eframe::App for PlanboardApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_tasks(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_settings();
        self.let_go();
        // A save still being written is let finish.
        if let Some((job, _, _)) = self.saving.take() {
            let _ = job.wait();
        }
        // An autosave still being written would come back after it is removed.
        if let Some(job) = self.autosave.take() {
            let _ = job.wait();
        }
        // A normal end: whatever was unsaved, the user agreed to leave it.
        if let Some(folder) = &self.data_folder {
            let _ = std::fs::remove_file(folder.autosave_path());
        }
    }
}
