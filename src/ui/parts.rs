//! Pieces every panel uses: its input rows (number or choice), preset
//! buttons, and folded sections whose contents render only when opened.

use yew::prelude::*;

use super::choice_row::choice_row;
use super::input_row::InputRow;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::panels::Panel;
use crate::presets::Preset;
use crate::scenario::{RowEdit, Scenario};

/// Props of every panel: the scenario, the language and what to call back.
/// No callback has a default: a default `Callback` is a new one on every
/// render, which would make the props unequal and re-render the panel on
/// every input even while it is scrolled away.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The scenario (a panel that reads few inputs may get a projection:
    /// only those inputs, the rest at their defaults).
    pub scenario: Scenario,
    /// What the parts that follow only a pause (the tornado, the Monte
    /// Carlo fan) follow: the page's scenario while the panel holds a
    /// draft (`panel_slot`), else `scenario`.
    pub settled: Scenario,
    /// Active language.
    pub lang: Lang,
    /// Called when an input changes.
    pub on_change: Callback<(InputId, f64)>,
    /// Called with a preset to load (`None`: the defaults).
    pub on_preset: Callback<Option<&'static Preset>>,
    /// Called to edit the rows added to the hashrate-share table.
    pub on_rows: Callback<RowEdit>,
}

/// The other panels whose results `id` changes, named for the reader
/// ("Also changes: Site pivot"); empty when it is `panel`'s alone.
pub fn also_changes(id: InputId, panel: Panel, lang: Lang) -> String {
    let others: Vec<&str> =
        Panel::ALL.into_iter().filter(|p| *p != panel && p.reads().contains(&id)).map(|p| p.spec().title.get(lang)).collect();
    if others.is_empty() {
        return String::new();
    }
    format!("{} {}", Text::AlsoChanges.get(lang), others.join(" · "))
}

/// A panel's inputs: `key_ids` always shown, `more_ids` folded under "More
/// assumptions" (may be empty). `scope` prefixes the number boxes' element
/// ids. A function, not a component: the rows change on every input anyway.
pub fn input_rows(props: &PanelProps, panel: Panel, key_ids: &[InputId], more_ids: &[InputId], scope: &'static str) -> Html {
    let row = |id: InputId| {
        let (value, lang, on_change) = (props.scenario.inputs.get(id), props.lang, props.on_change.clone());
        if id.spec().choices.is_empty() {
            html! { <InputRow key={id.spec().key} {id} {value} {lang} {on_change} {scope} {panel} /> }
        } else {
            choice_row(id, value, lang, on_change)
        }
    };
    html! {
        <div class="inputs">
            { for key_ids.iter().map(|&id| row(id)) }
            if !more_ids.is_empty() {
                <details class="more">
                    <summary>{ Text::MoreAssumptions.get(props.lang) }</summary>
                    { for more_ids.iter().map(|&id| row(id)) }
                </details>
            }
        </div>
    }
}

/// A chart's data as a table: `head` names the columns; each row's first
/// cell heads its row.
pub fn data_table(head: Vec<String>, rows: impl Iterator<Item = Vec<String>>) -> Html {
    let row = |cells: Vec<String>| {
        let mut cells = cells.into_iter();
        html! {
            <tr>
                <th scope="row">{ cells.next().unwrap_or_default() }</th>
                { for cells.map(|c| html! { <td>{ c }</td> }) }
            </tr>
        }
    };
    html! {
        <table>
            <thead><tr>{ for head.into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
            <tbody>{ for rows.map(row) }</tbody>
        </table>
    }
}

/// The "How is this computed?" list: each formula in words, then (when not
/// empty) the same formula with the current values.
pub fn formulas(lines: Vec<(Text, String)>, lang: Lang) -> Html {
    html! { <ul>{ for lines.into_iter().map(|(text, worked)| html! { <li>{ text.get(lang) }{ worked }</li> }) }</ul> }
}

/// Preset buttons with their notes, and a way back to the defaults.
pub fn preset_buttons(presets: &[&'static Preset], on_preset: &Callback<Option<&'static Preset>>, lang: Lang) -> Html {
    let button = |preset: Option<&'static Preset>| {
        let cb = on_preset.clone();
        let (label, id, note) = match preset {
            Some(p) => (p.label, p.id, Some(p.note.get(lang))),
            None => (Text::PresetDefaults, "defaults", None),
        };
        html! { <button type="button" class="btn" data-preset={id} title={note} onclick={Callback::from(move |_| cb.emit(preset))}>{ label.get(lang) }</button> }
    };
    html! {
        <>
            <div class="presets" role="group" aria-label={Text::Presets.get(lang)}>
                { for presets.iter().map(|p| button(Some(p))) }
                { button(None) }
            </div>
            <details class="preset-notes">
                <summary>{ Text::PresetSources.get(lang) }</summary>
                <ul>{ for presets.iter().map(|p| html! { <li><strong>{ p.label.get(lang) }</strong>{ ": " }{ p.note.get(lang) }</li> }) }</ul>
            </details>
        </>
    }
}

/// Props of [`Folded`].
#[derive(Properties, PartialEq)]
pub struct FoldedProps {
    /// The summary line.
    pub summary: Text,
    /// Active language.
    pub lang: Lang,
    /// CSS class of the `<details>`.
    #[prop_or_default]
    pub class: Classes,
    /// Builds the contents; called only while open.
    pub content: Callback<(), Html>,
}

/// A `<details>` whose contents are built only while it is open, so tables
/// and formulas cost nothing per slider step when folded.
#[component]
pub fn Folded(props: &FoldedProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()))
    };
    html! {
        <details class={props.class.clone()} {ontoggle}>
            <summary>{ props.summary.get(props.lang) }</summary>
            if *open { { props.content.emit(()) } }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_input_names_the_other_panels_it_changes() {
        assert_eq!(
            also_changes(InputId::BtcUsd, Panel::Miner, Lang::En),
            "Also changes: Halving outlook: 2028 and 2032 · Keep mining, or become an AI data centre? · Unit converter"
        );
        assert!(also_changes(InputId::BtcUsd, Panel::Pivot, Lang::En).contains("Miner economics today"));
        assert_eq!(also_changes(InputId::SiteMw, Panel::Pivot, Lang::En), "", "the pivot's own");
        assert_eq!(also_changes(InputId::DemandGw, Panel::Grid, Lang::En), "");
    }
}
