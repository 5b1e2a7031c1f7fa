//! The input registry: every input of every panel declared once, with its
//! URL key, label, unit, domain, slider range, step and default. The
//! registry drives the slider, the number box, the URL key and the
//! validation, so a key means the same thing in every panel.
//!
//! Two stages: raw text (URL or number box) -> [`parse_number`] and
//! [`InputSpec::validate`] -> a value inside its domain, stored in
//! [`Inputs`]. Everything downstream reads validated [`Inputs`].

use crate::i18n::Text;

/// One input of the scenario. The discriminant indexes [`INPUTS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum InputId {
    BtcUsd,
    HashrateEhs,
    FeesBtc,
    Height,
    EffJth,
    PowerUsdKwh,
    PoolFeePct,
    UptimePct,
    BtcGrowthPct,
    HashrateGrowthPct,
    FeeGrowthPct,
    VolatilityPct,
    HashrateMode,
    BlockTimeS,
    FleetGainPct,
    MarginalEffJth,
    AsicUsdTh,
    AsicLifeYears,
    TargetMarginPct,
    DemandGw,
    SupplyGw,
    MiningGw,
    ConvertiblePct,
    ConvertedPue,
    UsSharePct,
    RussiaSharePct,
    ChinaSharePct,
    RestSharePct,
    UsLeavePct,
    OthersResponsePct,
    SiteMw,
    PueMining,
    PueAi,
    CapexUsdMPerMw,
    BuildMonths,
    BuildMining,
    LeaseUsdKwMonth,
    EscalatorPct,
    TermYears,
    OpexPct,
    ResidualPct,
    DiscountPct,
    Backstop,
    BackstopSpreadPct,
    MiningOpexUsdMwh,
    Discounted,
}

/// How an input is declared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputSpec {
    /// Which input this is.
    pub id: InputId,
    /// Its URL query key (a public contract: never renamed without a redirect).
    pub key: &'static str,
    /// Its label.
    pub label: Text,
    /// Its unit, shown beside the number box.
    pub unit: Text,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Slider range (inside `min..=max`); the number box takes the whole domain.
    pub slider_min: f64,
    /// Upper end of the slider.
    pub slider_max: f64,
    /// Slider step.
    pub step: f64,
    /// Decimals shown in the number box.
    pub decimals: u8,
    /// Default value (from the dated snapshot or a stated assumption).
    pub default: f64,
    /// For a choice: the label of each value 0, 1, ...; empty for a number.
    pub choices: &'static [Text],
}

