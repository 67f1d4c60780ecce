//! The 生成填报模板 form and what it writes.

use super::Lang;

/// The template form's title.
pub fn template_title(lang: Lang) -> &'static str {
    lang.pick("生成填报模板", "Templates to fill in")
}

/// What the template form makes.
pub fn template_text(lang: Lang) -> &'static str {
    lang.pick(
        "为一个单位生成当年的项目台账和完成情况表模板（.xlsx），发给该单位填写；填好后拖回窗口即可导入。",
        "Makes a unit's project ledger and progress report templates (.xlsx) for the year, to send to the unit; drop the filled files back onto the window to import them.",
    )
}

/// The template form's unit field.
pub fn template_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// The template form's year field.
pub fn template_year(lang: Lang) -> &'static str {
    lang.pick("年度", "Year")
}

/// The template form's button (and the folder dialog's title).
pub fn template_choose_folder(lang: Lang) -> &'static str {
    lang.pick("选择保存文件夹并生成…", "Choose a folder and make them…")
}

/// The templates were written.
pub fn templates_written(lang: Lang, count: usize, folder: &str) -> String {
    match lang {
        Lang::Zh => format!("已生成 {count} 个填报模板：{folder}"),
        Lang::En => format!("{count} templates written to {folder}"),
    }
}
