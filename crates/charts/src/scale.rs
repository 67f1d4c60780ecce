//! Value axes with round steps, and the hand-made second axis for rates: the rate line is
//! scaled so that the left axis' grid lines fall on round percentages too, and the right axis
//! is labelled with them.

/// The number of grid steps a value axis aims for.
const TARGET_TICKS: f64 = 5.0;

/// A round step (1, 2, 2.5, 5 × 10ⁿ) at least `raw`; whole numbers only (1, 2, 5 × 10ⁿ) when
/// `integer`.
pub(crate) fn nice_step(raw: f64, integer: bool) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 2.5 && !(integer && magnitude < 10.0) {
        2.5
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    let step = nice * magnitude;
    if integer {
        step.max(1.0).round()
    } else {
        step
    }
}

/// A value axis from 0 in `ticks` round steps, and the matching rate axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Axes {
    /// Number of steps above 0.
    pub ticks: u32,
    /// The value step.
    pub value_step: f64,
    /// The rate step in percent (the right axis reads `k × rate_step`% at `k × value_step`).
    pub rate_step: f64,
}

/// The share of the value grid the rate line may take when it is drawn across the bars rather
/// than above them.
pub(crate) const RATE_SHARE_ACROSS_BARS: f64 = 0.65;

impl Axes {
    /// Axes covering bars up to `max_value` and rates (ratios) up to `max_rate`, the highest
    /// rate at no more than `rate_share` of the grid's height (1.0: up to the top, so the line
    /// tends to run above the bars; less: across them).
    pub(crate) fn new(max_value: f64, max_rate: f64, integer: bool, rate_share: f64) -> Self {
        let value_step = nice_step(max_value / TARGET_TICKS, integer);
        let value_ticks = (max_value / value_step).ceil().max(1.0);
        let max_percent = (max_rate * 100.0).max(0.0);
        let rate_step = nice_step(
            max_percent / (value_ticks * rate_share.clamp(0.1, 1.0)),
            false,
        )
        .max(1.0);
        let rate_ticks = (max_percent / rate_step).ceil();
        Self {
            ticks: value_ticks.max(rate_ticks).max(1.0) as u32,
            value_step,
            rate_step,
        }
    }

    /// The top of the grid.
    pub(crate) fn top(&self) -> f64 {
        f64::from(self.ticks) * self.value_step
    }

    /// Where a rate (ratio) sits on the value axis.
    pub(crate) fn rate_to_value(&self, ratio: f64) -> f64 {
        ratio * 100.0 / self.rate_step * self.value_step
    }

    /// The rate (in percent) the right axis shows at a value-axis position.
    pub(crate) fn value_to_percent(&self, value: f64) -> f64 {
        value / self.value_step * self.rate_step
    }
}

/// A tick label: whole numbers without decimals, others with as few as the step needs.
pub(crate) fn tick_label(value: f64, step: f64) -> String {
    let decimals = if step.fract().abs() < 1e-9 {
        0
    } else if (step * 10.0).fract().abs() < 1e-9 {
        1
    } else {
        2
    };
    format!("{value:.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(80.0, false), 100.0);
        assert_eq!(nice_step(17.0, false), 20.0);
        assert_eq!(nice_step(0.43, false), 0.5);
        assert_eq!(nice_step(2.2, false), 2.5);
        assert_eq!(nice_step(2.2, true), 5.0);
        assert_eq!(nice_step(0.3, true), 1.0);
        assert_eq!(nice_step(0.0, false), 1.0);
    }

    #[test]
    fn the_rate_axis_shares_the_grid_of_the_value_axis() {
        // Bars up to 398 亿元, rates up to 127.69%.
        let axes = Axes::new(398.0, 1.2769, false, 1.0);
        assert_eq!(axes.value_step, 100.0);
        assert_eq!(axes.ticks, 4);
        assert_eq!(axes.rate_step, 50.0);
        assert_eq!(axes.top(), 400.0);
        // Every grid line is a round percentage, and the line stays inside the grid.
        assert_eq!(axes.value_to_percent(100.0), 50.0);
        assert_eq!(axes.value_to_percent(400.0), 200.0);
        assert!((axes.rate_to_value(1.2769) - 255.38).abs() < 1e-9);
        assert!(axes.rate_to_value(1.2769) <= axes.top());
        // A rate far above the bars adds grid lines rather than leaving the plot.
        let axes = Axes::new(10.0, 5.0, true, 1.0);
        assert!(axes.rate_to_value(5.0) <= axes.top());
        // Across the bars: the highest rate at most 65% of the way up.
        let axes = Axes::new(398.0, 1.2769, false, RATE_SHARE_ACROSS_BARS);
        assert_eq!((axes.ticks, axes.rate_step), (4, 50.0));
        assert!(axes.rate_to_value(1.2769) <= 0.65 * axes.top());
        assert_eq!(tick_label(2.5, 0.5), "2.5");
        assert_eq!(tick_label(300.0, 100.0), "300");
    }
}
