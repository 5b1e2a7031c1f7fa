//! The URL wire format (version 1): a query string `?v=1&btc_usd=67000&...`
//! with one key per input, `extra_shares` for the added share rows (the
//! [`Scenario`]), then the view keys (see the README's key tables).
//! Decoding never fails: a value that does not parse or lies outside its
//! domain is dropped (the default stays) and reported.

use crate::i18n::Lang;
use crate::inputs::{InputError, INPUTS};
use crate::panels::Panel;
use crate::scenario::{valid_row_name, valid_row_share, ExtraRow, Scenario, EXTRA_ROWS_MAX};

/// The wire format version written as `v=`.
pub const FORMAT_VERSION: &str = "1";

/// The URL key of the added share rows.
pub const ROWS_KEY: &str = "extra_shares";

/// The scenario a URL describes, and what in it was rejected.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Decoded {
    /// Defaults overridden by every valid key.
    pub scenario: Scenario,
    /// One error per rejected key, in URL order.
    pub errors: Vec<InputError>,
}

/// Decodes the scenario keys of a query string (with or without the
/// leading `?`). Unknown keys are ignored: embedding hosts and Pym.js add
/// their own. A key given twice takes its last value: a valid one is used
/// (and an earlier error for it forgotten), an invalid one leaves the
/// default and is reported. A version other than `v=1` is reported and the
/// link read as version 1.
pub fn decode(query: &str) -> Decoded {
    let mut decoded = Decoded::default();
    let errors = &mut decoded.errors;
    let mut settle = |key: &str, error: Option<InputError>| {
        errors.retain(|old| old.key() != key);
        errors.extend(error);
    };
    for (key, value) in pairs(query) {
        if key == "v" {
            settle("v", (value != FORMAT_VERSION).then_some(InputError::NotAllowed { key: "v" }));
        } else if key == ROWS_KEY {
            match parse_extra_rows(&value) {
                Some(rows) => {
                    decoded.scenario.rows = rows;
                    settle(ROWS_KEY, None);
                }
                None => {
                    decoded.scenario.rows.clear();
                    settle(ROWS_KEY, Some(InputError::NotAllowed { key: ROWS_KEY }));
                }
            }
        } else if let Some(&(old, id, factor)) = crate::inputs::renamed(&key) {
            // An old link's key, read as the input it became; a value that
            // does not map into its domain is reported under the old key.
            // The old keys were choices: whole numbers only.
            match crate::inputs::parse_number(&value).filter(|v| v.fract() == 0.0).and_then(|v| id.spec().validate(v * factor).ok()) {
                Some(v) => {
                    let _ = decoded.scenario.inputs.set(id, v);
                    settle(old, None);
                }
                None => settle(old, Some(InputError::NotAllowed { key: old })),
            }
        } else if let Some(spec) = INPUTS.iter().find(|s| s.key == key) {
            // `parse` validated the value, and the default is valid: `set` cannot fail.
            match spec.parse(&value) {
                Ok(v) => {
                    let _ = decoded.scenario.inputs.set(spec.id, v);
                    settle(spec.key, None);
                }
                Err(e) => {
                    let _ = decoded.scenario.inputs.set(spec.id, spec.default);
                    settle(spec.key, Some(e));
                }
            }
        }
    }
    decoded
}

/// How the page is shown, from the URL keys that are not inputs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct View {
    /// `panel=`: show this panel alone.
    pub panel: Option<Panel>,
    /// `embed=1`: no page chrome, for an iframe.
    pub embed: bool,
    /// `childId=`: the Pym.js id to report the height under (validated).
    pub child_id: Option<String>,
    /// `lang=` (with `digits=latn`: Arabic with Latin digits).
    pub lang: Option<Lang>,
    /// `theme=light|dark|auto`; None (or auto) follows the system.
    pub theme: Option<Theme>,
}

