//! What the window shows when it holds no data: what to drop in, and what is counted.

use crate::strings::{self, Lang};
use planboard_model::{Indicator, SourceKind};

/// The widest the empty state's text runs, in points.
const MAX_TEXT_WIDTH: f32 = 720.0;

/// The kinds of workbook a user drops in, in the order they usually arrive.
const KINDS: [SourceKind; 3] = [
    SourceKind::TargetBreakdown,
    SourceKind::Ledger,
    SourceKind::ProgressReport,
];

/// Draws the empty state.
pub fn show(ui: &mut egui::Ui, lang: Lang) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(MAX_TEXT_WIDTH);
            ui.add_space(24.0);
            ui.heading(strings::empty_heading(lang));
            ui.add_space(12.0);
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
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
                        for indicator in Indicator::ALL {
                            ui.label(strings::indicator_with_unit(lang, indicator));
                            ui.weak(strings::indicator_source(lang, indicator.source()));
                            ui.end_row();
                        }
                    });
            });
        });
    });
}
