//! A layout saved to a file: how to read one kind of sheet, so that every file of that shape
//! is read the same way (see LAYOUTS.md beside this crate). It is the portable part of the
//! [`Layout`] recognition builds — the header's rows and words, the kind of table and what
//! each column holds — so what planboard guessed can be saved, corrected and read back; the
//! row classes, sections and 合计 rows are found again in each sheet it is applied to.

use crate::layout::{ColumnRole, Layout, LayoutKind};
use crate::synonyms::LedgerField;
use crate::unit::ScopeHint;
use planboard_model::text::compacted;
use planboard_model::PlanPeriod;
use serde::{Deserialize, Serialize};

/// The format marker of a layout file.
pub const LAYOUT_FORMAT: &str = "planboard-layout";
/// The format version this build writes and reads.
pub const LAYOUT_VERSION: u32 = 1;

/// How to read one kind of sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedLayout {
    /// Always [`LAYOUT_FORMAT`].
    pub format: String,
    /// The format version, [`LAYOUT_VERSION`].
    pub version: u32,
    /// The name the user knows it by.
    pub name: String,
    /// The header's label of each column (group and leaf joined with "/"): the fingerprint a
    /// sheet is matched by.
    pub header: Vec<String>,
    /// How many rows the header spans.
    pub header_rows: usize,
    /// The kind of table.
    pub kind: LayoutKind,
    /// What each column holds, from column A on.
    pub columns: Vec<ColumnRole>,
    /// Whom every sheet read with it speaks for; `None`: its title, sheet or file name says.
    #[serde(default)]
    pub scope: Option<ScopeHint>,
    /// The year of every sheet read with it; `None`: its title or sheet name says.
    #[serde(default)]
    pub year: Option<i32>,
    /// The plan period; `None`: its title or sheet name says.
    #[serde(default)]
    pub plan: Option<PlanPeriod>,
    /// The last month of a year to date; `None`: its title or sheet name says.
    #[serde(default)]
    pub ytd_through: Option<u32>,
    /// Rows not to read: those whose cell in a column holds a word (其中, 小计, 备注 …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skip_rows: Vec<SkipRule>,
}

/// Rows a layout does not read: those whose cell in `column` holds `word`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkipRule {
    /// The column, from 0 (column A).
    pub column: usize,
    /// The word (full-/half-width and spaces aside).
    pub word: String,
}

impl SkipRule {
    /// Whether `cell`'s text holds the word.
    pub fn matches(&self, cell: &str) -> bool {
        let word = compacted(&self.word);
        !word.is_empty() && compacted(cell).contains(&*word)
    }
}

/// Why a layout file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// Not JSON, cut short, or a field of the wrong type (what the reader said).
    Invalid(String),
    /// Not a planboard layout.
    NotALayout,
    /// A version this build does not know.
    UnknownVersion(u32),
    /// The header names no column.
    NoHeader,
    /// A role stands in a column beyond the header's.
    ColumnOutOfRange(usize),
    /// The kind needs a column the layout does not give (a unit table's unit column, a
    /// ledger's project names, a report's figures).
    KindDoesNotFit,
}

impl LayoutError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            LayoutError::Invalid(why) => format!("读取方式文件已损坏或格式不对（{why}）"),
            LayoutError::NotALayout => "不是 planboard 的读取方式文件".into(),
            LayoutError::UnknownVersion(v) => {
                format!("读取方式文件的版本 {v} 无法识别，请升级 planboard")
            }
            LayoutError::NoHeader => "读取方式没有给出表头".into(),
            LayoutError::ColumnOutOfRange(c) => {
                format!("第 {} 列超出了表头的范围", c + 1)
            }
            LayoutError::KindDoesNotFit => {
                "表格类型与各列的含义不符（单位表缺少单位列、台账缺少项目名称列或没有数据列）"
                    .into()
            }
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            LayoutError::Invalid(why) => format!("the layout file is damaged or malformed ({why})"),
            LayoutError::NotALayout => "not a planboard layout file".into(),
            LayoutError::UnknownVersion(v) => {
                format!("layout format version {v} is unknown; update planboard")
            }
            LayoutError::NoHeader => "the layout gives no header".into(),
            LayoutError::ColumnOutOfRange(c) => {
                format!("column {} lies beyond the header", c + 1)
            }
            LayoutError::KindDoesNotFit => {
                "the table kind does not fit the columns (a unit table without its unit column, a ledger without project names, or no figures)".into()
            }
        }
    }
}

