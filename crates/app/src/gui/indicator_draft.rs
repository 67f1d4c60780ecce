//! The 指标设置 editor's draft: one indicator's fields as the user types them, turned into a
//! catalogue entry when saved.

use crate::strings::{self, Lang};
use planboard_model::{
    Catalogue, Decimal, Indicator, IndicatorDef, LedgerRule, MeasureUnit, Obtained, Stage,
};
use std::str::FromStr;

/// How the draft's figure is obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromChoice {
    /// Read from reports.
    Reported,
    /// Counted or summed from the ledgers.
    Ledger,
    /// A ratio of two indicators.
    Ratio,
}

impl FromChoice {
    /// Every choice, in the order the editor lists them.
    pub const ALL: [FromChoice; 3] = [FromChoice::Reported, FromChoice::Ledger, FromChoice::Ratio];
}

/// An indicator being added or edited.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorDraft {
    /// The entry edited; `None` for a new one.
    pub editing: Option<Indicator>,
    /// The key typed.
    pub key: String,
    /// The Chinese name.
    pub name: String,
    /// The English name.
    pub name_en: String,
    /// Synonyms, separated by 、 or commas.
    pub synonyms: String,
    /// The measure.
    pub measure: MeasureUnit,
    /// How it is obtained.
    pub from: FromChoice,
    /// Count (else sum the planned investment).
    pub count: bool,
    /// 计划总投资 at least, in 亿元.
    pub at_least: String,
    /// 计划总投资 below, in 亿元.
    pub below: String,
    /// The stages taken.
    pub stages: Vec<Stage>,
    /// Foreign, domestic or either.
    pub foreign: Option<bool>,
    /// Industries, separated by 、.
    pub industries: String,
    /// A ratio's numerator and denominator.
    pub ratio: (Indicator, Indicator),
    /// Hidden.
    pub hidden: bool,
    /// A built-in's measure and rule, which stay as they are (its names, synonyms and
    /// visibility can change).
    pub fixed: Option<(MeasureUnit, Obtained)>,
    /// Why the last save was refused.
    pub error: Option<String>,
}

impl IndicatorDraft {
    /// A new reported count.
    pub fn new() -> Self {
        IndicatorDraft {
            editing: None,
            key: String::new(),
            name: String::new(),
            name_en: String::new(),
            synonyms: String::new(),
            measure: MeasureUnit::Ge,
            from: FromChoice::Reported,
            count: true,
            at_least: String::new(),
            below: String::new(),
            stages: Vec::new(),
            foreign: None,
            industries: String::new(),
            ratio: (Indicator::SIGNED_PROJECTS, Indicator::SIGNED_PROJECTS),
            hidden: false,
            fixed: None,
            error: None,
        }
    }

    /// The draft of an existing entry.
    pub fn of(def: &IndicatorDef) -> Self {
        let mut draft = IndicatorDraft {
            editing: Some(def.key),
            key: def.key.key().to_string(),
            name: def.name.clone(),
            name_en: def.name_en.clone().unwrap_or_default(),
            synonyms: def.synonyms.join("、"),
            measure: def.measure,
            hidden: def.hidden,
            fixed: def
                .key
                .is_builtin()
                .then(|| (def.measure, def.from.clone())),
            ..Self::new()
        };
        match &def.from {
            Obtained::Reported => {}
            Obtained::Ratio(a, b) => {
                draft.from = FromChoice::Ratio;
                draft.ratio = (*a, *b);
            }
            Obtained::Ledger(rule) => {
                draft.from = FromChoice::Ledger;
                draft.count = rule.count;
                let amount = |v: Option<Decimal>| v.map(|v| v.normalize().to_string());
                draft.at_least = amount(rule.investment_at_least_yi).unwrap_or_default();
                draft.below = amount(rule.investment_below_yi).unwrap_or_default();
                draft.stages = rule.stage_in.clone();
                draft.foreign = rule.foreign;
                draft.industries = rule.industry_in.join("、");
            }
        }
        draft
    }

    /// The catalogue with the draft saved into it, or why it cannot be.
    pub fn saved_into(&self, lang: Lang, catalogue: &Catalogue) -> Result<Catalogue, String> {
        let def = self.def(lang)?;
        let mut out = catalogue.clone();
        out.upsert(def)
            .map_err(|e| strings::catalogue_refused(lang, &e))?;
        Ok(out)
    }

