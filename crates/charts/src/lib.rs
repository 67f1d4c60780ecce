//! Meeting charts of planboard (招商目标看板): targets against actuals as slide-ready pictures.
//!
//! Three layers, each usable alone:
//!
//! 1. **Chart data** ([`chart_data`]): a [`ChartRequest`] (kind, indicator, span, scope, as-of
//!    month, [`Lang`]) and a [`Dataset`](planboard_model::Dataset) give a [`ChartData`] —
//!    title, legend, panels of categories, bar series with their printed labels, rates,
//!    reference lines and the note line. Pure; unit-tested without drawing. Every text is in
//!    the request's language: Chinese by default, English when the caller asks for it.
//! 2. **Drawing** ([`chart_ui`]): egui_plot in a presentation look whatever the window's theme
//!    — white page, large text, 目标 light grey-blue and 完成 dark blue everywhere (apart in
//!    lightness, so grey print and colour-blind viewers can tell them apart), the legend above
//!    the plot, values on every bar, category names with the room they need.
//! 3. **Pictures** ([`render_png`], [`export_all`]): exactly 1920×1080 pixels, drawn at 2
//!    pixels per point on a 960×540-point canvas, chart only.
//!
//! # How pictures are made without a window
//!
//! [`render_image`] runs [`chart_ui`] in an [`egui_kittest::Harness`] (a headless egui
//! context: no window, no event loop, no display server) and renders the frame with
//! egui_kittest's wgpu renderer into an offscreen texture, which is read back and encoded as
//! PNG with the `image` crate. wgpu is asked for a CPU adapter first: on Linux that is Mesa's
//! **llvmpipe** through Vulkan (lavapipe, Debian package `mesa-vulkan-drivers`) or OpenGL, on
//! Windows WARP through DX12 — so it runs in CI and on office PCs with no GPU and no display.
//! One device is created per process and shared (creating it costs more than drawing a chart);
//! renders are serialized on it. The window's 保存图片 and the command line's export call the
//! same function, so their pictures are identical in content.
//!
//! egui ships no CJK glyphs: [`install_fonts`] adds the bundled Noto Sans SC; the window must
//! call it too (it is the one font installer of the project).

mod build;
mod data;
mod draw;
mod fonts;
mod lang;
mod png;
mod scale;
mod style;

pub use build::chart_data;
pub use data::{
    Band, ChartData, ChartKind, ChartRequest, FigureKey, Layout, LegendEntry, Mark, Panel, Rates,
    Reference, Role, Series,
};
pub use draw::chart_ui;
pub use fonts::{font_definitions, install_fonts, CJK_FONT_NAME};
pub use lang::Lang;
pub use png::{
    encode_png, export_all, file_name, render_image, render_png, standard_requests, ChartError,
    CANVAS_POINTS, PICTURE_PIXELS, PIXELS_PER_POINT,
};
