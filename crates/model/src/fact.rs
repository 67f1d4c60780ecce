//! Facts: one target or actual figure for a scope, indicator and span, with its provenance.

use crate::{Indicator, Provenance, Scope, Span};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Whether a figure is a target (目标, 任务数) or an actual (完成数).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// 目标 / 任务数.
    Target,
    /// 完成 / 完成数.
    Actual,
}

/// What a fact is about; two facts with the same key say the same thing.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FactKey {
    /// District or unit.
    pub scope: Scope,
    /// The indicator.
    pub indicator: Indicator,
    /// The time covered.
    pub span: Span,
    /// Target or actual.
    pub kind: FactKind,
}

/// A reported figure. Counts are integers and money is in 亿元, both exact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// What the figure is about.
    pub key: FactKey,
    /// The value (亿元 for money).
    pub value: Decimal,
    /// Where it was read.
    pub source: Provenance,
}
