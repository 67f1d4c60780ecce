//! Image snapshots of every chart kind, rendered in software exactly as `render_png` renders
//! them (goldens in `tests/snapshots/`, made on the CI machine type: Debian 12, Mesa
//! llvmpipe). Update with `UPDATE_SNAPSHOTS=1 cargo test -p planboard-charts --test snapshots`.
#![allow(clippy::unwrap_used)]

mod common;

use common::{as_of, district};
use egui_kittest::SnapshotOptions;
use planboard_charts::{chart_data, render_image, ChartKind, ChartRequest, Lang};
use planboard_model::{Indicator, PlanPeriod, Span};

/// The one place the snapshot thresholds live. Renders are made by the same software
/// rasterizer everywhere CI runs, so the tolerance is small: the per-pixel colour distance
/// allows anti-aliasing noise, and a few hundred pixels (of 2 073 600) may differ.
fn snapshot_options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(0.6).max_failed_pixels(400)
}

fn check(name: &str, kind: ChartKind, indicator: Indicator, span: Option<Span>) {
    check_in(Lang::Zh, name, kind, indicator, span);
}

fn check_in(lang: Lang, name: &str, kind: ChartKind, indicator: Indicator, span: Option<Span>) {
    let dataset = district();
    let chart = chart_data(
        &dataset,
        &ChartRequest {
            span,
            as_of: Some(as_of()),
            lang,
            ..ChartRequest::new(kind, indicator)
        },
    );
    let image = render_image(&chart).unwrap();
    assert_eq!(image.dimensions(), (1920, 1080));
    egui_kittest::image_snapshot_options(&image, name, &snapshot_options());
}

#[test]
fn yearly_comparison() {
    check(
        "yearly_comparison",
        ChartKind::YearlyComparison,
        Indicator::PLANNED_INVESTMENT,
        None,
    );
}

#[test]
fn yearly_comparison_of_one_plan() {
    check(
        "yearly_comparison_14",
        ChartKind::YearlyComparison,
        Indicator::SIGNED_PROJECTS,
        Some(Span::Plan(PlanPeriod::new(14).unwrap())),
    );
}

#[test]
fn period_comparison() {
    check(
        "period_comparison",
        ChartKind::PeriodComparison,
        Indicator::FUNDS_IN_PLACE,
        None,
    );
}

#[test]
fn unit_ranking() {
    check(
        "unit_ranking",
        ChartKind::UnitRanking,
        Indicator::SIGNED_PROJECTS,
        None,
    );
}

#[test]
fn monthly_progress() {
    check(
        "monthly_progress",
        ChartKind::MonthlyProgress,
        Indicator::PLANNED_INVESTMENT,
        None,
    );
}

#[test]
fn industry_and_stages() {
    check(
        "industry_and_stages",
        ChartKind::IndustryAndStages,
        Indicator::SIGNED_PROJECTS,
        Some(Span::Plan(PlanPeriod::new(15).unwrap())),
    );
}

#[test]
fn yearly_comparison_of_one_plan_in_english() {
    check_in(
        Lang::En,
        "yearly_comparison_14_en",
        ChartKind::YearlyComparison,
        Indicator::PLANNED_INVESTMENT,
        Some(Span::Plan(PlanPeriod::new(14).unwrap())),
    );
}
