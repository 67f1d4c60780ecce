//! The app's settings and its data folder: settings.json, the log file and (later) the
//! autosave live there.

use crate::gui::rules::ColourRule;
use crate::strings::Lang;
use planboard_import::SavedLayout;
use serde::{Deserialize, Serialize};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// How many recent imports the 文件 menu remembers.
pub const MAX_RECENT: usize = 10;

/// What the app remembers between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The interface language.
    pub lang: SavedLang,
    /// The colour rule of the overview cards.
    pub colour_rule: ColourRule,
    /// Files and folders imported lately, newest first.
    pub recent_files: Vec<PathBuf>,
    /// Light, dark, or as the system says.
    pub theme: ThemeChoice,
    /// Where the window was when it was last closed; `None` before the first run (the window
    /// then opens maximized).
    pub window: Option<WindowPlace>,
}

/// The colour theme the user chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// As the system says; light where it says nothing (offices and projectors are light).
    #[default]
    System,
    /// 浅色.
    Light,
    /// 深色.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// Applies the choice to the window.
    pub fn apply(self, ctx: &egui::Context) {
        ctx.options_mut(|o| o.fallback_theme = egui::Theme::Light);
        ctx.set_theme(match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }
}

/// The window's size and place on the screen, in points.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WindowPlace {
    /// Inner size (width, height).
    pub size: [f32; 2],
    /// Outer top-left corner, where the system says.
    pub position: Option<[f32; 2]>,
    /// Maximized.
    pub maximized: bool,
}

impl WindowPlace {
    /// The place of the window as `ctx` sees it now, when it knows its size.
    pub fn of(ctx: &egui::Context) -> Option<Self> {
        ctx.input(|i| {
            let viewport = i.viewport();
            let inner = viewport.inner_rect?;
            Some(Self {
                size: [inner.width(), inner.height()],
                position: viewport.outer_rect.map(|r| [r.min.x, r.min.y]),
                maximized: viewport.maximized.unwrap_or(false),
            })
        })
    }
}

/// The language as stored (the command line's [`Lang`] has no serde).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedLang {
    /// 简体中文.
    #[default]
    Zh,
    /// English.
    En,
}

impl From<Lang> for SavedLang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => SavedLang::Zh,
            Lang::En => SavedLang::En,
        }
    }
}

impl From<SavedLang> for Lang {
    fn from(lang: SavedLang) -> Self {
        match lang {
            SavedLang::Zh => Lang::Zh,
            SavedLang::En => Lang::En,
        }
    }
}

impl Settings {
    /// Puts `paths` at the front of the recent files, without duplicates, keeping
    /// [`MAX_RECENT`].
    pub fn note_recent(&mut self, paths: &[PathBuf]) {
        for path in paths.iter().rev() {
            self.recent_files.retain(|p| p != path);
            self.recent_files.insert(0, path.clone());
        }
        self.recent_files.truncate(MAX_RECENT);
    }
}

/// The app's data folder (settings, log file, autosave).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataFolder {
    dir: PathBuf,
}

impl DataFolder {
    /// The platform's data folder for planboard (`~/.local/share/planboard`,
    /// `%APPDATA%\planboard\data` …); `None` when the system has no home folder.
    pub fn locate() -> Option<Self> {
        directories::ProjectDirs::from("", "", "planboard").map(|dirs| Self {
            dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// A data folder at `dir` (tests).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The log file.
    pub fn log_path(&self) -> PathBuf {
        self.dir.join("planboard.log")
    }

    /// The autosave of the workspace.
    pub fn autosave_path(&self) -> PathBuf {
        self.dir.join(crate::gui::workspace_file::AUTOSAVE_NAME)
    }

    fn settings_path(&self) -> PathBuf {
        self.dir.join("settings.json")
    }

    /// The saved settings; the defaults when there are none or they cannot be read.
    pub fn load_settings(&self) -> Settings {
        std::fs::read(self.settings_path())
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Saves `settings` (atomically enough: a temporary file renamed over the old one).
    pub fn save_settings(&self, settings: &Settings) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let bytes = serde_json::to_vec_pretty(settings).map_err(std::io::Error::other)?;
        let temporary = self.dir.join("settings.json.tmp");
        std::fs::write(&temporary, bytes)?;
        std::fs::rename(temporary, self.settings_path())
    }

    /// The user's layout library (读取方式), shared by every workspace.
    pub fn layouts_path(&self) -> PathBuf {
        self.dir.join("layouts.json")
    }

    /// The layouts of the library; none when there is no library yet, or the reason (in
    /// Chinese and English) it cannot be read.
    pub fn load_layouts(&self) -> Result<Vec<SavedLayout>, (String, String)> {
        match std::fs::read(self.layouts_path()) {
            Ok(bytes) => {
                SavedLayout::parse_many(&bytes).map_err(|e| (e.message_zh(), e.message_en()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err((e.to_string(), e.to_string())),
        }
    }

    /// Writes the layout library atomically (a crash leaves the previous file readable).
    pub fn save_layouts(&self, layouts: &[SavedLayout]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let json = if layouts.is_empty() {
            "[]".to_string()
        } else {
            SavedLayout::many_to_json(layouts)
        };
        planboard_workspace::write_atomically(&self.layouts_path(), json.as_bytes())
    }

    /// Appends one line to the log file, with the local time.
    pub fn append_log(&self, level: &str, text: &str) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())?;
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        let one_line = text.replace('\n', " ");
        writeln!(file, "{now} {level} {one_line}")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn recent_files_are_newest_first_without_duplicates() {
        let mut settings = Settings::default();
        settings.note_recent(&[PathBuf::from("a"), PathBuf::from("b")]);
        settings.note_recent(&[PathBuf::from("b")]);
        assert_eq!(
            settings.recent_files,
            [PathBuf::from("b"), PathBuf::from("a")]
        );
        for n in 0..20 {
            settings.note_recent(&[PathBuf::from(n.to_string())]);
        }
        assert_eq!(settings.recent_files.len(), MAX_RECENT);
    }

    #[test]
    fn settings_and_log_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let folder = DataFolder::at(dir.path());
        let mut settings = Settings::default();
        settings.note_recent(&[PathBuf::from("x.xlsx")]);
        settings.lang = SavedLang::En;
        folder.save_settings(&settings).unwrap();
        assert_eq!(folder.load_settings(), settings);
        folder.append_log("ERROR", "a\nb").unwrap();
        let log = std::fs::read_to_string(folder.log_path()).unwrap();
        assert!(log.contains("ERROR a b"));
    }
}