/// The registry, in [`InputId`] order.
pub static INPUTS: &[InputSpec] = &[
    spec(InputId::BtcUsd, "btc_usd", Text::InBtcUsd, Text::UnitUsd, (1_000.0, 10_000_000.0), (10_000.0, 300_000.0), 100.0, 0, 67_000.0),
    spec(InputId::HashrateEhs, "hashrate_ehs", Text::InHashrateEhs, Text::UnitEhs, (1.0, 100_000.0), (100.0, 3_000.0), 0.1, 1, 900.9),
    spec(InputId::FeesBtc, "fees_btc", Text::InFeesBtc, Text::UnitBtcPerBlock, (0.0, 50.0), (0.0, 1.0), 0.001, 3, 0.02),
    spec(InputId::Height, "height", Text::InHeight, Text::UnitBlock, (0.0, 6_929_999.0), (840_000.0, 1_470_000.0), 1.0, 0, 935_424.0),
    spec(InputId::EffJth, "eff_jth", Text::InEffJth, Text::UnitJth, (1.0, 200.0), (5.0, 40.0), 0.1, 1, 17.5),
    spec(InputId::PowerUsdKwh, "power_usd_kwh", Text::InPowerUsdKwh, Text::UnitUsdKwh, (0.0, 1.0), (0.0, 0.15), 0.001, 3, 0.05),
    spec(InputId::PoolFeePct, "pool_fee_pct", Text::InPoolFeePct, Text::UnitPct, (0.0, 10.0), (0.0, 5.0), 0.1, 1, 2.0),
    spec(InputId::UptimePct, "uptime_pct", Text::InUptimePct, Text::UnitPct, (1.0, 100.0), (50.0, 100.0), 0.5, 1, 95.0),
    spec(InputId::BtcGrowthPct, "btc_growth_pct", Text::InBtcGrowthPct, Text::UnitPctYear, (-50.0, 200.0), (-30.0, 100.0), 1.0, 0, 20.0),
    spec(
        InputId::HashrateGrowthPct,
        "hashrate_growth_pct",
        Text::InHashrateGrowthPct,
        Text::UnitPctYear,
        (-50.0, 200.0),
        (-20.0, 80.0),
        1.0,
        0,
        26.0,
    ),
    spec(InputId::FeeGrowthPct, "fee_growth_pct", Text::InFeeGrowthPct, Text::UnitPctYear, (-50.0, 200.0), (-20.0, 50.0), 1.0, 0, 0.0),
    spec(InputId::VolatilityPct, "volatility_pct", Text::InVolatilityPct, Text::UnitPctYear, (0.0, 150.0), (0.0, 100.0), 5.0, 0, 0.0),
    choice(InputId::HashrateMode, "hashrate_mode", Text::InHashrateMode, &[Text::ModeGrowth, Text::ModeEquilibrium], 0.0),
    spec(InputId::BlockTimeS, "block_time_s", Text::InBlockTimeS, Text::UnitSeconds, (300.0, 1200.0), (540.0, 660.0), 1.0, 0, 600.0),
    spec(InputId::FleetGainPct, "fleet_gain_pct", Text::InFleetGainPct, Text::UnitPctYear, (0.0, 50.0), (0.0, 30.0), 0.5, 1, 10.0),
    spec(InputId::MarginalEffJth, "marginal_eff_jth", Text::InMarginalEffJth, Text::UnitJth, (5.0, 100.0), (10.0, 40.0), 0.5, 1, 22.0),
    spec(InputId::AsicUsdTh, "asic_usd_th", Text::InAsicUsdTh, Text::UnitUsdTh, (1.0, 200.0), (2.0, 40.0), 0.5, 1, 15.0),
    spec(InputId::AsicLifeYears, "asic_life_years", Text::InAsicLifeYears, Text::UnitYears, (1.0, 10.0), (1.0, 8.0), 0.5, 1, 4.0),
    spec(InputId::TargetMarginPct, "target_margin_pct", Text::InTargetMarginPct, Text::UnitPct, (-50.0, 50.0), (-30.0, 30.0), 1.0, 0, 0.0),
    spec(InputId::DemandGw, "demand_gw", Text::InDemandGw, Text::UnitGw, (0.0, 1_000.0), (0.0, 150.0), 1.0, 0, 74.0),
    spec(InputId::SupplyGw, "supply_gw", Text::InSupplyGw, Text::UnitGw, (0.0, 1_000.0), (0.0, 150.0), 1.0, 0, 25.0),
    spec(InputId::MiningGw, "mining_gw", Text::InMiningGw, Text::UnitGw, (0.0, 200.0), (0.0, 40.0), 0.5, 1, 20.0),
    spec(InputId::ConvertiblePct, "convertible_pct", Text::InConvertiblePct, Text::UnitPct, (0.0, 100.0), (0.0, 100.0), 1.0, 0, 80.0),
    spec(InputId::ConvertedPue, "converted_pue", Text::InConvertedPue, Text::UnitNone, (1.0, 3.0), (1.0, 2.0), 0.01, 2, 1.3),
    spec(InputId::UsSharePct, "us_share_pct", Text::InUsSharePct, Text::UnitPct, (0.0, 100.0), (0.0, 100.0), 0.1, 1, 37.5),
    spec(InputId::RussiaSharePct, "russia_share_pct", Text::InRussiaSharePct, Text::UnitPct, (0.0, 100.0), (0.0, 100.0), 0.1, 1, 16.4),
    spec(InputId::ChinaSharePct, "china_share_pct", Text::InChinaSharePct, Text::UnitPct, (0.0, 100.0), (0.0, 100.0), 0.1, 1, 11.7),
    spec(InputId::RestSharePct, "rest_share_pct", Text::InRestSharePct, Text::UnitPct, (0.1, 100.0), (0.1, 100.0), 0.1, 1, 34.4),
    spec(InputId::UsLeavePct, "us_leave_pct", Text::InUsLeavePct, Text::UnitPct, (0.0, 100.0), (0.0, 100.0), 1.0, 0, 25.0),
    spec(
        InputId::OthersResponsePct,
        "others_response_pct",
        Text::InOthersResponsePct,
        Text::UnitPct,
        (0.0, 500.0),
        (0.0, 200.0),
        5.0,
        0,
        50.0,
    ),
    spec(InputId::SiteMw, "site_mw", Text::InSiteMw, Text::UnitMw, (1.0, 5_000.0), (10.0, 1_000.0), 1.0, 0, 100.0),
    spec(InputId::PueMining, "pue_mining", Text::InPueMining, Text::UnitNone, (1.0, 2.0), (1.0, 1.4), 0.01, 2, 1.05),
    spec(InputId::PueAi, "pue_ai", Text::InPueAi, Text::UnitNone, (1.0, 3.0), (1.05, 1.6), 0.01, 2, 1.3),
    spec(InputId::CapexUsdMPerMw, "capex_usd_m_per_mw", Text::InCapexUsdMPerMw, Text::UnitUsdMPerMw, (0.0, 50.0), (2.0, 20.0), 0.1, 1, 9.0),
    spec(InputId::BuildMonths, "build_months", Text::InBuildMonths, Text::UnitMonths, (0.0, 60.0), (0.0, 36.0), 1.0, 0, 15.0),
    choice(InputId::BuildMining, "build_mining", Text::InBuildMining, &[Text::BuildContinue, Text::BuildStop, Text::BuildPhase], 0.0),
    spec(
        InputId::LeaseUsdKwMonth,
        "lease_usd_kw_month",
        Text::InLeaseUsdKwMonth,
        Text::UnitUsdKwMonth,
        (0.0, 2_000.0),
        (50.0, 300.0),
        1.0,
        0,
        150.0,
    ),
    spec(InputId::EscalatorPct, "escalator_pct", Text::InEscalatorPct, Text::UnitPctYear, (-5.0, 15.0), (0.0, 6.0), 0.1, 1, 3.0),
    spec(InputId::TermYears, "term_years", Text::InTermYears, Text::UnitYears, (1.0, 25.0), (3.0, 20.0), 1.0, 0, 10.0),
    spec(InputId::OpexPct, "opex_pct", Text::InOpexPct, Text::UnitPct, (0.0, 90.0), (0.0, 40.0), 1.0, 0, 15.0),
    spec(InputId::ResidualPct, "residual_pct", Text::InResidualPct, Text::UnitPct, (0.0, 200.0), (0.0, 100.0), 1.0, 0, 20.0),
    spec(InputId::DiscountPct, "discount_pct", Text::InDiscountPct, Text::UnitPctYear, (0.0, 50.0), (2.0, 30.0), 0.5, 1, 12.0),
    choice(InputId::Backstop, "backstop", Text::InBackstop, &[Text::No, Text::Yes], 0.0),
    spec(
        InputId::BackstopSpreadPct,
        "backstop_spread_pct",
        Text::InBackstopSpreadPct,
        Text::UnitPctPoints,
        (0.0, 20.0),
        (0.0, 10.0),
        0.5,
        1,
        4.0,
    ),
    spec(
        InputId::MiningOpexUsdMwh,
        "mining_opex_usd_mwh",
        Text::InMiningOpexUsdMwh,
        Text::UnitUsdMwh,
        (0.0, 100.0),
        (0.0, 30.0),
        0.5,
        1,
        5.0,
    ),
    choice(InputId::Discounted, "discounted", Text::InDiscounted, &[Text::CashUndiscounted, Text::CashDiscounted], 1.0),
];

