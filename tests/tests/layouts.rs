//! Saved layouts (`planboard_import::SavedLayout`): what recognition understands of a sheet can
//! be saved and read back, and read with it every workbook of the samples, the published
//! tables and the keyed tables gives exactly what recognition gives; a hand-written layout
//! reads a table recognition cannot, and the same layout reads a second one of that shape. A
//! sheet read once for the window's mapping dialog (`SheetSample`) previews exactly what an
//! import of it reads.

use planboard_import::{
    guess_layouts, import_file, FileImport, ImportOptions, LayoutError, PreviewError, SavedLayout,
    SheetSample, SkipReason, SkipRule,
};
use planboard_model::{Dataset, Decimal, Indicator, NaiveDate, Scope, Span, UnitName};
use std::path::{Path, PathBuf};

fn options() -> ImportOptions {
    ImportOptions {
        unit: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26),
        ..ImportOptions::default()
    }
}

fn with_layouts(layouts: Vec<SavedLayout>) -> ImportOptions {
    ImportOptions {
        layouts,
        ..options()
    }
}

/// Every folder of real workbooks beside the tests.
fn folders() -> Vec<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<PathBuf> = ["keyed/set2", "keyed/set3", "keyed/tables"]
        .iter()
        .map(|d| manifest.join(d))
        .collect();
    for shared in ["../../shared/samples", "../../shared/published"] {
        let dir = manifest.join(shared);
        if dir.is_dir() {
            out.push(dir);
        }
    }
    out
}

fn same(a: &FileImport, b: &FileImport) -> Result<(), String> {
    let facts = |i: &FileImport| {
        let mut f: Vec<String> = i.batch.facts.iter().map(|f| format!("{f:?}")).collect();
        f.sort();
        f
    };
    let projects = |i: &FileImport| {
        let mut p: Vec<String> = i.batch.projects.iter().map(|p| format!("{p:?}")).collect();
        p.sort();
        p
    };
    if facts(a) != facts(b) {
        return Err("facts differ".into());
    }
    if projects(a) != projects(b) {
        return Err("projects differ".into());
    }
    let rows = |i: &FileImport| {
        i.report
            .sheets
            .iter()
            .map(|s| (s.rows_imported, s.rows_rejected, s.skipped.len()))
            .collect::<Vec<_>>()
    };
    if rows(a) != rows(b) {
        return Err(format!("rows differ: {:?} vs {:?}", rows(a), rows(b)));
    }
    Ok(())
}

#[test]
fn a_guessed_layout_saved_and_read_back_reads_every_workbook_alike() {
    let mut bad = Vec::new();
    let mut files = 0;
    for dir in folders() {
        for file in planboard_import::collect_workbooks(&[dir]) {
            let auto = import_file(&file, &options());
            let guessed = guess_layouts(&file, &options()).expect("opens");
            // Through the file format: written, then read back.
            let layouts: Vec<SavedLayout> = guessed
                .iter()
                .map(|(_, l)| SavedLayout::parse(l.to_json().as_bytes()).expect("reads back"))
                .collect();
            let with = import_file(&file, &with_layouts(layouts));
            files += 1;
            if let Err(why) = same(&auto, &with) {
                bad.push(format!("{}: {why}", file.display()));
            }
            for sheet in with.report.sheets.iter().filter(|s| s.kind.is_some()) {
                if sheet.layout.is_none() {
                    bad.push(format!(
                        "{} [{}]: no layout matched",
                        file.display(),
                        sheet.sheet
                    ));
                }
            }
        }
    }
    assert!(files >= 20, "only {files} workbooks");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A table of one township's figures whose indicator names recognition does not know (招引项目,
/// 落地资金) and whose money is in 元: not understood, until a layout says what is where.
fn unknown_words_book(path: &Path, title: &str, extra_rows: usize, sheet: &str) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).expect("test data");
    let mut row = 0;
    ws.write_string(row, 0, title).expect("test data");
    row += 1;
    for i in 0..extra_rows {
        ws.write_string(row, 0, format!("附注{}：数据由各村上报", i + 1))
            .expect("test data");
        row += 1;
    }
    for (c, h) in ["村（社区）", "招引项目数", "落地资金（元）"]
        .iter()
        .enumerate()
    {
        ws.write_string(row, c as u16, *h).expect("test data");
    }
    for (name, count, yuan) in [
        ("前进村", 3.0, 250_000_000.0),
        ("红星村", 2.0, 80_000_000.0),
    ] {
        row += 1;
        ws.write_string(row, 0, name).expect("test data");
        ws.write_number(row, 1, count).expect("test data");
        ws.write_number(row, 2, yuan).expect("test data");
    }
    book.save(path).expect("test data");
}

