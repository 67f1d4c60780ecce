//! The chart data, checked without drawing: titles, values, labels, order, rates, 开工率.
#![allow(clippy::unwrap_used)]

mod common;

use common::{as_of, district, fact, project, unit};
use planboard_charts::{chart_data, ChartData, ChartKind, ChartRequest, Lang, Layout, Role};
use planboard_model::{
    Dataset, Decimal, FactKind, Indicator, NaiveDate, PlanPeriod, Scope, Span, Stage,
};
use rust_decimal_macros::dec;

fn request(kind: ChartKind, indicator: Indicator, span: Option<Span>) -> ChartRequest {
    ChartRequest {
        span,
        as_of: Some(as_of()),
        ..ChartRequest::new(kind, indicator)
    }
}

const NOTE: &str = "数据截至2026年10月　来源：各单位报送的项目台账、完成情况表";

#[test]
fn yearly_comparison_of_one_plan() {
    let dataset = district();
    let p14 = PlanPeriod::new(14).unwrap();
    let chart = chart_data(
        &dataset,
        &request(
            ChartKind::YearlyComparison,
            Indicator::PLANNED_INVESTMENT,
            Some(Span::Plan(p14)),
        ),
    );
    assert_eq!(chart.title, "十四五期间各年度计划总投资完成情况（亿元）");
    assert_eq!(chart.note, NOTE);
    let panel = &chart.panels[0];
    assert_eq!(panel.layout, Layout::Columns);
    assert_eq!(panel.categories, ["2021", "2022", "2023", "2024", "2025"]);
    // One plan: the title names it, no band heading.
    assert!(panel.bands.is_empty());
    let (target, actual) = (&panel.series[0], &panel.series[1]);
    assert_eq!(
        (target.name.as_str(), actual.name.as_str()),
        ("目标", "完成")
    );
    assert_eq!(target.roles[0], Role::Target);
    assert_eq!(actual.roles[0], Role::Actual);
    // Every bar's label is the exact figure with 2 decimals, as the model computes it.
    for (i, year) in (2021..=2025).enumerate() {
        let figure = dataset.figure(
            &Scope::District,
            Indicator::PLANNED_INVESTMENT,
            Span::Year(year),
        );
        let expected_target = format!("{:.2}", figure.target.unwrap());
        assert_eq!(target.labels[i], expected_target);
        assert_eq!(actual.labels[i], format!("{:.2}", figure.actual.unwrap()));
        let rates = panel.rates.as_ref().unwrap();
        assert_eq!(
            rates.labels[i],
            planboard_model::format::percent(figure.rate())
        );
        assert!(rates.line);
    }
    // 2021: targets 12.50+0.40·5 per unit step: 14.50 + 18.00 + 21.50 + 25.00 = 79.00.
    assert_eq!(target.labels[0], "79.00");
    assert_eq!(target.values[0], Some(79.0));
}

#[test]
fn yearly_comparison_of_all_years_groups_by_plan_and_marks_the_running_year() {
    let dataset = district();
    let chart = chart_data(
        &dataset,
        &request(
            ChartKind::YearlyComparison,
            Indicator::SIGNED_PROJECTS,
            None,
        ),
    );
    assert_eq!(chart.title, "2016—2026年各年度新签约项目完成情况（个）");
    let panel = &chart.panels[0];
    assert_eq!(panel.categories.len(), 11);
    assert_eq!(panel.categories[10], "2026\n(1-10月)");
    let bands: Vec<_> = panel
        .bands
        .iter()
        .map(|b| (b.label.as_str(), b.first, b.last))
        .collect();
    assert_eq!(
        bands,
        [("十三五", 0, 4), ("十四五", 5, 9), ("十五五", 10, 10)]
    );
    assert!(panel.integer_values);
    // Counts print as integers.
    assert!(panel.series[1]
        .labels
        .iter()
        .all(|l| l.parse::<u32>().is_ok()));
}

#[test]
fn period_comparison_shows_the_running_period_to_date() {
    let dataset = district();
    let chart = chart_data(
        &dataset,
        &request(ChartKind::PeriodComparison, Indicator::FUNDS_IN_PLACE, None),
    );
    assert_eq!(
        chart.title,
        "十三五至十五五各规划期实际到位资金完成情况对比（亿元）"
    );
    let panel = &chart.panels[0];
    assert_eq!(
        panel.categories,
        [
            "十三五\n（2016—2020年）",
            "十四五\n（2021—2025年）",
            "十五五\n（截至2026年10月）"
        ]
    );
    // 十五五 so far: 1-10月 funds 74.20 against the 2026 target 110.00 → 67.45%.
    assert_eq!(panel.series[1].labels[2], "74.20");
    assert_eq!(panel.series[0].labels[2], "110.00");
    assert_eq!(panel.rates.as_ref().unwrap().labels[2], "67.45%");
}

