//! The exported summary workbook re-opens with calamine and holds the dataset's numbers.
#![allow(clippy::unwrap_used)]

use calamine::{Data, Reader, Xlsx};
use planboard_export::{summary_workbook, SummaryRequest};
use planboard_model::{
    Dataset, Decimal, Fact, FactKey, FactKind, Indicator, NaiveDate, PlanPeriod, Project,
    Provenance, Scope, Span, UnitName, YearMonth,
};
use std::io::Cursor;

fn dataset() -> Dataset {
    let units = ["城东街道", "高新区"];
    let mut projects = Vec::new();
    let mut facts = Vec::new();
    for (u, name) in units.iter().enumerate() {
        let unit = UnitName::new(name).unwrap();
        for year in [2024, 2025, 2026] {
            for i in 0..(3 + u * 2 + (year as usize % 3)) {
                projects.push(Project {
                    name: format!("{name}{year}项目{i}"),
                    unit: unit.clone(),
                    industry: None,
                    signed_on: NaiveDate::from_ymd_opt(year, 1 + i as u32 % 10, 3),
                    planned_investment: Some(Decimal::new(12_345 * (i as i64 + 1), 4)),
                    foreign: Some(i == 1),
                    enterprise_type: None,
                    stage: None,
                    responsible: None,
                    source: Provenance::row("台账.xlsx", "Sheet1", i as u32 + 4),
                });
            }
            for (indicator, target) in [
                (Indicator::SIGNED_PROJECTS, Decimal::from(5 + u)),
                (Indicator::PLANNED_INVESTMENT, Decimal::new(35, 1)),
            ] {
                facts.push(Fact {
                    key: FactKey {
                        scope: Scope::Unit(unit.clone()),
                        indicator,
                        span: Span::Year(year),
                        kind: FactKind::Target,
                    },
                    value: target,
                    source: Provenance::row("分解表.xlsx", "Sheet1", 4),
                });
            }
        }
    }
    Dataset::from_parts(facts, projects)
}

fn number(cell: Option<&Data>) -> Option<f64> {
    match cell? {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        Data::String(s) if s == "—" => None,
        other => panic!("unexpected cell {other:?}"),
    }
}

fn close(a: Option<f64>, b: Option<Decimal>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b.to_string().parse::<f64>().unwrap()).abs() < 1e-6,
        _ => false,
    }
}

#[test]
fn the_workbook_holds_the_same_numbers_as_the_dataset() {
    let data = dataset();
    let bytes = summary_workbook(
        &data,
        &SummaryRequest {
            as_of: YearMonth::new(2026, 10),
            unit_span: Span::Year(2026),
        },
    )
    .unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["规划期汇总", "年度汇总", "单位完成情况"]
    );

    let periods = book.worksheet_range("规划期汇总").unwrap();
    assert_eq!(
        periods.get_value((0, 0)),
        Some(&Data::String(
            "全区招商引资目标任务完成情况（按规划期）".into()
        ))
    );
    assert_eq!(
        periods.get_value((3, 1)),
        Some(&Data::String("目标".into()))
    );
    let p14 = PlanPeriod::new(14).unwrap();
    assert_eq!(
        periods.get_value((2, 1)),
        Some(&Data::String("十四五（2024—2025年）".into()))
    );
    for (r, indicator) in Indicator::BUILTIN.iter().enumerate() {
        let row = 4 + r as u32;
        let figure = data.figure(&Scope::District, *indicator, Span::Plan(p14));
        assert!(
            close(number(periods.get_value((row, 1))), figure.target),
            "{indicator} target"
        );
        assert!(
            close(number(periods.get_value((row, 2))), figure.actual),
            "{indicator} actual"
        );
        assert!(
            close(
                number(periods.get_value((row, 3))),
                figure.rate().map(|r| r.round_dp(6))
            ),
            "{indicator} rate"
        );
    }

    let units = book.worksheet_range("单位完成情况").unwrap();
    let mut ranks = Vec::new();
    for (r, unit) in data.units().iter().enumerate() {
        let row = 4 + r as u32;
        assert_eq!(
            units.get_value((row, 0)),
            Some(&Data::String(unit.to_string()))
        );
        let figure = data.figure(
            &Scope::Unit(unit.clone()),
            Indicator::SIGNED_PROJECTS,
            Span::Year(2026),
        );
        assert!(close(number(units.get_value((row, 2))), figure.actual));
        ranks.push(number(units.get_value((row, 4))).unwrap() as usize);
    }
    ranks.sort_unstable();
    assert_eq!(ranks, vec![1, 2]);

    let years = book.worksheet_range("年度汇总").unwrap();
    assert_eq!(
        years.get_value((6, 0)),
        Some(&Data::String("2026年1-10月".into()))
    );
    let funds_actual = number(years.get_value((6, 17)));
    assert_eq!(
        funds_actual, None,
        "funds were not reported: a dash, never 0"
    );
}

#[test]
fn a_custom_indicator_gets_its_columns_with_its_measure() {
    use planboard_model::{Catalogue, IndicatorDef, LedgerRule, MeasureUnit, Obtained};
    let mut data = dataset();
    let over_2 = Indicator::new("projects_over_2");
    let mut catalogue = Catalogue::builtin();
    catalogue.set_hidden(Indicator::OUTBOUND_TRIPS, true);
    let rule = LedgerRule {
        count: true,
        investment_at_least_yi: Some(Decimal::TWO),
        ..LedgerRule::default()
    };
    let def = IndicatorDef::new(
        over_2,
        "2亿元以上项目",
        MeasureUnit::Ge,
        Obtained::Ledger(rule),
    );
    catalogue.upsert(def).unwrap();
    data.set_catalogue(catalogue);
    let bytes = summary_workbook(
        &data,
        &SummaryRequest {
            as_of: YearMonth::new(2026, 10),
            unit_span: Span::Year(2026),
        },
    )
    .unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let units = book.worksheet_range("单位完成情况").unwrap();
    // Seven columns of four before it: six visible built-ins (外出招商次数 hidden), then it.
    let col = 1 + 4 * 6;
    assert_eq!(
        units.get_value((2, col)),
        Some(&Data::String("2亿元以上项目（个）".into()))
    );
    for (r, unit) in data.units().iter().enumerate() {
        let figure = data.figure(&Scope::Unit(unit.clone()), over_2, Span::Year(2026));
        assert!(figure.actual.is_some());
        assert!(close(
            number(units.get_value((4 + r as u32, col + 1))),
            figure.actual
        ));
    }
    let years = book.worksheet_range("年度汇总").unwrap();
    let headers: Vec<String> = (0..30)
        .filter_map(|c| years.get_value((2, c)).map(|v| v.to_string()))
        .collect();
    assert!(
        headers.contains(&"2亿元以上项目（个）".to_string()),
        "{headers:?}"
    );
    assert!(
        !headers.iter().any(|h| h.contains("外出招商")),
        "{headers:?}"
    );
}
