//! Model 2, miner economics today: what one PH/s of hashrate earns and costs
//! a day at a given network state.
//!
//! - BTC per PH/s per day = 86,400 s / 600 s x (subsidy + fees per block)
//!   / network PH/s. Equivalent to 86,400 x (subsidy + fees) / (difficulty
//!   x 2^32) x 10^15, since network H/s = difficulty x 2^32 / 600.
//! - Hashprice (USD/PH/day) = BTC per PH/s per day x BTC price, before pool
//!   fee and downtime (the industry's definition).
//! - Power cost (USD/PH/day) = J/TH x 24 kWh per kW-day x USD/kWh x uptime:
//!   1 PH/s at x J/TH draws x kW.
//! - Margin = hashprice x uptime x (1 - pool fee) - power cost.
//! - Breakeven power price = hashprice x (1 - pool fee) / (J/TH x 24), in
//!   USD/kWh; x 1,000 it is the hash revenue per MWh of power.
//! - Breakeven BTC price = power cost / (BTC per PH/s per day x uptime x
//!   (1 - pool fee)).
//! - Breakeven efficiency = hashprice x (1 - pool fee) / (24 x USD/kWh), in
//!   J/TH: the least efficient fleet that still covers its power.
//! - Breakeven hashprice = J/TH x 24 x USD/kWh / (1 - pool fee): the
//!   hashprice (the industry's, before pool fee and downtime) at which the
//!   margin is zero. Uptime scales revenue and power alike, so neither
//!   breakeven depends on it.

use crate::model::calendar::Date;
use crate::model::protocol::{self, Halving};

/// The date the default snapshot's block (height 935,424, the early Feb 2026
/// retarget) was mined, to the nearest day we can state: 2026-02-06.
pub const SNAPSHOT_DATE: Date = Date::new(2026, 2, 6);
/// The default snapshot's block height.
pub const SNAPSHOT_HEIGHT: u64 = 935_424;

/// kWh one kW draws in a day.
const KWH_PER_KW_DAY: f64 = 24.0;
/// Blocks a day at the 600 s target.
const BLOCKS_PER_DAY: f64 = protocol::SECONDS_PER_DAY / protocol::TARGET_BLOCK_TIME_S;

/// Validated inputs of the miner model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// BTC price in USD.
    pub btc_usd: f64,
    /// Network hashrate in EH/s (10^18 hashes per second).
    pub hashrate_eh_per_s: f64,
    /// Transaction fees per block, in BTC.
    pub fees_btc_per_block: f64,
    /// Current block height, which sets the subsidy.
    pub height: u64,
    /// Fleet efficiency in joules per terahash (= W per TH/s).
    pub eff_j_per_th: f64,
    /// Power price in USD per kWh.
    pub power_usd_per_kwh: f64,
    /// Pool fee, percent of revenue.
    pub pool_fee_pct: f64,
    /// Share of the day the fleet runs, percent.
    pub uptime_pct: f64,
}

/// Results of the miner model, per PH/s of installed hashrate.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Block subsidy at the height, in BTC.
    pub subsidy_btc: f64,
    /// New bitcoin issued a day at 144 blocks a day.
    pub issuance_btc_per_day: f64,
    /// Fees' share of the block reward, percent (article F4: fees have not
    /// replaced the subsidy).
    pub fee_share_pct: f64,
    /// Expected BTC mined per PH/s per day (before pool fee and downtime).
    pub btc_per_ph_day: f64,
    /// Hashprice in USD per PH/s per day (before pool fee and downtime).
    pub hashprice_usd_per_ph_day: f64,
    /// Revenue after uptime and pool fee, USD per PH/s per day.
    pub revenue_usd_per_ph_day: f64,
    /// Power cost, USD per PH/s per day.
    pub power_cost_usd_per_ph_day: f64,
    /// Revenue minus power cost, USD per PH/s per day.
    pub margin_usd_per_ph_day: f64,
    /// Power price at which the margin is zero, USD/kWh.
    pub breakeven_power_usd_per_kwh: f64,
    /// BTC price at which the margin is zero, USD; `None` when the fleet
    /// earns nothing at any price (zero subsidy and fees).
    pub breakeven_btc_usd: Option<f64>,
    /// Fleet efficiency at which the margin is zero, J/TH; `None` when any
    /// fleet pays (power free, or so cheap the figure overflows) or none
    /// does (no reward).
    pub breakeven_eff_j_per_th: Option<f64>,
    /// Hashprice at which the margin is zero, USD/PH/day (before pool fee
    /// and downtime); `None` when the pool keeps everything.
    pub breakeven_hashprice_usd_per_ph_day: Option<f64>,
    /// Revenue per MWh the fleet consumes, USD/MWh.
    pub revenue_usd_per_mwh: f64,
    /// Difficulty that matches the network hashrate.
    pub difficulty: f64,
    /// The next halving after the height, dated from the snapshot.
    pub next_halving: Halving,
}

