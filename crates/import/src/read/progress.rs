//! Reading progress reports (完成情况表) of a unit or of the whole district: each row's
//! indicator (or each column's) and period, each figure in the columns its layout names. A
//! year to date stated beside its months must agree with them.

use super::{check_rates, Parsed, Table};
use crate::layout::{ColumnRole, LayoutKind, RowClass, When};
use crate::periods::{money_unit_in, month_label, year_of_cell, ytd_label, MoneyUnit};
use crate::problem_kind::ProblemKind;
use crate::report::{Severity, SkipReason};
use crate::synonyms::indicator_of;
use crate::values::{parse_figure, Value};
use planboard_model::text::{compact, compacted};
use planboard_model::{
    Decimal, Fact, FactKey, FactKind, Indicator, Measure, Scope, SourceKind, Span,
};
use std::collections::BTreeMap;

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

/// Reads the figures of a report table: indicators down or across (in the headers, with
/// periods down); the scope is the layout's, or each column's unit for targets with units
/// across.
pub fn parse(table: &Table<'_>) -> (SourceKind, Parsed) {
    let layout = table.layout;
    let mut parsed = Parsed::default();
    let indicator_col = layout.column_of(&ColumnRole::IndicatorName);
    let period_col = layout.column_of(&ColumnRole::Period);
    let measure_col = layout.column_of(&ColumnRole::Measure);
    let columns: Vec<(usize, &crate::layout::Figure)> = layout.figures().collect();
    let row_indicator =
        |r: usize| indicator_col.and_then(|c| table.grid.value(r, c).text().and_then(indicator_of));
    let (scope, kind) = match &layout.kind {
        LayoutKind::Report { scope, source } => (scope.clone(), *source),
        _ => (None, SourceKind::ProgressReport),
    };
    let Some(scope) = scope else {
        parsed.needs_unit = true;
        let first = layout.rows.iter().position(|c| *c == RowClass::Data);
        if let Some(r) = first {
            parsed.problems.push(table.row_problem(
                Severity::Warning,
                r,
                ProblemKind::ReportUnitUnknown,
            ));
        }
        for (r, c) in layout.rows.iter().enumerate() {
            if *c == RowClass::Data {
                parsed.skip(table, r, SkipReason::Unresolved);
            }
        }
        return (kind, parsed);
    };
    let mut seen_rows = std::collections::HashSet::new();
    let mut last_when: Option<RowWhen> = None;
    let mut warned_no_year = false;
    for (r, class) in layout.rows.iter().enumerate() {
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
            year: layout.year,
            ..RowWhen::default()
        };
        let when = match period_col.map(|c| table.grid.value(r, c)) {
            None => sheet_when,
            // An empty period cell under a filled one: a merged cell read without its merge
            // (.ods), or a period written once for a block of rows.
            Some(Value::Empty) => last_when.unwrap_or(sheet_when),
            Some(v) => row_when(v, layout.year),
        };
        last_when = Some(when);
        let row_year = when.year;
        // A second row of an indicator in the same period is a part of it (其中：省外到位资金).
        if let Some(i) = indicator {
            if !seen_rows.insert((i, when)) {
                parsed.problems.push(table.row_problem(
                    Severity::Warning,
                    r,
                    ProblemKind::RepeatedIndicator {
                        label: label.clone(),
                        indicator: i,
                    },
                ));
                parsed.skip(table, r, SkipReason::NotTracked);
                continue;
            }
        }
        let row_money = {
            let measure = measure_col.map(|c| compact(&table.grid.value(r, c).display()));
            match measure.as_deref() {
                Some(m) => MoneyUnit::from_word(m)
                    .or_else(|| money_unit_in(m))
                    .or_else(|| money_unit_in(&label)),
                None => money_unit_in(&label),
            }
        };
        let mut facts: Vec<Fact> = Vec::new();
        let mut problems = Vec::new();
        let mut months: BTreeMap<(Indicator, u32), Decimal> = BTreeMap::new();
        let mut cumulative: Vec<(Indicator, u32, Decimal, usize)> = Vec::new();
        for &(col, column) in &columns {
            let Some(indicator) = indicator.or(column.indicator) else {
                continue;
            };
            let money = row_money.unwrap_or(column.money);
            let value = table.grid.value(r, col);
            if let Value::Uncached(_) = value {
                let derivable = matches!(column.when, When::YearToDate { .. })
                    && columns
                        .iter()
                        .any(|(_, c)| matches!(c.when, When::Month(_)));
                if !derivable {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        col,
                        ProblemKind::UncachedNotReported,
                    ));
                }
                continue;
            }
            let read = parse_figure(indicator, value, money);
            let v = match read {
                Ok(Some(v)) => v,
                Ok(None) => {
                    let derivable = matches!(column.when, When::YearToDate { .. })
                        && columns
                            .iter()
                            .any(|(_, c)| matches!(c.when, When::Month(_)));
                    if matches!(value, Value::Empty)
                        && column.field == FactKind::Actual
                        && !matches!(column.when, When::Month(_))
                        && !derivable
                    {
                        parsed.problems.push(table.cell_problem(
                            Severity::Warning,
                            r,
                            col,
                            ProblemKind::EmptyActual,
                        ));
                    }
                    continue;
                }
                Err(e) => {
                    problems.push(table.cell_problem(
                        Severity::Error,
                        r,
                        col,
                        ProblemKind::BadValue { error: e },
                    ));
                    continue;
                }
            };
            let span = match column.when {
                When::Plan(p) => Some(Span::Plan(p)),
                When::Year(Some(y)) => Some(Span::Year(y)),
                When::Year(None) => match (row_year, when.month, when.ytd) {
                    // A target stays the whole year's on a row of months to date.
                    (Some(year), _, Some(_)) if column.field == FactKind::Target => {
                        Some(Span::Year(year))
                    }
                    (Some(year), _, Some(through)) => Some(Span::YearToDate { year, through }),
                    (Some(year), Some(m), None) => Span::month(year, m),
                    // The actual of a sheet titled 2026年1-10月 covers January to October.
                    (Some(year), None, None) => match layout.ytd_through {
                        Some(through) if through < 12 && column.field == FactKind::Actual => {
                            Some(Span::YearToDate { year, through })
                        }
                        _ => Some(Span::Year(year)),
                    },
                    (None, _, _) => None,
                },
                When::Cumulative => row_year
                    .zip(layout.ytd_through)
                    .map(|(year, through)| Span::YearToDate { year, through }),
                When::Month(m) => row_year.and_then(|y| Span::month(y, m)),
                When::YearToDate { year, through } => year
                    .or(row_year)
                    .map(|year| Span::YearToDate { year, through }),
            };
            let Some(span) = span else {
                if !warned_no_year {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        col,
                        ProblemKind::FigureYearUnknown,
                    ));
                    warned_no_year = true;
                }
                continue;
            };
            match column.when {
                When::Month(m) => {
                    months.insert((indicator, m), v);
                }
                When::YearToDate { through, .. } => cumulative.push((indicator, through, v, col)),
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
                kind: column.field,
            };
            // Two columns saying the same (完成数 and 实际完成): the first one counts.
            if facts.iter().any(|f| f.key == key) {
                continue;
            }
            facts.push(Fact {
                key,
                value: v,
                source: table.cell_place(r, col),
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
                Measure::Count | Measure::Ratio => Decimal::ZERO,
            };
            if indicator.measure() != Measure::Ratio
                && parts.len() == through as usize
                && (sum - total).abs() > tolerance
            {
                // A stale formula result (a cached 0) must not win over the months: the
                // cumulative figure is dropped and derived from them.
                let place = table.cell_place(r, col);
                facts.retain(|f| f.source != place);
                parsed.problems.push(table.cell_problem(
                    Severity::Warning,
                    r,
                    col,
                    ProblemKind::CumulativeMismatch { total, months: sum },
                ));
            }
        }
        parsed.problems.extend(check_rates(table, r, &facts));
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
