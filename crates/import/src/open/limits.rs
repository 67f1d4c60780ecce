//! The safety limits one file must stay within.

use std::time::Duration;

/// Safety limits for reading one file. The defaults keep a file within about 300 MB of memory
/// and a minute of time; tests lower them.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest file on disk, in bytes.
    pub max_file_bytes: u64,
    /// Most bytes all zip entries together may inflate to (declared, and as really read).
    pub max_inflated_bytes: u64,
    /// Highest compression ratio an entry may declare once it is larger than
    /// `ratio_floor_bytes` (deflate reaches about 1000:1 on zeros; real sheets 5–30:1).
    pub max_ratio: u64,
    /// Entries smaller than this (inflated) are not held to `max_ratio`.
    pub ratio_floor_bytes: u64,
    /// Most zip entries a package may have.
    pub max_entries: usize,
    /// Most non-empty cells in the whole workbook.
    pub max_cells: u64,
    /// Largest dense area (rows × columns of the used range) of one sheet.
    pub max_area: u64,
    /// Longest text in one cell, in characters (Excel's own limit is 32 767).
    pub max_cell_chars: usize,
    /// Most text bytes in all cells together.
    pub max_text_bytes: u64,
    /// Longest a file may take to read.
    pub time_limit: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 200_000_000,
            max_inflated_bytes: 300_000_000,
            max_ratio: 200,
            ratio_floor_bytes: 5_000_000,
            max_entries: 10_000,
            max_cells: 8_000_000,
            max_area: 8_000_000,
            max_cell_chars: 32_767,
            max_text_bytes: 200_000_000,
            time_limit: Duration::from_secs(60),
        }
    }
}
