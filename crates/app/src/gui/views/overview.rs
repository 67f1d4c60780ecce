//! 总览: one card per indicator for the chosen span and unit — 目标, 完成, 完成率, and for a
//! running year 序时进度 and the gap in 个百分点 — coloured by the rule in force, which is
//! shown and can be changed above the cards.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::gui::drill::DrillTarget;
use crate::gui::rules::{ColourRule, Status};
use crate::gui::selection::Selection;
use crate::strings::{self, Lang};
use egui::Color32;
use planboard_model::{format, Dataset, Decimal, Indicator, Scope, Shown};

/// The width of a card, in points.
const CARD_WIDTH: f32 = 300.0;
/// The inner margin of a card, in points.
const CARD_MARGIN: f32 = 12.0;
/// The gap between cards, in points.
const CARD_GAP: f32 = 12.0;
/// The largest margin the rule editor offers.
const MAX_MARGIN: u32 = 100;

/// The colour of a status (design tokens of the cards; also used by the tables).
pub fn status_color(status: Status) -> Option<Color32> {
    match status {
        Status::OnSchedule => Some(Color32::from_rgb(46, 139, 87)),
        Status::Behind => Some(Color32::from_rgb(214, 158, 0)),
        Status::FarBehind => Some(Color32::from_rgb(200, 48, 48)),
        Status::Unknown => None,
    }
}

/// Draws the overview.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, dataset, selection) = (ctx.lang, ctx.dataset, ctx.selection);
    let rule = ctx.settings.colour_rule;
    let commands = &mut ctx.commands;
    let Some(span) = selection.span() else {
        ui.label(strings::no_periods(lang));
        return;
    };
    let as_of = selection.as_of(dataset);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(strings::overview_heading(
                lang,
                &selection.scope,
                span,
                as_of.map(|m| m.to_string()).as_deref(),
            ));
            ui.add_space(4.0);
            rule_editor(ui, lang, rule, commands);
            ui.add_space(8.0);
            // Rows of as many cards as fit (a card is its width plus frame, margins and gap).
            let outer_width = CARD_WIDTH + 2.0 * CARD_MARGIN + 4.0 + CARD_GAP;
            let per_row = ((ui.available_width() + CARD_GAP) / outer_width)
                .floor()
                .max(1.0) as usize;
            for row in dataset.catalogue().visible().chunks(per_row) {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = CARD_GAP;
                    for &indicator in row {
                        let shown = dataset.shown(&selection.scope, indicator, span, as_of);
                        card(
                            ui,
                            lang,
                            &selection.scope,
                            indicator,
                            &shown,
                            rule,
                            commands,
                        );
                    }
                });
                ui.add_space(CARD_GAP);
            }
            main_results(ui, lang, dataset, selection, span, as_of);
        });
}

/// 文字摘要: the 主要成效 paragraph for the selection, selectable, with a copy button.
fn main_results(
    ui: &mut egui::Ui,
    lang: Lang,
    dataset: &Dataset,
    selection: &Selection,
    span: planboard_model::Span,
    as_of: Option<planboard_model::YearMonth>,
) {
    use planboard_model::narrative::{main_results, NarrativeRequest};
    let text = main_results(
        dataset,
        &NarrativeRequest {
            scope: selection.scope.clone(),
            span,
            as_of,
        },
    );
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong(strings::main_results_heading(lang));
        if ui.button(strings::copy_text(lang)).clicked() {
            ui.ctx().copy_text(text.clone());
        }
    });
    ui.add(
        egui::Label::new(egui::RichText::new(&text).size(15.0))
            .wrap_mode(egui::TextWrapMode::Wrap)
            .selectable(true),
    );
}

