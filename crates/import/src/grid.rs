//! A sheet as a dense grid of normalized cells, merged regions filled across and down.

use crate::open::RawSheet;
use crate::values::Value;
use calamine::Data;
use planboard_model::column_letter;

/// One cell of the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct GridCell {
    /// The value (for a merged region: the value of its top-left cell).
    pub value: Value,
    /// Whether the value was copied from the top-left cell of a merged region.
    pub copied: bool,
}

/// A sheet's used area as rows of cells.
#[derive(Clone, Debug, Default)]
pub struct Grid {
    /// 0-based absolute row of the first grid row.
    pub first_row: u32,
    /// 0-based absolute column of the first grid column.
    pub first_col: u32,
    /// The rows, all `width` long.
    pub rows: Vec<Vec<GridCell>>,
    /// The number of columns.
    pub width: usize,
}

impl Grid {
    /// Builds the grid of a sheet, filling merged regions with their top-left value. Each
    /// cell's text is released from the sheet as soon as it is copied, so a large sheet is
    /// never held twice.
    pub fn from_sheet(sheet: &mut RawSheet) -> Grid {
        let (Some((first_row, first_col)), Some((last_row, last_col))) =
            (sheet.cells.start(), sheet.cells.end())
        else {
            return Grid::default();
        };
        let width = (last_col - first_col) as usize + 1;
        let mut rows: Vec<Vec<GridCell>> = Vec::with_capacity((last_row - first_row) as usize + 1);
        for r in first_row..=last_row {
            let mut row = Vec::with_capacity(width);
            for c in first_col..=last_col {
                let value = match sheet.cells.get_value((r, c)) {
                    Some(Data::String(_)) => {
                        let value = sheet.cells.get_value((r, c)).map(Value::from_data);
                        sheet.cells.set_value((r, c), Data::Empty);
                        value.unwrap_or(Value::Empty)
                    }
                    Some(d) => Value::from_data(d),
                    None => Value::Empty,
                };
                row.push(GridCell {
                    value,
                    copied: false,
                });
            }
            rows.push(row);
        }
        for formula in &sheet.uncached_formulas {
            let (Some(r), Some(c)) = (
                formula.row.checked_sub(first_row),
                formula.col.checked_sub(first_col),
            ) else {
                continue;
            };
            if let Some(cell) = rows
                .get_mut(r as usize)
                .and_then(|row| row.get_mut(c as usize))
            {
                if cell.value.is_empty() {
                    cell.value = Value::Uncached(formula.formula.clone());
                }
            }
        }
        for merge in &sheet.merges {
            let (r1, c1) = merge.start;
            let (r2, c2) = merge.end;
            if r1 < first_row || c1 < first_col {
                continue;
            }
            let (r1, c1) = ((r1 - first_row) as usize, (c1 - first_col) as usize);
            let (r2, c2) = (
                (r2.saturating_sub(first_row) as usize).min(rows.len().saturating_sub(1)),
                (c2.saturating_sub(first_col) as usize).min(width.saturating_sub(1)),
            );
            let Some(source) = rows
                .get(r1)
                .and_then(|r| r.get(c1))
                .map(|c| c.value.clone())
            else {
                continue;
            };
            if source.is_empty() {
                continue;
            }
            for (r, row) in rows.iter_mut().enumerate().take(r2 + 1).skip(r1) {
                for (c, cell) in row.iter_mut().enumerate().take(c2 + 1).skip(c1) {
                    if (r, c) != (r1, c1) && cell.value.is_empty() {
                        cell.value = source.clone();
                        cell.copied = true;
                    }
                }
            }
        }
        Grid {
            first_row,
            first_col,
            rows,
            width,
        }
    }

    /// A grid from plain values (tests, generated tables).
    #[cfg(test)]
    pub fn from_values(rows: Vec<Vec<Value>>) -> Grid {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let rows = rows
            .into_iter()
            .map(|mut r| {
                r.resize(width, Value::Empty);
                r.into_iter()
                    .map(|value| GridCell {
                        value,
                        copied: false,
                    })
                    .collect()
            })
            .collect();
        Grid {
            first_row: 0,
            first_col: 0,
            rows,
            width,
        }
    }

    /// The number of rows.
    pub fn height(&self) -> usize {
        self.rows.len()
    }

    /// The value at a grid position (`Empty` outside).
    pub fn value(&self, row: usize, col: usize) -> &Value {
        static EMPTY: Value = Value::Empty;
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .map_or(&EMPTY, |c| &c.value)
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
        if let Some(cells) = self.rows.get(row) {
            for cell in cells {
                if cell.value.is_empty() {
                    continue;
                }
                let t = cell.value.display();
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Dimensions, Range};

    #[test]
    fn merged_regions_fill_across_and_down() {
        let mut cells = Range::new((2, 1), (4, 3));
        cells.set_value((2, 1), Data::String("年度".into()));
        cells.set_value((2, 2), Data::String("资金（亿元）".into()));
        cells.set_value((3, 2), Data::String("计划总投资".into()));
        cells.set_value((3, 3), Data::String("到位资金".into()));
        cells.set_value((4, 1), Data::Int(2016));
        let sheet = RawSheet {
            name: "s".into(),
            visible: true,
            cells,
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
        let mut sheet = sheet;
        let grid = Grid::from_sheet(&mut sheet);
        assert_eq!(grid.excel_row(0), 3);
        assert_eq!(grid.column_letter(0), "B");
        assert_eq!(grid.value(1, 0), &Value::Text("年度".into()));
        assert!(grid.rows[1][0].copied);
        assert_eq!(grid.value(0, 2), &Value::Text("资金（亿元）".into()));
        assert_eq!(grid.value(1, 2), &Value::Text("到位资金".into()));
        assert_eq!(grid.value(9, 9), &Value::Empty);
    }
}
