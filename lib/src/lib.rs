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

use hashpivot::inputs::{InputError, InputId, INPUTS};
use hashpivot::outputs::{self, Value};
use hashpivot::panels::Panel;
use hashpivot::presets;
use hashpivot::scenario::{valid_row_name, valid_row_share, ExtraRow, Scenario, EXTRA_ROWS_MAX};
use hashpivot::url_state::ROWS_KEY;
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
    /// The key it is about (`panel` for an unknown panel).
    pub key: String,
    /// A word: `unknown_panel`, `unknown_key`, `not_a_number`, `not_a_choice`,
    /// `outside_domain`, `bad_rows` (the wrapper adds `not_an_object`,
    /// `unreadable` and `not_in_panel`, which only it can see).
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
        let _ = js_sys::Reflect::set(&object, &key.into(), &value);
    }
    object
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
            Value::Month(_) => Some(Output::Month(value.data())),
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

/// `evaluate(panel, keys, values, names, shares, check_only)`: every output
/// of `panel` (a `panel=` value) for the inputs `keys` (URL keys joined by
/// `,`) set to `values` over the defaults, with the share rows `names`
/// (joined by a line feed, which no valid name has) and `shares`; or, with
/// `check_only`, `undefined` once they are found good. Throws the list of
/// problems, one per bad key. Never returns NaN.
///
/// Only strings and numbers cross: the JavaScript wrapper
/// (`lib/js/hashpivot.mjs`) reads the caller's object and checks its types,
/// so no getter, Proxy trap or iterator of the caller's can run (and throw)
/// while Rust frames are on the stack. The checks here are the registry's.
#[wasm_bindgen]
pub fn evaluate(panel_name: &str, keys: &str, values: &[f64], names: &str, shares: &[f64], check_only: bool) -> Result<JsValue, JsValue> {
    let panel = panel(panel_name).map_err(error)?;
    let given = keys.split(',').zip(values.iter().copied()).collect();
    let scenario = scenario(given, rows(names, shares)).map_err(error)?;
    Ok(if check_only { JsValue::UNDEFINED } else { evaluated(panel, &scenario).to_js() })
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

/// The inputs `panel` depends on.
pub fn described(panel: Panel) -> Vec<Described> {
    panel
        .reads()
        .into_iter()
        .map(|id: InputId| {
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
        })
        .collect()
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
        assert!(named(Panel::Pivot).iter().any(|n| n.id == "hut8-lease" && n.values.contains(&("lease_usd_kw_month", 159.0))));
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
        let wrapper = include_str!("../js/hashpivot.mjs");
        let panels: Vec<String> = Panel::ALL.iter().map(|p| format!("'{}'", p.key())).collect();
        assert!(wrapper.contains(&format!("export const PANELS = Object.freeze([{}]);", panels.join(", "))), "PANELS in hashpivot.mjs");
        assert!(wrapper.contains(&format!("const ROWS = '{ROWS_KEY}';")));
        assert!(wrapper.contains(&format!("const ROWS_PANEL = '{}';", Panel::Geography.key())));
        // The added rows change that panel's outputs, and no other's.
        let with_rows = scenario(vec![], Some(vec![("Paraguay", 5.0)])).unwrap();
        for panel in Panel::ALL {
            let changed = evaluated(panel, &with_rows) != evaluated(panel, &Scenario::default());
            assert_eq!(changed, panel == Panel::Geography, "{panel:?}");
        }
    }
}
