//! Checks on a zip package before calamine sees it: the central directory first (entry count,
//! declared sizes, compression ratios, methods, encryption), then one bounded inflating pass
//! over every entry, since declared sizes can lie. The pass also finds the merged regions of
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

/// What the checks found.
pub(crate) struct Checked {
    /// The package's format.
    pub(crate) format: Format,
    /// Inflated bytes of all worksheet parts (a bound on what their cells can need).
    pub(crate) worksheet_bytes: u64,
    /// Merged regions by sheet name, for the sheets whose part could be told and scanned.
    merges: HashMap<String, Vec<Dimensions>>,
}

impl Checked {
    /// The merged regions of a sheet, when the scan found them; `None` means: ask calamine.
    pub(crate) fn merges_for(&self, sheet: &str) -> Option<Vec<Dimensions>> {
        self.merges.get(sheet).cloned()
    }
}

const CHUNK: usize = 64 * 1024;
/// Workbook-level parts kept whole for mapping sheet names to parts.
const MAX_KEPT_PART: u64 = 16 * 1024 * 1024;

/// Runs both checks on a zip package.
pub(crate) fn check<R: Read + Seek>(
    reader: &mut R,
    limits: &Limits,
    deadline: &Deadline,
) -> Result<Checked, OpenError> {
    let mut archive = ZipArchive::new(reader).map_err(|e| match e {
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

    // 1. The central directory, before inflating anything.
    let mut declared_total: u64 = 0;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(corrupt)?;
        if entry.encrypted() {
            return Err(OpenError::PasswordProtected);
        }
        if !matches!(
            entry.compression(),
            CompressionMethod::Stored | CompressionMethod::Deflated
        ) {
            return Err(OpenError::Corrupt(format!(
                "条目 {} 使用了不支持的压缩方式 {:?}",
                entry.name(),
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
                "条目 {} 的压缩比 {ratio}:1 异常（疑似压缩炸弹）",
                entry.name()
            )));
        }
        names.push(entry.name().to_string());
    }
    let format = format_of(&names, &mut archive)?;

    // 2. One bounded inflating pass over every entry.
    let mut inflated_total: u64 = 0;
    let mut worksheet_bytes: u64 = 0;
    let mut scanners: HashMap<String, MergeScanner> = HashMap::new();
    let mut kept: HashMap<String, Vec<u8>> = HashMap::new();
    let mut ods = (format == Format::Ods).then(|| OdsScanner::new(limits));
    let mut buf = vec![0u8; CHUNK];
    for (i, name) in names.iter().enumerate() {
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
        loop {
            let n = match entry.read(&mut buf) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(OpenError::Corrupt(format!("条目 {name} 无法解压：{e}")));
                }
            };
            if n == 0 {
                break;
            }
            read += n as u64;
            inflated_total += n as u64;
            if read > declared {
                return Err(OpenError::TooLarge(format!(
                    "条目 {name} 解压后的大小超过其声明的 {declared} 字节（疑似压缩炸弹）"
                )));
            }
            if inflated_total > limits.max_inflated_bytes {
                return Err(OpenError::TooLarge(format!(
                    "解压后总大小超过 {} MB（疑似压缩炸弹）",
                    limits.max_inflated_bytes / 1_000_000
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
        if read != declared {
            return Err(OpenError::Corrupt(format!(
                "条目 {name} 的实际大小 {read} 与声明的 {declared} 字节不符"
            )));
        }
        if is_sheet {
            worksheet_bytes += read;
        }
        if let Some(scanner) = scanner {
            scanners.insert(name.clone(), scanner);
        }
        if let Some(whole) = whole {
            kept.insert(name.clone(), whole);
        }
    }
    if let Some(ods) = ods {
        ods.finish()?;
    }

    let merges = if format == Format::Xlsx {
        merges_by_sheet(&kept, scanners)
    } else {
        HashMap::new()
    };
    Ok(Checked {
        format,
        worksheet_bytes,
        merges,
    })
}

fn corrupt(e: ZipError) -> OpenError {
    OpenError::Corrupt(format!("压缩包条目无效：{e}"))
}

fn is_worksheet_part(name: &str) -> bool {
    name.starts_with("xl/worksheets/") && name.ends_with(".xml") && !name.contains("/_rels/")
}

fn is_mapping_part(name: &str) -> bool {
    name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels"
}

/// The package's format by its part names (and the ods `mimetype`).
fn format_of<R: Read + Seek>(
    names: &[String],
    archive: &mut ZipArchive<R>,
) -> Result<Format, OpenError> {
    let has = |wanted: &str| names.iter().any(|n| n.eq_ignore_ascii_case(wanted));
    let has_suffix = |suffix: &str| {
        names
            .iter()
            .any(|n| n.to_ascii_lowercase().ends_with(suffix))
    };
    if has("EncryptedPackage") || has("EncryptionInfo") {
        return Err(OpenError::PasswordProtected);
    }
    if has("[Content_Types].xml") && (has("xl/workbook.xml") || has_suffix("/workbook.xml")) {
        return Ok(Format::Xlsx);
    }
    if has("[Content_Types].xml") && (has("xl/workbook.bin") || has_suffix("/workbook.bin")) {
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
