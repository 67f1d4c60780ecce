//! Telling the container by its first bytes, and what a non-workbook is instead.

use super::NotWorkbookKind;

/// What the first bytes say.
pub(crate) enum Container {
    /// `PK\x03\x04` (or an empty zip's `PK\x05\x06`): xlsx, xlsm, xlsb, ods … inside.
    Zip,
    /// `D0 CF 11 E0 A1 B1 1A E1`: an OLE compound file (xls, or an encrypted OOXML package).
    Ole,
    /// Anything else: text, CSV, HTML, PDF, a picture, an empty file …
    Other,
}

const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The container by the first (up to) 8 bytes.
pub(crate) fn container(head: &[u8]) -> Container {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        Container::Zip
    } else if head.starts_with(&OLE_MAGIC) {
        Container::Ole
    } else {
        Container::Other
    }
}

/// What a file that is no container is, from its first few KB.
pub(crate) fn other_kind(head: &[u8]) -> NotWorkbookKind {
    const IMAGES: [&[u8]; 5] = [
        b"\x89PNG\r\n\x1a\n",
        b"\xFF\xD8\xFF",
        b"GIF87a",
        b"GIF89a",
        b"BM",
    ];
    if head.is_empty() {
        return NotWorkbookKind::Empty;
    }
    if head.starts_with(b"%PDF") {
        return NotWorkbookKind::Pdf;
    }
    if IMAGES.iter().any(|magic| head.starts_with(magic)) {
        return NotWorkbookKind::Image;
    }
    let text = head
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(head)
        .trim_ascii_start();
    let lower: Vec<u8> = text.iter().take(1024).map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<!doctype html")
        || lower.starts_with(b"<html")
        || lower.windows(6).any(|w| w == b"<table")
    {
        return NotWorkbookKind::Html;
    }
    if looks_like_text(head) {
        return NotWorkbookKind::Text;
    }
    NotWorkbookKind::Unknown
}

/// UTF-8 (allowing a character cut by the sniff window), UTF-16 with a byte-order mark, or
/// GBK-like bytes, without control characters.
fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let controls = bytes
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C));
    if controls {
        return false;
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() || bytes.iter().any(|&b| b >= 0x80),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(other_kind(b""), NotWorkbookKind::Empty);
        assert_eq!(other_kind(b"%PDF-1.7\n"), NotWorkbookKind::Pdf);
        assert_eq!(other_kind(b"\x89PNG\r\n\x1a\n\0\0"), NotWorkbookKind::Image);
        assert_eq!(
            other_kind("\u{feff}<html><body><table><tr><td>1</td></tr></table>".as_bytes()),
            NotWorkbookKind::Html
        );
        assert_eq!(
            other_kind("序号,项目名称\n1,甲\n".as_bytes()),
            NotWorkbookKind::Text
        );
        // GBK-encoded 序号 with a newline.
        assert_eq!(other_kind(b"\xd0\xf2\xba\xc5,1\n"), NotWorkbookKind::Text);
        assert_eq!(other_kind(&[0, 1, 2, 3, 200, 7]), NotWorkbookKind::Unknown);
    }
}