/// The rule in force, in words, and the controls to change it.
fn rule_editor(ui: &mut egui::Ui, lang: Lang, rule: ColourRule, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(strings::rule_label(lang));
        let schemes = [
            ColourRule::PointGap {
                yellow_points: rule.margin(),
            },
            ColourRule::Shortfall {
                yellow_percent: rule.margin(),
            },
        ];
        egui::ComboBox::from_id_salt("colour_rule")
            .selected_text(strings::rule_scheme(lang, rule))
            .show_ui(ui, |ui| {
                for scheme in schemes {
                    if ui
                        .selectable_label(scheme == rule, strings::rule_scheme(lang, scheme))
                        .clicked()
                    {
                        commands.push(Command::SetColourRule(scheme));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let mut margin = rule.margin();
        let changed = ui
            .add(
                egui::DragValue::new(&mut margin)
                    .range(0..=MAX_MARGIN)
                    .suffix(strings::rule_margin_suffix(lang, rule)),
            )
            .labelled_by(label.id)
            .changed();
        if changed {
            commands.push(Command::SetColourRule(rule.with_margin(margin)));
        }
    });
    ui.horizontal_wrapped(|ui| {
        for status in [Status::OnSchedule, Status::Behind, Status::FarBehind] {
            if let Some(color) = status_color(status) {
                ui.label(egui::RichText::new("■").color(color));
            }
            ui.label(strings::rule_meaning(lang, rule, status));
            ui.add_space(8.0);
        }
    });
}

/// One indicator's card.
fn card(
    ui: &mut egui::Ui,
    lang: Lang,
    scope: &Scope,
    indicator: Indicator,
    shown: &Shown,
    rule: ColourRule,
    commands: &mut Vec<Command>,
) {
    let figure = shown.figure;
    let rate = figure.rate();
    let status = rule.classify(rate, shown.schedule());
    let accent =
        status_color(status).unwrap_or(ui.visuals().widgets.noninteractive.bg_stroke.color);
    let frame = egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, accent))
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(CARD_MARGIN);
    let group = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::Group)
        .accessibility_label(strings::indicator_with_unit(lang, indicator));
    ui.scope_builder(group, |ui| {
        frame.show(ui, |ui| {
            ui.set_width(CARD_WIDTH);
            ui.vertical(|ui| card_contents(ui, lang, scope, indicator, shown, status, commands));
        });
    });
}

/// What a card shows, top to bottom.
fn card_contents(
    ui: &mut egui::Ui,
    lang: Lang,
    scope: &Scope,
    indicator: Indicator,
    shown: &Shown,
    status: Status,
    commands: &mut Vec<Command>,
) {
    let figure = shown.figure;
    let rate = figure.rate();
    ui.strong(egui::RichText::new(strings::indicator_with_unit(lang, indicator)).size(16.0));
    ui.add_space(4.0);
    egui::Grid::new(("card", indicator))
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(strings::column_target(lang));
            ui.label(format::value(indicator, figure.target));
            ui.end_row();
            ui.label(strings::column_actual(lang));
            let actual = ui
                .link(format::value(indicator, figure.actual))
                .on_hover_text(strings::drill_hint(lang));
            if actual.clicked() {
                commands.push(Command::DrillDown(DrillTarget {
                    scope: scope.clone(),
                    indicator,
                    span: shown.actual_span,
                }));
            }
            ui.end_row();
            ui.label(strings::column_rate(lang));
            let rate_text = egui::RichText::new(format::percent(rate)).strong();
            ui.label(match status_color(status) {
                Some(color) => rate_text.color(color),
                None => rate_text,
            });
            ui.end_row();
            if let Some(progress) = shown.progress {
                ui.label(strings::schedule_progress(lang));
                ui.label(format::percent(Some(progress)));
                ui.end_row();
            }
        });
    ui.add_space(2.0);
    let gap = rate.map(|r| format::schedule_gap(r, shown.schedule()));
    ui.label(status_line(lang, status, gap, shown.progress.is_some()));
}

/// The card's last line: the gap to 序时进度 (running year) or whether the target was met.
fn status_line(lang: Lang, status: Status, gap: Option<Decimal>, running: bool) -> String {
    match (status, gap) {
        (Status::Unknown, _) | (_, None) => strings::no_rate(lang).to_string(),
        (_, Some(gap)) if running => strings::schedule_gap_text(lang, gap),
        (_, Some(gap)) => strings::target_gap_text(lang, gap),
    }
}
