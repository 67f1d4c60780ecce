//! Cell values as hand-made workbooks hold them, and the parsers that read numbers, money,
//! percentages, dates, yes/no and stages out of them. Nothing here panics on any input.

use crate::periods::MoneyUnit;
use calamine::{Data, DataRef};
use planboard_model::text::{compacted, fold_char, fold_width};
use planboard_model::{Decimal, NaiveDate, Stage};
use std::borrow::Cow;
use std::str::FromStr;

/// A normalized cell value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// Nothing in the cell (also a text of only white space).
    #[default]
    Empty,
    /// A number as stored.
    Number(f64),
    /// A text, trimmed.
    Text(Box<str>),
    /// A date (a date-formatted number or an ISO date).
    Date(NaiveDate),
    /// TRUE / FALSE.
    Bool(bool),
    /// An error value such as #DIV/0!.
    Error(Box<str>),
    /// A formula whose result the file does not hold (saved by a program that does not
    /// calculate): not zero, not nothing, but unknown. Holds the formula text when known.
    Uncached(Option<Box<str>>),
}

impl Value {
    /// Converts a calamine cell.
    pub fn from_data(data: &Data) -> Value {
        match data {
            Data::Empty => Value::Empty,
            Data::Int(i) => Value::Number(*i as f64),
            Data::Float(f) => Value::Number(*f),
            Data::Bool(b) => Value::Bool(*b),
            Data::String(s) => Value::from_text(s),
            Data::DateTime(dt) => Value::from_cell(DataRef::DateTime(*dt)),
            Data::DateTimeIso(s) => Value::from_cell(DataRef::DateTimeIso(s.clone())),
            Data::DurationIso(s) => Value::Text(s.as_str().into()),
            Data::Error(e) => Value::Error(e.to_string().into_boxed_str()),
        }
    }

    /// Converts a calamine cell, taking its text instead of copying it.
    pub fn from_owned(data: Data) -> Value {
        match data {
            Data::String(s) if !needs_trim(&s) => Value::Text(s.into_boxed_str()),
            other => Value::from_data(&other),
        }
    }

    /// Converts a cell as calamine's cell reader streams it.
    pub fn from_cell(data: DataRef<'_>) -> Value {
        match data {
            DataRef::Empty => Value::Empty,
            DataRef::Int(i) => Value::Number(i as f64),
            DataRef::Float(f) => Value::Number(f),
            DataRef::Bool(b) => Value::Bool(b),
            DataRef::String(s) => Value::from_text(&s),
            DataRef::SharedString(s) => Value::from_text(s),
            DataRef::DateTime(dt) => {
                if dt.is_datetime() {
                    match dt.as_datetime() {
                        Some(d) => Value::Date(d.date()),
                        None => Value::Number(dt.as_f64()),
                    }
                } else {
                    Value::Number(dt.as_f64())
                }
            }
            DataRef::DateTimeIso(s) => {
                match s.get(..10).and_then(|d| NaiveDate::from_str(d).ok()) {
                    Some(d) => Value::Date(d),
                    None => Value::Text(s.into_boxed_str()),
                }
            }
            DataRef::DurationIso(s) => Value::Text(s.into_boxed_str()),
            DataRef::Error(e) => Value::Error(e.to_string().into_boxed_str()),
        }
    }

    /// A text cell: trimmed of white space (no-break spaces included); `Empty` when nothing
    /// is left.
    pub fn from_text(s: &str) -> Value {
        let t = s.trim_matches(is_blank);
        if t.is_empty() {
            Value::Empty
        } else {
            Value::Text(t.into())
        }
    }

    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Value::Empty)
    }

    /// The text, if the cell is text.
    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Whether the cell means "nothing": empty, or a dash such as "—", "-", "/".
    pub fn is_nothing(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => is_dash(t),
            _ => false,
        }
    }

    /// The value as a user would read it (for problem reports).
    pub fn display(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Number(f) => format!("{f}"),
            Value::Text(t) => t.to_string(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Value::Error(e) => e.to_string(),
            Value::Uncached(Some(f)) => format!("={f}"),
            Value::Uncached(None) => "（公式）".to_string(),
        }
    }
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

fn needs_trim(s: &str) -> bool {
    s.starts_with(is_blank) || s.ends_with(is_blank) || s.is_empty()
}

