//! Unit tables: unit rows × indicator columns — a 任务分解表 (targets), or a results table
//! with 目标 / 完成 column pairs per indicator — one year per sheet or a 年度 column (merged
//! down, or once per block). "—" in a target cell means 0. A 合计 / 全区 row is the
//! district's own figure; "其中：…" rows are parts of the row above, not units.

use crate::header::{plan_in, year_in, MoneyUnit};
use crate::report::{Severity, SkipReason};
use crate::rows::{is_total_label, section_heading, RowClass};
use crate::sheet::{money_unit_of, year_of_cell, Parsed, Table};
use crate::synonyms::role_of;
use crate::synonyms::{
    contains_any, header_key, indicator_of, indicator_of_header, is_any, ledger_field, LedgerField,
    RATE_WORDS, YEAR_COLUMN_WORDS,
};
use crate::unit::{scope_in, unit_of_cell, ScopeHint};
use crate::values::{is_dash, parse_count, parse_money, Value};
use planboard_model::text::{compact, compacted};
use planboard_model::{
    Decimal, Fact, FactKey, FactKind, Indicator, Measure, Scope, SourceKind, Span,
};

/// A unit table's money unit when no header or line states one.
const DEFAULT_MONEY: MoneyUnit = MoneyUnit::Yi;

/// A column of figures: its indicator, money unit, year (years across) and role.
struct Column {
    col: usize,
    indicator: Indicator,
    money: MoneyUnit,
    year: Option<i32>,
    kind: FactKind,
}

