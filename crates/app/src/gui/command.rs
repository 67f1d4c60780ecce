//! What the user can ask for: the [`Command`]s views return and the app carries out, and the
//! choices they name (a native dialog, what waits for a confirmation, the answer to a save
//! conflict).

use crate::gui::drill::DrillTarget;
use crate::gui::ledger::{LedgerColumn, LedgerFilter};
use crate::gui::picture::PictureAction;
use crate::gui::rules::ColourRule;
use crate::gui::settings::ThemeChoice;
use crate::gui::tabs::{DataView, Tab};
use crate::strings::Lang;
use planboard_charts::ChartKind;
use planboard_model::{Catalogue, Indicator, PlanPeriod, Scope, UnitName, YearMonth};
use std::path::PathBuf;

/// The native dialogs the 文件 menu opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// 导入…: pick workbooks.
    ImportFiles,
    /// 导入文件夹…: pick a folder.
    ImportFolder,
    /// 打开…: pick a workspace file.
    OpenWorkspace,
    /// 另存为…: pick where to save the workspace.
    SaveWorkspace,
    /// 导出汇总表…: pick where to write the summary workbook.
    ExportSummary,
    /// 生成填报模板…: pick the folder the templates go to.
    TemplateFolder,
    /// 导入指标目录…: pick a catalogue file.
    ImportCatalogue,
    /// 导出指标目录…: pick where to write the catalogue file.
    ExportCatalogue,
    /// 读取方式 → 从文件导入…: pick a layout file.
    ImportLayouts,
}

/// What waits for the user to agree to discard unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// 新建.
    New,
    /// 打开: this file, or the one a dialog will ask for.
    Open(Option<PathBuf>),
    /// Closing the window.
    Close,
    /// 打开示例数据.
    Demo,
}

/// What to do when the workspace file was changed on disk by someone else before a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveConflictChoice {
    /// 保存为副本: write ours beside theirs.
    SaveCopy,
    /// 覆盖: write ours over theirs.
    Overwrite,
    /// 取消: write nothing.
    Cancel,
}

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Switch the interface language.
    SetLanguage(Lang),
    /// Switch the colour theme.
    SetTheme(ThemeChoice),
    /// Import these files or folders (dropped, chosen in a dialog, recent, command line).
    Import(Vec<PathBuf>),
    /// Import a file again, its sheets of unknown unit taken as this unit's.
    ImportWithUnit(PathBuf, UnitName),
    /// Leave a file's sheets of unknown unit out.
    SkipUnitPrompt,
    /// Read a file again (it changed on disk).
    Reimport(String),
    /// Remove a file and everything read from it.
    RemoveFile(String),
    /// Stop the running import after the file being read.
    CancelImport,
    /// Use another indicator catalogue (指标设置: added, edited, moved, hidden, deleted).
    SetCatalogue(Catalogue),
    /// Read a catalogue file and use it; a bad file changes nothing.
    ImportCatalogue(PathBuf),
    /// Write the catalogue file.
    ExportCatalogueTo(PathBuf),
    /// Open a native file dialog.
    OpenDialog(DialogKind),
    /// Show another tab.
    SetTab(Tab),
    /// Show another table of the 数据 tab.
    SetDataView(DataView),
    /// Show another plan period (its whole span).
    SetPeriod(PlanPeriod),
    /// Show one year of the period, or the whole period.
    SetYear(Option<i32>),
    /// Show the district or one unit.
    SetScope(Scope),
    /// Rank and chart another indicator.
    SetIndicator(Indicator),
    /// Judge against another as-of month; `None` follows the data.
    SetAsOf(Option<YearMonth>),
    /// Colour the cards by another rule.
    SetColourRule(ColourRule),
    /// Filter the ledger.
    SetLedgerFilter(LedgerFilter),
    /// Sort the ledger by a column (again: the other way).
    SortLedger(LedgerColumn),
    /// Show what a figure is made of.
    DrillDown(DrillTarget),
    /// Close the drill-down.
    CloseDrillDown,
    /// Show another kind of chart.
    SetChartKind(ChartKind),
    /// Render the chart shown and save it or copy it.
    MakePicture(PictureAction),
    /// 新建: an empty workspace.
    NewWorkspace,
    /// 打开…: ask for a workspace file.
    OpenWorkspaceDialog,
    /// Open this workspace file.
    OpenWorkspace(PathBuf),
    /// 打开示例数据: the built-in demo workbooks, as a new unsaved workspace.
    OpenDemo,
    /// 保存: to the workspace's file, or ask for one.
    SaveWorkspace,
    /// 另存为…: ask where to save.
    SaveWorkspaceAs,
    /// Save the workspace to this file.
    SaveWorkspaceTo(PathBuf),
    /// Write the summary tables of the selection to this .xlsx file.
    ExportSummaryTo(PathBuf),
    /// Discard the unsaved changes and do what waited.
    ConfirmDiscard,
    /// Keep the unsaved changes; do not do what waited.
    CancelDiscard,
    /// Open the autosave left by a run that did not end normally.
    RecoverAutosave,
    /// Delete that autosave.
    DiscardAutosave,
    /// 生成填报模板…: ask for the unit and year.
    OpenTemplateForm,
    /// Close that form.
    CloseTemplateForm,
    /// Write the templates of the form's unit and year into this folder.
    WriteTemplates(PathBuf),
    /// Open a source workbook in the system's program for it.
    OpenSource(PathBuf),
    /// Answer the question asked when the workspace file changed on disk before a save.
    ResolveSaveConflict(SaveConflictChoice),
    /// Remove one message from the message panel.
    DismissMessage(usize),
    /// Remove every message.
    ClearMessages,
    /// 调整读取方式…: open the mapping dialog on a sheet of an imported file.
    OpenLayoutDialog {
        /// The file, as the import log names it.
        file: String,
        /// The sheet.
        sheet: String,
    },
    /// Close the mapping dialog, keeping nothing.
    CloseLayoutDialog,
    /// Save the mapping dialog's layout (workspace and library) and read its file again.
    SaveLayout,
    /// Show or hide the 读取方式 window.
    ShowLayouts(bool),
    /// Rename a layout (its name, the new name).
    RenameLayout(String, String),
    /// Remove a layout from the workspace and the library.
    RemoveLayout(String),
    /// Ask where to export a layout.
    ExportLayout(String),
    /// Write a layout to this file.
    ExportLayoutTo(String, PathBuf),
    /// Add the layouts of this file to the workspace and the library.
    ImportLayoutsFrom(PathBuf),
}
