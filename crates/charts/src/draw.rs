//! Drawing a chart with egui_plot in the presentation look: white page, large text, the title
//! and the legend above the plots (so the legend never covers a bar), values printed on every
//! bar, category names through axis formatters with the room they need, the note line below.
//!
//! egui_plot has no permanent bar labels: the values, band headings, rates and end labels are
//! painted after the plot, placed through the plot's transform. Room for them is reserved in
//! the axis bounds beforehand, from the measured size of the texts.

use crate::scale::{tick_label, Axes, RATE_SHARE_ACROSS_BARS};
use crate::style::{self, color, font, text_on};
use crate::{ChartData, FigureKey, Lang, Layout, LegendEntry, Mark, Panel, Role};
use egui::{
    pos2, vec2, Align, Align2, Color32, Galley, Id, Pos2, Rect, Sense, Shape, Stroke, Ui,
    UiBuilder, Vec2,
};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, HPlacement, Line, LineStyle, MarkerShape, Plot, PlotPoint,
    PlotPoints, PlotTransform, Points, VLine,
};
use std::sync::Arc;

/// Space between the tick labels and the plot, and around painted labels.
const GAP: f32 = 6.0;
/// The share of a category slot the bars of one category take.
const GROUP_WIDTH: f64 = 0.8;
/// The thickness of a bar row in [`Layout::Rows`] panels, in category slots.
const ROW_BAR_WIDTH: f64 = 0.62;
/// The widest a category label on the left axis may be, as a share of the panel width, before
/// it is wrapped onto two lines.
const MAX_CATEGORY_SHARE: f32 = 0.3;

/// Draws `chart` in all the space `ui` has left, in the presentation look whatever the theme.
/// The window's 图表 tab and the headless PNG renderer both draw through this function.
///
/// Returns the figure whose bar or point was clicked, for its drill-down.
pub fn chart_ui(ui: &mut Ui, chart: &ChartData) -> Option<FigureKey> {
    chart_ui_on(ui, chart, Page::White)
}

/// Whether the drawing paints its white page or leaves the page to the caller.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Page {
    /// Paint the page white (the window).
    White,
    /// Paint nothing under the chart: the PNG renderer lays the picture on white after reading
    /// it back, which spares the software rasterizer a full-screen layer.
    Transparent,
}

pub(crate) fn chart_ui_on(ui: &mut Ui, chart: &ChartData, page_fill: Page) -> Option<FigureKey> {
    let (rect, _) = ui.allocate_exact_size(ui.available_size(), Sense::hover());
    let mut page = ui.new_child(
        UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(Align::Min)),
    );
    let presentation = style::presentation_style(page.style());
    page.set_style(presentation);
    page.set_clip_rect(rect.intersect(ui.clip_rect()));
    if page_fill == Page::White {
        page.painter().rect_filled(rect, 0.0, style::BACKGROUND);
    }
    draw_chart(&mut page, rect, chart)
}

fn draw_chart(ui: &mut Ui, rect: Rect, chart: &ChartData) -> Option<FigureKey> {
    let painter = ui.painter().clone();
    let inner = rect.shrink(style::MARGIN);

    let title = painter.layout(
        chart.title.clone(),
        font(style::TITLE_SIZE),
        style::TEXT,
        inner.width(),
    );
    let mut top = inner.top();
    painter.galley(
        pos2(inner.center().x - title.size().x / 2.0, top),
        title.clone(),
        style::TEXT,
    );
    top += title.size().y + GAP;
    if !chart.legend.is_empty() {
        top += draw_legend(ui, inner, top, &chart.legend) + GAP;
    }

    let note = painter.layout(
        chart.note.clone(),
        font(style::NOTE_SIZE),
        style::MUTED,
        inner.width(),
    );
    let note_top = inner.bottom() - note.size().y;
    painter.galley(pos2(inner.left(), note_top), note, style::MUTED);

    let area = Rect::from_min_max(
        pos2(inner.left(), top + GAP),
        pos2(inner.right(), note_top - GAP),
    );
    if chart.is_empty() || area.height() < 40.0 {
        painter.text(
            area.center(),
            Align2::CENTER_CENTER,
            chart.lang.no_data(),
            font(style::SUBTITLE_SIZE),
            style::MUTED,
        );
        return None;
    }
    let count = chart.panels.len() as f32;
    let gap = 3.0 * style::MARGIN;
    let width = (area.width() - gap * (count - 1.0)) / count;
    let mut chosen = None;
    for (i, panel) in chart.panels.iter().enumerate() {
        let left = area.left() + i as f32 * (width + gap);
        let panel_rect = Rect::from_min_size(pos2(left, area.top()), vec2(width, area.height()));
        let clicked = draw_panel(
            ui,
            panel_rect,
            panel,
            chart.lang,
            // A plot keeps its bounds by id: another chart (another title) gets its own.
            ui.scope_id()
                .with(("planboard_chart_panel", i, chart.title.as_str())),
        );
        if let Some(key) = clicked.and_then(|c| panel.figures.get(c).cloned().flatten()) {
            chosen = Some(key);
        }
    }
    chosen
}