/// Reads `Name:share;Name:share` (names percent-decoded already); None if
/// any row is malformed or there are too many.
pub fn parse_extra_rows(value: &str) -> Option<Vec<ExtraRow>> {
    if value.is_empty() {
        return Some(Vec::new());
    }
    let rows: Option<Vec<ExtraRow>> = value
        .split(';')
        .map(|item| {
            let (name, share) = item.rsplit_once(':')?;
            let share_pct = crate::inputs::parse_number(share).filter(|v| valid_row_share(*v))?;
            valid_row_name(name).then(|| ExtraRow { name: name.to_string(), share_pct })
        })
        .collect();
    rows.filter(|r| r.len() <= EXTRA_ROWS_MAX)
}

/// Writes rows as the `extra_shares` value, percent-encoding names.
pub fn encode_extra_rows(rows: &[ExtraRow]) -> String {
    let encode = |name: &str| -> String {
        name.bytes()
            .map(|b| if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect()
    };
    rows.iter().map(|r| format!("{}:{}", encode(&r.name), crate::decimal::plain(r.share_pct))).collect::<Vec<_>>().join(";")
}

/// A colour theme chosen by the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// The reader's `prefers-color-scheme` (what a host embedding the page
    /// names when its own pages follow it).
    Auto,
}

impl Theme {
    /// Its `theme=` value and `data-theme` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Longest accepted `childId`.
pub const CHILD_ID_MAX_LEN: usize = 64;

/// Whether `id` may be echoed to the parent page: 1 to 64 ASCII letters,
/// digits, `-` or `_`. Anything else (quotes, angle brackets, huge values)
/// is rejected rather than escaped.
pub fn valid_child_id(id: &str) -> bool {
    (1..=CHILD_ID_MAX_LEN).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Reads the view keys of a query; returns the keys whose values were rejected.
pub fn decode_view(query: &str) -> (View, Vec<&'static str>) {
    // The last value of each view key, in the order of those last values.
    const KEYS: [&str; 6] = ["panel", "embed", "childId", "lang", "digits", "theme"];
    let mut last: Vec<(&'static str, String)> = Vec::new();
    for (key, value) in pairs(query) {
        if let Some(&known) = KEYS.iter().find(|k| **k == key) {
            last.retain(|(k, _)| *k != known);
            last.push((known, value));
        }
    }
    let mut view = View::default();
    let mut rejected = Vec::new();
    let mut latin_digits = false;
    for (key, value) in last {
        let ok = match key {
            "panel" => Panel::from_key(&value).map(|p| view.panel = Some(p)).is_some(),
            "embed" => {
                view.embed = matches!(value.as_str(), "1" | "true");
                matches!(value.as_str(), "1" | "true" | "0" | "false")
            }
            "childId" => {
                let ok = valid_child_id(&value);
                view.child_id = ok.then_some(value);
                ok
            }
            "lang" => Lang::from_tag(&value).map(|l| view.lang = Some(l)).is_some(),
            "digits" => {
                latin_digits = value == "latn";
                matches!(value.as_str(), "latn" | "arab")
            }
            _ => {
                view.theme = match value.as_str() {
                    "light" => Some(Theme::Light),
                    "dark" => Some(Theme::Dark),
                    "auto" => Some(Theme::Auto),
                    _ => None,
                };
                view.theme.is_some()
            }
        };
        if !ok {
            rejected.push(key);
        }
    }
    if latin_digits && view.lang == Some(Lang::Ar) {
        view.lang = Some(Lang::ArLatn);
    }
    (view, rejected)
}

/// The address bar's query for `scenario` shown as `view` in `lang`: the
/// language named when it is not the default or the address named one.
/// The app and the first module write the address with it.
pub fn encode_address(scenario: &Scenario, view: &View, lang: Lang) -> String {
    let view = View { lang: (lang != Lang::default() || view.lang.is_some()).then_some(lang), ..view.clone() };
    encode_with_view(scenario, &view)
}

/// The query string for `scenario` shown as `view` (keys in a fixed order).
pub fn encode_with_view(scenario: &Scenario, view: &View) -> String {
    let mut out = encode(scenario);
    if let Some(lang) = view.lang {
        out.push_str("&lang=");
        out.push_str(lang.tag());
        if lang == Lang::ArLatn {
            out.push_str("&digits=latn");
        }
    }
    if let Some(theme) = view.theme {
        out.push_str("&theme=");
        out.push_str(theme.key());
    }
    if let Some(panel) = view.panel {
        out.push_str("&panel=");
        out.push_str(panel.key());
    }
    if view.embed {
        out.push_str("&embed=1");
    }
    if let Some(id) = view.child_id.as_deref().filter(|id| valid_child_id(id)) {
        out.push_str("&childId=");
        out.push_str(id);
    }
    out
}

/// The `key=value` pairs of a query string, percent-decoded.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (percent_decode(k), percent_decode(v))
    })
}

