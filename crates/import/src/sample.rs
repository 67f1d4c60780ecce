//! A sheet read once for the window's mapping dialog (调整读取方式): its first rows as text
//! with their merged regions, the layout it is read with now, and the preview of reading the
//! whole sheet with another layout — exactly as an import would, on the caller's thread (the
//! window calls it off its own).

use crate::grid::Grid;
use crate::layout::RowClass;
use crate::open::{self, OpenError};
use crate::report::{Problem, SheetReport};
use crate::saved_layout::{LayoutError, SavedLayout};
use crate::sheet::{self, SheetEnv};
use crate::synonyms;
use crate::understand::header::{find_header, header_at};
use crate::understand::Names;
use crate::ImportOptions;
use planboard_model::{Catalogue, Fact, NaiveDate, Project, UnitName};
use std::path::Path;

/// How many rows of a sheet the dialog shows.
pub const SAMPLE_ROWS: usize = 40;
/// How many projects a preview keeps (it counts them all).
pub const PREVIEW_PROJECTS: usize = 20;

/// A merged region within the rows shown, in grid rows and columns (inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Merge {
    /// First row.
    pub first_row: usize,
    /// First column.
    pub first_col: usize,
    /// Last row.
    pub last_row: usize,
    /// Last column.
    pub last_col: usize,
}

/// Why a sheet could not be read for the dialog.
#[derive(Debug)]
pub enum SampleError {
    /// The workbook cannot be opened.
    Open(OpenError),
    /// The workbook has no sheet of that name (any more).
    NoSheet(String),
}

impl SampleError {
    /// The reason in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            SampleError::Open(e) => e.to_string(),
            SampleError::NoSheet(name) => format!("工作簿中没有工作表「{name}」"),
        }
    }

    /// The reason in English.
    pub fn message_en(&self) -> String {
        match self {
            SampleError::Open(e) => e.message_en(),
            SampleError::NoSheet(name) => format!("the workbook has no sheet \"{name}\""),
        }
    }
}

/// One sheet of a workbook, read once: what the dialog shows and previews from.
#[derive(Clone, Debug)]
pub struct SheetSample {
    /// The file as given.
    pub file: String,
    /// The sheet's name.
    pub sheet: String,
    /// The first [`SAMPLE_ROWS`] rows' cells as a user reads them (merged cells repeated).
    pub cells: Vec<Vec<String>>,
    /// The merged regions that start within the rows shown.
    pub merges: Vec<Merge>,
    /// Each column's Excel letter.
    pub column_letters: Vec<String>,
    /// The Excel number of each row shown.
    pub excel_rows: Vec<u32>,
    /// The layout the sheet is read with now: the saved one that matched, else recognition's
    /// (named after the file and sheet); `None` when it is not understood.
    pub current: Option<SavedLayout>,
    /// The grid row where the header begins: the current layout's, else where a header was
    /// found, else the first row with text.
    pub header_first: usize,
    file_name: String,
    visible: bool,
    unit: Option<UnitName>,
    today: NaiveDate,
    catalogue: Catalogue,
    grid: Grid,
}

/// What reading the sheet with a layout gives.
#[derive(Clone, Debug, Default)]
pub struct Preview {
    /// The class of each row shown.
    pub rows: Vec<RowClass>,
    /// The figures read (every one: a unit table gives few).
    pub facts: Vec<Fact>,
    /// The first [`PREVIEW_PROJECTS`] projects read.
    pub projects: Vec<Project>,
    /// How many projects were read.
    pub project_count: usize,
    /// The sheet's report: rows imported, skipped, rejected and the problems.
    pub report: SheetReport,
}

/// Why a layout gives no preview.
#[derive(Clone, Debug, PartialEq)]
pub enum PreviewError {
    /// The layout cannot be used as it stands.
    Refused(LayoutError),
    /// The sheet does not have the layout's header.
    NoMatch,
}

