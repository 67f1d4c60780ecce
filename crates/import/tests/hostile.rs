//! Hostile files: each must give the right `OpenError` quickly, never a panic or a hang.
//! Every file is made here, in a temporary directory.

#![allow(clippy::unwrap_used)]

use planboard_import::open::{self, NotWorkbookKind, OpenError, RawWorkbook};
use planboard_testkit::{demo_dir, temp_file};
use rust_xlsxwriter::{Format as XlsxFormat, Workbook};
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::time::{Duration, Instant};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// Reads the file, asserting it takes less than `secs` seconds.
fn read_timed(path: &Path, secs: u64) -> Result<RawWorkbook, OpenError> {
    let started = Instant::now();
    let result = open::read_workbook(path);
    let took = started.elapsed();
    eprintln!(
        "{}: {:?} in {took:?}",
        path.display(),
        result.as_ref().map(|_| "ok")
    );
    assert!(took < Duration::from_secs(secs), "took {took:?}");
    result
}

/// A small, ordinary ledger workbook with a merged title and a hidden second sheet.
fn small_xlsx() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("项目台账").unwrap();
    sheet
        .merge_range(
            0,
            0,
            0,
            3,
            "2023年城东街道招商引资项目台账",
            &XlsxFormat::new(),
        )
        .unwrap();
    for (col, header) in ["序号", "项目名称", "所属街道", "计划总投资（万元）"]
        .iter()
        .enumerate()
    {
        sheet.write_string(1, col as u16, *header).unwrap();
    }
    for row in 0..50u32 {
        sheet.write_number(row + 2, 0, f64::from(row + 1)).unwrap();
        sheet
            .write_string(row + 2, 1, format!("项目{row}"))
            .unwrap();
        sheet.write_string(row + 2, 2, "城东街道").unwrap();
        sheet.write_number(row + 2, 3, 12_500.0).unwrap();
    }
    sheet.write_formula(60, 3, "=SUM(D3:D52)").unwrap();
    let hidden = workbook.add_worksheet();
    hidden.set_name("Sheet2").unwrap();
    hidden.write_string(0, 0, "草稿").unwrap();
    hidden.set_hidden(true);
    workbook.save_to_buffer().unwrap()
}

#[test]
fn ordinary_workbook_opens_with_merges_and_visibility() {
    let path = temp_file("台账.xlsx", &small_xlsx());
    let book = read_timed(&path, 10).unwrap();
    assert_eq!(book.format, open::Format::Xlsx);
    assert_eq!(book.sheets.len(), 2);
    let ledger = &book.sheets[0];
    assert!(ledger.visible);
    assert!(!book.sheets[1].visible);
    assert_eq!(
        ledger.merges,
        vec![calamine::Dimensions::new((0, 0), (0, 3))]
    );
    assert_eq!(ledger.cells.start(), Some((0, 0)));
    // rust_xlsxwriter caches 0 as the formula's value.
    assert_eq!(ledger.cells.end(), Some((60, 3)));
    assert!(ledger.uncached_formulas.is_empty());
}

#[test]
fn formula_without_cached_value_is_reported() {
    let package = replace_part(&small_xlsx(), "xl/worksheets/sheet1.xml", |xml| {
        xml.replace("<v>0</v>", "")
    });
    let path = temp_file("uncached.xlsx", &package);
    let book = read_timed(&path, 10).unwrap();
    let ledger = &book.sheets[0];
    assert_eq!(ledger.cells.end(), Some((51, 3)));
    assert_eq!(ledger.uncached_formulas.len(), 1);
    assert_eq!(
        (
            ledger.uncached_formulas[0].row,
            ledger.uncached_formulas[0].col
        ),
        (60, 3)
    );
    assert_eq!(
        ledger.uncached_formulas[0].formula.as_deref(),
        Some("SUM(D3:D52)")
    );
}

#[test]
fn same_workbook_under_another_extension_opens() {
    // A WPS .et (or a mislabelled .xls) that is an xlsx inside opens by its content.
    let path = temp_file("台账.et", &small_xlsx());
    assert_eq!(read_timed(&path, 10).unwrap().format, open::Format::Xlsx);
}

