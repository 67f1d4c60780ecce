//! planboard (招商目标看板): the desktop app and its command line.
//!
//! The binary is a thin `main.rs` over this library, so UI tests can build the real app
//! ([`PlanboardApp`]) from a dataset and drive it in a harness.

pub mod app;
mod check;
pub mod cli;
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
mod templates;
mod verbs;
pub mod views;
pub mod window;
pub mod workspace_file;

pub use app::PlanboardApp;
pub use app::{Command, DataView, Tab};
pub use fonts::install_fonts;
pub use strings::Lang;

/// Parses the command line and does what it asks; `started` is when the process started
/// (`main` takes it first thing, for `--first-frame-exit`).
pub fn run(started: std::time::Instant) -> std::process::ExitCode {
    use clap::Parser as _;
    cli::Cli::parse().run(started)
}
