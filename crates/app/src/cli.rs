//! The command line: `planboard [FILE|DIR…]` opens the window, `check` and `summary` print.

use crate::strings::{self, help, Lang};
use crate::{check, load, summary_text, verbs, window};
use clap::{Parser, Subcommand};
use planboard_import::ImportOptions;
use planboard_model::{Summary, UnitName, YearMonth};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// `planboard`.
#[derive(Debug, Parser)]
#[command(name = "planboard", version, about = help::ABOUT, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Language of the window and the output.
    #[arg(long, value_enum, default_value_t = Lang::Zh, global = true, help = help::LANG)]
    pub lang: Lang,
    /// Workbooks or folders to import when the window opens.
    #[arg(value_name = "FILE|DIR", help = help::OPEN_PATHS)]
    pub paths: Vec<PathBuf>,
    /// The window's renderer: glow (default) or wgpu.
    #[arg(long, value_name = "glow|wgpu", help = help::RENDERER)]
    pub renderer: Option<String>,
    /// Benchmarks: print `first_frame_ms=<ms since start>` once the window's first frame is
    /// painted, then exit (see BENCHMARKS.md).
    #[arg(long, hide = true)]
    pub first_frame_exit: bool,
    /// A command that prints instead of opening the window.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The commands that print instead of opening the window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Print the import report; fail when a file failed or a row was rejected.
    #[command(about = help::CHECK)]
    Check {
        /// The unit of sheets whose unit cannot be told.
        #[arg(long, value_name = "NAME", help = help::UNIT)]
        unit: Option<String>,
        /// Workbooks or folders.
        #[arg(value_name = "FILE|DIR", required = true, help = help::PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Print the summary of the imported data.
    #[command(about = help::SUMMARY)]
    Summary {
        /// Print JSON instead of a table.
        #[arg(long, help = help::JSON)]
        json: bool,
        /// The as-of month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM", help = help::AS_OF)]
        as_of: Option<String>,
        /// The unit of sheets whose unit cannot be told.
        #[arg(long, value_name = "NAME", help = help::UNIT)]
        unit: Option<String>,
        /// Workbooks or folders.
        #[arg(value_name = "FILE|DIR", required = true, help = help::PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Import workbooks and save them as a workspace file.
    #[command(about = help::SAVE)]
    Save {
        /// The workspace file to write (.planboard).
        #[arg(value_name = "OUT.planboard", help = help::OUT)]
        out: PathBuf,
        /// The unit of sheets whose unit cannot be told.
        #[arg(long, value_name = "NAME", help = help::UNIT)]
        unit: Option<String>,
        /// Workbooks or folders.
        #[arg(value_name = "FILE|DIR", required = true, help = help::PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Print the 主要成效 paragraph.
    #[command(about = help::REPORT)]
    Report {
        /// What to report on.
        #[command(flatten)]
        selection: Selection,
        /// Workbooks, folders or workspaces.
        #[arg(value_name = "FILE|DIR", required = true, help = help::PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Export the summary tables as .xlsx.
    #[command(name = "export-xlsx", about = help::EXPORT_XLSX)]
    ExportXlsx {
        /// The workbook to write.
        #[arg(long, value_name = "FILE.xlsx", help = help::OUT)]
        out: PathBuf,
        /// Which period or year the unit sheet shows.
        #[command(flatten)]
        selection: Selection,
        /// Workbooks, folders or workspaces.
        #[arg(value_name = "FILE|DIR", required = true, help = help::PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Write every chart as a 1920×1080 PNG, with no window.
    #[command(name = "export-charts", about = help::EXPORT_CHARTS)]
    ExportCharts {
        /// The folder to write into.
        #[arg(long, value_name = "DIR", help = help::OUT)]
        out: PathBuf,
        /// The as-of month.
        #[arg(long, value_name = "YYYY-MM", help = help::AS_OF)]
        as_of: Option<String>,
        /// The unit of sheets whose unit cannot be told.
        #[arg(long, value_name = "NAME", help = help::UNIT)]
        unit: Option<String>,
        /// Workbooks, folders or workspaces.
        #[arg(value_name = "FILE|DIR", required = true, help = help::PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Write the templates for a unit and year.
    #[command(about = help::TEMPLATE)]
    Template {
        /// The unit.
        #[arg(long, value_name = "NAME", help = help::TEMPLATE_UNIT)]
        unit: String,
        /// The year.
        #[arg(long, value_name = "YYYY", help = help::YEAR)]
        year: i32,
        /// The folder to write into.
        #[arg(long, value_name = "DIR", help = help::OUT)]
        out: PathBuf,
    },
}

/// What a report or export is about: a period or a year, the district or a unit, the data date.
#[derive(Debug, Clone, clap::Args)]
pub struct Selection {
    /// A plan period such as 十三五.
    #[arg(long, value_name = "十三五", help = help::PERIOD)]
    pub period: Option<String>,
    /// A year.
    #[arg(long, value_name = "YYYY", help = help::YEAR)]
    pub year: Option<i32>,
    /// One unit instead of the district.
    #[arg(long, value_name = "NAME", help = help::SCOPE)]
    pub scope: Option<String>,
    /// The as-of month.
    #[arg(long, value_name = "YYYY-MM", help = help::AS_OF)]
    pub as_of: Option<String>,
    /// The unit of sheets whose unit cannot be told.
    #[arg(long, value_name = "NAME", help = help::UNIT)]
    pub unit: Option<String>,
}

/// Exit code for a usage error (as clap uses).
pub(crate) const USAGE_ERROR: u8 = 2;

impl Cli {
    /// Does what the command line asks; `started` is when the process started.
    pub fn run(self, started: Instant) -> ExitCode {
        let lang = self.lang;
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
                Ok(options) => run_check(lang, &paths, &options),
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
                run_summary(lang, &paths, &options, json, as_of)
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
                verbs::template(lang, &unit, year, &out)
            }
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

/// `planboard check`: the report of every file; failure when any file has errors.
fn run_check(lang: Lang, paths: &[PathBuf], options: &ImportOptions) -> ExitCode {
    let imports = load::import(paths, options);
    if imports.is_empty() {
        eprintln!("{}", strings::no_workbooks(lang));
        return ExitCode::FAILURE;
    }
    let mut dataset = planboard_model::Dataset::new();
    let reports = load::add_all(&mut dataset, imports);
    let conflicts = planboard_import::check_conflicts(&dataset);
    let text = check::report_text(lang, &reports, &conflicts);
    if let Err(code) = print(lang, &text) {
        return code;
    }
    if reports.iter().any(|r| r.has_errors()) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `planboard summary`: the summary as JSON or as a table.
fn run_summary(
    lang: Lang,
    paths: &[PathBuf],
    options: &ImportOptions,
    json: bool,
    as_of: Option<YearMonth>,
) -> ExitCode {
    let (dataset, reports) = load::load(paths, options);
    let failed = reports.iter().filter(|r| r.has_errors()).count();
    if failed > 0 {
        eprintln!("{}", strings::report_total(lang, reports.len(), failed));
    }
    // A file that could not be read at all makes any summary incomplete: say so and stop.
    let unreadable: Vec<_> = reports.iter().filter(|r| r.error.is_some()).collect();
    if !unreadable.is_empty() {
        for report in unreadable {
            let error = match lang {
                Lang::Zh => report.error.as_deref(),
                Lang::En => report.error_en.as_deref().or(report.error.as_deref()),
            };
            eprintln!("{}：{}", report.file, error.unwrap_or_default());
        }
        return ExitCode::FAILURE;
    }
    let summary = Summary::of(&dataset, as_of);
    let text = if json {
        match serde_json::to_string_pretty(&summary) {
            Ok(text) => text + "\n",
            Err(error) => {
                eprintln!("{}", strings::write_failed(lang, &error.to_string()));
                return ExitCode::FAILURE;
            }
        }
    } else {
        summary_text::summary_text(lang, &summary)
    };
    match print(lang, &text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Writes `text` to stdout; a full disk or the like becomes a message and a failure. A reader
/// that stops early (`| head`) is no error.
pub(crate) fn print(lang: Lang, text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => {
            eprintln!("{}", strings::write_failed(lang, &error.to_string()));
            Err(ExitCode::FAILURE)
        }
    }
}
