//! The views of the window, one per file. A view draws from the state it is given and returns
//! what the user asked for as [`crate::gui::command::Command`]s; it never changes the state itself.

pub mod charts;
pub mod data_tables;
pub mod drill_down;
pub mod empty_state;
pub mod import_log;
pub mod ledger;
pub mod menu_bar;
pub mod overview;
pub mod questions;
pub mod selection_bar;
pub mod status_panel;
pub mod summary_table;
pub mod template_form;
pub mod unit_prompt;
