//! The app's state and the commands that change it.
//!
//! Drawing reads the state and collects [`Command`]s; [`PlanboardApp::apply`] carries them out
//! after the frame is drawn, so the state never changes halfway through a frame. Imports and
//! file dialogs run on their own threads; [`PlanboardApp::show`] polls them every frame.

use crate::command::{Command, DialogKind, Pending, SaveConflictChoice};
use crate::dialogs::{Dialog, DialogTask};
use crate::drill::{DrillDown, DrillTarget};
use crate::import_job::{Finished, ImportJob, ImportRequest};
use crate::ledger::LedgerView;
use crate::messages::{Level, Message, MAX_MESSAGES};
use crate::picture::{PictureAction, PictureOutcome, PictureTask};
use crate::save_job::{SaveError, SaveJob, Snapshot};
use crate::selection::Selection;
use crate::settings::{DataFolder, Settings, WindowPlace};
use crate::shared_file::{self, DiskStamp, Lock};
use crate::strings::{self, Lang};
use crate::tabs::{DataView, Tab};
use crate::views::template_form::TemplateForm;
use crate::views::{self, summary_table::SummaryTable};
use crate::workspace_file::{AppWorkspace, WorkspaceSettings, AUTOSAVE_DELAY};
use planboard_charts::{ChartData, ChartKind, ChartRequest};
use planboard_import::{FileImport, FileReport, ImportOptions, Problem};
use planboard_model::{Dataset, Span};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the window looks at a running import when the import thread says nothing.
const IMPORT_POLL: Duration = Duration::from_millis(100);

/// The whole app: the data it holds and how it is shown.
pub struct PlanboardApp {
    /// Shared with an autosave being written (changed copy-on-write, see [`crate::save_job`]).
    dataset: Arc<Dataset>,
    lang: Lang,
    /// Derived from `dataset`; rebuilt whenever the data changes.
    summary: SummaryTable,
    selection: Selection,
    tab: Tab,
    data_view: DataView,
    ledger: LedgerView,
    drill: Option<(DrillTarget, DrillDown)>,
    /// The report of every file imported, in import order (one per file); shared like the
    /// dataset.
    import_log: Arc<Vec<FileReport>>,
    /// Reported figures that disagree with the ledgers; rebuilt when the data changes.
    conflicts: Vec<Problem>,
    job: Option<ImportJob>,
    queue: VecDeque<ImportRequest>,
    /// Files with sheets whose unit the user must name, first one asked now.
    pending_units: VecDeque<PathBuf>,
    /// The text box of the unit prompt (view state, edited by the widget).
    pub(crate) unit_draft: String,
    /// The ledger's search box (view state, edited by the widget).
    pub(crate) search_draft: String,
    /// The 生成填报模板 form, while it is open (view state, edited by the widget).
    pub(crate) template_form: Option<TemplateForm>,
    /// The workspace file as the disk showed it when we last opened or saved it.
    disk_stamp: Option<DiskStamp>,
    /// A save that waits because the file changed on disk since (the file).
    save_conflict: Option<PathBuf>,
    dialog: Option<DialogTask>,
    chart_kind: ChartKind,
    /// The chart of the current selection, built when the 图表 tab shows and something changed.
    chart: Option<(ChartRequest, ChartData)>,
    picture: Option<PictureTask>,
    /// Kept while the app runs: on X11 the clipboard's content lives as long as its owner.
    clipboard: Option<arboard::Clipboard>,
    messages: Vec<Message>,
    settings: Settings,
    data_folder: Option<DataFolder>,
    /// The workspace file the data was opened from or saved to.
    workspace_path: Option<PathBuf>,
    /// Changes not saved to the workspace file.
    dirty: bool,
    /// When the last unsaved change happened (the autosave follows it).
    changed_at: Option<Instant>,
    /// The autosave being written on its own thread.
    autosave: Option<SaveJob>,
    /// A 保存 / 另存为 being written: the job, the file, and the edit it saves up to.
    saving: Option<(SaveJob, PathBuf, u64)>,
    /// How many changes were made (a save knows which it covers).
    edits: u64,
    /// What waits for the user to agree to discard unsaved changes.
    confirm: Option<Pending>,
    /// An autosave found at start, offered for recovery.
    recovery: Option<PathBuf>,
    /// The user agreed to close with unsaved changes.
    closing: bool,
    /// The window title last sent.
    title: String,
}

