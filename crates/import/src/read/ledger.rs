//! Project ledgers (项目台账): one row per project. A row with an invalid cell is rejected with
//! a problem naming the cell; it never reaches the sums.

use super::{Parsed, Table};
use crate::layout::{ColumnRole, LayoutKind, RowClass};
use crate::periods::MoneyUnit;
use crate::problem_kind::ProblemKind;
use crate::report::{Problem, Severity, SkipReason};
use crate::synonyms::LedgerField;
use crate::unit::{unit_of_cell, ScopeHint};
use crate::values::{
    date_in_year, is_month_only, parse_date, parse_money, parse_stage, parse_yes_no, Value,
    ValueError,
};
use chrono::Datelike;
use planboard_model::{Project, Stage, UnitName};
use std::cell::RefCell;
use std::collections::HashMap;

/// Reads the projects of a ledger table.
pub fn parse(table: &mut Table<'_>) -> Parsed {
    let layout = table.layout;
    let mut parsed = Parsed::default();
    let columns = Columns(
        layout
            .columns
            .iter()
            .enumerate()
            .filter_map(|(c, role)| match role {
                ColumnRole::Ledger(field) => Some((*field, c)),
                _ => None,
            })
            .collect(),
    );
    let money = match layout.kind {
        LayoutKind::Ledger { money } => money,
        _ => MoneyUnit::Wan,
    };
    let sheet_unit = match &layout.scope {
        Some(ScopeHint::Unit(u)) => Some(u.clone()),
        _ => None,
    };
    let mut warned_no_unit = false;
    // Sized once: a growing vector of large ledgers would be copied again and again.
    parsed
        .projects
        .reserve(layout.rows.iter().filter(|c| **c == RowClass::Data).count());
    let mut context = RowContext {
        columns: &columns,
        money,
        sheet_unit: sheet_unit.as_ref(),
        section_unit: None,
        units: Memo::new(),
        stages: Memo::new(),
    };
    let mut sections = layout.sections.iter().peekable();
    for (r, class) in layout.rows.iter().enumerate() {
        // 一、城东街道: the unit of the projects below, up to the next such row.
        while let Some(section) = sections.next_if(|s| s.row <= r) {
            context.section_unit = section.unit.as_ref();
        }
        if *class != RowClass::Data {
            continue;
        }
        read_row(table, r, &context, &mut warned_no_unit, &mut parsed);
        // Nothing reads a data row twice: let go of it (a ledger is never held twice).
        table.grid.release_row(r);
    }
    if parsed.units.is_empty() {
        if let Some(u) = sheet_unit {
            parsed.units.insert(u);
        }
    }
    parsed
}

/// Which column holds each field: a handful, looked up several times a row, so a list.
struct Columns(Vec<(LedgerField, usize)>);

impl Columns {
    fn get(&self, field: &LedgerField) -> Option<&usize> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, c)| c)
    }
}

/// What every row of a ledger shares.
struct RowContext<'c> {
    columns: &'c Columns,
    money: MoneyUnit,
    sheet_unit: Option<&'c UnitName>,
    /// The unit of the section the row is in, when sections name units.
    section_unit: Option<&'c UnitName>,
    /// The units the unit column's texts name, as read so far (a ledger repeats a few).
    units: Memo<Option<UnitName>>,
    /// The stages the stage column's texts name, as read so far.
    stages: Memo<Option<Stage>>,
}

/// What a column's texts were read as, remembered: a ledger repeats a few texts in its unit
/// and stage columns over thousands of rows.
struct Memo<T> {
    seen: RefCell<HashMap<String, T>>,
}

impl<T: Clone> Memo<T> {
    /// Most distinct texts remembered.
    const MAX_REMEMBERED: usize = 1024;

    fn new() -> Self {
        Self {
            seen: RefCell::default(),
        }
    }

    /// `read(text)`, remembered.
    fn get(&self, text: &str, read: impl FnOnce(&str) -> T) -> T {
        if let Some(value) = self.seen.borrow().get(text) {
            return value.clone();
        }
        let value = read(text);
        let mut seen = self.seen.borrow_mut();
        if seen.len() < Self::MAX_REMEMBERED {
            seen.insert(text.to_string(), value.clone());
        }
        value
    }
}

