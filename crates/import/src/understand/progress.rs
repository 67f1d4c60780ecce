//! The columns of a progress report (完成情况表): indicators down with columns of targets and
//! actuals per year, month (1月…12月), year to date (1-10月累计) or plan period; or indicators
//! across with periods down; or targets with units across. 完成率 and totals over years are
//! derived and not imported; whom the report speaks for.

use super::{rate_roles, Sheet};
use crate::layout::{ColumnRole, Figure, LayoutKind, When};
use crate::periods::{month_label, plan_in, year_in, ytd_label, MoneyUnit};
use crate::synonyms::{
    contains_any, indicator_of, indicator_of_header, is_any, ledger_field, role_of, LedgerField,
    AGGREGATE_WORDS, MEASURE_COLUMN_WORDS, OTHER_PERIOD_WORDS, PERIOD_COLUMN_WORDS, RATE_WORDS,
};
use crate::unit::{looks_like_unit, scope_in, ScopeHint};
use planboard_model::text::compact;
use planboard_model::{FactKind, Indicator, Scope, SourceKind, UnitName};

/// A report's money unit when neither the row, the column nor a line states one.
const DEFAULT_MONEY: MoneyUnit = MoneyUnit::Yi;

/// What a column's header means (its money unit aside), or `None` for columns that are not
/// figures to import; a column headed by a unit holds `unit_field` unless it says otherwise.
fn figure_of(segments: &[String], unit_field: FactKind, plain_field: FactKind) -> Option<Figure> {
    let keys: Vec<String> = segments.iter().map(|s| compact(s)).collect();
    let indicator = indicator_of_header(segments);
    // A unit heading its column, or a group of 目标 | 完成 columns (城东街道 / 目标).
    if let Some(leaf) = segments.iter().rev().find(|s| looks_like_unit(s)) {
        let unit = match scope_in(leaf) {
            Some(ScopeHint::Unit(u)) => u,
            _ => UnitName::new(leaf)?,
        };
        let role = keys.iter().rev().find_map(|k| role_of(k));
        return Some(Figure {
            indicator,
            field: role.unwrap_or(unit_field),
            when: When::Year(keys.iter().find_map(|k| year_in(k))),
            unit: Some(unit),
            money: DEFAULT_MONEY,
        });
    }
    // 实际到位资金 names an indicator, not an actual column.
    let keys: Vec<String> = keys.iter().map(|k| k.replace("实际到位", "到位")).collect();
    if keys
        .iter()
        .any(|k| contains_any(k, RATE_WORDS) || contains_any(k, OTHER_PERIOD_WORDS))
    {
        return None;
    }
    let role = keys.iter().rev().find_map(|k| role_of(k));
    let short = |k: &String| k.chars().count() <= 10;
    let month = keys.iter().find_map(|k| month_label(k));
    let ytd = keys.iter().find_map(|k| ytd_label(k));
    let year = keys.iter().filter(|k| short(k)).find_map(|k| year_in(k));
    let plan = keys.iter().find_map(|k| plan_in(k));
    let when = if let Some(m) = month {
        When::Month(m)
    } else if let Some(through) = ytd {
        When::YearToDate { year, through }
    } else if keys.iter().any(|k| contains_any(k, AGGREGATE_WORDS)) {
        // 五年累计, 合计 over years or units are derived; 累计 alone is the year to date.
        let over_years = keys
            .iter()
            .any(|k| k.contains("五年") || k.contains("年度合计"));
        if year.is_some() || plan.is_some() || over_years || role == Some(FactKind::Target) {
            return None;
        }
        When::Cumulative
    } else if let Some(y) = year {
        When::Year(Some(y))
    } else if let Some(p) = plan {
        if role != Some(FactKind::Target) {
            return None;
        }
        When::Plan(p)
    } else if role.is_some() || indicator.is_some() {
        When::Year(None)
    } else {
        return None;
    };
    Some(Figure {
        indicator,
        field: role.unwrap_or(plain_field),
        when,
        unit: None,
        money: DEFAULT_MONEY,
    })
}

