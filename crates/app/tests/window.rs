//! The real app driven as a user would: workbooks dropped onto the window are imported in the
//! background, then the overview, the tables, the drill-down, the ledger and the import log
//! are read by their labels.
#![allow(clippy::unwrap_used)]

mod common;

use common::drop_files;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use planboard_app::{install_fonts, Lang, PlanboardApp, Tab};
use planboard_model::{Dataset, Indicator, PlanPeriod, Span};
use planboard_testkit::workbook::{save_sheet, Cell};
use std::path::{Path, PathBuf};

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../resources/demo")
}

/// The real app with no data, in a harness with the bundled font.
fn harness() -> Harness<'static, PlanboardApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, app: &mut PlanboardApp| app.show(ui),
            PlanboardApp::new(Dataset::new()),
        );
    harness.run();
    harness
}

/// Drops `paths` onto the window and steps until the background import is done.
fn drop_and_wait(harness: &mut Harness<'static, PlanboardApp>, paths: &[PathBuf]) {
    drop_files(harness, paths);
    wait_for_import(harness);
}

/// Steps until the background import is done.
fn wait_for_import(harness: &mut Harness<'static, PlanboardApp>) {
    harness.step();
    for _ in 0..3000 {
        harness.step();
        if !harness.state().is_importing() {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the import did not finish");
}

/// Steps until the save being written is done.
fn wait_for_save(harness: &mut Harness<'static, PlanboardApp>) {
    for _ in 0..3000 {
        harness.step();
        if !harness.state().is_saving() {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the save did not finish");
}

/// The app after the demo folder was dropped onto it.
fn with_demo() -> Harness<'static, PlanboardApp> {
    let mut harness = harness();
    drop_and_wait(&mut harness, &[demo()]);
    harness
}

/// The texts inside the group labelled `group`, in reading order.
fn group_texts(harness: &Harness<'_, PlanboardApp>, group: &str) -> Vec<String> {
    let node = harness.get_by_role_and_label(Role::Group, group);
    let mut texts: Vec<(f64, f64, String)> = node
        .query_all(egui_kittest::kittest::by())
        .filter_map(|n| {
            let n = n.accesskit_node();
            if !matches!(n.role(), Role::Label | Role::Link | Role::Button) {
                return None;
            }
            let bounds = n.bounding_box()?;
            let text = n.label().or_else(|| n.value())?;
            Some(((bounds.y0 / 4.0).round(), bounds.x0, text))
        })
        .collect();
    texts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    texts.into_iter().map(|(_, _, t)| t).collect()
}

/// The texts on the row of `row_label`, left to right.
fn row_texts(harness: &Harness<'_, PlanboardApp>, row_label: &str) -> Vec<String> {
    let name = harness.get_by_label(row_label).rect();
    let mut cells: Vec<(f64, String)> = harness
        .root()
        .query_all(egui_kittest::kittest::by())
        .filter_map(|node| {
            let node = node.accesskit_node();
            if !matches!(node.role(), Role::Label | Role::Link) {
                return None;
            }
            let bounds = node.bounding_box()?;
            let y = (bounds.y0 + bounds.y1) / 2.0;
            let on_row = f64::from(name.min.y) - 8.0 <= y && y <= f64::from(name.max.y) + 8.0;
            let text = node.label().or_else(|| node.value())?;
            on_row.then_some((bounds.x0, text))
        })
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, text)| text).collect()
}

/// Picks `option` in the combo box showing `current`.
fn choose(harness: &mut Harness<'static, PlanboardApp>, current: &str, option: &str) {
    harness
        .get_by(|n| n.role() == Role::ComboBox && n.value().as_deref() == Some(current))
        .click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

/// Picks `option` in the combo box labelled `label` showing `current`.
fn choose_in(
    harness: &mut Harness<'static, PlanboardApp>,
    label: &str,
    current: &str,
    option: &str,
) {
    harness
        .get_by(|n| {
            n.role() == Role::ComboBox
                && n.label().as_deref() == Some(label)
                && n.value().as_deref() == Some(current)
        })
        .click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

fn open_tab(harness: &mut Harness<'static, PlanboardApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn thirteenth() -> PlanPeriod {
    PlanPeriod::new(13).unwrap()
}

#[test]
fn dropped_workbooks_show_the_thirteenth_plan_on_the_overview() {
    let mut harness = with_demo();
    assert_eq!(harness.state().dataset().sources().len(), 14);
    // The latest period with data is shown first; every period with data can be chosen.
    assert_eq!(harness.state().selection().period, PlanPeriod::new(15));
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    assert_eq!(harness.state().selection().period, Some(thirteenth()));
    let card = group_texts(&harness, "新签约项目（个）");
    let expected = ["目标", "100", "完成", "123", "完成率", "123.00%"];
    assert!(card.windows(6).any(|w| w == expected), "{card:?}");
    let funds = group_texts(&harness, "实际到位资金（亿元）");
    assert!(funds.contains(&"412.63".to_string()), "{funds:?}");
    // The written summary of the selection sits under the cards, ready to copy.
    harness.get_by_label_contains("十三五期间，全区新签约项目123个，占任务数100个的123.00%");
    harness.get_by_label("复制文字");
    // The rule in force is shown.
    harness.get_by_label("绿：达到或超过序时进度");
    harness.get_by_label("黄：落后不超过 10 个百分点");
    // The import log lists every file, with no message of failure.
    assert_eq!(harness.state().import_log().len(), 14);
    harness.get_by_label_contains("导入完成：14 个文件");
}

#[test]
fn a_running_year_shows_schedule_progress_and_the_gap() {
    let mut harness = with_demo();
    choose(&mut harness, "整个规划期", "2026年");
    let card = group_texts(&harness, "新签约项目（个）");
    assert!(card.contains(&"序时进度".to_string()), "{card:?}");
    assert!(card.contains(&"83.33%".to_string()), "{card:?}");
    assert!(
        card.iter()
            .any(|t| t.contains("序时进度") && t.contains("个百分点")),
        "{card:?}"
    );
}

#[test]
fn a_ratio_card_shows_no_schedule_progress() {
    let mut harness = with_demo();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/catalogue/example_catalogue.json"),
    )
    .unwrap();
    let catalogue = planboard_model::Catalogue::from_json(&text).unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::SetCatalogue(catalogue));
    harness.run();
    choose(&mut harness, "整个规划期", "2026年");
    let signed = group_texts(&harness, "新签约项目（个）");
    assert!(signed.contains(&"序时进度".to_string()), "{signed:?}");
    let ratio = group_texts(&harness, "开工率（%）");
    assert!(ratio.contains(&"完成".to_string()), "{ratio:?}");
    assert!(!ratio.iter().any(|t| t.contains("序时进度")), "{ratio:?}");
}

#[test]
fn the_units_table_ranks_units_by_completion() {
    let mut harness = with_demo();
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    open_tab(&mut harness, "数据");
    harness.get_by_label("十三五各单位完成情况，按新签约项目完成率排名");
    let ranking = harness
        .state()
        .dataset()
        .ranking(Indicator::SIGNED_PROJECTS, Span::Plan(thirteenth()));
    let first = &ranking[0];
    assert_eq!(first.rank, Some(1));
    let row = row_texts(&harness, first.unit.as_str());
    assert_eq!(row[0], "1", "{row:?}");
    assert_eq!(row[1], first.unit.as_str());
    // The year table has the period's total last.
    harness.get_by_label("各年度").click();
    harness.run();
    let total = row_texts(&harness, "十三五");
    assert!(total.contains(&"123".to_string()), "{total:?}");
}

#[test]
fn the_empty_window_opens_the_demo_with_one_click() {
    let mut harness = harness();
    harness.get_by_label("导入工作簿…");
    harness.get_by_label("导入文件夹…");
    harness.get_by_label("打开示例数据").click();
    wait_for_import(&mut harness);
    assert_eq!(harness.state().dataset().sources().len(), 14);
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    let card = group_texts(&harness, "新签约项目（个）");
    assert!(card.contains(&"123".to_string()), "{card:?}");
}

#[test]
fn clicking_a_figure_shows_the_projects_behind_it() {
    let mut harness = with_demo();
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    harness.get_by_role_and_label(Role::Link, "123").click();
    harness.run();
    harness.get_by_label("计入完成数的台账项目（123 个）");
    harness.get_by_label("完成 123，目标 100，完成率 123.00%");
    // The district's target is its own, not its units' sum.
    harness.get_by_label_contains("全区目标取全区自身的目标");
    // The first projects are laid out with their file, sheet and row.
    let places: Vec<String> = harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .filter(|t| t.contains("台账") && t.contains("第") && t.contains("行"))
        .collect();
    assert!(places.len() >= 5, "{places:?}");
    // Each source can be copied as text, or opened (a file that is gone is said so).
    harness.query_all_by_label("复制").next().unwrap().click();
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .unwrap_or_default();
    assert!(copied.contains("台账") && copied.contains("行"), "{copied}");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        planboard_app::Command::OpenSource(PathBuf::from("不在了.xlsx")),
    );
    harness.run();
    harness.get_by_label_contains("文件已不在导入时的位置");
    harness.get_by_label("关闭").click();
    harness.run();
    assert!(harness.query_by_label("构成明细").is_none());
}

