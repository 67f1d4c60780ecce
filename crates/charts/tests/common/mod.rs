//! A district built by hand from the model's types (the importer is not used): four units, one
//! with a long name, targets and ledgers for 2016–2026, funds reported by the district, data
//! through October 2026.
#![allow(dead_code, clippy::unwrap_used)]

use planboard_model::{
    Dataset, Decimal, Fact, FactKey, FactKind, Indicator, NaiveDate, Project, Provenance, Scope,
    Span, Stage, UnitName, YearMonth,
};

pub const UNITS: [&str; 4] = [
    "城东街道",
    "城西街道",
    "高新技术产业开发区管理委员会",
    "滨江镇",
];
pub const INDUSTRIES: [&str; 5] = ["新能源电动车", "电子信息", "生物医药", "大健康", "现代物流"];

pub fn unit(name: &str) -> UnitName {
    UnitName::new(name).unwrap()
}

pub fn as_of() -> YearMonth {
    YearMonth::new(2026, 10).unwrap()
}

pub fn fact(
    scope: Scope,
    indicator: Indicator,
    span: Span,
    kind: FactKind,
    value: Decimal,
) -> Fact {
    Fact {
        key: FactKey {
            scope,
            indicator,
            span,
            kind,
        },
        value,
        source: Provenance::row("测试.xlsx", "Sheet1", 1),
    }
}

pub fn project(
    name: String,
    unit_name: &str,
    industry: &str,
    signed_on: Option<NaiveDate>,
    amount: Decimal,
    stage: Stage,
) -> Project {
    Project {
        name,
        unit: unit(unit_name),
        industry: Some(industry.to_string()),
        signed_on,
        planned_investment: Some(amount),
        foreign: Some(false),
        enterprise_type: None,
        stage: Some(stage),
        responsible: None,
        source: Provenance::row("台账.xlsx", "Sheet1", 3),
    }
}

/// A deterministic district: targets, projects and reported funds.
pub fn district() -> Dataset {
    let mut facts = Vec::new();
    let mut projects = Vec::new();
    let mut n = 0u32;
    for year in 2016..=2026 {
        let last_month = if year == 2026 { 10 } else { 12 };
        for (u, name) in UNITS.iter().enumerate() {
            let u32_ = u as u32;
            let target_count = 4 + (u32_ + year as u32) % 3;
            facts.push(fact(
                Scope::Unit(unit(name)),
                Indicator::SIGNED_PROJECTS,
                Span::Year(year),
                FactKind::Target,
                Decimal::from(target_count),
            ));
            facts.push(fact(
                Scope::Unit(unit(name)),
                Indicator::PROJECTS_OVER_100M,
                Span::Year(year),
                FactKind::Target,
                Decimal::from(target_count - 1),
            ));
            facts.push(fact(
                Scope::Unit(unit(name)),
                Indicator::PLANNED_INVESTMENT,
                Span::Year(year),
                FactKind::Target,
                Decimal::new(
                    1250 + 350 * i64::from(u32_) + 40 * i64::from(year - 2016),
                    2,
                ),
            ));
            // Some units do better than others; 滨江镇 lags in 2026.
            let signed = match (u, year) {
                (3, 2026) => 2,
                (2, _) => target_count + 1,
                _ => target_count - 1 + (year as u32 + u32_) % 2,
            };
            for k in 0..signed {
                n += 1;
                let month = 1 + (k * 5 + u32_ * 3 + year as u32) % last_month;
                let amount = Decimal::new(
                    80 + i64::from((n * 37) % 260) + if k == 0 { 900 } else { 0 },
                    2,
                );
                let stage = match (year, (n + k) % 4) {
                    (2026, 0) | (2025, 0) => Stage::Signed,
                    (2026, _) => Stage::Started,
                    (_, 1) => Stage::Started,
                    _ => Stage::InProduction,
                };
                projects.push(project(
                    format!("项目{n}"),
                    name,
                    INDUSTRIES[((n * 7) % 5) as usize],
                    NaiveDate::from_ymd_opt(year, month, 1 + (n % 27)),
                    amount,
                    stage,
                ));
            }
        }
        let funds_target = Decimal::new(6000 + 500 * i64::from(year - 2016), 2);
        facts.push(fact(
            Scope::District,
            Indicator::FUNDS_IN_PLACE,
            Span::Year(year),
            FactKind::Target,
            funds_target,
        ));
        if year < 2026 {
            facts.push(fact(
                Scope::District,
                Indicator::FUNDS_IN_PLACE,
                Span::Year(year),
                FactKind::Actual,
                funds_target * Decimal::new(108 + i64::from(year % 5), 2),
            ));
        } else {
            for through in 1..=10u32 {
                facts.push(fact(
                    Scope::District,
                    Indicator::FUNDS_IN_PLACE,
                    Span::YearToDate { year, through },
                    FactKind::Actual,
                    Decimal::new(742 * i64::from(through), 2),
                ));
            }
        }
    }
    for (u, name) in UNITS.iter().enumerate() {
        for k in 0..(u + 1) {
            projects.push(project(
                format!("在谈项目{u}-{k}"),
                name,
                INDUSTRIES[(u + k) % 5],
                None,
                Decimal::new(300, 2),
                Stage::Negotiating,
            ));
        }
    }
    Dataset::from_parts(facts, projects)
}
