//! Model 3, the halving outlook: month by month for 12 years, what the
//! subsidy schedule, the BTC price path, network hashrate and fees do to
//! hashprice and to the user's margin.
//!
//! - Blocks a month = 365.25 / 12 days x 86,400 s / mean block time; the
//!   subsidy of a month is the exact schedule averaged over its blocks, so
//!   the halving month falls where the height and block time put it.
//! - Price: P(t) = P0 x (1 + g)^t (t in years). With volatility s > 0, a
//!   Monte Carlo of geometric Brownian motion whose median is that path:
//!   ln P(t + dt) = ln P(t) + ln(1 + g) dt + s sqrt(dt) Z, Z ~ N(0, 1), with a
//!   fixed seed; the fan shows the 10th, 50th and 90th percentile.
//! - Hashrate, mode "growth": H(t) = H0 x (1 + h)^t. Mode "equilibrium" (the
//!   article's "net zero", F3): the marginal fleet (efficiency improving by
//!   the fleet gain a year, the user's power price, ASIC capex amortised
//!   linearly) earns the target margin at H* = blocks a day x (subsidy +
//!   fees) x P x (1 - pool fee) x (1 - target) / (cost per PH/s a day x
//!   1,000); each month the network closes a quarter of the gap in log terms.
//! - Fees: F(t) = F0 x (1 + f)^t BTC a block.
//! - Hashprice and the user's margin as in `miner`.
//! - Required BTC growth across the next halving cycle (4 years), the
//!   growth that keeps hashprice flat: ((S + F0) / (S/2 + F0 (1 + f)^4))^(1/4)
//!   x (1 + h) - 1. With no fees and h = 26% a year it is 49.8%: Thiel's
//!   "about 50% a year" (F2).

use crate::model::calendar::Date;
use crate::model::math;
use crate::model::miner;
use crate::model::protocol::{self, Halving, HALVING_INTERVAL_BLOCKS};
use crate::model::random::Rng;

/// Months simulated (12 years from the snapshot: past the end of 2036).
pub const MONTHS: u32 = 144;
/// Monte Carlo paths.
pub const MC_PATHS: u32 = 2_000;
/// Monte Carlo seed: the same inputs always draw the same fan.
pub const MC_SEED: u64 = 2_028;
/// Share of the log gap to the equilibrium hashrate closed each month:
/// capacity takes months to plug in or switch off (half-life ~2.4 months).
pub const EQUILIBRIUM_ADJUSTMENT_PER_MONTH: f64 = 0.25;
/// Floor of the equilibrium hashrate (1 PH/s): with no reward left the
/// network does not vanish to zero, which would make hashprice 0/0.
pub const MIN_HASHRATE_EH_PER_S: f64 = 0.001;
/// Days in a month on average.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// How the network hashrate evolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashrateMode {
    /// Grows at a constant annual rate.
    Growth,
    /// Tends to the level where the marginal fleet earns the target margin.
    Equilibrium,
}

/// Validated inputs of the outlook.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// Today's network, price and the user's fleet.
    pub today: miner::Scenario,
    /// Annual BTC price growth, percent.
    pub btc_growth_pct: f64,
    /// Annual network hashrate growth (mode Growth), percent.
    pub hashrate_growth_pct: f64,
    /// Annual growth of fees per block, percent.
    pub fee_growth_pct: f64,
    /// Annualised BTC price volatility, percent; 0 turns the Monte Carlo off.
    pub volatility_pct: f64,
    /// Hashrate mode.
    pub mode: HashrateMode,
    /// Mean seconds between blocks (dates the halvings; sets blocks a day).
    pub block_time_s: f64,
    /// Annual efficiency gain of the network's marginal fleet, percent.
    pub fleet_gain_pct: f64,
    /// Efficiency of the network's marginal fleet today, J/TH.
    pub marginal_eff_j_per_th: f64,
    /// ASIC price, USD per TH/s.
    pub asic_usd_per_th: f64,
    /// Years over which ASIC capex is amortised.
    pub asic_life_years: f64,
    /// The marginal fleet's margin at equilibrium, percent of its revenue.
    pub target_margin_pct: f64,
}

/// One simulated month (the deterministic path: the median price path).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    /// First day of the month.
    pub date: Date,
    /// Block height at the start of the month.
    pub height: u64,
    /// Subsidy averaged over the month's blocks, BTC.
    pub subsidy_btc: f64,
    /// BTC price, USD.
    pub btc_usd: f64,
    /// Fees per block, BTC.
    pub fees_btc: f64,
    /// Network hashrate in the chosen mode, EH/s.
    pub hashrate_eh_per_s: f64,
    /// Network hashrate in the other mode, EH/s (for comparison).
    pub hashrate_other_mode_eh_per_s: f64,
    /// Hashprice, USD/PH/day.
    pub hashprice_usd_per_ph_day: f64,
    /// The user's margin, USD/PH/day.
    pub margin_usd_per_ph_day: f64,
}

/// Monte Carlo percentiles of hashprice for one month, USD/PH/day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    /// 10th percentile.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
}

