//! A workspace on a shared folder: two clerks may open the same `.planboard`. Saving over a
//! file someone else changed since it was opened asks first ([`DiskStamp`]), and a lock file
//! beside the workspace says who holds it open ([`Lock`]).

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// What the disk says of a file, to tell whether someone else wrote it since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl DiskStamp {
    /// The file's stamp now; `None` when it does not exist (or cannot be read).
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Self {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// Whether the file at `path` was changed (or made) behind our back since `known`, our last
/// open or save of it.
pub fn changed_since(path: &Path, known: Option<DiskStamp>) -> bool {
    match DiskStamp::of(path) {
        None => false,
        Some(now) => known != Some(now),
    }
}

/// A name for a copy of `path` beside it: 十三五（副本 2026-12-02 1500）.planboard.
pub fn copy_path(path: &Path, now: chrono::DateTime<chrono::Local>) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    path.with_file_name(format!(
        "{stem}（副本 {}）{extension}",
        now.format("%Y-%m-%d %H%M%S")
    ))
}

/// Who holds a workspace open: written beside it as `NAME.planboard.lock`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    /// The user's login name.
    pub user: String,
    /// The computer's name.
    pub host: String,
    /// The process.
    pub pid: u32,
    /// When it was taken (RFC 3339, local time).
    pub since: String,
}

/// A lock older than this was left by a program that did not end normally: ignored.
const STALE_AFTER: Duration = Duration::from_secs(12 * 60 * 60);

impl Lock {
    /// The lock this process takes.
    pub fn ours() -> Self {
        Self {
            user: env_name(&["USER", "USERNAME", "LOGNAME"]),
            host: host_name(),
            pid: std::process::id(),
            since: chrono::Local::now().to_rfc3339(),
        }
    }

    /// The lock file of a workspace.
    pub fn path_of(workspace: &Path) -> PathBuf {
        let mut name = workspace.as_os_str().to_owned();
        name.push(".lock");
        PathBuf::from(name)
    }

    /// Takes the lock of `workspace` (a failure to write it is no reason not to work: the
    /// save check still guards the file).
    pub fn take(workspace: &Path) {
        if let Ok(text) = serde_json::to_string(&Self::ours()) {
            let _ = std::fs::write(Self::path_of(workspace), text);
        }
    }

    /// Lets go of the lock of `workspace`, if it is ours.
    pub fn release(workspace: &Path) {
        let path = Self::path_of(workspace);
        if Self::read(&path).is_some_and(|lock| lock.is_ours()) {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Someone else's fresh lock of `workspace`, if any: another process, or another user or
    /// computer. Stale and unreadable locks are ignored.
    pub fn held_by_other(workspace: &Path) -> Option<Self> {
        let path = Self::path_of(workspace);
        let age = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .unwrap_or_default();
        if age > STALE_AFTER {
            return None;
        }
        Self::read(&path).filter(|lock| !lock.is_ours())
    }

    fn read(path: &Path) -> Option<Self> {
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
    }

    fn is_ours(&self) -> bool {
        let ours = Self::ours();
        self.pid == ours.pid && self.host == ours.host && self.user == ours.user
    }
}

fn env_name(variables: &[&str]) -> String {
    variables
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "?".into())
}

fn host_name() -> String {
    std::env::var("COMPUTERNAME")
        .or_else(|_| std::env::var("HOSTNAME"))
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_changed_file_and_someone_elses_lock_are_told() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("十三五.planboard");
        std::fs::write(&file, "ours").unwrap();
        let stamp = DiskStamp::of(&file);
        assert!(!changed_since(&file, stamp));
        std::fs::write(&file, "someone else's, longer").unwrap();
        assert!(changed_since(&file, stamp));
        assert!(!changed_since(&dir.path().join("none.planboard"), None));
        Lock::take(&file);
        assert_eq!(Lock::held_by_other(&file), None, "our own lock");
        let other = Lock {
            pid: std::process::id().wrapping_add(1),
            ..Lock::ours()
        };
        std::fs::write(Lock::path_of(&file), serde_json::to_string(&other).unwrap()).unwrap();
        assert_eq!(Lock::held_by_other(&file), Some(other));
        Lock::release(&file);
        assert!(Lock::path_of(&file).exists(), "someone else's lock stays");
        let copy = copy_path(&file, chrono::Local::now());
        let name = copy.file_name().unwrap().to_string_lossy().to_string();
        assert!(name.starts_with("十三五（副本 ") && name.ends_with("）.planboard"));
    }
}
