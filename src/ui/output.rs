//! Headline results: label, formatted value and unit, with the output
//! contract `data-output="<key>"`, a machine-readable `data-value`, and
//! `data-reason` (with the reason in words) where no value exists. What to
//! show comes from the output registry (`crate::outputs`).

use yew::prelude::*;

use crate::i18n::Lang;
pub use crate::outputs::shown;
use crate::outputs::{OutputId, Value};

/// One result card. A plain function, not a component: cards are many, and
/// a component type costs wasm bytes while Yew diffs the card anyway. Every
/// card has the same nodes whatever its value (a missing value's unit is
/// hidden by the stylesheet), so a drag step can write it in place.
pub fn card(id: OutputId, value: &Value, lang: Lang) -> Html {
    shown_box(id, value, lang, false)
}

/// The panel's headline again, pinned above its inputs on narrow screens
/// (the stylesheet shows it there only), so a reader dragging a slider far
/// below the cards still sees what it moves. The same nodes as a card,
/// without the `data-output` contract (the card holds it) and hidden from
/// assistive technology (the card and the live region say it).
pub fn pin(id: OutputId, value: &Value, lang: Lang) -> Html {
    shown_box(id, value, lang, true)
}

/// A card, or with `pin` the pinned copy.
fn shown_box(id: OutputId, value: &Value, lang: Lang, pin: bool) -> Html {
    let spec = id.spec();
    let (text, reason) = shown(id, value, lang);
    let class = classes!(
        if pin { "pin" } else { "result" },
        (spec.big && !pin).then_some("big"),
        value.negative().then_some("negative"),
        reason.map(|_| "missing"),
        matches!(value, Value::Month(None)).then_some("never")
    );
    html! {
        <div {class} aria-hidden={pin.then_some("true")}>
            <span class="result-label">{ spec.label_for(value).0.get(lang) }</span>
            <span class="result-value" data-output={(!pin).then_some(spec.key)} data-value={(!pin).then(|| value.data())} data-reason={reason.filter(|_| !pin)}>
                <bdi>{ text }</bdi>{ " " }<span class="result-unit">{ spec.unit.get(lang) }</span>
            </span>
        </div>
    }
}

/// A panel's result cards, in registry order.
pub fn cards(values: &[(OutputId, Value)], lang: Lang) -> Html {
    html! { <div class="results">{ for values.iter().map(|(id, v)| card(*id, v, lang)) }</div> }
}
