//! Templates sent to sub-districts come back filled in: they import with no warning and give
//! exactly the numbers written into them.
#![allow(clippy::unwrap_used)]

use planboard_export::{
    ledger_template, progress_template, LedgerRow, ProgressRow, TemplateRequest,
};
use planboard_import::{import_file, ImportOptions};
use planboard_model::{Dataset, Decimal, Indicator, NaiveDate, Scope, Span, Stage, UnitName};
use planboard_testkit::temp_file;

fn request() -> TemplateRequest {
    TemplateRequest {
        unit: UnitName::new("城东街道").unwrap(),
        year: 2026,
        indicators: planboard_export::PROGRESS_INDICATORS.to_vec(),
    }
}

fn wan(v: i64) -> Option<Decimal> {
    Some(Decimal::from(v))
}

#[test]
fn a_filled_ledger_template_imports_cleanly_and_exactly() {
    let rows = vec![
        LedgerRow {
            name: "新能源电机项目".into(),
            industry: Some("新能源电动车".into()),
            signed_on: NaiveDate::from_ymd_opt(2026, 3, 8),
            investment_wan: wan(100_000), // exactly 10 亿元: counts as 10亿元以上
            foreign: Some(true),
            enterprise_type: Some("外资企业".into()),
            stage: Some(Stage::Started),
            responsible: Some("王五".into()),
        },
        LedgerRow {
            name: "冷链物流中心".into(),
            industry: Some("现代物流".into()),
            signed_on: NaiveDate::from_ymd_opt(2026, 10, 31),
            investment_wan: wan(10_000), // exactly 1 亿元
            foreign: Some(false),
            stage: Some(Stage::Signed),
            ..LedgerRow::default()
        },
        LedgerRow {
            name: "生物医药孵化器".into(),
            industry: Some("生物医药".into()),
            signed_on: NaiveDate::from_ymd_opt(2026, 5, 1),
            investment_wan: wan(9_999),
            foreign: Some(false),
            stage: Some(Stage::Signed),
            ..LedgerRow::default()
        },
        LedgerRow {
            name: "大健康产业园".into(),
            industry: Some("大健康".into()),
            signed_on: None,
            investment_wan: wan(50_000),
            foreign: Some(false),
            stage: Some(Stage::Negotiating),
            ..LedgerRow::default()
        },
    ];
    let path = temp_file(
        "台账模板.xlsx",
        &ledger_template(&request(), &rows).unwrap(),
    );
    let imported = import_file(&path, &ImportOptions::default());
    let report = &imported.report;
    assert_eq!(report.error, None);
    let problems: Vec<_> = report.problems().collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let mut data = Dataset::new();
    data.add(imported.batch);
    let unit = Scope::Unit(request().unit);
    let year = Span::Year(2026);
    let get = |i| data.actual(&unit, i, year).unwrap();
    assert_eq!(get(Indicator::SIGNED_PROJECTS), Decimal::from(3));
    assert_eq!(get(Indicator::PROJECTS_OVER_100M), Decimal::from(2));
    assert_eq!(get(Indicator::PROJECTS_OVER_1B), Decimal::from(1));
    assert_eq!(get(Indicator::FOREIGN_PROJECTS), Decimal::from(1));
    assert_eq!(get(Indicator::PLANNED_INVESTMENT), Decimal::new(119_999, 4));
    assert_eq!(
        data.projects().len(),
        4,
        "the 在谈 project is kept for the board"
    );
}

#[test]
fn a_filled_progress_template_imports_cleanly_and_exactly() {
    let mut months = [None; 12];
    for (m, v) in [(0, 125), (1, 80), (2, 310), (9, 5)] {
        months[m] = Some(Decimal::new(v, 2));
    }
    let rows = vec![ProgressRow {
        indicator: Indicator::FUNDS_IN_PLACE,
        target: Some(Decimal::new(183, 1)),
        months,
    }];
    let path = temp_file(
        "完成情况模板.xlsx",
        &progress_template(&request(), &rows).unwrap(),
    );
    let imported = import_file(&path, &ImportOptions::default());
    assert_eq!(imported.report.error, None);
    let problems: Vec<_> = imported.report.problems().collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let mut data = Dataset::new();
    data.add(imported.batch);
    let unit = Scope::Unit(request().unit);
    let figure = data.figure(&unit, Indicator::FUNDS_IN_PLACE, Span::Year(2026));
    assert_eq!(figure.target, Some(Decimal::new(183, 1)));
    assert_eq!(figure.actual, Some(Decimal::new(520, 2)));
    assert_eq!(
        data.actual(
            &unit,
            Indicator::FUNDS_IN_PLACE,
            Span::month(2026, 3).unwrap()
        ),
        Some(Decimal::new(310, 2))
    );
}

#[test]
fn a_template_has_a_row_per_reported_indicator_of_the_catalogue_and_reads_back() {
    use planboard_model::Catalogue;
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue/example_catalogue.json"),
    )
    .unwrap();
    let catalogue = Catalogue::from_json(&text).unwrap();
    let indicators = planboard_export::progress_indicators(&catalogue);
    let foreign_capital = Indicator::new("foreign_capital");
    // The ratio is computed, never filled in; 外出招商次数 is the district's.
    let keys: Vec<&str> = indicators.iter().map(|i| i.key()).collect();
    assert_eq!(
        keys[6..],
        ["projects_over_500m", "started_projects", "foreign_capital"]
    );
    let mut months = [None; 12];
    months[0] = Some(Decimal::from(1330));
    months[1] = Some(Decimal::from(270));
    let rows = vec![ProgressRow {
        indicator: foreign_capital,
        target: Some(Decimal::from(5000)),
        months,
    }];
    let request = TemplateRequest {
        indicators,
        ..request()
    };
    let path = temp_file(
        "完成情况模板.xlsx",
        &progress_template(&request, &rows).unwrap(),
    );
    let options = ImportOptions {
        catalogue: catalogue.clone(),
        ..ImportOptions::default()
    };
    let imported = import_file(&path, &options);
    let problems: Vec<_> = imported.report.problems().collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let mut data = Dataset::new();
    data.set_catalogue(catalogue);
    data.add(imported.batch);
    let figure = data.figure(
        &Scope::Unit(request.unit.clone()),
        foreign_capital,
        Span::Year(2026),
    );
    // 万美元 as written: never converted to 亿元.
    assert_eq!(figure.target, Some(Decimal::from(5000)));
    assert_eq!(figure.actual, Some(Decimal::from(1600)));
}