#[test]
fn removing_a_file_takes_its_figures_away() {
    let mut harness = with_demo();
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    open_tab(&mut harness, "导入记录");
    let file = "城东街道招商项目台账.xlsx";
    let entry = harness.get_by_role_and_label(Role::Group, file);
    entry.get_by_label("移除数据").click_accesskit();
    harness.run();
    assert_eq!(harness.state().dataset().sources().len(), 13);
    assert!(harness.query_by_role_and_label(Role::Group, file).is_none());
    open_tab(&mut harness, "总览");
    let card = group_texts(&harness, "新签约项目（个）");
    let actual = card.iter().position(|t| t == "完成").unwrap();
    assert_ne!(card[actual + 1], "123", "{card:?}");
    harness.get_by_label_contains("已移除");
}

#[test]
fn the_ledger_filters_and_sorts() {
    let mut harness = with_demo();
    assert_eq!(harness.state().tab(), Tab::Overview);
    open_tab(&mut harness, "项目台账");
    let total = harness.state().dataset().projects().len();
    harness.get_by_label(&format!("显示 {total} / 共 {total} 个项目"));
    // Filter by a unit.
    choose_in(&mut harness, "单位", "全部", "城东街道");
    let east = harness
        .state()
        .dataset()
        .projects()
        .iter()
        .filter(|p| p.unit.as_str() == "城东街道")
        .count();
    harness.get_by_label(&format!("显示 {east} / 共 {total} 个项目"));
    // Sort by investment, largest first.
    harness
        .get_by_role_and_label(Role::Button, "计划总投资（亿元）")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "计划总投资（亿元） ▲")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "计划总投资（亿元） ▼");
}

