//! The workspace as the window keeps it: the settings saved with the data in a `.planboard`
//! file, and the autosave in the app's data folder.

use crate::gui::rules::ColourRule;
use crate::gui::settings::SavedLang;
use planboard_model::YearMonth;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The app's settings inside a workspace file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceSettings {
    /// The as-of month chosen; `None` follows the data.
    pub as_of: Option<YearMonth>,
    /// The colour rule of the overview.
    pub colour_rule: ColourRule,
    /// The interface language.
    pub lang: SavedLang,
    /// Files and folders imported lately, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The kind of chart shown (its place in the 图表 tab's list).
    pub chart_kind: usize,
}

/// A workspace of the window.
pub type AppWorkspace = planboard_workspace::Workspace<WorkspaceSettings>;

/// How long after a change the autosave is written.
pub const AUTOSAVE_DELAY: std::time::Duration = std::time::Duration::from_secs(3);

/// The name of the autosave file in the data folder.
pub const AUTOSAVE_NAME: &str = "autosave.planboard";
