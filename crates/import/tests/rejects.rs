//! Workbooks written in the test with rows that must be rejected (negative money, text in a
//! number, a future or impossible date, a bad 是否外资, a signed project without amount), and
//! layouts the samples do not have: each rejected row is reported with its row and column
//! letter and never summed; the good rows are.

use planboard_import::{import_file, FileImport, ImportOptions, Severity, SkipReason};
use planboard_model::{Dataset, Decimal, Indicator, NaiveDate, Scope, Span, UnitName};
use planboard_testkit::workbook::write_rows;
use planboard_testkit::workbook::Cell::{Blank, Date as D, Number as N, Text as S};
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;
use std::str::FromStr;

fn options() -> ImportOptions {
    ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal")
}

/// Writes the workbook `build` makes as `name` in `dir` and imports it.
fn import(dir: &Path, name: &str, build: impl FnOnce(&mut Workbook)) -> FileImport {
    let path = dir.join(name);
    let mut workbook = Workbook::new();
    build(&mut workbook);
    workbook.save(&path).expect("save");
    let import = import_file(&path, &options());
    assert!(import.report.error.is_none(), "{:?}", import.report.error);
    for sheet in &import.report.sheets {
        assert_eq!(
            sheet.rows_read,
            sheet.rows_imported + sheet.skipped.len() as u32 + sheet.rows_rejected,
            "rows not accounted for in [{}]",
            sheet.sheet
        );
    }
    import
}

#[test]
fn invalid_ledger_rows_are_rejected_with_their_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "河湾镇台账.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        sheet.set_name("台账").expect("name");
        sheet
            .write_string(0, 0, "河湾镇招商引资项目台账")
            .expect("title");
        write_rows(
            sheet,
            2,
            &[
                vec![
                    S("序号"),
                    S("项目名称"),
                    S("签约日期"),
                    S("计划总投资（万元）"),
                    S("是否外资"),
                    S("项目进度"),
                ],
                vec![
                    N(1.0),
                    S("好项目甲"),
                    D(2024, 3, 1),
                    N(12500.0),
                    S("否"),
                    S("已开工"),
                ],
                vec![
                    N(2.0),
                    S("负数项目"),
                    D(2024, 4, 1),
                    N(-100.0),
                    S("否"),
                    S("已签约"),
                ],
                vec![
                    N(3.0),
                    S("文字金额项目"),
                    D(2024, 5, 1),
                    S("一万二"),
                    S("否"),
                    S("已签约"),
                ],
                vec![
                    N(4.0),
                    S("未来项目"),
                    S("2027年1月5日"),
                    N(500.0),
                    S("否"),
                    S("已签约"),
                ],
                vec![
                    N(5.0),
                    S("外资不明项目"),
                    D(2024, 6, 1),
                    N(800.0),
                    S("待定"),
                    S("已签约"),
                ],
                vec![
                    N(6.0),
                    S("不存在日期项目"),
                    S("2024.02.30"),
                    N(800.0),
                    S("是"),
                    S("已签约"),
                ],
                vec![
                    N(7.0),
                    S("缺金额项目"),
                    D(2024, 7, 1),
                    Blank,
                    S("否"),
                    S("已签约"),
                ],
                vec![
                    N(8.0),
                    S("好项目乙"),
                    S("2024/8/8"),
                    S("100,000.00"),
                    S("是"),
                    S("已投产"),
                ],
                vec![N(9.0), S("在谈项目"), S("—"), Blank, S("否"), S("在谈")],
                vec![S("合计"), S("共9个项目")],
                vec![S("填报单位（盖章）：河湾镇  填报人：某某")],
            ],
        );
    });
    let sheet = &import.report.sheets[0];
    assert_eq!(sheet.rows_imported, 3, "{sheet:#?}");
    assert_eq!(sheet.rows_rejected, 6, "{sheet:#?}");
    let errors: Vec<(u32, String)> = sheet
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.place.row, p.place.column.clone().unwrap_or_default()))
        .collect();
    for expected in [
        (5, "D"),  // negative money
        (6, "D"),  // text in a number
        (7, "C"),  // future date
        (8, "E"),  // 是否外资 neither 是 nor 否
        (9, "C"),  // impossible date
        (10, "D"), // signed without amount
    ] {
        assert!(
            errors.contains(&(expected.0, expected.1.to_string())),
            "no error at {}{}: {errors:?}",
            expected.1,
            expected.0
        );
    }
    for p in sheet
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
    {
        assert!(p.header.is_some() && !p.message_zh().is_empty() && !p.message_en().is_empty());
        assert_eq!(&*p.place.sheet, "台账");
    }
    assert!(sheet
        .skipped
        .iter()
        .any(|s| s.row == 13 && s.reason == SkipReason::Total));
    assert!(sheet
        .skipped
        .iter()
        .any(|s| s.row == 14 && s.reason == SkipReason::Footer));
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let unit = Scope::Unit(UnitName::new("河湾镇").expect("unit"));
    let year = Span::Year(2024);
    assert_eq!(
        dataset.actual(&unit, Indicator::SIGNED_PROJECTS, year),
        Some(dec("2"))
    );
    assert_eq!(
        dataset.actual(&unit, Indicator::PLANNED_INVESTMENT, year),
        Some(dec("11.25"))
    );
    assert_eq!(
        dataset.actual(&unit, Indicator::PROJECTS_OVER_1B, year),
        Some(dec("1"))
    );
    assert_eq!(
        dataset.actual(&unit, Indicator::FOREIGN_PROJECTS, year),
        Some(dec("1"))
    );
    assert_eq!(dataset.projects().len(), 3);
}

