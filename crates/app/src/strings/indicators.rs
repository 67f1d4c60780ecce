//! Indicators, plan periods and the columns of the summary table.

use super::Lang;
use planboard_model::{Indicator, PlanPeriod};

/// An indicator with its unit: 计划总投资（亿元）.
pub fn indicator_with_unit(lang: Lang, indicator: Indicator) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）", indicator.name_zh(), indicator.unit_zh()),
        Lang::En => format!("{} ({})", indicator.name_en(), indicator.unit_en()),
    }
}

/// A catalogue file that cannot be used, naming the file and the entry.
pub fn catalogue_file_refused(
    lang: Lang,
    path: &str,
    error: &planboard_model::CatalogueError,
) -> String {
    match lang {
        Lang::Zh => format!("指标目录文件 {path} 无法使用：{}", error.message_zh()),
        Lang::En => format!(
            "cannot use the indicator catalogue {path}: {}",
            error.message_en()
        ),
    }
}

/// The mark before a sub-count ("其中：").
pub fn of_which(lang: Lang) -> &'static str {
    lang.pick("其中：", "of which: ")
}

/// A plan period with its years: 十三五（2016—2020年）.
pub fn period_heading(lang: Lang, period: PlanPeriod) -> String {
    match lang {
        Lang::Zh => format!(
            "{}（{}—{}年）",
            period.name_zh(),
            period.first_year(),
            period.last_year()
        ),
        Lang::En => format!(
            "{} ({}–{})",
            period.name_en(),
            period.first_year(),
            period.last_year()
        ),
    }
}

/// The period's name alone, as the accessible name of its table: 十三五.
pub fn period_name(lang: Lang, period: PlanPeriod) -> String {
    match lang {
        Lang::Zh => period.name_zh(),
        Lang::En => period.name_en(),
    }
}

/// Which years of a period have data: 数据年份：2016、2017.
pub fn years_with_data(lang: Lang, years: &[i32]) -> String {
    let list: Vec<String> = years.iter().map(i32::to_string).collect();
    match lang {
        Lang::Zh => format!("数据年份：{}", list.join("、")),
        Lang::En => format!("Years with data: {}", list.join(", ")),
    }
}

/// Heading above the summary tables.
pub fn summary_heading(lang: Lang) -> &'static str {
    lang.pick("全区各规划期完成情况", "Whole district by plan period")
}

/// Column header: the indicator.
pub fn column_indicator(lang: Lang) -> &'static str {
    lang.pick("指标", "Indicator")
}

/// Column header: the target.
pub fn column_target(lang: Lang) -> &'static str {
    lang.pick("目标", "Target")
}

/// Column header: the actual.
pub fn column_actual(lang: Lang) -> &'static str {
    lang.pick("完成", "Actual")
}

/// Column header: the completion rate.
pub fn column_rate(lang: Lang) -> &'static str {
    lang.pick("完成率", "Completion")
}

/// Shown when the data has no year a plan period can be told from.
pub fn no_periods(lang: Lang) -> &'static str {
    lang.pick(
        "已导入的数据中没有可识别的年份，无法按规划期汇总。",
        "The imported data has no year, so it cannot be summed by plan period.",
    )
}
