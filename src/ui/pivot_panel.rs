//! Panel: the site pivot, keep mining or lease to an AI tenant. Results
//! from `model::pivot::evaluate`; cumulative cash of both paths; a live
//! tornado of what moves the answer most.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output::{self, Card};
use super::parts::{data_table, formulas, input_rows, preset_buttons, Folded, PanelProps};
use crate::chart::timeline::{Level, Line, Marker, Timeline};
use crate::chart::tornado::{Row, Tornado};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::model::pivot::{self, Outcome, Scenario, Sensitivity};
use crate::model::protocol;
use crate::presets::{self};

/// Inputs always shown.
pub const KEY_INPUTS: [InputId; 6] = [
    InputId::SiteMw,
    InputId::LeaseUsdKwMonth,
    InputId::CapexUsdMPerMw,
    InputId::DiscountPct,
    InputId::Backstop,
    InputId::BackstopSpreadPct,
];
/// The rest, folded; the mining path's inputs are shared with the other panels.
pub const MORE_INPUTS: [InputId; 17] = [
    InputId::Discounted,
    InputId::BuildMonths,
    InputId::BuildMining,
    InputId::TermYears,
    InputId::EscalatorPct,
    InputId::OpexPct,
    InputId::ResidualPct,
    InputId::PueAi,
    InputId::PueMining,
    InputId::MiningOpexUsdMwh,
    InputId::BtcUsd,
    InputId::BtcGrowthPct,
    InputId::HashrateGrowthPct,
    InputId::EffJth,
    InputId::PowerUsdKwh,
    InputId::AsicUsdTh,
    InputId::AsicLifeYears,
];
/// Rows of the tornado shown.
pub const TORNADO_ROWS: usize = 5;

fn cumulative(values: &[f64]) -> Vec<f64> {
    values
        .iter()
        .scan(0.0, |sum, v| {
            *sum += v / 1e6;
            Some(*sum)
        })
        .collect()
}

fn cash_chart(o: &Outcome, s: &Scenario, discounted: bool, lang: Lang) -> Timeline {
    let (mining, ai) = if discounted { (&o.mining_discounted_usd, &o.ai_discounted_usd) } else { (&o.mining_cash_usd, &o.ai_cash_usd) };
    let (mining, ai) = (cumulative(mining), cumulative(ai));
    let months = mining.len() as i32;
    let height = s.outlook.today.height;
    let mut markers: Vec<Marker> =
        protocol::upcoming_halvings(height, crate::model::miner::date_of_height(height), s.outlook.block_time_s, 6)
            .into_iter()
            .map(|h| (o.start.months_until(h.date), h))
            .filter(|(m, _)| *m < months)
            .map(|(m, h)| Marker {
                month: f64::from(m),
                label: format!("{} {}", Text::Halving.get(lang), format::year_month(lang, h.date)),
                short: format!("½ {}", format::digits(lang, &h.date.year.to_string())),
                at_bottom: false,
            })
            .collect();
    let crossover = (1..mining.len()).find(|&m| ai[m] >= mining[m] && ai[m - 1] < mining[m - 1]);
    if let Some(m) = crossover {
        let label = format!("{} {}", Text::Crossover.get(lang), format::year_month(lang, o.start.plus_months(m as i32)));
        markers.push(Marker { month: m as f64, short: label.clone(), label, at_bottom: true });
    }
    Timeline {
        start: o.start,
        lines: vec![
            Line { name: "cumulative_ai_usd_m", values: ai, colour: 0, dash: None },
            Line { name: "cumulative_mining_usd_m", values: mining, colour: 1, dash: Some((10.0, 5.0)) },
        ],
        band: Vec::new(),
        levels: vec![Level { y: 0.0, label: format::number(lang, 0.0, 0) }],
        markers,
        log_y: false,
        include_zero: true,
        y_title: Text::UnitUsdM.get(lang).into(),
        y_decimals: 0,
    }
}

fn tornado_chart(rows: &[Sensitivity], base: f64, lang: Lang) -> Tornado {
    Tornado {
        rows: rows
            .iter()
            .take(TORNADO_ROWS)
            .map(|r| {
                let spec = r.id.spec();
                let n = |v: f64| format::number(lang, v, spec.decimals.max(if v.abs() < 10.0 { 2 } else { 0 }));
                Row {
                    label: format!("{}: {} → {} {}", spec.label.get(lang), n(r.values.0), n(r.values.1), spec.unit.get(lang)),
                    low: r.advantage_usd.0 / 1e6,
                    high: r.advantage_usd.1 / 1e6,
                }
            })
            .collect(),
        base: base / 1e6,
        x_title: Text::TornadoAxis.get(lang).into(),
    }
}

