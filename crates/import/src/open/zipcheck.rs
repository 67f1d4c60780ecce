//! Checks on a zip package before calamine sees it: the central directory first (entry count,
//! declared sizes, compression ratios, methods, encryption), then a bounded inflating pass
//! over every entry, since declared sizes can lie (the worksheet parts of an xlsx may be
//! verified on a second thread while calamine reads the workbook-level parts). The pass also finds the merged regions of
//! xlsx sheets (so that calamine need not read each sheet a second time for them) and checks
//! an ods `content.xml` for repeat counts that would expand to more cells than allowed.

use super::ods_scan::OdsScanner;
use super::xmlscan::{self, MergeScanner};
use super::{Deadline, Format, Limits, NotWorkbookKind, OpenError};
use calamine::Dimensions;
use std::collections::HashMap;
use std::io::{Read, Seek};
use zip::result::ZipError;
use zip::{CompressionMethod, ZipArchive};

/// The central directory as checked.
pub(crate) struct Directory {
    /// The package's format.
    pub(crate) format: Format,
    names: Vec<String>,
}

/// What inflating (part of) the package found.
#[derive(Default)]
pub(crate) struct Verified {
    scanners: HashMap<String, MergeScanner>,
    kept: HashMap<String, Vec<u8>>,
}

impl Verified {
    /// Both passes' findings together.
    pub(crate) fn and(mut self, other: Verified) -> Verified {
        self.scanners.extend(other.scanners);
        self.kept.extend(other.kept);
        self
    }
}

/// What the checks found.
pub(crate) struct Checked {
    /// Merged regions by sheet name, for the sheets whose part could be told and scanned.
    merges: HashMap<String, Vec<Dimensions>>,
}

impl Checked {
    /// Sums up the inflating passes of an xlsx package.
    pub(crate) fn new(verified: Verified) -> Self {
        Self {
            merges: merges_by_sheet(&verified.kept, verified.scanners),
        }
    }

    /// The merged regions of a sheet, when the scan found them; `None` means: ask calamine.
    pub(crate) fn merges_for(&self, sheet: &str) -> Option<Vec<Dimensions>> {
        self.merges.get(sheet).cloned()
    }
}

const CHUNK: usize = 64 * 1024;
/// Workbook-level parts kept whole for mapping sheet names to parts.
const MAX_KEPT_PART: u64 = 16 * 1024 * 1024;

fn open_archive<R: Read + Seek>(reader: R, limits: &Limits) -> Result<ZipArchive<R>, OpenError> {
    let archive = ZipArchive::new(reader).map_err(|e| match e {
        ZipError::Io(io) => {
            OpenError::Corrupt(format!("无法读取压缩包目录（文件可能被截断）：{io}"))
        }
        other => OpenError::Corrupt(format!("压缩包目录无效（文件可能被截断）：{other}")),
    })?;
    if archive.len() > limits.max_entries {
        return Err(OpenError::TooLarge(format!(
            "压缩包内有 {} 个条目，超过上限 {}",
            archive.len(),
            limits.max_entries
        )));
    }
    Ok(archive)
}

/// Checks the central directory before anything is inflated: entry count, methods,
/// encryption, declared sizes and compression ratios; and tells the format.
pub(crate) fn directory<R: Read + Seek>(
    reader: &mut R,
    limits: &Limits,
) -> Result<Directory, OpenError> {
    let mut archive = open_archive(reader, limits)?;
    let mut declared_total: u64 = 0;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(corrupt)?;
        if entry.encrypted() {
            return Err(OpenError::PasswordProtected);
        }
        let name = entry.name().map_err(corrupt)?.to_string();
        if !matches!(
            entry.compression(),
            CompressionMethod::Stored | CompressionMethod::Deflated
        ) {
            return Err(OpenError::Corrupt(format!(
                "条目 {name} 使用了不支持的压缩方式 {:?}",
                entry.compression()
            )));
        }
        let size = entry.size();
        declared_total = declared_total.saturating_add(size);
        if declared_total > limits.max_inflated_bytes {
            return Err(OpenError::TooLarge(format!(
                "解压后总大小超过 {} MB（疑似压缩炸弹）",
                limits.max_inflated_bytes / 1_000_000
            )));
        }
        let ratio = size / entry.compressed_size().max(1);
        if size > limits.ratio_floor_bytes && ratio > limits.max_ratio {
            return Err(OpenError::TooLarge(format!(
                "条目 {name} 的压缩比 {ratio}:1 异常（疑似压缩炸弹）"
            )));
        }
        names.push(name);
    }
    let format = format_of(&names, &mut archive)?;
    Ok(Directory { format, names })
}