#[test]
fn years_down_report_and_units_across_breakdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "山前镇完成情况.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        sheet.set_name("历年").expect("name");
        sheet
            .write_string(0, 0, "山前镇历年招商引资完成情况（单位：万元）")
            .expect("title");
        write_rows(
            sheet,
            1,
            &[
                vec![S("年份"), S("实际到位资金"), Blank, S("外出招商次数")],
                vec![Blank, S("目标"), S("完成"), S("完成")],
                vec![S("2024年"), N(50000.0), N(61234.5), N(3.0)],
                vec![S("2025年"), N(55000.0), N(40000.0), N(4.0)],
            ],
        );
        sheet
            .merge_range(1, 1, 1, 2, "实际到位资金", &Format::new())
            .expect("merge");
        sheet
            .merge_range(1, 0, 2, 0, "年份", &Format::new())
            .expect("merge");
        let sheet = wb.add_worksheet();
        sheet.set_name("目标").expect("name");
        sheet
            .write_string(0, 0, "2026年招商引资目标任务（单位：个、亿元）")
            .expect("title");
        write_rows(
            sheet,
            1,
            &[
                vec![S("指标"), S("山前镇"), S("水后街道"), S("合计")],
                vec![S("新签约项目"), N(3.0), N(4.0), N(7.0)],
                vec![S("计划总投资"), N(10.5), N(12.0), N(22.5)],
            ],
        );
    });
    let report = &import.report;
    assert_eq!(report.sheets.len(), 2);
    assert!(
        report.sheets.iter().all(|s| s.kind.is_some()),
        "{report:#?}"
    );
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let town = Scope::Unit(UnitName::new("山前镇").expect("unit"));
    let street = Scope::Unit(UnitName::new("水后街道").expect("unit"));
    let funds = |scope: &Scope, y| dataset.figure(scope, Indicator::FUNDS_IN_PLACE, Span::Year(y));
    assert_eq!(funds(&town, 2024).target, Some(dec("5")));
    assert_eq!(funds(&town, 2024).actual, Some(dec("6.12345")));
    assert_eq!(funds(&town, 2025).actual, Some(dec("4")));
    assert_eq!(
        dataset.target(&street, Indicator::SIGNED_PROJECTS, Span::Year(2026)),
        Some(dec("4"))
    );
    assert_eq!(
        dataset.target(
            &Scope::District,
            Indicator::PLANNED_INVESTMENT,
            Span::Year(2026)
        ),
        Some(dec("22.5"))
    );
}

