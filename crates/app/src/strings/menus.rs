//! The top bar: the app's name, the menus, the theme and language switches and the tabs.

use super::Lang;
use crate::gui::settings::ThemeChoice;

/// The window title; also the app name in the top bar.
pub const WINDOW_TITLE: &str = "招商目标看板";

/// The app name in the top bar.
pub fn app_name(lang: Lang) -> &'static str {
    lang.pick(WINDOW_TITLE, "Planboard — investment targets vs actuals")
}

/// Hover text of the language switch.
pub fn language_switch_hint(lang: Lang) -> &'static str {
    lang.pick("界面语言", "Interface language")
}

/// The 文件 menu.
pub fn menu_file(lang: Lang) -> &'static str {
    lang.pick("文件", "File")
}

/// 文件 → 导入….
pub fn menu_import(lang: Lang) -> &'static str {
    lang.pick("导入工作簿…", "Import workbooks…")
}

/// 文件 → 导入文件夹….
pub fn menu_import_folder(lang: Lang) -> &'static str {
    lang.pick("导入文件夹…", "Import a folder…")
}

/// 文件 → 最近导入.
pub fn menu_recent(lang: Lang) -> &'static str {
    lang.pick("最近导入", "Recent imports")
}

/// Shown in 最近导入 when there is none.
pub fn menu_no_recent(lang: Lang) -> &'static str {
    lang.pick("（无）", "(none)")
}

/// A tab's name.
pub fn tab_name(lang: Lang, tab: crate::gui::tabs::Tab) -> &'static str {
    use crate::gui::tabs::Tab;
    match tab {
        Tab::Overview => lang.pick("总览", "Overview"),
        Tab::Data => lang.pick("数据", "Data"),
        Tab::Ledger => lang.pick("项目台账", "Project ledger"),
        Tab::Charts => lang.pick("图表", "Charts"),
        Tab::ImportLog => lang.pick("导入记录", "Import log"),
        Tab::Indicators => lang.pick("指标设置", "Indicators"),
    }
}

/// 文件 → 生成填报模板….
pub fn menu_templates(lang: Lang) -> &'static str {
    lang.pick("生成填报模板…", "Make templates to fill in…")
}

/// The 视图 menu.
pub fn menu_view(lang: Lang) -> &'static str {
    lang.pick("视图", "View")
}

/// A colour theme's name in the 视图 menu.
pub fn theme_name(lang: Lang, theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::System => lang.pick("跟随系统", "As the system"),
        ThemeChoice::Light => lang.pick("浅色", "Light"),
        ThemeChoice::Dark => lang.pick("深色", "Dark"),
    }
}

/// 文件 → 新建.
pub fn menu_new(lang: Lang) -> &'static str {
    lang.pick("新建工作区", "New workspace")
}

/// 文件 → 打开….
pub fn menu_open(lang: Lang) -> &'static str {
    lang.pick("打开工作区…", "Open workspace…")
}

/// 文件 → 保存.
pub fn menu_save(lang: Lang) -> &'static str {
    lang.pick("保存", "Save")
}

/// 文件 → 另存为….
pub fn menu_save_as(lang: Lang) -> &'static str {
    lang.pick("另存为…", "Save as…")
}

/// The 文件 menu entry that exports the summary tables.
pub fn menu_export_summary(lang: Lang) -> &'static str {
    lang.pick("导出汇总表（Excel）…", "Export summary tables (Excel)…")
}
