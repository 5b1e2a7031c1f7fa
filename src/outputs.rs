//! The output registry: every headline result of every panel declared once,
//! with its `data-output` key, label, unit, decimals and scale. Panels name
//! outputs by [`OutputId`]; the values come from a model outcome through one
//! function per panel ([`miner`], [`outlook`], ...), and [`evaluate`] runs a
//! whole panel from a [`Scenario`] (the golden table and the library use
//! it). The README's output table is generated from here.

use crate::decimal;
use crate::format;
use crate::i18n::{Lang, Text, Unit};
use crate::lower;
use crate::model::calendar::Date;
use crate::model::{geography, grid, miner, outlook, pivot};
use crate::panels::Panel;
use crate::scenario::Scenario;

/// One headline result. The discriminant indexes [`OUTPUTS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum OutputId {
    HashpriceUsdPhDay,
    MarginUsdPhDay,
    PowerCostUsdPhDay,
    BtcPerPhDay,
    BreakevenPowerUsdKwh,
    MinerBreakevenBtcUsd,
    BreakevenEffJth,
    BreakevenHashpriceUsdPhDay,
    RevenueUsdMwh,
    IssuanceBtcDay,
    RequiredBtcGrowthPct,
    FleetUnprofitableMonth,
    IssuanceBtcDay2028,
    IssuanceBtcDay2032,
    HashpriceUsdPhDayNow,
    HashpriceUsdPhDayAfter2028,
    NpvAdvantageAiUsd,
    BreakevenLeaseUsdKwMonth,
    NpvAiUsd,
    NpvMiningUsd,
    ValuePerMwAiUsd,
    ValuePerMwMiningUsd,
    IrrAiPct,
    PaybackAiMonths,
    PivotBreakevenBtcUsd,
    NpvEquityAiUsd,
    IrrEquityAiPct,
    LeasePaymentsUsd,
    LevelLeaseUsdKwMonth,
    ValueLandUsd,
    OddsAiWinsPct,
    AdvantageP10Usd,
    AdvantageP50Usd,
    AdvantageP90Usd,
    ShortfallGw,
    CoveredByMinesGw,
    ShortfallAfterGw,
    ShareOfShortfallCoveredPct,
    UsShareAfterPct,
    HashpriceChangePct,
    RussiaShareAfterPct,
    ChinaShareAfterPct,
    NetworkHashrateChangePct,
    DifficultyChangePct,
}

/// How an output is declared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutputSpec {
    /// Which output this is.
    pub id: OutputId,
    /// Its `data-output` key (a public contract: never renamed without a redirect).
    pub key: &'static str,
    /// The panel that shows it.
    pub panel: Panel,
    /// Its label.
    pub label: Text,
    /// The unit it is shown in.
    pub unit: Unit,
    /// Decimals shown.
    pub decimals: u8,
    /// Shown value = `data-value` / `scale` (1e6: USD in `data-value`, USD
    /// millions on screen).
    pub scale: f64,
    /// A headline: shown large.
    pub big: bool,
}

impl OutputSpec {
    /// For a comparison: its label when the value is negative (the other
    /// side wins), the value then shown without its sign, so the words
    /// carry it ("Mining is worth more by 9,193", never "more by -9,193").
    /// A match, not a registry column: the library, which shows no labels,
    /// then carries nothing for it.
    pub fn label_if_negative(&self) -> Option<Text> {
        match self.id {
            O::NpvAdvantageAiUsd => Some(Text::OutAdvantageMining),
            _ => None,
        }
    }

    /// The label for `value`, and whether the value is shown without its
    /// sign (a comparison the other side wins).
    pub fn label_for(&self, value: &Value) -> (Text, bool) {
        match (self.label_if_negative(), value) {
            (Some(other), Value::Number(v)) if *v < 0.0 => (other, true),
            _ => (self.label, false),
        }
    }
}

const fn out(id: OutputId, key: &'static str, panel: Panel, label: Text, unit: Unit, decimals: u8, big: bool) -> OutputSpec {
    OutputSpec { id, key, panel, label, unit, decimals, scale: 1.0, big }
}

