//! Layouts (读取方式): `planboard layout show` (how a sheet is read — its layout, header, each
//! column's role and each row's class) and the messages about layout files. The mapping dialog
//! and the 读取方式 window have theirs in `layout_dialog.rs`.

use super::{indicator_with_unit, kind_name, Lang};
use planboard_import::{
    ColumnRole, LayoutError, LayoutKind, LedgerField, MoneyUnit, RowClass, SheetView, When,
};
use planboard_model::SourceKind;

/// The lines describing how one sheet is read.
pub fn sheet_view(lang: Lang, view: &SheetView) -> Vec<String> {
    let kind = match &view.kind {
        LayoutKind::Ledger { .. } => kind_name(lang, SourceKind::Ledger),
        LayoutKind::UnitTable => lang.pick("单位表（任务分解或各单位完成情况）", "unit table"),
        LayoutKind::Report { source, .. } => kind_name(lang, *source),
    };
    let how = match &view.layout {
        Some(name) => read_with_layout(lang, name),
        None => lang.pick("自动识别", "recognized by itself").into(),
    };
    let (first, last) = view.header_rows;
    let header_rows = planboard_import::row_ranges(&(first..=last).collect::<Vec<_>>());
    let mut out = vec![
        match lang {
            Lang::Zh => format!("工作表「{}」：{kind}（{how}）", view.sheet),
            Lang::En => format!("Sheet \"{}\": {kind} ({how})", view.sheet),
        },
        match lang {
            Lang::Zh => format!("  表头：第 {} 行", header_rows.join("、")),
            Lang::En => format!("  Header: rows {}", header_rows.join(", ")),
        },
    ];
    for (letter, label, role) in &view.columns {
        if *role == ColumnRole::Ignored && label.is_empty() {
            continue;
        }
        let role = column_role(lang, role);
        out.push(match lang {
            Lang::Zh => format!("  {letter} 列「{label}」：{role}"),
            Lang::En => format!("  Column {letter} \"{label}\": {role}"),
        });
    }
    let data: Vec<u32> = view
        .rows
        .iter()
        .filter(|(_, class)| *class == RowClass::Data)
        .map(|(row, _)| *row)
        .collect();
    if !data.is_empty() {
        let list = planboard_import::row_ranges(&data);
        out.push(match lang {
            Lang::Zh => format!("  数据行：第 {} 行", list.join("、")),
            Lang::En => format!("  Data rows: {}", list.join(", ")),
        });
    }
    let mut reasons = Vec::new();
    for (_, class) in &view.rows {
        if let RowClass::Skip(reason) = class {
            if !reasons.contains(reason) {
                reasons.push(*reason);
            }
        }
    }
    for reason in reasons {
        let rows: Vec<u32> = view
            .rows
            .iter()
            .filter(|(_, class)| *class == RowClass::Skip(reason))
            .map(|(row, _)| *row)
            .collect();
        out.push(format!("  {}", super::report_skipped(lang, reason, &rows)));
    }
    out
}

/// What a column holds, in words.
pub(super) fn column_role(lang: Lang, role: &ColumnRole) -> String {
    match role {
        ColumnRole::Ignored => lang.pick("不读取", "not read").into(),
        ColumnRole::Unit => lang.pick("单位", "unit").into(),
        ColumnRole::Year => lang.pick("年度", "year").into(),
        ColumnRole::Period => lang.pick("期间（年、月或累计）", "period").into(),
        ColumnRole::IndicatorName => lang.pick("指标名称", "indicator name").into(),
        ColumnRole::Measure => lang.pick("计量单位", "unit of measure").into(),
        ColumnRole::Figure(f) => {
            let indicator = f.indicator.map_or_else(
                || lang.pick("该行指标", "the row's indicator").to_string(),
                |i| indicator_with_unit(lang, i),
            );
            let field = match f.field {
                planboard_model::FactKind::Target => lang.pick("目标", "target"),
                planboard_model::FactKind::Actual => lang.pick("完成", "actual"),
            };
            let unit = f.unit.as_ref().map(|u| format!("{u} ")).unwrap_or_default();
            let when = when(lang, f.when);
            // A count has no money unit; the row's indicator may be either.
            match f.indicator.map(planboard_model::Indicator::measure) {
                Some(planboard_model::Measure::Count) => {
                    format!("{unit}{indicator} {field}（{when}）")
                }
                _ => format!(
                    "{unit}{indicator} {field}（{when}，{}）",
                    money(lang, f.money)
                ),
            }
        }
        ColumnRole::BlockFigure { money: m, .. } => match lang {
            Lang::Zh => format!("各块标题所指指标的数（{}）", money(lang, *m)),
            Lang::En => format!("the figure of each block's indicator ({})", money(lang, *m)),
        },
        ColumnRole::Rate { .. } => lang
            .pick(
                "完成率（只核对，不导入）",
                "completion rate (checked, not imported)",
            )
            .into(),
        ColumnRole::Ledger(field) => ledger_field(lang, *field).into(),
    }
}

