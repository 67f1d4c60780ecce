//! Messy workbooks generated in the test from a seeded truth — shuffled columns, header
//! synonyms, one- and two-row headers, title rows, "单位：" lines, money in 万元 or 亿元 typed
//! as numbers or text, dates in every form, blank rows, totals, footers, reports with
//! indicators down, years across or years down — imported and checked against the truth.
//! Nothing here depends on the sample files' layouts.

use planboard_import::{import_file, FileImport, ImportOptions};
use planboard_model::{Dataset, Decimal, Indicator, NaiveDate, Scope, Span, UnitName};
use planboard_testkit::{full_width, thousands, Rng};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};
use std::collections::BTreeMap;
use std::path::Path;

fn options() -> ImportOptions {
    ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    }
}

/// Saves the workbook as `name` in `dir` and imports it.
fn import_book(dir: &Path, name: &str, workbook: &mut Workbook) -> FileImport {
    let path = dir.join(name);
    workbook.save(&path).expect("save");
    let import = import_file(&path, &options());
    assert!(import.report.error.is_none(), "{:?}", import.report.error);
    for sheet in &import.report.sheets {
        assert_eq!(
            sheet.rows_read,
            sheet.rows_imported + sheet.skipped.len() as u32 + sheet.rows_rejected,
            "{name} [{}]: rows not accounted for",
            sheet.sheet
        );
        assert_eq!(sheet.rows_rejected, 0, "{name}: {:#?}", sheet.problems);
    }
    import
}

struct Project {
    name: String,
    signed: Option<NaiveDate>,
    wan: u64,
    foreign: bool,
    stage: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Seq,
    Name,
    Date,
    Money,
    Foreign,
    Stage,
    Industry,
    Owner,
    Remarks,
}

fn projects(rng: &mut Rng) -> Vec<Project> {
    let n = 5 + rng.below(25);
    (0..n)
        .map(|i| {
            let negotiating = rng.chance(12);
            let year = 2016 + rng.below(11) as i32;
            let last_month = if year == 2026 { 10 } else { 12 };
            let date = NaiveDate::from_ymd_opt(
                year,
                1 + rng.below(last_month) as u32,
                1 + rng.below(28) as u32,
            );
            let wan = match rng.below(6) {
                0 => 10_000,
                1 => 100_000,
                2 => 9_999,
                3 => 100_000 + rng.below(200_000),
                _ => 100 + rng.below(60_000),
            };
            Project {
                name: format!(
                    "第{i}号{}项目",
                    rng.pick(&["电池", "芯片", "物流园", "药业"])
                ),
                signed: (!negotiating).then_some(date).flatten(),
                wan,
                foreign: rng.chance(15),
                stage: if negotiating {
                    "在谈"
                } else {
                    rng.word(&["已签约", "已开工", "已投产", "已签约未开工"])
                },
            }
        })
        .collect()
}

