//! Finding a table's header (one to three rows below any title rows) and the label of each
//! column (group and leaf joined).

use crate::grid::Grid;
use crate::layout::Header;
use crate::synonyms::{is_header_word, INDICATOR_COLUMN_WORDS, UNIT_COLUMN_WORDS};
use crate::unit::looks_like_unit;
use crate::values::Value;
use planboard_model::text::compacted;

/// How many rows from the top the header is looked for in.
const SEARCH_ROWS: usize = 30;
/// The most rows a header spans.
const MAX_HEADER_ROWS: usize = 3;

fn is_year_number(v: &Value) -> bool {
    matches!(v, Value::Number(f) if f.fract() == 0.0 && (1990.0..=2100.0).contains(f))
}

/// Whether a row holds numbers or dates (other than years): then it is data, not header.
fn has_data_values(grid: &Grid, row: usize) -> bool {
    grid.row(row).iter().any(|v| match v {
        Value::Number(_) => !is_year_number(v),
        Value::Date(_) => true,
        _ => false,
    })
}

/// Distinct header words in a row, optionally only among cells not copied from a merge. Unit
/// names count beside at least one header word (月份 | 城东街道 | 北山镇: units across).
fn header_hits(grid: &Grid, row: usize, only_own: bool) -> (usize, usize) {
    let mut hits: Vec<String> = Vec::new();
    let mut units = 0;
    let mut others = 0;
    for (col, value) in grid.row(row).iter().enumerate() {
        if value.is_empty() || (only_own && grid.is_copied(row, col)) {
            continue;
        }
        let text = match value {
            Value::Number(f) if is_year_number(value) => format!("{f}年"),
            v => v.display(),
        };
        if is_header_word(&text) {
            if !hits.contains(&text) {
                hits.push(text);
            }
        } else if looks_like_unit(&text) {
            units += 1;
        } else {
            others += 1;
        }
    }
    if hits.is_empty() {
        (0, others + units)
    } else {
        (hits.len() + units, others)
    }
}

/// Finds the header: the first row with at least two header words and no data values, plus
/// up to two more rows below it made only of header words.
pub fn find_header(grid: &Grid) -> Option<Header> {
    let limit = grid.height().min(SEARCH_ROWS);
    let first = (0..limit).find(|&r| {
        let (hits, _) = header_hits(grid, r, false);
        hits >= 2 && !has_data_values(grid, r)
    })?;
    let mut last = first;
    while last + 1 < grid.height() && last + 1 - first < MAX_HEADER_ROWS {
        let next = last + 1;
        let (hits, others) = header_hits(grid, next, true);
        let texts = grid.row_texts(next);
        let section = texts.len() == 1 && super::rows::is_section_label(&texts[0]);
        // Group rows carry words such as 其中 or 计划 beside the header words; a data row
        // names a unit or a total. A header cell merged down (乡镇 over two rows) is no name.
        // A text merged across several columns heads a group (合计 over 目标 | 完成 | 完成率).
        let merged_across = |row: usize, c: usize| c + 1 < grid.width && grid.is_copied(row, c + 1);
        let names_rows = grid
            .row(next)
            .iter()
            .enumerate()
            .filter(|(c, _)| !(grid.is_copied(next, *c) || merged_across(next, *c)))
            .filter_map(|(_, v)| v.text())
            .any(|t| crate::unit::looks_like_unit(t) || super::rows::is_total_label(t));
        // A text under a header cell naming the column's kind (指标, 单位) is a row's name.
        let under_kind_word = (0..grid.width).any(|c| {
            !grid.is_copied(next, c)
                && grid.value(next, c).text().is_some()
                && grid.value(last, c).text().is_some_and(|t| {
                    // As typed: 项目（个） over its leaves is a group, not the 项目 column.
                    let t = compacted(t);
                    INDICATOR_COLUMN_WORDS.contains(&&*t) || UNIT_COLUMN_WORDS.contains(&&*t)
                })
                // 项目 merged over 名称 | 投资方 is a group.
                && !merged_across(last, c)
        });
        // A year alone in the first column heads a section of rows ("2021年"), under a
        // header of several columns.
        let year_section = texts.len() == 1
            && grid.row(next).first().is_some_and(|v| !v.is_empty())
            && super::rows::is_year_section(&texts[0])
            && grid.row_texts(last).len() >= 3;
        if hits >= 1
            && hits >= others
            && !section
            && !names_rows
            && !under_kind_word
            && !year_section
            && !has_data_values(grid, next)
        {
            last = next;
        } else {
            break;
        }
    }
    Some(header_at(grid, first, last))
}

