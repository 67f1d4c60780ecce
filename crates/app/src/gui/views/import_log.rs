//! 导入记录: every imported file — kind, unit, years, rows imported, skipped and rejected —
//! with its problems (file, sheet, row, column, value), buttons to remove its data or read it
//! again, and the reported figures that disagree with the ledgers.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::strings::{self, Lang};
use planboard_import::{FileReport, Problem, SheetNote, SheetReport};
use planboard_model::SourceFile;

/// The most problems listed per file (the rest are counted).
const MAX_PROBLEMS: usize = 300;

/// Draws the import log.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, dataset, log, conflicts) = (ctx.lang, ctx.dataset, ctx.import_log, ctx.conflicts);
    let commands = &mut ctx.commands;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(strings::import_log_heading(lang, log.len()));
        if log.is_empty() {
            ui.label(strings::import_log_empty(lang));
        }
        if !conflicts.is_empty() {
            egui::CollapsingHeader::new(strings::conflicts_title(lang, conflicts.len()))
                .id_salt("conflicts")
                .show(ui, |ui| problems(ui, lang, conflicts.iter()));
        }
        for report in log {
            ui.add_space(6.0);
            let source = dataset.sources().iter().find(|s| s.path == report.file);
            let group = egui::UiBuilder::new()
                .accessibility_role(egui::accesskit::Role::Group)
                .accessibility_label(file_name(&report.file));
            ui.scope_builder(group, |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    file_entry(ui, lang, report, source, commands);
                });
            });
        }
    });
}

/// The last part of a path.
fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().to_string())
}

/// One file: its name, what it held, its buttons, its sheets and problems.
fn file_entry(
    ui: &mut egui::Ui,
    lang: Lang,
    report: &FileReport,
    source: Option<&SourceFile>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.strong(file_name(&report.file));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(strings::remove_file(lang)).clicked() {
                commands.push(Command::RemoveFile(report.file.clone()));
            }
            if ui.button(strings::reimport_file(lang)).clicked() {
                commands.push(Command::Reimport(report.file.clone()));
            }
        });
    });
    ui.weak(&report.file);
    if let Some(error) = &report.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            strings::file_error(lang, error),
        );
        return;
    }
    if let Some(source) = source {
        let kinds: Vec<_> = source.kinds.iter().copied().collect();
        let units: Vec<String> = source.units.iter().map(ToString::to_string).collect();
        let years: Vec<i32> = source.years.iter().copied().collect();
        ui.label(strings::file_contents(lang, &kinds, &units, &years));
    }
    let imported: u32 = report.sheets.iter().map(|s| s.rows_imported).sum();
    let skipped: usize = report.sheets.iter().map(|s| s.skipped.len()).sum();
    let rejected: u32 = report.sheets.iter().map(|s| s.rows_rejected).sum();
    let rows = strings::file_rows(lang, imported, skipped, rejected);
    if rejected > 0 {
        ui.colored_label(ui.visuals().warn_fg_color, rows);
    } else {
        ui.label(rows);
    }
    egui::CollapsingHeader::new(strings::sheets_heading(lang, report.sheets.len()))
        .id_salt(("sheets", &report.file))
        // A sheet not understood shows at once, with the button that teaches it.
        .default_open(report.sheets.iter().any(not_understood))
        .show(ui, |ui| {
            for sheet in &report.sheets {
                let unit = sheet.unit.as_ref().map(|u| u.as_str());
                ui.horizontal(|ui| {
                    ui.label(strings::report_sheet(
                        lang,
                        &sheet.sheet,
                        sheet.kind,
                        unit,
                        &sheet.years,
                    ));
                    if can_adjust(sheet) && ui.button(strings::adjust_layout(lang)).clicked() {
                        commands.push(Command::OpenLayoutDialog {
                            file: report.file.clone(),
                            sheet: sheet.sheet.clone(),
                        });
                    }
                });
                ui.weak(strings::report_rows(
                    lang,
                    sheet.rows_read,
                    sheet.rows_imported,
                    sheet.skipped.len(),
                    sheet.rows_rejected,
                ));
                if let Some(layout) = &sheet.layout {
                    ui.weak(strings::read_with_layout(lang, layout));
                }
                if let Some(note) = &sheet.note {
                    ui.weak(strings::report_sheet_note(lang, note));
                }
            }
        });
    let count = report.problems().count();
    if count > 0 {
        egui::CollapsingHeader::new(strings::problems_heading(lang, count))
            .id_salt(("problems", &report.file))
            .default_open(report.has_errors())
            .show(ui, |ui| problems(ui, lang, report.problems()));
    }
}

/// Whether a sheet has a table planboard did not understand.
fn not_understood(sheet: &SheetReport) -> bool {
    matches!(sheet.note, Some(SheetNote::Unrecognized { .. }))
}

/// Whether the mapping dialog can be opened on a sheet: one read, or one with a table that
/// was not understood (not an empty or hidden sheet).
fn can_adjust(sheet: &SheetReport) -> bool {
    match &sheet.note {
        None => true,
        Some(note) => matches!(note, SheetNote::Unrecognized { .. } | SheetNote::NoTable),
    }
}

/// Problems, one line each, the first [`MAX_PROBLEMS`] of them.
fn problems<'a>(ui: &mut egui::Ui, lang: Lang, problems: impl Iterator<Item = &'a Problem>) {
    let mut left = 0;
    for (n, problem) in problems.enumerate() {
        if n >= MAX_PROBLEMS {
            left += 1;
            continue;
        }
        let color = match problem.severity {
            planboard_import::Severity::Error => ui.visuals().error_fg_color,
            planboard_import::Severity::Warning => ui.visuals().warn_fg_color,
        };
        ui.add(
            egui::Label::new(
                egui::RichText::new(strings::report_problem(lang, problem)).color(color),
            )
            .wrap(),
        );
    }
    if left > 0 {
        ui.weak(strings::more_rows(lang, left));
    }
}