/// Two units with 2026 targets: one ahead of 序时进度, one behind; one without a target.
fn ranking_dataset() -> Dataset {
    let target = |name: &str, value: Decimal| {
        fact(
            Scope::Unit(unit(name)),
            Indicator::SIGNED_PROJECTS,
            Span::Year(2026),
            FactKind::Target,
            value,
        )
    };
    let mut projects = Vec::new();
    for (name, count) in [("甲街道", 28), ("乙镇", 10), ("丙园区", 3)] {
        for k in 0..count {
            projects.push(project(
                format!("{name}{k}"),
                name,
                "电子信息",
                NaiveDate::from_ymd_opt(2026, 1 + k % 10, 1),
                dec!(2),
                Stage::Signed,
            ));
        }
    }
    Dataset::from_parts(
        vec![target("甲街道", dec!(36)), target("乙镇", dec!(10))],
        projects,
    )
}

#[test]
fn ranking_is_sorted_and_colours_units_behind_schedule() {
    let dataset = ranking_dataset();
    let chart = chart_data(
        &dataset,
        &request(ChartKind::UnitRanking, Indicator::SIGNED_PROJECTS, None),
    );
    assert_eq!(chart.title, "2026年1-10月各单位新签约项目完成率排名（%）");
    let panel = &chart.panels[0];
    assert_eq!(panel.layout, Layout::Rows);
    assert_eq!(panel.categories, ["乙镇", "甲街道", "丙园区"]);
    let series = &panel.series[0];
    assert_eq!(series.values[0], Some(100.0));
    assert_eq!(series.labels[0], "100.00%");
    assert_eq!(series.roles[0], Role::Actual);
    // 28 / 36 = 77.78%, 5.55 points behind 83.33%.
    assert_eq!(series.labels[1], "77.78%（落后5.55个百分点）");
    assert_eq!(series.roles[1], Role::Behind);
    assert_eq!(series.values[2], None);
    assert_eq!(series.labels[2], "—（无目标）");
    let reference = panel.reference.as_ref().unwrap();
    assert_eq!(reference.label, "序时进度 83.33%");
    assert!((reference.value - 83.333_333).abs() < 1e-4);
    assert!(chart.legend.iter().any(|e| e.role == Role::Schedule));
}

#[test]
fn ranking_of_an_indicator_without_targets_is_by_the_actual() {
    let dataset = ranking_dataset();
    let indicator = Indicator::PROJECTS_OVER_100M;
    let span = Span::Year(2026);
    let chart = chart_data(&dataset, &request(ChartKind::UnitRanking, indicator, None));
    assert_eq!(
        chart.title,
        format!(
            "2026年1-10月各单位{}排名（无目标，按完成值，个）",
            indicator.name_zh()
        )
    );
    let panel = &chart.panels[0];
    assert_eq!(panel.categories, ["甲街道", "乙镇", "丙园区"]);
    assert_eq!(panel.value_unit, "完成值（个）");
    assert!(panel.reference.is_none());
    let series = &panel.series[0];
    for (i, name) in ["甲街道", "乙镇", "丙园区"].iter().enumerate() {
        let actual = dataset
            .actual(&Scope::Unit(unit(name)), indicator, span)
            .unwrap();
        assert!(actual > Decimal::ZERO);
        assert_eq!(series.values[i], Some(actual.try_into().unwrap()));
        assert_eq!(series.labels[i], actual.to_string());
    }
    assert!(series.roles.iter().all(|r| *r == Role::Actual));
    // The 排名 of the tables is the same: by the actual, 1 2 3.
    let ranks: Vec<_> = dataset
        .ranking(indicator, span)
        .iter()
        .map(|r| r.rank)
        .collect();
    assert_eq!(ranks, [Some(1), Some(2), Some(3)]);
    assert_eq!(
        dataset.rank_basis(Indicator::SIGNED_PROJECTS, span),
        planboard_model::RankBasis::Rate
    );
    let english = chart_data(
        &dataset,
        &ChartRequest {
            lang: Lang::En,
            ..request(ChartKind::UnitRanking, indicator, None)
        },
    );
    assert!(
        english.title.contains("ranked by actual (no targets)"),
        "{}",
        english.title
    );
}

#[test]
fn ranking_of_a_finished_year_has_no_schedule_line() {
    let dataset = district();
    let chart = chart_data(
        &dataset,
        &request(
            ChartKind::UnitRanking,
            Indicator::SIGNED_PROJECTS,
            Some(Span::Year(2025)),
        ),
    );
    assert_eq!(chart.title, "2025年各单位新签约项目完成率排名（%）");
    let panel = &chart.panels[0];
    assert!(panel.reference.is_none());
    let values: Vec<f64> = panel.series[0].values.iter().map(|v| v.unwrap()).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    for (value, role) in values.iter().zip(&panel.series[0].roles) {
        assert_eq!(*role == Role::Behind, *value < 100.0);
    }
}

