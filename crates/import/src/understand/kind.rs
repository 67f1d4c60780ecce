//! Recognizing what a table is by its content, never by file or sheet name: a project ledger
//! (one row per project), a progress report (indicator rows × 目标/完成 columns, for a unit or
//! the district) or a target breakdown (unit rows × indicator columns).

use super::rows::section_heading;
use crate::grid::Grid;
use crate::layout::{Header, RowClass};
use crate::periods::{month_label, year_in, ytd_label};
use crate::synonyms::{
    indicator_of, indicator_of_header, is_any, ledger_field, role_of, LedgerField,
    INDICATOR_COLUMN_WORDS, PERIOD_COLUMN_WORDS, UNIT_COLUMN_WORDS,
};
use crate::unit::looks_like_unit;
use crate::values::Value;
use planboard_model::text::compacted;
use planboard_model::Indicator;

/// The kind of a table, with the column that drives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// 项目台账.
    Ledger,
    /// 完成情况表: rows are indicators (the column holding their names), or periods with the
    /// indicators in the headers (`None`).
    Report {
        /// The indicator-name column.
        indicator_col: Option<usize>,
    },
    /// 任务分解表: rows are units; the column holding their names.
    Breakdown {
        /// The unit-name column.
        unit_col: usize,
    },
}

/// The fewest data rows that must agree before a column is taken as the indicator or unit
/// column.
const MIN_AGREEING_ROWS: usize = 2;

fn data_rows(classes: &[RowClass]) -> impl Iterator<Item = usize> + '_ {
    classes
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == RowClass::Data)
        .map(|(r, _)| r)
}

/// The column in which the most data rows satisfy `test`, if at least `fewest` do.
fn best_column(
    grid: &Grid,
    classes: &[RowClass],
    fewest: usize,
    test: impl Fn(&str) -> bool,
) -> Option<usize> {
    (0..grid.width)
        .map(|c| {
            let n = data_rows(classes)
                .filter(|&r| grid.value(r, c).text().is_some_and(&test))
                .count();
            (c, n)
        })
        .filter(|(_, n)| *n >= fewest)
        .max_by_key(|(c, n)| (*n, usize::MAX - c))
        .map(|(c, _)| c)
}

/// A column of names without a unit ending under another header (名称: 城关 | 东坝 | 发改局):
/// left of the indicator columns, a distinct short text on every data row that holds
/// figures, none of them a period, an indicator or a number.
fn names_column(grid: &Grid, header: &Header, classes: &[RowClass]) -> Option<usize> {
    let first_figure =
        (0..grid.width).find(|&c| indicator_of_header(header.segments(c)).is_some())?;
    let figure_rows: Vec<usize> = data_rows(classes)
        .filter(|&r| {
            (first_figure..grid.width).any(|c| matches!(grid.value(r, c), Value::Number(_)))
        })
        .collect();
    if figure_rows.len() < MIN_AGREEING_ROWS {
        return None;
    }
    (0..first_figure)
        .filter(|&c| ledger_field(header.segments(c)) != Some(LedgerField::Seq))
        .find(|&c| {
            let mut seen = Vec::new();
            figure_rows.iter().all(|&r| {
                let Some(t) = grid.value(r, c).text().map(compacted) else {
                    return false;
                };
                let name_like = t.chars().count() <= 12
                    && t.chars().any(|ch| !ch.is_ascii_digit())
                    && year_in(&t).is_none()
                    && month_label(&t).is_none()
                    && ytd_label(&t).is_none()
                    && indicator_of(&t).is_none();
                let fresh = !seen.contains(&t);
                seen.push(t);
                name_like && fresh
            })
        })
}

