//! What each command-line verb does: `check` and `summary` print, `save`, `report`,
//! `export-xlsx`, `export-charts` and `template` write. Dispatch (`cli::Cli::run`) calls these;
//! they never call it.

use super::args::Selection;
use super::load;
use super::output::{print, USAGE_ERROR};
use crate::strings::{self, Lang};
use planboard_export::{summary_workbook, SummaryRequest};
use planboard_import::ImportOptions;
use planboard_model::narrative::{main_results, NarrativeRequest};
use planboard_model::{Dataset, PlanPeriod, Scope, Span, Summary, UnitName, YearMonth};
use planboard_workspace::Workspace;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `planboard check`: the report of every file; failure when any file has errors.
pub fn check(lang: Lang, paths: &[PathBuf], options: &ImportOptions) -> ExitCode {
    let loaded = load::import(paths, options);
    if loaded.imports.is_empty() {
        eprintln!("{}", strings::no_workbooks(lang));
        return ExitCode::FAILURE;
    }
    let mut dataset = planboard_model::Dataset::new();
    dataset.set_catalogue(loaded.catalogue);
    let reports = load::add_all(&mut dataset, loaded.imports);
    let conflicts = planboard_import::check_conflicts(&dataset);
    let text = super::check::report_text(lang, &reports, &conflicts);
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
pub fn summary(
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
        for (file, error) in unreadable
            .iter()
            .filter_map(|r| r.error.as_ref().map(|e| (&r.file, e)))
        {
            eprintln!("{}", strings::file_not_read(lang, file, error));
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
        super::summary_text::summary_text(lang, &summary)
    };
    match print(lang, &text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `planboard save OUT.planboard FILE|DIR…`.
pub fn save(lang: Lang, out: &Path, paths: &[PathBuf], options: &ImportOptions) -> ExitCode {
    let (dataset, reports) = load::load(paths, options);
    let files = reports.len();
    let workspace = Workspace {
        dataset,
        import_log: reports,
        layouts: options.layouts.clone(),
        settings: serde_json::Value::Object(Default::default()),
    };
    match workspace.save(out) {
        Ok(()) => {
            println!(
                "{}",
                strings::saved_workspace(lang, &out.display().to_string(), files)
            );
            ExitCode::SUCCESS
        }
        Err(error) => write_failed(lang, out, &error.to_string()),
    }
}

/// `planboard report [--period P | --year Y] [--scope UNIT] FILE|DIR…`.
pub fn report(
    lang: Lang,
    selection: &Selection,
    paths: &[PathBuf],
    options: &ImportOptions,
) -> ExitCode {
    let (dataset, _) = load::load(paths, options);
    let request = match narrative_request(lang, &dataset, selection) {
        Ok(request) => request,
        Err(code) => return code,
    };
    match print(lang, &(main_results(&dataset, &request) + "\n")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `planboard export-xlsx --out FILE.xlsx [--period P | --year Y] FILE|DIR…`.
pub fn export_xlsx(
    lang: Lang,
    out: &Path,
    selection: &Selection,
    paths: &[PathBuf],
    options: &ImportOptions,
) -> ExitCode {
    let (dataset, _) = load::load(paths, options);
    let request = match narrative_request(lang, &dataset, selection) {
        Ok(request) => request,
        Err(code) => return code,
    };
    let bytes = summary_workbook(
        &dataset,
        &SummaryRequest {
            as_of: request.as_of,
            unit_span: request.span,
        },
    );
    write_file(lang, out, bytes.map_err(|e| e.to_string()))
}

/// `planboard export-charts --out DIR [--as-of YYYY-MM] FILE|DIR…`: every chart as a PNG,
/// rendered with no display (see `planboard_charts`).
pub fn export_charts(
    lang: Lang,
    out: &Path,
    as_of: Option<&str>,
    paths: &[PathBuf],
    options: &ImportOptions,
) -> ExitCode {
    let as_of = match as_of.map(|text| YearMonth::parse(text).ok_or(text)) {
        None => None,
        Some(Ok(month)) => Some(month),
        Some(Err(text)) => {
            eprintln!("{}", strings::bad_as_of(lang, text));
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let (dataset, _) = load::load(paths, options);
    let as_of = as_of.or_else(|| dataset.latest_month());
    match planboard_charts::export_all(&dataset, as_of, lang.into(), out) {
        Ok(files) => {
            for file in files {
                println!("{}", strings::wrote_file(lang, &file.display().to_string()));
            }
            ExitCode::SUCCESS
        }
        Err(error) => write_failed(lang, out, &error.message(lang.into())),
    }
}

/// `planboard template --unit NAME --year YYYY --out DIR`: both templates.
pub fn template(
    lang: Lang,
    unit: &str,
    year: i32,
    out: &Path,
    catalogue: &planboard_model::Catalogue,
) -> ExitCode {
    let Some(unit) = UnitName::new(unit) else {
        eprintln!("{}", strings::bad_unit(lang));
        return ExitCode::from(USAGE_ERROR);
    };
    match crate::templates::write_templates(&unit, year, out, catalogue) {
        Ok(written) => {
            for path in written {
                println!("{}", strings::wrote_file(lang, &path.display().to_string()));
            }
            ExitCode::SUCCESS
        }
        Err(e) => write_failed(lang, &e.path, &e.error),
    }
}

/// Says that `path` could not be written; a failure.
fn write_failed(lang: Lang, path: &Path, error: &str) -> ExitCode {
    eprintln!(
        "{}",
        strings::file_write_failed(lang, &path.display().to_string(), error)
    );
    ExitCode::FAILURE
}

fn write_file(lang: Lang, path: &Path, bytes: Result<Vec<u8>, String>) -> ExitCode {
    let shown = path.display().to_string();
    match bytes.and_then(|b| std::fs::write(path, b).map_err(|e| e.to_string())) {
        Ok(()) => {
            println!("{}", strings::wrote_file(lang, &shown));
            ExitCode::SUCCESS
        }
        Err(error) => write_failed(lang, path, &error),
    }
}

/// The scope, span and data date a selection names. Without `--period` or `--year`, the
/// latest plan period with data.
fn narrative_request(
    lang: Lang,
    dataset: &Dataset,
    selection: &Selection,
) -> Result<NarrativeRequest, ExitCode> {
    let usage = |message: String| {
        eprintln!("{message}");
        ExitCode::from(USAGE_ERROR)
    };
    let as_of = match &selection.as_of {
        None => dataset.latest_month(),
        Some(text) => {
            Some(YearMonth::parse(text).ok_or_else(|| usage(strings::bad_as_of(lang, text)))?)
        }
    };
    let span = match (&selection.period, selection.year) {
        (Some(_), Some(_)) => return Err(usage(strings::period_or_year(lang).into())),
        (Some(text), None) => Span::Plan(
            PlanPeriod::parse(text).ok_or_else(|| usage(strings::bad_period(lang, text)))?,
        ),
        (None, Some(year)) => Span::Year(year),
        (None, None) => match dataset.periods().last() {
            Some(period) => Span::Plan(*period),
            None => {
                eprintln!("{}", strings::nothing_to_report(lang));
                return Err(ExitCode::FAILURE);
            }
        },
    };
    let scope = match &selection.scope {
        None => Scope::District,
        Some(text) => {
            Scope::Unit(UnitName::new(text).ok_or_else(|| usage(strings::bad_unit(lang).into()))?)
        }
    };
    Ok(NarrativeRequest { scope, span, as_of })
}
