//! Streaming a sheet's cells into its range, within the limits: non-empty cells, dense area,
//! text per cell and in all. Where the sheet declares a plausible dimension the range is
//! allocated once and filled in place (no list of cells beside it, unlike calamine's own
//! `worksheet_range`); otherwise cells are gathered and the range is built from them once
//! their span is known to be within the limits.

use super::{errors, Deadline, Limits, OpenError, UncachedFormula};
use calamine::{Cell, Data, DataRef, Dimensions, Range, Xlsb, Xlsx, XlsxError};
use std::io::{Read, Seek};

/// Bytes one cell of a dense range takes.
const CELL_BYTES: u64 = std::mem::size_of::<Data>() as u64;
/// How many cells between two deadline checks.
const CHECK_EVERY: u64 = 4096;

/// What is left of the whole workbook's allowance.
pub(crate) struct Budget {
    max_cells: u64,
    max_area: u64,
    max_cell_chars: usize,
    max_text_bytes: u64,
    cells: u64,
    text_bytes: u64,
}

impl Budget {
    pub(crate) fn new(limits: &Limits) -> Self {
        Self {
            max_cells: limits.max_cells,
            max_area: limits.max_area,
            max_cell_chars: limits.max_cell_chars,
            max_text_bytes: limits.max_text_bytes,
            cells: 0,
            text_bytes: 0,
        }
    }

    fn take_cell(&mut self, sheet: &str, pos: (u32, u32), value: &Data) -> Result<(), OpenError> {
        self.cells += 1;
        if self.cells > self.max_cells {
            return Err(OpenError::TooLarge(format!(
                "非空单元格超过 {} 个",
                self.max_cells
            )));
        }
        let text = match value {
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s,
            _ => return Ok(()),
        };
        self.text_bytes += text.len() as u64;
        if text.len() > self.max_cell_chars && text.chars().count() > self.max_cell_chars {
            return Err(OpenError::TooLarge(format!(
                "工作表“{sheet}”单元格 {} 的文字超过 {} 个字符",
                a1(pos),
                self.max_cell_chars
            )));
        }
        if self.text_bytes > self.max_text_bytes {
            return Err(OpenError::TooLarge(format!(
                "文字总量超过 {} MB",
                self.max_text_bytes / 1_000_000
            )));
        }
        Ok(())
    }

    fn check_area(&self, sheet: &str, start: (u32, u32), end: (u32, u32)) -> Result<(), OpenError> {
        let area = area(start, end);
        if area > self.max_area {
            return Err(OpenError::TooLarge(format!(
                "工作表“{sheet}”的使用区域 {}:{} 有 {area} 个单元格，超过上限 {}",
                a1(start),
                a1(end),
                self.max_area
            )));
        }
        Ok(())
    }

    /// Accounts for a range calamine built itself (xls, ods).
    pub(crate) fn take_range(&mut self, sheet: &str, range: &Range<Data>) -> Result<(), OpenError> {
        if let (Some(start), Some(end)) = (range.start(), range.end()) {
            self.check_area(sheet, start, end)?;
        }
        for (row, col, value) in range.used_cells() {
            self.take_cell(sheet, (row as u32, col as u32), value)?;
        }
        Ok(())
    }
}

fn area(start: (u32, u32), end: (u32, u32)) -> u64 {
    let rows = u64::from(end.0.saturating_sub(start.0)) + 1;
    let cols = u64::from(end.1.saturating_sub(start.1)) + 1;
    rows * cols
}

/// `(0, 0)` → `A1`.
fn a1((row, col): (u32, u32)) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(u64::from(row) + 1).to_string()
}

/// Gathers one sheet's cells.
struct Collector<'b> {
    sheet: String,
    budget: &'b mut Budget,
    dense: Option<Range<Data>>,
    sparse: Vec<Cell<Data>>,
    bounds: Option<((u32, u32), (u32, u32))>,
    seen: u64,
}