/// Estimated date of block `height`, from the snapshot block and 600 s blocks.
pub fn date_of_height(height: u64) -> Date {
    let blocks = height as i64 - SNAPSHOT_HEIGHT as i64;
    SNAPSHOT_DATE.plus_days((blocks as f64 * protocol::TARGET_BLOCK_TIME_S / protocol::SECONDS_PER_DAY).floor() as i64)
}

/// Expected BTC per PH/s per day for a network of `hashrate_eh_per_s` and a
/// block reward of `reward_btc_per_block` (subsidy + fees).
pub fn btc_per_ph_day(reward_btc_per_block: f64, hashrate_eh_per_s: f64) -> f64 {
    BLOCKS_PER_DAY * reward_btc_per_block / (hashrate_eh_per_s * 1_000.0)
}

/// Power cost in USD per PH/s per day at 100% uptime.
pub fn power_cost_usd_per_ph_day(eff_j_per_th: f64, power_usd_per_kwh: f64) -> f64 {
    eff_j_per_th * KWH_PER_KW_DAY * power_usd_per_kwh
}

/// Runs the miner model.
pub fn evaluate(s: &Scenario) -> Outcome {
    let subsidy_btc = protocol::subsidy_btc(s.height);
    let btc_per_ph = btc_per_ph_day(subsidy_btc + s.fees_btc_per_block, s.hashrate_eh_per_s);
    let hashprice = btc_per_ph * s.btc_usd;
    let uptime = s.uptime_pct / 100.0;
    let keep = 1.0 - s.pool_fee_pct / 100.0;
    let revenue = hashprice * uptime * keep;
    let power_cost = power_cost_usd_per_ph_day(s.eff_j_per_th, s.power_usd_per_kwh) * uptime;
    let breakeven_power = hashprice * keep / (s.eff_j_per_th * KWH_PER_KW_DAY);
    let earned_btc = btc_per_ph * uptime * keep;
    Outcome {
        subsidy_btc,
        issuance_btc_per_day: protocol::issuance_btc_per_day(s.height, protocol::TARGET_BLOCK_TIME_S),
        // Zero subsidy and zero fees: no reward, and fees none of it.
        fee_share_pct: if s.fees_btc_per_block > 0.0 { s.fees_btc_per_block / (subsidy_btc + s.fees_btc_per_block) * 100.0 } else { 0.0 },
        btc_per_ph_day: btc_per_ph,
        hashprice_usd_per_ph_day: hashprice,
        revenue_usd_per_ph_day: revenue,
        power_cost_usd_per_ph_day: power_cost,
        margin_usd_per_ph_day: revenue - power_cost,
        breakeven_power_usd_per_kwh: breakeven_power,
        breakeven_btc_usd: (earned_btc > 0.0).then(|| power_cost / earned_btc),
        // Power nearly free (the quotient overflows): any fleet pays, as at 0.
        breakeven_eff_j_per_th: (s.power_usd_per_kwh > 0.0 && hashprice > 0.0)
            .then(|| hashprice * keep / (KWH_PER_KW_DAY * s.power_usd_per_kwh))
            .filter(|e| e.is_finite()),
        breakeven_hashprice_usd_per_ph_day: (keep > 0.0).then(|| power_cost_usd_per_ph_day(s.eff_j_per_th, s.power_usd_per_kwh) / keep),
        revenue_usd_per_mwh: breakeven_power * 1_000.0,
        difficulty: protocol::difficulty_from_hashrate_h_per_s(s.hashrate_eh_per_s * 1e18),
        next_halving: protocol::upcoming_halvings(s.height, date_of_height(s.height), protocol::TARGET_BLOCK_TIME_S, 1)[0],
    }
}

