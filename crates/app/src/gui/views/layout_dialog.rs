//! 调整读取方式: the mapping dialog. The sheet's first rows as a grid (merged cells drawn
//! merged, rows tinted as the reader classes them) under a drop-down per column for what it
//! holds and its money unit; the header rows, table kind, unit and year above; the preview of
//! what the layout reads below (see `layout_preview`); its name and 保存.

use super::{layout_preview, ViewCtx};
use crate::gui::command::Command;
use crate::gui::layout_dialog::{LayoutDialog, SampleState};
use crate::gui::layout_draft::{Choice, LayoutDraft};
use crate::strings::{self, Lang};
use egui::{Color32, Rect, Sense, Vec2};
use planboard_import::{MoneyUnit, RowClass, SheetSample, SkipReason};
use planboard_model::Indicator;

/// The width of a column of the grid.
const COLUMN_WIDTH: f32 = 150.0;
/// The width of the row numbers.
const ROW_NUMBER_WIDTH: f32 = 44.0;
/// The height of a row of the grid.
const ROW_HEIGHT: f32 = 20.0;
/// The money units a column can be in.
const MONEY_UNITS: [MoneyUnit; 6] = [
    MoneyUnit::Yuan,
    MoneyUnit::Wan,
    MoneyUnit::Yi,
    MoneyUnit::Usd,
    MoneyUnit::WanUsd,
    MoneyUnit::YiUsd,
];

/// Draws the dialog as a modal window.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, dialog: &mut LayoutDialog) {
    let lang = ctx.lang;
    // Every indicator of the catalogue can be mapped, hidden ones too.
    let indicators = ctx.dataset.catalogue().all();
    let commands = &mut ctx.commands;
    let screen = ui.ctx().content_rect();
    let modal = egui::Modal::new(egui::Id::unique("layout_dialog")).show(ui.ctx(), |ui| {
        ui.set_width((screen.width() - 80.0).min(1300.0));
        ui.set_max_height(screen.height() - 80.0);
        ui.heading(strings::layout_dialog_title(lang, &dialog.sheet));
        ui.weak(&dialog.file);
        match &dialog.sample {
            SampleState::Loading(_) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(strings::layout_sheet_loading(lang));
                });
            }
            SampleState::Failed(zh, en) => {
                let why = match lang {
                    Lang::Zh => zh,
                    Lang::En => en,
                };
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    strings::layout_sheet_failed(lang, why),
                );
            }
            SampleState::Ready(sample) => {
                let sample = std::sync::Arc::clone(sample);
                // As tall as it will get from the start: the dialog does not jump as the
                // preview grows, and its buttons stay at the bottom.
                egui::ScrollArea::vertical()
                    .id_salt("layout_dialog_body")
                    .auto_shrink([false, false])
                    .max_height(screen.height() - 220.0)
                    .show(ui, |ui| body(ui, lang, &indicators, dialog, &sample));
            }
        }
        ui.separator();
        footer(ui, lang, dialog, commands);
    });
    if modal.should_close() {
        commands.push(Command::CloseLayoutDialog);
    }
}

/// Everything between the title and the buttons.
fn body(
    ui: &mut egui::Ui,
    lang: Lang,
    indicators: &[Indicator],
    dialog: &mut LayoutDialog,
    sample: &SheetSample,
) {
    let Some(draft) = dialog.draft.as_mut() else {
        return;
    };
    ui.label(match sample.current {
        Some(_) => strings::layout_start_guessed(lang),
        None => strings::layout_start_empty(lang),
    });
    ui.add_space(4.0);
    super::layout_controls::show(ui, lang, draft, sample);
    ui.add_space(6.0);
    legend(ui, lang);
    let classes = row_classes(dialog, sample);
    let Some(draft) = dialog.draft.as_mut() else {
        return;
    };
    egui::ScrollArea::both()
        .id_salt("layout_grid")
        .max_height(360.0)
        .show(ui, |ui| {
            column_choices(ui, lang, indicators, draft, &mut dialog.filter, sample);
            grid(ui, sample, &classes);
        });
    ui.add_space(8.0);
    layout_preview::show(ui, lang, dialog);
}

/// The colours of the row classes: header, data, total, skipped.
fn tints() -> [Color32; 4] {
    [
        Color32::from_rgba_unmultiplied(70, 130, 230, 70),
        Color32::from_rgba_unmultiplied(60, 170, 90, 45),
        Color32::from_rgba_unmultiplied(230, 160, 40, 70),
        Color32::from_rgba_unmultiplied(128, 128, 128, 45),
    ]
}