/// The report's kind (whom it is for) and what each column holds, with the indicators in
/// `indicator_col` (down) or in the headers (across).
pub fn columns(sheet: &Sheet<'_>, indicator_col: Option<usize>) -> Vec<ColumnRole> {
    let (grid, header) = (sheet.grid, sheet.header);
    let mut columns = vec![ColumnRole::Ignored; grid.width];
    let label_is = |c: usize, words: &[&str]| is_any(&header.label(c), words);
    if let Some(c) = indicator_col {
        columns[c] = ColumnRole::IndicatorName;
    }
    let free = |columns: &[ColumnRole], c: usize| columns[c] == ColumnRole::Ignored;
    if let Some(c) =
        (0..grid.width).find(|&c| free(&columns, c) && label_is(c, PERIOD_COLUMN_WORDS))
    {
        columns[c] = ColumnRole::Period;
    }
    if let Some(c) =
        (0..grid.width).find(|&c| free(&columns, c) && label_is(c, MEASURE_COLUMN_WORDS))
    {
        columns[c] = ColumnRole::Measure;
    }
    for c in 0..grid.width {
        if !free(&columns, c)
            || matches!(
                ledger_field(header.segments(c)),
                Some(LedgerField::Seq | LedgerField::Remarks)
            )
        {
            continue;
        }
        // A column saying neither 目标 nor 完成 holds results, unless the title says targets.
        let plain_field = sheet.title_field().unwrap_or(FactKind::Actual);
        let Some(mut figure) = figure_of(header.segments(c), sheet.default_field(), plain_field)
        else {
            continue;
        };
        // Units across under a title naming the indicator (…实际到位资金（亿元）).
        if figure.unit.is_some() {
            figure.indicator = figure.indicator.or(sheet.title_indicator);
        }
        // 本月完成 beside 1-10月累计: the month the title names, or nothing to place.
        let label = compact(&header.label(c));
        if label.contains("本月") || label.contains("当月") {
            match sheet.ytd_through {
                Some(month) => figure.when = When::Month(month),
                None => continue,
            }
        }
        if (indicator_col.is_none() && figure.indicator.is_none())
            || (figure.when == When::Cumulative && sheet.ytd_through.is_none())
        {
            continue;
        }
        columns[c] = ColumnRole::Figure(Figure {
            money: sheet.money_of(c, DEFAULT_MONEY),
            ..figure
        });
    }
    rate_roles(sheet, &mut columns);
    columns
}

/// Whom a report with these columns is for and what it is to the model: the unit `named` in
/// its title, sheet or file name; the district for targets with units across or a report of
/// outbound trips (only the district reports them).
pub fn kind(sheet: &Sheet<'_>, columns: &[ColumnRole], named: Option<&ScopeHint>) -> LayoutKind {
    let grid = sheet.grid;
    let indicator_col = columns.iter().position(|r| *r == ColumnRole::IndicatorName);
    let figures: Vec<&Figure> = columns
        .iter()
        .filter_map(|r| match r {
            ColumnRole::Figure(f) => Some(f),
            _ => None,
        })
        .collect();
    let has_trips = indicator_col.is_some_and(|c| {
        sheet.data_rows().any(|r| {
            grid.value(r, c).text().and_then(indicator_of) == Some(Indicator::OUTBOUND_TRIPS)
        })
    }) || figures
        .iter()
        .any(|f| f.indicator == Some(Indicator::OUTBOUND_TRIPS) && f.unit.is_none());
    let units_across = !figures.is_empty() && figures.iter().all(|f| f.unit.is_some());
    let scope = match named {
        _ if units_across => Some(Scope::District),
        Some(ScopeHint::District) => Some(Scope::District),
        Some(ScopeHint::Unit(u)) => Some(Scope::Unit(u.clone())),
        // Only the district reports outbound trips.
        None if has_trips => Some(Scope::District),
        None => None,
    };
    let source = match scope {
        _ if units_across && figures.iter().all(|f| f.field == FactKind::Target) => {
            SourceKind::TargetBreakdown
        }
        Some(Scope::District) if !units_across => SourceKind::DistrictReport,
        _ => SourceKind::ProgressReport,
    };
    LayoutKind::Report { scope, source }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn column_meanings() {
        let m = |parts: &[&str]| {
            figure_of(&seg(parts), FactKind::Target, FactKind::Actual).map(|c| (c.field, c.when))
        };
        assert_eq!(
            figure_of(&seg(&["城东街道"]), FactKind::Target, FactKind::Actual)
                .and_then(|c| c.unit)
                .map(|u| u.to_string()),
            Some("城东街道".to_string())
        );
        assert_eq!(
            figure_of(
                &seg(&["实际到位资金", "目标"]),
                FactKind::Target,
                FactKind::Actual
            )
            .map(|c| (c.field, c.indicator)),
            Some((FactKind::Target, Some(Indicator::FUNDS_IN_PLACE)))
        );
        assert_eq!(m(&["年度目标"]), Some((FactKind::Target, When::Year(None))));
        assert_eq!(m(&["完成数"]), Some((FactKind::Actual, When::Year(None))));
        assert_eq!(m(&["全年目标"]), Some((FactKind::Target, When::Year(None))));
        assert_eq!(m(&["完成率"]), None);
        assert_eq!(m(&["10月"]), Some((FactKind::Actual, When::Month(10))));
        assert_eq!(
            m(&["1-10月累计"]),
            Some((
                FactKind::Actual,
                When::YearToDate {
                    year: None,
                    through: 10
                }
            ))
        );
        assert_eq!(
            m(&["2026年1-10月"]),
            Some((
                FactKind::Actual,
                When::YearToDate {
                    year: Some(2026),
                    through: 10
                }
            ))
        );
        assert_eq!(
            m(&["完成情况", "2016年"]),
            Some((FactKind::Actual, When::Year(Some(2016))))
        );
        assert_eq!(m(&["完成情况", "五年累计"]), None);
        assert_eq!(
            m(&["2021年", "目标"]),
            Some((FactKind::Target, When::Year(Some(2021))))
        );
        assert_eq!(m(&["五年合计", "目标"]), None);
        assert_eq!(m(&["“十三五”目标"]).map(|(k, _)| k), Some(FactKind::Target));
        assert_eq!(m(&["备注"]), None);
        assert_eq!(m(&["上年同期完成"]), None);
        assert_eq!(m(&["同比增长"]), None);
    }
}
