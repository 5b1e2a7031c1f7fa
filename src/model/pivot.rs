//! Model 4, the site pivot: keep mining, or convert the site into an AI
//! data centre leased to a tenant. Both paths on the same site, horizon and
//! discount rate, month by month (article F3, F11).
//!
//! - IT MW = grid MW / AI PUE; site hashrate (PH/s) = grid MW x 1,000 /
//!   (mining PUE x J/TH).
//! - Path A, mining, each month: hashprice (the outlook's path) x PH/s x
//!   uptime x (1 - pool fee) x 30.44 days, minus power (grid MW x hours x
//!   uptime x USD/kWh) and other opex (USD/MWh); the site switches off in a
//!   month that would lose money; fleet refresh capex (ASIC USD/TH x TH/s)
//!   every ASIC life.
//! - Path B, convert: capex = IT MW x USD M per IT MW, paid evenly over the
//!   build; mining during the build continues, stops or phases down; then
//!   lease = IT kW x USD/kW-month, escalating yearly, for the term; opex a
//!   share of the lease; a residual share of capex at the end.
//! - NPV at the discount rate (monthly compounding, cash at month end);
//!   with an investment-grade backstop the lease income (and residual) is
//!   discounted at the rate minus the spread. IRR of path B's cash flows.
//!   Breakevens by a bracketing root finder: the lease at which NPV B = NPV A, and the
//!   scale of the BTC price path at which NPV A = NPV B.

use crate::model::calendar::Date;
use crate::model::math;
use crate::model::protocol::{self, Halving};
use crate::model::solve::{bracket_root, irr, npv};
use crate::model::{miner, outlook};

/// Days in a month on average.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// What the site mines while it is being converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildMining {
    /// Mining goes on at full power until the lease starts.
    Continue,
    /// Mining stops when the build starts.
    Stop,
    /// Mining phases down linearly over the build.
    PhaseDown,
}

/// Validated inputs of the pivot model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// The mining path's price, network and fleet (the outlook).
    pub outlook: outlook::Scenario,
    /// Site grid connection, MW.
    pub site_mw: f64,
    /// PUE of the mining site.
    pub pue_mining: f64,
    /// PUE of the AI data centre.
    pub pue_ai: f64,
    /// Conversion capex, USD millions per IT MW (shell, power, cooling; no GPUs).
    pub capex_usd_m_per_it_mw: f64,
    /// Months from the decision to the first lease payment.
    pub build_months: u32,
    /// What mining does during the build.
    pub build_mining: BuildMining,
    /// Lease rate, USD per kW of IT a month.
    pub lease_usd_per_kw_month: f64,
    /// Lease escalator, percent a year.
    pub escalator_pct: f64,
    /// Lease term, years.
    pub term_years: u32,
    /// Landlord's operating cost, percent of lease revenue.
    pub opex_pct: f64,
    /// Residual value at the end, percent of conversion capex.
    pub residual_pct: f64,
    /// Discount rate, percent a year.
    pub discount_pct: f64,
    /// Lease income backstopped by an investment-grade party.
    pub backstop: bool,
    /// How much lower the backstopped lease's rate is, percentage points.
    pub backstop_spread_pct: f64,
    /// Mining opex other than power, USD per MWh drawn.
    pub mining_opex_usd_per_mwh: f64,
}

impl Scenario {
    /// IT load the converted site can host, MW.
    pub fn it_mw(&self) -> f64 {
        self.site_mw / self.pue_ai
    }

    /// Hashrate the site supports, PH/s.
    pub fn site_ph_per_s(&self) -> f64 {
        self.site_mw * 1_000.0 / (self.pue_mining * self.outlook.today.eff_j_per_th)
    }

    /// Months both paths are followed: the build plus the lease term.
    pub fn horizon_months(&self) -> u32 {
        self.build_months + self.term_years * 12
    }

    /// Annual discount rate of the lease income, fraction.
    pub fn lease_rate(&self) -> f64 {
        let spread = if self.backstop { self.backstop_spread_pct } else { 0.0 };
        (self.discount_pct - spread) / 100.0
    }
}

