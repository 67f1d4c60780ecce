//! Every user-facing string of the app and the command line, in Chinese and English.
//!
//! Views and commands never write text of their own: they ask this module, passing the
//! current [`Lang`]. Chinese is the default.
//!
//! The texts live in one file per part of the window or of the command line; every one is
//! re-exported here, so callers write `strings::name` whatever file holds it.

mod charts;
mod cli;
mod common;
mod data_tables;
mod drill_down;
mod empty_state;
pub mod help;
mod import_log;
mod importing;
mod indicator_settings;
mod indicators;
mod layout_dialog;
mod layouts;
mod ledger;
mod menus;
mod messages;
mod overview;
mod questions;
mod report;
mod selection_bar;
mod startup;
mod templates;
mod unit_prompt;
mod workspace;

pub use charts::*;
pub use cli::*;
pub use common::*;
pub use data_tables::*;
pub use drill_down::*;
pub use empty_state::*;
pub use import_log::*;
pub use importing::*;
pub use indicator_settings::*;
pub use indicators::*;
pub use layout_dialog::*;
pub use layouts::*;
pub use ledger::*;
pub use menus::*;
pub use messages::*;
pub use overview::*;
pub use questions::*;
pub use report::*;
pub use selection_bar::*;
pub use startup::*;
pub use templates::*;
pub use unit_prompt::*;
pub use workspace::*;

/// The language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// 简体中文 (the default).
    #[default]
    #[value(name = "zh")]
    Zh,
    /// English.
    #[value(name = "en")]
    En,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// Picks the text of this language.
    fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}
