//! Headless rendering: a chart drawn by [`crate::chart_ui`] into a 1920×1080 PNG with no
//! window, no display and no GPU (see the crate documentation for the mechanism).

use crate::{chart_data, install_fonts, ChartData, ChartKind, ChartRequest, Lang};
use egui_kittest::{Harness, TestRenderer};
use egui_wgpu::{wgpu, RenderState, ScreenDescriptor};
use image::RgbaImage;
use planboard_model::{Dataset, Indicator, PlanPeriod, Span, YearMonth};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The canvas in points: 16:9.
pub const CANVAS_POINTS: [f32; 2] = [960.0, 540.0];
/// Pixels per point: crisp text on a projector.
pub const PIXELS_PER_POINT: f32 = 2.0;
/// The picture in pixels.
pub const PICTURE_PIXELS: [u32; 2] = [1920, 1080];
/// Frames run before the picture is taken: egui_plot sizes its axes from the previous frame.
const FRAMES: usize = 3;

/// Why a chart could not be made into a picture or saved; said in either language by
/// [`ChartError::message`] (`Display` gives the Chinese).
#[derive(Debug)]
pub enum ChartError {
    /// No wgpu adapter could be created (no Vulkan/GL driver, not even a software one).
    Adapter(String),
    /// Rendering failed (what the renderer said).
    Render(String),
    /// PNG encoding failed (what the encoder said).
    Encode(String),
    /// A file or folder could not be written.
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl ChartError {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Adapter(detail), Lang::Zh) => format!(
                "无法初始化图形渲染（需要 Vulkan 或 OpenGL 软件渲染，如 Mesa llvmpipe）：{detail}"
            ),
            (Self::Adapter(detail), Lang::En) => format!(
                "cannot start the graphics renderer (Vulkan or OpenGL software rendering such as Mesa llvmpipe is needed): {detail}"
            ),
            (Self::Render(detail), Lang::Zh) => format!("图表渲染失败：{detail}"),
            (Self::Render(detail), Lang::En) => format!("the chart could not be rendered: {detail}"),
            (Self::Encode(detail), Lang::Zh) => format!("PNG 编码失败：{detail}"),
            (Self::Encode(detail), Lang::En) => format!("the PNG could not be encoded: {detail}"),
            (Self::Io { path, source }, Lang::Zh) => {
                format!("无法写入 {}：{source}", path.display())
            }
            (Self::Io { path, source }, Lang::En) => {
                format!("cannot write {}: {source}", path.display())
            }
        }
    }
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Zh))
    }
}

impl std::error::Error for ChartError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// How long a render may take before it is given up.
const RENDER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Renders a harness's frame with wgpu on the software adapter egui_kittest picks, as
/// egui_kittest's own `WgpuTestRenderer` does (same setup, same options, same pixels), but
/// reads the picture back in one submission and copies it row by row: egui_kittest's copies
/// it byte by byte, which took an eighth of the time of a picture.
struct PictureRenderer {
    render_state: RenderState,
}

impl PictureRenderer {
    /// The device and renderer: slow (seconds on a software adapter), so made once.
    fn new() -> Self {
        Self {
            render_state: egui_kittest::wgpu::create_render_state(
                egui_kittest::wgpu::default_wgpu_setup(),
                egui_wgpu::RendererOptions::PREDICTABLE,
            ),
        }
    }
}

impl TestRenderer for PictureRenderer {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        let state = &self.render_state;
        let mut renderer = state.renderer.write();
        for (id, images) in delta.set.drain() {
            for image in images {
                renderer.update_texture(&state.device, &state.queue, id, &image);
            }
        }
        for id in delta.free.drain() {
            renderer.free_texture(&id);
        }
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<RgbaImage, String> {
        let state = &self.render_state;
        let mut renderer = state.renderer.write();
        let pixels_per_point = ctx.pixels_per_point();
        let size = ctx.content_rect().size() * pixels_per_point;
        let [width, height] = [size.x.round() as u32, size.y.round() as u32];
        let screen = ScreenDescriptor {
            pixels_per_point,
            size_in_pixels: [width, height],
        };
        let tessellated = ctx.tessellate(output.shapes.clone(), pixels_per_point);
        let mut encoder = state
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("planboard picture"),
            });
        let user_buffers = renderer.update_buffers(
            &state.device,
            &state.queue,
            &mut encoder,
            &tessellated,
            &screen,
        );
        let extent = wgpu::Extent3d {
            width,
            height,
            depth_or_array_layers: 1,
        };
        let texture = state.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("planboard picture"),
            size: extent,
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: state.target_format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("planboard picture"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, &tessellated, &screen);
        }
        // The copy to a readable buffer goes in the same submission as the drawing.
        let row_bytes = width as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded_row_bytes = row_bytes.div_ceil(align) * align;
        let buffer = state.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("planboard picture readback"),
            size: (padded_row_bytes * height as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded_row_bytes as u32),
                    rows_per_image: None,
                },
            },
            extent,
        );
        let submission = state
            .queue
            .submit(user_buffers.into_iter().chain([encoder.finish()]));
        let (sender, mapped) = std::sync::mpsc::channel();
        buffer
            .slice(..)
            .map_async(wgpu::MapMode::Read, move |result| {
                // Nobody listens any more only when the render was given up.
                let _ = sender.send(result);
            });
        state
            .device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submission),
                timeout: Some(RENDER_TIMEOUT),
            })
            .map_err(|e| e.to_string())?;
        mapped
            .recv()
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
        let pixels = {
            let view = buffer
                .slice(..)
                .get_mapped_range()
                .map_err(|e| e.to_string())?;
            let mut pixels = Vec::with_capacity(row_bytes * height as usize);
            for row in view.chunks_exact(padded_row_bytes) {
                pixels.extend_from_slice(&row[..row_bytes]);
            }
            pixels
        };
        buffer.unmap();
        RgbaImage::from_raw(width, height, pixels).ok_or_else(|| "readback".to_string())
    }
}