/// Results of the outlook.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The months, from the snapshot's month.
    pub months: Vec<Month>,
    /// Monte Carlo fan of hashprice, one per month (empty when volatility is 0).
    pub band: Vec<Band>,
    /// Halvings inside the horizon.
    pub halvings: Vec<Halving>,
    /// New BTC a day after the 2028 halving (block 1,050,000).
    pub issuance_btc_per_day_2028: f64,
    /// New BTC a day after the 2032 halving (block 1,260,000).
    pub issuance_btc_per_day_2032: f64,
    /// Hashprice in the first month, USD/PH/day.
    pub hashprice_now_usd_per_ph_day: f64,
    /// Hashprice in the first full month after the 2028 halving (None if
    /// that month is outside the horizon).
    pub hashprice_after_2028_usd_per_ph_day: Option<f64>,
    /// Month of that first full post-halving month.
    pub month_after_2028: Option<Date>,
    /// First month the user's margin is negative (None: never in the horizon).
    pub fleet_unprofitable_month: Option<Date>,
    /// BTC price growth a year that keeps hashprice flat across the next
    /// halving cycle, percent.
    pub required_btc_growth_pct: f64,
    /// The terms of that formula, for the worked example.
    pub required_terms: RequiredTerms,
    /// The hashprice below which the user's fleet loses money, USD/PH/day.
    pub breakeven_hashprice_usd_per_ph_day: f64,
}

/// The terms of the required-growth formula,
/// ((S + F) / (S/2 + F x fee factor))^(1/4) x hashrate factor - 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RequiredTerms {
    /// Subsidy now, BTC per block (S).
    pub subsidy_btc: f64,
    /// Subsidy after the halving, BTC per block (S/2).
    pub subsidy_after_btc: f64,
    /// Fees now, BTC per block (F).
    pub fees_btc: f64,
    /// How much fees grow over the 4-year cycle, a factor.
    pub fee_factor_4y: f64,
    /// How much hashrate grows in a year, a factor.
    pub hashrate_factor_1y: f64,
}

/// Required annual BTC price growth (fraction) that keeps hashprice flat
/// over one 4-year halving cycle: subsidy `s` halves, fees `f0` grow by
/// `fee_growth` a year, hashrate by `hashrate_growth` a year.
pub fn required_btc_growth(s: f64, f0: f64, fee_growth: f64, hashrate_growth: f64) -> f64 {
    let before = s + f0;
    let after = s / 2.0 + f0 * math::powi(1.0 + fee_growth, 4);
    math::pow(before / after, 0.25) * (1.0 + hashrate_growth) - 1.0
}

/// Subsidy averaged over the blocks from `from` (inclusive) to `to`
/// (exclusive), which may span halvings. BTC.
pub fn mean_subsidy_btc(from: f64, to: f64) -> f64 {
    if to <= from {
        return protocol::subsidy_btc(from as u64);
    }
    let mut total = 0.0;
    let mut at = from;
    while at < to {
        let era_end = ((at as u64 / HALVING_INTERVAL_BLOCKS + 1) * HALVING_INTERVAL_BLOCKS) as f64;
        let end = era_end.min(to);
        total += protocol::subsidy_btc(at as u64) * (end - at);
        at = end;
    }
    total / (to - from)
}

/// The marginal fleet's cost per PH/s a day at efficiency `eff_j_per_th`:
/// power plus linearly amortised ASIC capex. USD.
pub fn marginal_cost_usd_per_ph_day(s: &Scenario, eff_j_per_th: f64) -> f64 {
    let capex_per_day = s.asic_usd_per_th * 1_000.0 / (s.asic_life_years * 365.25);
    miner::power_cost_usd_per_ph_day(eff_j_per_th, s.today.power_usd_per_kwh) + capex_per_day
}

/// Network hashrate (EH/s) at which the marginal fleet of `eff_j_per_th`
/// earns exactly the target margin, for a block reward `reward_btc`
/// (subsidy + fees), price `btc_usd` and `blocks_per_day`.
pub fn equilibrium_hashrate_eh_per_s(s: &Scenario, eff_j_per_th: f64, reward_btc: f64, btc_usd: f64, blocks_per_day: f64) -> f64 {
    let keep = 1.0 - s.today.pool_fee_pct / 100.0;
    let needed_revenue = marginal_cost_usd_per_ph_day(s, eff_j_per_th) / (1.0 - s.target_margin_pct / 100.0);
    blocks_per_day * reward_btc * btc_usd * keep / (needed_revenue * 1_000.0)
}

/// The marginal fleet's margin as a share of its revenue at network
/// hashrate `hashrate_eh_per_s` (for tests and the formula view).
pub fn marginal_margin_share(
    s: &Scenario,
    eff_j_per_th: f64,
    reward_btc: f64,
    btc_usd: f64,
    blocks_per_day: f64,
    hashrate_eh_per_s: f64,
) -> f64 {
    let keep = 1.0 - s.today.pool_fee_pct / 100.0;
    let revenue = blocks_per_day * reward_btc / (hashrate_eh_per_s * 1_000.0) * btc_usd * keep;
    (revenue - marginal_cost_usd_per_ph_day(s, eff_j_per_th)) / revenue
}

/// What is fixed across months and paths: nothing in it depends on the
/// BTC price, so price paths scaled up or down share one.
pub struct Schedule {
    blocks_per_day: f64,
    /// Per month: (start height, mean subsidy, fees, marginal efficiency).
    rows: Vec<(f64, f64, f64, f64)>,
    growth_hashrate: Vec<f64>,
}