/// Where each input's default comes from (or the assumption it is), in
/// [`InputId`] order: shown in the README's key table and given to the
/// library's callers. Kept apart from [`INPUTS`] so the page, which does not
/// show them, does not ship them.
pub static SOURCES: &[(InputId, &str)] = &[
    (InputId::BtcUsd, "Snapshot: BTC about USD 67,000 at the early-Feb-2026 retarget; public reporting of the retarget."),
    (InputId::HashrateEhs, "125.86 T x 2^32 / 600 = 900.9 EH/s."),
    (InputId::FeesBtc, "0.5-0.6% of the reward through late 2025 and early 2026."),
    (
        InputId::Height,
        "The retarget block of early Feb 2026 (464 x 2016). The domain stops before 6,930,000, where the subsidy reaches zero.",
    ),
    (InputId::EffJth, "Antminer S21, 17.5 J/TH."),
    (InputId::PowerUsdKwh, "Assumption: a typical US industrial power contract."),
    (InputId::PoolFeePct, "Assumption: FPPS pools charge about 2-2.5%."),
    (InputId::UptimePct, "Assumption: curtailment and downtime."),
    (InputId::BtcGrowthPct, "Assumption, below the ~50% the article says miners need."),
    (InputId::HashrateGrowthPct, "The growth under which Thiel's \"about 50% a year\" holds (F2)."),
    (InputId::FeeGrowthPct, "F4: fees have not replaced the subsidy; flat by default."),
    (InputId::VolatilityPct, "0 = no Monte Carlo; BTC's realised volatility has run at about 40-80%."),
    (InputId::HashrateMode, ""),
    (InputId::BlockTimeS, ""),
    (InputId::FleetGainPct, "Assumption: new generations cut J/TH by roughly a tenth a year."),
    (InputId::MarginalEffJth, "Hashrate Index's middle fleet group, 19-25 J/TH."),
    (InputId::AsicUsdTh, "Assumption: S21 XP about USD 25.7/TH new (Nov 2025); older gear less."),
    (InputId::AsicLifeYears, ""),
    (InputId::TargetMarginPct, "F3: \"a system heading to net zero\"."),
    (InputId::DemandGw, "Morgan Stanley (article F8): +74 GW of US data-centre demand, 2025-2028."),
    (InputId::SupplyGw, "Chosen so the shortfall is Morgan Stanley's 49 GW (F9)."),
    (InputId::MiningGw, "Morgan Stanley: miners hold almost 20 GW of large sites with firm interconnection."),
    (InputId::ConvertiblePct, "Assumption: most, not all, sites suit an AI tenant."),
    (InputId::ConvertedPue, "AI campuses run at PUE ~1.2-1.4 (site MW / IT MW of 1.25-1.45 in the public 2025 deals)."),
    (InputId::UsSharePct, "Hashrate Index via the article (F12)."),
    (InputId::RussiaSharePct, ""),
    (InputId::ChinaSharePct, ""),
    (InputId::RestSharePct, "The rest of the world, \"unknown\" included (F7); at least 0.1 so shares never sum to 0."),
    (InputId::UsLeavePct, "Assumption: a quarter of US hashrate pivots to AI."),
    (InputId::OthersResponsePct, "Assumption: others add 0.5% hashrate per 1% better hashprice."),
    (InputId::SiteMw, "Assumption: a mid-size US mining site."),
    (InputId::PueMining, "Immersion 1.03-1.10, air 1.2+; public reporting of the retarget."),
    (InputId::PueAi, "Site MW / IT MW of 1.25-1.45 in the public deals."),
    (InputId::CapexUsdMPerMw, "USD 8-11 M per IT MW (TeraWulf, Cipher disclosures), GPUs excluded."),
    (InputId::BuildMonths, "10-18 months from signing to first capacity."),
    (InputId::BuildMining, ""),
    (InputId::LeaseUsdKwMonth, "About USD 150-160 per kW of IT a month in the 2025 deals."),
    (InputId::EscalatorPct, "Hut 8 / Fluidstack: 3% a year."),
    (InputId::TermYears, "10-15 year terms."),
    (InputId::OpexPct, "NOI margins of 80-90%."),
    (InputId::ResidualPct, "Assumption: the shell and power gear keep a fifth of their cost."),
    (InputId::DiscountPct, "Assumption: a miner's cost of capital."),
    (InputId::Backstop, ""),
    (InputId::BackstopSpreadPct, "Assumption: investment-grade credit against a miner's cost of capital."),
    (InputId::MiningOpexUsdMwh, "Assumption: staff, maintenance, insurance."),
    (InputId::Discounted, ""),
];

