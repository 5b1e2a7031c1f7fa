//! Property tests whose depth is chosen at run time.
//!
//! * (a) The URL decoder on any string (proptest's `".*"`) and on strings
//!   built from URL-ish fragments (registry keys, `=`, `&`, `%`, digits,
//!   Arabic-Indic digits, ...): no panic, and the rules of
//!   `tests/hostile/invariants.rs` (valid scenario, round trip, reported
//!   keys hold their defaults, the last value wins).
//! * (b) Each panel over its whole input domain (`Inputs::from_fractions`,
//!   the domain's edges included) with the volatility at 0: every output
//!   finite or Missing with a reason, every number of the outcome finite.
//! * (c) The Monte Carlo fan (volatility over its domain): every band value
//!   finite and p10 <= p50 <= p90.
//!
//! `cargo test --test deep` runs a few cases of each (64 / 64 / 8), quick
//! enough for every run. `HASHPIVOT_DEEP=1 cargo test --release --test
//! deep` runs 1,000,000 / 1,000,000 / 10,000: the deep mode, for before a
//! release or after touching the decoder or a model. `HASHPIVOT_DEEP_CASES=n`
//! sets the deep count of (a) and (b) to `n` (and of (c) to `n / 100`),
//! to measure or to go deeper still.

#[path = "hostile/invariants.rs"]
mod invariants;

use hashpivot::inputs::{InputId, Inputs, INPUTS};
use hashpivot::lower;
use hashpivot::model::outlook;
use hashpivot::panels::Panel;
use hashpivot::scenario::{ExtraRow, Scenario, EXTRA_ROWS_MAX};
use invariants::Query;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::Config;

/// (default, deep) case counts of the decoder and model properties.
const CASES: (u32, u32) = (64, 1_000_000);
/// (default, deep) case counts of the Monte Carlo property: one run draws
/// 2,000 paths x 144 months.
const MC_CASES: (u32, u32) = (8, 10_000);

/// The case count for `(default, deep)` under the environment.
fn cases((default, deep): (u32, u32)) -> u32 {
    if std::env::var("HASHPIVOT_DEEP").as_deref() != Ok("1") {
        return default;
    }
    match std::env::var("HASHPIVOT_DEEP_CASES").ok().and_then(|n| n.parse::<u32>().ok()) {
        Some(n) => (u64::from(n) * u64::from(deep) / u64::from(CASES.1)).max(1) as u32,
        None => deep,
    }
}

/// The proptest configuration for `(default, deep)` cases.
fn config(counts: (u32, u32)) -> Config {
    Config { cases: cases(counts), ..Config::default() }
}

// ---------------------------------------------------------------------------
// (a) The URL decoder.

/// Keys a URL may hold: the registry's, the wire format's, the view's, a
/// host's, and near misses.
fn key() -> impl Strategy<Value = String> {
    let known: Vec<&'static str> = INPUTS.iter().map(|s| s.key).chain(["v", "extra_shares"]).chain(invariants::VIEW_KEYS).collect();
    prop_oneof![
        6 => select(known).prop_map(String::from),
        1 => select(vec!["", "BTC_USD", "btc_usd ", "btc%5Fusd", "childid", "initialWidth", "x", "%", "pan%65l"]).prop_map(String::from),
    ]
}

/// Pieces of values: digits of three scripts, signs, separators, escapes,
/// words the decoder knows and words it must refuse.
#[rustfmt::skip]
const VALUE_FRAGMENTS: &[&str] = &[
    "0", "1", "2", "5", "9", "00", "123", "67000", "0.5", "٠", "١", "٥", "٩", "۰", "۵", "٫", "٬", "−", "-", "+", ".", ",", ";", ":", "e",
    "E", "e-", "%", "%2", "%20", "%25", "%2B", "%3C", "%3A", "%3B", "%00", "%zz", "%D9%A1", "%E2%80%8B", "%FF", " ", "NaN", "inf",
    "1e999", "x", "A", "Ελλάδα", "عُمان", "<script>", "miner", "grid", "1", "true", "latn", "arab", "ar", "en", "dark", "hp-1_a", "=",
    "&",
];

/// A value: zero to eight fragments, or digits of one script.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec(select(VALUE_FRAGMENTS), 0..8).prop_map(|v| v.concat()),
        1 => "-?[0-9]{1,7}(\\.[0-9]{1,4})?",
        1 => "[٠-٩]{1,6}(٫[٠-٩]{1,3})?",
        1 => "[A-Za-zΑ-ω ]{1,6}:[0-9]{1,3};[A-Za-z]{1,4}:[0-9]{1,2}",
    ]
}

/// `key=value&...`, keys repeating at times.
fn query() -> impl Strategy<Value = String> {
    proptest::collection::vec((key(), value(), any::<bool>()), 0..12).prop_map(|pairs| {
        pairs.iter().map(|(k, v, eq)| if *eq || v.is_empty() { format!("{k}={v}") } else { k.clone() }).collect::<Vec<_>>().join("&")
    })
}

