//! Writes a value into nodes a render made, without Yew (feature `dom`):
//! a result card, an input's row. The page's drag steps (`ui::live`) and
//! the first module (`first/`, which makes the prerendered copy live
//! before the app arrives) both write through here, so a number reads the
//! same whichever wrote it.
//!
//! **Invariant:** a write sets exactly what a render of the same value
//! shows on the same nodes (text nodes' values, attributes, classes), never
//! new nodes: `ui::output::card` and `ui::input_row` make nodes that look
//! the same whatever their value.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

use crate::decimal;
use crate::i18n::Lang;
use crate::inputs::InputSpec;
use crate::outputs::{self, OutputId, Value};

/// A result card's nodes and the value they show (None: as rendered, not
/// yet written).
pub struct Card {
    card: Element,
    /// The label's text (a comparison's words follow its sign).
    label: Option<Node>,
    span: Element,
    text: Option<Node>,
    shown: Option<Value>,
}

impl Card {
    /// The card of the value `span` (`.result-value`): the card (`.result`
    /// or `.pin`) around it, its label and its text (in its `bdi`).
    pub fn of(span: Element) -> Option<Card> {
        let text = span.query_selector("bdi").ok().flatten()?.first_child();
        let card = span.closest(".result, .pin").ok().flatten()?;
        let label = card.query_selector(".result-label").ok().flatten().and_then(|l| l.first_child());
        Some(Card { card, label, span, text, shown: None })
    }

    /// Shows `value`: its text, label and classes, and with `contract` (a
    /// card, not the pinned copy) its `data-value` and `data-reason`.
    pub fn write(&mut self, id: OutputId, value: &Value, lang: Lang, contract: bool) {
        if self.shown == Some(*value) {
            return;
        }
        let (text, reason) = outputs::shown(id, value, lang);
        if let Some(node) = &self.text {
            node.set_node_value(Some(&text));
        }
        if contract {
            let _ = self.span.set_attribute("data-value", &value.data());
        }
        // The reason and the classes only when the kind of value changes.
        let kind = |v: &Value| (v.negative(), matches!(v, Value::Missing(_)), matches!(v, Value::Month(None)));
        if self.shown.map(|v| kind(&v)) != Some(kind(value)) || reason.is_some() {
            if contract {
                let _ = match reason {
                    Some(r) => self.span.set_attribute("data-reason", r),
                    None => self.span.remove_attribute("data-reason"),
                };
            }
            // Only a comparison's label follows its value.
            if let (Some(node), Some(_)) = (&self.label, id.spec().label_if_negative()) {
                node.set_node_value(Some(id.spec().label_for(value).0.get(lang)));
            }
            let classes = self.card.class_list();
            let _ = classes.toggle_with_force("negative", value.negative());
            let _ = classes.toggle_with_force("missing", reason.is_some());
            let _ = classes.toggle_with_force("never", matches!(value, Value::Month(None)));
        }
        self.shown = Some(*value);
    }
}

/// An input's row (`data-input=<key>`): its number box and its slider.
pub struct InputNodes {
    number: Option<HtmlInputElement>,
    slider: Option<HtmlInputElement>,
}

impl InputNodes {
    /// The row of `spec`'s input under `root` (the first, where a shared
    /// input shows in two panels).
    pub fn find(root: &Element, spec: &InputSpec) -> InputNodes {
        let row = root.query_selector(&["[data-input=\"", spec.key, "\"]"].concat()).ok().flatten();
        InputNodes::of(row.as_ref())
    }

    /// The box and slider of `row`.
    pub fn of(row: Option<&Element>) -> InputNodes {
        let find = |selector: &str| row.and_then(|r| r.query_selector(selector).ok().flatten()).map(|e| e.unchecked_into());
        InputNodes { number: find("input.number"), slider: find("input[type=range]") }
    }

    /// Shows `value`: the box's text (unless the reader is typing in it),
    /// the slider's spoken value, and with `slider` its position too (the
    /// slider that was moved already shows it).
    pub fn write(&self, spec: &InputSpec, value: f64, lang: Lang, slider: bool) {
        if let Some(number) = &self.number {
            let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            if !focused.is_some_and(|f| &f == number.unchecked_ref::<Element>()) {
                number.set_value(&spec.box_text(lang, value));
            }
        }
        if let Some(s) = &self.slider {
            let _ = s.set_attribute("aria-valuetext", &spec.spoken(lang, value));
            if slider {
                s.set_value(&decimal::plain(value.max(spec.slider_min).min(spec.slider_max)));
            }
        }
    }
}