/// The schedule of the first `months` months of `s`.
pub fn schedule(s: &Scenario, months: u32) -> Schedule {
    let blocks_per_day = protocol::SECONDS_PER_DAY / s.block_time_s;
    let blocks_per_month = blocks_per_day * DAYS_PER_MONTH;
    let h0 = s.today.height as f64;
    let rows = (0..months)
        .map(|m| {
            let years = f64::from(m) / 12.0;
            let start = h0 + f64::from(m) * blocks_per_month;
            let subsidy = mean_subsidy_btc(start, start + blocks_per_month);
            let fees = s.today.fees_btc_per_block * math::pow(1.0 + s.fee_growth_pct / 100.0, years);
            let eff = s.marginal_eff_j_per_th * math::pow(1.0 - s.fleet_gain_pct / 100.0, years);
            (start, subsidy, fees, eff)
        })
        .collect();
    let growth_hashrate =
        (0..months).map(|m| s.today.hashrate_eh_per_s * math::pow(1.0 + s.hashrate_growth_pct / 100.0, f64::from(m) / 12.0)).collect();
    Schedule { blocks_per_day, rows, growth_hashrate }
}

/// Next month's equilibrium-mode hashrate from this month's.
fn equilibrium_step(s: &Scenario, sched: &Schedule, m: usize, hashrate: f64, btc_usd: f64) -> f64 {
    let (_, subsidy, fees, eff) = sched.rows[m];
    let target = equilibrium_hashrate_eh_per_s(s, eff, subsidy + fees, btc_usd, sched.blocks_per_day).max(MIN_HASHRATE_EH_PER_S);
    hashrate * math::pow(target / hashrate, EQUILIBRIUM_ADJUSTMENT_PER_MONTH)
}

/// The deterministic monthly path (the median price path) for `count`
/// months: what the site-pivot model's mining path earns.
pub fn monthly_path(s: &Scenario, count: u32) -> Vec<Month> {
    path(s, &schedule(s, count))
}

fn path(s: &Scenario, sched: &Schedule) -> Vec<Month> {
    let t = &s.today;
    let keep = 1.0 - t.pool_fee_pct / 100.0;
    let uptime = t.uptime_pct / 100.0;
    let user_power = miner::power_cost_usd_per_ph_day(t.eff_j_per_th, t.power_usd_per_kwh) * uptime;
    let start = miner::date_of_height(t.height).plus_months(0);
    let mut months = Vec::with_capacity(sched.rows.len());
    walk(s, sched, true, |m, step| {
        let (height, subsidy, fees, _) = sched.rows[m];
        months.push(Month {
            date: start.plus_months(m as i32),
            height: height as u64,
            subsidy_btc: subsidy,
            btc_usd: step.btc_usd,
            fees_btc: fees,
            hashrate_eh_per_s: step.hashrate_eh_per_s,
            hashrate_other_mode_eh_per_s: step.other_mode_eh_per_s,
            hashprice_usd_per_ph_day: step.hashprice_usd_per_ph_day,
            margin_usd_per_ph_day: step.hashprice_usd_per_ph_day * uptime * keep - user_power,
        });
    });
    months
}

/// Hashprice of each month of the median path on `sched`, USD/PH/day:
/// [`monthly_path`]'s, without the other mode's hashrate (the site-pivot
/// model's mining path, many times per recompute).
pub fn hashprice_path(s: &Scenario, sched: &Schedule) -> Vec<f64> {
    let mut out = Vec::with_capacity(sched.rows.len());
    walk(s, sched, false, |_, step| out.push(step.hashprice_usd_per_ph_day));
    out
}

/// One month of the median path.
struct Step {
    btc_usd: f64,
    hashrate_eh_per_s: f64,
    /// NaN when not asked for.
    other_mode_eh_per_s: f64,
    hashprice_usd_per_ph_day: f64,
}

/// Walks the median path month by month; the hashrate of the mode not
/// chosen only if `both_modes`.
fn walk(s: &Scenario, sched: &Schedule, both_modes: bool, mut visit: impl FnMut(usize, Step)) {
    let growth_per_month = math::pow(1.0 + s.btc_growth_pct / 100.0, 1.0 / 12.0);
    let equilibrium = both_modes || s.mode == HashrateMode::Equilibrium;
    let (mut eq_hashrate, mut btc_usd) = (s.today.hashrate_eh_per_s, s.today.btc_usd);
    for (m, &(_, subsidy, fees, _)) in sched.rows.iter().enumerate() {
        let (chosen, other) = match s.mode {
            HashrateMode::Growth => (sched.growth_hashrate[m], if equilibrium { eq_hashrate } else { f64::NAN }),
            HashrateMode::Equilibrium => (eq_hashrate, sched.growth_hashrate[m]),
        };
        let hashprice = sched.blocks_per_day * (subsidy + fees) / (chosen * 1_000.0) * btc_usd;
        visit(m, Step { btc_usd, hashrate_eh_per_s: chosen, other_mode_eh_per_s: other, hashprice_usd_per_ph_day: hashprice });
        if equilibrium {
            eq_hashrate = equilibrium_step(s, sched, m, eq_hashrate, btc_usd);
        }
        btc_usd *= growth_per_month;
    }
}

