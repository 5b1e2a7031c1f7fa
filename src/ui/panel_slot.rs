//! Where a panel sits on the page: its wrapper, its tools, and two rules
//! that keep a slider step to the panel being moved. While off screen the
//! slot keeps handing the panel the scenario it last showed, so the panel's
//! props stay equal and Yew skips it entirely; it catches up when it comes
//! back into view. And a change made in the panel is first the slot's own
//! (a [`Draft`]): the panel follows every step, while the page (its state,
//! the URL, the other panels) takes the change once the reader lets go of
//! the slider, leaves a number box, chooses an option, or pauses for
//! [`PAGE_AFTER_MS`] (the rules and their state machine: [`super::timing`]).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::converter_panel::ConverterPanel;
use super::geography_panel::GeographyPanel;
use super::grid_panel::GridPanel;
use super::live;
use super::miner_panel::MinerPanel;
use super::outlook_panel::OutlookPanel;
use super::panel_tools::PanelTools;
use super::pivot_panel::PivotPanel;
use super::timing::{use_live_scenario, Drafting, Quiet, Step, PAGE_AFTER_MS};
use crate::i18n::Lang;
use crate::inputs::InputId;

use crate::panels::Panel;
use crate::presets::Preset;
use crate::scenario::{RowEdit, Scenario};

/// Props of [`PanelSlot`].
#[derive(Properties, PartialEq)]
pub struct PanelSlotProps {
    /// Which panel.
    pub panel: Panel,
    /// The whole scenario (each panel is handed only the part it reads).
    pub scenario: Scenario,
    /// How many times the page replaced the whole scenario (`AppState::replaced`).
    pub replaced: u32,
    /// Active language.
    pub lang: Lang,
    /// Embedded: no tools.
    pub embed: bool,
    /// Called when an input changes.
    pub on_change: Callback<(InputId, f64)>,
    /// Called with a preset (None: the defaults).
    pub on_preset: Callback<Option<&'static Preset>>,
    /// Called to edit the added rows.
    pub on_rows: Callback<RowEdit>,
    /// The relative way from this page to the site's root.
    pub root: String,
}

/// Hands a draft's changes to the page (`on_change`, in the order made),
/// then renders the slot again (`rerender`): it shows the rest of the page
/// even if the page's state came out the same.
fn hand_over(drafting: &RefCell<Drafting>, on_change: &Callback<(InputId, f64)>, rerender: &UseForceUpdateHandle) {
    let changes = drafting.borrow_mut().hand_over();
    if changes.is_empty() {
        return;
    }
    for change in changes {
        on_change.emit(change);
    }
    rerender.force_update();
}

/// The part of `scenario` a panel reads: the inputs its results depend on
/// (`lower::inputs_of`, the rest at their defaults), and the added rows for
/// the geography panel alone. Moving any other slider leaves the panel's
/// props equal, so Yew skips it.
fn projection(panel: Panel, scenario: &Scenario) -> Scenario {
    Scenario {
        inputs: scenario.inputs.project(&panel.reads()),
        rows: if panel == Panel::Geography { scenario.rows.clone() } else { Vec::new() },
    }
}