/// Encodes the whole scenario, `v=1` first, then every input, then the
/// added rows (if any). Numbers are written in their shortest exact
/// decimal form, so `decode(encode(x)) == x`.
pub fn encode(scenario: &Scenario) -> String {
    let mut out = format!("v={FORMAT_VERSION}");
    for spec in INPUTS {
        out.push('&');
        out.push_str(spec.key);
        out.push('=');
        out.push_str(&crate::decimal::plain(scenario.inputs.get(spec.id)));
    }
    if !scenario.rows.is_empty() {
        out.push('&');
        out.push_str(ROWS_KEY);
        out.push('=');
        out.push_str(&encode_extra_rows(&scenario.rows));
    }
    out
}

fn percent_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::{InputId, Inputs};
    use proptest::prelude::*;

    #[test]
    fn an_old_links_backstop_reads_as_its_share() {
        use crate::inputs::InputId;
        let share = |query: &str| decode(query).scenario.inputs.get(InputId::BackstopPct);
        assert_eq!(share("backstop=1"), 100.0);
        assert_eq!(share("backstop_pct=40&backstop=0"), 0.0, "the last key wins");
        assert_eq!(share("backstop=1&backstop_pct=40"), 40.0);
        for bad in ["backstop=0.5", "backstop=2", "backstop=yes"] {
            let d = decode(bad);
            assert_eq!(d.scenario.inputs.get(InputId::BackstopPct), 0.0, "{bad}");
            assert_eq!(d.errors, [InputError::NotAllowed { key: "backstop" }], "{bad}");
        }
    }

    #[test]
    fn reads_valid_keys_and_reports_hostile_ones() {
        let d = decode("?btc_usd=NaN&eff_jth=-5&hashrate_ehs=1e999&fees_btc=%3Cscript%3E&power_usd_kwh=0.07&panel=miner");
        assert_eq!(d.scenario.inputs.get(InputId::PowerUsdKwh), 0.07);
        assert_eq!(d.scenario.inputs.get(InputId::BtcUsd), 67_000.0);
        let keys: Vec<_> = d.errors.iter().map(InputError::key).collect();
        assert_eq!(keys, ["btc_usd", "eff_jth", "hashrate_ehs", "fees_btc"]);
    }

    #[test]
    fn the_last_value_of_a_key_wins_and_the_notice_says_so() {
        let d = decode("btc_usd=NaN&btc_usd=80000");
        assert_eq!(d.scenario.inputs.get(InputId::BtcUsd), 80_000.0);
        assert!(d.errors.is_empty(), "80,000 was used: {:?}", d.errors);
        let d = decode("btc_usd=80000&btc_usd=NaN");
        assert_eq!(d.scenario.inputs.get(InputId::BtcUsd), 67_000.0, "the default, as the notice says");
        assert_eq!(d.errors.iter().map(InputError::key).collect::<Vec<_>>(), ["btc_usd"]);
        let d = decode("extra_shares=A:1&extra_shares=%3Cb%3E:2");
        assert!(d.scenario.rows.is_empty());
        assert_eq!(d.errors.iter().map(InputError::key).collect::<Vec<_>>(), ["extra_shares"]);
    }

    #[test]
    fn another_version_is_reported_and_read_as_version_1() {
        for v in ["2", "0", "1.0", "x"] {
            let d = decode(&format!("v={v}&btc_usd=70000"));
            assert_eq!(d.errors.iter().map(InputError::key).collect::<Vec<_>>(), ["v"], "v={v}");
            assert_eq!(d.scenario.inputs.get(InputId::BtcUsd), 70_000.0);
        }
        assert!(decode("v=1&btc_usd=70000").errors.is_empty());
    }

    #[test]
    fn minus_zero_is_zero() {
        let d = decode("fees_btc=-0");
        assert!(d.errors.is_empty());
        assert!(d.scenario.inputs.get(InputId::FeesBtc).is_sign_positive());
    }

    #[test]
    fn view_keys_take_their_last_value_and_are_named_once() {
        let (view, rejected) = decode_view("panel=x&panel=miner&digits=latn&digits=arab&lang=ar");
        assert_eq!((view.panel, view.lang), (Some(Panel::Miner), Some(Lang::Ar)));
        assert!(rejected.is_empty());
        let (view, rejected) = decode_view(&"panel=x&".repeat(1000));
        assert_eq!((view.panel, rejected), (None, vec!["panel"]));
        let (view, rejected) = decode_view("panel=miner&panel=x");
        assert_eq!((view.panel, rejected), (None, vec!["panel"]), "the last value was bad: the default");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c%2"), "a b c%2");
        assert_eq!(percent_decode("%D9%A1%D9%A2"), "١٢");
        assert_eq!(percent_decode("%zz%"), "%zz%");
    }

    #[test]
    fn view_keys() {
        let (view, rejected) = decode_view("?panel=pivot&embed=1&childId=hp-pivot_2&lang=ar");
        assert_eq!(
            view,
            View { panel: Some(Panel::Pivot), embed: true, child_id: Some("hp-pivot_2".into()), lang: Some(Lang::Ar), ..View::default() }
        );
        let (view, _) = decode_view("digits=latn&lang=ar&theme=dark");
        assert_eq!((view.lang, view.theme), (Some(Lang::ArLatn), Some(Theme::Dark)));
        assert!(encode_with_view(&Scenario::default(), &view).ends_with("&lang=ar&digits=latn&theme=dark"));
        assert!(rejected.is_empty());
        let hostile = format!("panel=x&embed=yes&childId=%22%3E%3Cscript%3E{}&lang=fr", "a".repeat(10_000));
        let (view, rejected) = decode_view(&hostile);
        assert_eq!(view, View::default());
        assert_eq!(rejected, ["panel", "embed", "childId", "lang"]);
        let encoded = encode_with_view(&Scenario::default(), &View { panel: Some(Panel::Grid), embed: true, ..View::default() });
        assert!(encoded.ends_with("&panel=grid&embed=1"), "{encoded}");
        assert_eq!(decode_view(&encoded).0.panel, Some(Panel::Grid));
    }

    #[test]
    fn extra_rows_round_trip_and_reject_junk() {
        let rows = vec![ExtraRow { name: "Paraguay".into(), share_pct: 3.87 }, ExtraRow { name: "الإمارات".into(), share_pct: 3.54 }];
        let scenario = Scenario { rows: rows.clone(), ..Scenario::default() };
        let query = encode_with_view(&scenario, &View { panel: Some(Panel::Geography), ..View::default() });
        assert_eq!(decode(&query).scenario, scenario);
        assert!(decode_view(&query).1.is_empty(), "the rows are not a view key");
        for bad in ["x", "Paraguay:abc", "Paraguay:101", "<b>:3", ":3", "a:1;b:2;c:3;d:4;e:5;f:6;g:7;h:8;i:9;j:10;k:11;l:12;m:13"] {
            assert_eq!(parse_extra_rows(bad), None, "{bad}");
        }
        let d = decode("extra_shares=%3Cscript%3E:1");
        assert_eq!(d.errors.iter().map(InputError::key).collect::<Vec<_>>(), ["extra_shares"]);
        assert!(d.scenario.rows.is_empty());
    }

    proptest! {
        #[test]
        fn decode_of_encode_is_identity(values in proptest::collection::vec(0.0f64..=1.0, INPUTS.len())) {
            let scenario = Scenario { inputs: Inputs::from_fractions(&values), rows: Vec::new() };
            let d = decode(&encode(&scenario));
            prop_assert!(d.errors.is_empty(), "{:?}", d.errors);
            prop_assert_eq!(d.scenario, scenario);
        }

        #[test]
        fn decode_never_panics(query in ".{0,200}") {
            let _ = decode(&query);
        }
    }
}