/// Recognizes the table under `header`; `title_indicator` is the indicator the title names,
/// for tables whose columns are periods or units.
pub fn detect(
    grid: &Grid,
    header: &Header,
    classes: &[RowClass],
    title_indicator: Option<Indicator>,
) -> Option<TableKind> {
    let fields: Vec<Option<LedgerField>> = (0..grid.width)
        .map(|c| ledger_field(header.segments(c)))
        .collect();
    let has = |f: LedgerField| fields.contains(&Some(f));
    // A ledger names a project on each row: a "项目" column of figures (签约项目 under
    // 项目数（个）) is an indicator of a table of units or years, not a ledger's names.
    let names_are_texts = fields
        .iter()
        .position(|f| *f == Some(LedgerField::Name))
        .is_some_and(|c| {
            let (texts, numbers) =
                data_rows(classes).fold((0, 0), |(t, n), r| match grid.value(r, c) {
                    Value::Number(_) => (t, n + 1),
                    v if v.text().is_some() => (t + 1, n),
                    _ => (t, n),
                });
            texts >= numbers
        });
    if has(LedgerField::Name)
        && names_are_texts
        && (has(LedgerField::Investment) || has(LedgerField::SignedOn))
    {
        return Some(TableKind::Ledger);
    }
    // Columns of periods or of targets and actuals (2021年 | 2022年, 目标 | 完成): then one row
    // naming an indicator is enough.
    let period_columns = (0..grid.width)
        .filter(|&c| {
            header.segments(c).iter().any(|s| {
                let s = compacted(s);
                s.chars().count() <= 12
                    && (year_in(&s).is_some()
                        || ytd_label(&s).is_some()
                        || month_label(&s).is_some()
                        || role_of(&s).is_some())
            })
        })
        .count();
    let fewest = if period_columns >= 2 {
        1
    } else {
        MIN_AGREEING_ROWS
    };
    let names_indicators = |c: usize| {
        data_rows(classes)
            .filter(|&r| {
                grid.value(r, c)
                    .text()
                    .is_some_and(|t| indicator_of(t).is_some())
            })
            .count()
    };
    // One row is enough only under a header saying so (指标).
    let indicator_col =
        best_column(grid, classes, fewest, |t| indicator_of(t).is_some()).filter(|&c| {
            names_indicators(c) >= MIN_AGREEING_ROWS
                || header
                    .segments(c)
                    .iter()
                    .any(|s| is_any(s, INDICATOR_COLUMN_WORDS))
        });
    if let Some(indicator_col) = indicator_col {
        return Some(TableKind::Report {
            indicator_col: Some(indicator_col),
        });
    }
    // Periods or units across under a title naming the indicator count as its columns.
    let indicator_columns = (0..grid.width)
        .filter(|&c| {
            let segments = header.segments(c);
            indicator_of_header(segments).is_some()
                || (title_indicator.is_some()
                    && segments.iter().any(|s| {
                        let s = compacted(s);
                        s.chars().count() <= 12
                            && (year_in(&s).is_some()
                                || ytd_label(&s).is_some()
                                || role_of(&s).is_some()
                                || looks_like_unit(&s))
                    }))
        })
        .count();
    // Stacked blocks: each under a heading naming its indicator (一、亿元以上新签约项目).
    let indicator_sections = (0..grid.height())
        .filter_map(|r| section_heading(grid, r))
        .filter(|t| indicator_of(t).is_some())
        .count();
    let unit_col = best_column(grid, classes, MIN_AGREEING_ROWS, looks_like_unit);
    // One indicator beside a column of unit names (单位 | 年度 | 到位资金) is a unit table too.
    if let Some(unit_col) = unit_col.filter(|_| indicator_columns == 1) {
        return Some(TableKind::Breakdown { unit_col });
    }
    if indicator_columns >= 2 || indicator_sections >= 1 {
        if let Some(unit_col) = unit_col {
            return Some(TableKind::Breakdown { unit_col });
        }
        // Unit names without a 街道/镇 ending, under a 单位 header.
        let labelled = (0..grid.width).find(|&c| {
            is_any(&header.label(c), UNIT_COLUMN_WORDS)
                && data_rows(classes).any(|r| grid.value(r, c).text().is_some())
        });
        if let Some(unit_col) = labelled.or_else(|| names_column(grid, header, classes)) {
            return Some(TableKind::Breakdown { unit_col });
        }
    }
    let periods_down = best_column(grid, classes, MIN_AGREEING_ROWS, |t| {
        year_in(t).is_some() || month_label(t).is_some() || ytd_label(t).is_some()
    })
    .is_some()
        || (0..grid.width).any(|c| is_any(&header.label(c), PERIOD_COLUMN_WORDS));
    (indicator_columns >= 1 && periods_down).then_some(TableKind::Report {
        indicator_col: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::header::find_header;
    use crate::understand::rows::classify_rows;

    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }
    fn n(f: f64) -> Value {
        Value::Number(f)
    }

    fn kind_of(rows: Vec<Vec<Value>>) -> Option<TableKind> {
        let grid = Grid::from_values(rows);
        let header = find_header(&grid)?;
        let classes = classify_rows(&grid, &header);
        detect(&grid, &header, &classes, None)
    }

    #[test]
    fn kinds_by_content() {
        assert_eq!(
            kind_of(vec![
                vec![
                    t("序号"),
                    t("项目名称"),
                    t("签约时间"),
                    t("投资总额（亿元）")
                ],
                vec![n(1.0), t("甲"), t("2023.05.08"), n(1.5)],
            ]),
            Some(TableKind::Ledger)
        );
        assert_eq!(
            kind_of(vec![
                vec![t("序号"), t("指标"), t("全年目标"), t("完成")],
                vec![n(1.0), t("新签约项目（个）"), n(5.0), n(6.0)],
                vec![n(2.0), t("实际到位资金（万元）"), n(5.0), n(6.0)],
            ]),
            Some(TableKind::Report {
                indicator_col: Some(1)
            })
        );
        assert_eq!(
            kind_of(vec![
                vec![t("单位"), t("新签约项目(个)"), t("计划总投资(亿元)")],
                vec![t("城东街道"), n(5.0), n(6.0)],
                vec![t("北山镇"), n(5.0), n(6.0)],
                vec![t("合计"), n(10.0), n(12.0)],
            ]),
            Some(TableKind::Breakdown { unit_col: 0 })
        );
        assert_eq!(
            kind_of(vec![
                vec![t("说明")],
                vec![t("1. 新签约项目以正式签订投资协议为准。")]
            ]),
            None
        );
    }
}