/// Monthly cash flows of both paths, USD.
#[derive(Clone, Debug, PartialEq)]
pub struct CashFlows {
    /// Path A: mining.
    pub mining: Vec<f64>,
    /// Path B: its cash discounted at the base rate (capex, mining in the build).
    pub ai_base: Vec<f64>,
    /// Path B: lease income net of opex, and the residual (the backstopped part).
    pub ai_lease: Vec<f64>,
}

/// Everything the mining path's cash reads from a scenario: two scenarios
/// equal here mine the same cash (the tornado reuses it for the levers that
/// do not move it).
#[derive(Clone, Copy, PartialEq)]
struct MiningSite {
    outlook: outlook::Scenario,
    site_mw: f64,
    pue_mining: f64,
    opex_usd_per_mwh: f64,
    months: u32,
}

impl Scenario {
    fn mining_site(&self) -> MiningSite {
        MiningSite {
            outlook: self.outlook,
            site_mw: self.site_mw,
            pue_mining: self.pue_mining,
            opex_usd_per_mwh: self.mining_opex_usd_per_mwh,
            months: self.horizon_months(),
        }
    }
}

impl MiningSite {
    /// The outlook's schedule over the horizon (the same for any BTC price path).
    fn schedule(&self) -> outlook::Schedule {
        outlook::schedule(&self.outlook, self.months)
    }
}

/// Whether two sites' outlooks have one schedule: they differ at most in
/// the BTC price path, which no schedule reads.
fn same_schedule(a: &MiningSite, b: &MiningSite) -> bool {
    let price_free = |site: &MiningSite| {
        let mut o = site.outlook;
        (o.today.btc_usd, o.btc_growth_pct) = (0.0, 0.0);
        (o, site.months)
    };
    price_free(a) == price_free(b)
}

/// The mining cash of every month when the BTC price path is scaled by
/// `btc_scale`; `sched` is the site's [`MiningSite::schedule`].
fn mining_cash(site: &MiningSite, sched: &outlook::Schedule, btc_scale: f64) -> Vec<f64> {
    let mut o = site.outlook;
    o.today.btc_usd *= btc_scale;
    let hashprice = outlook::hashprice_path(&o, sched);
    let t = &o.today;
    let uptime = t.uptime_pct / 100.0;
    let keep = 1.0 - t.pool_fee_pct / 100.0;
    let ph = site.site_mw * 1_000.0 / (site.pue_mining * t.eff_j_per_th);
    let mwh = site.site_mw * 24.0 * DAYS_PER_MONTH * uptime;
    let running_cost = mwh * (t.power_usd_per_kwh * 1_000.0 + site.opex_usd_per_mwh);
    let refresh_every = (o.asic_life_years * 12.0).round().max(1.0) as usize;
    let refresh_cost = ph * 1_000.0 * o.asic_usd_per_th;
    hashprice
        .iter()
        .enumerate()
        .map(|(m, hashprice_usd_per_ph_day)| {
            let revenue = hashprice_usd_per_ph_day * ph * uptime * keep * DAYS_PER_MONTH;
            let refresh = if m > 0 && m % refresh_every == 0 { refresh_cost } else { 0.0 };
            (revenue - running_cost).max(0.0) - refresh
        })
        .collect()
}

/// Both paths' monthly cash flows at a lease rate and a BTC price scale.
pub fn cash_flows(s: &Scenario, lease_usd_per_kw_month: f64, btc_scale: f64) -> CashFlows {
    let site = s.mining_site();
    with_mining(s, lease_usd_per_kw_month, mining_cash(&site, &site.schedule(), btc_scale))
}

