//! Indicators (指标): a small `Copy` handle whose identity is its stable key, and the catalogue
//! that says everything else about each one (names, measure, how its actual is obtained).
//!
//! The handle's names and measure are looked up in the definitions registered last for its key
//! (the built-ins from the start, a workspace's own entries when its catalogue is adopted), so a
//! figure can be written anywhere without carrying the catalogue around; the rules that compute
//! figures are read from the dataset's own [`Catalogue`].

mod catalogue;
mod def;
mod file;
mod registry;

pub use catalogue::Catalogue;
pub use def::{IndicatorDef, LedgerRule, Measure, MeasureUnit, Obtained, Source};
pub use file::{CatalogueError, CATALOGUE_FORMAT, CATALOGUE_VERSION};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// One indicator, named by its stable key (`signed_projects`, `start_rate` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Indicator(&'static str);

impl Indicator {
    /// 新签约项目: projects signed in the year.
    pub const SIGNED_PROJECTS: Indicator = Indicator("signed_projects");
    /// 超亿元项目 (其中): signed projects with planned investment ≥ 1 亿元.
    pub const PROJECTS_OVER_100M: Indicator = Indicator("projects_over_100m");
    /// 10亿元以上项目 (其中): signed projects with planned investment ≥ 10 亿元.
    pub const PROJECTS_OVER_1B: Indicator = Indicator("projects_over_1b");
    /// 外资项目: signed foreign-funded projects.
    pub const FOREIGN_PROJECTS: Indicator = Indicator("foreign_projects");
    /// 计划总投资: planned investment of the projects signed, in 亿元.
    pub const PLANNED_INVESTMENT: Indicator = Indicator("planned_investment");
    /// 实际到位资金: money received in the year, in 亿元 (reported).
    pub const FUNDS_IN_PLACE: Indicator = Indicator("funds_in_place");
    /// 外出招商次数: promotion trips (reported, district level).
    pub const OUTBOUND_TRIPS: Indicator = Indicator("outbound_trips");

    /// The seven built-in indicators, in the order reports list them.
    pub const BUILTIN: [Indicator; 7] = [
        Indicator::SIGNED_PROJECTS,
        Indicator::PROJECTS_OVER_100M,
        Indicator::PROJECTS_OVER_1B,
        Indicator::FOREIGN_PROJECTS,
        Indicator::PLANNED_INVESTMENT,
        Indicator::FUNDS_IN_PLACE,
        Indicator::OUTBOUND_TRIPS,
    ];

    /// The indicator of a key (interned once; any key is accepted).
    pub fn new(key: &str) -> Self {
        Indicator(registry::intern(key))
    }

    /// The stable key (`signed_projects`, …).
    pub fn key(self) -> &'static str {
        self.0
    }

    /// The indicator of a key that has a registered definition.
    pub fn from_key(key: &str) -> Option<Self> {
        registry::lookup(key).map(|d| d.key)
    }

    /// Whether it is one of the seven built-ins (which can be hidden, never deleted).
    pub fn is_builtin(self) -> bool {
        Self::BUILTIN.contains(&self)
    }

    /// Its registered definition (a placeholder named by the key when none was registered).
    pub fn def(self) -> &'static IndicatorDef {
        registry::def(self)
    }

    /// The Chinese name (新签约项目, …).
    pub fn name_zh(self) -> &'static str {
        &self.def().name
    }

    /// The English name (the Chinese one when none was given).
    pub fn name_en(self) -> &'static str {
        let def = self.def();
        def.name_en.as_deref().unwrap_or(&def.name)
    }

    /// The Chinese unit of measure: 个, 家, 次, 批次, 亿元, 万元, 万美元 or %.
    pub fn unit_zh(self) -> &'static str {
        self.def().measure.zh()
    }

    /// The English unit of measure.
    pub fn unit_en(self) -> &'static str {
        self.def().measure.en()
    }

    /// Count, money or ratio.
    pub fn measure(self) -> Measure {
        self.def().measure.kind()
    }

    /// Derived from the ledger, reported, or a ratio of two others.
    pub fn source(self) -> Source {
        self.def().from.source()
    }

    /// The indicator this one is a "其中" (of which) part of.
    pub fn parent(self) -> Option<Indicator> {
        self.def().parent
    }

    /// Where it stands among the built-ins (custom ones after them).
    fn rank(self) -> usize {
        Self::BUILTIN
            .iter()
            .position(|b| *b == self)
            .unwrap_or(Self::BUILTIN.len())
    }
}

impl Ord for Indicator {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.rank(), self.0).cmp(&(other.rank(), other.0))
    }
}

impl PartialOrd for Indicator {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for Indicator {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Indicator {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        if !file::is_valid_key(&key) {
            return Err(serde::de::Error::custom(format!(
                "not an indicator key: {key:?}"
            )));
        }
        Ok(Indicator::new(&key))
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
    fn the_builtins_are_registered() {
        for i in Indicator::BUILTIN {
            assert_eq!(Indicator::from_key(i.key()), Some(i));
            assert_eq!(Indicator::new(i.key()), i);
            assert!(!i.name_zh().is_empty() && !i.name_en().is_empty());
        }
        assert_eq!(Indicator::PLANNED_INVESTMENT.unit_zh(), "亿元");
        assert_eq!(Indicator::OUTBOUND_TRIPS.unit_zh(), "次");
        assert_eq!(Indicator::SIGNED_PROJECTS.unit_zh(), "个");
        assert_eq!(
            Indicator::PROJECTS_OVER_1B.parent(),
            Some(Indicator::PROJECTS_OVER_100M)
        );
        assert_eq!(Indicator::FUNDS_IN_PLACE.source(), Source::Reported);
        assert!(Indicator::SIGNED_PROJECTS < Indicator::OUTBOUND_TRIPS);
        assert!(Indicator::OUTBOUND_TRIPS < Indicator::new("a_custom_one"));
    }

    #[test]
    fn a_key_serializes_as_itself() {
        let json = serde_json::to_string(&Indicator::FUNDS_IN_PLACE).unwrap();
        assert_eq!(json, "\"funds_in_place\"");
        let back: Indicator = serde_json::from_str("\"started_projects\"").unwrap();
        assert_eq!(back.key(), "started_projects");
        assert!(serde_json::from_str::<Indicator>("\"有 空格\"").is_err());
    }
}
