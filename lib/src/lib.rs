//! hashpivot's models as a JavaScript library, for host pages, notebooks and
//! scripts: the same registries, keys and values as the page. Built to an
//! ES module with its wasm (`scripts/build-lib.sh`) that imports in a
//! browser and in Node without a bundler (`lib/js/hashpivot.mjs`).
//!
//! The boundary is converted with `serde-wasm-bindgen`; everything else is
//! the page's own code (`hashpivot` without its `app` feature): the input
//! registry validates, `lower` builds each model's scenario, and the output
//! registry names the results, so `evaluate` gives exactly the page's
//! `data-value`s.

use hashpivot::i18n::Text;
use hashpivot::inputs::{InputError, InputId, INPUTS};
use hashpivot::outputs::{self, Value};
use hashpivot::presets;
use hashpivot::scenario::{valid_row_name, valid_row_share, ExtraRow, Scenario, EXTRA_ROWS_MAX};
use hashpivot::url_state::{Panel, ROWS_KEY};
use serde::Serialize;
use wasm_bindgen::prelude::*;

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
    /// The key it is about (`panel` for an unknown panel, `inputs` when the
    /// inputs are not an object).
    pub key: String,
    /// A word: `unknown_panel`, `not_an_object`, `unknown_key`, `not_a_number`,
    /// `not_a_choice`, `outside_domain`, `bad_rows`.
    pub reason: &'static str,
    /// The domain's smallest value, for `outside_domain`.
    pub min: Option<f64>,
    /// The domain's largest value, for `outside_domain`.
    pub max: Option<f64>,
}

// Objects are written as maps, not structs: serde-wasm-bindgen caches
// struct field names in a hash map, which would add kilobytes to the module.
impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("key", &self.key)?;
        map.serialize_entry("reason", self.reason)?;
        if let (Some(min), Some(max)) = (self.min, self.max) {
            map.serialize_entry("min", &min)?;
            map.serialize_entry("max", &max)?;
        }
        map.end()
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

/// Checks added share rows.
fn check_rows(rows: Vec<(String, f64)>) -> Result<Vec<ExtraRow>, Problem> {
    let valid = rows.len() <= EXTRA_ROWS_MAX && rows.iter().all(|(name, share)| valid_row_name(name) && valid_row_share(*share));
    if valid {
        Ok(rows.into_iter().map(|(name, share_pct)| ExtraRow { name, share_pct }).collect())
    } else {
        Err(Problem::new(ROWS_KEY, "bad_rows"))
    }
}

/// The scenario `given` describes over the defaults, or every problem in
/// it, in the order given.
pub fn scenario(given: Vec<(String, f64)>, rows: Option<Vec<(String, f64)>>) -> Result<Scenario, Vec<Problem>> {
    let mut scenario = Scenario::default();
    let mut problems = Vec::new();
    for (key, value) in given {
        match check(&key, value) {
            Ok((id, v)) => {
                let _ = scenario.set(id, v);
            }
            Err(p) => problems.push(p),
        }
    }
    match rows.map(check_rows) {
        Some(Ok(rows)) => scenario.rows = rows,
        Some(Err(p)) => problems.push(p),
        None => {}
    }
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// Key-value pairs written as a JavaScript object, in their order (a
/// `BTreeMap` would sort them, and bring a sort into the module).
pub struct Pairs<V>(pub Vec<(&'static str, V)>);

impl<V: Serialize> Serialize for Pairs<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Every output of `panel` for `scenario`: each key with a number, a
/// month (`YYYY-MM` or `never`), or null; `reasons` says why for each null.
pub struct Evaluated {
    /// Output key -> value, as the page's `data-value`, in the page's order.
    pub outputs: Vec<(&'static str, Option<Output>)>,
    /// Output key -> reason word, for each null output.
    pub reasons: Pairs<&'static str>,
}

impl Serialize for Evaluated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.outputs.len() + 1))?;
        for (key, value) in &self.outputs {
            map.serialize_entry(key, value)?;
        }
        map.serialize_entry("reasons", &self.reasons)?;
        map.end()
    }
}

/// One output's value.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Output {
    /// A finite number in the unit the key names.
    Number(f64),
    /// `YYYY-MM`, or `never`.
    Month(String),
}

