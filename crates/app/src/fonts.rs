//! The bundled CJK font and its installation into egui.
//!
//! egui's default fonts have no Chinese glyphs, so the app embeds a subset of Noto Sans CJK SC
//! (all of GB2312, see `resources/fonts/README.md`). Every window and every UI test installs it
//! through [`install_fonts`].

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The key the bundled font is registered under.
pub const CJK_FONT_NAME: &str = "NotoSansSC-Regular";

/// The font file (OFL, subset), embedded in the binary.
const CJK_FONT_BYTES: &[u8] = include_bytes!("../../../resources/fonts/NotoSansSC-Regular.otf");

/// egui's default fonts plus the bundled CJK font.
///
/// Proportional text uses the CJK font first: it has Latin letters and digits of its own, so
/// mixed text such as "计划总投资（亿元）398.00" keeps one baseline and one line height. egui's
/// fonts stay behind it as the fallback (for egui's icons). Monospace keeps egui's Hack first,
/// so columns of code-like text stay aligned, with the CJK font after it for Chinese.
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

/// Installs [`font_definitions`] into `ctx`; takes effect from the next text layout.
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
