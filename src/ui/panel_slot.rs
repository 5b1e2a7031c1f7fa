//! Where a panel sits on the page: its wrapper, its tools, and the rule that
//! a panel scrolled far out of view is not re-rendered. While off screen
//! the slot keeps handing the panel the scenario it last showed, so the
//! panel's props stay equal and Yew skips it entirely; it catches up when
//! it comes back into view.

use yew::prelude::*;

use super::converter_panel::{self, ConverterPanel};
use super::geography_panel::{self, GeographyPanel};
use super::grid_panel::{self, GridPanel};
use super::miner_panel::MinerPanel;
use super::outlook_panel::OutlookPanel;
use super::panel_tools::PanelTools;
use super::pivot_panel::PivotPanel;
use super::visibility::use_live_scenario;
use crate::i18n::Lang;
use crate::inputs::InputId;
use crate::lower;
use crate::presets::Preset;
use crate::scenario::{RowEdit, Scenario};
use crate::url_state::Panel;

/// Props of [`PanelSlot`].
#[derive(Properties, PartialEq)]
pub struct PanelSlotProps {
    /// Which panel.
    pub panel: Panel,
    /// The whole scenario (each panel is handed only the part it reads).
    pub scenario: Scenario,
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

/// The part of `scenario` a panel reads: panels that read few inputs get
/// only those (the rest at their defaults), so moving any other slider
/// leaves their props equal; only the geography panel gets the added rows.
fn projection(panel: Panel, scenario: &Scenario) -> Scenario {
    let only = |ids: &[InputId]| Scenario { inputs: scenario.inputs.project(ids), rows: Vec::new() };
    match panel {
        Panel::Miner | Panel::Outlook | Panel::Pivot => Scenario { inputs: scenario.inputs.clone(), rows: Vec::new() },
        Panel::Grid => only(&grid_panel::INPUTS),
        Panel::Geography => Scenario {
            inputs: scenario.inputs.project(&[&geography_panel::KEY_INPUTS[..], &lower::SHARE_INPUTS[..]].concat()),
            rows: scenario.rows.clone(),
        },
        Panel::Converter => only(&converter_panel::INPUTS),
    }
}

/// One panel and its tools.
#[component]
pub fn PanelSlot(props: &PanelSlotProps) -> Html {
    let node = use_node_ref();
    let p = props.panel;
    let live = use_live_scenario(node.clone(), props.scenario.clone());
    let scenario = projection(p, &live);
    let (lang, on_change, on_preset, on_rows) = (props.lang, props.on_change.clone(), props.on_preset.clone(), props.on_rows.clone());
    let body = match p {
        Panel::Miner => html! { <MinerPanel scenario={scenario.clone()} {lang} {on_change} /> },
        Panel::Outlook => html! { <OutlookPanel scenario={scenario.clone()} {lang} {on_change} {on_preset} /> },
        Panel::Pivot => html! { <PivotPanel scenario={scenario.clone()} {lang} {on_change} {on_preset} /> },
        Panel::Grid => html! { <GridPanel scenario={scenario.clone()} {lang} {on_change} {on_preset} /> },
        Panel::Geography => html! { <GeographyPanel scenario={scenario.clone()} {lang} {on_change} {on_preset} {on_rows} /> },
        Panel::Converter => html! { <ConverterPanel scenario={scenario.clone()} {lang} {on_change} /> },
    };
    html! {
        <div ref={node} class="panel-wrap" data-panel={p.key()}>
            { body }
            if !props.embed {
                // Share and embed links carry the whole scenario.
                <PanelTools panel={p} scenario={live} {lang} root={props.root.clone()} />
            }
        </div>
    }
}
