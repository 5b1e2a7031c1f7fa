//! Model 6, hashrate geography (article F12, F13, F6): what happens to the
//! countries' shares, the network and the hashprice of those who stay when
//! part of US hashrate leaves for AI.
//!
//! Shares are renormalised to sum to 100. With network hashrate 1 before,
//! US share u and a share l of it leaving, L = u x l leaves. The others (1 - u,
//! all non-US rows) answer the better hashprice with elasticity e: their
//! hashrate grows by e x (hashprice change). At a fixed BTC price hashprice
//! moves as 1 / T, with T the new network hashrate, so
//! T = 1 - L + (1 - u) e (1/T - 1), whose positive root is
//! T = (b + sqrt(b^2 + 4 (1 - u) e)) / 2 with b = 1 - L - (1 - u) e.
//! Difficulty follows hashrate after the retargets (each within the x4 clamp
//! for any change here).

/// Fixed rows of the share table (US, Russia, China, rest of the world);
/// readers may add more after them.
pub const FIXED_ROWS: usize = 4;

/// Validated inputs of the geography model.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Shares before, percent, in row order: US, Russia, China, rest of the
    /// world (including "unknown", F7), then any rows the reader added. Need
    /// not sum to 100.
    pub shares_pct: Vec<f64>,
    /// Share of US hashrate that leaves for AI, percent.
    pub us_leave_pct: f64,
    /// The others' hashrate growth per 1% rise in hashprice, percent (an
    /// elasticity x 100).
    pub others_response_pct: f64,
}

/// Results of the geography model.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Shares before, renormalised to 100, percent, in row order.
    pub before_pct: Vec<f64>,
    /// Shares after, percent (sum 100).
    pub after_pct: Vec<f64>,
    /// Whether the entered shares were renormalised (they did not sum to 100).
    pub renormalised: bool,
    /// Sum of the entered shares, percent.
    pub entered_sum_pct: f64,
    /// Change of network hashrate, percent.
    pub network_hashrate_change_pct: f64,
    /// Change of difficulty after the retargets, percent.
    pub difficulty_change_pct: f64,
    /// Change of hashprice for those who stay (BTC price fixed), percent.
    pub hashprice_change_pct: f64,
}

