//! The summary of a dataset in the shape of `planboard summary --json`: district and unit
//! figures per period, year and month.

use crate::{
    span_key, Dataset, DistrictBasis, DistrictConflict, FactKind, Indicator, Measure, Scope, Span,
    YearMonth,
};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::collections::BTreeMap;

/// The whole summary.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Summary {
    /// The as-of month (`YYYY-MM`), if the data has any month.
    pub as_of: Option<String>,
    /// The whole district.
    pub district: ScopeSummary,
    /// Each unit, by name.
    pub by_unit: BTreeMap<String, ScopeSummary>,
    /// Where each district target came from, by span key and indicator key: "district" (the
    /// district's own figure) or "units_sum" (no district figure exists).
    pub district_target_basis: BTreeMap<String, BTreeMap<&'static str, &'static str>>,
    /// The district's own figures that differ from the sum of the units'.
    pub conflicts: Vec<ConflictEntry>,
}

/// A district figure against the units' sum, as `summary --json` lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ConflictEntry {
    /// "全区".
    pub scope: String,
    /// The indicator's key.
    pub indicator: &'static str,
    /// The span's key ("2016", "十三五", "2026-10").
    pub span: String,
    /// "target" or "actual".
    pub field: FactKind,
    /// The district's figure, then the units' sum, each with where it stands.
    pub values: Vec<ConflictValue>,
}

/// One side of a conflict.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ConflictValue {
    /// The figure.
    pub value: f64,
    /// Where it stands: file「sheet」cell, or the units' cells.
    pub source: String,
}

impl ConflictEntry {
    fn of(c: &DistrictConflict) -> Self {
        let place = |p: &crate::Provenance| {
            let file = std::path::Path::new(&*p.file)
                .file_name()
                .map_or_else(|| p.file.to_string(), |n| n.to_string_lossy().to_string());
            format!(
                "{file}「{}」{}{}",
                p.sheet,
                p.column.as_deref().unwrap_or(""),
                p.row
            )
        };
        let units: Vec<String> = c.units.iter().map(place).collect();
        ConflictEntry {
            scope: "全区".into(),
            indicator: c.indicator.key(),
            span: span_key(c.span),
            field: c.field,
            values: vec![
                ConflictValue {
                    value: c.district.0.to_f64().unwrap_or(f64::NAN),
                    source: place(&c.district.1),
                },
                ConflictValue {
                    value: c.units_sum.to_f64().unwrap_or(f64::NAN),
                    source: format!("各单位之和：{}", units.join("、")),
                },
            ],
        }
    }
}

/// One scope's figures.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ScopeSummary {
    /// By plan period name (十三五 …): target and actual.
    pub periods: BTreeMap<String, Row>,
    /// By year ("2016" …): target and actual.
    pub years: BTreeMap<String, Row>,
    /// By month ("2026-10" …): that month's own actual.
    pub months: BTreeMap<String, MonthRow>,
}

/// Target and actual of every indicator.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<(Indicator, Option<Decimal>, Option<Decimal>)>);

/// The actual of every indicator.
#[derive(Debug, Clone)]
pub struct MonthRow(pub Vec<(Indicator, Option<Decimal>)>);

/// A value written as JSON: counts as integers, money as numbers, `null` for none.
struct Number(Indicator, Option<Decimal>);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (self.1, self.0.measure()) {
            (None, _) => s.serialize_none(),
            (Some(v), Measure::Count) => match v.to_i64() {
                Some(i) if Decimal::from(i) == v => s.serialize_i64(i),
                _ => s.serialize_f64(v.to_f64().unwrap_or(f64::NAN)),
            },
            (Some(v), Measure::Money | Measure::Ratio) => {
                s.serialize_f64(v.to_f64().unwrap_or(f64::NAN))
            }
        }
    }
}

struct TargetActual<'a>(Indicator, &'a Option<Decimal>, &'a Option<Decimal>);

impl Serialize for TargetActual<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("target", &Number(self.0, *self.1))?;
        map.serialize_entry("actual", &Number(self.0, *self.2))?;
        map.end()
    }
}

struct ActualOnly(Indicator, Option<Decimal>);

impl Serialize for ActualOnly {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("actual", &Number(self.0, self.1))?;
        map.end()
    }
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (indicator, target, actual) in &self.0 {
            map.serialize_entry(indicator.key(), &TargetActual(*indicator, target, actual))?;
        }
        map.end()
    }
}

impl Serialize for MonthRow {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (indicator, actual) in &self.0 {
            map.serialize_entry(indicator.key(), &ActualOnly(*indicator, *actual))?;
        }
        map.end()
    }
}

impl Summary {
    /// Summarizes `dataset`; months are those of the as-of year up to the as-of month
    /// (`as_of` defaults to the latest month in the data).
    pub fn of(dataset: &Dataset, as_of: Option<YearMonth>) -> Self {
        let as_of = as_of.or_else(|| dataset.latest_month());
        let by_unit = dataset
            .units()
            .iter()
            .map(|u| {
                (
                    u.to_string(),
                    ScopeSummary::of(dataset, &Scope::Unit(u.clone()), as_of),
                )
            })
            .collect();
        let spans = dataset
            .periods()
            .into_iter()
            .map(Span::Plan)
            .chain(dataset.years().map(Span::Year));
        let district_target_basis = spans
            .map(|span| {
                let row = dataset
                    .catalogue()
                    .visible()
                    .into_iter()
                    .filter_map(|i| match dataset.district_target_basis(i, span) {
                        DistrictBasis::Own => Some((i.key(), "district")),
                        DistrictBasis::UnitsSum => Some((i.key(), "units_sum")),
                        DistrictBasis::None => None,
                    })
                    .collect();
                (span_key(span), row)
            })
            .collect();
        Summary {
            as_of: as_of.map(|m| m.to_string()),
            district: ScopeSummary::of(dataset, &Scope::District, as_of),
            by_unit,
            district_target_basis,
            conflicts: dataset
                .district_conflicts()
                .iter()
                .map(ConflictEntry::of)
                .collect(),
        }
    }
}

impl ScopeSummary {
    /// One scope's figures.
    pub fn of(dataset: &Dataset, scope: &Scope, as_of: Option<YearMonth>) -> Self {
        let indicators = dataset.catalogue().visible();
        let row = |span: Span| {
            Row(indicators
                .iter()
                .map(|&i| {
                    let f = dataset.figure(scope, i, span);
                    (i, f.target, f.actual)
                })
                .collect())
        };
        let periods = dataset
            .periods()
            .into_iter()
            .map(|p| (p.name_zh(), row(Span::Plan(p))))
            .collect();
        let years = dataset
            .years()
            .map(|y| (y.to_string(), row(Span::Year(y))))
            .collect();
        let months = as_of
            .map(|as_of| {
                (1..=as_of.month)
                    .filter_map(|m| YearMonth::new(as_of.year, m))
                    .map(|ym| {
                        let span = Span::Month {
                            year: ym.year,
                            month: ym.month,
                        };
                        let row = indicators
                            .iter()
                            .map(|&i| (i, dataset.actual(scope, i, span)))
                            .collect();
                        (ym.to_string(), MonthRow(row))
                    })
                    .collect()
            })
            .unwrap_or_default();
        ScopeSummary {
            periods,
            years,
            months,
        }
    }
}
