//! The tabs of the window and the tables of the 数据 tab: the views a command can switch to.

/// The tabs of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tab {
    /// 总览: one card per indicator.
    Overview,
    /// 数据: units × indicators, years × indicators, plan periods.
    Data,
    /// 项目台账: every project, filtered and sorted.
    Ledger,
    /// 图表: the meeting charts.
    Charts,
    /// 导入记录: every imported file and its problems.
    ImportLog,
    /// 指标设置: the indicator catalogue.
    Indicators,
}

impl Tab {
    /// Every tab, left to right.
    pub const ALL: [Tab; 6] = [
        Tab::Overview,
        Tab::Data,
        Tab::Ledger,
        Tab::Charts,
        Tab::ImportLog,
        Tab::Indicators,
    ];
}

/// The tables of the 数据 tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataView {
    /// Units × indicators with 排名.
    Units,
    /// Years × indicators.
    Years,
    /// The district by plan period.
    Periods,
}

impl DataView {
    /// Every table, in the order the switch shows them.
    pub const ALL: [DataView; 3] = [DataView::Units, DataView::Years, DataView::Periods];
}
