//! Teaching planboard a layout in the window: a workbook the automatic reader cannot read is
//! imported, the mapping dialog is opened from the import log, its columns mapped while the
//! preview follows, and the layout saved; then the file, read again, and a sibling of the same
//! shape are read by the layout without asking.
#![allow(clippy::unwrap_used)]

mod common;

use common::drop_files;
use egui::accesskit::Role;
use egui_kittest::kittest::{by, NodeT, Queryable};
use egui_kittest::Harness;
use planboard_app::gui::settings::DataFolder;
use planboard_app::{install_fonts, PlanboardApp};
use planboard_import::SavedLayout;
use planboard_model::{Dataset, Decimal, Indicator, Scope, Span, UnitName};
use std::path::Path;

/// The figures of one village: its name, 招引项目数 and 落地资金 in 元.
type Village = (&'static str, f64, f64);

/// One township's villages under headers recognition does not know (招引项目数, 落地资金)
/// with money in 元: a title, `extra_rows` notes, then the table.
fn villages_book(path: &Path, title: &str, extra_rows: usize, sheet: &str, villages: &[Village]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    ws.write_string(0, 0, title).unwrap();
    let mut row = 1;
    for i in 0..extra_rows {
        ws.write_string(row, 0, format!("附注{}：数据由各村上报", i + 1))
            .unwrap();
        row += 1;
    }
    for (c, h) in ["村（社区）", "招引项目数", "落地资金（元）"]
        .iter()
        .enumerate()
    {
        ws.write_string(row, c as u16, *h).unwrap();
    }
    for (name, count, yuan) in villages {
        row += 1;
        ws.write_string(row, 0, *name).unwrap();
        ws.write_number(row, 1, *count).unwrap();
        ws.write_number(row, 2, *yuan).unwrap();
    }
    book.save(path).unwrap();
}

/// The real app keeping its settings and layout library in `folder`.
fn harness(folder: &Path) -> Harness<'static, PlanboardApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, app: &mut PlanboardApp| app.show(ui),
            PlanboardApp::new(Dataset::new()).with_data_folder(DataFolder::at(folder)),
        );
    harness.run();
    harness
}