/// Paints the legend centred on one line starting at `top`; returns its height.
fn draw_legend(ui: &Ui, inner: Rect, top: f32, legend: &[LegendEntry]) -> f32 {
    let painter = ui.painter();
    let symbol = style::LEGEND_SIZE * 1.1;
    let spacing = style::LEGEND_SIZE * 1.6;
    let galleys: Vec<Arc<Galley>> = legend
        .iter()
        .map(|e| painter.layout_no_wrap(e.label.clone(), font(style::LEGEND_SIZE), style::TEXT))
        .collect();
    let total: f32 = galleys
        .iter()
        .map(|g| symbol + GAP + g.size().x)
        .sum::<f32>()
        + spacing * (galleys.len().saturating_sub(1)) as f32;
    let height = galleys.iter().map(|g| g.size().y).fold(symbol, f32::max);
    let mut x = inner.center().x - total / 2.0;
    let mid = top + height / 2.0;
    for (entry, galley) in legend.iter().zip(galleys) {
        let c = color(entry.role);
        let symbol_rect = Rect::from_center_size(pos2(x + symbol / 2.0, mid), Vec2::splat(symbol));
        match entry.mark {
            Mark::Bar => {
                painter.rect_filled(symbol_rect.shrink(1.0), 2.0, c);
            }
            Mark::Line => {
                painter.line_segment(
                    [symbol_rect.left_center(), symbol_rect.right_center()],
                    Stroke::new(3.0, c),
                );
                painter.circle_filled(symbol_rect.center(), 4.5, c);
            }
            Mark::Dashed => {
                painter.extend(Shape::dashed_line(
                    &[symbol_rect.left_center(), symbol_rect.right_center()],
                    Stroke::new(2.5, c),
                    5.0,
                    3.0,
                ));
            }
        }
        x += symbol + GAP;
        let text_top = mid - galley.size().y / 2.0;
        let width = galley.size().x;
        painter.galley(pos2(x, text_top), galley, style::TEXT);
        x += width + spacing;
    }
    height
}

/// Draws one panel with its few own texts in `lang`; the category clicked, if one was.
fn draw_panel(ui: &mut Ui, rect: Rect, panel: &Panel, lang: Lang, id: Id) -> Option<usize> {
    let mut rect = rect;
    if let Some(subtitle) = &panel.subtitle {
        let galley = ui.painter().layout(
            subtitle.clone(),
            font(style::SUBTITLE_SIZE),
            style::TEXT,
            rect.width(),
        );
        let height = galley.size().y;
        ui.painter().galley(
            pos2(rect.center().x - galley.size().x / 2.0, rect.top()),
            galley,
            style::TEXT,
        );
        rect.min.y += height + GAP;
    }
    if panel.categories.is_empty() {
        ui.painter().text(
            rect.center(),
            Align2::CENTER_CENTER,
            lang.no_data(),
            font(style::SUBTITLE_SIZE),
            style::MUTED,
        );
        return None;
    }
    match panel.layout {
        Layout::Columns => draw_columns(ui, rect, panel, lang, id),
        Layout::Rows => draw_rows(ui, rect, panel, id),
    }
}

