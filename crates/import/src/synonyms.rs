//! The words hand-made workbooks use, as data in one place: header synonyms of ledger columns,
//! indicator names (with the "其中" traps), column roles, row markers. Extend the tables here;
//! the matching functions below only read them. All words are in the compact form
//! (half-width, no white space).

use planboard_model::text::compacted;
use planboard_model::{Catalogue, Indicator, Stage};
use std::cell::RefCell;

/// A column of a project ledger (项目台账).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LedgerField {
    /// 序号.
    Seq,
    /// 项目名称.
    Name,
    /// 投资方.
    Investor,
    /// 产业类别.
    Industry,
    /// 签约日期.
    SignedOn,
    /// 计划总投资.
    Investment,
    /// 是否外资.
    Foreign,
    /// 企业性质.
    EnterpriseType,
    /// 项目进度.
    Stage,
    /// 责任人.
    Responsible,
    /// 所属街道: the unit of each row.
    Unit,
    /// 备注.
    Remarks,
}

/// Ledger header synonyms, tried in this order on a column's leaf header, then on its whole
/// label. Each word must equal the header (after removing bracketed units) or, for words marked
/// with a leading `~`, be contained in it.
pub const LEDGER_FIELDS: &[(LedgerField, &[&str])] = &[
    (LedgerField::Seq, &["序号", "编号", "序"]),
    (
        LedgerField::Name,
        &[
            "项目名称",
            "项目",
            "名称",
            "签约项目",
            "~项目名称",
            "项目全称",
        ],
    ),
    (
        LedgerField::Investor,
        &[
            "投资方",
            "投资主体",
            "签约企业",
            "投资企业",
            "~投资方",
            "投资商",
            "~签约主体",
        ],
    ),
    (
        LedgerField::Industry,
        &[
            "产业类别",
            "所属产业",
            "产业",
            "行业",
            "行业类别",
            "产业类型",
            "~产业类",
            "~所属行业",
        ],
    ),
    (
        LedgerField::SignedOn,
        &[
            "签约日期",
            "签约时间",
            "签订日期",
            "签约",
            "~签约日期",
            "~签约时间",
            "~签订时间",
        ],
    ),
    (
        LedgerField::Investment,
        &[
            "计划总投资",
            "协议投资额",
            "总投资额",
            "投资总额",
            "投资额",
            "计划投资",
            "总投资",
            "协议总投资",
            "投资规模",
            "签约金额",
            "协议金额",
            "签约资金",
            "协议资金",
            "合同金额",
            "投资金额",
            "~计划总投资",
            "~投资规模",
            "~协议投资",
            "~总投资",
            "~投资额",
        ],
    ),
    (
        LedgerField::Foreign,
        &[
            "是否外资",
            "内外资",
            "外资",
            "是否外资项目",
            "外资企业",
            "是否外资企业",
            "资金来源",
            "~是否外资",
            "~内外资",
        ],
    ),
    (
        LedgerField::EnterpriseType,
        &["企业性质", "企业类型", "投资方性质", "~企业性质"],
    ),
    (
        LedgerField::Stage,
        &[
            "项目进度",
            "进展情况",
            "当前进度",
            "项目状态",
            "推进情况",
            "项目进展",
            "进度",
            "状态",
            "~项目进度",
            "~进展情况",
        ],
    ),
    (
        LedgerField::Responsible,
        &[
            "责任人",
            "负责人",
            "联系人",
            "包抓领导",
            "责任领导",
            "~责任人",
        ],
    ),
    (
        LedgerField::Unit,
        &[
            "所属街道",
            "所属单位",
            "所属镇街",
            "镇街",
            "街道",
            "所属镇(街道)",
            "乡镇",
            "所属乡镇",
            "乡镇街道",
            "镇(街道)",
            "所属园区",
            "所属县区",
            "县区",
            "~所属街道",
            "~所属镇",
            "~所属乡",
            "~所属单位",
        ],
    ),
    (LedgerField::Remarks, &["备注", "说明"]),
];

/// Words in a label that name an indicator of some 考核 the built-ins are not: such a column or
/// row is reported as not imported unless the catalogue names it.
const OTHER_INDICATOR_WORDS: &[&str] = &[
    "利用外资",
    "使用外资",
    "外商投资",
    "美元",
    "开工",
    "履约",
    "落地",
    "投产",
    "到位率",
    "固定资产投资",
    "优强企业",
    "引进企业",
    "主导产业",
];

