//! The first module: makes a prerendered page's sliders, number boxes and
//! choices live, and its result cards follow them, before the app has
//! arrived (`www/boot.js` loads it first and the app after it). It computes
//! with the page's own code (the input registry validates, `outputs`
//! evaluates a panel and `outputs::shown` writes its numbers, through
//! `hashpivot::dom`, the writer of the app's own drag steps), so a number
//! reads the same whichever module wrote it.
//!
//! What it does not compute (charts, the story's sentences, the texts that
//! follow a panel's values, the odds computed after a pause) it marks
//! `behind` on the first move that changes them: the stylesheet dims them
//! until the app takes over. The reader's scenario is the document's
//! `data-moved` attribute (the query the app would write) and, a moment
//! later, the address: the app starts from it and, when it takes over,
//! loads it again if a move came in meanwhile (`ui::app`).
//!
//! It stays out of the way where it cannot show the page right: an address
//! asking for another language, panel or embedding than the copy's, or with
//! values it rejects, is the app's to show.

use std::cell::RefCell;
use std::rc::Rc;

use hashpivot::dom::{Card, InputNodes};
use hashpivot::i18n::Lang;
use hashpivot::inputs::{InputId, InputSpec, INPUTS};
use hashpivot::outputs::{self, Reason, Value};
use hashpivot::panels::Panel;
use hashpivot::scenario::Scenario;
use hashpivot::url_state::{self, View};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlInputElement};

// Single-threaded: a small free-list allocator is enough (as the library's).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32 without threads: nothing else can run while it allocates.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// The reader's page as the first module holds it.
struct First {
    document: Document,
    /// The prerendered copy (removed when the app takes over, with the
    /// listeners on it).
    copy: Element,
    scenario: Scenario,
    view: View,
    lang: Lang,
}

/// Makes the prerendered copy live: true if it did. Called once the
/// document is parsed (`www/boot.js`).
#[wasm_bindgen]
pub fn start() -> bool {
    let Some(first) = First::new() else { return false };
    let stale = first.document.document_element().is_some_and(|h| h.class_list().contains("stale"));
    if stale {
        first.show_all();
    }
    first.enable();
    let first = Rc::new(RefCell::new(first));
    let copy = first.borrow().copy.clone();
    for event in ["input", "change", "focusout"] {
        let first = first.clone();
        let on = Closure::<dyn FnMut(Event)>::new(move |e: Event| First::on_event(&first, &e));
        let _ = copy.add_event_listener_with_callback(event, on.as_ref().unchecked_ref());
        on.forget();
    }
    true
}