/// Fragment soup: keys, values and separators in any order.
fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(prop_oneof![key(), select(VALUE_FRAGMENTS).prop_map(String::from), Just("=".into()), Just("&".into())], 0..30)
        .prop_map(|v| v.concat())
}

/// Every decoder rule, with the view's last-value rule only where no view
/// key repeats (`decode_view` is known to break it there).
fn check_url(query: &str) -> Result<(), TestCaseError> {
    let query = Query::new(query);
    query.check().map_err(TestCaseError::fail)?;
    if !query.view_key_repeats() {
        query.check_view_last_value().map_err(TestCaseError::fail)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(CASES))]

    #[test]
    fn decoder_on_any_string(query in ".*") {
        check_url(&query)?;
    }

    #[test]
    fn decoder_on_urlish_queries(query in query()) {
        check_url(&query)?;
    }

    #[test]
    fn decoder_on_fragment_soup(query in soup()) {
        check_url(&query)?;
    }
}

// ---------------------------------------------------------------------------
// (b) The models over their domains.

/// A position in an input's domain, its edges a quarter of the time (a
/// tuple rather than `prop_oneof!`, which costs ten times as much to
/// draw: it would dominate a deep run of the light models).
fn fraction() -> impl Strategy<Value = f64> {
    (0u8..8, 0.0..=1.0).prop_map(|(edge, inside)| match edge {
        0 => 0.0,
        1 => 1.0,
        _ => inside,
    })
}

/// Inputs anywhere in their domains, the volatility at 0 (no Monte Carlo:
/// (c) covers it).
fn inputs() -> impl Strategy<Value = Inputs> {
    proptest::collection::vec(fraction(), INPUTS.len()).prop_map(|mut f| {
        f[InputId::VolatilityPct as usize] = 0.0;
        Inputs::from_fractions(&f)
    })
}

/// Added share rows: up to the maximum, shares at their edges or inside.
fn rows() -> impl Strategy<Value = Vec<ExtraRow>> {
    let share = fraction().prop_map(|f| f * 100.0);
    proptest::collection::vec((select(vec!["Paraguay", "Ελλάδα", "عُمان", "R 1"]), share), 0..=EXTRA_ROWS_MAX)
        .prop_map(|rows| rows.into_iter().map(|(name, share_pct)| ExtraRow { name: name.into(), share_pct }).collect())
}

/// One panel's outputs and outcome for `scenario`, which must be valid.
fn check_panel(panel: Panel, scenario: &Scenario) -> Result<(), TestCaseError> {
    invariants::scenario_is_valid(scenario).map_err(TestCaseError::fail)?;
    invariants::panel_is_finite(panel, scenario).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(config(CASES))]

    #[test]
    fn miner_is_finite_over_its_domain(inputs in inputs()) {
        check_panel(Panel::Miner, &Scenario { inputs, rows: Vec::new() })?;
    }

    #[test]
    fn outlook_is_finite_over_its_domain(inputs in inputs()) {
        check_panel(Panel::Outlook, &Scenario { inputs, rows: Vec::new() })?;
    }

    #[test]
    fn pivot_is_finite_over_its_domain(inputs in inputs()) {
        check_panel(Panel::Pivot, &Scenario { inputs, rows: Vec::new() })?;
    }

    #[test]
    fn grid_is_finite_over_its_domain(inputs in inputs()) {
        check_panel(Panel::Grid, &Scenario { inputs, rows: Vec::new() })?;
    }

    #[test]
    fn geography_is_finite_over_its_domain(inputs in inputs(), rows in rows()) {
        check_panel(Panel::Geography, &Scenario { inputs, rows })?;
    }
}

// ---------------------------------------------------------------------------
// (c) The Monte Carlo fan.

proptest! {
    #![proptest_config(config(MC_CASES))]

    #[test]
    fn monte_carlo_bands_are_finite_and_ordered(
        mut f in proptest::collection::vec(fraction(), INPUTS.len()),
        volatility in fraction(),
    ) {
        // Above 0, or there is no fan.
        f[InputId::VolatilityPct as usize] = volatility.max(1e-3);
        let inputs = Inputs::from_fractions(&f);
        let outcome = outlook::evaluate(&lower::outlook(&inputs));
        prop_assert_eq!(outcome.band.len(), outcome.months.len(), "one band per month");
        for (m, b) in outcome.band.iter().enumerate() {
            prop_assert!(b.p10.is_finite() && b.p50.is_finite() && b.p90.is_finite(), "month {}: {:?}", m, b);
            prop_assert!(b.p10 <= b.p50 && b.p50 <= b.p90, "month {}: {:?}", m, b);
        }
    }
}