/// Runs `panel` on `scenario`.
pub fn evaluated(panel: Panel, scenario: &Scenario) -> Evaluated {
    let mut out = Evaluated { outputs: Vec::new(), reasons: Pairs(Vec::new()) };
    for (id, value) in outputs::evaluate(panel, scenario) {
        let key = id.spec().key;
        let shown = match value {
            Value::Number(v) => Some(Output::Number(v)),
            Value::Month(_) => Some(Output::Month(value.data())),
            Value::Missing(reason) => {
                out.reasons.0.push((key, reason.key()));
                None
            }
        };
        out.outputs.push((key, shown));
    }
    out
}

/// Reads the caller's inputs object (numbers by URL key, `extra_shares`
/// as `[{ name, share_pct }]`) into a scenario, or every problem in it in
/// the caller's order. Read by hand rather than through serde's
/// `Deserialize`, whose error messages would bring float formatting into
/// the module.
fn read_inputs(inputs: &JsValue) -> Result<Scenario, Vec<Problem>> {
    let mut scenario = Scenario::default();
    if inputs.is_undefined() || inputs.is_null() {
        return Ok(scenario);
    }
    if !inputs.is_object() || js_sys::Array::is_array(inputs) {
        return Err(vec![Problem::new("inputs", "not_an_object")]);
    }
    let mut problems = Vec::new();
    for pair in js_sys::Object::entries(inputs.unchecked_ref()).iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        let (Some(key), value) = (pair.get(0).as_string(), pair.get(1)) else { continue };
        let checked = if key == ROWS_KEY {
            read_rows(&value).ok_or_else(|| Problem::new(ROWS_KEY, "bad_rows")).and_then(check_rows).map(|rows| scenario.rows = rows)
        } else {
            match value.as_f64() {
                Some(v) => check(&key, v).map(|(id, v)| drop(scenario.set(id, v))),
                None if INPUTS.iter().any(|s| s.key == key) => Err(Problem::new(&key, "not_a_number")),
                None => Err(Problem::new(&key, "unknown_key")),
            }
        };
        problems.extend(checked.err());
    }
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// `[{ name, share_pct }]` as (name, share) pairs; None if it is not that.
fn read_rows(value: &JsValue) -> Option<Vec<(String, f64)>> {
    if !js_sys::Array::is_array(value) {
        return None;
    }
    let field = |row: &JsValue, name: &str| js_sys::Reflect::get(row, &JsValue::from_str(name)).ok();
    js_sys::Array::from(value).iter().map(|row| Some((field(&row, "name")?.as_string()?, field(&row, "share_pct")?.as_f64()?))).collect()
}

/// The error thrown for bad input: `{ name, message, errors: [{ key, reason, min?, max? }] }`.
fn error(problems: Vec<Problem>) -> JsValue {
    let mut message = String::from("bad input:");
    for (i, p) in problems.iter().enumerate() {
        message.push_str(if i == 0 { " " } else { ", " });
        message.push_str(&p.key);
    }
    let thrown = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&thrown, &"name".into(), &"HashpivotInputError".into());
    let _ = js_sys::Reflect::set(&thrown, &"message".into(), &message.into());
    let _ = js_sys::Reflect::set(&thrown, &"errors".into(), &to_js(&problems));
    thrown.into()
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// `evaluate(panel, inputs)`: every output of `panel` (a `panel=` value)
/// for `inputs` (an object of URL keys and numbers over the defaults;
/// `extra_shares` an array of `{ name, share_pct }`). Throws an error object
/// listing every bad key with a reason; never returns NaN.
#[wasm_bindgen]
pub fn evaluate(panel_name: &str, inputs: JsValue) -> Result<JsValue, JsValue> {
    let panel = panel(panel_name).map_err(error)?;
    let scenario = read_inputs(&inputs).map_err(error)?;
    Ok(to_js(&evaluated(panel, &scenario)))
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

impl Serialize for Described {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("key", self.key)?;
        map.serialize_entry("unit", self.unit)?;
        for (name, value) in [("min", self.min), ("max", self.max), ("step", self.step), ("default", self.default)] {
            map.serialize_entry(name, &value)?;
        }
        map.serialize_entry("source", self.source)?;
        map.serialize_entry("choices", &(self.choices as u32))?;
        map.end()
    }
}

