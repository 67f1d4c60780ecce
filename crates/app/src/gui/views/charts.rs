//! 图表: the meeting chart of the current selection (drawn by the charts crate, exactly as the
//! exported pictures; a click on a bar opens its 构成明细), the kind of chart, and 保存图片 /
//! 复制图片.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::gui::drill::DrillTarget;
use crate::gui::picture::PictureAction;
use crate::strings;
use planboard_charts::ChartKind;

/// The smallest height the chart gets, in points (below it the tab scrolls).
const MIN_CHART_HEIGHT: f32 = 320.0;

/// Draws the tab.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, kind, chart, busy) = (ctx.lang, ctx.chart_kind, ctx.chart, ctx.picture);
    let commands = &mut ctx.commands;
    ui.horizontal_wrapped(|ui| {
        for option in ChartKind::ALL {
            if ui
                .selectable_label(kind == option, strings::chart_kind_name(lang, option))
                .clicked()
                && kind != option
            {
                commands.push(Command::SetChartKind(option));
            }
        }
        ui.separator();
        let ready = chart.is_some_and(|c| !c.is_empty()) && busy.is_none();
        if ui
            .add_enabled(ready, egui::Button::new(strings::save_picture(lang)))
            .on_hover_text(strings::picture_hint(lang))
            .clicked()
        {
            commands.push(Command::MakePicture(PictureAction::Save));
        }
        if ui
            .add_enabled(ready, egui::Button::new(strings::copy_picture(lang)))
            .on_hover_text(strings::picture_hint(lang))
            .clicked()
        {
            commands.push(Command::MakePicture(PictureAction::Copy));
        }
        if busy.is_some() {
            ui.spinner();
            ui.label(strings::rendering_picture(lang));
        }
    });
    ui.separator();
    let Some(chart) = chart.filter(|c| !c.is_empty()) else {
        ui.label(strings::chart_empty(lang));
        return;
    };
    // 16:9 like the exported picture, as large as the tab allows.
    let width = ui.available_width();
    let height = (width * 9.0 / 16.0)
        .min(ui.available_height())
        .max(MIN_CHART_HEIGHT);
    let area = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::Image)
        .accessibility_label(chart.title.clone());
    ui.scope_builder(area, |ui| {
        ui.allocate_ui(egui::vec2(height * 16.0 / 9.0, height), |ui| {
            // A click on a bar or a point opens what that figure is made of.
            if let Some(key) = planboard_charts::chart_ui(ui, chart) {
                commands.push(Command::DrillDown(DrillTarget {
                    scope: key.scope,
                    indicator: key.indicator,
                    span: key.span,
                }));
            }
        });
    });
}