const fn usd_m(id: OutputId, key: &'static str, label: Text, big: bool) -> OutputSpec {
    OutputSpec { id, key, panel: Panel::Pivot, label, unit: Unit::UsdM, decimals: 1, scale: 1e6, big }
}

use OutputId as O;
use Panel::{Geography, Grid, Miner, Outlook, Pivot};

/// The registry, in [`OutputId`] order (and, within a panel, in the order
/// the panel shows them).
pub static OUTPUTS: &[OutputSpec] = &[
    out(O::HashpriceUsdPhDay, "hashprice_usd_ph_day", Miner, Text::OutHashprice, Unit::UsdPhDay, 2, true),
    out(O::MarginUsdPhDay, "margin_usd_ph_day", Miner, Text::OutMargin, Unit::UsdPhDay, 2, true),
    out(O::PowerCostUsdPhDay, "power_cost_usd_ph_day", Miner, Text::OutPowerCost, Unit::UsdPhDay, 2, false),
    out(O::BtcPerPhDay, "btc_per_ph_day", Miner, Text::OutBtcPerPhDay, Unit::BtcPhDay, 6, false),
    out(O::BreakevenPowerUsdKwh, "breakeven_power_usd_kwh", Miner, Text::OutBreakevenPower, Unit::UsdKwh, 4, false),
    out(O::MinerBreakevenBtcUsd, "breakeven_btc_usd", Miner, Text::OutBreakevenBtc, Unit::Usd, 0, false),
    out(O::BreakevenEffJth, "breakeven_eff_jth", Miner, Text::OutBreakevenEff, Unit::Jth, 1, false),
    out(O::BreakevenHashpriceUsdPhDay, "breakeven_hashprice_usd_ph_day", Miner, Text::OutBreakevenHashprice, Unit::UsdPhDay, 2, false),
    out(O::RevenueUsdMwh, "revenue_usd_mwh", Miner, Text::OutRevenueMwh, Unit::UsdMwh, 2, false),
    out(O::IssuanceBtcDay, "issuance_btc_day", Miner, Text::OutIssuance, Unit::BtcDay, 2, false),
    out(O::RequiredBtcGrowthPct, "required_btc_growth_pct", Outlook, Text::OutRequiredGrowth, Unit::PctYear, 1, true),
    out(O::FleetUnprofitableMonth, "fleet_unprofitable_month", Outlook, Text::OutUnprofitableMonth, Unit::None, 0, true),
    out(O::IssuanceBtcDay2028, "issuance_btc_day_2028", Outlook, Text::OutIssuance2028, Unit::BtcDay, 2, false),
    out(O::IssuanceBtcDay2032, "issuance_btc_day_2032", Outlook, Text::OutIssuance2032, Unit::BtcDay, 2, false),
    out(O::HashpriceUsdPhDayNow, "hashprice_usd_ph_day_now", Outlook, Text::OutHashpriceNow, Unit::UsdPhDay, 2, false),
    out(O::HashpriceUsdPhDayAfter2028, "hashprice_usd_ph_day_after_2028", Outlook, Text::OutHashpriceAfter2028, Unit::UsdPhDay, 2, false),
    usd_m(O::NpvAdvantageAiUsd, "npv_advantage_ai_usd", Text::OutAdvantage, true),
    out(O::BreakevenLeaseUsdKwMonth, "breakeven_lease_usd_kw_month", Pivot, Text::OutBreakevenLease, Unit::UsdKwMonth, 1, true),
    usd_m(O::NpvAiUsd, "npv_ai_usd", Text::OutNpvAi, false),
    usd_m(O::NpvMiningUsd, "npv_mining_usd", Text::OutNpvMining, false),
    usd_m(O::ValuePerMwAiUsd, "value_per_mw_ai_usd", Text::OutPerMwAi, false),
    usd_m(O::ValuePerMwMiningUsd, "value_per_mw_mining_usd", Text::OutPerMwMining, false),
    out(O::IrrAiPct, "irr_ai_pct", Pivot, Text::OutIrrAi, Unit::PctYear, 1, false),
    out(O::PaybackAiMonths, "payback_ai_months", Pivot, Text::OutPaybackAi, Unit::Months, 0, false),
    out(O::PivotBreakevenBtcUsd, "breakeven_btc_usd", Pivot, Text::OutBreakevenBtcPivot, Unit::Usd, 0, false),
    usd_m(O::NpvEquityAiUsd, "npv_equity_ai_usd", Text::OutNpvEquityAi, false),
    out(O::IrrEquityAiPct, "irr_equity_ai_pct", Pivot, Text::OutIrrEquityAi, Unit::PctYear, 1, false),
    usd_m(O::LeasePaymentsUsd, "lease_payments_usd", Text::OutLeasePayments, false),
    out(O::LevelLeaseUsdKwMonth, "level_lease_usd_kw_month", Pivot, Text::OutLevelLease, Unit::UsdKwMonth, 1, false),
    usd_m(O::ValueLandUsd, "value_land_usd", Text::OutValueLand, false),
    out(O::OddsAiWinsPct, "odds_ai_wins_pct", Pivot, Text::OutOddsAiWins, Unit::Pct, 0, false),
    usd_m(O::AdvantageP10Usd, "advantage_p10_usd", Text::OutAdvantageP10, false),
    usd_m(O::AdvantageP50Usd, "advantage_p50_usd", Text::OutAdvantageP50, false),
    usd_m(O::AdvantageP90Usd, "advantage_p90_usd", Text::OutAdvantageP90, false),
    out(O::ShortfallGw, "shortfall_gw", Grid, Text::OutShortfall, Unit::Gw, 1, true),
    out(O::CoveredByMinesGw, "covered_by_mines_gw", Grid, Text::OutCovered, Unit::Gw, 1, true),
    out(O::ShortfallAfterGw, "shortfall_after_gw", Grid, Text::OutShortfallAfter, Unit::Gw, 1, false),
    out(O::ShareOfShortfallCoveredPct, "share_of_shortfall_covered_pct", Grid, Text::OutShareCovered, Unit::Pct, 1, false),
    out(O::UsShareAfterPct, "us_share_after_pct", Geography, Text::OutUsShareAfter, Unit::Pct, 1, true),
    out(O::HashpriceChangePct, "hashprice_change_pct", Geography, Text::OutHashpriceChange, Unit::Pct, 1, true),
    out(O::RussiaShareAfterPct, "russia_share_after_pct", Geography, Text::OutRussiaShareAfter, Unit::Pct, 1, false),
    out(O::ChinaShareAfterPct, "china_share_after_pct", Geography, Text::OutChinaShareAfter, Unit::Pct, 1, false),
    out(O::NetworkHashrateChangePct, "network_hashrate_change_pct", Geography, Text::OutNetworkChange, Unit::Pct, 1, false),
    out(O::DifficultyChangePct, "difficulty_change_pct", Geography, Text::OutDifficultyChange, Unit::Pct, 1, false),
];

