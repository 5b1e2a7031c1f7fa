//! One input: label, slider, number box and unit, all from the registry.
//! Typing beats dragging on a phone, so the box takes any value in the
//! domain (wider than the slider) and explains what it cannot use.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::decimal;
use crate::i18n::{Lang, Text};
use crate::inputs::{InputError, InputId, InputSpec};

/// Props of [`InputRow`].
#[derive(Properties, PartialEq)]
pub struct InputRowProps {
    /// Which input.
    pub id: InputId,
    /// Its current (valid) value.
    pub value: f64,
    /// Active language.
    pub lang: Lang,
    /// Called with a new valid value.
    pub on_change: Callback<(InputId, f64)>,
    /// Prefix of element ids, so a shared input can appear in two panels.
    #[prop_or_default]
    pub scope: AttrValue,
    /// The panel showing it (the row names the other panels it changes,
    /// `parts::also_changes`).
    pub panel: crate::panels::Panel,
}

/// A labelled slider with a number box beside it.
#[component]
pub fn InputRow(props: &InputRowProps) -> Html {
    let spec: &InputSpec = props.id.spec();
    // What the user typed, while it differs from the value (or is invalid).
    let draft = use_state(|| None::<(String, Option<InputError>)>);
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    // Worked out once per input, panel and language, not on every value.
    let also = use_memo((props.id, props.panel, lang), |&(id, panel, lang)| super::parts::also_changes(id, panel, lang));

    let on_slider = {
        let (cb, id, draft) = (props.on_change.clone(), props.id, draft.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value_as_number();
            if v.is_finite() {
                // Only when there is one: setting it renders the row.
                if draft.is_some() {
                    draft.set(None);
                }
                cb.emit((id, v));
            }
        })
    };
    let on_box = {
        let (cb, id, draft) = (props.on_change.clone(), props.id, draft.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match id.spec().parse(&text) {
                Ok(v) => {
                    draft.set(Some((text, None)));
                    cb.emit((id, v));
                }
                Err(err) => draft.set(Some((text, Some(err)))),
            }
        })
    };
    let on_blur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| {
            if draft.as_ref().is_some_and(|(_, err)| err.is_none()) {
                draft.set(None);
            }
        })
    };

    let box_value = match &*draft {
        Some((text, _)) => text.clone(),
        None => spec.box_text(lang, props.value),
    };
    let error = draft.as_ref().and_then(|(_, e)| e.clone());
    let box_id = format!("in-{}{}", props.scope, spec.key);
    let err_id = format!("err-{}{}", props.scope, spec.key);
    let slider_value = props.value.max(spec.slider_min).min(spec.slider_max);
    let unit = spec.unit.get(lang);
    let message = error.map(|e| spec.error_message(lang, &e));

    html! {
        <div class={classes!("input-row", message.is_some().then_some("invalid"))} data-input={spec.key}>
            <label class="input-label" for={box_id.clone()}>{ spec.label.get(lang) }</label>
            <input type="range" class="slider"
                aria-label={format!("{} ({})", spec.label.get(lang), t(Text::SliderFor))}
                aria-valuetext={spec.spoken(lang, props.value)}
                min={decimal::plain(spec.slider_min)} max={decimal::plain(spec.slider_max)} step={decimal::plain(spec.step)}
                value={decimal::plain(slider_value)} oninput={on_slider} />
            <span class="number-wrap">
                <input type="text" inputmode="decimal" class="number" id={box_id} name={spec.key}
                    autocomplete="off" spellcheck="false"
                    aria-invalid={message.is_some().to_string()}
                    aria-describedby={err_id.clone()}
                    value={box_value} oninput={on_box} onblur={on_blur} />
                <span class="unit">{ unit }</span>
            </span>
            <span class="input-error" id={err_id} role="alert">{ message.unwrap_or_default() }</span>
            if !also.is_empty() {
                <span class="input-also">{ (*also).clone() }</span>
            }
        </div>
    }
}
