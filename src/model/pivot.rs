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
//!   Curtailed hours (demand response) mine nothing, draw nothing and earn
//!   the credit per MWh not drawn.
//! - Path B, convert: capex = IT MW x USD M per IT MW x (1 + overrun) (in a
//!   powered shell, the landlord's share of it), paid evenly over the build
//!   and any delay; mining during the build continues, stops or phases
//!   down, and during a delay goes on or stops; then lease = IT kW x
//!   USD/kW-month x the share leased (ramping up linearly over the lease-up
//!   months), escalating yearly, for the term; opex a share of the lease; a
//!   residual share of capex at the end.
//! - NPV at the discount rate (monthly compounding, cash at month end); the
//!   backstopped share of the lease income (and residual) is discounted at
//!   the rate minus the spread, the rest at the rate. IRR of path B's cash
//!   flows. Equity: debt drawn with the capex (interest capitalised during
//!   construction), repaid as a level annuity over its tenor from the first
//!   lease month (any balance left at the end of the horizon repaid then).
//!   Breakevens by a bracketing root finder: the lease at which NPV B = NPV A, and the
//!   scale of the BTC price path at which NPV A = NPV B.
//! - A third path: selling the powered land to a developer, USD per grid MW, today.
//! - The odds ([`OddsRun`]): seeded random BTC price paths over the whole
//!   horizon (the outlook's log-normal walk) feed the mining path; the share
//!   of paths on which converting is worth more, and percentiles of the
//!   difference.

use crate::model::calendar::Date;
use crate::model::math;
use crate::model::protocol::{self, Halving};
use crate::model::solve::{bracket_root, irr, npv};
use crate::model::{miner, outlook};

/// Days in a month on average.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;
/// Hours in a year on average.
const HOURS_PER_YEAR: f64 = 365.25 * 24.0;

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
    /// Months from the decision to the first lease payment, as planned.
    pub build_months: u32,
    /// What mining does during the build.
    pub build_mining: BuildMining,
    /// Months the build runs late (the first lease payment moves with it).
    pub delay_months: f64,
    /// Whether the site mines during a delay (otherwise it is off).
    pub delay_mining: bool,
    /// Capex beyond the plan, percent of the planned capex.
    pub capex_overrun_pct: f64,
    /// A powered shell: the tenant pays the fit-out, the landlord only
    /// `shell_capex_pct` of the capex (the lease is lower: the lease input).
    pub powered_shell: bool,
    /// In a powered shell, the landlord's share of the capex, percent.
    pub shell_capex_pct: f64,
    /// Share of the IT capacity actually leased (signed), percent.
    pub leased_pct: f64,
    /// Months from the first capacity to full occupancy (0: at once).
    pub lease_up_months: f64,
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
    /// Share of the lease income (and residual) backstopped by an
    /// investment-grade party, percent.
    pub backstop_pct: f64,
    /// How much lower the backstopped lease's rate is, percentage points.
    pub backstop_spread_pct: f64,
    /// Mining opex other than power, USD per MWh drawn.
    pub mining_opex_usd_per_mwh: f64,
    /// Hours a year the mining site is curtailed on request.
    pub curtailment_hours_per_year: f64,
    /// Demand-response credit per MWh not drawn while curtailed, USD.
    pub dr_credit_usd_per_mwh: f64,
    /// Debt share of the conversion capex, percent.
    pub debt_pct: f64,
    /// Interest rate of the debt, percent a year.
    pub debt_rate_pct: f64,
    /// Tenor of the debt, years.
    pub debt_tenor_years: f64,
    /// Price a developer pays for the powered land, USD millions per grid MW.
    pub land_usd_m_per_mw: f64,
    /// Bitcoin price volatility of the odds' paths, percent a year.
    pub odds_volatility_pct: f64,
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

    /// Months from the decision to the first lease payment: the build and its delay.
    pub fn construction_months(&self) -> u32 {
        self.build_months + self.delay_months.round() as u32
    }

    /// Months both paths are followed: the construction plus the lease term.
    pub fn horizon_months(&self) -> u32 {
        self.construction_months() + self.term_years * 12
    }

    /// Annual discount rate of the backstopped lease income, fraction.
    pub fn backed_rate(&self) -> f64 {
        (self.discount_pct - self.backstop_spread_pct) / 100.0
    }

    /// The landlord's conversion capex, USD: overrun included, in a powered
    /// shell only its share.
    pub fn capex_usd(&self) -> f64 {
        let share = if self.powered_shell { self.shell_capex_pct / 100.0 } else { 1.0 };
        self.it_mw() * self.capex_usd_m_per_it_mw * 1e6 * (1.0 + self.capex_overrun_pct / 100.0) * share
    }

    /// Lease revenue (before opex) in lease month `k` (0: the first) at
    /// `lease_usd_per_kw_month`, USD: the share leased, ramping up, escalated.
    fn lease_revenue(&self, lease_usd_per_kw_month: f64, k: usize) -> f64 {
        let ramp = self.lease_up_months.round();
        let occupancy = if ramp > 0.0 { ((k + 1) as f64 / ramp).min(1.0) } else { 1.0 };
        let year = (k / 12) as i32;
        self.it_mw() * 1_000.0 * lease_usd_per_kw_month * math::powi(1.0 + self.escalator_pct / 100.0, year) * occupancy * self.leased_pct
            / 100.0
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
    curtailment_hours_per_year: f64,
    dr_credit_usd_per_mwh: f64,
    months: u32,
}

