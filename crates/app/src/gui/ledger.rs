//! The project ledger as the 项目台账 tab shows it: a filter, a sort order, and the list of
//! matching rows, computed when either changes (never per frame); for a big ledger on a
//! thread of its own, so the window keeps drawing while it sorts.

use crate::gui::task::Task;
use planboard_model::{Dataset, Project, Stage, UnitName};
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Projects from which on a new filter or sort order is worked out off the window's thread
/// (below it the answer takes well under a frame).
const BACKGROUND_PROJECTS: usize = 20_000;

/// Which projects to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LedgerFilter {
    /// One unit, or all.
    pub unit: Option<UnitName>,
    /// One industry, or all.
    pub industry: Option<String>,
    /// One stage (as the board shows it), or all.
    pub stage: Option<Stage>,
    /// Signed in this year, or any.
    pub year: Option<i32>,
    /// Text the name, unit, industry or responsible person contains.
    pub text: String,
}

/// A column the ledger can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LedgerColumn {
    /// 项目名称.
    Name,
    /// 单位.
    Unit,
    /// 产业类别.
    Industry,
    /// 签约日期.
    SignedOn,
    /// 计划总投资.
    Investment,
    /// 外资.
    Foreign,
    /// 项目进度.
    Stage,
    /// File, sheet and row.
    Source,
}

impl LedgerColumn {
    /// Every column, left to right.
    pub const ALL: [LedgerColumn; 8] = [
        LedgerColumn::Name,
        LedgerColumn::Unit,
        LedgerColumn::Industry,
        LedgerColumn::SignedOn,
        LedgerColumn::Investment,
        LedgerColumn::Foreign,
        LedgerColumn::Stage,
        LedgerColumn::Source,
    ];
}

/// The sort order: a column and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LedgerSort {
    /// The column.
    pub column: LedgerColumn,
    /// Ascending (else descending).
    pub ascending: bool,
}

/// The ledger's filter, sort order, matching rows and the choices its filters offer.
#[derive(Debug, Default)]
pub struct LedgerView {
    /// The filter in force.
    pub filter: LedgerFilter,
    /// The sort order; `None` keeps the import order.
    pub sort: Option<LedgerSort>,
    /// Indexes into `Dataset::projects` of the rows shown, in order.
    pub rows: Vec<usize>,
    /// Industries found in the ledger, sorted.
    pub industries: Vec<String>,
    /// Years projects were signed in, ascending.
    pub years: Vec<i32>,
    /// Per project, the text the search box looks in: name, unit, industry and responsible
    /// person, compacted and lowercase (built when the data changes, so a search allocates
    /// nothing per row); shared with a sort running on its thread.
    search_keys: Arc<Vec<String>>,
    /// The rows being worked out on their own thread; a newer request replaces it.
    job: Option<Task<Vec<usize>>>,
}

