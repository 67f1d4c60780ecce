//! What the mapping dialog edits: a layout being taught ([`LayoutDraft`]) — header rows, the
//! kind of table, whom and when it speaks for, each column's role — and the choices its
//! drop-downs offer ([`Choice`]). Pure data: it becomes a [`SavedLayout`] with the labels the
//! sheet's header rows give.

use planboard_import::{ColumnRole, Figure, LayoutKind, LedgerField, MoneyUnit, SavedLayout};
use planboard_import::{ScopeHint, SkipRule, When, LAYOUT_FORMAT, LAYOUT_VERSION};
use planboard_model::{FactKind, Indicator, Measure, PlanPeriod, Scope, SourceKind, UnitName};

/// The most rows a header may span.
pub const MAX_HEADER_ROWS: usize = 3;

/// The kinds of table the dialog offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftKind {
    /// Units down, figures across (任务分解表 or results by unit).
    UnitTable,
    /// One project per row (项目台账).
    Ledger,
    /// One unit's or the district's figures per indicator (完成情况表).
    Report,
}

impl DraftKind {
    /// Every kind, in the order the dialog lists them.
    pub const ALL: [DraftKind; 3] = [DraftKind::UnitTable, DraftKind::Ledger, DraftKind::Report];
}

/// Where the unit of the figures comes from, besides a unit column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitSource {
    /// The sheet's title, sheet name or file name (or a unit column).
    FromSheet,
    /// The whole district.
    District,
    /// One unit, named here (the text the user types).
    Named(String),
}

/// Where the year comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearSource {
    /// The sheet's title or name (or a year column).
    FromSheet,
    /// This year, for every sheet read with the layout.
    Fixed(i32),
}

/// What a column can be chosen to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// 忽略.
    Ignored,
    /// 单位.
    Unit,
    /// 年度.
    Year,
    /// 期间 (a year, month or months to date per row).
    Period,
    /// 指标名称 (the row's indicator).
    IndicatorName,
    /// 计量单位 (the row's money unit).
    Measure,
    /// An indicator's figure, target or actual; `None`: the row's indicator.
    Figure(Option<Indicator>, FactKind),
    /// An indicator's 完成率 (checked against its 目标 and 完成 columns).
    Rate(Indicator),
    /// A ledger field.
    Ledger(LedgerField),
}

/// The ledger fields, in the order a ledger lists them.
pub const LEDGER_FIELDS: [LedgerField; 12] = [
    LedgerField::Seq,
    LedgerField::Name,
    LedgerField::Investor,
    LedgerField::Industry,
    LedgerField::SignedOn,
    LedgerField::Investment,
    LedgerField::Foreign,
    LedgerField::EnterpriseType,
    LedgerField::Stage,
    LedgerField::Responsible,
    LedgerField::Unit,
    LedgerField::Remarks,
];

/// A layout being taught.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutDraft {
    /// The grid row where the header begins.
    pub header_first: usize,
    /// How many rows the header spans (1–3).
    pub header_rows: usize,
    /// The kind of table.
    pub kind: DraftKind,
    /// The money unit of a ledger's investment column.
    pub ledger_money: MoneyUnit,
    /// What each column holds, one per sheet column.
    pub columns: Vec<ColumnRole>,
    /// Where the unit comes from.
    pub unit: UnitSource,
    /// Where the year comes from.
    pub year: YearSource,
    /// The plan period the layout fixes (kept from the layout it started from).
    pub plan: Option<PlanPeriod>,
    /// The last month of a year to date the layout fixes.
    pub ytd_through: Option<u32>,
    /// Rows not to read: a word in a column.
    pub skip_rows: Vec<SkipRule>,
}

impl LayoutDraft {
    /// A draft reading nothing yet: a one-row header at `header_first`, every column of
    /// `width` ignored.
    pub fn empty(header_first: usize, width: usize) -> Self {
        LayoutDraft {
            header_first,
            header_rows: 1,
            kind: DraftKind::UnitTable,
            ledger_money: MoneyUnit::Wan,
            columns: vec![ColumnRole::Ignored; width],
            unit: UnitSource::FromSheet,
            year: YearSource::FromSheet,
            plan: None,
            ytd_through: None,
            skip_rows: Vec::new(),
        }
    }

