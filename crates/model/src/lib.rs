//! The domain of planboard (招商目标看板): plan periods, indicators, units, facts with their
//! provenance, ledger projects, and the queries the bureau asks of them — completion rates,
//! 序时进度, 同比 and rankings. It knows no GUI and no spreadsheet format.

mod dataset;
mod district;
mod fact;
pub mod format;
mod indicator;
pub mod narrative;
mod period;
mod project;
mod provenance;
mod query;
mod shown;
mod source;
mod span;
mod summary;
pub mod text;
mod unit;

pub use dataset::{Batch, Dataset, MergeOutcome};
pub use district::{span_key, DistrictBasis, DistrictConflict};
pub use fact::{Fact, FactKey, FactKind};
pub use indicator::{
    Catalogue, CatalogueError, Indicator, IndicatorDef, LedgerRule, Measure, MeasureUnit, Obtained,
    Source, CATALOGUE_FORMAT, CATALOGUE_VERSION,
};
pub use period::{chinese_numeral, parse_chinese_numeral, PlanPeriod};
pub use project::{Project, Stage, OVER_100M_YI, OVER_1B_YI};
pub use provenance::{column_letter, Provenance};
pub use query::{completion_rate, schedule_progress, Figure, RankBasis, Ranked, YearOnYear};
pub use shown::{running_month, Shown};
pub use source::{SourceFile, SourceKind};
pub use span::{Span, YearMonth};
pub use summary::{ConflictEntry, ConflictValue, MonthRow, Row, ScopeSummary, Summary};
pub use unit::{Scope, UnitName};

pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;
