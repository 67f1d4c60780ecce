//! A sheet's cells as rows of normalized values, built as the reader streams them: one
//! allocation a row and none a cell beyond its text, so a large sheet costs about what its
//! values need, and the importer can let go of each row once it has read it.

use crate::values::Value;
use calamine::{Data, Range};

/// A sheet's non-empty area as rows of normalized values. Positions are absolute (0-based row
/// and column as in the file); the area spans the non-empty cells, as calamine's
/// `worksheet_range` does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cells {
    start: (u32, u32),
    width: usize,
    rows: Vec<Box<[Value]>>,
}

impl Cells {
    /// No cells.
    pub fn empty() -> Self {
        Self::default()
    }

    /// Converts a range calamine built, moving its texts instead of copying them.
    pub fn from_range(mut range: Range<Data>) -> Self {
        let (Some(start), Some(end)) = (range.start(), range.end()) else {
            return Self::empty();
        };
        let height = (end.0 - start.0) as usize + 1;
        let width = (end.1 - start.1) as usize + 1;
        let rows = (0..height)
            .map(|r| {
                (0..width)
                    .map(|c| Value::from_owned(std::mem::take(&mut range[(r, c)])))
                    .collect()
            })
            .collect();
        Self { start, width, rows }
    }

    /// Whether no cell holds anything.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The absolute position of the top-left cell, `None` when empty.
    pub fn start(&self) -> Option<(u32, u32)> {
        (!self.is_empty()).then_some(self.start)
    }

    /// The absolute position of the bottom-right cell, `None` when empty.
    pub fn end(&self) -> Option<(u32, u32)> {
        (!self.is_empty()).then(|| {
            (
                self.start.0 + self.rows.len() as u32 - 1,
                self.start.1 + self.width as u32 - 1,
            )
        })
    }

    /// The value at an absolute position (`None` outside the area).
    pub fn get(&self, (row, col): (u32, u32)) -> Option<&Value> {
        let r = row.checked_sub(self.start.0)? as usize;
        let c = col.checked_sub(self.start.1)? as usize;
        self.rows.get(r)?.get(c)
    }

    /// The non-empty cells with their absolute positions, row by row.
    pub fn used_cells(&self) -> impl Iterator<Item = (u32, u32, &Value)> + '_ {
        self.rows.iter().enumerate().flat_map(move |(r, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, v)| !v.is_empty())
                .map(move |(c, v)| (self.start.0 + r as u32, self.start.1 + c as u32, v))
        })
    }

    /// The top-left position, the width and the rows, each `width` long.
    pub(crate) fn into_parts(self) -> ((u32, u32), usize, Vec<Box<[Value]>>) {
        (self.start, self.width, self.rows)
    }
}

/// Gathers streamed cells, in any order, into [`Cells`].
#[derive(Debug, Default)]
pub(crate) struct CellsBuilder {
    /// Absolute row of `rows[0]`.
    base: u32,
    /// Rows by `row - base`, each indexed by absolute column.
    rows: Vec<Vec<Value>>,
    /// The span of the non-empty cells so far.
    bounds: Option<((u32, u32), (u32, u32))>,
    /// Columns to reserve in a new row (the sheet's declared width).
    row_capacity: usize,
}

impl CellsBuilder {
    /// A builder expecting rows `first_row..` about `row_capacity` columns wide (absolute).
    pub(crate) fn new(first_row: u32, row_capacity: usize) -> Self {
        Self {
            base: first_row,
            row_capacity,
            ..Self::default()
        }
    }

    /// The span of the non-empty cells so far.
    pub(crate) fn bounds(&self) -> Option<((u32, u32), (u32, u32))> {
        self.bounds
    }

    /// Adds a non-empty value; returns whether the span of the cells grew.
    pub(crate) fn push(&mut self, (row, col): (u32, u32), value: Value) -> bool {
        let grew = match self.bounds {
            None => {
                self.base = self.base.min(row);
                self.bounds = Some(((row, col), (row, col)));
                true
            }
            Some((lo, hi)) => {
                let next = (
                    (lo.0.min(row), lo.1.min(col)),
                    (hi.0.max(row), hi.1.max(col)),
                );
                self.bounds = Some(next);
                next != (lo, hi)
            }
        };
        if row < self.base {
            let missing = (self.base - row) as usize;
            self.rows.splice(0..0, (0..missing).map(|_| Vec::new()));
            self.base = row;
        }
        let r = (row - self.base) as usize;
        if r >= self.rows.len() {
            self.rows.resize_with(r + 1, Vec::new);
        }
        let cells = &mut self.rows[r];
        let c = col as usize;
        if cells.len() <= c {
            if cells.capacity() == 0 {
                cells.reserve_exact(self.row_capacity.max(c + 1));
            }
            cells.resize(c + 1, Value::Empty);
        }
        cells[c] = value;
        grew
    }

    /// The cells, trimmed to the span of the non-empty ones.
    pub(crate) fn finish(self) -> Cells {
        let Some((lo, hi)) = self.bounds else {
            return Cells::empty();
        };
        let width = (hi.1 - lo.1) as usize + 1;
        let first = (lo.0 - self.base) as usize;
        let height = (hi.0 - lo.0) as usize + 1;
        let first_col = lo.1 as usize;
        let rows = self
            .rows
            .into_iter()
            .skip(first)
            .take(height)
            .map(|mut cells| {
                if cells.is_empty() {
                    return vec![Value::Empty; width].into_boxed_slice();
                }
                if first_col > 0 {
                    cells.drain(..first_col.min(cells.len()));
                }
                cells.resize(width, Value::Empty);
                cells.into_boxed_slice()
            })
            .collect();
        Cells {
            start: lo,
            width,
            rows,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn streamed_cells_in_any_order_are_trimmed_to_their_span() {
        let mut b = CellsBuilder::new(0, 8);
        assert!(b.push((3, 2), Value::Number(1.0)));
        assert!(b.push((1, 4), Value::Text("x".into())));
        assert!(!b.push((2, 3), Value::Bool(true)));
        let cells = b.finish();
        assert_eq!(cells.start(), Some((1, 2)));
        assert_eq!(cells.end(), Some((3, 4)));
        assert_eq!(cells.get((3, 2)), Some(&Value::Number(1.0)));
        assert_eq!(cells.get((1, 4)), Some(&Value::Text("x".into())));
        assert_eq!(cells.get((1, 2)), Some(&Value::Empty));
        assert_eq!(cells.get((0, 0)), None);
        assert_eq!(cells.used_cells().count(), 3);
    }

    #[test]
    fn a_range_converts_with_its_texts_trimmed() {
        let mut range = Range::new((2, 1), (3, 2));
        range.set_value((2, 1), Data::String(" 城东街道 ".into()));
        range.set_value((3, 2), Data::Int(7));
        let cells = Cells::from_range(range);
        assert_eq!(cells.start(), Some((2, 1)));
        assert_eq!(cells.end(), Some((3, 2)));
        assert_eq!(cells.get((2, 1)), Some(&Value::Text("城东街道".into())));
        assert_eq!(cells.get((3, 2)), Some(&Value::Number(7.0)));
        assert!(Cells::from_range(Range::empty()).is_empty());
    }
}
