//! The bundled CJK font and its installation into egui.
//!
//! egui's default fonts have no Chinese glyphs, so planboard embeds a subset of Noto Sans CJK SC
//! (all of GB2312, see `resources/fonts/README.md`). The charts crate owns the one embedded copy
//! (its headless pictures need it too); the window and every UI test install it from there.

pub use planboard_charts::{font_definitions, install_fonts, CJK_FONT_NAME};