impl OutputId {
    /// The declaration of this output.
    pub fn spec(self) -> &'static OutputSpec {
        &OUTPUTS[self as usize]
    }

    /// What it means, in a sentence (the README's table and the library).
    pub fn meaning(self) -> &'static str {
        MEANINGS[self as usize].1
    }
}

/// What each output means, in [`OutputId`] order. Kept apart from
/// [`OUTPUTS`] so the page, which does not show them, does not ship them.
pub static MEANINGS: &[(OutputId, &str)] = &[
    (O::HashpriceUsdPhDay, "expected revenue of 1 PH/s a day, before pool fee and downtime"),
    (O::MarginUsdPhDay, "revenue after uptime and pool fee minus power cost, per PH/s a day"),
    (O::PowerCostUsdPhDay, "power cost of 1 PH/s a day, at the uptime"),
    (O::BtcPerPhDay, "expected BTC mined by 1 PH/s a day"),
    (O::BreakevenPowerUsdKwh, "power price at which the margin is zero"),
    (O::MinerBreakevenBtcUsd, "BTC price at which the margin is zero"),
    (O::BreakevenEffJth, "fleet efficiency at which the margin is zero: a less efficient fleet (more J/TH) loses money"),
    (O::BreakevenHashpriceUsdPhDay, "hashprice (before pool fee and downtime) at which the margin is zero"),
    (O::RevenueUsdMwh, "hash revenue per MWh the fleet consumes"),
    (O::IssuanceBtcDay, "new BTC a day from the subsidy (450 now)"),
    (O::RequiredBtcGrowthPct, "BTC growth a year that keeps hashprice flat across the next halving cycle"),
    (O::FleetUnprofitableMonth, "first month the user's margin is negative, `YYYY-MM`, or `never`"),
    (O::IssuanceBtcDay2028, "new BTC a day after the 2028 halving (225)"),
    (O::IssuanceBtcDay2032, "new BTC a day after the 2032 halving (112.5)"),
    (O::HashpriceUsdPhDayNow, "hashprice in the first month"),
    (O::HashpriceUsdPhDayAfter2028, "hashprice in the first full month after the 2028 halving"),
    (O::NpvAdvantageAiUsd, "NPV of converting minus NPV of mining"),
    (O::BreakevenLeaseUsdKwMonth, "lease at which both NPVs are equal"),
    (O::NpvAiUsd, "NPV of converting the site"),
    (O::NpvMiningUsd, "NPV of keeping on mining"),
    (O::ValuePerMwAiUsd, "NPV of converting per MW of grid connection"),
    (O::ValuePerMwMiningUsd, "NPV of mining per MW of grid connection"),
    (O::IrrAiPct, "IRR of converting"),
    (O::PaybackAiMonths, "months until converting's cumulative cash turns positive"),
    (O::PivotBreakevenBtcUsd, "starting BTC price (the whole path scaled) at which mining's NPV equals converting's"),
    (O::NpvEquityAiUsd, "NPV of converting to the owners: after the debt's draws and repayments"),
    (O::IrrEquityAiPct, "IRR of the owners' cash after the debt"),
    (O::LeasePaymentsUsd, "lease payments over the term at the inputs (share leased, lease-up and escalator included), before opex"),
    (O::LevelLeaseUsdKwMonth, "the flat lease over the whole IT capacity and term that adds up to the same payments"),
    (O::ValueLandUsd, "selling the powered land to a developer today"),
    (
        O::OddsAiWinsPct,
        "share of 1,000 random BTC price paths (seeded) on which converting's NPV beats mining's; computed after a pause on the page",
    ),
    (O::AdvantageP10Usd, "NPV of converting minus mining: 10th percentile of the random price paths"),
    (O::AdvantageP50Usd, "NPV of converting minus mining: median of the random price paths"),
    (O::AdvantageP90Usd, "NPV of converting minus mining: 90th percentile of the random price paths"),
    (O::ShortfallGw, "US data-centre demand that supply does not meet"),
    (O::CoveredByMinesGw, "part of the shortfall converted mining sites cover"),
    (O::ShortfallAfterGw, "shortfall left after conversion"),
    (O::ShareOfShortfallCoveredPct, "covered as a share of the shortfall"),
    (O::UsShareAfterPct, "US share of hashrate after"),
    (O::HashpriceChangePct, "hashprice change for those who stay (BTC price fixed)"),
    (O::RussiaShareAfterPct, "Russia's share after"),
    (O::ChinaShareAfterPct, "China's share after"),
    (O::NetworkHashrateChangePct, "network hashrate change"),
    (O::DifficultyChangePct, "difficulty change after the retargets"),
];

