//! Reading unit tables: one row per unit (or the district's 合计 / 全区 row), its figures in
//! the columns its layout names, for the year of its row, block or sheet. "—" in a target cell
//! means 0; "其中：…" rows are parts of the row above, not units.

use super::{check_rates, Parsed, Table};
use crate::layout::{ColumnRole, Figure, RowClass, When};
use crate::periods::{plan_in, year_of_cell, ytd_label};
use crate::problem_kind::ProblemKind;
use crate::report::{Severity, SkipReason};
use crate::unit::{scope_in, unit_of_cell, ScopeHint};
use crate::values::{is_dash, parse_figure, Value};
use planboard_model::text::compacted;
use planboard_model::{
    Decimal, Fact, FactKey, FactKind, Indicator, Scope, SourceKind, Span, UnitName,
};

/// Reads the figures of a unit table.
pub fn parse(table: &Table<'_>) -> (SourceKind, Parsed) {
    let layout = table.layout;
    let mut parsed = Parsed::default();
    let unit_col = layout.column_of(&ColumnRole::Unit);
    let year_col = layout.column_of(&ColumnRole::Year);
    let figures: Vec<(usize, &Figure)> = layout.figures().collect();
    let has_column_years = !figures.is_empty()
        && figures
            .iter()
            .all(|(_, f)| f.when.own_year().is_some() || matches!(f.when, When::Plan(_)));
    let block_figure = layout
        .columns
        .iter()
        .enumerate()
        .find_map(|(c, r)| match r {
            ColumnRole::BlockFigure { field, money } => Some((c, *field, *money)),
            _ => None,
        });
    let mut sections = layout.sections.iter().peekable();
    let mut block: Option<Option<Indicator>> = None;
    let mut warned_no_year = false;
    let mut last_year: Option<i32> = None;
    for (r, class) in layout.rows.iter().enumerate() {
        while let Some(section) = sections.next_if(|s| s.row <= r) {
            if section.block.is_some() {
                block = section.block;
            }
            if section.year.is_some() {
                last_year = section.year;
            }
        }
        let total = *class == RowClass::Skip(SkipReason::Total);
        if *class != RowClass::Data && !total {
            continue;
        }
        // An empty 年度 cell under a filled one belongs to the year above (a merge read
        // without its merge, or a year given once for its block).
        let year_cell = year_col.map(|c| table.grid.value(r, c));
        let year = match year_cell {
            Some(Value::Empty) => last_year,
            Some(v) => year_of_cell(v).or(last_year),
            None => last_year,
        }
        .or(layout.year);
        last_year = year;
        let scope = if total {
            if !layout.whole_rows.contains(&r) {
                continue;
            }
            Scope::District
        } else {
            let unit_value = unit_col.map_or(&Value::Empty, |c| table.grid.value(r, c));
            let Some(text) = unit_value.text() else {
                parsed.skip(table, r, SkipReason::Note);
                continue;
            };
            if compacted(text).starts_with("其中") {
                // 其中：我区单独 in 碧江区's table — the district's own part, kept on its own;
                // 其中：城区小计 — a part of the row above, not read.
                let own = match &layout.scope {
                    Some(ScopeHint::Unit(u)) => own_part(text, u),
                    _ => None,
                };
                let Some(part) = own else {
                    parsed.skip(table, r, SkipReason::NotTracked);
                    continue;
                };
                parsed.parts.insert(part.clone());
                Scope::Unit(part)
            } else {
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
            }
        };
        let label_plan = year_cell.and_then(Value::text).and_then(plan_in);
        // A row of months to date (2026年1-10月 in the 年度 column).
        let row_through = year_cell.and_then(Value::text).and_then(ytd_label);
        // Without a year, a plan named in the row (十三五总计) or the title takes the targets.
        let fallback = match label_plan {
            Some(p) => Some(Span::Plan(p)),
            None => year.map(Span::Year).or_else(|| layout.plan.map(Span::Plan)),
        };
        if fallback.is_none() && !has_column_years {
            if !total && !warned_no_year {
                parsed.problems.push(table.row_problem(
                    Severity::Warning,
                    r,
                    ProblemKind::TableYearUnknown,
                ));
                warned_no_year = true;
            }
            if !total {
                parsed.skip(table, r, SkipReason::Unresolved);
            }
            continue;
        }
        // (column, indicator, field, time, money) of each figure this row holds.
        let row_columns: Vec<(usize, Indicator, FactKind, When, _)> = match (block, block_figure) {
            (Some(Some(indicator)), Some((col, field, money))) => {
                vec![(col, indicator, field, When::Year(None), money)]
            }
            // A block of an indicator planboard does not track.
            (Some(None), Some(_)) => {
                if !total {
                    parsed.skip(table, r, SkipReason::NotTracked);
                }
                continue;
            }
            _ => figures
                .iter()
                .filter_map(|(c, f)| Some((*c, f.indicator?, f.field, f.when, f.money)))
                .collect(),
        };
        let mut facts = Vec::new();
        let mut problems = Vec::new();
        for (col, indicator, field, when, money) in row_columns {
            let Some(span) = column_span(when, fallback) else {
                continue;
            };
            let span = match (span, field, row_through.or(layout.ytd_through)) {
                // The actual of a sheet titled 2026年1-10月 covers January to October.
                (Span::Year(year), FactKind::Actual, Some(through)) if through < 12 => {
                    Span::YearToDate { year, through }
                }
                (span, _, _) => span,
            };
            let value = table.grid.value(r, col);
            let read = match value {
                Value::Text(t) if is_dash(t) && field == FactKind::Target => {
                    Ok(Some(Decimal::ZERO))
                }
                Value::Uncached(_) => {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        col,
                        ProblemKind::UncachedNotGiven,
                    ));
                    Ok(None)
                }
                v => parse_figure(indicator, v, money),
            };
            match read {
                Ok(Some(v)) => facts.push(Fact {
                    key: FactKey {
                        scope: scope.clone(),
                        indicator,
                        span,
                        kind: field,
                    },
                    value: v,
                    source: table.cell_place(r, col),
                }),
                Ok(None) => {}
                Err(e) => problems.push(table.cell_problem(
                    Severity::Error,
                    r,
                    col,
                    ProblemKind::BadValue { error: e },
                )),
            }
        }
        if problems.is_empty() {
            parsed.problems.extend(check_rates(table, r, &facts));
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
    (layout.source_kind(), parsed)
}