#[test]
fn cumulative_columns_and_months_down() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "云溪街道2026年完成情况.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        sheet
            .write_string(0, 0, "云溪街道2026年1-10月招商引资完成情况")
            .expect("title");
        write_rows(
            sheet,
            1,
            &[
                vec![S("指标"), S("全年目标"), S("累计完成"), S("完成率")],
                vec![S("新签约项目（个）"), N(10.0), N(7.0), S("70%")],
                vec![S("实际到位资金（万元）"), N(50000.0), N(32100.0), S("64%")],
            ],
        );
        let sheet = wb.add_worksheet();
        sheet.set_name("分月").expect("name");
        sheet
            .write_string(0, 0, "云溪街道2026年分月到位资金（单位：亿元）")
            .expect("title");
        write_rows(
            sheet,
            1,
            &[
                vec![S("月份"), S("实际到位资金"), S("备注")],
                vec![S("一月"), N(1.5)],
                vec![S("2月"), N(0.25)],
                vec![S("3月"), S("—")],
                vec![S("合计"), N(1.75)],
            ],
        );
    });
    assert!(
        import
            .report
            .problems()
            .all(|p| p.severity != Severity::Error),
        "{:#?}",
        import.report
    );
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let unit = Scope::Unit(UnitName::new("云溪街道").expect("unit"));
    let ytd = Span::YearToDate {
        year: 2026,
        through: 10,
    };
    assert_eq!(
        dataset.actual(&unit, Indicator::SIGNED_PROJECTS, ytd),
        Some(dec("7"))
    );
    assert_eq!(
        dataset.figure(&unit, Indicator::FUNDS_IN_PLACE, Span::Year(2026)),
        planboard_model::Figure {
            target: Some(dec("5")),
            actual: Some(dec("3.21")),
        }
    );
    let month = |m| {
        dataset.actual(
            &unit,
            Indicator::FUNDS_IN_PLACE,
            Span::Month {
                year: 2026,
                month: m,
            },
        )
    };
    assert_eq!(month(1), Some(dec("1.5")));
    assert_eq!(month(2), Some(dec("0.25")));
    assert_eq!(month(3), None);
}

#[test]
fn a_stale_cumulative_formula_does_not_beat_the_months() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "青石镇2026完成情况.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        sheet
            .write_string(0, 0, "青石镇2026年1-3月招商引资完成情况")
            .expect("title");
        write_rows(
            sheet,
            1,
            &[
                vec![
                    S("指标"),
                    S("年度目标"),
                    S("1月"),
                    S("2月"),
                    S("3月"),
                    S("1-3月累计"),
                ],
                vec![
                    S("实际到位资金（万元）"),
                    N(90000.0),
                    N(1000.0),
                    N(2500.5),
                    N(0.0),
                ],
                vec![S("外出招商次数"), S("—"), N(1.0), N(2.0), N(3.0)],
            ],
        );
        // Formulas saved with a stale cached result of 0, as by programs that do not calculate.
        sheet.write_formula(2, 5, "=SUM(C3:E3)").expect("formula");
        sheet
            .write_formula(
                3,
                5,
                rust_xlsxwriter::Formula::new("=SUM(C4:E4)").set_result("6"),
            )
            .expect("formula");
    });
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let unit = Scope::Unit(UnitName::new("青石镇").expect("unit"));
    let ytd = Span::YearToDate {
        year: 2026,
        through: 3,
    };
    assert_eq!(
        dataset.actual(&unit, Indicator::FUNDS_IN_PLACE, ytd),
        Some(dec("0.35005"))
    );
    assert_eq!(
        dataset.actual(&unit, Indicator::OUTBOUND_TRIPS, ytd),
        Some(dec("6"))
    );
    assert_eq!(
        dataset.target(&unit, Indicator::OUTBOUND_TRIPS, Span::Year(2026)),
        None
    );
    assert!(import
        .report
        .problems()
        .any(|p| p.place.column.as_deref() == Some("F") && p.place.row == 3));
}

