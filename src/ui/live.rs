//! A drag step without a render. While a panel holds a draft
//! (`panel_slot`), each step after the first writes what it changes
//! straight into the nodes Yew made for the panel: the result cards, the
//! texts marked `data-live=<id>`, the headline pinned above the inputs, the moved input's number box, and the charts
//! that follow every step. Yew is not run for the step at all.
//!
//! **Invariant:** a write sets exactly what a render of the same scenario
//! would show, on the same nodes (text nodes' values, attributes, classes:
//! never new nodes). So each node shows either what Yew last rendered or
//! the draft's latest state, and the render at the hand-over (the draft's
//! latest state) leaves every node right whether or not its diff touches
//! it. Cards have the same nodes whatever their value (`output::card`).
//! The parts that follow only a pause (the tornado, the Monte Carlo fan)
//! follow the page's scenario while a draft is held (`PanelProps::settled`),
//! so nothing renders the panel from the draft's first step meanwhile.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::canvas::{self, ChartSpec};
use super::{input_row, outlook_panel, output, pivot_panel};
use crate::i18n::Lang;
use crate::inputs::InputId;
use crate::outputs::{OutputId, Value, Values};
use crate::panels::Panel;
use crate::scenario::Scenario;

/// What follows every step of a drag in a panel.
pub struct Live {
    /// The result cards' values, in the cards' order.
    pub values: Values,
    /// The text of each `data-live` element, by its id.
    pub texts: Vec<(&'static str, String)>,
    /// The charts that follow every step, each by its name.
    pub charts: Vec<(&'static str, ChartSpec)>,
}

/// The live parts of `panel` at `scenario` (the panel's projection), for
/// the panels that write their steps in place (the others render).
pub fn of(panel: Panel, scenario: &Scenario, lang: Lang) -> Option<Live> {
    match panel {
        Panel::Outlook => Some(outlook_panel::live(scenario, lang)),
        Panel::Pivot => Some(pivot_panel::live(scenario, lang)),
        _ => None,
    }
}

/// A result card's nodes and the value they show (None: as rendered,
/// not yet written).
struct Card {
    card: Element,
    /// The label's text (a comparison's words follow its sign).
    label: Option<web_sys::Node>,
    span: Element,
    text: Option<web_sys::Node>,
    shown: Option<Value>,
}

/// The nodes a panel's steps are written into, found at the first step
/// written after a render and kept until the panel renders again (the
/// caller drops them then), with what each shows: a step writes only what
/// changed, and reads nothing back.
pub struct Nodes {
    cards: Vec<Card>,
    /// The headline's pinned copy (`output::pin`), as the first card.
    pin: Option<Card>,
    texts: Vec<(Option<web_sys::Node>, Option<String>)>,
    /// The moved input, its number box and its slider.
    input: Option<(InputId, Option<HtmlInputElement>, Option<Element>)>,
}

impl Nodes {
    /// The panel's nodes under `root` for `live`'s parts (the cards are in
    /// registry order, as `live.values`); None if there are not as many.
    fn find(root: &Element, live: &Live) -> Option<Nodes> {
        // The cards a step changes: not those computed after a pause.
        let spans = root.query_selector_all(".result-value[data-output]:not([data-after-pause] *)").ok()?;
        if spans.length() as usize != live.values.len() {
            return None;
        }
        let mut cards = Vec::new();
        for i in 0..spans.length() {
            let span: Element = spans.get(i)?.unchecked_into();
            cards.push(Card::of(span)?);
        }
        let pin = root.query_selector(".pin .result-value").ok().flatten().and_then(Card::of);
        let mut texts = Vec::new();
        for (id, _) in &live.texts {
            let element = root.query_selector(&["[data-live=\"", id, "\"]"].concat()).ok().flatten()?;
            texts.push((element.first_child(), None));
        }
        Some(Nodes { cards, pin, texts, input: None })
    }
}

impl Card {
    /// The card of the value `span` (`.result-value`): the card (`.result`
    /// or `.pin`) around it, its label and its text (in its `bdi`).
    fn of(span: Element) -> Option<Card> {
        let text = span.query_selector("bdi").ok().flatten()?.first_child();
        let card = span.closest(".result, .pin").ok().flatten()?;
        let label = card.query_selector(".result-label").ok().flatten().and_then(|l| l.first_child());
        Some(Card { card, label, span, text, shown: None })
    }

    /// Shows `value`: its text, label and classes, and on a card (not the
    /// pinned copy) its `data-value` and `data-reason`.
    fn write(&mut self, id: OutputId, value: &Value, lang: Lang, contract: bool) {
        if self.shown == Some(*value) {
            return;
        }
        let (text, reason) = output::shown(id, value, lang);
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
            if let Some(node) = &self.label {
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

/// Writes a step into the panel under `root`: `live` (see [`of`]) and the
/// moved input `id` at `value`, into `nodes` (found on the first call after
/// a render). False, with nothing written, if the panel's nodes are not
/// the ones its render makes (the caller renders instead).
pub fn write(root: &Element, nodes: &mut Option<Nodes>, live: Live, moved: (InputId, f64), lang: Lang) -> bool {
    if nodes.is_none() {
        *nodes = Nodes::find(root, &live);
    }
    let Some(n) = nodes.as_mut() else { return false };
    for (card, (id, value)) in n.cards.iter_mut().zip(&live.values) {
        card.write(*id, value, lang, true);
    }
    if let (Some(pin), Some((id, value))) = (n.pin.as_mut(), live.values.first()) {
        pin.write(*id, value, lang, false);
    }
    for ((node, shown), (_, text)) in n.texts.iter_mut().zip(live.texts) {
        if shown.as_ref() != Some(&text) {
            if let Some(node) = node {
                node.set_node_value(Some(&text));
            }
            *shown = Some(text);
        }
    }
    for (name, spec) in live.charts {
        canvas::paint_live(name, spec, lang);
    }
    write_input(root, &mut n.input, moved, lang);
    true
}

/// The moved input's number box (unless the reader is typing in it) and
/// its slider's spoken value.
fn write_input(
    root: &Element,
    input: &mut Option<(InputId, Option<HtmlInputElement>, Option<Element>)>,
    (id, value): (InputId, f64),
    lang: Lang,
) {
    let spec = id.spec();
    if input.as_ref().is_none_or(|(moved, ..)| *moved != id) {
        // The input's row (`data-input`), its box and its slider.
        let row = root.query_selector(&["[data-input=\"", spec.key, "\"]"].concat()).ok().flatten();
        let find = |selector: &str| row.as_ref().and_then(|r| r.query_selector(selector).ok().flatten());
        let (number, slider) = (find("input.number"), find("input[type=range]"));
        *input = Some((id, number.map(|n| n.unchecked_into()), slider));
    }
    let Some((_, number, slider)) = input else { return };
    if let Some(number) = number {
        let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
        if !focused.is_some_and(|f| &f == number.unchecked_ref::<Element>()) {
            number.set_value(&input_row::box_text(lang, spec, value));
        }
    }
    if let Some(slider) = slider {
        let _ = slider.set_attribute("aria-valuetext", &input_row::spoken(lang, spec, value));
    }
}