#[test]
fn truncated_xlsx_is_corrupt() {
    let bytes = small_xlsx();
    let path = temp_file("cut.xlsx", &bytes[..bytes.len() / 2]);
    assert!(matches!(read_timed(&path, 5), Err(OpenError::Corrupt(_))));
}

#[test]
fn text_renamed_xlsx_is_not_a_workbook() {
    let path = temp_file("data.xlsx", "序号,项目名称\n1,项目甲\n".as_bytes());
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Text))
    ));
}

#[test]
fn empty_file_is_not_a_workbook() {
    let path = temp_file("empty.xlsx", b"");
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Empty))
    ));
}

#[test]
fn random_bytes_are_not_a_workbook() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..100_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let path = temp_file("random.xls", &bytes);
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Unknown))
    ));
}

#[test]
fn png_renamed_xls_is_not_a_workbook() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[0u8; 200]);
    let path = temp_file("picture.xls", &png);
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Image))
    ));
}

/// A zip with the parts of an xlsx whose worksheet is `zeros` bytes of zeros, written
/// streaming so that the test stays small in memory.
fn zeros_package(zeros: usize) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("xl/workbook.xml", options).unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let block = vec![0u8; 1 << 20];
    let mut left = zeros;
    while left > 0 {
        let n = left.min(block.len());
        zip.write_all(&block[..n]).unwrap();
        left -= n;
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn zip_bomb_is_refused_from_its_directory() {
    let bytes = zeros_package(1 << 30);
    assert!(bytes.len() < 16 << 20, "bomb is {} bytes", bytes.len());
    let path = temp_file("bomb.xlsx", &bytes);
    match read_timed(&path, 5) {
        Err(OpenError::TooLarge(message)) => assert!(message.contains("压缩炸弹"), "{message}"),
        other => panic!("{:?}", other.map(|_| ())),
    }
}

/// Sets the uncompressed size that both the local header and the central directory declare
/// for `name` (32-bit fields; no zip64).
fn patch_declared_size(bytes: &mut [u8], name: &str, size: u32) {
    let name = name.as_bytes();
    let mut patched = 0;
    for i in 0..bytes.len().saturating_sub(46) {
        if bytes[i..].starts_with(b"PK\x03\x04") {
            let len = u16::from_le_bytes([bytes[i + 26], bytes[i + 27]]) as usize;
            if bytes.get(i + 30..i + 30 + len) == Some(name) {
                bytes[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
        } else if bytes[i..].starts_with(b"PK\x01\x02") {
            let len = u16::from_le_bytes([bytes[i + 28], bytes[i + 29]]) as usize;
            if bytes.get(i + 46..i + 46 + len) == Some(name) {
                bytes[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
        }
    }
    assert_eq!(patched, 2);
}

#[test]
fn zip_bomb_lying_about_its_size_is_stopped_while_inflating() {
    let mut bytes = zeros_package(64 << 20);
    patch_declared_size(&mut bytes, "xl/worksheets/sheet1.xml", 1000);
    let path = temp_file("liar.xlsx", &bytes);
    match read_timed(&path, 5) {
        Err(OpenError::TooLarge(message)) => assert!(message.contains("声明"), "{message}"),
        other => panic!("{:?}", other.map(|_| ())),
    }
}

/// A minimal OLE compound file (512-byte sectors) holding the given empty streams.
fn compound_file(streams: &[&str]) -> Vec<u8> {
    const FREE: u32 = 0xFFFF_FFFF;
    const END: u32 = 0xFFFF_FFFE;
    const FATSECT: u32 = 0xFFFF_FFFD;
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    header[0x18..0x1A].copy_from_slice(&0x3Eu16.to_le_bytes());
    header[0x1A..0x1C].copy_from_slice(&3u16.to_le_bytes());
    header[0x1C..0x1E].copy_from_slice(&0xFFFEu16.to_le_bytes());
    header[0x1E..0x20].copy_from_slice(&9u16.to_le_bytes());
    header[0x20..0x22].copy_from_slice(&6u16.to_le_bytes());
    header[0x2C..0x30].copy_from_slice(&1u32.to_le_bytes()); // FAT sectors
    header[0x30..0x34].copy_from_slice(&1u32.to_le_bytes()); // first directory sector
    header[0x38..0x3C].copy_from_slice(&4096u32.to_le_bytes());
    header[0x3C..0x40].copy_from_slice(&END.to_le_bytes()); // no mini FAT
    header[0x44..0x48].copy_from_slice(&END.to_le_bytes()); // no DIFAT sectors
    for i in 0..109 {
        let id = if i == 0 { 0 } else { FREE };
        header[0x4C + 4 * i..0x50 + 4 * i].copy_from_slice(&id.to_le_bytes());
    }
    let mut fat = vec![0u8; 512];
    for (i, id) in [FATSECT, END].iter().chain([FREE; 126].iter()).enumerate() {
        fat[4 * i..4 * i + 4].copy_from_slice(&id.to_le_bytes());
    }
    let mut dir = vec![0u8; 512];
    let names: Vec<&str> = std::iter::once("Root Entry")
        .chain(streams.iter().copied())
        .collect();
    assert!(names.len() <= 4);
    for (i, name) in names.iter().enumerate() {
        let entry = &mut dir[128 * i..128 * (i + 1)];
        let units: Vec<u16> = name.encode_utf16().collect();
        for (j, u) in units.iter().enumerate() {
            entry[2 * j..2 * j + 2].copy_from_slice(&u.to_le_bytes());
        }
        entry[64..66].copy_from_slice(&(((units.len() + 1) * 2) as u16).to_le_bytes());
        entry[66] = if i == 0 { 5 } else { 2 };
        entry[68..72].copy_from_slice(&FREE.to_le_bytes()); // left sibling
        let right = if i + 1 < names.len() && i > 0 {
            i as u32 + 1
        } else {
            FREE
        };
        entry[72..76].copy_from_slice(&right.to_le_bytes());
        let child = if i == 0 && names.len() > 1 { 1 } else { FREE };
        entry[76..80].copy_from_slice(&child.to_le_bytes());
        entry[116..120].copy_from_slice(&END.to_le_bytes());
    }
    [header, fat, dir].concat()
}

#[test]
fn encrypted_ooxml_is_password_protected() {
    let path = temp_file(
        "secret.xlsx",
        &compound_file(&["EncryptionInfo", "EncryptedPackage"]),
    );
    match read_timed(&path, 5) {
        Err(e @ OpenError::PasswordProtected) => {
            assert!(e.to_string().contains("文件已设置密码保护"));
            assert!(e.message_en().contains("password"));
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
}

#[test]
fn compound_file_without_workbook_is_not_a_workbook() {
    let path = temp_file("letter.xls", &compound_file(&["WordDocument"]));
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Word))
    ));
}

#[test]
fn truncated_compound_file_is_corrupt() {
    let bytes = compound_file(&["Workbook"]);
    let path = temp_file("cut.xls", &bytes[..700]);
    assert!(matches!(read_timed(&path, 5), Err(OpenError::Corrupt(_))));
}

/// Rewrites one part of a zip package.
fn replace_part(package: &[u8], part: &str, edit: impl Fn(String) -> String) -> Vec<u8> {
    rewrite(
        package,
        |name, data| {
            let data = if name == part {
                edit(String::from_utf8(data).unwrap()).into_bytes()
            } else {
                data
            };
            Some((name.to_string(), data))
        },
        &[],
    )
}

#[test]
fn huge_declared_dimension_allocates_nothing_big() {
    let package = replace_part(&small_xlsx(), "xl/worksheets/sheet1.xml", |xml| {
        let start = xml.find("<dimension ref=\"").unwrap() + "<dimension ref=\"".len();
        let end = start + xml[start..].find('"').unwrap();
        format!("{}A1:XFD1048576{}", &xml[..start], &xml[end..])
    });
    let path = temp_file("huge-dimension.xlsx", &package);
    let book = read_timed(&path, 5).unwrap();
    assert_eq!(book.sheets[0].cells.end(), Some((60, 3)));
}

#[test]
fn cells_far_apart_are_refused() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "左上").unwrap();
    sheet.write_string(1_048_575, 16_383, "右下").unwrap();
    let path = temp_file("far.xlsx", &workbook.save_to_buffer().unwrap());
    assert!(matches!(read_timed(&path, 5), Err(OpenError::TooLarge(_))));
}

#[test]
fn overlong_text_is_refused() {
    let package = replace_part(&small_xlsx(), "xl/sharedStrings.xml", |xml| {
        xml.replacen("项目0", &"长".repeat(40_000), 1)
    });
    let path = temp_file("long.xlsx", &package);
    assert!(matches!(read_timed(&path, 5), Err(OpenError::TooLarge(_))));
}

#[test]
fn ods_with_huge_repeats_is_refused() {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(b"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>").unwrap();
    let path = temp_file("repeats.ods", &zip.finish().unwrap().into_inner());
    assert!(matches!(read_timed(&path, 5), Err(OpenError::TooLarge(_))));
}

#[test]
fn a_panic_in_the_reader_becomes_an_error() {
    let result: Result<(), OpenError> = open::guarded(Duration::from_secs(5), |_| panic!("boom"));
    match result {
        Err(OpenError::Corrupt(message)) => assert!(message.contains("boom"), "{message}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_hang_in_the_reader_becomes_an_error() {
    let started = Instant::now();
    let result: Result<(), OpenError> =
        open::guarded(Duration::from_millis(200), |deadline| loop {
            deadline.check()?;
            std::thread::sleep(Duration::from_millis(10));
        });
    assert!(matches!(result, Err(OpenError::TimedOut(_))), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

/// The guards must not change what an ordinary workbook gives: every demo workbook (xlsx, xls,
/// ods) opens with exactly the cells, merges and visibility calamine's plain read gives.
#[test]
fn demo_workbooks_read_as_calamine_reads_them() {
    use calamine::{open_workbook_auto, Reader, Sheets};
    let dir = demo_dir();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["xlsx", "xls", "ods"].contains(&ext) {
            continue;
        }
        seen += 1;
        let ours = read_timed(&path, 10).unwrap();
        let mut theirs = open_workbook_auto(&path).unwrap();
        let metadata = theirs.sheets_metadata().to_vec();
        assert_eq!(ours.sheets.len(), metadata.len(), "{}", path.display());
        for (sheet, meta) in ours.sheets.iter().zip(metadata) {
            assert_eq!(sheet.name, meta.name);
            assert_eq!(
                sheet.visible,
                meta.visible == calamine::SheetVisible::Visible
            );
            let range = theirs.worksheet_range(&meta.name).unwrap();
            assert_eq!(
                sheet.cells,
                planboard_import::open::Cells::from_range(range),
                "{} / {}",
                path.display(),
                meta.name
            );
            let merges = match &mut theirs {
                Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&meta.name).unwrap(),
                Sheets::Xls(x) => x.merge_cells_by_sheet_name(&meta.name).unwrap(),
                _ => Vec::new(),
            };
            assert_eq!(sheet.merges, merges, "{} / {}", path.display(), meta.name);
        }
    }
    assert!(seen >= 10, "only {seen} demo workbooks");
}

#[test]
fn other_documents_say_what_they_are() {
    let html = "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>序号</td></tr></table></body></html>";
    let path = temp_file("export.xls", html.as_bytes());
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Html))
    ));
    let path = temp_file("report.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    match read_timed(&path, 5) {
        Err(e @ OpenError::NotAWorkbook(NotWorkbookKind::Pdf)) => {
            assert!(e.to_string().contains("PDF"));
            assert!(e.message_en().contains("PDF"));
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("[Content_Types].xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("word/document.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<w:document/>").unwrap();
    let path = temp_file("letter.xlsx", &zip.finish().unwrap().into_inner());
    assert!(matches!(
        read_timed(&path, 5),
        Err(OpenError::NotAWorkbook(NotWorkbookKind::Word))
    ));
}

#[test]
fn lying_worksheet_in_a_complete_package_is_stopped() {
    // A real package (relationships and all), so that its worksheet parts are verified on a
    // helper thread while calamine opens the workbook.
    let mut bytes = replace_part(&small_xlsx(), "xl/worksheets/sheet1.xml", |_| {
        "\0".repeat(64 << 20)
    });
    patch_declared_size(&mut bytes, "xl/worksheets/sheet1.xml", 1000);
    let path = temp_file("liar.xlsx", &bytes);
    match read_timed(&path, 5) {
        Err(OpenError::TooLarge(message)) => assert!(message.contains("声明"), "{message}"),
        other => panic!("{:?}", other.map(|_| ())),
    }
}

/// Rewrites a zip package part by part: `rename` gives each part's new name, or `None` to
/// leave it out; `extra` parts are added at the end.
fn rewrite_parts(
    package: &[u8],
    rename: impl Fn(&str) -> Option<String>,
    extra: &[(&str, Vec<u8>)],
) -> Vec<u8> {
    rewrite(package, |name, data| rename(name).map(|n| (n, data)), extra)
}

/// Rewrites a zip package: `part` turns each part (name, bytes) into its new name and bytes,
/// or `None` to leave it out; `extra` parts are added at the end.
fn rewrite(
    package: &[u8],
    part: impl Fn(&str, Vec<u8>) -> Option<(String, Vec<u8>)>,
    extra: &[(&str, Vec<u8>)],
) -> Vec<u8> {
    let mut archive = ZipArchive::new(Cursor::new(package)).unwrap();
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if let Some((new_name, data)) = part(&name, data) {
            out.start_file(new_name, options).unwrap();
            out.write_all(&data).unwrap();
        }
    }
    for (name, data) in extra {
        out.start_file(*name, options).unwrap();
        out.write_all(data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The cells of the first sheet of a workbook read by planboard.
fn first_sheet(path: &Path) -> planboard_import::open::Cells {
    read_timed(path, 5).unwrap().sheets.remove(0).cells
}

#[test]
fn packages_excel_opens_are_opened_too() {
    let original = temp_file("original.xlsx", &small_xlsx());
    let cells = first_sheet(&original);
    // No [Content_Types].xml.
    let bytes = rewrite_parts(
        &small_xlsx(),
        |n| (n != "[Content_Types].xml").then(|| n.to_string()),
        &[],
    );
    assert_eq!(first_sheet(&temp_file("no_types.xlsx", &bytes)), cells);
    // Part names written with backslashes by a Windows tool.
    let bytes = rewrite_parts(&small_xlsx(), |n| Some(n.replace('/', "\\")), &[]);
    assert_eq!(first_sheet(&temp_file("backslashes.xlsx", &bytes)), cells);
    // A chart part whose size is a lie: the reader never inflates it.
    let mut bytes = rewrite_parts(
        &small_xlsx(),
        |n| Some(n.to_string()),
        &[("xl/charts/chart1.xml", vec![b' '; 4096])],
    );
    patch_declared_size(&mut bytes, "xl/charts/chart1.xml", 10);
    assert_eq!(first_sheet(&temp_file("chart.xlsx", &bytes)), cells);
}

#[test]
fn an_xls_whose_last_sector_is_cut_short_opens() {
    let demo = demo_dir().join("石桥镇项目台账.xls");
    let whole = std::fs::read(&demo).unwrap();
    let zeros = whole.iter().rev().take_while(|&&b| b == 0).count();
    assert!(zeros > 0, "the demo file ends in padding");
    let cut = temp_file("cut.xls", &whole[..whole.len() - zeros]);
    let ours = read_timed(&cut, 5).unwrap();
    let full = read_timed(&demo, 5).unwrap();
    assert_eq!(ours.sheets.len(), full.sheets.len());
    for (a, b) in ours.sheets.iter().zip(&full.sheets) {
        assert_eq!(a.cells, b.cells, "{}", a.name);
    }
}