/// Both paths' cash flows given the mining path's (which the lease does not change).
fn with_mining(s: &Scenario, lease_usd_per_kw_month: f64, mining: Vec<f64>) -> CashFlows {
    let build = s.build_months as usize;
    let capex = s.it_mw() * s.capex_usd_m_per_it_mw * 1e6;
    let it_kw = s.it_mw() * 1_000.0;
    let (mut ai_base, mut ai_lease) = (vec![0.0; mining.len()], vec![0.0; mining.len()]);
    for (m, cash) in mining.iter().enumerate() {
        if m < build {
            let share = match s.build_mining {
                BuildMining::Continue => 1.0,
                BuildMining::Stop => 0.0,
                BuildMining::PhaseDown => 1.0 - m as f64 / build as f64,
            };
            ai_base[m] = cash * share - capex / build as f64;
        } else {
            let year = ((m - build) / 12) as i32;
            let lease = it_kw * lease_usd_per_kw_month * math::powi(1.0 + s.escalator_pct / 100.0, year);
            ai_lease[m] = lease * (1.0 - s.opex_pct / 100.0);
        }
    }
    if build == 0 {
        ai_base[0] -= capex;
    }
    if let Some(last) = ai_lease.last_mut() {
        *last += capex * s.residual_pct / 100.0;
    }
    CashFlows { mining, ai_base, ai_lease }
}

/// NPVs of path A and path B, USD.
fn npvs(s: &Scenario, flows: &CashFlows) -> (f64, f64) {
    let r = s.discount_pct / 100.0;
    (npv(r, &flows.mining), npv(r, &flows.ai_base) + npv(s.lease_rate(), &flows.ai_lease))
}

/// NPV of converting minus NPV of mining, USD.
pub fn advantage(s: &Scenario) -> f64 {
    let site = s.mining_site();
    advantage_given(s, mining_cash(&site, &site.schedule(), 1.0))
}

/// [`advantage`] given the scenario's mining cash.
fn advantage_given(s: &Scenario, mining: Vec<f64>) -> f64 {
    let (a, b) = npvs(s, &with_mining(s, s.lease_usd_per_kw_month, mining));
    b - a
}

/// Results of the pivot model.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// First month of the horizon.
    pub start: Date,
    /// Monthly cash, path A (mining), USD.
    pub mining_cash_usd: Vec<f64>,
    /// Monthly cash, path B (convert), USD.
    pub ai_cash_usd: Vec<f64>,
    /// Monthly cash of each path discounted to today, USD.
    pub mining_discounted_usd: Vec<f64>,
    /// Path B, discounted (lease at its own rate), USD.
    pub ai_discounted_usd: Vec<f64>,
    /// NPV of mining, USD.
    pub npv_mining_usd: f64,
    /// NPV of converting, USD.
    pub npv_ai_usd: f64,
    /// NPV of converting minus mining, USD.
    pub npv_advantage_ai_usd: f64,
    /// IRR of path B, percent a year (None: no rate makes its NPV zero).
    pub irr_ai_pct: Option<f64>,
    /// Months until path B's cumulative cash turns positive (None: never).
    pub payback_ai_months: Option<u32>,
    /// NPV of mining per MW of grid, USD.
    pub value_per_mw_mining_usd: f64,
    /// NPV of converting per MW of grid, USD.
    pub value_per_mw_ai_usd: f64,
    /// Lease rate at which both NPVs are equal, USD/kW-month (None: not in 0-5,000).
    pub breakeven_lease_usd_kw_month: Option<f64>,
    /// Starting BTC price (the whole path scaled) at which mining's NPV
    /// equals converting's, USD (None: not within 1/1,000 to 1,000 x).
    pub breakeven_btc_usd: Option<f64>,
    /// IT MW after conversion.
    pub it_mw: f64,
    /// The site's hashrate while mining, PH/s.
    pub site_ph_per_s: f64,
    /// Conversion capex, USD.
    pub capex_usd: f64,
    /// The halvings inside the horizon, each with its month index from `start`.
    pub halvings: Vec<(u32, Halving)>,
}

