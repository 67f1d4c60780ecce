//! One catalogue entry: what an indicator is called, what it measures and how its actual is
//! obtained; the seven built-ins.

use super::Indicator;
use crate::{Project, Stage};
use rust_decimal::Decimal;

/// Whether an indicator counts things, sums money or is a ratio.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// An exact integer count.
    Count,
    /// An exact amount of money in the indicator's own unit (亿元, 万元 or 万美元).
    Money,
    /// A ratio of two other indicators (1.0 = 100%).
    Ratio,
}

/// The unit an indicator is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasureUnit {
    /// 个 (projects).
    Ge,
    /// 家 (enterprises).
    Jia,
    /// 次 (times).
    Ci,
    /// 批次 (batches).
    Pici,
    /// 亿元.
    Yi,
    /// 万元.
    Wan,
    /// 万美元: another currency, never added to 元.
    WanUsd,
    /// %: a ratio.
    Percent,
}

impl MeasureUnit {
    /// Every unit, as the catalogue file writes them.
    pub const ALL: [MeasureUnit; 8] = [
        MeasureUnit::Ge,
        MeasureUnit::Jia,
        MeasureUnit::Ci,
        MeasureUnit::Pici,
        MeasureUnit::Yi,
        MeasureUnit::Wan,
        MeasureUnit::WanUsd,
        MeasureUnit::Percent,
    ];

    /// The Chinese word (个, 亿元, % …), as the catalogue file writes it.
    pub fn zh(self) -> &'static str {
        match self {
            MeasureUnit::Ge => "个",
            MeasureUnit::Jia => "家",
            MeasureUnit::Ci => "次",
            MeasureUnit::Pici => "批次",
            MeasureUnit::Yi => "亿元",
            MeasureUnit::Wan => "万元",
            MeasureUnit::WanUsd => "万美元",
            MeasureUnit::Percent => "%",
        }
    }

    /// The English word.
    pub fn en(self) -> &'static str {
        match self {
            MeasureUnit::Ge => "projects",
            MeasureUnit::Jia => "enterprises",
            MeasureUnit::Ci => "trips",
            MeasureUnit::Pici => "batches",
            MeasureUnit::Yi => "100M yuan",
            MeasureUnit::Wan => "10k yuan",
            MeasureUnit::WanUsd => "10k USD",
            MeasureUnit::Percent => "%",
        }
    }

    /// The unit a catalogue file names, if any.
    pub fn from_zh(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.zh() == word.trim())
    }

    /// Count, money or ratio.
    pub fn kind(self) -> Measure {
        match self {
            MeasureUnit::Ge | MeasureUnit::Jia | MeasureUnit::Ci | MeasureUnit::Pici => {
                Measure::Count
            }
            MeasureUnit::Yi | MeasureUnit::Wan | MeasureUnit::WanUsd => Measure::Money,
            MeasureUnit::Percent => Measure::Ratio,
        }
    }

    /// How many 亿元 one of this unit is, for money in 元 (`None` for counts, ratios and
    /// 万美元, which is never converted).
    pub fn in_yi(self) -> Option<Decimal> {
        match self {
            MeasureUnit::Yi => Some(Decimal::ONE),
            MeasureUnit::Wan => Some(Decimal::new(1, 4)),
            _ => None,
        }
    }
}

/// Where an indicator's actual comes from, in short.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Derived from the project ledgers (项目台账).
    Ledger,
    /// Reported in progress reports (完成情况表).
    Reported,
    /// The quotient of two other indicators.
    Ratio,
}

/// Which signed ledger projects an indicator takes, and whether it counts them or sums their
/// planned investment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LedgerRule {
    /// Count the projects (else sum their 计划总投资).
    pub count: bool,
    /// 计划总投资 at least this many 亿元.
    pub investment_at_least_yi: Option<Decimal>,
    /// 计划总投资 below this many 亿元.
    pub investment_below_yi: Option<Decimal>,
    /// The stage is one of these (empty: any).
    pub stage_in: Vec<Stage>,
    /// Foreign-funded (`Some(true)`), domestic (`Some(false)`) or either.
    pub foreign: Option<bool>,
    /// The 产业类别 is one of these (empty: any).
    pub industry_in: Vec<String>,
}

impl LedgerRule {
    /// Whether a signed project meets the rule.
    pub fn takes(&self, p: &Project) -> bool {
        let investment = p.planned_investment.unwrap_or_default();
        self.investment_at_least_yi
            .is_none_or(|min| p.planned_investment.is_some() && investment >= min)
            && self
                .investment_below_yi
                .is_none_or(|max| p.planned_investment.is_some() && investment < max)
            && (self.stage_in.is_empty() || self.stage_in.contains(&p.board_stage()))
            && self.foreign.is_none_or(|f| p.foreign.unwrap_or(false) == f)
            && (self.industry_in.is_empty()
                || p.industry
                    .as_deref()
                    .is_some_and(|i| self.industry_in.iter().any(|w| w.trim() == i.trim())))
    }

