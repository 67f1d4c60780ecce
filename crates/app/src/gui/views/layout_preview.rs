//! The mapping dialog's preview: what the layout being taught reads from the whole sheet —
//! the figures by unit, or the first projects of a ledger — and how many rows it imports,
//! skips and rejects, with the problems.

use crate::gui::layout_dialog::LayoutDialog;
use crate::strings::{self, Lang};
use planboard_import::{Preview, PreviewError};
use planboard_model::{format, Fact, FactKind, Indicator, Scope, Span};
use std::collections::{BTreeMap, BTreeSet};

/// The most problems listed.
const MAX_PROBLEMS: usize = 8;
/// The most units listed.
const MAX_UNITS: usize = 40;

/// Draws the preview of the dialog's draft.
pub fn show(ui: &mut egui::Ui, lang: Lang, dialog: &LayoutDialog) {
    ui.strong(strings::layout_preview(lang));
    let current = dialog.is_preview_current();
    match &dialog.preview {
        Some((_, outcome)) if current => outcome_of(ui, lang, outcome),
        _ => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(strings::layout_preview_running(lang));
            });
        }
    }
}

fn outcome_of(ui: &mut egui::Ui, lang: Lang, outcome: &Result<Preview, PreviewError>) {
    let preview = match outcome {
        Ok(preview) => preview,
        Err(PreviewError::NoMatch) => {
            ui.colored_label(ui.visuals().warn_fg_color, strings::layout_no_match(lang));
            return;
        }
        Err(PreviewError::Refused(error)) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                strings::layout_refused(lang, error),
            );
            return;
        }
    };
    let report = &preview.report;
    ui.label(strings::report_rows(
        lang,
        report.rows_read,
        report.rows_imported,
        report.skipped.len(),
        report.rows_rejected,
    ));
    if preview.project_count > 0 {
        projects(ui, lang, preview);
    } else if preview.facts.is_empty() {
        ui.colored_label(ui.visuals().warn_fg_color, strings::layout_no_figures(lang));
    } else {
        facts(ui, lang, &preview.facts);
    }
    for problem in report.problems.iter().take(MAX_PROBLEMS) {
        ui.add(
            egui::Label::new(
                egui::RichText::new(strings::report_problem(lang, problem))
                    .color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
    if report.problems.len() > MAX_PROBLEMS {
        ui.weak(strings::more_rows(
            lang,
            report.problems.len() - MAX_PROBLEMS,
        ));
    }
}

/// The figures as a table: a row per unit, a column per indicator, target or actual and span.
fn facts(ui: &mut egui::Ui, lang: Lang, facts: &[Fact]) {
    type Column = (Indicator, FactKind, Span);
    let columns: BTreeSet<Column> = facts
        .iter()
        .map(|f| (f.key.indicator, f.key.kind, f.key.span))
        .collect();
    let mut rows: BTreeMap<&Scope, BTreeMap<Column, String>> = BTreeMap::new();
    for fact in facts {
        let key = &fact.key;
        rows.entry(&key.scope).or_default().insert(
            (key.indicator, key.kind, key.span),
            format::value(key.indicator, Some(fact.value)),
        );
    }
    egui::ScrollArea::horizontal()
        .id_salt("layout_preview_facts")
        .show(ui, |ui| {
            egui::Grid::new("layout_preview_facts_grid")
                .striped(true)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    ui.strong(strings::layout_preview_unit(lang));
                    for (indicator, kind, span) in &columns {
                        ui.strong(strings::layout_preview_column(
                            lang, *indicator, *kind, *span,
                        ));
                    }
                    ui.end_row();
                    for (scope, values) in rows.iter().take(MAX_UNITS) {
                        ui.label(strings::scope_name(lang, scope));
                        for column in &columns {
                            ui.label(values.get(column).map_or("—", String::as_str));
                        }
                        ui.end_row();
                    }
                });
        });
}

/// The first projects of a ledger.
fn projects(ui: &mut egui::Ui, lang: Lang, preview: &Preview) {
    ui.label(strings::layout_projects_shown(
        lang,
        preview.projects.len(),
        preview.project_count,
    ));
    egui::Grid::new("layout_preview_projects")
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for header in strings::layout_project_columns(lang) {
                ui.strong(header);
            }
            ui.end_row();
            for project in &preview.projects {
                ui.label(&project.name);
                ui.label(project.unit.as_str());
                ui.label(project.signed_on.map(|d| d.to_string()).unwrap_or_default());
                ui.label(
                    project
                        .planned_investment
                        .map(|v| format::value(Indicator::PLANNED_INVESTMENT, Some(v)))
                        .unwrap_or_default(),
                );
                ui.end_row();
            }
        });
}
