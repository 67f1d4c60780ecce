//! Tables keyed into workbooks as a test writes them: rows of cells, written into a sheet or
//! saved as a workbook of one sheet.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};
use std::path::Path;

/// A cell to write.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    /// Text, as typed.
    Text(&'static str),
    /// A number.
    Number(f64),
    /// A date (year, month, day), formatted yyyy-mm-dd.
    Date(u16, u8, u8),
    /// Nothing.
    Blank,
}

/// Writes `rows` into `sheet`, the first at `first_row` (0-based), each from column A.
///
/// # Panics
/// If a cell cannot be written (a test's own mistake).
pub fn write_rows(sheet: &mut Worksheet, first_row: u32, rows: &[Vec<Cell>]) {
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in (first_row..).zip(rows) {
        for (c, cell) in (0u16..).zip(row) {
            let written = match *cell {
                Cell::Text(text) => sheet.write_string(r, c, text).map(|_| ()),
                Cell::Number(number) => sheet.write_number(r, c, number).map(|_| ()),
                Cell::Date(y, m, d) => ExcelDateTime::from_ymd(y, m, d)
                    .and_then(|dt| sheet.write_datetime_with_format(r, c, &dt, &date))
                    .map(|_| ()),
                Cell::Blank => Ok(()),
            };
            written.expect("a cell of the test's table");
        }
    }
}

/// Saves a workbook of one sheet named `sheet` holding `rows` at `path`.
///
/// # Panics
/// If the workbook cannot be written.
pub fn save_sheet(path: &Path, sheet: &str, rows: &[Vec<Cell>]) {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet).expect("a sheet name");
    write_rows(worksheet, 0, rows);
    workbook.save(path).expect("the test's workbook");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_sheet_holds_its_rows() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("表.xlsx");
        save_sheet(
            &path,
            "2024年",
            &[
                vec![Cell::Text("项目名称"), Cell::Text("签约日期")],
                vec![Cell::Text("甲"), Cell::Date(2024, 3, 1), Cell::Number(2.5)],
            ],
        );
        let bytes = std::fs::read(&path).expect("written");
        assert!(bytes.starts_with(b"PK"), "an xlsx is a zip archive");
    }
}
