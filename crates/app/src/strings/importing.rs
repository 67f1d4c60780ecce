//! Importing in the window: the file dialogs, the progress and how an import went.

use super::Lang;
use planboard_import::FileError;

/// Title of the import dialog.
pub fn dialog_import_files(lang: Lang) -> &'static str {
    lang.pick("导入工作簿", "Import workbooks")
}

/// Title of the folder dialog.
pub fn dialog_import_folder(lang: Lang) -> &'static str {
    lang.pick(
        "导入文件夹中的全部工作簿",
        "Import every workbook in a folder",
    )
}

/// The file filter of the import dialog.
pub fn dialog_workbooks(lang: Lang) -> &'static str {
    lang.pick("Excel / WPS 工作簿", "Excel / WPS workbooks")
}

/// A dialog could not be opened.
pub fn dialog_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法打开文件对话框：{error}"),
        Lang::En => format!("Cannot open the file dialog: {error}"),
    }
}

/// The progress bar's text: 正在读取第 3 / 14 个文件：城东街道台账.xlsx.
pub fn import_progress(lang: Lang, n: usize, total: usize, file: &str) -> String {
    match lang {
        Lang::Zh => format!("正在读取第 {n} / {total} 个文件：{file}"),
        Lang::En => format!("Reading file {n} of {total}: {file}"),
    }
}

/// The progress bar's text before the first file.
pub fn import_starting(lang: Lang) -> &'static str {
    lang.pick("正在查找工作簿…", "Looking for workbooks…")
}

/// Imports waiting behind the running one.
pub fn imports_queued(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {count} 批等待导入"),
        Lang::En => format!("{count} more import(s) waiting"),
    }
}

/// An import ended: 导入完成：14 个文件，其中 1 个有错误.
pub fn import_finished(lang: Lang, files: usize, failed: usize, cancelled: bool) -> String {
    let text = match (lang, failed) {
        (Lang::Zh, 0) => format!("导入完成：{files} 个文件"),
        (Lang::Zh, _) => format!("导入完成：{files} 个文件，其中 {failed} 个有错误（见导入记录）"),
        (Lang::En, 0) => format!("Import finished: {files} file(s)"),
        (Lang::En, _) => {
            format!("Import finished: {files} file(s), {failed} with errors (see the import log)")
        }
    };
    if cancelled {
        format!("{}{text}", lang.pick("已取消。", "Cancelled. "))
    } else {
        text
    }
}

/// Rows of a file were rejected.
pub fn rows_rejected(lang: Lang, file: &str, rows: u32) -> String {
    match lang {
        Lang::Zh => format!("{file}：{rows} 行数据有误未导入（见导入记录）"),
        Lang::En => format!("{file}: {rows} row(s) rejected (see the import log)"),
    }
}

/// A newer version of a file replaced an older one.
pub fn file_replaced(lang: Lang, old: &str, new: &str) -> String {
    match lang {
        Lang::Zh => format!("{new} 替换了旧版本 {old} 的数据"),
        Lang::En => format!("{new} replaced the data of its older version {old}"),
    }
}

/// A file's data was removed.
pub fn file_removed(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Zh => format!("已移除 {file} 的数据"),
        Lang::En => format!("Removed the data of {file}"),
    }
}

/// The import thread could not be started.
pub fn import_thread_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法开始导入：{error}"),
        Lang::En => format!("Cannot start the import: {error}"),
    }
}

/// The import thread ended without an answer.
pub fn import_lost(lang: Lang) -> &'static str {
    lang.pick(
        "导入意外中止，未导入任何数据，请重试",
        "The import stopped unexpectedly; nothing was imported. Please try again",
    )
}

/// Why a file could not be read at all.
pub fn file_error(lang: Lang, error: &FileError) -> String {
    match lang {
        Lang::Zh => error.message_zh(),
        Lang::En => error.message_en(),
    }
}

/// A file that could not be read at all, and why.
pub fn file_not_read(lang: Lang, file: &str, error: &FileError) -> String {
    match lang {
        Lang::Zh => format!("{file}：{}", error.message_zh()),
        Lang::En => format!("{file}: {}", error.message_en()),
    }
}