#[test]
fn monthly_progress_against_the_schedule_target() {
    let dataset = district();
    let chart = chart_data(
        &dataset,
        &request(ChartKind::MonthlyProgress, Indicator::FUNDS_IN_PLACE, None),
    );
    assert_eq!(
        chart.title,
        "2026年实际到位资金逐月累计完成情况（亿元，年度目标110.00亿元）"
    );
    let panel = &chart.panels[0];
    assert_eq!(panel.categories.len(), 10);
    assert_eq!(panel.categories[0], "1月");
    // target × month / 12: 110 × 3 / 12 = 27.50; cumulative actual through March 22.26.
    assert_eq!(panel.series[0].labels[2], "27.50");
    assert_eq!(panel.series[1].labels[2], "22.26");
    let rates = panel.rates.as_ref().unwrap();
    assert_eq!(rates.name, "完成年度目标");
    assert_eq!(rates.labels[9], "67.45%");
    assert!(!rates.line);
}

#[test]
fn industries_and_the_board_with_the_start_rate() {
    // 甲: 1 在谈, 1 已签约, 2 已开工, 1 已投产 → 开工率 3 / 4 = 75.00%.
    // 乙: 1 在谈 only → no signed project, 开工率 —.
    let p = |n: &str, unit: &str, industry: &str, amount, stage| {
        let date =
            (stage != Stage::Negotiating).then(|| NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        project(n.to_string(), unit, industry, date, amount, stage)
    };
    let dataset = Dataset::from_parts(
        vec![],
        vec![
            p("a", "甲街道", "生物医药", dec!(1.5), Stage::Negotiating),
            p("b", "甲街道", "电子信息", dec!(2.25), Stage::Signed),
            p("c", "甲街道", "电子信息", dec!(3), Stage::Started),
            p("d", "甲街道", "生物医药", dec!(10), Stage::Started),
            p("e", "甲街道", "大健康", dec!(0.5), Stage::InProduction),
            p("f", "乙镇", "大健康", dec!(4), Stage::Negotiating),
        ],
    );
    let chart = chart_data(
        &dataset,
        &request(
            ChartKind::IndustryAndStages,
            Indicator::SIGNED_PROJECTS,
            None,
        ),
    );
    assert_eq!(chart.title, "分产业签约项目与挂图作战进度（个、亿元）");
    assert_eq!(chart.panels.len(), 2);
    let industries = &chart.panels[0];
    // Signed projects only, largest investment first.
    assert_eq!(industries.categories, ["生物医药", "电子信息", "大健康"]);
    assert_eq!(
        industries.series[0].labels,
        ["10.00亿元 · 1个", "5.25亿元 · 2个", "0.50亿元 · 1个"]
    );
    let board = &chart.panels[1];
    assert!(board.stacked);
    assert_eq!(board.categories, ["甲街道", "乙镇", "合计"]);
    let stages: Vec<_> = board.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["在谈", "已签约", "已开工", "已投产"]);
    assert_eq!(board.series[2].values[0], Some(2.0));
    assert_eq!(board.series[0].values[2], Some(2.0));
    assert_eq!(
        board.end_labels,
        ["共5个 开工率75.00%", "共1个 开工率—", "共6个 开工率75.00%"]
    );
}

#[test]
fn a_unit_scope_is_named_and_an_empty_dataset_gives_an_empty_chart() {
    let dataset = district();
    let chart = chart_data(
        &dataset,
        &ChartRequest {
            scope: Scope::Unit(unit("城东街道")),
            span: Some(Span::Plan(PlanPeriod::new(13).unwrap())),
            ..request(
                ChartKind::YearlyComparison,
                Indicator::SIGNED_PROJECTS,
                None,
            )
        },
    );
    assert_eq!(
        chart.title,
        "城东街道十三五期间各年度新签约项目完成情况（个）"
    );
    let empty = Dataset::new();
    for kind in ChartKind::ALL {
        let chart = chart_data(&empty, &ChartRequest::new(kind, Indicator::SIGNED_PROJECTS));
        assert!(!chart.has_values(), "{kind:?}");
        assert!(!chart.title.is_empty());
        assert_eq!(chart.note, "来源：各单位报送的项目台账、完成情况表");
    }
}

#[test]
fn without_targets_there_are_no_target_bars_rates_or_legend_entries() {
    let chart = chart_data(
        &district(),
        &request(
            ChartKind::YearlyComparison,
            Indicator::PROJECTS_OVER_1B,
            None,
        ),
    );
    let panel = &chart.panels[0];
    assert_eq!(panel.series.len(), 1);
    assert_eq!(panel.series[0].name, "完成");
    assert!(panel.rates.is_none());
    let legend: Vec<_> = chart.legend.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(legend, ["完成"]);
}

