//! Test support shared by planboard's tests and benchmarks: the one seeded generator
//! ([`Rng`]), the seed's 十三五 dataset ([`seed`]), text as clerks type it ([`thousands`],
//! [`full_width`]), tables keyed into workbooks ([`workbook`]), the sample workbooks
//! ([`samples_dir`], [`demo_dir`]) and files in temporary directories ([`temp_file`]).

mod rng;
pub mod seed;
pub mod workbook;

pub use rng::Rng;

use std::path::{Path, PathBuf};

/// "12,500" for 12500: digits grouped by three with ASCII commas.
pub fn thousands(int: u64) -> String {
    let digits = int.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "１２．５" for "12.5": every printable ASCII character as its full-width form.
pub fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_graphic() {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// The repository's root folder.
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The demo workbooks bundled with the repository (`resources/demo`).
pub fn demo_dir() -> PathBuf {
    repository().join("resources/demo")
}

/// The sample workbooks: `../shared/samples` beside the repository when it holds an
/// `expected.json`, else the demo copies ([`demo_dir`]).
pub fn samples_dir() -> PathBuf {
    let shared = repository().join("../shared/samples");
    if shared.join("expected.json").is_file() {
        return shared;
    }
    demo_dir()
}

/// A file in a temporary directory of its own; the directory goes when this drops. Derefs to
/// the file's path.
#[derive(Debug)]
pub struct TempFile {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl TempFile {
    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl std::ops::Deref for TempFile {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.path
    }
}

/// Writes `bytes` as `name` (kept as given: the importer reads units from file names) in a
/// fresh temporary directory.
///
/// # Panics
/// If the directory or the file cannot be written.
pub fn temp_file(name: &str, bytes: &[u8]) -> TempFile {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("temporary file");
    TempFile { _dir: dir, path }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_helpers() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(12_500), "12,500");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(full_width("12.5 亿"), "１２．５ 亿");
    }

    #[test]
    fn a_temp_file_goes_with_its_directory() {
        let file = temp_file("台账.xlsx", b"x");
        let path = file.path().to_path_buf();
        assert_eq!(std::fs::read(&path).ok(), Some(b"x".to_vec()));
        drop(file);
        assert!(!path.exists());
        assert!(samples_dir().is_dir());
    }
}
