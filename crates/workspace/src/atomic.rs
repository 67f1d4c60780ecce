//! Atomic file replacement: write beside the target, flush to disk, rename over it.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `target` so that a crash at any moment leaves either the old file or the
/// new one, never a mix: a temporary file in the same folder is written and flushed to disk,
/// then renamed over the target, and the folder is flushed.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = temp_path(target);
    let result = (|| {
        let mut file = File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, target)?;
        sync_parent(target);
        remove_stale_temps(target);
        Ok(())
    })();
    if result.is_err() {
        // Best effort: the target is untouched; do not leave the half-written copy behind.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// The temporary file beside `target`: same folder (so the rename stays on one file system),
/// a name that is unique to this process.
fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into());
    target.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Removes temporary files that earlier saves of `target` left behind when they were killed.
fn remove_stale_temps(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if file_name.starts_with(&prefix) && file_name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Flushes the folder entry of a renamed file (a no-op where folders cannot be opened).
fn sync_parent(target: &Path) {
    #[cfg(unix)]
    if let Some(parent) = target.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = File::open(parent) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}
