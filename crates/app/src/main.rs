//! `planboard`: the window, or `check` and `summary` on the command line.

// Release builds on Windows are GUI programs: no console window opens behind the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    planboard_app::run()
}
