//! How figures are written for people: counts as integers, money with 2 decimals, rates as
//! percentages with 2 decimals, "—" for nothing.

use crate::{Indicator, Measure};
use rust_decimal::{Decimal, RoundingStrategy};

/// The dash shown where there is no figure.
pub const NONE: &str = "—";

/// Rounds half away from zero to `dp` decimals (the way reports round).
pub fn round(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// A value of `indicator`: "123", "398.00", a ratio "85.00%"; "—" for none.
pub fn value(indicator: Indicator, value: Option<Decimal>) -> String {
    match (value, indicator.measure()) {
        (None, _) => NONE.to_string(),
        (Some(v), Measure::Count) => format!("{}", round(v, 0)),
        (Some(v), Measure::Money) => format!("{:.2}", round(v, 2)),
        (Some(v), Measure::Ratio) => percent(Some(v)),
    }
}

/// A ratio as a percentage: 1.276923 → "127.69%"; "—" for none.
pub fn percent(ratio: Option<Decimal>) -> String {
    match ratio {
        None => NONE.to_string(),
        Some(r) => format!("{:.2}%", round(r * Decimal::ONE_HUNDRED, 2)),
    }
}

/// The gap between a rate and 序时进度 in percentage points as reports compute it: from the
/// percentages as shown (77.78% against 83.33% is 5.55 points behind, written -5.55).
pub fn schedule_gap(rate: Decimal, progress: Decimal) -> Decimal {
    round(rate * Decimal::ONE_HUNDRED, 2) - round(progress * Decimal::ONE_HUNDRED, 2)
}

/// Percentage points with 2 decimals and no sign: 5.55.
pub fn points(points: Decimal) -> String {
    format!("{:.2}", round(points.abs(), 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn formats_like_the_reports() {
        assert_eq!(percent(Some(dec!(83) / dec!(65))), "127.69%");
        assert_eq!(percent(Some(dec!(412.63) / dec!(358))), "115.26%");
        assert_eq!(percent(Some(dec!(1.23))), "123.00%");
        assert_eq!(percent(None), "—");
        assert_eq!(
            value(Indicator::PLANNED_INVESTMENT, Some(dec!(398))),
            "398.00"
        );
        assert_eq!(value(Indicator::SIGNED_PROJECTS, Some(dec!(123))), "123");
        assert_eq!(value(Indicator::FUNDS_IN_PLACE, None), "—");
        assert_eq!(points(dec!(-5.554)), "5.55");
    }
}