#[test]
fn schedule_targets_of_counts_keep_their_fraction() {
    let chart = chart_data(
        &district(),
        &request(ChartKind::MonthlyProgress, Indicator::SIGNED_PROJECTS, None),
    );
    // 2026 target 20: 20 × 1/12 = 1.67, 20 × 3/12 = 5.
    let labels = &chart.panels[0].series[0].labels;
    assert_eq!((labels[0].as_str(), labels[2].as_str()), ("1.67", "5"));
}

/// Whether `text` holds a Chinese character or a full-width bracket or punctuation mark.
fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
    })
}

/// Every text of `chart` the chart itself writes (not the names of units and industries,
/// which are the data's own).
fn own_texts(chart: &ChartData) -> Vec<String> {
    let mut texts = vec![chart.title.clone(), chart.note.clone()];
    texts.extend(chart.legend.iter().map(|e| e.label.clone()));
    for panel in &chart.panels {
        texts.extend(panel.subtitle.clone());
        texts.push(panel.value_unit.clone());
        texts.extend(panel.bands.iter().map(|b| b.label.clone()));
        for series in &panel.series {
            texts.push(series.name.clone());
            texts.extend(series.labels.iter().cloned());
        }
        if let Some(rates) = &panel.rates {
            texts.push(rates.name.clone());
            texts.extend(rates.labels.iter().cloned());
        }
        texts.extend(panel.reference.iter().map(|r| r.label.clone()));
        texts.extend(panel.end_labels.iter().cloned());
        if panel.layout == Layout::Columns {
            // Years, periods and months: written by the chart, unlike the rows' unit names.
            texts.extend(panel.categories.iter().cloned());
        }
    }
    texts
}

#[test]
fn an_english_chart_is_titled_from_the_models_english_names() {
    let chart = chart_data(
        &district(),
        &ChartRequest {
            lang: Lang::En,
            ..request(
                ChartKind::YearlyComparison,
                Indicator::PLANNED_INVESTMENT,
                Some(Span::Plan(PlanPeriod::new(14).unwrap())),
            )
        },
    );
    assert_eq!(
        chart.title,
        "Planned investment by year, 14th Five-Year Plan (100M yuan)"
    );
    let legend: Vec<_> = chart.legend.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(legend, ["Target", "Actual", "Completion rate (right axis)"]);
    assert_eq!(chart.panels[0].value_unit, "100M yuan");
    assert_eq!(
        chart.note,
        "Data as of Oct 2026   Source: the units' project ledgers and completion reports"
    );
}

#[test]
fn english_charts_hold_no_chinese_in_their_title_and_legend() {
    let dataset = district();
    let spans = [
        None,
        Some(Span::Year(2025)),
        Some(Span::Plan(PlanPeriod::new(14).unwrap())),
    ];
    for kind in ChartKind::ALL {
        for indicator in [Indicator::SIGNED_PROJECTS, Indicator::PLANNED_INVESTMENT] {
            for span in spans {
                let chart = chart_data(
                    &dataset,
                    &ChartRequest {
                        lang: Lang::En,
                        ..request(kind, indicator, span)
                    },
                );
                assert_eq!(chart.lang, Lang::En);
                assert!(chart.has_values(), "{kind:?} {indicator:?} {span:?}");
                for text in own_texts(&chart) {
                    assert!(!has_chinese(&text), "{kind:?} {span:?}: {text}");
                }
            }
        }
    }
}

#[test]
fn a_ratio_is_charted_in_percent_with_its_measure_in_the_title() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/catalogue/example_catalogue.json");
    let catalogue =
        planboard_model::Catalogue::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut dataset = district();
    dataset.set_catalogue(catalogue);
    let rate = Indicator::new("start_rate");
    let p14 = PlanPeriod::new(14).unwrap();
    let chart = chart_data(
        &dataset,
        &request(ChartKind::YearlyComparison, rate, Some(Span::Plan(p14))),
    );
    assert_eq!(chart.title, "十四五期间各年度开工率完成情况（%）");
    let panel = &chart.panels[0];
    let actual = panel.series.last().unwrap();
    for (i, year) in (2021..=2025).enumerate() {
        let figure = dataset.actual(&Scope::District, rate, Span::Year(year));
        let percent = figure.map(|r| {
            (r * Decimal::ONE_HUNDRED)
                .to_string()
                .parse::<f64>()
                .unwrap()
        });
        assert_eq!(
            actual.values[i].map(|v| (v * 1e6).round()),
            percent.map(|v| (v * 1e6).round())
        );
        assert_eq!(actual.labels[i], planboard_model::format::percent(figure));
        assert!(panel.max_value() >= actual.values[i].unwrap_or_default());
    }
}