#[test]
fn a_workbook_without_a_unit_asks_for_one() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let file = dir.join("台账.xlsx");
    let rows = [
        ["项目名称", "签约日期", "计划总投资（亿元）", "是否外资"],
        ["甲项目", "2023-05-08", "2.5", "否"],
        ["乙项目", "2023-06-01", "12", "是"],
    ]
    .map(|row| row.map(Cell::Text).to_vec());
    save_sheet(&file, "Sheet1", &rows);
    let mut harness = harness();
    drop_and_wait(&mut harness, std::slice::from_ref(&file));
    assert_eq!(harness.state().pending_unit(), Some(&file));
    harness.get_by_label("这个文件属于哪个单位？");
    harness.get_by_role(Role::TextInput).focus();
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("城南街道");
    harness.run();
    assert_eq!(
        harness.get_by_role(Role::TextInput).value().as_deref(),
        Some("城南街道")
    );
    harness.run();
    harness.get_by_label("导入").click_accesskit();
    for _ in 0..3000 {
        harness.step();
        if !harness.state().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    harness.run();
    assert_eq!(
        harness.state().pending_unit(),
        None,
        "{:?}",
        harness.state().messages()
    );
    let units: Vec<String> = harness
        .state()
        .dataset()
        .units()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(units, ["城南街道"]);
    assert_eq!(harness.state().dataset().projects().len(), 2);
}

