//! Where a figure came from: file, sheet, row and column.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The place in a workbook that a fact or project was read from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Provenance {
    /// The file as the user named it (its path or file name); shared by every row read from
    /// the file.
    pub file: Arc<str>,
    /// The sheet name; shared by every row read from the sheet.
    pub sheet: Arc<str>,
    /// The 1-based row number as Excel shows it.
    pub row: u32,
    /// The column letter (A, B, … AA), when the figure is one cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl Provenance {
    /// A provenance for a whole row.
    pub fn row(file: impl Into<Arc<str>>, sheet: impl Into<Arc<str>>, row: u32) -> Self {
        Self {
            file: file.into(),
            sheet: sheet.into(),
            row,
            column: None,
        }
    }

    /// The same place narrowed to one cell.
    pub fn with_column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(column.into());
        self
    }
}

/// Converts a 0-based column index to Excel's letters (0 → A, 26 → AA).
pub fn column_letter(index: u32) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(col) => write!(f, "{} [{}] {}{}", self.file, self.sheet, col, self.row),
            None => write!(f, "{} [{}] 第{}行", self.file, self.sheet, self.row),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