/// One ledger sheet in a random layout; returns nothing, writes into `sheet`.
fn write_ledger(rng: &mut Rng, sheet: &mut Worksheet, unit: &str, projects: &[Project]) {
    let date_format = Format::new().set_num_format(*rng.pick(&[
        "yyyy-mm-dd",
        "yyyy\"年\"m\"月\"d\"日\"",
        "yyyy/m/d",
    ]));
    let yi = rng.chance(40);
    let money_unit = if yi { "亿元" } else { "万元" };
    let unit_line = rng.chance(30);
    let mut fields = vec![
        Field::Name,
        Field::Date,
        Field::Money,
        Field::Foreign,
        Field::Stage,
        Field::Industry,
        Field::Owner,
    ];
    for i in (1..fields.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        fields.swap(i, j);
    }
    fields.insert(0, Field::Seq);
    fields.push(Field::Remarks);
    let paren = |s: &str| {
        if unit_line {
            s.to_string()
        } else if rng_paren(s) {
            format!("{s}({money_unit})")
        } else {
            format!("{s}（{money_unit}）")
        }
    };
    let foreign_words = *rng.pick(&[("是", "否"), ("外资", "内资")]);
    let header_of = |f: Field, rng: &mut Rng| -> String {
        match f {
            Field::Seq => "序号".into(),
            Field::Name => rng.pick(&["项目名称", "项目 名称"]).to_string(),
            Field::Date => rng.pick(&["签约日期", "签约时间"]).to_string(),
            Field::Money => paren(rng.word(&[
                "计划总投资",
                "协议投资额",
                "总投资额",
                "投资总额",
                "计划投资",
            ])),
            Field::Foreign => rng.pick(&["是否外资", "内外资"]).to_string(),
            Field::Stage => rng.pick(&["项目进度", "进展情况", "当前进度"]).to_string(),
            Field::Industry => "产业类别".into(),
            Field::Owner => "责任人".into(),
            Field::Remarks => "备注".into(),
        }
    };
    let mut row: u32 = 0;
    let titles = rng.below(4);
    for t in 0..titles {
        let text = match t {
            0 => format!("{unit}招商引资项目台账"),
            1 => "（截至2026年10月31日）".to_string(),
            _ => "填报日期：2026年11月5日".to_string(),
        };
        sheet.write_string(row, 0, text).expect("write");
        row += 1;
    }
    if unit_line {
        sheet
            .write_string(row, fields.len() as u16 - 2, format!("单位：{money_unit}"))
            .expect("write");
        row += 1;
    }
    let two_rows = rng.chance(40);
    if two_rows {
        let half = fields.len() / 2;
        let plain = Format::new();
        sheet
            .merge_range(row, 1, row, half as u16, "项目基本情况", &plain)
            .expect("merge");
        sheet
            .merge_range(
                row,
                half as u16 + 1,
                row,
                fields.len() as u16 - 2,
                "签约及推进情况",
                &plain,
            )
            .expect("merge");
        sheet
            .merge_range(row, 0, row + 1, 0, "序号", &plain)
            .expect("merge");
        let last = fields.len() as u16 - 1;
        sheet
            .merge_range(row, last, row + 1, last, "备注", &plain)
            .expect("merge");
        row += 1;
        for (c, f) in fields.iter().enumerate().skip(1).take(fields.len() - 2) {
            let h = header_of(*f, rng);
            sheet.write_string(row, c as u16, h).expect("write");
        }
    } else {
        for (c, f) in fields.iter().enumerate() {
            let h = header_of(*f, rng);
            sheet.write_string(row, c as u16, h).expect("write");
        }
    }
    row += 1;
    for (i, p) in projects.iter().enumerate() {
        if rng.chance(10) {
            row += 1; // a blank row
        }
        for (c, f) in fields.iter().enumerate() {
            let c = c as u16;
            match f {
                Field::Seq => {
                    sheet.write_number(row, c, (i + 1) as f64).expect("write");
                }
                Field::Name => {
                    sheet.write_string(row, c, &p.name).expect("write");
                }
                Field::Date => match p.signed {
                    None => {
                        if rng.chance(50) {
                            sheet.write_string(row, c, "—").expect("write");
                        }
                    }
                    Some(d) => {
                        let (y, m, dd) = (
                            d.format("%Y").to_string(),
                            d.format("%-m").to_string(),
                            d.format("%-d").to_string(),
                        );
                        match rng.below(6) {
                            0 | 1 => {
                                let dt = ExcelDateTime::parse_from_str(
                                    &d.format("%Y-%m-%d").to_string(),
                                )
                                .expect("date");
                                sheet
                                    .write_datetime_with_format(row, c, &dt, &date_format)
                                    .expect("write");
                            }
                            2 => {
                                sheet
                                    .write_string(row, c, format!("{y}年{m}月{dd}日"))
                                    .expect("write");
                            }
                            3 => {
                                sheet
                                    .write_string(row, c, d.format("%Y.%m.%d").to_string())
                                    .expect("write");
                            }
                            4 => {
                                sheet
                                    .write_string(row, c, format!("{y}/{m}/{dd}"))
                                    .expect("write");
                            }
                            _ => {
                                sheet
                                    .write_string(row, c, d.format("%Y-%m-%d ").to_string())
                                    .expect("write");
                            }
                        }
                    }
                },
                Field::Money => {
                    if yi {
                        let v = Decimal::from(p.wan) / Decimal::from(10_000);
                        if rng.chance(70) {
                            let f: f64 = v.to_string().parse().expect("float");
                            sheet.write_number(row, c, f).expect("write");
                        } else {
                            sheet.write_string(row, c, format!("{v} ")).expect("write");
                        }
                    } else {
                        match rng.below(4) {
                            0 => {
                                sheet.write_number(row, c, p.wan as f64).expect("write");
                            }
                            1 => {
                                sheet
                                    .write_string(row, c, format!("{}.00", thousands(p.wan)))
                                    .expect("write");
                            }
                            2 => {
                                sheet
                                    .write_string(row, c, full_width(&p.wan.to_string()))
                                    .expect("write");
                            }
                            _ => {
                                sheet
                                    .write_string(row, c, format!("{}  ", p.wan))
                                    .expect("write");
                            }
                        }
                    }
                }
                Field::Foreign => {
                    let w = if p.foreign {
                        foreign_words.0
                    } else {
                        foreign_words.1
                    };
                    sheet.write_string(row, c, w).expect("write");
                }
                Field::Stage => {
                    sheet.write_string(row, c, p.stage).expect("write");
                }
                Field::Industry => {
                    sheet
                        .write_string(row, c, *rng.pick(&["电子信息", "生物医药", "现代物流"]))
                        .expect("write");
                }
                Field::Owner => {
                    sheet
                        .write_string(row, c, *rng.pick(&["王伟", "李娜", "张强"]))
                        .expect("write");
                }
                Field::Remarks => {
                    if rng.chance(20) {
                        sheet.write_string(row, c, "重点项目").expect("write");
                    }
                }
            }
        }
        row += 1;
    }
    if rng.chance(70) {
        let label = *rng.pick(&["合计", "总计", "合 计"]);
        sheet.write_string(row, 0, label).expect("write");
        sheet
            .write_string(row, 1, format!("共{}个项目", projects.len()))
            .expect("write");
        let money_col = fields.iter().position(|f| *f == Field::Money).unwrap_or(3);
        let total: u64 = projects.iter().map(|p| p.wan).sum();
        sheet
            .write_number(row, money_col as u16, total as f64)
            .expect("write");
        row += 1;
    }
    if rng.chance(70) {
        sheet
            .write_string(
                row + 1,
                0,
                format!("填报单位（盖章）：{unit}　　填报人：王伟　　联系电话：12345678"),
            )
            .expect("write");
    }
}