/// Whether a text is a dash meaning "nothing": —, ——, -, --, －, ―, –, /, ／.
pub fn is_dash(text: &str) -> bool {
    // Runs for cells of every row of large ledgers: no allocation.
    let mut any = false;
    for c in text.chars().map(fold_char) {
        if c.is_whitespace() || c == '\u{a0}' {
            continue;
        }
        if !matches!(c, '—' | '-' | '―' | '–' | '‒' | '/' | '─' | '\\') {
            return false;
        }
        any = true;
    }
    any
}

/// Why a cell could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueError {
    /// Not a number.
    NotANumber,
    /// Below zero where only amounts ≥ 0 make sense.
    Negative,
    /// Not a whole number where a count is expected.
    NotWhole,
    /// Not a date.
    NotADate,
    /// A date that does not exist (2023-02-30) or lies outside any sensible range.
    ImpossibleDate,
    /// A date after today.
    FutureDate,
    /// Neither 是 nor 否.
    NotYesNo,
    /// An error value (#REF! …).
    CellError,
    /// A formula without a stored result.
    Uncached,
    /// An amount in 美元 where 元 are expected, or the other way round: never converted.
    OtherCurrency,
}

impl ValueError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> &'static str {
        match self {
            ValueError::NotANumber => "不是有效的数字",
            ValueError::Negative => "金额或数量不能为负数",
            ValueError::NotWhole => "个数应为整数",
            ValueError::NotADate => "不是有效的日期",
            ValueError::ImpossibleDate => "日期不存在或超出合理范围",
            ValueError::FutureDate => "日期晚于今天",
            ValueError::NotYesNo => "应填写“是”或“否”（或“外资”/“内资”）",
            ValueError::CellError => "单元格为错误值（公式出错）",
            ValueError::Uncached => "公式没有保存计算结果，请在 Excel/WPS 中打开并保存后重新导入",
            ValueError::OtherCurrency => "金额的币种与指标不同（美元与人民币不换算）",
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> &'static str {
        match self {
            ValueError::NotANumber => "not a valid number",
            ValueError::Negative => "amounts and counts cannot be negative",
            ValueError::NotWhole => "a count must be a whole number",
            ValueError::NotADate => "not a valid date",
            ValueError::ImpossibleDate => "the date does not exist or is out of range",
            ValueError::FutureDate => "the date is after today",
            ValueError::NotYesNo => "expected 是 or 否 (or 外资 / 内资)",
            ValueError::CellError => "the cell holds an error value (a broken formula)",
            ValueError::Uncached => {
                "the formula has no stored result; open and save the file in Excel/WPS, then import again"
            }
            ValueError::OtherCurrency => {
                "the amount is in another currency than the indicator (US dollars and yuan are never converted)"
            }
        }
    }
}

/// Converts a float read from a cell to an exact decimal through its shortest text form, so
/// 0.1 stays 0.1; rounded to 8 decimals. `None` for NaN, infinities and huge values.
pub fn decimal_from_f64(f: f64) -> Option<Decimal> {
    if !f.is_finite() || f.abs() > 1e20 {
        return None;
    }
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        return Some(Decimal::from(f as i64));
    }
    // The shortest text that reads back as `f` (what Excel shows), written on the stack: this
    // runs for the amounts of every row of large ledgers.
    let mut text = StackText {
        buf: [0; 64],
        len: 0,
    };
    let parsed = if std::fmt::Write::write_fmt(&mut text, format_args!("{f}")).is_ok() {
        Decimal::from_str(text.as_str())
    } else {
        Decimal::from_str(&format!("{f}"))
    };
    parsed.ok().map(|d| d.round_dp(8).normalize())
}

/// A short text written in place, for formatting numbers without allocating.
struct StackText {
    buf: [u8; 64],
    len: usize,
}

impl StackText {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let slot = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Reads a number typed as text: full-width digits, thousands separators, spaces.
pub fn number_from_text(text: &str) -> Option<Decimal> {
    // Runs for the amounts of every row of large ledgers: folded into a buffer on the stack.
    const MAX: usize = 40;
    let mut buf = [0u8; MAX];
    let mut len = 0;
    for c in text.chars().map(fold_char) {
        if c.is_whitespace() || matches!(c, '\u{a0}' | ',' | '、') || (len == 0 && c == '+') {
            continue;
        }
        if !(c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | 'E')) || len == MAX {
            return None;
        }
        buf[len] = c as u8;
        len += 1;
    }
    let t = std::str::from_utf8(&buf[..len]).ok()?;
    if t.is_empty() {
        return None;
    }
    Decimal::from_str(t)
        .ok()
        .or_else(|| Decimal::from_scientific(t).ok())
        .map(|d| d.normalize())
}

