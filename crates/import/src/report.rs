//! The import report: per file and sheet, what was read, skipped and rejected, and every
//! problem with its place.

use crate::file_error::FileError;
use crate::problem_kind::ProblemKind;
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
    /// What is wrong, with its values.
    pub kind: ProblemKind,
}

impl Problem {
    /// What is wrong, in Chinese.
    pub fn message_zh(&self) -> String {
        self.kind.message_zh()
    }

    /// What is wrong, in English.
    pub fn message_en(&self) -> String {
        self.kind.message_en()
    }
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
    /// A row the saved layout it was read with says not to read (a word in a column).
    ByLayout,
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
    /// Why the sheet was ignored, when `kind` is `None`.
    #[serde(default)]
    pub note: Option<SheetNote>,
    /// The saved layout it was read with, when one matched (按读取方式「…」读取).
    #[serde(default)]
    pub layout: Option<String>,
}

/// Why a sheet gave nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetNote {
    /// Nothing in it.
    Empty,
    /// Hidden, and nothing in it.
    HiddenEmpty,
    /// Hidden: not imported.
    Hidden,
    /// No row reads as a header: notes, or an empty sheet.
    NoTable,
    /// A header was found whose columns name no projects, indicators or units.
    Unrecognized {
        /// The header's column labels.
        labels: Vec<String>,
    },
    /// Reading it failed inside planboard; it was skipped.
    InternalError,
    /// A note saved by an older version, as its text.
    #[serde(untagged)]
    Text(String),
}

impl SheetNote {
    /// The most header labels a note quotes.
    const MAX_LABELS: usize = 8;

    fn labels(labels: &[String], separator: &str) -> String {
        let mut shown = labels
            .iter()
            .take(Self::MAX_LABELS)
            .cloned()
            .collect::<Vec<_>>()
            .join(separator);
        if labels.len() > Self::MAX_LABELS {
            shown.push_str(separator);
            shown.push('…');
        }
        shown
    }

    /// The note in Chinese.
    pub fn zh(&self) -> String {
        match self {
            SheetNote::Empty => "空白工作表".into(),
            SheetNote::HiddenEmpty => "隐藏的空白工作表".into(),
            SheetNote::Hidden => "隐藏的工作表，未导入".into(),
            SheetNote::NoTable => "未找到数据表（只有说明文字，或是空白工作表）".into(),
            SheetNote::Unrecognized { labels } => format!(
                "未识别的表格：表头「{}」中没有能认出的项目台账列、指标列或单位列",
                Self::labels(labels, "｜")
            ),
            SheetNote::InternalError => "读取该工作表时出现内部错误，已跳过".into(),
            SheetNote::Text(text) => text.clone(),
        }
    }

    /// The note in English.
    pub fn en(&self) -> String {
        match self {
            SheetNote::Empty => "empty sheet".into(),
            SheetNote::HiddenEmpty => "hidden empty sheet".into(),
            SheetNote::Hidden => "hidden sheet, not imported".into(),
            SheetNote::NoTable => "no table found (only notes, or an empty sheet)".into(),
            SheetNote::Unrecognized { labels } => format!(
                "unrecognized table: the header ({}) names no ledger, indicator or unit column",
                Self::labels(labels, " | ")
            ),
            SheetNote::InternalError => "internal error while reading the sheet; skipped".into(),
            SheetNote::Text(text) => text.clone(),
        }
    }
}

/// What happened to one file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileReport {
    /// The file as given (the same string as in every provenance from it).
    pub file: String,
    /// The format found by content.
    pub format: Option<crate::open::Format>,
    /// Why the file could not be read at all, if it could not.
    pub error: Option<FileError>,
    /// What the reader said of the error, as it said it (for the log file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_detail: Option<String>,
    /// Sheets in workbook order.
    pub sheets: Vec<SheetReport>,
    /// A sheet's unit could not be told from its content, title or the file name: the caller
    /// must ask (CLI `--unit`, a prompt in the window) and import again with it.
    pub needs_unit: bool,
}

impl FileReport {
    /// Whether the file failed, nothing in it could be imported, a row was rejected or a row
    /// of data was left out (an error problem).
    pub fn has_errors(&self) -> bool {
        self.error.is_some()
            || self.imported_nothing()
            || self.sheets.iter().any(|s| {
                s.rows_rejected > 0 || s.problems.iter().any(|p| p.severity == Severity::Error)
            })
    }

    /// Whether the file was read but no sheet of it gave anything (未找到可导入的数据).
    pub fn imported_nothing(&self) -> bool {
        self.error.is_none() && self.sheets.iter().all(|s| s.rows_imported == 0)
    }

    /// Every problem of every sheet.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.sheets.iter().flat_map(|s| s.problems.iter())
    }
}

/// Excel row numbers as ranges, in order: [5, 6, 7, 9] → ["5–7", "9"].
pub fn row_ranges(rows: &[u32]) -> Vec<String> {
    let mut sorted = rows.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = Vec::new();
    let mut iter = sorted.into_iter();
    let Some(mut start) = iter.next() else {
        return out;
    };
    let mut end = start;
    let mut push = |start: u32, end: u32| {
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
    };
    for row in iter {
        if row == end + 1 {
            end = row;
        } else {
            push(start, end);
            start = row;
            end = row;
        }
    }
    push(start, end);
    out
}

#[cfg(test)]
mod tests {
    use super::{row_ranges, SheetNote};

    #[test]
    fn rows_become_ranges() {
        assert_eq!(row_ranges(&[9, 5, 6, 7, 12, 13]), ["5–7", "9", "12–13"]);
        assert_eq!(row_ranges(&[]), Vec::<String>::new());
        assert_eq!(row_ranges(&[3]), ["3"]);
    }

    #[test]
    fn notes_are_typed_and_old_notes_still_load() {
        let note = SheetNote::Unrecognized {
            labels: vec!["序号".into(), "名称".into()],
        };
        let json = serde_json::to_string(&note).unwrap_or_default();
        assert_eq!(
            serde_json::from_str::<SheetNote>(&json).ok(),
            Some(note.clone())
        );
        assert!(note.zh().contains("序号｜名称"), "{}", note.zh());
        assert!(note
            .en()
            .starts_with("unrecognized table: the header (序号 | 名称)"));
        // A workspace saved before notes were typed holds their text.
        let old: Option<SheetNote> = serde_json::from_str("\"空白工作表 (empty sheet)\"").ok();
        assert_eq!(
            old,
            Some(SheetNote::Text("空白工作表 (empty sheet)".into()))
        );
        assert_eq!(
            serde_json::from_str::<SheetNote>("\"no_table\"").ok(),
            Some(SheetNote::NoTable)
        );
    }
}
