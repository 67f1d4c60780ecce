//! Finding a table's header (one to three rows below any title rows), the label of each column
//! (group and leaf joined), and what labels and title lines say: years, months, plan periods,
//! money units.

use crate::grid::Grid;
use crate::synonyms::is_header_word;
use crate::values::Value;
use planboard_model::text::compacted;
use planboard_model::{Decimal, PlanPeriod};

/// How many rows from the top the header is looked for in.
const SEARCH_ROWS: usize = 30;
/// The most rows a header spans.
const MAX_HEADER_ROWS: usize = 3;

/// A table header.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    /// Grid index of the first header row.
    pub first: usize,
    /// Grid index of the last header row (inclusive).
    pub last: usize,
    /// For each column, the distinct header texts from top (group) to bottom (leaf).
    pub columns: Vec<Vec<String>>,
}

impl Header {
    /// The column's label: group and leaf joined with "/".
    pub fn label(&self, col: usize) -> String {
        self.columns
            .get(col)
            .map(|s| s.join("/"))
            .unwrap_or_default()
    }

    /// The column's header texts, group first.
    pub fn segments(&self, col: usize) -> &[String] {
        self.columns.get(col).map_or(&[], Vec::as_slice)
    }
}

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

/// Distinct header words in a row, optionally only among cells not copied from a merge.
fn header_hits(grid: &Grid, row: usize, only_own: bool) -> (usize, usize) {
    let mut hits: Vec<String> = Vec::new();
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
        } else {
            others += 1;
        }
    }
    (hits.len(), others)
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
        let section = texts.len() == 1 && crate::rows::is_section_label(&texts[0]);
        // Group rows carry words such as 其中 or 计划 beside the header words; a data row
        // names a unit or a total.
        let names_rows = texts
            .iter()
            .any(|t| crate::unit::looks_like_unit(t) || crate::rows::is_total_label(t));
        // A year alone in the first column heads a section of rows ("2021年"), under a
        // header of several columns.
        let year_section = texts.len() == 1
            && grid.row(next).first().is_some_and(|v| !v.is_empty())
            && crate::rows::is_year_section(&texts[0])
            && grid.row_texts(last).len() >= 3;
        if hits >= 1
            && hits >= others
            && !section
            && !names_rows
            && !year_section
            && !has_data_values(grid, next)
        {
            last = next;
        } else {
            break;
        }
    }
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
    Some(Header {
        first,
        last,
        columns,
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

/// A money unit stated in a header or a "单位：万元" line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyUnit {
    /// 元.
    Yuan,
    /// 万元.
    Wan,
    /// 亿元.
    Yi,
}

impl MoneyUnit {
    /// Converts an amount in this unit to 亿元, exactly.
    pub fn to_yi(self, value: Decimal) -> Decimal {
        match self {
            MoneyUnit::Yuan => value / Decimal::from(100_000_000),
            MoneyUnit::Wan => value / Decimal::from(10_000),
            MoneyUnit::Yi => value,
        }
    }
}

/// The money unit a text names, preferring one in brackets: "计划总投资（万元）" → 万元,
/// "资金（亿元）" → 亿元; `None` when no unit is named.
pub fn money_unit_in(text: &str) -> Option<MoneyUnit> {
    let c = compacted(text);
    let bracketed: String = {
        let mut out = String::new();
        let mut depth = 0usize;
        for ch in c.chars() {
            match ch {
                '(' | '[' | '【' => depth += 1,
                ')' | ']' | '】' => {
                    depth = depth.saturating_sub(1);
                    out.push(' ');
                }
                _ if depth > 0 => out.push(ch),
                _ => {}
            }
        }
        out
    };
    let first_unit = |t: &str| {
        let wan = t.find("万元");
        let yi = t
            .match_indices("亿元")
            .map(|(i, _)| i)
            .find(|&i| !t[i + "亿元".len()..].starts_with("以上") && !t[..i].ends_with('超'));
        let yuan = t
            .match_indices('元')
            .map(|(i, _)| i)
            .find(|&i| !t[..i].ends_with('万') && !t[..i].ends_with('亿'));
        [
            (wan, MoneyUnit::Wan),
            (yi, MoneyUnit::Yi),
            (yuan, MoneyUnit::Yuan),
        ]
        .into_iter()
        .filter_map(|(pos, unit)| pos.map(|p| (p, unit)))
        .min_by_key(|(p, _)| *p)
        .map(|(_, u)| u)
    };
    first_unit(&bracketed).or_else(|| {
        // Outside brackets only as "单位：万元" or a bare trailing unit.
        let after = c
            .find("单位:")
            .map(|i| &c[i + "单位:".len()..])
            .or_else(|| c.find("单位").map(|i| &c[i + "单位".len()..]))?;
        first_unit(after)
    })
}

/// A lone year in a text ("2026年1-10月…" → 2026); `None` for none or a range (2016-2025).
pub fn year_in(text: &str) -> Option<i32> {
    let c = compacted(text);
    let chars: Vec<char> = c.chars().collect();
    let mut years: Vec<i32> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                let s: String = chars[start..i].iter().collect();
                if let Ok(y) = s.parse::<i32>() {
                    if (1990..=2100).contains(&y) {
                        let range_follows = chars
                            .get(i..i + 2)
                            .is_some_and(|w| "-—~至到–".contains(w[0]) && w[1].is_ascii_digit());
                        if range_follows {
                            return None;
                        }
                        if !years.contains(&y) {
                            years.push(y);
                        }
                    }
                }
            }
        } else {
            i += 1;
        }
    }
    match years.as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}

