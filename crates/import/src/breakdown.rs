//! Target breakdowns (任务分解表): unit rows × indicator columns, one year per sheet or a 年度
//! column. "—" in a target cell means 0; the 合计 row is never data (the model sums units).

use crate::header::{year_in, MoneyUnit};
use crate::report::{Severity, SkipReason};
use crate::rows::RowClass;
use crate::sheet::{money_unit_of, year_of_cell, Parsed, Table};
use crate::synonyms::{
    contains_any, indicator_of_header, is_any, ACTUAL_WORDS, RATE_WORDS, YEAR_COLUMN_WORDS,
};
use crate::unit::unit_of_cell;
use crate::values::{is_dash, parse_count, parse_money, Value};
use planboard_model::text::compact;
use planboard_model::{Decimal, Fact, FactKey, FactKind, Indicator, Measure, Scope, Span};

/// A breakdown's money unit when no header or line states one.
const DEFAULT_MONEY: MoneyUnit = MoneyUnit::Yi;

/// Reads the unit targets of a breakdown table.
pub fn parse(table: &Table<'_>, unit_col: usize) -> Parsed {
    let mut parsed = Parsed::default();
    let year_col = (0..table.grid.width)
        .find(|&c| c != unit_col && is_any(&table.header.label(c), YEAR_COLUMN_WORDS));
    let columns: Vec<(usize, Indicator, MoneyUnit, Option<i32>)> = (0..table.grid.width)
        .filter(|&c| c != unit_col && Some(c) != year_col)
        .filter_map(|c| {
            let segments = table.header.segments(c);
            let label = compact(&table.header.label(c));
            // 实际到位资金 names an indicator, not an actual column.
            let role_words = label.replace("实际到位", "");
            if contains_any(&role_words, RATE_WORDS) || contains_any(&role_words, ACTUAL_WORDS) {
                return None;
            }
            let indicator = indicator_of_header(segments)?;
            let texts: Vec<&str> = segments.iter().map(String::as_str).collect();
            // Years across: "2021年/新签约项目".
            let year = segments
                .iter()
                .filter(|s| s.chars().count() <= 10)
                .find_map(|s| year_in(s));
            Some((
                c,
                indicator,
                money_unit_of(&texts, table, DEFAULT_MONEY),
                year,
            ))
        })
        .collect();
    // The first column of an indicator and year counts; a later one (其中：外资到位资金) is
    // a part of it.
    let mut seen = std::collections::HashSet::new();
    let columns: Vec<_> = columns
        .into_iter()
        .filter(|(_, indicator, _, year)| seen.insert((*indicator, *year)))
        .collect();
    let mut warned_no_year = false;
    let mut last_year: Option<i32> = None;
    for (r, class) in table.classes.iter().enumerate() {
        if *class != RowClass::Data {
            continue;
        }
        let unit_value = table.grid.value(r, unit_col);
        let unit = unit_value.text().and_then(unit_of_cell);
        let Some(unit) = unit else {
            if unit_value.is_empty() {
                parsed.skip(table, r, SkipReason::Note);
            } else {
                parsed.skip(table, r, SkipReason::Total);
            }
            continue;
        };
        // An empty 年度 cell under a filled one belongs to the year above (a merge read
        // without its merge).
        let year = match year_col.map(|c| table.grid.value(r, c)) {
            Some(Value::Empty) => last_year,
            Some(v) => year_of_cell(v),
            None => None,
        }
        .or(table.year);
        last_year = year;
        let has_column_years = columns.iter().all(|(_, _, _, y)| y.is_some());
        // Without a year, a plan named in the title (“十四五”目标任务) takes the targets.
        let fallback = year.map(Span::Year).or_else(|| table.plan.map(Span::Plan));
        if fallback.is_none() && !has_column_years {
            if !warned_no_year {
                parsed.problems.push(table.row_problem(
                    Severity::Warning,
                    r,
                    "无法确定任务分解表的年度（标题、工作表名或年度列中均未找到）".into(),
                    "the year of the target breakdown cannot be told".into(),
                ));
                warned_no_year = true;
            }
            parsed.skip(table, r, SkipReason::Unresolved);
            continue;
        }
        let mut facts = Vec::new();
        let mut problems = Vec::new();
        let mut row_years = Vec::new();
        for &(c, indicator, money, column_year) in &columns {
            let Some(span) = column_year.map(Span::Year).or(fallback) else {
                continue;
            };
            let value = table.grid.value(r, c);
            let parsed_value = match value {
                Value::Text(t) if is_dash(t) => Ok(Some(Decimal::ZERO)),
                Value::Uncached(_) => {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        c,
                        "公式没有保存计算结果，该目标按未下达处理".into(),
                        "the formula has no stored result; the target is taken as not set".into(),
                    ));
                    Ok(None)
                }
                v if indicator.measure() == Measure::Count => parse_count(v),
                v => parse_money(v, money),
            };
            match parsed_value {
                Ok(Some(v)) => {
                    if let Span::Year(y) = span {
                        row_years.push(y);
                    }
                    facts.push(Fact {
                        key: FactKey {
                            scope: Scope::Unit(unit.clone()),
                            indicator,
                            span,
                            kind: FactKind::Target,
                        },
                        value: v,
                        source: table.cell_place(r, c),
                    })
                }
                Ok(None) => {}
                Err(e) => problems.push(table.cell_problem(
                    Severity::Error,
                    r,
                    c,
                    e.message_zh().to_string(),
                    e.message_en().to_string(),
                )),
            }
        }
        if !problems.is_empty() {
            parsed.rejected += 1;
            parsed.problems.extend(problems);
            continue;
        }
        parsed.imported += 1;
        parsed.years.extend(row_years);
        parsed.units.insert(unit);
        parsed.facts.extend(facts);
    }
    parsed
}
