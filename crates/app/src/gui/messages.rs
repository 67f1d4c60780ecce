//! Messages for the user: errors and notices shown in the window's message panel, errors also
//! appended to the log file.

use crate::strings::Lang;

/// How serious a message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something done (an import finished, a file removed).
    Info,
    /// Worth a look (rows rejected).
    Warning,
    /// Something failed.
    Error,
}

impl Level {
    /// The level as written to the log file.
    pub fn log_name(self) -> &'static str {
        match self {
            Level::Info => "INFO",
            Level::Warning => "WARN",
            Level::Error => "ERROR",
        }
    }
}

/// One message, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// How serious.
    pub level: Level,
    /// The text in Chinese.
    pub zh: String,
    /// The text in English.
    pub en: String,
    /// The file and sheet the message is about, when the mapping dialog can teach planboard
    /// to read it (the panel offers 调整读取方式…).
    pub sheet: Option<(String, String)>,
}

impl Message {
    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The most messages the panel keeps.
pub const MAX_MESSAGES: usize = 50;
