//! The views of the window, one per file. A view draws from the state it is given and returns
//! what the user asked for as [`crate::app::Command`]s; it never changes the state itself.

pub mod empty_state;
pub mod summary_table;
pub mod top_bar;