/// Margin (USD/PH/day) of a fleet of `eff_j_per_th` at each power price in
/// `power_usd_per_kwh`, everything else as in `s`: the margin chart's lines.
pub fn margin_by_power_price(s: &Scenario, eff_j_per_th: f64, power_usd_per_kwh: &[f64]) -> Vec<(f64, f64)> {
    // Revenue does not depend on the fleet or the power price: one evaluate,
    // then the margin formula per point.
    let o = evaluate(s);
    let uptime = s.uptime_pct / 100.0;
    power_usd_per_kwh.iter().map(|&p| (p, o.revenue_usd_per_ph_day - power_cost_usd_per_ph_day(eff_j_per_th, p) * uptime)).collect()
}

/// Efficiencies of the chart's two reference fleets, J/TH: a new-generation
/// fleet and an older one (Hashrate Index's <19 and 19-25 J/TH groups).
pub const REFERENCE_FLEETS_J_PER_TH: [f64; 2] = [15.0, 25.0];

/// One fleet's margin line.
#[derive(Clone, Debug, PartialEq)]
pub struct FleetCurve {
    /// Fleet efficiency, J/TH.
    pub eff_j_per_th: f64,
    /// (power price USD/kWh, margin USD/PH/day) points.
    pub points: Vec<(f64, f64)>,
}

/// The data of the margin chart and its table.
#[derive(Clone, Debug, PartialEq)]
pub struct MarginCurves {
    /// The user's fleet first, then the reference fleets.
    pub fleets: Vec<FleetCurve>,
    /// Right end of the power-price axis, USD/kWh.
    pub power_max_usd_per_kwh: f64,
    /// The user's breakeven power price (None if it is not positive).
    pub breakeven_power_usd_per_kwh: Option<f64>,
}

impl MarginCurves {
    /// The y range that holds every point and zero, with some headroom.
    pub fn margin_range(&self) -> (f64, f64) {
        let (lo, hi) =
            self.fleets.iter().flat_map(|f| f.points.iter().map(|p| p.1)).fold((0.0f64, 0.0f64), |(lo, hi), y| (lo.min(y), hi.max(y)));
        let pad = ((hi - lo) * 0.08).max(1.0);
        (lo - pad, hi + pad)
    }
}

/// Points per margin line.
pub const CURVE_POINTS: usize = 41;