/// One panel and its tools.
#[component]
pub fn PanelSlot(props: &PanelSlotProps) -> Html {
    let node = use_node_ref();
    let p = props.panel;
    let draft: Rc<RefCell<Drafting>> = use_mut_ref(Drafting::default);
    let page: Rc<RefCell<(Scenario, u32)>> = use_mut_ref(|| (props.scenario.clone(), props.replaced));
    let timer = use_mut_ref(Quiet::default);
    let rerender = use_force_update();
    // The language, and whether the panel shows this slot's draft (not a
    // value held while off screen), for the steps written in place.
    let lang_now = use_mut_ref(|| props.lang);
    let in_place = use_mut_ref(|| false);
    // The nodes steps are written into, found again after each render.
    let nodes = use_mut_ref(|| None::<live::Nodes>);
    *nodes.borrow_mut() = None;
    *lang_now.borrow_mut() = props.lang;
    *page.borrow_mut() = (props.scenario.clone(), props.replaced);
    draft.borrow_mut().follow(&props.scenario, props.replaced);
    let shown = draft.borrow().shown().map_or_else(|| props.scenario.clone(), Scenario::clone);
    // While a change is being made here, the page's other parts are not
    // rendered at all (the stylesheet's `[data-drafting]` rule).
    let drafting = draft.borrow().shown().is_some();
    // A change re-renders this slot only; the page follows at a pause.
    // Every step after a draft's first is written in place (`live`) where
    // the panel can, without a render.
    let on_change = use_callback(props.on_change.clone(), {
        let (draft, rerender, node, lang, in_place, nodes) =
            (draft.clone(), rerender.clone(), node.clone(), lang_now.clone(), in_place.clone(), nodes.clone());
        move |(id, value): (InputId, f64), page_on_change| {
            let step = {
                let page = page.borrow();
                draft.borrow_mut().step((&page.0, page.1), id, value)
            };
            let step = match step {
                Step::Unchanged => return,
                Step::First => None,
                Step::Next(shown) => in_place.borrow().then(|| projection(p, &shown)),
            };
            let (draft, page_on_change, after) = (draft.clone(), page_on_change.clone(), rerender.clone());
            timer.borrow_mut().start(PAGE_AFTER_MS, move || hand_over(&draft, &page_on_change, &after));
            let lang = *lang.borrow();
            let written = step.zip(node.cast::<web_sys::Element>()).is_some_and(|(scenario, root)| {
                live::of(p, &scenario, lang).is_some_and(|parts| live::write(&root, &mut nodes.borrow_mut(), parts, (id, value), lang))
            });
            if !written {
                rerender.force_update();
            }
        }
    });
    // Letting go of a slider, leaving a number box or choosing an option
    // (`change`, which bubbles) hands over at once.
    let on_commit = {
        let page_on_change = props.on_change.clone();
        Callback::from(move |_: Event| hand_over(&draft, &page_on_change, &rerender))
    };
    let live = use_live_scenario(node.clone(), shown.clone());
    *in_place.borrow_mut() = live == shown;
    let (scenario, lang) = (projection(p, &live), props.lang);
    let settled = if drafting { projection(p, &props.scenario) } else { scenario.clone() };
    let (on_preset, on_rows) = (props.on_preset.clone(), props.on_rows.clone());
    let body = match p {
        Panel::Miner => html! { <MinerPanel {scenario} {settled} {lang} {on_change} {on_preset} {on_rows} /> },
        Panel::Outlook => html! { <OutlookPanel {scenario} {settled} {lang} {on_change} {on_preset} {on_rows} /> },
        Panel::Pivot => html! { <PivotPanel {scenario} {settled} {lang} {on_change} {on_preset} {on_rows} /> },
        Panel::Grid => html! { <GridPanel {scenario} {settled} {lang} {on_change} {on_preset} {on_rows} /> },
        Panel::Geography => html! { <GeographyPanel {scenario} {settled} {lang} {on_change} {on_preset} {on_rows} /> },
        Panel::Converter => html! { <ConverterPanel {scenario} {settled} {lang} {on_change} {on_preset} {on_rows} /> },
    };
    html! {
        <div ref={node} class="panel-wrap" data-panel={p.key()} data-drafting={drafting.then_some("")} onchange={on_commit}>
            { body }
            if !props.embed {
                // Share and embed links carry the whole scenario.
                <PanelTools panel={p} scenario={live} {lang} root={props.root.clone()} />
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_a_panel_shows_is_in_its_projection() {
        for panel in Panel::ALL {
            let spec = panel.spec();
            let shared = if panel == Panel::Geography { &crate::lower::SHARE_INPUTS[..] } else { &[] };
            let ids = [spec.key_inputs, spec.more_inputs, shared].concat();
            let mut moved = Scenario::default();
            for &id in &ids {
                let spec = id.spec();
                moved.set(id, if spec.default == spec.max { spec.min } else { spec.max }).unwrap();
            }
            let projected = projection(panel, &moved);
            for id in ids {
                assert_eq!(projected.inputs.get(id), moved.inputs.get(id), "{panel:?} shows {}", id.spec().key);
            }
        }
    }
}