/// The unit symbols the registry uses, in English (the page's translation
/// table is not part of the library).
fn unit(text: Text) -> &'static str {
    match text {
        Text::UnitUsd => "USD",
        Text::UnitEhs => "EH/s",
        Text::UnitBtcPerBlock => "BTC/block",
        Text::UnitBlock => "block",
        Text::UnitJth => "J/TH",
        Text::UnitUsdKwh => "USD/kWh",
        Text::UnitPct => "%",
        Text::UnitPctYear => "%/year",
        Text::UnitSeconds => "s",
        Text::UnitUsdTh => "USD/TH",
        Text::UnitYears => "years",
        Text::UnitGw => "GW",
        Text::UnitMw => "MW",
        Text::UnitUsdMPerMw => "USD M/MW",
        Text::UnitMonths => "months",
        Text::UnitUsdKwMonth => "USD/kW-month",
        Text::UnitPctPoints => "pts",
        Text::UnitUsdMwh => "USD/MWh",
        _ => "",
    }
}

/// The inputs `panel` depends on.
pub fn described(panel: Panel) -> Vec<Described> {
    hashpivot::lower::inputs_of(panel)
        .into_iter()
        .map(|id: InputId| {
            let s = id.spec();
            Described {
                key: s.key,
                unit: unit(s.unit),
                min: s.min,
                max: s.max,
                step: s.step,
                default: s.default,
                source: id.source(),
                choices: s.choices.len(),
            }
        })
        .collect()
}

/// `inputs(panel)`: the registry entries of the inputs `panel` depends on:
/// `[{ key, unit, min, max, step, default, source, choices }]`.
#[wasm_bindgen]
pub fn inputs(panel_name: &str) -> Result<JsValue, JsValue> {
    Ok(to_js(&described(panel(panel_name).map_err(error)?)))
}

/// A named scenario of a panel.
pub struct Named {
    /// Its id (also its prerendered page's path segment).
    pub id: &'static str,
    /// The inputs it sets; every other input takes its default.
    pub values: Pairs<f64>,
}

impl Serialize for Named {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", self.id)?;
        map.serialize_entry("values", &self.values)?;
        map.end()
    }
}

/// The presets of `panel` (the claims' own scenarios included).
pub fn named(panel: Panel) -> Vec<Named> {
    presets::named_for(panel)
        .map(|p| Named { id: p.id, values: Pairs(p.values.iter().map(|&(id, v)| (id.spec().key, v)).collect()) })
        .collect()
}

/// `presets(panel)`: `[{ id, values }]`, each the inputs it sets.
#[wasm_bindgen]
pub fn presets(panel_name: &str) -> Result<JsValue, JsValue> {
    Ok(to_js(&named(panel(panel_name).map_err(error)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_named() {
        let given = vec![
            ("btc_usd".to_string(), f64::NAN),
            ("eff_jth".to_string(), -5.0),
            ("hashrate_mode".to_string(), 0.5),
            ("nope".to_string(), 1.0),
        ];
        let problems = scenario(given, Some(vec![("<b>".into(), 1.0)])).unwrap_err();
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
        let s = scenario(vec![("lease_usd_kw_month".to_string(), 0.0), ("residual_pct".to_string(), 0.0)], None).unwrap();
        let out = evaluated(Panel::Pivot, &s);
        let get = |o: &Evaluated, key: &str| o.outputs.iter().position(|(k, _)| *k == key).unwrap();
        assert!(out.outputs[get(&out, "irr_ai_pct")].1.is_none());
        assert_eq!(out.reasons.0[..2], [("irr_ai_pct", "no_sign_change"), ("payback_ai_months", "never_pays_back")]);
        let miner = evaluated(Panel::Miner, &Scenario::default());
        assert!(matches!(miner.outputs[get(&miner, "issuance_btc_day")].1, Some(Output::Number(v)) if v == 450.0));
        assert_eq!(
            described(Panel::Grid).iter().map(|d| d.key).collect::<Vec<_>>(),
            ["demand_gw", "supply_gw", "mining_gw", "convertible_pct", "converted_pue"]
        );
        assert!(named(Panel::Pivot).iter().any(|n| n.id == "hut8-lease" && n.values.0.contains(&("lease_usd_kw_month", 159.0))));
        assert!(panel("nope").is_err());
    }
}
