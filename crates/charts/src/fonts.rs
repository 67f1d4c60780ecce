//! The bundled CJK font. egui ships no Chinese glyphs (and egui_kittest panics on a missing
//! glyph), so every context that draws a chart must have it: the window and the headless
//! renderer alike call [`install_fonts`].

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The key the bundled font is registered under.
pub const CJK_FONT_NAME: &str = "NotoSansSC-Regular";

/// Noto Sans CJK SC (subset: all of GB2312 and more, OFL; see `resources/fonts/README.md`).
const CJK_FONT_BYTES: &[u8] = include_bytes!("../../../resources/fonts/NotoSansSC-Regular.otf");

/// egui's default fonts plus the bundled CJK font: first in Proportional (so mixed text such as
/// "计划总投资398.00" keeps one baseline), second in Monospace (after egui's Hack).
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT_NAME.to_owned(),
        Arc::new(FontData::from_static(CJK_FONT_BYTES)),
    );
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, CJK_FONT_NAME.to_owned());
    let monospace = fonts.families.entry(FontFamily::Monospace).or_default();
    let after_first = monospace.len().min(1);
    monospace.insert(after_first, CJK_FONT_NAME.to_owned());
    fonts
}

/// Installs [`font_definitions`] into `ctx`; takes effect from the next frame.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_font_is_in_both_families() {
        let fonts = font_definitions();
        assert_eq!(
            fonts.families[&FontFamily::Proportional]
                .first()
                .map(String::as_str),
            Some(CJK_FONT_NAME)
        );
        assert!(fonts.families[&FontFamily::Monospace].contains(&CJK_FONT_NAME.to_owned()));
    }
}
