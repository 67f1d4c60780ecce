//! Whom a sheet speaks for: a unit (街道, 镇, 园区 …) named in a text, or the whole district.

use crate::synonyms::{DISTRICT_WORDS, UNIT_SUFFIXES};
use planboard_model::text::compacted;
use planboard_model::UnitName;

/// What a text says about whom a table is for.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeHint {
    /// The whole district (全区).
    District,
    /// One unit.
    Unit(UnitName),
}

/// Characters that cannot be part of a unit name's stem (they end the look-back).
const STEM_STOPS: &str =
    "年月日各全本期间度份的和及与、,，.。:：;；(（)）“”\"'《》0123456789-—/ 在第";
/// Characters that make a suffix part of a longer word (区域, 县域, 区划, 区级).
const NOT_AFTER_SUFFIX: &str = "域划级";
/// The longest stem before a suffix (城东 in 城东街道).
const MAX_STEM: usize = 6;
/// Suffixes that are whole names without a stem (高新区).
const STANDALONE: &[&str] = &["高新区", "开发区", "经济开发区"];

/// The unit or district a text (a title, a sheet or file name, a cell) names, if any:
/// "2023年城东街道招商引资项目台账" → 城东街道; "“十三五”期间全区…" → district.
pub fn scope_in(text: &str) -> Option<ScopeHint> {
    let c = compacted(text);
    if DISTRICT_WORDS.iter().any(|w| c.contains(w)) {
        return Some(ScopeHint::District);
    }
    unit_in(&c).map(ScopeHint::Unit)
}

/// The first unit name in a text.
pub fn unit_in(text: &str) -> Option<UnitName> {
    let c = compacted(text);
    let chars: Vec<(usize, char)> = c.char_indices().collect();
    for (k, (i, _)) in chars.iter().enumerate() {
        for suffix in UNIT_SUFFIXES {
            // 区域, 县域, 区级: a word, not a name's end.
            if !c[*i..].starts_with(suffix) {
                continue;
            }
            let after = c[*i + suffix.len()..].chars().next();
            if after.is_some_and(|ch| NOT_AFTER_SUFFIX.contains(ch)) {
                continue;
            }
            let mut stem_start = k;
            while stem_start > 0
                && k - stem_start < MAX_STEM
                && !STEM_STOPS.contains(chars[stem_start - 1].1)
                && is_cjk(chars[stem_start - 1].1)
            {
                stem_start -= 1;
            }
            let stem_len = k - stem_start;
            let min_stem = if STANDALONE.contains(suffix) {
                0
            } else if ["区", "县", "市", "旗"].contains(suffix) {
                2
            } else {
                1
            };
            if stem_len >= min_stem {
                let start = chars[stem_start].0;
                let end = longest_end(&c, *i, i + suffix.len());
                return UnitName::new(canonical(&c[start..end]));
            }
        }
    }
    None
}

/// The end of a suffix found at `start`, carried on over a longer suffix that overlaps it
/// (产业园 + 园区 in 高新技术产业园区).
fn longest_end(text: &str, start: usize, mut end: usize) -> usize {
    let mut at = start;
    while let Some((offset, _)) = text[at..end].char_indices().nth(1) {
        at += offset;
        if let Some(longer) = UNIT_SUFFIXES
            .iter()
            .filter(|s| text[at..].starts_with(**s))
            .map(|s| at + s.len())
            .find(|&e| e > end)
        {
            end = longer;
        }
    }
    end
}

/// Office words after a unit's name (城东街道办事处 → 城东街道, 工业园区管委会 → 工业园区).
const OFFICE_SUFFIXES: &[&str] = &["办事处", "人民政府", "管理委员会", "管委会"];

/// A unit name without its office suffix, when what remains is still a unit name.
fn canonical(name: &str) -> &str {
    for office in OFFICE_SUFFIXES {
        if let Some(stem) = name.strip_suffix(office) {
            if UNIT_SUFFIXES.iter().any(|s| stem.ends_with(s)) {
                return stem;
            }
        }
    }
    name
}

/// The unit a cell names (a 所属街道 or 单位 cell): a recognized unit name, else the text
/// itself; `None` for the district or nothing.
pub fn unit_of_cell(text: &str) -> Option<UnitName> {
    match scope_in(text) {
        Some(ScopeHint::Unit(u)) => Some(u),
        Some(ScopeHint::District) => None,
        None => UnitName::new(canonical(&compacted(text))),
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether a cell text looks like a unit name (for finding a 任务分解表's unit column).
pub fn looks_like_unit(text: &str) -> bool {
    let c = compacted(text);
    c.chars().count() <= 12
        && UNIT_SUFFIXES.iter().any(|s| c.ends_with(s))
        && unit_in(&c).is_some_and(|u| u.as_str() == c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> Option<String> {
        match scope_in(s) {
            Some(ScopeHint::Unit(u)) => Some(u.to_string()),
            Some(ScopeHint::District) => Some("全区".into()),
            None => None,
        }
    }

    #[test]
    fn units_in_titles_and_file_names() {
        assert_eq!(
            unit("2023年城东街道招商引资项目台账").as_deref(),
            Some("城东街道")
        );
        assert_eq!(
            unit("石桥镇2016年招商引资项目台账").as_deref(),
            Some("石桥镇")
        );
        assert_eq!(unit("高新区十三五招商项目台账").as_deref(), Some("高新区"));
        assert_eq!(
            unit("工业园区招商引资重点项目台账").as_deref(),
            Some("工业园区")
        );
        assert_eq!(unit("南湖街道项目台账.xls").as_deref(), Some("南湖街道"));
        assert_eq!(
            unit("“十三五”期间全区招商引资主要指标完成情况").as_deref(),
            Some("全区")
        );
        assert_eq!(unit("2026年各街道（镇、园区）招商引资目标任务分解表"), None);
        assert_eq!(unit("招商引资项目台账"), None);
        assert_eq!(unit("城东街道办事处").as_deref(), Some("城东街道"));
        assert_eq!(unit("工业园区管委会").as_deref(), Some("工业园区"));
        assert_eq!(
            unit_of_cell("城东").map(|u| u.to_string()).as_deref(),
            Some("城东")
        );
        assert_eq!(unit("重点区域项目台账汇总"), None);
        assert_eq!(unit("区级督办项目"), None);
        assert_eq!(
            unit("高新技术产业园区").as_deref(),
            Some("高新技术产业园区")
        );
        assert_eq!(
            unit("雅安市2016年1-7月招商引资工作进展情况").as_deref(),
            Some("雅安市")
        );
        assert_eq!(unit("2026年城市更新项目"), None);
        assert_eq!(unit("达拉特旗招商项目台账").as_deref(), Some("达拉特旗"));
        assert_eq!(unit("滨江新城2024年项目台账").as_deref(), Some("滨江新城"));
        assert!(looks_like_unit("城东街办"));
        assert!(looks_like_unit("临港工业园"));
        assert!(looks_like_unit("城东街道"));
        assert!(looks_like_unit("高新区"));
        assert!(!looks_like_unit("合计"));
        assert!(!looks_like_unit("新签约项目"));
    }
}
