//! The 指标设置 page: the catalogue's indicators in order — move, hide, edit, delete (not the
//! built-ins) — an editor for one indicator, and the catalogue file's import and export.

use super::ViewCtx;
use crate::gui::command::{Command, DialogKind};
use crate::gui::indicator_draft::{FromChoice, IndicatorDraft};
use crate::strings::{self, Lang};
use planboard_model::{Catalogue, Indicator, MeasureUnit, Stage};

/// Draws the page; `draft` is the indicator being added or edited.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, draft: &mut Option<IndicatorDraft>) {
    let lang = ctx.lang;
    let catalogue = ctx.dataset.catalogue();
    let commands = &mut ctx.commands;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(strings::settings_heading(lang));
            ui.label(strings::settings_intro(lang));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(strings::settings_add(lang)).clicked() {
                    *draft = Some(IndicatorDraft::new());
                }
                if ui.button(strings::settings_import(lang)).clicked() {
                    commands.push(Command::OpenDialog(DialogKind::ImportCatalogue));
                }
                if ui.button(strings::settings_export(lang)).clicked() {
                    commands.push(Command::OpenDialog(DialogKind::ExportCatalogue));
                }
            });
            ui.add_space(8.0);
            list(ui, lang, catalogue, draft, commands);
            if let Some(open) = draft {
                ui.add_space(12.0);
                ui.separator();
                let close = editor(ui, lang, catalogue, open, commands);
                if close {
                    *draft = None;
                }
            }
        });
}

/// The catalogue, one indicator a row.
fn list(
    ui: &mut egui::Ui,
    lang: Lang,
    catalogue: &Catalogue,
    draft: &mut Option<IndicatorDraft>,
    commands: &mut Vec<Command>,
) {
    let changed = |f: &dyn Fn(&mut Catalogue)| {
        let mut next = catalogue.clone();
        f(&mut next);
        Command::SetCatalogue(next)
    };
    egui::Grid::new("indicator_catalogue")
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for header in strings::settings_columns(lang) {
                ui.strong(header);
            }
            ui.end_row();
            let count = catalogue.defs().len();
            for (i, def) in catalogue.defs().iter().enumerate() {
                let key = def.key;
                let name = strings::indicator_name(lang, key);
                let name = if key.is_builtin() {
                    ui.label(strings::builtin_name(lang, name))
                } else {
                    ui.label(name)
                };
                ui.monospace(key.key());
                ui.label(strings::measure_name(lang, def.measure));
                ui.label(strings::obtained_words(lang, &def.from));
                let mut shown = !def.hidden;
                if ui.checkbox(&mut shown, "").labelled_by(name.id).changed() {
                    commands.push(changed(&|c| c.set_hidden(key, !shown)));
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(i > 0, egui::Button::new(strings::settings_up(lang)))
                        .clicked()
                    {
                        commands.push(changed(&|c| c.shift(key, true)));
                    }
                    if ui
                        .add_enabled(
                            i + 1 < count,
                            egui::Button::new(strings::settings_down(lang)),
                        )
                        .clicked()
                    {
                        commands.push(changed(&|c| c.shift(key, false)));
                    }
                    if ui.button(strings::settings_edit(lang)).clicked() {
                        *draft = Some(IndicatorDraft::of(def));
                    }
                    let deletable = !key.is_builtin();
                    if ui
                        .add_enabled(deletable, egui::Button::new(strings::settings_delete(lang)))
                        .clicked()
                    {
                        let mut next = catalogue.clone();
                        match next.remove(key) {
                            Ok(()) => commands.push(Command::SetCatalogue(next)),
                            Err(e) => {
                                let mut refused = IndicatorDraft::of(def);
                                refused.error = Some(strings::catalogue_refused(lang, &e));
                                *draft = Some(refused);
                            }
                        }
                    }
                });
                ui.end_row();
            }
        });
}