/// A number: `Ok(None)` for nothing (empty, "—"), an error for text that is no number.
pub fn parse_number(value: &Value) -> Result<Option<Decimal>, ValueError> {
    match value {
        Value::Empty => Ok(None),
        Value::Number(f) => decimal_from_f64(*f).map(Some).ok_or(ValueError::NotANumber),
        Value::Text(t) if is_dash(t) || is_none_word(t) => Ok(None),
        Value::Text(t) => number_from_text(t).map(Some).ok_or(ValueError::NotANumber),
        Value::Error(_) => Err(ValueError::CellError),
        Value::Uncached(_) => Err(ValueError::Uncached),
        Value::Date(_) | Value::Bool(_) => Err(ValueError::NotANumber),
    }
}

/// Words a clerk types for "nothing here" (无, 暂无, 空).
fn is_none_word(text: &str) -> bool {
    matches!(
        text.trim(),
        "无" | "暂无" | "空" | "没有" | "未填报" | "不适用"
    )
}

/// A number that must not be negative.
pub fn parse_amount(value: &Value) -> Result<Option<Decimal>, ValueError> {
    match parse_number(value)? {
        Some(d) if d.is_sign_negative() && !d.is_zero() => Err(ValueError::Negative),
        other => Ok(other),
    }
}

/// Units of count written after the number ("5个").
const COUNT_SUFFIXES: &[&str] = &["个", "次", "项", "家"];
/// Money units written after the number ("1.2亿元", "3万美元"), longest first.
const MONEY_SUFFIXES: &[(&str, MoneyUnit)] = &[
    ("亿美元", MoneyUnit::YiUsd),
    ("万美元", MoneyUnit::WanUsd),
    ("美元", MoneyUnit::Usd),
    ("亿元", MoneyUnit::Yi),
    ("万元", MoneyUnit::Wan),
    ("亿", MoneyUnit::Yi),
    ("万", MoneyUnit::Wan),
    ("元", MoneyUnit::Yuan),
];

/// An amount of money ≥ 0 converted to 亿元: in the column's `unit`, or in the unit written
/// after the number ("12,500万元", "1.2亿").
pub fn parse_money(value: &Value, unit: MoneyUnit) -> Result<Option<Decimal>, ValueError> {
    parse_money_in(value, unit, MoneyUnit::Yi)
}

/// An amount of money ≥ 0 in the unit written after the number, else the column's `unit`,
/// converted to `to`; an amount in another currency than `to`'s is refused.
fn parse_money_in(
    value: &Value,
    unit: MoneyUnit,
    to: MoneyUnit,
) -> Result<Option<Decimal>, ValueError> {
    let (amount, written) = match value {
        Value::Text(t) => {
            let c = compacted(t);
            match MONEY_SUFFIXES
                .iter()
                .find_map(|(suffix, written)| Some((c.strip_suffix(suffix)?, *written)))
            {
                Some((body, written)) => (parse_amount(&Value::Text(body.into()))?, written),
                None => (parse_amount(value)?, unit),
            }
        }
        _ => (parse_amount(value)?, unit),
    };
    amount
        .map(|d| written.convert(d, to).ok_or(ValueError::OtherCurrency))
        .transpose()
}

/// A count: a whole number ≥ 0 (also "5个").
pub fn parse_count(value: &Value) -> Result<Option<Decimal>, ValueError> {
    if let Value::Text(t) = value {
        let c = compacted(t);
        if let Some(body) = COUNT_SUFFIXES.iter().find_map(|s| c.strip_suffix(s)) {
            return parse_count(&Value::Text(body.into()));
        }
    }
    match parse_amount(value)? {
        Some(d) if d.fract() != Decimal::ZERO => Err(ValueError::NotWhole),
        other => Ok(other),
    }
}

