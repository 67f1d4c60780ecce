//! Imported files as the dataset remembers them: what kind, which units and years.

use crate::UnitName;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// The kinds of workbook the bureau exchanges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// 任务分解表: targets per unit and indicator.
    TargetBreakdown,
    /// 项目台账: one row per project.
    Ledger,
    /// 完成情况表: a unit's targets and actuals per indicator.
    ProgressReport,
    /// The district's own 完成情况表 (全区).
    DistrictReport,
}

impl SourceKind {
    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            SourceKind::TargetBreakdown => "任务分解表",
            SourceKind::Ledger => "项目台账",
            SourceKind::ProgressReport => "完成情况表",
            SourceKind::DistrictReport => "全区完成情况表",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            SourceKind::TargetBreakdown => "Target breakdown",
            SourceKind::Ledger => "Project ledger",
            SourceKind::ProgressReport => "Progress report",
            SourceKind::DistrictReport => "District report",
        }
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

/// One imported file: the identity that facts and projects refer to by `Provenance::file`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    /// The file's path or name, as in the provenance of everything read from it.
    pub path: String,
    /// A hash of the file's bytes: the same content imported twice is recognized.
    pub fingerprint: String,
    /// The kinds of table found in it.
    pub kinds: BTreeSet<SourceKind>,
    /// The units it speaks for (empty for district-wide files).
    pub units: BTreeSet<UnitName>,
    /// The years it covers.
    pub years: BTreeSet<i32>,
    /// Units that are parts of another row of the file (其中：我区单独 under 全区): shown on
    /// their own, never added into a sum of units.
    #[serde(default)]
    pub parts: BTreeSet<UnitName>,
}

impl SourceFile {
    /// Whether `newer` is an updated version of this file: the same path, or the same kinds
    /// and units with every year this one covered.
    pub fn is_replaced_by(&self, newer: &SourceFile) -> bool {
        self.path == newer.path
            || (self.kinds == newer.kinds
                && self.units == newer.units
                && !self.years.is_empty()
                && self.years.is_subset(&newer.years))
    }
}