#[allow(clippy::too_many_arguments)]
const fn spec(
    id: InputId,
    key: &'static str,
    label: Text,
    unit: Text,
    domain: (f64, f64),
    slider: (f64, f64),
    step: f64,
    decimals: u8,
    default: f64,
) -> InputSpec {
    InputSpec {
        id,
        key,
        label,
        unit,
        min: domain.0,
        max: domain.1,
        slider_min: slider.0,
        slider_max: slider.1,
        step,
        decimals,
        default,
        choices: &[],
    }
}

const fn choice(id: InputId, key: &'static str, label: Text, choices: &'static [Text], default: f64) -> InputSpec {
    let max = choices.len() as f64 - 1.0;
    InputSpec {
        id,
        key,
        label,
        unit: Text::UnitNone,
        min: 0.0,
        max,
        slider_min: 0.0,
        slider_max: max,
        step: 1.0,
        decimals: 0,
        default,
        choices,
    }
}

impl InputId {
    /// The declaration of this input.
    pub fn spec(self) -> &'static InputSpec {
        &INPUTS[self as usize]
    }

    /// Where its default comes from (empty: nothing to cite).
    pub fn source(self) -> &'static str {
        SOURCES[self as usize].1
    }
}

/// Why a raw value was not accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// The text is not a finite decimal number.
    NotANumber {
        /// The URL key of the input.
        key: &'static str,
    },
    /// A view key (`panel`, `embed`, `childId`, `lang`) with a value it does not take.
    NotAllowed {
        /// The URL key.
        key: &'static str,
    },
    /// The number lies outside the input's domain.
    OutOfRange {
        /// The URL key of the input.
        key: &'static str,
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
}