/// The site-pivot panel.
#[component]
pub fn PivotPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario = Scenario::from(&props.inputs);
    let outcome = use_memo(scenario, pivot::evaluate);
    let sensitivities = use_memo(scenario, pivot::tornado);
    let o = &*outcome;
    let discounted = props.inputs.get(InputId::Discounted) >= 0.5;
    let cash = cash_chart(o, &scenario, discounted, lang);
    let tornado = tornado_chart(&sensitivities, o.npv_advantage_ai_usd, lang);
    let order: Vec<&'static str> = sensitivities.iter().take(TORNADO_ROWS).map(|r| r.id.spec().key).collect();
    let usd_m =
        |key: &'static str, label: Text, v: Option<f64>, big: bool| output::scaled(key, label, v, 1e6, Text::UnitUsdM, 1, lang, big);
    let payback = match o.payback_ai_months {
        Some(m) => (format::number(lang, f64::from(m), 0), m.to_string()),
        None => (t(Text::NotReachable).to_string(), String::new()),
    };
    let how = Callback::from(move |()| {
        let lines =
            [Text::FormulaPivotSite, Text::FormulaPivotMining, Text::FormulaPivotAi, Text::FormulaPivotNpv, Text::FormulaPivotBreakeven];
        formulas(lines.iter().map(|&text| (text, String::new())).collect(), lang)
    });
    let table = {
        let cash = cash.clone();
        Callback::from(move |()| {
            let usd_m = |path: Text| format!("{} ({})", path.get(lang), Text::UnitUsdM.get(lang));
            let head = vec![Text::ColMonth.get(lang).to_string(), usd_m(Text::LegendAiPath), usd_m(Text::LegendMiningPath)];
            let rows = (0..cash.months()).step_by(6).map(|m| {
                vec![
                    format::year_month(lang, cash.start.plus_months(m as i32)),
                    format::number(lang, cash.lines[0].values[m], 1),
                    format::number(lang, cash.lines[1].values[m], 1),
                ]
            });
            data_table(head, rows)
        })
    };

    html! {
        <section class="panel" id="panel-pivot" aria-labelledby="h-pivot">
            <h2 id="h-pivot">{ t(Text::PanelPivot) }</h2>
            <p class="lede">{ t(Text::PanelPivotLede) }</p>
            { preset_buttons(&[&presets::HUT8_LEASE, &presets::MINING_TODAY], &props.on_preset, lang) }
            <div class="panel-body">
                <div class="results-col">
                    <div class="results">
                        { usd_m("npv_advantage_ai_usd", Text::OutAdvantage, Some(o.npv_advantage_ai_usd), true) }
                        { output::number("breakeven_lease_usd_kw_month", Text::OutBreakevenLease, o.breakeven_lease_usd_kw_month, Text::UnitUsdKwMonth, 1, lang, true) }
                        { usd_m("npv_ai_usd", Text::OutNpvAi, Some(o.npv_ai_usd), false) }
                        { usd_m("npv_mining_usd", Text::OutNpvMining, Some(o.npv_mining_usd), false) }
                        { usd_m("value_per_mw_ai_usd", Text::OutPerMwAi, Some(o.value_per_mw_ai_usd), false) }
                        { usd_m("value_per_mw_mining_usd", Text::OutPerMwMining, Some(o.value_per_mw_mining_usd), false) }
                        { output::number("irr_ai_pct", Text::OutIrrAi, o.irr_ai_pct, Text::UnitPctYear, 1, lang, false) }
                        { Card { key: "payback_ai_months", label: Text::OutPaybackAi, shown: payback.0, data: payback.1, unit: Text::UnitMonths, big: false, negative: false }.view(lang) }
                        { output::number("breakeven_btc_usd", Text::OutBreakevenBtcPivot, o.breakeven_btc_usd, Text::UnitUsd, 0, lang, false) }
                    </div>
                    <p class="aside">{ format!("{} {} {} · {} {} {} · {} {} {}", t(Text::ItLoad), format::number(lang, o.it_mw, 1), t(Text::UnitMw),
                        t(Text::SiteHashrate), format::number(lang, o.site_ph_per_s, 0), t(Text::UnitPhs), t(Text::Capex), format::number(lang, o.capex_usd / 1e6, 0), t(Text::UnitUsdM)) }</p>
                    <p class="aside">{ t(Text::BreakevenBtcNote) }</p>
                </div>
                { input_rows(props, &KEY_INPUTS, &MORE_INPUTS, "pivot-") }
            </div>
            <figure class="figure">
                <figcaption>{ if discounted { t(Text::ChartCashTitleDiscounted) } else { t(Text::ChartCashTitle) } }</figcaption>
                <ul class="legend">
                    <li class="legend-item series-0"><span class="swatch" aria-hidden="true"></span>{ t(Text::LegendAiPath) }</li>
                    <li class="legend-item series-1"><span class="swatch dashed" aria-hidden="true"></span>{ t(Text::LegendMiningPath) }</li>
                </ul>
                <ChartCanvas spec={ChartSpec::Timeline(cash)} alt={t(Text::ChartCashAlt)} name="pivot-cash" {lang} />
            </figure>
            <figure class="figure" data-tornado-order={order.join(",")}>
                <figcaption>{ t(Text::ChartTornadoTitle) }</figcaption>
                <ul class="legend">
                    <li class="legend-item"><span class="swatch-box s1 outline" aria-hidden="true"></span>{ t(Text::TornadoLow) }</li>
                    <li class="legend-item"><span class="swatch-box s0" aria-hidden="true"></span>{ t(Text::TornadoHigh) }</li>
                </ul>
                <ChartCanvas spec={ChartSpec::Tornado(tornado)} alt={t(Text::ChartTornadoAlt)} name="pivot-tornado" {lang} />
            </figure>
            <Folded summary={Text::TableShow} {lang} class="table-alt" content={table} />
            <Folded summary={Text::HowComputed} {lang} class="how" content={how} />
            <p class="source">{ t(Text::SourcePivot) }</p>
        </section>
    }
}
