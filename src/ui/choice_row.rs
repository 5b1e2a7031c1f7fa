//! An input whose values are named choices (e.g. the hashrate mode): a
//! radio group, keyboard-operable with the arrow keys.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::inputs::InputId;

/// A labelled radio group for input `id`, whose `value` is the index of
/// the chosen option; `on_change` gets the newly chosen index.
pub fn choice_row(id: InputId, value: f64, lang: Lang, on_change: Callback<(InputId, f64)>) -> Html {
    let spec = id.spec();
    let chosen = value.round() as usize;
    html! {
        <fieldset class="choice-row" key={spec.key}>
            <legend class="input-label">{ spec.label.get(lang) }</legend>
            { for spec.choices.iter().enumerate().map(|(i, label): (usize, &Text)| {
                let cb = on_change.clone();
                let onchange = Callback::from(move |_: Event| cb.emit((id, i as f64)));
                html! {
                    <label class="choice">
                        <input type="radio" name={spec.key} value={i.to_string()} checked={i == chosen} {onchange} />
                        { label.get(lang) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