thread_local! {
    /// The catalogue's words for this thread's import, longest first: each entry's name and
    /// synonyms (the built-ins' own words stay in [`INDICATOR_WORDS`]).
    static CATALOGUE_WORDS: RefCell<Vec<(String, Indicator)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the catalogue's names and synonyms as indicator words (they win over the
/// built-in table, so an entry is recognized as soon as it is in the catalogue).
pub fn with_catalogue<R>(catalogue: &Catalogue, f: impl FnOnce() -> R) -> R {
    let mut words: Vec<(String, Indicator)> = catalogue
        .defs()
        .iter()
        .flat_map(|d| {
            let name = (!d.key.is_builtin()).then_some(&d.name);
            name.into_iter()
                .chain(&d.synonyms)
                .map(|w| (header_key(w), d.key))
                .filter(|(w, _)| w.chars().count() >= 2)
                .collect::<Vec<_>>()
        })
        .collect();
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    let previous = CATALOGUE_WORDS.with(|c| c.replace(words));
    let out = f();
    CATALOGUE_WORDS.with(|c| c.replace(previous));
    out
}

/// The catalogue entry whose longest word a compact label holds.
fn catalogue_indicator(plain: &str) -> Option<Indicator> {
    CATALOGUE_WORDS.with(|c| {
        c.borrow()
            .iter()
            .find(|(w, _)| plain.contains(w.as_str()))
            .map(|(_, i)| *i)
    })
}

/// Whether a label names an indicator that is neither a built-in nor in the catalogue
/// (5亿元以上项目, 开工率, 实际利用外资, 固定资产投资 …).
pub fn names_other_indicator(text: &str) -> bool {
    let plain = header_key(text);
    indicator_of(text).is_none()
        && !plain.is_empty()
        && (other_size_band(&plain) || contains_any(&plain, OTHER_INDICATOR_WORDS))
}

/// Indicator names, tried in this order: the 10亿元 words come before the 亿元 words so that
/// 10亿元以上项目 is never taken for 超亿元项目.
pub const INDICATOR_WORDS: &[(Indicator, &[&str])] = &[
    (
        Indicator::PROJECTS_OVER_1B,
        &[
            "10亿元以上",
            "十亿元以上",
            "10亿以上",
            "10亿元及以上",
            "超10亿",
            "超十亿",
            "10亿元含以上",
        ],
    ),
    (
        Indicator::PROJECTS_OVER_100M,
        &[
            "超亿元",
            "亿元以上",
            "亿元及以上",
            "1亿元以上",
            "超1亿",
            "亿元含以上",
            "亿元项目",
        ],
    ),
    (Indicator::FOREIGN_PROJECTS, &["外资项目", "外资"]),
    (
        Indicator::OUTBOUND_TRIPS,
        &["外出招商", "招商次数", "外出次数"],
    ),
    (
        Indicator::FUNDS_IN_PLACE,
        &[
            "实际到位资金",
            "到位资金",
            "实际到位",
            "到位",
            "省外资金",
            "市外资金",
        ],
    ),
    (
        Indicator::PLANNED_INVESTMENT,
        &[
            "签约资金",
            "协议资金",
            "签约金额",
            "协议金额",
            "总规模",
            "计划总投资",
            "协议投资额",
            "总投资额",
            "投资总额",
            "投资额",
            "计划投资",
            "总投资",
            "协议投资",
            "投资规模",
        ],
    ),
    (
        Indicator::SIGNED_PROJECTS,
        &[
            "新签约项目",
            "签约项目",
            "新签项目",
            "新签约",
            "签约数",
            "项目数",
        ],
    ),
];

/// Words that make a label something else than any indicator, though it holds an indicator
/// word: 实际利用外资 is money in dollars, not a count of 外资项目.
pub const NOT_INDICATOR_WORDS: &[&str] = &[
    "利用外资",
    "使用外资",
    "外商投资",
    "美元",
    "外资到位",
    "到位外资",
    "完成率",
    "占比",
    "比重",
    "转化率",
    "开工率",
    "履约率",
    "到位率",
    "落地率",
    "投产率",
    "开工",
    "履约",
    "落地",
];

/// Indicators of money, whose words at the end of a label name it whatever counts stand
/// before them (新签约亿元以上项目固投总规模 is an amount, not a count of projects).
const MONEY_INDICATORS: &[Indicator] = &[Indicator::PLANNED_INVESTMENT, Indicator::FUNDS_IN_PLACE];

/// Header words of columns about another period or a comparison (上年同期, 同比增长): not
/// figures of the sheet's own period.
pub const OTHER_PERIOD_WORDS: &[&str] = &[
    "上年",
    "去年",
    "上月",
    "预计",
    "预测",
    "预期",
    "同期",
    "上期",
    "增长",
    "增减",
    "比上年",
    "环比",
];

/// Header words of a target column (目标).
pub const TARGET_WORDS: &[&str] = &["目标", "任务", "计划数", "下达数"];
/// Header words of an actual column (完成).
pub const ACTUAL_WORDS: &[&str] = &["完成", "实际", "实绩", "执行数"];
/// Header words of a derived rate column, never imported (完成率).
pub const RATE_WORDS: &[&str] = &["完成率", "完成比例", "进度", "比率", "占比", "%", "同比"];
/// Header words of a column that adds up other columns (五年累计, 合计): derived.
pub const AGGREGATE_WORDS: &[&str] = &["累计", "合计", "总计", "小计"];
/// Header words of the column naming the indicator of each row.
pub const INDICATOR_COLUMN_WORDS: &[&str] = &["指标", "指标名称", "主要指标", "项目", "内容"];
/// Header words of the column naming the unit of each row (任务分解表).
pub const UNIT_COLUMN_WORDS: &[&str] = &[
    "单位",
    "单位名称",
    "街道",
    "镇街",
    "乡镇",
    "县区",
    "区县",
    "县市区",
    "县(市、区)",
    "地区",
    "所属单位",
    "责任单位",
    "部门",
    "责任部门",
];
/// Header words of a column giving each row's year.
pub const YEAR_COLUMN_WORDS: &[&str] = &["年度", "年份", "年"];
/// Header words of a column giving each row's period (year, month).
pub const PERIOD_COLUMN_WORDS: &[&str] = &[
    "年度",
    "年份",
    "年",
    "月份",
    "月",
    "时间",
    "期间",
    "年月",
    "统计期",
];
/// Header words of a column giving the unit of measure (个, 亿元).
pub const MEASURE_COLUMN_WORDS: &[&str] = &["单位", "计量单位", "单位名称"];
/// Other header words (for header detection only).
pub const OTHER_HEADER_WORDS: &[&str] = &[
    "序号",
    "备注",
    "完成情况",
    "项目基本情况",
    "签约情况",
    "推进情况",
    "资金",
    "年度目标",
    "全年目标",
];

/// Labels of total rows (合计): never data.
pub const TOTAL_WORDS: &[&str] = &[
    "合计",
    "总计",
    "小计",
    "累计",
    "全区合计",
    "汇总",
    "总合计",
    "全区",
    "全县",
    "全市",
];
/// Words of footer lines: the table ends there.
pub const FOOTER_WORDS: &[&str] = &[
    "填报单位",
    "填报人",
    "联系电话",
    "审核人",
    "制表人",
    "抄送",
    "印发",
    "报送单位",
    "签发人",
    "单位负责人",
    "填表人",
    "制表:",
    "审核:",
];
/// How notes lines start.
pub const NOTE_PREFIXES: &[&str] = &[
    "注",
    "说明",
    "备注:",
    "资料来源",
    "数据来源",
    "统计截止",
    "截至",
];
/// How a second, unrelated table below the main one starts.
pub const OTHER_TABLE_WORDS: &[&str] = &["附表", "附件"];

/// Words for 是 in 是否外资.
pub const YES_WORDS: &[&str] = &[
    "是",
    "外资",
    "Y",
    "YES",
    "√",
    "TRUE",
    "合资",
    "中外合资",
    "外商独资",
];
/// Words for 否 in 是否外资.
pub const NO_WORDS: &[&str] = &["否", "内资", "N", "NO", "×", "X", "FALSE", "非外资"];
/// Words inside a 资金来源 / 是否外资 text that mark domestic money (民营企业, 省外资金: money
/// from another province is not foreign); tried before [`FOREIGN_HINTS`].
pub const DOMESTIC_HINTS: &[&str] = &[
    "内资", "非外", "民营", "民企", "国有", "国企", "私营", "集体", "国资", "央企", "省属", "市属",
    "本地", "国内", "境内", "省外", "市外", "县外", "区外", "州外", "省内", "市内",
];
/// Words inside a 资金来源 / 是否外资 text that mark foreign money (港资, 中外合资, 外商投资).
pub const FOREIGN_HINTS: &[&str] = &[
    "外资",
    "外商",
    "港资",
    "澳资",
    "台资",
    "港澳台",
    "侨资",
    "境外",
    "中外",
    "外方",
    "美资",
    "日资",
    "韩资",
    "欧资",
    "德资",
];

/// Stage words, tried in order (在谈 first: 洽谈中 is not 已签约).
pub const STAGE_WORDS: &[(Stage, &[&str])] = &[
    (
        Stage::Negotiating,
        &[
            "在谈",
            "洽谈",
            "意向",
            "未签约",
            "跟踪",
            "拟签",
            "待签",
            "洽商",
            "储备",
            "谋划",
        ],
    ),
    (
        Stage::InProduction,
        &["投产", "竣工", "运营", "达产", "建成"],
    ),
    (Stage::Started, &["开工", "在建", "建设", "施工", "动工"]),
    (Stage::Signed, &["签约", "签订", "已签", "落地", "注册"]),
];

/// Unit name endings (街道, 镇 …), longest first; see [`crate::unit`].
pub const UNIT_SUFFIXES: &[&str] = &[
    "街道办事处",
    "经济开发区",
    "办事处",
    "街道",
    "街办",
    "工业园",
    "科技园",
    "物流园",
    "新城",
    "苏木",
    "管委会",
    "开发区",
    "高新区",
    "产业园",
    "园区",
    "新区",
    "县",
    "市",
    "旗",
    "镇",
    "乡",
    "区",
];
/// Names that mean the whole district.
pub const DISTRICT_WORDS: &[&str] = &["全区", "全县", "全市", "全旗"];

/// A header or label in the form the tables are matched against: compact, with bracketed
/// parts (units such as （万元）) removed and "其中：" dropped.
pub fn header_key(text: &str) -> String {
    let c = compacted(text);
    let mut out = String::new();
    let mut depth = 0usize;
    for ch in c.chars() {
        match ch {
            '(' | '[' | '【' | '〔' => depth += 1,
            ')' | ']' | '】' | '〕' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    let out = out.trim_start_matches("其中");
    let out = out.trim_start_matches([':', '：', '、']);
    out.trim_matches(|c: char| "“”\"'‘’:".contains(c))
        .to_string()
}

fn word_matches(key: &str, word: &str) -> bool {
    match word.strip_prefix('~') {
        Some(w) => key.contains(w),
        None => key == word,
    }
}

/// The ledger field a header names, trying the leaf header first, then the whole label.
pub fn ledger_field(segments: &[String]) -> Option<LedgerField> {
    ledger_field_match(segments).map(|(field, _)| field)
}

/// The ledger field a header names and whether a synonym matched exactly (exact matches
/// win over "contains" matches when two columns name the same field).
pub fn ledger_field_match(segments: &[String]) -> Option<(LedgerField, bool)> {
    let keys: Vec<String> = segments
        .iter()
        .rev()
        .map(|s| header_key(s))
        .filter(|k| !k.is_empty())
        .collect();
    for key in &keys {
        for exact in [true, false] {
            for (field, words) in LEDGER_FIELDS {
                let hit = words
                    .iter()
                    .filter(|w| w.starts_with('~') != exact)
                    .any(|w| word_matches(key, w));
                if hit {
                    return Some((*field, exact));
                }
            }
        }
    }
    None
}

/// The indicator a text names (a row label or a column header), `None` if none.
pub fn indicator_of(text: &str) -> Option<Indicator> {
    let plain = header_key(text);
    let unbracketed: String = compacted(text)
        .chars()
        .filter(|c| !"()[]【】〔〕".contains(*c))
        .collect();
    if let Some(i) = catalogue_indicator(&plain).or_else(|| catalogue_indicator(&unbracketed)) {
        return Some(i);
    }
    if plain.is_empty() && unbracketed.is_empty() || contains_any(&unbracketed, NOT_INDICATOR_WORDS)
    {
        return None;
    }
    let money_head = INDICATOR_WORDS
        .iter()
        .filter(|(i, _)| MONEY_INDICATORS.contains(i))
        .find(|(_, words)| {
            words
                .iter()
                .any(|w| w.chars().count() >= 2 && plain.ends_with(w))
        })
        .map(|(i, _)| *i);
    if money_head.is_some() {
        return money_head;
    }
    if other_size_band(&plain) {
        return None;
    }
    // 省外资金 is money from outside the province, not 外资 (foreign capital).
    let plain = plain.replace("外资金", "外 资金");
    INDICATOR_WORDS
        .iter()
        .find(|(_, words)| {
            words
                .iter()
                .any(|w| plain.contains(w) || (w.contains('含') && unbracketed.contains(w)))
        })
        .map(|(i, _)| *i)
}

/// Whether a label names a size band the built-ins do not track (5亿元以上, 3000万元以上):
/// a number before 亿 or 万 other than the 1亿 and 10亿 of 超亿元 and 10亿元以上 projects.
fn other_size_band(plain: &str) -> bool {
    let chars: Vec<char> = plain.chars().collect();
    chars.iter().enumerate().any(|(i, ch)| {
        if *ch != '亿' && *ch != '万' {
            return false;
        }
        let numeral: String = chars[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百千.".contains(**c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        match *ch {
            '亿' => !numeral.is_empty() && !["1", "10", "一", "十"].contains(&numeral.as_str()),
            _ => !numeral.is_empty() && chars.get(i + 1) == Some(&'元'),
        }
    })
}

/// The indicator a header names, leaf first.
pub fn indicator_of_header(segments: &[String]) -> Option<Indicator> {
    segments.iter().rev().find_map(|s| indicator_of(s))
}

/// Target or actual, from a compact header word (目标 / 完成).
pub fn role_of(key: &str) -> Option<planboard_model::FactKind> {
    if contains_any(key, TARGET_WORDS) {
        Some(planboard_model::FactKind::Target)
    } else if contains_any(key, ACTUAL_WORDS) {
        Some(planboard_model::FactKind::Actual)
    } else {
        None
    }
}

/// Whether a compact text contains any of `words`.
pub fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// Whether a compact header equals any of `words` (after removing bracketed units).
pub fn is_any(text: &str, words: &[&str]) -> bool {
    let key = header_key(text);
    words.iter().any(|w| key == *w)
}

/// Whether a header cell text is a known header word (used to find the header row).
pub fn is_header_word(text: &str) -> bool {
    let key = header_key(text);
    // "单位：万元", "填报日期：…" are lines of a form, not column headers.
    if key.is_empty() || key.chars().count() > 16 || key.contains(':') {
        return false;
    }
    LEDGER_FIELDS
        .iter()
        .flat_map(|(_, w)| w.iter())
        .any(|w| word_matches(&key, w))
        || catalogue_indicator(&key).is_some()
        || INDICATOR_WORDS
            .iter()
            .flat_map(|(_, w)| w.iter())
            .any(|w| key.contains(w))
        || [
            TARGET_WORDS,
            ACTUAL_WORDS,
            RATE_WORDS,
            AGGREGATE_WORDS,
            OTHER_HEADER_WORDS,
        ]
        .iter()
        .any(|words| words.iter().any(|w| key.contains(w)))
        || [
            INDICATOR_COLUMN_WORDS,
            UNIT_COLUMN_WORDS,
            PERIOD_COLUMN_WORDS,
            MEASURE_COLUMN_WORDS,
        ]
        .iter()
        .any(|words| words.contains(&key.as_str()))
        || crate::periods::is_period_label(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn indicators_and_the_qizhong_traps() {
        assert_eq!(
            indicator_of("新签约项目（个）"),
            Some(Indicator::SIGNED_PROJECTS)
        );
        assert_eq!(
            indicator_of("其中：超亿元项目"),
            Some(Indicator::PROJECTS_OVER_100M)
        );
        assert_eq!(
            indicator_of("亿元以上项目"),
            Some(Indicator::PROJECTS_OVER_100M)
        );
        assert_eq!(
            indicator_of("其中：10亿元以上项目"),
            Some(Indicator::PROJECTS_OVER_1B)
        );
        assert_eq!(
            indicator_of("１０亿元以上项目"),
            Some(Indicator::PROJECTS_OVER_1B)
        );
        assert_eq!(
            indicator_of("协议投资额（万元）"),
            Some(Indicator::PLANNED_INVESTMENT)
        );
        assert_eq!(
            indicator_of("总投资额"),
            Some(Indicator::PLANNED_INVESTMENT)
        );
        assert_eq!(
            indicator_of("实际到位(亿元)"),
            Some(Indicator::FUNDS_IN_PLACE)
        );
        assert_eq!(
            indicator_of("外出招商次数"),
            Some(Indicator::OUTBOUND_TRIPS)
        );
        assert_eq!(indicator_of("外资项目"), Some(Indicator::FOREIGN_PROJECTS));
        assert_eq!(indicator_of("备注"), None);
        assert_eq!(indicator_of("实际利用外资（万美元）"), None);
        assert_eq!(
            indicator_of_header(&seg(&["项目数（个）", "新签约项目"])),
            Some(Indicator::SIGNED_PROJECTS)
        );
        assert_eq!(
            indicator_of_header(&seg(&["资金（亿元）", "到位资金"])),
            Some(Indicator::FUNDS_IN_PLACE)
        );
    }

    #[test]
    fn ledger_headers() {
        assert_eq!(
            ledger_field(&seg(&["计划总投资(万元)"])),
            Some(LedgerField::Investment)
        );
        assert_eq!(
            ledger_field(&seg(&["协议投资额（万元）"])),
            Some(LedgerField::Investment)
        );
        assert_eq!(
            ledger_field(&seg(&["推进情况", "项目进度"])),
            Some(LedgerField::Stage)
        );
        assert_eq!(
            ledger_field(&seg(&["签约情况", "签约时间"])),
            Some(LedgerField::SignedOn)
        );
        assert_eq!(
            ledger_field(&seg(&["项目基本情况", "项目名称"])),
            Some(LedgerField::Name)
        );
        assert_eq!(ledger_field(&seg(&["内外资"])), Some(LedgerField::Foreign));
        assert_eq!(ledger_field(&seg(&["进展情况"])), Some(LedgerField::Stage));
        assert_eq!(ledger_field(&seg(&["备注"])), Some(LedgerField::Remarks));
        assert!(is_header_word("计划总投资（万元）"));
        assert!(is_header_word("其中：超亿元项目"));
        assert!(is_header_word("街道（镇、园区）"));
        assert!(is_header_word("2016年"));
        assert!(!is_header_word("单位：万元"));
        assert!(!is_header_word("填报日期：2026年11月5日"));
        assert!(!is_header_word("城东街道"));
    }

    #[test]
    fn other_indicators_are_never_a_builtin_and_the_catalogue_names_them() {
        let others = [
            "5亿元以上项目",
            "投资额5亿元及以上项目",
            "开工项目",
            "开工率（%）",
            "实际利用外资（万美元）",
            "固定资产投资",
        ];
        for label in others {
            assert_eq!(indicator_of(label), None, "{label}");
            assert!(names_other_indicator(label), "{label}");
        }
        let text = include_str!("../../../tests/catalogue/example_catalogue.json");
        let catalogue = Catalogue::from_json(text).unwrap();
        let key = |label: &str| indicator_of(label).map(Indicator::key);
        with_catalogue(&catalogue, || {
            assert_eq!(key("5亿元以上项目"), Some("projects_over_500m"));
            assert_eq!(key("投资额5亿元及以上项目"), Some("projects_over_500m"));
            assert_eq!(key("亿元以上新签约开工项目数"), Some("started_projects"));
            assert_eq!(key("开工率（%）"), Some("start_rate"));
            assert_eq!(key("实际利用外资（万美元）"), Some("foreign_capital"));
            assert_eq!(key("超亿元项目"), Some("projects_over_100m"));
            assert_eq!(indicator_of("固定资产投资"), None);
            assert!(!names_other_indicator("开工项目"));
        });
        assert_eq!(indicator_of("开工项目"), None);
    }
}
