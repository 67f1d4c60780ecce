//! An estimate, made while `content.xml` is inflated, of the cells calamine's ods reader will
//! build: `table:number-columns-repeated` and `table:number-rows-repeated` let a few bytes
//! stand for millions of cells. The estimate follows calamine's reader (cells are pushed per
//! row up to the last non-empty one; repeated rows are expanded up to the table's last
//! non-empty row), errs on the high side, and stops the file before calamine allocates.

use super::xmlscan::{attr, tag_local_name};
use super::{Limits, OpenError};

const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;
/// Start tags longer than this are kept truncated (their attributes of interest come first).
const MAX_TAG: usize = 8 * 1024;

enum State {
    Text,
    Tag,
    Quote(u8),
}

/// The streaming estimator.
pub(crate) struct OdsScanner {
    max_cells: u64,
    max_area: u64,
    state: State,
    tag: Vec<u8>,
    // Current table.
    rows_so_far: u64,
    rows_to_last_filled: u64,
    widest: u64,
    // Current row.
    row_repeats: u64,
    row_width: u64,
    row_pushed: u64,
    pending_empty: u64,
    // Whole file.
    pushed_total: u64,
}

impl OdsScanner {
    /// A scanner for the given limits. calamine keeps values and formula texts for every
    /// cell of an ods sheet, so each cell counts double against the area.
    pub(crate) fn new(limits: &Limits) -> Self {
        Self {
            max_cells: limits.max_cells,
            max_area: limits.max_area / 2,
            state: State::Text,
            tag: Vec::with_capacity(256),
            rows_so_far: 0,
            rows_to_last_filled: 0,
            widest: 0,
            row_repeats: 1,
            row_width: 0,
            row_pushed: 0,
            pending_empty: 0,
            pushed_total: 0,
        }
    }

    /// Feeds the next chunk of `content.xml`.
    pub(crate) fn feed(&mut self, chunk: &[u8]) -> Result<(), OpenError> {
        let mut i = 0;
        while i < chunk.len() {
            match self.state {
                State::Text => match chunk[i..].iter().position(|&b| b == b'<') {
                    Some(off) => {
                        i += off + 1;
                        self.state = State::Tag;
                        self.tag.clear();
                    }
                    None => return Ok(()),
                },
                State::Tag => {
                    let b = chunk[i];
                    i += 1;
                    match b {
                        b'>' => {
                            self.state = State::Text;
                            self.on_tag()?;
                        }
                        b'"' | b'\'' => {
                            self.state = State::Quote(b);
                            self.push_tag_byte(b);
                        }
                        _ => self.push_tag_byte(b),
                    }
                }
                State::Quote(q) => {
                    let b = chunk[i];
                    i += 1;
                    if b == q {
                        self.state = State::Tag;
                    }
                    self.push_tag_byte(b);
                }
            }
        }
        Ok(())
    }

    fn push_tag_byte(&mut self, b: u8) {
        if self.tag.len() < MAX_TAG {
            self.tag.push(b);
        }
    }

    fn on_tag(&mut self) -> Result<(), OpenError> {
        let tag = String::from_utf8_lossy(&self.tag).into_owned();
        let self_closing = tag.ends_with('/');
        if let Some(closing) = tag.strip_prefix('/') {
            match closing.rsplit(':').next() {
                Some("table-row") => self.end_row()?,
                Some("table") => self.end_table()?,
                _ => {}
            }
            return Ok(());
        }
        match tag_local_name(&tag) {
            Some("table") if !self_closing => self.start_table(),
            Some("table-row") => {
                let repeats = count(&tag, "number-rows-repeated");
                let remaining = MAX_ROWS.saturating_sub(self.rows_so_far);
                self.row_repeats = repeats.min(remaining);
                self.row_width = 0;
                self.row_pushed = 0;
                self.pending_empty = 0;
                if self_closing {
                    self.end_row()?;
                }
            }
            Some("table-cell" | "covered-table-cell") => {
                let repeats = count(&tag, "number-columns-repeated");
                let filled = !self_closing
                    || attr(&tag, "value-type").is_some()
                    || attr(&tag, "formula").is_some();
                let room = MAX_COLUMNS.saturating_sub(self.row_width);
                let repeats = repeats.min(room);
                if filled {
                    let empties = self.pending_empty.min(room);
                    self.row_pushed += empties + repeats;
                    self.row_width += empties + repeats;
                    self.pending_empty = 0;
                } else {
                    self.pending_empty = repeats;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn start_table(&mut self) {
        self.rows_so_far = 0;
        self.rows_to_last_filled = 0;
        self.widest = 0;
    }

    fn end_row(&mut self) -> Result<(), OpenError> {
        self.rows_so_far = self.rows_so_far.saturating_add(self.row_repeats);
        self.pushed_total = self.pushed_total.saturating_add(self.row_pushed);
        if self.row_pushed > 0 {
            self.rows_to_last_filled = self.rows_so_far;
            self.widest = self.widest.max(self.row_width);
        }
        self.row_pushed = 0;
        self.row_width = 0;
        self.row_repeats = 1;
        if self.pushed_total > self.max_cells {
            return Err(too_many(self.pushed_total, self.max_cells));
        }
        self.check_area()
    }

    fn end_table(&mut self) -> Result<(), OpenError> {
        self.check_area()?;
        self.start_table();
        Ok(())
    }

    fn check_area(&self) -> Result<(), OpenError> {
        let area = self.rows_to_last_filled.saturating_mul(self.widest);
        if area > self.max_area {
            return Err(too_many(area, self.max_area));
        }
        Ok(())
    }

    /// Ends the scan.
    pub(crate) fn finish(self) -> Result<(), OpenError> {
        self.check_area()
    }
}

fn count(tag: &str, local: &str) -> u64 {
    attr(tag, local)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

fn too_many(found: u64, max: u64) -> OpenError {
    OpenError::TooLarge(format!(
        "工作表展开后约有 {found} 个单元格，超过上限 {max}（重复行/列声明过大）"
    ))
}