#[test]
fn a_ledger_without_a_unit_asks_for_one() {
    let build = |wb: &mut Workbook| {
        let sheet = wb.add_worksheet();
        sheet.write_string(0, 0, "招商引资项目台账").expect("title");
        write_rows(
            sheet,
            1,
            &[
                vec![S("序号"), S("项目名称"), S("签约日期"), S("投资额（亿元）")],
                vec![N(1.0), S("甲项目"), S("2025-03-01"), N(2.5)],
            ],
        );
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let import_without = import(dir.path(), "台账.xlsx", build);
    assert!(import_without.report.needs_unit);
    assert!(import_without.batch.projects.is_empty());
    let path = dir.path().join("台账.xlsx");
    let with_unit = import_file(
        &path,
        &ImportOptions {
            unit: UnitName::new("东港镇"),
            ..options()
        },
    );
    assert!(!with_unit.report.needs_unit);
    assert_eq!(with_unit.batch.projects.len(), 1);
    assert_eq!(with_unit.batch.projects[0].unit.as_str(), "东港镇");
    assert_eq!(
        with_unit.batch.projects[0].planned_investment,
        Some(dec("2.5"))
    );
}

/// Keyed in as a district clerk would: one long sheet of every unit's targets, 年度 merged
/// down the first column, a three-row header whose money unit stands only in the group row,
/// "2016年小计" rows and a 十三五总计 row. The 小计 rows are the district's own targets.
#[test]
fn a_long_target_table_with_merged_years_and_subtotals() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "long_targets.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        sheet.set_name("目标汇总").expect("name");
        let plain = Format::new();
        write_rows(
            sheet,
            0,
            &[
                vec![S("某区“十三五”招商引资目标任务汇总表")],
                vec![
                    S("年度"),
                    S("单位"),
                    S("项目（个）"),
                    Blank,
                    S("资金（亿元）"),
                ],
                vec![Blank, Blank, S("新签约"), S("其中"), S("计划"), S("到位")],
                vec![
                    Blank,
                    Blank,
                    S("签约项目"),
                    S("亿元以上项目"),
                    S("总投资"),
                    S("资金"),
                ],
            ],
        );
        let mut row = 4;
        for year in 2016..=2020u32 {
            let label = format!("{year}年");
            sheet
                .merge_range(row, 0, row + 2, 0, &label, &plain)
                .expect("merge");
            for (i, unit) in ["城关镇", "新河乡", "经开区"].iter().enumerate() {
                let i = i as f64;
                write_rows(
                    sheet,
                    row,
                    &[vec![
                        Blank,
                        S(unit),
                        N(4.0 + i),
                        N(1.0),
                        N(10.5 + i),
                        N(6.0 + i),
                    ]],
                );
                row += 1;
            }
            let subtotal: &'static str = Box::leak(format!("{year}年小计").into_boxed_str());
            write_rows(
                sheet,
                row,
                &[vec![S(subtotal), Blank, N(15.0), N(3.0), N(34.5), N(21.0)]],
            );
            row += 1;
        }
        write_rows(
            sheet,
            row,
            &[
                vec![S("十三五总计"), Blank, N(75.0), N(15.0), N(172.5), N(105.0)],
                vec![S("填表人：李明")],
            ],
        );
    });
    let sheet = &import.report.sheets[0];
    assert_eq!(sheet.rows_imported, 15, "{sheet:#?}");
    assert_eq!(sheet.rows_rejected, 0);
    assert!(!import.report.needs_unit);
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let plan = Span::Plan(planboard_model::PlanPeriod::containing(2016).expect("十三五"));
    let district = |indicator| dataset.target(&Scope::District, indicator, plan);
    assert_eq!(district(Indicator::SIGNED_PROJECTS), Some(dec("75")));
    assert_eq!(district(Indicator::PROJECTS_OVER_100M), Some(dec("15")));
    assert_eq!(district(Indicator::PLANNED_INVESTMENT), Some(dec("172.5")));
    assert_eq!(district(Indicator::FUNDS_IN_PLACE), Some(dec("105")));
    let unit = Scope::Unit(UnitName::new("新河乡").expect("unit"));
    assert_eq!(
        dataset.target(&unit, Indicator::SIGNED_PROJECTS, Span::Year(2018)),
        Some(dec("5"))
    );
    assert!(dataset.district_conflicts().is_empty());
}

