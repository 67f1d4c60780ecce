//! The bottom panel: the running import (file n of m, its name, a cancel button) and the
//! messages (errors in red), each dismissable.

use super::ViewCtx;
use crate::gui::command::Command;
use crate::gui::import_job::ImportJob;
use crate::gui::messages::Level;
use crate::strings::{self, Lang};

/// How many messages the panel shows at once (the newest).
const SHOWN_MESSAGES: usize = 4;

/// Draws the panel when there is an import or a message.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx) {
    let (lang, job, queued, messages) = (ctx.lang, ctx.job, ctx.queued, ctx.messages);
    let commands = &mut ctx.commands;
    if job.is_none() && messages.is_empty() {
        return;
    }
    egui::Panel::bottom("status_panel").show(ui, |ui| {
        ui.add_space(4.0);
        if let Some(job) = job {
            progress(ui, lang, job, queued, commands);
        }
        let first = messages.len().saturating_sub(SHOWN_MESSAGES);
        for (index, message) in messages.iter().enumerate().skip(first) {
            ui.horizontal(|ui| {
                if ui
                    .small_button("×")
                    .on_hover_text(strings::dismiss(lang))
                    .clicked()
                {
                    commands.push(Command::DismissMessage(index));
                }
                let color = match message.level {
                    Level::Info => ui.visuals().text_color(),
                    Level::Warning => ui.visuals().warn_fg_color,
                    Level::Error => ui.visuals().error_fg_color,
                };
                if let Some((file, sheet)) = &message.sheet {
                    if ui.small_button(strings::adjust_layout(lang)).clicked() {
                        commands.push(Command::OpenLayoutDialog {
                            file: file.clone(),
                            sheet: sheet.clone(),
                        });
                    }
                }
                ui.add(
                    egui::Label::new(egui::RichText::new(message.text(lang)).color(color)).wrap(),
                );
            });
        }
        if messages.len() > 1 {
            ui.horizontal(|ui| {
                if first > 0 {
                    ui.weak(strings::more_messages(lang, first));
                }
                if ui.small_button(strings::clear_messages(lang)).clicked() {
                    commands.push(Command::ClearMessages);
                }
            });
        }
        ui.add_space(4.0);
    });
}

/// The progress bar of the running import.
fn progress(
    ui: &mut egui::Ui,
    lang: Lang,
    job: &ImportJob,
    queued: usize,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let (fraction, text) = match job.progress() {
            Some(p) => {
                let name = p
                    .file
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_else(|| p.file.display().to_string());
                (
                    p.index as f32 / p.total.max(1) as f32,
                    strings::import_progress(lang, p.index + 1, p.total, &name),
                )
            }
            None => (0.0, strings::import_starting(lang).to_string()),
        };
        let cancel_width = 90.0;
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width((ui.available_width() - cancel_width).max(100.0))
                .text(text)
                .animate(true),
        );
        let cancel = ui.add_enabled(
            !job.is_cancelled(),
            egui::Button::new(strings::cancel(lang)),
        );
        if cancel.clicked() {
            commands.push(Command::CancelImport);
        }
    });
    if queued > 0 {
        ui.weak(strings::imports_queued(lang, queued));
    }
}