/// Runs the outlook.
pub fn evaluate(s: &Scenario) -> Outcome {
    let sched = schedule(s, MONTHS);
    let mut outcome = deterministic_with(s, &sched);
    if s.volatility_pct > 0.0 {
        outcome.band = monte_carlo(s, sched);
    }
    outcome
}

/// The Monte Carlo fan of `s` alone: exactly [`evaluate`]'s `band` (the
/// same seeded paths), for a caller that draws the deterministic results
/// at once and the fan when the reader pauses.
pub fn fan(s: &Scenario) -> Vec<Band> {
    if s.volatility_pct > 0.0 {
        monte_carlo(s, schedule(s, MONTHS))
    } else {
        Vec::new()
    }
}

/// [`evaluate`] without the Monte Carlo fan (`band` empty): every result
/// but the fan, which none of the headline outputs reads.
pub fn deterministic(s: &Scenario) -> Outcome {
    deterministic_with(s, &schedule(s, MONTHS))
}

fn deterministic_with(s: &Scenario, sched: &Schedule) -> Outcome {
    let t = &s.today;
    let keep = 1.0 - t.pool_fee_pct / 100.0;
    let uptime = t.uptime_pct / 100.0;
    let user_power = miner::power_cost_usd_per_ph_day(t.eff_j_per_th, t.power_usd_per_kwh) * uptime;
    let months = path(s, sched);
    let start = months[0].date;
    let after_2028 = months.iter().find(|m| m.height >= 1_050_000);
    let halvings = protocol::upcoming_halvings(t.height, miner::date_of_height(t.height), s.block_time_s, 8)
        .into_iter()
        .filter(|h| start.months_until(h.date) < MONTHS as i32)
        .collect();
    let blocks_per_day = sched.blocks_per_day;
    Outcome {
        band: Vec::new(),
        halvings,
        issuance_btc_per_day_2028: protocol::subsidy_btc(1_050_000) * blocks_per_day,
        issuance_btc_per_day_2032: protocol::subsidy_btc(1_260_000) * blocks_per_day,
        hashprice_now_usd_per_ph_day: months[0].hashprice_usd_per_ph_day,
        hashprice_after_2028_usd_per_ph_day: after_2028.map(|m| m.hashprice_usd_per_ph_day),
        month_after_2028: after_2028.map(|m| m.date),
        fleet_unprofitable_month: months.iter().find(|m| m.margin_usd_per_ph_day < 0.0).map(|m| m.date),
        required_terms: RequiredTerms {
            subsidy_btc: protocol::subsidy_btc(t.height),
            subsidy_after_btc: protocol::subsidy_btc(t.height) / 2.0,
            fees_btc: t.fees_btc_per_block,
            fee_factor_4y: math::powi(1.0 + s.fee_growth_pct / 100.0, 4),
            hashrate_factor_1y: 1.0 + s.hashrate_growth_pct / 100.0,
        },
        required_btc_growth_pct: 100.0
            * required_btc_growth(
                protocol::subsidy_btc(t.height),
                t.fees_btc_per_block,
                s.fee_growth_pct / 100.0,
                s.hashrate_growth_pct / 100.0,
            ),
        breakeven_hashprice_usd_per_ph_day: user_power / (uptime * keep),
        months,
    }
}

/// The Monte Carlo fan: percentiles of hashprice per month over
/// [`MC_PATHS`] price paths (in equilibrium mode each path has its own
/// hashrate path), all months at once.
fn monte_carlo(s: &Scenario, sched: Schedule) -> Vec<Band> {
    let mut run = FanRun::with_schedule(s, sched);
    while !run.advance(MONTHS) {}
    run.into_band()
}

/// A Monte Carlo fan computed a few months at a time, so a page can spread
/// it over short tasks and drop it when the inputs change. Advancing to the
/// end gives exactly [`fan`]: the months are simulated in order from one
/// seeded generator, however the run is cut.
///
/// Works in logs, so a path-month needs no `exp`: the equilibrium step
/// h' = h^(3/4) x (c x P)^(1/4) is linear in ln h and ln P, and percentiles
/// of ln hashprice give those of hashprice.
pub struct FanRun {
    scenario: Scenario,
    sched: Schedule,
    rng: Rng,
    ln_price: Vec<f64>,
    ln_hashrate: Vec<f64>,
    row: Vec<f64>,
    band: Vec<Band>,
}

impl FanRun {
    /// A run for `s`, no month simulated yet (volatility 0: an empty fan).
    pub fn new(s: &Scenario) -> FanRun {
        FanRun::with_schedule(s, schedule(s, MONTHS))
    }

    fn with_schedule(s: &Scenario, sched: Schedule) -> FanRun {
        let paths = if s.volatility_pct > 0.0 { MC_PATHS as usize } else { 0 };
        FanRun {
            scenario: *s,
            rng: Rng::new(MC_SEED),
            ln_price: vec![math::ln(s.today.btc_usd); paths],
            ln_hashrate: vec![math::ln(s.today.hashrate_eh_per_s); paths],
            row: vec![0.0; paths],
            band: Vec::with_capacity(if paths > 0 { sched.rows.len() } else { 0 }),
            sched,
        }
    }

