//! The window: the app's state (`app/`), the views (`views/`, one per file), the commands views
//! issue, and the jobs that run on threads of their own (imports, saves, pictures, dialogs).

pub mod actions;
pub mod app;
pub mod command;
mod demo;
pub mod derived;
mod dialogs;
pub mod document;
pub mod drill;
pub mod fonts;
pub mod import_job;
pub mod indicator_draft;
pub mod layout_dialog;
pub mod layout_draft;
pub mod ledger;
pub mod messages;
pub mod picture;
pub mod rules;
pub mod save_job;
pub mod selection;
pub mod settings;
mod shared_file;
pub mod tabs;
pub mod task;
pub mod views;
pub mod window;
pub mod workspace_file;