/// One wgpu device for the whole process (creating one takes longer than drawing a chart).
type Shared = Arc<Mutex<PictureRenderer>>;

/// Hands the shared device to a harness.
struct SharedRenderer(Shared);

impl TestRenderer for SharedRenderer {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        lock(&self.0).handle_delta(delta);
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<RgbaImage, String> {
        lock(&self.0).render(ctx, output)
    }
}

/// Locks a mutex, also after a panic elsewhere (the renderer holds no invariant a panic breaks).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn shared_renderer() -> Result<Shared, ChartError> {
    static SHARED: OnceLock<Result<Shared, String>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            std::panic::catch_unwind(PictureRenderer::new)
                .map(|r| Arc::new(Mutex::new(r)))
                .map_err(|panic| {
                    panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_string()))
                        .unwrap_or_else(|| "wgpu".to_string())
                })
        })
        .clone()
        .map_err(ChartError::Adapter)
}

/// Draws the chart with nothing under it (see [`on_white`]).
fn page_ui(ui: &mut egui::Ui, chart: &ChartData) {
    crate::draw::chart_ui_on(ui, chart, crate::draw::Page::Transparent);
}

/// Lays a rendered picture (premultiplied alpha over a transparent clear) on a white page.
/// Done here rather than by painting a white rectangle first: on a software rasterizer every
/// full-screen layer costs as much as the whole chart.
fn on_white(image: &mut RgbaImage) {
    for pixel in image.pixels_mut() {
        let [r, g, b, a] = pixel.0;
        let white = 255 - a;
        pixel.0 = [
            r.saturating_add(white),
            g.saturating_add(white),
            b.saturating_add(white),
            255,
        ];
    }
}

/// Makes the harness's own panel transparent, so that only the chart is drawn.
fn transparent_panel(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.all_styles_mut(|style| style.visuals.panel_fill = egui::Color32::TRANSPARENT);
}

/// Renders `chart` to an RGBA picture of exactly 1920×1080 pixels (960×540 points at 2 pixels
/// per point), chart only. Renders are serialized: they share one wgpu device and its font
/// texture.
pub fn render_image(chart: &ChartData) -> Result<RgbaImage, ChartError> {
    static RENDERING: Mutex<()> = Mutex::new(());
    let renderer = shared_renderer()?;
    let _one_at_a_time = lock(&RENDERING);
    let mut image = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut harness = Harness::builder()
            .with_size(egui::Vec2::from(CANVAS_POINTS))
            .with_pixels_per_point(PIXELS_PER_POINT)
            .with_theme(egui::Theme::Light)
            .with_accessibility_check(false)
            .with_render_cursor(false)
            .allow_missing_glyphs()
            .with_context_setup(transparent_panel)
            .renderer(SharedRenderer(renderer))
            .build_ui(|ui| page_ui(ui, chart));
        harness.run_steps(FRAMES);
        harness.render()
    }))
    .map_err(|_| ChartError::Render("egui_kittest".to_string()))?
    .map_err(ChartError::Render)?;
    if image.dimensions() != (PICTURE_PIXELS[0], PICTURE_PIXELS[1]) {
        return Err(ChartError::Render(format!(
            "{}×{}",
            image.width(),
            image.height()
        )));
    }
    on_white(&mut image);
    Ok(image)
}

/// Renders `chart` as a 1920×1080 PNG (RGB, no transparency). The window's 保存图片 and
/// 复制图片 and the command line's export use this same function, so their pictures match.
pub fn render_png(chart: &ChartData) -> Result<Vec<u8>, ChartError> {
    encode_png(&render_image(chart)?)
}