impl SavedLayout {
    /// The saved form of a layout recognition built, under `name`. Whom and when are left to
    /// each sheet's titles and names, as recognition reads them.
    pub fn from_layout(name: &str, layout: &Layout) -> Self {
        let width = (0..layout.columns.len())
            .rev()
            .find(|&c| {
                layout.columns[c] != ColumnRole::Ignored || !layout.header.label(c).is_empty()
            })
            .map_or(0, |c| c + 1);
        SavedLayout {
            format: LAYOUT_FORMAT.into(),
            version: LAYOUT_VERSION,
            name: name.into(),
            header: (0..width).map(|c| layout.header.label(c)).collect(),
            header_rows: layout.header.last + 1 - layout.header.first,
            kind: layout.kind.clone(),
            columns: layout.columns[..width].to_vec(),
            scope: None,
            year: None,
            plan: None,
            ytd_through: None,
            skip_rows: Vec::new(),
        }
    }

    /// Reads a layout file's JSON, checking that it can be used.
    pub fn parse(bytes: &[u8]) -> Result<Self, LayoutError> {
        #[derive(Deserialize)]
        struct Marker {
            #[serde(default)]
            format: Option<String>,
            #[serde(default)]
            version: Option<u32>,
        }
        let marker: Marker =
            serde_json::from_slice(bytes).map_err(|e| LayoutError::Invalid(e.to_string()))?;
        if marker.format.as_deref() != Some(LAYOUT_FORMAT) {
            return Err(LayoutError::NotALayout);
        }
        match marker.version {
            Some(LAYOUT_VERSION) => {}
            Some(v) => return Err(LayoutError::UnknownVersion(v)),
            None => return Err(LayoutError::Invalid("version".into())),
        }
        let layout: SavedLayout =
            serde_json::from_slice(bytes).map_err(|e| LayoutError::Invalid(e.to_string()))?;
        layout.check()?;
        Ok(layout)
    }

    /// Reads a layout file holding one layout or a list of them (as `planboard layout guess`
    /// writes for a workbook of several sheets).
    pub fn parse_many(bytes: &[u8]) -> Result<Vec<Self>, LayoutError> {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| LayoutError::Invalid(e.to_string()))?;
        match value {
            serde_json::Value::Array(items) => items
                .iter()
                .map(|item| Self::parse(item.to_string().as_bytes()))
                .collect(),
            _ => Self::parse(bytes).map(|layout| vec![layout]),
        }
    }

    /// Several layouts as one file's pretty JSON: the layout itself when there is one, else a
    /// list.
    pub fn many_to_json(layouts: &[SavedLayout]) -> String {
        match layouts {
            [one] => one.to_json(),
            many => serde_json::to_string_pretty(many).unwrap_or_default(),
        }
    }

    /// The layout as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Whether the layout can read a table: a header, roles within it, the columns its kind
    /// needs.
    pub fn check(&self) -> Result<(), LayoutError> {
        if self.header.iter().all(String::is_empty) || self.header_rows == 0 {
            return Err(LayoutError::NoHeader);
        }
        let beyond = |c: usize| c >= self.header.len();
        for (c, role) in self.columns.iter().enumerate() {
            let refers_beyond = match role {
                ColumnRole::Rate { target, actual } => beyond(*target) || beyond(*actual),
                _ => false,
            };
            if (*role != ColumnRole::Ignored && beyond(c)) || refers_beyond {
                return Err(LayoutError::ColumnOutOfRange(c));
            }
        }
        if let Some(rule) = self.skip_rows.iter().find(|r| beyond(r.column)) {
            return Err(LayoutError::ColumnOutOfRange(rule.column));
        }
        let has = |test: &dyn Fn(&ColumnRole) -> bool| self.columns.iter().any(test);
        let fits = match self.kind {
            LayoutKind::Ledger { .. } => has(&|r| *r == ColumnRole::Ledger(LedgerField::Name)),
            LayoutKind::UnitTable => {
                has(&|r| *r == ColumnRole::Unit)
                    && has(&|r| matches!(r, ColumnRole::Figure(_) | ColumnRole::BlockFigure { .. }))
            }
            LayoutKind::Report { .. } => has(&|r| matches!(r, ColumnRole::Figure(_))),
        };
        if fits {
            Ok(())
        } else {
            Err(LayoutError::KindDoesNotFit)
        }
    }
}
