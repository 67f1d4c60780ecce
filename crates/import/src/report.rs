//! The import report: per file and sheet, what was read, skipped and rejected, and every
//! problem with its place.

use planboard_model::{Provenance, SourceKind, UnitName};
use serde::{Deserialize, Serialize};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth a look; the data was imported.
    Warning,
    /// A row was rejected or a file could not be read.
    Error,
}

/// One problem, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Warning or error.
    pub severity: Severity,
    /// File, sheet, Excel row and column letter.
    pub place: Provenance,
    /// The column's header text, when the problem is one cell.
    #[serde(default)]
    pub header: Option<String>,
    /// The cell's value as found.
    #[serde(default)]
    pub value: Option<String>,
    /// What is wrong, in Chinese.
    pub message: String,
    /// What is wrong, in English.
    pub message_en: String,
}

/// Why a row was not data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// Nothing in it.
    Blank,
    /// A title, 文号 or salutation line above the table.
    Title,
    /// Part of the header.
    Header,
    /// 合计 / 总计 / 小计.
    Total,
    /// A section line such as 一、已签约项目.
    Section,
    /// 填报单位（盖章）… and whatever follows.
    Footer,
    /// A notes line (说明, 注：…).
    Note,
    /// Outside the main table (a second table such as 附表).
    OtherTable,
    /// A row about something planboard does not track (an indicator it does not know).
    NotTracked,
    /// Data that could not be placed: the sheet's unit or year is unknown (see the problems).
    Unresolved,
}

/// A row that was not data, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedRow {
    /// The Excel row number.
    pub row: u32,
    /// Why.
    pub reason: SkipReason,
}

/// What happened to one sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetReport {
    /// The sheet's name.
    pub sheet: String,
    /// The kind of table found; `None` when the sheet holds no table planboard reads
    /// (说明, an empty Sheet2 …).
    pub kind: Option<SourceKind>,
    /// The unit the sheet speaks for (`None` for district-wide sheets).
    pub unit: Option<UnitName>,
    /// Years the sheet covers.
    pub years: Vec<i32>,
    /// Rows read (the sheet's used rows): imported + skipped + rejected.
    pub rows_read: u32,
    /// Rows that became facts or projects.
    pub rows_imported: u32,
    /// Rows that were not data, each with its reason.
    pub skipped: Vec<SkippedRow>,
    /// Rows refused because of an invalid cell (each has a problem below).
    pub rows_rejected: u32,
    /// Every problem found in the sheet.
    pub problems: Vec<Problem>,
    /// Why the sheet was ignored, when `kind` is `None` (e.g. "隐藏的空白工作表").
    #[serde(default)]
    pub note: Option<String>,
}

/// What happened to one file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileReport {
    /// The file as given (the same string as in every provenance from it).
    pub file: String,
    /// The format found by content.
    pub format: Option<crate::open::Format>,
    /// Why the file could not be read at all (Chinese), if it could not.
    pub error: Option<String>,
    /// The same in English.
    #[serde(default)]
    pub error_en: Option<String>,
    /// Sheets in workbook order.
    pub sheets: Vec<SheetReport>,
    /// A sheet's unit could not be told from its content, title or the file name: the caller
    /// must ask (CLI `--unit`, a prompt in the window) and import again with it.
    pub needs_unit: bool,
}

impl FileReport {
    /// Whether the file failed or any row was rejected.
    pub fn has_errors(&self) -> bool {
        self.error.is_some() || self.sheets.iter().any(|s| s.rows_rejected > 0)
    }

    /// Every problem of every sheet.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.sheets.iter().flat_map(|s| s.problems.iter())
    }
}
