//! 数据: units × indicators with 排名, years × indicators, and the district by plan period.
//! Every figure is a link to what it is made of.

use super::{summary_table, ViewCtx};
use crate::gui::command::Command;
use crate::gui::drill::DrillTarget;
use crate::gui::selection::Selection;
use crate::gui::tabs::DataView;
use crate::strings::{self, Lang};
use egui_extras::{Column, TableBuilder};
use planboard_model::{format, Dataset, Figure, Indicator, Measure, Scope, Span};

/// The width of a figure column of a count, in points.
const COUNT_WIDTH: f32 = 130.0;
/// The width of a figure column of money (longer numbers), in points.
const MONEY_WIDTH: f32 = 175.0;

/// The width of an indicator's column.
fn figure_column(indicator: Indicator) -> Column {
    match indicator.measure() {
        Measure::Count | Measure::Ratio => Column::exact(COUNT_WIDTH),
        Measure::Money => Column::exact(MONEY_WIDTH),
    }
}
/// The width of the name column, in points.
const NAME_WIDTH: f32 = 130.0;
/// The width of the rank column, in points.
const RANK_WIDTH: f32 = 48.0;

/// Draws the 数据 tab.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, dataset, selection, view) = (ctx.lang, ctx.dataset, ctx.selection, ctx.data_view);
    let summary = ctx.summary;
    let commands = &mut ctx.commands;
    ui.horizontal(|ui| {
        for option in DataView::ALL {
            if ui
                .selectable_label(view == option, strings::data_view_name(lang, option))
                .clicked()
                && view != option
            {
                commands.push(Command::SetDataView(option));
            }
        }
    });
    ui.separator();
    let Some(span) = selection.span() else {
        ui.label(strings::no_periods(lang));
        return;
    };
    match view {
        DataView::Units => units_table(ui, lang, dataset, selection.indicator, span, commands),
        DataView::Years => years_table(ui, lang, dataset, selection, commands),
        DataView::Periods => summary_table::show(ui, lang, summary),
    }
}

/// Units × indicators for `span`, ranked by `indicator`'s completion rate.
fn units_table(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    indicator: Indicator,
    span: Span,
    commands: &mut Vec<Command>,
) {
    ui.label(strings::units_table_heading(lang, span, indicator));
    let columns = dataset.catalogue().visible();
    let ranking = dataset.ranking(indicator, span);
    let row_height = row_height(ui);
    egui::ScrollArea::horizontal().show(ui, |ui| {
        let mut table = TableBuilder::new(ui)
            .id_salt("units_table")
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(RANK_WIDTH))
            .column(Column::exact(NAME_WIDTH));
        for &column in &columns {
            table = table.column(figure_column(column));
        }
        table
            .header(row_height, |mut header| {
                header.col(|ui| {
                    ui.strong(strings::column_rank(lang));
                });
                header.col(|ui| {
                    ui.strong(strings::column_unit(lang));
                });
                for &column in &columns {
                    header.col(|ui| indicator_header(ui, lang, column, column == indicator));
                }
            })
            .body(|mut body| {
                for ranked in &ranking {
                    let scope = Scope::Unit(ranked.unit.clone());
                    body.row(row_height, |mut row| {
                        row.col(|ui| {
                            ui.label(
                                ranked.rank.map_or_else(
                                    || format::NONE.to_string(),
                                    |rank| rank.to_string(),
                                ),
                            );
                        });
                        row.col(|ui| {
                            ui.label(ranked.unit.as_str());
                        });
                        for &column in &columns {
                            let figure = dataset.figure(&scope, column, span);
                            row.col(|ui| {
                                figure_cell(ui, lang, &scope, column, span, figure, commands)
                            });
                        }
                    });
                }
            });
    });
}

/// Years × indicators of the chosen period and unit, with the period's total last.
fn years_table(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    selection: &Selection,
    commands: &mut Vec<Command>,
) {
    let Some(period) = selection.period else {
        return;
    };
    let scope = &selection.scope;
    ui.label(strings::years_table_heading(lang, scope, period));
    let mut spans: Vec<Span> = dataset
        .years_in(period)
        .into_iter()
        .map(Span::Year)
        .collect();
    spans.push(Span::Plan(period));
    let columns = dataset.catalogue().visible();
    let row_height = row_height(ui);
    egui::ScrollArea::horizontal().show(ui, |ui| {
        let mut table = TableBuilder::new(ui)
            .id_salt("years_table")
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(NAME_WIDTH));
        for &column in &columns {
            table = table.column(figure_column(column));
        }
        table
            .header(row_height, |mut header| {
                header.col(|ui| {
                    ui.strong(strings::column_year(lang));
                });
                for &column in &columns {
                    header.col(|ui| {
                        indicator_header(ui, lang, column, column == selection.indicator)
                    });
                }
            })
            .body(|mut body| {
                for span in spans {
                    body.row(row_height, |mut row| {
                        row.col(|ui| {
                            ui.label(strings::span_name(lang, span));
                        });
                        for &column in &columns {
                            let figure = dataset.figure(scope, column, span);
                            row.col(|ui| {
                                figure_cell(ui, lang, scope, column, span, figure, commands)
                            });
                        }
                    });
                }
            });
    });
}

/// Two lines of text and some room.
fn row_height(ui: &egui::Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 14.0
}

/// An indicator's name as a column header, wrapped onto two lines when long.
fn indicator_header(ui: &mut egui::Ui, lang: Lang, indicator: Indicator, chosen: bool) {
    let text = egui::RichText::new(strings::indicator_with_unit(lang, indicator)).strong();
    let text = if chosen { text.underline() } else { text };
    ui.add(egui::Label::new(text).wrap());
}

/// A figure: the actual as a link to its drill-down, then the target and the rate.
fn figure_cell(
    ui: &mut egui::Ui,
    lang: Lang,
    scope: &Scope,
    indicator: Indicator,
    span: Span,
    figure: Figure,
    commands: &mut Vec<Command>,
) {
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        let actual = ui
            .link(format::value(indicator, figure.actual))
            .on_hover_text(strings::drill_hint(lang));
        if actual.clicked() {
            commands.push(Command::DrillDown(DrillTarget {
                scope: scope.clone(),
                indicator,
                span,
            }));
        }
        ui.weak(strings::target_and_rate(
            lang,
            &format::value(indicator, figure.target),
            &format::percent(figure.rate()),
        ));
    });
}
