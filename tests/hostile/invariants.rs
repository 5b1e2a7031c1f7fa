//! What must hold for any query string, shared by `tests/hostile_urls.rs`
//! (the committed corpus) and `tests/deep.rs` (generated strings), so both
//! hold the decoder to the same rules (the README's "URL keys"):
//!
//! * the decoded scenario is valid: every input finite, inside its domain,
//!   a choice one of its values; added rows valid and at most 12;
//! * it survives `encode` -> `decode` unchanged and without a report, and
//!   the view survives `encode_with_view` -> `decode_view`;
//! * a reported key is not used: its input holds the default, the rows are
//!   empty, the view field is unset;
//! * the last value of a key wins: decoding the query equals decoding it
//!   with only each key's last occurrence kept;
//! * every reported key is a key of the query, and `decode` reports it once;
//! * every output of every panel is a finite number, a month or a Missing
//!   with its reason, and so is every number of the models' outcomes
//!   (`outputs::Value::number` turns a NaN into a Missing, so the outputs
//!   alone could hide one).
//!
//! Each check returns `Err(message)` rather than panicking, so the caller
//! names the case (corpus line or proptest input) in the failure. A
//! [`Query`] decodes once for all of them: deep mode runs them millions of
//! times. Not every test file uses every check.
#![allow(dead_code)]

use hashpivot::i18n::Lang;
use hashpivot::inputs::{InputError, INPUTS};
use hashpivot::lower;
use hashpivot::model::{geography, grid, miner, outlook, pivot};
use hashpivot::outputs::{self, Value, Values};
use hashpivot::panels::Panel;
use hashpivot::scenario::{valid_row_name, valid_row_share, Scenario, EXTRA_ROWS_MAX};
use hashpivot::url_state::{self, decode, decode_view, encode_with_view, Decoded, View, ROWS_KEY};

/// The view keys `decode_view` reads.
pub const VIEW_KEYS: [&str; 6] = ["panel", "embed", "childId", "lang", "digits", "theme"];

/// A query decoded once, with what the checks below read.
pub struct Query<'a> {
    /// The query string.
    pub text: &'a str,
    /// What `decode` made of it.
    pub decoded: Decoded,
    /// What `decode_view` made of it.
    pub view: View,
    /// The view keys `decode_view` rejected.
    pub rejected: Vec<&'static str>,
    /// The (percent-decoded) key of every pair, in order.
    pub keys: Vec<String>,
}

impl<'a> Query<'a> {
    /// Decodes `text` (panics propagate: the caller reports them).
    pub fn new(text: &'a str) -> Self {
        let (view, rejected) = decode_view(text);
        Query { text, decoded: decode(text), view, rejected, keys: url_state::pairs(text).map(|(k, _)| k).collect() }
    }

    /// The keys the page's notice names, in its order: `decode`'s errors
    /// (scenario keys, each by its last occurrence), then the view keys
    /// `decode_view` rejected (as `ui::state::AppState::from_query` joins them).
    pub fn rejected_keys(&self) -> Vec<String> {
        let scenario = self.decoded.errors.iter().map(|e| e.key().to_string());
        scenario.chain(self.rejected.iter().map(|k| k.to_string())).collect()
    }

    /// Whether some key occurs more than once.
    fn repeats(&self, filter: impl Fn(&str) -> bool) -> bool {
        let keys: Vec<&String> = self.keys.iter().filter(|k| filter(k)).collect();
        keys.iter().enumerate().any(|(i, k)| keys[..i].contains(k))
    }

    /// Whether a view key occurs more than once (where `decode_view` is
    /// known not to follow the last-value rule; see the corpus's `# bug:`
    /// lines).
    pub fn view_key_repeats(&self) -> bool {
        self.repeats(|k| VIEW_KEYS.contains(&k))
    }

    /// Every check that needs no model run. The view's half of the
    /// last-value rule is apart ([`Query::check_view_last_value`]):
    /// `decode_view` breaks it when a view key repeats, a known bug.
    pub fn check(&self) -> Result<(), String> {
        scenario_is_valid(&self.decoded.scenario)?;
        round_trips(&self.decoded.scenario, &self.view)?;
        self.reported_keys_hold_defaults()?;
        self.decode_last_value_wins()?;
        self.reports_are_keys_of_the_query()
    }

    /// The view's half of the last-value rule.
    pub fn check_view_last_value(&self) -> Result<(), String> {
        self.reported_view_keys_hold_defaults()?;
        self.decode_view_last_value_wins()
    }

    /// A reported scenario key is not used: its input holds the default,
    /// the added rows are empty.
    pub fn reported_keys_hold_defaults(&self) -> Result<(), String> {
        let (decoded, defaults) = (&self.decoded, Scenario::default());
        for error in &decoded.errors {
            let key = error.key();
            if key == ROWS_KEY {
                if !decoded.scenario.rows.is_empty() {
                    return Err(format!("{ROWS_KEY} reported, yet rows kept: {:?}", decoded.scenario.rows));
                }
            } else if let Some(spec) = INPUTS.iter().find(|s| s.key == key) {
                let (got, want) = (decoded.scenario.inputs.get(spec.id), defaults.inputs.get(spec.id));
                if got.to_bits() != want.to_bits() {
                    return Err(format!("{key} reported, yet holds {got} instead of the default {want}"));
                }
            }
        }
        Ok(())
    }