impl<'b> Collector<'b> {
    /// `declared` is the sheet's own dimension; `part_bytes` bounds what its XML can hold.
    fn new(sheet: &str, declared: Dimensions, part_bytes: u64, budget: &'b mut Budget) -> Self {
        let declared_area = declared.len();
        let plausible = declared != Dimensions::default()
            && declared_area <= budget.max_area
            && declared_area.saturating_mul(CELL_BYTES) <= part_bytes.saturating_mul(4) + (1 << 20);
        Self {
            sheet: sheet.to_string(),
            budget,
            dense: plausible.then(|| Range::new(declared.start, declared.end)),
            sparse: Vec::new(),
            bounds: None,
            seen: 0,
        }
    }

    fn push(
        &mut self,
        pos: (u32, u32),
        value: DataRef<'_>,
        deadline: &Deadline,
    ) -> Result<(), OpenError> {
        self.seen += 1;
        if self.seen % CHECK_EVERY == 0 {
            deadline.check()?;
        }
        if matches!(value, DataRef::Empty) {
            return Ok(());
        }
        let value = Data::from(value);
        self.budget.take_cell(&self.sheet, pos, &value)?;
        self.bounds = Some(match self.bounds {
            None => (pos, pos),
            Some((lo, hi)) => (
                (lo.0.min(pos.0), lo.1.min(pos.1)),
                (hi.0.max(pos.0), hi.1.max(pos.1)),
            ),
        });
        match self.dense.as_mut() {
            Some(range) if within(range, pos) => range.set_value(pos, value),
            _ => self.sparse.push(Cell::new(pos, value)),
        }
        Ok(())
    }

    fn finish(self) -> Result<Range<Data>, OpenError> {
        let Some((lo, hi)) = self.bounds else {
            return Ok(Range::empty());
        };
        self.budget.check_area(&self.sheet, lo, hi)?;
        match self.dense {
            None => Ok(Range::from_sparse(self.sparse)),
            Some(mut dense) if self.sparse.is_empty() => {
                if dense.start() == Some(lo) && dense.end() == Some(hi) {
                    return Ok(dense);
                }
                // Trim to the non-empty span, moving (not cloning) the values.
                let Some(start) = dense.start() else {
                    return Ok(Range::empty());
                };
                let mut trimmed = Range::new(lo, hi);
                for row in lo.0..=hi.0 {
                    for col in lo.1..=hi.1 {
                        let from = ((row - start.0) as usize, (col - start.1) as usize);
                        let value = std::mem::take(&mut dense[from]);
                        if value != Data::Empty {
                            let to = ((row - lo.0) as usize, (col - lo.1) as usize);
                            trimmed[to] = value;
                        }
                    }
                }
                Ok(trimmed)
            }
            Some(dense) => {
                // Cells outside the declared dimension: gather everything and start over.
                let mut cells = self.sparse;
                if let Some(start) = dense.start() {
                    cells.extend(dense.used_cells().map(|(r, c, v)| {
                        Cell::new((start.0 + r as u32, start.1 + c as u32), v.clone())
                    }));
                }
                drop(dense);
                Ok(Range::from_sparse(cells))
            }
        }
    }
}

fn within(range: &Range<Data>, pos: (u32, u32)) -> bool {
    match (range.start(), range.end()) {
        (Some(s), Some(e)) => s.0 <= pos.0 && pos.0 <= e.0 && s.1 <= pos.1 && pos.1 <= e.1,
        _ => false,
    }
}

/// An xlsx sheet's cells and its formulas without cached values.
pub(crate) struct XlsxSheet {
    pub(crate) cells: Range<Data>,
    pub(crate) uncached_formulas: Vec<UncachedFormula>,
}

