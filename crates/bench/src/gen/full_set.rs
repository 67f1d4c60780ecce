//! A full set of workbooks: 8 units × 11 years (2016–2026: 十三五, 十四五 and the first year
//! of 十五五, with data through October 2026), in the three kinds the importer recognizes and
//! the layouts of `shared/samples`:
//!
//! * one 任务分解表 per year (`2016年招商引资目标任务分解表.xlsx` …): a merged title, from 2021 a
//!   "单位：个、亿元" line, unit rows × indicator columns, a 合计 row of SUM formulas;
//! * one 项目台账 per unit, one sheet per year (2016年 … 2026年): a merged title naming the unit
//!   and year, amounts in 万元 (in 亿元 for two units) as numbers or as "12,500.00" text, dates
//!   as Excel dates or "2023年5月8日" text, blank rows, 在谈 rows without a date, a 合计 row
//!   over all rows, a footer;
//! * one 完成情况表 per unit: a sheet per year 2016–2025 (indicator rows × 年度目标 / 完成数 /
//!   完成率) and a sheet 2026年1-10月 with columns 1月 … 10月 and 1-10月累计.
//!
//! Reported figures that repeat ledger figures agree with the ledger, and the targets of a
//! 完成情况表 equal those of the 任务分解表, so a correct import has no conflict and no
//! rejected row. [`FullSet::totals`] holds what was written, to check an import against.

use super::{Rng, INDUSTRIES, PEOPLE};
use planboard_model::{Decimal, Figure, Indicator};
use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The units of the set (街道, 镇, 园区), as in `shared/samples`.
pub const UNITS: [&str; 8] = [
    "城东街道",
    "城西街道",
    "南湖街道",
    "北山镇",
    "河口镇",
    "石桥镇",
    "工业园区",
    "高新区",
];

/// The years of the set.
pub const YEARS: std::ops::RangeInclusive<i32> = 2016..=2026;

/// The running year: its data stops after [`LAST_MONTH`].
pub const RUNNING_YEAR: i32 = 2026;

/// The last month with data in the running year (数据截至 2026年10月).
pub const LAST_MONTH: u32 = 10;

/// Units whose ledgers state money in 亿元 rather than 万元.
const YI_UNITS: [&str; 2] = ["北山镇", "高新区"];

/// The size and seed of a full set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// Signed projects per unit and year, on average (each unit-year has between half and
    /// one and a half times as many), plus one 在谈 project per unit-year.
    pub projects_per_year: u32,
    /// The seed: the same seed and size give the same cells.
    pub seed: u64,
}

/// Targets (目标) of a unit in a year, as the 任务分解表 gives them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Targets {
    /// 新签约项目 (个).
    pub signed: u32,
    /// 超亿元项目 (个).
    pub over_100m: u32,
    /// 10亿元以上项目 (个).
    pub over_1b: u32,
    /// 计划总投资 (亿元).
    pub planned_investment: Decimal,
    /// 实际到位资金 (亿元).
    pub funds_in_place: Decimal,
}

/// What the set says of one unit in one year: the ledger's signed projects, the reported
/// funds, and the targets. For 2026 the actuals cover January–October.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UnitYear {
    /// Projects signed in the year (在谈 never counts).
    pub signed: u32,
    /// Of which planned investment ≥ 1 亿元.
    pub over_100m: u32,
    /// Of which planned investment ≥ 10 亿元.
    pub over_1b: u32,
    /// Of which foreign-funded.
    pub foreign: u32,
    /// Sum of the planned investment of the signed projects (亿元, exact).
    pub planned_investment: Decimal,
    /// 实际到位资金 reported (亿元).
    pub funds_in_place: Decimal,
    /// The year's targets.
    pub targets: Targets,
}