impl SheetSample {
    /// Reads the sheet `sheet` of the workbook at `path` (the whole sheet, kept for previews),
    /// with the layout it is read with under `options`.
    pub fn read(path: &Path, sheet: &str, options: &ImportOptions) -> Result<Self, SampleError> {
        let workbook = open::read_workbook(path).map_err(SampleError::Open)?;
        let raw = workbook
            .sheets
            .into_iter()
            .find(|s| s.name == sheet)
            .ok_or_else(|| SampleError::NoSheet(sheet.to_string()))?;
        let visible = raw.visible;
        let merges_abs = raw.merges.clone();
        let grid = Grid::from_sheet(raw);
        let origin = (grid.first_row, grid.first_col);
        let shown = grid.height().min(SAMPLE_ROWS);
        let merges = merges_abs
            .iter()
            .filter_map(|m| {
                let first_row = m.start.0.checked_sub(origin.0)? as usize;
                let first_col = m.start.1.checked_sub(origin.1)? as usize;
                (first_row < shown && first_col < grid.width).then(|| Merge {
                    first_row,
                    first_col,
                    last_row: (m.end.0.saturating_sub(origin.0) as usize).min(shown - 1),
                    last_col: (m.end.1.saturating_sub(origin.1) as usize)
                        .min(grid.width.saturating_sub(1)),
                })
            })
            .collect();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let names = Names {
            sheet,
            file_name: &file_name,
            fallback_unit: options.unit.as_ref(),
        };
        let recognized = synonyms::with_catalogue(&options.catalogue, || {
            sheet::read_with(&grid, &names, &options.layouts)
        });
        let (current, header_first) = match recognized {
            (Ok(layout), saved) => {
                let name = saved.unwrap_or_else(|| format!("{stem}「{sheet}」"));
                let first = layout.header.first;
                let mut current = SavedLayout::from_layout(&name, &layout);
                if let Some(used) = options.layouts.iter().find(|l| l.name == name) {
                    current = used.clone();
                }
                (Some(current), first)
            }
            (Err(_), _) => {
                let first = find_header(&grid).map_or_else(
                    || {
                        (0..shown)
                            .find(|&r| !grid.row_texts(r).is_empty())
                            .unwrap_or(0)
                    },
                    |h| h.first,
                );
                (None, first)
            }
        };
        Ok(SheetSample {
            file: path.to_string_lossy().to_string(),
            sheet: sheet.to_string(),
            cells: (0..shown)
                .map(|r| {
                    (0..grid.width)
                        .map(|c| grid.value(r, c).display())
                        .collect()
                })
                .collect(),
            merges,
            column_letters: (0..grid.width).map(|c| grid.column_letter(c)).collect(),
            excel_rows: (0..shown).map(|r| grid.excel_row(r)).collect(),
            current,
            header_first,
            file_name,
            visible,
            unit: options.unit.clone(),
            today: options
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
            catalogue: options.catalogue.clone(),
            grid,
        })
    }

    /// How many columns the sheet has.
    pub fn width(&self) -> usize {
        self.grid.width
    }

    /// Each column's header label (group and leaf joined with "/") when the header spans
    /// `rows` rows from grid row `first`: the fingerprint a layout of that header carries.
    pub fn header_labels(&self, first: usize, rows: usize) -> Vec<String> {
        if rows == 0 || first + rows > self.grid.height() {
            return vec![String::new(); self.grid.width];
        }
        let header = header_at(&self.grid, first, first + rows - 1);
        (0..self.grid.width).map(|c| header.label(c)).collect()
    }

    /// What the whole sheet gives when read with `layout`, as an import would read it (with
    /// the catalogue the sheet was read with).
    pub fn preview(&self, layout: &SavedLayout) -> Result<Preview, PreviewError> {
        layout.check().map_err(PreviewError::Refused)?;
        let layouts = [layout.clone()];
        let env = SheetEnv {
            file: self.file.as_str().into(),
            file_name: &self.file_name,
            fallback_unit: self.unit.as_ref(),
            today: self.today,
            layouts: &layouts,
        };
        let imported = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            synonyms::with_catalogue(&self.catalogue, || {
                sheet::import_grid(self.grid.clone(), &self.sheet, self.visible, &env)
            })
        }))
        .map_err(|_| PreviewError::NoMatch)?;
        if imported.report.layout.is_none() {
            return Err(PreviewError::NoMatch);
        }
        let report = imported.report;
        let rows = self
            .excel_rows
            .iter()
            .map(|row| {
                report
                    .skipped
                    .binary_search_by_key(row, |s| s.row)
                    .map_or(RowClass::Data, |i| RowClass::Skip(report.skipped[i].reason))
            })
            .collect();
        let project_count = imported.projects.len();
        let mut projects = imported.projects;
        projects.truncate(PREVIEW_PROJECTS);
        Ok(Preview {
            rows,
            facts: imported.facts,
            projects,
            project_count,
            report,
        })
    }
}

impl Preview {
    /// The problems of the sheet read.
    pub fn problems(&self) -> &[Problem] {
        &self.report.problems
    }
}
