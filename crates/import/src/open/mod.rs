//! Opening a workbook: the format by its content, every sheet's cells and merged regions.
//!
//! This layer is the importer's only contact with the file; it is where hostile input is
//! stopped. In order:
//!
//! 1. the size on disk is capped ([`Limits::max_file_bytes`]);
//! 2. the format is told by the first bytes (`sniff`), never by the extension;
//! 3. zip containers (xlsx, xlsm, xlsb, ods) have their central directory checked (declared
//!    sizes, compression ratios, methods, encryption) and then every entry is inflated once
//!    through a hard byte cap, since declared sizes can lie (`zipcheck`);
//! 4. OLE containers are walked by a bounded reader of their own (`cfb`): encrypted OOXML
//!    packages and BIFF `FILEPASS` are told apart, cyclic sector chains refused, and the BIFF
//!    records are scanned for declared dimensions and cell spans calamine would allocate;
//! 5. cells are streamed into the sheet's range with caps on cells, dense area and text
//!    (`sheet`);
//! 6. all of it runs on a worker thread behind `catch_unwind` and a time limit (`guarded`).

mod cells;
mod cfb;
mod errors;
mod guard;
mod limits;
mod ods_scan;
mod sheet;
mod sniff;
mod xmlscan;
mod zipcheck;

pub use cells::Cells;
pub use errors::{NotWorkbookKind, OpenError};
pub use guard::{guarded, Deadline};
pub use limits::Limits;

use calamine::{Dimensions, Ods, Reader, SheetVisible, Xls, Xlsb, Xlsx};
use std::io::{BufReader, Cursor, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

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

/// A formula cell the file stores without a cached value: its cell in `cells` is empty, which
/// does not mean zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UncachedFormula {
    /// 0-based row, absolute.
    pub row: u32,
    /// 0-based column, absolute.
    pub col: u32,
    /// The formula text (without `=`), when the file spells it out for this cell (a derived
    /// cell of a shared formula does not).
    pub formula: Option<String>,
}

/// One sheet as read: its cells, merged regions and whether Excel shows it.
#[derive(Clone, Debug)]
pub struct RawSheet {
    /// The sheet's name.
    pub name: String,
    /// Whether the sheet is visible (hidden sheets are usually scratch data).
    pub visible: bool,
    /// The cells, normalized; positions are absolute (0-based row and column as in the
    /// file). The area spans the non-empty cells, as calamine's `worksheet_range` does.
    pub cells: Cells,
    /// Merged regions; only the top-left cell of each holds the value. Read for xlsx, xlsm
    /// and xls; calamine reads none for xlsb and ods, so those are always empty.
    pub merges: Vec<Dimensions>,
    /// Formula cells without a cached value (xlsx and xlsm only; xls always caches values,
    /// and calamine does not tell for xlsb and ods).
    pub uncached_formulas: Vec<UncachedFormula>,
}

/// A whole workbook as read.
#[derive(Clone, Debug)]
pub struct RawWorkbook {
    /// The format found by content.
    pub format: Format,
    /// The sheets in workbook order.
    pub sheets: Vec<RawSheet>,
}

/// Reads the workbook at `path` with the default [`Limits`], on a guarded worker thread.
pub fn read_workbook(path: &Path) -> Result<RawWorkbook, OpenError> {
    read_workbook_with(path, &Limits::default())
}

/// Reads the workbook at `path` with the given limits, on a guarded worker thread.
pub fn read_workbook_with(path: &Path, limits: &Limits) -> Result<RawWorkbook, OpenError> {
    let path = path.to_path_buf();
    let limits = limits.clone();
    guarded(limits.time_limit, move |deadline| {
        let file = std::fs::File::open(&path)?;
        let len = file.metadata()?.len();
        check_file_size(len, &limits)?;
        let reopen = || -> std::io::Result<Box<dyn ReadSeek>> {
            Ok(Box::new(BufReader::new(std::fs::File::open(&path)?)))
        };
        read_from(BufReader::new(file), &reopen, len, &limits, &deadline)
    })
}

/// Reads a workbook from its bytes with the default [`Limits`], on a guarded worker thread.
pub fn read_workbook_bytes(bytes: Vec<u8>) -> Result<RawWorkbook, OpenError> {
    read_workbook_bytes_with(bytes, &Limits::default())
}

/// Reads a workbook from its bytes with the given limits, on a guarded worker thread.
pub fn read_workbook_bytes_with(bytes: Vec<u8>, limits: &Limits) -> Result<RawWorkbook, OpenError> {
    let limits = limits.clone();
    guarded(limits.time_limit, move |deadline| {
        let len = bytes.len() as u64;
        check_file_size(len, &limits)?;
        let bytes: Arc<[u8]> = bytes.into();
        let reopen = || -> std::io::Result<Box<dyn ReadSeek>> {
            Ok(Box::new(Cursor::new(Arc::clone(&bytes))))
        };
        read_from(
            Cursor::new(Arc::clone(&bytes)),
            &reopen,
            len,
            &limits,
            &deadline,
        )
    })
}