/// Runs the geography model.
pub fn evaluate(s: &Scenario) -> Outcome {
    let entered: f64 = s.shares_pct.iter().sum();
    let before: Vec<f64> = s.shares_pct.iter().map(|x| x / entered).collect();
    let us = before[0];
    let leaving = us * s.us_leave_pct / 100.0;
    let others = 1.0 - us;
    let oe = others * s.others_response_pct / 100.0;
    let b = 1.0 - leaving - oe;
    let total = (b + (b * b + 4.0 * oe).sqrt()) / 2.0;
    // Everyone but the US grows by the same factor.
    let growth = 1.0 + s.others_response_pct / 100.0 * (1.0 / total - 1.0);
    let mut after: Vec<f64> = before.iter().map(|x| x * growth / total).collect();
    after[0] = (us - leaving) / total;
    Outcome {
        before_pct: before.iter().map(|x| x * 100.0).collect(),
        after_pct: after.iter().map(|x| x * 100.0).collect(),
        renormalised: (entered - 100.0).abs() > 1e-9,
        entered_sum_pct: entered,
        network_hashrate_change_pct: (total - 1.0) * 100.0,
        difficulty_change_pct: (total - 1.0) * 100.0,
        hashprice_change_pct: (1.0 / total - 1.0) * 100.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Inputs;
    use crate::scenario::Scenario as Whole;
    use crate::{lower, presets};
    use proptest::prelude::*;

    const ARTICLE: [f64; 4] = [37.5, 16.4, 11.7, 34.4];

    fn scenario(leave: f64, response: f64) -> Scenario {
        Scenario { shares_pct: ARTICLE.to_vec(), us_leave_pct: leave, others_response_pct: response }
    }

    #[test]
    fn nothing_leaves_nothing_changes() {
        let o = evaluate(&scenario(0.0, 50.0));
        for (a, b) in o.after_pct.iter().zip(ARTICLE) {
            assert!((a - b).abs() < 1e-9);
        }
        assert!(o.hashprice_change_pct.abs() < 1e-9);
        assert!(!o.renormalised);
    }

    #[test]
    fn all_of_the_us_leaving_with_no_response() {
        let o = evaluate(&scenario(100.0, 0.0));
        assert!(o.after_pct[0].abs() < 1e-12);
        assert!((o.network_hashrate_change_pct + 37.5).abs() < 1e-9);
        assert!((o.after_pct[1] - 16.4 / 0.625).abs() < 1e-9, "Russia {}", o.after_pct[1]);
        assert!((o.hashprice_change_pct - (1.0 / 0.625 - 1.0) * 100.0).abs() < 1e-9);
    }

    #[test]
    fn shares_after_sum_to_100_and_are_renormalised() {
        let o = evaluate(&Scenario { shares_pct: vec![40.0, 20.0, 20.0, 40.0], us_leave_pct: 30.0, others_response_pct: 80.0 });
        assert!(o.renormalised);
        assert!((o.before_pct[0] - 33.333_333_333).abs() < 1e-6);
        assert!((o.after_pct.iter().sum::<f64>() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn added_rows_grow_with_the_others() {
        // Split Paraguay and the UAE out of the rest: same network result,
        // and each row grows by the same factor as Russia.
        let s = Scenario { shares_pct: vec![37.5, 16.4, 11.7, 27.0, 3.9, 3.5], us_leave_pct: 40.0, others_response_pct: 80.0 };
        let o = evaluate(&s);
        let base = evaluate(&scenario(40.0, 80.0));
        assert!((o.network_hashrate_change_pct - base.network_hashrate_change_pct).abs() < 1e-12);
        assert!((o.after_pct[4] / o.before_pct[4] - o.after_pct[1] / o.before_pct[1]).abs() < 1e-12);
        assert!((o.after_pct.iter().sum::<f64>() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn the_response_solves_its_equation() {
        let s = scenario(40.0, 150.0);
        let o = evaluate(&s);
        let t = 1.0 + o.network_hashrate_change_pct / 100.0;
        let (u, e) = (0.375, 1.5);
        assert!((t - (1.0 - u * 0.4 + (1.0 - u) * e * (1.0 / t - 1.0))).abs() < 1e-12);
    }

    #[test]
    fn difficulty_drop_preset_is_11_pct_and_lifts_hashprice_12_4_pct() {
        // F6: difficulty fell about 11%: those who stay earn 1/0.89 - 1 more.
        let o = evaluate(&lower::geography(&presets::DIFFICULTY_DROP.scenario()));
        assert!((o.difficulty_change_pct + 11.0).abs() < 0.01, "{}", o.difficulty_change_pct);
        assert!((o.hashprice_change_pct - 12.36).abs() < 0.01, "{}", o.hashprice_change_pct);
    }

    proptest! {
        #[test]
        fn finite_and_summing_to_100(
            fractions in proptest::collection::vec(0.0f64..=1.0, crate::inputs::INPUTS.len()),
            extra in proptest::collection::vec(0.0f64..=100.0, 0..6),
        ) {
            let rows = extra.into_iter().map(|share_pct| crate::scenario::ExtraRow { name: "X".into(), share_pct }).collect();
            let s = lower::geography(&Whole { inputs: Inputs::from_fractions(&fractions), rows });
            let o = evaluate(&s);
            prop_assert!(o.after_pct.iter().all(|x| x.is_finite() && *x >= -1e-9), "{:?} -> {:?}", s, o);
            prop_assert!((o.after_pct.iter().sum::<f64>() - 100.0).abs() < 1e-6, "{:?}", s);
            prop_assert!(o.hashprice_change_pct.is_finite());
        }
    }
}