impl InputError {
    /// The URL key the error is about.
    pub fn key(&self) -> &'static str {
        match self {
            InputError::NotANumber { key } | InputError::NotAllowed { key } | InputError::OutOfRange { key, .. } => key,
        }
    }
}

impl InputSpec {
    /// Accepts `value` if it is finite and inside the domain (and, for a
    /// choice, one of its values).
    pub fn validate(&self, value: f64) -> Result<f64, InputError> {
        if !value.is_finite() || (!self.choices.is_empty() && value.fract() != 0.0) {
            return Err(InputError::NotANumber { key: self.key });
        }
        if value < self.min || value > self.max {
            return Err(InputError::OutOfRange { key: self.key, min: self.min, max: self.max });
        }
        // `-0` is 0.
        Ok(value + 0.0)
    }

    /// Parses and validates raw text (URL value or number box).
    pub fn parse(&self, text: &str) -> Result<f64, InputError> {
        let value = parse_number(text).ok_or(InputError::NotANumber { key: self.key })?;
        self.validate(value)
    }
}

/// Parses a decimal number typed by a person: Latin, Arabic-Indic or
/// Persian digits; `.`, `٫` or a lone `,` as the decimal separator;
/// `٬`, spaces and `,` in groups of three as thousands separators; an
/// optional exponent (`e`, `E` or Arabic `أس`). Reads what the page's
/// boxes show (`format::number`, `format::significant`, the browser's
/// `Intl.NumberFormat`), whose right-to-left mark before a minus sign it
/// skips. Returns `None` for anything else, and for NaN and infinities.
pub fn parse_number(text: &str) -> Option<f64> {
    // Digits to ASCII; every thousands separator but the comma becomes `'`.
    let mut ascii = String::with_capacity(text.len());
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match c {
            '0'..='9' | '.' | ',' | '-' | '+' | 'e' | 'E' => ascii.push(c),
            // Intl's Arabic letter mark or left-to-right mark before a sign.
            '\u{061C}' | '\u{200E}' if matches!(next, Some('-' | '+' | '\u{2212}')) => {}
            // أس, the exponent in Arabic (or اس, typed without the hamza).
            '\u{0623}' | '\u{0627}' if next == Some('\u{0633}') => {
                chars.next();
                ascii.push('e');
            }
            '\u{0660}'..='\u{0669}' => ascii.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => ascii.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            '\u{066B}' => ascii.push('.'),
            '\u{066C}' | ' ' | '\u{00A0}' | '\u{202F}' | '_' => ascii.push('\''),
            '\u{2212}' => ascii.push('-'),
            _ => return None,
        }
    }
    // Separators sit only between the integer part's groups of three digits
    // (where spaces group, a comma is the decimal point: `1 234,5`), and no
    // comma follows the decimal point.
    let grouped = ascii.contains('\'');
    let integer_end = ascii.find(|c| matches!(c, '.' | 'e' | 'E') || (grouped && c == ',')).unwrap_or(ascii.len());
    let (integer, rest) = ascii.split_at(integer_end);
    if rest.contains('\'') || rest.chars().skip(1).any(|c| c == ',') {
        return None;
    }
    let unsigned = integer.trim_start_matches(['-', '+']);
    if unsigned.contains('\'') {
        let mut groups = unsigned.split('\'');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
        if !first_ok || !groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
    }
    let ascii: String = ascii.chars().filter(|&c| c != '\'').collect();
    let normalised = if ascii.contains(',') {
        let integer_part = ascii.split('.').next().unwrap_or("");
        let groups: Vec<&str> = integer_part.split(',').collect();
        let thousands = groups[0].bytes().any(|b| b.is_ascii_digit())
            && groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if thousands {
            ascii.replace(',', "")
        } else if groups.len() == 2 && !ascii.contains('.') {
            ascii.replace(',', ".")
        } else {
            return None;
        }
    } else {
        ascii
    };
    if normalised.is_empty() || !normalised.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    crate::decimal::parse(&normalised)
}