fn check_file_size(len: u64, limits: &Limits) -> Result<(), OpenError> {
    if len > limits.max_file_bytes {
        return Err(OpenError::TooLarge(format!(
            "文件大小 {} MB，超过上限 {} MB",
            len / 1_000_000,
            limits.max_file_bytes / 1_000_000
        )));
    }
    Ok(())
}

/// A reader of the file that can be sent to a helper thread.
trait ReadSeek: Read + Seek + Send {}

impl<T: Read + Seek + Send> ReadSeek for T {}

/// Opens the file once more, for a helper thread.
type Reopen<'a> = dyn Fn() -> std::io::Result<Box<dyn ReadSeek>> + Sync + 'a;

/// Reads a workbook from any seekable reader of `len` bytes, on the current thread (and a
/// helper, through `reopen`). Callers outside this module go through [`read_workbook`], which
/// adds the thread and time guard.
fn read_from<R: Read + Seek>(
    mut reader: R,
    reopen: &Reopen<'_>,
    len: u64,
    limits: &Limits,
    deadline: &Deadline,
) -> Result<RawWorkbook, OpenError> {
    let mut head = [0u8; 8];
    let got = read_up_to(&mut reader, &mut head)?;
    match sniff::container(&head[..got]) {
        sniff::Container::Zip => read_zip(reader, reopen, limits, deadline),
        sniff::Container::Ole => {
            if len > limits.max_file_bytes {
                return Err(OpenError::TooLarge("OLE 文件过大".into()));
            }
            reader.seek(SeekFrom::Start(0))?;
            let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
            reader.take(limits.max_file_bytes).read_to_end(&mut bytes)?;
            read_ole(bytes, limits, deadline)
        }
        sniff::Container::Other => {
            // Look at a little more to say what the file is instead.
            let mut more = vec![0u8; 4096];
            reader.seek(SeekFrom::Start(0))?;
            let n = read_up_to(&mut reader, &mut more)?;
            Err(OpenError::NotAWorkbook(sniff::other_kind(&more[..n])))
        }
    }
}

