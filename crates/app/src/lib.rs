//! planboard (招商目标看板): the desktop app and its command line.
//!
//! The binary is a thin `main.rs` over this library, so UI tests can build the real app
//! ([`PlanboardApp`]) from a dataset and drive it in a harness.

pub mod app;
mod check;
pub mod cli;
pub mod fonts;
pub mod load;
pub mod strings;
mod summary_text;
mod verbs;
pub mod views;
mod window;

pub use app::{Command, PlanboardApp};
pub use fonts::install_fonts;
pub use strings::Lang;

/// Parses the command line and does what it asks.
pub fn run() -> std::process::ExitCode {
    use clap::Parser as _;
    cli::Cli::parse().run()
}
