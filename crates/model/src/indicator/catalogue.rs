//! The catalogue: the seven built-ins and a workspace's own indicators, in the order views
//! list them, checked as a whole (no duplicate key, no ratio of a missing key, no cycle).

use super::file::CatalogueFile;
use super::{registry, CatalogueError, Indicator, IndicatorDef, Measure, MeasureUnit, Obtained};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashSet;

/// Every indicator a workspace tracks, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    defs: Vec<IndicatorDef>,
}

impl Default for Catalogue {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Catalogue {
    /// The seven built-ins.
    pub fn builtin() -> Self {
        Catalogue {
            defs: IndicatorDef::builtins(),
        }
    }

    /// A catalogue of these entries (built-ins they leave out come first), checked as a whole
    /// and made the definitions indicator handles show.
    pub fn new(entries: Vec<IndicatorDef>) -> Result<Self, CatalogueError> {
        let mut seen = HashSet::new();
        for def in &entries {
            if !seen.insert(def.key) {
                return Err(CatalogueError::DuplicateKey(def.key.key().to_string()));
            }
        }
        let mut defs: Vec<IndicatorDef> = IndicatorDef::builtins()
            .into_iter()
            .filter(|b| !seen.contains(&b.key))
            .collect();
        defs.extend(entries);
        let catalogue = Catalogue { defs };
        catalogue.check()?;
        registry::register(&catalogue);
        Ok(catalogue)
    }

    /// Reads a catalogue file (`planboard-indicators`, INDICATORS.md).
    pub fn from_json(text: &str) -> Result<Self, CatalogueError> {
        Self::new(CatalogueFile::parse(text)?.entries()?)
    }

    /// Writes the catalogue file, every entry included.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&CatalogueFile::of(self)).unwrap_or_default()
    }

    /// Every entry, in order.
    pub fn defs(&self) -> &[IndicatorDef] {
        &self.defs
    }

    /// Every indicator, in order.
    pub fn all(&self) -> Vec<Indicator> {
        self.defs.iter().map(|d| d.key).collect()
    }

    /// The indicators views show, in order.
    pub fn visible(&self) -> Vec<Indicator> {
        self.defs
            .iter()
            .filter(|d| !d.hidden)
            .map(|d| d.key)
            .collect()
    }

    /// The entry of an indicator.
    pub fn get(&self, indicator: Indicator) -> Option<&IndicatorDef> {
        self.defs.iter().find(|d| d.key == indicator)
    }

    /// Whether the catalogue has only the built-ins as they come.
    pub fn is_builtin(&self) -> bool {
        *self == Self::builtin()
    }

    /// Adds an entry or replaces the one with its key; the catalogue is unchanged when the
    /// result would be refused.
    pub fn upsert(&mut self, def: IndicatorDef) -> Result<(), CatalogueError> {
        let mut defs = self.defs.clone();
        match defs.iter_mut().find(|d| d.key == def.key) {
            Some(slot) => *slot = def,
            None => defs.push(def),
        }
        *self = Self::new(defs)?;
        Ok(())
    }

    /// Removes an entry that is not a built-in and that no other entry names.
    pub fn remove(&mut self, indicator: Indicator) -> Result<(), CatalogueError> {
        if indicator.is_builtin() {
            return Ok(());
        }
        let defs = self
            .defs
            .iter()
            .filter(|d| d.key != indicator)
            .cloned()
            .collect();
        *self = Self::new(defs)?;
        Ok(())
    }

    /// Moves an entry one place up (`up`) or down.
    pub fn shift(&mut self, indicator: Indicator, up: bool) {
        let Some(i) = self.defs.iter().position(|d| d.key == indicator) else {
            return;
        };
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j.filter(|j| *j < self.defs.len()) {
            self.defs.swap(i, j);
        }
    }

    /// Hides or shows an entry.
    pub fn set_hidden(&mut self, indicator: Indicator, hidden: bool) {
        if let Some(d) = self.defs.iter_mut().find(|d| d.key == indicator) {
            d.hidden = hidden;
        }
    }

