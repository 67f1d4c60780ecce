//! What words in a cell or title say about time and money: a year, a month, months to date
//! (1-10月, 上半年), a plan period (十三五), a money unit (万元, 亿元).

use crate::values::Value;
use planboard_model::text::compacted;
use planboard_model::{Decimal, PlanPeriod};

/// A money unit stated in a header or a "单位：万元" line: 元, 万元, 亿元 or 美元, 万美元,
/// 亿美元. Amounts convert within their currency, never from one currency into the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyUnit {
    /// 元.
    Yuan,
    /// 万元.
    Wan,
    /// 亿元.
    Yi,
    /// 美元.
    Usd,
    /// 万美元.
    WanUsd,
    /// 亿美元.
    YiUsd,
}

impl MoneyUnit {
    /// Whether it is a unit of US dollars.
    pub fn is_usd(self) -> bool {
        matches!(self, MoneyUnit::Usd | MoneyUnit::WanUsd | MoneyUnit::YiUsd)
    }

    /// How many 万 of its own currency one of this unit is.
    fn in_wan(self) -> Decimal {
        match self {
            MoneyUnit::Yuan | MoneyUnit::Usd => Decimal::new(1, 4),
            MoneyUnit::Wan | MoneyUnit::WanUsd => Decimal::ONE,
            MoneyUnit::Yi | MoneyUnit::YiUsd => Decimal::from(10_000),
        }
    }

    /// An amount in this unit as an amount in `to`, exactly, when both are of one currency;
    /// `None` across currencies (money in 美元 is never 元).
    pub fn convert(self, value: Decimal, to: MoneyUnit) -> Option<Decimal> {
        (self.is_usd() == to.is_usd()).then(|| value * self.in_wan() / to.in_wan())
    }

    /// The unit a cell names by itself: "万元", "亿美元" (a report's 单位 column).
    pub fn from_word(word: &str) -> Option<MoneyUnit> {
        [
            ("元", MoneyUnit::Yuan),
            ("万元", MoneyUnit::Wan),
            ("亿元", MoneyUnit::Yi),
            ("美元", MoneyUnit::Usd),
            ("万美元", MoneyUnit::WanUsd),
            ("亿美元", MoneyUnit::YiUsd),
        ]
        .into_iter()
        .find_map(|(w, unit)| (w == word).then_some(unit))
    }

    /// The money unit a header label names ("落地资金（元）" → 元), if it names one.
    pub fn named_in(label: &str) -> Option<MoneyUnit> {
        money_unit_in(label)
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
        let usd = |word: &str| t.find(word);
        let wan = t.find("万元");
        let yi = t
            .match_indices("亿元")
            .map(|(i, _)| i)
            .find(|&i| !t[i + "亿元".len()..].starts_with("以上") && !t[..i].ends_with('超'));
        let yuan = t
            .match_indices('元')
            .map(|(i, _)| i)
            .find(|&i| !t[..i].ends_with(['万', '亿', '美']));
        let dollars = t
            .match_indices("美元")
            .map(|(i, _)| i)
            .find(|&i| !t[..i].ends_with(['万', '亿']));
        [
            (usd("亿美元"), MoneyUnit::YiUsd),
            (usd("万美元"), MoneyUnit::WanUsd),
            (dollars, MoneyUnit::Usd),
            (wan, MoneyUnit::Wan),
            (yi, MoneyUnit::Yi),
            (yuan, MoneyUnit::Yuan),
        ]
        .into_iter()
        .filter_map(|(pos, unit)| pos.map(|p| (p, unit)))
        .min_by_key(|(p, _)| *p)
        .map(|(_, u)| u)
    };
    // "总投资（亿）", "（万）": the unit without 元.
    let bare = || {
        bracketed.split(' ').find_map(|t| match t {
            "亿" => Some(MoneyUnit::Yi),
            "万" => Some(MoneyUnit::Wan),
            _ => None,
        })
    };
    first_unit(&bracketed).or_else(bare).or_else(|| {
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

/// The year a cell states ("2016年", 2016), if any.
pub fn year_of_cell(value: &Value) -> Option<i32> {
    match value {
        Value::Number(f) if f.fract() == 0.0 && (1990.0..=2100.0).contains(f) => Some(*f as i32),
        Value::Text(t) => year_in(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_units() {
        assert_eq!(money_unit_in("计划总投资（万元）"), Some(MoneyUnit::Wan));
        assert_eq!(
            money_unit_in("实际利用外资（亿美元）"),
            Some(MoneyUnit::YiUsd)
        );
        assert_eq!(
            money_unit_in("实际利用外资（万美元）"),
            Some(MoneyUnit::WanUsd)
        );
        assert_eq!(money_unit_in("外资到位（美元）"), Some(MoneyUnit::Usd));
        assert_eq!(
            MoneyUnit::YiUsd.convert(Decimal::new(15, 1), MoneyUnit::WanUsd),
            Some(Decimal::from(15_000))
        );
        assert_eq!(MoneyUnit::YiUsd.convert(Decimal::ONE, MoneyUnit::Wan), None);
        assert_eq!(money_unit_in("计划总投资(亿元)"), Some(MoneyUnit::Yi));
        assert_eq!(money_unit_in("单位：个、亿元"), Some(MoneyUnit::Yi));
        assert_eq!(money_unit_in("单位：万元"), Some(MoneyUnit::Wan));
        assert_eq!(money_unit_in("总投资（亿）"), Some(MoneyUnit::Yi));
        assert_eq!(money_unit_in("投资额(万)"), Some(MoneyUnit::Wan));
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
}
