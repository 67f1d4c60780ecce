//! The selection bar: plan period, year, unit, indicator and as-of month.

use super::Lang;

/// Label of the plan-period choice.
pub fn choose_period(lang: Lang) -> &'static str {
    lang.pick("规划期", "Plan period")
}

/// Label of the year choice.
pub fn choose_year(lang: Lang) -> &'static str {
    lang.pick("年度", "Year")
}

/// Label of the unit choice.
pub fn choose_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// Label of the indicator choice.
pub fn choose_indicator(lang: Lang) -> &'static str {
    lang.pick("指标", "Indicator")
}

/// Label of the as-of month choice.
pub fn choose_as_of(lang: Lang) -> &'static str {
    lang.pick("数据截至", "As of")
}

/// The year choice that means the whole period.
pub fn whole_period(lang: Lang) -> &'static str {
    lang.pick("整个规划期", "Whole period")
}

/// A year: 2016年.
pub fn year_name(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// The district or a unit: 全区, 城东街道.
pub fn scope_name(lang: Lang, scope: &planboard_model::Scope) -> String {
    match scope {
        planboard_model::Scope::District => lang.pick("全区", "Whole district").to_string(),
        planboard_model::Scope::Unit(unit) => unit.to_string(),
    }
}

/// A span: 2023年, 2026年1-10月, 十三五.
pub fn span_name(lang: Lang, span: planboard_model::Span) -> String {
    use planboard_model::Span;
    match (lang, span) {
        (Lang::Zh, Span::Plan(period)) => period.name_zh(),
        (Lang::Zh, other) => other.to_string(),
        (Lang::En, span) => span.name_en(),
    }
}

/// The as-of choice that follows the data: 最新（2026-10）.
pub fn latest_month(lang: Lang, month: &str) -> String {
    match lang {
        Lang::Zh => format!("最新（{month}）"),
        Lang::En => format!("Latest ({month})"),
    }
}

/// Shown when the data has no month.
pub fn no_month(lang: Lang) -> &'static str {
    lang.pick("无月份数据", "no monthly data")
}
