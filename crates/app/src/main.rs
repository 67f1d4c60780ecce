//! `planboard`: the window, or `check` and `summary` on the command line.

// Release builds on Windows are GUI programs: no console window opens behind the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // First thing: `--first-frame-exit` counts from here.
    let started = std::time::Instant::now();
    planboard_app::run(started)
}