/// Why a result does not exist for the inputs (`data-reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A breakeven outside the range the root finder searches.
    OutsideSearchRange,
    /// No IRR: the cash flows never change sign.
    NoSignChange,
    /// Cumulative cash never turns positive within the horizon.
    NeverPaysBack,
    /// The halving is not inside the horizon.
    NoHalvingInHorizon,
    /// Neither subsidy nor fees: no price makes mining pay.
    NoReward,
    /// Power costs nothing: a fleet of any efficiency pays.
    FreePower,
    /// A pool fee of 100%: no hashprice makes mining pay.
    PoolKeepsAll,
    /// On the page only: an output computed after a pause ([`AFTER_A_PAUSE`]) not computed yet.
    Pending,
}

impl Reason {
    /// Every reason, for the README's list.
    pub const ALL: [Reason; 8] = [
        Reason::OutsideSearchRange,
        Reason::NoSignChange,
        Reason::NeverPaysBack,
        Reason::NoHalvingInHorizon,
        Reason::NoReward,
        Reason::FreePower,
        Reason::PoolKeepsAll,
        Reason::Pending,
    ];

    /// The `data-reason` word.
    pub fn key(self) -> &'static str {
        match self {
            Reason::OutsideSearchRange => "outside_search_range",
            Reason::NoSignChange => "no_sign_change",
            Reason::NeverPaysBack => "never_pays_back",
            Reason::NoHalvingInHorizon => "no_halving_in_horizon",
            Reason::NoReward => "no_reward",
            Reason::FreePower => "free_power",
            Reason::PoolKeepsAll => "pool_keeps_all",
            Reason::Pending => "pending",
        }
    }

    /// What the page says instead of a number.
    pub fn text(self) -> Text {
        match self {
            Reason::OutsideSearchRange => Text::ReasonOutsideSearchRange,
            Reason::NoSignChange => Text::ReasonNoSignChange,
            Reason::NeverPaysBack => Text::ReasonNeverPaysBack,
            Reason::NoHalvingInHorizon => Text::ReasonNoHalvingInHorizon,
            Reason::NoReward => Text::ReasonNoReward,
            Reason::FreePower => Text::ReasonFreePower,
            Reason::PoolKeepsAll => Text::ReasonPoolKeepsAll,
            Reason::Pending => Text::ReasonPending,
        }
    }
}