#[test]
fn the_charts_tab_draws_the_chart_of_the_selection() {
    let mut harness = with_demo();
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    open_tab(&mut harness, "图表");
    let title = |harness: &Harness<'_, PlanboardApp>| {
        harness
            .get_by(|n| n.role() == Role::Image)
            .accesskit_node()
            .label()
            .unwrap()
    };
    let yearly = title(&harness);
    assert!(
        yearly.contains("十三五") && yearly.contains("新签约项目"),
        "{yearly}"
    );
    harness.get_by_label("单位排名").click();
    harness.run();
    let ranking = title(&harness);
    assert_ne!(ranking, yearly);
    harness.get_by_label("保存图片…");
    harness.get_by_label("复制图片");
}

#[test]
fn a_click_on_a_bar_opens_what_it_is_made_of() {
    let mut harness = with_demo();
    choose(&mut harness, "十五五", "十三五（2016—2020年）");
    open_tab(&mut harness, "图表");
    assert!(harness.query_by_label("构成明细").is_none());
    // The middle of the 年度对比 chart (under the buttons above it) is one of the plan's years.
    let buttons = harness.get_by_label("保存图片…").rect();
    let middle = egui::pos2(700.0, buttons.bottom() + 400.0);
    harness
        .input_mut()
        .events
        .push(egui::Event::PointerMoved(middle));
    for pressed in [true, false] {
        harness.input_mut().events.push(egui::Event::PointerButton {
            pos: middle,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::default(),
        });
    }
    harness.run();
    harness.get_by_label("构成明细");
    let subject = harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .find(|t| t.starts_with("全区 · "))
        .unwrap_or_default();
    let year: i32 = subject["全区 · ".len()..]
        .chars()
        .take(4)
        .collect::<String>()
        .parse()
        .unwrap_or_default();
    assert!((2016..=2020).contains(&year), "{subject}");
    harness.get_by_label_contains("计入完成数的台账项目");
}

#[test]
fn a_saved_workspace_reopens_with_the_same_figures() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let file = dir.join("十三五.planboard");
    let mut harness = with_demo();
    assert!(harness.state().is_dirty(), "an import is an unsaved change");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::SaveWorkspaceTo(file.clone()));
    wait_for_save(&mut harness);
    assert!(!harness.state().is_dirty());
    assert_eq!(harness.state().workspace_path(), Some(&file));
    harness.get_by_label_contains("工作区已保存");

    let mut reopened = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, app: &mut PlanboardApp| app.show(ui),
            PlanboardApp::new(Dataset::new()).with_workspace(&file),
        );
    reopened.run();
    assert_eq!(reopened.state().dataset().sources().len(), 14);
    assert_eq!(reopened.state().import_log().len(), 14);
    choose(&mut reopened, "十五五", "十三五（2016—2020年）");
    let card = group_texts(&reopened, "新签约项目（个）");
    let expected = ["目标", "100", "完成", "123", "完成率", "123.00%"];
    assert!(card.windows(6).any(|w| w == expected), "{card:?}");
}