/// A month column label: "10月", "10月份" → 10.
pub fn month_label(text: &str) -> Option<u32> {
    let c = compacted(text);
    let c = c.strip_suffix('份').unwrap_or(&c);
    let digits = c.strip_suffix('月')?;
    let m: u32 = digits
        .parse()
        .ok()
        .or_else(|| planboard_model::parse_chinese_numeral(digits))?;
    (1..=12).contains(&m).then_some(m)
}

/// A year-to-date label: "1-10月累计", "1—10月", "1至10月", "截至10月累计" → 10.
pub fn ytd_label(text: &str) -> Option<u32> {
    let c = compacted(text);
    // Periods in words: 上半年, 前三季度, 一季度 (the first quarter is January to March).
    const WORDS: &[(&str, u32)] = &[
        ("上半年", 6),
        ("前三季度", 9),
        ("前三个季度", 9),
        ("一季度", 3),
        ("第一季度", 3),
        ("一至三季度", 9),
        ("1-3季度", 9),
    ];
    if let Some((_, through)) = WORDS.iter().find(|(w, _)| c.contains(w)) {
        return Some(*through);
    }
    let body = c.split('月').next()?;
    if c == body {
        return None;
    }
    let through: String = body
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let through: u32 = through.parse().ok()?;
    let head = &body[..body.len() - through.to_string().len()];
    let ok = head.ends_with("1-")
        || head.ends_with("1—")
        || head.ends_with("1~")
        || head.ends_with("1至")
        || head.ends_with("1到")
        || head.ends_with("1–")
        || head.ends_with("截至")
        || head.ends_with("截止");
    (ok && (1..=12).contains(&through)).then_some(through)
}

/// The plan period a text names (“十三五”目标 → 十三五).
pub fn plan_in(text: &str) -> Option<PlanPeriod> {
    let c = compacted(text);
    let chars: Vec<(usize, char)> = c.char_indices().collect();
    for (k, (i, ch)) in chars.iter().enumerate() {
        let numeral = "一二三四五六七八九十百";
        if numeral.contains(*ch) && (k == 0 || !numeral.contains(chars[k - 1].1)) {
            if let Some(p) = PlanPeriod::parse(&c[*i..]) {
                return Some(p);
            }
        }
    }
    None
}

/// Whether a header text is a period label (year, month, 1-10月, 十三五).
pub fn is_period_label(text: &str) -> bool {
    month_label(text).is_some()
        || ytd_label(text).is_some()
        || plan_in(text).is_some()
        || (year_in(text).is_some() && compacted(text).chars().count() <= 8)
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn labels_and_units() {
        assert_eq!(money_unit_in("计划总投资（万元）"), Some(MoneyUnit::Wan));
        assert_eq!(money_unit_in("计划总投资(亿元)"), Some(MoneyUnit::Yi));
        assert_eq!(money_unit_in("单位：个、亿元"), Some(MoneyUnit::Yi));
        assert_eq!(money_unit_in("单位：万元"), Some(MoneyUnit::Wan));
        assert_eq!(money_unit_in("其中：超亿元项目（个）"), None);
        assert_eq!(money_unit_in("计划总投资"), None);
        assert_eq!(year_in("2026年1-10月全区招商引资"), Some(2026));
        assert_eq!(year_in("南湖街道2016-2025年招商引资完成情况"), None);
        assert_eq!(year_in("2016"), Some(2016));
        assert_eq!(month_label("10月"), Some(10));
        assert_eq!(month_label("1-10月"), None);
        assert_eq!(month_label("十月"), Some(10));
        assert_eq!(month_label("十二月份"), Some(12));
        assert_eq!(ytd_label("2026年1-10月全区招商引资"), Some(10));
        assert_eq!(ytd_label("1-10月累计"), Some(10));
        assert_eq!(ytd_label("10月"), None);
        assert_eq!(ytd_label("2025年上半年招商引资情况"), Some(6));
        assert_eq!(ytd_label("前三季度"), Some(9));
        assert_eq!(ytd_label("凤庆县2021年一季度"), Some(3));
        assert_eq!(ytd_label("截至10月底"), Some(10));
        assert_eq!(plan_in("“十三五”目标").map(|p| p.ordinal()), Some(13));
        assert_eq!(plan_in("五年累计"), None);
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