/// A figure of `indicator` in its own measure: a count; a ratio ("93.5%", 0.935, or 93.5
/// written as percentage points: a plain number above 1.5 is taken as points); money in
/// 元 converted to the indicator's 亿元 or 万元 from the column's `money` unit; in 万美元 from
/// a column or cell in 美元, 万美元 or 亿美元 (else as written); never from one currency into
/// the other.
pub fn parse_figure(
    indicator: planboard_model::Indicator,
    value: &Value,
    money: MoneyUnit,
) -> Result<Option<Decimal>, ValueError> {
    use planboard_model::{Measure, MeasureUnit};
    let measure = indicator.def().measure;
    match measure.kind() {
        Measure::Count => parse_count(value),
        Measure::Ratio => {
            let points = matches!(value, Value::Number(_))
                || matches!(value, Value::Text(t) if !t.contains(['%', '％']));
            Ok(parse_percent(value)?.map(|r| {
                if points && r > Decimal::new(15, 1) {
                    r / Decimal::ONE_HUNDRED
                } else {
                    r
                }
            }))
        }
        Measure::Money => match measure {
            // A column naming no dollar unit is in the indicator's own 万美元.
            MeasureUnit::WanUsd => {
                let column = if money.is_usd() {
                    money
                } else {
                    MoneyUnit::WanUsd
                };
                parse_money_in(value, column, MoneyUnit::WanUsd)
            }
            _ => {
                let in_yi = measure.in_yi().unwrap_or(Decimal::ONE);
                Ok(parse_money(value, money)?.map(|yi| yi / in_yi))
            }
        },
    }
}

/// A percentage as a ratio: "123%" → 1.23, "123.5％" → 1.235, 1.23 → 1.23.
pub fn parse_percent(value: &Value) -> Result<Option<Decimal>, ValueError> {
    if let Value::Text(t) = value {
        let folded = fold_width(t);
        if let Some(body) = folded.trim().strip_suffix('%') {
            return number_from_text(body)
                .map(|d| Some(d / Decimal::ONE_HUNDRED))
                .ok_or(ValueError::NotANumber);
        }
    }
    parse_number(value)
}

/// The first and last Excel serial planboard accepts as a date (1900-01-01 … 9999-12-31).
const SERIAL_RANGE: std::ops::RangeInclusive<f64> = 1.0..=2_958_465.0;

/// A date from an Excel serial number (1900 date system).
pub fn date_from_serial(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !SERIAL_RANGE.contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    // Excel counts the non-existent 1900-02-29; serials from 61 on are one day ahead.
    let (base, offset) = if days >= 61 {
        (NaiveDate::from_ymd_opt(1899, 12, 30)?, days)
    } else {
        (NaiveDate::from_ymd_opt(1899, 12, 31)?, days)
    };
    base.checked_add_days(chrono::Days::new(u64::try_from(offset).ok()?))
}

/// A date written as text: 2023年5月8日, 2023.05.08, 2023/5/8, 2023-05-08, 20230508.
pub fn date_from_text(text: &str) -> Result<NaiveDate, ValueError> {
    // A time after the date ("2023-05-08 00:00:00") is ignored.
    let first = text.split_whitespace().next().unwrap_or("");
    let t = compacted(first.split('T').next().unwrap_or(first));
    let t = t.strip_suffix('日').unwrap_or(&t);
    let t = t.strip_suffix('号').unwrap_or(t);
    let mut parts: Vec<&str> = Vec::new();
    let mut separators = String::new();
    let mut start = None;
    for (i, c) in t.char_indices() {
        if c.is_ascii_digit() {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                parts.push(&t[s..i]);
            } else {
                return Err(ValueError::NotADate);
            }
            separators.push(c);
        }
    }
    match start {
        Some(s) => parts.push(&t[s..]),
        None => return Err(ValueError::NotADate),
    }
    let sep_ok = matches!(
        separators.as_str(),
        "年月" | ".." | "//" | "--" | "" | "-/" | "/-"
    );
    if !sep_ok {
        return Err(ValueError::NotADate);
    }
    let (y, m, d) = match parts.as_slice() {
        [ymd] if ymd.len() == 8 => (&ymd[..4], &ymd[4..6], &ymd[6..]),
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => (*y, *m, *d),
        _ => return Err(ValueError::NotADate),
    };
    let (y, m, d) = (
        y.parse::<i32>().map_err(|_| ValueError::NotADate)?,
        m.parse::<u32>().map_err(|_| ValueError::NotADate)?,
        d.parse::<u32>().map_err(|_| ValueError::NotADate)?,
    );
    NaiveDate::from_ymd_opt(y, m, d).ok_or(ValueError::ImpossibleDate)
}