/// Inflates the entries `which` selects, each through a hard cap at its declared size (and
/// the declared sizes together are within the limit, see [`directory`]); scans worksheet
/// parts for merged regions and an ods `content.xml` for repeat counts on the way.
pub(crate) fn verify<R: Read + Seek>(
    reader: &mut R,
    dir: &Directory,
    which: impl Fn(&str) -> bool,
    limits: &Limits,
    deadline: &Deadline,
) -> Result<Verified, OpenError> {
    let mut archive = open_archive(reader, limits)?;
    if archive.len() != dir.names.len() {
        return Err(OpenError::Corrupt("压缩包目录在读取时发生了变化".into()));
    }
    let format = dir.format;
    let mut verified = Verified::default();
    let mut ods = (format == Format::Ods).then(|| OdsScanner::new(limits));
    let mut buf = vec![0u8; CHUNK];
    for (i, name) in dir.names.iter().enumerate() {
        if !which(name) || never_inflated(name) {
            continue;
        }
        deadline.check()?;
        let mut entry = archive.by_index(i).map_err(corrupt)?;
        if entry.is_dir() {
            continue;
        }
        let declared = entry.size();
        let is_sheet = format == Format::Xlsx && is_worksheet_part(name);
        let keep = format == Format::Xlsx && is_mapping_part(name) && declared <= MAX_KEPT_PART;
        let is_ods_content = format == Format::Ods && name == "content.xml";
        let mut scanner = is_sheet.then(MergeScanner::default);
        let mut whole = keep.then(Vec::new);
        let mut read: u64 = 0;
        let mut damaged = false;
        loop {
            let n = match entry.read(&mut buf) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // The zip reader stops an entry inflating past its declared size itself.
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData && is_size_lie(&e) => {
                    return Err(OpenError::TooLarge(format!(
                        "条目 {name} 解压后的大小超过其声明的 {declared} 字节（疑似压缩炸弹）"
                    )));
                }
                // Damaged data (a wrong checksum, a broken stream) is no bomb: what was inflated
                // was counted. The reader meets it if it reads this part, and says so then.
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    damaged = true;
                    break;
                }
                Err(e) => {
                    return Err(OpenError::Corrupt(format!("条目 {name} 无法解压：{e}")));
                }
            };
            if n == 0 {
                break;
            }
            read += n as u64;
            if read > declared {
                return Err(OpenError::TooLarge(format!(
                    "条目 {name} 解压后的大小超过其声明的 {declared} 字节（疑似压缩炸弹）"
                )));
            }
            let chunk = &buf[..n];
            if let Some(scanner) = scanner.as_mut() {
                scanner.feed(chunk);
            }
            if let Some(whole) = whole.as_mut() {
                whole.extend_from_slice(chunk);
            }
            if is_ods_content {
                if let Some(ods) = ods.as_mut() {
                    ods.feed(chunk)?;
                }
            }
            deadline.check()?;
        }
        if damaged {
            // Neither its merges nor its text are known: the reader reads it on its own.
            continue;
        }
        if read != declared {
            return Err(OpenError::Corrupt(format!(
                "条目 {name} 的实际大小 {read} 与声明的 {declared} 字节不符"
            )));
        }
        if let Some(scanner) = scanner {
            verified.scanners.insert(name.clone(), scanner);
        }
        if let Some(whole) = whole {
            verified.kept.insert(name.clone(), whole);
        }
    }
    if let Some(ods) = ods {
        ods.finish()?;
    }
    Ok(verified)
}

fn corrupt(e: ZipError) -> OpenError {
    OpenError::Corrupt(format!("压缩包条目无效：{e}"))
}

/// Whether a part is an xlsx worksheet (calamine reads these only when asked for a sheet).
pub(crate) fn is_worksheet_part(name: &str) -> bool {
    name.starts_with("xl/worksheets/") && name.ends_with(".xml") && !name.contains("/_rels/")
}

fn is_mapping_part(name: &str) -> bool {
    name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels" || name == "_rels/.rels"
}

/// Whether calamine, opening the package, will read no worksheet part: the workbook is
/// `xl/workbook.xml` and every relationship that targets a worksheet part is a worksheet
/// (a hostile package could point its shared strings at a worksheet part). Only then may the
/// worksheet parts be verified while calamine opens the package.
pub(crate) fn worksheets_read_only_on_demand(verified: &Verified) -> bool {
    let text = |name: &str| {
        verified
            .kept
            .get(name)
            .and_then(|b| std::str::from_utf8(b).ok())
    };
    let (Some(package), Some(workbook)) = (text("_rels/.rels"), text("xl/_rels/workbook.xml.rels"))
    else {
        return false;
    };
    let office_document_ok = xmlscan::start_tags(package, "Relationship")
        .filter(|tag| xmlscan::attr(tag, "Type").is_some_and(|t| t.ends_with("/officeDocument")))
        .all(|tag| {
            xmlscan::attr(tag, "Target")
                .is_some_and(|t| t.trim_start_matches('/') == "xl/workbook.xml")
        });
    let parts_ok = xmlscan::start_tags(workbook, "Relationship").all(|tag| {
        let target = xmlscan::attr(tag, "Target").unwrap_or_default();
        let part = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        !part.contains("worksheets/")
            || xmlscan::attr(tag, "Type").is_some_and(|t| t.ends_with("/worksheet"))
    });
    office_document_ok && parts_ok
}