/// The value of one output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// A finite number in the unit the key names.
    Number(f64),
    /// A month (`YYYY-MM`); None: never inside the horizon.
    Month(Option<Date>),
    /// No value exists, for this reason.
    Missing(Reason),
}

impl Value {
    /// `Number` for a finite value; a non-finite one (which the models'
    /// property tests rule out) is reported as outside the search range.
    fn number(v: f64) -> Value {
        if v.is_finite() {
            Value::Number(v)
        } else {
            Value::Missing(Reason::OutsideSearchRange)
        }
    }

    /// `Number`, or `Missing(reason)` when there is none.
    fn or(v: Option<f64>, reason: Reason) -> Value {
        v.map_or(Value::Missing(reason), Value::number)
    }

    /// The machine-readable `data-value`: a plain decimal, `YYYY-MM`,
    /// `never`, or empty when the value is missing.
    pub fn data(&self) -> String {
        match self {
            Value::Number(v) => decimal::plain(*v),
            Value::Month(Some(d)) => d.year_month(),
            Value::Month(None) => "never".into(),
            Value::Missing(_) => String::new(),
        }
    }

    /// Whether it is bad news for the reader (a loss, a month when mining
    /// stops paying).
    pub fn negative(&self) -> bool {
        match self {
            Value::Number(v) => *v < 0.0,
            Value::Month(d) => d.is_some(),
            Value::Missing(_) => false,
        }
    }
}

/// What a card (and the story, and the share card) shows for `value`: the
/// text, without its sign where the label carries it
/// ([`OutputSpec::label_for`]), and the reason's key where no value exists.
/// The page's render, its drag steps and the first module all write this.
pub fn shown(id: OutputId, value: &Value, lang: Lang) -> (String, Option<&'static str>) {
    let spec = id.spec();
    match *value {
        Value::Number(v) if spec.label_for(value).1 => (format::number(lang, v.abs() / spec.scale, spec.decimals), None),
        Value::Number(v) => (format::number(lang, v / spec.scale, spec.decimals), None),
        Value::Month(Some(d)) => (format::year_month(lang, d), None),
        Value::Month(None) => (Text::Never.get(lang).to_string(), None),
        Value::Missing(r) => (r.text().get(lang).to_string(), Some(r.key())),
    }
}

/// A panel's outputs, in the order it shows them.
pub type Values = Vec<(OutputId, Value)>;