/// The category under a click on the plot, when its figure can be drilled into: `index` maps
/// the plot point clicked to a category's position.
fn clicked_category(
    ui: &Ui,
    plot: &egui_plot::PlotResponse<()>,
    id: Id,
    count: usize,
    index: impl Fn(PlotPoint) -> f64,
) -> Option<usize> {
    let frame = *plot.transform.frame();
    let response = ui
        .interact(frame, id.with("drill_down"), Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    let pos = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())?;
    let i = index(plot.transform.value_from_position(pos));
    (0.0..count as f64).contains(&i).then_some(i as usize)
}

/// The style shared by every plot: static (no zoom, drag or hover read-out), fixed bounds.
fn base_plot<'a>(id: Id, size: Vec2) -> Plot<'a> {
    Plot::new(id)
        .id(id)
        .width(size.x)
        .height(size.y)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .allow_axis_zoom_drag(false)
        .show_x(false)
        .show_y(false)
        .show_background(false)
        .grid_spacing(egui::Rangef::new(2.0, 4.0))
        .grid_color(Color32::from_gray(200))
}

/// The plot's frame, as a stroke only (the page under it is already white).
fn paint_frame(ui: &Ui, frame: Rect) {
    ui.painter().rect_stroke(
        frame,
        2.0,
        Stroke::new(1.0, style::FRAME),
        egui::StrokeKind::Inside,
    );
}

/// Axis hints with the presentation fonts; labels are never faded or hidden for spacing.
fn axis_hints<'a>(x_axis: bool) -> AxisHints<'a> {
    let hints = if x_axis {
        AxisHints::new_x()
    } else {
        AxisHints::new_y()
    };
    hints
        .label_spacing(egui::Rangef::new(1.0, 2.0))
        .tick_label_font(font(style::TICK_SIZE))
        .tick_label_color(style::TEXT)
}

/// The grid marks of a value axis: 0, step, … ticks × step.
fn value_marks(axes: Axes) -> impl Fn(egui_plot::GridInput) -> Vec<GridMark> {
    move |_| {
        (0..=axes.ticks)
            .map(|k| GridMark {
                value: f64::from(k) * axes.value_step,
                step_size: axes.value_step,
            })
            .collect()
    }
}

/// The grid marks of a category axis: one at each category position.
fn category_marks(count: usize) -> impl Fn(egui_plot::GridInput) -> Vec<GridMark> {
    move |_| {
        (0..count)
            .map(|i| GridMark {
                value: i as f64,
                step_size: 1.0,
            })
            .collect()
    }
}

/// The category at an axis position, if the position is one.
fn category_at(categories: &[String], value: f64) -> Option<&String> {
    let index = value.round();
    if (value - index).abs() > 1e-6 || index < 0.0 {
        return None;
    }
    categories.get(index as usize)
}

fn measure(ui: &Ui, text: &str, size: f32) -> Vec2 {
    ui.painter()
        .layout_no_wrap(text.to_string(), font(size), style::TEXT)
        .size()
}

/// Paints `galley` like [`paint_text`] on a white patch, so lines passing behind (the rate
/// line, 序时进度) never make it hard to read.
fn paint_label(ui: &Ui, pos: Pos2, galley: Arc<Galley>, color: Color32, upwards: bool) {
    let size = galley.size();
    let patch = if upwards {
        Rect::from_min_max(pos2(pos.x, pos.y - size.x), pos2(pos.x + size.y, pos.y))
    } else {
        Rect::from_min_size(pos, size)
    };
    ui.painter().rect_filled(
        patch.expand(1.5),
        2.0,
        style::BACKGROUND.gamma_multiply(0.85),
    );
    paint_text(ui, pos, galley, color, upwards);
}

/// Paints `galley` with its top-left corner at `pos`, optionally turned to read upwards.
fn paint_text(ui: &Ui, pos: Pos2, galley: Arc<Galley>, color: Color32, upwards: bool) {
    let shape = egui::epaint::TextShape::new(pos, galley, color);
    let shape = if upwards {
        shape.with_angle(-std::f32::consts::FRAC_PI_2)
    } else {
        shape
    };
    ui.painter().add(shape);
}