    fn check(&self) -> Result<(), CatalogueError> {
        let keys: HashSet<Indicator> = self.defs.iter().map(|d| d.key).collect();
        for def in &self.defs {
            let key = || def.key.key().to_string();
            if !super::file::is_valid_key(def.key.key()) {
                return Err(CatalogueError::BadKey(key()));
            }
            let named = match &def.from {
                Obtained::Ratio(a, b) => vec![*a, *b],
                _ => Vec::new(),
            };
            for n in named.iter().chain(def.parent.iter()) {
                if !keys.contains(n) {
                    return Err(CatalogueError::MissingKey {
                        key: key(),
                        missing: n.key().to_string(),
                    });
                }
            }
            let mismatch = |reason| Err(CatalogueError::MeasureMismatch { key: key(), reason });
            match &def.from {
                Obtained::Ratio(..) if def.measure != MeasureUnit::Percent => {
                    return mismatch("a ratio is measured in % / 比率的单位是 %");
                }
                Obtained::Ledger(rule) if rule.count && def.measure.kind() != Measure::Count => {
                    return mismatch(
                        "a count is 个, 家, 次 or 批次 / 计数的单位是个、家、次或批次",
                    );
                }
                Obtained::Ledger(rule) if !rule.count && def.measure.in_yi().is_none() => {
                    return mismatch(
                        "an investment sum is 亿元 or 万元 / 投资额合计的单位是亿元或万元",
                    );
                }
                _ => {}
            }
            if self.leads_back(def.key) {
                return Err(CatalogueError::Cycle(key()));
            }
        }
        Ok(())
    }

    /// Whether following ratios and parents from `start` comes back to it.
    fn leads_back(&self, start: Indicator) -> bool {
        let next = |i: Indicator| -> Vec<Indicator> {
            self.get(i).map_or_else(Vec::new, |d| {
                let mut out = match d.from {
                    Obtained::Ratio(a, b) => vec![a, b],
                    _ => Vec::new(),
                };
                out.extend(d.parent);
                out
            })
        };
        let mut stack = next(start);
        let mut seen = HashSet::new();
        while let Some(i) = stack.pop() {
            if i == start {
                return true;
            }
            if seen.insert(i) {
                stack.extend(next(i));
            }
        }
        false
    }
}

