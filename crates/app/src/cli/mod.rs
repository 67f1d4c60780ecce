//! The command line: `planboard [FILE|DIR…]` opens the window, the verbs (`check`, `summary`,
//! `save`, `report`, `export-xlsx`, `export-charts`, `template`, `layout`) print or write;
//! `--layout` names layout files to read matching sheets with. Arguments are
//! in `args.rs`, what each verb does in `verbs.rs`; this module only dispatches.

mod args;
mod check;
mod console;
mod layout;
pub mod load;
mod output;
mod summary_text;
mod verbs;

pub use args::{Cli, CliCommand, LayoutAction, Selection};

use crate::gui::window;
use crate::strings::{self, Lang};
use output::USAGE_ERROR;
use planboard_import::ImportOptions;
use planboard_model::{UnitName, YearMonth};
use std::process::ExitCode;
use std::time::Instant;

/// Parses the command line and does what it asks; `started` is when the process started
/// (`main` takes it first thing, for `--first-frame-exit`).
pub fn run(started: Instant) -> ExitCode {
    use clap::Parser as _;
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if console::wants_console(&args) {
        console::attach_to_parent();
    }
    let program = std::env::args_os()
        .next()
        .unwrap_or_else(|| "planboard".into());
    let line = std::iter::once(program).chain(console::normalized(args));
    Cli::parse_from(line).run(started)
}

impl Cli {
    /// Does what the command line asks; `started` is when the process started.
    pub fn run(self, started: Instant) -> ExitCode {
        let lang = self.lang;
        let layouts = match layout::read_layout_files(lang, &self.layouts) {
            Ok(layouts) => layouts,
            Err(code) => return code,
        };
        let catalogue = match layout::read_catalogue_file(lang, self.indicators.as_deref()) {
            Ok(catalogue) => catalogue,
            Err(code) => return code,
        };
        let import_options = |lang: Lang, unit: Option<String>| {
            import_options(lang, unit).map(|options| ImportOptions {
                layouts: layouts.clone(),
                catalogue: catalogue.clone(),
                ..options
            })
        };
        match self.command {
            None => {
                let renderer = match self
                    .renderer
                    .as_deref()
                    .map(|t| window::Renderer::parse(t).ok_or(t))
                {
                    None => None,
                    Some(Ok(renderer)) => Some(renderer),
                    Some(Err(text)) => {
                        eprintln!("{}", strings::bad_renderer(lang, text));
                        return ExitCode::from(USAGE_ERROR);
                    }
                };
                let first_frame_exit = self.first_frame_exit.then_some(started);
                window::open(lang, self.paths, renderer, first_frame_exit)
            }
            Some(CliCommand::Check { unit, paths }) => match import_options(lang, unit) {
                Ok(options) => verbs::check(lang, &paths, &options),
                Err(code) => code,
            },
            Some(CliCommand::Summary {
                json,
                as_of,
                unit,
                paths,
            }) => {
                let options = match import_options(lang, unit) {
                    Ok(options) => options,
                    Err(code) => return code,
                };
                let as_of = match as_of.map(|text| YearMonth::parse(&text).ok_or(text)) {
                    None => None,
                    Some(Ok(month)) => Some(month),
                    Some(Err(text)) => {
                        eprintln!("{}", strings::bad_as_of(lang, &text));
                        return ExitCode::from(USAGE_ERROR);
                    }
                };
                verbs::summary(lang, &paths, &options, json, as_of)
            }
            Some(CliCommand::Save { out, unit, paths }) => match import_options(lang, unit) {
                Ok(options) => verbs::save(lang, &out, &paths, &options),
                Err(code) => code,
            },
            Some(CliCommand::Report { selection, paths }) => {
                match import_options(lang, selection.unit.clone()) {
                    Ok(options) => verbs::report(lang, &selection, &paths, &options),
                    Err(code) => code,
                }
            }
            Some(CliCommand::ExportXlsx {
                out,
                selection,
                paths,
            }) => match import_options(lang, selection.unit.clone()) {
                Ok(options) => verbs::export_xlsx(lang, &out, &selection, &paths, &options),
                Err(code) => code,
            },
            Some(CliCommand::ExportCharts {
                out,
                as_of,
                unit,
                paths,
            }) => match import_options(lang, unit) {
                Ok(options) => verbs::export_charts(lang, &out, as_of.as_deref(), &paths, &options),
                Err(code) => code,
            },
            Some(CliCommand::Template { unit, year, out }) => {
                verbs::template(lang, &unit, year, &out, &catalogue)
            }
            Some(CliCommand::Layout { action }) => match import_options(lang, None) {
                Ok(options) => match action {
                    LayoutAction::Guess { file, sheet, out } => {
                        layout::guess(lang, &file, sheet.as_deref(), out.as_deref(), &options)
                    }
                    LayoutAction::Show { file, sheet } => {
                        layout::show(lang, &file, sheet.as_deref(), &options)
                    }
                },
                Err(code) => code,
            },
        }
    }
}

/// Import options from `--unit`; a usage error when the name is empty.
fn import_options(lang: Lang, unit: Option<String>) -> Result<ImportOptions, ExitCode> {
    let unit = match unit {
        None => None,
        Some(text) => match UnitName::new(&text) {
            Some(name) => Some(name),
            None => {
                eprintln!("{}", strings::bad_unit(lang));
                return Err(ExitCode::from(USAGE_ERROR));
            }
        },
    };
    Ok(ImportOptions {
        unit,
        ..ImportOptions::default()
    })
}
