//! The catalogue file (`planboard-indicators`, INDICATORS.md): its JSON form, and the errors
//! that refuse a bad one, each naming the entry.

use super::{Catalogue, Indicator, IndicatorDef, LedgerRule, MeasureUnit, Obtained};
use crate::Stage;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::str::FromStr;

/// The `format` field of a catalogue file.
pub const CATALOGUE_FORMAT: &str = "planboard-indicators";
/// The version of the catalogue file this program writes and reads.
pub const CATALOGUE_VERSION: u32 = 1;

/// Why a catalogue was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    /// Not JSON at all.
    #[error("the indicator catalogue is not JSON: {0}")]
    NotJson(String),
    /// JSON, but not a `planboard-indicators` file of a version this program reads.
    #[error("not a planboard-indicators file of version {CATALOGUE_VERSION}")]
    WrongFormat,
    /// An entry that cannot be read (a missing field, a wrong type).
    #[error("indicator {entry}: {reason}")]
    BadEntry {
        /// The entry's key, or its position.
        entry: String,
        /// What is wrong.
        reason: String,
    },
    /// A key that is not lowercase letters, digits and `_`.
    #[error("indicator {0:?}: a key is made of lowercase letters, digits and _")]
    BadKey(String),
    /// Two entries with one key.
    #[error("indicator {0}: the key is used twice")]
    DuplicateKey(String),
    /// A measure that is not one of 个, 家, 次, 批次, 亿元, 万元, 万美元, %.
    #[error(
        "indicator {key}: unknown measure {measure:?} (个, 家, 次, 批次, 亿元, 万元, 万美元, %)"
    )]
    UnknownMeasure {
        /// The entry.
        key: String,
        /// The measure written.
        measure: String,
    },
    /// A stage that is not 在谈, 已签约, 已开工 or 已投产.
    #[error("indicator {key}: unknown stage {stage:?} (在谈, 已签约, 已开工, 已投产)")]
    UnknownStage {
        /// The entry.
        key: String,
        /// The stage written.
        stage: String,
    },
    /// A ratio or a parent naming a key the catalogue does not have.
    #[error("indicator {key}: it names {missing}, which is not in the catalogue")]
    MissingKey {
        /// The entry.
        key: String,
        /// The key it names.
        missing: String,
    },
    /// Ratios or parents that lead back to themselves.
    #[error("indicator {0}: its ratio or parent leads back to itself")]
    Cycle(String),
    /// A measure that does not fit how the figure is obtained.
    #[error("indicator {key}: {reason}")]
    MeasureMismatch {
        /// The entry.
        key: String,
        /// What does not fit.
        reason: &'static str,
    },
}

impl CatalogueError {
    /// The message in English.
    pub fn message_en(&self) -> String {
        self.to_string()
    }

    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            CatalogueError::NotJson(e) => format!("指标目录不是 JSON 文件：{e}"),
            CatalogueError::WrongFormat => {
                format!("不是第 {CATALOGUE_VERSION} 版 planboard-indicators 指标目录文件")
            }
            CatalogueError::BadEntry { entry, reason } => {
                format!("指标 {entry} 无法读取：{reason}")
            }
            CatalogueError::BadKey(key) => {
                format!("指标 {key:?}：键只能由小写字母、数字和 _ 组成")
            }
            CatalogueError::DuplicateKey(key) => format!("指标 {key}：键重复"),
            CatalogueError::UnknownMeasure { key, measure } => format!(
                "指标 {key}：计量单位“{measure}”不认识（可用：个、家、次、批次、亿元、万元、万美元、%）"
            ),
            CatalogueError::UnknownStage { key, stage } => format!(
                "指标 {key}：项目进度“{stage}”不认识（可用：在谈、已签约、已开工、已投产）"
            ),
            CatalogueError::MissingKey { key, missing } => {
                format!("指标 {key}：引用的指标 {missing} 不在目录中")
            }
            CatalogueError::Cycle(key) => format!("指标 {key}：比率或上级指标循环引用了自身"),
            CatalogueError::MeasureMismatch { key, reason } => {
                format!("指标 {key}：计量单位与取数方式不符（{reason}）")
            }
        }
    }
}