impl Scenario {
    fn mining_site(&self) -> MiningSite {
        MiningSite {
            outlook: self.outlook,
            site_mw: self.site_mw,
            pue_mining: self.pue_mining,
            opex_usd_per_mwh: self.mining_opex_usd_per_mwh,
            curtailment_hours_per_year: self.curtailment_hours_per_year,
            dr_credit_usd_per_mwh: self.dr_credit_usd_per_mwh,
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
    let month = site.month();
    outlook::hashprice_path(&o, sched).iter().enumerate().map(|(m, &hashprice)| month.cash(m, hashprice)).collect()
}

/// What one month of mining on a site earns, from its hashprice.
struct MiningMonth {
    /// Revenue per USD/PH/day of hashprice, USD.
    revenue_per_hashprice: f64,
    /// Power and other opex of a month at full power, USD.
    running_cost: f64,
    /// Share of the hours curtailed.
    curtailed: f64,
    /// Demand-response credit of a month, USD.
    credit: f64,
    /// Fleet refresh: every so many months, this much, USD.
    refresh: (usize, f64),
}

impl MiningSite {
    fn month(&self) -> MiningMonth {
        let (o, t) = (&self.outlook, &self.outlook.today);
        let uptime = t.uptime_pct / 100.0;
        let keep = 1.0 - t.pool_fee_pct / 100.0;
        let ph = self.site_mw * 1_000.0 / (self.pue_mining * t.eff_j_per_th);
        let mwh = self.site_mw * 24.0 * DAYS_PER_MONTH * uptime;
        MiningMonth {
            revenue_per_hashprice: ph * uptime * keep * DAYS_PER_MONTH,
            running_cost: mwh * (t.power_usd_per_kwh * 1_000.0 + self.opex_usd_per_mwh),
            curtailed: (self.curtailment_hours_per_year / HOURS_PER_YEAR).min(1.0),
            credit: self.site_mw * self.curtailment_hours_per_year / 12.0 * self.dr_credit_usd_per_mwh,
            refresh: ((o.asic_life_years * 12.0).round().max(1.0) as usize, ph * 1_000.0 * o.asic_usd_per_th),
        }
    }
}

impl MiningMonth {
    /// The cash of month `m` at `hashprice` (USD/PH/day): the site switches
    /// off in a month that would lose money.
    fn cash(&self, m: usize, hashprice: f64) -> f64 {
        let running = hashprice * self.revenue_per_hashprice - self.running_cost;
        let refresh = if m > 0 && m.is_multiple_of(self.refresh.0) { self.refresh.1 } else { 0.0 };
        (running * (1.0 - self.curtailed) + self.credit).max(0.0) - refresh
    }
}

/// Both paths' monthly cash flows at a lease rate and a BTC price scale.
pub fn cash_flows(s: &Scenario, lease_usd_per_kw_month: f64, btc_scale: f64) -> CashFlows {
    let site = s.mining_site();
    with_mining(s, lease_usd_per_kw_month, mining_cash(&site, &site.schedule(), btc_scale))
}

/// Both paths' cash flows given the mining path's (which the lease does not change).
fn with_mining(s: &Scenario, lease_usd_per_kw_month: f64, mining: Vec<f64>) -> CashFlows {
    let construction = s.construction_months() as usize;
    let capex = s.capex_usd();
    let (mut ai_base, mut ai_lease) = (vec![0.0; mining.len()], vec![0.0; mining.len()]);
    for (m, cash) in mining.iter().enumerate() {
        if m < construction {
            ai_base[m] = cash * s.mining_share(m) - capex / construction as f64;
        } else {
            ai_lease[m] = s.lease_revenue(lease_usd_per_kw_month, m - construction) * (1.0 - s.opex_pct / 100.0);
        }
    }
    if construction == 0 {
        ai_base[0] -= capex;
    }
    if let Some(last) = ai_lease.last_mut() {
        *last += capex * s.residual_pct / 100.0;
    }
    CashFlows { mining, ai_base, ai_lease }
}

impl Scenario {
    /// The share of its mining cash the site keeps in construction month `m`.
    fn mining_share(&self, m: usize) -> f64 {
        let build = self.build_months as usize;
        if m >= build {
            return if self.delay_mining { 1.0 } else { 0.0 };
        }
        match self.build_mining {
            BuildMining::Continue => 1.0,
            BuildMining::Stop => 0.0,
            BuildMining::PhaseDown => 1.0 - m as f64 / build as f64,
        }
    }

    /// The debt's cash flows, USD a month: drawn with the capex (interest
    /// capitalised), then repaid as a level annuity over the tenor from the
    /// first lease month; what is left at the horizon's end is repaid then.
    fn debt_flows(&self, months: usize) -> Vec<f64> {
        let mut flows = vec![0.0; months];
        let share = self.debt_pct / 100.0;
        if share <= 0.0 || months == 0 {
            return flows;
        }
        let construction = self.construction_months() as usize;
        let drawn_months = construction.max(1);
        let rate = self.debt_rate_pct / 100.0 / 12.0;
        let tenor = (self.debt_tenor_years * 12.0).round().max(1.0);
        let mut balance = 0.0;
        let mut payment = 0.0;
        for (m, flow) in flows.iter_mut().enumerate() {
            if m == drawn_months {
                payment = if rate > 0.0 { balance * rate / (1.0 - math::powi(1.0 + rate, -(tenor as i32))) } else { balance / tenor };
            }
            balance *= 1.0 + rate;
            if m < drawn_months {
                let draw = share * self.capex_usd() / drawn_months as f64;
                balance += draw;
                *flow = draw;
                continue;
            }
            let paid = payment.min(balance);
            balance -= paid;
            *flow = -paid;
        }
        if let Some(last) = flows.last_mut() {
            *last -= balance;
        }
        flows
    }
}

/// NPVs of path A and path B, USD: the backstopped share of the lease
/// income at the backstopped rate, the rest at the discount rate.
fn npvs(s: &Scenario, flows: &CashFlows) -> (f64, f64) {
    let r = s.discount_pct / 100.0;
    let backed = s.backstop_pct / 100.0;
    let lease_backed = if backed > 0.0 { npv(s.backed_rate(), &flows.ai_lease) } else { 0.0 };
    let lease_unbacked = if backed < 1.0 { npv(r, &flows.ai_lease) } else { 0.0 };
    (npv(r, &flows.mining), npv(r, &flows.ai_base) + backed * lease_backed + (1.0 - backed) * lease_unbacked)
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
    /// NPV of converting to its equity (after the debt's flows), USD.
    pub npv_equity_ai_usd: f64,
    /// IRR of the equity's cash flows, percent a year (None: no rate makes their NPV zero).
    pub irr_equity_ai_pct: Option<f64>,
    /// Lease payments over the term at the scenario's lease (the share
    /// leased, ramp and escalator included), before opex, USD.
    pub lease_payments_usd: f64,
    /// The level rate those payments imply over the whole IT capacity and
    /// term, USD/kW-month.
    pub level_lease_usd_kw_month: f64,
    /// The powered land sold to a developer today, USD.
    pub value_land_usd: f64,
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
    let backed = s.backstop_pct / 100.0;
    // Each rate's discounting only where some of the lease is at it (a drag step runs this).
    let lease_discounted = if backed <= 0.0 {
        discounted(r, &flows.ai_lease)
    } else if backed >= 1.0 {
        discounted(s.backed_rate(), &flows.ai_lease)
    } else {
        let unbacked = discounted(r, &flows.ai_lease);
        discounted(s.backed_rate(), &flows.ai_lease).iter().zip(unbacked).map(|(b, u)| backed * b + (1.0 - backed) * u).collect()
    };
    let ai_discounted = discounted(r, &flows.ai_base).iter().zip(lease_discounted).map(|(a, b)| a + b).collect();
    let irr_ai_pct = irr(&ai_cash).map(|x| x * 100.0);
    // Without debt the equity's cash is the project's.
    let debt = (s.debt_pct > 0.0).then(|| s.debt_flows(ai_cash.len()));
    let equity = debt.as_ref().map(|debt| {
        let equity_cash: Vec<f64> = ai_cash.iter().zip(debt).map(|(c, d)| c + d).collect();
        (npv_b + npv(r, debt), irr(&equity_cash).map(|x| x * 100.0))
    });
    let lease_payments: f64 = (0..s.term_years as usize * 12).map(|k| s.lease_revenue(s.lease_usd_per_kw_month, k)).sum();
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
        irr_ai_pct,
        npv_equity_ai_usd: equity.map_or(npv_b, |e| e.0),
        irr_equity_ai_pct: equity.map_or(irr_ai_pct, |e| e.1),
        lease_payments_usd: lease_payments,
        level_lease_usd_kw_month: lease_payments / (s.it_mw() * 1_000.0 * f64::from(s.term_years) * 12.0),
        value_land_usd: s.site_mw * s.land_usd_m_per_mw * 1e6,
        payback_ai_months: payback.map(|m| m as u32 + 1),
        value_per_mw_mining_usd: npv_a / s.site_mw,
        value_per_mw_ai_usd: npv_b / s.site_mw,
        breakeven_lease_usd_kw_month: bracket_root(lease_gap, 0.0, LEASE_SEARCH_MAX, 1e-7),
        breakeven_btc_usd: bracket_root(price_gap, 1e-3, 1e3, 1e-7).map(|k| k * s.outlook.today.btc_usd),
        it_mw: s.it_mw(),
        site_ph_per_s: s.site_ph_per_s(),
        capex_usd: s.capex_usd(),
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

/// Random BTC price paths the odds follow.
pub const ODDS_PATHS: u32 = 1_000;
/// Seed of the odds' paths: the same scenario gives the same odds.
pub const ODDS_SEED: u64 = 2_028;

/// The odds that converting beats mining, over [`ODDS_PATHS`] random BTC
/// price paths.
#[derive(Clone, Debug, PartialEq)]
pub struct Odds {
    /// Share of the paths on which converting's NPV exceeds mining's, percent.
    pub ai_wins_pct: f64,
    /// Percentiles of converting's NPV minus mining's, USD.
    pub advantage_usd: outlook::Band,
    /// Converting's NPV minus mining's on each path, USD, in path order.
    pub advantages_usd: Vec<f64>,
}

impl Odds {
    /// The paths by converting's advantage in `bins` equal ranges from the
    /// 2nd to the 98th percentile (a long tail would squeeze the rest into
    /// one bar; the paths beyond count in the end ranges): each range (from,
    /// to, USD) and its share of the paths, percent.
    pub fn histogram(&self, bins: usize) -> Vec<(f64, f64, f64)> {
        if self.advantages_usd.is_empty() || bins == 0 {
            return Vec::new();
        }
        let mut values = self.advantages_usd.clone();
        let rank = |q: f64| ((values.len() - 1) as f64 * q).round() as usize;
        let (k_lo, k_hi) = (rank(0.02), rank(0.98));
        let lo = outlook::select_nth(&mut values, k_lo);
        let hi = outlook::select_nth(&mut values, k_hi);
        let width = (hi - lo) / bins as f64;
        let mut counts = vec![0usize; bins];
        for a in &self.advantages_usd {
            let i = if width > 0.0 { ((a - lo) / width).max(0.0) as usize } else { 0 };
            counts[i.min(bins - 1)] += 1;
        }
        let n = self.advantages_usd.len() as f64;
        counts.iter().enumerate().map(|(i, &c)| (lo + width * i as f64, lo + width * (i + 1) as f64, 100.0 * c as f64 / n)).collect()
    }
}

/// The odds computed a few paths at a time, so a page can spread them over
/// short tasks and drop them when the inputs change; advancing to the end
/// gives exactly [`odds`].
pub struct OddsRun {
    scenario: Scenario,
    paths: outlook::HashpricePaths,
    month: MiningMonth,
    /// Discount factor of each month at the discount rate.
    discount: Vec<f64>,
    /// Converting's NPV without the mining it does while it is built, USD.
    ai_without_mining_usd: f64,
    hashprice: Vec<f64>,
    advantages: Vec<f64>,
}

impl OddsRun {
    /// A run for `s`, no path followed yet.
    pub fn new(s: &Scenario) -> OddsRun {
        let site = s.mining_site();
        let sched = site.schedule();
        let months = site.months as usize;
        let factor = 1.0 / (1.0 + crate::model::solve::monthly_rate(s.discount_pct / 100.0));
        let discount = (1..=months).map(|m| math::powi(factor, m as i32)).collect();
        let (_, ai_without_mining_usd) = npvs(s, &with_mining(s, s.lease_usd_per_kw_month, vec![0.0; months]));
        OddsRun {
            scenario: *s,
            paths: outlook::HashpricePaths::new(&site.outlook, &sched, s.odds_volatility_pct, ODDS_SEED),
            month: site.month(),
            discount,
            ai_without_mining_usd,
            hashprice: vec![0.0; months],
            advantages: Vec::with_capacity(ODDS_PATHS as usize),
        }
    }

    /// Follows up to `paths` more paths; true once all are followed.
    pub fn advance(&mut self, paths: u32) -> bool {
        let construction = self.scenario.construction_months() as usize;
        for _ in 0..paths.min(ODDS_PATHS - self.advantages.len() as u32) {
            self.paths.next(&mut self.hashprice);
            let (mut mining, mut ai) = (0.0, self.ai_without_mining_usd);
            for (m, (&hashprice, &discount)) in self.hashprice.iter().zip(&self.discount).enumerate() {
                let cash = self.month.cash(m, hashprice) * discount;
                mining += cash;
                if m < construction {
                    ai += cash * self.scenario.mining_share(m);
                }
            }
            self.advantages.push(ai - mining);
        }
        self.advantages.len() == ODDS_PATHS as usize
    }

    /// The scenario this run is for.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The odds over the paths followed so far (all of them once
    /// [`OddsRun::advance`] has returned true).
    pub fn into_odds(self) -> Odds {
        let wins = self.advantages.iter().filter(|&&a| a > 0.0).count();
        let mut sorted = self.advantages.clone();
        let advantage_usd = if sorted.is_empty() { outlook::Band { p10: 0.0, p50: 0.0, p90: 0.0 } } else { outlook::band_of(&mut sorted) };
        Odds { ai_wins_pct: 100.0 * wins as f64 / self.advantages.len().max(1) as f64, advantage_usd, advantages_usd: self.advantages }
    }
}

/// The odds that converting beats mining for `s`.
pub fn odds(s: &Scenario) -> Odds {
    let mut run = OddsRun::new(s);
    while !run.advance(ODDS_PATHS) {}
    run.into_odds()
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
    LeasedPct,
    LeaseUpMonths,
    DelayMonths,
    CapexOverrunPct,
    BackstopPct,
    ShellCapexPct,
    CurtailmentHoursPerYear,
    DrCreditUsdPerMwh,
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
/// (x 0.8 / x 1.2) or in the lever's unit (points, months, hours, USD).
/// Financing moves the equity's returns, not the comparison of the two
/// paths, so it is not a lever here.
pub const LEVERS: [(Lever, f64, bool); 16] = [
    (Lever::LeaseUsdPerKwMonth, 0.2, true),
    (Lever::BtcUsd, 0.3, true),
    (Lever::BtcGrowthPct, 10.0, false),
    (Lever::HashrateGrowthPct, 10.0, false),
    (Lever::CapexUsdMPerItMw, 0.2, true),
    (Lever::DiscountPct, 3.0, false),
    (Lever::PowerUsdPerKwh, 0.2, true),
    (Lever::PueAi, 0.1, true),
    (Lever::LeasedPct, 20.0, false),
    (Lever::LeaseUpMonths, 6.0, false),
    (Lever::DelayMonths, 6.0, false),
    (Lever::CapexOverrunPct, 20.0, false),
    (Lever::BackstopPct, 50.0, false),
    (Lever::ShellCapexPct, 10.0, false),
    (Lever::CurtailmentHoursPerYear, 200.0, false),
    (Lever::DrCreditUsdPerMwh, 100.0, false),
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
            Lever::LeasedPct => &mut self.leased_pct,
            Lever::LeaseUpMonths => &mut self.lease_up_months,
            Lever::DelayMonths => &mut self.delay_months,
            Lever::CapexOverrunPct => &mut self.capex_overrun_pct,
            Lever::BackstopPct => &mut self.backstop_pct,
            Lever::ShellCapexPct => &mut self.shell_capex_pct,
            Lever::CurtailmentHoursPerYear => &mut self.curtailment_hours_per_year,
            Lever::DrCreditUsdPerMwh => &mut self.dr_credit_usd_per_mwh,
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
    // sixteen rows do not need the standard library's sort (5 KB of wasm).
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
        let plain = evaluate(&Scenario { backstop_pct: 0.0, ..s });
        let backed = evaluate(&Scenario { backstop_pct: 100.0, backstop_spread_pct: 4.0, ..s });
        assert!(backed.npv_ai_usd > plain.npv_ai_usd);
        assert_eq!(backed.npv_mining_usd, plain.npv_mining_usd);
    }

    /// 0% and 100% are the all-or-nothing backstop the model had: the lease
    /// income at the discount rate, or all of it at the backstopped rate.
    #[test]
    fn no_and_whole_backstop_are_the_two_old_cases_and_a_share_lies_between() {
        let s = Scenario { backstop_spread_pct: 4.0, ..scenario() };
        let f = cash_flows(&s, s.lease_usd_per_kw_month, 1.0);
        let r = s.discount_pct / 100.0;
        let unbacked = npv(r, &f.ai_base) + npv(r, &f.ai_lease);
        let backed = npv(r, &f.ai_base) + npv(r - 0.04, &f.ai_lease);
        let at = |pct: f64| evaluate(&Scenario { backstop_pct: pct, ..s }).npv_ai_usd;
        assert!(((at(0.0) - unbacked) / unbacked).abs() < 1e-9, "{} vs {unbacked}", at(0.0));
        assert!(((at(100.0) - backed) / backed).abs() < 1e-9, "{} vs {backed}", at(100.0));
        let half = at(50.0);
        assert!((half - (unbacked + backed) / 2.0).abs() < 1e-6 * backed.abs(), "half the lease at each rate");
    }

    #[test]
    fn half_the_site_leased_halves_the_lease_incomes_present_value() {
        let s = Scenario { residual_pct: 0.0, ..scenario() };
        let r = s.discount_pct / 100.0;
        let pv = |leased: f64| npv(r, &cash_flows(&Scenario { leased_pct: leased, ..s }, s.lease_usd_per_kw_month, 1.0).ai_lease);
        assert!((pv(50.0) - pv(100.0) / 2.0).abs() < 1e-9 * pv(100.0), "{} vs {}", pv(50.0), pv(100.0));
    }

    #[test]
    fn a_delay_shifts_the_first_lease_month_and_a_ramp_fills_the_site_linearly() {
        let s = scenario();
        let first = |s: &Scenario| cash_flows(s, s.lease_usd_per_kw_month, 1.0).ai_lease.iter().position(|&c| c > 0.0).unwrap();
        for delay in [0.0, 1.0, 7.0, 24.0] {
            assert_eq!(first(&Scenario { delay_months: delay, ..s }), s.build_months as usize + delay as usize);
        }
        let ramped = cash_flows(&Scenario { lease_up_months: 4.0, escalator_pct: 0.0, ..s }, 150.0, 1.0);
        let build = s.build_months as usize;
        let full = ramped.ai_lease[build + 4];
        for k in 0..4 {
            assert!((ramped.ai_lease[build + k] - full * (k + 1) as f64 / 4.0).abs() < 1e-6, "month {k} of the lease-up");
        }
        let overrun = Scenario { capex_overrun_pct: 50.0, ..s };
        assert!((overrun.capex_usd() - 1.5 * s.capex_usd()).abs() < 1e-3);
        let shell = Scenario { powered_shell: true, shell_capex_pct: 40.0, ..s };
        assert!((shell.capex_usd() - 0.4 * s.capex_usd()).abs() < 1e-3);
    }

    #[test]
    fn debt_cheaper_than_the_project_raises_the_equitys_return_and_dearer_lowers_it() {
        let s = Scenario { debt_pct: 0.0, ..lower::pivot(&presets::HUT8_LEASE.scenario().inputs) };
        let unlevered = evaluate(&s);
        let project = unlevered.irr_ai_pct.expect("the project has an IRR");
        assert_eq!(unlevered.irr_equity_ai_pct, unlevered.irr_ai_pct, "no debt: the equity is the project");
        assert_eq!(unlevered.npv_equity_ai_usd, unlevered.npv_ai_usd);
        let with_rate =
            |rate: f64| evaluate(&Scenario { debt_pct: 60.0, debt_rate_pct: rate, ..s }).irr_equity_ai_pct.expect("an equity IRR");
        assert!(with_rate(project - 3.0) > project, "cheap debt levers the return up");
        assert!(with_rate(project + 3.0) < project, "dear debt levers it down");
        // The debt is repaid in full: its flows' undiscounted sum is minus the interest.
        let debt = Scenario { debt_pct: 50.0, debt_rate_pct: 0.0, ..s }.debt_flows(s.horizon_months() as usize);
        assert!(debt.iter().sum::<f64>().abs() < 1e-3, "at 0% the draws and repayments cancel");
    }

    #[test]
    fn curtailment_paid_above_the_margin_raises_the_mining_paths_value() {
        let s = scenario();
        let base = evaluate(&s).npv_mining_usd;
        // Today's margin per MWh drawn is well under USD 100.
        let paid = evaluate(&Scenario { curtailment_hours_per_year: 500.0, dr_credit_usd_per_mwh: 500.0, ..s }).npv_mining_usd;
        let unpaid = evaluate(&Scenario { curtailment_hours_per_year: 500.0, dr_credit_usd_per_mwh: 0.0, ..s }).npv_mining_usd;
        assert!(paid > base && unpaid <= base, "{unpaid} <= {base} < {paid}");
    }

    #[test]
    fn the_land_is_worth_its_price_per_mw_today() {
        let s = scenario();
        assert_eq!(evaluate(&Scenario { land_usd_m_per_mw: 1.5, ..s }).value_land_usd, s.site_mw * 1.5e6);
    }

    #[test]
    fn the_odds_are_a_share_rising_with_the_lease_and_the_same_for_a_seed() {
        let s = scenario();
        let mut last = -1.0;
        for lease in [20.0, 60.0, 100.0, 140.0, 200.0, 400.0] {
            let o = odds(&Scenario { lease_usd_per_kw_month: lease, ..s });
            assert!((0.0..=100.0).contains(&o.ai_wins_pct));
            assert!(o.ai_wins_pct >= last, "{} at {lease} after {last}", o.ai_wins_pct);
            assert!(o.advantage_usd.p10 <= o.advantage_usd.p50 && o.advantage_usd.p50 <= o.advantage_usd.p90);
            last = o.ai_wins_pct;
        }
        assert_eq!(odds(&s), odds(&s), "deterministic for a seed");
        let mut run = OddsRun::new(&s);
        while !run.advance(37) {}
        assert_eq!(run.into_odds(), odds(&s), "cut into steps of any size, the same odds");
    }

    #[test]
    fn the_histogram_counts_every_path_once() {
        let o = odds(&scenario());
        let bins = o.histogram(10);
        assert_eq!(bins.len(), 10);
        assert!((bins.iter().map(|b| b.2).sum::<f64>() - 100.0).abs() < 1e-9);
        assert!(bins.windows(2).all(|w| (w[0].1 - w[1].0).abs() < 1e-6 * w[0].1.abs().max(1.0)));
    }

    #[test]
    fn without_volatility_every_path_is_the_median_path() {
        let s = Scenario { odds_volatility_pct: 0.0, ..scenario() };
        let o = odds(&s);
        let advantage = evaluate(&s).npv_advantage_ai_usd;
        for a in &o.advantages_usd {
            assert!((a - advantage).abs() < 1e-6 * advantage.abs().max(1.0), "{a} vs {advantage}");
        }
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
            for (name, v) in [("npv_equity", o.npv_equity_ai_usd), ("payments", o.lease_payments_usd), ("level", o.level_lease_usd_kw_month), ("land", o.value_land_usd)] {
                prop_assert!(v.is_finite(), "{} = {} for {:?}", name, v, s);
            }
            prop_assert!(o.irr_equity_ai_pct.is_none_or(f64::is_finite));
        }

        #[test]
        fn the_odds_are_finite_over_the_domain(fractions in proptest::collection::vec(0.0f64..=1.0, crate::inputs::INPUTS.len())) {
            let s = lower::pivot(&Inputs::from_fractions(&fractions));
            let o = odds(&s);
            prop_assert!((0.0..=100.0).contains(&o.ai_wins_pct));
            prop_assert!([o.advantage_usd.p10, o.advantage_usd.p50, o.advantage_usd.p90].iter().all(|v| v.is_finite()), "{:?} for {:?}", o.advantage_usd, s);
        }
    }
}