    fn def(&self, lang: Lang) -> Result<IndicatorDef, String> {
        let key = self
            .editing
            .unwrap_or_else(|| Indicator::new(self.key.trim()));
        let amount = |text: &str| -> Result<Option<Decimal>, String> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            Decimal::from_str(text)
                .map(Some)
                .map_err(|_| strings::draft_bad_amount(lang, text))
        };
        let from = match self.from {
            FromChoice::Reported => Obtained::Reported,
            FromChoice::Ratio => Obtained::Ratio(self.ratio.0, self.ratio.1),
            FromChoice::Ledger => Obtained::Ledger(LedgerRule {
                count: self.count,
                investment_at_least_yi: amount(&self.at_least)?,
                investment_below_yi: amount(&self.below)?,
                stage_in: self.stages.clone(),
                foreign: self.foreign,
                industry_in: words(&self.industries),
            }),
        };
        let (measure, from) = self.fixed.clone().unwrap_or((self.measure, from));
        let mut def = IndicatorDef::new(key, self.name.trim(), measure, from);
        def.name_en = Some(self.name_en.trim().to_string()).filter(|n| !n.is_empty());
        def.synonyms = words(&self.synonyms);
        def.hidden = self.hidden;
        def.parent = self.editing.and_then(Indicator::parent);
        if def.name.is_empty() {
            return Err(strings::catalogue_refused(
                lang,
                &planboard_model::CatalogueError::BadEntry {
                    entry: key.key().to_string(),
                    reason: strings::draft_no_name(lang).to_string(),
                },
            ));
        }
        Ok(def)
    }
}

impl Default for IndicatorDraft {
    fn default() -> Self {
        Self::new()
    }
}

/// Words separated by 、, commas or semicolons.
fn words(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_saves_into_the_catalogue_and_a_bad_one_changes_nothing() {
        let catalogue = Catalogue::builtin();
        let mut draft = IndicatorDraft::new();
        draft.key = "started_projects".into();
        draft.name = "开工项目".into();
        draft.from = FromChoice::Ledger;
        draft.stages = vec![Stage::Started, Stage::InProduction];
        draft.synonyms = "开工项目数、已开工项目".into();
        let saved = draft.saved_into(Lang::Zh, &catalogue).unwrap();
        let def = saved.get(Indicator::new("started_projects")).unwrap();
        assert_eq!(def.synonyms, ["开工项目数", "已开工项目"]);
        assert_eq!(
            IndicatorDraft::of(def).saved_into(Lang::Zh, &saved),
            Ok(saved.clone())
        );
        let mut rate = IndicatorDraft::new();
        rate.key = "start_rate".into();
        rate.name = "开工率".into();
        rate.from = FromChoice::Ratio;
        rate.ratio = (
            Indicator::new("started_projects"),
            Indicator::SIGNED_PROJECTS,
        );
        // A ratio is measured in %: refused as 个, accepted as %.
        assert!(rate.saved_into(Lang::Zh, &saved).is_err());
        rate.measure = MeasureUnit::Percent;
        assert!(rate.saved_into(Lang::Zh, &saved).is_ok());
        draft.at_least = "五亿".into();
        assert!(draft.saved_into(Lang::En, &catalogue).is_err());
    }

    #[test]
    fn a_builtin_keeps_its_measure_and_rule() {
        let catalogue = Catalogue::builtin();
        let mut draft = IndicatorDraft::of(catalogue.get(Indicator::SIGNED_PROJECTS).unwrap());
        draft.from = FromChoice::Reported;
        draft.measure = MeasureUnit::Jia;
        draft.synonyms = "签约项目个数".into();
        let saved = draft.saved_into(Lang::Zh, &catalogue).unwrap();
        let def = saved.get(Indicator::SIGNED_PROJECTS).unwrap();
        assert_eq!(def.measure, MeasureUnit::Ge);
        assert!(matches!(def.from, Obtained::Ledger(_)));
        assert_eq!(def.synonyms, ["签约项目个数"]);
    }
}
