//! The time a figure covers: a year, one month, the months of a year up to one, or a plan.

use crate::PlanPeriod;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stretch of time a fact is reported for or a query asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Span {
    /// A whole calendar year.
    Year(i32),
    /// One month's own figure (not a running total).
    Month {
        /// Calendar year.
        year: i32,
        /// 1 … 12.
        month: u32,
    },
    /// January through `through` of `year` (1-10月累计).
    YearToDate {
        /// Calendar year.
        year: i32,
        /// The last month included, 1 … 12.
        through: u32,
    },
    /// A whole five-year plan.
    Plan(PlanPeriod),
}

impl Span {
    /// The span in English: 2023, 2026-03, "2026, Jan–10", 13th Five-Year Plan.
    pub fn name_en(self) -> String {
        match self {
            Span::Year(year) => year.to_string(),
            Span::Month { year, month } => format!("{year}-{month:02}"),
            Span::YearToDate { year, through } => format!("{year}, Jan–{through:02}"),
            Span::Plan(period) => period.name_en(),
        }
    }

    /// A month span, `None` unless 1 ≤ month ≤ 12.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        (1..=12)
            .contains(&month)
            .then_some(Span::Month { year, month })
    }

    /// The calendar year the span lies in (the first year for a plan).
    pub fn year(self) -> i32 {
        match self {
            Span::Year(y) | Span::Month { year: y, .. } | Span::YearToDate { year: y, .. } => y,
            Span::Plan(p) => p.first_year(),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Span::Year(y) => write!(f, "{y}年"),
            Span::Month { year, month } => write!(f, "{year}年{month}月"),
            Span::YearToDate { year, through } => write!(f, "{year}年1-{through}月"),
            Span::Plan(p) => write!(f, "{p}"),
        }
    }
}

/// A year and month, as used for the as-of date (数据截至).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    /// Calendar year.
    pub year: i32,
    /// 1 … 12.
    pub month: u32,
}

impl YearMonth {
    /// A year-month, `None` unless 1 ≤ month ≤ 12.
    pub fn new(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    /// Parses `YYYY-MM` (also `YYYY-M`, `YYYY/MM`, `YYYY.MM`).
    pub fn parse(text: &str) -> Option<Self> {
        let (y, m) = text.trim().split_once(['-', '/', '.'])?;
        Self::new(y.parse().ok()?, m.parse().ok()?)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.year, self.month)
    }
}
