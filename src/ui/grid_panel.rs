//! Panel: the US grid gap (Morgan Stanley's figures) and the part converted
//! mining sites could cover, as a waterfall.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output::cards;
use super::panel_frame::{figure, frame, Frame};
use super::parts::{data_table, formulas, PanelProps};
use crate::chart::bars::{Bar, BarChart, Group};
use crate::format;
use crate::i18n::{Lang, Text, Unit};
use crate::model::grid::{self, Outcome, Scenario};
use crate::outputs;
use crate::panels::Panel;

/// The waterfall: demand, met, shortfall, covered by converted mines, left.
fn waterfall(o: &Outcome, s: &Scenario, lang: Lang) -> BarChart {
    let t = |text: Text| text.get(lang).to_string();
    let n = |v: f64| format::number(lang, v, 1);
    let bar = |from: f64, to: f64, colour: usize, outline: bool| Bar { from, to, colour, outline, label: n((to - from).abs()) };
    BarChart {
        groups: vec![
            Group { label: t(Text::StepDemand), bars: vec![bar(0.0, s.demand_gw, 0, false)] },
            Group { label: t(Text::StepMet), bars: vec![bar(o.shortfall_gw, s.demand_gw, 1, true)] },
            Group { label: t(Text::StepShortfall), bars: vec![bar(0.0, o.shortfall_gw, 0, false)] },
            Group { label: t(Text::StepCovered), bars: vec![bar(o.shortfall_after_gw, o.shortfall_gw, 2, true)] },
            Group { label: t(Text::StepLeft), bars: vec![bar(0.0, o.shortfall_after_gw, 0, false)] },
        ],
        y_title: Unit::Gw.get(lang).to_string(),
        y_decimals: 0,
    }
}

/// The grid-gap panel.
#[component]
pub fn GridPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario = crate::lower::grid(&props.scenario.inputs);
    let outcome = use_memo(scenario, grid::evaluate);
    let o = *outcome;
    let chart = waterfall(&o, &scenario, lang);
    let table = {
        let chart = chart.clone();
        Callback::from(move |()| {
            let head = vec![Text::ColStep.get(lang).to_string(), Unit::Gw.get(lang).to_string()];
            data_table(head, chart.groups.iter().map(|g| vec![g.label.clone(), g.bars[0].label.clone()]))
        })
    };
    let how = Callback::from(move |()| {
        let worked = crate::i18n::digits_in_text(
            lang,
            &format!(
                " = {} × {}% ÷ {} = {} {}",
                format::number(lang, scenario.mining_gw, 1),
                format::number(lang, scenario.convertible_pct, 0),
                format::number(lang, scenario.converted_pue, 2),
                format::number(lang, o.convertible_it_gw, 2),
                Unit::Gw.get(lang)
            ),
        );
        formulas(vec![(Text::FormulaGridShortfall, String::new()), (Text::FormulaGridCovered, worked)], lang)
    });
    let values = outputs::grid(&o);
    let results = html! {
        <>
            { cards(&values, lang) }
            <p class="claim">{ t(Text::PresetArticleGridNote) }</p>
        </>
    };
    let canvas = html! { <ChartCanvas spec={ChartSpec::Bars(chart)} alt={t(Text::ChartWaterfallAlt)} name="grid-waterfall" {lang} /> };
    frame(Frame {
        panel: Panel::Grid,
        props,
        scope: "grid-",
        controls: Html::default(),
        headline: values[0],
        results,
        figures: figure(t(Text::ChartWaterfallTitle), Vec::new(), canvas),
        table: Some(table),
        how,
        sources: &[Text::SourceGrid],
    })
}
