//! One polite live region for screen readers. Result cards are not live
//! regions themselves (they would chatter on every slider step); instead,
//! once input has been quiet for a moment, this reads out the headline
//! results of the panel the reader is working in.

use super::timing::{Quiet, ANNOUNCE_AFTER_MS};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Lang;

/// Props of [`Announcer`].
#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    /// Active language (announcements follow the page's).
    pub lang: Lang,
}

/// The headline results of the panel holding `element`, as one sentence.
fn headline_of(element: &web_sys::Element) -> Option<String> {
    let panel = element.closest(".panel-wrap, .panel").ok().flatten()?;
    let cards = panel.query_selector_all(".result.big").ok()?;
    let parts: Vec<String> = (0..cards.length())
        .filter_map(|i| cards.item(i)?.dyn_into::<web_sys::Element>().ok()?.text_content())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The live region, fed after input pauses.
#[component]
pub fn Announcer(_props: &AnnouncerProps) -> Html {
    let text = use_state(String::new);
    {
        let text = text.clone();
        use_effect_with((), move |_| {
            let pending = std::rc::Rc::new(std::cell::RefCell::new(Quiet::default()));
            let listener = web_sys::window().and_then(|w| w.document()).map(|document| {
                gloo_events::EventListener::new(&document, "input", move |event| {
                    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
                    let text = text.clone();
                    pending.borrow_mut().start(ANNOUNCE_AFTER_MS, move || {
                        if let Some(sentence) = headline_of(&target) {
                            text.set(sentence);
                        }
                    });
                })
            });
            move || drop(listener)
        });
    }
    html! { <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="">{ (*text).clone() }</div> }
}