/// Reads the figures of a unit table: the kind is a 任务分解表 unless it holds actuals.
pub fn parse(table: &Table<'_>, unit_col: usize) -> (SourceKind, Parsed) {
    let mut parsed = Parsed::default();
    let year_col = (0..table.grid.width)
        .find(|&c| c != unit_col && is_any(&table.header.label(c), YEAR_COLUMN_WORDS));
    let columns = columns(table, unit_col, year_col);
    let has_column_years = !columns.is_empty() && columns.iter().all(|c| c.year.is_some());
    // Stacked blocks: the figure column of each block is the indicator its heading names.
    let block_column = block_column(table, unit_col, year_col);
    let mut block: Option<Option<Indicator>> = (0..table.header.first)
        .rev()
        .find_map(|r| section_heading(table.grid, r))
        .map(indicator_of);
    let mut warned_no_year = false;
    let mut last_year: Option<i32> = None;
    for (r, class) in table.classes.iter().enumerate() {
        if *class == RowClass::Skip(SkipReason::Section) {
            if let (Some(heading), Some(_)) = (section_heading(table.grid, r), block_column) {
                block = Some(indicator_of(heading));
            }
            // A year given once above its rows ("2021年").
            if let Some(y) = table.grid.row_texts(r).first().and_then(|t| year_in(t)) {
                last_year = Some(y);
            }
            continue;
        }
        let total = *class == RowClass::Skip(SkipReason::Total);
        if *class != RowClass::Data && !total {
            continue;
        }
        let unit_value = table.grid.value(r, unit_col);
        // An empty 年度 cell under a filled one belongs to the year above (a merge read
        // without its merge, or a year given once for its block).
        let year_cell = year_col.map(|c| table.grid.value(r, c));
        let year = match year_cell {
            Some(Value::Empty) => last_year,
            Some(v) => year_of_cell(v).or(last_year),
            None => last_year,
        }
        .or(table.year);
        last_year = year;
        let scope = if total {
            // A total row is the district's own figure when it is the whole (合计, 全区,
            // 2016年小计), never a part (城区小计).
            let label = (0..table.grid.width.min(3))
                .filter_map(|c| table.grid.value(r, c).text())
                .find(|t| is_total_label(t));
            match label.filter(|l| is_district_total(l)) {
                Some(_) => Scope::District,
                None => continue,
            }
        } else {
            let Some(text) = unit_value.text() else {
                parsed.skip(table, r, SkipReason::Note);
                continue;
            };
            if compacted(text).starts_with("其中") {
                // 其中：区本级 — a part of the row above.
                parsed.skip(table, r, SkipReason::NotTracked);
                continue;
            }
            match scope_in(text) {
                Some(ScopeHint::District) => Scope::District,
                _ => match unit_of_cell(text) {
                    Some(u) => Scope::Unit(u),
                    None => {
                        parsed.skip(table, r, SkipReason::Total);
                        continue;
                    }
                },
            }
        };
        let label_plan = year_cell.and_then(Value::text).and_then(plan_in);
        // Without a year, a plan named in the row (十三五总计) or the title takes the targets.
        let fallback = match label_plan {
            Some(p) => Some(Span::Plan(p)),
            None => year.map(Span::Year).or_else(|| table.plan.map(Span::Plan)),
        };
        if fallback.is_none() && !has_column_years {
            if !total && !warned_no_year {
                parsed.problems.push(table.row_problem(
                    Severity::Warning,
                    r,
                    "无法确定该表的年度（标题、工作表名或年度列中均未找到）".into(),
                    "the year of the table cannot be told".into(),
                ));
                warned_no_year = true;
            }
            if !total {
                parsed.skip(table, r, SkipReason::Unresolved);
            }
            continue;
        }
        let mut facts = Vec::new();
        let mut problems = Vec::new();
        let block_columns: Vec<Column>;
        let row_columns = match (block, block_column) {
            (Some(Some(indicator)), Some(col)) => {
                let texts: Vec<&str> = table
                    .header
                    .segments(col)
                    .iter()
                    .map(String::as_str)
                    .collect();
                block_columns = vec![Column {
                    col,
                    indicator,
                    money: money_unit_of(&texts, table, DEFAULT_MONEY),
                    year: None,
                    kind: default_kind(table),
                }];
                &block_columns
            }
            // A block of an indicator planboard does not track.
            (Some(None), Some(_)) => {
                if !total {
                    parsed.skip(table, r, SkipReason::NotTracked);
                }
                continue;
            }
            _ => &columns,
        };
        for column in row_columns {
            let Some(span) = column.year.map(Span::Year).or(fallback) else {
                continue;
            };
            let span = match (span, column.kind, table.ytd_through) {
                // The actual of a sheet titled 2026年1-10月 covers January to October.
                (Span::Year(year), FactKind::Actual, Some(through)) if through < 12 => {
                    Span::YearToDate { year, through }
                }
                (span, _, _) => span,
            };
            let value = table.grid.value(r, column.col);
            let read = match value {
                Value::Text(t) if is_dash(t) && column.kind == FactKind::Target => {
                    Ok(Some(Decimal::ZERO))
                }
                Value::Uncached(_) => {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        column.col,
                        "公式没有保存计算结果，该数按未填报处理".into(),
                        "the formula has no stored result; the figure is taken as not given".into(),
                    ));
                    Ok(None)
                }
                v if column.indicator.measure() == Measure::Count => parse_count(v),
                v => parse_money(v, column.money),
            };
            match read {
                Ok(Some(v)) => facts.push(Fact {
                    key: FactKey {
                        scope: scope.clone(),
                        indicator: column.indicator,
                        span,
                        kind: column.kind,
                    },
                    value: v,
                    source: table.cell_place(r, column.col),
                }),
                Ok(None) => {}
                Err(e) => problems.push(table.cell_problem(
                    Severity::Error,
                    r,
                    column.col,
                    e.message_zh().to_string(),
                    e.message_en().to_string(),
                )),
            }
        }
        if total {
            // The row stays a skipped total in the report; its figures are the district's.
            if problems.is_empty() {
                parsed.facts.extend(facts);
            }
            continue;
        }
        if !problems.is_empty() {
            parsed.rejected += 1;
            parsed.problems.extend(problems);
            continue;
        }
        if facts.is_empty() {
            parsed.skip(table, r, SkipReason::NotTracked);
            continue;
        }
        parsed.imported += 1;
        for f in &facts {
            if let Span::Year(y) | Span::YearToDate { year: y, .. } = f.key.span {
                parsed.years.insert(y);
            }
        }
        if let Scope::Unit(u) = scope {
            parsed.units.insert(u);
        }
        parsed.facts.extend(facts);
    }
    let kind = if parsed.facts.iter().any(|f| f.key.kind == FactKind::Actual) {
        SourceKind::ProgressReport
    } else {
        SourceKind::TargetBreakdown
    };
    (kind, parsed)
}

