//! Telling the container by its first bytes.

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
