//! One big 项目台账 (project ledger) of the whole district, as the bureau keeps it when it
//! merges what the units send: a merged title row, a merged "填报单位…单位：万元" line, one
//! header row, then one row per project with the mess real ledgers have — amounts typed as
//! text with thousands separators, dates as Excel dates in two formats or as text ("2023年5月8日",
//! "2023.05.08"), blank 签约日期 for 在谈 projects, blank 备注. Each row names its unit in a
//! 所属街道 column. Signing dates lie between 2016-01-01 and 2026-10-31.

use super::{ymd, Rng, INDUSTRIES, PEOPLE};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};
use std::path::Path;

const STREETS: [&str; 8] = [
    "城东街道",
    "城西街道",
    "城南街道",
    "城北街道",
    "新华街道",
    "高新园区",
    "临港镇",
    "开发区管委会",
];
const NATURES: [&str; 4] = ["民营企业", "国有企业", "外资企业", "合资企业"];
const STAGES: [&str; 4] = ["在谈", "已签约", "已开工", "已投产"];
const NOTES: [&str; 4] = ["已报区领导", "待土地指标", "续建项目", "产业链招商"];
const HEADERS: [&str; 11] = [
    "序号",
    "项目名称",
    "所属街道",
    "产业类别",
    "签约日期",
    "计划总投资（万元）",
    "是否外资",
    "企业性质",
    "项目进度",
    "责任人",
    "备注",
];

/// Writes a ledger of `rows` projects to `path` (one sheet, 项目台账), the same for the same
/// `seed`.
pub fn write(path: &Path, rows: u32, seed: u64) -> Result<(), XlsxError> {
    let mut rng = Rng::new(seed);
    let mut workbook = Workbook::new();
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    let header = Format::new().set_bold().set_align(FormatAlign::Center);
    let iso_date = Format::new().set_num_format("yyyy-mm-dd");
    let cn_date = Format::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
    let money = Format::new().set_num_format("#,##0.00");

    let sheet = workbook.add_worksheet();
    sheet.set_name("项目台账")?;
    sheet.merge_range(0, 0, 0, 10, "2026年全区招商引资项目台账", &title)?;
    sheet.merge_range(
        1,
        0,
        1,
        10,
        "填报单位：区投资促进局    单位：万元    截至2026年10月31日",
        &Format::new(),
    )?;
    for (col, text) in HEADERS.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, *text, &header)?;
    }
    for i in 0..rows {
        let row = i + 3;
        let industry = *rng.pick(&INDUSTRIES);
        let stage = *rng.pick(&STAGES);
        let foreign = rng.chance(5);
        sheet.write_number(row, 0, f64::from(i + 1))?;
        sheet.write_string(row, 1, format!("{industry}项目{:06}", i + 1))?;
        sheet.write_string(row, 2, *rng.pick(&STREETS))?;
        sheet.write_string(row, 3, industry)?;
        if stage != "在谈" {
            // 2016-01-01 … 2026-10-31.
            let serial = 42_370 + rng.below(46_326 - 42_370 + 1);
            match rng.below(20) {
                0 => {
                    let (y, m, d) = ymd(serial);
                    sheet.write_string(row, 4, format!("{y}年{m}月{d}日"))?;
                }
                1 => {
                    let (y, m, d) = ymd(serial);
                    sheet.write_string(row, 4, format!("{y}.{m:02}.{d:02}"))?;
                }
                2..=6 => {
                    sheet.write_number_with_format(row, 4, serial as f64, &cn_date)?;
                }
                _ => {
                    sheet.write_number_with_format(row, 4, serial as f64, &iso_date)?;
                }
            }
        }
        // 计划总投资 in 万元: 500 … 500 000, two decimals; one in ten typed as text.
        let cents = 50_000 + rng.below(50_000_000 - 50_000);
        let amount = cents as f64 / 100.0;
        if rng.chance(10) {
            let whole = cents / 100;
            let text = if whole >= 1000 {
                format!("{},{:03}.{:02} ", whole / 1000, whole % 1000, cents % 100)
            } else {
                format!("{whole}.{:02}", cents % 100)
            };
            sheet.write_string(row, 5, text)?;
        } else {
            sheet.write_number_with_format(row, 5, amount, &money)?;
        }
        sheet.write_string(row, 6, if foreign { "是" } else { "否" })?;
        let nature = if foreign {
            "外资企业"
        } else {
            *rng.pick(&NATURES[..2])
        };
        let nature = if !foreign && rng.chance(3) {
            NATURES[3]
        } else {
            nature
        };
        sheet.write_string(row, 7, nature)?;
        sheet.write_string(row, 8, stage)?;
        sheet.write_string(row, 9, rng.word(&PEOPLE))?;
        if rng.chance(10) {
            sheet.write_string(row, 10, *rng.pick(&NOTES))?;
        }
    }
    sheet.set_column_width(1, 30)?;
    workbook.save(path)
}
