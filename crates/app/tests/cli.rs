//! The command line over the bundled demo workbooks: help, check, summary, save (workspace
//! round trip), report, export-xlsx and template.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

fn planboard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_planboard"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../resources/demo")
        .display()
        .to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_and_version_work_without_a_display() {
    let version = planboard(&["--version"]);
    assert!(version.status.success());
    assert!(stdout(&version).contains(env!("CARGO_PKG_VERSION")));
    let help = planboard(&["--help"]);
    assert!(help.status.success());
    for verb in [
        "check",
        "summary",
        "save",
        "report",
        "export-xlsx",
        "template",
    ] {
        assert!(stdout(&help).contains(verb), "{verb} missing from --help");
    }
}

#[test]
fn a_saved_workspace_gives_the_same_summary_as_its_workbooks() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let workspace = dir.join("demo.planboard");
    let saved = planboard(&["save", workspace.to_str().unwrap(), &demo()]);
    assert!(saved.status.success(), "{}", stderr(&saved));
    let from_workbooks = planboard(&["summary", "--json", &demo()]);
    let from_workspace = planboard(&["summary", "--json", workspace.to_str().unwrap()]);
    assert!(from_workbooks.status.success() && from_workspace.status.success());
    let a: serde_json::Value = serde_json::from_slice(&from_workbooks.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&from_workspace.stdout).unwrap();
    assert_eq!(a, b);
    assert_eq!(
        a["district"]["periods"]["十三五"]["signed_projects"]["actual"],
        123
    );

    // Importing the workspace and the workbooks again doubles nothing.
    let both = planboard(&["summary", "--json", workspace.to_str().unwrap(), &demo()]);
    let c: serde_json::Value = serde_json::from_slice(&both.stdout).unwrap();
    assert_eq!(a, c);

    // A truncated workspace fails with a message naming the file, not a panic.
    let bytes = std::fs::read(&workspace).unwrap();
    let truncated = dir.join("truncated.planboard");
    std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
    let failed = planboard(&["summary", "--json", truncated.to_str().unwrap()]);
    assert_eq!(failed.status.code(), Some(1));
    let message = stderr(&failed);
    assert!(
        message.contains("truncated.planboard") && message.contains("损坏或不完整"),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
}

#[test]
fn the_report_for_the_13th_plan_reads_like_the_seed() {
    let report = planboard(&["report", "--period", "十三五", &demo()]);
    assert!(report.status.success(), "{}", stderr(&report));
    let text = stdout(&report);
    let seed =
        "新签约项目123个，占任务数100个的123.00%；其中超亿元项目83个，完成任务数65个的127.69%；\
                10亿元以上项目9个，占任务数6个的150.00%；外资项目3个。计划总投资398.00亿元，\
                占任务数351.00亿元的113.39%；实际到位资金412.63亿元，占任务数358.00亿元的115.26%。";
    assert!(text.contains(seed), "{text}");
    let running = stdout(&planboard(&["report", "--year", "2026", &demo()]));
    assert!(
        running.contains("2026年1-10月") && running.contains("序时进度"),
        "{running}"
    );
    let bad = planboard(&["report", "--period", "第三季度", &demo()]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn check_passes_on_the_demo_and_fails_on_a_bad_file() {
    let ok = planboard(&["check", &demo()]);
    assert!(ok.status.success(), "{}", stdout(&ok));
    assert!(
        stdout(&ok).contains("共 14 个文件，0 个有错误"),
        "{}",
        stdout(&ok)
    );
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let bad = dir.join("不是表格.xlsx");
    std::fs::write(&bad, "这只是一段文字").unwrap();
    let failed = planboard(&["check", bad.to_str().unwrap()]);
    assert_eq!(failed.status.code(), Some(1));
    assert!(
        stdout(&failed).contains("不是表格.xlsx"),
        "{}",
        stdout(&failed)
    );
}

#[test]
fn templates_and_the_summary_workbook_are_written() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let out = dir.join("templates");
    let written = planboard(&[
        "template",
        "--unit",
        "城东街道",
        "--year",
        "2026",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(written.status.success(), "{}", stderr(&written));
    let ledger = out.join("2026年城东街道招商引资项目台账.xlsx");
    let progress = out.join("2026年城东街道招商引资工作完成情况表.xlsx");
    assert!(ledger.exists() && progress.exists());
    // Empty templates are read with no problem at all, but hold nothing to import: `check`
    // says so and fails.
    let checked = planboard(&["check", out.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(1), "{}", stdout(&checked));
    assert!(!stdout(&checked).contains("警告"), "{}", stdout(&checked));
    assert!(
        stdout(&checked).contains("未找到可导入的数据"),
        "{}",
        stdout(&checked)
    );

    let xlsx = dir.join("汇总.xlsx");
    let exported = planboard(&[
        "export-xlsx",
        "--out",
        xlsx.to_str().unwrap(),
        "--year",
        "2026",
        &demo(),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert_eq!(&std::fs::read(&xlsx).unwrap()[..2], b"PK");
}

#[test]
fn export_charts_writes_full_hd_pictures_with_no_display() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let out = dir.join("图表");
    let exported = planboard(&[
        "export-charts",
        "--out",
        out.to_str().unwrap(),
        "--as-of",
        "2026-10",
        &demo(),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let pictures: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    assert!(pictures.len() >= 5, "{pictures:?}");
    for picture in &pictures {
        let bytes = std::fs::read(picture).unwrap();
        assert_eq!(&bytes[1..4], b"PNG", "{picture:?}");
        // The IHDR chunk holds width and height, big-endian, at bytes 16..24.
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!((width, height), (1920, 1080), "{picture:?}");
        assert!(bytes.len() > 20_000, "{picture:?} looks blank");
    }
}

/// `layout guess` writes each workbook's layouts; `summary --layout` with all of them gives
/// the summary of the plain reading; `layout show` says how a sheet is read; a layout file
/// that cannot be used is refused, naming it, and nothing is read.
#[test]
fn guessed_layouts_read_the_demo_as_recognition_does() {
    let temp = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["summary".into(), "--json".into()];
    for (i, file) in std::fs::read_dir(demo()).unwrap().enumerate() {
        let file = file.unwrap().path();
        if !matches!(
            file.extension().and_then(|e| e.to_str()),
            Some("xlsx" | "xls" | "ods")
        ) {
            continue;
        }
        let out = temp.path().join(format!("{i}.json"));
        let guessed = planboard(&[
            "layout",
            "guess",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(guessed.status.success(), "{}", stderr(&guessed));
        args.push("--layout".into());
        args.push(out.display().to_string());
    }
    args.push(demo());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let with = planboard(&args);
    let plain = planboard(&["summary", "--json", &demo()]);
    assert!(with.status.success(), "{}", stderr(&with));
    assert_eq!(stdout(&with), stdout(&plain));

    let ledger = Path::new(&demo()).join("城东街道招商项目台账.xlsx");
    let shown = planboard(&["layout", "show", ledger.to_str().unwrap()]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    assert!(stdout(&shown).contains("项目名称"), "{}", stdout(&shown));
    assert!(stdout(&shown).contains("数据行"), "{}", stdout(&shown));

    let bad = temp.path().join("坏的读取方式.json");
    std::fs::write(
        &bad,
        "{\"format\": \"planboard-layout\", \"version\": 1, \"name\"",
    )
    .unwrap();
    let refused = planboard(&["check", "--layout", bad.to_str().unwrap(), &demo()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("坏的读取方式.json"),
        "{}",
        stderr(&refused)
    );
    assert!(stdout(&refused).is_empty(), "nothing is read");
}