/// The miner panel's outputs.
pub fn miner(o: &miner::Outcome) -> Values {
    vec![
        (O::HashpriceUsdPhDay, Value::number(o.hashprice_usd_per_ph_day)),
        (O::MarginUsdPhDay, Value::number(o.margin_usd_per_ph_day)),
        (O::PowerCostUsdPhDay, Value::number(o.power_cost_usd_per_ph_day)),
        (O::BtcPerPhDay, Value::number(o.btc_per_ph_day)),
        (O::BreakevenPowerUsdKwh, Value::number(o.breakeven_power_usd_per_kwh)),
        (O::MinerBreakevenBtcUsd, Value::or(o.breakeven_btc_usd, Reason::NoReward)),
        (
            O::BreakevenEffJth,
            Value::or(o.breakeven_eff_j_per_th, if o.hashprice_usd_per_ph_day > 0.0 { Reason::FreePower } else { Reason::NoReward }),
        ),
        (O::BreakevenHashpriceUsdPhDay, Value::or(o.breakeven_hashprice_usd_per_ph_day, Reason::PoolKeepsAll)),
        (O::RevenueUsdMwh, Value::number(o.revenue_usd_per_mwh)),
        (O::IssuanceBtcDay, Value::number(o.issuance_btc_per_day)),
    ]
}

/// The outlook panel's outputs.
pub fn outlook(o: &outlook::Outcome) -> Values {
    vec![
        (O::RequiredBtcGrowthPct, Value::number(o.required_btc_growth_pct)),
        (O::FleetUnprofitableMonth, Value::Month(o.fleet_unprofitable_month)),
        (O::IssuanceBtcDay2028, Value::number(o.issuance_btc_per_day_2028)),
        (O::IssuanceBtcDay2032, Value::number(o.issuance_btc_per_day_2032)),
        (O::HashpriceUsdPhDayNow, Value::number(o.hashprice_now_usd_per_ph_day)),
        (O::HashpriceUsdPhDayAfter2028, Value::or(o.hashprice_after_2028_usd_per_ph_day, Reason::NoHalvingInHorizon)),
    ]
}

/// The pivot panel's outputs.
pub fn pivot(o: &pivot::Outcome) -> Values {
    // No IRR either because the cash never changes sign, or because the
    // rate that zeroes the NPV lies outside the searched -99% to 1,000%.
    let changes_sign = o.ai_cash_usd.iter().any(|c| *c > 0.0) && o.ai_cash_usd.iter().any(|c| *c < 0.0);
    let no_irr = if changes_sign { Reason::OutsideSearchRange } else { Reason::NoSignChange };
    vec![
        (O::NpvAdvantageAiUsd, Value::number(o.npv_advantage_ai_usd)),
        (O::BreakevenLeaseUsdKwMonth, Value::or(o.breakeven_lease_usd_kw_month, Reason::OutsideSearchRange)),
        (O::NpvAiUsd, Value::number(o.npv_ai_usd)),
        (O::NpvMiningUsd, Value::number(o.npv_mining_usd)),
        (O::ValuePerMwAiUsd, Value::number(o.value_per_mw_ai_usd)),
        (O::ValuePerMwMiningUsd, Value::number(o.value_per_mw_mining_usd)),
        (O::IrrAiPct, Value::or(o.irr_ai_pct, no_irr)),
        (O::PaybackAiMonths, Value::or(o.payback_ai_months.map(f64::from), Reason::NeverPaysBack)),
        (O::PivotBreakevenBtcUsd, Value::or(o.breakeven_btc_usd, Reason::OutsideSearchRange)),
        (O::NpvEquityAiUsd, Value::number(o.npv_equity_ai_usd)),
        (O::IrrEquityAiPct, Value::or(o.irr_equity_ai_pct, no_irr)),
        (O::LeasePaymentsUsd, Value::number(o.lease_payments_usd)),
        (O::LevelLeaseUsdKwMonth, Value::number(o.level_lease_usd_kw_month)),
        (O::ValueLandUsd, Value::number(o.value_land_usd)),
    ]
}

