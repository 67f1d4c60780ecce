//! Progress reports (完成情况表) of a unit or of the whole district: indicator rows × columns
//! of targets and actuals per year, month (1月…12月), year to date (1-10月累计) or plan period.
//! 完成率 and totals over years are derived and not imported.

use crate::header::{money_unit_in, month_label, plan_in, year_in, ytd_label, MoneyUnit};
use crate::report::{Severity, SkipReason};
use crate::rows::RowClass;
use crate::sheet::{money_unit_of, year_of_cell, Parsed, Table};
use crate::synonyms::role_of;
use crate::synonyms::{
    contains_any, indicator_of, indicator_of_header, is_any, ledger_field, LedgerField,
    AGGREGATE_WORDS, MEASURE_COLUMN_WORDS, OTHER_PERIOD_WORDS, PERIOD_COLUMN_WORDS, RATE_WORDS,
};
use crate::unit::{looks_like_unit, scope_in, ScopeHint};
use crate::values::{parse_count, parse_money, parse_percent, Value};
use planboard_model::text::{compact, compacted};
use planboard_model::{
    Decimal, Fact, FactKey, FactKind, Indicator, Measure, PlanPeriod, Scope, SourceKind, Span,
    UnitName,
};
use std::collections::BTreeMap;

/// A report's money unit when neither the row, the column nor a line states one.
const DEFAULT_MONEY: MoneyUnit = MoneyUnit::Yi;

/// The time a value column covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// A year: the column's own, else the row's or sheet's.
    Year(Option<i32>),
    /// One month of the row's or sheet's year.
    Month(u32),
    /// January through the month.
    YearToDate(u32),
    /// A whole plan.
    Plan(PlanPeriod),
    /// "累计" / "本年累计": the months to date the title names (2026年1-10月…).
    Cumulative,
}

/// A column holding figures.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ValueColumn {
    col: usize,
    kind: FactKind,
    when: When,
    /// The indicator the header names (tables with indicators across).
    indicator: Option<Indicator>,
    /// The unit the header names (targets with units across).
    unit: Option<UnitName>,
}

