//! What a chart shows, independent of drawing: the request and the chart's data.

use crate::Lang;
use planboard_model::{Indicator, Scope, Span, YearMonth};

/// The kinds of meeting chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// 年度对比: 目标 and 完成 per year, grouped by plan period, 完成率 on a second axis.
    YearlyComparison,
    /// 规划期对比: 十三五 vs 十四五 vs 十五五 (to date).
    PeriodComparison,
    /// 单位排名: units by completion rate, with 序时进度 for a running year.
    UnitRanking,
    /// 月度进度: the year's cumulative actual by month against target × month/12.
    MonthlyProgress,
    /// 产业与进度: projects and investment by industry; the 挂图作战 board by stage and unit.
    IndustryAndStages,
}

impl ChartKind {
    /// Every kind, in the order the 图表 tab lists them.
    pub const ALL: [ChartKind; 5] = [
        ChartKind::YearlyComparison,
        ChartKind::PeriodComparison,
        ChartKind::UnitRanking,
        ChartKind::MonthlyProgress,
        ChartKind::IndustryAndStages,
    ];

    /// The Chinese name (年度对比 …).
    pub fn name_zh(self) -> &'static str {
        match self {
            ChartKind::YearlyComparison => "年度对比",
            ChartKind::PeriodComparison => "规划期对比",
            ChartKind::UnitRanking => "单位排名",
            ChartKind::MonthlyProgress => "月度进度",
            ChartKind::IndustryAndStages => "产业与进度",
        }
    }
}

/// Which chart to build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRequest {
    /// The kind of chart.
    pub kind: ChartKind,
    /// The indicator (not used by [`ChartKind::IndustryAndStages`], which shows projects).
    pub indicator: Indicator,
    /// The time shown; `None` picks the natural default of the kind:
    /// - 年度对比: `Plan(p)` shows the years of `p`; otherwise every year with data.
    /// - 规划期对比: ignored, every plan period with data.
    /// - 单位排名: a year or a plan; `None` is the as-of year.
    /// - 月度进度: `Year(y)`; `None` is the as-of year.
    /// - 产业与进度: projects signed in the year or plan (unsigned ones always); `None` is all.
    pub span: Option<Span>,
    /// District or unit (单位排名 always ranks all units).
    pub scope: Scope,
    /// The data date (数据截至); `None` takes the latest month in the data.
    pub as_of: Option<YearMonth>,
    /// The language of the chart's texts.
    pub lang: Lang,
}

impl ChartRequest {
    /// A district-wide request in Chinese with the default span and the data's own as-of
    /// date.
    pub fn new(kind: ChartKind, indicator: Indicator) -> Self {
        Self {
            kind,
            indicator,
            span: None,
            scope: Scope::District,
            as_of: None,
            lang: Lang::default(),
        }
    }
}

/// What a bar, a line or a legend entry stands for; the drawing gives each role one colour
/// everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// 目标.
    Target,
    /// 完成 (also: on schedule).
    Actual,
    /// Behind schedule or short of the target (red).
    Behind,
    /// 完成率 line.
    Rate,
    /// 序时进度 reference line.
    Schedule,
    /// 在谈.
    Negotiating,
    /// 已签约.
    Signed,
    /// 已开工.
    Started,
    /// 已投产.
    InProduction,
}

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A filled square (bars).
    Bar,
    /// A line with a dot (the rate line).
    Line,
    /// A dashed line (reference lines).
    Dashed,
}

/// One legend entry.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// The text.
    pub label: String,
    /// Its colour.
    pub role: Role,
    /// Its symbol.
    pub mark: Mark,
}

/// Which way the bars run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Categories along the x axis, bars upwards (years, periods, months).
    Columns,
    /// Categories down the y axis, bars to the right (units, industries: long names).
    Rows,
}

/// One series of bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Its name (目标, 完成, 已开工 …).
    pub name: String,
    /// The role of each bar (one colour per role); same length as the categories.
    pub roles: Vec<Role>,
    /// The bar values in the value axis' unit; `None` draws no bar.
    pub values: Vec<Option<f64>>,
    /// The text printed on or beside each bar ("398.00", "127.69%"); empty for none.
    pub labels: Vec<String>,
}

