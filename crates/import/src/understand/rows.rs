//! Classifying the rows of a sheet: blank, title, header, totals, sections, notes, footer,
//! a second table below the main one, and data.

use crate::grid::Grid;
use crate::layout::{Header, RowClass};
use crate::report::SkipReason;
use crate::synonyms::{
    contains_any, is_header_word, FOOTER_WORDS, NOTE_PREFIXES, OTHER_TABLE_WORDS, TOTAL_WORDS,
};
use crate::values::Value;
use planboard_model::text::compacted;

/// The longest text that can be a total label (合计（含在谈）).
const MAX_TOTAL_LABEL: usize = 10;

/// Whether a text is a 合计 / 总计 / 小计 label.
pub fn is_total_label(text: &str) -> bool {
    // Quick refusal without allocating: every total word starts with one of these.
    if text.len() > 4 * MAX_TOTAL_LABEL || !text.contains(['合', '总', '小', '汇', '全', '累'])
    {
        return false;
    }
    let c = compacted(text);
    c.chars().count() <= MAX_TOTAL_LABEL
        && TOTAL_WORDS.iter().any(|w| {
            c == *w
                || (!w.starts_with('全') && c.starts_with(w))
                || (["合计", "小计", "总计"].contains(w) && c.ends_with(w))
        })
}

/// Whether a text is a section line such as 一、已签约项目 or （二）在谈项目.
pub fn is_section_label(text: &str) -> bool {
    let c = compacted(text);
    let c = c.trim_start_matches('(');
    let numeral: String = c
        .chars()
        .take_while(|ch| "一二三四五六七八九十".contains(*ch))
        .collect();
    if numeral.is_empty() {
        return false;
    }
    let rest = &c[numeral.len()..];
    rest.starts_with('、') || rest.starts_with(')') || rest.starts_with('.')
}

fn is_footer_text(text: &str) -> bool {
    let c = compacted(text);
    contains_any(&c, FOOTER_WORDS)
}

fn is_note_text(text: &str) -> bool {
    let c = compacted(text);
    NOTE_PREFIXES.iter().any(|p| {
        c.starts_with(p)
            && c[p.len()..]
                .chars()
                .next()
                .is_some_and(|ch| ch == ':' || ch == '：' || ch == '1' || *p != "注")
    }) || c == "注"
}

/// Classifies the rows of a table whose header is `header`: rows above it are titles (or
/// blank), its rows are header, rows below are data unless they are blank, totals, sections,
/// notes, a footer (and everything after it) or a second table (and everything after it).
pub fn classify_rows(grid: &Grid, header: &Header) -> Vec<RowClass> {
    let mut out = Vec::with_capacity(grid.height());
    let mut ended: Option<SkipReason> = None;
    let mut seen_data = false;
    // The row's distinct non-empty values, without formatting numbers (this runs for every
    // row of large ledgers, so one list serves all rows).
    let mut distinct: Vec<&Value> = Vec::with_capacity(grid.width);
    let repeated = header_rows(grid, header);
    for r in 0..grid.height() {
        if let Some(reason) = ended {
            out.push(RowClass::Skip(reason));
            continue;
        }
        distinct.clear();
        for value in grid.row(r) {
            if !value.is_empty() && !distinct.contains(&value) {
                distinct.push(value);
            }
        }
        if distinct.is_empty() {
            out.push(RowClass::Skip(SkipReason::Blank));
            continue;
        }
        if r < header.first {
            out.push(RowClass::Skip(SkipReason::Title));
            continue;
        }
        if r <= header.last {
            out.push(RowClass::Skip(SkipReason::Header));
            continue;
        }
        let has_numbers = distinct
            .iter()
            .any(|v| matches!(v, Value::Number(_) | Value::Date(_)));
        let only_text = (distinct.len() == 1).then(|| distinct[0].text()).flatten();
        let other_table_title =
            only_text.is_some_and(|t| contains_any(&compacted(t), OTHER_TABLE_WORDS));
        let texts = || distinct.iter().filter_map(|v| v.text());
        let class = if !has_numbers && distinct.len() <= 3 && texts().any(is_footer_text) {
            ended = Some(SkipReason::Footer);
            SkipReason::Footer
        } else if !has_numbers && repeats_header(grid, &repeated, r) {
            // A section of the same table repeating its header (一、新签约项目 / 二、续建项目).
            SkipReason::Header
        } else if seen_data && (other_table_title || (!has_numbers && looks_like_header(grid, r))) {
            ended = Some(SkipReason::OtherTable);
            SkipReason::OtherTable
        } else if distinct
            .iter()
            .take(3)
            .filter_map(|v| v.text())
            .any(is_total_label)
        {
            SkipReason::Total
        } else if (!has_numbers && section_heading(grid, r).is_some())
            || only_text.is_some_and(is_year_section)
        {
            SkipReason::Section
        } else if only_text.is_some_and(is_note_text) {
            SkipReason::Note
        } else {
            seen_data = true;
            out.push(RowClass::Data);
            continue;
        };
        out.push(RowClass::Skip(class));
    }
    out
}

