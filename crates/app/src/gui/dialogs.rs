//! Native file dialogs (rfd) on their own thread, so the window keeps drawing while one is
//! open ([`Task`]s). The chosen paths come back as a [`Command`] the app polls for.

use crate::gui::command::Command;
use crate::gui::task::Task;
use std::path::PathBuf;

/// Which dialog to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Pick workbooks to import.
    ImportFiles {
        /// The dialog's title.
        title: String,
        /// The filter's name ("Excel 工作簿").
        filter_name: String,
    },
    /// Pick a workspace to open.
    OpenWorkspace {
        /// The dialog's title.
        title: String,
        /// The filter's name ("招商目标看板工作区").
        filter_name: String,
    },
    /// Pick where to save the workspace.
    SaveWorkspace {
        /// The dialog's title.
        title: String,
        /// The filter's name.
        filter_name: String,
        /// The proposed file name.
        file_name: String,
    },
    /// Pick where to write an .xlsx export.
    SaveXlsx {
        /// The dialog's title.
        title: String,
        /// The proposed file name.
        file_name: String,
    },
    /// Pick a folder to import.
    ImportFolder {
        /// The dialog's title.
        title: String,
    },
    /// Pick the folder the templates go to.
    TemplateFolder {
        /// The dialog's title.
        title: String,
    },
    /// Pick an indicator catalogue file to import.
    OpenCatalogue {
        /// The dialog's title.
        title: String,
    },
    /// Pick where to write the indicator catalogue file.
    SaveCatalogue {
        /// The dialog's title.
        title: String,
        /// The proposed file name.
        file_name: String,
    },
    /// Pick a layout file to import.
    OpenLayout {
        /// The dialog's title.
        title: String,
        /// The filter's name ("读取方式文件").
        filter_name: String,
    },
    /// Pick where to export a layout.
    SaveLayout {
        /// The dialog's title.
        title: String,
        /// The filter's name.
        filter_name: String,
        /// The layout's name (and the proposed file name).
        name: String,
    },
}

/// A dialog open on its own thread: its answer is the command the user's choice asks for
/// (`None` when they cancelled).
pub type DialogTask = Task<Option<Command>>;

/// The extensions the import dialog offers.
const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods", "et"];

/// Opens `dialog` on a thread named `planboard-dialog`.
pub fn open(ctx: &egui::Context, dialog: Dialog) -> std::io::Result<DialogTask> {
    Task::spawn("planboard-dialog", ctx, move || run(dialog))
}

/// Shows the dialog and turns the user's choice into a command.
fn run(dialog: Dialog) -> Option<Command> {
    match dialog {
        Dialog::ImportFiles { title, filter_name } => {
            let files = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .add_filter(filter_name, WORKBOOK_EXTENSIONS)
                    .pick_files(),
            )?;
            let paths: Vec<PathBuf> = files.iter().map(|f| f.path().to_path_buf()).collect();
            (!paths.is_empty()).then_some(Command::Import(paths))
        }
        Dialog::OpenWorkspace { title, filter_name } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .add_filter(filter_name, &[planboard_workspace::EXTENSION])
                    .pick_file(),
            )?;
            Some(Command::OpenWorkspace(file.path().to_path_buf()))
        }
        Dialog::SaveWorkspace {
            title,
            filter_name,
            file_name,
        } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .set_file_name(file_name)
                    .add_filter(filter_name, &[planboard_workspace::EXTENSION])
                    .save_file(),
            )?;
            let mut path = file.path().to_path_buf();
            if !planboard_workspace::is_workspace_path(&path) {
                path.set_extension(planboard_workspace::EXTENSION);
            }
            Some(Command::SaveWorkspaceTo(path))
        }
        Dialog::SaveXlsx { title, file_name } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .set_file_name(file_name)
                    .add_filter("Excel", &["xlsx"])
                    .save_file(),
            )?;
            let mut path = file.path().to_path_buf();
            if !path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
            {
                path.set_extension("xlsx");
            }
            Some(Command::ExportSummaryTo(path))
        }
        Dialog::ImportFolder { title } => {
            let folder =
                pollster::block_on(rfd::AsyncFileDialog::new().set_title(title).pick_folder())?;
            Some(Command::Import(vec![folder.path().to_path_buf()]))
        }
        Dialog::OpenLayout { title, filter_name } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .add_filter(filter_name, &["json"])
                    .pick_file(),
            )?;
            Some(Command::ImportLayoutsFrom(file.path().to_path_buf()))
        }
        Dialog::SaveLayout {
            title,
            filter_name,
            name,
        } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .set_file_name(format!("{name}.json"))
                    .add_filter(filter_name, &["json"])
                    .save_file(),
            )?;
            let mut path = file.path().to_path_buf();
            if !path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            {
                path.set_extension("json");
            }
            Some(Command::ExportLayoutTo(name, path))
        }
        Dialog::TemplateFolder { title } => {
            let folder =
                pollster::block_on(rfd::AsyncFileDialog::new().set_title(title).pick_folder())?;
            Some(Command::WriteTemplates(folder.path().to_path_buf()))
        }
        Dialog::OpenCatalogue { title } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .add_filter("JSON", &["json"])
                    .pick_file(),
            )?;
            Some(Command::ImportCatalogue(file.path().to_path_buf()))
        }
        Dialog::SaveCatalogue { title, file_name } => {
            let file = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(title)
                    .set_file_name(file_name)
                    .add_filter("JSON", &["json"])
                    .save_file(),
            )?;
            let mut path = file.path().to_path_buf();
            if path.extension().is_none() {
                path.set_extension("json");
            }
            Some(Command::ExportCatalogueTo(path))
        }
    }
}