#[test]
fn unsaved_changes_are_not_discarded_without_asking() {
    let mut harness = with_demo();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(harness.state().pending_confirmation().is_some());
    harness.get_by_label("有未保存的更改");
    harness.get_by_label("取消").click();
    harness.run();
    assert_eq!(harness.state().dataset().sources().len(), 14);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label("不保存，继续").click();
    harness.run();
    assert!(harness.state().dataset().is_empty());
    harness.get_by_label("还没有数据");
}

#[test]
fn a_bad_workspace_file_is_said_in_the_window() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let file = dir.join("坏的.planboard");
    std::fs::write(&file, b"{\"format\": \"planboard-workspace\", \"vers").unwrap();
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, app: &mut PlanboardApp| app.show(ui),
            PlanboardApp::new(Dataset::new()).with_workspace(&file),
        );
    harness.run();
    assert!(harness.state().dataset().is_empty());
    assert_eq!(harness.state().workspace_path(), None);
    harness.get_by_label_contains("无法打开工作区");
}

#[test]
fn a_hidden_window_keeps_importing() {
    // While the window is minimized eframe draws nothing and only polls the tasks.
    let ctx = egui::Context::default();
    let mut app = PlanboardApp::new(Dataset::new()).with_startup_import(vec![demo()]);
    assert!(app.is_importing());
    for _ in 0..3000 {
        app.poll_tasks(&ctx);
        if !app.is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!app.is_importing(), "the import did not finish");
    assert_eq!(app.dataset().sources().len(), 14);
    assert!(app.is_dirty());
}

#[test]
fn the_autosave_is_written_in_the_background_and_removed_by_a_save() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let folder = planboard_app::gui::settings::DataFolder::at(dir.join("data"));
    let autosave = folder.autosave_path();
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, app: &mut PlanboardApp| app.show(ui),
            PlanboardApp::new(Dataset::new()).with_data_folder(folder),
        );
    harness.run();
    drop_and_wait(&mut harness, &[demo()]);
    assert!(harness.state().is_dirty());
    // The autosave follows a few seconds after the change, written by its own thread.
    let mut written = false;
    for _ in 0..3000 {
        harness.step();
        if autosave.is_file() && !harness.state().is_autosaving() {
            written = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(written, "no autosave was written");
    assert!(harness
        .state()
        .messages()
        .iter()
        .all(|m| !m.text(Lang::Zh).contains("自动保存失败")));
    let recovered = planboard_app::gui::workspace_file::AppWorkspace::open(&autosave).unwrap();
    assert_eq!(recovered.dataset.sources().len(), 14);
    assert_eq!(recovered.import_log.len(), 14);

    // A save makes the autosave stale: it goes.
    let file = dir.join("saved.planboard");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::SaveWorkspaceTo(file.clone()));
    wait_for_save(&mut harness);
    assert!(!harness.state().is_dirty());
    assert!(!autosave.exists());
    assert!(file.is_file());
}

#[test]
fn templates_are_made_from_the_file_menu_and_import_cleanly() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().to_path_buf();
    let mut harness = harness();
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("生成填报模板…").click();
    harness.run();
    harness.get_by_label("生成填报模板");
    harness.get_by_role(Role::TextInput).click();
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("青山镇");
    harness.run();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::WriteTemplates(dir.clone()));
    harness.run();
    let said: Vec<String> = harness
        .state()
        .messages()
        .iter()
        .map(|m| m.text(Lang::Zh).to_string())
        .collect();
    assert!(
        said.iter().any(|t| t.starts_with("已生成 2 个填报模板")),
        "{said:?}"
    );
    assert!(harness.query_by_label("选择保存文件夹并生成…").is_none());
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    written.sort();
    assert_eq!(written.len(), 2, "{written:?}");
    assert!(written.iter().all(|n| n.contains("青山镇")), "{written:?}");
    // Empty templates hold nothing to import, and say so.
    drop_and_wait(&mut harness, std::slice::from_ref(&dir));
    assert_eq!(harness.state().import_log().len(), 2);
}

