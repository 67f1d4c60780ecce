//! Units (sub-districts: 街道, 镇, 园区 …) and the district scope above them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A sub-district unit's name, normalized: trimmed, full-width folded, inner spaces removed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnitName(Arc<str>);

impl UnitName {
    /// Normalizes `raw`; `None` when nothing is left.
    pub fn new(raw: &str) -> Option<Self> {
        let name = crate::text::compact(raw);
        (!name.is_empty()).then(|| Self(name.into()))
    }

    /// The normalized name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnitName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whom a figure is about: the whole district or one unit.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The whole district (全区).
    District,
    /// One sub-district unit.
    Unit(UnitName),
}

impl Scope {
    /// The unit, if this is a unit scope.
    pub fn unit(&self) -> Option<&UnitName> {
        match self {
            Scope::District => None,
            Scope::Unit(u) => Some(u),
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::District => f.write_str("全区"),
            Scope::Unit(u) => u.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalized() {
        assert_eq!(
            UnitName::new(" 城东 街道\u{3000}"),
            UnitName::new("城东街道")
        );
        assert_eq!(UnitName::new("   "), None);
        assert_eq!(UnitName::new("Ａ区").unwrap().as_str(), "A区");
    }
}
