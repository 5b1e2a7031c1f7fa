//! The one frame every model panel fills with data: heading and lede,
//! its presets (`PanelSpec::presets`), results beside the inputs (key ones shown, the rest folded),
//! figures, the folded data table and formulas, and the sources. A panel
//! file only computes its outcome and says what goes where.

use yew::prelude::*;

use super::parts::{input_rows, preset_buttons, Folded, PanelProps};
use crate::i18n::Text;
use crate::outputs::{OutputId, Value};
use crate::panels::Panel;

/// What a model panel puts in the frame.
pub struct Frame<'a> {
    /// Which panel (id, heading, lede).
    pub panel: Panel,
    /// The panel's props (inputs, language, callbacks).
    pub props: &'a PanelProps,
    /// Prefix of the number boxes' element ids (unique per panel).
    pub scope: &'static str,
    /// More controls after the input rows (the share table's added rows).
    pub controls: Html,
    /// The panel's headline result, pinned above the inputs on narrow
    /// screens ([`super::output::pin`]).
    pub headline: (OutputId, Value),
    /// The results column: cards and their notes.
    pub results: Html,
    /// The charts, each a [`figure`].
    pub figures: Html,
    /// Builds the charts' data table (folded; built only while open).
    pub table: Option<Callback<(), Html>>,
    /// Builds "How is this computed?" (folded; built only while open).
    pub how: Callback<(), Html>,
    /// Where the defaults and presets come from.
    pub sources: &'a [Text],
}

/// The panel's markup.
pub fn frame(f: Frame) -> Html {
    let lang = f.props.lang;
    let key = f.panel.key();
    let heading = format!("h-{key}");
    html! {
        <section class="panel" id={format!("panel-{key}")} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ f.panel.spec().title.get(lang) }</h2>
            <p class="lede">{ f.panel.spec().lede.get(lang) }</p>
            { super::story::panel_terms(lang, f.panel) }
            if !f.panel.spec().presets.is_empty() {
                { preset_buttons(f.panel.spec().presets, &f.props.on_preset, lang) }
            }
            <div class="panel-body">
                <div class="results-col">{ f.results }</div>
                <div class="controls">
                    { super::output::pin(f.headline.0, &f.headline.1, lang) }
                    { input_rows(f.props, f.panel, f.panel.spec().key_inputs, f.panel.spec().more_inputs, f.scope) }
                    { f.controls }
                </div>
            </div>
            { f.figures }
            if let Some(table) = f.table {
                <Folded summary={Text::TableShow} {lang} class="table-alt" content={table} />
            }
            <Folded summary={Text::HowComputed} {lang} class="how" content={f.how} />
            { for f.sources.iter().map(|s| html! { <p class="source">{ s.get(lang) }</p> }) }
        </section>
    }
}

/// One legend entry: a swatch (its CSS class) and its text.
pub struct LegendItem {
    /// Class of the `<li>` (e.g. `series-0`).
    pub class: &'static str,
    /// Class of the swatch (e.g. `swatch dashed`).
    pub swatch: &'static str,
    /// The entry's text.
    pub text: String,
}

/// A chart with its caption and legend.
pub fn figure(caption: &str, legend: Vec<LegendItem>, chart: Html) -> Html {
    html! {
        <figure class="figure">
            <figcaption>{ caption }</figcaption>
            if !legend.is_empty() {
                <ul class="legend">
                    { for legend.into_iter().map(|item| html! {
                        <li class={classes!("legend-item", item.class)}><span class={item.swatch} aria-hidden="true"></span>{ item.text }</li>
                    }) }
                </ul>
            }
            { chart }
        </figure>
    }
}