const HAND_WRITTEN: &str = r#"{
  "format": "planboard-layout",
  "version": 1,
  "name": "村级招引情况",
  "header": ["村（社区）", "招引项目数", "落地资金（元）"],
  "header_rows": 1,
  "kind": "unit_table",
  "columns": [
    "unit",
    {"figure": {"indicator": "signed_projects", "field": "actual", "when": {"year": null}, "unit": null, "money": "yi"}},
    {"figure": {"indicator": "funds_in_place", "field": "actual", "when": {"year": null}, "unit": null, "money": "yuan"}}
  ],
  "year": 2025
}"#;

#[test]
fn a_hand_written_layout_reads_what_recognition_cannot_and_its_siblings() {
    let dir = tempfile::tempdir().expect("test data");
    let first = dir.path().join("村级招引情况.xlsx");
    unknown_words_book(&first, "某镇各村招引情况", 0, "Sheet1");
    let alone = import_file(&first, &options());
    assert!(
        alone.batch.facts.is_empty(),
        "recognition should not read it"
    );
    let layout = SavedLayout::parse(HAND_WRITTEN.as_bytes()).expect("a valid layout");
    // A sibling: a new title, two more rows above the header, another sheet name.
    let second = dir.path().join("第二季度.xlsx");
    unknown_words_book(&second, "某镇各村招引情况（第二季度更新）", 2, "二季度");
    for file in [&first, &second] {
        let read = import_file(file, &with_layouts(vec![layout.clone()]));
        assert!(!read.report.has_errors(), "{:?}", read.report);
        assert_eq!(
            read.report.sheets[0].layout.as_deref(),
            Some("村级招引情况")
        );
        let mut data = Dataset::new();
        data.add(read.batch);
        let unit = |name| Scope::Unit(UnitName::new(name).expect("test data"));
        let y = Span::Year(2025);
        assert_eq!(
            data.actual(&unit("前进村"), Indicator::SIGNED_PROJECTS, y),
            Some(Decimal::from(3))
        );
        assert_eq!(
            data.actual(&unit("红星村"), Indicator::FUNDS_IN_PLACE, y),
            Some(Decimal::new(8, 1))
        );
    }
}

#[test]
fn a_layout_up_to_a_month_reads_the_year_to_date() {
    let dir = tempfile::tempdir().expect("test data");
    let file = dir.path().join("村级招引情况.xlsx");
    unknown_words_book(&file, "某镇各村招引情况", 0, "Sheet1");
    let mut layout = SavedLayout::parse(HAND_WRITTEN.as_bytes()).expect("a valid layout");
    layout.ytd_through = Some(6);
    let read = import_file(&file, &with_layouts(vec![layout]));
    assert!(!read.report.has_errors(), "{:?}", read.report);
    let mut data = Dataset::new();
    data.add(read.batch);
    let village = Scope::Unit(UnitName::new("前进村").expect("test data"));
    let half_year = Span::YearToDate {
        year: 2025,
        through: 6,
    };
    assert_eq!(
        data.actual(&village, Indicator::FUNDS_IN_PLACE, half_year),
        Some(Decimal::new(25, 1))
    );
    // Every figure is the half year's, none is taken for the whole year's.
    assert!(!data.facts().is_empty());
    assert!(data.facts().iter().all(|f| f.key.span == half_year));
}