/// The header spanning grid rows `first..=last`: each column's texts, group first.
pub fn header_at(grid: &Grid, first: usize, last: usize) -> Header {
    let columns = (0..grid.width)
        .map(|c| {
            let mut segments: Vec<String> = Vec::new();
            for r in first..=last {
                let v = group_cell(grid, r, c, last);
                if v.is_empty() {
                    continue;
                }
                let t = match v {
                    Value::Number(f) if is_year_number(v) => format!("{f}年"),
                    v => v.display(),
                };
                if segments.last() != Some(&t) {
                    segments.push(t);
                }
            }
            segments
        })
        .collect();
    Header {
        first,
        last,
        columns,
    }
}

/// The header a saved layout describes: the first `rows` rows, within the rows the header is
/// looked for in, whose column labels agree with `labels` (its fingerprint) in every column
/// `read` names and in at least four in five of the rest — a changed title, rows added above,
/// a renamed sheet do not matter; a column read under another header (万元 for 亿元) does.
pub fn header_like(
    grid: &Grid,
    labels: &[String],
    rows: usize,
    read: impl Fn(usize) -> bool,
) -> Option<Header> {
    let wanted: Vec<(usize, &String)> = labels
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if wanted.is_empty() || rows == 0 {
        return None;
    }
    let limit = grid.height().min(SEARCH_ROWS);
    (0..limit)
        .filter(|first| first + rows <= grid.height())
        .map(|first| header_at(grid, first, first + rows - 1))
        .find(|header| {
            let agrees = |c: usize, label: &str| compacted(&header.label(c)) == compacted(label);
            let agree = wanted.iter().filter(|(c, label)| agrees(*c, label)).count();
            agree * 5 >= wanted.len() * 4
                && wanted
                    .iter()
                    .all(|(c, label)| !read(*c) || agrees(*c, label))
        })
}

/// A header cell, or for an empty group cell over a leaf, the group to its left that was
/// typed once over its columns without a merge (新签约项目 over 任务数 | 完成数 | 完成率).
fn group_cell(grid: &Grid, row: usize, col: usize, last: usize) -> &Value {
    let own = grid.value(row, col);
    let has_leaf = |c: usize| (row + 1..=last).any(|r| !grid.value(r, c).is_empty());
    if !own.is_empty() || row == last || !has_leaf(col) {
        return own;
    }
    (0..col)
        .rev()
        .map(|c| (c, grid.value(row, c)))
        .take_while(|(c, _)| has_leaf(*c))
        .find(|(_, v)| !v.is_empty())
        .map_or(own, |(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::periods::{money_unit_in, MoneyUnit};
    use proptest::prelude::*;

    fn t(s: &str) -> Value {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.into())
        }
    }

    #[test]
    fn header_below_titles_with_groups() {
        let grid = Grid::from_values(vec![
            vec![t("2026年各街道（镇、园区）招商引资目标任务分解表")],
            vec![t(""), t(""), t(""), t("单位：个、亿元")],
            vec![
                t("序号"),
                t("单位"),
                t("项目数（个）"),
                t(""),
                t("资金（亿元）"),
            ],
            vec![
                t(""),
                t(""),
                t("新签约项目"),
                t("其中：超亿元项目"),
                t("计划总投资"),
            ],
            vec![Value::Number(1.0), t("城东街道"), Value::Number(4.0)],
        ]);
        let h = find_header(&grid).unwrap();
        assert_eq!((h.first, h.last), (2, 3));
        assert_eq!(h.label(2), "项目数（个）/新签约项目");
        assert_eq!(h.label(4), "资金（亿元）/计划总投资");
    }

    proptest! {
        /// A header made of known words is found below any number of title rows and above
        /// any data, whatever the spacing and width of its words.
        #[test]
        fn header_found_in_generated_tables(
            titles in 0usize..4,
            blank_between in any::<bool>(),
            two_rows in any::<bool>(),
            full_width in any::<bool>(),
            data_rows in 1usize..6,
        ) {
            let mut rows = Vec::new();
            for i in 0..titles {
                rows.push(vec![t(&format!("某某街道招商引资项目台账第{i}页"))]);
            }
            if blank_between { rows.push(vec![]); }
            let paren = |s: &str| if full_width { format!("{s}（万元）") } else { format!("{s}(万元)") };
            let first = rows.len();
            if two_rows {
                rows.push(vec![t("序号"), t("项目基本情况"), t(""), t("签约情况")]);
                rows.push(vec![t(""), t("项目 名称"), t("产业类别"), t(&paren("计划总投资"))]);
            } else {
                rows.push(vec![t("序号"), t("项目名称"), t("产业类别"), t(&paren("协议投资额"))]);
            }
            for i in 0..data_rows {
                rows.push(vec![Value::Number(i as f64 + 1.0), t("某项目"), t("电子信息"), Value::Number(12500.0)]);
            }
            let grid = Grid::from_values(rows);
            let h = find_header(&grid).unwrap();
            prop_assert_eq!(h.first, first);
            prop_assert_eq!(h.last, first + usize::from(two_rows));
            prop_assert_eq!(money_unit_in(&h.label(3)), Some(MoneyUnit::Wan));
        }
    }
}
