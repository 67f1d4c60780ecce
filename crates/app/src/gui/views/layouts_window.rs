//! 读取方式…: the layouts the user taught — this workspace's and the personal library's —
//! each renamed, removed or exported to a file; more imported from a file.

use super::ViewCtx;
use crate::gui::command::{Command, DialogKind};
use crate::strings::{self, Lang};
use planboard_import::SavedLayout;

/// What the window holds while it is open (view state, edited by the widgets).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LayoutsWindow {
    /// The layout being renamed and the name typed.
    pub renaming: Option<(String, String)>,
}

/// The layouts to list: the workspace's, then the library's not in it (by name), each with
/// whether the workspace and the library hold it.
pub fn listed<'a>(
    workspace: &'a [SavedLayout],
    library: &'a [SavedLayout],
) -> Vec<(&'a SavedLayout, bool, bool)> {
    let in_library = |name: &str| library.iter().any(|l| l.name == name);
    let mut out: Vec<(&SavedLayout, bool, bool)> = workspace
        .iter()
        .map(|l| (l, true, in_library(&l.name)))
        .collect();
    out.extend(
        library
            .iter()
            .filter(|l| !workspace.iter().any(|w| w.name == l.name))
            .map(|l| (l, false, true)),
    );
    out
}

/// Draws the window.
pub fn show(ui: &mut egui::Ui, ctx: &mut ViewCtx, window: &mut LayoutsWindow) {
    let lang = ctx.lang;
    let layouts = listed(ctx.layouts, ctx.library);
    let commands = &mut ctx.commands;
    let modal = egui::Modal::new(egui::Id::unique("layouts_window")).show(ui.ctx(), |ui| {
        ui.set_width(640.0);
        ui.heading(strings::layouts_window(lang).trim_end_matches('…'));
        ui.add_space(6.0);
        if layouts.is_empty() {
            ui.add(egui::Label::new(strings::layouts_none(lang)).wrap());
        }
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                egui::Grid::new("layouts_list")
                    .num_columns(3)
                    .spacing([12.0, 6.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for (layout, workspace, library) in &layouts {
                            let kept = strings::layout_kept_in(lang, *workspace, *library);
                            row(ui, lang, window, layout, kept, commands);
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(strings::layout_import(lang)).clicked() {
                commands.push(Command::OpenDialog(DialogKind::ImportLayouts));
            }
            if ui.button(strings::close(lang)).clicked() {
                commands.push(Command::ShowLayouts(false));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ShowLayouts(false));
    }
}

/// One layout: its name (or the box renaming it), where it is kept, its buttons.
fn row(
    ui: &mut egui::Ui,
    lang: Lang,
    window: &mut LayoutsWindow,
    layout: &SavedLayout,
    kept: &str,
    commands: &mut Vec<Command>,
) {
    if let Some((old, draft)) = window
        .renaming
        .as_mut()
        .filter(|(old, _)| *old == layout.name)
    {
        let edit = ui.text_edit_singleline(draft);
        // The box has the keys as soon as it shows.
        if ui.memory(|m| m.focused().is_none()) {
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.weak(kept);
        let mut cancel = false;
        ui.horizontal(|ui| {
            if ui.button(strings::layout_rename_done(lang)).clicked() || enter {
                commands.push(Command::RenameLayout(old.clone(), draft.clone()));
            }
            cancel = ui.button(strings::cancel(lang)).clicked();
        });
        if cancel {
            window.renaming = None;
        }
        return;
    }
    ui.label(&layout.name);
    ui.weak(kept);
    ui.horizontal(|ui| {
        if ui.button(strings::layout_rename(lang)).clicked() {
            window.renaming = Some((layout.name.clone(), layout.name.clone()));
        }
        if ui.button(strings::layout_export(lang)).clicked() {
            commands.push(Command::ExportLayout(layout.name.clone()));
        }
        if ui.button(strings::layout_remove(lang)).clicked() {
            commands.push(Command::RemoveLayout(layout.name.clone()));
        }
    });
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn layout(name: &str) -> SavedLayout {
        let mut layout = SavedLayout::parse(
            r#"{"format": "planboard-layout", "version": 1, "name": "x",
            "header": ["单位", "目标"], "header_rows": 1, "kind": "unit_table",
            "columns": ["unit", {"figure": {"indicator": "signed_projects", "field": "target",
            "when": {"year": null}, "unit": null, "money": "wan"}}]}"#
                .as_bytes(),
        )
        .unwrap();
        layout.name = name.into();
        layout
    }

    #[test]
    fn the_workspace_s_layouts_come_first_and_each_name_once() {
        let workspace = [layout("甲"), layout("乙")];
        let library = [layout("乙"), layout("丙")];
        let shown: Vec<(&str, bool, bool)> = listed(&workspace, &library)
            .into_iter()
            .map(|(l, w, b)| (l.name.as_str(), w, b))
            .collect();
        assert_eq!(
            shown,
            [("甲", true, false), ("乙", true, true), ("丙", false, true)]
        );
    }
}
