//! The 指标设置 page in the real app: the workspace's own indicators are listed with the
//! built-ins, shown on the overview, and one deleted there is gone everywhere; a built-in
//! cannot be deleted.
#![allow(clippy::unwrap_used)]

use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use planboard_app::{install_fonts, PlanboardApp};
use planboard_model::{Catalogue, Indicator};
use planboard_testkit::seed;

fn app() -> PlanboardApp {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/catalogue/example_catalogue.json");
    let catalogue = Catalogue::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut dataset = seed::dataset();
    dataset.set_catalogue(catalogue);
    PlanboardApp::new(dataset)
}

fn harness() -> Harness<'static, PlanboardApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut PlanboardApp| app.show(ui), app());
    harness.run();
    harness
}

#[test]
fn custom_indicators_are_listed_shown_and_deleted_but_builtins_stay() {
    let mut harness = harness();
    // The overview has a card for each.
    let shown = |h: &Harness<'static, PlanboardApp>, label: &str| {
        h.query_all_by_label(label).next().is_some()
    };
    assert!(shown(&harness, "开工率（%）"));
    assert!(shown(&harness, "实际利用外资（万美元）"));
    harness.get_by_label("指标设置").click();
    harness.run();
    harness.get_by_label("start_rate");
    harness.get_by_label("新签约项目（内置）");
    let deletes: Vec<_> = harness.get_all_by_label("删除").collect();
    assert_eq!(deletes.len(), 11);
    // A built-in's button does nothing.
    deletes[0].click();
    harness.run();
    assert_eq!(harness.state().dataset().catalogue().all().len(), 11);
    // The last entry, 实际利用外资, goes.
    harness.get_all_by_label("删除").last().unwrap().click();
    harness.run();
    let catalogue = harness.state().dataset().catalogue().clone();
    assert_eq!(catalogue.all().len(), 10);
    assert!(catalogue.get(Indicator::new("foreign_capital")).is_none());
    // The editor of 开工率: every field named; an English name saved.
    let edits: Vec<_> = harness.get_all_by_label("编辑").collect();
    edits[9].click();
    harness.run();
    harness.get_by_label("英文名称").click();
    harness.run();
    harness.get_by_label("英文名称").type_text("Start rate");
    harness.run();
    harness.get_by_label("保存").click();
    harness.run();
    let def = harness
        .state()
        .dataset()
        .catalogue()
        .get(Indicator::new("start_rate"))
        .cloned()
        .unwrap();
    assert_eq!(def.name_en.as_deref(), Some("Start rate"));
    harness.get_by_label("总览").click();
    harness.run();
    assert!(!shown(&harness, "实际利用外资（万美元）"));
    assert!(shown(&harness, "开工率（%）"));
}