/// Parts the reader never inflates (charts, drawings, pictures, document properties, printer
/// settings): what they hold, or claim to, is nobody's memory.
fn never_inflated(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "xl/charts/",
        "xl/drawings/",
        "xl/media/",
        "xl/chartsheets/",
        "xl/printerSettings/",
        "xl/embeddings/",
        "docProps/",
        "customXml/",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p))
}

/// Whether a read error is the zip reader's own refusal of an entry inflating past its
/// declared size.
fn is_size_lie(error: &std::io::Error) -> bool {
    error.to_string().contains("larger than its declared")
}

/// The package's format by its part names (and the ods `mimetype`).
fn format_of<R: Read + Seek>(
    names: &[String],
    archive: &mut ZipArchive<R>,
) -> Result<Format, OpenError> {
    // Some Windows tools write part names with backslashes (xl\workbook.xml).
    let names: Vec<String> = names.iter().map(|n| n.replace('\\', "/")).collect();
    let has = |wanted: &str| names.iter().any(|n| n.eq_ignore_ascii_case(wanted));
    let has_suffix = |suffix: &str| {
        names
            .iter()
            .any(|n| n.to_ascii_lowercase().ends_with(suffix))
    };
    if has("EncryptedPackage") || has("EncryptionInfo") {
        return Err(OpenError::PasswordProtected);
    }
    // The workbook part wherever the package put it (a minimal package has it at the root, and
    // may lack [Content_Types].xml): Excel and calamine read such files.
    if has("workbook.xml") || has_suffix("/workbook.xml") {
        return Ok(Format::Xlsx);
    }
    if has("workbook.bin") || has_suffix("/workbook.bin") {
        return Ok(Format::Xlsb);
    }
    if has("mimetype") {
        let mut mime = String::new();
        if let Ok(entry) = archive.by_name("mimetype") {
            // Bounded: a mimetype is one short line.
            let _ = entry.take(200).read_to_string(&mut mime);
        }
        if mime.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
            return Ok(Format::Ods);
        }
        if mime.contains("opendocument.text") {
            return Err(OpenError::NotAWorkbook(NotWorkbookKind::Word));
        }
        if mime.contains("opendocument.presentation") {
            return Err(OpenError::NotAWorkbook(NotWorkbookKind::Presentation));
        }
    }
    if has("content.xml") && !has("mimetype") {
        return Ok(Format::Ods);
    }
    if has("word/document.xml") {
        return Err(OpenError::NotAWorkbook(NotWorkbookKind::Word));
    }
    if has("ppt/presentation.xml") {
        return Err(OpenError::NotAWorkbook(NotWorkbookKind::Presentation));
    }
    Err(OpenError::NotAWorkbook(NotWorkbookKind::Zip))
}

/// Maps the merge scans of worksheet parts to sheet names through `xl/workbook.xml` and its
/// relationships. A sheet left out (its part unknown, or a merge tag unreadable) is read by
/// calamine instead.
fn merges_by_sheet(
    kept: &HashMap<String, Vec<u8>>,
    mut scanners: HashMap<String, MergeScanner>,
) -> HashMap<String, Vec<Dimensions>> {
    let mut out = HashMap::new();
    let (Some(workbook), Some(rels)) = (
        kept.get("xl/workbook.xml")
            .and_then(|b| std::str::from_utf8(b).ok()),
        kept.get("xl/_rels/workbook.xml.rels")
            .and_then(|b| std::str::from_utf8(b).ok()),
    ) else {
        return out;
    };
    let targets: HashMap<String, String> = xmlscan::start_tags(rels, "Relationship")
        .filter_map(|tag| Some((xmlscan::attr(tag, "Id")?, xmlscan::attr(tag, "Target")?)))
        .collect();
    for tag in xmlscan::start_tags(workbook, "sheet") {
        let (Some(name), Some(id)) = (xmlscan::attr(tag, "name"), xmlscan::attr(tag, "id")) else {
            continue;
        };
        let Some(target) = targets.get(&id) else {
            continue;
        };
        let part = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        if let Some(scanner) = scanners.remove(&part) {
            if !scanner.failed {
                out.insert(name, scanner.merges);
            }
        }
    }
    out
}