    /// What a project adds: 1 for a count, its 计划总投资 in 亿元 for a sum; zero when it is
    /// not taken.
    pub fn value(&self, p: &Project) -> Decimal {
        match (self.takes(p), self.count) {
            (false, _) => Decimal::ZERO,
            (true, true) => Decimal::ONE,
            (true, false) => p.planned_investment.unwrap_or_default(),
        }
    }
}

/// How an indicator's actual is obtained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Obtained {
    /// Read from reports and tables.
    Reported,
    /// Counted or summed from the signed ledger projects that meet a rule.
    Ledger(LedgerRule),
    /// The quotient of two indicators (numerator, denominator), recomputed from its parts and
    /// never summed over units or years.
    Ratio(Indicator, Indicator),
}

impl Obtained {
    /// The short form.
    pub fn source(&self) -> Source {
        match self {
            Obtained::Reported => Source::Reported,
            Obtained::Ledger(_) => Source::Ledger,
            Obtained::Ratio(..) => Source::Ratio,
        }
    }
}

/// One entry of the indicator catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorDef {
    /// The stable key.
    pub key: Indicator,
    /// The Chinese name (新签约项目).
    pub name: String,
    /// The English name.
    pub name_en: Option<String>,
    /// Header words that mean it, besides its name.
    pub synonyms: Vec<String>,
    /// Its unit of measure.
    pub measure: MeasureUnit,
    /// How its actual is obtained.
    pub from: Obtained,
    /// Whether the district figure may be the sum of the units' (not for ratios).
    pub sum_units: bool,
    /// Hidden from views, charts and summaries (its data is still kept).
    pub hidden: bool,
    /// The indicator it is a "其中" (of which) part of.
    pub parent: Option<Indicator>,
}

impl IndicatorDef {
    /// A visible reported entry with no synonyms.
    pub fn new(key: Indicator, name: &str, measure: MeasureUnit, from: Obtained) -> Self {
        IndicatorDef {
            key,
            name: name.to_string(),
            name_en: None,
            synonyms: Vec::new(),
            measure,
            sum_units: measure.kind() != Measure::Ratio,
            from,
            hidden: false,
            parent: None,
        }
    }

    /// What an unknown key shows: its key as a name, a reported count.
    pub(super) fn placeholder(key: Indicator) -> Self {
        Self::new(key, key.key(), MeasureUnit::Ge, Obtained::Reported)
    }

    /// The seven built-ins.
    pub(super) fn builtins() -> Vec<IndicatorDef> {
        let count = |at_least: Option<Decimal>, foreign: Option<bool>| {
            Obtained::Ledger(LedgerRule {
                count: true,
                investment_at_least_yi: at_least,
                foreign,
                ..LedgerRule::default()
            })
        };
        let def = |key, name, en: &str, measure, from, parent| IndicatorDef {
            name_en: Some(en.to_string()),
            parent,
            ..IndicatorDef::new(key, name, measure, from)
        };
        vec![
            def(
                Indicator::SIGNED_PROJECTS,
                "新签约项目",
                "Signed projects",
                MeasureUnit::Ge,
                count(None, None),
                None,
            ),
            def(
                Indicator::PROJECTS_OVER_100M,
                "超亿元项目",
                "Projects ≥ 100M yuan",
                MeasureUnit::Ge,
                count(Some(crate::OVER_100M_YI), None),
                Some(Indicator::SIGNED_PROJECTS),
            ),
            def(
                Indicator::PROJECTS_OVER_1B,
                "10亿元以上项目",
                "Projects ≥ 1B yuan",
                MeasureUnit::Ge,
                count(Some(crate::OVER_1B_YI), None),
                Some(Indicator::PROJECTS_OVER_100M),
            ),
            def(
                Indicator::FOREIGN_PROJECTS,
                "外资项目",
                "Foreign-funded projects",
                MeasureUnit::Ge,
                count(None, Some(true)),
                None,
            ),
            def(
                Indicator::PLANNED_INVESTMENT,
                "计划总投资",
                "Planned investment",
                MeasureUnit::Yi,
                Obtained::Ledger(LedgerRule::default()),
                None,
            ),
            def(
                Indicator::FUNDS_IN_PLACE,
                "实际到位资金",
                "Funds in place",
                MeasureUnit::Yi,
                Obtained::Reported,
                None,
            ),
            def(
                Indicator::OUTBOUND_TRIPS,
                "外出招商次数",
                "Promotion trips",
                MeasureUnit::Ci,
                Obtained::Reported,
                None,
            ),
        ]
    }
}
