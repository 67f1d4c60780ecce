//! planboard (招商目标看板): the desktop app and its command line.
//!
//! The binary is a thin `main.rs` over this library, so UI tests can build the real app
//! ([`PlanboardApp`]) from a dataset and drive it in a harness.

pub mod actions;
pub mod app;
mod check;
pub mod cli;
pub mod command;
mod console;
mod demo;
mod dialogs;
pub mod drill;
pub mod fonts;
pub mod import_job;
pub mod ledger;
pub mod load;
pub mod messages;
pub mod picture;
pub mod rules;
pub mod save_job;
pub mod selection;
pub mod settings;
mod shared_file;
pub mod strings;
mod summary_text;
pub mod tabs;
pub mod task;
mod templates;
mod verbs;
pub mod views;
pub mod window;
pub mod workspace_file;

pub use app::PlanboardApp;
pub use command::Command;
pub use fonts::install_fonts;
pub use strings::Lang;
pub use tabs::{DataView, Tab};

/// Parses the command line and does what it asks; `started` is when the process started
/// (`main` takes it first thing, for `--first-frame-exit`).
pub fn run(started: std::time::Instant) -> std::process::ExitCode {
    use clap::Parser as _;
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if console::wants_console(&args) {
        console::attach_to_parent();
    }
    let program = std::env::args_os()
        .next()
        .unwrap_or_else(|| "planboard".into());
    let line = std::iter::once(program).chain(console::normalized(args));
    cli::Cli::parse_from(line).run(started)
}
