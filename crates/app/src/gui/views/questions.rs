//! The questions the window asks before it goes on: discard unsaved changes? recover the
//! autosave of a run that did not end normally? save over a file someone else changed?

use super::ViewCtx;
use crate::gui::command::{Command, Pending, SaveConflictChoice};
use crate::strings;
use std::path::Path;

/// Asks whether to discard unsaved changes before `pending`.
pub fn discard_changes(ui: &mut egui::Ui, ctx: &mut ViewCtx, pending: &Pending) {
    let (lang, commands) = (ctx.lang, &mut ctx.commands);
    egui::Modal::new(egui::Id::unique("discard_changes")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(strings::unsaved_title(lang));
        ui.add_space(6.0);
        ui.add(egui::Label::new(strings::unsaved_text(lang, pending)).wrap());
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(strings::save_first(lang)).clicked() {
                commands.push(Command::CancelDiscard);
                commands.push(Command::SaveWorkspace);
            }
            if ui.button(strings::discard_changes(lang)).clicked() {
                commands.push(Command::ConfirmDiscard);
            }
            if ui.button(strings::cancel(lang)).clicked() {
                commands.push(Command::CancelDiscard);
            }
        });
    });
}

/// Offers the autosave at `path`.
pub fn recover(ui: &mut egui::Ui, ctx: &mut ViewCtx, path: &Path) {
    let (lang, commands) = (ctx.lang, &mut ctx.commands);
    egui::Modal::new(egui::Id::unique("recover_autosave")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(strings::recover_title(lang));
        ui.add_space(6.0);
        let when = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .map(|t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        ui.add(egui::Label::new(strings::recover_text(lang, &when)).wrap());
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(strings::recover(lang)).clicked() {
                commands.push(Command::RecoverAutosave);
            }
            if ui.button(strings::discard_autosave(lang)).clicked() {
                commands.push(Command::DiscardAutosave);
            }
        });
    });
}

/// Asks what to do with a save over `path`, which someone else changed since it was opened.
pub fn save_conflict(ui: &mut egui::Ui, ctx: &mut ViewCtx, path: &Path) {
    let (lang, commands) = (ctx.lang, &mut ctx.commands);
    egui::Modal::new(egui::Id::unique("save_conflict")).show(ui.ctx(), |ui| {
        ui.set_max_width(480.0);
        ui.heading(strings::save_conflict_title(lang));
        ui.add_space(6.0);
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().to_string(),
        );
        ui.add(egui::Label::new(strings::save_conflict_text(lang, &name)).wrap());
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let choices = [
                (strings::save_as_copy(lang), SaveConflictChoice::SaveCopy),
                (strings::overwrite(lang), SaveConflictChoice::Overwrite),
                (strings::cancel(lang), SaveConflictChoice::Cancel),
            ];
            for (text, choice) in choices {
                if ui.button(text).clicked() {
                    commands.push(Command::ResolveSaveConflict(choice));
                }
            }
        });
    });
}
