//! The top bar: the app's name, the last import's status and the language switch.

use crate::app::Command;
use crate::strings::{self, Lang};

/// Draws the top bar; a click on a language pushes [`Command::SetLanguage`].
pub fn show(ui: &mut egui::Ui, lang: Lang, status: Option<&str>, commands: &mut Vec<Command>) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(strings::app_name(lang));
            if let Some(status) = status {
                ui.separator();
                ui.label(status);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // Right to left: the last language comes first.
                for option in Lang::ALL.into_iter().rev() {
                    let response = ui
                        .selectable_label(lang == option, option.native_name())
                        .on_hover_text(strings::language_switch_hint(lang));
                    if response.clicked() && lang != option {
                        commands.push(Command::SetLanguage(option));
                    }
                }
            });
        });
    });
}
