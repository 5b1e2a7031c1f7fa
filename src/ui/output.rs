//! A headline result: label, formatted value and unit, with the output
//! contract `data-output="<key>"` and a machine-readable `data-value`.

use yew::prelude::*;

use crate::decimal;
use crate::format;
use crate::i18n::{Lang, Text};

/// Props of [`Output`].
#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// The output key (public contract).
    pub key_name: AttrValue,
    /// Label.
    pub label: Text,
    /// The value as shown to the reader.
    pub shown: AttrValue,
    /// The machine-readable value (`data-value`).
    pub data: AttrValue,
    /// Unit label.
    pub unit: Text,
    /// Large headline style.
    #[prop_or_default]
    pub big: bool,
    /// Shown as bad news (a loss): an arrow as well as colour.
    #[prop_or_default]
    pub negative: bool,
    /// Active language.
    pub lang: Lang,
}

/// One result.
#[component]
pub fn Output(props: &OutputProps) -> Html {
    html! {
        <div class={classes!("result", props.big.then_some("big"), props.negative.then_some("negative"))}>
            <span class="result-label">{ props.label.get(props.lang) }</span>
            <span class="result-value" data-output={props.key_name.clone()} data-value={props.data.clone()}>
                <bdi>{ props.shown.clone() }</bdi>
                <span class="result-unit">{ " " }{ props.unit.get(props.lang) }</span>
            </span>
        </div>
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
    let negative = value.is_some_and(|v| v < 0.0);
    html! { <Output key_name={key} {label} shown={shown} data={data} {unit} {big} {negative} {lang} /> }
}