/// The whole scenario's inputs, each inside its domain.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    values: Vec<f64>,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs { values: INPUTS.iter().map(|s| s.default).collect() }
    }
}

impl Inputs {
    /// The value of `id`.
    pub fn get(&self, id: InputId) -> f64 {
        self.values[id as usize]
    }

    /// Inputs spread over their domains: fraction 0 is each minimum, 1 each
    /// maximum (choices round to a value). For property tests.
    pub fn from_fractions(fractions: &[f64]) -> Inputs {
        let mut inputs = Inputs::default();
        for (spec, t) in INPUTS.iter().zip(fractions) {
            let mut v = (spec.min + t.max(0.0).min(1.0) * (spec.max - spec.min)).max(spec.min).min(spec.max);
            if !spec.choices.is_empty() {
                v = v.round();
            }
            inputs.values[spec.id as usize] = v;
        }
        inputs
    }

    /// A copy holding only `ids` (every other input at its default), so a
    /// component that reads only those compares equal when others move.
    pub fn project(&self, ids: &[InputId]) -> Inputs {
        let mut out = Inputs::default();
        for &id in ids {
            out.values[id as usize] = self.values[id as usize];
        }
        out
    }

    /// Sets `id` to `value` if it is in the domain; otherwise leaves it.
    pub fn set(&mut self, id: InputId, value: f64) -> Result<(), InputError> {
        self.values[id as usize] = id.spec().validate(value)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Option<f64>) {
        assert_eq!(parse_number(text), expect, "parse_number({text:?})");
    }

