//! The command line's arguments: the verbs and their options as clap reads them.

use crate::strings::{help, Lang};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// `planboard`.
#[derive(Debug, Parser)]
#[command(name = "planboard", version, about = help::ABOUT)]
pub struct Cli {
    /// Language of the window and the output.
    #[arg(long, value_enum, default_value_t = Lang::Zh, global = true, help = help::LANG)]
    pub lang: Lang,
    /// Workbooks or folders to import when the window opens.
    #[arg(value_name = "FILE|DIR", help = help::OPEN_PATHS)]
    pub paths: Vec<PathBuf>,
    /// Layout files to read matching sheets with before recognition.
    #[arg(long = "layout", value_name = "L.json", global = true, help = help::LAYOUT)]
    pub layouts: Vec<PathBuf>,
    /// The indicator catalogue file: the workspace's own indicators beside the built-ins.
    #[arg(long = "indicators", value_name = "CATALOGUE.json", global = true, help = help::INDICATORS)]
    pub indicators: Option<PathBuf>,
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
    /// See or save how a workbook's sheets are read.
    #[command(about = help::LAYOUT_CMD)]
    Layout {
        /// What to do.
        #[command(subcommand)]
        action: LayoutAction,
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

/// `planboard layout guess | show`.
#[derive(Debug, Subcommand)]
pub enum LayoutAction {
    /// The layout recognition finds for each sheet (or one), as JSON.
    #[command(about = help::LAYOUT_GUESS)]
    Guess {
        /// The workbook.
        #[arg(value_name = "FILE", help = help::WORKBOOK)]
        file: PathBuf,
        /// Only this sheet.
        #[arg(long, value_name = "NAME", help = help::SHEET)]
        sheet: Option<String>,
        /// Write the JSON to this file instead of printing it.
        #[arg(long, value_name = "L.json", help = help::OUT)]
        out: Option<PathBuf>,
    },
    /// How each sheet is read: its header, each column's role, each row's class.
    #[command(about = help::LAYOUT_SHOW)]
    Show {
        /// The workbook.
        #[arg(value_name = "FILE", help = help::WORKBOOK)]
        file: PathBuf,
        /// Only this sheet.
        #[arg(long, value_name = "NAME", help = help::SHEET)]
        sheet: Option<String>,
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
