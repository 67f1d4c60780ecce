//! The mapping dialog's controls over the whole sheet: where the header is, the table kind,
//! where the unit, year and months come from, and the rows not to read.

use crate::gui::layout_draft::{DraftKind, LayoutDraft, UnitSource, YearSource, MAX_HEADER_ROWS};
use crate::strings::{self, Lang};
use planboard_import::{SheetSample, SkipRule};

/// The header rows, table kind, unit, year, months and rows to skip.
pub fn show(ui: &mut egui::Ui, lang: Lang, draft: &mut LayoutDraft, sample: &SheetSample) {
    egui::Grid::new("layout_controls")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let first_row = sample.excel_rows.first().copied().unwrap_or(1);
            let last_row = sample.excel_rows.last().copied().unwrap_or(first_row);
            let label = ui.label(strings::layout_header_first(lang));
            let mut excel = first_row + draft.header_first as u32;
            if ui
                .add(egui::DragValue::new(&mut excel).range(first_row..=last_row))
                .labelled_by(label.id)
                .changed()
            {
                draft.header_first = (excel - first_row) as usize;
            }
            ui.end_row();
            let label = ui.label(strings::layout_header_rows(lang));
            ui.add(egui::DragValue::new(&mut draft.header_rows).range(1..=MAX_HEADER_ROWS))
                .labelled_by(label.id);
            ui.end_row();
            ui.label(strings::layout_kind(lang));
            egui::ComboBox::from_id_salt("layout_kind")
                .selected_text(strings::layout_kind_name(lang, draft.kind))
                .width(260.0)
                .show_ui(ui, |ui| {
                    for kind in DraftKind::ALL {
                        ui.selectable_value(
                            &mut draft.kind,
                            kind,
                            strings::layout_kind_name(lang, kind),
                        );
                    }
                });
            ui.end_row();
            ui.label(strings::layout_unit_source(lang));
            ui.horizontal(|ui| unit_source(ui, lang, &mut draft.unit));
            ui.end_row();
            ui.label(strings::layout_year_source(lang));
            ui.horizontal(|ui| year_source(ui, lang, &mut draft.year));
            ui.end_row();
            ui.label(strings::layout_month_source(lang));
            ui.horizontal(|ui| month_source(ui, lang, &mut draft.ytd_through));
            ui.end_row();
            ui.label(strings::layout_skip_rows(lang));
            ui.vertical(|ui| skip_rows(ui, lang, &mut draft.skip_rows, sample));
            ui.end_row();
        });
}

fn unit_source(ui: &mut egui::Ui, lang: Lang, unit: &mut UnitSource) {
    let name = |unit: &UnitSource| match unit {
        UnitSource::FromSheet => strings::layout_from_sheet(lang),
        UnitSource::District => strings::layout_district(lang),
        UnitSource::Named(_) => strings::layout_fixed_unit(lang),
    };
    egui::ComboBox::from_id_salt("layout_unit_source")
        .selected_text(name(unit))
        .width(260.0)
        .show_ui(ui, |ui| {
            for option in [UnitSource::FromSheet, UnitSource::District] {
                let label = name(&option);
                ui.selectable_value(unit, option, label);
            }
            let named = matches!(unit, UnitSource::Named(_));
            if ui
                .selectable_label(named, strings::layout_fixed_unit(lang))
                .clicked()
                && !named
            {
                *unit = UnitSource::Named(String::new());
            }
        });
    if let UnitSource::Named(text) = unit {
        ui.add(
            egui::TextEdit::singleline(text)
                .hint_text(strings::unit_prompt_hint(lang))
                .desired_width(180.0),
        );
    }
}

fn year_source(ui: &mut egui::Ui, lang: Lang, year: &mut YearSource) {
    let this_year = chrono::Datelike::year(&chrono::Local::now());
    egui::ComboBox::from_id_salt("layout_year_source")
        .selected_text(match year {
            YearSource::FromSheet => strings::layout_year_from_sheet(lang),
            YearSource::Fixed(_) => strings::layout_fixed_year(lang),
        })
        .width(260.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(
                year,
                YearSource::FromSheet,
                strings::layout_year_from_sheet(lang),
            );
            let fixed = matches!(year, YearSource::Fixed(_));
            if ui
                .selectable_label(fixed, strings::layout_fixed_year(lang))
                .clicked()
                && !fixed
            {
                *year = YearSource::Fixed(this_year);
            }
        });
    if let YearSource::Fixed(y) = year {
        ui.add(egui::DragValue::new(y).range(2000..=2100));
    }
}

/// Whether the figures are the year's (or as the title says, 1-10月) or up to a month.
fn month_source(ui: &mut egui::Ui, lang: Lang, through: &mut Option<u32>) {
    egui::ComboBox::from_id_salt("layout_month_source")
        .selected_text(match through {
            None => strings::layout_month_from_sheet(lang),
            Some(_) => strings::layout_through_month(lang),
        })
        .width(260.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(through, None, strings::layout_month_from_sheet(lang));
            if ui
                .selectable_label(through.is_some(), strings::layout_through_month(lang))
                .clicked()
                && through.is_none()
            {
                *through = Some(12);
            }
        });
    if let Some(month) = through {
        ui.add(
            egui::DragValue::new(month)
                .range(1..=12)
                .custom_formatter(|n, _| strings::months_to_date(lang, n as u32)),
        );
    }
}

/// The rows not to read: each a column and a word, added and removed.
fn skip_rows(ui: &mut egui::Ui, lang: Lang, rules: &mut Vec<SkipRule>, sample: &SheetSample) {
    let letters = &sample.column_letters;
    let name = |c: usize| {
        letters
            .get(c)
            .map_or_else(String::new, |l| strings::layout_column(lang, l))
    };
    let mut removed = None;
    for (i, rule) in rules.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            egui::ComboBox::from_id_salt(("layout_skip_column", i))
                .selected_text(name(rule.column))
                .show_ui(ui, |ui| {
                    for c in 0..letters.len() {
                        ui.selectable_value(&mut rule.column, c, name(c));
                    }
                });
            ui.label(strings::layout_skip_holding(lang));
            ui.add(
                egui::TextEdit::singleline(&mut rule.word)
                    .desired_width(120.0)
                    .hint_text(strings::layout_skip_hint(lang)),
            );
            if ui.button(strings::layout_skip_remove(lang)).clicked() {
                removed = Some(i);
            }
        });
    }
    if let Some(i) = removed {
        rules.remove(i);
    }
    if ui.button(strings::layout_skip_add(lang)).clicked() {
        rules.push(SkipRule {
            column: 0,
            word: String::new(),
        });
    }
}