/// A county's 通报 of its townships and departments: per indicator 任务数 / 完成数 / 完成率,
/// targets typed with their unit ("8亿", "5000万元"), "无" and "—" for nothing, a 其中 row
/// and the county's own 合计 that disagrees with its units.
#[test]
fn a_results_table_of_townships_and_departments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "county_results.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        write_rows(
            sheet,
            0,
            &[
                vec![S(
                    "某县2026年（1-10月）各乡镇、部门招商引资目标完成情况通报",
                )],
                vec![S("单位：个、亿元")],
                vec![
                    S("序号"),
                    S("单位"),
                    S("新签约项目"),
                    Blank,
                    Blank,
                    S("实际到位资金"),
                ],
                vec![
                    Blank,
                    Blank,
                    S("任务数"),
                    S("完成数"),
                    S("完成率"),
                    S("目标"),
                    S("完成"),
                    S("进度"),
                ],
                vec![
                    N(1.0),
                    S("青山镇"),
                    N(12.0),
                    N(9.0),
                    S("75%"),
                    S("8亿"),
                    N(6.5),
                    N(0.8125),
                ],
                vec![
                    N(2.0),
                    S("白水乡"),
                    N(10.0),
                    N(11.0),
                    S("110%"),
                    S("5000万元"),
                    N(0.62),
                    S("124%"),
                ],
                vec![
                    N(3.0),
                    S("县发改局"),
                    N(3.0),
                    S("—"),
                    Blank,
                    S("无"),
                    Blank,
                    S("/"),
                ],
                vec![S("其中：县直部门小计"), Blank, N(3.0), N(0.0)],
                vec![
                    S("全县合计"),
                    Blank,
                    N(30.0),
                    N(20.0),
                    Blank,
                    N(9.0),
                    N(7.12),
                ],
            ],
        );
    });
    let sheet = &import.report.sheets[0];
    assert_eq!(sheet.rows_imported, 3, "{sheet:#?}");
    assert_eq!(sheet.rows_rejected, 0, "{:#?}", sheet.problems);
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let ytd = Span::YearToDate {
        year: 2026,
        through: 10,
    };
    let unit = |name| Scope::Unit(UnitName::new(name).expect("unit"));
    assert_eq!(
        dataset.target(&unit("白水乡"), Indicator::FUNDS_IN_PLACE, Span::Year(2026)),
        Some(dec("0.5"))
    );
    assert_eq!(
        dataset.actual(&unit("青山镇"), Indicator::SIGNED_PROJECTS, ytd),
        Some(dec("9"))
    );
    assert_eq!(
        dataset.actual(&unit("县发改局"), Indicator::SIGNED_PROJECTS, ytd),
        None
    );
    assert!(!dataset.units().iter().any(|u| u.as_str().contains("其中")));
    // The county's own target wins; its difference to the units' sum (25) is a conflict.
    assert_eq!(
        dataset.target(
            &Scope::District,
            Indicator::SIGNED_PROJECTS,
            Span::Year(2026)
        ),
        Some(dec("30"))
    );
    // So does its 实际到位资金 target: 9 against the units' 8.5.
    let conflicts = dataset.district_conflicts();
    let sums: Vec<(Indicator, Decimal)> = conflicts
        .iter()
        .map(|c| (c.indicator, c.units_sum))
        .collect();
    assert_eq!(
        sums,
        [
            (Indicator::SIGNED_PROJECTS, dec("25")),
            (Indicator::FUNDS_IN_PLACE, dec("8.5"))
        ],
        "{conflicts:#?}"
    );
}

/// A township ledger whose unit column is headed 乡镇（街道）, in three sections each repeating
/// its header, with 在谈 typed where the signing date would be.
#[test]
fn a_ledger_in_sections_with_a_township_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "sections_ledger.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        let header = || {
            vec![
                S("序号"),
                S("乡镇（街道）"),
                S("项目名称"),
                S("签约时间"),
                S("总投资（万元）"),
                S("进展"),
            ]
        };
        write_rows(
            sheet,
            0,
            &[
                vec![S("2023年招商引资项目清单")],
                vec![S("一、新签约项目")],
                header(),
                vec![
                    N(1.0),
                    S("龙山镇"),
                    S("甲"),
                    D(2023, 1, 10),
                    N(12000.0),
                    S("已签约"),
                ],
                vec![
                    N(2.0),
                    S("石门乡"),
                    S("乙"),
                    D(2023, 2, 11),
                    N(24000.0),
                    S("已签约"),
                ],
                vec![S("二、续建项目")],
                header(),
                vec![
                    N(1.0),
                    S("城南街道"),
                    S("丙"),
                    D(2023, 3, 12),
                    N(5000.0),
                    S("在建"),
                ],
                vec![S("三、在谈项目")],
                header(),
                vec![N(1.0), S("龙山镇"), S("丁"), S("在谈"), N(80000.0), Blank],
            ],
        );
    });
    let sheet = &import.report.sheets[0];
    assert_eq!(sheet.rows_imported, 4, "{sheet:#?}");
    assert!(sheet.problems.is_empty(), "{:#?}", sheet.problems);
    assert!(!import.report.has_errors());
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let signed = dataset.actual(
        &Scope::District,
        Indicator::SIGNED_PROJECTS,
        Span::Year(2023),
    );
    assert_eq!(signed, Some(dec("3")));
    assert_eq!(dataset.units().len(), 3);
}

