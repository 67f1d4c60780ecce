//! What is wrong, as a kind with its values: the importer says what it found, and the caller
//! renders it in the language the user reads ([`ProblemKind::message_zh`],
//! [`ProblemKind::message_en`]). Saved workspaces store the kind, never a rendered text.

use crate::values::ValueError;
use planboard_model::{Decimal, FactKind, Indicator, Scope, Span};
use serde::{Deserialize, Serialize};

/// Why rows that look like data were not imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LostRows {
    /// The unit or year of the rows is unknown.
    UnitOrYearUnknown,
    /// They stand in another table that was not read.
    OtherTable,
}

/// A problem's kind, with the values its message names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemKind {
    /// A cell whose value cannot be read.
    BadValue {
        /// What is wrong with it.
        error: ValueError,
    },
    /// The ledger's unit cannot be told from its title, sheet, file or a column.
    LedgerUnitUnknown,
    /// The report's unit cannot be told.
    ReportUnitUnknown,
    /// A unit table's year is named nowhere (title, sheet name, 年度 column).
    TableYearUnknown,
    /// The year of one figure cannot be told.
    FigureYearUnknown,
    /// A stage word planboard does not know; taken as signed.
    UnknownStage {
        /// The stage as written.
        text: String,
    },
    /// A signing date with a month but no day; the 1st is taken.
    MonthOnlyDate,
    /// A row of numbers without a project name: a total, not counted.
    NumbersWithoutName,
    /// A signed project without a name.
    SignedWithoutName,
    /// A signed project without a planned investment.
    SignedWithoutInvestment,
    /// A signed project without a signing date.
    SignedWithoutDate,
    /// A project without a name.
    NoName,
    /// A second row of an indicator in the same period: a part of the first, not imported.
    RepeatedIndicator {
        /// The row's label.
        label: String,
        /// The indicator it repeats.
        indicator: Indicator,
    },
    /// A formula without a stored result that cannot be derived: taken as not reported.
    UncachedNotReported,
    /// A formula without a stored result in a table of figures: taken as not given.
    UncachedNotGiven,
    /// An empty actual (perhaps an uncalculated formula): taken as not reported.
    EmptyActual,
    /// A stated completion rate that differs from actual ÷ target.
    RateMismatch {
        /// Actual ÷ target, in per cent.
        computed_pct: Decimal,
    },
    /// A year-to-date figure that differs from the sum of its months; the sum is used.
    CumulativeMismatch {
        /// The figure as written.
        total: Decimal,
        /// The sum of the months.
        months: Decimal,
    },
    /// Rows that look like data and were not imported.
    RowsNotImported {
        /// How many.
        count: usize,
        /// The rows, as ranges ("5–94").
        rows: Vec<String>,
        /// Why.
        why: LostRows,
    },
    /// The district's own figure differs from the sum of its units'; the district's is used.
    DistrictVsUnits {
        /// The span.
        span: Span,
        /// The indicator.
        indicator: Indicator,
        /// Target or actual.
        field: FactKind,
        /// The district's figure.
        district: Decimal,
        /// The units' sum.
        units_sum: Decimal,
    },
    /// A progress report's figure differs from its ledger's count; the ledger is used.
    ReportVsLedger {
        /// Whom for.
        scope: Scope,
        /// The span.
        span: Span,
        /// The indicator.
        indicator: Indicator,
        /// The report's figure.
        reported: Decimal,
        /// The ledger file.
        ledger_file: String,
        /// The ledger's figure.
        derived: Decimal,
    },
    /// A column, row or block of an indicator that is neither a built-in nor in the
    /// catalogue (5亿元以上项目, 开工率 …): not imported, never taken for one that sounds alike.
    IndicatorNotInCatalogue {
        /// The label that names it.
        label: String,
    },
    /// Reading a sheet failed inside planboard; it was skipped.
    SheetInternalError,
    /// A message saved by an older version, as its two texts.
    Text {
        /// In Chinese.
        zh: String,
        /// In English.
        en: String,
    },
}