    #[test]
    fn parses_what_people_type() {
        check("12.5", Some(12.5));
        check(" 67000 ", Some(67_000.0));
        check("67,000", Some(67_000.0));
        check("1,234,567.5", Some(1_234_567.5));
        check("12,5", Some(12.5));
        check("١٢٫٥", Some(12.5));
        check("۱۲٫۵", Some(12.5));
        check("٦٧٬٠٠٠", Some(67_000.0));
        check("−5", Some(-5.0));
        check("1e3", Some(1000.0));
        check("1e999", None);
        check("NaN", None);
        check("inf", None);
        check("<script>", None);
        check("", None);
        check("-", None);
        check("1,2,3", None);
        check("1.2.3", None);
        check("1 234 567", Some(1_234_567.0));
        check("1 234,5", Some(1_234.5));
        check("٦٧٬٠٠٠٫٥", Some(67_000.5));
        check("1 2 3", None);
        check("12 34", None);
        check("1.2,3", None);
        check("0.0,5", None);
        check("1.000 5", None);
        check("1e3 0", None);
        // What the boxes show: Intl's marks before a minus, Arabic exponents.
        check("\u{061C}-٥٠", Some(-50.0));
        check("\u{200E}-50", Some(-50.0));
        check("١٫٥أس\u{061C}-٣٠", Some(1.5e-30));
        check("٩٫٠٠٩أس٣٨", Some(9.009e38));
        check("٩٫٠٠٩اس٣٨", Some(9.009e38));
        check("1.5E\u{200E}-30", Some(1.5e-30));
        check("9.009E38", Some(9.009e38));
        check("900,900,000,000,000,000,000", Some(900.9e18));
        check("٩٠٠٬٩٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠", Some(900.9e18));
        check("١٢٣٬٤٥٦٫٨", Some(123_456.8));
        // Nowhere else.
        check("5\u{061C}0", None);
        check("\u{200E}50", None);
        check("\u{200F}-50", None);
        check("أس٣", None);
        check("١أ٣", None);
        check("١س٣", None);
    }

    #[test]
    fn registry_is_in_id_order_and_defaults_are_valid() {
        assert_eq!(SOURCES.len(), INPUTS.len());
        for (i, s) in INPUTS.iter().enumerate() {
            assert_eq!(s.id as usize, i, "{} out of order", s.key);
            assert_eq!(SOURCES[i].0, s.id, "source of {} out of order", s.key);
            assert!(s.validate(s.default).is_ok(), "{} default outside its domain", s.key);
            assert!(s.min <= s.slider_min && s.slider_max <= s.max, "{} slider outside domain", s.key);
            assert!(s.step > 0.0, "{}", s.key);
        }
        let mut keys: Vec<_> = INPUTS.iter().map(|s| s.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), INPUTS.len(), "duplicate URL key");
    }

    #[test]
    fn out_of_domain_is_an_error_naming_the_key() {
        let eff = InputId::EffJth.spec();
        assert_eq!(eff.parse("-5"), Err(InputError::OutOfRange { key: "eff_jth", min: 1.0, max: 200.0 }));
        assert_eq!(eff.parse("abc").unwrap_err().key(), "eff_jth");
        let mut inputs = Inputs::default();
        assert!(inputs.set(InputId::EffJth, f64::NAN).is_err());
        assert_eq!(inputs.get(InputId::EffJth), 17.5);
    }
}