impl Serialize for Catalogue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        CatalogueFile::of(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Catalogue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Catalogue::from_json(&value.to_string())
            .map_err(|e| serde::de::Error::custom(e.message_en()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The issue's example, as written.
    pub(crate) const EXAMPLE: &str =
        include_str!("../../../../tests/catalogue/example_catalogue.json");

    #[test]
    fn the_example_parses_after_the_builtins() {
        let c = Catalogue::from_json(EXAMPLE).unwrap();
        let keys: Vec<&str> = c.all().iter().map(|i| i.key()).collect();
        assert_eq!(keys.len(), 11);
        assert_eq!(keys[0], "signed_projects");
        assert_eq!(
            &keys[7..],
            [
                "projects_over_500m",
                "started_projects",
                "start_rate",
                "foreign_capital"
            ]
        );
        let rate = Indicator::new("start_rate");
        assert_eq!(rate.unit_zh(), "%");
        assert_eq!(rate.measure(), Measure::Ratio);
        assert!(!c.get(rate).unwrap().sum_units);
        assert_eq!(Indicator::new("foreign_capital").unit_zh(), "万美元");
        let back = Catalogue::from_json(&c.to_json()).unwrap();
        assert_eq!(back, c);
    }

    fn refused(text: &str) -> CatalogueError {
        Catalogue::from_json(text).unwrap_err()
    }

    fn file(entries: &str) -> String {
        format!(r#"{{"format": "planboard-indicators", "version": 1, "indicators": [{entries}]}}"#)
    }

    #[test]
    fn a_bad_file_is_refused_naming_the_entry() {
        assert!(matches!(refused("{not json"), CatalogueError::NotJson(_)));
        assert_eq!(refused(r#"{"format": "x"}"#), CatalogueError::WrongFormat);
        let e = refused(&file(
            r#"{"key": "a_b", "name": "甲", "measure": "吨", "from": "reported"}"#,
        ));
        assert!(
            e.message_zh().contains("a_b") && e.message_zh().contains("吨"),
            "{e}"
        );
        let e = refused(&file(
            r#"{"key": "r", "name": "率", "measure": "%", "from": {"ratio": ["nope", "signed_projects"]}}"#,
        ));
        assert!(
            e.message_en().contains("nope") && e.message_en().contains(" r:"),
            "{e}"
        );
        let e = refused(&file(
            r#"{"key": "x", "name": "X", "measure": "%", "from": {"ratio": ["y", "signed_projects"]}},
               {"key": "y", "name": "Y", "measure": "%", "from": {"ratio": ["x", "signed_projects"]}}"#,
        ));
        assert!(matches!(e, CatalogueError::Cycle(_)), "{e}");
        let e = refused(&file(
            r#"{"key": "d", "name": "D", "measure": "个", "from": "reported"},
               {"key": "d", "name": "D2", "measure": "个", "from": "reported"}"#,
        ));
        assert_eq!(e, CatalogueError::DuplicateKey("d".into()));
        let e = refused(&file(r#"{"key": "q", "name": "Q", "measure": "个"}"#));
        assert!(
            matches!(e, CatalogueError::BadEntry { ref entry, .. } if entry == "q"),
            "{e}"
        );
    }

    #[test]
    fn builtins_can_be_hidden_not_deleted() {
        let mut c = Catalogue::builtin();
        c.set_hidden(Indicator::OUTBOUND_TRIPS, true);
        assert_eq!(c.visible().len(), 6);
        c.remove(Indicator::OUTBOUND_TRIPS).unwrap();
        assert_eq!(c.all().len(), 7);
        let text = c.to_json();
        assert_eq!(Catalogue::from_json(&text).unwrap().visible().len(), 6);
    }

    fn project(unit: &str, day: u32, yi: i64, stage: crate::Stage) -> crate::Project {
        crate::Project {
            name: format!("项目{unit}{day}{yi}"),
            unit: crate::UnitName::new(unit).unwrap(),
            industry: None,
            signed_on: chrono::NaiveDate::from_ymd_opt(2024, 3, day),
            planned_investment: Some(rust_decimal::Decimal::from(yi)),
            foreign: None,
            enterprise_type: None,
            stage: Some(stage),
            responsible: None,
            source: crate::Provenance::row("台账.xlsx", "2024", day),
        }
    }

    #[test]
    fn ledger_rules_count_and_a_ratio_is_recomputed_never_summed() {
        use crate::{Dataset, Scope, Span, Stage};
        use rust_decimal::Decimal;
        let projects = vec![
            project("城东街道", 1, 5, Stage::Started),
            project("城东街道", 2, 4, Stage::Signed),
            project("城西街道", 3, 12, Stage::InProduction),
            project("城西街道", 4, 1, Stage::Started),
            project("城西街道", 5, 6, Stage::Negotiating),
        ];
        let mut data = Dataset::from_parts(vec![], projects);
        data.set_catalogue(Catalogue::from_json(EXAMPLE).unwrap());
        let [over_500m, started, rate] =
            ["projects_over_500m", "started_projects", "start_rate"].map(Indicator::new);
        let y = Span::Year(2024);
        let east = Scope::Unit(crate::UnitName::new("城东街道").unwrap());
        let actual = |s: &Scope, i| data.actual(s, i, y);
        assert_eq!(actual(&Scope::District, over_500m), Some(Decimal::TWO));
        assert_eq!(actual(&Scope::District, started), Some(Decimal::from(3)));
        assert_eq!(actual(&east, rate), Some(Decimal::new(5, 1)));
        // District: 3 started of 4 signed, not 1/2 + 2/2.
        assert_eq!(actual(&Scope::District, rate), Some(Decimal::new(75, 2)));
        assert_eq!(
            crate::format::value(rate, Some(Decimal::new(75, 2))),
            "75.00%"
        );
    }
}