/// Reads one data row: a project, or a skip, or a rejection with its problems.
fn read_row(
    table: &mut Table<'_>,
    r: usize,
    context: &RowContext<'_>,
    warned_no_unit: &mut bool,
    parsed: &mut Parsed,
) {
    let columns = context.columns;
    let get = |f: LedgerField| columns.get(&f).map(|&c| (c, table.grid.value(r, c)));
    let text = |f: LedgerField| {
        get(f)
            .map(|(_, v)| v)
            .filter(|v| !v.is_nothing())
            .map(Value::display)
    };
    // A row with nothing but a sequence number is a blank template row.
    let meaningful = (0..table.grid.width).any(|c| {
        Some(&c) != columns.get(&LedgerField::Seq) && !table.grid.value(r, c).is_nothing()
    });
    if !meaningful {
        parsed.skip(table, r, SkipReason::Blank);
        return;
    }
    let unit = get(LedgerField::Unit)
        .and_then(|(_, v)| v.text().and_then(|t| context.units.get(t, unit_of_cell)))
        .or_else(|| context.section_unit.or(context.sheet_unit).cloned());
    let Some(unit) = unit else {
        if !*warned_no_unit {
            parsed.problems.push(table.row_problem(
                Severity::Warning,
                r,
                ProblemKind::LedgerUnitUnknown,
            ));
            *warned_no_unit = true;
        }
        parsed.needs_unit = true;
        parsed.skip(table, r, SkipReason::Unresolved);
        return;
    };
    let mut problems: Vec<Problem> = Vec::new();
    let bad = |col: usize, e: ValueError, problems: &mut Vec<Problem>| {
        problems.push(table.cell_problem(
            Severity::Error,
            r,
            col,
            ProblemKind::BadValue { error: e },
        ));
    };
    let stage_text = text(LedgerField::Stage);
    let mut stage = stage_text
        .as_deref()
        .and_then(|t| context.stages.get(t, parse_stage));
    if let (Some(t), None, Some((c, _))) = (&stage_text, stage, get(LedgerField::Stage)) {
        parsed.problems.push(table.cell_problem(
            Severity::Warning,
            r,
            c,
            ProblemKind::UnknownStage { text: t.clone() },
        ));
    }
    let signed_on = match get(LedgerField::SignedOn) {
        Some((c, v)) => match parse_date(v, table.today) {
            Ok(d) => {
                if v.text().is_some_and(is_month_only) {
                    parsed.problems.push(table.cell_problem(
                        Severity::Warning,
                        r,
                        c,
                        ProblemKind::MonthOnlyDate,
                    ));
                }
                d
            }
            // An expected signing date of a project still under negotiation.
            Err(ValueError::FutureDate) if stage == Some(Stage::Negotiating) => None,
            // "在谈" where the date would be: the project has no date yet, it is negotiating.
            Err(_)
                if v.text().and_then(|t| context.stages.get(t, parse_stage))
                    == Some(Stage::Negotiating) =>
            {
                stage = stage.or(Some(Stage::Negotiating));
                None
            }
            Err(e) => {
                // 3月15日 in a ledger whose title or sheet names the year.
                let dated = table
                    .layout
                    .year
                    .zip(v.text())
                    .and_then(|(year, t)| date_in_year(t, year))
                    .filter(|d| *d <= table.today);
                if dated.is_none() {
                    bad(c, e, &mut problems);
                }
                dated
            }
        },
        None => None,
    };
    let planned = match get(LedgerField::Investment) {
        Some((c, v)) => match parse_money(v, context.money) {
            Ok(d) => d,
            Err(e) => {
                bad(c, e, &mut problems);
                None
            }
        },
        None => None,
    };
    let foreign = match get(LedgerField::Foreign) {
        Some((c, v)) => parse_yes_no(v).unwrap_or_else(|e| {
            bad(c, e, &mut problems);
            None
        }),
        None => None,
    };
    // Whether the row names its project (the name itself is taken out of the row at the end).
    let name = get(LedgerField::Name)
        .filter(|(_, v)| !v.is_nothing())
        .map(|_| ());
    // Numbers without any label or date under the projects: a total nobody labelled.
    let only_numbers = (0..table.grid.width).all(|c| {
        matches!(
            table.grid.value(r, c),
            Value::Number(_) | Value::Empty | Value::Uncached(_)
        )
    });
    if name.is_none() && signed_on.is_none() && problems.is_empty() && only_numbers {
        parsed.problems.push(table.row_problem(
            Severity::Warning,
            r,
            ProblemKind::NumbersWithoutName,
        ));
        parsed.skip(table, r, SkipReason::Total);
        return;
    }
    let negotiating = stage == Some(Stage::Negotiating);
    if !negotiating && problems.is_empty() {
        let is_signed = signed_on.is_some() || stage.is_some_and(Stage::is_signed);
        if is_signed {
            if name.is_none() {
                let col = columns.get(&LedgerField::Name).copied().unwrap_or(0);
                problems.push(table.cell_problem(
                    Severity::Error,
                    r,
                    col,
                    ProblemKind::SignedWithoutName,
                ));
            }
            if planned.is_none() {
                let col = columns.get(&LedgerField::Investment).copied().unwrap_or(0);
                problems.push(table.cell_problem(
                    Severity::Error,
                    r,
                    col,
                    ProblemKind::SignedWithoutInvestment,
                ));
            }
            if signed_on.is_none() {
                let col = columns.get(&LedgerField::SignedOn).copied().unwrap_or(0);
                problems.push(table.cell_problem(
                    Severity::Error,
                    r,
                    col,
                    ProblemKind::SignedWithoutDate,
                ));
            }
        }
    }
    if name.is_none() && problems.is_empty() {
        let col = columns.get(&LedgerField::Name).copied().unwrap_or(0);
        problems.push(table.cell_problem(Severity::Error, r, col, ProblemKind::NoName));
    }
    if !problems.is_empty() {
        parsed.rejected += 1;
        parsed.problems.extend(problems);
        return;
    }
    if name.is_none() {
        return;
    }
    if let Some(d) = signed_on.filter(|_| !negotiating) {
        parsed.years.insert(d.year());
    }
    parsed.units.insert(unit.clone());
    parsed.imported += 1;
    let source = table.place(r);
    // The row is let go of once read: its texts are moved into the project, not copied.
    let mut take = |f: LedgerField| {
        let value = columns.get(&f).map(|&c| table.grid.take(r, c))?;
        match value {
            v if v.is_nothing() => None,
            Value::Text(t) => Some(t.into_string()),
            v => Some(v.display()),
        }
    };
    parsed.projects.push(Project {
        name: take(LedgerField::Name).unwrap_or_default(),
        unit,
        industry: take(LedgerField::Industry),
        signed_on,
        planned_investment: planned,
        foreign,
        enterprise_type: take(LedgerField::EnterpriseType),
        stage,
        responsible: take(LedgerField::Responsible),
        source,
    });
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::open::{Cells, RawSheet};
    use crate::report::{Severity, SkipReason};
    use crate::sheet::{import_sheet, SheetEnv};
    use calamine::{Data, Range};
    use planboard_model::NaiveDate;

    /// A large ledger, every 997th row with a bad date.
    fn big_ledger(sheet: &str, rows: u32) -> RawSheet {
        let headers = [
            "序号",
            "项目名称",
            "签约日期",
            "计划总投资（万元）",
            "项目进度",
        ];
        let mut range = Range::new((0, 0), (rows, headers.len() as u32 - 1));
        for (c, h) in headers.iter().enumerate() {
            range.set_value((0, c as u32), Data::String((*h).into()));
        }
        for r in 1..=rows {
            range.set_value((r, 0), Data::Int(i64::from(r)));
            range.set_value((r, 1), Data::String(format!("项目{r}")));
            let date = if r % 997 == 0 {
                "2023-02-30"
            } else {
                "2023-05-08"
            };
            range.set_value((r, 2), Data::String(date.into()));
            range.set_value((r, 3), Data::Float(12_500.0));
            range.set_value((r, 4), Data::String("已签约".into()));
        }
        RawSheet {
            name: sheet.into(),
            visible: true,
            cells: Cells::from_range(range),
            merges: Vec::new(),
            uncached_formulas: Vec::new(),
        }
    }

    fn env() -> SheetEnv<'static> {
        SheetEnv {
            file: "台账.xlsx".into(),
            file_name: "台账.xlsx",
            fallback_unit: None,
            today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            layouts: &[],
        }
    }

    #[test]
    fn a_large_ledger_keeps_row_order() {
        let rows = 40_000;
        let out = import_sheet(big_ledger("城东街道", rows), &env());
        let bad = rows / 997;
        assert_eq!(out.report.rows_rejected, bad);
        assert_eq!(out.report.rows_imported, rows - bad);
        assert_eq!(out.projects.len() as u32, rows - bad);
        let project_rows: Vec<u32> = out.projects.iter().map(|p| p.source.row).collect();
        assert!(project_rows.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(out.projects[0].name, "项目1");
        let problem_rows: Vec<u32> = out.report.problems.iter().map(|p| p.place.row).collect();
        assert_eq!(problem_rows.len() as u32, bad);
        assert!(problem_rows.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(problem_rows[0], 998);
    }

    #[test]
    fn a_large_ledger_without_a_unit_warns_once() {
        let rows = 20_000;
        let out = import_sheet(big_ledger("Sheet1", rows), &env());
        let warnings: Vec<_> = out
            .report
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .collect();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].place.row, 2);
        assert!(out.needs_unit);
        let unresolved = out
            .report
            .skipped
            .iter()
            .filter(|s| s.reason == SkipReason::Unresolved)
            .count();
        assert_eq!(unresolved as u32, rows);
    }
}
