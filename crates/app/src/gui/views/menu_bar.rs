//! The top bar: the 文件 and 视图 menus, the tabs and the language switch. The 文件 menu's
//! actions and their shortcuts are the table in [`crate::gui::actions`].

use super::ViewCtx;
use crate::gui::actions;
use crate::gui::command::Command;
use crate::gui::settings::ThemeChoice;
use crate::gui::tabs::Tab;
use crate::strings::{self, Lang};

/// Draws the menu bar and the tabs.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, tab, settings) = (ctx.lang, ctx.tab, ctx.settings);
    let commands = &mut ctx.commands;
    let recent = &settings.recent_files;
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(strings::menu_file(lang), |ui| {
                for (index, group) in actions::FILE_MENU.iter().enumerate() {
                    if index > 0 {
                        ui.separator();
                    }
                    for action in *group {
                        if action.button(ui, lang) {
                            commands.push(action.command.clone());
                        }
                    }
                }
                ui.menu_button(strings::menu_recent(lang), |ui| {
                    if recent.is_empty() {
                        ui.weak(strings::menu_no_recent(lang));
                    }
                    for path in recent {
                        if ui.button(path.display().to_string()).clicked() {
                            commands.push(Command::Import(vec![path.clone()]));
                        }
                    }
                });
            });
            ui.menu_button(strings::menu_view(lang), |ui| {
                for theme in ThemeChoice::ALL {
                    if ui
                        .radio(settings.theme == theme, strings::theme_name(lang, theme))
                        .clicked()
                        && settings.theme != theme
                    {
                        commands.push(Command::SetTheme(theme));
                    }
                }
            });
            ui.separator();
            ui.strong(strings::app_name(lang));
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
        ui.add_space(2.0);
        ui.horizontal(|ui| {
            for option in Tab::ALL {
                let label = egui::RichText::new(strings::tab_name(lang, option)).size(16.0);
                if ui.selectable_label(tab == option, label).clicked() && tab != option {
                    commands.push(Command::SetTab(option));
                }
            }
        });
        ui.add_space(2.0);
    });
}