/// A year and month written without a day: "2023年5月", "2023.05", "2023-5".
fn year_month(compact_text: &str) -> Option<(i32, u32)> {
    let t = compact_text.strip_suffix('月').unwrap_or(compact_text);
    let (y, m) = t.split_once(['年', '.', '-', '/'])?;
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
    (1..=12).contains(&m).then_some((y, m))
}

/// A date written without its year ("3月15日", "3月15号") in a sheet whose title or name
/// gives the year.
pub fn date_in_year(text: &str, year: i32) -> Option<NaiveDate> {
    let c = compacted(text);
    let body = c.strip_suffix('日').or_else(|| c.strip_suffix('号'))?;
    let (m, d) = body.split_once('月')?;
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

/// Whether a date text gives only a year and month (the 1st is then assumed).
pub fn is_month_only(text: &str) -> bool {
    let c = compacted(text);
    date_from_text(&c).is_err() && year_month(&c).is_some()
}

/// The earliest year planboard accepts in a date.
const FIRST_YEAR: i32 = 1949;

/// A date in a date column: a real date, a serial number (a Chinese built-in date format that
/// calamine hands back as a plain number), or text; never after `today`.
pub fn parse_date(value: &Value, today: NaiveDate) -> Result<Option<NaiveDate>, ValueError> {
    let date = match value {
        Value::Empty => return Ok(None),
        Value::Text(t) if is_dash(t) => return Ok(None),
        Value::Date(d) => *d,
        // 20230508 typed as a number.
        Value::Number(f) if f.fract() == 0.0 && (19_000_101.0..=21_001_231.0).contains(f) => {
            date_from_text(&format!("{f}"))?
        }
        Value::Number(f) => date_from_serial(*f).ok_or(ValueError::ImpossibleDate)?,
        Value::Text(t) => match date_from_text(t) {
            Ok(d) => d,
            Err(e) => {
                let c = compacted(t);
                if c.len() == 5 && c.chars().all(|ch| ch.is_ascii_digit()) {
                    c.parse::<f64>()
                        .ok()
                        .and_then(date_from_serial)
                        .ok_or(ValueError::ImpossibleDate)?
                } else if let Some((y, m)) = year_month(&c) {
                    NaiveDate::from_ymd_opt(y, m, 1).ok_or(ValueError::ImpossibleDate)?
                } else {
                    return Err(e);
                }
            }
        },
        Value::Error(_) => return Err(ValueError::CellError),
        Value::Uncached(_) => return Err(ValueError::Uncached),
        Value::Bool(_) => return Err(ValueError::NotADate),
    };
    if chrono::Datelike::year(&date) < FIRST_YEAR {
        return Err(ValueError::ImpossibleDate);
    }
    if date > today {
        return Err(ValueError::FutureDate);
    }
    Ok(Some(date))
}

/// 是/否 (also 外资/内资, Y/N, √/×, TRUE/FALSE): `Ok(None)` for nothing.
pub fn parse_yes_no(value: &Value) -> Result<Option<bool>, ValueError> {
    match value {
        Value::Empty => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        Value::Text(t) if is_dash(t) => Ok(None),
        Value::Text(t) => {
            let c = compacted(t);
            let c = if c.bytes().any(|b| b.is_ascii_lowercase()) {
                Cow::Owned(c.to_uppercase())
            } else {
                c
            };
            use crate::synonyms::{
                contains_any, DOMESTIC_HINTS, FOREIGN_HINTS, NO_WORDS, YES_WORDS,
            };
            if YES_WORDS.contains(&c.as_ref()) {
                Ok(Some(true))
            } else if NO_WORDS.contains(&c.as_ref()) || contains_any(&c, DOMESTIC_HINTS) {
                Ok(Some(false))
            } else if contains_any(&c, FOREIGN_HINTS) {
                Ok(Some(true))
            } else {
                Err(ValueError::NotYesNo)
            }
        }
        _ => Err(ValueError::NotYesNo),
    }
}

/// A project's stage from its text (在谈, 已签约, 已开工, 已投产 and their synonyms).
pub fn parse_stage(text: &str) -> Option<Stage> {
    // "已签约未开工": what has not happened yet does not name the stage.
    let c = compacted(text);
    let c = if c.contains('未') {
        Cow::Owned(c.replace("未开工", "").replace("未投产", ""))
    } else {
        c
    };
    crate::synonyms::STAGE_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| c.contains(w)))
        .map(|(stage, _)| *stage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn text(t: &str) -> Value {
        Value::Text(t.into())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn numbers_typed_as_text() {
        assert_eq!(parse_number(&text("12,500.00")), Ok(Some(dec!(12500))));
        assert_eq!(parse_number(&text("１２３")), Ok(Some(dec!(123))));
        assert_eq!(parse_number(&text("12500  ")), Ok(Some(dec!(12500))));
        assert_eq!(parse_number(&text("—")), Ok(None));
        assert_eq!(parse_number(&text("-")), Ok(None));
        assert_eq!(parse_number(&Value::Empty), Ok(None));
        assert_eq!(parse_number(&text("abc")), Err(ValueError::NotANumber));
        assert_eq!(parse_number(&text("一二")), Err(ValueError::NotANumber));
        assert_eq!(parse_amount(&text("-5")), Err(ValueError::Negative));
        assert_eq!(parse_count(&text("1.5")), Err(ValueError::NotWhole));
        assert_eq!(parse_count(&text("5个")), Ok(Some(dec!(5))));
        // 美元 is never 元, written after the number or stated by the column.
        assert_eq!(
            parse_money(&text("3万美元"), MoneyUnit::Yi),
            Err(ValueError::OtherCurrency)
        );
        assert_eq!(
            parse_money(&Value::Number(3.0), MoneyUnit::WanUsd),
            Err(ValueError::OtherCurrency)
        );
        assert_eq!(
            parse_money(&text("12,500万元"), MoneyUnit::Yi),
            Ok(Some(dec!(1.25)))
        );
        assert_eq!(
            parse_money(&text("1.2亿"), MoneyUnit::Wan),
            Ok(Some(dec!(1.2)))
        );
        assert_eq!(
            parse_money(&Value::Number(12500.0), MoneyUnit::Wan),
            Ok(Some(dec!(1.25)))
        );
        assert_eq!(
            parse_money(&text("-3万元"), MoneyUnit::Wan),
            Err(ValueError::Negative)
        );
        assert_eq!(parse_number(&Value::Number(0.1)), Ok(Some(dec!(0.1))));
        assert_eq!(
            parse_number(&Value::Number(f64::NAN)),
            Err(ValueError::NotANumber)
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(parse_percent(&text("123%")), Ok(Some(dec!(1.23))));
        assert_eq!(parse_percent(&text("123.5％")), Ok(Some(dec!(1.235))));
        assert_eq!(parse_percent(&Value::Number(1.23)), Ok(Some(dec!(1.23))));
        assert_eq!(parse_percent(&text("—")), Ok(None));
    }

    #[test]
    fn dates_in_every_form() {
        let d = NaiveDate::from_ymd_opt(2023, 5, 8).unwrap();
        for t in [
            "2023年5月8日",
            "2023.05.08",
            "2023/5/8",
            "2023-05-08",
            "20230508",
            "２０２３年５月８日",
        ] {
            assert_eq!(parse_date(&text(t), today()), Ok(Some(d)), "{t}");
        }
        assert_eq!(parse_date(&Value::Number(45054.0), today()), Ok(Some(d)));
        assert_eq!(parse_date(&Value::Date(d), today()), Ok(Some(d)));
        assert_eq!(parse_date(&Value::Number(20230508.0), today()), Ok(Some(d)));
        assert_eq!(
            parse_date(&text("2023-05-08 00:00:00"), today()),
            Ok(Some(d))
        );
        assert_eq!(parse_date(&text("—"), today()), Ok(None));
        assert_eq!(
            parse_date(&text("2023-02-30"), today()),
            Err(ValueError::ImpossibleDate)
        );
        assert_eq!(
            parse_date(&text("2027-01-01"), today()),
            Err(ValueError::FutureDate)
        );
        assert_eq!(
            parse_date(&text("下周"), today()),
            Err(ValueError::NotADate)
        );
        assert_eq!(
            parse_date(&text("2023年5月"), today()),
            Ok(NaiveDate::from_ymd_opt(2023, 5, 1))
        );
        assert!(is_month_only("2023年5月"));
        assert!(!is_month_only("2023年5月8日"));
        assert_eq!(parse_date(&text("45054"), today()), Ok(Some(d)));
        assert_eq!(
            parse_date(&text("5月8日"), today()),
            Err(ValueError::NotADate)
        );
        assert_eq!(date_from_serial(1.0), NaiveDate::from_ymd_opt(1900, 1, 1));
        assert_eq!(date_from_serial(61.0), NaiveDate::from_ymd_opt(1900, 3, 1));
    }

    #[test]
    fn yes_no_and_stages() {
        assert_eq!(parse_yes_no(&text("是")), Ok(Some(true)));
        assert_eq!(parse_yes_no(&text("外资")), Ok(Some(true)));
        assert_eq!(parse_yes_no(&text(" 否 ")), Ok(Some(false)));
        assert_eq!(parse_yes_no(&text("内资")), Ok(Some(false)));
        assert_eq!(parse_yes_no(&text("不确定")), Err(ValueError::NotYesNo));
        assert_eq!(parse_yes_no(&text("港资")), Ok(Some(true)));
        assert_eq!(
            date_in_year("3月15日", 2024),
            NaiveDate::from_ymd_opt(2024, 3, 15)
        );
        assert_eq!(date_in_year("2024年3月15日", 2024), None);
        assert_eq!(date_in_year("13月1日", 2024), None);
        assert_eq!(parse_yes_no(&text("中外合资企业")), Ok(Some(true)));
        assert_eq!(parse_yes_no(&text("民营企业")), Ok(Some(false)));
        assert_eq!(parse_yes_no(&text("省外资金")), Ok(Some(false)));
        assert_eq!(parse_stage("拟签约"), Some(Stage::Negotiating));
        assert_eq!(parse_stage("签约未开工"), Some(Stage::Signed));
        assert_eq!(parse_stage("已落地"), Some(Stage::Signed));
        assert_eq!(parse_stage("竣工建成"), Some(Stage::InProduction));
        assert_eq!(parse_stage("在谈"), Some(Stage::Negotiating));
        assert_eq!(parse_stage("已投产"), Some(Stage::InProduction));
        assert_eq!(parse_stage("已开工建设"), Some(Stage::Started));
        assert_eq!(parse_stage("已签约"), Some(Stage::Signed));
        assert_eq!(parse_stage("不知道"), None);
        assert_eq!(parse_stage("已签约未开工"), Some(Stage::Signed));
        assert_eq!(parse_stage("已开工未投产"), Some(Stage::Started));
        assert_eq!(parse_stage("未签约"), Some(Stage::Negotiating));
    }

    proptest! {
        #[test]
        fn any_text_never_panics(s in "\\PC{0,30}") {
            let v = Value::Text(s.as_str().into());
            let _ = parse_number(&v);
            let _ = parse_percent(&v);
            let _ = parse_date(&v, today());
            let _ = parse_yes_no(&v);
            let _ = parse_stage(&s);
        }

        #[test]
        fn messy_number_texts_read_exactly(
            int in 0u64..10_000_000_000,
            cents in 0u32..100,
            thousands in any::<bool>(),
            full in any::<bool>(),
            pad in 0usize..3,
        ) {
            let body = if thousands { planboard_testkit::thousands(int) } else { int.to_string() };
            let mut t = format!("{body}.{cents:02}");
            if full { t = planboard_testkit::full_width(&t); }
            t.push_str(&" ".repeat(pad));
            let expected = Decimal::from(int) + Decimal::new(i64::from(cents), 2);
            prop_assert_eq!(parse_number(&Value::Text(t.into())), Ok(Some(expected.normalize())));
        }

        #[test]
        fn floats_convert_through_their_shortest_form(int in 0i64..100_000_000, dp in 0u32..5) {
            let d = Decimal::new(int, dp);
            let f: f64 = d.to_string().parse().unwrap();
            prop_assert_eq!(parse_number(&Value::Number(f)), Ok(Some(d.normalize())));
        }

        #[test]
        fn text_dates_round_trip(y in 1990i32..2026, m in 1u32..=12, d in 1u32..=28, form in 0usize..5) {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let t = match form {
                0 => format!("{y}年{m}月{d}日"),
                1 => format!("{y}.{m:02}.{d:02}"),
                2 => format!("{y}/{m}/{d}"),
                3 => format!("{y}-{m:02}-{d:02}"),
                _ => planboard_testkit::full_width(&format!("{y}-{m}-{d}")),
            };
            prop_assert_eq!(parse_date(&Value::Text(t.into()), today()), Ok(Some(date)));
        }
    }
}