/// Steps until `done` holds (the background threads answer meanwhile).
fn step_until(
    harness: &mut Harness<'static, PlanboardApp>,
    what: &str,
    done: impl Fn(&Harness<'static, PlanboardApp>) -> bool,
) {
    for _ in 0..3000 {
        harness.step();
        if done(harness) {
            settle(harness);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("waited in vain for {what}");
}

/// Runs a few frames: the dialog's spinner and the preview's wait keep asking for more, so the
/// harness is never left to settle by itself.
fn settle(harness: &mut Harness<'static, PlanboardApp>) {
    harness.run_steps(4);
}

fn drop_and_wait(harness: &mut Harness<'static, PlanboardApp>, path: &Path) {
    drop_files(harness, &[path.to_path_buf()]);
    wait_for_import(harness);
}

fn wait_for_import(harness: &mut Harness<'static, PlanboardApp>) {
    harness.step();
    step_until(harness, "the import", |h| !h.state().is_importing());
}

fn click(harness: &mut Harness<'static, PlanboardApp>, label: &str) {
    harness.get_by_label(label).click();
    settle(harness);
}

/// Picks `option` in the role drop-down of the column labelled `column` ("B 列"), after
/// typing `search` in its search box.
fn map_column(
    harness: &mut Harness<'static, PlanboardApp>,
    column: &str,
    search: &str,
    option: &str,
) {
    harness
        .get_by_role_and_label(Role::Group, column)
        .query_all(by())
        .find(|n| n.accesskit_node().role() == Role::ComboBox)
        .unwrap()
        .click();
    settle(harness);
    if !search.is_empty() {
        harness
            .get_by_role_and_label(Role::TextInput, "搜索")
            .click();
        settle(harness);
        harness
            .get_by_role_and_label(Role::TextInput, "搜索")
            .type_text(search);
        settle(harness);
        // Only what matches is listed.
        assert!(harness.query_by_label("忽略").is_none());
    }
    click(harness, option);
}

/// Picks `option` in the combo box showing `current`.
fn choose(harness: &mut Harness<'static, PlanboardApp>, current: &str, option: &str) {
    harness
        .get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some(current))
        .click();
    settle(harness);
    click(harness, option);
}

fn unit(name: &str) -> Scope {
    Scope::Unit(UnitName::new(name).unwrap())
}

#[test]
fn a_layout_taught_in_the_dialog_reads_the_file_again_and_its_sibling() {
    let temp = tempfile::tempdir().unwrap();
    let first = temp.path().join("村级招引情况.xlsx");
    villages_book(
        &first,
        "某镇各村招引情况",
        0,
        "Sheet1",
        &[
            ("前进村", 3.0, 250_000_000.0),
            ("红星村", 2.0, 80_000_000.0),
        ],
    );
    let data = temp.path().join("data");
    let mut harness = harness(&data);
    drop_and_wait(&mut harness, &first);
    assert!(
        harness.state().dataset().facts().is_empty(),
        "recognition should not read it"
    );

    // The message panel says the sheet was not understood and offers to teach it; so does
    // the import log, its sheets' list open at once.
    harness.get_by_label_contains("工作表「Sheet1」未能识别");
    assert_eq!(harness.get_all_by_label("调整读取方式…").count(), 1);
    click(&mut harness, "导入记录");
    assert_eq!(harness.get_all_by_label("调整读取方式…").count(), 2);
    harness
        .get_all_by_label("调整读取方式…")
        .last()
        .unwrap()
        .click();
    settle(&mut harness);
    step_until(&mut harness, "the sheet", |h| {
        h.query_by_label_contains("没能自动识别这张表").is_some()
    });
    // Nothing is mapped yet: the preview says what is missing.
    step_until(&mut harness, "the first preview", |h| {
        h.query_by_label_contains("还不能读取").is_some()
    });

    map_column(&mut harness, "A 列", "", "单位");
    map_column(&mut harness, "B 列", "新签约", "新签约项目（个） · 完成");
    map_column(&mut harness, "C 列", "到位", "实际到位资金（亿元） · 完成");
    // The money column offers its unit, first the one its header names: 元. The count
    // column has none.
    assert_eq!(
        harness
            .get_all_by(|n| n.role() == Role::ComboBox
                && matches!(n.value().as_deref(), Some("元" | "万元" | "亿元")))
            .count(),
        1
    );
    harness.get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some("元"));
    choose(&mut harness, "标题或表名（或年度列）", "固定年度");
    let this_year = chrono::Datelike::year(&chrono::Local::now());
    harness
        .get_by(|n| n.role() == Role::SpinButton && n.numeric_value() == Some(f64::from(this_year)))
        .focus();
    settle(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role(Role::TextInput).type_text("2025");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);

    // The preview follows: both villages, the money in 亿元.
    step_until(&mut harness, "the preview of the mapped layout", |h| {
        h.query_by_label("前进村").is_some() && h.query_by_label("2.50").is_some()
    });
    harness.get_by_label("红星村");
    harness.get_by_label("0.80");
    harness.get_by_label_contains("实际到位资金（亿元） 完成（2025年）");
    harness.get_by_label("读取 4 行：导入 2，跳过 2，拒绝 0");

    // 保存: the name is offered; the file is read again with the layout.
    let name = "村级招引情况「Sheet1」";
    assert_eq!(
        harness.get_by_role(Role::TextInput).value().as_deref(),
        Some(name)
    );
    click(&mut harness, "保存并重新导入");
    assert!(!harness.state().is_layout_dialog_open());
    wait_for_import(&mut harness);
    let dataset = harness.state().dataset();
    let year = Span::Year(2025);
    assert_eq!(
        dataset.actual(&unit("前进村"), Indicator::FUNDS_IN_PLACE, year),
        Some(Decimal::new(25, 1))
    );
    assert_eq!(
        dataset.actual(&unit("红星村"), Indicator::SIGNED_PROJECTS, year),
        Some(Decimal::from(2))
    );
    assert_eq!(dataset.sources().len(), 1);
    // The message that the sheet was not understood is gone.
    assert!(harness.query_by_label_contains("未能识别").is_none());
    let read_with = |h: &Harness<'static, PlanboardApp>, file: &Path| {
        let file = file.to_string_lossy();
        h.state()
            .import_log()
            .iter()
            .find(|r| r.file == file)
            .and_then(|r| r.sheets[0].layout.clone())
    };
    assert_eq!(read_with(&harness, &first).as_deref(), Some(name));
    // The sheets' list is still open.
    harness.get_by_label(&format!("按读取方式「{name}」读取"));
    // Kept in the workspace and in the library on disk.
    assert_eq!(harness.state().layouts().len(), 1);
    let library = std::fs::read(data.join("layouts.json")).unwrap();
    let library = SavedLayout::parse_many(&library).unwrap();
    assert_eq!(library, harness.state().layouts());

    // The overview shows a village's figures for the year.
    click(&mut harness, "总览");
    choose(&mut harness, "整个规划期", "2025年");
    choose(&mut harness, "全区", "前进村");
    let funds = harness.get_by_role_and_label(Role::Group, "实际到位资金（亿元）");
    assert!(funds.query_by_label("2.50").is_some());

    // Read again: the layout, without asking.
    click(&mut harness, "导入记录");
    click(&mut harness, "重新导入");
    wait_for_import(&mut harness);
    assert_eq!(read_with(&harness, &first).as_deref(), Some(name));
    assert!(!harness.state().is_layout_dialog_open());
    assert!(harness.state().pending_unit().is_none());

    // A sibling: a new title, two rows more above the table, another sheet name.
    let second = temp.path().join("第二季度.xlsx");
    villages_book(
        &second,
        "某镇各村招引情况（第二季度更新）",
        2,
        "二季度",
        &[("东风村", 4.0, 120_000_000.0), ("新华村", 1.0, 5_000_000.0)],
    );
    drop_and_wait(&mut harness, &second);
    assert_eq!(read_with(&harness, &second).as_deref(), Some(name));
    let dataset = harness.state().dataset();
    assert_eq!(
        dataset.actual(&unit("东风村"), Indicator::FUNDS_IN_PLACE, year),
        Some(Decimal::new(12, 1))
    );
    assert_eq!(
        dataset.actual(&unit("新华村"), Indicator::SIGNED_PROJECTS, year),
        Some(Decimal::from(1))
    );
    assert_eq!(dataset.sources().len(), 2);
}