impl Outcome {
    /// Cumulative cash of path B (convert) and path A (mining), USD, month
    /// by month; discounted to today or not.
    pub fn cumulative_usd(&self, discounted: bool) -> (Vec<f64>, Vec<f64>) {
        let (ai, mining) =
            if discounted { (&self.ai_discounted_usd, &self.mining_discounted_usd) } else { (&self.ai_cash_usd, &self.mining_cash_usd) };
        let running = |cash: &[f64]| {
            cash.iter()
                .scan(0.0, |sum, c| {
                    *sum += c;
                    Some(*sum)
                })
                .collect()
        };
        (running(ai), running(mining))
    }

    /// The first month whose cumulative cash of converting overtakes
    /// mining's (it was behind the month before), if any.
    pub fn crossover_month(&self, discounted: bool) -> Option<u32> {
        let (ai, mining) = self.cumulative_usd(discounted);
        (1..mining.len()).find(|&m| ai[m] >= mining[m] && ai[m - 1] < mining[m - 1]).map(|m| m as u32)
    }
}

/// Highest lease searched for the breakeven, USD/kW-month.
pub const LEASE_SEARCH_MAX: f64 = 5_000.0;

/// Runs the pivot model.
pub fn evaluate(s: &Scenario) -> Outcome {
    // One schedule for the mining path and every price the breakeven tries.
    let site = s.mining_site();
    let sched = site.schedule();
    let flows = with_mining(s, s.lease_usd_per_kw_month, mining_cash(&site, &sched, 1.0));
    let (npv_a, npv_b) = npvs(s, &flows);
    let ai_cash: Vec<f64> = flows.ai_base.iter().zip(&flows.ai_lease).map(|(a, b)| a + b).collect();
    let discounted = |rate: f64, cash: &[f64]| -> Vec<f64> {
        let factor = 1.0 / math::pow(1.0 + rate, 1.0 / 12.0);
        cash.iter().enumerate().map(|(m, c)| c * math::powi(factor, m as i32 + 1)).collect()
    };
    let r = s.discount_pct / 100.0;
    let ai_discounted = discounted(r, &flows.ai_base).iter().zip(discounted(s.lease_rate(), &flows.ai_lease)).map(|(a, b)| a + b).collect();
    let mut cumulative = 0.0;
    let payback = ai_cash.iter().position(|c| {
        cumulative += c;
        cumulative >= 0.0
    });
    let lease_gap = |lease: f64| {
        let (a, b) = npvs(s, &with_mining(s, lease, flows.mining.clone()));
        b - a
    };
    let price_gap = |scale: f64| {
        let (a, b) = npvs(s, &with_mining(s, s.lease_usd_per_kw_month, mining_cash(&site, &sched, scale)));
        a - b
    };
    let (start, months) = (outlook::monthly_path(&s.outlook, 1)[0].date, s.horizon_months());
    Outcome {
        start,
        mining_discounted_usd: discounted(r, &flows.mining),
        ai_discounted_usd: ai_discounted,
        npv_mining_usd: npv_a,
        npv_ai_usd: npv_b,
        npv_advantage_ai_usd: npv_b - npv_a,
        irr_ai_pct: irr(&ai_cash).map(|x| x * 100.0),
        payback_ai_months: payback.map(|m| m as u32 + 1),
        value_per_mw_mining_usd: npv_a / s.site_mw,
        value_per_mw_ai_usd: npv_b / s.site_mw,
        breakeven_lease_usd_kw_month: bracket_root(lease_gap, 0.0, LEASE_SEARCH_MAX, 1e-7),
        breakeven_btc_usd: bracket_root(price_gap, 1e-3, 1e3, 1e-7).map(|k| k * s.outlook.today.btc_usd),
        it_mw: s.it_mw(),
        site_ph_per_s: s.site_ph_per_s(),
        capex_usd: s.it_mw() * s.capex_usd_m_per_it_mw * 1e6,
        halvings: halvings_in_horizon(s, start, months),
        mining_cash_usd: flows.mining,
        ai_cash_usd: ai_cash,
    }
}

