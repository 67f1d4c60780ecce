//! 项目台账: every project, filtered by unit, industry, stage, year and text, sortable by any
//! column. Only the visible rows are laid out, so 200,000 rows scroll fluidly.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::gui::ledger::{LedgerColumn, LedgerFilter, LedgerView};
use crate::strings::{self, Lang};
use egui_extras::{Column, TableBuilder};
use planboard_model::{format, Dataset, Indicator, Project, Stage, UnitName};

/// Draws the ledger tab. `search` is the search box's text (view state).
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, search: &mut String) {
    let (lang, dataset, view) = (ctx.lang, ctx.dataset, ctx.ledger);
    let commands = &mut ctx.commands;
    filters(ui, lang, dataset, view, search, commands);
    ui.separator();
    table(ui, lang, dataset, view, commands);
}

/// A labelled combo box of "all" and `options`; the new choice when the user made one.
fn choice<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    lang: Lang,
    label: &str,
    current: &Option<T>,
    options: &[T],
    name: impl Fn(&T) -> String,
) -> Option<Option<T>> {
    let id = ("ledger_filter", label);
    let label = ui.label(label);
    let text = current
        .as_ref()
        .map_or_else(|| strings::all(lang).to_string(), &name);
    let mut picked = None;
    egui::ComboBox::from_id_salt(id)
        .selected_text(text)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(current.is_none(), strings::all(lang))
                .clicked()
            {
                picked = Some(None);
            }
            for option in options {
                if ui
                    .selectable_label(current.as_ref() == Some(option), name(option))
                    .clicked()
                {
                    picked = Some(Some(option.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    picked.filter(|choice| choice != current)
}

/// The filter bar.
fn filters(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    view: &LedgerView,
    search: &mut String,
    commands: &mut Vec<Command>,
) {
    let filter = &view.filter;
    ui.horizontal_wrapped(|ui| {
        let units: Vec<UnitName> = dataset.units().to_vec();
        if let Some(unit) = choice(
            ui,
            lang,
            strings::column_unit(lang),
            &filter.unit,
            &units,
            |u| u.to_string(),
        ) {
            commands.push(Command::SetLedgerFilter(LedgerFilter {
                unit,
                ..filter.clone()
            }));
        }
        if let Some(industry) = choice(
            ui,
            lang,
            strings::column_industry(lang),
            &filter.industry,
            &view.industries,
            String::clone,
        ) {
            commands.push(Command::SetLedgerFilter(LedgerFilter {
                industry,
                ..filter.clone()
            }));
        }
        if let Some(stage) = choice(
            ui,
            lang,
            strings::column_stage(lang),
            &filter.stage,
            &Stage::ALL,
            |s| strings::stage_name(lang, *s).to_string(),
        ) {
            commands.push(Command::SetLedgerFilter(LedgerFilter {
                stage,
                ..filter.clone()
            }));
        }
        if let Some(year) = choice(
            ui,
            lang,
            strings::column_signed_year(lang),
            &filter.year,
            &view.years,
            |y| strings::year_name(lang, *y),
        ) {
            commands.push(Command::SetLedgerFilter(LedgerFilter {
                year,
                ..filter.clone()
            }));
        }
        let edit = ui.add(
            egui::TextEdit::singleline(search)
                .hint_text(strings::search_hint(lang))
                .desired_width(200.0),
        );
        if edit.changed() {
            commands.push(Command::SetLedgerFilter(LedgerFilter {
                text: search.clone(),
                ..filter.clone()
            }));
        }
        ui.label(strings::ledger_count(
            lang,
            view.rows.len(),
            dataset.projects().len(),
        ));
        if view.is_sorting() {
            ui.spinner();
            ui.weak(strings::ledger_sorting(lang));
        }
    });
}

/// The widths of the columns, in points (the name column takes what is left).
fn column(column: LedgerColumn) -> Column {
    match column {
        LedgerColumn::Name => Column::remainder().at_least(200.0).clip(true),
        LedgerColumn::Unit => Column::exact(110.0).clip(true),
        LedgerColumn::Industry => Column::exact(110.0).clip(true),
        LedgerColumn::SignedOn => Column::exact(100.0),
        LedgerColumn::Investment => Column::exact(130.0),
        LedgerColumn::Foreign => Column::exact(50.0),
        LedgerColumn::Stage => Column::exact(80.0),
        LedgerColumn::Source => Column::exact(260.0).clip(true),
    }
}

/// The table of the rows that pass the filter.
fn table(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    view: &LedgerView,
    commands: &mut Vec<Command>,
) {
    let projects = dataset.projects();
    let row_height = ui.spacing().interact_size.y + 4.0;
    let mut builder = TableBuilder::new(ui)
        .id_salt("ledger_table")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for c in LedgerColumn::ALL {
        builder = builder.column(column(c));
    }
    builder
        .header(row_height, |mut header| {
            for c in LedgerColumn::ALL {
                header.col(|ui| {
                    let arrow = match view.sort {
                        Some(sort) if sort.column == c && sort.ascending => " ▲",
                        Some(sort) if sort.column == c => " ▼",
                        _ => "",
                    };
                    let title = format!("{}{arrow}", strings::ledger_column(lang, c));
                    let clicked = ui
                        .add(egui::Button::new(egui::RichText::new(title).strong()).frame(false))
                        .on_hover_text(strings::sort_hint(lang))
                        .clicked();
                    if clicked {
                        commands.push(Command::SortLedger(c));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, view.rows.len(), |mut row| {
                let Some(project) = view.rows.get(row.index()).and_then(|&i| projects.get(i))
                else {
                    return;
                };
                for c in LedgerColumn::ALL {
                    row.col(|ui| {
                        ui.label(cell_text(lang, c, project));
                    });
                }
            });
        });
}

/// The text of one cell.
pub fn cell_text(lang: Lang, column: LedgerColumn, project: &Project) -> String {
    match column {
        LedgerColumn::Name => project.name.clone(),
        LedgerColumn::Unit => project.unit.to_string(),
        LedgerColumn::Industry => project
            .industry
            .clone()
            .unwrap_or_else(|| format::NONE.into()),
        LedgerColumn::SignedOn => project
            .signed_on
            .map_or_else(|| format::NONE.to_string(), |d| d.to_string()),
        LedgerColumn::Investment => {
            format::value(Indicator::PLANNED_INVESTMENT, project.planned_investment)
        }
        LedgerColumn::Foreign => strings::yes_no(lang, project.foreign).to_string(),
        LedgerColumn::Stage => strings::stage_name(lang, project.board_stage()).to_string(),
        LedgerColumn::Source => strings::place(lang, &project.source),
    }
}