impl First {
    /// The copy and the scenario the address asks for, if this module can
    /// show it (see the module's doc).
    fn new() -> Option<First> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let html = document.document_element()?;
        let copy = document.query_selector(".prerendered").ok()??;
        let page = html.get_attribute("data-view")?;
        let search = window.location().search().unwrap_or_default();
        // The address's keys come last, so they win (as in `ui::start`).
        let query = [page.as_str(), "&", search.trim_start_matches('?')].concat();
        let (page_view, _) = url_state::decode_view(&page);
        let (view, rejected) = url_state::decode_view(&query);
        let decoded = url_state::decode(&query);
        let fallback = window.navigator().language().and_then(|l| Lang::from_tag(&l)).unwrap_or_default();
        let lang = view.lang.unwrap_or(fallback);
        let same_page = lang == page_view.lang.unwrap_or_default() && view.panel == page_view.panel && view.embed == page_view.embed;
        if !same_page || !rejected.is_empty() || !decoded.errors.is_empty() {
            return None;
        }
        Some(First { document, copy, scenario: decoded.scenario, view, lang })
    }

    /// The panels in the copy.
    fn panels(&self) -> impl Iterator<Item = (Panel, Element)> + '_ {
        Panel::ALL.into_iter().filter_map(|p| Some((p, self.copy.query_selector(&["#panel-", p.key()].concat()).ok()??)))
    }

    /// Every card and input of the copy at the scenario (an address that
    /// asks for another state than the prerendered one, `www/early.js`),
    /// then the copy shown with what follows only the app marked behind.
    fn show_all(&self) {
        for (panel, section) in self.panels() {
            self.write_cards(panel, &section);
            mark_behind(&self.copy, panel, &section);
        }
        for spec in INPUTS {
            self.write_input(spec, None);
        }
        if let Some(html) = self.document.document_element() {
            let _ = html.class_list().remove_1("stale");
        }
    }

    /// `panel`'s cards in `section`, and its pinned headline. The outputs
    /// computed after a pause say that they are being computed.
    fn write_cards(&self, panel: Panel, section: &Element) {
        let values = outputs::evaluate(panel, &self.scenario);
        for span in all(section, ".result-value[data-output]") {
            let key = span.get_attribute("data-output").unwrap_or_default();
            let Some(id) = outputs::OUTPUTS.iter().find(|o| o.key == key).map(|o| o.id) else { continue };
            let value = values.iter().find(|(v, _)| *v == id).map_or(Value::Missing(Reason::Pending), |(_, value)| *value);
            if let Some(mut card) = Card::of(span) {
                card.write(id, &value, self.lang, true);
            }
        }
        let pin = section.query_selector(".pin .result-value").ok().flatten().and_then(Card::of);
        if let (Some(mut pin), Some((id, value))) = (pin, values.first()) {
            pin.write(*id, value, self.lang, false);
        }
    }

    /// Every row of `spec`'s input (a shared input shows in two panels):
    /// box, slider and choices at the scenario's value; `error`, the box's
    /// text that could not be used, where there is one.
    fn write_input(&self, spec: &InputSpec, error: Option<(&Element, String)>) {
        let value = self.scenario.inputs.get(spec.id);
        for row in all(&self.copy, &["[data-input=\"", spec.key, "\"]"].concat()) {
            let message = error.as_ref().filter(|(r, _)| *r == &row).map(|(_, m)| m.as_str());
            if message.is_none() {
                InputNodes::of(Some(&row)).write(spec, value, self.lang, true);
            }
            let _ = row.class_list().toggle_with_force("invalid", message.is_some());
            if let Ok(Some(text)) = row.query_selector(".input-error") {
                text.set_text_content(Some(message.unwrap_or_default()));
            }
            if let Ok(Some(number)) = row.query_selector("input.number") {
                let _ = number.set_attribute("aria-invalid", if message.is_some() { "true" } else { "false" });
            }
        }
        if !spec.choices.is_empty() {
            for radio in all(&self.copy, &["input[type=radio][name=\"", spec.key, "\"]"].concat()) {
                let radio: HtmlInputElement = radio.unchecked_into();
                radio.set_checked(radio.value() == (value.round() as usize).to_string());
            }
        }
    }

    /// The copy's sliders, boxes and choices, enabled (the prerenderer
    /// writes them disabled: without a script they do nothing).
    fn enable(&self) {
        for input in all(&self.copy, "[data-input] input, .choice-row input[type=radio]") {
            input.unchecked_into::<HtmlInputElement>().set_disabled(false);
        }
        if let Some(html) = self.document.document_element() {
            let _ = html.set_attribute("data-first", "live");
        }
    }

    /// A slider moved, a box typed in or left, a choice made.
    fn on_event(this: &Rc<RefCell<First>>, event: &Event) {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let kind = input.type_();
        let row = input.closest("[data-input]").ok().flatten();
        let key = match (&row, kind.as_str()) {
            (_, "radio") => input.name(),
            (Some(row), _) => row.get_attribute("data-input").unwrap_or_default(),
            _ => return,
        };
        let Some(spec) = INPUTS.iter().find(|s| s.key == key) else { return };
        let mut first = this.borrow_mut();
        // The address at the end of a move (a slider let go, a box left, a
        // choice made): browsers refuse a page that rewrites it at every
        // step of a drag.
        if event.type_() == "change" && kind != "radio" {
            first.replace_url();
            return;
        }
        let value = match (event.type_().as_str(), kind.as_str()) {
            ("input", "range") => Ok(input.value_as_number()),
            ("input", "text") => spec.parse(&input.value()),
            ("change", "radio") if input.checked() => spec.parse(&input.value()),
            // Leaving a box whose text was used: it shows the value as written.
            ("focusout", "text") => {
                if spec.parse(&input.value()).is_ok() {
                    input.set_value(&spec.box_text(first.lang, first.scenario.inputs.get(spec.id)));
                }
                return;
            }
            _ => return,
        };
        match value {
            Ok(v) => first.set(spec.id, v),
            Err(error) => {
                let message = spec.error_message(first.lang, &error);
                if let Some(row) = &row {
                    first.write_input(spec, Some((row, message)));
                }
            }
        }
        if event.type_() == "change" {
            first.replace_url();
        }
    }

    /// Sets `id` to `value` (if valid and new) and shows what follows.
    fn set(&mut self, id: InputId, value: f64) {
        let before = self.scenario.inputs.get(id);
        if self.scenario.set(id, value).is_err() {
            return;
        }
        self.write_input(id.spec(), None);
        if self.scenario.inputs.get(id) == before {
            return;
        }
        for (panel, section) in self.panels() {
            if panel.reads().contains(&id) {
                self.write_cards(panel, &section);
                mark_behind(&self.copy, panel, &section);
            }
        }
        let query = url_state::encode_address(&self.scenario, &self.view, self.lang);
        if let Some(html) = self.document.document_element() {
            let _ = html.set_attribute("data-moved", &query);
        }
    }

    /// The address's query, replaced by `data-moved` (no history entry).
    fn replace_url(&self) {
        let Some(window) = web_sys::window() else { return };
        let moved = self.document.document_element().and_then(|h| h.get_attribute("data-moved"));
        let (Some(moved), true) = (moved, self.copy.is_connected()) else { return };
        let query = ["?", moved.as_str()].concat();
        if window.location().search().ok().as_deref() == Some(query.as_str()) {
            return;
        }
        let hash = window.location().hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&[query, hash].concat()));
        }
    }
}

/// The elements of `selector` under `root`, in document order.
fn all(root: &Element, selector: &str) -> impl Iterator<Item = Element> {
    let list = root.query_selector_all(selector).ok();
    list.into_iter().flat_map(|list| (0..list.length()).filter_map(move |i| list.get(i))).map(|node| node.unchecked_into())
}

/// Marks what in `panel` (its section, its lines of the story) only the
/// app computes as behind the cards (the stylesheet dims it).
fn mark_behind(copy: &Element, panel: Panel, section: &Element) {
    let _ = section.class_list().add_1("behind");
    for line in all(copy, &["[data-story=\"", panel.key(), "\"]"].concat()) {
        let _ = line.class_list().add_1("behind");
    }
}
