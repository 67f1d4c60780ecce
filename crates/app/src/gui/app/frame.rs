//! One frame of the window: the views drawn in their places, then what they, the keyboard
//! shortcuts and dropped files asked for, applied (the background tasks are polled apart, in
//! `app/tasks.rs`).

use super::PlanboardApp;
use crate::gui::actions;
use crate::gui::command::{Command, Pending};
use crate::gui::picture::PictureTask;
use crate::gui::tabs::Tab;
use crate::gui::views::{self, ViewCtx};
use crate::strings;
use std::path::PathBuf;

impl PlanboardApp {
    /// One whole frame as `eframe` runs it: the background tasks polled
    /// ([`PlanboardApp::poll_tasks`], `eframe::App::logic`), then the window drawn into `ui`
    /// ([`PlanboardApp::draw`], `eframe::App::ui`). For harnesses that drive the app through a
    /// `Ui`.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.poll_tasks(ui.ctx());
        self.draw(ui);
    }

    /// Draws the window into `ui`, then applies what the user asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.follow_document();
        self.refresh_chart();
        self.note_window_place(&ctx);
        let mut commands = Vec::new();
        actions::consume_shortcuts(ui, &mut commands);
        if ctx.input(|i| i.viewport().close_requested()) && self.dirty && !self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Pending::Close);
        }
        let title = strings::window_title(
            self.lang,
            self.workspace_path
                .as_ref()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().to_string())
                .as_deref(),
            self.dirty,
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let derived = self.derived.of(&self.document);
        let mut view = ViewCtx {
            lang: self.lang,
            dataset: self.document.dataset(),
            selection: &self.selection,
            settings: &self.settings,
            tab: self.tab,
            data_view: self.data_view,
            summary: derived.summary(),
            ledger: &self.ledger,
            chart_kind: self.chart_kind,
            chart: self.chart.as_ref().map(|(_, _, chart)| chart),
            picture: self.picture.as_ref().map(PictureTask::action),
            job: self.job.as_ref(),
            queued: self.queue.len(),
            messages: &self.messages,
            import_log: self.document.import_log(),
            conflicts: derived.conflicts(),
            layouts: &self.layouts,
            library: &self.library,
            commands,
        };
        views::menu_bar::show(ui, &mut view);
        if !self.document.dataset().is_empty() {
            views::selection_bar::show(ui, &mut view);
        }
        views::status_panel::show(ui, &mut view);
        if let Some((target, drill)) = &self.drill {
            views::drill_down::show(ui, &mut view, target, drill);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let always = [Tab::ImportLog, Tab::Indicators];
            if self.document.dataset().is_empty() && !always.contains(&self.tab) {
                views::empty_state::show(ui, &mut view);
                return;
            }
            match self.tab {
                Tab::Overview => views::overview::show(ui, &mut view),
                Tab::Data => views::data_tables::show(ui, &mut view),
                Tab::Ledger => views::ledger::show(ui, &mut view, &mut self.search_draft),
                Tab::Charts => views::charts::show(ui, &mut view),
                Tab::ImportLog => views::import_log::show(ui, &mut view),
                Tab::Indicators => {
                    views::indicator_settings::show(ui, &mut view, &mut self.indicator_draft)
                }
            }
        });
        if let Some(path) = &self.save_conflict {
            views::questions::save_conflict(ui, &mut view, path);
        } else if let Some(pending) = &self.confirm {
            views::questions::discard_changes(ui, &mut view, pending);
        } else if let Some(path) = &self.recovery {
            views::questions::recover(ui, &mut view, path);
        } else if let Some(path) = self.pending_units.front() {
            views::unit_prompt::show(ui, &mut view, path, &mut self.unit_draft);
        } else if let Some(form) = &mut self.template_form {
            views::template_form::show(ui, &mut view, form);
        } else if let Some(dialog) = &mut self.layout_dialog {
            views::layout_dialog::show(ui, &mut view, dialog);
        } else if let Some(window) = &mut self.layouts_window {
            views::layouts_window::show(ui, &mut view, window);
        }
        let mut commands = view.commands;
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::Import(dropped));
        }
        for command in commands {
            self.apply(&ctx, command);
        }
    }
}
