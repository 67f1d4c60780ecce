//! The views of the window, one per file. A view draws from the [`ViewCtx`] of the frame
//! (what views read, built once per frame by the app) and pushes what the user asked for to its
//! [`crate::gui::command::Command`]s; it never changes the state itself. Views never import
//! `gui::app`.

pub mod charts;
pub mod data_tables;
pub mod drill_down;
pub mod empty_state;
pub mod import_log;
pub mod indicator_settings;
pub mod layout_controls;
pub mod layout_dialog;
pub mod layout_preview;
pub mod layouts_window;
pub mod ledger;
pub mod menu_bar;
pub mod overview;
pub mod questions;
pub mod selection_bar;
pub mod status_panel;
pub mod summary_table;
pub mod template_form;
pub mod unit_prompt;

use crate::gui::command::Command;
use crate::gui::import_job::ImportJob;
use crate::gui::ledger::LedgerView;
use crate::gui::messages::Message;
use crate::gui::picture::PictureAction;
use crate::gui::selection::Selection;
use crate::gui::settings::Settings;
use crate::gui::tabs::{DataView, Tab};
use crate::strings::Lang;
use planboard_charts::{ChartData, ChartKind};
use planboard_import::{FileReport, Problem, SavedLayout};
use planboard_model::Dataset;
use summary_table::SummaryTable;

/// What the views read in one frame, and the commands they push to. The app builds it once
/// per frame; every view takes it (plus, for a modal or a panel, what it is about).
pub struct ViewCtx<'a> {
    /// The language of every text.
    pub lang: Lang,
    /// The data shown.
    pub dataset: &'a Dataset,
    /// The period, year, unit, indicator and as-of month chosen.
    pub selection: &'a Selection,
    /// The settings: theme, colour rule, recent files.
    pub settings: &'a Settings,
    /// The tab shown.
    pub tab: Tab,
    /// The table the 数据 tab shows.
    pub data_view: DataView,
    /// The district's table by plan period, computed when the data changes.
    pub summary: &'a SummaryTable,
    /// The ledger's filter, sort and visible rows.
    pub ledger: &'a LedgerView,
    /// The kind of chart chosen.
    pub chart_kind: ChartKind,
    /// The chart of the selection, once built.
    pub chart: Option<&'a ChartData>,
    /// The picture being made, if one is.
    pub picture: Option<PictureAction>,
    /// The running import.
    pub job: Option<&'a ImportJob>,
    /// How many imports wait behind it.
    pub queued: usize,
    /// The messages shown, oldest first.
    pub messages: &'a [Message],
    /// The report of every file imported.
    pub import_log: &'a [FileReport],
    /// Reported figures that disagree with the ledgers.
    pub conflicts: &'a [Problem],
    /// The layouts taught for this workspace.
    pub layouts: &'a [SavedLayout],
    /// The layouts of the user's library.
    pub library: &'a [SavedLayout],
    /// What the user asked for this frame, applied once the frame is drawn.
    pub commands: Vec<Command>,
}