#[test]
fn a_new_window_reads_with_the_library_and_a_bad_layout_file_changes_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let layout = SavedLayout::parse(
        r#"{"format": "planboard-layout", "version": 1, "name": "村级",
        "header": ["村（社区）", "招引项目数", "落地资金（元）"], "header_rows": 1,
        "kind": "unit_table", "columns": ["unit",
        {"figure": {"indicator": "signed_projects", "field": "actual", "when": {"year": null}, "unit": null, "money": "yi"}},
        {"figure": {"indicator": "funds_in_place", "field": "actual", "when": {"year": null}, "unit": null, "money": "yuan"}}],
        "year": 2024}"#
            .as_bytes(),
    )
    .unwrap();
    DataFolder::at(&data).save_layouts(&[layout]).unwrap();
    let mut harness = harness(&data);
    assert_eq!(harness.state().layout_library().len(), 1);
    let file = temp.path().join("三月.xlsx");
    villages_book(
        &file,
        "各村情况",
        1,
        "三月",
        &[("前进村", 3.0, 250_000_000.0)],
    );
    drop_and_wait(&mut harness, &file);
    assert_eq!(
        harness.state().dataset().actual(
            &unit("前进村"),
            Indicator::FUNDS_IN_PLACE,
            Span::Year(2024)
        ),
        Some(Decimal::new(25, 1))
    );

    // A damaged layout file is refused, naming it; the library stays as it was.
    let bad = temp.path().join("坏的.json");
    std::fs::write(&bad, br#"{"format": "planboard-layout", "version": 9}"#).unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::ImportLayoutsFrom(bad.clone()));
    settle(&mut harness);
    let said = harness.state().messages().last().unwrap().zh.clone();
    assert!(said.contains(&bad.display().to_string()), "{said}");
    assert!(said.contains("版本 9"), "{said}");
    assert_eq!(harness.state().layout_library().len(), 1);
    assert!(harness.state().layouts().is_empty());

    // The 读取方式 window lists it; renaming and removing reach the library file.
    click(&mut harness, "文件");
    click(&mut harness, "读取方式… Ctrl+L");
    harness.get_by_label("村级");
    harness.get_by_label("个人库");
    click(&mut harness, "重命名");
    // The name box has the keys at once.
    harness.key_press(egui::Key::End);
    harness.get_by_role(Role::TextInput).type_text("二");
    settle(&mut harness);
    click(&mut harness, "确定");
    let names = |data: &Path| -> Vec<String> {
        SavedLayout::parse_many(&std::fs::read(data.join("layouts.json")).unwrap())
            .unwrap()
            .into_iter()
            .map(|l| l.name)
            .collect()
    };
    assert_eq!(names(&data), ["村级二"]);
    // Exported for a colleague: the file is the layout, under its new name.
    let shared = temp.path().join("给同事.json");
    harness.state_mut().apply(
        &ctx,
        planboard_app::Command::ExportLayoutTo("村级二".into(), shared.clone()),
    );
    let exported = SavedLayout::parse(&std::fs::read(&shared).unwrap()).unwrap();
    assert_eq!(exported.name, "村级二");
    assert_eq!(exported.year, Some(2024));
    click(&mut harness, "删除");
    assert!(names(&data).is_empty());
    harness.get_by_label_contains("还没有保存的读取方式");
}

#[test]
fn the_dialog_reads_with_the_workspaces_catalogue() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = manifest.join(
        "../../../shared/published/六安市招商引资工作成效公示（2022年1-9月、2024年1-6月、2025年上半年）.xlsx",
    );
    if !file.is_file() {
        eprintln!("no ../shared/published beside the repository; skipped");
        return;
    }
    let text =
        std::fs::read_to_string(manifest.join("../../tests/catalogue/example_catalogue.json"))
            .unwrap();
    let mut dataset = Dataset::new();
    dataset.set_catalogue(planboard_model::Catalogue::from_json(&text).unwrap());
    let temp = tempfile::tempdir().unwrap();
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, app: &mut PlanboardApp| app.show(ui),
            PlanboardApp::new(dataset).with_data_folder(DataFolder::at(temp.path())),
        );
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        planboard_app::Command::OpenLayoutDialog {
            file: file.display().to_string(),
            sheet: "2024年1-6月".into(),
        },
    );
    // The guessed layout maps 开工项目（个） and 开工率（%） to the catalogue's entries, and
    // the preview reads their figures.
    step_until(&mut harness, "the guessed layout", |h| {
        h.query_by(|n| {
            n.role() == Role::ComboBox && n.value().is_some_and(|v| v.starts_with("开工项目"))
        })
        .is_some()
    });
    harness.get_by(|n| {
        n.role() == Role::ComboBox && n.value().is_some_and(|v| v.starts_with("开工率"))
    });
}
