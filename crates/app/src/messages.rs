//! Messages for the user: errors and notices shown in the window's message panel, errors also
//! appended to the log file.

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

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// How serious.
    pub level: Level,
    /// The text, in the interface language of when it was said.
    pub text: String,
}

/// The most messages the panel keeps.
pub const MAX_MESSAGES: usize = 50;