    /// The draft of a saved layout whose header begins at `header_first`, over `width`
    /// columns.
    pub fn of(saved: &SavedLayout, header_first: usize, width: usize) -> Self {
        let mut columns = saved.columns.clone();
        columns.resize(width.max(columns.len()), ColumnRole::Ignored);
        let (kind, ledger_money) = match &saved.kind {
            LayoutKind::UnitTable => (DraftKind::UnitTable, MoneyUnit::Wan),
            LayoutKind::Ledger { money } => (DraftKind::Ledger, *money),
            LayoutKind::Report { .. } => (DraftKind::Report, MoneyUnit::Wan),
        };
        LayoutDraft {
            header_first,
            header_rows: saved.header_rows.clamp(1, MAX_HEADER_ROWS),
            kind,
            ledger_money,
            columns,
            unit: match &saved.scope {
                None => UnitSource::FromSheet,
                Some(ScopeHint::District) => UnitSource::District,
                Some(ScopeHint::Unit(u)) => UnitSource::Named(u.to_string()),
            },
            year: saved.year.map_or(YearSource::FromSheet, YearSource::Fixed),
            plan: saved.plan,
            ytd_through: saved.ytd_through,
            skip_rows: saved.skip_rows.clone(),
        }
    }

    /// The layout named `name`, its header fingerprint taken from `labels` (each column's
    /// label at the draft's header rows). Columns past the last one labelled or read are left
    /// out.
    pub fn to_saved(&self, name: &str, labels: &[String]) -> SavedLayout {
        let width = (0..labels.len().max(self.columns.len()))
            .rev()
            .find(|&c| {
                labels.get(c).is_some_and(|l| !l.is_empty())
                    || self
                        .columns
                        .get(c)
                        .is_some_and(|r| *r != ColumnRole::Ignored)
            })
            .map_or(0, |c| c + 1);
        let mut header: Vec<String> = labels.iter().take(width).cloned().collect();
        header.resize(width, String::new());
        let mut columns: Vec<ColumnRole> = self.columns.iter().take(width).cloned().collect();
        columns.resize(width, ColumnRole::Ignored);
        let scope = match &self.unit {
            UnitSource::FromSheet => None,
            UnitSource::District => Some(ScopeHint::District),
            UnitSource::Named(name) => UnitName::new(name.trim()).map(ScopeHint::Unit),
        };
        let kind = match self.kind {
            DraftKind::UnitTable => LayoutKind::UnitTable,
            DraftKind::Ledger => LayoutKind::Ledger {
                money: self.ledger_money,
            },
            DraftKind::Report => LayoutKind::Report {
                scope: match &scope {
                    Some(ScopeHint::District) => Some(Scope::District),
                    Some(ScopeHint::Unit(u)) => Some(Scope::Unit(u.clone())),
                    None => None,
                },
                source: match scope {
                    Some(ScopeHint::District) => SourceKind::DistrictReport,
                    _ => SourceKind::ProgressReport,
                },
            },
        };
        SavedLayout {
            format: LAYOUT_FORMAT.into(),
            version: LAYOUT_VERSION,
            name: name.trim().into(),
            header,
            header_rows: self.header_rows,
            kind,
            columns,
            scope,
            year: match self.year {
                YearSource::FromSheet => None,
                YearSource::Fixed(y) => Some(y),
            },
            plan: self.plan,
            ytd_through: self.ytd_through,
            skip_rows: self
                .skip_rows
                .iter()
                .filter(|r| !r.word.trim().is_empty())
                .cloned()
                .collect(),
        }
    }

    /// The choice a column's role is, if the drop-down lists it (a role only recognition
    /// gives, such as a figure of one month, is shown as it is).
    pub fn choice_of(&self, col: usize) -> Option<Choice> {
        Some(match self.columns.get(col)? {
            ColumnRole::Ignored => Choice::Ignored,
            ColumnRole::Unit => Choice::Unit,
            ColumnRole::Year => Choice::Year,
            ColumnRole::Period => Choice::Period,
            ColumnRole::IndicatorName => Choice::IndicatorName,
            ColumnRole::Measure => Choice::Measure,
            ColumnRole::Figure(f) if f.when == When::Year(None) && f.unit.is_none() => {
                Choice::Figure(f.indicator, f.field)
            }
            ColumnRole::Rate { target, .. } => match self.columns.get(*target) {
                Some(ColumnRole::Figure(Figure {
                    indicator: Some(i), ..
                })) => Choice::Rate(*i),
                _ => return None,
            },
            ColumnRole::Ledger(field) => Choice::Ledger(*field),
            _ => return None,
        })
    }