impl UnitYear {
    /// The target and actual a correct import gives for `indicator` (a unit never has
    /// 外出招商次数, and 外资项目 has no target).
    pub fn figure(&self, indicator: Indicator) -> Figure {
        let count = |n: u32| Some(Decimal::from(n));
        let t = &self.targets;
        let (target, actual) = match indicator {
            Indicator::SIGNED_PROJECTS => (count(t.signed), count(self.signed)),
            Indicator::PROJECTS_OVER_100M => (count(t.over_100m), count(self.over_100m)),
            Indicator::PROJECTS_OVER_1B => (count(t.over_1b), count(self.over_1b)),
            Indicator::FOREIGN_PROJECTS => (None, count(self.foreign)),
            Indicator::PLANNED_INVESTMENT => {
                (Some(t.planned_investment), Some(self.planned_investment))
            }
            Indicator::FUNDS_IN_PLACE => (Some(t.funds_in_place), Some(self.funds_in_place)),
            _ => (None, None),
        };
        Figure { target, actual }
    }
}

/// A full set written to a folder.
#[derive(Clone, Debug)]
pub struct FullSet {
    /// The workbooks, in the order written.
    pub files: Vec<PathBuf>,
    /// Per (unit, year): what was written.
    pub totals: BTreeMap<(String, i32), UnitYear>,
    /// Data rows written in all (projects, 在谈 included, target rows and indicator rows).
    pub rows: usize,
}

/// One project of a ledger.
struct Project {
    name: String,
    industry: &'static str,
    /// (month, day) of 签约日期; `None` for 在谈.
    signed: Option<(u32, u32)>,
    /// 计划总投资 in 万元.
    wan: u64,
    foreign: bool,
    stage: &'static str,
    responsible: &'static str,
}

/// 万元 → 亿元, exact.
fn yi(wan: u64) -> Decimal {
    Decimal::from(wan) / Decimal::from(10_000)
}

/// A decimal as the float a spreadsheet stores (the importer reads it back exactly at the
/// precision written).
fn float(value: Decimal) -> f64 {
    value.to_string().parse().unwrap_or_default()
}