impl ProblemKind {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            ProblemKind::BadValue { error } => error.message_zh().into(),
            ProblemKind::LedgerUnitUnknown => {
                "无法确定本台账所属单位（街道/镇/园区），请指定单位后重新导入".into()
            }
            ProblemKind::ReportUnitUnknown => {
                "无法确定本完成情况表所属单位，请指定单位后重新导入".into()
            }
            ProblemKind::TableYearUnknown => {
                "无法确定该表的年度（标题、工作表名或年度列中均未找到）".into()
            }
            ProblemKind::FigureYearUnknown => "无法确定该数据的年度，未导入".into(),
            ProblemKind::UnknownStage { text } => {
                format!("无法识别的项目进度“{text}”，按已签约处理")
            }
            ProblemKind::MonthOnlyDate => "签约日期只写到月，按当月1日计".into(),
            ProblemKind::NumbersWithoutName => {
                "只有数字、没有项目名称的行，视为合计行，未计入".into()
            }
            ProblemKind::SignedWithoutName => "已签约项目缺少项目名称".into(),
            ProblemKind::SignedWithoutInvestment => "已签约项目缺少计划总投资".into(),
            ProblemKind::SignedWithoutDate => "已签约项目缺少签约日期".into(),
            ProblemKind::NoName => "缺少项目名称".into(),
            ProblemKind::RepeatedIndicator { label, indicator } => format!(
                "“{label}”与上文的{}重复，视为其中项，未导入",
                indicator.name_zh()
            ),
            ProblemKind::UncachedNotReported => {
                "公式没有保存计算结果，无法推算，按未报送处理".into()
            }
            ProblemKind::UncachedNotGiven => "公式没有保存计算结果，该数按未填报处理".into(),
            ProblemKind::EmptyActual => "完成数为空（可能是未计算的公式），按未报送处理".into(),
            ProblemKind::RateMismatch { computed_pct } => {
                format!("完成率与“完成÷目标”不符：按数计算为 {computed_pct:.2}%")
            }
            ProblemKind::CumulativeMismatch { total, months } => format!(
                "累计数 {} 与各月之和 {} 不一致，按各月之和计",
                total.normalize(),
                months.normalize()
            ),
            ProblemKind::RowsNotImported { count, rows, why } => {
                let why = match why {
                    LostRows::UnitOrYearUnknown => "单位或年份不明",
                    LostRows::OtherTable => "位于另一个表格中，未能读取",
                };
                format!("{count} 行数据未导入（{why}）：第 {} 行", rows.join("、"))
            }
            ProblemKind::DistrictVsUnits {
                span,
                indicator,
                field,
                district,
                units_sum,
            } => format!(
                "全区{span}{}{}为 {}，各单位之和为 {}；以全区数为准",
                indicator.name_zh(),
                match field {
                    FactKind::Target => "目标",
                    FactKind::Actual => "完成数",
                },
                district.normalize(),
                units_sum.normalize()
            ),
            ProblemKind::ReportVsLedger {
                scope,
                span,
                indicator,
                reported,
                ledger_file,
                derived,
            } => format!(
                "{scope}{span}{}：完成情况表填报 {}，项目台账（{ledger_file}）统计为 {}；以台账为准",
                indicator.name_zh(),
                reported.normalize(),
                derived.normalize()
            ),
            ProblemKind::IndicatorNotInCatalogue { label } => {
                format!("“{label}”不在指标目录中，未导入（可在“指标设置”中添加该指标）")
            }
            ProblemKind::SheetInternalError => "读取该工作表时出现内部错误，已跳过".into(),
            ProblemKind::Text { zh, .. } => zh.clone(),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            ProblemKind::BadValue { error } => error.message_en().into(),
            ProblemKind::LedgerUnitUnknown => {
                "the ledger's unit cannot be told; choose the unit and import again".into()
            }
            ProblemKind::ReportUnitUnknown => {
                "the report's unit cannot be told; choose the unit and import again".into()
            }
            ProblemKind::TableYearUnknown => "the year of the table cannot be told".into(),
            ProblemKind::FigureYearUnknown => {
                "the year of this figure cannot be told; not imported".into()
            }
            ProblemKind::UnknownStage { text } => {
                format!("unknown stage \"{text}\"; taken as signed")
            }
            ProblemKind::MonthOnlyDate => {
                "the signing date gives only the month; the 1st is assumed".into()
            }
            ProblemKind::NumbersWithoutName => {
                "a row of numbers without a project name; taken as a total, not counted".into()
            }
            ProblemKind::SignedWithoutName => "a signed project has no name".into(),
            ProblemKind::SignedWithoutInvestment => {
                "a signed project has no planned investment".into()
            }
            ProblemKind::SignedWithoutDate => "a signed project has no signing date".into(),
            ProblemKind::NoName => "the project has no name".into(),
            ProblemKind::RepeatedIndicator { label, indicator } => format!(
                "\"{label}\" repeats {} above; taken as a part of it, not imported",
                indicator.name_en()
            ),
            ProblemKind::UncachedNotReported => {
                "the formula has no stored result and cannot be derived; taken as not reported"
                    .into()
            }
            ProblemKind::UncachedNotGiven => {
                "the formula has no stored result; the figure is taken as not given".into()
            }
            ProblemKind::EmptyActual => {
                "the actual is empty (perhaps an uncalculated formula); taken as not reported"
                    .into()
            }
            ProblemKind::RateMismatch { computed_pct } => {
                format!("the completion rate differs from actual ÷ target = {computed_pct:.2}%")
            }
            ProblemKind::CumulativeMismatch { total, months } => format!(
                "the cumulative figure {} differs from the sum of the months {}; the sum is used",
                total.normalize(),
                months.normalize()
            ),
            ProblemKind::RowsNotImported { count, rows, why } => {
                let why = match why {
                    LostRows::UnitOrYearUnknown => "the unit or year is unknown",
                    LostRows::OtherTable => "they stand in another table that was not read",
                };
                format!(
                    "{count} rows of data not imported ({why}): rows {}",
                    rows.join(", ")
                )
            }
            ProblemKind::DistrictVsUnits {
                span,
                indicator,
                field,
                district,
                units_sum,
            } => format!(
                "the district's {} of {} for {} is {}, the units add up to {}; the district's figure is used",
                match field {
                    FactKind::Target => "target",
                    FactKind::Actual => "actual",
                },
                indicator.name_en(),
                span.name_en(),
                district.normalize(),
                units_sum.normalize()
            ),
            ProblemKind::ReportVsLedger {
                scope,
                span,
                indicator,
                reported,
                ledger_file,
                derived,
            } => format!(
                "{} {} {}: the progress report says {}, the ledger ({ledger_file}) gives {}; the ledger is used",
                match scope {
                    Scope::District => "the whole district".to_string(),
                    Scope::Unit(unit) => unit.to_string(),
                },
                span.name_en(),
                indicator.name_en(),
                reported.normalize(),
                derived.normalize()
            ),
            ProblemKind::IndicatorNotInCatalogue { label } => format!(
                "\"{label}\" is not in the indicator catalogue: not imported (add it under indicator settings)"
            ),
            ProblemKind::SheetInternalError => {
                "internal error while reading the sheet; skipped".into()
            }
            ProblemKind::Text { en, .. } => en.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_han(text: &str) -> bool {
        text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    }

