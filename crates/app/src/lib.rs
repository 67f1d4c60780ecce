//! planboard (招商目标看板): the desktop app and its command line.
//!
//! The binary is a thin `main.rs` over this library, so UI tests can build the real app
//! ([`PlanboardApp`]) from a dataset and drive it in a harness. The command line is in `cli/`,
//! the window in `gui/`; `strings/` (every text) and `templates.rs` serve both.

pub mod cli;
pub mod gui;
pub mod strings;
mod templates;

pub use cli::run;
pub use gui::app::PlanboardApp;
pub use gui::command::Command;
pub use gui::fonts::install_fonts;
pub use gui::tabs::{DataView, Tab};
pub use strings::Lang;
