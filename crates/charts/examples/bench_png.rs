//! Times saving one chart as PNG: `cargo run --release -p planboard-charts --example bench_png
//! [OUT_DIR]`. The first render includes creating the wgpu device; the rest are what a user
//! waits for when saving a picture. With OUT_DIR, also writes every chart there.

use planboard_charts::{
    chart_data, encode_png, export_all, render_image, render_png, ChartKind, ChartRequest,
};
use planboard_model::{
    Dataset, Decimal, Fact, FactKey, FactKind, Indicator, Provenance, Scope, Span,
};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dataset = demo();
    let chart = chart_data(
        &dataset,
        &ChartRequest::new(ChartKind::YearlyComparison, Indicator::FundsInPlace),
    );
    let start = Instant::now();
    let first = render_png(&chart)?;
    println!(
        "first PNG (device set-up included): {:?}, {} bytes",
        start.elapsed(),
        first.len()
    );
    let runs = 10;
    let start = Instant::now();
    for _ in 0..runs {
        render_png(&chart)?;
    }
    println!("one PNG: {:?} (mean of {runs})", start.elapsed() / runs);
    let start = Instant::now();
    let image = render_image(&chart)?;
    let rendered = start.elapsed();
    encode_png(&image)?;
    println!(
        "of which drawing and rendering {rendered:?}, PNG encoding {:?}",
        start.elapsed() - rendered
    );
    if let Some(dir) = std::env::args().nth(1) {
        let files = export_all(&dataset, None, std::path::Path::new(&dir))?;
        println!("{} files written to {dir}", files.len());
    }
    Ok(())
}

/// Eleven years of district targets and funds.
fn demo() -> Dataset {
    let fact = |year, kind, value| Fact {
        key: FactKey {
            scope: Scope::District,
            indicator: Indicator::FundsInPlace,
            span: Span::Year(year),
            kind,
        },
        value,
        source: Provenance::default(),
    };
    let facts = (2016..=2026)
        .flat_map(|year| {
            let target = Decimal::from(60 + 5 * (year - 2016));
            [
                fact(year, FactKind::Target, target),
                fact(year, FactKind::Actual, target * Decimal::new(112, 2)),
            ]
        })
        .collect();
    Dataset::from_parts(facts, Vec::new())
}