/// The margin chart's lines for scenario `s`: the power-price axis spans
/// 0 to the largest of 0.12 USD/kWh, 1.25 x the user's price and 1.25 x the
/// user's breakeven (at most 1 USD/kWh).
pub fn margin_curves(s: &Scenario) -> MarginCurves {
    let o = evaluate(s);
    let power_max = (0.12f64).max(s.power_usd_per_kwh * 1.25).max(o.breakeven_power_usd_per_kwh * 1.25).min(1.0);
    let prices: Vec<f64> = (0..CURVE_POINTS).map(|i| power_max * i as f64 / (CURVE_POINTS - 1) as f64).collect();
    let fleets = std::iter::once(s.eff_j_per_th)
        .chain(REFERENCE_FLEETS_J_PER_TH)
        .map(|eff| FleetCurve { eff_j_per_th: eff, points: margin_by_power_price(s, eff, &prices) })
        .collect();
    MarginCurves {
        fleets,
        power_max_usd_per_kwh: power_max,
        breakeven_power_usd_per_kwh: (o.breakeven_power_usd_per_kwh > 0.0).then_some(o.breakeven_power_usd_per_kwh),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::{InputId, Inputs};
    use crate::model::testing::{approx_eq, Tol};
    use proptest::prelude::*;

    fn default_scenario() -> Scenario {
        crate::lower::miner(&Inputs::default())
    }

    #[test]
    fn hand_worked_hashprice() {
        // 144 x (3.125 + 0.02) / 900,900 PH/s = 5.02697e-4 BTC; x 67,000 = 33.680719.
        let o = evaluate(&default_scenario());
        assert!(approx_eq(o.btc_per_ph_day, 144.0 * 3.145 / 900_900.0, Tol::Rel(1e-12)), "{}", o.btc_per_ph_day);
        assert!(approx_eq(o.hashprice_usd_per_ph_day, 33.680719, Tol::Rel(1e-7)), "{}", o.hashprice_usd_per_ph_day);
        // 17.5 J/TH x 24 x 0.05 x 0.95 = 19.95 USD/PH/day.
        assert!(approx_eq(o.power_cost_usd_per_ph_day, 19.95, Tol::Rel(1e-12)));
        // 33.680719 x 0.95 x 0.98 - 19.95 = 11.406750.
        assert!(approx_eq(o.margin_usd_per_ph_day, 11.406750, Tol::Rel(1e-6)));
        assert_eq!(o.issuance_btc_per_day, 450.0);
        assert_eq!(o.next_halving.height, 1_050_000);
        assert!(approx_eq(o.difficulty, 125.86e12, Tol::Rel(1e-4)), "{}", o.difficulty);
    }

    #[test]
    fn issuance_after_2028_halving_is_225() {
        let o = evaluate(&Scenario { height: 1_050_000, ..default_scenario() });
        assert_eq!(o.issuance_btc_per_day, 225.0);
        assert_eq!(o.next_halving.height, 1_260_000);
    }

    #[test]
    fn breakevens_make_margin_zero() {
        let s = default_scenario();
        let o = evaluate(&s);
        let at_power = evaluate(&Scenario { power_usd_per_kwh: o.breakeven_power_usd_per_kwh, ..s });
        assert!(at_power.margin_usd_per_ph_day.abs() < 1e-9, "{}", at_power.margin_usd_per_ph_day);
        let at_price = evaluate(&Scenario { btc_usd: o.breakeven_btc_usd.unwrap(), ..s });
        assert!(at_price.margin_usd_per_ph_day.abs() < 1e-9, "{}", at_price.margin_usd_per_ph_day);
        assert!(approx_eq(o.revenue_usd_per_mwh, o.breakeven_power_usd_per_kwh * 1000.0, Tol::Rel(1e-12)));
        let at_eff = evaluate(&Scenario { eff_j_per_th: o.breakeven_eff_j_per_th.unwrap(), ..s });
        assert!(at_eff.margin_usd_per_ph_day.abs() < 1e-9, "{}", at_eff.margin_usd_per_ph_day);
        // The breakeven hashprice, reached through the BTC price.
        let price = s.btc_usd * o.breakeven_hashprice_usd_per_ph_day.unwrap() / o.hashprice_usd_per_ph_day;
        let at_hashprice = evaluate(&Scenario { btc_usd: price, ..s });
        assert!(at_hashprice.margin_usd_per_ph_day.abs() < 1e-9, "{}", at_hashprice.margin_usd_per_ph_day);
    }

    #[test]
    fn hand_worked_breakeven_efficiency_and_hashprice() {
        // Defaults: hashprice 33.680719, pool fee 2%, power 0.05 USD/kWh, 17.5 J/TH.
        // Efficiency: 33.680719 x 0.98 / (24 x 0.05) = 27.5059 J/TH.
        // Hashprice: 17.5 x 24 x 0.05 / 0.98 = 21.4286 USD/PH/day.
        let o = evaluate(&default_scenario());
        assert!(approx_eq(o.breakeven_eff_j_per_th.unwrap(), 27.505_92, Tol::Rel(1e-5)), "{:?}", o.breakeven_eff_j_per_th);
        assert!(approx_eq(o.breakeven_hashprice_usd_per_ph_day.unwrap(), 21.428_571, Tol::Rel(1e-6)));
        // Free power: any fleet pays; no reward: none does.
        assert_eq!(evaluate(&Scenario { power_usd_per_kwh: 0.0, ..default_scenario() }).breakeven_eff_j_per_th, None);
        assert_eq!(evaluate(&Scenario { power_usd_per_kwh: 5e-324, ..default_scenario() }).breakeven_eff_j_per_th, None);
        let none = evaluate(&Scenario { height: 6_930_000, fees_btc_per_block: 0.0, ..default_scenario() });
        assert_eq!(none.breakeven_eff_j_per_th, None);
        assert_eq!(evaluate(&Scenario { pool_fee_pct: 100.0, ..default_scenario() }).breakeven_hashprice_usd_per_ph_day, None);
    }

    #[test]
    fn no_reward_means_no_breakeven_price() {
        let o = evaluate(&Scenario { height: 6_930_000, fees_btc_per_block: 0.0, ..default_scenario() });
        assert_eq!(o.btc_per_ph_day, 0.0);
        assert_eq!(o.breakeven_btc_usd, None);
    }

    #[test]
    fn margin_falls_with_power_price_and_worse_efficiency() {
        let s = default_scenario();
        let prices = [0.0, 0.05, 0.1];
        let good = margin_by_power_price(&s, 15.0, &prices);
        let bad = margin_by_power_price(&s, 25.0, &prices);
        // Each point is the full model's margin at that fleet and price.
        let full = evaluate(&Scenario { eff_j_per_th: 25.0, power_usd_per_kwh: 0.1, ..s });
        assert!((bad[2].1 - full.margin_usd_per_ph_day).abs() < 1e-12);
        assert!(good[0].1 > good[2].1);
        assert!(good[2].1 > bad[2].1);
        assert_eq!(good[0].1, bad[0].1);
    }

    fn in_domain(id: InputId) -> impl Strategy<Value = f64> {
        let s = id.spec();
        s.min..=s.max
    }

    proptest! {
        #[test]
        fn every_input_in_its_domain_gives_finite_results(
            btc in in_domain(InputId::BtcUsd),
            hr in in_domain(InputId::HashrateEhs),
            fees in in_domain(InputId::FeesBtc),
            height in in_domain(InputId::Height),
            eff in in_domain(InputId::EffJth),
            power in in_domain(InputId::PowerUsdKwh),
            pool in in_domain(InputId::PoolFeePct),
            uptime in in_domain(InputId::UptimePct),
        ) {
            let s = Scenario { btc_usd: btc, hashrate_eh_per_s: hr, fees_btc_per_block: fees, height: height as u64,
                eff_j_per_th: eff, power_usd_per_kwh: power, pool_fee_pct: pool, uptime_pct: uptime };
            let o = evaluate(&s);
            for (name, v) in [("btc_per_ph_day", o.btc_per_ph_day), ("hashprice", o.hashprice_usd_per_ph_day),
                ("power_cost", o.power_cost_usd_per_ph_day), ("margin", o.margin_usd_per_ph_day),
                ("breakeven_power", o.breakeven_power_usd_per_kwh), ("revenue_mwh", o.revenue_usd_per_mwh),
                ("issuance", o.issuance_btc_per_day), ("difficulty", o.difficulty)] {
                prop_assert!(v.is_finite(), "{} = {} for {:?}", name, v, s);
            }
            // Inside the domain the subsidy is at least 1 sat, so a breakeven price exists.
            let be = o.breakeven_btc_usd;
            prop_assert!(be.is_some_and(f64::is_finite), "breakeven_btc_usd = {:?} for {:?}", be, s);
            // The other two exist (finite) unless power is free; the pool fee is under 100%.
            prop_assert!(o.breakeven_eff_j_per_th.is_none_or(f64::is_finite));
            prop_assert!(power < 1e-300 || o.breakeven_eff_j_per_th.is_some(), "{:?}", s);
            prop_assert!(o.breakeven_hashprice_usd_per_ph_day.is_some_and(f64::is_finite));
        }
    }
}
