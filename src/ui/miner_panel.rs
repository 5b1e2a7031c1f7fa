//! Panel 1: miner economics today. Inputs from the registry, results from
//! `model::miner::evaluate`, one chart, the formulas with today's values.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output;
use super::parts::{data_table, formulas, input_rows, Folded, PanelProps};
use crate::chart;
use crate::format;
use crate::i18n::Text;
use crate::inputs::InputId;
use crate::model::miner::{self, Scenario};

/// The inputs that move the answer most, always shown.
pub const KEY_INPUTS: [InputId; 4] = [InputId::BtcUsd, InputId::PowerUsdKwh, InputId::EffJth, InputId::HashrateEhs];
/// The other inputs, folded under "More assumptions".
pub const MORE_INPUTS: [InputId; 4] = [InputId::FeesBtc, InputId::PoolFeePct, InputId::UptimePct, InputId::Height];

/// The miner-economics panel.
#[component]
pub fn MinerPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario = Scenario::from(&props.inputs);
    let outcome = use_memo(scenario, miner::evaluate);
    let curves = use_memo(scenario, miner::margin_curves);
    let n = |v: f64, d: u8| format::number(lang, v, d);

    let legend: Vec<String> = curves.fleets.iter().map(|f| format!("{} {}", n(f.eff_j_per_th, 1), t(Text::UnitJth))).collect();
    let labels = chart::miner::Labels {
        x: t(Text::ChartMarginX).into(),
        y: t(Text::ChartMarginY).into(),
        breakeven: n(outcome.breakeven_power_usd_per_kwh, 3),
    };

    let out = |key: &'static str, label: Text, value: Option<f64>, unit: Text, decimals: u8, big: bool| {
        output::number(key, label, value, unit, decimals, lang, big)
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
                        format!(
                            " = 144 × ({} + {}) ÷ ({} {} × 1,000) = {}",
                            n(o.subsidy_btc, 4),
                            n(s.fees_btc_per_block, 3),
                            n(s.hashrate_eh_per_s, 1),
                            Text::UnitEhs.get(lang),
                            n(o.btc_per_ph_day, 6)
                        ),
                    ),
                    (
                        Text::FormulaHashprice,
                        format!(" = {} × {} = {}", n(o.btc_per_ph_day, 6), n(s.btc_usd, 0), n(o.hashprice_usd_per_ph_day, 2)),
                    ),
                    (
                        Text::FormulaPower,
                        format!(
                            " = {} × 24 × {} × {}% = {}",
                            n(s.eff_j_per_th, 1),
                            n(s.power_usd_per_kwh, 3),
                            n(s.uptime_pct, 1),
                            n(o.power_cost_usd_per_ph_day, 2)
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

    html! {
        <section class="panel" id="panel-miner" aria-labelledby="h-miner">
            <h2 id="h-miner">{ t(Text::PanelMiner) }</h2>
            <p class="lede">{ t(Text::PanelMinerLede) }</p>
            <div class="panel-body">
                <div class="results-col">
                    <p class="per-note">{ t(Text::PerPhDayNote) }</p>
                    <div class="results">
                        { out("hashprice_usd_ph_day", Text::OutHashprice, Some(o.hashprice_usd_per_ph_day), Text::UnitUsdPhDay, 2, true) }
                        { out("margin_usd_ph_day", Text::OutMargin, Some(o.margin_usd_per_ph_day), Text::UnitUsdPhDay, 2, true) }
                        { out("power_cost_usd_ph_day", Text::OutPowerCost, Some(o.power_cost_usd_per_ph_day), Text::UnitUsdPhDay, 2, false) }
                        { out("btc_per_ph_day", Text::OutBtcPerPhDay, Some(o.btc_per_ph_day), Text::UnitBtcPhDay, 6, false) }
                        { out("breakeven_power_usd_kwh", Text::OutBreakevenPower, Some(o.breakeven_power_usd_per_kwh), Text::UnitUsdKwh, 4, false) }
                        { out("breakeven_btc_usd", Text::OutBreakevenBtc, o.breakeven_btc_usd, Text::UnitUsd, 0, false) }
                        { out("revenue_usd_mwh", Text::OutRevenueMwh, Some(o.revenue_usd_per_mwh), Text::UnitUsdMwh, 2, false) }
                        { out("issuance_btc_day", Text::OutIssuance, Some(o.issuance_btc_per_day), Text::UnitBtcDay, 2, false) }
                    </div>
                    <p class="aside">
                        { format!("{}: {} × 10¹² · {}: {} ({}, {} {})",
                            t(Text::OutDifficulty), n(o.difficulty / 1e12, 2),
                            t(Text::OutNextHalving), format::year_month(lang, o.next_halving.date), n(o.next_halving.height as f64, 0),
                            n(o.next_halving.subsidy_btc, 4), t(Text::UnitBtcPerBlock)) }
                    </p>
                </div>
                { input_rows(props, &KEY_INPUTS, &MORE_INPUTS, "") }
            </div>
            <figure class="figure">
                <figcaption>{ t(Text::ChartMarginTitle) }</figcaption>
                <ul class="legend">
                    { for legend.iter().enumerate().map(|(i, l)| html! {
                        <li class={format!("legend-item series-{i}")}>
                            <span class="swatch" aria-hidden="true"></span>
                            { if i == 0 { format!("{} ({l})", t(Text::ChartYourFleet)) } else { l.clone() } }
                        </li>
                    }) }
                    <li class="legend-item breakeven-item">
                        <span class="swatch-v" aria-hidden="true"></span>
                        { format!("{} {} {}", t(Text::ChartBreakeven), n(outcome.breakeven_power_usd_per_kwh, 3), t(Text::UnitUsdKwh)) }
                    </li>
                </ul>
                <ChartCanvas spec={ChartSpec::MinerMargin((*curves).clone(), labels.clone())} alt={t(Text::ChartAltText)} name="miner-margin" {lang} />
                <Folded summary={Text::TableShow} {lang} class="table-alt" content={table} />
            </figure>
            <Folded summary={Text::HowComputed} {lang} class="how" content={how} />
            <p class="source">{ t(Text::SourceNetwork) }</p>
            <p class="source">{ t(Text::SourceFleet) }</p>
        </section>
    }
}