/// The editor of one indicator; returns whether it is to close.
fn editor(
    ui: &mut egui::Ui,
    lang: Lang,
    catalogue: &Catalogue,
    draft: &mut IndicatorDraft,
    commands: &mut Vec<Command>,
) -> bool {
    let labels = strings::draft_labels(lang);
    ui.strong(strings::draft_heading(lang, draft.editing));
    egui::Grid::new("indicator_draft")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(labels.key);
            ui.add_enabled(
                draft.editing.is_none(),
                egui::TextEdit::singleline(&mut draft.key),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(labels.name);
            ui.text_edit_singleline(&mut draft.name)
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(labels.name_en);
            ui.text_edit_singleline(&mut draft.name_en)
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(labels.synonyms);
            ui.text_edit_singleline(&mut draft.synonyms)
                .labelled_by(label.id);
            ui.end_row();
            // A built-in's measure and rule are shown, not edited.
            let editable = draft.fixed.is_none();
            let label = ui.label(labels.measure);
            ui.add_enabled_ui(editable, |ui| {
                egui::ComboBox::from_id_salt("draft_measure")
                    .selected_text(draft.measure.zh())
                    .show_ui(ui, |ui| {
                        for m in MeasureUnit::ALL {
                            ui.selectable_value(&mut draft.measure, m, m.zh());
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            ui.end_row();
            ui.label(labels.from);
            ui.add_enabled_ui(editable, |ui| {
                ui.horizontal(|ui| {
                    let choices = FromChoice::ALL.into_iter().zip(strings::from_choices(lang));
                    for (choice, text) in choices {
                        ui.radio_value(&mut draft.from, choice, text);
                    }
                });
            });
            ui.end_row();
            match draft.from {
                FromChoice::Reported => {}
                FromChoice::Ledger if !editable => {}
                FromChoice::Ledger => ledger_fields(ui, lang, draft),
                FromChoice::Ratio => {
                    let label = ui.label(labels.ratio);
                    ui.horizontal(|ui| {
                        pick(ui, lang, "draft_numerator", catalogue, &mut draft.ratio.0)
                            .labelled_by(label.id);
                        ui.label("÷");
                        pick(ui, lang, "draft_denominator", catalogue, &mut draft.ratio.1)
                            .labelled_by(label.id);
                    });
                    ui.end_row();
                }
            }
            let label = ui.label(labels.hidden);
            ui.checkbox(&mut draft.hidden, "").labelled_by(label.id);
            ui.end_row();
        });
    if let Some(error) = &draft.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(strings::draft_save(lang)).clicked() {
            match draft.saved_into(lang, catalogue) {
                Ok(next) => {
                    commands.push(Command::SetCatalogue(next));
                    close = true;
                }
                Err(e) => draft.error = Some(e),
            }
        }
        if ui.button(strings::draft_cancel(lang)).clicked() {
            close = true;
        }
    });
    close
}

/// The rule of a ledger indicator.
fn ledger_fields(ui: &mut egui::Ui, lang: Lang, draft: &mut IndicatorDraft) {
    let labels = strings::draft_labels(lang);
    let label = ui.label(labels.count);
    ui.checkbox(&mut draft.count, "").labelled_by(label.id);
    ui.end_row();
    let label = ui.label(labels.at_least);
    ui.text_edit_singleline(&mut draft.at_least)
        .labelled_by(label.id);
    ui.end_row();
    let label = ui.label(labels.below);
    ui.text_edit_singleline(&mut draft.below)
        .labelled_by(label.id);
    ui.end_row();
    ui.label(labels.stages);
    ui.horizontal(|ui| {
        for stage in Stage::ALL {
            let mut on = draft.stages.contains(&stage);
            if ui.checkbox(&mut on, strings::stage(lang, stage)).changed() {
                draft.stages.retain(|s| *s != stage);
                if on {
                    draft.stages.push(stage);
                    draft.stages.sort();
                }
            }
        }
    });
    ui.end_row();
    ui.label(labels.foreign);
    ui.horizontal(|ui| {
        let choices = [None, Some(true), Some(false)];
        for (choice, text) in choices.into_iter().zip(strings::foreign_choices(lang)) {
            ui.radio_value(&mut draft.foreign, choice, text);
        }
    });
    ui.end_row();
    let label = ui.label(labels.industries);
    ui.text_edit_singleline(&mut draft.industries)
        .labelled_by(label.id);
    ui.end_row();
}

/// A choice of one of the catalogue's indicators.
fn pick(
    ui: &mut egui::Ui,
    lang: Lang,
    id: &str,
    catalogue: &Catalogue,
    value: &mut Indicator,
) -> egui::Response {
    egui::ComboBox::from_id_salt(id)
        .selected_text(strings::indicator_name(lang, *value))
        .show_ui(ui, |ui| {
            for i in catalogue.all() {
                ui.selectable_value(value, i, strings::indicator_name(lang, i));
            }
        })
        .response
}