/// Whether to use half-width parentheses (varies with the text, deterministic).
fn rng_paren(s: &str) -> bool {
    s.len().is_multiple_of(2)
}

#[derive(Default, Debug, PartialEq, Clone, Copy)]
struct YearTruth {
    signed: u64,
    over_100m: u64,
    over_1b: u64,
    foreign: u64,
    investment: Decimal,
}

fn truth_by_year(projects: &[Project]) -> BTreeMap<i32, YearTruth> {
    let mut out: BTreeMap<i32, YearTruth> = BTreeMap::new();
    for p in projects {
        let Some(d) = p.signed else { continue };
        let y = out
            .entry(d.format("%Y").to_string().parse().expect("year"))
            .or_default();
        y.signed += 1;
        y.over_100m += u64::from(p.wan >= 10_000);
        y.over_1b += u64::from(p.wan >= 100_000);
        y.foreign += u64::from(p.foreign);
        y.investment += Decimal::from(p.wan) / Decimal::from(10_000);
    }
    out
}

#[test]
fn generated_ledgers_sum_exactly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let units = ["云溪街道", "青石镇", "滨湖新区", "临港园区"];
    for seed in 1..=40u64 {
        let mut rng = Rng::new(seed);
        let unit = *rng.pick(&units);
        let projects = projects(&mut rng);
        let mut workbook = Workbook::new();
        let per_year_sheets = rng.chance(30);
        if per_year_sheets {
            for year in 2016..=2026 {
                let sheet = workbook.add_worksheet();
                sheet.set_name(format!("{year}年")).expect("name");
                let of_year: Vec<&Project> = projects
                    .iter()
                    .filter(|p| {
                        p.signed.map(|d| d.format("%Y").to_string()) == Some(year.to_string())
                    })
                    .collect();
                let owned: Vec<Project> = of_year
                    .into_iter()
                    .map(|p| Project {
                        name: p.name.clone(),
                        signed: p.signed,
                        wan: p.wan,
                        foreign: p.foreign,
                        stage: p.stage,
                    })
                    .collect();
                write_ledger(&mut rng, sheet, unit, &owned);
            }
        } else {
            let sheet = workbook.add_worksheet();
            write_ledger(&mut rng, sheet, unit, &projects);
        }
        if rng.chance(50) {
            let notes = workbook.add_worksheet();
            notes.set_name("说明").expect("name");
            notes
                .write_string(0, 0, "本台账包括已签约及在谈项目。")
                .expect("write");
        }
        let import = import_book(
            dir.path(),
            &format!("{unit}项目台账-{seed}.xlsx"),
            &mut workbook,
        );
        let mut dataset = Dataset::new();
        dataset.add(import.batch);
        let scope = Scope::Unit(UnitName::new(unit).expect("unit"));
        let truth = truth_by_year(&projects);
        for year in 2016..=2026 {
            let want = truth.get(&year);
            let get = |i| {
                dataset
                    .actual(&scope, i, Span::Year(year))
                    .unwrap_or_default()
            };
            let got = YearTruth {
                signed: get(Indicator::SIGNED_PROJECTS)
                    .to_string()
                    .parse()
                    .expect("int"),
                over_100m: get(Indicator::PROJECTS_OVER_100M)
                    .to_string()
                    .parse()
                    .expect("int"),
                over_1b: get(Indicator::PROJECTS_OVER_1B)
                    .to_string()
                    .parse()
                    .expect("int"),
                foreign: get(Indicator::FOREIGN_PROJECTS)
                    .to_string()
                    .parse()
                    .expect("int"),
                investment: get(Indicator::PLANNED_INVESTMENT).normalize(),
            };
            let want = want.map_or_else(YearTruth::default, |w| YearTruth {
                investment: w.investment.normalize(),
                ..*w
            });
            assert_eq!(
                got, want,
                "seed {seed}, {unit}, {year}: {:#?}",
                import.report
            );
        }
    }
}