    /// Simulates up to `months` more months; true once the fan is complete.
    pub fn advance(&mut self, months: u32) -> bool {
        let s = &self.scenario;
        if self.ln_price.is_empty() {
            return true;
        }
        let dt = 1.0 / 12.0;
        let drift = math::ln(1.0 + s.btc_growth_pct / 100.0) * dt;
        let shock = s.volatility_pct / 100.0 * dt.sqrt();
        let k = EQUILIBRIUM_ADJUSTMENT_PER_MONTH;
        let ln_min_hashrate = math::ln(MIN_HASHRATE_EH_PER_S);
        let sched = &self.sched;
        let first = self.band.len();
        let last = (first + months as usize).min(sched.rows.len());
        for (m, &(_, subsidy, fees, eff)) in sched.rows.iter().enumerate().take(last).skip(first) {
            let ln_revenue_per_eh = math::ln(sched.blocks_per_day * (subsidy + fees) / 1_000.0);
            // ln of the equilibrium hashrate at price 1: ln H* = ln_c + ln P.
            let ln_c = math::ln(equilibrium_hashrate_eh_per_s(s, eff, subsidy + fees, 1.0, sched.blocks_per_day));
            let ln_growth_hashrate = math::ln(sched.growth_hashrate[m]);
            for p in 0..self.row.len() {
                let lp = self.ln_price[p];
                // ln hashprice; exp is monotonic, so percentiles are taken in logs.
                match s.mode {
                    HashrateMode::Growth => self.row[p] = lp,
                    HashrateMode::Equilibrium => {
                        let lh = self.ln_hashrate[p];
                        self.row[p] = lp - lh;
                        self.ln_hashrate[p] = (1.0 - k) * lh + k * (ln_c + lp).max(ln_min_hashrate);
                    }
                }
                self.ln_price[p] = lp + drift + shock * self.rng.normal();
            }
            let shift = match s.mode {
                HashrateMode::Growth => ln_revenue_per_eh - ln_growth_hashrate,
                HashrateMode::Equilibrium => ln_revenue_per_eh,
            };
            let logs = band_of(&mut self.row);
            self.band.push(Band { p10: math::exp(shift + logs.p10), p50: math::exp(shift + logs.p50), p90: math::exp(shift + logs.p90) });
        }
        self.band.len() == sched.rows.len()
    }

    /// The scenario this run is for.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The fan: one band per month simulated so far (all of them once
    /// [`FanRun::advance`] has returned true).
    pub fn into_band(self) -> Vec<Band> {
        self.band
    }
}

/// Hashprice paths under seeded random BTC price paths: the Monte Carlo's
/// log-normal walk (drift at the growth rate, `volatility_pct` a year), path
/// after path from one generator, each over the schedule's months (in
/// equilibrium mode with its own hashrate path). With no volatility each
/// path is the median path.
pub struct HashpricePaths {
    scenario: Scenario,
    months: usize,
    rng: Rng,
    shock: f64,
    /// Per month: ln of the revenue per EH/s at price 1, ln of the growth
    /// mode's hashrate, ln of the equilibrium hashrate at price 1.
    logs: Vec<(f64, f64, f64)>,
}

impl HashpricePaths {
    /// Paths for `s` on `sched`, from `seed`.
    pub fn new(s: &Scenario, sched: &Schedule, volatility_pct: f64, seed: u64) -> HashpricePaths {
        let logs = sched
            .rows
            .iter()
            .zip(&sched.growth_hashrate)
            .map(|(&(_, subsidy, fees, eff), &growth)| {
                let c = equilibrium_hashrate_eh_per_s(s, eff, subsidy + fees, 1.0, sched.blocks_per_day).max(f64::MIN_POSITIVE);
                (math::ln(sched.blocks_per_day * (subsidy + fees) / 1_000.0), math::ln(growth), math::ln(c))
            })
            .collect();
        let shock = volatility_pct / 100.0 * (1.0f64 / 12.0).sqrt();
        HashpricePaths { scenario: *s, months: sched.rows.len(), rng: Rng::new(seed), shock, logs }
    }

    /// Months in a path.
    pub fn months(&self) -> usize {
        self.months
    }

    /// The next path's hashprice of each month, USD/PH/day, into `out`
    /// (as long as the schedule).
    pub fn next(&mut self, out: &mut [f64]) {
        let s = &self.scenario;
        let drift = math::ln(1.0 + s.btc_growth_pct / 100.0) / 12.0;
        let k = EQUILIBRIUM_ADJUSTMENT_PER_MONTH;
        let ln_min_hashrate = math::ln(MIN_HASHRATE_EH_PER_S);
        let (mut lp, mut lh) = (math::ln(s.today.btc_usd), math::ln(s.today.hashrate_eh_per_s));
        for (hashprice, &(ln_revenue, ln_growth, ln_c)) in out.iter_mut().zip(&self.logs) {
            *hashprice = math::exp(match s.mode {
                HashrateMode::Growth => ln_revenue - ln_growth + lp,
                HashrateMode::Equilibrium => ln_revenue - lh + lp,
            });
            if s.mode == HashrateMode::Equilibrium {
                lh = (1.0 - k) * lh + k * (ln_c + lp).max(ln_min_hashrate);
            }
            lp += drift + if self.shock > 0.0 { self.shock * self.rng.normal() } else { 0.0 };
        }
        debug_assert_eq!(out.len(), self.months);
    }
}