/// Bars upwards: years, periods, months.
fn draw_columns(ui: &mut Ui, rect: Rect, panel: &Panel, lang: Lang, id: Id) -> Option<usize> {
    let n = panel.categories.len();
    let bars_per_group = if panel.stacked {
        1
    } else {
        panel.series.len().max(1)
    };
    let line = panel.rates.as_ref().filter(|r| r.line).cloned();
    // The rate line runs above the bars or across them, whichever crosses fewer labels.
    let candidates = [1.0, RATE_SHARE_ACROSS_BARS].map(|share| {
        Axes::new(
            panel.max_value(),
            panel.max_rate(),
            panel.integer_values,
            share,
        )
    });
    let axes = candidates[0];

    // Room for the axes, measured from their texts.
    // Axis titles are written across, above each axis (rotated Chinese reads badly).
    let axis_title_height = measure(ui, "亿", style::TICK_SIZE).y + GAP / 2.0;
    let value_labels: Vec<String> = (0..=axes.ticks)
        .map(|k| tick_label(f64::from(k) * axes.value_step, axes.value_step))
        .collect();
    // The left axis also makes room for the heading of the rates row below it.
    let row_heading_width = panel.rates.as_ref().map_or(0.0, |r| {
        measure(ui, &r.name, style::VALUE_SIZE).x
            + GAP
            + if r.line { style::VALUE_SIZE + GAP } else { 0.0 }
    });
    let left_width = (value_labels
        .iter()
        .map(|t| measure(ui, t, style::TICK_SIZE).x)
        .fold(0.0, f32::max)
        + 2.0 * GAP)
        .max(row_heading_width);
    let right_width = if line.is_some() {
        candidates
            .iter()
            .map(|a| {
                measure(
                    ui,
                    &format!("{}%", a.value_to_percent(a.top())),
                    style::TICK_SIZE,
                )
                .x
            })
            .fold(0.0, f32::max)
            + 2.0 * GAP
    } else {
        0.0
    };
    let category_height = panel
        .categories
        .iter()
        .map(|c| measure(ui, c, style::TICK_SIZE).y)
        .fold(0.0, f32::max)
        + GAP;
    let row_height = if panel.rates.is_some() {
        measure(ui, "完成率", style::VALUE_SIZE).y + 2.0 * GAP
    } else {
        0.0
    };
    let plot_rect = Rect::from_min_max(
        pos2(rect.left(), rect.top() + axis_title_height),
        pos2(rect.right(), rect.bottom() - row_height),
    );
    let plot_size = plot_rect.size();
    let frame_width = plot_size.x - left_width - if line.is_some() { right_width } else { 0.0 };
    let frame_height = plot_size.y - category_height;

    // Values on the bars: across when they fit the bar's slot, else reading upwards.
    let slot = frame_width / n as f32 * GROUP_WIDTH as f32 / bars_per_group as f32;
    let galleys: Vec<Vec<Arc<Galley>>> = panel
        .series
        .iter()
        .map(|s| {
            s.labels
                .iter()
                .map(|l| {
                    ui.painter()
                        .layout_no_wrap(l.clone(), font(style::VALUE_SIZE), style::TEXT)
                })
                .collect()
        })
        .collect();
    let upwards = galleys.iter().flatten().any(|g| g.size().x > slot - 2.0);
    let extent = galleys
        .iter()
        .flatten()
        .map(|g| {
            if upwards {
                g.size().x + 2.0 * GAP
            } else {
                g.size().y + GAP
            }
        })
        .fold(0.0, f32::max);
    let band_height = if panel.bands.is_empty() {
        0.0
    } else {
        measure(ui, "十五五", style::SUBTITLE_SIZE).y + GAP
    };
    let reserved = ((extent + band_height) / frame_height.max(1.0)).min(0.6) as f64;
    let y_max_of = |axes: Axes| -> f64 {
        // A little room above the top grid line keeps its tick label clear of the axis titles.
        let mut y_max =
            axes.top() * 1.06 / (1.0 - (band_height / frame_height.max(1.0)).min(0.6) as f64);
        for s in &panel.series {
            for v in s.values.iter().flatten() {
                y_max = y_max.max(v / (1.0 - reserved));
            }
        }
        y_max
    };
    let crossings = |axes: Axes| -> usize {
        let Some(rates) = &line else { return 0 };
        let per_point = y_max_of(axes) / f64::from(frame_height.max(1.0));
        let (label, marker) = (f64::from(extent) * per_point, 8.0 * per_point);
        rates
            .ratios
            .iter()
            .enumerate()
            .filter(|(i, ratio)| {
                ratio.is_some_and(|r| {
                    let y = axes.rate_to_value(r);
                    panel.series.iter().any(|s| {
                        s.values
                            .get(*i)
                            .copied()
                            .flatten()
                            .is_some_and(|v| y + marker > v - marker && y - marker < v + label)
                    })
                })
            })
            .count()
    };
    let axes = if crossings(candidates[1]) < crossings(axes) {
        candidates[1]
    } else {
        axes
    };
    let y_max = y_max_of(axes);

    let categories = panel.categories.clone();
    let mut y_axes = vec![axis_hints(false)
        .formatter(move |mark, _| tick_label(mark.value, axes.value_step))
        .min_thickness(left_width)];
    if line.is_some() {
        y_axes.push(
            axis_hints(false)
                .placement(HPlacement::Right)
                .formatter(move |mark, _| {
                    format!(
                        "{}%",
                        tick_label(axes.value_to_percent(mark.value), axes.rate_step)
                    )
                })
                .min_thickness(right_width),
        );
    }
    let x_axis = axis_hints(true)
        .formatter(move |mark, _| {
            category_at(&categories, mark.value)
                .and_then(|c| c.lines().next())
                .unwrap_or_default()
                .to_string()
        })
        .min_thickness(category_height);

    let plot = base_plot(id, plot_size)
        .show_grid([false, true])
        .x_grid_spacer(category_marks(n))
        .y_grid_spacer(value_marks(axes))
        .custom_x_axes(vec![x_axis])
        .custom_y_axes(y_axes)
        .default_x_bounds(-0.6, n as f64 - 0.4)
        .default_y_bounds(0.0, y_max.max(1e-9));

    let bar_width = GROUP_WIDTH / bars_per_group as f64;
    let offset = |j: usize| -> f64 {
        if panel.stacked {
            0.0
        } else {
            -GROUP_WIDTH / 2.0 + (j as f64 + 0.5) * bar_width
        }
    };
    let mut child = ui.new_child(UiBuilder::new().max_rect(plot_rect));
    let response = plot.show(&mut child, |plot_ui| {
        let mut base = vec![0.0; n];
        for (j, s) in panel.series.iter().enumerate() {
            let bars: Vec<Bar> = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let v = (*v)?;
                    let role = s.roles.get(i).copied().unwrap_or(Role::Actual);
                    let bar = Bar::new(i as f64 + offset(j), v)
                        .width(bar_width * 0.92)
                        .fill(color(role))
                        .stroke(Stroke::new(0.0, color(role)))
                        .base_offset(base[i]);
                    if panel.stacked {
                        base[i] += v;
                    }
                    Some(bar.name(&s.labels[i]))
                })
                .collect();
            let role = s.roles.first().copied().unwrap_or(Role::Actual);
            plot_ui.bar_chart(BarChart::new(s.name.clone(), bars).color(color(role)));
        }
        if let Some(rates) = &line {
            let points: Vec<[f64; 2]> = rates
                .ratios
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.map(|r| [i as f64, axes.rate_to_value(r)]))
                .collect();
            plot_ui.line(
                Line::new(rates.name.clone(), PlotPoints::from(points.clone()))
                    .color(color(Role::Rate))
                    .width(3.0),
            );
            plot_ui.points(
                Points::new(rates.name.clone(), PlotPoints::from(points))
                    .shape(MarkerShape::Circle)
                    .filled(true)
                    .radius(5.5)
                    .color(color(Role::Rate)),
            );
        }
    });
    let transform = response.transform;
    let clicked = clicked_category(ui, &response, id, n, |p| p.x.round());
    let frame = *transform.frame();
    paint_frame(ui, frame);
    ui.painter().text(
        pos2(rect.left(), rect.top()),
        Align2::LEFT_TOP,
        lang.bracketed(&panel.value_unit),
        font(style::TICK_SIZE),
        style::TEXT,
    );
    if let Some(rates) = &line {
        ui.painter().text(
            pos2(rect.right(), rect.top()),
            Align2::RIGHT_TOP,
            lang.with_note(&rates.name, "%"),
            font(style::TICK_SIZE),
            style::TEXT,
        );
    }

    // Band headings and separators.
    for (b, band) in panel.bands.iter().enumerate() {
        let left = transform.position_from_point_x(band.first as f64 - 0.5);
        let right = transform.position_from_point_x(band.last as f64 + 0.5);
        ui.painter().text(
            pos2((left + right) / 2.0, frame.top() + GAP / 2.0),
            Align2::CENTER_TOP,
            &band.label,
            font(style::SUBTITLE_SIZE),
            style::TEXT,
        );
        if b + 1 < panel.bands.len() {
            ui.painter().extend(Shape::dashed_line(
                &[pos2(right, frame.top()), pos2(right, frame.bottom())],
                Stroke::new(1.5, style::FRAME),
                6.0,
                4.0,
            ));
        }
    }

    // Values on the bars.
    let mut base = vec![0.0; n];
    for (j, s) in panel.series.iter().enumerate() {
        for (i, v) in s.values.iter().enumerate() {
            let Some(v) = *v else { continue };
            let galley = galleys[j][i].clone();
            let x = transform.position_from_point_x(i as f64 + offset(j));
            if panel.stacked {
                let bottom = transform.position_from_point_y(base[i]);
                base[i] += v;
                let top = transform.position_from_point_y(base[i]);
                if galley.size().y + 2.0 <= bottom - top && galley.size().x <= slot {
                    let role = s.roles.get(i).copied().unwrap_or(Role::Actual);
                    let pos = pos2(x, (top + bottom) / 2.0) - galley.size() / 2.0;
                    paint_text(ui, pos, galley, text_on(role), false);
                }
                continue;
            }
            let top = transform.position_from_point_y(v);
            if upwards {
                let pos = pos2(x - galley.size().y / 2.0, top - GAP);
                paint_label(ui, pos, galley, style::TEXT, true);
            } else {
                let pos = pos2(x - galley.size().x / 2.0, top - galley.size().y - 2.0);
                paint_label(ui, pos, galley, style::TEXT, false);
            }
        }
    }

    // Second lines of category labels, centred under the first (axis labels are one line).
    let first_line_height = measure(ui, "2026", style::TICK_SIZE).y;
    for (i, category) in panel.categories.iter().enumerate() {
        let rest: Vec<&str> = category.lines().skip(1).collect();
        if rest.is_empty() {
            continue;
        }
        ui.painter().text(
            pos2(
                transform.position_from_point_x(i as f64),
                frame.bottom() + first_line_height,
            ),
            Align2::CENTER_TOP,
            rest.join("\n"),
            font(style::TICK_SIZE),
            style::TEXT,
        );
    }

    // The row of rates under the category labels.
    if let Some(rates) = &panel.rates {
        let row_top = frame.bottom() + category_height + GAP / 2.0;
        let heading =
            ui.painter()
                .layout_no_wrap(rates.name.clone(), font(style::VALUE_SIZE), style::TEXT);
        let heading_width = heading.size().x;
        let heading_left = frame.left() - GAP - heading_width;
        if rates.line {
            let y = row_top + heading.size().y / 2.0;
            let x = heading_left - GAP / 2.0 - style::VALUE_SIZE;
            ui.painter().line_segment(
                [pos2(x, y), pos2(x + style::VALUE_SIZE, y)],
                Stroke::new(3.0, color(Role::Rate)),
            );
            ui.painter().circle_filled(
                pos2(x + style::VALUE_SIZE / 2.0, y),
                4.0,
                color(Role::Rate),
            );
        }
        ui.painter()
            .galley(pos2(heading_left, row_top), heading, style::TEXT);
        for (i, label) in rates.labels.iter().enumerate() {
            ui.painter().text(
                pos2(transform.position_from_point_x(i as f64), row_top),
                Align2::CENTER_TOP,
                label,
                font(style::VALUE_SIZE),
                style::TEXT,
            );
        }
    }
    clicked
}

