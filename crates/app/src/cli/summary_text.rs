//! The text of `planboard summary` without `--json`: aligned tables for a terminal.

use crate::strings::{self, Lang};
use planboard_model::{completion_rate, format, PlanPeriod, Row, ScopeSummary, Summary};
use std::fmt::Write;

/// The district's figures by plan period and by year, then each unit's by plan period.
pub fn summary_text(lang: Lang, summary: &Summary) -> String {
    let mut out = String::new();
    out.push_str(&strings::summary_title(lang, summary.as_of.as_deref()));
    out.push('\n');
    if summary.district.periods.is_empty() && summary.district.years.is_empty() {
        out.push_str(strings::summary_empty(lang));
        out.push('\n');
        return out;
    }
    write_scope(&mut out, lang, &summary.district, true);
    for (unit, scope) in &summary.by_unit {
        out.push_str(&format!("\n【{unit}】\n"));
        write_scope(&mut out, lang, scope, false);
    }
    out
}

fn write_scope(out: &mut String, lang: Lang, scope: &ScopeSummary, with_years: bool) {
    out.push_str(&format!("\n{}\n", strings::summary_by_period(lang)));
    // The map is ordered by name (十三五, 十五五, 十四五): put the periods in time order.
    let mut periods: Vec<(Option<PlanPeriod>, &String, &Row)> = scope
        .periods
        .iter()
        .map(|(name, row)| (PlanPeriod::parse(name), name, row))
        .collect();
    periods.sort_by_key(|(period, _, _)| *period);
    for (period, name, row) in periods {
        let title = period.map_or_else(|| name.clone(), |p| strings::period_name(lang, p));
        write_table(out, lang, &title, row);
    }
    if with_years {
        out.push_str(&format!("\n{}\n", strings::summary_by_year(lang)));
        for (year, row) in &scope.years {
            write_table(out, lang, &strings::year_heading(lang, year), row);
        }
    }
}

/// Column widths in terminal cells: indicator, then target, actual and rate.
const WIDTHS: [usize; 4] = [30, 12, 12, 10];

fn write_table(out: &mut String, lang: Lang, title: &str, row: &Row) {
    out.push_str(&format!("{title}\n"));
    let header = [
        strings::column_indicator(lang).to_string(),
        strings::column_target(lang).to_string(),
        strings::column_actual(lang).to_string(),
        strings::column_rate(lang).to_string(),
    ];
    write_line(out, &header);
    for &(indicator, target, actual) in &row.0 {
        write_line(
            out,
            &[
                strings::indicator_with_unit(lang, indicator),
                format::value(indicator, target),
                format::value(indicator, actual),
                format::percent(completion_rate(actual, target)),
            ],
        );
    }
}

/// One line: the first cell left-aligned, the figures right-aligned.
fn write_line(out: &mut String, cells: &[String; 4]) {
    out.push_str("  ");
    for (i, (cell, width)) in cells.iter().zip(WIDTHS).enumerate() {
        let pad = " ".repeat(width.saturating_sub(display_width(cell)));
        // Writing to a String cannot fail.
        let _ = if i == 0 {
            write!(out, "{cell}{pad}")
        } else {
            write!(out, "{pad}{cell}")
        };
    }
    out.push('\n');
}

/// The width of `text` in terminal cells: Chinese characters and full-width forms take two.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_two_cells() {
        assert_eq!(display_width("新签约项目（个）"), 16);
        assert_eq!(display_width("123.00%"), 7);
    }
}
