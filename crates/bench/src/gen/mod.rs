//! Seeded generators of realistic workbooks for the benchmarks: the same seed and size always
//! give the same cell contents.
//!
//! * [`ledger`]: one big 项目台账 of any number of rows (20,000 and 200,000 for issue 9);
//! * [`full_set`]: what a district collects over 11 years (2016–2026) from 8 units — the
//!   任务分解表 of each year, each unit's 项目台账 and 完成情况表 — with the totals written.

pub mod full_set;
pub mod ledger;

pub(crate) use planboard_testkit::Rng;

/// Industries (产业类别) the bureau promotes.
pub(crate) const INDUSTRIES: [&str; 8] = [
    "新能源电动车",
    "电子信息",
    "生物医药",
    "大健康",
    "现代物流",
    "高端装备",
    "新材料",
    "文化旅游",
];

/// People in charge (责任人).
pub(crate) const PEOPLE: [&str; 10] = [
    "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周强", "吴昊",
];

/// (year, month, day) of an Excel serial date (1900 system, after 1900-03-01).
pub(crate) fn ymd(serial: u64) -> (i64, i64, i64) {
    // Days since 1970-01-01, then the civil-from-days algorithm.
    let z = serial as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The Excel serial date (1900 system) of a day after 1900-03-01.
pub(crate) fn serial(year: i64, month: i64, day: i64) -> u64 {
    // Days from civil, then shifted to Excel's epoch.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468 + 25_569) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_dates_round_trip() {
        assert_eq!(serial(2016, 1, 1), 42_370);
        assert_eq!(serial(2026, 10, 31), 46_326);
        for s in [42_370, 43_890, 45_000, 46_326] {
            let (y, m, d) = ymd(s);
            assert_eq!(serial(y, m, d), s);
        }
    }
}
