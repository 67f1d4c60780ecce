//! The command line's `summary` and the messages of its verbs save, report, export-xlsx and
//! template.

use super::Lang;

/// The title of `planboard summary`.
pub fn summary_title(lang: Lang, as_of: Option<&str>) -> String {
    match (lang, as_of) {
        (Lang::Zh, Some(month)) => format!("全区招商目标完成情况（数据截至 {month}）"),
        (Lang::Zh, None) => "全区招商目标完成情况".to_string(),
        (Lang::En, Some(month)) => format!("Whole district, targets vs actuals (as of {month})"),
        (Lang::En, None) => "Whole district, targets vs actuals".to_string(),
    }
}

/// Heading of the plan-period part of `planboard summary`.
pub fn summary_by_period(lang: Lang) -> &'static str {
    lang.pick("按规划期", "By plan period")
}

/// Heading of the year part of `planboard summary`.
pub fn summary_by_year(lang: Lang) -> &'static str {
    lang.pick("按年度", "By year")
}

/// A year as a section heading: 2016年.
pub fn year_heading(lang: Lang, year: &str) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// Said when the summary has nothing to show.
pub fn summary_empty(lang: Lang) -> &'static str {
    lang.pick("没有可汇总的数据", "Nothing to summarize")
}

/// An invalid `--as-of` value.
pub fn bad_as_of(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("--as-of 应为 YYYY-MM（例如 2026-10），而不是「{text}」"),
        Lang::En => format!("--as-of must be YYYY-MM (e.g. 2026-10), not \"{text}\""),
    }
}

/// An invalid `--unit` value.
pub fn bad_unit(lang: Lang) -> &'static str {
    lang.pick("--unit 不能为空", "--unit must not be empty")
}

/// Writing to the terminal failed.
pub fn write_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("输出失败：{error}"),
        Lang::En => format!("Cannot write the output: {error}"),
    }
}

/// A workspace was saved.
pub fn saved_workspace(lang: Lang, path: &str, files: usize) -> String {
    match lang {
        Lang::Zh => format!("已保存工作区：{path}（{files} 个文件）"),
        Lang::En => format!("Workspace saved: {path} ({files} files)"),
    }
}

/// A file was written.
pub fn wrote_file(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("已生成：{path}"),
        Lang::En => format!("Written: {path}"),
    }
}

/// Writing a file failed.
pub fn file_write_failed(lang: Lang, path: &str, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法写入 {path}：{error}"),
        Lang::En => format!("Cannot write {path}: {error}"),
    }
}

/// An invalid `--period` value.
pub fn bad_period(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("--period 应为规划期名称（例如 十四五），而不是「{text}」"),
        Lang::En => format!("--period must name a plan period (e.g. 十四五), not \"{text}\""),
    }
}

/// `--period` and `--year` together.
pub fn period_or_year(lang: Lang) -> &'static str {
    lang.pick(
        "--period 和 --year 只能选一个",
        "Give --period or --year, not both",
    )
}

/// The data hold nothing to report on.
pub fn nothing_to_report(lang: Lang) -> &'static str {
    lang.pick("没有可用的数据", "There is no data")
}