/// "12,500" for 12500.
pub fn thousands(int: u64) -> String {
    let digits = int.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The projects of one unit in one year: signed ones sorted by date, then one 在谈.
fn projects(rng: &mut Rng, unit: &str, year: i32, per_year: u32) -> Vec<Project> {
    let per_year = u64::from(per_year.max(1));
    let n = per_year / 2 + rng.below(per_year + 1);
    let last_month = if year == RUNNING_YEAR { LAST_MONTH } else { 12 };
    let mut out: Vec<Project> = (0..=n)
        .map(|i| {
            let negotiating = i == n;
            let wan = match rng.below(20) {
                0 => 10_000,
                1 => 100_000,
                2 => 9_999,
                3 => 100_000 + rng.below(400_000),
                4..=9 => 10_000 + rng.below(90_000),
                _ => 200 + rng.below(9_800),
            };
            let industry = *rng.pick(&INDUSTRIES);
            Project {
                name: format!("{unit}{industry}项目{year}-{:03}", i + 1),
                industry,
                signed: (!negotiating).then(|| {
                    (
                        1 + rng.below(u64::from(last_month)) as u32,
                        1 + rng.below(28) as u32,
                    )
                }),
                wan,
                foreign: rng.chance(6),
                stage: if negotiating {
                    "在谈"
                } else {
                    rng.word(&["已签约", "已开工", "已投产"])
                },
                responsible: rng.word(&PEOPLE),
            }
        })
        .collect();
    out.sort_by_key(|p| p.signed.unwrap_or((13, 0)));
    out
}

/// The targets of a unit in a year: about what it signs, growing with the years.
fn targets(rng: &mut Rng, year: i32, per_year: u32) -> Targets {
    let growth = u64::try_from(year - 2016).unwrap_or(0);
    let per_year = u64::from(per_year.max(1));
    let signed = per_year * 4 / 5 + rng.below(per_year / 2 + 1) + growth * per_year / 20;
    let over_100m = signed / 2 + rng.below(2);
    let over_1b = rng.below(over_100m / 4 + 2);
    // In 0.1 亿元: about 1.5 亿 a project.
    let tenths = signed * 15 + rng.below(signed * 5 + 1);
    let funds = tenths * 9 / 10 + rng.below(tenths / 5 + 1);
    Targets {
        signed: signed as u32,
        over_100m: over_100m as u32,
        over_1b: over_1b as u32,
        planned_investment: Decimal::new(tenths as i64, 1),
        funds_in_place: Decimal::new(funds as i64, 1),
    }
}

/// Writes the full set into `dir` (created if missing) and returns its files and totals.
pub fn write(dir: &Path, config: &Config) -> Result<FullSet, XlsxError> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng::new(config.seed);
    let mut set = FullSet {
        files: Vec::new(),
        totals: BTreeMap::new(),
        rows: 0,
    };
    // The truth first: targets, projects and funds of every unit and year.
    let mut ledgers: BTreeMap<&str, Vec<(i32, Vec<Project>)>> = BTreeMap::new();
    let mut monthly_funds: BTreeMap<&str, Vec<Decimal>> = BTreeMap::new();
    for unit in UNITS {
        for year in YEARS {
            let projects = projects(&mut rng, unit, year, config.projects_per_year);
            let targets = targets(&mut rng, year, config.projects_per_year);
            let mut total = UnitYear {
                targets,
                ..UnitYear::default()
            };
            for p in projects.iter().filter(|p| p.signed.is_some()) {
                total.signed += 1;
                total.over_100m += u32::from(p.wan >= 10_000);
                total.over_1b += u32::from(p.wan >= 100_000);
                total.foreign += u32::from(p.foreign);
                total.planned_investment += yi(p.wan);
            }
            // 到位资金 in 0.01 亿元, around the target (monthly in the running year).
            let cents = |rng: &mut Rng, target: Decimal| {
                let base = (target * Decimal::from(100)).to_string();
                let base: u64 = base.split('.').next().unwrap_or("0").parse().unwrap_or(0);
                base * 4 / 5 + rng.below(base / 2 + 1)
            };
            if year == RUNNING_YEAR {
                let months: Vec<Decimal> = (0..LAST_MONTH)
                    .map(|_| {
                        let c = cents(&mut rng, targets.funds_in_place) / 12;
                        Decimal::new(c as i64, 2)
                    })
                    .collect();
                total.funds_in_place = months.iter().sum();
                monthly_funds.insert(unit, months);
            } else {
                total.funds_in_place =
                    Decimal::new(cents(&mut rng, targets.funds_in_place) as i64, 2);
            }
            set.totals.insert((unit.to_string(), year), total);
            ledgers.entry(unit).or_default().push((year, projects));
        }
    }
    for year in YEARS {
        let path = dir.join(format!("{year}年招商引资目标任务分解表.xlsx"));
        set.rows += write_breakdown(&path, year, &set.totals)?;
        set.files.push(path);
    }
    for unit in UNITS.iter() {
        let path = dir.join(format!("{unit}招商引资项目台账（2016-2026）.xlsx"));
        let years = ledgers.get(unit).map(Vec::as_slice).unwrap_or_default();
        set.rows += write_ledger(&path, unit, years, &mut rng)?;
        set.files.push(path);
        let path = dir.join(format!("{unit}招商引资工作完成情况表.xlsx"));
        let months = monthly_funds
            .get(unit)
            .map(Vec::as_slice)
            .unwrap_or_default();
        set.rows += write_progress(&path, unit, years, months, &set.totals)?;
        set.files.push(path);
    }
    Ok(set)
}

fn title_format() -> Format {
    Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_text_wrap()
}

/// Writes `cells` from column A of `row` on.
fn write_row(sheet: &mut Worksheet, row: u32, cells: &[Cell]) -> Result<(), XlsxError> {
    for (c, cell) in cells.iter().enumerate() {
        let c = c as u16;
        match cell {
            Cell::Blank => {}
            Cell::Text(t) => {
                sheet.write_string(row, c, t)?;
            }
            Cell::Number(n) => {
                sheet.write_number(row, c, *n)?;
            }
            Cell::Formula(f, result) => {
                sheet.write_formula(row, c, Formula::new(f).set_result(result))?;
            }
        }
    }
    Ok(())
}

