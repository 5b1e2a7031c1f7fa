//! An input whose values are named choices (e.g. the hashrate mode): a
//! radio group, keyboard-operable with the arrow keys.

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::inputs::InputId;

/// Props of [`ChoiceRow`].
#[derive(Properties, PartialEq)]
pub struct ChoiceRowProps {
    /// Which input (its registry entry has `choices`).
    pub id: InputId,
    /// Current value: the index of the chosen option.
    pub value: f64,
    /// Active language.
    pub lang: Lang,
    /// Called with the chosen index.
    pub on_change: Callback<(InputId, f64)>,
}

/// A labelled radio group.
#[component]
pub fn ChoiceRow(props: &ChoiceRowProps) -> Html {
    let spec = props.id.spec();
    let chosen = props.value.round() as usize;
    html! {
        <fieldset class="choice-row">
            <legend class="input-label">{ spec.label.get(props.lang) }</legend>
            { for spec.choices.iter().enumerate().map(|(i, label): (usize, &Text)| {
                let (cb, id) = (props.on_change.clone(), props.id);
                let onchange = Callback::from(move |_: Event| cb.emit((id, i as f64)));
                html! {
                    <label class="choice">
                        <input type="radio" name={spec.key} value={i.to_string()} checked={i == chosen} {onchange} />
                        { label.get(props.lang) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
