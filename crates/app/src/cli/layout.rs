//! `planboard layout guess | show`, the layout files `--layout` names and the catalogue file
//! `--indicators` names.

use super::output::{print, USAGE_ERROR};
use crate::strings::{self, Lang};
use planboard_import::{ImportOptions, SavedLayout};
use planboard_model::{Catalogue, CatalogueError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Reads the layout files `--layout` names; a file that cannot be used is a usage error that
/// names it, and nothing is read.
pub fn read_layout_files(lang: Lang, files: &[PathBuf]) -> Result<Vec<SavedLayout>, ExitCode> {
    let mut layouts = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        let read = std::fs::read(file)
            .map_err(|e| planboard_import::LayoutError::Invalid(e.to_string()))
            .and_then(|bytes| SavedLayout::parse_many(&bytes));
        match read {
            Ok(more) => layouts.extend(more),
            Err(error) => {
                eprintln!("{}", strings::layout_file_refused(lang, &shown, &error));
                return Err(ExitCode::from(USAGE_ERROR));
            }
        }
    }
    Ok(layouts)
}

/// Reads the catalogue file `--indicators` names (the built-ins without one); a file that
/// cannot be used is a usage error naming it and the entry.
pub fn read_catalogue_file(lang: Lang, file: Option<&Path>) -> Result<Catalogue, ExitCode> {
    let Some(file) = file else {
        return Ok(Catalogue::builtin());
    };
    let read = std::fs::read_to_string(file)
        .map_err(|e| CatalogueError::NotJson(e.to_string()))
        .and_then(|text| Catalogue::from_json(&text));
    read.map_err(|error| {
        let shown = file.display().to_string();
        eprintln!("{}", strings::catalogue_file_refused(lang, &shown, &error));
        ExitCode::from(USAGE_ERROR)
    })
}

/// `planboard layout guess`: the layout of each sheet recognition understands (or of one), as
/// the JSON of a layout file, printed or written to `out`.
pub fn guess(
    lang: Lang,
    file: &Path,
    sheet: Option<&str>,
    out: Option<&Path>,
    options: &ImportOptions,
) -> ExitCode {
    let guessed = match planboard_import::guess_layouts(file, options) {
        Ok(guessed) => guessed,
        Err(error) => return cannot_open(lang, file, &error),
    };
    let layouts: Vec<SavedLayout> = guessed
        .into_iter()
        .filter(|(name, _)| sheet.is_none_or(|s| s == name))
        .map(|(_, layout)| layout)
        .collect();
    if layouts.is_empty() {
        eprintln!("{}", strings::no_layout_found(lang));
        return ExitCode::FAILURE;
    }
    let json = SavedLayout::many_to_json(&layouts) + "\n";
    match out {
        None => print(lang, &json).err().unwrap_or(ExitCode::SUCCESS),
        Some(out) => match std::fs::write(out, json) {
            Ok(()) => {
                println!("{}", strings::wrote_file(lang, &out.display().to_string()));
                ExitCode::SUCCESS
            }
            Err(e) => {
                let shown = out.display().to_string();
                eprintln!(
                    "{}",
                    strings::file_write_failed(lang, &shown, &e.to_string())
                );
                ExitCode::FAILURE
            }
        },
    }
}

/// `planboard layout show`: how each sheet (or one) is read, row by row and column by column.
pub fn show(lang: Lang, file: &Path, sheet: Option<&str>, options: &ImportOptions) -> ExitCode {
    let views = match planboard_import::view_sheets(file, options) {
        Ok(views) => views,
        Err(error) => return cannot_open(lang, file, &error),
    };
    let lines: Vec<String> = views
        .iter()
        .filter(|v| sheet.is_none_or(|s| s == v.sheet))
        .flat_map(|v| strings::sheet_view(lang, v))
        .collect();
    if lines.is_empty() {
        eprintln!("{}", strings::no_layout_found(lang));
        return ExitCode::FAILURE;
    }
    print(lang, &(lines.join("\n") + "\n"))
        .err()
        .unwrap_or(ExitCode::SUCCESS)
}

fn cannot_open(lang: Lang, file: &Path, error: &planboard_import::open::OpenError) -> ExitCode {
    let shown = file.display().to_string();
    let message = match lang {
        Lang::Zh => error.to_string(),
        Lang::En => error.message_en(),
    };
    eprintln!("{}", strings::file_unreadable(lang, &shown, &message));
    ExitCode::FAILURE
}