/// A county's 通报 with its header merged as Excel users merge it: 排名 and 乡镇 merged down over
/// the two header rows, each indicator merged across its 年度任务 / 1-9月完成 / 完成率; rates typed
/// as "91.7%", as 0.75 and wrong on one row (a warning, the figures still count).
#[test]
fn a_results_table_with_its_header_merged_down_and_across() {
    let dir = tempfile::tempdir().expect("temp dir");
    let import = import(dir.path(), "merged_results.xlsx", |wb| {
        let sheet = wb.add_worksheet();
        let plain = Format::new();
        let merges: [(u32, u16, u32, u16, &str); 5] = [
            (0, 0, 0, 7, "某县2024年1-9月各乡镇招商引资任务完成情况通报"),
            (2, 0, 3, 0, "排名"),
            (2, 1, 3, 1, "乡镇"),
            (2, 2, 2, 4, "签约项目（个）"),
            (2, 5, 2, 7, "到位资金（万元）"),
        ];
        for (r1, c1, r2, c2, text) in merges {
            sheet
                .merge_range(r1, c1, r2, c2, text, &plain)
                .expect("merge");
        }
        let leaf = [
            "年度任务",
            "1-9月完成",
            "完成率",
            "年度任务",
            "1-9月完成",
            "完成率",
        ];
        for (i, text) in leaf.into_iter().enumerate() {
            sheet.write_string(3, 2 + i as u16, text).expect("leaf");
        }
        write_rows(
            sheet,
            4,
            &[
                vec![
                    N(1.0),
                    S("乔庄镇"),
                    N(12.0),
                    N(11.0),
                    S("91.7%"),
                    N(30000.0),
                    N(26500.0),
                    S("88.3%"),
                ],
                vec![
                    N(2.0),
                    S("木鱼镇"),
                    N(8.0),
                    N(6.0),
                    N(0.75),
                    N(18000.0),
                    N(9000.0),
                    N(0.5),
                ],
                vec![
                    N(3.0),
                    S("沙州镇"),
                    N(6.0),
                    N(3.0),
                    S("60%"),
                    N(12000.0),
                    N(7000.0),
                    S("58.3%"),
                ],
                vec![
                    S("合计"),
                    Blank,
                    N(26.0),
                    N(20.0),
                    S("76.9%"),
                    N(60000.0),
                    N(42500.0),
                    S("70.8%"),
                ],
            ],
        );
    });
    let sheet = &import.report.sheets[0];
    assert_eq!(sheet.rows_imported, 3, "{sheet:#?}");
    assert_eq!(sheet.rows_rejected, 0, "{:#?}", sheet.problems);
    // The one wrong rate (3 ÷ 6 is 50%, not 60%) is the one warning.
    let warnings: Vec<&str> = sheet
        .problems
        .iter()
        .map(|p| p.place.column.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(warnings, ["E"], "{:#?}", sheet.problems);
    let mut dataset = Dataset::new();
    dataset.add(import.batch);
    let unit = |name| Scope::Unit(UnitName::new(name).expect("unit"));
    let ytd = Span::YearToDate {
        year: 2024,
        through: 9,
    };
    assert_eq!(
        dataset.target(&unit("木鱼镇"), Indicator::FUNDS_IN_PLACE, Span::Year(2024)),
        Some(dec("1.8"))
    );
    assert_eq!(
        dataset.actual(&unit("沙州镇"), Indicator::SIGNED_PROJECTS, ytd),
        Some(dec("3"))
    );
    assert_eq!(
        dataset.actual(&Scope::District, Indicator::FUNDS_IN_PLACE, ytd),
        Some(dec("4.25"))
    );
    assert!(dataset.district_conflicts().is_empty());
}