    /// The choices a column's drop-down lists, in order: 忽略, the columns of the table's
    /// kind, then each of `indicators`' 目标 / 完成 (and 完成率 where both are mapped).
    pub fn choices(&self, indicators: &[Indicator]) -> Vec<Choice> {
        let mut out = vec![Choice::Ignored];
        if self.kind == DraftKind::Ledger {
            out.extend(LEDGER_FIELDS.iter().map(|f| Choice::Ledger(*f)));
            return out;
        }
        out.extend([
            Choice::Unit,
            Choice::Year,
            Choice::Period,
            Choice::IndicatorName,
            Choice::Measure,
            Choice::Figure(None, FactKind::Target),
            Choice::Figure(None, FactKind::Actual),
        ]);
        for &indicator in indicators {
            out.push(Choice::Figure(Some(indicator), FactKind::Target));
            out.push(Choice::Figure(Some(indicator), FactKind::Actual));
            if self.rate_columns(indicator).is_some() {
                out.push(Choice::Rate(indicator));
            }
        }
        out
    }

    /// The target and actual columns of an indicator, when both are mapped.
    fn rate_columns(&self, indicator: Indicator) -> Option<(usize, usize)> {
        let find = |field: FactKind| {
            self.columns.iter().position(|r| {
                matches!(r, ColumnRole::Figure(f) if f.indicator == Some(indicator) && f.field == field)
            })
        };
        Some((find(FactKind::Target)?, find(FactKind::Actual)?))
    }

    /// Sets what column `col` holds; a figure keeps the money unit the column had (else the
    /// one the header names, `money`).
    pub fn choose(&mut self, col: usize, choice: Choice, money: MoneyUnit) {
        let kept = self.money_of(col).unwrap_or(money);
        let role = match choice {
            Choice::Ignored => ColumnRole::Ignored,
            Choice::Unit => ColumnRole::Unit,
            Choice::Year => ColumnRole::Year,
            Choice::Period => ColumnRole::Period,
            Choice::IndicatorName => ColumnRole::IndicatorName,
            Choice::Measure => ColumnRole::Measure,
            Choice::Figure(indicator, field) => ColumnRole::Figure(Figure {
                indicator,
                field,
                when: When::Year(None),
                unit: None,
                money: kept,
            }),
            Choice::Rate(indicator) => match self.rate_columns(indicator) {
                Some((target, actual)) => ColumnRole::Rate { target, actual },
                None => return,
            },
            Choice::Ledger(field) => ColumnRole::Ledger(field),
        };
        if let Some(slot) = self.columns.get_mut(col) {
            *slot = role;
        }
    }

    /// The money unit of a column, if it holds amounts: a figure's (not a count's), or a
    /// ledger's investment.
    pub fn money_of(&self, col: usize) -> Option<MoneyUnit> {
        match self.columns.get(col)? {
            ColumnRole::Figure(f) if f.indicator.is_some_and(|i| i.measure() == Measure::Count) => {
                None
            }
            ColumnRole::Figure(f) => Some(f.money),
            ColumnRole::BlockFigure { money, .. } => Some(*money),
            ColumnRole::Ledger(LedgerField::Investment) => Some(self.ledger_money),
            _ => None,
        }
    }