/// Splits a long category name onto two lines.
fn wrap_category(ui: &Ui, name: &str, max_width: f32) -> String {
    if measure(ui, name, style::TICK_SIZE).x <= max_width {
        return name.to_string();
    }
    let chars: Vec<char> = name.chars().collect();
    let middle = chars.len().div_ceil(2);
    let (first, second) = chars.split_at(middle);
    format!(
        "{}\n{}",
        first.iter().collect::<String>(),
        second.iter().collect::<String>()
    )
}

/// Bars to the right: units and industries, whose long names need the width of a left axis.
fn draw_rows(ui: &mut Ui, rect: Rect, panel: &Panel, id: Id) -> Option<usize> {
    let n = panel.categories.len();
    let axes = Axes::new(panel.max_value(), 0.0, panel.integer_values, 1.0);
    let max_category = rect.width() * MAX_CATEGORY_SHARE;
    let categories: Vec<String> = panel
        .categories
        .iter()
        .map(|c| wrap_category(ui, c, max_category))
        .collect();
    let left_width = categories
        .iter()
        .map(|c| measure(ui, c, style::TICK_SIZE).x)
        .fold(0.0, f32::max)
        + 2.0 * GAP;
    let axis_height = measure(ui, "0", style::TICK_SIZE).y * 2.2 + GAP;
    let frame_width = rect.width() - left_width - GAP;

    // What is printed after each bar: its value label, or the end label of a stacked bar.
    let end_texts: Vec<(String, Color32)> = (0..n)
        .map(|i| {
            if panel.stacked {
                (
                    panel.end_labels.get(i).cloned().unwrap_or_default(),
                    style::TEXT,
                )
            } else {
                panel
                    .series
                    .first()
                    .map(|s| {
                        let role = s.roles.get(i).copied().unwrap_or(Role::Actual);
                        let text_color = if role == Role::Behind {
                            color(Role::Behind)
                        } else {
                            style::TEXT
                        };
                        (s.labels.get(i).cloned().unwrap_or_default(), text_color)
                    })
                    .unwrap_or_default()
            }
        })
        .collect();
    let end_galleys: Vec<Arc<Galley>> = end_texts
        .iter()
        .map(|(t, c)| {
            ui.painter()
                .layout_no_wrap(t.clone(), font(style::VALUE_SIZE), *c)
        })
        .collect();
    let totals: Vec<f64> = (0..n)
        .map(|i| {
            let values = panel
                .series
                .iter()
                .filter_map(|s| s.values.get(i).copied().flatten());
            if panel.stacked {
                values.sum()
            } else {
                values.fold(0.0, f64::max)
            }
        })
        .collect();
    let mut x_max = axes.top();
    for (total, galley) in totals.iter().zip(&end_galleys) {
        let share = ((galley.size().x + 2.0 * GAP) / frame_width.max(1.0)).min(0.7) as f64;
        x_max = x_max.max(total / (1.0 - share));
        // A bar of zero still needs its label's room from the left edge.
        x_max = x_max.max(axes.value_step * share / (1.0 - share));
    }
    let top_room = if panel.reference.is_some() { 0.6 } else { 0.0 };

    let unit = panel.value_unit.clone();
    let y_categories = categories.clone();
    let x_axis = axis_hints(true)
        .label(unit)
        .formatter(move |mark, _| tick_label(mark.value, axes.value_step))
        .min_thickness(axis_height);
    let y_axis = axis_hints(false)
        .formatter(move |mark, _| {
            let position = mark.value.round();
            if (mark.value - position).abs() > 1e-6 || position < 0.0 {
                return String::new();
            }
            let index = n as f64 - 1.0 - position;
            category_at(&y_categories, index)
                .cloned()
                .unwrap_or_default()
        })
        .min_thickness(left_width);
    let plot = base_plot(id, rect.size())
        .show_grid([true, false])
        .x_grid_spacer(value_marks(axes))
        .y_grid_spacer(category_marks(n))
        .custom_x_axes(vec![x_axis])
        .custom_y_axes(vec![y_axis])
        .default_x_bounds(0.0, x_max.max(1e-9))
        .default_y_bounds(-0.6, n as f64 - 0.4 + top_room);

    let row = |i: usize| (n - 1 - i) as f64;
    let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
    let response = plot.show(&mut child, |plot_ui| {
        let mut base = vec![0.0; n];
        for s in &panel.series {
            let bars: Vec<Bar> = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let v = (*v)?;
                    let role = s.roles.get(i).copied().unwrap_or(Role::Actual);
                    let bar = Bar::new(row(i), v)
                        .width(ROW_BAR_WIDTH)
                        .fill(color(role))
                        .stroke(Stroke::new(0.0, color(role)))
                        .base_offset(base[i])
                        .name(&s.labels[i]);
                    if panel.stacked {
                        base[i] += v;
                    }
                    Some(bar)
                })
                .collect();
            let role = s.roles.first().copied().unwrap_or(Role::Actual);
            plot_ui.bar_chart(
                BarChart::new(s.name.clone(), bars)
                    .color(color(role))
                    .horizontal(),
            );
        }
        if let Some(reference) = &panel.reference {
            plot_ui.vline(
                VLine::new(reference.label.clone(), reference.value)
                    .color(color(Role::Schedule))
                    .width(2.0)
                    .style(LineStyle::dashed_loose()),
            );
        }
    });
    let transform = response.transform;
    let clicked = clicked_category(ui, &response, id, n, |p| (n as f64 - 1.0 - p.y).round());
    paint_frame(ui, *transform.frame());
    paint_row_labels(ui, &transform, panel, &end_galleys, &totals);
    if let Some(reference) = &panel.reference {
        let x = transform.position_from_point_x(reference.value);
        let y = transform.position_from_point_y(n as f64 - 0.4 + top_room / 2.0);
        ui.painter().text(
            pos2(x + GAP, y),
            Align2::LEFT_CENTER,
            &reference.label,
            font(style::VALUE_SIZE),
            color(Role::Schedule),
        );
    }
    clicked
}

