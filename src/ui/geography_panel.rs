//! Panel: hashrate geography: country shares before and after part of US
//! hashrate leaves for AI, and what it does to those who stay.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output;
use super::parts::{preset_buttons, Folded, InputRows, PanelProps};
use super::visibility::use_live_scenario;
use crate::chart::bars::{Bar, BarChart, Group};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::model::geography::{self, Outcome, Scenario};
use crate::presets::{self};

/// Inputs always shown.
pub const KEY_INPUTS: [InputId; 2] = [InputId::UsLeavePct, InputId::OthersResponsePct];
/// The share table, folded.
pub const SHARE_INPUTS: [InputId; 4] = [InputId::UsSharePct, InputId::RussiaSharePct, InputId::ChinaSharePct, InputId::RestSharePct];

/// Country names short enough for a phone's bar labels.
const SHORT_NAMES: [Text; 4] = [Text::ShortUs, Text::InRussiaSharePct, Text::InChinaSharePct, Text::ShortRest];

fn bars(o: &Outcome, lang: Lang) -> BarChart {
    let n = |v: f64| format!("{}%", format::number(lang, v, 1));
    BarChart {
        groups: (0..SHARE_INPUTS.len())
            .map(|i| Group {
                label: SHORT_NAMES[i].get(lang).to_string(),
                bars: vec![
                    Bar { from: 0.0, to: o.before_pct[i], colour: 0, outline: false, label: n(o.before_pct[i]) },
                    Bar { from: 0.0, to: o.after_pct[i], colour: 1, outline: true, label: n(o.after_pct[i]) },
                ],
            })
            .collect(),
        y_title: Text::UnitPct.get(lang).to_string(),
        y_decimals: 0,
    }
}

/// The hashrate-geography panel.
#[component]
pub fn GeographyPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario_now = Scenario::from(&props.inputs);
    let section = use_node_ref();
    let scenario = use_live_scenario(section.clone(), scenario_now);
    let outcome = use_memo(scenario, geography::evaluate);
    let o = *outcome;
    let chart = bars(&o, lang);
    let table = Callback::from(move |()| {
        html! {
            <table>
                <thead><tr><th scope="col">{ Text::ColCountry.get(lang) }</th><th scope="col">{ Text::ColBefore.get(lang) }</th><th scope="col">{ Text::ColAfter.get(lang) }</th></tr></thead>
                <tbody>{ for SHARE_INPUTS.iter().enumerate().map(|(i, id)| html! {
                    <tr><th scope="row">{ id.spec().label.get(lang) }</th><td>{ format::number(lang, o.before_pct[i], 2) }</td><td>{ format::number(lang, o.after_pct[i], 2) }</td></tr>
                }) }</tbody>
            </table>
        }
    });
    let how = Callback::from(move |()| html! { <ul><li>{ Text::FormulaGeography.get(lang) }</li></ul> });
    let out = |key: &'static str, label: Text, value: f64, big: bool| output::number(key, label, Some(value), Text::UnitPct, 1, lang, big);

    html! {
        <section ref={section} class="panel" id="panel-geography" aria-labelledby="h-geography">
            <h2 id="h-geography">{ t(Text::PanelGeography) }</h2>
            <p class="lede">{ t(Text::PanelGeographyLede) }</p>
            { preset_buttons(&[&presets::DIFFICULTY_DROP, &presets::Q3_2025_SHARES], &props.on_preset, lang) }
            <div class="panel-body">
                <div class="results-col">
                    <div class="results">
                        { out("us_share_after_pct", Text::OutUsShareAfter, o.after_pct[0], true) }
                        { out("hashprice_change_pct", Text::OutHashpriceChange, o.hashprice_change_pct, true) }
                        { out("russia_share_after_pct", Text::OutRussiaShareAfter, o.after_pct[1], false) }
                        { out("china_share_after_pct", Text::OutChinaShareAfter, o.after_pct[2], false) }
                        { out("network_hashrate_change_pct", Text::OutNetworkChange, o.network_hashrate_change_pct, false) }
                        { out("difficulty_change_pct", Text::OutDifficultyChange, o.difficulty_change_pct, false) }
                    </div>
                    if o.renormalised {
                        <p class="notice" role="status" data-notice="renormalised">
                            { format!("{} {}% — {}", t(Text::SharesSumTo), format::number(lang, o.entered_sum_pct, 1), t(Text::SharesRenormalised)) }
                        </p>
                    }
                </div>
                <div>
                    <InputRows key_ids={&KEY_INPUTS[..]} inputs={props.inputs.clone()} {lang} on_change={props.on_change.clone()} scope="geo-" />
                    <h3 class="subhead">{ t(Text::SharesBefore) }</h3>
                    <InputRows key_ids={&SHARE_INPUTS[..]} inputs={props.inputs.clone()} {lang} on_change={props.on_change.clone()} scope="geo-" />
                </div>
            </div>
            <figure class="figure">
                <figcaption>{ t(Text::ChartSharesTitle) }</figcaption>
                <ul class="legend">
                    <li class="legend-item"><span class="swatch-box s0" aria-hidden="true"></span>{ t(Text::ColBefore) }</li>
                    <li class="legend-item"><span class="swatch-box s1 outline" aria-hidden="true"></span>{ t(Text::ColAfter) }</li>
                </ul>
                <ChartCanvas spec={ChartSpec::Bars(chart)} alt={t(Text::ChartSharesAlt)} name="geography-shares" {lang} />
            </figure>
            <Folded summary={Text::TableShow} {lang} class="table-alt" content={table} />
            <Folded summary={Text::HowComputed} {lang} class="how" content={how} />
            <p class="source">{ t(Text::SourceGeography) }</p>
        </section>
    }
}
