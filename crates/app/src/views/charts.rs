//! 图表: the meeting charts. The charts crate is not part of the app yet, so the tab says they
//! are coming.

use crate::strings::{self, Lang};

/// Draws the placeholder.
pub fn show(ui: &mut egui::Ui, lang: Lang) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(strings::charts_coming_heading(lang));
        ui.add_space(8.0);
        ui.label(strings::charts_coming(lang));
    });
}