/// The halvings before the end of the horizon, with their month index.
fn halvings_in_horizon(s: &Scenario, start: Date, months: u32) -> Vec<(u32, Halving)> {
    let height = s.outlook.today.height;
    protocol::upcoming_halvings(height, miner::date_of_height(height), s.outlook.block_time_s, 6)
        .into_iter()
        .map(|h| (start.months_until(h.date), h))
        .filter(|&(m, _)| m >= 0 && (m as u32) < months)
        .map(|(m, h)| (m as u32, h))
        .collect()
}

/// An input of the pivot the tornado moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Lever {
    LeaseUsdPerKwMonth,
    BtcUsd,
    BtcGrowthPct,
    HashrateGrowthPct,
    CapexUsdMPerItMw,
    DiscountPct,
    PowerUsdPerKwh,
    PueAi,
}

/// How much the NPV advantage of converting moves when one lever moves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    /// The lever.
    pub lever: Lever,
    /// Its low and high test values.
    pub values: (f64, f64),
    /// The advantage at those values, USD.
    pub advantage_usd: (f64, f64),
}

/// The levers the tornado tries, and how far each moves: a relative change
/// (x 0.8 / x 1.2) or percentage points.
pub const LEVERS: [(Lever, f64, bool); 8] = [
    (Lever::LeaseUsdPerKwMonth, 0.2, true),
    (Lever::BtcUsd, 0.3, true),
    (Lever::BtcGrowthPct, 10.0, false),
    (Lever::HashrateGrowthPct, 10.0, false),
    (Lever::CapexUsdMPerItMw, 0.2, true),
    (Lever::DiscountPct, 3.0, false),
    (Lever::PowerUsdPerKwh, 0.2, true),
    (Lever::PueAi, 0.1, true),
];

impl Scenario {
    /// The field a lever moves.
    fn lever_mut(&mut self, lever: Lever) -> &mut f64 {
        match lever {
            Lever::LeaseUsdPerKwMonth => &mut self.lease_usd_per_kw_month,
            Lever::BtcUsd => &mut self.outlook.today.btc_usd,
            Lever::BtcGrowthPct => &mut self.outlook.btc_growth_pct,
            Lever::HashrateGrowthPct => &mut self.outlook.hashrate_growth_pct,
            Lever::CapexUsdMPerItMw => &mut self.capex_usd_m_per_it_mw,
            Lever::DiscountPct => &mut self.discount_pct,
            Lever::PowerUsdPerKwh => &mut self.outlook.today.power_usd_per_kwh,
            Lever::PueAi => &mut self.pue_ai,
        }
    }

    /// The current value of a lever.
    pub fn lever(&self, lever: Lever) -> f64 {
        let mut s = *self;
        *s.lever_mut(lever)
    }

    /// A copy with one lever set to `value`.
    pub fn with_lever(&self, lever: Lever, value: f64) -> Scenario {
        let mut s = *self;
        *s.lever_mut(lever) = value;
        s
    }
}

