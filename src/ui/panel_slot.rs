//! Where a panel sits on the page: its wrapper, its tools, and the rule that
//! a panel scrolled far out of view is not re-rendered. While off screen
//! the slot keeps handing the panel the inputs it last showed, so the
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
use super::state::RowEdit;
use super::visibility::use_live_scenario;
use crate::i18n::{Lang, Text};
use crate::inputs::{InputId, Inputs};
use crate::presets::Preset;
use crate::url_state::{ExtraRow, Panel};

/// Props of [`PanelSlot`].
#[derive(Properties, PartialEq)]
pub struct PanelSlotProps {
    /// Which panel.
    pub panel: Panel,
    /// The scenario's inputs.
    pub inputs: Inputs,
    /// Rows added to the share table.
    pub rows: Vec<ExtraRow>,
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
}

/// The panel's title, for the embed snippet.
fn title(p: Panel) -> Text {
    match p {
        Panel::Miner => Text::PanelMiner,
        Panel::Outlook => Text::PanelOutlook,
        Panel::Pivot => Text::PanelPivot,
        Panel::Grid => Text::PanelGrid,
        Panel::Geography => Text::PanelGeography,
        Panel::Converter => Text::PanelConverter,
    }
}

/// One panel and its tools.
#[component]
pub fn PanelSlot(props: &PanelSlotProps) -> Html {
    let node = use_node_ref();
    let (inputs, rows) = use_live_scenario(node.clone(), (props.inputs.clone(), props.rows.clone()));
    let (lang, on_change, on_preset) = (props.lang, props.on_change.clone(), props.on_preset.clone());
    let p = props.panel;
    let body = match p {
        Panel::Miner => html! { <MinerPanel inputs={inputs.clone()} {lang} {on_change} /> },
        Panel::Outlook => html! { <OutlookPanel inputs={inputs.clone()} {lang} {on_change} {on_preset} /> },
        Panel::Pivot => html! { <PivotPanel inputs={inputs.clone()} {lang} {on_change} {on_preset} /> },
        // Panels that read few inputs get only those, so moving any other
        // slider leaves their props equal.
        Panel::Grid => html! { <GridPanel inputs={inputs.project(&grid_panel::INPUTS)} {lang} {on_change} {on_preset} /> },
        Panel::Geography => {
            let ids = [&geography_panel::KEY_INPUTS[..], &geography_panel::SHARE_INPUTS[..]].concat();
            html! { <GeographyPanel inputs={inputs.project(&ids)} {lang} {on_change} {on_preset} rows={rows.clone()} on_rows={props.on_rows.clone()} /> }
        }
        Panel::Converter => html! { <ConverterPanel inputs={inputs.project(&converter_panel::INPUTS)} {lang} {on_change} /> },
    };
    html! {
        <div ref={node} class="panel-wrap" data-panel={p.key()}>
            { body }
            if !props.embed {
                <PanelTools panel={p} title={title(p)} {inputs} {lang} rows={if p == Panel::Geography { rows } else { Vec::new() }} />
            }
        </div>
    }
}
