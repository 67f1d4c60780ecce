//! 月度进度: the year's cumulative actual by month against the target × month/12.

use super::{is_count, value_series, Context};
use crate::{ChartData, Lang, Layout, Panel, Rates, Role};
use planboard_model::{completion_rate, format, Decimal, Indicator, Span};

pub(super) fn build(cx: &Context<'_>) -> ChartData {
    let indicator = cx.indicator();
    let lang = cx.lang();
    let year = match cx.request.span {
        Some(span) => Some(span.year()),
        None => cx.current_year(),
    };
    let Some(year) = year else {
        let title = match lang {
            Lang::Zh => format!("{}逐月累计完成情况", indicator.name_zh()),
            Lang::En => format!("{}: cumulative by month", indicator.name_en()),
        };
        return cx.chart(title, Vec::new(), Vec::new());
    };
    let last_month = cx.running_month(year).unwrap_or(12);
    let annual = cx.dataset.target(cx.scope(), indicator, Span::Year(year));
    let months: Vec<u32> = (1..=last_month).collect();
    let targets: Vec<Option<Decimal>> = months
        .iter()
        .map(|&m| annual.map(|t| t * Decimal::from(m) / Decimal::from(12)))
        .collect();
    let actuals: Vec<Option<Decimal>> = months
        .iter()
        .map(|&m| {
            cx.dataset
                .actual(cx.scope(), indicator, Span::YearToDate { year, through: m })
        })
        .collect();
    let rates: Vec<Option<Decimal>> = actuals
        .iter()
        .map(|a| completion_rate(*a, annual))
        .collect();
    let panel = Panel {
        subtitle: None,
        layout: Layout::Columns,
        categories: months.iter().map(|&m| lang.month(m)).collect(),
        value_unit: lang.unit(indicator).to_string(),
        integer_values: is_count(indicator),
        series: super::present(vec![
            schedule_series(lang, indicator, &targets),
            value_series(
                lang.pick("累计完成", "Cumulative actual"),
                Role::Actual,
                indicator,
                &actuals,
            ),
        ]),
        stacked: false,
        bands: Vec::new(),
        rates: Some(Rates {
            name: lang.pick("完成年度目标", "Of annual target").to_string(),
            ratios: rates.iter().map(|r| r.map(super::to_f64)).collect(),
            labels: rates.iter().map(|r| format::percent(*r)).collect(),
            line: false,
        }),
        reference: None,
        end_labels: Vec::new(),
        figures: months
            .iter()
            .map(|&m| cx.key(indicator, Span::YearToDate { year, through: m }))
            .collect(),
    };
    let annual = annual.map(|t| format::value(indicator, Some(t)));
    let title = match lang {
        Lang::Zh => format!(
            "{}{year}年{}逐月累计完成情况（{}{}）",
            cx.scope_prefix(),
            indicator.name_zh(),
            indicator.unit_zh(),
            annual.map_or(String::new(), |t| format!(
                "，年度目标{t}{}",
                indicator.unit_zh()
            ))
        ),
        Lang::En => format!(
            "{}{}: cumulative by month, {year} ({}{})",
            cx.scope_prefix(),
            indicator.name_en(),
            indicator.unit_en(),
            annual.map_or(String::new(), |t| format!(
                "; annual target {t} {}",
                indicator.unit_en()
            ))
        ),
    };
    let legend = super::legend_of(&panel, None);
    cx.chart(title, legend, vec![panel])
}

/// The schedule targets (序时目标): a count's share of the year is often fractional
/// (20 × 1/12 = 1.67) and is printed with 2 decimals rather than rounded to a whole project.
fn schedule_series(lang: Lang, indicator: Indicator, targets: &[Option<Decimal>]) -> crate::Series {
    let mut series = value_series(
        lang.pick(
            "序时目标（年度目标×月数/12）",
            "Target to date (annual target × months/12)",
        ),
        Role::Target,
        indicator,
        targets,
    );
    for (label, target) in series.labels.iter_mut().zip(targets) {
        if let Some(t) = target {
            if !format::round(*t, 2).fract().is_zero() {
                *label = format!("{:.2}", format::round(*t, 2));
            }
        }
    }
    series
}
