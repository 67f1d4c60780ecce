//! The indicator catalogue (指标): stable keys, names, units of measure and how each actual is
//! obtained.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the indicators the bureau tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// 新签约项目: projects signed in the year.
    SignedProjects,
    /// 超亿元项目 (其中): signed projects with planned investment ≥ 1 亿元.
    ProjectsOver100m,
    /// 10亿元以上项目 (其中): signed projects with planned investment ≥ 10 亿元.
    ProjectsOver1b,
    /// 外资项目: signed foreign-funded projects.
    ForeignProjects,
    /// 计划总投资: planned investment of the projects signed, in 亿元.
    PlannedInvestment,
    /// 实际到位资金: money received in the year, in 亿元 (reported).
    FundsInPlace,
    /// 外出招商次数: promotion trips (reported, district level).
    OutboundTrips,
}

/// Whether an indicator counts things or sums money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// An exact integer count.
    Count,
    /// An exact amount of money in 亿元.
    Money,
}

/// Where an indicator's actual comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Derived from the project ledgers (项目台账).
    Ledger,
    /// Reported in progress reports (完成情况表).
    Reported,
}

impl Indicator {
    /// Every indicator, in the order reports list them.
    pub const ALL: [Indicator; 7] = [
        Indicator::SignedProjects,
        Indicator::ProjectsOver100m,
        Indicator::ProjectsOver1b,
        Indicator::ForeignProjects,
        Indicator::PlannedInvestment,
        Indicator::FundsInPlace,
        Indicator::OutboundTrips,
    ];

    /// The stable key (`signed_projects`, …).
    pub fn key(self) -> &'static str {
        match self {
            Indicator::SignedProjects => "signed_projects",
            Indicator::ProjectsOver100m => "projects_over_100m",
            Indicator::ProjectsOver1b => "projects_over_1b",
            Indicator::ForeignProjects => "foreign_projects",
            Indicator::PlannedInvestment => "planned_investment",
            Indicator::FundsInPlace => "funds_in_place",
            Indicator::OutboundTrips => "outbound_trips",
        }
    }

    /// Looks an indicator up by its stable key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }

    /// The Chinese name (新签约项目, …).
    pub fn name_zh(self) -> &'static str {
        match self {
            Indicator::SignedProjects => "新签约项目",
            Indicator::ProjectsOver100m => "超亿元项目",
            Indicator::ProjectsOver1b => "10亿元以上项目",
            Indicator::ForeignProjects => "外资项目",
            Indicator::PlannedInvestment => "计划总投资",
            Indicator::FundsInPlace => "实际到位资金",
            Indicator::OutboundTrips => "外出招商次数",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Indicator::SignedProjects => "Signed projects",
            Indicator::ProjectsOver100m => "Projects ≥ 100M yuan",
            Indicator::ProjectsOver1b => "Projects ≥ 1B yuan",
            Indicator::ForeignProjects => "Foreign-funded projects",
            Indicator::PlannedInvestment => "Planned investment",
            Indicator::FundsInPlace => "Funds in place",
            Indicator::OutboundTrips => "Promotion trips",
        }
    }

    /// The Chinese unit of measure: 个, 亿元 or 次.
    pub fn unit_zh(self) -> &'static str {
        match self.measure() {
            Measure::Money => "亿元",
            Measure::Count if self == Indicator::OutboundTrips => "次",
            Measure::Count => "个",
        }
    }

    /// The English unit of measure.
    pub fn unit_en(self) -> &'static str {
        match self.measure() {
            Measure::Money => "100M yuan",
            Measure::Count if self == Indicator::OutboundTrips => "trips",
            Measure::Count => "projects",
        }
    }

    /// Count or money.
    pub fn measure(self) -> Measure {
        match self {
            Indicator::PlannedInvestment | Indicator::FundsInPlace => Measure::Money,
            _ => Measure::Count,
        }
    }

    /// Derived from the ledger or reported.
    pub fn source(self) -> Source {
        match self {
            Indicator::FundsInPlace | Indicator::OutboundTrips => Source::Reported,
            _ => Source::Ledger,
        }
    }

    /// The indicator this one is a "其中" (of which) part of.
    pub fn parent(self) -> Option<Indicator> {
        match self {
            Indicator::ProjectsOver100m => Some(Indicator::SignedProjects),
            Indicator::ProjectsOver1b => Some(Indicator::ProjectsOver100m),
            _ => None,
        }
    }
}

impl fmt::Display for Indicator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_consistent() {
        for i in Indicator::ALL {
            assert_eq!(Indicator::from_key(i.key()), Some(i));
            assert!(!i.name_zh().is_empty() && !i.name_en().is_empty());
        }
        assert_eq!(Indicator::PlannedInvestment.unit_zh(), "亿元");
        assert_eq!(Indicator::OutboundTrips.unit_zh(), "次");
        assert_eq!(Indicator::SignedProjects.unit_zh(), "个");
        assert_eq!(
            Indicator::ProjectsOver1b.parent(),
            Some(Indicator::ProjectsOver100m)
        );
        assert_eq!(Indicator::FundsInPlace.source(), Source::Reported);
    }
}
