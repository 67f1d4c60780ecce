//! The real app in a headless harness: given the seed's 十三五 data it shows the seed's table;
//! given nothing it shows the empty state.
#![allow(clippy::unwrap_used)]

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use planboard_app::{install_fonts, Lang, PlanboardApp};
use planboard_model::Dataset;
use planboard_testkit::seed;

/// The real app in a harness with the bundled font, after it has settled.
fn harness(app: PlanboardApp) -> Harness<'static, PlanboardApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut PlanboardApp| app.show(ui), app);
    harness.run();
    harness
}

/// The same harness showing the table of every plan period (数据 → 各规划期).
fn periods_table(app: PlanboardApp) -> Harness<'static, PlanboardApp> {
    let mut harness = harness(app);
    harness.get_by_label("数据").click();
    harness.run();
    harness.get_by_label("各规划期").click();
    harness.run();
    harness
}

/// The texts on the row of `row_label` in the table of `period`, left to right.
fn row_texts(harness: &Harness<'_, PlanboardApp>, period: &str, row_label: &str) -> Vec<String> {
    let table = harness.get_by_role_and_label(Role::Group, period);
    let name = table.get_by_label(row_label).rect();
    let mut cells: Vec<(f64, String)> = table
        .query_all_by_role(Role::Label)
        .filter_map(|node| {
            let node = node.accesskit_node();
            let bounds = node.bounding_box()?;
            let y = (bounds.y0 + bounds.y1) / 2.0;
            let on_row = f64::from(name.min.y) <= y && y <= f64::from(name.max.y);
            // A label's text is its value; its accessible name comes from it.
            let text = node.label().or_else(|| node.value())?;
            on_row.then_some((bounds.x0, text))
        })
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, text)| text).collect()
}

#[test]
fn the_seed_table_shows_for_the_thirteenth_plan() {
    let harness = periods_table(PlanboardApp::new(seed::dataset()));
    let expected: [(&str, [&str; 3]); 7] = [
        ("新签约项目（个）", ["100", "123", "123.00%"]),
        ("超亿元项目（个）", ["65", "83", "127.69%"]),
        ("10亿元以上项目（个）", ["6", "9", "150.00%"]),
        ("外资项目（个）", ["—", "3", "—"]),
        ("计划总投资（亿元）", ["351.00", "398.00", "113.39%"]),
        ("实际到位资金（亿元）", ["358.00", "412.63", "115.26%"]),
        ("外出招商次数（次）", ["—", "127", "—"]),
    ];
    for (label, figures) in expected {
        let texts = row_texts(&harness, "十三五", label);
        let figures_shown: Vec<&str> = texts
            .iter()
            .skip_while(|t| t.as_str() != label)
            .skip(1)
            .map(String::as_str)
            .collect();
        assert_eq!(figures_shown, figures, "row {label}: {texts:?}");
    }
    // "其中" marks the sub-counts.
    assert_eq!(
        row_texts(&harness, "十三五", "超亿元项目（个）")[0],
        "其中："
    );
    // Only the periods that have data.
    assert!(harness
        .query_by_role_and_label(Role::Group, "十四五")
        .is_none());
    assert!(harness.query_by_label("还没有数据").is_none());
}

#[test]
fn the_language_switch_turns_the_table_into_english() {
    let mut harness = periods_table(PlanboardApp::new(seed::dataset()));
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state().lang(), Lang::En);
    let texts = row_texts(
        &harness,
        "13th Five-Year Plan",
        "Signed projects (projects)",
    );
    assert_eq!(
        texts,
        ["Signed projects (projects)", "100", "123", "123.00%"]
    );
    harness.get_by_label("中文").click();
    harness.run();
    harness.get_by_label("新签约项目（个）");
}

#[test]
fn an_empty_dataset_shows_what_to_drop_in() {
    let harness = harness(PlanboardApp::new(Dataset::new()));
    harness.get_by_label("还没有数据");
    for kind in ["任务分解表", "项目台账", "完成情况表"] {
        harness.get_by_role_and_label(Role::Label, kind);
    }
    harness.get_by_label_contains(".xlsx、.xls、.ods");
    for indicator in [
        "新签约项目（个）",
        "计划总投资（亿元）",
        "外出招商次数（次）",
    ] {
        harness.get_by_label(indicator);
    }
    assert!(harness
        .query_by_role_and_label(Role::Group, "十三五")
        .is_none());
}