/// The outputs a page computes only once the reader pauses (the odds'
/// thousand price paths): not in [`evaluate`], in [`evaluate_all`].
pub const AFTER_A_PAUSE: [OutputId; 4] = [O::OddsAiWinsPct, O::AdvantageP10Usd, O::AdvantageP50Usd, O::AdvantageP90Usd];

/// The pivot's odds as outputs ([`AFTER_A_PAUSE`]).
pub fn odds(o: &pivot::Odds) -> Values {
    vec![
        (O::OddsAiWinsPct, Value::number(o.ai_wins_pct)),
        (O::AdvantageP10Usd, Value::number(o.advantage_usd.p10)),
        (O::AdvantageP50Usd, Value::number(o.advantage_usd.p50)),
        (O::AdvantageP90Usd, Value::number(o.advantage_usd.p90)),
    ]
}

/// Every output of `panel` for `scenario`, those computed after a pause too
/// (the library's, the golden table's).
pub fn evaluate_all(panel: Panel, scenario: &Scenario) -> Values {
    let mut values = evaluate(panel, scenario);
    if panel == Panel::Pivot {
        values.extend(odds(&pivot::odds(&lower::pivot(&scenario.inputs))));
    }
    values
}

/// The grid panel's outputs.
pub fn grid(o: &grid::Outcome) -> Values {
    vec![
        (O::ShortfallGw, Value::number(o.shortfall_gw)),
        (O::CoveredByMinesGw, Value::number(o.covered_by_mines_gw)),
        (O::ShortfallAfterGw, Value::number(o.shortfall_after_gw)),
        (O::ShareOfShortfallCoveredPct, Value::number(o.share_of_shortfall_covered_pct)),
    ]
}

/// The geography panel's outputs.
pub fn geography(o: &geography::Outcome) -> Values {
    vec![
        (O::UsShareAfterPct, Value::number(o.after_pct[0])),
        (O::HashpriceChangePct, Value::number(o.hashprice_change_pct)),
        (O::RussiaShareAfterPct, Value::number(o.after_pct[1])),
        (O::ChinaShareAfterPct, Value::number(o.after_pct[2])),
        (O::NetworkHashrateChangePct, Value::number(o.network_hashrate_change_pct)),
        (O::DifficultyChangePct, Value::number(o.difficulty_change_pct)),
    ]
}

/// Every output of `panel` for `scenario` (empty for the converter, whose
/// fields are its own inputs), from the panel's entry in the registry.
pub fn evaluate(panel: Panel, scenario: &Scenario) -> Values {
    (panel.spec().evaluate)(scenario)
}

/// The miner panel's outputs for `scenario`.
pub fn evaluate_miner(scenario: &Scenario) -> Values {
    miner(&miner::evaluate(&lower::miner(&scenario.inputs)))
}

/// The outlook panel's outputs for `scenario`. The fan is not an output:
/// no Monte Carlo for the headline numbers.
pub fn evaluate_outlook(scenario: &Scenario) -> Values {
    outlook(&outlook::deterministic(&lower::outlook(&scenario.inputs)))
}

/// The pivot panel's outputs for `scenario`.
pub fn evaluate_pivot(scenario: &Scenario) -> Values {
    pivot(&pivot::evaluate(&lower::pivot(&scenario.inputs)))
}

/// The grid panel's outputs for `scenario`.
pub fn evaluate_grid(scenario: &Scenario) -> Values {
    grid(&grid::evaluate(&lower::grid(&scenario.inputs)))
}