impl PlanboardApp {
    /// An app showing `dataset` (owned or shared), in Chinese, remembering nothing on disk.
    pub fn new(dataset: impl Into<Arc<Dataset>>) -> Self {
        let mut app = Self {
            dataset: dataset.into(),
            lang: Lang::default(),
            summary: SummaryTable::default(),
            selection: Selection::default(),
            tab: Tab::Overview,
            data_view: DataView::Units,
            ledger: LedgerView::default(),
            drill: None,
            import_log: Arc::default(),
            conflicts: Vec::new(),
            job: None,
            queue: VecDeque::new(),
            pending_units: VecDeque::new(),
            unit_draft: String::new(),
            template_form: None,
            disk_stamp: None,
            save_conflict: None,
            search_draft: String::new(),
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
        app.refresh_data();
        app
    }

    /// The same app in another language.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The same app, with the reports of the import that made its dataset in its import log.
    pub fn with_import_reports(mut self, reports: &[FileReport]) -> Self {
        self.import_log = Arc::new(reports.to_vec());
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
        &self.dataset
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
        &self.import_log
    }

    /// Draws one frame into `ui`, then applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_background(&ctx);
        self.note_window_place(&ctx);
        let mut commands = Vec::new();
        shortcuts(&ctx, &mut commands);
        if ctx.input(|i| i.viewport().close_requested()) && self.dirty && !self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Pending::Close);
        }
        let title = strings::window_title(
            self.lang,
            self.workspace_path
                .as_ref()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().to_string())
                .as_deref(),
            self.dirty,
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let lang = self.lang;
        views::menu_bar::show(ui, lang, self.tab, &self.settings, &mut commands);
        if !self.dataset.is_empty() {
            views::selection_bar::show(ui, lang, &self.dataset, &self.selection, &mut commands);
        }
        views::status_panel::show(
            ui,
            lang,
            self.job.as_ref(),
            self.queue.len(),
            &self.messages,
            &mut commands,
        );
        if let Some((target, drill)) = &self.drill {
            views::drill_down::show(ui, lang, &self.dataset, target, drill, &mut commands);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.dataset.is_empty() && self.tab != Tab::ImportLog {
                views::empty_state::show(ui, lang, &self.settings.recent_files, &mut commands);
                return;
            }
            match self.tab {
                Tab::Overview => views::overview::show(
                    ui,
                    lang,
                    &self.dataset,
                    &self.selection,
                    self.settings.colour_rule,
                    &mut commands,
                ),
                Tab::Data => views::data_tables::show(
                    ui,
                    lang,
                    &self.dataset,
                    &self.selection,
                    self.data_view,
                    &self.summary,
                    &mut commands,
                ),
                Tab::Ledger => views::ledger::show(
                    ui,
                    lang,
                    &self.dataset,
                    &self.ledger,
                    &mut self.search_draft,
                    &mut commands,
                ),
                Tab::Charts => views::charts::show(
                    ui,
                    lang,
                    self.chart_kind,
                    self.chart.as_ref().map(|(_, chart)| chart),
                    self.picture.as_ref().map(PictureTask::action),
                    &mut commands,
                ),
                Tab::ImportLog => views::import_log::show(
                    ui,
                    lang,
                    &self.dataset,
                    &self.import_log,
                    &self.conflicts,
                    &mut commands,
                ),
            }
        });
        if let Some(path) = &self.save_conflict {
            views::questions::save_conflict(ui, lang, path, &mut commands);
        } else if let Some(pending) = &self.confirm {
            views::questions::discard_changes(ui, lang, pending, &mut commands);
        } else if let Some(path) = &self.recovery {
            views::questions::recover(ui, lang, path, &mut commands);
        } else if let Some(path) = self.pending_units.front() {
            views::unit_prompt::show(
                ui,
                lang,
                path,
                self.dataset.units(),
                &mut self.unit_draft,
                &mut commands,
            );
        } else if let Some(form) = &mut self.template_form {
            views::template_form::show(ui, lang, form, self.dataset.units(), &mut commands);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
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
            self.apply(&ctx, command);
        }
    }

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
            Command::RemoveFile(file) => {
                Arc::make_mut(&mut self.dataset).remove_file(&file);
                self.touch();
                Arc::make_mut(&mut self.import_log).retain(|r| r.file != file);
                self.say(Level::Info, |lang| strings::file_removed(lang, &file));
                self.refresh_data();
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
                        .dataset
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
                self.ledger.refresh_rows(&self.dataset, ctx);
            }
            Command::SortLedger(column) => {
                self.ledger.sort = Some(self.ledger.next_sort(column));
                self.ledger.refresh_rows(&self.dataset, ctx);
            }
            Command::DrillDown(target) => {
                let drill = DrillDown::of(&self.dataset, &target);
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
        }
        self.refresh_chart();
        ctx.request_repaint();
    }

    /// The chart request of the current selection.
    fn chart_request(&self) -> ChartRequest {
        let selection = &self.selection;
        let as_of = selection.as_of(&self.dataset);
        let span = match self.chart_kind {
            ChartKind::YearlyComparison => selection.period.map(Span::Plan),
            ChartKind::PeriodComparison => None,
            ChartKind::MonthlyProgress => selection
                .year
                .or_else(|| as_of.map(|m| m.year))
                .map(Span::Year),
            ChartKind::UnitRanking | ChartKind::IndustryAndStages => selection.span(),
        };
        ChartRequest {
            kind: self.chart_kind,
            indicator: selection.indicator,
            span,
            scope: selection.scope.clone(),
            as_of: selection.as_of,
        }
    }

    /// Rebuilds the chart when the 图表 tab shows and its request changed.
    fn refresh_chart(&mut self) {
        if self.tab != Tab::Charts {
            return;
        }
        let request = self.chart_request();
        if self.chart.as_ref().is_some_and(|(r, _)| *r == request) {
            return;
        }
        let chart = planboard_charts::chart_data(&self.dataset, &request);
        self.chart = Some((request, chart));
    }

    fn make_picture(&mut self, ctx: &egui::Context, action: PictureAction) {
        if self.picture.is_some() {
            return;
        }
        let Some((_, chart)) = &self.chart else {
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
                self.say(Level::Error, |lang| strings::picture_failed(lang, &error));
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

    /// Takes the news of the dialog and the import, starting the next import when one ends.
    fn poll_background(&mut self, ctx: &egui::Context) {
        self.ledger.poll();
        if let Some(answer) = self.dialog.as_ref().and_then(DialogTask::poll) {
            self.dialog = None;
            if let Some(command) = answer {
                self.apply(ctx, command);
            }
        }
        if let Some(outcome) = self.picture.as_ref().and_then(PictureTask::poll) {
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

    /// Notes an unsaved change: the title shows it and the autosave follows shortly.
    fn touch(&mut self) {
        self.dirty = true;
        self.edits += 1;
        if self.data_folder.is_some() {
            self.changed_at = Some(Instant::now());
        }
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
                self.dataset = Arc::default();
                self.import_log = Arc::default();
                self.let_go();
                self.selection = Selection::default();
                self.drill = None;
                self.refresh_data();
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
                match crate::demo::write_into(&std::env::temp_dir().join("planboard")) {
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
            dataset: Arc::clone(&self.dataset),
            import_log: Arc::clone(&self.import_log),
            settings: self.workspace_settings(),
        }
    }

    /// Saves to `path`, unless it is the workspace's own file and someone changed it on disk
    /// since we opened or saved it: then asks first.
    fn save_workspace(&mut self, ctx: &egui::Context, path: &Path) {
        let ours = self.workspace_path.as_deref() == Some(path);
        if ours && shared_file::changed_since(path, self.disk_stamp) {
            self.save_conflict = Some(path.to_path_buf());
            return;
        }
        self.write_and_note(ctx, path);
    }

    /// Starts writing the workspace to `path`, which becomes its file when it is written
    /// ([`PlanboardApp::finish_save`]); the window keeps drawing meanwhile.
    fn write_and_note(&mut self, ctx: &egui::Context, path: &Path) {
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
    fn finish_save(&mut self, path: &Path, edits: u64, outcome: Result<(), SaveError>) {
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

    /// Writes the summary tables (period, year and unit sheets) of the current selection.
    fn export_summary(&mut self, path: &std::path::Path) {
        let Some(span) = self.selection.span() else {
            return;
        };
        let request = planboard_export::SummaryRequest {
            as_of: self.selection.as_of(&self.dataset),
            unit_span: span,
        };
        let shown = path.display().to_string();
        let written = planboard_export::summary_workbook(&self.dataset, &request)
            .map_err(|e| e.to_string())
            .and_then(|bytes| std::fs::write(path, bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.say(Level::Info, |lang| strings::wrote_file(lang, &shown)),
            Err(error) => self.say(Level::Error, |lang| {
                strings::file_write_failed(lang, &shown, &error)
            }),
        }
    }

    /// Starts writing the autosave on its own thread (the window goes on at once).
    fn autosave(&mut self, ctx: &egui::Context) {
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
    fn finish_autosave(&mut self, outcome: Result<(), SaveError>) {
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

    /// Whether a 保存 / 另存为 is being written.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Whether an autosave is being written.
    pub fn is_autosaving(&self) -> bool {
        self.autosave.is_some()
    }

    /// Replaces the data and settings with the workspace at `path`; whether it could be read
    /// (when not, nothing changed and the window says why).
    fn load_workspace(&mut self, path: &std::path::Path) -> bool {
        match AppWorkspace::open(path) {
            Ok(workspace) => {
                self.dataset = Arc::new(workspace.dataset);
                self.import_log = Arc::new(workspace.import_log);
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
                self.refresh_data();
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

    /// Runs `request` now when nothing else runs, else after what runs.
    fn enqueue(&mut self, ctx: &egui::Context, request: ImportRequest) {
        if self.job.is_none() && self.queue.is_empty() {
            self.start(ctx, request);
        } else {
            self.queue.push_back(request);
        }
    }

    fn start(&mut self, ctx: &egui::Context, request: ImportRequest) {
        match ImportJob::start(ctx, request) {
            Ok(job) => self.job = Some(job),
            Err(error) => {
                self.say(Level::Error, |lang| {
                    strings::import_thread_failed(lang, &error.to_string())
                });
            }
        }
    }

    fn open_dialog(&mut self, ctx: &egui::Context, kind: DialogKind) {
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
            DialogKind::TemplateFolder => Dialog::TemplateFolder {
                title: strings::template_choose_folder(self.lang).to_string(),
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
        match DialogTask::open(ctx, dialog) {
            Ok(task) => self.dialog = Some(task),
            Err(error) => self.say(Level::Error, |lang| {
                strings::dialog_failed(lang, &error.to_string())
            }),
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
            if let Some(error) = report.error.clone() {
                failed += 1;
                let english = report.error_en.clone().unwrap_or_else(|| error.clone());
                self.say(Level::Error, |lang| match lang {
                    Lang::Zh => error.clone(),
                    Lang::En => english.clone(),
                });
                // What the reader said, in its own words, for whoever reads the log.
                if let (Some(folder), Some(detail)) = (&self.data_folder, &report.error_detail) {
                    let _ = folder.append_log("DETAIL", detail);
                }
                self.note_report(report);
                continue;
            }
            // Copies the data once if an autosave is being written from it.
            let dataset = Arc::make_mut(&mut self.dataset);
            if request.replace {
                dataset.remove_file(&report.file);
            }
            let outcome = dataset.add(batch);
            for replaced in &outcome.replaced_files {
                Arc::make_mut(&mut self.import_log).retain(|r| &r.file != replaced);
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
        self.refresh_data();
    }

    /// Puts `report` in the import log, replacing the file's earlier report.
    fn note_report(&mut self, report: FileReport) {
        let log = Arc::make_mut(&mut self.import_log);
        match log.iter_mut().find(|r| r.file == report.file) {
            Some(earlier) => *earlier = report,
            None => log.push(report),
        }
    }

    /// Rebuilds everything derived from the dataset.
    fn refresh_data(&mut self) {
        self.summary = SummaryTable::of(&self.dataset);
        self.selection.fit(&self.dataset);
        self.ledger.refresh_data(&self.dataset);
        self.conflicts = planboard_import::check_conflicts(&self.dataset);
        if let Some((target, drill)) = &mut self.drill {
            *drill = DrillDown::of(&self.dataset, target);
        }
        self.chart = None;
        self.refresh_chart();
    }

    /// Shows a message; warnings and errors also go to the log file.
    /// `text` says it in a language: the message is kept in both, and shown in the one the
    /// window speaks when it is drawn (a language switch re-renders every message).
    fn say(&mut self, level: Level, text: impl Fn(Lang) -> String) {
        let message = Message {
            level,
            zh: text(Lang::Zh),
            en: text(Lang::En),
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
        match crate::templates::write_templates(&unit, year, folder) {
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
    fn let_go(&mut self) {
        if let Some(path) = self.workspace_path.take() {
            Lock::release(&path);
        }
        self.disk_stamp = None;
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

/// Ctrl+N, Ctrl+O, Ctrl+S and Ctrl+Shift+S (⌘ on a Mac).
fn shortcuts(ctx: &egui::Context, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    let table = [
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::N),
            Command::NewWorkspace,
        ),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
            Command::OpenWorkspaceDialog,
        ),
        (save_as, Command::SaveWorkspaceAs),
        (
            KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
            Command::SaveWorkspace,
        ),
    ];
    for (shortcut, command) in table {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            commands.push(command);
        }
    }
}

impl eframe::App for PlanboardApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
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
