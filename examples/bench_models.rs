//! Model timing: `cargo run --release --example bench_models`.
//! Prints the median time of one recompute of each model over many runs.

use std::hint::black_box;
use std::time::Instant;

use hashpivot::inputs::InputId;
use hashpivot::inputs::Inputs;
use hashpivot::model::{miner, outlook, pivot};

fn median_ns(runs: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..runs {
                f();
            }
            t.elapsed().as_nanos() as f64 / f64::from(runs)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let inputs = Inputs::default();
    let s = hashpivot::lower::miner(&inputs);
    let evaluate = median_ns(10_000, || {
        black_box(miner::evaluate(black_box(&s)));
    });
    let curves = median_ns(1_000, || {
        black_box(miner::margin_curves(black_box(&s)));
    });
    let det = hashpivot::lower::outlook(&inputs);
    let outlook_ns = median_ns(200, || {
        black_box(outlook::evaluate(black_box(&det)));
    });
    let mut mc_inputs = inputs.clone();
    mc_inputs.set(InputId::VolatilityPct, 60.0).unwrap();
    let mc = hashpivot::lower::outlook(&mc_inputs);
    let mc_ns = median_ns(3, || {
        black_box(outlook::evaluate(black_box(&mc)));
    });
    mc_inputs.set(InputId::HashrateMode, 1.0).unwrap();
    let mc_eq = hashpivot::lower::outlook(&mc_inputs);
    let mc_eq_ns = median_ns(3, || {
        black_box(outlook::evaluate(black_box(&mc_eq)));
    });
    // The page's fan: one task of FAN_MONTHS_PER_STEP (12) months, the longest a
    // waiting input can be held up by it (the first steps, from the run's start).
    let step_ns = median_ns(3, || {
        let mut run = outlook::FanRun::new(black_box(&mc_eq));
        black_box(run.advance(12));
    });
    let pv = hashpivot::lower::pivot(&inputs);
    let pivot_ns = median_ns(5, || {
        black_box(pivot::evaluate(black_box(&pv)));
    });
    let tornado_ns = median_ns(5, || {
        black_box(hashpivot::lower::tornado(black_box(&pv)));
    });
    let odds_ns = median_ns(3, || {
        black_box(pivot::odds(black_box(&pv)));
    });
    let odds_step_ns = median_ns(5, || {
        let mut run = pivot::OddsRun::new(black_box(&pv));
        black_box(run.advance(50));
    });
    println!("miner::evaluate: {evaluate:.0} ns per recompute (native, release)");
    println!("miner::margin_curves (3 fleets x {} points): {curves:.0} ns", miner::CURVE_POINTS);
    println!("outlook::evaluate, deterministic ({} months): {:.1} us", outlook::MONTHS, outlook_ns / 1e3);
    println!("outlook::evaluate, Monte Carlo {} paths x {} months: {:.2} ms", outlook::MC_PATHS, outlook::MONTHS, mc_ns / 1e6);
    println!("outlook::evaluate, Monte Carlo + equilibrium mode: {:.2} ms", mc_eq_ns / 1e6);
    println!("outlook::FanRun::advance, 12 months of the Monte Carlo + equilibrium fan (one task in the page): {:.2} ms", step_ns / 1e6);
    println!("pivot::evaluate (NPVs, IRR, both breakevens; {} months): {:.2} ms", pv.horizon_months(), pivot_ns / 1e6);
    println!("pivot::tornado ({} inputs x 2): {:.2} ms", pivot::LEVERS.len(), tornado_ns / 1e6);
    println!("pivot::odds ({} price paths x {} months): {:.2} ms", pivot::ODDS_PATHS, pv.horizon_months(), odds_ns / 1e6);
    println!("pivot::OddsRun::new + advance(50) (one task in the page): {:.2} ms", odds_step_ns / 1e6);
}