/// A cell to write.
enum Cell {
    Blank,
    Text(String),
    Number(f64),
    /// A formula and its cached result.
    Formula(String, String),
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn number(value: Decimal) -> Cell {
    Cell::Number(float(value))
}

fn count(n: u32) -> Cell {
    Cell::Number(f64::from(n))
}

/// A 完成率 formula over two cells with its cached value.
fn rate(actual: &str, target: &str, a: Decimal, t: Decimal) -> Cell {
    let result = if t.is_zero() {
        "—".to_string()
    } else {
        (a / t).round_dp(4).to_string()
    };
    Cell::Formula(format!("=IF({target}=0,\"—\",{actual}/{target})"), result)
}

/// The 任务分解表 of one year; returns the data rows written.
fn write_breakdown(
    path: &Path,
    year: i32,
    totals: &BTreeMap<(String, i32), UnitYear>,
) -> Result<usize, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(format!("{year}年"))?;
    sheet.merge_range(
        0,
        0,
        0,
        7,
        &format!("{year}年各街道（镇、园区）招商引资目标任务分解表"),
        &title_format(),
    )?;
    let mut row = 1;
    if year >= 2021 {
        sheet.write_string(row, 6, "单位：个、亿元")?;
        row += 1;
    }
    let headers = [
        "序号",
        "单位",
        "新签约项目（个）",
        "其中：超亿元项目（个）",
        "其中：10亿元以上项目（个）",
        "计划总投资（亿元）",
        "实际到位资金（亿元）",
        "备注",
    ];
    let header = header_format();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, *h, &header)?;
    }
    row += 1;
    let first = row;
    let mut sum = Targets::default();
    for (i, unit) in UNITS.iter().enumerate() {
        let t = totals
            .get(&(unit.to_string(), year))
            .map(|u| u.targets)
            .unwrap_or_default();
        sum.signed += t.signed;
        sum.over_100m += t.over_100m;
        sum.over_1b += t.over_1b;
        sum.planned_investment += t.planned_investment;
        sum.funds_in_place += t.funds_in_place;
        // Some years write "—" for a zero 10亿元 target (it means 0).
        let over_1b = if t.over_1b == 0 && year % 3 == 0 {
            text("—")
        } else {
            count(t.over_1b)
        };
        write_row(
            sheet,
            row,
            &[
                count(i as u32 + 1),
                text(*unit),
                count(t.signed),
                count(t.over_100m),
                over_1b,
                number(t.planned_investment),
                number(t.funds_in_place),
                Cell::Blank,
            ],
        )?;
        row += 1;
    }
    let sum_of = |col: char, value: String| {
        Cell::Formula(format!("=SUM({col}{}:{col}{})", first + 1, row), value)
    };
    write_row(
        sheet,
        row,
        &[
            Cell::Blank,
            text("合计"),
            sum_of('C', sum.signed.to_string()),
            sum_of('D', sum.over_100m.to_string()),
            sum_of('E', sum.over_1b.to_string()),
            sum_of('F', sum.planned_investment.to_string()),
            sum_of('G', sum.funds_in_place.to_string()),
            Cell::Blank,
        ],
    )?;
    sheet.set_column_width(1, 12)?;
    sheet.set_column_range_width(2, 6, 14)?;
    workbook.save(path)?;
    Ok(UNITS.len())
}

