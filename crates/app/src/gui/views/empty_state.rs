//! What the window shows when it holds no data: buttons to import or open the demo, the recent
//! imports, what to drop in, and what is counted.

use super::ViewCtx;
use crate::gui::command::{Command, DialogKind};
use crate::strings;
use planboard_model::SourceKind;

/// The widest the empty state's text runs, in points.
const MAX_TEXT_WIDTH: f32 = 720.0;

/// The kinds of workbook a user drops in, in the order they usually arrive.
const KINDS: [SourceKind; 3] = [
    SourceKind::TargetBreakdown,
    SourceKind::Ledger,
    SourceKind::ProgressReport,
];

/// How many recent imports the empty state lists.
const MAX_RECENT_SHOWN: usize = 5;

/// Draws the empty state.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, recent) = (ctx.lang, &ctx.settings.recent_files);
    let indicators = ctx.dataset.catalogue().visible();
    let commands = &mut ctx.commands;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(MAX_TEXT_WIDTH);
            ui.add_space(24.0);
            ui.heading(strings::empty_heading(lang));
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                let big = |text: &str| egui::Button::new(egui::RichText::new(text).size(16.0));
                if ui.add(big(strings::empty_import_files(lang))).clicked() {
                    commands.push(Command::OpenDialog(DialogKind::ImportFiles));
                }
                if ui.add(big(strings::empty_import_folder(lang))).clicked() {
                    commands.push(Command::OpenDialog(DialogKind::ImportFolder));
                }
                if ui
                    .add(big(strings::empty_open_demo(lang)))
                    .on_hover_text(strings::empty_open_demo_hint(lang))
                    .clicked()
                {
                    commands.push(Command::OpenDemo);
                }
            });
            ui.add_space(16.0);
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                if !recent.is_empty() {
                    ui.strong(strings::empty_recent(lang));
                    for path in recent.iter().take(MAX_RECENT_SHOWN) {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().to_string(),
                        );
                        if ui
                            .link(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            commands.push(Command::Import(vec![path.clone()]));
                        }
                    }
                    ui.add_space(16.0);
                }
                ui.label(strings::empty_intro(lang));
                ui.add_space(4.0);
                egui::Grid::new("empty_state_kinds")
                    .num_columns(2)
                    .spacing([16.0, 6.0])
                    .show(ui, |ui| {
                        for kind in KINDS {
                            ui.strong(strings::kind_name(lang, kind));
                            ui.label(strings::kind_description(lang, kind));
                            ui.end_row();
                        }
                    });
                ui.add_space(8.0);
                ui.label(strings::empty_formats(lang));
                ui.add_space(20.0);
                ui.strong(strings::empty_indicators_heading(lang));
                ui.add_space(4.0);
                egui::Grid::new("empty_state_indicators")
                    .num_columns(2)
                    .spacing([16.0, 6.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for &indicator in &indicators {
                            ui.label(strings::indicator_with_unit(lang, indicator));
                            ui.weak(strings::indicator_source(lang, indicator.source()));
                            ui.end_row();
                        }
                    });
            });
        });
    });
}
