//! The runner's cold-start measurement against fake apps: one that prints the figure the
//! real app prints with `--first-frame-exit`, and one that does not know the flag.
#![allow(clippy::unwrap_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes an executable shell script `name` into `dir`.
fn fake_app(dir: &Path, name: &str, script: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn run(app: &PathBuf) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_planboard-bench"))
        .args(["--only", "cold-start,size", "--iters", "3", "--planboard"])
        .arg(app)
        .env("DISPLAY", ":fake")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn cold_start_reads_the_first_frame_figure() {
    let dir = tempfile::tempdir().unwrap();
    let app = fake_app(
        dir.path(),
        "planboard-ok",
        "[ \"$1\" = --first-frame-exit ] || exit 3\necho 'window open'\necho first_frame_ms=123.4",
    );
    let table = run(&app);
    assert!(table.contains("| 123 ms to the first frame;"), "{table}");
    assert!(table.contains("on :fake"), "{table}");
    assert!(table.contains("| ≤ 0.5 s | met |"), "{table}");
    assert!(table.contains("binary size"), "{table}");
    assert!(table.contains("| ≤ 30 MB | met |"), "{table}");
}

#[test]
fn cold_start_without_the_flag_is_not_available() {
    let dir = tempfile::tempdir().unwrap();
    let app = fake_app(
        dir.path(),
        "planboard-old",
        "echo \"error: unexpected argument '$1' found\" >&2\nexit 2",
    );
    let table = run(&app);
    assert!(
        table.contains("not available: exit status: 2: error: unexpected argument"),
        "{table}"
    );
}
