//! The message panel, and the messages of the settings file.

use super::Lang;

/// Settings could not be saved.
pub fn settings_not_saved(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法保存设置：{error}"),
        Lang::En => format!("Cannot save the settings: {error}"),
    }
}

/// Hover text of a message's × button.
pub fn dismiss(lang: Lang) -> &'static str {
    lang.pick("关闭此消息", "Dismiss")
}

/// Button that removes every message.
pub fn clear_messages(lang: Lang) -> &'static str {
    lang.pick("全部清除", "Clear all")
}

/// Older messages not shown.
pub fn more_messages(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {count} 条较早的消息"),
        Lang::En => format!("{count} older message(s)"),
    }
}
