//! hashpivot's models as a JavaScript library, for host pages, notebooks and
//! scripts: the same registries, keys and values as the page. Built to an
//! ES module with its wasm (`scripts/build-lib.sh`) that imports in a
//! browser and in Node without a bundler (`lib/js/hashpivot.mjs`).
//!
//! Only strings and numbers come in (the wrapper reads and checks the
//! caller's object), and what goes out is built here as fresh objects and
//! arrays ([`ToJs`]); everything else is the page's own code (`hashpivot`
//! without its `app` feature): the input registry validates, `lower` builds
//! each model's scenario, and the output registry names the results, so
//! `evaluate` gives exactly the page's `data-value`s.

use hashpivot::converter::{self, At, Field, Group};
use hashpivot::inputs::{InputError, InputId, INPUTS};
use hashpivot::outputs::{self, Value};
use hashpivot::panels::Panel;
use hashpivot::presets;
use hashpivot::scenario::{valid_row_name, valid_row_share, ExtraRow, Scenario, EXTRA_ROWS_MAX};
use hashpivot::series::{year_month, Row};
use hashpivot::url_state::ROWS_KEY;
use wasm_bindgen::prelude::*;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod dts;

// The module is single-threaded: a small free-list allocator is enough, and
// keeps the module inside its 40 KB.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32 without threads: nothing else can run while it allocates.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// One problem with the inputs given.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The key it is about (`panel` for an unknown panel).
    pub key: String,
    /// A word: `unknown_panel`, `unknown_key`, `not_a_number`, `not_a_choice`,
    /// `outside_domain`, `bad_rows`, `same_group` (a second converter field
    /// of one group); the wrapper adds `not_an_object`, `unreadable`,
    /// `not_in_panel` and `no_series`, which only it can see.
    pub reason: &'static str,
    /// The domain's smallest value, for `outside_domain`.
    pub min: Option<f64>,
    /// The domain's largest value, for `outside_domain`.
    pub max: Option<f64>,
}

/// A value handed to JavaScript.
pub trait ToJs {
    /// A fresh JavaScript value.
    fn to_js(&self) -> JsValue;
}