    /// A reported view key is not used: its field of the view is unset
    /// (for `digits`, Arabic is not shown with Latin digits).
    pub fn reported_view_keys_hold_defaults(&self) -> Result<(), String> {
        let view = &self.view;
        for &key in &self.rejected {
            let kept = match key {
                "panel" => view.panel.is_some(),
                "embed" => view.embed,
                "childId" => view.child_id.is_some(),
                "lang" => view.lang.is_some(),
                "digits" => view.lang == Some(Lang::ArLatn),
                "theme" => view.theme.is_some(),
                _ => false,
            };
            if kept {
                return Err(format!("{key} reported, yet the view keeps a value for it: {view:?}"));
            }
        }
        Ok(())
    }

    /// `decode` takes the last value of each key: the query decodes as its
    /// last occurrences alone do.
    pub fn decode_last_value_wins(&self) -> Result<(), String> {
        if !self.repeats(|_| true) {
            return Ok(());
        }
        let last = decode(&last_occurrences(self.text));
        if self.decoded != last {
            let (all, last) = (keys(&self.decoded.errors), keys(&last.errors));
            return Err(format!("decode differs from decoding each key's last value (reported {all:?} vs {last:?})"));
        }
        Ok(())
    }

    /// `decode_view` takes the last value of each key (the same rule).
    pub fn decode_view_last_value_wins(&self) -> Result<(), String> {
        if !self.repeats(|_| true) {
            return Ok(());
        }
        let (view, rejected) = decode_view(&last_occurrences(self.text));
        if (&self.view, &self.rejected) != (&view, &rejected) {
            return Err(format!(
                "decode_view differs from decoding each key's last value: {:?} {:?} vs {view:?} {rejected:?}",
                self.view, self.rejected
            ));
        }
        Ok(())
    }

    /// Every key `decode` reports is a key of the query, and reported
    /// once; every view key `decode_view` rejects is one of the query.
    pub fn reports_are_keys_of_the_query(&self) -> Result<(), String> {
        let reported = keys(&self.decoded.errors);
        for (i, key) in reported.iter().enumerate() {
            if !self.keys.contains(key) {
                return Err(format!("{key} reported but not in the query"));
            }
            if reported[..i].contains(key) {
                return Err(format!("{key} reported twice: {reported:?}"));
            }
        }
        for key in &self.rejected {
            if !VIEW_KEYS.contains(key) || !self.keys.iter().any(|k| k == key) {
                return Err(format!("view key {key} reported but not in the query"));
            }
        }
        Ok(())
    }
}

/// Every input finite, inside its domain (a choice integral); rows valid.
pub fn scenario_is_valid(s: &Scenario) -> Result<(), String> {
    for spec in INPUTS {
        let v = s.inputs.get(spec.id);
        if !v.is_finite() || v < spec.min || v > spec.max {
            return Err(format!("{} = {v} outside {}..={}", spec.key, spec.min, spec.max));
        }
        if !spec.choices.is_empty() && v.fract() != 0.0 {
            return Err(format!("choice {} = {v} is not one of its values", spec.key));
        }
    }
    if s.rows.len() > EXTRA_ROWS_MAX {
        return Err(format!("{} added rows (at most {EXTRA_ROWS_MAX})", s.rows.len()));
    }
    for row in &s.rows {
        if !valid_row_name(&row.name) || !row.share_pct.is_finite() || !valid_row_share(row.share_pct) {
            return Err(format!("invalid added row {row:?}"));
        }
    }
    Ok(())
}

/// `decode(encode(s)) == s` with no report; the view likewise.
pub fn round_trips(s: &Scenario, view: &View) -> Result<(), String> {
    let query = encode_with_view(s, view);
    let back = decode(&query);
    if !back.errors.is_empty() {
        return Err(format!("re-encoded query reported {:?}", keys(&back.errors)));
    }
    if &back.scenario != s {
        return Err(format!("scenario changed through encode/decode: {:?} != {:?}", back.scenario, s));
    }
    let (back_view, rejected) = decode_view(&query);
    if !rejected.is_empty() || &back_view != view {
        return Err(format!("view changed through encode_with_view/decode_view: {back_view:?} (rejected {rejected:?}) != {view:?}"));
    }
    Ok(())
}

/// The query with only the last occurrence of each (decoded) key, in the
/// order of those last occurrences.
pub fn last_occurrences(query: &str) -> String {
    let segments: Vec<&str> = query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).collect();
    let key_of = |segment: &str| url_state::pairs(segment).next().map(|(k, _)| k).unwrap_or_default();
    let keys: Vec<String> = segments.iter().map(|s| key_of(s)).collect();
    segments.iter().enumerate().filter(|&(i, _)| !keys[i + 1..].contains(&keys[i])).map(|(_, s)| *s).collect::<Vec<_>>().join("&")
}