/// Whether a key is lowercase letters, digits and `_`, starting with a letter.
pub(super) fn is_valid_key(key: &str) -> bool {
    key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The whole file.
#[derive(Serialize, Deserialize)]
pub(super) struct CatalogueFile {
    format: String,
    version: u32,
    indicators: Vec<Value>,
}

/// One entry as the file writes it.
#[derive(Serialize, Deserialize)]
struct EntryFile {
    key: String,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name_en: Option<String>,
    measure: String,
    from: FromFile,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    synonyms: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sum_units: Option<bool>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    hidden: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum FromFile {
    Reported,
    Ledger(LedgerFile),
    Ratio([String; 2]),
}

#[derive(Serialize, Deserialize)]
struct LedgerFile {
    #[serde(default = "yes")]
    count: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    investment_at_least_yi: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    investment_below_yi: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    stage_in: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    foreign: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    industry_in: Vec<String>,
}

fn yes() -> bool {
    true
}

impl CatalogueFile {
    /// Parses the text of a catalogue file.
    pub(super) fn parse(text: &str) -> Result<Self, CatalogueError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| CatalogueError::NotJson(e.to_string()))?;
        let file: CatalogueFile =
            serde_json::from_value(value).map_err(|_| CatalogueError::WrongFormat)?;
        if file.format != CATALOGUE_FORMAT || file.version != CATALOGUE_VERSION {
            return Err(CatalogueError::WrongFormat);
        }
        Ok(file)
    }

    /// The entries it defines, in its order, checked one by one (the catalogue checks them
    /// together).
    pub(super) fn entries(self) -> Result<Vec<IndicatorDef>, CatalogueError> {
        self.indicators
            .into_iter()
            .enumerate()
            .map(|(i, value)| {
                let entry = value
                    .get("key")
                    .and_then(Value::as_str)
                    .map_or_else(|| format!("#{}", i + 1), str::to_string);
                let raw: EntryFile =
                    serde_json::from_value(value).map_err(|e| CatalogueError::BadEntry {
                        entry,
                        reason: e.to_string(),
                    })?;
                raw.def()
            })
            .collect()
    }

    /// The file of a catalogue.
    pub(super) fn of(catalogue: &Catalogue) -> Self {
        CatalogueFile {
            format: CATALOGUE_FORMAT.to_string(),
            version: CATALOGUE_VERSION,
            indicators: catalogue
                .defs()
                .iter()
                .map(|d| serde_json::to_value(EntryFile::of(d)).unwrap_or(Value::Null))
                .collect(),
        }
    }
}

fn amount(key: &str, n: Option<serde_json::Number>) -> Result<Option<Decimal>, CatalogueError> {
    n.map(|n| {
        Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .map_err(|_| CatalogueError::BadEntry {
                entry: key.to_string(),
                reason: format!("{n} is not an amount"),
            })
    })
    .transpose()
}

fn number(d: Option<Decimal>) -> Option<serde_json::Number> {
    d.and_then(|d| serde_json::Number::from_str(&d.normalize().to_string()).ok())
}

impl EntryFile {
    fn def(self) -> Result<IndicatorDef, CatalogueError> {
        let key = self.key;
        if !is_valid_key(&key) {
            return Err(CatalogueError::BadKey(key));
        }
        let measure =
            MeasureUnit::from_zh(&self.measure).ok_or_else(|| CatalogueError::UnknownMeasure {
                key: key.clone(),
                measure: self.measure.clone(),
            })?;
        let from = match self.from {
            FromFile::Reported => Obtained::Reported,
            FromFile::Ratio([a, b]) => Obtained::Ratio(part(&key, &a)?, part(&key, &b)?),
            FromFile::Ledger(l) => Obtained::Ledger(LedgerRule {
                count: l.count,
                investment_at_least_yi: amount(&key, l.investment_at_least_yi)?,
                investment_below_yi: amount(&key, l.investment_below_yi)?,
                stage_in: l
                    .stage_in
                    .iter()
                    .map(|s| {
                        Stage::ALL
                            .into_iter()
                            .find(|st| st.name_zh() == s.trim())
                            .ok_or_else(|| CatalogueError::UnknownStage {
                                key: key.clone(),
                                stage: s.clone(),
                            })
                    })
                    .collect::<Result<_, _>>()?,
                foreign: l.foreign,
                industry_in: l.industry_in,
            }),
        };
        let parent = self.parent.map(|p| part(&key, &p)).transpose()?;
        let indicator = Indicator::new(&key);
        let mut def = IndicatorDef::new(indicator, self.name.trim(), measure, from);
        if def.name.is_empty() {
            return Err(CatalogueError::BadEntry {
                entry: key,
                reason: "the name is empty".to_string(),
            });
        }
        def.name_en = self.name_en.filter(|n| !n.trim().is_empty());
        def.synonyms = self.synonyms;
        def.sum_units = self.sum_units.unwrap_or(def.sum_units);
        def.hidden = self.hidden;
        def.parent = parent;
        Ok(def)
    }

    fn of(d: &IndicatorDef) -> Self {
        let from = match &d.from {
            Obtained::Reported => FromFile::Reported,
            Obtained::Ratio(a, b) => FromFile::Ratio([a.key().to_string(), b.key().to_string()]),
            Obtained::Ledger(l) => FromFile::Ledger(LedgerFile {
                count: l.count,
                investment_at_least_yi: number(l.investment_at_least_yi),
                investment_below_yi: number(l.investment_below_yi),
                stage_in: l.stage_in.iter().map(|s| s.name_zh().to_string()).collect(),
                foreign: l.foreign,
                industry_in: l.industry_in.clone(),
            }),
        };
        EntryFile {
            key: d.key.key().to_string(),
            name: d.name.clone(),
            name_en: d.name_en.clone(),
            measure: d.measure.zh().to_string(),
            from,
            synonyms: d.synonyms.clone(),
            sum_units: Some(d.sum_units),
            hidden: d.hidden,
            parent: d.parent.map(|p| p.key().to_string()),
        }
    }
}

fn part(key: &str, named: &str) -> Result<Indicator, CatalogueError> {
    if is_valid_key(named) {
        Ok(Indicator::new(named))
    } else {
        Err(CatalogueError::MissingKey {
            key: key.to_string(),
            missing: named.to_string(),
        })
    }
}
