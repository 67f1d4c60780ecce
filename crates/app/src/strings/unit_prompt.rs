//! The question asked when a workbook does not say whose it is.

use super::Lang;

/// Title of the unit prompt.
pub fn unit_prompt_title(lang: Lang) -> &'static str {
    lang.pick("这个文件属于哪个单位？", "Which unit is this file from?")
}

/// The unit prompt's question.
pub fn unit_prompt_text(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "「{file}」中有工作表看不出属于哪个单位（表内、标题和文件名都没有写）。请选择或输入单位，将按该单位重新导入这个文件。"
        ),
        Lang::En => format!(
            "\"{file}\" has sheets whose unit cannot be told (not in the table, the title or the file name). Choose or type the unit; the file is imported again as that unit's."
        ),
    }
}

/// Above the known units.
pub fn unit_prompt_known(lang: Lang) -> &'static str {
    lang.pick("已知的单位：", "Known units:")
}

/// Above the text box.
pub fn unit_prompt_new(lang: Lang) -> &'static str {
    lang.pick("或输入新的单位名称：", "Or type a new unit's name:")
}

/// Hint in the text box.
pub fn unit_prompt_hint(lang: Lang) -> &'static str {
    lang.pick("例如：城南街道", "e.g. 城南街道")
}

/// Button that leaves the sheets out.
pub fn unit_prompt_skip(lang: Lang) -> &'static str {
    lang.pick("跳过（这些工作表不导入）", "Skip (leave those sheets out)")
}
