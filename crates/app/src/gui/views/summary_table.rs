//! The summary table: for each plan period that has data, the whole district's 目标, 完成 and
//! 完成率 of every indicator.

use crate::strings::{self, Lang};
use egui_extras::{Column, TableBuilder};
use planboard_model::{format, Dataset, Figure, Indicator, PlanPeriod, Scope, Span};

/// The figures the view shows, computed once when the data changes (not every frame).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SummaryTable {
    /// One table per plan period that has data, oldest first.
    pub periods: Vec<PeriodTable>,
}

/// One plan period's table.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodTable {
    /// The plan period.
    pub period: PlanPeriod,
    /// The years of the period that have data.
    pub years: Vec<i32>,
    /// Every indicator with the district's target and actual, in catalogue order.
    pub rows: Vec<(Indicator, Figure)>,
}

impl SummaryTable {
    /// The district's figures of every period in `dataset` (never a fixed list of periods).
    pub fn of(dataset: &Dataset) -> Self {
        let periods = dataset
            .periods()
            .into_iter()
            .map(|period| PeriodTable {
                period,
                years: dataset.years_in(period),
                rows: dataset
                    .catalogue()
                    .visible()
                    .into_iter()
                    .map(|i| (i, dataset.figure(&Scope::District, i, Span::Plan(period))))
                    .collect(),
            })
            .collect();
        Self { periods }
    }
}

/// The narrowest the indicator column gets, in points.
const INDICATOR_MIN_WIDTH: f32 = 260.0;
/// The width of each figure column, in points.
const FIGURE_WIDTH: f32 = 120.0;
/// Indentation per "其中" level, in points.
const SUB_INDENT: f32 = 18.0;

/// Draws one table per period, under a heading with the period's years.
pub fn show(ui: &mut egui::Ui, lang: Lang, table: &SummaryTable) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(strings::summary_heading(lang));
        if table.periods.is_empty() {
            ui.label(strings::no_periods(lang));
        }
        for period_table in &table.periods {
            ui.add_space(12.0);
            // A named group, so a screen reader (or a test) can tell the periods apart.
            let group = egui::UiBuilder::new()
                .accessibility_role(egui::accesskit::Role::Group)
                .accessibility_label(strings::period_name(lang, period_table.period));
            ui.scope_builder(group, |ui| show_period(ui, lang, period_table));
        }
    });
}

/// Draws one period: a heading and its table.
fn show_period(ui: &mut egui::Ui, lang: Lang, table: &PeriodTable) {
    ui.horizontal(|ui| {
        ui.strong(
            egui::RichText::new(strings::period_heading(lang, table.period))
                .size(ui.text_style_height(&egui::TextStyle::Heading) * 0.85),
        );
        ui.weak(strings::years_with_data(lang, &table.years));
    });
    let row_height = ui.spacing().interact_size.y + 4.0;
    TableBuilder::new(ui)
        .id_salt(table.period)
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::right_to_left(egui::Align::Center))
        .column(Column::auto().at_least(INDICATOR_MIN_WIDTH))
        .columns(Column::exact(FIGURE_WIDTH), 3)
        .header(row_height, |mut header| {
            header.col(|ui| {
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.strong(strings::column_indicator(lang));
                });
            });
            for title in [
                strings::column_target(lang),
                strings::column_actual(lang),
                strings::column_rate(lang),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|mut body| {
            for &(indicator, figure) in &table.rows {
                body.row(row_height, |mut row| {
                    row.col(|ui| indicator_cell(ui, lang, indicator));
                    row.col(|ui| {
                        ui.label(format::value(indicator, figure.target));
                    });
                    row.col(|ui| {
                        ui.label(format::value(indicator, figure.actual));
                    });
                    row.col(|ui| {
                        ui.label(format::percent(figure.rate()));
                    });
                });
            }
        });
}

/// The indicator's name and unit, indented with "其中：" when it is a sub-count.
fn indicator_cell(ui: &mut egui::Ui, lang: Lang, indicator: Indicator) {
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
        let depth = std::iter::successors(indicator.parent(), |p| p.parent()).count();
        if depth > 0 {
            ui.add_space(SUB_INDENT * depth as f32);
            // "其中：" runs straight into the name, as in the bureau's own tables.
            ui.spacing_mut().item_spacing.x = 0.0;
            ui.weak(strings::of_which(lang));
        }
        ui.label(strings::indicator_with_unit(lang, indicator));
    });
}
