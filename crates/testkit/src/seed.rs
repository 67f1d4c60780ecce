//! The seed's 十三五 table (DOMAIN.md) built by hand from the model's types: two 街道 with
//! ledgers and targets for 2016–2020, funds in place and outbound trips reported for the
//! district. Its district figures for 十三五: 123 signed projects of 100, 83 over 1 亿元 of
//! 65, 9 over 10 亿元 of 6, 3 foreign, 398 亿元 planned investment of 351, 412.63 亿元 funds in
//! place of 358, 127 outbound trips.

use planboard_model::{
    Dataset, Decimal, Fact, FactKey, FactKind, Indicator, NaiveDate, Project, Provenance, Scope,
    Span, Stage, UnitName,
};

/// The seed's first unit.
pub const EAST: &str = "城东街道";
/// The seed's second unit.
pub const WEST: &str = "城西街道";

/// `mantissa` × 10^-`scale` (`dec(3510, 2)` = 35.10).
fn dec(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

fn unit(name: &str) -> UnitName {
    UnitName::new(name).expect("unit name")
}

/// Signed project `n` of `unit_name` in `year` (month and day follow from `n`), row `n + 3`
/// of "台账.xlsx".
///
/// # Panics
/// If `unit_name` is not a unit name.
pub fn project(n: usize, unit_name: &str, year: i32, amount: Decimal, foreign: bool) -> Project {
    let month = (n % 12) as u32 + 1;
    Project {
        name: format!("项目{n}"),
        unit: unit(unit_name),
        industry: Some("电子信息".into()),
        signed_on: NaiveDate::from_ymd_opt(year, month, 1 + (n % 28) as u32),
        planned_investment: Some(amount),
        foreign: Some(foreign),
        enterprise_type: None,
        stage: Some(Stage::Signed),
        responsible: None,
        source: Provenance::row("台账.xlsx", "Sheet1", n as u32 + 3),
    }
}

/// A figure of `year` from the sheet "`year`年" of "分解表.xlsx".
pub fn fact(scope: Scope, indicator: Indicator, year: i32, kind: FactKind, value: Decimal) -> Fact {
    Fact {
        key: FactKey {
            scope,
            indicator,
            span: Span::Year(year),
            kind,
        },
        value,
        source: Provenance::row("分解表.xlsx", format!("{year}年"), 4),
    }
}

/// 123 signed projects: 9 of ≥ 10 亿元 (one exactly 10), 74 more of ≥ 1 亿元 (one exactly 1),
/// 40 small ones (one of 0.9999 亿元); planned investment 398 亿元; 3 foreign. Plus two
/// projects that must not count: one 在谈, one without date or stage.
pub fn projects() -> Vec<Project> {
    let mut amounts = vec![dec(10, 0), dec(41, 0)];
    amounts.extend([dec(255, 1); 7]);
    amounts.extend([dec(1, 0), dec(3, 0)]);
    amounts.extend([dec(2, 0); 72]);
    amounts.extend([dec(9999, 4), dec(251, 4)]);
    amounts.extend([dec(5125, 4); 38]);
    assert_eq!(amounts.len(), 123);
    let mut projects: Vec<Project> = amounts
        .into_iter()
        .enumerate()
        .map(|(n, amount)| {
            let unit_name = if n % 2 == 0 { EAST } else { WEST };
            project(n, unit_name, 2016 + (n % 5) as i32, amount, n % 50 == 1)
        })
        .collect();
    let mut talking = project(500, EAST, 2018, dec(50, 0), true);
    talking.stage = Some(Stage::Negotiating);
    let mut undated = project(501, WEST, 2019, dec(60, 0), false);
    undated.signed_on = None;
    undated.stage = None;
    projects.extend([talking, undated]);
    projects
}

/// Targets per unit and year summing to 100 projects, 65 over 1 亿元, 6 over 10 亿元 and
/// 351 亿元; funds in place (target 358, actual 412.63 亿元) and 127 outbound trips reported
/// for the district.
pub fn facts() -> Vec<Fact> {
    let mut facts = Vec::new();
    let yearly = |a: [i64; 5]| a.map(Decimal::from);
    let unit_targets = [
        (Indicator::SIGNED_PROJECTS, yearly([10; 5]), yearly([10; 5])),
        (
            Indicator::PROJECTS_OVER_100M,
            yearly([7; 5]),
            yearly([6; 5]),
        ),
        (
            Indicator::PROJECTS_OVER_1B,
            yearly([1, 0, 1, 0, 1]),
            yearly([0, 1, 0, 1, 1]),
        ),
        (
            Indicator::PLANNED_INVESTMENT,
            [dec(351, 1); 5],
            [dec(351, 1); 5],
        ),
    ];
    for (indicator, east, west) in unit_targets {
        for (i, year) in (2016..=2020).enumerate() {
            for (name, value) in [(EAST, east[i]), (WEST, west[i])] {
                facts.push(fact(
                    Scope::Unit(unit(name)),
                    indicator,
                    year,
                    FactKind::Target,
                    value,
                ));
            }
        }
    }
    let funds = [
        dec(80, 0),
        dec(825, 1),
        dec(83, 0),
        dec(84, 0),
        dec(8313, 2),
    ];
    let trips = [25, 25, 25, 26, 26];
    for (i, year) in (2016..=2020).enumerate() {
        facts.push(fact(
            Scope::District,
            Indicator::FUNDS_IN_PLACE,
            year,
            FactKind::Target,
            dec(716, 1),
        ));
        facts.push(fact(
            Scope::District,
            Indicator::FUNDS_IN_PLACE,
            year,
            FactKind::Actual,
            funds[i],
        ));
        facts.push(fact(
            Scope::District,
            Indicator::OUTBOUND_TRIPS,
            year,
            FactKind::Actual,
            trips[i].into(),
        ));
    }
    facts
}

/// The seed's dataset: [`facts`] and [`projects`].
pub fn dataset() -> Dataset {
    Dataset::from_parts(facts(), projects())
}
