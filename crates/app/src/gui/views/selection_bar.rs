//! The selection bar: plan period, year, unit, indicator and as-of month.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::gui::selection::Selection;
use crate::strings::{self, Lang};
use planboard_model::{Dataset, Scope, YearMonth};

/// Draws the selection bar.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, dataset, selection) = (ctx.lang, ctx.dataset, ctx.selection);
    let commands = &mut ctx.commands;
    egui::Panel::top("selection_bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(strings::choose_period(lang));
            let period_text = selection
                .period
                .map(|p| strings::period_name(lang, p))
                .unwrap_or_default();
            egui::ComboBox::from_id_salt("period")
                .selected_text(period_text)
                .show_ui(ui, |ui| {
                    for period in dataset.periods() {
                        let chosen = selection.period == Some(period) && selection.year.is_none();
                        if ui
                            .selectable_label(chosen, strings::period_heading(lang, period))
                            .clicked()
                        {
                            commands.push(Command::SetPeriod(period));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(strings::choose_year(lang));
            let year_text = selection.year.map_or_else(
                || strings::whole_period(lang).to_string(),
                |y| strings::year_name(lang, y),
            );
            egui::ComboBox::from_id_salt("year")
                .selected_text(year_text)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(selection.year.is_none(), strings::whole_period(lang))
                        .clicked()
                    {
                        commands.push(Command::SetYear(None));
                    }
                    if let Some(period) = selection.period {
                        for year in dataset.years_in(period) {
                            if ui
                                .selectable_label(
                                    selection.year == Some(year),
                                    strings::year_name(lang, year),
                                )
                                .clicked()
                            {
                                commands.push(Command::SetYear(Some(year)));
                            }
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.separator();
            let label = ui.label(strings::choose_unit(lang));
            egui::ComboBox::from_id_salt("unit")
                .selected_text(strings::scope_name(lang, &selection.scope))
                .show_ui(ui, |ui| {
                    let district = Scope::District;
                    if ui
                        .selectable_label(
                            selection.scope == district,
                            strings::scope_name(lang, &district),
                        )
                        .clicked()
                    {
                        commands.push(Command::SetScope(district));
                    }
                    for unit in dataset.units() {
                        let scope = Scope::Unit(unit.clone());
                        if ui
                            .selectable_label(selection.scope == scope, unit.as_str())
                            .clicked()
                        {
                            commands.push(Command::SetScope(scope));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(strings::choose_indicator(lang));
            egui::ComboBox::from_id_salt("indicator")
                .selected_text(strings::indicator_with_unit(lang, selection.indicator))
                .show_ui(ui, |ui| {
                    for indicator in dataset.catalogue().visible() {
                        if ui
                            .selectable_label(
                                selection.indicator == indicator,
                                strings::indicator_with_unit(lang, indicator),
                            )
                            .clicked()
                        {
                            commands.push(Command::SetIndicator(indicator));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.separator();
            as_of_choice(ui, lang, dataset, selection, commands);
        });
    });
}

/// The as-of month: the data's latest by default, or a month of the latest year with data.
fn as_of_choice(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    selection: &Selection,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(strings::choose_as_of(lang));
    let latest = dataset.latest_month();
    let shown = selection.as_of(dataset);
    let text = shown.map_or_else(|| strings::no_month(lang).to_string(), |m| m.to_string());
    egui::ComboBox::from_id_salt("as_of")
        .selected_text(text)
        .show_ui(ui, |ui| {
            if let Some(latest) = latest {
                if ui
                    .selectable_label(
                        selection.as_of.is_none(),
                        strings::latest_month(lang, &latest.to_string()),
                    )
                    .clicked()
                {
                    commands.push(Command::SetAsOf(None));
                }
            }
            let year = shown.map(|m| m.year).or_else(|| dataset.years().last());
            if let Some(year) = year {
                for month in (1..=12).rev() {
                    let Some(choice) = YearMonth::new(year, month) else {
                        continue;
                    };
                    if ui
                        .selectable_label(selection.as_of == Some(choice), choice.to_string())
                        .clicked()
                    {
                        commands.push(Command::SetAsOf(Some(choice)));
                    }
                }
            }
        })
        .response
        .labelled_by(label.id);
}
