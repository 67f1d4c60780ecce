//! The 图表 tab and its pictures.

use super::Lang;

/// The charts are written in the interface language.
impl From<Lang> for planboard_charts::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => planboard_charts::Lang::Zh,
            Lang::En => planboard_charts::Lang::En,
        }
    }
}

/// A kind of chart's name.
pub fn chart_kind_name(lang: Lang, kind: planboard_charts::ChartKind) -> &'static str {
    use planboard_charts::ChartKind;
    let en = match kind {
        ChartKind::YearlyComparison => "By year",
        ChartKind::PeriodComparison => "By plan period",
        ChartKind::UnitRanking => "Units ranked",
        ChartKind::MonthlyProgress => "By month",
        ChartKind::IndustryAndStages => "Industries and stages",
    };
    lang.pick(kind.name_zh(), en)
}

/// Button: save the chart as a picture.
pub fn save_picture(lang: Lang) -> &'static str {
    lang.pick("保存图片…", "Save picture…")
}

/// Button: copy the chart as a picture.
pub fn copy_picture(lang: Lang) -> &'static str {
    lang.pick("复制图片", "Copy picture")
}

/// Hover text of the picture buttons.
pub fn picture_hint(lang: Lang) -> &'static str {
    lang.pick(
        "1920×1080 像素，可直接粘贴到幻灯片或报告中",
        "1920×1080 pixels, ready to paste into slides or a report",
    )
}

/// Title of the save dialog.
pub fn save_picture_title(lang: Lang) -> &'static str {
    lang.pick("保存图表图片", "Save the chart as a picture")
}

/// Shown while a picture is rendered.
pub fn rendering_picture(lang: Lang) -> &'static str {
    lang.pick("正在生成图片…", "Making the picture…")
}

/// A picture was saved.
pub fn picture_saved(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("图片已保存：{path}"),
        Lang::En => format!("Picture saved: {path}"),
    }
}

/// A picture was copied.
pub fn picture_copied(lang: Lang) -> &'static str {
    lang.pick(
        "图片已复制，可粘贴到幻灯片或文档中",
        "Picture copied; paste it into slides or a document",
    )
}

/// A picture could not be made, saved or copied.
pub fn picture_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!("无法生成或保存图片：{error}"),
        Lang::En => format!("Cannot make or save the picture: {error}"),
    }
}

/// Shown when the selection gives an empty chart.
pub fn chart_empty(lang: Lang) -> &'static str {
    lang.pick(
        "当前选择没有可画的数据。请换一个规划期、年度、单位或指标。",
        "Nothing to draw for this selection. Choose another period, year, unit or indicator.",
    )
}
