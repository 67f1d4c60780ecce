//! The window with no data yet: what it can read, how to start, the demo.

use super::Lang;
use planboard_model::SourceKind;

/// Heading of the empty state.
pub fn empty_heading(lang: Lang) -> &'static str {
    lang.pick("还没有数据", "No data yet")
}

/// What to do to get data in.
pub fn empty_intro(lang: Lang) -> &'static str {
    lang.pick(
        "也可以把街道、镇、园区报来的 Excel 工作簿（或整个文件夹）直接拖到这个窗口里：",
        "Or drop the Excel workbooks the sub-districts send (or a whole folder) onto this window:",
    )
}

/// What a kind of workbook holds, for the empty state.
pub fn kind_description(lang: Lang, kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::TargetBreakdown => lang.pick(
            "各单位、各指标的年度目标任务",
            "yearly targets per unit and indicator",
        ),
        SourceKind::Ledger => lang.pick(
            "每行一个项目：签约日期、计划总投资、是否外资……",
            "one project per row: signing date, planned investment, foreign or not …",
        ),
        SourceKind::ProgressReport | SourceKind::DistrictReport => {
            lang.pick("各指标的目标与完成数", "targets and actuals per indicator")
        }
    }
}

/// A kind of workbook's name.
pub fn kind_name(lang: Lang, kind: SourceKind) -> &'static str {
    lang.pick(kind.name_zh(), kind.name_en())
}

/// The file formats read.
pub fn empty_formats(lang: Lang) -> &'static str {
    lang.pick(
        "支持 .xlsx、.xls、.ods 格式（Excel、WPS 均可）。也可以在命令行打开：planboard 文件或文件夹……",
        "Formats: .xlsx, .xls, .ods (Excel or WPS). From a terminal: planboard FILE|FOLDER …",
    )
}

/// Heading of the indicator list in the empty state.
pub fn empty_indicators_heading(lang: Lang) -> &'static str {
    lang.pick("看板统计的指标", "Indicators tracked")
}

/// How an indicator's actual is obtained, for the empty state.
pub fn indicator_source(lang: Lang, source: planboard_model::Source) -> &'static str {
    match source {
        planboard_model::Source::Ledger => lang.pick("由项目台账统计", "counted from the ledgers"),
        planboard_model::Source::Reported => {
            lang.pick("取自完成情况表", "taken from progress reports")
        }
        planboard_model::Source::Ratio => lang.pick("由两项指标相除", "one indicator over another"),
    }
}

/// The demo workbooks could not be written.
pub fn demo_failed(lang: Lang, error: &std::io::Error) -> String {
    match lang {
        Lang::Zh => format!("无法打开示例数据：写入临时文件夹失败（{error}）"),
        Lang::En => {
            format!("Cannot open the demo data: writing to the temporary folder failed ({error})")
        }
    }
}

/// The empty state's buttons.
pub fn empty_import_files(lang: Lang) -> &'static str {
    lang.pick("导入工作簿…", "Import workbooks…")
}

/// The empty state's folder button.
pub fn empty_import_folder(lang: Lang) -> &'static str {
    lang.pick("导入文件夹…", "Import a folder…")
}

/// The empty state's demo button.
pub fn empty_open_demo(lang: Lang) -> &'static str {
    lang.pick("打开示例数据", "Open the demo data")
}

/// What the demo button does.
pub fn empty_open_demo_hint(lang: Lang) -> &'static str {
    lang.pick(
        "打开内置的示例工作簿（一个虚构的区及其街道、镇、园区），作为未保存的新工作区",
        "Opens the built-in demo workbooks (a made-up district and its units) as a new, unsaved workspace",
    )
}

/// Heading of the recent imports in the empty state.
pub fn empty_recent(lang: Lang) -> &'static str {
    lang.pick("最近导入", "Recent imports")
}