/// What a column header means, or `None` for columns that are not figures to import.
fn value_column(segments: &[String], col: usize) -> Option<ValueColumn> {
    let keys: Vec<String> = segments.iter().map(|s| compact(s)).collect();
    let indicator = indicator_of_header(segments);
    if let Some(leaf) = segments.last().filter(|l| looks_like_unit(l)) {
        let unit = match scope_in(leaf) {
            Some(ScopeHint::Unit(u)) => u,
            _ => UnitName::new(leaf)?,
        };
        let role = keys.iter().rev().find_map(|k| role_of(k));
        return Some(ValueColumn {
            col,
            kind: role.unwrap_or(FactKind::Target),
            when: When::Year(keys.iter().find_map(|k| year_in(k))),
            indicator,
            unit: Some(unit),
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
    } else if let Some(t) = ytd {
        When::YearToDate(t)
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
    Some(ValueColumn {
        col,
        kind: role.unwrap_or(FactKind::Actual),
        when,
        indicator,
        unit: None,
    })
}

/// The time a row covers, from its period column: a year, a month or months to date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
struct RowWhen {
    year: Option<i32>,
    month: Option<u32>,
    ytd: Option<u32>,
}

fn row_when(value: &Value, sheet_year: Option<i32>) -> RowWhen {
    let text = value.display();
    RowWhen {
        year: year_of_cell(value).or(sheet_year),
        month: month_label(&text).or_else(|| {
            let c = compacted(&text);
            let after_year = c.split_once('年').map(|(_, m)| m.to_string())?;
            month_label(&after_year)
        }),
        ytd: ytd_label(&text),
    }
}

/// Reads the figures of a report table: indicators down (`indicator_col`) or across (in the
/// headers, with periods down); the scope is the district, the sheet's unit, or each column's
/// unit for targets with units across.
pub fn parse(table: &Table<'_>, indicator_col: Option<usize>) -> (SourceKind, Parsed) {
    let mut parsed = Parsed::default();
    let label_is = |c: usize, words: &[&str]| is_any(&table.header.label(c), words);
    let period_col = (0..table.grid.width)
        .find(|&c| Some(c) != indicator_col && label_is(c, PERIOD_COLUMN_WORDS));
    let measure_col = (0..table.grid.width)
        .find(|&c| Some(c) != indicator_col && label_is(c, MEASURE_COLUMN_WORDS));
    let columns: Vec<ValueColumn> = (0..table.grid.width)
        .filter(|&c| Some(c) != indicator_col && Some(c) != period_col && Some(c) != measure_col)
        .filter(|&c| {
            !matches!(
                ledger_field(table.header.segments(c)),
                Some(LedgerField::Seq | LedgerField::Remarks)
            )
        })
        .filter_map(|c| value_column(table.header.segments(c), c))
        .filter(|v| indicator_col.is_some() || v.indicator.is_some())
        .filter(|v| v.when != When::Cumulative || table.ytd_through.is_some())
        .collect();
    let row_indicator =
        |r: usize| indicator_col.and_then(|c| table.grid.value(r, c).text().and_then(indicator_of));
    let has_trips =
        table.classes.iter().enumerate().any(|(r, c)| {
            *c == RowClass::Data && row_indicator(r) == Some(Indicator::OutboundTrips)
        }) || columns
            .iter()
            .any(|c| c.indicator == Some(Indicator::OutboundTrips) && c.unit.is_none());
    let units_across = !columns.is_empty() && columns.iter().all(|c| c.unit.is_some());
    let scope = match &table.scope {
        _ if units_across => Some(Scope::District),
        Some(ScopeHint::District) => Some(Scope::District),
        Some(ScopeHint::Unit(u)) => Some(Scope::Unit(u.clone())),
        None if has_trips => Some(Scope::District),
        None => None,
    };
    let kind = match scope {
        _ if units_across && columns.iter().all(|c| c.kind == FactKind::Target) => {
            SourceKind::TargetBreakdown
        }
        Some(Scope::District) if !units_across => SourceKind::DistrictReport,
        _ => SourceKind::ProgressReport,
    };
    let Some(scope) = scope else {
        parsed.needs_unit = true;
        let first = table.classes.iter().position(|c| *c == RowClass::Data);
        if let Some(r) = first {
            parsed.problems.push(table.row_problem(
                Severity::Warning,
                r,
                "无法确定本完成情况表所属单位，请指定单位后重新导入".into(),
                "the report's unit cannot be told; choose the unit and import again".into(),
            ));
        }
        for (r, c) in table.classes.iter().enumerate() {
            if *c == RowClass::Data {
                parsed.skip(table, r, SkipReason::Unresolved);
            }
        }
        return (kind, parsed);
    };
    let rate_checks = rate_checks(table, &columns);
    let mut seen_rows = std::collections::HashSet::new();
    let mut last_when: Option<RowWhen> = None;
    let mut warned_no_year = false;
    for (r, class) in table.classes.iter().enumerate() {
        if *class != RowClass::Data {
            continue;
        }
        let label = indicator_col
            .map(|c| table.grid.value(r, c).display())
            .unwrap_or_default();
        let indicator = row_indicator(r);
        if indicator_col.is_some() && indicator.is_none() {
            parsed.skip(table, r, SkipReason::NotTracked);
            continue;
        }
        let sheet_when = RowWhen {
            year: table.year,
            ..RowWhen::default()
        };
        let when = match period_col.map(|c| table.grid.value(r, c)) {
            None => sheet_when,
            // An empty period cell under a filled one: a merged cell read without its merge
            // (.ods), or a period written once for a block of rows.
            Some(Value::Empty) => last_when.unwrap_or(sheet_when),
            Some(v) => row_when(v, table.year),
        };
        last_when = Some(when);
        let row_year = when.year;
        // A second row of an indicator in the same period is a part of it (其中：省外到位资金).
        if let Some(i) = indicator {
            if !seen_rows.insert((i, when)) {
                parsed.problems.push(table.row_problem(
                    Severity::Warning,
                    r,
                    format!("“{label}”与上文的{}重复，视为其中项，未导入", i.name_zh()),
                    format!(
                        "\"{label}\" repeats {} above; taken as a part of it, not imported",
                        i.name_en()
                    ),
                ));
                parsed.skip(table, r, SkipReason::NotTracked);
                continue;
            }
        }
        let row_money = {
            let measure = measure_col.map(|c| compact(&table.grid.value(r, c).display()));
            match measure.as_deref() {
                Some("万元") => Some(MoneyUnit::Wan),
                Some("亿元") => Some(MoneyUnit::Yi),
                Some("元") => Some(MoneyUnit::Yuan),
                Some(m) => money_unit_in(m).or_else(|| money_unit_in(&label)),
                None => money_unit_in(&label),
            }
        };
        let mut facts: Vec<Fact> = Vec::new();
        let mut problems = Vec::new();
        let mut months: BTreeMap<(Indicator, u32), Decimal> = BTreeMap::new();
        let mut cumulative: Vec<(Indicator, u32, Decimal, usize)> = Vec::new();
        for column in &columns {
            let Some(indicator) = indicator.or(column.indicator) else {
                continue;
            };
            let money = row_money.unwrap_or_else(|| {
                let segments: Vec<&str> = table
                    .header
                    .segments(column.col)
                    .iter()
                    .map(String::as_str)
                    .collect();
                money_unit_of(&segments, table, DEFAULT_MONEY)
            });
            let value = table.grid.value(r, column.col);
            if let Value::Uncached(_) = value {
                let derivable = matches!(column.when, When::YearToDate(_))
                    && columns.iter().any(|c| matches!(c.when, When::Month(_)));
                if !derivable {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        column.col,
                        "公式没有保存计算结果，无法推算，按未报送处理".into(),
                        "the formula has no stored result and cannot be derived; taken as not reported".into(),
                    ));
                }
                continue;
            }
            let read = if indicator.measure() == Measure::Count {
                parse_count(value)
            } else {
                parse_money(value, money)
            };
            let v = match read {
                Ok(Some(v)) => v,
                Ok(None) => {
                    let derivable = matches!(column.when, When::YearToDate(_))
                        && columns.iter().any(|c| matches!(c.when, When::Month(_)));
                    if matches!(value, Value::Empty)
                        && column.kind == FactKind::Actual
                        && !matches!(column.when, When::Month(_))
                        && !derivable
                    {
                        parsed.problems.push(table.cell_problem(
                            Severity::Warning,
                            r,
                            column.col,
                            "完成数为空（可能是未计算的公式），按未报送处理".into(),
                            "the actual is empty (perhaps an uncalculated formula); taken as not reported".into(),
                        ));
                    }
                    continue;
                }
                Err(e) => {
                    problems.push(table.cell_problem(
                        Severity::Error,
                        r,
                        column.col,
                        e.message_zh().to_string(),
                        e.message_en().to_string(),
                    ));
                    continue;
                }
            };
            let span = match column.when {
                When::Plan(p) => Some(Span::Plan(p)),
                When::Year(Some(y)) => Some(Span::Year(y)),
                When::Year(None) => match (row_year, when.month, when.ytd) {
                    (Some(year), _, Some(through)) => Some(Span::YearToDate { year, through }),
                    (Some(year), Some(m), None) => Span::month(year, m),
                    // The actual of a sheet titled 2026年1-10月 covers January to October.
                    (Some(year), None, None) => match table.ytd_through {
                        Some(through) if through < 12 && column.kind == FactKind::Actual => {
                            Some(Span::YearToDate { year, through })
                        }
                        _ => Some(Span::Year(year)),
                    },
                    (None, _, _) => None,
                },
                When::Cumulative => row_year
                    .zip(table.ytd_through)
                    .map(|(year, through)| Span::YearToDate { year, through }),
                When::Month(m) => row_year.and_then(|y| Span::month(y, m)),
                When::YearToDate(t) => row_year.map(|year| Span::YearToDate { year, through: t }),
            };
            let Some(span) = span else {
                if !warned_no_year {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        column.col,
                        "无法确定该数据的年度，未导入".into(),
                        "the year of this figure cannot be told; not imported".into(),
                    ));
                    warned_no_year = true;
                }
                continue;
            };
            match column.when {
                When::Month(m) => {
                    months.insert((indicator, m), v);
                }
                When::YearToDate(t) => cumulative.push((indicator, t, v, column.col)),
                _ => {}
            }
            let scope = column
                .unit
                .as_ref()
                .map_or_else(|| scope.clone(), |u| Scope::Unit(u.clone()));
            let key = FactKey {
                scope,
                indicator,
                span,
                kind: column.kind,
            };
            // Two columns saying the same (完成数 and 实际完成): the first one counts.
            if facts.iter().any(|f| f.key == key) {
                continue;
            }
            facts.push(Fact {
                key,
                value: v,
                source: table.cell_place(r, column.col),
            });
        }
        if !problems.is_empty() {
            parsed.rejected += 1;
            parsed.problems.extend(problems);
            continue;
        }
        for (indicator, through, total, col) in cumulative {
            let parts: Vec<Decimal> = (1..=through)
                .filter_map(|m| months.get(&(indicator, m)).copied())
                .collect();
            let sum: Decimal = parts.iter().copied().sum();
            // Months rounded one by one may differ from the rounded total by a last digit.
            let tolerance = match indicator.measure() {
                Measure::Money => Decimal::new(1, 4) * Decimal::from(through),
                Measure::Count => Decimal::ZERO,
            };
            if parts.len() == through as usize && (sum - total).abs() > tolerance {
                // A stale formula result (a cached 0) must not win over the months: the
                // cumulative figure is dropped and derived from them.
                let place = table.cell_place(r, col);
                facts.retain(|f| f.source != place);
                parsed.problems.push(table.cell_problem(
                    Severity::Warning,
                    r,
                    col,
                    format!(
                        "累计数 {} 与各月之和 {} 不一致，按各月之和计",
                        total.normalize(),
                        sum.normalize()
                    ),
                    format!(
                        "the cumulative figure {} differs from the sum of the months {}; the sum is used",
                        total.normalize(),
                        sum.normalize()
                    ),
                ));
            }
        }
        for check in &rate_checks {
            if let Some(p) = check.verify(table, r, &facts) {
                parsed.problems.push(p);
            }
        }
        if facts.is_empty() {
            parsed.skip(table, r, SkipReason::NotTracked);
            continue;
        }
        for f in &facts {
            if !matches!(f.key.span, Span::Plan(_)) {
                parsed.years.insert(f.key.span.year());
            }
        }
        parsed.imported += 1;
        for f in &facts {
            if let Some(u) = f.key.scope.unit() {
                parsed.units.insert(u.clone());
            }
        }
        parsed.facts.extend(facts);
    }
    if let Scope::Unit(u) = scope {
        parsed.units.insert(u);
    }
    (kind, parsed)
}