    #[test]
    fn english_messages_carry_no_chinese_of_their_own() {
        let kinds = [
            ProblemKind::DistrictVsUnits {
                span: Span::YearToDate {
                    year: 2026,
                    through: 10,
                },
                indicator: Indicator::FUNDS_IN_PLACE,
                field: FactKind::Target,
                district: Decimal::from(34),
                units_sum: Decimal::from(8),
            },
            ProblemKind::ReportVsLedger {
                scope: Scope::District,
                span: Span::Year(2023),
                indicator: Indicator::SIGNED_PROJECTS,
                reported: Decimal::from(5),
                ledger_file: "ledger.xlsx".into(),
                derived: Decimal::from(4),
            },
            // The label is the sheet's own text, quoted as it stands.
            ProblemKind::IndicatorNotInCatalogue {
                label: "Projects over 500M".into(),
            },
            ProblemKind::RowsNotImported {
                count: 90,
                rows: vec!["5–94".into()],
                why: LostRows::OtherTable,
            },
            ProblemKind::BadValue {
                error: ValueError::NotWhole,
            },
        ];
        for kind in kinds {
            assert!(!has_han(&kind.message_en()), "{}", kind.message_en());
            assert!(has_han(&kind.message_zh()), "{}", kind.message_zh());
        }
    }
}