fn tint(class: RowClass) -> Color32 {
    let [header, data, total, skipped] = tints();
    match class {
        RowClass::Data => data,
        RowClass::Skip(SkipReason::Header) => header,
        RowClass::Skip(SkipReason::Total) => total,
        RowClass::Skip(_) => skipped,
    }
}

fn legend(ui: &mut egui::Ui, lang: Lang) {
    ui.horizontal(|ui| {
        for (name, colour) in strings::layout_legend(lang).into_iter().zip(tints()) {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(14.0, 14.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}

/// Each row's class: as the preview read it when it is of the draft, else the draft's header
/// rows, with the rows above them skipped and the rest taken as data.
fn row_classes(dialog: &LayoutDialog, sample: &SheetSample) -> Vec<RowClass> {
    if dialog.is_preview_current() {
        if let Some((_, Ok(preview))) = &dialog.preview {
            return preview.rows.clone();
        }
    }
    let Some(draft) = &dialog.draft else {
        return Vec::new();
    };
    let header = draft.header_first..draft.header_first + draft.header_rows;
    (0..sample.cells.len())
        .map(|r| {
            if header.contains(&r) {
                RowClass::Skip(SkipReason::Header)
            } else if r < draft.header_first {
                RowClass::Skip(SkipReason::Title)
            } else {
                RowClass::Data
            }
        })
        .collect()
}

/// The drop-downs over the columns: what each holds, and the money unit of amounts.
fn column_choices(
    ui: &mut egui::Ui,
    lang: Lang,
    indicators: &[Indicator],
    draft: &mut LayoutDraft,
    filter: &mut String,
    sample: &SheetSample,
) {
    let labels = sample.header_labels(draft.header_first, draft.header_rows);
    let choices = draft.choices(indicators);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.add_space(ROW_NUMBER_WIDTH);
        for (c, letter) in sample.column_letters.iter().enumerate() {
            let group = egui::UiBuilder::new()
                .accessibility_role(egui::accesskit::Role::Group)
                .accessibility_label(strings::layout_column(lang, letter));
            ui.allocate_ui_with_layout(
                Vec2::new(COLUMN_WIDTH, 76.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.scope_builder(group, |ui| {
                        ui.set_width(COLUMN_WIDTH - 4.0);
                        let label = labels.get(c).map_or("", String::as_str);
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(format!("{letter} {label}")).strong(),
                            )
                            .truncate(),
                        );
                        let money = MoneyUnit::named_in(label).unwrap_or(MoneyUnit::Wan);
                        role_choice(ui, lang, draft, c, money, filter, &choices);
                        if let Some(money) = draft.money_of(c) {
                            money_choice(ui, lang, draft, c, money);
                        }
                    });
                },
            );
        }
    });
}

/// A column's role drop-down, with a search box over its list; a figure chosen is in the
/// money unit its header names (`money`).
fn role_choice(
    ui: &mut egui::Ui,
    lang: Lang,
    draft: &mut LayoutDraft,
    col: usize,
    money: MoneyUnit,
    filter: &mut String,
    choices: &[Choice],
) {
    let current = draft.choice_of(col);
    let shown = match (current, draft.columns.get(col)) {
        (Some(choice), _) => strings::layout_choice(lang, choice),
        (None, Some(role)) => strings::layout_role(lang, role),
        (None, None) => String::new(),
    };
    let mut picked = None;
    let opened = ui.scope_id().with(("layout_column_opened", col));
    let list = egui::ComboBox::from_id_salt(("layout_column", col))
        .selected_text(shown)
        .width(COLUMN_WIDTH - 8.0)
        .wrap_mode(egui::TextWrapMode::Truncate)
        .height(360.0)
        // Typing in the search box keeps the list open; a pick closes it.
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            ui.set_min_width(240.0);
            ui.horizontal(|ui| {
                let label = ui.label(strings::layout_filter(lang));
                let search = ui
                    .add(
                        egui::TextEdit::singleline(filter)
                            .hint_text(strings::layout_filter_hint(lang))
                            .desired_width(180.0),
                    )
                    .labelled_by(label.id);
                // The list is searched by typing as soon as it opens (the click that opened
                // it gives the button the focus at the end of its frame: asked for twice).
                let now = ui.ctx().cumulative_frame_nr();
                let since = ui.ctx().data_mut(|d| *d.get_temp_mut_or(opened, now));
                if now.saturating_sub(since) <= 1 {
                    search.request_focus();
                }
            });
            let wanted = filter.trim().to_lowercase();
            for choice in choices {
                let text = strings::layout_choice(lang, *choice);
                if !wanted.is_empty() && !text.to_lowercase().contains(&wanted) {
                    continue;
                }
                if ui
                    .selectable_label(current == Some(*choice), text)
                    .clicked()
                {
                    picked = Some(*choice);
                    ui.close();
                }
            }
        });
    // A list closed: its search starts afresh next time.
    if list.inner.is_none()
        && ui
            .ctx()
            .data_mut(|d| d.remove_temp::<u64>(opened))
            .is_some()
    {
        filter.clear();
    }
    if let Some(choice) = picked {
        draft.choose(col, choice, money);
        filter.clear();
    }
}

