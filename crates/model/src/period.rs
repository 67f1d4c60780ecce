//! Five-year plan periods (五年规划): 十三五 = 2016–2020, for any ordinal from the 3rd plan on.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The Nth five-year plan. The 3rd plan (1966–1970) is the first with the regular cadence;
/// from it on the Nth plan covers the years 1951+5N … 1955+5N.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PlanPeriod(u32);

/// The first ordinal whose years follow the 1951+5N rule.
const FIRST_REGULAR_ORDINAL: u32 = 3;

impl PlanPeriod {
    /// The plan with this ordinal; `None` before the 3rd plan.
    pub fn new(ordinal: u32) -> Option<Self> {
        (FIRST_REGULAR_ORDINAL..=10_000)
            .contains(&ordinal)
            .then_some(Self(ordinal))
    }

    /// The plan that contains `year`; `None` before 1966.
    pub fn containing(year: i32) -> Option<Self> {
        let ordinal = (year - 1951).div_euclid(5);
        u32::try_from(ordinal).ok().and_then(Self::new)
    }

    /// The ordinal N (13 for 十三五).
    pub fn ordinal(self) -> u32 {
        self.0
    }

    /// First calendar year of the plan.
    pub fn first_year(self) -> i32 {
        1951 + 5 * self.0 as i32
    }

    /// Last calendar year of the plan.
    pub fn last_year(self) -> i32 {
        self.first_year() + 4
    }

    /// The plan's five years in order.
    pub fn years(self) -> std::ops::RangeInclusive<i32> {
        self.first_year()..=self.last_year()
    }

    /// Whether `year` lies in this plan.
    pub fn contains(self, year: i32) -> bool {
        self.years().contains(&year)
    }

    /// The next plan.
    pub fn next(self) -> Self {
        Self(self.0 + 1)
    }

    /// The Chinese short name: 十三五, 十四五, 二十五 … ("the Nth five").
    pub fn name_zh(self) -> String {
        format!("{}五", chinese_numeral(self.0))
    }

    /// An English name: "13th Five-Year Plan".
    pub fn name_en(self) -> String {
        let suffix = match (self.0 % 10, self.0 % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{}{} Five-Year Plan", self.0, suffix)
    }

    /// Parses a name such as 十三五, “十四五”, 十四五时期, 十五五规划 or "13th"; `None` otherwise.
    pub fn parse(text: &str) -> Option<Self> {
        let text = crate::text::compact(text);
        let trimmed = text.trim_matches(|c: char| "“”\"'‘’「」《》".contains(c));
        // Take the leading numeral followed by 五.
        let numeral: String = trimmed
            .chars()
            .take_while(|c| "零一二三四五六七八九十百".contains(*c))
            .collect();
        if let Some(stripped) = numeral.strip_suffix('五') {
            if !stripped.is_empty() {
                if let Some(n) = parse_chinese_numeral(stripped) {
                    return Self::new(n);
                }
            }
        }
        None
    }
}

impl fmt::Display for PlanPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name_zh())
    }
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Writes `n` (1 ≤ n < 10000) in Chinese numerals as used in plan names: 3 → 三, 13 → 十三,
/// 20 → 二十, 21 → 二十一, 105 → 一百零五.
pub fn chinese_numeral(n: u32) -> String {
    if n < 10 {
        return DIGITS[n as usize].to_string();
    }
    if n < 20 {
        let mut s = String::from("十");
        if !n.is_multiple_of(10) {
            s.push(DIGITS[(n % 10) as usize]);
        }
        return s;
    }
    let units = [(1000, '千'), (100, '百'), (10, '十')];
    let mut s = String::new();
    let mut rest = n;
    let mut pending_zero = false;
    for (value, name) in units {
        let digit = rest / value;
        rest %= value;
        if digit > 0 {
            if pending_zero {
                s.push('零');
                pending_zero = false;
            }
            s.push(DIGITS[digit as usize]);
            s.push(name);
        } else if !s.is_empty() {
            pending_zero = true;
        }
    }
    if rest > 0 {
        if pending_zero {
            s.push('零');
        }
        s.push(DIGITS[rest as usize]);
    }
    s
}

/// Reads a Chinese numeral up to the hundreds (十三 → 13, 二十 → 20, 一百零五 → 105).
pub fn parse_chinese_numeral(text: &str) -> Option<u32> {
    let mut total = 0;
    let mut digit: Option<u32> = None;
    for c in text.chars() {
        if let Some(d) = DIGITS.iter().position(|&x| x == c) {
            digit = Some(d as u32);
        } else {
            let scale = match c {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => return None,
            };
            total += digit.unwrap_or(1) * scale;
            digit = None;
        }
    }
    total += digit.unwrap_or(0);
    (total > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteenth_to_fifteenth_plans() {
        let p13 = PlanPeriod::containing(2016).unwrap();
        assert_eq!(p13.ordinal(), 13);
        assert_eq!(p13.name_zh(), "十三五");
        assert_eq!(p13.years(), 2016..=2020);
        assert_eq!(PlanPeriod::containing(2020), Some(p13));
        assert_eq!(PlanPeriod::containing(2021).unwrap().name_zh(), "十四五");
        assert_eq!(PlanPeriod::containing(2026).unwrap().name_zh(), "十五五");
        assert_eq!(PlanPeriod::containing(2030).unwrap().years(), 2026..=2030);
    }

    #[test]
    fn every_ordinal_from_the_third_round_trips() {
        assert_eq!(PlanPeriod::containing(1966).unwrap().name_zh(), "三五");
        assert_eq!(PlanPeriod::containing(1965), None);
        for n in 3..=150 {
            let p = PlanPeriod::new(n).unwrap();
            assert_eq!(p.first_year(), 1951 + 5 * n as i32);
            assert_eq!(p.last_year(), 1955 + 5 * n as i32);
            for y in p.years() {
                assert_eq!(PlanPeriod::containing(y), Some(p));
            }
            assert_eq!(PlanPeriod::parse(&p.name_zh()), Some(p), "{}", p.name_zh());
        }
        assert_eq!(PlanPeriod::new(20).unwrap().name_zh(), "二十五");
        assert_eq!(PlanPeriod::new(21).unwrap().name_zh(), "二十一五");
        assert_eq!(PlanPeriod::new(105).unwrap().name_zh(), "一百零五五");
    }

    #[test]
    fn parses_names_in_context() {
        assert_eq!(
            PlanPeriod::parse("“十四五”时期").map(|p| p.ordinal()),
            Some(14)
        );
        assert_eq!(
            PlanPeriod::parse("十五五规划").map(|p| p.ordinal()),
            Some(15)
        );
        assert_eq!(PlanPeriod::parse("五年"), None);
        assert_eq!(PlanPeriod::parse("2026年"), None);
        assert_eq!(
            PlanPeriod::new(14).unwrap().name_en(),
            "14th Five-Year Plan"
        );
        assert_eq!(
            PlanPeriod::new(21).unwrap().name_en(),
            "21st Five-Year Plan"
        );
    }
}
