//! The 指标设置 page: the indicator catalogue, its editor and its file.

use super::Lang;
use planboard_model::{CatalogueError, Indicator, Obtained, Stage};

/// The page's heading.
pub fn settings_heading(lang: Lang) -> &'static str {
    lang.pick("指标设置", "Indicator settings")
}

/// What the page is for.
pub fn settings_intro(lang: Lang) -> &'static str {
    lang.pick(
        "内置的7项指标可以隐藏、改名、加同义词，不能删除；考核新增的指标（5亿元以上项目、开工率、实际利用外资……）在这里添加，导入工作簿时即按名称和同义词识别。",
        "The seven built-in indicators can be hidden, renamed and given synonyms, never deleted; add the indicators your 考核 adds here — workbooks are read by their names and synonyms at once.",
    )
}

/// Button: add an indicator.
pub fn settings_add(lang: Lang) -> &'static str {
    lang.pick("新增指标", "Add an indicator")
}

/// Button: import a catalogue file.
pub fn settings_import(lang: Lang) -> &'static str {
    lang.pick("导入指标目录…", "Import a catalogue…")
}

/// Button: export the catalogue file.
pub fn settings_export(lang: Lang) -> &'static str {
    lang.pick("导出指标目录…", "Export the catalogue…")
}

/// Column headers of the list.
pub fn settings_columns(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Zh => ["指标", "键", "计量单位", "取数方式", "显示", "操作"],
        Lang::En => ["Indicator", "Key", "Measure", "Obtained", "Shown", ""],
    }
}

/// Buttons of a row.
pub fn settings_up(lang: Lang) -> &'static str {
    lang.pick("上移", "Up")
}

/// Move down.
pub fn settings_down(lang: Lang) -> &'static str {
    lang.pick("下移", "Down")
}

/// Edit.
pub fn settings_edit(lang: Lang) -> &'static str {
    lang.pick("编辑", "Edit")
}

/// Delete (custom indicators only).
pub fn settings_delete(lang: Lang) -> &'static str {
    lang.pick("删除", "Delete")
}

/// A built-in's name with its mark: 新签约项目（内置）.
pub fn builtin_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!("{name}（内置）"),
        Lang::En => format!("{name} (built-in)"),
    }
}

/// An amount of 亿元 in a rule: ≥5亿元 / ≥ 5 (100M yuan).
fn yi(lang: Lang, sign: &str, amount: planboard_model::Decimal) -> String {
    match lang {
        Lang::Zh => format!("{sign}{}亿元", amount.normalize()),
        Lang::En => format!("{sign} {} (100M yuan)", amount.normalize()),
    }
}

/// How an entry is obtained, in a few words.
pub fn obtained_words(lang: Lang, from: &Obtained) -> String {
    match from {
        Obtained::Reported => lang.pick("取自报表", "reported").to_string(),
        Obtained::Ratio(a, b) => match lang {
            Lang::Zh => format!("{} ÷ {}", a.name_zh(), b.name_zh()),
            Lang::En => format!("{} ÷ {}", a.name_en(), b.name_en()),
        },
        Obtained::Ledger(rule) => {
            let mut parts = Vec::new();
            if let Some(v) = rule.investment_at_least_yi {
                parts.push(yi(lang, "≥", v));
            }
            if let Some(v) = rule.investment_below_yi {
                parts.push(yi(lang, "<", v));
            }
            if !rule.stage_in.is_empty() {
                let stages: Vec<&str> = rule.stage_in.iter().map(|s| stage(lang, *s)).collect();
                parts.push(stages.join("/"));
            }
            match rule.foreign {
                Some(true) => parts.push(lang.pick("外资", "foreign").into()),
                Some(false) => parts.push(lang.pick("内资", "domestic").into()),
                None => {}
            }
            if !rule.industry_in.is_empty() {
                parts.push(rule.industry_in.join("/"));
            }
            let what = if rule.count {
                lang.pick("台账计数", "ledger count")
            } else {
                lang.pick("台账投资额合计", "ledger investment sum")
            };
            match (parts.is_empty(), lang) {
                (true, _) => what.to_string(),
                (false, Lang::Zh) => format!("{what}（{}）", parts.join("，")),
                (false, Lang::En) => format!("{what} ({})", parts.join(", ")),
            }
        }
    }
}

/// A stage's name.
pub fn stage(lang: Lang, stage: Stage) -> &'static str {
    lang.pick(stage.name_zh(), stage.name_en())
}

/// The editor's heading.
pub fn draft_heading(lang: Lang, editing: Option<Indicator>) -> String {
    match (editing, lang) {
        (None, _) => settings_add(lang).to_string(),
        (Some(i), Lang::Zh) => format!("编辑指标：{}", i.name_zh()),
        (Some(i), Lang::En) => format!("Edit: {}", i.name_en()),
    }
}