#[test]
fn a_layout_skips_the_rows_holding_its_words() {
    let dir = tempfile::tempdir().expect("test data");
    let file = dir.path().join("村级招引情况.xlsx");
    unknown_words_book(&file, "某镇各村招引情况", 0, "Sheet1");
    let mut layout = SavedLayout::parse(HAND_WRITTEN.as_bytes()).expect("a valid layout");
    layout.skip_rows = vec![SkipRule {
        column: 0,
        word: "红 星".into(),
    }];
    let text = layout.to_json();
    let layout = SavedLayout::parse(text.as_bytes()).expect("it reads back");
    let read = import_file(&file, &with_layouts(vec![layout]));
    assert!(!read.report.has_errors(), "{:?}", read.report);
    let sheet = &read.report.sheets[0];
    assert!(sheet
        .skipped
        .iter()
        .any(|s| s.reason == SkipReason::ByLayout));
    let mut data = Dataset::new();
    data.add(read.batch);
    let y = Span::Year(2025);
    let unit = |name| Scope::Unit(UnitName::new(name).expect("test data"));
    assert_eq!(
        data.actual(&unit("前进村"), Indicator::SIGNED_PROJECTS, y),
        Some(Decimal::from(3))
    );
    assert_eq!(
        data.actual(&unit("红星村"), Indicator::SIGNED_PROJECTS, y),
        None
    );
    // A rule on a column beyond the header is refused.
    let beyond = HAND_WRITTEN.replace(
        "\"columns\"",
        "\"skip_rows\": [{\"column\": 7, \"word\": \"其中\"}],\n  \"columns\"",
    );
    assert_eq!(
        SavedLayout::parse(beyond.as_bytes()).unwrap_err(),
        LayoutError::ColumnOutOfRange(7)
    );
}

#[test]
fn bad_layout_files_are_refused_with_what_is_wrong() {
    let refused = |text: &str| SavedLayout::parse(text.as_bytes()).unwrap_err();
    assert!(matches!(
        refused(&HAND_WRITTEN[..80]),
        LayoutError::Invalid(_)
    ));
    assert_eq!(
        refused(&HAND_WRITTEN.replace("\"version\": 1", "\"version\": 9")),
        LayoutError::UnknownVersion(9)
    );
    assert_eq!(
        refused(&HAND_WRITTEN.replace("planboard-layout", "planboard-workspace")),
        LayoutError::NotALayout
    );
    // A fourth column's role beyond a header of three.
    assert_eq!(
        refused(&HAND_WRITTEN.replace(
            "\"money\": \"yuan\"}}\n  ]",
            "\"money\": \"yuan\"}}, \"year\"\n  ]"
        )),
        LayoutError::ColumnOutOfRange(3)
    );
    // A ledger without project names.
    assert_eq!(
        refused(&HAND_WRITTEN.replace("\"unit_table\"", "{\"ledger\": {\"money\": \"wan\"}}")),
        LayoutError::KindDoesNotFit
    );
    for e in [LayoutError::NotALayout, LayoutError::ColumnOutOfRange(3)] {
        assert!(!e.message_zh().is_empty() && !e.message_en().is_empty());
    }
}

/// The facts and projects of one sheet of an import, sorted, as text.
fn of_sheet(import: &FileImport, sheet: &str) -> (Vec<String>, Vec<String>) {
    let mut facts: Vec<String> = import
        .batch
        .facts
        .iter()
        .filter(|f| &*f.source.sheet == sheet)
        .map(|f| format!("{f:?}"))
        .collect();
    facts.sort();
    let mut projects: Vec<String> = import
        .batch
        .projects
        .iter()
        .filter(|p| &*p.source.sheet == sheet)
        .map(|p| format!("{p:?}"))
        .collect();
    projects.sort();
    (facts, projects)
}

