//! 文件 → 生成填报模板…: the unit and year of the templates, then the folder they go to.

use super::ViewCtx;
use crate::gui::command::{Command, DialogKind};
use crate::strings;
use planboard_model::UnitName;

/// What the form holds while it is open (view state, edited by the widgets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateForm {
    /// The unit typed or chosen.
    pub unit: String,
    /// The year of the templates.
    pub year: i32,
}

impl TemplateForm {
    /// The unit, when what is typed is a unit name.
    pub fn unit_name(&self) -> Option<UnitName> {
        UnitName::new(&self.unit)
    }
}

/// The years the form offers.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Draws `form` as a modal window.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, form: &mut TemplateForm) {
    let (lang, units) = (ctx.lang, ctx.dataset.units());
    let commands = &mut ctx.commands;
    egui::Modal::new(egui::Id::unique("template_form")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(strings::template_title(lang));
        ui.add_space(6.0);
        ui.add(egui::Label::new(strings::template_text(lang)).wrap());
        ui.add_space(6.0);
        egui::Grid::new("template_form_fields")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(strings::template_unit(lang));
                ui.add(
                    egui::TextEdit::singleline(&mut form.unit)
                        .hint_text(strings::unit_prompt_hint(lang))
                        .desired_width(240.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(strings::template_year(lang));
                ui.add(egui::DragValue::new(&mut form.year).range(YEARS))
                    .labelled_by(label.id);
                ui.end_row();
            });
        if !units.is_empty() {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                for unit in units {
                    if ui
                        .selectable_label(form.unit == unit.as_str(), unit.as_str())
                        .clicked()
                    {
                        form.unit = unit.to_string();
                    }
                }
            });
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let ready = form.unit_name().is_some();
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(strings::template_choose_folder(lang)),
                )
                .clicked()
            {
                commands.push(Command::OpenDialog(DialogKind::TemplateFolder));
            }
            if ui.button(strings::cancel(lang)).clicked() {
                commands.push(Command::CloseTemplateForm);
            }
        });
    });
}