/// A unit's reported figures: per year target and actual of 到位资金 (万元) and 新签约项目.
struct ReportTruth {
    funds: BTreeMap<i32, (u64, u64)>,
    signed: BTreeMap<i32, (u64, u64)>,
}

fn report_truth(rng: &mut Rng) -> ReportTruth {
    let mut funds = BTreeMap::new();
    let mut signed = BTreeMap::new();
    for year in 2019..=2025 {
        funds.insert(year, (10_000 + rng.below(90_000), rng.below(150_000)));
        signed.insert(year, (1 + rng.below(10), rng.below(12)));
    }
    ReportTruth { funds, signed }
}

#[test]
fn generated_reports_in_three_layouts() {
    let dir = tempfile::tempdir().expect("temp dir");
    for seed in 1..=30u64 {
        let mut rng = Rng::new(seed + 1000);
        let truth = report_truth(&mut rng);
        let unit = *rng.pick(&["云溪街道", "青石镇", "临港园区"]);
        let yi = rng.chance(50);
        let money = |wan: u64| -> f64 {
            if yi {
                (Decimal::from(wan) / Decimal::from(10_000))
                    .to_string()
                    .parse()
                    .expect("float")
            } else {
                wan as f64
            }
        };
        let money_unit = if yi { "亿元" } else { "万元" };
        let funds_label = format!(
            "{}（{money_unit}）",
            rng.pick(&["实际到位资金", "到位资金", "实际到位"])
        );
        let signed_label = rng
            .pick(&["新签约项目（个）", "新签约项目(个)", "签约项目"])
            .to_string();
        let layout = rng.below(3);
        let mut workbook = Workbook::new();
        let plain = Format::new();
        match layout {
            // One sheet per year: indicator rows × 目标 / 完成 / 完成率.
            0 => {
                let (target_word, actual_word) = *rng.pick(&[
                    ("年度目标", "完成数"),
                    ("全年目标", "完成"),
                    ("目标任务", "完成情况"),
                ]);
                for year in 2019..=2025 {
                    let sheet = workbook.add_worksheet();
                    sheet.set_name(format!("{year}")).expect("name");
                    sheet
                        .write_string(0, 0, format!("{unit}{year}年招商引资工作完成情况表"))
                        .expect("write");
                    for (c, h) in [
                        "序号",
                        "指标名称",
                        target_word,
                        actual_word,
                        "完成率",
                        "备注",
                    ]
                    .iter()
                    .enumerate()
                    {
                        sheet.write_string(1, c as u16, *h).expect("write");
                    }
                    let (ft, fa) = truth.funds[&year];
                    let (st, sa) = truth.signed[&year];
                    sheet.write_number(2, 0, 1.0).expect("write");
                    sheet.write_string(2, 1, &signed_label).expect("write");
                    sheet.write_number(2, 2, st as f64).expect("write");
                    sheet.write_number(2, 3, sa as f64).expect("write");
                    sheet
                        .write_string(2, 4, format!("{:.0}%", sa as f64 * 100.0 / st as f64))
                        .expect("write");
                    sheet.write_number(3, 0, 2.0).expect("write");
                    sheet.write_string(3, 1, &funds_label).expect("write");
                    sheet.write_number(3, 2, money(ft)).expect("write");
                    sheet.write_number(3, 3, money(fa)).expect("write");
                    sheet
                        .write_string(4, 0, "填报单位（盖章）：　填报人：")
                        .expect("write");
                }
            }
            // Years across: merged year headers over 目标 / 完成.
            1 => {
                let sheet = workbook.add_worksheet();
                sheet
                    .write_string(0, 0, format!("{unit}2019-2025年招商引资完成情况"))
                    .expect("write");
                sheet
                    .merge_range(1, 0, 2, 0, "指标", &plain)
                    .expect("merge");
                for (j, year) in (2019..=2025).enumerate() {
                    let c = 1 + 2 * j as u16;
                    sheet
                        .merge_range(1, c, 1, c + 1, &format!("{year}年"), &plain)
                        .expect("merge");
                    sheet.write_string(2, c, "目标").expect("write");
                    sheet.write_string(2, c + 1, "完成").expect("write");
                    let (ft, fa) = truth.funds[&year];
                    let (st, sa) = truth.signed[&year];
                    sheet.write_number(3, c, st as f64).expect("write");
                    sheet.write_number(3, c + 1, sa as f64).expect("write");
                    sheet.write_number(4, c, money(ft)).expect("write");
                    sheet.write_number(4, c + 1, money(fa)).expect("write");
                }
                sheet.write_string(3, 0, &signed_label).expect("write");
                sheet.write_string(4, 0, &funds_label).expect("write");
            }
            // Years down: a merged 年度 column, indicator rows under each year.
            _ => {
                let sheet = workbook.add_worksheet();
                sheet.set_name("历年").expect("name");
                sheet
                    .write_string(0, 0, format!("{unit}历年招商完成情况"))
                    .expect("write");
                for (c, h) in ["年度", "指标", "目标任务", "完成数", "完成率"]
                    .iter()
                    .enumerate()
                {
                    sheet.write_string(1, c as u16, *h).expect("write");
                }
                let mut row = 2;
                let merged_years = rng.chance(50);
                for year in 2019..=2025 {
                    let (ft, fa) = truth.funds[&year];
                    let (st, sa) = truth.signed[&year];
                    if merged_years {
                        sheet
                            .merge_range(row, 0, row + 1, 0, &format!("{year}年"), &plain)
                            .expect("merge");
                    } else {
                        // Written once for its block, as a merge read without merges looks.
                        sheet.write_number(row, 0, f64::from(year)).expect("write");
                    }
                    sheet.write_string(row, 1, &signed_label).expect("write");
                    sheet.write_number(row, 2, st as f64).expect("write");
                    sheet.write_number(row, 3, sa as f64).expect("write");
                    sheet.write_string(row + 1, 1, &funds_label).expect("write");
                    sheet.write_number(row + 1, 2, money(ft)).expect("write");
                    sheet.write_number(row + 1, 3, money(fa)).expect("write");
                    row += 2;
                }
            }
        }
        let import = import_book(
            dir.path(),
            &format!("{unit}完成情况-{seed}.xlsx"),
            &mut workbook,
        );
        let mut dataset = Dataset::new();
        dataset.add(import.batch);
        let scope = Scope::Unit(UnitName::new(unit).expect("unit"));
        for year in 2019..=2025 {
            let f = dataset.figure(&scope, Indicator::FUNDS_IN_PLACE, Span::Year(year));
            let (ft, fa) = truth.funds[&year];
            let wan = |v: u64| Decimal::from(v) / Decimal::from(10_000);
            assert_eq!(
                (f.target, f.actual),
                (Some(wan(ft)), Some(wan(fa))),
                "seed {seed} layout {layout} {year}: {:#?}",
                import.report
            );
            let (st, _) = truth.signed[&year];
            assert_eq!(
                dataset.target(&scope, Indicator::SIGNED_PROJECTS, Span::Year(year)),
                Some(Decimal::from(st)),
                "seed {seed} layout {layout} {year}"
            );
        }
    }
}