/// Values inside stacked segments (when they fit) and the text after each bar.
fn paint_row_labels(
    ui: &Ui,
    transform: &PlotTransform,
    panel: &Panel,
    end_galleys: &[Arc<Galley>],
    totals: &[f64],
) {
    let n = panel.categories.len();
    let row = |i: usize| (n - 1 - i) as f64;
    if panel.stacked {
        let mut base = vec![0.0; n];
        for s in &panel.series {
            for (i, v) in s.values.iter().enumerate() {
                let Some(v) = *v else { continue };
                let left = transform.position_from_point_x(base[i]);
                base[i] += v;
                let right = transform.position_from_point_x(base[i]);
                let role = s.roles.get(i).copied().unwrap_or(Role::Actual);
                let galley = ui.painter().layout_no_wrap(
                    s.labels.get(i).cloned().unwrap_or_default(),
                    font(style::VALUE_SIZE),
                    text_on(role),
                );
                if galley.size().x + 4.0 <= right - left {
                    let center = transform
                        .position_from_point(&PlotPoint::new((base[i] * 2.0 - v) / 2.0, row(i)));
                    paint_text(
                        ui,
                        center - galley.size() / 2.0,
                        galley,
                        text_on(role),
                        false,
                    );
                }
            }
        }
    }
    for (i, galley) in end_galleys.iter().enumerate() {
        let end = transform.position_from_point(&PlotPoint::new(totals[i], row(i)));
        let pos = pos2(end.x + GAP, end.y - galley.size().y / 2.0);
        paint_label(ui, pos, galley.clone(), style::TEXT, false);
    }
}