/// `panel`'s outputs for `s` and its model's outcome (`Debug`), from one
/// model run: the outputs are what `outputs::evaluate` returns, built by
/// the same per-panel registry function from the same outcome
/// ([`evaluate_agrees`] holds the two together), so the pivot's costly
/// model runs once per case in deep mode.
fn panel_run(panel: Panel, s: &Scenario) -> (Values, Result<(), String>) {
    let inputs = &s.inputs;
    match panel {
        Panel::Miner => {
            let o = miner::evaluate(&lower::miner(inputs));
            (outputs::miner(&o), finite_debug(&o))
        }
        Panel::Outlook => {
            let o = outlook::evaluate(&lower::outlook(inputs));
            (outputs::outlook(&o), finite_debug(&o))
        }
        Panel::Pivot => {
            let o = pivot::evaluate(&lower::pivot(inputs));
            (outputs::pivot(&o), finite_debug(&o))
        }
        Panel::Grid => {
            let o = grid::evaluate(&lower::grid(inputs));
            (outputs::grid(&o), finite_debug(&o))
        }
        Panel::Geography => {
            let o = geography::evaluate(&lower::geography(s));
            (outputs::geography(&o), finite_debug(&o))
        }
        Panel::Converter => (Vec::new(), Ok(())),
    }
}

/// Every output of `panel` is a finite number, a month or a Missing with
/// its reason; every number in the model's outcome (chart series
/// included) is finite.
pub fn panel_is_finite(panel: Panel, s: &Scenario) -> Result<(), String> {
    let (values, outcome) = panel_run(panel, s);
    for (id, value) in values {
        let key = id.spec().key;
        match value {
            Value::Number(v) if !v.is_finite() => return Err(format!("{} {key} = {v}", panel.key())),
            Value::Month(Some(d)) if !(1..=12).contains(&d.month) => return Err(format!("{} {key} month {d:?}", panel.key())),
            Value::Missing(reason) if reason.key().is_empty() => return Err(format!("{} {key} missing without a reason", panel.key())),
            _ => {}
        }
    }
    outcome.map_err(|at| format!("{} outcome: {at}", panel.key()))
}

/// `outputs::evaluate(panel, s)` equals what [`panel_is_finite`] checked.
pub fn evaluate_agrees(panel: Panel, s: &Scenario) -> Result<(), String> {
    let (direct, (ours, _)) = (outputs::evaluate(panel, s), panel_run(panel, s));
    if direct != ours {
        return Err(format!("{}: outputs::evaluate gives {direct:?}, its model and registry function {ours:?}", panel.key()));
    }
    Ok(())
}

/// Every panel of `s`, as [`panel_is_finite`] and [`evaluate_agrees`].
pub fn outputs_are_finite(s: &Scenario) -> Result<(), String> {
    Panel::ALL.into_iter().try_for_each(|panel| panel_is_finite(panel, s).and_then(|()| evaluate_agrees(panel, s)))
}

/// `Err` naming the field if the `Debug` rendering of `value` shows a NaN
/// or an infinity (`NaN`, `inf`, `-inf` as whole words). Reads the text as
/// it is written, without keeping it (an outlook outcome is 46 KB of
/// text), and only looks for the field's name once it found one.
pub fn finite_debug(value: &impl std::fmt::Debug) -> Result<(), String> {
    use std::fmt::Write;
    /// The word being read (its length and first three bytes), the last
    /// field name (only when `names`), and whether a NaN or inf was seen.
    #[derive(Default)]
    struct Scan {
        len: usize,
        head: [u8; 3],
        names: bool,
        word: String,
        field: String,
        found: Option<String>,
    }
    impl Scan {
        fn end_word(&mut self, next: u8) {
            if self.found.is_none() && self.len == 3 && (&self.head == b"NaN" || &self.head == b"inf") {
                self.found = Some(format!("{} = {}", self.field, String::from_utf8_lossy(&self.head)));
            }
            if self.names && next == b':' && self.len > 0 {
                std::mem::swap(&mut self.field, &mut self.word);
            }
            self.len = 0;
            self.word.clear();
        }
    }
    impl Write for Scan {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            for &b in s.as_bytes() {
                if b.is_ascii_alphanumeric() || b == b'_' {
                    if self.len < 3 {
                        self.head[self.len] = b;
                    }
                    self.len += 1;
                    if self.names {
                        self.word.push(b as char);
                    }
                } else if self.len > 0 {
                    self.end_word(b);
                }
            }
            Ok(())
        }
    }
    let scan = |names: bool| {
        let mut scan = Scan { names, ..Scan::default() };
        write!(scan, "{value:?}").expect("Debug into a scanner");
        scan.end_word(b' ');
        scan.found
    };
    match scan(false) {
        None => Ok(()),
        Some(_) => Err(format!("a non-finite number: {}", scan(true).unwrap_or_default())),
    }
}

fn keys(errors: &[InputError]) -> Vec<String> {
    errors.iter().map(|e| e.key().to_string()).collect()
}