impl LedgerView {
    /// Rebuilds the choices and the rows after the data changed.
    pub fn refresh_data(&mut self, dataset: &Dataset) {
        let projects = dataset.projects();
        self.industries = projects
            .iter()
            .filter_map(|p| p.industry.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        self.years = projects
            .iter()
            .filter_map(|p| p.signed_month().map(|(y, _)| y))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        self.search_keys = Arc::new(projects.iter().map(search_key).collect());
        // Rows worked out for the data before are no rows of this one.
        self.job = None;
        self.rows = matching_rows(dataset, &self.search_keys, &self.filter, self.sort);
    }

    /// Works out the rows shown from the filter and sort order: at once for a small ledger,
    /// on a thread of its own for a big one (the rows shown until then stay; `ctx` is asked
    /// to repaint when they are ready, see [`LedgerView::poll`]).
    pub fn refresh_rows(&mut self, dataset: &Arc<Dataset>, ctx: &egui::Context) {
        if dataset.projects().len() < BACKGROUND_PROJECTS {
            self.job = None;
            self.rows = matching_rows(dataset, &self.search_keys, &self.filter, self.sort);
            return;
        }
        let (shared, keys) = (Arc::clone(dataset), Arc::clone(&self.search_keys));
        let (filter, sort) = (self.filter.clone(), self.sort);
        let spawned = Task::spawn("planboard-ledger-sort", ctx, move || {
            matching_rows(&shared, &keys, &filter, sort)
        });
        match spawned {
            Ok(task) => self.job = Some(task),
            // No thread to be had: the window waits this once.
            Err(_) => {
                self.job = None;
                self.rows = matching_rows(dataset, &self.search_keys, &self.filter, self.sort);
            }
        }
    }

    /// Takes the rows of a finished background sort (a sort whose thread died leaves the
    /// rows shown as they are).
    pub fn poll(&mut self) {
        if let Some(Ok(rows)) = self.job.as_mut().and_then(Task::poll) {
            self.rows = rows;
        }
    }

    /// Whether rows are being worked out in the background.
    pub fn is_sorting(&self) -> bool {
        self.job.as_ref().is_some_and(Task::is_running)
    }

    /// The sort order after a click on `column`'s header: ascending first, then descending.
    pub fn next_sort(&self, column: LedgerColumn) -> LedgerSort {
        match self.sort {
            Some(sort) if sort.column == column => LedgerSort {
                column,
                ascending: !sort.ascending,
            },
            _ => LedgerSort {
                column,
                ascending: true,
            },
        }
    }
}

/// The projects matching `filter` (their search texts in `keys`), in `sort` order.
fn matching_rows(
    dataset: &Dataset,
    keys: &[String],
    filter: &LedgerFilter,
    sort: Option<LedgerSort>,
) -> Vec<usize> {
    let projects = dataset.projects();
    let needle = planboard_model::text::compact(&filter.text).to_lowercase();
    let mut rows: Vec<usize> = projects
        .iter()
        .enumerate()
        .filter(|&(i, p)| {
            matches(filter, p)
                && (needle.is_empty() || keys.get(i).is_some_and(|k| k.contains(&needle)))
        })
        .map(|(i, _)| i)
        .collect();
    if let Some(sort) = sort {
        rows.sort_by(|&a, &b| {
            let order = compare(sort.column, &projects[a], &projects[b]);
            if sort.ascending {
                order
            } else {
                order.reverse()
            }
        });
    }
    rows
}

/// The text a search looks in, one line per field so no match spans two fields.
fn search_key(project: &Project) -> String {
    let fields = [
        Some(project.name.as_str()),
        Some(project.unit.as_str()),
        project.industry.as_deref(),
        project.responsible.as_deref(),
    ];
    let mut key = String::new();
    for field in fields.into_iter().flatten() {
        key.push_str(&planboard_model::text::compact(field).to_lowercase());
        key.push('\n');
    }
    key
}

/// Whether `project` passes the choices of `filter` (the text is matched apart).
fn matches(filter: &LedgerFilter, project: &Project) -> bool {
    if filter.unit.as_ref().is_some_and(|u| *u != project.unit) {
        return false;
    }
    if filter
        .industry
        .as_ref()
        .is_some_and(|i| project.industry.as_ref() != Some(i))
    {
        return false;
    }
    if filter.stage.is_some_and(|s| project.board_stage() != s) {
        return false;
    }
    filter
        .year
        .is_none_or(|y| project.signed_month().map(|(year, _)| year) == Some(y))
}

/// Compares two projects by one column.
fn compare(column: LedgerColumn, a: &Project, b: &Project) -> Ordering {
    match column {
        LedgerColumn::Name => a.name.cmp(&b.name),
        LedgerColumn::Unit => a.unit.cmp(&b.unit),
        LedgerColumn::Industry => a.industry.cmp(&b.industry),
        LedgerColumn::SignedOn => a.signed_on.cmp(&b.signed_on),
        LedgerColumn::Investment => a.planned_investment.cmp(&b.planned_investment),
        LedgerColumn::Foreign => a.foreign.cmp(&b.foreign),
        LedgerColumn::Stage => a.board_stage().cmp(&b.board_stage()),
        LedgerColumn::Source => a.source.cmp(&b.source),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use planboard_model::{Decimal, NaiveDate, Provenance};

    fn project(name: &str, unit: &str, year: i32, amount: i64) -> Project {
        Project {
            name: name.into(),
            unit: UnitName::new(unit).unwrap(),
            industry: Some("电子信息".into()),
            signed_on: NaiveDate::from_ymd_opt(year, 3, 1),
            planned_investment: Some(Decimal::from(amount)),
            foreign: Some(false),
            enterprise_type: None,
            stage: None,
            responsible: None,
            source: Provenance::row("a.xlsx", "Sheet1", 3),
        }
    }

    #[test]
    fn filters_and_sorts() {
        let dataset = Dataset::from_parts(
            Vec::new(),
            vec![
                project("甲项目", "城东街道", 2020, 5),
                project("乙项目", "城西街道", 2021, 3),
                project("丙项目", "城东街道", 2021, 9),
            ],
        );
        let mut view = LedgerView::default();
        view.refresh_data(&dataset);
        assert_eq!(view.rows, [0, 1, 2]);
        assert_eq!(view.years, [2020, 2021]);
        view.filter.unit = UnitName::new("城东街道");
        view.sort = Some(LedgerSort {
            column: LedgerColumn::Investment,
            ascending: false,
        });
        let dataset = Arc::new(dataset);
        let ctx = egui::Context::default();
        view.refresh_rows(&dataset, &ctx);
        assert_eq!(view.rows, [2, 0]);
        view.filter = LedgerFilter {
            text: "乙".into(),
            ..LedgerFilter::default()
        };
        view.refresh_rows(&dataset, &ctx);
        assert_eq!(view.rows, [1]);
        assert!(view.next_sort(LedgerColumn::Investment).ascending);
    }

    #[test]
    fn a_big_ledger_is_sorted_off_the_window_thread() {
        let projects: Vec<Project> = (0..BACKGROUND_PROJECTS as i64 + 10)
            .map(|i| project("项目", "城东街道", 2021, (i * 7919) % 10_007))
            .collect();
        let dataset = Arc::new(Dataset::from_parts(Vec::new(), projects));
        let mut view = LedgerView::default();
        view.refresh_data(&dataset);
        view.sort = Some(LedgerSort {
            column: LedgerColumn::Investment,
            ascending: true,
        });
        view.refresh_rows(&dataset, &egui::Context::default());
        assert!(view.is_sorting());
        let before = view.rows.clone();
        for _ in 0..1000 {
            view.poll();
            if !view.is_sorting() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(!view.is_sorting());
        assert_ne!(view.rows, before);
        let amounts: Vec<_> = view
            .rows
            .iter()
            .map(|&i| dataset.projects()[i].planned_investment)
            .collect();
        assert!(amounts.windows(2).all(|w| w[0] <= w[1]));
    }
}
