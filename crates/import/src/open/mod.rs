//! Opening a workbook: the format by its content, every sheet's cells and merged regions.
//!
//! This layer is the importer's only contact with the file; it is where hostile input is
//! stopped (see `guard`).

use calamine::{Data, Dimensions, Range, Reader, Sheets, SheetVisible};
use std::io::Cursor;
use std::path::Path;

/// The spreadsheet formats planboard reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Office Open XML (.xlsx, .xlsm; WPS .et saved as such).
    Xlsx,
    /// Excel binary (.xlsb).
    Xlsb,
    /// Legacy BIFF (.xls; WPS .et of that kind).
    Xls,
    /// OpenDocument (.ods).
    Ods,
}

/// One sheet as read: its cells, merged regions and whether Excel shows it.
#[derive(Clone, Debug)]
pub struct RawSheet {
    /// The sheet's name.
    pub name: String,
    /// Whether the sheet is visible (hidden sheets are usually scratch data).
    pub visible: bool,
    /// The cells; positions are absolute (0-based row and column as in the file).
    pub cells: Range<Data>,
    /// Merged regions; only the top-left cell of each holds the value.
    pub merges: Vec<Dimensions>,
}

/// A whole workbook as read.
#[derive(Clone, Debug)]
pub struct RawWorkbook {
    /// The format found by content.
    pub format: Format,
    /// The sheets in workbook order.
    pub sheets: Vec<RawSheet>,
}

/// Why a workbook could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read from disk.
    #[error("无法读取文件：{0}")]
    Io(#[from] std::io::Error),
    /// The bytes are no spreadsheet planboard knows.
    #[error("不是可识别的 Excel/WPS/ODS 工作簿")]
    NotAWorkbook,
    /// The workbook is encrypted.
    #[error("文件已设置密码保护，请在 Excel/WPS 中取消密码后再导入")]
    PasswordProtected,
    /// The workbook is damaged or truncated.
    #[error("文件已损坏或不完整：{0}")]
    Corrupt(String),
    /// The file exceeds a safety limit (size, inflation, cells).
    #[error("文件超出安全限制：{0}")]
    TooLarge(String),
}

/// Reads the workbook at `path`.
pub fn read_workbook(path: &Path) -> Result<RawWorkbook, OpenError> {
    let bytes = std::fs::read(path)?;
    read_workbook_bytes(bytes)
}

/// Reads a workbook from its bytes.
pub fn read_workbook_bytes(bytes: Vec<u8>) -> Result<RawWorkbook, OpenError> {
    let mut sheets = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| OpenError::Corrupt(e.to_string()))?;
    let format = match &sheets {
        Sheets::Xlsx(_) => Format::Xlsx,
        Sheets::Xlsb(_) => Format::Xlsb,
        Sheets::Xls(_) => Format::Xls,
        Sheets::Ods(_) => Format::Ods,
    };
    let metadata = sheets.sheets_metadata().to_vec();
    let mut out = Vec::with_capacity(metadata.len());
    for sheet in metadata {
        let cells = sheets
            .worksheet_range(&sheet.name)
            .map_err(|e| OpenError::Corrupt(e.to_string()))?;
        let merges = match &mut sheets {
            Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&sheet.name).unwrap_or_default(),
            Sheets::Xls(x) => x.merge_cells_by_sheet_name(&sheet.name).unwrap_or_default(),
            _ => Vec::new(),
        };
        out.push(RawSheet {
            name: sheet.name,
            visible: sheet.visible == SheetVisible::Visible,
            cells,
            merges,
        });
    }
    Ok(RawWorkbook {
        format,
        sheets: out,
    })
}