/// Reads one xlsx/xlsm sheet through calamine's cell reader.
pub(crate) fn read_xlsx_sheet<R: Read + Seek>(
    book: &mut Xlsx<R>,
    name: &str,
    part_bytes: u64,
    budget: &mut Budget,
    deadline: &Deadline,
) -> Result<XlsxSheet, OpenError> {
    let mut reader = match book.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        // A chart sheet or dialog sheet: no cells.
        Err(XlsxError::NotAWorksheet(_)) => {
            return Ok(XlsxSheet {
                cells: Range::empty(),
                uncached_formulas: Vec::new(),
            })
        }
        Err(e) => return Err(errors::from_xlsx(e)),
    };
    let mut collector = Collector::new(name, reader.dimensions(), part_bytes, budget);
    let mut uncached_formulas = Vec::new();
    while let Some(record) = reader
        .next_cell_with_formula_metadata()
        .map_err(errors::from_xlsx)?
    {
        if let (DataRef::Empty, Some(formula)) = (&record.value, &record.formula) {
            let text = match formula {
                calamine::XlsxFormulaMetadata::Normal { formula }
                | calamine::XlsxFormulaMetadata::Shared { formula, .. } => Some(formula.clone()),
                _ => None,
            };
            uncached_formulas.push(UncachedFormula {
                row: record.pos.0,
                col: record.pos.1,
                formula: text,
            });
        }
        collector.push(record.pos, record.value, deadline)?;
    }
    drop(reader);
    Ok(XlsxSheet {
        cells: collector.finish()?,
        uncached_formulas,
    })
}

/// Reads one xlsb sheet through calamine's cell reader.
pub(crate) fn read_xlsb_sheet<R: Read + Seek>(
    book: &mut Xlsb<R>,
    name: &str,
    part_bytes: u64,
    budget: &mut Budget,
    deadline: &Deadline,
) -> Result<Range<Data>, OpenError> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(errors::from_xlsb)?;
    let mut collector = Collector::new(name, reader.dimensions(), part_bytes, budget);
    while let Some(cell) = reader.next_cell().map_err(errors::from_xlsb)? {
        let pos = cell.get_position();
        collector.push(pos, cell.get_value().clone(), deadline)?;
    }
    drop(reader);
    collector.finish()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a1_names() {
        assert_eq!(a1((0, 0)), "A1");
        assert_eq!(a1((9, 25)), "Z10");
        assert_eq!(a1((0, 26)), "AA1");
        assert_eq!(a1((1_048_575, 16_383)), "XFD1048576");
    }

    fn budget() -> Budget {
        Budget::new(&Limits::default())
    }

    #[test]
    fn dense_trim_and_spill() {
        let deadline = Deadline::new(std::time::Duration::from_secs(5));
        // Declared A1:D10, used B2:C3 → trimmed.
        let mut b = budget();
        let mut c = Collector::new("s", Dimensions::new((0, 0), (9, 3)), 1 << 20, &mut b);
        c.push((1, 1), DataRef::Int(1), &deadline).unwrap();
        c.push((2, 2), DataRef::String("x".into()), &deadline)
            .unwrap();
        let r = c.finish().unwrap();
        assert_eq!(r.start(), Some((1, 1)));
        assert_eq!(r.end(), Some((2, 2)));
        assert_eq!(r.get_value((2, 2)), Some(&Data::String("x".into())));
        // Declared A1:A1, used beyond → spill.
        let mut b = budget();
        let mut c = Collector::new("s", Dimensions::new((0, 0), (0, 1)), 1 << 20, &mut b);
        c.push((0, 0), DataRef::Int(1), &deadline).unwrap();
        c.push((5, 3), DataRef::Int(2), &deadline).unwrap();
        let r = c.finish().unwrap();
        assert_eq!(r.end(), Some((5, 3)));
        assert_eq!(r.get_value((0, 0)), Some(&Data::Int(1)));
        assert_eq!(r.get_value((5, 3)), Some(&Data::Int(2)));
    }

    #[test]
    fn far_apart_cells_are_refused() {
        let deadline = Deadline::new(std::time::Duration::from_secs(5));
        let mut b = budget();
        let mut c = Collector::new("s", Dimensions::default(), 0, &mut b);
        c.push((0, 0), DataRef::Int(1), &deadline).unwrap();
        c.push((1_048_575, 16_383), DataRef::Int(1), &deadline)
            .unwrap();
        assert!(matches!(c.finish(), Err(OpenError::TooLarge(_))));
    }
}