/// A fresh object with `entries` in their order. Written with `Reflect.set`,
/// whose exception (a setter a script put on `Object.prototype`) the glue
/// catches: no JavaScript exception unwinds through the module.
fn object(entries: impl IntoIterator<Item = (&'static str, JsValue)>) -> JsValue {
    let object: JsValue = js_sys::Object::new().into();
    for (key, value) in entries {
        set(&object, key, &value);
    }
    object
}

/// Writes `object[key] = value` (as [`object`] does).
fn set(object: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

/// A fresh array of `items` (written as [`object`] is).
fn array<T: ToJs>(items: &[T]) -> JsValue {
    let array: JsValue = js_sys::Array::new().into();
    for (i, item) in items.iter().enumerate() {
        let _ = js_sys::Reflect::set(&array, &(i as f64).into(), &item.to_js());
    }
    array
}

impl ToJs for Problem {
    /// `{ key, reason, min?, max? }`.
    fn to_js(&self) -> JsValue {
        let mut entries = vec![("key", self.key.as_str().into()), ("reason", self.reason.into())];
        if let (Some(min), Some(max)) = (self.min, self.max) {
            entries.extend([("min", min.into()), ("max", max.into())]);
        }
        object(entries)
    }
}

impl Problem {
    fn new(key: &str, reason: &'static str) -> Problem {
        Problem { key: key.to_string(), reason, min: None, max: None }
    }
}

/// The panel a name stands for.
fn panel(name: &str) -> Result<Panel, Vec<Problem>> {
    Panel::from_key(name).ok_or_else(|| vec![Problem::new("panel", "unknown_panel")])
}

/// Checks one number given for `key`.
fn check(key: &str, value: f64) -> Result<(InputId, f64), Problem> {
    let Some(spec) = INPUTS.iter().find(|s| s.key == key) else { return Err(Problem::new(key, "unknown_key")) };
    match spec.validate(value) {
        Ok(v) => Ok((spec.id, v)),
        Err(InputError::OutOfRange { min, max, .. }) => {
            Err(Problem { key: key.to_string(), reason: "outside_domain", min: Some(min), max: Some(max) })
        }
        Err(_) if !spec.choices.is_empty() && value.is_finite() => Err(Problem::new(key, "not_a_choice")),
        Err(_) => Err(Problem::new(key, "not_a_number")),
    }
}

/// Checks added share rows (None: rows that could not be read).
fn check_rows(rows: Option<Vec<(&str, f64)>>) -> Result<Vec<ExtraRow>, Problem> {
    match rows {
        Some(rows) if rows.len() <= EXTRA_ROWS_MAX && rows.iter().all(|&(name, share)| valid_row_name(name) && valid_row_share(share)) => {
            Ok(rows.into_iter().map(|(name, share_pct)| ExtraRow { name: name.to_string(), share_pct }).collect())
        }
        _ => Err(Problem::new(ROWS_KEY, "bad_rows")),
    }
}

/// The scenario `given` and `rows` describe over the defaults (no rows: none
/// added; None: rows that could not be read), or every problem in it, in the
/// order given, the rows' last.
pub fn scenario(given: Vec<(&str, f64)>, rows: Option<Vec<(&str, f64)>>) -> Result<Scenario, Vec<Problem>> {
    let mut scenario = Scenario::default();
    let mut problems = Vec::new();
    for (key, value) in given {
        match check(key, value) {
            Ok((id, v)) => {
                let _ = scenario.set(id, v);
            }
            Err(p) => problems.push(p),
        }
    }
    match check_rows(rows) {
        Ok(rows) => scenario.rows = rows,
        Err(p) => problems.push(p),
    }
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// Every output of `panel` for `scenario`: each key with a number, a
/// month (`YYYY-MM` or `never`), or null; `reasons` says why for each null.
#[derive(Debug, PartialEq)]
pub struct Evaluated {
    /// Output key -> value, as the page's `data-value`, in the page's order.
    pub outputs: Vec<(&'static str, Option<Output>)>,
    /// Output key -> reason word, for each null output.
    pub reasons: Vec<(&'static str, &'static str)>,
}

impl ToJs for Evaluated {
    /// `{ <output key>: number | 'YYYY-MM' | 'never' | null, ..., reasons: { <output key>: word } }`.
    fn to_js(&self) -> JsValue {
        let value = |output: &Option<Output>| match output {
            Some(Output::Number(v)) => JsValue::from_f64(*v),
            Some(Output::Month(month)) => month.as_str().into(),
            None => JsValue::NULL,
        };
        let reasons = object(self.reasons.iter().map(|&(key, reason)| (key, reason.into())));
        object(self.outputs.iter().map(|(key, output)| (*key, value(output))).chain([("reasons", reasons)]))
    }
}

/// One output's value.
#[derive(Debug, PartialEq)]
pub enum Output {
    /// A finite number in the unit the key names.
    Number(f64),
    /// `YYYY-MM`, or `never`.
    Month(String),
}

/// Runs `panel` on `scenario`.
pub fn evaluated(panel: Panel, scenario: &Scenario) -> Evaluated {
    let mut out = Evaluated { outputs: Vec::new(), reasons: Vec::new() };
    for (id, value) in outputs::evaluate_all(panel, scenario) {
        let key = id.spec().key;
        let shown = match value {
            Value::Number(v) => Some(Output::Number(v)),
            Value::Month(month) => Some(Output::Month(month.map_or_else(|| "never".to_string(), year_month))),
            Value::Missing(reason) => {
                out.reasons.push((key, reason.key()));
                None
            }
        };
        out.outputs.push((key, shown));
    }
    out
}

/// What is thrown for bad input: the problems, `[{ key, reason, min?, max? }]`;
/// the wrapper makes them a `HashpivotInputError`.
fn error(problems: Vec<Problem>) -> JsValue {
    array(&problems)
}

/// The rows as the wrapper passes them: names joined by a line feed (a
/// control character, which no valid name has) and one share each; None if
/// they do not pair up (a name with a line feed in it).
fn rows<'a>(names: &'a str, shares: &[f64]) -> Option<Vec<(&'a str, f64)>> {
    if names.is_empty() && shares.is_empty() {
        return Some(Vec::new());
    }
    let names: Vec<&str> = names.split('\n').collect();
    (names.len() == shares.len()).then(|| names.into_iter().zip(shares.iter().copied()).collect())
}

/// What a call asks for, checked: the panel and the scenario over the
/// defaults, and for the converter the value each group holds.
pub struct Request {
    /// The panel.
    pub panel: Panel,
    /// The registry's inputs and the added rows.
    pub scenario: Scenario,
    /// The converter's groups' values, by `Group::index` (each group's
    /// start where no field of it was given).
    pub bases: [f64; 5],
}

/// The page's BTC price and fleet efficiency in `scenario`: what the
/// converter's money and revenue follow.
fn at(scenario: &Scenario) -> At {
    At { btc_usd: scenario.inputs.get(InputId::BtcUsd), eff_j_per_th: scenario.inputs.get(InputId::EffJth) }
}

/// The converter's groups' values from the fields given (each group's
/// start where none of its fields is), or every problem with them.
pub fn bases(fields: &[(&str, Field, f64)], at: At) -> Result<[f64; 5], Vec<Problem>> {
    let mut bases = Group::ALL.map(Group::start);
    let mut given = [false; 5];
    let mut problems = Vec::new();
    for &(key, field, value) in fields {
        let group = field.group().index();
        if given[group] {
            problems.push(Problem::new(key, "same_group"));
        } else if !value.is_finite() {
            problems.push(Problem::new(key, "not_a_number"));
        } else if let Some(base) = field.base(value, at) {
            bases[group] = base;
        } else {
            problems.push(Problem { key: key.to_string(), reason: "outside_domain", min: Some(0.0), max: Some(field.largest(at)) });
        }
        given[group] = true;
    }
    if problems.is_empty() {
        Ok(bases)
    } else {
        Err(problems)
    }
}

/// Checks a call: `panel_name`, the `given` keys and values (the
/// converter's fields among them) and the added `rows`.
pub fn request(panel_name: &str, given: Vec<(&str, f64)>, rows: Option<Vec<(&str, f64)>>) -> Result<Request, Vec<Problem>> {
    let panel = panel(panel_name)?;
    let (mut fields, mut registry) = (Vec::new(), Vec::new());
    for (key, value) in given {
        match converter::field(key).filter(|_| panel == Panel::Converter) {
            Some(field) => fields.push((key, field, value)),
            None => registry.push((key, value)),
        }
    }
    let scenario = scenario(registry, rows);
    let at = at(scenario.as_ref().unwrap_or(&Scenario::default()));
    match (scenario, bases(&fields, at)) {
        (Ok(scenario), Ok(bases)) => Ok(Request { panel, scenario, bases }),
        (scenario, bases) => {
            let mut problems = scenario.err().unwrap_or_default();
            problems.extend(bases.err().unwrap_or_default());
            Err(problems)
        }
    }
}

impl Request {
    /// Every output of the panel: the output registry's, or the
    /// converter's fields.
    pub fn evaluated(&self) -> Evaluated {
        if self.panel != Panel::Converter {
            return evaluated(self.panel, &self.scenario);
        }
        let outputs =
            converter::values(self.bases, at(&self.scenario)).into_iter().map(|(key, v)| (key, Some(Output::Number(v)))).collect();
        Evaluated { outputs, reasons: Vec::new() }
    }
}

/// The call the wrapper makes: `panel_name`, the keys (joined by `,`) with
/// their `values`, the added rows' `names` (joined by a line feed) and
/// `shares`.
fn requested(panel_name: &str, keys: &str, values: &[f64], names: &str, shares: &[f64]) -> Result<Request, JsValue> {
    request(panel_name, keys.split(',').zip(values.iter().copied()).collect(), rows(names, shares)).map_err(error)
}

/// `evaluate(panel, keys, values, names, shares, check_only)`: every output
/// of `panel` (a `panel=` value) for the inputs `keys` (URL keys, and the
/// converter's field keys, joined by `,`) set to `values` over the
/// defaults, with the share rows `names` (joined by a line feed, which no
/// valid name has) and `shares`; or, with `check_only`, `undefined` once
/// they are found good. Throws the list of problems, one per bad key.
/// Never returns NaN.
///
/// Only strings and numbers cross: the JavaScript wrapper
/// (`lib/js/hashpivot.mjs`) reads the caller's object and checks its types,
/// so no getter, Proxy trap or iterator of the caller's can run (and throw)
/// while Rust frames are on the stack. The checks here are the registry's.
#[wasm_bindgen]
pub fn evaluate(panel_name: &str, keys: &str, values: &[f64], names: &str, shares: &[f64], check_only: bool) -> Result<JsValue, JsValue> {
    let request = requested(panel_name, keys, values, names, shares)?;
    Ok(if check_only { JsValue::UNDEFINED } else { request.evaluated().to_js() })
}

impl ToJs for Row {
    /// `{ month, <column>: number, ... }`.
    fn to_js(&self) -> JsValue {
        let row = object([("month", self.month.as_str().into())]);
        for &(key, v) in &self.values {
            set(&row, key, &JsValue::from_f64(v));
        }
        row
    }
}

/// `series(panel, keys, values, names, shares, check_only)`: the
/// month-by-month series of `panel`, `[{ month, <column>: number, ... }]`,
/// for the inputs as [`evaluate`] takes them (and checks them the same
/// way); `undefined` for a panel without one (the wrapper asks only for
/// those with one).
#[cfg(feature = "series")]
#[wasm_bindgen]
pub fn series(panel_name: &str, keys: &str, values: &[f64], names: &str, shares: &[f64], check_only: bool) -> Result<JsValue, JsValue> {
    let request = requested(panel_name, keys, values, names, shares)?;
    Ok(match hashpivot::series::of(request.panel, &request.scenario) {
        Some(rows) if !check_only => array(&rows),
        _ => JsValue::UNDEFINED,
    })
}

/// One input of the registry, as the library describes it.
pub struct Described {
    /// URL key.
    pub key: &'static str,
    /// Unit symbol (English), empty for a pure number or a choice.
    pub unit: &'static str,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Default value.
    pub default: f64,
    /// Where the default comes from.
    pub source: &'static str,
    /// For a choice, how many values it has (0 = a number).
    pub choices: usize,
}

impl ToJs for Described {
    /// `{ key, unit, min, max, step, default, source, choices }`.
    fn to_js(&self) -> JsValue {
        object([
            ("key", self.key.into()),
            ("unit", self.unit.into()),
            ("min", self.min.into()),
            ("max", self.max.into()),
            ("step", self.step.into()),
            ("default", self.default.into()),
            ("source", self.source.into()),
            ("choices", (self.choices as f64).into()),
        ])
    }
}

/// The inputs `panel` depends on; for the converter, its fields after them
/// (`min` 0, `max` the largest value the field takes at the default BTC
/// price and efficiency, `step` 0: no slider, `default` the page's starting
/// value in the field's unit).
pub fn described(panel: Panel) -> Vec<Described> {
    let registry = panel.reads().into_iter().map(|id: InputId| {
        let s = id.spec();
        Described {
            key: s.key,
            unit: s.unit.symbol(),
            min: s.min,
            max: s.max,
            step: s.step,
            default: s.default,
            source: id.source(),
            choices: s.choices.len(),
        }
    });
    let at = at(&Scenario::default());
    let fields = converter::fields().filter(|_| panel == Panel::Converter).map(|f| Described {
        key: f.key(),
        unit: f.symbol(),
        min: 0.0,
        max: f.largest(at),
        step: 0.0,
        default: f.value(f.group().start(), at),
        source: f.group().start_note(),
        choices: 0,
    });
    registry.chain(fields).collect()
}

/// `inputs(panel)`: the registry entries of the inputs `panel` depends on:
/// `[{ key, unit, min, max, step, default, source, choices }]`.
#[wasm_bindgen]
pub fn inputs(panel_name: &str) -> Result<JsValue, JsValue> {
    Ok(array(&described(panel(panel_name).map_err(error)?)))
}

/// A named scenario of a panel.
pub struct Named {
    /// Its id (also its prerendered page's path segment).
    pub id: &'static str,
    /// The inputs it sets; every other input takes its default.
    pub values: Vec<(&'static str, f64)>,
}

impl ToJs for Named {
    /// `{ id, values: { <input key>: number } }`.
    fn to_js(&self) -> JsValue {
        object([("id", self.id.into()), ("values", object(self.values.iter().map(|&(key, v)| (key, v.into()))))])
    }
}

/// The presets of `panel` (the claims' own scenarios included).
pub fn named(panel: Panel) -> Vec<Named> {
    presets::named_for(panel).map(|p| Named { id: p.id, values: p.values.iter().map(|&(id, v)| (id.spec().key, v)).collect() }).collect()
}

/// `presets(panel)`: `[{ id, values }]`, each the inputs it sets.
#[wasm_bindgen]
pub fn presets(panel_name: &str) -> Result<JsValue, JsValue> {
    Ok(array(&named(panel(panel_name).map_err(error)?)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hashpivot::lower;
    use hashpivot::model::calendar::Date;
    use hashpivot::model::outlook::{self, HashrateMode};
    use hashpivot::model::pivot;
    use hashpivot::series::{self, FAN_COLUMNS, OUTLOOK_COLUMNS, PIVOT_COLUMNS};

    #[test]
    fn every_problem_is_named() {
        let given = vec![("btc_usd", f64::NAN), ("eff_jth", -5.0), ("hashrate_mode", 0.5), ("nope", 1.0)];
        let problems = scenario(given, Some(vec![("<b>", 1.0)])).unwrap_err();
        let reasons: Vec<(&str, &str)> = problems.iter().map(|p| (p.key.as_str(), p.reason)).collect();
        assert_eq!(
            reasons,
            [
                ("btc_usd", "not_a_number"),
                ("eff_jth", "outside_domain"),
                ("hashrate_mode", "not_a_choice"),
                ("nope", "unknown_key"),
                ("extra_shares", "bad_rows")
            ]
        );
        assert_eq!(problems[1].min, Some(1.0));
    }

    #[test]
    fn outputs_are_the_pages_with_reasons_for_the_missing() {
        let s = scenario(vec![("lease_usd_kw_month", 0.0), ("residual_pct", 0.0)], Some(vec![])).unwrap();
        let out = evaluated(Panel::Pivot, &s);
        let get = |o: &Evaluated, key: &str| o.outputs.iter().position(|(k, _)| *k == key).unwrap();
        assert!(out.outputs[get(&out, "irr_ai_pct")].1.is_none());
        assert_eq!(out.reasons[..2], [("irr_ai_pct", "no_sign_change"), ("payback_ai_months", "never_pays_back")]);
        let miner = evaluated(Panel::Miner, &Scenario::default());
        assert!(matches!(miner.outputs[get(&miner, "issuance_btc_day")].1, Some(Output::Number(v)) if v == 450.0));
        assert_eq!(
            described(Panel::Grid).iter().map(|d| d.key).collect::<Vec<_>>(),
            ["demand_gw", "supply_gw", "mining_gw", "convertible_pct", "converted_pue"]
        );
        assert!(named(Panel::Pivot).iter().any(|n| n.id == "hut8-lease" && n.values.contains(&("lease_usd_kw_month", 128.0))));
        assert!(panel("nope").is_err());
    }

    #[test]
    fn rows_pair_up_or_are_bad() {
        assert_eq!(rows("", &[]), Some(vec![]));
        assert_eq!(rows("Paraguay\nOman", &[3.0, 1.0]), Some(vec![("Paraguay", 3.0), ("Oman", 1.0)]));
        assert_eq!(rows("", &[1.0]), Some(vec![("", 1.0)]));
        // One name with a line feed in it, one share.
        assert_eq!(rows("Para\nguay", &[3.0]), None);
        assert!(scenario(vec![], rows("Para\nguay", &[3.0])).is_err());
        assert!(scenario(vec![], rows("", &[1.0])).is_err());
    }

    #[test]
    fn the_wrapper_says_what_the_registry_says() {
        let wrapper = include_str!("../js/library.mjs");
        let list = |panels: &mut dyn Iterator<Item = Panel>| panels.map(|p| format!("'{}'", p.key())).collect::<Vec<_>>().join(", ");
        assert!(
            wrapper.contains(&format!("export const PANELS = Object.freeze([{}]);", list(&mut Panel::ALL.into_iter()))),
            "PANELS in library.mjs"
        );
        let mut with_series = Panel::ALL.into_iter().filter(|p| series::columns(*p).is_some());
        assert!(
            wrapper.contains(&format!("export const SERIES_PANELS = Object.freeze([{}]);", list(&mut with_series))),
            "SERIES_PANELS in library.mjs"
        );
        assert!(wrapper.contains(&format!("const ROWS = '{ROWS_KEY}';")));
        assert!(wrapper.contains(&format!("const ROWS_PANEL = '{}';", Panel::Geography.key())));
        // The added rows change that panel's outputs, and no other's.
        let with_rows = scenario(vec![], Some(vec![("Paraguay", 5.0)])).unwrap();
        for panel in Panel::ALL {
            let changed = evaluated(panel, &with_rows) != evaluated(panel, &Scenario::default());
            assert_eq!(changed, panel == Panel::Geography, "{panel:?}");
        }
    }

    /// Every scenario the library names: each panel's defaults, presets and
    /// claims' own scenarios (`presets::ALL`, `presets::CLAIM_ONLY`).
    fn named_scenarios() -> Vec<(String, Scenario)> {
        let mut all = vec![("defaults".to_string(), Scenario::default())];
        all.extend(presets::ALL.iter().map(|p| (p.id.to_string(), p.scenario())));
        all.extend(presets::CLAIM_ONLY.iter().map(|(_, p)| (p.id.to_string(), p.scenario())));
        // The Monte Carlo too, in both hashrate modes.
        for mode in [0.0, 1.0] {
            let mut s = Scenario::default();
            s.set(InputId::VolatilityPct, 60.0).unwrap();
            s.set(InputId::HashrateMode, mode).unwrap();
            all.push((format!("volatility 60, mode {mode}"), s));
        }
        all
    }

    /// The value of `key` in `row`.
    fn cell(row: &Row, key: &str) -> f64 {
        row.values.iter().find(|(k, _)| *k == key).unwrap_or_else(|| panic!("no {key} in {}", row.month)).1
    }

    #[test]
    fn the_outlook_series_is_the_models_outcome_for_every_named_scenario() {
        for (name, scenario) in named_scenarios() {
            let s = lower::outlook(&scenario.inputs);
            let o = outlook::evaluate(&s);
            let rows = series::outlook(&scenario);
            assert_eq!(rows.len(), o.months.len(), "{name}");
            assert_eq!(o.band.is_empty(), s.volatility_pct == 0.0, "{name}: a fan exactly when there is volatility");
            // The page draws the fan from a FanRun run in steps: the same fan.
            let mut run = outlook::FanRun::new(&s);
            while !run.advance(12) {}
            assert_eq!(run.into_band(), o.band, "{name}");
            for (m, (row, month)) in rows.iter().zip(&o.months).enumerate() {
                assert_eq!(row.month, month.date.year_month(), "{name}");
                let chosen = if s.mode == HashrateMode::Growth { "hashrate_ehs_growth_mode" } else { "hashrate_ehs_equilibrium_mode" };
                let other = if s.mode == HashrateMode::Growth { "hashrate_ehs_equilibrium_mode" } else { "hashrate_ehs_growth_mode" };
                let expect = [
                    ("btc_usd", month.btc_usd),
                    ("subsidy_btc", month.subsidy_btc),
                    ("fees_btc", month.fees_btc),
                    (chosen, month.hashrate_eh_per_s),
                    (other, month.hashrate_other_mode_eh_per_s),
                    ("hashprice_usd_ph_day", month.hashprice_usd_per_ph_day),
                    ("margin_usd_ph_day", month.margin_usd_per_ph_day),
                ];
                for (key, v) in expect {
                    assert_eq!(cell(row, key).to_bits(), v.to_bits(), "{name} {} {key}", row.month);
                }
                let keys: Vec<&str> = row.values.iter().map(|(k, _)| *k).collect();
                match o.band.get(m) {
                    Some(b) => {
                        assert_eq!(
                            [cell(row, FAN_COLUMNS[0]), cell(row, FAN_COLUMNS[1]), cell(row, FAN_COLUMNS[2])],
                            [b.p10, b.p50, b.p90]
                        );
                        assert_eq!(keys, OUTLOOK_COLUMNS.iter().chain(&FAN_COLUMNS).copied().collect::<Vec<_>>());
                    }
                    None => assert_eq!(keys, OUTLOOK_COLUMNS, "{name}"),
                }
            }
        }
    }

    #[test]
    fn the_pivot_series_is_the_models_outcome_for_every_named_scenario() {
        for (name, scenario) in named_scenarios() {
            let o = pivot::evaluate(&lower::pivot(&scenario.inputs));
            let rows = series::pivot(&scenario);
            assert_eq!(rows.len(), o.mining_cash_usd.len(), "{name}");
            let (ai, mining) = o.cumulative_usd(false);
            let (ai_d, mining_d) = o.cumulative_usd(true);
            // Each column by name, from the outcome's field or method of that meaning.
            let sources: [(&str, &[f64]); 8] = [
                ("cumulative_ai_discounted_usd", &ai_d),
                ("cumulative_mining_discounted_usd", &mining_d),
                ("cumulative_ai_usd", &ai),
                ("cumulative_mining_usd", &mining),
                ("ai_discounted_usd", &o.ai_discounted_usd),
                ("mining_discounted_usd", &o.mining_discounted_usd),
                ("ai_cash_usd", &o.ai_cash_usd),
                ("mining_cash_usd", &o.mining_cash_usd),
            ];
            for (m, row) in rows.iter().enumerate() {
                assert_eq!(row.month, o.start.plus_months(m as i32).year_month(), "{name}");
                assert_eq!(row.values.iter().map(|(k, _)| *k).collect::<Vec<_>>(), PIVOT_COLUMNS);
                for (key, source) in sources {
                    assert_eq!(cell(row, key).to_bits(), source[m].to_bits(), "{name} {} {key}", row.month);
                }
            }
            // The last month's running sums are the whole paths' (discounted: the NPVs' cash part).
            let last = rows.last().unwrap();
            assert_eq!(cell(last, "cumulative_ai_usd"), o.ai_cash_usd.iter().sum::<f64>(), "{name}");
        }
    }

    #[test]
    fn only_the_outlook_and_the_pivot_have_series() {
        for panel in Panel::ALL {
            assert_eq!(series::of(panel, &Scenario::default()).is_some(), matches!(panel, Panel::Outlook | Panel::Pivot), "{panel:?}");
        }
        // The library's months are the page's data-values.
        let fleet = evaluated(Panel::Outlook, &Scenario::default()).outputs.into_iter().find(|(k, _)| *k == "fleet_unprofitable_month");
        let month = outlook::evaluate(&lower::outlook(&Scenario::default().inputs)).fleet_unprofitable_month.unwrap();
        assert_eq!(fleet.unwrap().1, Some(Output::Month(month.year_month())));
        assert_eq!(year_month(Date::new(2029, 1, 1)), "2029-01");
    }

    /// The converter's outputs for `given`, checked.
    fn converted(given: Vec<(&str, f64)>) -> Result<Vec<(&'static str, f64)>, Vec<Problem>> {
        let out = request("converter", given, Some(vec![]))?.evaluated();
        assert!(out.reasons.is_empty());
        Ok(out.outputs.into_iter().map(|(k, v)| (k, if let Some(Output::Number(v)) = v { v } else { f64::NAN })).collect())
    }

    #[test]
    fn the_converter_gives_the_models_conversions_of_the_field_given() {
        use hashpivot::model::convert;
        let defaults = converted(vec![]).unwrap();
        assert_eq!(defaults.iter().map(|(k, _)| *k).collect::<Vec<_>>(), converter::fields().map(Field::key).collect::<Vec<_>>());
        let get = |out: &[(&str, f64)], key: &str| out.iter().find(|(k, _)| *k == key).unwrap().1;
        // The page's starting values.
        assert_eq!(get(&defaults, "conv_eh_s"), 900.9);
        assert_eq!(get(&defaults, "conv_usd"), 67_000.0);
        assert_eq!(get(&defaults, "conv_w_ph_s"), 17_500.0);
        // Each group from a field of it, at the price and efficiency given.
        let out =
            converted(vec![("conv_th_s", 250.0), ("conv_usd", 1_000.0), ("btc_usd", 80_000.0), ("conv_usd_mwh", 60.0), ("eff_jth", 20.0)])
                .unwrap();
        let (hashrate, th_s) = (&convert::HASHRATE, &convert::HASHRATE.units[1]);
        for unit in hashrate.units {
            assert_eq!(get(&out, unit.key), convert::convert(250.0, th_s, unit), "{}", unit.key);
        }
        let money = convert::money_from_btc(convert::btc_from(convert::MoneyField::Usd, 1_000.0, 80_000.0), 80_000.0);
        assert_eq!([get(&out, "conv_btc"), get(&out, "conv_sats"), get(&out, "conv_usd")], [money.btc, money.sats, money.usd]);
        let usd_per_th_day = convert::usd_per_th_day_from(convert::RevenueField::UsdPerMwh, 60.0, 20.0);
        let revenue = convert::revenue_from_usd_per_th_day(usd_per_th_day, 20.0);
        assert_eq!(
            [get(&out, "conv_usd_ph_day"), get(&out, "conv_usd_th_day"), get(&out, "conv_usd_mwh")],
            [revenue.usd_per_ph_day, revenue.usd_per_th_day, revenue.usd_per_mwh]
        );
        // Groups not given keep their start.
        assert_eq!(get(&out, "conv_mw"), 330.0);
        assert_eq!(get(&out, "conv_j_th"), 17.5);
    }

    #[test]
    fn the_converter_refuses_what_the_page_refuses() {
        let problems = converted(vec![
            ("conv_th_s", 1.0),
            ("conv_ph_s", 2.0),
            ("conv_kw", -1.0),
            ("conv_zh_s_", 1.0),
            ("conv_btc", 1e301),
            ("conv_w_ph_s", f64::NAN),
            ("btc_usd", 5.0),
        ])
        .unwrap_err();
        let reasons: Vec<(&str, &str)> = problems.iter().map(|p| (p.key.as_str(), p.reason)).collect();
        assert_eq!(
            reasons,
            [
                ("conv_zh_s_", "unknown_key"),
                ("btc_usd", "outside_domain"),
                ("conv_ph_s", "same_group"),
                ("conv_kw", "outside_domain"),
                ("conv_btc", "outside_domain"),
                ("conv_w_ph_s", "not_a_number"),
            ]
        );
        let kw = &problems[3];
        assert_eq!((kw.min, kw.max), (Some(0.0), Some(converter::field("conv_kw").unwrap().largest(at(&Scenario::default())))));
        // A field is a key of the converter only.
        assert_eq!(request("miner", vec![("conv_th_s", 1.0)], Some(vec![])).err().unwrap()[0].reason, "unknown_key");
        // The registry lists the fields after the inputs, with the page's starting values.
        let d = described(Panel::Converter);
        assert_eq!(d.iter().map(|d| d.key).take(3).collect::<Vec<_>>(), ["btc_usd", "eff_jth", "conv_h_s"]);
        let th = d.iter().find(|d| d.key == "conv_th_s").unwrap();
        assert_eq!((th.unit, th.min, th.default, th.step), ("TH/s", 0.0, 900.9e6, 0.0));
    }
}
