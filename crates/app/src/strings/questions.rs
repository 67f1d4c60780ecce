//! The questions the window asks: a file changed on disk, unsaved changes, an autosave found.

use super::Lang;

/// Title of the question asked when the workspace file changed on disk.
pub fn save_conflict_title(lang: Lang) -> &'static str {
    lang.pick("文件已被其他人修改", "The file was changed by someone else")
}

/// The save-conflict question.
pub fn save_conflict_text(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "「{name}」在您打开或上次保存之后，被其他人或其他程序修改过。直接覆盖会丢掉对方的修改；保存为副本则两份都保留。"
        ),
        Lang::En => format!(
            "\"{name}\" was changed by someone else or another program since you opened or last saved it. Overwriting loses their changes; saving a copy keeps both."
        ),
    }
}

/// Button: save a copy beside the changed file.
pub fn save_as_copy(lang: Lang) -> &'static str {
    lang.pick("保存为副本", "Save a copy")
}

/// Button: overwrite the changed file.
pub fn overwrite(lang: Lang) -> &'static str {
    lang.pick("覆盖", "Overwrite")
}

/// Title of the unsaved-changes question.
pub fn unsaved_title(lang: Lang) -> &'static str {
    lang.pick("有未保存的更改", "Unsaved changes")
}

/// The unsaved-changes question.
pub fn unsaved_text(lang: Lang, pending: &crate::gui::command::Pending) -> &'static str {
    use crate::gui::command::Pending;
    match pending {
        Pending::New => lang.pick(
            "新建工作区将清空当前数据，未保存的更改会丢失。",
            "A new workspace clears the data; unsaved changes are lost.",
        ),
        Pending::Open(_) => lang.pick(
            "打开其他工作区将替换当前数据，未保存的更改会丢失。",
            "Opening another workspace replaces the data; unsaved changes are lost.",
        ),
        Pending::Close => lang.pick(
            "关闭窗口后，未保存的更改会丢失。",
            "Closing the window loses the unsaved changes.",
        ),
        Pending::Demo => lang.pick(
            "打开示例数据将替换当前数据，未保存的更改会丢失。",
            "Opening the demo data replaces the data; unsaved changes are lost.",
        ),
    }
}

/// Button: save first.
pub fn save_first(lang: Lang) -> &'static str {
    lang.pick("先保存", "Save first")
}

/// Button: discard the changes.
pub fn discard_changes(lang: Lang) -> &'static str {
    lang.pick("不保存，继续", "Discard and go on")
}

/// Title of the recovery question.
pub fn recover_title(lang: Lang) -> &'static str {
    lang.pick("恢复上次未保存的工作？", "Recover unsaved work?")
}

/// The recovery question.
pub fn recover_text(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Zh => format!("上次运行没有正常结束。找到 {when} 自动保存的工作区，是否恢复？"),
        Lang::En => format!(
            "The last run did not end normally. A workspace was autosaved at {when}; recover it?"
        ),
    }
}

/// The autosave was recovered.
pub fn recovered(lang: Lang) -> &'static str {
    lang.pick(
        "已恢复自动保存的工作；请用 文件 → 另存为… 保存",
        "Recovered the autosaved work; save it with File → Save as…",
    )
}

/// Button: recover.
pub fn recover(lang: Lang) -> &'static str {
    lang.pick("恢复", "Recover")
}

/// Button: discard the autosave.
pub fn discard_autosave(lang: Lang) -> &'static str {
    lang.pick("丢弃", "Discard")
}
