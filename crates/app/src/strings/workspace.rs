//! The workspace file: the window title, its dialogs, saving, opening and the autosave.

use super::{Lang, WINDOW_TITLE};

/// Said when a save is asked for while one is being written.
pub fn save_running(lang: Lang) -> &'static str {
    lang.pick(
        "正在保存，请稍候再试",
        "A save is being written; try again in a moment",
    )
}

/// The window title: 十三五.planboard* — 招商目标看板.
pub fn window_title(lang: Lang, file: Option<&str>, dirty: bool) -> String {
    let file = file.unwrap_or(lang.pick("未命名", "Untitled"));
    let marker = if dirty { "*" } else { "" };
    format!("{file}{marker} — {}", lang.pick(WINDOW_TITLE, "Planboard"))
}

/// Title of the open dialog.
pub fn dialog_open_workspace(lang: Lang) -> &'static str {
    lang.pick("打开工作区", "Open a workspace")
}

/// Title of the save dialog.
pub fn dialog_save_workspace(lang: Lang) -> &'static str {
    lang.pick("保存工作区", "Save the workspace")
}

/// The file filter of workspace dialogs.
pub fn dialog_workspaces(lang: Lang) -> &'static str {
    lang.pick("招商目标看板工作区", "Planboard workspaces")
}

/// The proposed name of a new workspace file.
pub fn default_workspace_name(lang: Lang) -> &'static str {
    lang.pick("招商目标看板.planboard", "planboard.planboard")
}

/// A workspace was saved.
pub fn workspace_saved(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("工作区已保存：{path}"),
        Lang::En => format!("Workspace saved: {path}"),
    }
}

/// A workspace could not be saved.
pub fn workspace_not_saved(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法保存工作区 {path}：{error}"),
        Lang::En => format!("Cannot save the workspace {path}: {error}"),
    }
}

/// A workspace was opened.
pub fn workspace_opened(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("已打开工作区：{path}"),
        Lang::En => format!("Opened the workspace {path}"),
    }
}

/// A workspace could not be opened.
pub fn workspace_not_opened(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法打开工作区 {path}：{error}（当前数据未改动）"),
        Lang::En => format!("Cannot open the workspace {path}: {error} (nothing was changed)"),
    }
}

/// The autosave failed.
pub fn autosave_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("自动保存失败：{error}"),
        Lang::En => format!("Autosave failed: {error}"),
    }
}

/// The autosave's thread ended without saying how the save went.
pub fn save_lost(lang: Lang) -> &'static str {
    lang.pick("保存意外中止", "The save stopped unexpectedly")
}

/// Someone else holds the workspace open.
pub fn workspace_held(lang: Lang, user: &str, host: &str, since: &str) -> String {
    let since = since.get(..16).unwrap_or(since).replace('T', " ");
    match lang {
        Lang::Zh => format!(
            "该工作区可能正被 {user}（{host}）打开（自 {since} 起）。保存时若对方已修改文件，会先询问您。"
        ),
        Lang::En => format!(
            "{user} ({host}) may have this workspace open (since {since}). If they change the file, you are asked before saving."
        ),
    }
}

/// The title of the export dialog.
pub fn dialog_export_summary(lang: Lang) -> &'static str {
    lang.pick("导出汇总表", "Export summary tables")
}

/// The proposed file name of the summary workbook.
pub fn default_summary_name(lang: Lang) -> &'static str {
    lang.pick(
        "招商引资目标任务完成情况汇总表.xlsx",
        "planboard-summary.xlsx",
    )
}
