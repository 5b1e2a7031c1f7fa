//! A headline result: label, formatted value and unit, with the output
//! contract `data-output="<key>"` and a machine-readable `data-value`.

use yew::prelude::*;

use crate::decimal;
use crate::format;
use crate::i18n::{Lang, Text};

/// One result card: its label, the value as shown, the machine-readable
/// value and the unit. A plain function, not a component: cards are many,
/// and a component type costs wasm bytes while Yew diffs the card anyway.
pub struct Card {
    /// The output key (public contract, `data-output`).
    pub key: &'static str,
    /// Label.
    pub label: Text,
    /// The value as shown to the reader.
    pub shown: String,
    /// The machine-readable value (`data-value`).
    pub data: String,
    /// Unit label.
    pub unit: Text,
    /// Large headline style.
    pub big: bool,
    /// Shown as bad news (a loss): an arrow as well as colour.
    pub negative: bool,
}

impl Card {
    /// The card's markup in `lang`.
    pub fn view(self, lang: Lang) -> Html {
        html! {
            <div class={classes!("result", self.big.then_some("big"), self.negative.then_some("negative"))}>
                <span class="result-label">{ self.label.get(lang) }</span>
                <span class="result-value" data-output={self.key} data-value={self.data}>
                    <bdi>{ self.shown }</bdi>
                    <span class="result-unit">{ " " }{ self.unit.get(lang) }</span>
                </span>
            </div>
        }
    }
}

/// A numeric result: `value` shown with `decimals` decimals, full precision
/// in `data-value`; `None` (or a non-finite value) shows "not reachable"
/// with an empty `data-value`.
pub fn number(key: &'static str, label: Text, value: Option<f64>, unit: Text, decimals: u8, lang: Lang, big: bool) -> Html {
    scaled(key, label, value, 1.0, unit, decimals, lang, big)
}

/// A result shown in a larger unit than its `data-value` (e.g. USD millions
/// on screen, USD in `data-value`): `shown = value / divisor`.
#[allow(clippy::too_many_arguments)]
pub fn scaled(key: &'static str, label: Text, value: Option<f64>, divisor: f64, unit: Text, decimals: u8, lang: Lang, big: bool) -> Html {
    let (shown, data) = match value {
        Some(v) if v.is_finite() => (format::number(lang, v / divisor, decimals), decimal::plain(v)),
        _ => (Text::NotReachable.get(lang).to_string(), String::new()),
    };
    Card { key, label, shown, data, unit, big, negative: value.is_some_and(|v| v < 0.0) }.view(lang)
}
