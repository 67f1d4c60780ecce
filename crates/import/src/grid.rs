//! A sheet as rows of normalized cells, merged regions filled across and down.

use crate::open::RawSheet;
use crate::values::Value;
use planboard_model::column_letter;

/// A sheet's used area as rows of cells.
#[derive(Clone, Debug, Default)]
pub struct Grid {
    /// 0-based absolute row of the first grid row.
    pub first_row: u32,
    /// 0-based absolute column of the first grid column.
    pub first_col: u32,
    /// The rows, all `width` long (a row let go of by [`Grid::release_row`] is empty).
    rows: Vec<Box<[Value]>>,
    /// The number of columns.
    pub width: usize,
    /// One bit a cell: its value was copied from the top-left cell of a merged region.
    copied: Vec<u64>,
}

impl Grid {
    /// Builds the grid of a sheet, taking its cells over (nothing is copied) and filling
    /// merged regions with their top-left value.
    pub fn from_sheet(sheet: RawSheet) -> Grid {
        let ((first_row, first_col), width, rows) = sheet.cells.into_parts();
        let mut grid = Grid {
            first_row,
            first_col,
            rows,
            width,
            copied: Vec::new(),
        };
        for formula in sheet.uncached_formulas {
            let (Some(r), Some(c)) = (
                formula.row.checked_sub(first_row),
                formula.col.checked_sub(first_col),
            ) else {
                continue;
            };
            if let Some(cell) = grid
                .rows
                .get_mut(r as usize)
                .and_then(|row| row.get_mut(c as usize))
            {
                if cell.is_empty() {
                    *cell = Value::Uncached(formula.formula.map(String::into_boxed_str));
                }
            }
        }
        for merge in &sheet.merges {
            grid.fill_merge(merge.start, merge.end);
        }
        grid
    }

    /// Copies the top-left value of the merged region `start..=end` (absolute) into its
    /// empty cells.
    fn fill_merge(&mut self, start: (u32, u32), end: (u32, u32)) {
        let (Some(r1), Some(c1)) = (
            start.0.checked_sub(self.first_row),
            start.1.checked_sub(self.first_col),
        ) else {
            return;
        };
        let (r1, c1) = (r1 as usize, c1 as usize);
        let r2 =
            (end.0.saturating_sub(self.first_row) as usize).min(self.height().saturating_sub(1));
        let c2 = (end.1.saturating_sub(self.first_col) as usize).min(self.width.saturating_sub(1));
        let source = self.value(r1, c1).clone();
        if source.is_empty() {
            return;
        }
        for r in r1..=r2 {
            for c in c1..=c2 {
                if (r, c) != (r1, c1) && self.rows[r][c].is_empty() {
                    self.rows[r][c] = source.clone();
                    self.mark_copied(r, c);
                }
            }
        }
    }

    fn mark_copied(&mut self, row: usize, col: usize) {
        if self.copied.is_empty() {
            self.copied = vec![0; (self.height() * self.width).div_ceil(64)];
        }
        let bit = row * self.width + col;
        self.copied[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether the cell's value was copied from the top-left cell of a merged region.
    pub fn is_copied(&self, row: usize, col: usize) -> bool {
        let bit = row * self.width + col;
        col < self.width
            && self
                .copied
                .get(bit / 64)
                .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }

    /// A grid from plain values (tests, generated tables).
    #[cfg(test)]
    pub fn from_values(rows: Vec<Vec<Value>>) -> Grid {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let rows = rows
            .into_iter()
            .map(|mut r| {
                r.resize(width, Value::Empty);
                r.into_boxed_slice()
            })
            .collect();
        Grid {
            first_row: 0,
            first_col: 0,
            rows,
            width,
            copied: Vec::new(),
        }
    }

    /// The number of rows.
    pub fn height(&self) -> usize {
        self.rows.len()
    }

    /// The cells of a row (empty outside the grid or once released).
    pub fn row(&self, row: usize) -> &[Value] {
        self.rows.get(row).map_or(&[], |r| r)
    }

    /// The value at a grid position (`Empty` outside).
    pub fn value(&self, row: usize, col: usize) -> &Value {
        static EMPTY: Value = Value::Empty;
        self.row(row).get(col).unwrap_or(&EMPTY)
    }

    /// Takes the value out of a cell, leaving it empty.
    pub fn take(&mut self, row: usize, col: usize) -> Value {
        self.rows
            .get_mut(row)
            .and_then(|r| r.get_mut(col))
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Lets go of a row's cells once it has been read (large ledgers are never held twice).
    pub fn release_row(&mut self, row: usize) {
        if let Some(r) = self.rows.get_mut(row) {
            *r = Box::default();
        }
    }

    /// The Excel row number (1-based) of a grid row.
    pub fn excel_row(&self, row: usize) -> u32 {
        self.first_row.saturating_add(row as u32).saturating_add(1)
    }

    /// The Excel column letter of a grid column.
    pub fn column_letter(&self, col: usize) -> String {
        column_letter(self.first_col.saturating_add(col as u32))
    }

    /// The distinct non-empty texts of a row (merged copies counted once), in order.
    pub fn row_texts(&self, row: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for value in self.row(row) {
            if value.is_empty() {
                continue;
            }
            let t = value.display();
            if !out.contains(&t) {
                out.push(t);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::open::Cells;
    use calamine::{Data, Dimensions};

    #[test]
    fn merged_regions_fill_across_and_down() {
        let mut cells = calamine::Range::new((2, 1), (4, 3));
        cells.set_value((2, 1), Data::String("年度".into()));
        cells.set_value((2, 2), Data::String("资金（亿元）".into()));
        cells.set_value((3, 2), Data::String("计划总投资".into()));
        cells.set_value((3, 3), Data::String("到位资金".into()));
        cells.set_value((4, 1), Data::Int(2016));
        let sheet = RawSheet {
            name: "s".into(),
            visible: true,
            cells: Cells::from_range(cells),
            merges: vec![
                Dimensions {
                    start: (2, 1),
                    end: (3, 1),
                },
                Dimensions {
                    start: (2, 2),
                    end: (2, 3),
                },
            ],
            uncached_formulas: Vec::new(),
        };
        let grid = Grid::from_sheet(sheet);
        assert_eq!(grid.excel_row(0), 3);
        assert_eq!(grid.column_letter(0), "B");
        assert_eq!(grid.value(1, 0), &Value::Text("年度".into()));
        assert!(grid.is_copied(1, 0));
        assert!(!grid.is_copied(0, 0));
        assert_eq!(grid.value(0, 2), &Value::Text("资金（亿元）".into()));
        assert_eq!(grid.value(1, 2), &Value::Text("到位资金".into()));
        assert_eq!(grid.value(9, 9), &Value::Empty);
    }
}
