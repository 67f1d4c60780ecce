//! Small byte-level XML helpers for the checks made while inflating: finding tags, reading
//! their attributes, turning `A1` references into positions. They never build a document.

use calamine::Dimensions;

/// The start tags named `local` (with or without a namespace prefix) in `doc`; each item is
/// the tag's text between `<` and `>`.
pub(crate) fn start_tags<'a>(doc: &'a str, local: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(off) = doc.get(pos..)?.find('<') {
            let start = pos + off + 1;
            let end = tag_end(doc.as_bytes(), start)?;
            pos = end + 1;
            let tag = doc.get(start..end)?;
            if tag_local_name(tag) == Some(local) {
                return Some(tag);
            }
        }
        None
    })
}

/// The index of the `>` closing the tag whose text starts at `start`, skipping quoted values.
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in bytes.get(start..)?.iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(start + i),
            _ => {}
        }
    }
    None
}

/// The element's local name (without prefix) of a start tag's text.
pub(crate) fn tag_local_name(tag: &str) -> Option<&str> {
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let name = tag.get(..name_end)?;
    if name.is_empty() || name.starts_with(['/', '?', '!']) {
        return None;
    }
    Some(name.rsplit(':').next().unwrap_or(name))
}

/// The value of the attribute whose local name is `local`, unescaped.
pub(crate) fn attr(tag: &str, local: &str) -> Option<String> {
    let bytes = tag.as_bytes();
    let mut i = tag.find(|c: char| c.is_ascii_whitespace())?;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < bytes.len() && bytes[i] != b'=' && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let name = tag.get(name_start..i)?;
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'=') {
            i += 1;
        }
        let quote = *bytes.get(i)?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let value_start = i + 1;
        let value_len = bytes.get(value_start..)?.iter().position(|&b| b == quote)?;
        let value = tag.get(value_start..value_start + value_len)?;
        i = value_start + value_len + 1;
        if name.rsplit(':').next() == Some(local) {
            return Some(unescape(value));
        }
    }
    None
}

/// Replaces the five XML entities and numeric character references.
pub(crate) fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&n| n <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = &after[..semi];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `A1` → (0, 0); `$B$3` → (2, 1). `None` when it is no cell reference.
pub(crate) fn cell_ref(s: &str) -> Option<(u32, u32)> {
    let s = s.trim().replace('$', "");
    let letters = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 || letters == s.len() {
        return None;
    }
    let mut col: u32 = 0;
    for b in s[..letters].bytes() {
        col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    let row: u32 = s[letters..].parse().ok()?;
    if row == 0 || col > 16_384 || row > 1_048_576 {
        return None;
    }
    Some((row - 1, col - 1))
}

/// `A1:C2` (or a single `A1`) → its dimensions.
pub(crate) fn range_ref(s: &str) -> Option<Dimensions> {
    let (a, b) = s.split_once(':').unwrap_or((s, s));
    let (r1, c1) = cell_ref(a)?;
    let (r2, c2) = cell_ref(b)?;
    Some(Dimensions::new(
        (r1.min(r2), c1.min(c2)),
        (r1.max(r2), c1.max(c2)),
    ))
}

/// Finds `<…mergeCell ref="…"/>` tags in a worksheet's XML as it is inflated, chunk by chunk,
/// with a fast substring search (the rest of the sheet is not looked at).
#[derive(Default)]
pub(crate) struct MergeScanner {
    carry: Vec<u8>,
    /// The merged regions found so far.
    pub(crate) merges: Vec<Dimensions>,
    /// Whether a merge tag could not be read (then calamine's own reader is used).
    pub(crate) failed: bool,
}

const MERGE_PATTERN: &[u8] = b"mergeCell ";
/// A merge tag longer than this is not one Excel writes.
const MAX_MERGE_TAG: usize = 4096;

impl MergeScanner {
    /// Feeds the next chunk of inflated bytes.
    pub(crate) fn feed(&mut self, chunk: &[u8]) {
        let mut buf = std::mem::take(&mut self.carry);
        buf.extend_from_slice(chunk);
        let finder = memchr::memmem::Finder::new(MERGE_PATTERN);
        let mut from = 0;
        let mut keep_from = buf.len().saturating_sub(MERGE_PATTERN.len() - 1);
        while let Some(off) = finder.find(&buf[from..]) {
            let at = from + off;
            let tag_start = at + MERGE_PATTERN.len();
            match buf[tag_start..].iter().position(|&b| b == b'>') {
                Some(len) => {
                    self.take_tag(&buf[at..tag_start + len]);
                    from = tag_start + len + 1;
                }
                None => {
                    // The tag runs into the next chunk: keep it whole.
                    if buf.len() - at > MAX_MERGE_TAG {
                        self.failed = true;
                    } else {
                        keep_from = keep_from.min(at);
                    }
                    break;
                }
            }
        }
        keep_from = keep_from.max(from.min(buf.len()));
        self.carry = buf.split_off(keep_from.min(buf.len()));
    }

    fn take_tag(&mut self, tag: &[u8]) {
        let Ok(text) = std::str::from_utf8(tag) else {
            self.failed = true;
            return;
        };
        match attr(text, "ref").as_deref().and_then(range_ref) {
            Some(dims) => self.merges.push(dims),
            None => self.failed = true,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn refs() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("$AB$12"), Some((11, 27)));
        assert_eq!(cell_ref("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_ref("A0"), None);
        assert_eq!(cell_ref("12"), None);
        assert_eq!(range_ref("B2:A1"), Some(Dimensions::new((0, 0), (1, 1))));
    }

    #[test]
    fn attributes_and_tags() {
        let doc = r#"<workbook><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/><x:sheet name='c>d' r:id="rId2"/></sheets></workbook>"#;
        let tags: Vec<_> = start_tags(doc, "sheet").collect();
        assert_eq!(tags.len(), 2);
        assert_eq!(attr(tags[0], "name").as_deref(), Some("A & B"));
        assert_eq!(attr(tags[0], "id").as_deref(), Some("rId1"));
        assert_eq!(attr(tags[1], "name").as_deref(), Some("c>d"));
        assert_eq!(unescape("&#x4E2D;&#25991;&bogus"), "中文&bogus");
    }

    #[test]
    fn merges_across_chunks() {
        let xml = br#"<sheetData/><mergeCells count="2"><mergeCell ref="A1:K1"/><mergeCell ref="B2:B3"/></mergeCells>"#;
        for split in 0..xml.len() {
            let mut scanner = MergeScanner::default();
            scanner.feed(&xml[..split]);
            scanner.feed(&xml[split..]);
            assert!(!scanner.failed, "split {split}");
            assert_eq!(
                scanner.merges,
                vec![
                    Dimensions::new((0, 0), (0, 10)),
                    Dimensions::new((1, 1), (2, 1))
                ],
                "split {split}"
            );
        }
    }
}
