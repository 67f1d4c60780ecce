//! Words several parts of the window share: buttons and the tail of a cut list.

use super::Lang;

/// "All" in a filter.
pub fn all(lang: Lang) -> &'static str {
    lang.pick("全部", "All")
}

/// Close button.
pub fn close(lang: Lang) -> &'static str {
    lang.pick("关闭", "Close")
}

/// Cancel button.
pub fn cancel(lang: Lang) -> &'static str {
    lang.pick("取消", "Cancel")
}

/// Import button.
pub fn import(lang: Lang) -> &'static str {
    lang.pick("导入", "Import")
}

/// Said under a cut list: 另有 12 项未列出.
pub fn more_rows(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {count} 项未列出"),
        Lang::En => format!("{count} more not listed"),
    }
}

/// The button that copies a text to the clipboard.
pub fn copy_text(lang: Lang) -> &'static str {
    lang.pick("复制文字", "Copy text")
}