/// The 项目台账 of one unit, a sheet per year; returns the data rows written.
fn write_ledger(
    path: &Path,
    unit: &str,
    years: &[(i32, Vec<Project>)],
    rng: &mut Rng,
) -> Result<usize, XlsxError> {
    let in_yi = YI_UNITS.contains(&unit);
    let money_header = if in_yi {
        "计划总投资（亿元）"
    } else {
        "计划总投资（万元）"
    };
    let headers = [
        "序号",
        "项目名称",
        "产业类别",
        "签约日期",
        money_header,
        "是否外资",
        "项目进度",
        "责任人",
        "备注",
    ];
    let date_format = Format::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
    let money_format = Format::new().set_num_format(if in_yi { "0.0000" } else { "#,##0.00" });
    let mut workbook = Workbook::new();
    let mut rows = 0;
    for (year, projects) in years {
        let sheet = workbook.add_worksheet();
        sheet.set_name(format!("{year}年"))?;
        sheet.merge_range(
            0,
            0,
            0,
            8,
            &format!("{year}年{unit}招商引资项目台账"),
            &title_format(),
        )?;
        let header = header_format();
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(1, c as u16, *h, &header)?;
        }
        let mut row = 2;
        let mut total_wan = 0;
        for (i, p) in projects.iter().enumerate() {
            if i > 0 && rng.chance(4) {
                row += 1; // a blank row
            }
            sheet.write_number(row, 0, (i + 1) as f64)?;
            sheet.write_string(row, 1, &p.name)?;
            sheet.write_string(row, 2, p.industry)?;
            match p.signed {
                None => {
                    sheet.write_string(row, 3, "—")?;
                }
                Some((m, d)) => {
                    if rng.chance(15) {
                        sheet.write_string(row, 3, format!("{year}年{m}月{d}日"))?;
                    } else {
                        let serial = super::serial(i64::from(*year), i64::from(m), i64::from(d));
                        sheet.write_number_with_format(row, 3, serial as f64, &date_format)?;
                    }
                }
            }
            if in_yi {
                sheet.write_number_with_format(row, 4, float(yi(p.wan)), &money_format)?;
            } else if rng.chance(10) {
                sheet.write_string(row, 4, format!("{}.00", thousands(p.wan)))?;
            } else {
                sheet.write_number_with_format(row, 4, p.wan as f64, &money_format)?;
            }
            sheet.write_string(row, 5, if p.foreign { "是" } else { "否" })?;
            sheet.write_string(row, 6, p.stage)?;
            sheet.write_string(row, 7, p.responsible)?;
            if rng.chance(8) {
                sheet.write_string(row, 8, "产业链招商")?;
            }
            total_wan += p.wan;
            row += 1;
            rows += 1;
        }
        // 合计 over all rows, 在谈 included, as the sub-districts write it.
        let total = if in_yi {
            yi(total_wan).to_string()
        } else {
            total_wan.to_string()
        };
        write_row(
            sheet,
            row,
            &[
                text("合计"),
                text(format!("共{}个项目", projects.len())),
                Cell::Blank,
                Cell::Blank,
                Cell::Formula(format!("=SUM(E3:E{row})"), total),
            ],
        )?;
        sheet.write_string(
            row + 2,
            0,
            format!("填报单位（盖章）：{unit}　　填报人：王伟　　联系电话：0571-83625210"),
        )?;
        sheet.set_column_width(1, 34)?;
        sheet.set_column_width(3, 14)?;
        sheet.set_column_width(4, 14)?;
    }
    workbook.save(path)?;
    Ok(rows)
}