fn when(lang: Lang, when: When) -> String {
    match (when, lang) {
        (When::Year(Some(y)), Lang::Zh) => format!("{y}年"),
        (When::Year(Some(y)), Lang::En) => y.to_string(),
        (When::Year(None), _) => lang
            .pick("该行或该表的年度", "the row's or sheet's year")
            .into(),
        (When::Month(m), Lang::Zh) => format!("{m}月"),
        (When::Month(m), Lang::En) => format!("month {m}"),
        (When::YearToDate { through, .. }, Lang::Zh) => format!("1-{through}月累计"),
        (When::YearToDate { through, .. }, Lang::En) => format!("Jan–{through:02} to date"),
        (When::Plan(p), Lang::Zh) => p.name_zh(),
        (When::Plan(p), Lang::En) => p.name_en(),
        (When::Cumulative, _) => lang.pick("累计", "to date").into(),
    }
}

pub(super) fn money(lang: Lang, unit: MoneyUnit) -> &'static str {
    match unit {
        MoneyUnit::Yuan => lang.pick("元", "yuan"),
        MoneyUnit::Wan => lang.pick("万元", "10k yuan"),
        MoneyUnit::Yi => lang.pick("亿元", "100M yuan"),
        MoneyUnit::Usd => lang.pick("美元", "USD"),
        MoneyUnit::WanUsd => lang.pick("万美元", "10k USD"),
        MoneyUnit::YiUsd => lang.pick("亿美元", "100M USD"),
    }
}

pub(super) fn ledger_field(lang: Lang, field: LedgerField) -> &'static str {
    match field {
        LedgerField::Seq => lang.pick("序号", "sequence number"),
        LedgerField::Name => lang.pick("项目名称", "project name"),
        LedgerField::Investor => lang.pick("投资方", "investor"),
        LedgerField::Industry => lang.pick("产业类别", "industry"),
        LedgerField::SignedOn => lang.pick("签约日期", "signing date"),
        LedgerField::Investment => lang.pick("计划总投资", "planned investment"),
        LedgerField::Foreign => lang.pick("是否外资", "foreign-funded"),
        LedgerField::EnterpriseType => lang.pick("企业性质", "enterprise type"),
        LedgerField::Stage => lang.pick("项目进度", "stage"),
        LedgerField::Responsible => lang.pick("责任人", "person responsible"),
        LedgerField::Unit => lang.pick("所属单位", "unit"),
        LedgerField::Remarks => lang.pick("备注", "remarks"),
    }
}

/// A sheet read with a saved layout: 按读取方式「…」读取.
pub fn read_with_layout(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!("按读取方式「{name}」读取"),
        Lang::En => format!("read with the layout \"{name}\""),
    }
}

/// `layout guess` / `layout show` found no sheet it understands.
pub fn no_layout_found(lang: Lang) -> &'static str {
    lang.pick(
        "没有找到能识别的工作表（可用 layout show 查看原因）",
        "no sheet was understood (layout show says why)",
    )
}

/// A workbook that cannot be opened: 无法读取 … ：reason.
pub fn file_unreadable(lang: Lang, path: &str, reason: &str) -> String {
    match lang {
        Lang::Zh => format!("无法读取 {path}：{reason}"),
        Lang::En => format!("cannot read {path}: {reason}"),
    }
}

/// A layout file that cannot be used.
pub fn layout_file_refused(lang: Lang, path: &str, error: &LayoutError) -> String {
    match lang {
        Lang::Zh => format!("读取方式文件 {path} 无法使用：{}", error.message_zh()),
        Lang::En => format!("cannot use the layout file {path}: {}", error.message_en()),
    }
}