/// The geography panel's outputs for `scenario` (its added rows too).
pub fn evaluate_geography(scenario: &Scenario) -> Values {
    geography(&geography::evaluate(&lower::geography(scenario)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(query: &str, panel: Panel, id: OutputId) -> Value {
        let scenario = crate::url_state::decode(query).scenario;
        evaluate(panel, &scenario).into_iter().find(|(o, _)| *o == id).unwrap().1
    }

    #[test]
    fn results_that_do_not_exist_say_why() {
        // From block 0 the 2028 halving is decades past the 12-year horizon.
        assert_eq!(value("height=0", Panel::Outlook, O::HashpriceUsdPhDayAfter2028), Value::Missing(Reason::NoHalvingInHorizon));
        // No lease income and no residual value: converting only ever costs.
        assert_eq!(value("lease_usd_kw_month=0&residual_pct=0", Panel::Pivot, O::IrrAiPct), Value::Missing(Reason::NoSignChange));
        assert_eq!(value("lease_usd_kw_month=0", Panel::Pivot, O::PaybackAiMonths), Value::Missing(Reason::NeverPaysBack));
        // Free conversion with mining running through the build: never a cost to recover.
        assert_eq!(value("capex_usd_m_per_mw=0", Panel::Pivot, O::IrrAiPct), Value::Missing(Reason::NoSignChange));
        for (query, id) in [("", O::IrrAiPct), ("", O::BreakevenLeaseUsdKwMonth)] {
            assert!(matches!(value(query, Panel::Pivot, id), Value::Number(_)), "{query} {id:?}");
        }
        assert_eq!(Value::Missing(Reason::NoSignChange).data(), "");
    }

    #[test]
    fn no_two_quantities_share_a_label() {
        use crate::i18n::Lang;
        for lang in [Lang::En, Lang::Ar] {
            let mut labels: Vec<&str> =
                OUTPUTS.iter().flat_map(|o| [Some(o.label), o.label_if_negative()]).flatten().map(|t| t.get(lang)).collect();
            // The converter's revenue (before the pool fee) is another quantity than the miner's (after it).
            labels.push(Text::ConvRevenue.get(lang));
            let count = labels.len();
            labels.sort_unstable();
            labels.dedup();
            assert_eq!(labels.len(), count, "{lang:?}: two outputs share a label");
        }
        assert!(
            Text::OutRevenueMwh.get(Lang::En).contains("after pool fee") && Text::ConvRevenue.get(Lang::En).contains("before pool fee")
        );
    }

    #[test]
    fn a_comparison_is_worded_by_who_wins() {
        let spec = O::NpvAdvantageAiUsd.spec();
        assert_eq!(spec.label_for(&Value::Number(5.0)), (Text::OutAdvantage, false));
        assert_eq!(spec.label_for(&Value::Number(-5.0)), (Text::OutAdvantageMining, true));
        assert_eq!(spec.label_for(&Value::Missing(Reason::NoSignChange)), (Text::OutAdvantage, false));
        // A plain signed quantity keeps its sign and its words.
        assert_eq!(O::HashpriceChangePct.spec().label_for(&Value::Number(-5.0)), (Text::OutHashpriceChange, false));
        let more = |en: &str| en.contains(" more by") || en.contains(" less by");
        for o in OUTPUTS.iter().filter(|o| more(o.label.get(crate::i18n::Lang::En))) {
            assert!(o.label_if_negative().is_some(), "{} compares: it needs words for the other side", o.key);
        }
    }

    #[test]
    fn registry_is_in_id_order_and_each_panel_lists_its_outputs_once() {
        for (i, o) in OUTPUTS.iter().enumerate() {
            assert_eq!(o.id as usize, i, "{} out of order", o.key);
            assert_eq!(MEANINGS[i].0, o.id, "meaning of {} out of order", o.key);
        }
        assert_eq!(MEANINGS.len(), OUTPUTS.len());
        for panel in Panel::ALL {
            let mut values: Vec<OutputId> = evaluate_all(panel, &Scenario::default()).into_iter().map(|(id, _)| id).collect();
            let now: Vec<OutputId> = evaluate(panel, &Scenario::default()).into_iter().map(|(id, _)| id).collect();
            assert_eq!(
                now,
                values.iter().copied().filter(|id| !AFTER_A_PAUSE.contains(id)).collect::<Vec<_>>(),
                "{panel:?}: all but the outputs after a pause at once"
            );
            let declared: Vec<OutputId> = OUTPUTS.iter().filter(|o| o.panel == panel).map(|o| o.id).collect();
            assert_eq!(values, declared, "{panel:?} shows its outputs in registry order");
            let mut keys: Vec<&str> = values.iter().map(|id| id.spec().key).collect();
            keys.sort_unstable();
            keys.dedup();
            values.dedup();
            assert_eq!(keys.len(), values.len(), "{panel:?} has a duplicate key");
        }
    }
}
