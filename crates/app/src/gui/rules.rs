//! The colour rules of the overview cards: how far behind 序时进度 is yellow, and what is red.

use planboard_model::{format, Decimal};
use serde::{Deserialize, Serialize};

/// The rule in force. Both schemes bureaus use are offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColourRule {
    /// By the gap to 序时进度 in percentage points: on schedule green, up to `yellow_points`
    /// points behind yellow, more red.
    PointGap {
        /// The most points behind that is still yellow.
        yellow_points: u32,
    },
    /// By the relative shortfall against 序时进度 (1 − 完成率 ÷ 序时进度): none green, up to
    /// `yellow_percent` % yellow, more red.
    Shortfall {
        /// The largest shortfall, in percent, that is still yellow.
        yellow_percent: u32,
    },
}

impl Default for ColourRule {
    fn default() -> Self {
        ColourRule::PointGap { yellow_points: 10 }
    }
}

/// Where a figure stands against its schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// At or ahead of 序时进度 (green).
    OnSchedule,
    /// Behind, within the rule's margin (yellow).
    Behind,
    /// Further behind (red).
    FarBehind,
    /// No completion rate (no target or no actual).
    Unknown,
}

impl ColourRule {
    /// The margin of the rule (points or percent).
    pub fn margin(self) -> u32 {
        match self {
            ColourRule::PointGap { yellow_points } => yellow_points,
            ColourRule::Shortfall { yellow_percent } => yellow_percent,
        }
    }

    /// The same scheme with another margin.
    pub fn with_margin(self, margin: u32) -> Self {
        match self {
            ColourRule::PointGap { .. } => ColourRule::PointGap {
                yellow_points: margin,
            },
            ColourRule::Shortfall { .. } => ColourRule::Shortfall {
                yellow_percent: margin,
            },
        }
    }

    /// Classifies a completion rate against the schedule progress (1 for a finished year).
    pub fn classify(self, rate: Option<Decimal>, progress: Decimal) -> Status {
        let Some(rate) = rate else {
            return Status::Unknown;
        };
        match self {
            ColourRule::PointGap { yellow_points } => {
                let gap = format::schedule_gap(rate, progress);
                if gap >= Decimal::ZERO {
                    Status::OnSchedule
                } else if -gap <= Decimal::from(yellow_points) {
                    Status::Behind
                } else {
                    Status::FarBehind
                }
            }
            ColourRule::Shortfall { yellow_percent } => {
                if progress.is_zero() || rate >= progress {
                    return Status::OnSchedule;
                }
                let shortfall = (Decimal::ONE - rate / progress) * Decimal::ONE_HUNDRED;
                if shortfall <= Decimal::from(yellow_percent) {
                    Status::Behind
                } else {
                    Status::FarBehind
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(percent: i64) -> Option<Decimal> {
        Some(Decimal::new(percent, 2))
    }

    #[test]
    fn point_gap_rule() {
        let rule = ColourRule::PointGap { yellow_points: 10 };
        let progress = planboard_model::schedule_progress(10);
        assert_eq!(rule.classify(ratio(84), progress), Status::OnSchedule);
        assert_eq!(rule.classify(ratio(80), progress), Status::Behind);
        assert_eq!(rule.classify(ratio(70), progress), Status::FarBehind);
        assert_eq!(rule.classify(None, progress), Status::Unknown);
    }

    #[test]
    fn shortfall_rule() {
        let rule = ColourRule::Shortfall { yellow_percent: 20 };
        assert_eq!(rule.classify(ratio(100), Decimal::ONE), Status::OnSchedule);
        assert_eq!(rule.classify(ratio(85), Decimal::ONE), Status::Behind);
        assert_eq!(rule.classify(ratio(79), Decimal::ONE), Status::FarBehind);
    }
}