#[test]
fn saving_over_a_file_someone_else_changed_asks_and_loses_neither() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("共享.planboard");
    let mut harness = with_demo();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::SaveWorkspaceTo(file.clone()));
    wait_for_save(&mut harness);
    assert!(dir.path().join("共享.planboard.lock").is_file());
    // A colleague saves the same file from another computer.
    let theirs = format!("{}\n", std::fs::read_to_string(&file).unwrap());
    std::fs::write(&file, &theirs).unwrap();
    let first = harness.state().import_log()[0].file.clone();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::RemoveFile(first));
    harness.run();
    harness
        .state_mut()
        .apply(&ctx, planboard_app::Command::SaveWorkspace);
    harness.run();
    harness.get_by_label("文件已被其他人修改");
    harness.get_by_label("保存为副本").click();
    harness.run();
    wait_for_save(&mut harness);
    assert!(harness.query_by_label("文件已被其他人修改").is_none());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        theirs,
        "theirs is kept"
    );
    let copy = harness.state().workspace_path().unwrap().clone();
    assert_ne!(copy, file);
    assert!(copy
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("共享（副本 "));
    assert!(copy.is_file() && !harness.state().is_dirty());
    // Ours went into the copy: one file fewer than theirs.
    let sources = |path: &Path| {
        planboard_workspace::Workspace::<serde_json::Value>::open(path)
            .unwrap()
            .dataset
            .sources()
            .len()
    };
    assert_eq!(sources(&copy) + 1, sources(&file));
}

#[test]
fn a_language_switch_rerenders_the_messages() {
    let mut harness = with_demo();
    harness.get_by_label_contains("导入完成：14 个文件");
    harness.get_by_label("English").click();
    harness.run();
    assert!(harness.query_by_label_contains("导入完成").is_none());
    harness.get_by_label_contains("Import finished: 14 file(s)");
    harness.get_by_label("中文").click();
    harness.run();
    harness.get_by_label_contains("导入完成：14 个文件");
}

#[test]
fn a_language_switch_rerenders_the_import_log_and_the_chart() {
    let temp = tempfile::tempdir().unwrap();
    let file = temp.path().join("城南街道项目台账.xlsx");
    let rows = [
        ["项目名称", "签约日期", "计划总投资（亿元）", "是否外资"],
        ["甲项目", "2023-05-08", "2.5", "否"],
        ["乙项目", "2023-06-01", "十二", "是"],
    ]
    .map(|row| row.map(Cell::Text).to_vec());
    save_sheet(&file, "Sheet1", &rows);
    let mut harness = with_demo();
    drop_and_wait(&mut harness, std::slice::from_ref(&file));
    let problem = harness
        .state()
        .import_log()
        .iter()
        .find(|r| r.file == file.to_string_lossy())
        .and_then(|r| r.problems().next().cloned())
        .expect("the amount 十二 is a problem");
    let (zh, en) = (problem.message_zh(), problem.message_en());
    assert_ne!(zh, en);
    open_tab(&mut harness, "导入记录");
    harness.get_by_label_contains(&zh);
    harness.get_by_label("English").click();
    harness.run();
    assert!(harness.query_by_label_contains(&zh).is_none());
    harness.get_by_label_contains(&en);
    open_tab(&mut harness, "Charts");
    let title = harness
        .get_by(|n| n.role() == Role::Image)
        .accesskit_node()
        .label()
        .unwrap();
    assert!(title.contains("Signed projects"), "{title}");
    harness.get_by_label("中文").click();
    harness.run();
    let title = harness
        .get_by(|n| n.role() == Role::Image)
        .accesskit_node()
        .label()
        .unwrap();
    assert!(title.contains("新签约项目"), "{title}");
    open_tab(&mut harness, "导入记录");
    harness.get_by_label_contains(&zh);
}