fn read_up_to<R: Read>(reader: &mut R, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn read_zip<R: Read + Seek>(
    mut reader: R,
    reopen: &Reopen<'_>,
    limits: &Limits,
    deadline: &Deadline,
) -> Result<RawWorkbook, OpenError> {
    reader.seek(SeekFrom::Start(0))?;
    let dir = zipcheck::directory(&mut reader, limits)?;
    if dir.format == Format::Xlsx {
        // Verify the workbook-level parts first; then the worksheet parts on a helper thread
        // while calamine reads the workbook-level parts (it reads no worksheet part then).
        reader.seek(SeekFrom::Start(0))?;
        let first = zipcheck::verify(
            &mut reader,
            &dir,
            |name| !zipcheck::is_worksheet_part(name),
            limits,
            deadline,
        )?;
        reader.seek(SeekFrom::Start(0))?;
        if !zipcheck::worksheets_read_only_on_demand(&first) {
            let second = zipcheck::verify(
                &mut reader,
                &dir,
                zipcheck::is_worksheet_part,
                limits,
                deadline,
            )?;
            reader.seek(SeekFrom::Start(0))?;
            let book = Xlsx::new(reader).map_err(errors::from_xlsx)?;
            let checked = zipcheck::Checked::new(first.and(second));
            return read_xlsx(book, &checked, limits, deadline);
        }
        let (book, second) = std::thread::scope(|scope| {
            let helper = scope.spawn(|| {
                let mut again = reopen()?;
                zipcheck::verify(
                    &mut again,
                    &dir,
                    zipcheck::is_worksheet_part,
                    limits,
                    deadline,
                )
            });
            let book = Xlsx::new(reader).map_err(errors::from_xlsx);
            let second = helper
                .join()
                .unwrap_or_else(|_| Err(OpenError::Corrupt("解析时出错：校验线程意外结束".into())));
            (book, second)
        });
        let checked = zipcheck::Checked::new(first.and(second?));
        return read_xlsx(book?, &checked, limits, deadline);
    }
    reader.seek(SeekFrom::Start(0))?;
    zipcheck::verify(&mut reader, &dir, |_| true, limits, deadline)?;
    reader.seek(SeekFrom::Start(0))?;
    match dir.format {
        Format::Xlsb => {
            let mut book = Xlsb::new(reader).map_err(errors::from_xlsb)?;
            let metadata = book.sheets_metadata().to_vec();
            let mut budget = sheet::Budget::new(limits);
            let mut sheets = Vec::with_capacity(metadata.len());
            for meta in metadata {
                deadline.check()?;
                let cells = sheet::read_xlsb_sheet(&mut book, &meta.name, &mut budget, deadline)?;
                sheets.push(RawSheet {
                    name: meta.name,
                    visible: meta.visible == SheetVisible::Visible,
                    cells,
                    merges: Vec::new(),
                    uncached_formulas: Vec::new(),
                });
            }
            Ok(RawWorkbook {
                format: Format::Xlsb,
                sheets,
            })
        }
        Format::Ods => {
            let mut book = Ods::new(reader).map_err(errors::from_ods)?;
            let metadata = book.sheets_metadata().to_vec();
            let mut budget = sheet::Budget::new(limits);
            let mut sheets = Vec::with_capacity(metadata.len());
            for meta in metadata {
                deadline.check()?;
                let range = book.worksheet_range(&meta.name).map_err(errors::from_ods)?;
                budget.take_range(&meta.name, &range)?;
                let cells = Cells::from_range(range);
                sheets.push(RawSheet {
                    name: meta.name,
                    visible: meta.visible == SheetVisible::Visible,
                    cells,
                    merges: Vec::new(),
                    uncached_formulas: Vec::new(),
                });
            }
            Ok(RawWorkbook {
                format: Format::Ods,
                sheets,
            })
        }
        Format::Xls | Format::Xlsx => Err(OpenError::NotAWorkbook(NotWorkbookKind::Zip)),
    }
}

fn read_xlsx<R: Read + Seek>(
    mut book: Xlsx<R>,
    checked: &zipcheck::Checked,
    limits: &Limits,
    deadline: &Deadline,
) -> Result<RawWorkbook, OpenError> {
    let metadata = book.sheets_metadata().to_vec();
    let mut budget = sheet::Budget::new(limits);
    let mut sheets = Vec::with_capacity(metadata.len());
    for meta in metadata {
        deadline.check()?;
        let read = sheet::read_xlsx_sheet(&mut book, &meta.name, &mut budget, deadline)?;
        let merges = match checked.merges_for(&meta.name) {
            Some(merges) => merges,
            None => book
                .merge_cells_by_sheet_name(&meta.name)
                .map_err(errors::from_xlsx)?,
        };
        sheets.push(RawSheet {
            name: meta.name,
            visible: meta.visible == SheetVisible::Visible,
            cells: read.cells,
            merges,
            uncached_formulas: read.uncached_formulas,
        });
    }
    Ok(RawWorkbook {
        format: Format::Xlsx,
        sheets,
    })
}

fn read_ole(
    bytes: Vec<u8>,
    limits: &Limits,
    deadline: &Deadline,
) -> Result<RawWorkbook, OpenError> {
    let file = cfb::CompoundFile::parse(&bytes)?;
    if file.has_stream("EncryptionInfo") || file.has_stream("EncryptedPackage") {
        return Err(OpenError::PasswordProtected);
    }
    let Some(stream) = file.find("Workbook").or_else(|| file.find("Book")) else {
        let kind = if file.has_stream("WordDocument") {
            NotWorkbookKind::Word
        } else if file.has_stream("PowerPoint Document") {
            NotWorkbookKind::Presentation
        } else {
            NotWorkbookKind::Ole
        };
        return Err(OpenError::NotAWorkbook(kind));
    };
    let workbook_stream = file.read_stream(&bytes, stream)?;
    deadline.check()?;
    cfb::scan_biff(&workbook_stream, limits)?;
    drop(workbook_stream);
    drop(file);
    deadline.check()?;
    let mut book = Xls::new(Cursor::new(bytes)).map_err(errors::from_xls)?;
    let metadata = book.sheets_metadata().to_vec();
    let mut budget = sheet::Budget::new(limits);
    let mut sheets = Vec::with_capacity(metadata.len());
    for meta in metadata {
        deadline.check()?;
        let range = book.worksheet_range(&meta.name).map_err(errors::from_xls)?;
        budget.take_range(&meta.name, &range)?;
        let cells = Cells::from_range(range);
        let merges = book
            .merge_cells_by_sheet_name(&meta.name)
            .map_err(errors::from_xls)?;
        sheets.push(RawSheet {
            name: meta.name,
            visible: meta.visible == SheetVisible::Visible,
            cells,
            merges,
            uncached_formulas: Vec::new(),
        });
    }
    Ok(RawWorkbook {
        format: Format::Xls,
        sheets,
    })
}
