//! The 总览 tab: the indicator cards and the rule that colours them.

use super::{scope_name, span_name, Lang};

/// The overview's heading: 全区 · 十三五（数据截至 2026-10）.
pub fn overview_heading(
    lang: Lang,
    scope: &planboard_model::Scope,
    span: planboard_model::Span,
    as_of: Option<&str>,
) -> String {
    let scope = scope_name(lang, scope);
    let span = span_name(lang, span);
    match (lang, as_of) {
        (Lang::Zh, Some(month)) => format!("{scope} · {span}（数据截至 {month}）"),
        (Lang::Zh, None) => format!("{scope} · {span}"),
        (Lang::En, Some(month)) => format!("{scope} · {span} (as of {month})"),
        (Lang::En, None) => format!("{scope} · {span}"),
    }
}

/// 序时进度.
pub fn schedule_progress(lang: Lang) -> &'static str {
    lang.pick("序时进度", "Schedule")
}

/// The gap to 序时进度: 超序时进度 3.50 个百分点 / 落后序时进度 5.55 个百分点.
pub fn schedule_gap_text(lang: Lang, gap: planboard_model::Decimal) -> String {
    let points = planboard_model::format::points(gap);
    match (lang, gap.is_sign_negative() && !gap.is_zero()) {
        (Lang::Zh, false) => format!("超序时进度 {points} 个百分点"),
        (Lang::Zh, true) => format!("落后序时进度 {points} 个百分点"),
        (Lang::En, false) => format!("{points} points ahead of schedule"),
        (Lang::En, true) => format!("{points} points behind schedule"),
    }
}

/// The gap to the whole target of a finished span: 超额完成 23.00 个百分点.
pub fn target_gap_text(lang: Lang, gap: planboard_model::Decimal) -> String {
    let points = planboard_model::format::points(gap);
    match (lang, gap.is_sign_negative() && !gap.is_zero()) {
        (Lang::Zh, false) => format!("已完成目标，超出 {points} 个百分点"),
        (Lang::Zh, true) => format!("距完成目标还差 {points} 个百分点"),
        (Lang::En, false) => format!("Target reached, {points} points over"),
        (Lang::En, true) => format!("{points} points short of the target"),
    }
}

/// Shown on a card without a completion rate.
pub fn no_rate(lang: Lang) -> &'static str {
    lang.pick(
        "无目标或无完成数，不着色",
        "No target or actual: not coloured",
    )
}

/// Label before the colour rule.
pub fn rule_label(lang: Lang) -> &'static str {
    lang.pick("着色规则：", "Colour rule:")
}

/// A colour scheme's name.
pub fn rule_scheme(lang: Lang, rule: crate::gui::rules::ColourRule) -> &'static str {
    use crate::gui::rules::ColourRule;
    match rule {
        ColourRule::PointGap { .. } => {
            lang.pick("按与序时进度的百分点差", "By points behind schedule")
        }
        ColourRule::Shortfall { .. } => {
            lang.pick("按相对序时进度的差距比例", "By relative shortfall")
        }
    }
}

/// The unit of a rule's margin, after its number.
pub fn rule_margin_suffix(lang: Lang, rule: crate::gui::rules::ColourRule) -> &'static str {
    use crate::gui::rules::ColourRule;
    match rule {
        ColourRule::PointGap { .. } => lang.pick(" 个百分点", " points"),
        ColourRule::Shortfall { .. } => " %",
    }
}

/// What a colour means under a rule: 黄：落后不超过 10 个百分点.
pub fn rule_meaning(
    lang: Lang,
    rule: crate::gui::rules::ColourRule,
    status: crate::gui::rules::Status,
) -> String {
    use crate::gui::rules::{ColourRule, Status};
    let margin = rule.margin();
    match (lang, rule, status) {
        (Lang::Zh, _, Status::OnSchedule) => "绿：达到或超过序时进度".into(),
        (Lang::Zh, ColourRule::PointGap { .. }, Status::Behind) => {
            format!("黄：落后不超过 {margin} 个百分点")
        }
        (Lang::Zh, ColourRule::PointGap { .. }, _) => format!("红：落后超过 {margin} 个百分点"),
        (Lang::Zh, ColourRule::Shortfall { .. }, Status::Behind) => {
            format!("黄：差距不超过序时进度的 {margin}%")
        }
        (Lang::Zh, ColourRule::Shortfall { .. }, _) => {
            format!("红：差距超过序时进度的 {margin}%")
        }
        (Lang::En, _, Status::OnSchedule) => "green: on or ahead of schedule".into(),
        (Lang::En, ColourRule::PointGap { .. }, Status::Behind) => {
            format!("yellow: up to {margin} points behind")
        }
        (Lang::En, ColourRule::PointGap { .. }, _) => {
            format!("red: more than {margin} points behind")
        }
        (Lang::En, ColourRule::Shortfall { .. }, Status::Behind) => {
            format!("yellow: short by up to {margin}% of schedule")
        }
        (Lang::En, ColourRule::Shortfall { .. }, _) => {
            format!("red: short by more than {margin}% of schedule")
        }
    }
}

/// The heading of the 主要成效 paragraph in the overview.
pub fn main_results_heading(lang: Lang) -> &'static str {
    lang.pick("文字摘要（主要成效）", "Written summary")
}
