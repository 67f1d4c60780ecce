//! The layout of a unit table: units down, and figure columns across — a 任务分解表
//! (targets), or results with 目标 / 完成 / 完成率 per indicator; a 年度 column, a year given
//! once per block, or stacked blocks whose headings name their indicator. A 合计 / 全区 row is
//! the district's own figure.

use super::rows::{is_total_label, section_heading};
use super::{rate_roles, Sheet};
use crate::layout::{ColumnRole, Figure, RowClass, Section, When};
use crate::periods::{year_in, ytd_label, MoneyUnit};
use crate::report::SkipReason;
use crate::synonyms::{
    contains_any, header_key, indicator_of, indicator_of_header, is_any, ledger_field, role_of,
    LedgerField, OTHER_PERIOD_WORDS, RATE_WORDS, YEAR_COLUMN_WORDS,
};
use planboard_model::text::{compact, compacted};
use planboard_model::FactKind;
use std::collections::{BTreeSet, HashSet};

/// A unit table's money unit when no header or line states one.
const DEFAULT_MONEY: MoneyUnit = MoneyUnit::Yi;

/// What each column of a unit table holds.
pub fn columns(sheet: &Sheet<'_>, unit_col: usize) -> Vec<ColumnRole> {
    let (grid, header) = (sheet.grid, sheet.header);
    let mut columns = vec![ColumnRole::Ignored; grid.width];
    columns[unit_col] = ColumnRole::Unit;
    if let Some(c) =
        (0..grid.width).find(|&c| c != unit_col && is_any(&header.label(c), YEAR_COLUMN_WORDS))
    {
        columns[c] = ColumnRole::Year;
    }
    let default_field = sheet.default_field();
    figure_columns(sheet, default_field, &mut columns);
    // Stacked blocks: the figure column of each block is the indicator its heading names.
    let block_col = block_column(sheet, unit_col, &columns);
    if let Some(c) = block_col {
        columns[c] = ColumnRole::BlockFigure {
            field: default_field,
            money: sheet.money_of(c, DEFAULT_MONEY),
        };
    }
    rate_roles(sheet, &mut columns);
    columns
}

/// The sections (stacked blocks' headings, years given once) and the rows of the whole
/// district (合计, 全区) of a unit table whose columns are `columns`.
pub fn rows_of(sheet: &Sheet<'_>, columns: &[ColumnRole]) -> (Vec<Section>, BTreeSet<usize>) {
    let (grid, header) = (sheet.grid, sheet.header);
    let block_col = columns
        .iter()
        .position(|r| matches!(r, ColumnRole::BlockFigure { .. }));
    let mut sections: Vec<Section> = Vec::new();
    if block_col.is_some() {
        if let Some((row, heading)) = (0..header.first)
            .rev()
            .find_map(|r| section_heading(grid, r).map(|h| (r, h)))
        {
            sections.push(Section {
                row,
                block: Some(indicator_of(heading)),
                year: None,
                unit: None,
            });
        }
    }
    let mut whole_rows = BTreeSet::new();
    for (r, class) in sheet.rows.iter().enumerate() {
        match class {
            RowClass::Skip(SkipReason::Section) => sections.push(Section {
                row: r,
                block: block_col.and(section_heading(grid, r)).map(indicator_of),
                // A year given once above its rows ("2021年").
                year: grid.row_texts(r).first().and_then(|t| year_in(t)),
                unit: None,
            }),
            RowClass::Skip(SkipReason::Total) => {
                // A total row is the district's own figure when it is the whole (合计, 全区,
                // 2016年小计), never a part (城区小计).
                let whole = (0..grid.width.min(3))
                    .filter_map(|c| grid.value(r, c).text())
                    .find(|t| is_total_label(t))
                    .is_some_and(is_district_total);
                if whole {
                    whole_rows.insert(r);
                }
            }
            _ => {}
        }
    }
    (sections, whole_rows)
}

/// The figure columns: each indicator column, a target unless its header says 完成 / 实际
/// (or the title says the table holds results); rate columns (完成率, 占比) are not figures.
/// The first column of an indicator, year and role counts; a later one (其中：外资到位资金)
/// is a part of it.
fn figure_columns(sheet: &Sheet<'_>, default_field: FactKind, columns: &mut [ColumnRole]) {
    let mut seen = HashSet::new();
    for (c, role) in columns.iter_mut().enumerate() {
        if *role != ColumnRole::Ignored {
            continue;
        }
        let segments = sheet.header.segments(c);
        let label = compact(&sheet.header.label(c));
        // 实际到位资金 names an indicator, not an actual column.
        let role_words = label.replace("实际到位", "");
        // Rates, and figures of another period or a forecast (上年同期, 同比, 预计完成).
        // A ratio the catalogue names (开工率（%）) is a figure of its own, not a stated rate.
        let names_ratio = indicator_of_header(segments)
            .is_some_and(|i| i.measure() == planboard_model::Measure::Ratio);
        if (contains_any(&role_words, RATE_WORDS) && !names_ratio)
            || contains_any(&label, OTHER_PERIOD_WORDS)
        {
            continue;
        }
        // Periods, targets or actuals across under a title naming the indicator
        // (各单位实际到位资金完成情况: 2016年 | 2017年; 年度任务 | 1-9月完成).
        let is_period = |s: &String| {
            let s = compact(s);
            s.chars().count() <= 12
                && (year_in(&s).is_some() || ytd_label(&s).is_some() || role_of(&s).is_some())
        };
        let Some(indicator) = indicator_of_header(segments).or_else(|| {
            sheet
                .title_indicator
                .filter(|_| segments.iter().any(is_period))
        }) else {
            continue;
        };
        let field = segments
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
            // Under no title saying targets or results, 实际到位资金 is what was received.
            .or_else(|| {
                (sheet.title_field().is_none() && label.contains("实际"))
                    .then_some(FactKind::Actual)
            })
            .unwrap_or(default_field);
        // Years across: "2021年/新签约项目", "2026年1-10月".
        let year = segments
            .iter()
            .filter(|s| s.chars().count() <= 12)
            .find_map(|s| year_in(s));
        let when = match segments.iter().find_map(|s| ytd_label(s)) {
            Some(through) => When::YearToDate { year, through },
            None => When::Year(year),
        };
        if seen.insert((indicator, when, field)) {
            *role = ColumnRole::Figure(Figure {
                indicator: Some(indicator),
                field,
                when,
                unit: None,
                money: sheet.money_of(c, DEFAULT_MONEY),
            });
        }
    }
}

/// The figure column of stacked blocks (序号 | 县区 | 项目个数（个）): the first column right of
/// the unit column that is no sequence, rate or indicator column; `None` when the header
/// names indicators itself.
fn block_column(sheet: &Sheet<'_>, unit_col: usize, columns: &[ColumnRole]) -> Option<usize> {
    (unit_col + 1..columns.len())
        .filter(|&c| columns[c] != ColumnRole::Year)
        .find(|&c| {
            let segments = sheet.header.segments(c);
            let label = compact(&sheet.header.label(c));
            !segments.is_empty()
                && !contains_any(&label, RATE_WORDS)
                && ledger_field(segments) != Some(LedgerField::Seq)
        })
        .filter(|&c| {
            columns[c] == ColumnRole::Ignored
                && indicator_of_header(sheet.header.segments(c)).is_none()
        })
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
