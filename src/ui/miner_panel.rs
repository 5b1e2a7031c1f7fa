//! Panel 1: miner economics today. Inputs from the registry, results from
//! `model::miner::evaluate`, one chart, the formulas with today's values.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output::cards;
use super::panel_frame::{figure, frame, Frame, LegendItem};
use super::parts::{data_table, formulas, PanelProps};
use crate::chart;
use crate::format;
use crate::i18n::{Text, Unit};
use crate::model::miner;
use crate::outputs;
use crate::panels::Panel;

/// The miner-economics panel.
#[component]
pub fn MinerPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario = crate::lower::miner(&props.scenario.inputs);
    let outcome = use_memo(scenario, miner::evaluate);
    let curves = use_memo(scenario, miner::margin_curves);
    let n = |v: f64, d: u8| format::number(lang, v, d);

    let legend: Vec<String> = curves.fleets.iter().map(|f| format!("{} {}", n(f.eff_j_per_th, 1), Unit::Jth.get(lang))).collect();
    let labels = chart::miner::Labels {
        x: t(Text::ChartMarginX).into(),
        y: t(Text::ChartMarginY).into(),
        breakeven: n(outcome.breakeven_power_usd_per_kwh, 3),
    };

    let o = &*outcome;
    let table = {
        let (curves, legend) = (curves.clone(), legend.clone());
        Callback::from(move |()| {
            let n = |v: f64, d: u8| format::number(lang, v, d);
            let head = std::iter::once(Text::ChartMarginX.get(lang).to_string())
                .chain(legend.iter().map(|l| format!("{l}: {}", Text::ChartMarginY.get(lang))))
                .collect();
            let rows = (0..curves.fleets[0].points.len()).step_by(4).map(|i| {
                std::iter::once(n(curves.fleets[0].points[i].0, 3)).chain(curves.fleets.iter().map(|f| n(f.points[i].1, 2))).collect()
            });
            data_table(head, rows)
        })
    };
    let how = {
        let o = outcome.clone();
        Callback::from(move |()| {
            let n = |v: f64, d: u8| format::number(lang, v, d);
            let s = scenario;
            formulas(
                vec![
                    (
                        Text::FormulaBtcPerPh,
                        crate::i18n::digits_in_text(
                            lang,
                            &format!(
                                " = 144 × ({} + {}) ÷ ({} {} × 1,000) = {}",
                                n(o.subsidy_btc, 4),
                                n(s.fees_btc_per_block, 3),
                                n(s.hashrate_eh_per_s, 1),
                                Unit::Ehs.get(lang),
                                n(o.btc_per_ph_day, 6)
                            ),
                        ),
                    ),
                    (
                        Text::FormulaHashprice,
                        format!(" = {} × {} = {}", n(o.btc_per_ph_day, 6), n(s.btc_usd, 0), n(o.hashprice_usd_per_ph_day, 2)),
                    ),
                    (
                        Text::FormulaPower,
                        crate::i18n::digits_in_text(
                            lang,
                            &format!(
                                " = {} × 24 × {} × {}% = {}",
                                n(s.eff_j_per_th, 1),
                                n(s.power_usd_per_kwh, 3),
                                n(s.uptime_pct, 1),
                                n(o.power_cost_usd_per_ph_day, 2)
                            ),
                        ),
                    ),
                    (
                        Text::FormulaMargin,
                        format!(
                            " = {} − {} = {}",
                            n(o.revenue_usd_per_ph_day, 2),
                            n(o.power_cost_usd_per_ph_day, 2),
                            n(o.margin_usd_per_ph_day, 2)
                        ),
                    ),
                    (Text::FormulaBreakeven, String::new()),
                    (Text::FormulaHashrate, String::new()),
                ],
                lang,
            )
        })
    };

    let series = ["series-0", "series-1", "series-2"];
    let mut legend_items: Vec<LegendItem> = legend
        .iter()
        .enumerate()
        .map(|(i, l)| LegendItem {
            class: series[i.min(2)],
            swatch: "swatch",
            text: if i == 0 { format!("{} ({l})", t(Text::ChartYourFleet)) } else { l.clone() },
        })
        .collect();
    legend_items.push(LegendItem {
        class: "breakeven-item",
        swatch: "swatch-v",
        text: format!("{} {} {}", t(Text::ChartBreakeven), n(o.breakeven_power_usd_per_kwh, 3), Unit::UsdKwh.get(lang)),
    });
    let chart = html! { <ChartCanvas spec={ChartSpec::MinerMargin((*curves).clone(), labels)} alt={t(Text::ChartAltText)} name="miner-margin" {lang} /> };
    let values = outputs::miner(o);
    frame(Frame {
        panel: Panel::Miner,
        props,
        scope: "",
        controls: Html::default(),
        headline: values[0],
        results: html! {
            <>
                <p class="per-note">{ t(Text::PerPhDayNote) }</p>
                { cards(&values, lang) }
                <p class="aside">
                    { crate::i18n::digits_in_text(lang, &format!("{}: {} × 10¹² · {}: {} ({}, {} {})",
                        t(Text::OutDifficulty), n(o.difficulty / 1e12, 2),
                        t(Text::OutNextHalving), format::year_month(lang, o.next_halving.date), n(o.next_halving.height as f64, 0),
                        n(o.next_halving.subsidy_btc, 4), Unit::BtcPerBlock.get(lang))) }
                </p>
            </>
        },
        figures: figure(t(Text::ChartMarginTitle), legend_items, chart),
        table: Some(table),
        how,
        sources: &[Text::SourceNetwork, Text::SourceFleet],
    })
}
