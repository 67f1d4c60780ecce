//! The language a chart is written in, chosen by the caller (the window passes its own).
//!
//! The texts every kind of chart shares live here: the model's names in the chart's language,
//! brackets, months, the note line. The texts of one kind stay with its builder in `build/`.

use planboard_model::{Indicator, PlanPeriod, Span, Stage, YearMonth};

/// English month abbreviations, January first.
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The language of a chart's texts: title, legend, axis names, labels, note.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// 简体中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Picks the text of this language.
    pub(crate) fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// An indicator's name: 计划总投资, "Planned investment".
    pub(crate) fn indicator(self, indicator: Indicator) -> &'static str {
        self.pick(indicator.name_zh(), indicator.name_en())
    }

    /// An indicator's unit of measure: 亿元, "100M yuan".
    pub(crate) fn unit(self, indicator: Indicator) -> &'static str {
        self.pick(indicator.unit_zh(), indicator.unit_en())
    }

    /// A plan period's name: 十四五, "14th Five-Year Plan".
    pub(crate) fn period(self, period: PlanPeriod) -> String {
        match self {
            Lang::Zh => period.name_zh(),
            Lang::En => period.name_en(),
        }
    }

    /// A project stage's name: 已开工, "Started".
    pub(crate) fn stage(self, stage: Stage) -> &'static str {
        self.pick(stage.name_zh(), stage.name_en())
    }

    /// A month's name: 10月, "Oct".
    pub(crate) fn month(self, month: u32) -> String {
        match self {
            Lang::Zh => format!("{month}月"),
            Lang::En => month_en(month).to_string(),
        }
    }

    /// The months of a year through `month`: 1-10月, "Jan–Oct" ("Jan" alone for January).
    pub(crate) fn months_through(self, month: u32) -> String {
        match self {
            Lang::Zh => format!("1-{month}月"),
            Lang::En if month == 1 => month_en(month).to_string(),
            Lang::En => format!("Jan–{}", month_en(month)),
        }
    }

    /// A year's months through `month`: 2026年1-10月, "Jan–Oct 2026".
    pub(crate) fn year_to(self, year: i32, month: u32) -> String {
        match self {
            Lang::Zh => format!("{year}年{}", self.months_through(month)),
            Lang::En => format!("{} {year}", self.months_through(month)),
        }
    }

    /// A span as a title names it: 2025年, 十四五期间; "2025", "14th Five-Year Plan".
    pub(crate) fn span(self, span: Span) -> String {
        match (self, span) {
            (Lang::Zh, Span::Year(year)) => format!("{year}年"),
            (Lang::Zh, Span::Plan(p)) => format!("{p}期间"),
            (Lang::Zh, other) => other.to_string(),
            (Lang::En, other) => other.name_en(),
        }
    }

    /// `text` in brackets: （亿元）, "(100M yuan)".
    pub(crate) fn bracketed(self, text: &str) -> String {
        match self {
            Lang::Zh => format!("（{text}）"),
            Lang::En => format!("({text})"),
        }
    }

    /// `text` with `note` in brackets after it: 完成率（%）, "Completion rate (%)".
    pub(crate) fn with_note(self, text: &str, note: &str) -> String {
        match self {
            Lang::Zh => format!("{text}（{note}）"),
            Lang::En => format!("{text} ({note})"),
        }
    }

    /// The note line under every chart: data date and source.
    pub(crate) fn note(self, as_of: Option<YearMonth>) -> String {
        let source = self.pick(
            "来源：各单位报送的项目台账、完成情况表",
            "Source: the units' project ledgers and completion reports",
        );
        match (self, as_of) {
            (Lang::Zh, Some(a)) => format!("数据截至{}年{}月　{source}", a.year, a.month),
            (Lang::En, Some(a)) => {
                format!("Data as of {} {}   {source}", month_en(a.month), a.year)
            }
            (_, None) => source.to_string(),
        }
    }

    /// Shown where a chart or a panel has nothing to draw.
    pub(crate) fn no_data(self) -> &'static str {
        self.pick("暂无数据", "No data")
    }

    /// The name given to a picture file whose title makes no usable name.
    pub(crate) fn file_name_prefix(self) -> &'static str {
        self.pick("图表_", "chart_")
    }
}

/// The English abbreviation of a month (1 … 12); the number itself when out of range.
fn month_en(month: u32) -> std::borrow::Cow<'static, str> {
    match month.checked_sub(1).and_then(|i| MONTHS_EN.get(i as usize)) {
        Some(name) => (*name).into(),
        None => month.to_string().into(),
    }
}