#[test]
fn a_sheet_read_once_previews_with_its_own_layout_exactly_what_the_import_reads() {
    let mut bad = Vec::new();
    let mut sheets = 0;
    for dir in folders() {
        for file in planboard_import::collect_workbooks(&[dir]) {
            let auto = import_file(&file, &options());
            for report in auto.report.sheets.iter().filter(|s| s.kind.is_some()) {
                let sample = SheetSample::read(&file, &report.sheet, &options()).expect("opens");
                let Some(current) = &sample.current else {
                    bad.push(format!("{} [{}]: no layout", file.display(), report.sheet));
                    continue;
                };
                sheets += 1;
                let preview = match sample.preview(current) {
                    Ok(preview) => preview,
                    Err(e) => {
                        bad.push(format!("{} [{}]: {e:?}", file.display(), report.sheet));
                        continue;
                    }
                };
                let (facts, projects) = of_sheet(&auto, &report.sheet);
                let mut shown: Vec<String> =
                    preview.facts.iter().map(|f| format!("{f:?}")).collect();
                shown.sort();
                let counts = |r: &planboard_import::SheetReport| {
                    (r.rows_imported, r.rows_rejected, r.skipped.len())
                };
                if shown != facts
                    || preview.project_count != projects.len()
                    || counts(&preview.report) != counts(report)
                {
                    bad.push(format!("{} [{}]: differs", file.display(), report.sheet));
                }
                assert_eq!(preview.rows.len(), sample.cells.len());
                assert!(sample.cells.len() <= planboard_import::SAMPLE_ROWS);
                assert!(preview.projects.len() <= planboard_import::PREVIEW_PROJECTS);
            }
        }
    }
    assert!(sheets >= 20, "only {sheets} sheets");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_sheet_not_understood_previews_a_hand_written_layout_and_says_what_does_not_fit() {
    let dir = tempfile::tempdir().expect("test data");
    let file = dir.path().join("村级招引情况.xlsx");
    unknown_words_book(&file, "某镇各村招引情况", 2, "Sheet1");
    let sample = SheetSample::read(&file, "Sheet1", &options()).expect("opens");
    assert!(sample.current.is_none());
    // The header is where the table begins, below the title and two notes.
    assert_eq!(sample.header_first, 3);
    assert_eq!(
        sample.header_labels(3, 1),
        ["村（社区）", "招引项目数", "落地资金（元）"]
    );
    assert_eq!(sample.cells[4][0], "前进村");
    let layout = SavedLayout::parse(HAND_WRITTEN.as_bytes()).expect("a valid layout");
    let preview = sample.preview(&layout).expect("reads");
    assert_eq!(preview.report.rows_imported, 2);
    assert_eq!(preview.facts.len(), 4);
    assert_eq!(
        preview.rows[3],
        planboard_import::RowClass::Skip(planboard_import::SkipReason::Header)
    );
    assert_eq!(preview.rows[4], planboard_import::RowClass::Data);
    // A header the sheet does not have; a layout that cannot read a table.
    let mut elsewhere = layout.clone();
    elsewhere.header = ["乡镇", "项目数", "资金（元）"].map(String::from).to_vec();
    assert_eq!(
        sample.preview(&elsewhere).unwrap_err(),
        PreviewError::NoMatch
    );
    let mut no_unit = layout.clone();
    no_unit.columns[0] = planboard_import::ColumnRole::Ignored;
    assert_eq!(
        sample.preview(&no_unit).unwrap_err(),
        PreviewError::Refused(LayoutError::KindDoesNotFit)
    );
    // Once saved, the sheet is read with it: the sample starts from it.
    let again =
        SheetSample::read(&file, "Sheet1", &with_layouts(vec![layout.clone()])).expect("opens");
    assert_eq!(again.current.as_ref(), Some(&layout));
    assert!(matches!(
        SheetSample::read(&file, "二季度", &options()),
        Err(planboard_import::SampleError::NoSheet(_))
    ));
}
