//! The presentation look: colours, font sizes and the egui style every chart is drawn in,
//! whatever the window's theme.

use crate::Role;
use egui::{Color32, FontFamily, FontId, Stroke, Style, TextStyle, Visuals};

/// The page colour.
pub(crate) const BACKGROUND: Color32 = Color32::WHITE;
/// Text.
pub(crate) const TEXT: Color32 = Color32::from_rgb(0x22, 0x22, 0x22);
/// The note line and other secondary text.
pub(crate) const MUTED: Color32 = Color32::from_rgb(0x55, 0x55, 0x55);
/// Plot frame and separators.
pub(crate) const FRAME: Color32 = Color32::from_rgb(0xB8, 0xB8, 0xB8);

/// Title size in points (52 px in a 1920×1080 picture).
pub(crate) const TITLE_SIZE: f32 = 26.0;
/// Panel subtitles.
pub(crate) const SUBTITLE_SIZE: f32 = 17.0;
/// Legend entries.
pub(crate) const LEGEND_SIZE: f32 = 16.0;
/// Axis tick labels (categories and values).
pub(crate) const TICK_SIZE: f32 = 15.0;
/// Values printed on bars and rates.
pub(crate) const VALUE_SIZE: f32 = 14.0;
/// The note line.
pub(crate) const NOTE_SIZE: f32 = 13.0;
/// Space around the whole chart.
pub(crate) const MARGIN: f32 = 14.0;

/// The colour of a role. 目标 and 完成 differ in lightness as well as in hue (light grey-blue
/// against dark blue), so they stay apart in grey print and for colour-blind viewers; the
/// stages run from light to dark in another hue (green) so they are never taken for 目标/完成.
pub(crate) fn color(role: Role) -> Color32 {
    match role {
        Role::Target => Color32::from_rgb(0xA3, 0xB7, 0xD1),
        Role::Actual => Color32::from_rgb(0x1F, 0x4E, 0x8C),
        Role::Behind => Color32::from_rgb(0xD9, 0x48, 0x2B),
        Role::Rate => Color32::from_rgb(0xE0, 0x8A, 0x00),
        Role::Schedule => Color32::from_rgb(0x44, 0x44, 0x44),
        Role::Negotiating => Color32::from_rgb(0xF2, 0xD9, 0x8D),
        Role::Signed => Color32::from_rgb(0x9C, 0xC8, 0x8F),
        Role::Started => Color32::from_rgb(0x3A, 0x8F, 0x6B),
        Role::InProduction => Color32::from_rgb(0x1D, 0x4E, 0x45),
    }
}

/// The colour of text printed on top of a bar of `role`: white on dark fills, dark on light.
pub(crate) fn text_on(role: Role) -> Color32 {
    let c = color(role);
    let luma = 0.299 * f32::from(c.r()) + 0.587 * f32::from(c.g()) + 0.114 * f32::from(c.b());
    if luma < 140.0 {
        Color32::WHITE
    } else {
        TEXT
    }
}

/// A proportional font of `size` points.
pub(crate) fn font(size: f32) -> FontId {
    FontId::new(size, FontFamily::Proportional)
}

/// `base` turned into the presentation look: light visuals, white fills, large text.
pub(crate) fn presentation_style(base: &Style) -> Style {
    let mut style = base.clone();
    let mut visuals = Visuals::light();
    visuals.extreme_bg_color = BACKGROUND;
    visuals.panel_fill = BACKGROUND;
    visuals.window_fill = BACKGROUND;
    visuals.override_text_color = Some(TEXT);
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.0, FRAME);
    style.visuals = visuals;
    for (text_style, size) in [
        (TextStyle::Body, TICK_SIZE),
        (TextStyle::Button, TICK_SIZE),
        (TextStyle::Small, NOTE_SIZE),
        (TextStyle::Heading, TITLE_SIZE),
    ] {
        style
            .text_styles
            .insert(text_style, FontId::new(size, FontFamily::Proportional));
    }
    style
}