/// Encodes a picture as PNG, dropping the alpha channel.
pub fn encode_png(image: &RgbaImage) -> Result<Vec<u8>, ChartError> {
    use image::ImageEncoder as _;
    // Alpha dropped in one pass (no copy of the RGBA picture first).
    let mut rgb = Vec::with_capacity(image.as_raw().len() / 4 * 3);
    for pixel in image.as_raw().chunks_exact(4) {
        rgb.extend_from_slice(&pixel[..3]);
    }
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(
        &rgb,
        image.width(),
        image.height(),
        image::ExtendedColorType::Rgb8,
    )
    .map_err(|e| ChartError::Encode(e.to_string()))?;
    Ok(bytes)
}

/// The charts 导出全部图表 writes: 年度对比 per main indicator, 规划期对比, 单位排名 and
/// 月度进度 of the as-of year, 产业与进度 of the current plan period, then 年度对比 of each
/// visible indicator of the workspace's own catalogue; written in `lang`.
pub fn standard_requests(
    dataset: &Dataset,
    as_of: Option<YearMonth>,
    lang: Lang,
) -> Vec<ChartRequest> {
    let as_of = as_of.or_else(|| dataset.latest_month());
    let year = as_of.map(|a| a.year).or_else(|| dataset.years().last());
    let request = |kind, indicator, span| ChartRequest {
        span,
        as_of,
        lang,
        ..ChartRequest::new(kind, indicator)
    };
    let mut requests = Vec::new();
    for indicator in [
        Indicator::SIGNED_PROJECTS,
        Indicator::PROJECTS_OVER_100M,
        Indicator::PROJECTS_OVER_1B,
        Indicator::PLANNED_INVESTMENT,
        Indicator::FUNDS_IN_PLACE,
    ] {
        requests.push(request(ChartKind::YearlyComparison, indicator, None));
    }
    for indicator in [
        Indicator::SIGNED_PROJECTS,
        Indicator::PLANNED_INVESTMENT,
        Indicator::FUNDS_IN_PLACE,
    ] {
        requests.push(request(ChartKind::PeriodComparison, indicator, None));
    }
    for indicator in [Indicator::SIGNED_PROJECTS, Indicator::PLANNED_INVESTMENT] {
        requests.push(request(
            ChartKind::UnitRanking,
            indicator,
            year.map(Span::Year),
        ));
    }
    for indicator in [
        Indicator::SIGNED_PROJECTS,
        Indicator::PLANNED_INVESTMENT,
        Indicator::FUNDS_IN_PLACE,
    ] {
        requests.push(request(
            ChartKind::MonthlyProgress,
            indicator,
            year.map(Span::Year),
        ));
    }
    requests.push(request(
        ChartKind::IndustryAndStages,
        Indicator::SIGNED_PROJECTS,
        year.and_then(PlanPeriod::containing).map(Span::Plan),
    ));
    let custom = dataset.catalogue().visible();
    for indicator in custom.into_iter().filter(|i| !i.is_builtin()) {
        requests.push(request(ChartKind::YearlyComparison, indicator, None));
    }
    requests
}

/// A file name from a chart title, safe on Windows: no `<>:"/\|?*` or control characters, no
/// trailing dot or space, not a reserved device name (then prefixed with 图表_, or chart_ in
/// English), not too long.
pub fn file_name(title: &str, lang: Lang) -> String {
    const MAX_CHARS: usize = 80;
    let mut name: String = title
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"/\\|?*".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(MAX_CHARS)
        .collect();
    while name.ends_with(['.', ' ']) {
        name.pop();
    }
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.ends_with(|c: char| c.is_ascii_digit()));
    if name.is_empty() || reserved {
        name.insert_str(0, lang.file_name_prefix());
    }
    name
}

/// Writes every chart of [`standard_requests`] that has data into `out_dir` (created if
/// needed) as `NN_<title>.png`, in `lang`; returns the files written, in order.
pub fn export_all(
    dataset: &Dataset,
    as_of: Option<YearMonth>,
    lang: Lang,
    out_dir: &Path,
) -> Result<Vec<PathBuf>, ChartError> {
    std::fs::create_dir_all(out_dir).map_err(|source| ChartError::Io {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for request in standard_requests(dataset, as_of, lang) {
        let chart = chart_data(dataset, &request);
        if !chart.has_values() {
            continue;
        }
        let png = render_png(&chart)?;
        let path = out_dir.join(format!(
            "{:02}_{}.png",
            written.len() + 1,
            file_name(&chart.title, chart.lang)
        ));
        std::fs::write(&path, png).map_err(|source| ChartError::Io {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_on_windows() {
        assert_eq!(
            file_name("十四五期间各年度计划总投资完成情况（亿元）", Lang::Zh),
            "十四五期间各年度计划总投资完成情况（亿元）"
        );
        assert_eq!(file_name("a/b:c*?.. ", Lang::Zh), "a_b_c__");
        assert_eq!(file_name("CON", Lang::Zh), "图表_CON");
        assert_eq!(file_name("com1.png", Lang::Zh), "图表_com1.png");
        assert_eq!(file_name("", Lang::Zh), "图表_");
        assert_eq!(file_name("CON", Lang::En), "chart_CON");
    }
}