/// The figure columns: each indicator column, a target unless its header says 完成 / 实际;
/// rate columns (完成率, 占比) are not figures. The first column of an indicator, year and role
/// counts; a later one (其中：外资到位资金) is a part of it.
fn columns(table: &Table<'_>, unit_col: usize, year_col: Option<usize>) -> Vec<Column> {
    let mut seen = std::collections::HashSet::new();
    (0..table.grid.width)
        .filter(|&c| c != unit_col && Some(c) != year_col)
        .filter_map(|c| {
            let segments = table.header.segments(c);
            let label = compact(&table.header.label(c));
            // 实际到位资金 names an indicator, not an actual column.
            let role_words = label.replace("实际到位", "");
            if contains_any(&role_words, RATE_WORDS) {
                return None;
            }
            let indicator = indicator_of_header(segments)?;
            let texts: Vec<&str> = segments.iter().map(String::as_str).collect();
            let kind = segments
                .iter()
                .rev()
                // 实际到位资金 names the indicator; 实际到位 under a group that names it
                // (资金（亿元）/实际到位) is the actual.
                .map(|s| {
                    let s = compact(s);
                    if segments.len() >= 2 && header_key(&s) == "实际到位" {
                        s
                    } else {
                        s.replace("实际到位", "")
                    }
                })
                .find_map(|s| role_of(&s))
                .unwrap_or(default_kind(table));
            // Years across: "2021年/新签约项目".
            let year = segments
                .iter()
                .filter(|s| s.chars().count() <= 10)
                .find_map(|s| year_in(s));
            Some(Column {
                col: c,
                indicator,
                money: money_unit_of(&texts, table, DEFAULT_MONEY),
                year,
                kind,
            })
        })
        .filter(|c| seen.insert((c.indicator, c.year, c.kind)))
        .collect()
}

/// The figure column of stacked blocks (序号 | 县区 | 项目个数（个）): the first column right of
/// the unit column that is no sequence, rate or indicator column; `None` when the header
/// names indicators itself.
fn block_column(table: &Table<'_>, unit_col: usize, year_col: Option<usize>) -> Option<usize> {
    (unit_col + 1..table.grid.width)
        .filter(|&c| Some(c) != year_col)
        .find(|&c| {
            let segments = table.header.segments(c);
            let label = compact(&table.header.label(c));
            !segments.is_empty()
                && !contains_any(&label, RATE_WORDS)
                && ledger_field(segments) != Some(LedgerField::Seq)
        })
        .filter(|&c| indicator_of_header(table.header.segments(c)).is_none())
}

/// The role of a column whose header says neither 目标 nor 完成: a target in a 任务分解表,
/// an actual in a table of results (a title naming 完成, 公示, 通报 or months to date).
fn default_kind(table: &Table<'_>) -> FactKind {
    const RESULT_WORDS: &[&str] = &["完成", "成效", "公示", "通报", "排名", "进展", "实绩"];
    let titles: Vec<String> = (0..table.header.first)
        .flat_map(|r| table.grid.row_texts(r))
        .map(|t| compacted(&t).into_owned())
        .collect();
    let says = |words: &[&str]| titles.iter().any(|t| contains_any(t, words));
    if says(&["目标", "任务", "分解"]) {
        FactKind::Target
    } else if table.ytd_through.is_some() || says(RESULT_WORDS) {
        FactKind::Actual
    } else {
        FactKind::Target
    }
}

/// Whether a total label stands for the whole district: 合计, 总计, 全区, 全区合计, 汇总, or a
/// year's or plan's total (2016年小计, 十三五总计); not a part's (城区小计, 其中：…).
fn is_district_total(label: &str) -> bool {
    const WHOLE: &[&str] = &[
        "合计",
        "总计",
        "全区",
        "全县",
        "全市",
        "全区合计",
        "全县合计",
        "全市合计",
        "总合计",
        "汇总",
        "全区总计",
        "合计数",
    ];
    let c = compacted(label);
    let rest = c.trim_start_matches(|ch: char| {
        ch.is_ascii_digit() || "年度“”\"'一二三四五六七八九十-—~".contains(ch)
    });
    let dated = rest.len() < c.len();
    WHOLE.contains(&rest) || (dated && rest == "小计")
}

#[cfg(test)]
mod tests {
    use super::is_district_total;

    #[test]
    fn totals_of_the_whole_and_of_parts() {
        for whole in [
            "合计",
            "合 计",
            "全区合计",
            "2016年小计",
            "十三五总计",
            "“十四五”合计",
        ] {
            assert!(is_district_total(whole), "{whole}");
        }
        for part in ["城区小计", "小计", "其中：城区小计", "街道合计"] {
            assert!(!is_district_total(part), "{part}");
        }
    }
}
