//! The drill-down panel: what a clicked figure is made of — the ledger projects counted, or
//! the reported figures — and where each of its targets came from, with file, sheet and row,
//! each source to open or copy.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::gui::drill::{DrillDown, DrillTarget};
use crate::strings::{self, Lang};
use egui_extras::{Column, TableBuilder};
use planboard_model::{format, Dataset, Fact, Indicator, Obtained, Provenance};
use std::path::PathBuf;

/// The panel's default width, in points.
const PANEL_WIDTH: f32 = 700.0;
/// The most fact rows listed per section (a district's targets are a few dozen).
const MAX_FACT_ROWS: usize = 200;

/// Draws the panel on the right: what `target` is made of (`drill`).
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, target: &DrillTarget, drill: &DrillDown) {
    let (lang, dataset) = (ctx.lang, ctx.dataset);
    let commands = &mut ctx.commands;
    egui::Panel::right("drill_down")
        .resizable(true)
        .default_size(PANEL_WIDTH)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(strings::drill_title(lang));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(strings::close(lang)).clicked() {
                        commands.push(Command::CloseDrillDown);
                    }
                });
            });
            let figure = dataset.figure(&target.scope, target.indicator, target.span);
            ui.add(
                egui::Label::new(egui::RichText::new(strings::drill_subject(
                    lang,
                    &target.scope,
                    target.indicator,
                    target.span,
                )))
                .wrap(),
            );
            ui.label(strings::drill_figure(
                lang,
                &format::value(target.indicator, figure.actual),
                &format::value(target.indicator, figure.target),
                &format::percent(figure.rate()),
            ));
            ui.separator();
            if !drill.projects.is_empty() {
                ui.strong(strings::drill_projects(lang, drill.projects.len()));
                // The table scrolls by itself in the upper part; the facts scroll below it.
                let height = (ui.available_height() * 0.55).max(160.0);
                ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
                    projects_table(ui, lang, dataset, drill, height, commands);
                });
                ui.separator();
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                if !drill.actual_facts.is_empty() {
                    ui.strong(strings::drill_reported(lang, drill.actual_facts.len()));
                    facts_grid(
                        ui,
                        lang,
                        dataset,
                        target.indicator,
                        &drill.actual_facts,
                        "actuals",
                        commands,
                    );
                    ui.add_space(8.0);
                }
                let from = dataset.catalogue().get(target.indicator).map(|d| &d.from);
                if let Some(Obtained::Ratio(numerator, denominator)) = from {
                    // A ratio is made of its parts, each with its own drill-down.
                    let part = |i: Indicator| {
                        let value = dataset.actual(&target.scope, i, target.span);
                        (i, format::value(i, value))
                    };
                    ui.label(strings::drill_ratio(
                        lang,
                        target.indicator,
                        part(*numerator),
                        part(*denominator),
                    ));
                } else if drill.projects.is_empty() && drill.actual_facts.is_empty() {
                    ui.label(strings::drill_no_actual(lang));
                }
                if drill.target_facts.is_empty() {
                    ui.label(strings::drill_no_target(lang));
                } else {
                    ui.strong(strings::drill_targets(lang, drill.target_facts.len()));
                    if let Some(basis) = drill.target_basis {
                        ui.label(strings::drill_target_basis(lang, basis));
                    }
                    if let Some(sum) = drill.units_target_sum {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            strings::drill_units_target_sum(
                                lang,
                                &format::value(target.indicator, Some(sum)),
                            ),
                        );
                    }
                    facts_grid(
                        ui,
                        lang,
                        dataset,
                        target.indicator,
                        &drill.target_facts,
                        "targets",
                        commands,
                    );
                }
            });
        });
}

/// The projects, only the visible rows laid out.
fn projects_table(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    drill: &DrillDown,
    height: f32,
    commands: &mut Vec<Command>,
) {
    let projects = dataset.projects();
    let row_height = ui.spacing().interact_size.y + 2.0;
    let header_height = row_height;
    let body_height = (height - header_height - 4.0).max(row_height);
    TableBuilder::new(ui)
        .id_salt("drill_projects")
        .striped(true)
        .auto_shrink([false, false])
        .min_scrolled_height(body_height)
        .max_scroll_height(body_height)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(
            Column::initial(160.0)
                .at_least(80.0)
                .clip(true)
                .resizable(true),
        )
        .column(Column::initial(80.0).clip(true))
        .column(Column::initial(90.0))
        .column(Column::initial(80.0))
        .column(Column::remainder().at_least(220.0).clip(true))
        .header(header_height, |mut header| {
            for title in [
                strings::column_project(lang),
                strings::column_signed_on(lang),
                strings::column_unit(lang),
                strings::column_investment_short(lang),
                strings::column_place(lang),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, drill.projects.len(), |mut row| {
                let Some(project) = drill
                    .projects
                    .get(row.index())
                    .and_then(|&i| projects.get(i))
                else {
                    return;
                };
                row.col(|ui| {
                    ui.label(&project.name);
                });
                row.col(|ui| {
                    ui.label(
                        project
                            .signed_on
                            .map_or_else(|| format::NONE.to_string(), |d| d.to_string()),
                    );
                });
                row.col(|ui| {
                    ui.label(project.unit.as_str());
                });
                row.col(|ui| {
                    ui.label(format::value(
                        Indicator::PLANNED_INVESTMENT,
                        project.planned_investment,
                    ));
                });
                row.col(|ui| {
                    source(ui, lang, &project.source, commands);
                });
            });
        });
}

/// Facts as a grid: scope, span, value, place.
fn facts_grid(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    indicator: Indicator,
    indexes: &[usize],
    id: &str,
    commands: &mut Vec<Command>,
) {
    let facts = dataset.facts();
    egui::Grid::new(("drill_facts", id))
        .num_columns(4)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for fact in indexes
                .iter()
                .take(MAX_FACT_ROWS)
                .filter_map(|&i| facts.get(i))
            {
                fact_row(ui, lang, indicator, fact, commands);
                ui.end_row();
            }
        });
    if indexes.len() > MAX_FACT_ROWS {
        ui.weak(strings::more_rows(lang, indexes.len() - MAX_FACT_ROWS));
    }
}

fn fact_row(
    ui: &mut egui::Ui,
    lang: Lang,
    indicator: Indicator,
    fact: &Fact,
    commands: &mut Vec<Command>,
) {
    ui.label(strings::scope_name(lang, &fact.key.scope));
    ui.label(strings::span_name(lang, fact.key.span));
    ui.label(format::value(indicator, Some(fact.value)));
    ui.horizontal(|ui| source(ui, lang, &fact.source, commands));
}

/// Where a figure stands, with 打开 (the workbook, in the system's program for it) and 复制
/// (the place as text, to paste into a message).
fn source(ui: &mut egui::Ui, lang: Lang, place: &Provenance, commands: &mut Vec<Command>) {
    let text = strings::place(lang, place);
    if ui
        .small_button(strings::open_source(lang))
        .on_hover_text(strings::open_source_hint(lang))
        .clicked()
    {
        commands.push(Command::OpenSource(PathBuf::from(&*place.file)));
    }
    if ui
        .small_button(strings::copy_source(lang))
        .on_hover_text(strings::copy_source_hint(lang))
        .clicked()
    {
        ui.ctx().copy_text(text.clone());
    }
    ui.label(text).on_hover_text(&*place.file);
}