/// A column's money unit drop-down.
fn money_choice(
    ui: &mut egui::Ui,
    lang: Lang,
    draft: &mut LayoutDraft,
    col: usize,
    money: MoneyUnit,
) {
    let mut chosen = money;
    egui::ComboBox::from_id_salt(("layout_money", col))
        .selected_text(strings::money_unit_name(lang, money))
        .width(COLUMN_WIDTH - 8.0)
        .show_ui(ui, |ui| {
            for unit in MONEY_UNITS {
                ui.selectable_value(&mut chosen, unit, strings::money_unit_name(lang, unit));
            }
        });
    if chosen != money {
        draft.set_money(col, chosen);
    }
}

/// The sheet's first rows, painted: merged regions as one cell, rows tinted by class.
fn grid(ui: &mut egui::Ui, sample: &SheetSample, classes: &[RowClass]) {
    let rows = sample.cells.len();
    let width = ROW_NUMBER_WIDTH + COLUMN_WIDTH * sample.width() as f32;
    let (rect, _) =
        ui.allocate_exact_size(Vec2::new(width, ROW_HEIGHT * rows as f32), Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let stroke = egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    let font = egui::FontId::proportional(13.0);
    let cell = |r: usize, c: usize, last_r: usize, last_c: usize| {
        Rect::from_min_max(
            rect.min
                + Vec2::new(
                    ROW_NUMBER_WIDTH + COLUMN_WIDTH * c as f32,
                    ROW_HEIGHT * r as f32,
                ),
            rect.min
                + Vec2::new(
                    ROW_NUMBER_WIDTH + COLUMN_WIDTH * (last_c + 1) as f32,
                    ROW_HEIGHT * (last_r + 1) as f32,
                ),
        )
    };
    for (r, row) in sample.cells.iter().enumerate() {
        let band = Rect::from_min_size(
            rect.min + Vec2::new(0.0, ROW_HEIGHT * r as f32),
            Vec2::new(width, ROW_HEIGHT),
        );
        if let Some(class) = classes.get(r) {
            painter.rect_filled(band, 0.0, tint(*class));
        }
        let number = sample.excel_rows.get(r).copied().unwrap_or_default();
        painter.text(
            band.left_center() + Vec2::new(4.0, 0.0),
            egui::Align2::LEFT_CENTER,
            number.to_string(),
            font.clone(),
            visuals.weak_text_color(),
        );
        for (c, text) in row.iter().enumerate() {
            let merge = sample.merges.iter().find(|m| {
                (m.first_row..=m.last_row).contains(&r) && (m.first_col..=m.last_col).contains(&c)
            });
            let area = match merge {
                Some(m) if (m.first_row, m.first_col) != (r, c) => continue,
                Some(m) => cell(r, c, m.last_row, m.last_col),
                None => cell(r, c, r, c),
            };
            if merge.is_some() {
                // A merged region spans rows of several classes: drawn plain over them.
                painter.rect_filled(area, 0.0, visuals.extreme_bg_color);
                if let Some(class) = classes.get(r) {
                    painter.rect_filled(area, 0.0, tint(*class));
                }
            }
            painter.rect_stroke(area, 0.0, stroke, egui::StrokeKind::Inside);
            if !text.is_empty() {
                painter.with_clip_rect(area.shrink(2.0)).text(
                    area.left_center() + Vec2::new(4.0, 0.0),
                    egui::Align2::LEFT_CENTER,
                    text,
                    font.clone(),
                    visuals.text_color(),
                );
            }
        }
    }
}

/// The name box and the buttons.
fn footer(ui: &mut egui::Ui, lang: Lang, dialog: &mut LayoutDialog, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label(strings::layout_name(lang));
        ui.add(egui::TextEdit::singleline(&mut dialog.name).desired_width(320.0))
            .labelled_by(label.id);
        // Only a layout that reads something is kept.
        let reads = matches!(&dialog.preview, Some((_, Ok(p))) if p.report.rows_imported > 0);
        let ready = !dialog.name.trim().is_empty() && dialog.is_preview_current() && reads;
        if ui
            .add_enabled(ready, egui::Button::new(strings::layout_save(lang)))
            .clicked()
        {
            commands.push(Command::SaveLayout);
        }
        if ui.button(strings::cancel(lang)).clicked() {
            commands.push(Command::CloseLayoutDialog);
        }
    });
}
