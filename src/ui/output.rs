//! Headline results: label, formatted value and unit, with the output
//! contract `data-output="<key>"`, a machine-readable `data-value`, and
//! `data-reason` (with the reason in words) where no value exists. What to
//! show comes from the output registry (`crate::outputs`).

use yew::prelude::*;

use crate::format;
use crate::i18n::Lang;
use crate::outputs::{OutputId, Value};

/// One result card. A plain function, not a component: cards are many, and
/// a component type costs wasm bytes while Yew diffs the card anyway.
pub fn card(id: OutputId, value: &Value, lang: Lang) -> Html {
    let spec = id.spec();
    let (shown, reason) = match *value {
        Value::Number(v) => (format::number(lang, v / spec.scale, spec.decimals), None),
        Value::Month(Some(d)) => (format::year_month(lang, d), None),
        Value::Month(None) => (crate::i18n::Text::Never.get(lang).to_string(), None),
        Value::Missing(r) => (r.text().get(lang).to_string(), Some(r.key())),
    };
    html! {
        <div class={classes!("result", spec.big.then_some("big"), value.negative().then_some("negative"), reason.map(|_| "missing"))}>
            <span class="result-label">{ spec.label.get(lang) }</span>
            <span class="result-value" data-output={spec.key} data-value={value.data()} data-reason={reason}>
                <bdi>{ shown }</bdi>
                if reason.is_none() {
                    <>{ " " }<span class="result-unit">{ spec.unit.get(lang) }</span></>
                }
            </span>
        </div>
    }
}

/// A panel's result cards, in registry order.
pub fn cards(values: &[(OutputId, Value)], lang: Lang) -> Html {
    html! { <div class="results">{ for values.iter().map(|(id, v)| card(*id, v, lang)) }</div> }
}