/// A 完成率 column right of an actual column, in a sheet with one target column: the rate
/// is derived, but a stated rate that disagrees with actual ÷ target is worth a warning.
struct RateCheck {
    rate_col: usize,
    target_col: usize,
    actual_col: usize,
}

/// How far a stated rate may be from actual ÷ target (rates are often shown as whole %).
const RATE_TOLERANCE: &str = "0.006";

fn rate_checks(table: &Table<'_>, columns: &[ValueColumn]) -> Vec<RateCheck> {
    let targets: Vec<usize> = columns
        .iter()
        .filter(|c| c.kind == FactKind::Target)
        .map(|c| c.col)
        .collect();
    let [target_col] = targets.as_slice() else {
        return Vec::new();
    };
    (1..table.grid.width)
        .filter(|&c| {
            let label = compact(&table.header.label(c));
            label.contains("完成率") || label.contains("完成比例")
        })
        .filter_map(|rate_col| {
            columns
                .iter()
                .find(|v| v.col + 1 == rate_col && v.kind == FactKind::Actual)
                .map(|v| RateCheck {
                    rate_col,
                    target_col: *target_col,
                    actual_col: v.col,
                })
        })
        .collect()
}

impl RateCheck {
    fn verify(
        &self,
        table: &Table<'_>,
        row: usize,
        facts: &[Fact],
    ) -> Option<crate::report::Problem> {
        let value_at = |col: usize| {
            let place = table.cell_place(row, col);
            facts.iter().find(|f| f.source == place).map(|f| f.value)
        };
        let (target, actual) = (value_at(self.target_col)?, value_at(self.actual_col)?);
        if target.is_zero() {
            return None;
        }
        let mut stated = parse_percent(table.grid.value(row, self.rate_col)).ok()??;
        if stated > Decimal::from(20) {
            stated /= Decimal::ONE_HUNDRED;
        }
        let computed = actual / target;
        let tolerance: Decimal = RATE_TOLERANCE.parse().unwrap_or_default();
        ((stated - computed).abs() > tolerance).then(|| {
            table.cell_problem(
                Severity::Warning,
                row,
                self.rate_col,
                format!(
                    "完成率与“完成÷目标”不符：按数计算为 {:.2}%",
                    computed * Decimal::ONE_HUNDRED
                ),
                format!(
                    "the completion rate differs from actual ÷ target = {:.2}%",
                    computed * Decimal::ONE_HUNDRED
                ),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn column_meanings() {
        let m = |parts: &[&str]| value_column(&seg(parts), 0).map(|c| (c.kind, c.when));
        assert_eq!(
            value_column(&seg(&["城东街道"]), 0)
                .and_then(|c| c.unit)
                .map(|u| u.to_string()),
            Some("城东街道".to_string())
        );
        assert_eq!(
            value_column(&seg(&["实际到位资金", "目标"]), 0).map(|c| (c.kind, c.indicator)),
            Some((FactKind::Target, Some(Indicator::FundsInPlace)))
        );
        assert_eq!(m(&["年度目标"]), Some((FactKind::Target, When::Year(None))));
        assert_eq!(m(&["完成数"]), Some((FactKind::Actual, When::Year(None))));
        assert_eq!(m(&["全年目标"]), Some((FactKind::Target, When::Year(None))));
        assert_eq!(m(&["完成率"]), None);
        assert_eq!(m(&["10月"]), Some((FactKind::Actual, When::Month(10))));
        assert_eq!(
            m(&["1-10月累计"]),
            Some((FactKind::Actual, When::YearToDate(10)))
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
