//! One value per quantity: in every prerendered view (each preset on its
//! panel, the defaults, both languages), every place that shows an output
//! (its card, the headline pinned above the inputs, the story's sentences,
//! the share card's headline) shows the same value, from the same
//! functions: the same `data-value` wherever one is written, and displayed
//! strings that agree, the one with fewer decimals being the other rounded.
#![cfg(feature = "prerender")]

use hashpivot::outputs::OUTPUTS;
use hashpivot::panels::Panel;
use hashpivot::prerender::render_body;
use hashpivot::share;
use hashpivot::views;

/// Where a value was read, what `data-value` it carried (None: none
/// written) and the text shown.
#[derive(Debug)]
struct Shown {
    place: &'static str,
    /// The panel it belongs to and its key (`breakeven_btc_usd` is a key
    /// of two panels, each with its own meaning).
    panel: Panel,
    key: String,
    data: Option<String>,
    text: String,
}

/// The value of attribute `name` in the tag `tag` (its text between `<` and `>`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[start..][..tag[start..].find('"')?].to_string())
}

/// Each tag holding `marker` in `html` (but the converter's fields), with
/// the text of the first `<bdi>` after it.
fn tagged<'a>(html: &'a str, marker: &str) -> Vec<(&'a str, String, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find(marker).map(|i| i + from) {
        let open = html[..at].rfind('<').expect("inside a tag");
        let close = at + html[at..].find('>').expect("a tag's end");
        from = close;
        if html[open..].starts_with("<input") {
            continue; // The converter's fields: its own quantities, not outputs.
        }
        let bdi = close + html[close..].find("<bdi>").unwrap_or_else(|| panic!("no <bdi> after {}", &html[open..=close])) + 5;
        let text = html[bdi..][..html[bdi..].find("</bdi>").expect("</bdi>")].to_string();
        out.push((&html[open..=close], text, at));
    }
    out
}

/// The panel whose section holds position `at` of `body`.
fn panel_at(body: &str, at: usize) -> Panel {
    let id = &body[..at][body[..at].rfind("id=\"panel-").expect("inside a panel") + 10..];
    Panel::ALL.into_iter().find(|p| id.starts_with(&format!("{}\"", p.key()))).expect("a panel's id")
}

/// Everything a view's body shows of its outputs.
fn shown_in(body: &str) -> Vec<Shown> {
    let mut out = Vec::new();
    for (tag, text, at) in tagged(body, " data-output=\"") {
        let key = attribute(tag, "data-output").unwrap();
        out.push(Shown { place: "card", panel: panel_at(body, at), key, data: attribute(tag, "data-value"), text });
    }
    for (tag, text, _) in tagged(body, " data-lead=\"") {
        // A sentence names its output by key alone: one that two panels share would be ambiguous.
        let key = attribute(tag, "data-lead").unwrap();
        let mut panels = OUTPUTS.iter().filter(|o| o.key == key).map(|o| o.panel);
        let panel = panels.next().expect("a lead's key is an output's");
        assert!(panels.next().is_none(), "the story names {key}, a key of two panels");
        out.push(Shown { place: "story", panel, key, data: attribute(tag, "data-value"), text });
    }
    // The pinned headline: the panel's first card, again, without the contract.
    for (_, text, at) in tagged(body, "class=\"pin") {
        let panel = panel_at(body, at);
        let key = OUTPUTS.iter().find(|o| o.panel == panel).unwrap().key.to_string();
        out.push(Shown { place: "pin", panel, key, data: None, text });
    }
    out
}

/// A displayed number as a value, whatever the digits and separators
/// (None: not a number, e.g. a month or a reason).
fn number(text: &str) -> Option<(f64, usize)> {
    let ascii: String = text
        .chars()
        .filter_map(|c| match c {
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
            '٫' => Some('.'),
            ',' | '٬' | '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{2066}'..='\u{2069}' => None,
            '−' => Some('-'),
            c => Some(c),
        })
        .collect();
    let decimals = ascii.split_once('.').map_or(0, |(_, d)| d.len());
    ascii.parse::<f64>().ok().map(|v| (v, decimals))
}

/// Whether two displayed texts of one value agree: the same text, or the
/// same number where the one with fewer decimals is the other rounded. A
/// comparison's sign is in its words, so numbers are compared unsigned.
fn agree(a: &str, b: &str) -> bool {
    match (number(a), number(b)) {
        (Some((x, dx)), Some((y, dy))) => {
            let (short, long, decimals) = if dx <= dy { (x, y, dx) } else { (y, x, dy) };
            let unit = 10f64.powi(-(decimals as i32));
            ((long.abs() / unit).round() * unit - short.abs()).abs() <= unit * 1e-6
        }
        _ => a == b,
    }
}

#[test]
fn every_output_shows_one_value_wherever_it_is_shown() {
    let mut checked = 0;
    for view in views::all().into_iter().filter(|v| !v.view.embed) {
        let body = render_body(&view);
        let shown = shown_in(&body);
        for o in OUTPUTS.iter() {
            let places: Vec<&Shown> = shown.iter().filter(|s| s.key == o.key && s.panel == o.panel).collect();
            let data: Vec<&String> = places.iter().filter_map(|s| s.data.as_ref()).collect();
            assert!(data.windows(2).all(|w| w[0] == w[1]), "{} in {}: data-values differ: {places:?}", o.key, view.dir);
            for pair in places.windows(2) {
                assert!(agree(&pair[0].text, &pair[1].text), "{} in {}: shown differently: {pair:?}", o.key, view.dir);
            }
            checked += places.len().saturating_sub(1);
        }
        // The share card's headline is the pinned one, word for word.
        if let Some(panel) = view.view.panel {
            if let (Some((label, value)), Some(pin)) = (
                share::headline(panel, &view, view.view.lang.unwrap_or(hashpivot::i18n::Lang::En)),
                shown.iter().find(|s| s.place == "pin"),
            ) {
                assert!(value.starts_with(&pin.text), "{}: the share card says {value}, the page {}", view.dir, pin.text);
                assert!(body.contains(&format!("<span class=\"result-label\">{label}</span>")), "{}: {label}", view.dir);
            }
        }
    }
    assert!(checked > 100, "only {checked} pairs compared: the scan finds nothing");
}

#[test]
fn the_scan_reads_every_place_and_the_rule_rounds() {
    let body = render_body(&views::all().into_iter().find(|v| v.dir.is_empty()).unwrap());
    let shown = shown_in(&body);
    for place in ["card", "story", "pin"] {
        assert!(shown.iter().any(|s| s.place == place), "no {place} found");
    }
    // The story's "450 → 225" next to the cards' 450.00 and 225.00.
    assert!(shown.iter().any(|s| s.place == "story" && s.key == "issuance_btc_day_2028" && s.text == "225"));
    assert!(agree("225", "225.00") && agree("49.8", "49.76") && agree("٤٩٫٨", "49.76") && agree("1,234", "1234.4"));
    assert!(!agree("49.6", "49.76") && !agree("225", "224.4") && !agree("2035-01", "2035-02"));
}
