//! The 数据 tab: units × indicators, years × indicators and plan periods.

use super::{scope_name, span_name, Lang};
use planboard_model::{Indicator, PlanPeriod};

/// The name of a table of the 数据 tab.
pub fn data_view_name(lang: Lang, view: crate::gui::tabs::DataView) -> &'static str {
    use crate::gui::tabs::DataView;
    match view {
        DataView::Units => lang.pick("各单位", "By unit"),
        DataView::Years => lang.pick("各年度", "By year"),
        DataView::Periods => lang.pick("各规划期", "By plan period"),
    }
}

/// Above the units table: 十三五各单位完成情况，按新签约项目完成率排名.
pub fn units_table_heading(
    lang: Lang,
    span: planboard_model::Span,
    indicator: Indicator,
) -> String {
    let span = span_name(lang, span);
    match lang {
        Lang::Zh => format!("{span}各单位完成情况，按{}完成率排名", indicator.name_zh()),
        Lang::En => format!(
            "{span} by unit, ranked by the completion of {}",
            indicator.name_en()
        ),
    }
}

/// Above the years table: 全区十三五各年度完成情况.
pub fn years_table_heading(
    lang: Lang,
    scope: &planboard_model::Scope,
    period: PlanPeriod,
) -> String {
    let scope = scope_name(lang, scope);
    match lang {
        Lang::Zh => format!("{scope}{}各年度完成情况", period.name_zh()),
        Lang::En => format!("{scope}, {} by year", period.name_en()),
    }
}

/// Column header: rank.
pub fn column_rank(lang: Lang) -> &'static str {
    lang.pick("排名", "Rank")
}

/// Column header: unit.
pub fn column_unit(lang: Lang) -> &'static str {
    lang.pick("单位", "Unit")
}

/// Column header: year.
pub fn column_year(lang: Lang) -> &'static str {
    lang.pick("年度", "Year")
}

/// The second line of a figure cell: 目标 100 · 123.00%.
pub fn target_and_rate(lang: Lang, target: &str, rate: &str) -> String {
    match lang {
        Lang::Zh => format!("目标 {target} · {rate}"),
        Lang::En => format!("target {target} · {rate}"),
    }
}