/// The texts of the header's rows by column, to tell a repeated header.
fn header_rows<'g>(grid: &'g Grid, header: &Header) -> Vec<Vec<(usize, &'g str)>> {
    (header.first..=header.last)
        .map(|r| {
            grid.row(r)
                .iter()
                .enumerate()
                .filter(|(c, _)| !grid.is_copied(r, *c))
                .filter_map(|(c, v)| v.text().map(|t| (c, t.trim())))
                .filter(|(_, t)| !t.is_empty())
                .collect()
        })
        .filter(|texts: &Vec<(usize, &str)>| texts.len() >= 2)
        .collect()
}

/// Whether a row below the header repeats one of the header's rows: at least two thirds of
/// that row's texts again, in the same columns.
fn repeats_header(grid: &Grid, header_rows: &[Vec<(usize, &str)>], row: usize) -> bool {
    let cells = grid.row(row);
    header_rows.iter().any(|texts| {
        let same = texts
            .iter()
            .filter(|(c, t)| {
                cells
                    .get(*c)
                    .and_then(Value::text)
                    .is_some_and(|v| v.trim() == *t)
            })
            .count();
        // Another block's header may stand beside it (序号 | 县区 | 开工率).
        same >= 2 && same * 3 >= texts.len() * 2
    })
}

/// Whether a lone text heads the rows of a year ("2021年", "2021年度").
pub fn is_year_section(text: &str) -> bool {
    let c = compacted(text);
    let body = c.trim_end_matches('度').trim_end_matches('年');
    body.len() == 4 && body.chars().all(|ch| ch.is_ascii_digit())
}

/// The section heading a row starts with (一、固投亿元以上新签约项目情况), if its first text
/// is one; a block beside it may add its own heading.
pub fn section_heading(grid: &Grid, row: usize) -> Option<&str> {
    let first = grid.row(row).iter().find(|v| !v.is_empty())?.text()?;
    is_section_label(first).then_some(first)
}

/// Whether a row below the data looks like the header of another table.
fn looks_like_header(grid: &Grid, row: usize) -> bool {
    let texts = grid.row_texts(row);
    texts.len() >= 3 && texts.iter().filter(|t| is_header_word(t)).count() * 3 >= texts.len() * 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::header::find_header;

    fn t(s: &str) -> Value {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.into())
        }
    }

    #[test]
    fn every_kind_of_row() {
        let n = |f: f64| Value::Number(f);
        let grid = Grid::from_values(vec![
            vec![t("城东街道招商引资项目台账")],
            vec![],
            vec![t("序号"), t("项目名称"), t("计划总投资（万元）")],
            vec![t("一、已签约项目")],
            vec![n(1.0), t("甲项目"), n(100.0)],
            vec![],
            vec![n(2.0), t("乙项目"), n(200.0)],
            vec![t("合计"), t("共2个项目"), n(300.0)],
            vec![t("注：金额单位万元")],
            vec![t("填报单位（盖章）：城东街道　填报人：周敏")],
            vec![n(3.0), t("丙项目"), n(1.0)],
        ]);
        let header = find_header(&grid).unwrap();
        let classes = classify_rows(&grid, &header);
        use RowClass::*;
        use SkipReason::*;
        assert_eq!(
            classes,
            vec![
                Skip(Title),
                Skip(Blank),
                Skip(Header),
                Skip(Section),
                Data,
                Skip(Blank),
                Data,
                Skip(Total),
                Skip(Note),
                Skip(Footer),
                Skip(Footer),
            ]
        );
    }

    #[test]
    fn second_table_is_not_data() {
        let n = |f: f64| Value::Number(f);
        let grid = Grid::from_values(vec![
            vec![t("序号"), t("项目名称"), t("计划总投资（万元）")],
            vec![n(1.0), t("甲项目"), n(100.0)],
            vec![t("附表：在谈项目清单")],
            vec![t("序号"), t("项目名称"), t("计划总投资（万元）")],
            vec![n(1.0), t("乙项目"), n(100.0)],
        ]);
        let header = find_header(&grid).unwrap();
        let classes = classify_rows(&grid, &header);
        assert_eq!(classes[1], RowClass::Data);
        assert!(classes[2..]
            .iter()
            .all(|c| *c == RowClass::Skip(SkipReason::OtherTable)));
        assert!(is_total_label("合 计"));
        assert!(is_total_label("总计"));
        assert!(is_total_label("累计"));
        assert!(!is_total_label("1-10月累计"));
        assert!(!is_total_label("合肥项目"));
        assert!(is_total_label("其中：城区小计"));
        assert!(is_section_label("二、在谈项目"));
        assert!(is_section_label("（一）已签约项目"));
        assert!(!is_section_label("一期工程"));
    }
}
