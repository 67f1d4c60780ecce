//! The dataset: every imported fact and project, with the indexes queries need.

use crate::{
    Catalogue, Fact, FactKey, Indicator, Obtained, Project, SourceFile, SourceKind, UnitName,
};
use chrono::Datelike;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What one file contributed: the unit of import and of replacement.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    /// The file.
    pub source: Option<SourceFile>,
    /// Targets and reported actuals read from it.
    pub facts: Vec<Fact>,
    /// Ledger projects read from it.
    pub projects: Vec<Project>,
}

/// What adding a batch changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeOutcome {
    /// The batch was the same file with the same content: nothing changed.
    pub unchanged: bool,
    /// Earlier files whose data the batch replaced.
    pub replaced_files: Vec<String>,
    /// Facts and projects removed with them.
    pub removed: usize,
    /// Projects of other files that the batch's projects superseded (same unit, name and
    /// signing year).
    pub superseded_projects: usize,
    /// Facts and projects added.
    pub added: usize,
}

/// The ledger indicators' sums over the projects signed in one unit and month.
pub(crate) type LedgerMonth = HashMap<Indicator, Decimal>;

/// What makes two ledger rows the same project: unit, name and signing year.
type ProjectKey = (UnitName, String, Option<i32>);

fn project_key(p: &Project) -> ProjectKey {
    (
        p.unit.clone(),
        crate::text::compact(&p.name),
        p.signed_on.map(|d| d.year()),
    )
}

/// Indexes rebuilt whenever the data changes.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    /// The latest fact for each key (later imports win).
    pub facts: HashMap<FactKey, usize>,
    /// Ledger indicators' sums by (unit, year, month).
    pub ledger: BTreeMap<(UnitName, i32, u32), LedgerMonth>,
    /// Units that sent a ledger: their ledger indicators are derived, zero when empty.
    pub ledger_units: BTreeSet<UnitName>,
    /// Units in order of first appearance.
    pub units: Vec<UnitName>,
    /// Years with any data.
    pub years: BTreeSet<i32>,
    /// Units that are parts of another row (其中：我区单独): never added into a units' sum.
    pub parts: BTreeSet<UnitName>,
}

/// Every fact and project imported so far. Data changes only through [`Dataset::add`] and
/// [`Dataset::remove_file`], which keep the indexes current.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(from = "DatasetParts")]
pub struct Dataset {
    sources: Vec<SourceFile>,
    facts: Vec<Fact>,
    projects: Vec<Project>,
    #[serde(default)]
    catalogue: Catalogue,
    #[serde(skip)]
    pub(crate) index: Index,
}

/// The stored form of a dataset (its indexes are rebuilt on load).
#[derive(Deserialize)]
struct DatasetParts {
    #[serde(default)]
    sources: Vec<SourceFile>,
    #[serde(default)]
    facts: Vec<Fact>,
    #[serde(default)]
    projects: Vec<Project>,
    #[serde(default)]
    catalogue: Catalogue,
}

impl From<DatasetParts> for Dataset {
    fn from(parts: DatasetParts) -> Self {
        let mut dataset = Dataset {
            sources: parts.sources,
            facts: parts.facts,
            projects: parts.projects,
            catalogue: parts.catalogue,
            index: Index::default(),
        };
        dataset.reindex();
        dataset
    }
}

impl Dataset {
    /// An empty dataset.
    pub fn new() -> Self {
        Self::default()
    }

    /// A dataset made of loose facts and projects (tests, demos): one batch with no file.
    pub fn from_parts(facts: Vec<Fact>, projects: Vec<Project>) -> Self {
        let mut dataset = Self::new();
        dataset.add(Batch {
            source: None,
            facts,
            projects,
        });
        dataset
    }