/// Every unit's target and actual of 新签约项目 (个) and 实际到位资金 (in 0.01 亿元) per year.
type UnitTruth = BTreeMap<(&'static str, i32), [(u64, u64); 2]>;

/// The units of a district set: streets, towns, a township, parks and a department.
const SET_UNITS: &[&str] = &["城关街道", "青山镇", "白水乡", "经开区", "县招商服务中心"];
const SET_YEARS: std::ops::RangeInclusive<i32> = 2021..=2023;

fn unit_truth(rng: &mut Rng) -> UnitTruth {
    let mut out = BTreeMap::new();
    for &unit in SET_UNITS {
        for year in SET_YEARS {
            let signed = (1 + rng.below(20), rng.below(25));
            let funds = (100 + rng.below(5_000), rng.below(6_000));
            out.insert((unit, year), [signed, funds]);
        }
    }
    out
}

fn yi(hundredths: u64) -> f64 {
    hundredths as f64 / 100.0
}

/// The same truth as a long table: 年度 merged down (or once per block), 单位, a two- or
/// three-row header with the money unit in a group row, and a 小计 row after each year.
fn write_long_table(rng: &mut Rng, workbook: &mut Workbook, truth: &UnitTruth) {
    let plain = Format::new();
    let sheet = workbook.add_worksheet();
    sheet
        .write_string(0, 0, "各单位招商引资目标完成情况汇总")
        .expect("write");
    let three_rows = rng.chance(50);
    let groups = ["新签约项目（个）", "", "资金（亿元）", ""];
    let leaves = ["目标", "完成", "到位目标", "实际到位"];
    sheet.write_string(1, 0, "年度").expect("write");
    sheet.write_string(1, 1, "单位").expect("write");
    for (j, g) in groups.iter().enumerate() {
        sheet.write_string(1, 2 + j as u16, *g).expect("write");
    }
    let mut row = 2;
    if three_rows {
        for j in 0..4u16 {
            sheet
                .write_string(
                    2,
                    2 + j,
                    if j < 2 {
                        "签约项目"
                    } else {
                        "到位资金"
                    },
                )
                .expect("write");
        }
        row = 3;
    }
    for (j, l) in leaves.iter().enumerate() {
        sheet.write_string(row, 2 + j as u16, *l).expect("write");
    }
    row += 1;
    let merged = rng.chance(50);
    for year in SET_YEARS {
        let first = row;
        let mut sums = [0u64; 4];
        for &unit in SET_UNITS {
            let [(st, sa), (ft, fa)] = truth[&(unit, year)];
            if !merged && row == first {
                sheet
                    .write_string(row, 0, format!("{year}年"))
                    .expect("write");
            }
            sheet.write_string(row, 1, unit).expect("write");
            for (j, v) in [st as f64, sa as f64, yi(ft), yi(fa)].iter().enumerate() {
                sheet.write_number(row, 2 + j as u16, *v).expect("write");
            }
            for (s, v) in sums.iter_mut().zip([st, sa, ft, fa]) {
                *s += v;
            }
            row += 1;
        }
        if merged {
            sheet
                .merge_range(first, 0, row - 1, 0, &format!("{year}年"), &plain)
                .expect("merge");
        }
        sheet
            .write_string(row, 0, format!("{year}年小计"))
            .expect("write");
        for (j, v) in [sums[0] as f64, sums[1] as f64, yi(sums[2]), yi(sums[3])]
            .iter()
            .enumerate()
        {
            sheet.write_number(row, 2 + j as u16, *v).expect("write");
        }
        row += 1;
    }
}

/// The same truth as one unit × indicator results sheet per year: per indicator a group of
/// 任务数 / 完成数 / 完成率, a 合计 row at the end.
fn write_results_by_year(rng: &mut Rng, workbook: &mut Workbook, truth: &UnitTruth) {
    let plain = Format::new();
    let (target_word, actual_word) = *rng.pick(&[("任务数", "完成数"), ("目标", "完成")]);
    for year in SET_YEARS {
        let sheet = workbook.add_worksheet();
        sheet.set_name(format!("{year}年")).expect("name");
        sheet
            .write_string(0, 0, format!("{year}年各单位招商引资目标完成情况"))
            .expect("write");
        sheet
            .merge_range(1, 0, 2, 0, "序号", &plain)
            .expect("merge");
        sheet
            .merge_range(1, 1, 2, 1, "单位", &plain)
            .expect("merge");
        for (g, name) in ["新签约项目（个）", "实际到位资金（亿元）"]
            .iter()
            .enumerate()
        {
            let c = 2 + 3 * g as u16;
            sheet
                .merge_range(1, c, 1, c + 2, name, &plain)
                .expect("merge");
            for (j, w) in [target_word, actual_word, "完成率"].iter().enumerate() {
                sheet.write_string(2, c + j as u16, *w).expect("write");
            }
        }
        for (row, (i, &unit)) in (3u32..).zip(SET_UNITS.iter().enumerate()) {
            let [(st, sa), (ft, fa)] = truth[&(unit, year)];
            sheet.write_number(row, 0, i as f64 + 1.0).expect("write");
            sheet.write_string(row, 1, unit).expect("write");
            let rate = |a: f64, t: f64| format!("{:.1}%", a * 100.0 / t);
            sheet.write_number(row, 2, st as f64).expect("write");
            sheet.write_number(row, 3, sa as f64).expect("write");
            sheet
                .write_string(row, 4, rate(sa as f64, st as f64))
                .expect("write");
            sheet.write_number(row, 5, yi(ft)).expect("write");
            sheet.write_number(row, 6, yi(fa)).expect("write");
            sheet
                .write_string(row, 7, rate(yi(fa), yi(ft)))
                .expect("write");
        }
    }
}

/// The same actuals as stacked blocks, one sheet per year: under a heading naming each
/// indicator, units ranked by their own value.
fn write_blocks_by_year(workbook: &mut Workbook, truth: &UnitTruth) {
    for year in SET_YEARS {
        let sheet = workbook.add_worksheet();
        sheet.set_name(format!("{year}年")).expect("name");
        sheet
            .write_string(0, 0, format!("{year}年各单位招商引资工作成效公示"))
            .expect("write");
        let mut row = 2;
        for (k, (heading, value_header)) in [
            ("一、新签约项目完成情况", "项目个数（个）"),
            ("二、实际到位资金完成情况", "金额（亿元）"),
        ]
        .iter()
        .enumerate()
        {
            sheet.write_string(row, 0, *heading).expect("write");
            for (j, h) in ["序号", "单位", value_header].iter().enumerate() {
                sheet.write_string(row + 1, j as u16, *h).expect("write");
            }
            row += 2;
            let mut ranked: Vec<(&str, u64)> = SET_UNITS
                .iter()
                .map(|&u| (u, truth[&(u, year)][k].1))
                .collect();
            ranked.sort_by_key(|(u, v)| (std::cmp::Reverse(*v), *u));
            for (i, (unit, v)) in ranked.iter().enumerate() {
                sheet.write_number(row, 0, i as f64 + 1.0).expect("write");
                sheet.write_string(row, 1, *unit).expect("write");
                let value = if k == 0 { *v as f64 } else { yi(*v) };
                sheet.write_number(row, 2, value).expect("write");
                row += 1;
            }
            row += 1;
        }
    }
}

#[test]
fn generated_unit_tables_in_three_layouts_give_the_same_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    for seed in 1..=12u64 {
        let mut rng = Rng::new(seed + 5000);
        let truth = unit_truth(&mut rng);
        for layout in 0..3 {
            let mut workbook = Workbook::new();
            match layout {
                0 => write_long_table(&mut rng, &mut workbook, &truth),
                1 => write_results_by_year(&mut rng, &mut workbook, &truth),
                _ => write_blocks_by_year(&mut workbook, &truth),
            }
            let import = import_book(
                dir.path(),
                &format!("单位表-{seed}-{layout}.xlsx"),
                &mut workbook,
            );
            assert!(
                !import.report.has_errors() && !import.report.needs_unit,
                "seed {seed} layout {layout}: {:#?}",
                import.report
            );
            let mut dataset = Dataset::new();
            dataset.add(import.batch);
            let hundredths = |v: u64| Decimal::from(v) / Decimal::from(100);
            for (&(unit, year), &[(st, sa), (ft, fa)]) in &truth {
                let scope = Scope::Unit(UnitName::new(unit).expect("unit"));
                let span = Span::Year(year);
                let signed = dataset.figure(&scope, Indicator::SIGNED_PROJECTS, span);
                let funds = dataset.figure(&scope, Indicator::FUNDS_IN_PLACE, span);
                let what = format!("seed {seed} layout {layout} {unit} {year}");
                assert_eq!(signed.actual, Some(Decimal::from(sa)), "{what}");
                assert_eq!(funds.actual, Some(hundredths(fa)), "{what}");
                // Stacked blocks of a 公示 carry results only.
                let targets = (layout < 2).then(|| (Decimal::from(st), hundredths(ft)));
                assert_eq!(signed.target.zip(funds.target), targets, "{what}");
            }
            let total: u64 = truth.values().map(|[(st, _), _]| st).sum();
            let plan = Span::Plan(planboard_model::PlanPeriod::containing(2021).expect("plan"));
            let district = dataset.target(&Scope::District, Indicator::SIGNED_PROJECTS, plan);
            assert_eq!(
                district,
                (layout < 2).then(|| Decimal::from(total)),
                "seed {seed} layout {layout}"
            );
        }
    }
}
