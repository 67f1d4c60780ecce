//! Build script: for Windows targets, embeds the icon and the version information (shown in
//! Explorer's Properties → Details) into planboard.exe.
//!
//! A build script runs on the host, so the target is read from `CARGO_CFG_TARGET_OS`, never
//! from `cfg!(windows)`. The resource script is written to `OUT_DIR` and compiled with
//! `windres` (MinGW; `x86_64-w64-mingw32-windres` when cross-compiling from Linux, or the
//! program named by `WINDRES`) or with `rc.exe` for MSVC targets; no build dependency is
//! needed. Without a resource compiler the exe is built without them and a warning is printed;
//! `PLANBOARD_REQUIRE_RESOURCES=1` (set by packaging/build.sh) makes that an error.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=WINDRES");
    println!("cargo:rerun-if-env-changed=PLANBOARD_REQUIRE_RESOURCES");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default());
    let icon = manifest_dir.join("../../resources/icons/planboard.ico");
    println!("cargo:rerun-if-changed={}", icon.display());

    let script = out_dir.join("planboard.rc");
    let compiled = std::fs::write(&script, resource_script(&icon))
        .map_err(|e| format!("cannot write {}: {e}", script.display()))
        .and_then(|()| {
            if env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("msvc") {
                compile_with_rc(&script, &out_dir.join("planboard.res"))
            } else {
                compile_with_windres(&script, &out_dir.join("planboard-resources.o"))
            }
        });
    match compiled {
        // Linked as an object of its own, so no linker can drop it as unreferenced.
        Ok(object) => println!("cargo:rustc-link-arg-bins={}", object.display()),
        Err(why) if env::var("PLANBOARD_REQUIRE_RESOURCES").as_deref() == Ok("1") => {
            panic!("planboard.exe resources: {why}")
        }
        Err(why) => {
            println!("cargo:warning=planboard.exe built without icon and version info: {why}")
        }
    }
}

/// The resource script: icon 1 (the one Explorer shows) and the VERSIONINFO block.
fn resource_script(icon: &Path) -> String {
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let part = |name: &str| {
        env::var(name)
            .ok()
            .and_then(|v| v.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let numeric = format!(
        "{},{},{},0",
        part("CARGO_PKG_VERSION_MAJOR"),
        part("CARGO_PKG_VERSION_MINOR"),
        part("CARGO_PKG_VERSION_PATCH")
    );
    let icon = icon.display().to_string().replace('\\', "\\\\");
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {numeric}
PRODUCTVERSION {numeric}
FILEFLAGSMASK 0x3F
FILEFLAGS 0x0
FILEOS 0x40004
FILETYPE 0x1
FILESUBTYPE 0x0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "080404B0"
    BEGIN
      VALUE "CompanyName", "planboard developers"
      VALUE "FileDescription", "招商目标看板"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "planboard"
      VALUE "LegalCopyright", "MIT or Apache-2.0"
      VALUE "OriginalFilename", "planboard.exe"
      VALUE "ProductName", "招商目标看板 (planboard)"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0804, 1200
  END
END
"#
    )
}

/// Compiles `script` to a COFF object with GNU windres.
fn compile_with_windres(script: &Path, object: &Path) -> Result<PathBuf, String> {
    let windres = env::var("WINDRES").unwrap_or_else(|_| {
        let arch = match env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
            Ok("x86") => "i686".to_owned(),
            Ok(arch) => arch.to_owned(),
            Err(_) => "x86_64".to_owned(),
        };
        let prefixed = format!("{arch}-w64-mingw32-windres");
        // A cross windres when there is one (Linux), else the native one (MSYS2 on Windows).
        match Command::new(&prefixed).arg("--version").output() {
            Ok(_) => prefixed,
            Err(_) => "windres".to_owned(),
        }
    });
    run(Command::new(&windres)
        .args([
            "--input-format=rc",
            "--output-format=coff",
            "--codepage=65001",
            "-i",
        ])
        .arg(script)
        .arg("-o")
        .arg(object))
    .map(|()| object.to_path_buf())
}

/// Compiles `script` to a .res file with the Windows SDK's rc.exe (link.exe takes .res files).
fn compile_with_rc(script: &Path, res: &Path) -> Result<PathBuf, String> {
    run(Command::new("rc.exe")
        .args(["/nologo", "/fo"])
        .arg(res)
        .arg(script))
    .map(|()| res.to_path_buf())
}

/// Runs `command`, turning "not found" and a failure exit into a message.
fn run(command: &mut Command) -> Result<(), String> {
    let program = command.get_program().to_string_lossy().into_owned();
    match command.output() {
        Ok(output) if output.status.success() => Ok(()),
        Ok(output) => Err(format!(
            "{program} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )),
        Err(e) => Err(format!("cannot run {program}: {e}")),
    }
}
