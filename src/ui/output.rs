//! A headline result: label, formatted value and unit, with the output
//! contract `data-output="<key>"` and a plain-decimal `data-value`.

use yew::prelude::*;

use crate::format;
use crate::i18n::{Lang, Text};
use crate::url_state::plain_decimal;

/// Props of [`Output`].
#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// The output key (public contract).
    pub key_name: AttrValue,
    /// Label.
    pub label: Text,
    /// The value; `None` shows "not reachable" and an empty `data-value`.
    pub value: Option<f64>,
    /// Unit label.
    pub unit: Text,
    /// Decimals shown (the `data-value` keeps full precision).
    pub decimals: u8,
    /// Active language.
    pub lang: Lang,
    /// Large headline style.
    #[prop_or_default]
    pub big: bool,
}

/// One result.
#[component]
pub fn Output(props: &OutputProps) -> Html {
    let lang = props.lang;
    let (shown, data) = match props.value {
        Some(v) if v.is_finite() => (format::number(lang, v, props.decimals), plain_decimal(v)),
        _ => (Text::NotReachable.get(lang).to_string(), String::new()),
    };
    let negative = props.value.is_some_and(|v| v < 0.0);
    html! {
        <div class={classes!("result", props.big.then_some("big"), negative.then_some("negative"))}>
            <span class="result-label">{ props.label.get(lang) }</span>
            <span class="result-value" data-output={props.key_name.clone()} data-value={data}>
                <bdi>{ shown }</bdi>
                <span class="result-unit">{ " " }{ props.unit.get(lang) }</span>
            </span>
        </div>
    }
}