    /// Sets the money unit of a column holding amounts.
    pub fn set_money(&mut self, col: usize, unit: MoneyUnit) {
        match self.columns.get_mut(col) {
            Some(ColumnRole::Figure(f)) => f.money = unit,
            Some(ColumnRole::BlockFigure { money, .. }) => *money = unit,
            Some(ColumnRole::Ledger(LedgerField::Investment)) => self.ledger_money = unit,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn labels(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_mapped_draft_is_the_layout_a_user_would_write() {
        let mut draft = LayoutDraft::empty(1, 4);
        draft.choose(0, Choice::Unit, MoneyUnit::Wan);
        draft.choose(
            1,
            Choice::Figure(Some(Indicator::SIGNED_PROJECTS), FactKind::Actual),
            MoneyUnit::Wan,
        );
        draft.choose(
            2,
            Choice::Figure(Some(Indicator::FUNDS_IN_PLACE), FactKind::Actual),
            MoneyUnit::Wan,
        );
        draft.set_money(2, MoneyUnit::Yuan);
        draft.year = YearSource::Fixed(2025);
        let saved = draft.to_saved(
            " 村级招引情况 ",
            &labels(&["村（社区）", "招引项目数", "落地资金（元）", ""]),
        );
        let expected = SavedLayout::parse(
            r#"{"format": "planboard-layout", "version": 1, "name": "村级招引情况",
            "header": ["村（社区）", "招引项目数", "落地资金（元）"], "header_rows": 1,
            "kind": "unit_table", "columns": ["unit",
            {"figure": {"indicator": "signed_projects", "field": "actual", "when": {"year": null}, "unit": null, "money": "wan"}},
            {"figure": {"indicator": "funds_in_place", "field": "actual", "when": {"year": null}, "unit": null, "money": "yuan"}}],
            "year": 2025}"#
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(saved, expected);
        assert_eq!(saved.check(), Ok(()));
    }

    #[test]
    fn a_saved_layout_comes_back_unchanged_through_its_draft() {
        let saved = SavedLayout::parse(
            r#"{"format": "planboard-layout", "version": 1, "name": "台账",
            "header": ["序号", "项目名称", "签约日期", "计划总投资（亿元）"], "header_rows": 2,
            "kind": {"ledger": {"money": "yi"}}, "columns": ["ignored", {"ledger": "name"},
            {"ledger": "signed_on"}, {"ledger": "investment"}],
            "scope": {"unit": "城东街道"}, "plan": 14}"#
                .as_bytes(),
        )
        .unwrap();
        let draft = LayoutDraft::of(&saved, 3, 6);
        assert_eq!(draft.columns.len(), 6);
        assert_eq!(draft.unit, UnitSource::Named("城东街道".into()));
        assert_eq!(draft.money_of(3), Some(MoneyUnit::Yi));
        assert_eq!(draft.to_saved("台账", &saved.header), saved);
    }

    #[test]
    fn a_rate_is_offered_once_target_and_actual_are_mapped_and_points_at_them() {
        let mut draft = LayoutDraft::empty(0, 4);
        let rate = Choice::Rate(Indicator::FUNDS_IN_PLACE);
        assert!(!draft.choices(&Indicator::BUILTIN).contains(&rate));
        let funds = Some(Indicator::FUNDS_IN_PLACE);
        draft.choose(1, Choice::Figure(funds, FactKind::Target), MoneyUnit::Yi);
        draft.choose(2, Choice::Figure(funds, FactKind::Actual), MoneyUnit::Yi);
        assert!(draft.choices(&Indicator::BUILTIN).contains(&rate));
        draft.choose(3, rate, MoneyUnit::Yi);
        assert_eq!(
            draft.columns[3],
            ColumnRole::Rate {
                target: 1,
                actual: 2
            }
        );
        assert_eq!(draft.choice_of(3), Some(rate));
    }

    #[test]
    fn a_ledger_lists_its_fields_and_its_investment_carries_the_money_unit() {
        let mut draft = LayoutDraft::empty(0, 3);
        draft.kind = DraftKind::Ledger;
        assert_eq!(
            draft.choices(&Indicator::BUILTIN).len(),
            1 + LEDGER_FIELDS.len()
        );
        draft.choose(0, Choice::Ledger(LedgerField::Name), MoneyUnit::Wan);
        draft.choose(1, Choice::Ledger(LedgerField::Investment), MoneyUnit::Wan);
        draft.set_money(1, MoneyUnit::Yuan);
        let saved = draft.to_saved("x", &labels(&["名称", "投资", ""]));
        assert_eq!(
            saved.kind,
            LayoutKind::Ledger {
                money: MoneyUnit::Yuan
            }
        );
        assert_eq!(saved.columns.len(), 2);
        assert_eq!(saved.check(), Ok(()));
    }

    #[test]
    fn a_district_report_says_so_and_a_blank_unit_name_is_no_scope() {
        let mut draft = LayoutDraft::empty(0, 2);
        draft.kind = DraftKind::Report;
        draft.unit = UnitSource::District;
        let saved = draft.to_saved("x", &labels(&["指标", "完成"]));
        assert_eq!(saved.scope, Some(ScopeHint::District));
        assert!(matches!(
            saved.kind,
            LayoutKind::Report {
                scope: Some(Scope::District),
                source: SourceKind::DistrictReport
            }
        ));
        draft.unit = UnitSource::Named("  ".into());
        assert_eq!(draft.to_saved("x", &labels(&["指标"])).scope, None);
    }

    #[test]
    fn rows_to_skip_and_months_reach_the_layout_blank_rules_do_not() {
        let mut draft = LayoutDraft::empty(0, 3);
        draft.ytd_through = Some(9);
        let rule = |column: usize, word: &str| SkipRule {
            column,
            word: word.into(),
        };
        draft.skip_rows = vec![rule(0, "其中"), rule(1, "  ")];
        let saved = draft.to_saved("x", &labels(&["单位", "目标", "完成"]));
        assert_eq!(saved.ytd_through, Some(9));
        assert_eq!(saved.skip_rows, vec![rule(0, "其中")]);
        assert_eq!(LayoutDraft::of(&saved, 0, 3).skip_rows, saved.skip_rows);
    }
}
