//! Ledger projects (项目台账) and the stage they are at.

use crate::{Provenance, UnitName};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// 1 亿元: the threshold of 超亿元项目 (inclusive).
pub const OVER_100M_YI: Decimal = Decimal::ONE;
/// 10 亿元: the threshold of 10亿元以上项目 (inclusive).
pub const OVER_1B_YI: Decimal = Decimal::TEN;

/// How far a project has come (挂图作战 board columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 在谈: under negotiation; never counts as signed.
    Negotiating,
    /// 已签约: signed.
    Signed,
    /// 已开工: construction started.
    Started,
    /// 已投产: in production.
    InProduction,
}

impl Stage {
    /// Every stage in board order.
    pub const ALL: [Stage; 4] = [
        Stage::Negotiating,
        Stage::Signed,
        Stage::Started,
        Stage::InProduction,
    ];

    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Stage::Negotiating => "在谈",
            Stage::Signed => "已签约",
            Stage::Started => "已开工",
            Stage::InProduction => "已投产",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Stage::Negotiating => "Negotiating",
            Stage::Signed => "Signed",
            Stage::Started => "Started",
            Stage::InProduction => "In production",
        }
    }

    /// Whether the project has been signed at this stage (everything but 在谈).
    pub fn is_signed(self) -> bool {
        self != Stage::Negotiating
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

/// One row of a project ledger.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// 项目名称.
    pub name: String,
    /// The unit whose ledger lists it.
    pub unit: UnitName,
    /// 产业类别.
    #[serde(default)]
    pub industry: Option<String>,
    /// 签约日期; `None` for projects not yet signed.
    #[serde(default)]
    pub signed_on: Option<NaiveDate>,
    /// 计划总投资 in 亿元, exact.
    #[serde(default)]
    pub planned_investment: Option<Decimal>,
    /// 是否外资.
    #[serde(default)]
    pub foreign: Option<bool>,
    /// 企业性质 (国企, 民企 …).
    #[serde(default)]
    pub enterprise_type: Option<String>,
    /// 项目进度.
    #[serde(default)]
    pub stage: Option<Stage>,
    /// 责任人.
    #[serde(default)]
    pub responsible: Option<String>,
    /// Where the row was read.
    pub source: Provenance,
}

impl Project {
    /// The signing date if the project counts as signed: it has a date and is not 在谈.
    pub fn signed_date(&self) -> Option<NaiveDate> {
        match self.stage {
            Some(Stage::Negotiating) => None,
            _ => self.signed_on,
        }
    }

    /// The stage shown on the board: the recorded one, else 已签约 when signed, else 在谈.
    pub fn board_stage(&self) -> Stage {
        self.stage.unwrap_or(if self.signed_on.is_some() {
            Stage::Signed
        } else {
            Stage::Negotiating
        })
    }

    /// Signed year and month, if signed.
    pub fn signed_month(&self) -> Option<(i32, u32)> {
        self.signed_date().map(|d| (d.year(), d.month()))
    }

    /// Signed with planned investment ≥ 1 亿元.
    pub fn is_over_100m(&self) -> bool {
        self.planned_investment.is_some_and(|v| v >= OVER_100M_YI)
    }

    /// Signed with planned investment ≥ 10 亿元.
    pub fn is_over_1b(&self) -> bool {
        self.planned_investment.is_some_and(|v| v >= OVER_1B_YI)
    }
}