/// The tornado: each of [`LEVERS`] moved down and up, kept inside the
/// `domain` (min, max) the caller gives for it, largest swing of the
/// advantage first.
pub fn tornado(s: &Scenario, domain: impl Fn(Lever) -> (f64, f64)) -> Vec<Sensitivity> {
    // Half the levers leave the mining path as it is: its cash is reused;
    // the BTC price levers reuse its schedule.
    let site = s.mining_site();
    let sched = site.schedule();
    let mining = mining_cash(&site, &sched, 1.0);
    let advantage_of = |v: Scenario| {
        let other = v.mining_site();
        let cash = if other == site {
            mining.clone()
        } else if same_schedule(&other, &site) {
            mining_cash(&other, &sched, 1.0)
        } else {
            mining_cash(&other, &other.schedule(), 1.0)
        };
        advantage_given(&v, cash)
    };
    let mut rows: Vec<Sensitivity> = LEVERS
        .iter()
        .map(|&(lever, delta, relative)| {
            let (min, max) = domain(lever);
            let v = s.lever(lever);
            let (lo, hi) = if relative { (v * (1.0 - delta), v * (1.0 + delta)) } else { (v - delta, v + delta) };
            let (lo, hi) = (lo.max(min).min(max), hi.max(min).min(max));
            let advantage_usd = (advantage_of(s.with_lever(lever, lo)), advantage_of(s.with_lever(lever, hi)));
            Sensitivity { lever, values: (lo, hi), advantage_usd }
        })
        .collect();
    // Largest swing first, ties in input order: an insertion sort, as
    // eight rows do not need the standard library's sort (5 KB of wasm).
    let swing = |x: &Sensitivity| (x.advantage_usd.1 - x.advantage_usd.0).abs();
    for i in 1..rows.len() {
        let mut j = i;
        while j > 0 && swing(&rows[j]) > swing(&rows[j - 1]) {
            rows.swap(j, j - 1);
            j -= 1;
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::{InputId, Inputs};
    use crate::{lower, presets};
    use proptest::prelude::*;

    fn scenario() -> Scenario {
        lower::pivot(&Inputs::default())
    }

    #[test]
    fn lease_cash_is_it_kw_times_rate_escalated() {
        let s = Scenario { build_months: 12, term_years: 2, escalator_pct: 3.0, opex_pct: 10.0, residual_pct: 0.0, ..scenario() };
        let f = cash_flows(&s, 150.0, 1.0);
        let it_kw = s.site_mw / s.pue_ai * 1_000.0;
        assert!((f.ai_lease[12] - it_kw * 150.0 * 0.9).abs() < 1e-6);
        assert!((f.ai_lease[24] - it_kw * 150.0 * 1.03 * 0.9).abs() < 1e-6);
        assert_eq!(f.ai_lease[11], 0.0);
        let capex = s.it_mw() * s.capex_usd_m_per_it_mw * 1e6;
        let total_capex: f64 = (0..12).map(|m| f.mining[m] - f.ai_base[m]).sum();
        assert!((total_capex - capex).abs() < 1e-3, "capex spread over the build");
    }

    #[test]
    fn at_the_breakeven_lease_both_npvs_agree() {
        let s = scenario();
        let o = evaluate(&s);
        let lease = o.breakeven_lease_usd_kw_month.expect("a breakeven lease exists at the defaults");
        let at = evaluate(&Scenario { lease_usd_per_kw_month: lease, ..s });
        assert!(at.npv_advantage_ai_usd.abs() < 1.0, "advantage {} at lease {lease}", at.npv_advantage_ai_usd);
    }

    #[test]
    fn at_the_breakeven_price_mining_matches_converting() {
        let s = scenario();
        let o = evaluate(&s);
        let price = o.breakeven_btc_usd.expect("a breakeven BTC price exists at the defaults");
        let mut at = s;
        at.outlook.today.btc_usd = price;
        let a = evaluate(&at);
        assert!(a.npv_advantage_ai_usd.abs() < 1e-3 * a.npv_ai_usd.abs().max(1.0), "advantage {} at {price}", a.npv_advantage_ai_usd);
    }

    #[test]
    fn irr_makes_path_b_npv_zero() {
        let o = evaluate(&scenario());
        let r = o.irr_ai_pct.expect("an IRR exists") / 100.0;
        assert!(npv(r, &o.ai_cash_usd).abs() < 1e-3 * o.capex_usd, "{}", npv(r, &o.ai_cash_usd));
    }

    #[test]
    fn monotone_in_lease_and_price() {
        let s = scenario();
        let low = evaluate(&Scenario { lease_usd_per_kw_month: 100.0, ..s });
        let high = evaluate(&Scenario { lease_usd_per_kw_month: 200.0, ..s });
        assert!(high.npv_ai_usd > low.npv_ai_usd);
        let mut rich = s;
        rich.outlook.today.btc_usd *= 2.0;
        assert!(evaluate(&rich).npv_mining_usd > evaluate(&s).npv_mining_usd);
    }

    #[test]
    fn backstop_lowers_the_lease_rate_and_raises_npv_b() {
        let s = scenario();
        let plain = evaluate(&Scenario { backstop: false, ..s });
        let backed = evaluate(&Scenario { backstop: true, backstop_spread_pct: 4.0, ..s });
        assert!(backed.npv_ai_usd > plain.npv_ai_usd);
        assert_eq!(backed.npv_mining_usd, plain.npv_mining_usd);
    }

    #[test]
    fn hut8_preset_makes_converting_win() {
        let o = evaluate(&lower::pivot(&presets::HUT8_LEASE.scenario().inputs));
        assert!(o.npv_advantage_ai_usd > 0.0, "{}", o.npv_advantage_ai_usd);
        // 330 MW of utility power at PUE 1.347 is 245 MW of IT.
        assert!((o.it_mw - 245.0).abs() < 0.5, "{}", o.it_mw);
    }

    #[test]
    fn cumulative_cash_crossover_and_halvings() {
        let o = evaluate(&lower::pivot(&presets::HUT8_LEASE.scenario().inputs));
        let (ai, mining) = o.cumulative_usd(false);
        let total: f64 = o.ai_cash_usd.iter().sum();
        assert!((ai[ai.len() - 1] - total).abs() < 1e-3 && ai.len() == mining.len());
        let m = o.crossover_month(false).expect("converting overtakes mining in the Hut 8 case") as usize;
        assert!(ai[m] >= mining[m] && ai[m - 1] < mining[m - 1]);
        // The 2028 halving (block 1,050,000) is inside the 18 + 180 month horizon.
        assert!(o.halvings.iter().any(|(_, h)| h.height == 1_050_000));
        assert!(o.halvings.iter().all(|&(m, _)| (m as usize) < ai.len()));
    }

    #[test]
    fn tornado_is_sorted_by_swing() {
        let rows = lower::tornado(&scenario());
        assert_eq!(rows.len(), LEVERS.len());
        let swing = |r: &Sensitivity| (r.advantage_usd.1 - r.advantage_usd.0).abs();
        assert!(rows.windows(2).all(|w| swing(&w[0]) >= swing(&w[1])));
        let lease = rows.iter().find(|r| r.lever == Lever::LeaseUsdPerKwMonth).unwrap();
        assert!(lease.advantage_usd.1 > lease.advantage_usd.0, "a higher lease helps converting");
    }

    #[test]
    fn the_tornado_reusing_the_mining_path_is_the_tornado_computed_lever_by_lever() {
        let mut inputs = Inputs::default();
        for (id, v) in
            [(None, 0.0), (Some(InputId::BtcGrowthPct), 45.0), (Some(InputId::HashrateMode), 1.0), (Some(InputId::TermYears), 3.0)]
        {
            if let Some(id) = id {
                inputs.set(id, v).unwrap();
            }
            let s = lower::pivot(&inputs);
            for row in lower::tornado(&s) {
                let naive = (advantage(&s.with_lever(row.lever, row.values.0)), advantage(&s.with_lever(row.lever, row.values.1)));
                assert_eq!(row.advantage_usd, naive, "{:?}", row.lever);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn finite_over_the_domain(fractions in proptest::collection::vec(0.0f64..=1.0, crate::inputs::INPUTS.len())) {
            let mut inputs = Inputs::from_fractions(&fractions);
            inputs.set(InputId::VolatilityPct, 0.0).unwrap();
            let s = lower::pivot(&inputs);
            let o = evaluate(&s);
            for (name, v) in [("npv_mining", o.npv_mining_usd), ("npv_ai", o.npv_ai_usd), ("per_mw_ai", o.value_per_mw_ai_usd), ("per_mw_mining", o.value_per_mw_mining_usd)] {
                prop_assert!(v.is_finite(), "{} = {} for {:?}", name, v, s);
            }
            prop_assert!(o.irr_ai_pct.is_none_or(f64::is_finite));
            prop_assert!(o.breakeven_lease_usd_kw_month.is_none_or(f64::is_finite));
            prop_assert!(o.breakeven_btc_usd.is_none_or(f64::is_finite));
            prop_assert!(o.mining_cash_usd.iter().chain(&o.ai_cash_usd).all(|c| c.is_finite()));
        }
    }
}
