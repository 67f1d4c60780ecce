//! The planboard workspace file (`.planboard`): a self-contained JSON document holding every
//! imported fact and project with its provenance, the import log and the app's settings. It is
//! saved atomically and read back with a clear message for every kind of bad file.

mod atomic;
mod migrate;

pub use atomic::write_atomically;

use planboard_import::{FileReport, SavedLayout};
use planboard_model::Dataset;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file extension of workspaces.
pub const EXTENSION: &str = "planboard";

/// The format marker every workspace file carries.
pub const FORMAT: &str = "planboard-workspace";

/// The format version this build writes; older versions are migrated on load.
///
/// 1: problems carried their message as two texts (`message`, `message_en`).
/// 2: problems carry their kind with its values (`kind`), rendered in the reader's language.
/// 3: a file that could not be read carries its error's kind (`error`), not two texts.
/// 4: the dataset carries its indicator catalogue (`dataset.catalogue`, in the form of a
///    `planboard-indicators` file); older workspaces get the built-in one.
pub const VERSION: u32 = 4;

/// Everything a workspace holds. `S` is the app's settings (as-of month, colour rules, chart
/// choices, language …), kept opaque here.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(bound(deserialize = "S: DeserializeOwned + Default"))]
pub struct Workspace<S> {
    /// Every imported fact and project.
    pub dataset: Dataset,
    /// The report of every import, newest last.
    #[serde(default)]
    pub import_log: Vec<FileReport>,
    /// The layouts (读取方式) the user taught for this workspace's files, tried first on
    /// every import.
    #[serde(default)]
    pub layouts: Vec<SavedLayout>,
    /// The app's settings. Settings that cannot be read (from another version, edited by
    /// hand) fall back to the defaults: they never keep the data from opening.
    #[serde(default, deserialize_with = "lenient")]
    pub settings: S,
}

/// Reads `S`, or its default when the value does not fit.
fn lenient<'de, D, S>(deserializer: D) -> Result<S, D::Error>
where
    D: serde::Deserializer<'de>,
    S: DeserializeOwned + Default,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// A workspace to save, borrowed from wherever its parts live: a window keeps its dataset
/// shared with a save running on another thread, so nothing is copied or moved to save it.
/// It is written exactly as [`Workspace`] is.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct WorkspaceView<'a, S> {
    /// Every imported fact and project.
    pub dataset: &'a Dataset,
    /// The report of every import, newest last.
    pub import_log: &'a [FileReport],
    /// The layouts taught for this workspace's files.
    pub layouts: &'a [SavedLayout],
    /// The app's settings.
    pub settings: &'a S,
}

impl<S: Serialize> WorkspaceView<'_, S> {
    /// The workspace as JSON bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, WorkspaceError> {
        let envelope = Envelope {
            format: FORMAT,
            version: VERSION,
            app_version: env!("CARGO_PKG_VERSION"),
            workspace: self,
        };
        serde_json::to_vec(&envelope).map_err(|e| WorkspaceError::Invalid(e.to_string()))
    }

    /// Saves to `path` atomically: a crash at any moment leaves the previous file readable.
    pub fn save(&self, path: &Path) -> Result<(), WorkspaceError> {
        let bytes = self.to_bytes()?;
        write_atomically(path, &bytes)?;
        Ok(())
    }
}

/// The document as written: the format marker and version around the workspace.
#[derive(Serialize)]
struct Envelope<'a, 'w, S> {
    format: &'static str,
    version: u32,
    app_version: &'static str,
    #[serde(flatten)]
    workspace: &'a WorkspaceView<'w, S>,
}

/// Why a workspace could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// Reading or writing the file failed.
    #[error("无法读写工作区文件：{0}")]
    Io(#[from] std::io::Error),
    /// The file is not JSON (for example cut off by a crash while copying).
    #[error("工作区文件已损坏或不完整（第{line}行第{column}列）：{detail}")]
    NotJson {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// serde_json's description.
        detail: String,
    },
    /// The file is JSON but not a planboard workspace.
    #[error("这不是招商目标看板的工作区文件")]
    NotAWorkspace,
    /// The file was written by a newer planboard.
    #[error("此工作区由更新版本的招商目标看板保存（格式版本 {found}，本程序支持到 {supported}），请升级程序后再打开")]
    TooNew {
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The content does not fit the format (edited by hand, for example).
    #[error("工作区文件内容无效：{0}")]
    Invalid(String),
}

impl WorkspaceError {
    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            WorkspaceError::Io(e) => format!("cannot read or write the workspace file: {e}"),
            WorkspaceError::NotJson { line, column, detail } => format!(
                "the workspace file is damaged or incomplete (line {line}, column {column}): {detail}"
            ),
            WorkspaceError::NotAWorkspace => "this is not a planboard workspace file".into(),
            WorkspaceError::TooNew { found, supported } => format!(
                "this workspace was saved by a newer planboard (format {found}; this build reads up to {supported})"
            ),
            WorkspaceError::Invalid(detail) => format!("the workspace file is invalid: {detail}"),
        }
    }
}

impl<S: Serialize + DeserializeOwned + Default> Workspace<S> {
    /// The workspace borrowed, to save.
    pub fn view(&self) -> WorkspaceView<'_, S> {
        WorkspaceView {
            dataset: &self.dataset,
            import_log: &self.import_log,
            layouts: &self.layouts,
            settings: &self.settings,
        }
    }

    /// The workspace as JSON bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, WorkspaceError> {
        self.view().to_bytes()
    }

    /// Reads a workspace from JSON bytes, migrating older versions.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, WorkspaceError> {
        let not_json = |e: serde_json::Error| WorkspaceError::NotJson {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        };
        // A cheap first pass reads only the marker and version (and finds syntax errors).
        let header: migrate::Header = serde_json::from_slice(bytes).map_err(|e| {
            if e.is_data() {
                WorkspaceError::NotAWorkspace
            } else {
                not_json(e)
            }
        })?;
        if migrate::check(&header)? {
            serde_json::from_slice(bytes).map_err(|e| WorkspaceError::Invalid(e.to_string()))
        } else {
            let value: serde_json::Value = serde_json::from_slice(bytes).map_err(not_json)?;
            let value = migrate::to_current(value, &header)?;
            serde_json::from_value(value).map_err(|e| WorkspaceError::Invalid(e.to_string()))
        }
    }

    /// Saves to `path` atomically: a crash at any moment leaves the previous file readable.
    pub fn save(&self, path: &Path) -> Result<(), WorkspaceError> {
        self.view().save(path)
    }

    /// Opens the workspace at `path`. A bad file gives an error and changes nothing.
    pub fn open(path: &Path) -> Result<Self, WorkspaceError> {
        let bytes = std::fs::read(path)?;
        Self::from_bytes(&bytes)
    }
}

/// Whether `path` names a workspace file (by its extension).
pub fn is_workspace_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}
