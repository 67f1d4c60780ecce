//! Streaming a sheet's cells into rows of normalized values, within the limits: non-empty
//! cells, the area they span, text per cell and in all. No list of cells is kept beside the
//! rows (unlike calamine's own `worksheet_range`), and the span is checked as it grows, so a
//! hostile sheet is refused before it is allocated.

use super::cells::{Cells, CellsBuilder};
use super::{errors, Deadline, Limits, OpenError, UncachedFormula};
use crate::values::Value;
use calamine::{Data, DataRef, Dimensions, Range, Xlsb, Xlsx, XlsxError};
use std::io::{Read, Seek};

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

    fn take_cell(
        &mut self,
        sheet: &str,
        pos: (u32, u32),
        text: Option<&str>,
    ) -> Result<(), OpenError> {
        self.cells += 1;
        if self.cells > self.max_cells {
            return Err(OpenError::TooLarge(format!(
                "非空单元格超过 {} 个",
                self.max_cells
            )));
        }
        let Some(text) = text else {
            return Ok(());
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
            let text = match value {
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.as_str()),
                _ => None,
            };
            self.take_cell(sheet, (row as u32, col as u32), text)?;
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
    cells: CellsBuilder,
    seen: u64,
}

impl<'b> Collector<'b> {
    /// `declared` is the sheet's own dimension (a hint of the width of its rows only).
    fn new(sheet: &str, declared: Dimensions, budget: &'b mut Budget) -> Self {
        let plausible = declared != Dimensions::default() && declared.len() <= budget.max_area;
        let (first_row, row_capacity) = if plausible {
            (declared.start.0, declared.end.1 as usize + 1)
        } else {
            (0, 0)
        };
        Self {
            sheet: sheet.to_string(),
            budget,
            cells: CellsBuilder::new(first_row, row_capacity),
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
        if self.seen.is_multiple_of(CHECK_EVERY) {
            deadline.check()?;
        }
        let text = match &value {
            DataRef::Empty => return Ok(()),
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                Some(s.as_str())
            }
            DataRef::SharedString(s) => Some(*s),
            _ => None,
        };
        self.budget.take_cell(&self.sheet, pos, text)?;
        // A cell of only white space counts for the span, as in calamine's own range.
        if self.cells.push(pos, Value::from_cell(value)) {
            if let Some((lo, hi)) = self.cells.bounds() {
                self.budget.check_area(&self.sheet, lo, hi)?;
            }
        }
        Ok(())
    }

    fn finish(self) -> Cells {
        self.cells.finish()
    }
}

/// An xlsx sheet's cells and its formulas without cached values.
pub(crate) struct XlsxSheet {
    pub(crate) cells: Cells,
    pub(crate) uncached_formulas: Vec<UncachedFormula>,
}

/// Reads one xlsx/xlsm sheet through calamine's cell reader.
pub(crate) fn read_xlsx_sheet<R: Read + Seek>(
    book: &mut Xlsx<R>,
    name: &str,
    budget: &mut Budget,
    deadline: &Deadline,
) -> Result<XlsxSheet, OpenError> {
    let mut reader = match book.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        // A chart sheet or dialog sheet: no cells.
        Err(XlsxError::NotAWorksheet(_)) => {
            return Ok(XlsxSheet {
                cells: Cells::empty(),
                uncached_formulas: Vec::new(),
            })
        }
        Err(e) => return Err(errors::from_xlsx(e)),
    };
    let mut collector = Collector::new(name, reader.dimensions(), budget);
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
        cells: collector.finish(),
        uncached_formulas,
    })
}

/// Reads one xlsb sheet through calamine's cell reader.
pub(crate) fn read_xlsb_sheet<R: Read + Seek>(
    book: &mut Xlsb<R>,
    name: &str,
    budget: &mut Budget,
    deadline: &Deadline,
) -> Result<Cells, OpenError> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(errors::from_xlsb)?;
    let mut collector = Collector::new(name, reader.dimensions(), budget);
    while let Some(cell) = reader.next_cell().map_err(errors::from_xlsb)? {
        let pos = cell.get_position();
        collector.push(pos, cell.get_value().clone(), deadline)?;
    }
    drop(reader);
    Ok(collector.finish())
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
    fn cells_outside_the_declared_dimension_are_kept() {
        let deadline = Deadline::new(std::time::Duration::from_secs(5));
        let mut b = budget();
        let mut c = Collector::new("s", Dimensions::new((0, 0), (0, 1)), &mut b);
        c.push((0, 0), DataRef::Int(1), &deadline).unwrap();
        c.push((5, 3), DataRef::Int(2), &deadline).unwrap();
        c.push((1, 1), DataRef::String("  ".into()), &deadline)
            .unwrap();
        let r = c.finish();
        assert_eq!(r.start(), Some((0, 0)));
        assert_eq!(r.end(), Some((5, 3)));
        assert_eq!(r.get((0, 0)), Some(&Value::Number(1.0)));
        assert_eq!(r.get((5, 3)), Some(&Value::Number(2.0)));
        assert_eq!(r.get((1, 1)), Some(&Value::Empty));
    }

    #[test]
    fn far_apart_cells_are_refused_as_they_arrive() {
        let deadline = Deadline::new(std::time::Duration::from_secs(5));
        let mut b = budget();
        let mut c = Collector::new("s", Dimensions::default(), &mut b);
        c.push((0, 0), DataRef::Int(1), &deadline).unwrap();
        assert!(matches!(
            c.push((1_048_575, 16_383), DataRef::Int(1), &deadline),
            Err(OpenError::TooLarge(_))
        ));
    }
}
