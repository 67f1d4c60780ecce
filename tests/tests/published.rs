//! Published government tables keyed in as a clerk would (`../shared/published`): every
//! figure of a built-in indicator that the importer gives must be the published one, targets
//! only where they were published; the share read with no help is printed and may not fall.

use planboard_import::{import_file, ImportOptions};
use planboard_model::{Dataset, Decimal, Indicator, NaiveDate, Scope, Span, UnitName};
use serde_json::Value;
use std::path::Path;

/// The fewest figures that must be read exactly (the count when this test was written).
const AT_LEAST: usize = 59;

fn concept(name: &str) -> Option<Indicator> {
    Some(match name {
        "新签约项目数" => Indicator::SIGNED_PROJECTS,
        "超亿元项目" => Indicator::PROJECTS_OVER_100M,
        "10亿元以上项目" => Indicator::PROJECTS_OVER_1B,
        "计划总投资/协议投资" => Indicator::PLANNED_INVESTMENT,
        "实际到位资金" => Indicator::FUNDS_IN_PLACE,
        "外出招商次数" => Indicator::OUTBOUND_TRIPS,
        _ => return None,
    })
}

/// The scopes a record's unit may stand for: the unit itself; the whole for 全区 or the city
/// whose own report the sheet is.
fn scopes(unit: &str) -> Vec<Scope> {
    let mut out = Vec::new();
    if !unit.starts_with('全') {
        if let Some(u) = UnitName::new(unit) {
            out.push(Scope::Unit(u));
        }
    }
    if unit.starts_with('全') || unit.ends_with('市') {
        out.push(Scope::District);
    }
    out
}

fn number(v: &Value) -> Option<Decimal> {
    v.as_f64().and_then(|f| Decimal::try_from(f).ok())
}

#[derive(Default)]
struct Tally {
    exact: usize,
    missing: Vec<String>,
    wrong: Vec<String>,
}

impl Tally {
    fn check(&mut self, what: String, want: Decimal, got: Option<Decimal>) {
        match got {
            Some(g) if (g - want).abs() <= Decimal::new(1, 6) => self.exact += 1,
            Some(g) => self.wrong.push(format!("{what}: expected {want}, got {g}")),
            None => self.missing.push(what),
        }
    }
}

fn check_sheet(dataset: &Dataset, file: &str, sheet: &Value, records: &[Value], tally: &mut Tally) {
    let year = sheet["year"].as_i64().unwrap_or_default() as i32;
    let through = sheet["period"]["to_month"].as_u64().unwrap_or(12) as u32;
    let span = if through >= 12 {
        Span::Year(year)
    } else {
        Span::YearToDate { year, through }
    };
    for record in records {
        let Some(indicator) = record["app_concept"].as_str().and_then(concept) else {
            continue;
        };
        let unit = record["unit"].as_str().unwrap_or_default();
        let what = format!("{file} {} {unit} {}", span, indicator.key());
        let scopes = scopes(unit);
        let figure = |f: &dyn Fn(&Scope) -> Option<Decimal>| scopes.iter().find_map(f);
        if let Some(want) = number(&record["actual"]) {
            let got = figure(&|s| dataset.actual(s, indicator, span));
            tally.check(format!("{what} actual"), want, got);
        }
        let target = figure(&|s| dataset.target(s, indicator, Span::Year(year)));
        match (record["target_status"].as_str(), number(&record["target"])) {
            (Some("published"), Some(want)) => tally.check(format!("{what} target"), want, target),
            // A target that was never published is never invented.
            (_, _) => {
                if let Some(t) = target {
                    tally
                        .wrong
                        .push(format!("{what}: no target published, got {t}"));
                }
            }
        }
    }
}

#[test]
fn published_tables_give_their_figures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/published");
    let Ok(text) = std::fs::read_to_string(dir.join("expected.json")) else {
        eprintln!("no ../shared/published beside the repository; skipped");
        return;
    };
    let expected: Value = serde_json::from_str(&text).expect("expected.json is JSON");
    let options = ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    };
    let mut tally = Tally::default();
    for workbook in expected["workbooks"].as_array().into_iter().flatten() {
        let file = workbook["file"].as_str().unwrap_or_default();
        let import = import_file(&dir.join(file), &options);
        let mut dataset = Dataset::new();
        dataset.add(import.batch);
        match workbook["sheets"].as_array() {
            // Each sheet is its own period: one dataset per sheet's figures is enough, as the
            // spans differ.
            Some(sheets) => {
                for sheet in sheets {
                    let records = sheet["records"].as_array().map_or(&[][..], Vec::as_slice);
                    check_sheet(&dataset, file, sheet, records, &mut tally);
                }
            }
            None => {
                let records = workbook["records"]
                    .as_array()
                    .map_or(&[][..], Vec::as_slice);
                check_sheet(&dataset, file, workbook, records, &mut tally);
            }
        }
    }
    let total = tally.exact + tally.missing.len() + tally.wrong.len();
    eprintln!(
        "published figures read exactly: {} of {total}\nmissing:\n  {}",
        tally.exact,
        tally.missing.join("\n  ")
    );
    assert!(
        tally.wrong.is_empty(),
        "wrong figures:\n{}",
        tally.wrong.join("\n")
    );
    assert!(
        tally.exact >= AT_LEAST,
        "only {} of {total} published figures read",
        tally.exact
    );
}