    /// Whether nothing has been imported.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.projects.is_empty()
    }

    /// The imported files, in import order.
    pub fn sources(&self) -> &[SourceFile] {
        &self.sources
    }

    /// All facts, in import order.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// All ledger projects, in import order.
    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    /// The indicator catalogue: what each indicator is and how its actual is obtained.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Replaces the catalogue; ledger figures are derived again by its rules.
    pub fn set_catalogue(&mut self, catalogue: Catalogue) {
        self.catalogue = catalogue;
        self.reindex();
    }

    /// Units in order of first appearance.
    pub fn units(&self) -> &[UnitName] {
        &self.index.units
    }

    /// Years that have any data, ascending.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.index.years.iter().copied()
    }

    /// Adds what one file said. An earlier version of the same file (same path, or same kinds,
    /// units and years) is removed first, so nothing is counted twice; the same content
    /// imported again changes nothing.
    pub fn add(&mut self, batch: Batch) -> MergeOutcome {
        let mut outcome = MergeOutcome::default();
        if let Some(source) = &batch.source {
            if self
                .sources
                .iter()
                .any(|s| s.path == source.path && s.fingerprint == source.fingerprint)
            {
                outcome.unchanged = true;
                return outcome;
            }
            let replaced: Vec<String> = self
                .sources
                .iter()
                .filter(|s| s.is_replaced_by(source))
                .map(|s| s.path.clone())
                .collect();
            for path in &replaced {
                outcome.removed += self.remove_data_of(path);
            }
            self.sources.retain(|s| !replaced.contains(&s.path));
            outcome.replaced_files = replaced;
        }
        if !batch.projects.is_empty() {
            let incoming: HashSet<ProjectKey> = batch.projects.iter().map(project_key).collect();
            let before = self.projects.len();
            self.projects
                .retain(|p| !incoming.contains(&project_key(p)));
            outcome.superseded_projects = before - self.projects.len();
        }
        outcome.added = batch.facts.len() + batch.projects.len();
        self.facts.extend(batch.facts);
        self.projects.extend(batch.projects);
        if let Some(source) = batch.source {
            self.sources.push(source);
        }
        self.reindex();
        outcome
    }

    /// The data as batches, one per imported file (plus one for data of no file), so that
    /// another dataset can take them in with [`Dataset::add`].
    pub fn batches(&self) -> Vec<Batch> {
        let mut batches: Vec<Batch> = self
            .sources
            .iter()
            .map(|s| Batch {
                source: Some(s.clone()),
                ..Batch::default()
            })
            .collect();
        let position: HashMap<&str, usize> = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.path.as_str(), i))
            .collect();
        let mut loose = Batch::default();
        for fact in &self.facts {
            match position.get(&*fact.source.file) {
                Some(&i) => batches[i].facts.push(fact.clone()),
                None => loose.facts.push(fact.clone()),
            }
        }
        for project in &self.projects {
            match position.get(&*project.source.file) {
                Some(&i) => batches[i].projects.push(project.clone()),
                None => loose.projects.push(project.clone()),
            }
        }
        if !loose.facts.is_empty() || !loose.projects.is_empty() {
            batches.push(loose);
        }
        batches
    }

    /// Removes a file and everything read from it (undo of an import). Returns whether the
    /// file was known.
    pub fn remove_file(&mut self, path: &str) -> bool {
        let known = self.sources.iter().any(|s| s.path == path);
        self.remove_data_of(path);
        self.sources.retain(|s| s.path != path);
        self.reindex();
        known
    }

    fn remove_data_of(&mut self, path: &str) -> usize {
        let before = self.facts.len() + self.projects.len();
        self.facts.retain(|f| &*f.source.file != path);
        self.projects.retain(|p| &*p.source.file != path);
        before - self.facts.len() - self.projects.len()
    }

    fn reindex(&mut self) {
        let mut index = Index::default();
        let mut seen_units = BTreeSet::new();
        let mut note_unit = |unit: &UnitName, units: &mut Vec<UnitName>| {
            if seen_units.insert(unit.clone()) {
                units.push(unit.clone());
            }
        };
        for (i, fact) in self.facts.iter().enumerate() {
            index.facts.insert(fact.key.clone(), i);
            if let Some(unit) = fact.key.scope.unit() {
                note_unit(unit, &mut index.units);
            }
            if !matches!(fact.key.span, crate::Span::Plan(_)) {
                index.years.insert(fact.key.span.year());
            }
        }
        let rules: Vec<_> = self
            .catalogue
            .defs()
            .iter()
            .filter_map(|d| match &d.from {
                Obtained::Ledger(rule) => Some((d.key, rule)),
                _ => None,
            })
            .collect();
        for project in &self.projects {
            note_unit(&project.unit, &mut index.units);
            index.ledger_units.insert(project.unit.clone());
            if let Some(date) = project.signed_date() {
                index.years.insert(date.year());
                let month = index
                    .ledger
                    .entry((project.unit.clone(), date.year(), date.month()))
                    .or_default();
                for (indicator, rule) in &rules {
                    *month.entry(*indicator).or_default() += rule.value(project);
                }
            }
        }
        for source in &self.sources {
            index.years.extend(source.years.iter().copied());
            index.parts.extend(source.parts.iter().cloned());
            if source.kinds.contains(&SourceKind::Ledger) {
                for unit in &source.units {
                    note_unit(unit, &mut index.units);
                    index.ledger_units.insert(unit.clone());
                }
            }
        }
        self.index = index;
    }
}
