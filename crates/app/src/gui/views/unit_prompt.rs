//! The question the window asks when a workbook does not say which unit it belongs to.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::strings;
use planboard_model::UnitName;
use std::path::Path;

/// Draws the prompt for `file` as a modal window: a known unit, or a new name typed in
/// `draft` (the text box's view state).
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, file: &Path, draft: &mut String) {
    let (lang, units) = (ctx.lang, ctx.dataset.units());
    let commands = &mut ctx.commands;
    egui::Modal::new(egui::Id::unique("unit_prompt")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(strings::unit_prompt_title(lang));
        ui.add_space(6.0);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| file.display().to_string());
        ui.add(egui::Label::new(strings::unit_prompt_text(lang, &name)).wrap());
        ui.add_space(6.0);
        if !units.is_empty() {
            ui.label(strings::unit_prompt_known(lang));
            ui.horizontal_wrapped(|ui| {
                for unit in units {
                    if ui.button(unit.as_str()).clicked() {
                        commands.push(Command::ImportWithUnit(file.to_path_buf(), unit.clone()));
                    }
                }
            });
            ui.add_space(6.0);
        }
        ui.label(strings::unit_prompt_new(lang));
        ui.horizontal(|ui| {
            let edit = ui.add(
                egui::TextEdit::singleline(draft)
                    .hint_text(strings::unit_prompt_hint(lang))
                    .desired_width(240.0),
            );
            let typed = UnitName::new(draft);
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let import = ui.add_enabled(typed.is_some(), egui::Button::new(strings::import(lang)));
            if let Some(unit) = typed {
                if import.clicked() || entered {
                    commands.push(Command::ImportWithUnit(file.to_path_buf(), unit));
                }
            }
        });
        ui.add_space(8.0);
        if ui.button(strings::unit_prompt_skip(lang)).clicked() {
            commands.push(Command::SkipUnitPrompt);
        }
    });
}