/// The indicator rows of a 完成情况表: label and the unit's target and actual.
fn indicator_rows(total: &UnitYear) -> [(&'static str, Option<Decimal>, Decimal); 6] {
    let t = &total.targets;
    [
        (
            "新签约项目（个）",
            Some(t.signed.into()),
            total.signed.into(),
        ),
        (
            "其中：超亿元项目（个）",
            Some(t.over_100m.into()),
            total.over_100m.into(),
        ),
        (
            "其中：10亿元以上项目（个）",
            Some(t.over_1b.into()),
            total.over_1b.into(),
        ),
        ("外资项目（个）", None, total.foreign.into()),
        (
            "计划总投资（亿元）",
            Some(t.planned_investment),
            total.planned_investment,
        ),
        (
            "实际到位资金（亿元）",
            Some(t.funds_in_place),
            total.funds_in_place,
        ),
    ]
}

/// The 完成情况表 of one unit; returns the data rows written.
fn write_progress(
    path: &Path,
    unit: &str,
    years: &[(i32, Vec<Project>)],
    running_funds: &[Decimal],
    totals: &BTreeMap<(String, i32), UnitYear>,
) -> Result<usize, XlsxError> {
    let mut workbook = Workbook::new();
    let header = header_format();
    let footer =
        format!("填报单位（盖章）：{unit}　　　填报人：梁晓东　　　联系电话：0571-83625210");
    let mut rows = 0;
    for (year, projects) in years {
        let total = totals
            .get(&(unit.to_string(), *year))
            .copied()
            .unwrap_or_default();
        let lines = indicator_rows(&total);
        let sheet = workbook.add_worksheet();
        if *year != RUNNING_YEAR {
            sheet.set_name(format!("{year}年"))?;
            sheet.merge_range(
                0,
                0,
                0,
                5,
                &format!("{unit}{year}年招商引资工作完成情况表"),
                &title_format(),
            )?;
            for (c, h) in ["序号", "指标名称", "年度目标", "完成数", "完成率", "备注"]
                .iter()
                .enumerate()
            {
                sheet.write_string_with_format(1, c as u16, *h, &header)?;
            }
            for (i, (label, target, actual)) in lines.iter().enumerate() {
                let row = 2 + i as u32;
                let excel = row + 1;
                write_row(
                    sheet,
                    row,
                    &[
                        count(i as u32 + 1),
                        text(*label),
                        target.map_or_else(|| text("—"), number),
                        number(*actual),
                        target.map_or_else(
                            || text("—"),
                            |t| rate(&format!("D{excel}"), &format!("C{excel}"), *actual, t),
                        ),
                    ],
                )?;
                rows += 1;
            }
            sheet.write_string(2 + lines.len() as u32 + 1, 0, &footer)?;
            sheet.set_column_width(1, 28)?;
            continue;
        }
        // The running year: targets, one column a month, the months to date.
        let last = LAST_MONTH as u16;
        sheet.set_name(format!("{year}年1-{LAST_MONTH}月"))?;
        sheet.merge_range(
            0,
            0,
            0,
            last + 5,
            &format!("{unit}{year}年1-{LAST_MONTH}月招商引资工作完成情况表"),
            &title_format(),
        )?;
        let mut heads: Vec<String> = vec!["序号".into(), "指标名称".into(), "年度目标".into()];
        heads.extend((1..=LAST_MONTH).map(|m| format!("{m}月")));
        heads.extend([
            format!("1-{LAST_MONTH}月累计"),
            "完成率".into(),
            "备注".into(),
        ]);
        for (c, h) in heads.iter().enumerate() {
            sheet.write_string_with_format(1, c as u16, h, &header)?;
        }
        let signed = |p: &&Project| p.signed.is_some();
        let month_of = |p: &Project| p.signed.map_or(0, |(m, _)| m);
        for (i, (label, target, actual)) in lines.iter().enumerate() {
            let row = 2 + i as u32;
            let excel = row + 1;
            let mut cells = vec![
                count(i as u32 + 1),
                text(*label),
                target.map_or_else(|| text("—"), number),
            ];
            for month in 1..=LAST_MONTH {
                let of_month = projects
                    .iter()
                    .filter(signed)
                    .filter(|p| month_of(p) == month);
                let value: Decimal = match i {
                    0 => Decimal::from(of_month.count()),
                    1 => Decimal::from(of_month.filter(|p| p.wan >= 10_000).count()),
                    2 => Decimal::from(of_month.filter(|p| p.wan >= 100_000).count()),
                    3 => Decimal::from(of_month.filter(|p| p.foreign).count()),
                    4 => of_month.map(|p| yi(p.wan)).sum(),
                    _ => running_funds
                        .get(month as usize - 1)
                        .copied()
                        .unwrap_or_default(),
                };
                cells.push(number(value));
            }
            let last_col = (b'C' + LAST_MONTH as u8) as char;
            cells.push(Cell::Formula(
                format!("=SUM(D{excel}:{last_col}{excel})"),
                actual.to_string(),
            ));
            let ytd_col = (b'D' + LAST_MONTH as u8) as char;
            cells.push(target.map_or_else(
                || text("—"),
                |t| {
                    rate(
                        &format!("{ytd_col}{excel}"),
                        &format!("C{excel}"),
                        *actual,
                        t,
                    )
                },
            ));
            write_row(sheet, row, &cells)?;
            rows += 1;
        }
        sheet.write_string(2 + lines.len() as u32 + 1, 0, &footer)?;
        sheet.set_column_width(1, 28)?;
    }
    workbook.save(path)?;
    Ok(rows)
}
