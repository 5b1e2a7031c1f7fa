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
use web_sys::Element;

use super::canvas::{self, ChartSpec};
use super::{outlook_panel, pivot_panel};
use crate::dom::{Card, InputNodes};
use crate::i18n::Lang;
use crate::inputs::InputId;
use crate::outputs::Values;
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

/// The nodes a panel's steps are written into, found at the first step
/// written after a render and kept until the panel renders again (the
/// caller drops them then), with what each shows: a step writes only what
/// changed, and reads nothing back.
pub struct Nodes {
    cards: Vec<Card>,
    /// The headline's pinned copy (`output::pin`), as the first card.
    pin: Option<Card>,
    texts: Vec<(Option<web_sys::Node>, Option<String>)>,
    /// The moved input's row.
    input: Option<(InputId, InputNodes)>,
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
    let (id, value) = moved;
    if n.input.as_ref().is_none_or(|(moved, _)| *moved != id) {
        n.input = Some((id, InputNodes::find(root, id.spec())));
    }
    if let Some((_, input)) = &n.input {
        input.write(id.spec(), value, lang, false);
    }
    true
}