/// The name of a 其中 row that is the sheet's own unit apart from the rest: 其中：我区单独 in
/// 碧江区's table → 碧江区（单独）, 其中：区本级 → 碧江区（本级）; `None` for other parts.
fn own_part(label: &str, sheet_unit: &UnitName) -> Option<UnitName> {
    const OWN: &[&str] = &[
        "我区", "本区", "我县", "本县", "我市", "本市", "区", "县", "市",
    ];
    let c = compacted(label);
    let rest = c
        .trim_start_matches("其中")
        .trim_start_matches([':', '：', '、']);
    let what = OWN.iter().find_map(|own| rest.strip_prefix(own))?;
    (!what.is_empty() && what.chars().count() <= 4)
        .then(|| UnitName::new(&format!("{sheet_unit}（{what}）")))
        .flatten()
}

/// The span a figure column covers: its own year, months to date or plan, else the row's or
/// sheet's (`fallback`) narrowed to the column's months.
fn column_span(when: When, fallback: Option<Span>) -> Option<Span> {
    let fallback_year = match fallback {
        Some(Span::Year(y)) => Some(y),
        _ => None,
    };
    match when {
        When::Year(Some(y)) => Some(Span::Year(y)),
        When::Year(None) | When::Cumulative => fallback,
        When::Plan(p) => Some(Span::Plan(p)),
        When::Month(m) => fallback_year.and_then(|y| Span::month(y, m)),
        When::YearToDate { year, through } => year
            .or(fallback_year)
            .map(|year| Span::YearToDate { year, through }),
    }
}