/// The 10th, 50th and 90th percentiles (nearest rank) of `values`, which
/// it reorders: one selection for the median, then each tail is searched
/// only in its own half.
pub(crate) fn band_of(values: &mut [f64]) -> Band {
    let rank = |q: f64| ((values.len() - 1) as f64 * q).round() as usize;
    let (k10, k50, k90) = (rank(0.1), rank(0.5), rank(0.9));
    let p50 = select_nth(values, k50);
    let p10 = select_nth(&mut values[..k50], k10);
    let p90 = select_nth(&mut values[k50 + 1..], k90 - k50 - 1);
    Band { p10, p50, p90 }
}

/// The `k`-th smallest of `values` (0-based), which it reorders so that
/// everything before index `k` is no larger and everything after no
/// smaller. Quickselect around the median of three with a branch-free
/// Lomuto partition (random data would mispredict every branch); when no
/// value is below the pivot, the values equal to it are split off in one
/// more pass, so a zero-volatility fan stays linear. Written out rather
/// than `select_nth_unstable_by`, whose generic code is 4 KB of the wasm.
fn select_nth(values: &mut [f64], k: usize) -> f64 {
    // Moves everything `below` the pivot to the front of `values[lo..hi]`
    // and returns where that run ends.
    fn partition(values: &mut [f64], lo: usize, hi: usize, below: impl Fn(f64) -> bool) -> usize {
        let mut store = lo;
        for i in lo..hi {
            let x = values[i];
            values.swap(i, store);
            store += usize::from(below(x));
        }
        store
    }
    let (mut lo, mut hi) = (0, values.len() - 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        for (a, b) in [(lo, mid), (mid, hi), (lo, mid)] {
            if values[b] < values[a] {
                values.swap(a, b);
            }
        }
        values.swap(mid, hi);
        let pivot = values[hi];
        let store = partition(values, lo, hi, |x| x < pivot);
        values.swap(store, hi);
        if store == lo {
            // Nothing below the pivot: split off the run equal to it.
            let equal_end = partition(values, lo + 1, hi + 1, |x| x <= pivot);
            if k < equal_end {
                return pivot;
            }
            lo = equal_end;
        } else if k < store {
            hi = store - 1;
        } else if k > store {
            lo = store + 1;
        } else {
            return pivot;
        }
    }
    values[k]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{approx_eq, Tol};

    #[test]
    fn select_nth_matches_sorting() {
        let mut rng = crate::model::random::Rng::new(7);
        for len in [1, 2, 3, 10, 101, 2000] {
            for duplicates in [false, true] {
                let values: Vec<f64> = (0..len).map(|_| if duplicates { (rng.uniform() * 4.0).floor() } else { rng.uniform() }).collect();
                let mut sorted = values.clone();
                sorted.sort_by(f64::total_cmp);
                for k in [0, len / 10, len / 2, len - 1] {
                    let mut work = values.clone();
                    assert_eq!(select_nth(&mut work, k), sorted[k], "len {len} k {k}");
                    assert!(work[..k].iter().all(|v| *v <= sorted[k]) && work[k + 1..].iter().all(|v| *v >= sorted[k]));
                }
            }
        }
        let mut flat = vec![1.5; 2000];
        assert_eq!(select_nth(&mut flat, 1000), 1.5);
    }
    use crate::inputs::{InputId, Inputs, INPUTS};
    use crate::lower;
    use proptest::prelude::*;

    fn scenario() -> Scenario {
        lower::outlook(&Inputs::default())
    }

    #[test]
    fn the_hashprice_path_is_the_monthly_paths_in_both_modes() {
        for mode in [HashrateMode::Growth, HashrateMode::Equilibrium] {
            let s = Scenario { mode, ..scenario() };
            let months = monthly_path(&s, 150);
            let hashprice: Vec<f64> = months.iter().map(|m| m.hashprice_usd_per_ph_day).collect();
            assert_eq!(hashprice_path(&s, &schedule(&s, 150)), hashprice, "{mode:?}");
            // The schedule reads no BTC price: one serves any price path.
            let dearer = Scenario { today: miner::Scenario { btc_usd: s.today.btc_usd * 3.0, ..s.today }, btc_growth_pct: 45.0, ..s };
            let dearer_hashprice: Vec<f64> = monthly_path(&dearer, 150).iter().map(|m| m.hashprice_usd_per_ph_day).collect();
            assert_eq!(hashprice_path(&dearer, &schedule(&s, 150)), dearer_hashprice, "{mode:?}");
        }
    }

    #[test]
    fn issuance_after_2028_and_2032() {
        let o = evaluate(&scenario());
        assert_eq!(o.issuance_btc_per_day_2028, 225.0);
        assert_eq!(o.issuance_btc_per_day_2032, 112.5);
        assert_eq!(o.halvings[0].date.year, 2028);
        assert_eq!(o.halvings[1].date.year, 2032);
    }

    #[test]
    fn required_growth_matches_the_formula_and_the_article() {
        // ((S + F) / (S/2 + F))^(1/4) x (1 + h) - 1, hand-worked.
        let (s, f, h): (f64, f64, f64) = (3.125, 0.02, 0.26);
        let expect = ((s + f) / (s / 2.0 + f)).powf(0.25) * (1.0 + h) - 1.0;
        assert!(approx_eq(required_btc_growth(s, f, 0.0, h), expect, Tol::Abs(1e-15)));
        // No fees, 26%/yr hashrate growth: 2^(1/4) x 1.26 - 1 = 49.840%.
        assert!(approx_eq(required_btc_growth(3.125, 0.0, 0.0, 0.26), 0.498_401, Tol::Abs(1e-6)));
        // Fees that double every cycle soften it.
        assert!(required_btc_growth(3.125, 0.5, 0.19, 0.26) < required_btc_growth(3.125, 0.5, 0.0, 0.26));
    }

    #[test]
    fn hashprice_roughly_halves_at_the_2028_halving_with_nothing_else_moving() {
        let s = Scenario { btc_growth_pct: 0.0, hashrate_growth_pct: 0.0, fee_growth_pct: 0.0, ..scenario() };
        let o = evaluate(&s);
        let after = o.hashprice_after_2028_usd_per_ph_day.unwrap();
        // (1.5625 + 0.02) / (3.125 + 0.02) = 0.5032.
        assert!(approx_eq(after / o.hashprice_now_usd_per_ph_day, 1.5825 / 3.145, Tol::Abs(1e-9)), "{after}");
        assert_eq!(o.month_after_2028.unwrap().year, 2028);
    }

    #[test]
    fn at_the_required_growth_hashprice_is_flat_across_the_cycle() {
        let base = Scenario { fee_growth_pct: 0.0, hashrate_growth_pct: 26.0, ..scenario() };
        let g = required_btc_growth(3.125, base.today.fees_btc_per_block, 0.0, 0.26) * 100.0;
        let s = Scenario { btc_growth_pct: g, ..base };
        let o = evaluate(&s);
        // Compare a month before the halving with the month 48 later, both
        // inside one era each (subsidy S, then S/2).
        let before = &o.months[1];
        let after = &o.months[49];
        assert_eq!(before.subsidy_btc, 3.125);
        assert_eq!(after.subsidy_btc, 1.5625);
        assert!(approx_eq(after.hashprice_usd_per_ph_day / before.hashprice_usd_per_ph_day, 1.0, Tol::Abs(1e-9)));
    }

    #[test]
    fn band_percentiles_by_nearest_rank() {
        let mut values: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        assert_eq!(band_of(&mut values), Band { p10: 10.0, p50: 50.0, p90: 90.0 });
    }

    #[test]
    fn mean_subsidy_spans_a_halving() {
        assert_eq!(mean_subsidy_btc(1_049_000.0, 1_051_000.0), (3.125 + 1.5625) / 2.0);
        assert_eq!(mean_subsidy_btc(900_000.0, 901_000.0), 3.125);
    }

    #[test]
    fn at_equilibrium_the_marginal_fleet_earns_the_target() {
        for target in [0.0, 10.0, -20.0] {
            let s = Scenario { target_margin_pct: target, ..scenario() };
            let h = equilibrium_hashrate_eh_per_s(&s, 22.0, 3.145, 67_000.0, 144.0);
            let share = marginal_margin_share(&s, 22.0, 3.145, 67_000.0, 144.0, h);
            assert!(approx_eq(share, target / 100.0, Tol::Abs(1e-12)), "target {target}: {share}");
        }
    }

    #[test]
    fn equilibrium_mode_converges_to_the_equilibrium_when_nothing_moves() {
        let s = Scenario {
            mode: HashrateMode::Equilibrium,
            btc_growth_pct: 0.0,
            fee_growth_pct: 0.0,
            fleet_gain_pct: 0.0,
            today: miner::Scenario { height: 1_050_000, ..scenario().today },
            ..scenario()
        };
        let o = evaluate(&s);
        let m = &o.months[40];
        let h_star = equilibrium_hashrate_eh_per_s(&s, s.marginal_eff_j_per_th, m.subsidy_btc + m.fees_btc, m.btc_usd, 144.0);
        assert!(approx_eq(m.hashrate_eh_per_s / h_star, 1.0, Tol::Abs(1e-4)), "{} vs {h_star}", m.hashrate_eh_per_s);
    }

    #[test]
    fn the_fan_alone_is_the_fan_of_the_whole_evaluation() {
        let s = Scenario { volatility_pct: 60.0, ..scenario() };
        let whole = evaluate(&s);
        assert_eq!(fan(&s), whole.band);
        assert_eq!(deterministic(&s).band, Vec::new());
        assert_eq!(Outcome { band: Vec::new(), ..whole.clone() }, deterministic(&s));
        assert_eq!(fan(&scenario()), Vec::new(), "no volatility, no fan");
    }

    /// FNV-1a over the bits of every percentile: one number for a whole fan.
    fn fan_hash(band: &[Band]) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for v in band.iter().flat_map(|b| [b.p10, b.p50, b.p90]) {
            h ^= v.to_bits();
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    #[test]
    fn the_fan_is_the_one_drawn_before_it_was_cut_into_steps() {
        // Hashes of the fans computed in one piece (the code before FanRun),
        // for the defaults at 60% volatility in each mode.
        for (mode, hash) in [(HashrateMode::Growth, 0xed9e_bd2b_6c73_7ca0_u64), (HashrateMode::Equilibrium, 0x78d5_3a83_1c36_b6f1)] {
            let s = Scenario { volatility_pct: 60.0, mode, ..scenario() };
            assert_eq!(fan_hash(&fan(&s)), hash, "{mode:?}");
        }
    }

    #[test]
    fn a_fan_run_in_steps_of_any_size_is_the_fan() {
        for mode in [HashrateMode::Growth, HashrateMode::Equilibrium] {
            let s = Scenario { volatility_pct: 45.0, mode, ..scenario() };
            let whole = fan(&s);
            for step in [1, 5, 12, 143, 144, 1_000] {
                let mut run = FanRun::new(&s);
                let mut calls = 1;
                while !run.advance(step) {
                    calls += 1;
                }
                assert_eq!(calls, MONTHS.div_ceil(step), "{mode:?} step {step}");
                assert!(run.advance(step), "a finished run stays finished");
                assert_eq!(run.scenario(), &s);
                assert_eq!(run.into_band(), whole, "{mode:?} step {step}");
            }
        }
        let mut calm = FanRun::new(&scenario());
        assert!(calm.advance(1), "no volatility: nothing to run");
        assert!(calm.into_band().is_empty());
    }

    #[test]
    fn monte_carlo_is_reproducible_and_centred() {
        let s = Scenario { volatility_pct: 60.0, btc_growth_pct: 0.0, hashrate_growth_pct: 0.0, fee_growth_pct: 0.0, ..scenario() };
        let a = evaluate(&s);
        let b = evaluate(&s);
        assert_eq!(a.band, b.band, "same seed, same fan");
        assert_eq!(a.band.len(), MONTHS as usize);
        // Zero drift in log price: the median path stays at the start. After
        // 2 years at 60% volatility ln P has sd 0.85; the sample median of
        // 2,000 paths has standard error about 1.2533 x 0.85 / sqrt(2000) =
        // 0.024 in log terms: allow 4 of them.
        let m = 24;
        let ratio = a.band[m].p50 / a.months[m].hashprice_usd_per_ph_day;
        assert!(ratio.ln().abs() < 0.096, "median/deterministic = {ratio}");
        assert!(a.band[m].p10 < a.band[m].p50 && a.band[m].p50 < a.band[m].p90);
        assert!(evaluate(&Scenario { volatility_pct: 0.0, ..s }).band.is_empty());
    }

    #[test]
    fn monte_carlo_without_volatility_reproduces_the_deterministic_path() {
        // A fan of zero width is the deterministic path, in both modes: the
        // log-space Monte Carlo and the plain loop must agree.
        for mode in [HashrateMode::Growth, HashrateMode::Equilibrium] {
            let s = Scenario { mode, volatility_pct: 1e-9, ..scenario() };
            let o = evaluate(&s);
            for (m, b) in o.months.iter().zip(&o.band) {
                assert!(
                    (b.p50 / m.hashprice_usd_per_ph_day - 1.0).abs() < 1e-6,
                    "{mode:?} {}: {} vs {}",
                    m.date,
                    b.p50,
                    m.hashprice_usd_per_ph_day
                );
            }
        }
    }

    #[test]
    fn unprofitable_month_is_found_or_never() {
        let o = evaluate(&Scenario { btc_growth_pct: 0.0, ..scenario() });
        let month = o.fleet_unprofitable_month.expect("a 17.5 J/TH fleet at 5 c/kWh loses money after 2028 with a flat price");
        assert!(month.year <= 2028, "{month}");
        let rich = evaluate(&Scenario { btc_growth_pct: 80.0, ..scenario() });
        assert_eq!(rich.fleet_unprofitable_month, None);
    }

    fn in_domain(id: InputId) -> impl Strategy<Value = f64> {
        let s = id.spec();
        s.min..=s.max
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn finite_over_the_domain(
            values in proptest::collection::vec(0.0f64..=1.0, INPUTS.len()),
            growth in in_domain(InputId::BtcGrowthPct),
            vol in prop_oneof![Just(0.0), in_domain(InputId::VolatilityPct)],
            mode in 0.0f64..=1.0,
        ) {
            let mut inputs = Inputs::from_fractions(&values);
            inputs.set(InputId::BtcGrowthPct, growth).unwrap();
            inputs.set(InputId::VolatilityPct, vol).unwrap();
            inputs.set(InputId::HashrateMode, mode.round()).unwrap();
            let s = lower::outlook(&inputs);
            let o = evaluate(&s);
            for m in &o.months {
                prop_assert!(m.hashprice_usd_per_ph_day.is_finite() && m.margin_usd_per_ph_day.is_finite() && m.hashrate_eh_per_s.is_finite(),
                    "month {} not finite for {:?}", m.date, s);
            }
            for b in &o.band {
                prop_assert!(b.p10.is_finite() && b.p50.is_finite() && b.p90.is_finite(), "band not finite for {:?}", s);
            }
            prop_assert!(o.required_btc_growth_pct.is_finite(), "{:?}", s);
            prop_assert!(o.breakeven_hashprice_usd_per_ph_day.is_finite());
        }
    }
}