/// The editor's field labels.
pub fn draft_labels(lang: Lang) -> DraftLabels {
    match lang {
        Lang::Zh => DraftLabels {
            key: "键（英文小写、数字、_）",
            name: "名称",
            name_en: "英文名称",
            synonyms: "同义词（用、或逗号分隔）",
            measure: "计量单位",
            from: "取数方式",
            count: "计数（否则合计计划总投资）",
            at_least: "计划总投资不低于（亿元）",
            below: "计划总投资低于（亿元）",
            stages: "项目进度为",
            foreign: "外资",
            industries: "产业类别（用、分隔）",
            ratio: "分子 ÷ 分母",
            hidden: "隐藏",
        },
        Lang::En => DraftLabels {
            key: "Key (a-z, 0-9, _)",
            name: "Name (Chinese)",
            name_en: "English name",
            synonyms: "Synonyms (separated by 、 or commas)",
            measure: "Measure",
            from: "Obtained",
            count: "Count (else sum the planned investment)",
            at_least: "Planned investment at least (100M yuan)",
            below: "Planned investment below (100M yuan)",
            stages: "Stage is",
            foreign: "Foreign-funded",
            industries: "Industries (separated by 、)",
            ratio: "Numerator ÷ denominator",
            hidden: "Hidden",
        },
    }
}

/// The labels of the editor's fields.
pub struct DraftLabels {
    /// The key.
    pub key: &'static str,
    /// The Chinese name.
    pub name: &'static str,
    /// The English name.
    pub name_en: &'static str,
    /// Synonyms.
    pub synonyms: &'static str,
    /// The measure.
    pub measure: &'static str,
    /// How it is obtained.
    pub from: &'static str,
    /// Count or sum.
    pub count: &'static str,
    /// Investment at least.
    pub at_least: &'static str,
    /// Investment below.
    pub below: &'static str,
    /// Stages.
    pub stages: &'static str,
    /// Foreign or not.
    pub foreign: &'static str,
    /// Industries.
    pub industries: &'static str,
    /// A ratio's parts.
    pub ratio: &'static str,
    /// Hidden.
    pub hidden: &'static str,
}

/// The three ways an entry is obtained, for the editor's choice.
pub fn from_choices(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Zh => ["取自报表", "由项目台账统计", "两项指标相除"],
        Lang::En => ["Reported", "From the ledgers", "A ratio of two"],
    }
}

/// The foreign choice: either, foreign, domestic.
pub fn foreign_choices(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Zh => ["不限", "外资", "内资"],
        Lang::En => ["Either", "Foreign", "Domestic"],
    }
}

/// Save / cancel.
pub fn draft_save(lang: Lang) -> &'static str {
    lang.pick("保存", "Save")
}

/// Cancel.
pub fn draft_cancel(lang: Lang) -> &'static str {
    lang.pick("取消", "Cancel")
}

/// An amount that is not a number.
pub fn draft_bad_amount(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("“{text}”不是金额"),
        Lang::En => format!("{text:?} is not an amount"),
    }
}

/// A catalogue refused, in the reader's language.
pub fn catalogue_refused(lang: Lang, error: &CatalogueError) -> String {
    match lang {
        Lang::Zh => error.message_zh(),
        Lang::En => error.message_en(),
    }
}

/// A catalogue file read.
pub fn catalogue_imported(lang: Lang, path: &str, count: usize) -> String {
    match lang {
        Lang::Zh => format!("已导入指标目录 {path}：共 {count} 项指标"),
        Lang::En => format!("Imported the catalogue {path}: {count} indicators"),
    }
}

/// A catalogue file written.
pub fn catalogue_exported(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => format!("已导出指标目录：{path}"),
        Lang::En => format!("Exported the catalogue to {path}"),
    }
}

/// The dialog titles and the default file name.
pub fn dialog_import_catalogue(lang: Lang) -> &'static str {
    lang.pick("导入指标目录", "Import an indicator catalogue")
}

/// Export dialog title.
pub fn dialog_export_catalogue(lang: Lang) -> &'static str {
    lang.pick("导出指标目录", "Export the indicator catalogue")
}

/// The proposed file name.
pub fn default_catalogue_name(lang: Lang) -> &'static str {
    lang.pick("指标目录.json", "indicators.json")
}

/// An indicator's name in the reader's language.
pub fn indicator_name(lang: Lang, indicator: Indicator) -> &'static str {
    lang.pick(indicator.name_zh(), indicator.name_en())
}

/// A measure in the reader's language.
pub fn measure_name(lang: Lang, measure: planboard_model::MeasureUnit) -> &'static str {
    lang.pick(measure.zh(), measure.en())
}

/// Why a draft without a name is refused.
pub fn draft_no_name(lang: Lang) -> &'static str {
    lang.pick("名称为空", "the name is empty")
}