/// A run of consecutive categories under one heading (a plan period over its years).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    /// The heading (十三五 …).
    pub label: String,
    /// First category index.
    pub first: usize,
    /// Last category index (inclusive).
    pub last: usize,
}

/// Completion rates per category: a line on the second axis and/or a row of values.
#[derive(Clone, Debug, PartialEq)]
pub struct Rates {
    /// The row heading (完成率 …).
    pub name: String,
    /// The ratios (1.2769 for 127.69%).
    pub ratios: Vec<Option<f64>>,
    /// The formatted rates ("127.69%", "—").
    pub labels: Vec<String>,
    /// Whether to draw them as a line on a second axis labelled in %.
    pub line: bool,
}

/// A reference line on the value axis (序时进度).
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// Where, in the value axis' unit.
    pub value: f64,
    /// Its label ("序时进度 83.33%").
    pub label: String,
}

/// A figure of the model: whose, which indicator, when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureKey {
    /// The district or a unit.
    pub scope: Scope,
    /// The indicator.
    pub indicator: Indicator,
    /// The span.
    pub span: Span,
}

/// One plot of a chart (most charts have one; 产业与进度 has two side by side).
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// A heading above the plot.
    pub subtitle: Option<String>,
    /// Which way the bars run.
    pub layout: Layout,
    /// The category labels, in display order (first = left or top).
    pub categories: Vec<String>,
    /// The value axis title (亿元, 个, %).
    pub value_unit: String,
    /// Whether values are whole numbers (counts): the axis then steps by whole numbers.
    pub integer_values: bool,
    /// The bar series, side by side or stacked.
    pub series: Vec<Series>,
    /// Whether the series are stacked (the 挂图作战 board).
    pub stacked: bool,
    /// Headings over runs of categories.
    pub bands: Vec<Band>,
    /// Completion rates per category.
    pub rates: Option<Rates>,
    /// A reference line.
    pub reference: Option<Reference>,
    /// Text after each category's bar (totals, 开工率); empty or one per category.
    pub end_labels: Vec<String>,
    /// The model's figure each category shows, for the drill-down a click opens; empty or one
    /// per category (`None` for a category that is no figure, such as an industry).
    pub figures: Vec<Option<FigureKey>>,
}

impl Panel {
    /// The largest bar end (the stacked total for stacked panels), at least 0.
    pub fn max_value(&self) -> f64 {
        let per_category = |i: usize| -> f64 {
            let values = self
                .series
                .iter()
                .filter_map(|s| s.values.get(i).copied().flatten());
            if self.stacked {
                values.sum()
            } else {
                values.fold(0.0, f64::max)
            }
        };
        let bars = (0..self.categories.len())
            .map(per_category)
            .fold(0.0, f64::max);
        let reference = self.reference.as_ref().map_or(0.0, |r| r.value);
        bars.max(reference).max(0.0)
    }

    /// The largest rate shown as a line, at least 0.
    pub fn max_rate(&self) -> f64 {
        self.rates.as_ref().filter(|r| r.line).map_or(0.0, |r| {
            r.ratios.iter().flatten().copied().fold(0.0, f64::max)
        })
    }
}

/// A chart ready to draw: title, legend, panels and the note line.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// The kind it was built as.
    pub kind: ChartKind,
    /// The language of its texts (the drawing writes its own few texts in it too).
    pub lang: Lang,
    /// What, when and in which unit: "十四五期间各年度计划总投资完成情况（亿元）".
    pub title: String,
    /// The legend, drawn above the plots.
    pub legend: Vec<LegendEntry>,
    /// The plots.
    pub panels: Vec<Panel>,
    /// "数据截至2026年10月　来源：各单位报送的项目台账、完成情况表".
    pub note: String,
}

impl ChartData {
    /// Whether there is nothing to show (no category in any panel).
    pub fn is_empty(&self) -> bool {
        self.panels.iter().all(|p| p.categories.is_empty())
    }

    /// Whether any bar has a value (charts without are not exported).
    pub fn has_values(&self) -> bool {
        self.panels
            .iter()
            .flat_map(|p| &p.series)
            .any(|s| s.values.iter().any(Option::is_some))
    }
}
