//! The menu actions, each listed once: its label, its keyboard shortcut (if any) and the
//! [`Command`] it issues. The 文件 menu draws its entries from this table (the shortcut shown
//! as the platform writes it: Ctrl+S, or ⌘S on a Mac), and the keyboard handling consumes the
//! same shortcuts.

use crate::gui::command::{Command, DialogKind};
use crate::strings::{self, Lang};
use egui::{Key, KeyboardShortcut, Modifiers};

/// One entry of a menu.
pub struct Action {
    /// Its label (the text is in `strings`).
    pub label: fn(Lang) -> &'static str,
    /// The keys that do the same, if any (Ctrl is ⌘ on a Mac).
    pub shortcut: Option<KeyboardShortcut>,
    /// What it asks for.
    pub command: Command,
}

/// Ctrl (⌘ on a Mac) with `key`.
const fn command(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(Modifiers::COMMAND, key))
}

/// Ctrl+Shift (⌘⇧ on a Mac) with `key`.
const fn command_shift(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        key,
    ))
}

/// The 文件 menu's actions, in groups set apart by separators (最近导入 follows them: its
/// entries are the files last imported).
pub const FILE_MENU: &[&[Action]] = &[
    &[
        Action {
            label: strings::menu_new,
            shortcut: command(Key::N),
            command: Command::NewWorkspace,
        },
        Action {
            label: strings::menu_open,
            shortcut: command(Key::O),
            command: Command::OpenWorkspaceDialog,
        },
        Action {
            label: strings::menu_save,
            shortcut: command(Key::S),
            command: Command::SaveWorkspace,
        },
        Action {
            label: strings::menu_save_as,
            shortcut: command_shift(Key::S),
            command: Command::SaveWorkspaceAs,
        },
    ],
    &[
        Action {
            label: strings::menu_import,
            shortcut: None,
            command: Command::OpenDialog(DialogKind::ImportFiles),
        },
        Action {
            label: strings::menu_import_folder,
            shortcut: None,
            command: Command::OpenDialog(DialogKind::ImportFolder),
        },
        Action {
            label: strings::menu_export_summary,
            shortcut: None,
            command: Command::OpenDialog(DialogKind::ExportSummary),
        },
        Action {
            label: strings::layouts_window,
            shortcut: command(Key::L),
            command: Command::ShowLayouts(true),
        },
        Action {
            label: strings::menu_templates,
            shortcut: None,
            command: Command::OpenTemplateForm,
        },
        Action {
            label: strings::empty_open_demo,
            shortcut: None,
            command: Command::OpenDemo,
        },
    ],
];

impl Action {
    /// Draws the action as a menu entry (its shortcut on the right); whether it was clicked.
    pub fn button(&self, ui: &mut egui::Ui, lang: Lang) -> bool {
        let mut button = egui::Button::new((self.label)(lang));
        if let Some(shortcut) = &self.shortcut {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        ui.add(button).clicked()
    }
}

/// Consumes the shortcuts of the table pressed this frame, adding their commands. Those with
/// more modifiers go first: egui lets Ctrl+S match Ctrl+Shift+S too.
pub fn consume_shortcuts(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let mut keyed: Vec<(KeyboardShortcut, &Command)> = FILE_MENU
        .iter()
        .flat_map(|group| group.iter())
        .filter_map(|action| Some((action.shortcut?, &action.command)))
        .collect();
    keyed.sort_by_key(|(shortcut, _)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
    for (shortcut, command) in keyed {
        if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
            commands.push(command.clone());
        }
    }
}

/// How many modifier keys `modifiers` asks for.
fn modifier_count(modifiers: Modifiers) -> usize {
    let Modifiers {
        alt,
        ctrl,
        shift,
        mac_cmd,
        command,
    } = modifiers;
    [alt, ctrl, shift, mac_cmd, command]
        .into_iter()
        .filter(|&down| down)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The commands `key` with `modifiers` issues in one frame.
    fn pressed(modifiers: Modifiers, key: Key) -> Vec<Command> {
        let ctx = egui::Context::default();
        let mut input = egui::RawInput::default();
        input.events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        });
        let mut commands = Vec::new();
        let mut output = ctx.run_ui(input, |ui| consume_shortcuts(ui, &mut commands));
        // Nothing is painted here: the font atlas made for the frame is let go of.
        output.textures_delta.clear();
        commands
    }

    #[test]
    fn save_as_is_not_taken_for_save() {
        // Ctrl as a PC keyboard sends it.
        let ctrl = Modifiers::CTRL.plus(Modifiers::COMMAND);
        let save_as = pressed(ctrl.plus(Modifiers::SHIFT), Key::S);
        assert_eq!(save_as, [Command::SaveWorkspaceAs]);
        assert_eq!(pressed(ctrl, Key::S), [Command::SaveWorkspace]);
        assert_eq!(pressed(ctrl, Key::N), [Command::NewWorkspace]);
        assert_eq!(pressed(ctrl, Key::O), [Command::OpenWorkspaceDialog]);
        assert_eq!(pressed(Modifiers::NONE, Key::N), []);
    }

    #[test]
    fn the_menu_shows_the_shortcuts_as_before() {
        let ctx = egui::Context::default();
        ctx.set_os(egui::os::OperatingSystem::Windows);
        let shown: Vec<String> = FILE_MENU
            .iter()
            .flat_map(|group| group.iter())
            .filter_map(|action| action.shortcut)
            .map(|shortcut| ctx.format_shortcut(&shortcut))
            .collect();
        assert_eq!(
            shown,
            ["Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+L"]
        );
    }
}
