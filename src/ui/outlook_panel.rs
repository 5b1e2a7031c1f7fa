//! Panel 2: the halving outlook. Results from `model::outlook::evaluate`;
//! three timelines (hashprice with the Monte Carlo fan, the user's margin,
//! hashrate in both modes); the article's preset.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output::{self, Card};
use super::parts::{data_table, formulas, input_rows, preset_buttons, Folded, PanelProps};
use crate::chart::timeline::{Level, Line, Marker, Timeline};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::model::outlook::{self, HashrateMode, Outcome, Scenario};
use crate::presets::{self};

/// The inputs that move the answer most, always shown.
pub const KEY_INPUTS: [InputId; 4] = [InputId::BtcGrowthPct, InputId::HashrateGrowthPct, InputId::VolatilityPct, InputId::HashrateMode];
/// The other inputs, folded; the shared ones also appear in the miner panel.
pub const MORE_INPUTS: [InputId; 12] = [
    InputId::FeeGrowthPct,
    InputId::FleetGainPct,
    InputId::MarginalEffJth,
    InputId::AsicUsdTh,
    InputId::AsicLifeYears,
    InputId::TargetMarginPct,
    InputId::BlockTimeS,
    InputId::BtcUsd,
    InputId::HashrateEhs,
    InputId::FeesBtc,
    InputId::EffJth,
    InputId::PowerUsdKwh,
];

/// Month index of each halving from the outcome's first month.
fn halving_markers(o: &Outcome, lang: Lang) -> Vec<Marker> {
    let start = o.months[0].date;
    o.halvings
        .iter()
        .map(|h| Marker {
            month: f64::from(start.months_until(h.date)) + f64::from(h.date.day - 1) / 30.0,
            label: format!("{} {}", Text::Halving.get(lang), format::year_month(lang, h.date)),
            short: format!("½ {}", format::digits(lang, &h.date.year.to_string())),
            at_bottom: false,
        })
        .collect()
}

fn charts(o: &Outcome, s: &Scenario, lang: Lang) -> [Timeline; 3] {
    let t = |text: Text| text.get(lang);
    let start = o.months[0].date;
    let markers = halving_markers(o, lang);
    let series = |f: fn(&outlook::Month) -> f64| o.months.iter().map(f).collect::<Vec<f64>>();
    let hashprice = Timeline {
        start,
        lines: vec![Line { name: "hashprice_usd_ph_day", values: series(|m| m.hashprice_usd_per_ph_day), colour: 0, dash: None }],
        band: o.band.iter().map(|b| (b.p10, b.p90)).collect(),
        levels: vec![Level {
            y: o.breakeven_hashprice_usd_per_ph_day,
            label: format!("{} {}", t(Text::LegendBreakevenHashprice), format::number(lang, o.breakeven_hashprice_usd_per_ph_day, 1)),
        }],
        markers: markers.clone(),
        log_y: true,
        include_zero: false,
        y_title: t(Text::ChartHashpriceY).into(),
        y_decimals: 0,
    };
    let mut margin_markers = markers.clone();
    if let Some(d) = o.fleet_unprofitable_month {
        let label = format::year_month(lang, d);
        margin_markers.push(Marker { month: f64::from(start.months_until(d)), short: label.clone(), label, at_bottom: true });
    }
    let margin = Timeline {
        start,
        lines: vec![Line { name: "margin_usd_ph_day", values: series(|m| m.margin_usd_per_ph_day), colour: 0, dash: None }],
        band: Vec::new(),
        levels: vec![Level { y: 0.0, label: format::number(lang, 0.0, 0) }],
        markers: margin_markers,
        log_y: false,
        include_zero: true,
        y_title: t(Text::ChartOutlookMarginY).into(),
        y_decimals: 0,
    };
    let (growth, equilibrium) = match s.mode {
        HashrateMode::Growth => (series(|m| m.hashrate_eh_per_s), series(|m| m.hashrate_other_mode_eh_per_s)),
        HashrateMode::Equilibrium => (series(|m| m.hashrate_other_mode_eh_per_s), series(|m| m.hashrate_eh_per_s)),
    };
    let hashrate = Timeline {
        start,
        lines: vec![
            Line {
                name: "hashrate_ehs_growth_mode",
                values: growth,
                colour: 0,
                dash: (s.mode != HashrateMode::Growth).then_some((10.0, 5.0)),
            },
            Line {
                name: "hashrate_ehs_equilibrium_mode",
                values: equilibrium,
                colour: 1,
                dash: (s.mode != HashrateMode::Equilibrium).then_some((10.0, 5.0)),
            },
        ],
        band: Vec::new(),
        levels: Vec::new(),
        markers,
        log_y: true,
        include_zero: false,
        y_title: t(Text::ChartHashrateY).into(),
        y_decimals: 0,
    };
    [hashprice, margin, hashrate]
}

/// The halving-outlook panel.
#[component]
pub fn OutlookPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let n = |v: f64, d: u8| format::number(lang, v, d);
    let scenario = Scenario::from(&props.inputs);
    let outcome = use_memo(scenario, outlook::evaluate);
    let o = &*outcome;
    let [hashprice_chart, margin_chart, hashrate_chart] = charts(o, &scenario, lang);
    let (unprofitable_shown, unprofitable_data) = match o.fleet_unprofitable_month {
        Some(d) => (format::year_month(lang, d), d.year_month()),
        None => (t(Text::Never).to_string(), "never".to_string()),
    };
    let out = |key: &'static str, label: Text, value: Option<f64>, unit: Text, decimals: u8, big: bool| {
        output::number(key, label, value, unit, decimals, lang, big)
    };

    let table = {
        let o = outcome.clone();
        Callback::from(move |()| {
            let (n, t) = (|v: f64, d: u8| format::number(lang, v, d), |text: Text| text.get(lang));
            let head = [Text::ColMonth, Text::ColBtcPrice, Text::ColSubsidy, Text::ColHashrate, Text::ColHashprice, Text::ColMargin];
            let rows = o.months.iter().step_by(6).map(|m| {
                vec![
                    format::year_month(lang, m.date),
                    n(m.btc_usd, 0),
                    n(m.subsidy_btc, 4),
                    n(m.hashrate_eh_per_s, 0),
                    n(m.hashprice_usd_per_ph_day, 2),
                    n(m.margin_usd_per_ph_day, 2),
                ]
            });
            data_table(head.iter().map(|h| t(*h).to_string()).collect(), rows)
        })
    };
    let how = {
        let o = outcome.clone();
        Callback::from(move |()| {
            let n = |v: f64, d: u8| format::number(lang, v, d);
            let required = format!(
                " = (({} + {}) ÷ ({} + {} × {})^¼ × {} − 1 = {}%",
                n(o.months[0].subsidy_btc, 4),
                n(scenario.today.fees_btc_per_block, 3),
                n(o.months[0].subsidy_btc / 2.0, 5),
                n(scenario.today.fees_btc_per_block, 3),
                n((1.0 + scenario.fee_growth_pct / 100.0).powi(4), 3),
                n(1.0 + scenario.hashrate_growth_pct / 100.0, 2),
                n(o.required_btc_growth_pct, 1)
            );
            let words = |text: Text| (text, String::new());
            formulas(
                vec![
                    words(Text::FormulaOutlookSubsidy),
                    words(Text::FormulaOutlookPrice),
                    words(Text::FormulaOutlookEquilibrium),
                    (Text::FormulaOutlookRequired, required),
                ],
                lang,
            )
        })
    };

    html! {
        <section class="panel" id="panel-outlook" aria-labelledby="h-outlook">
            <h2 id="h-outlook">{ t(Text::PanelOutlook) }</h2>
            <p class="lede">{ t(Text::PanelOutlookLede) }</p>
            { preset_buttons(&[&presets::ARTICLE_OUTLOOK], &props.on_preset, lang) }
            <div class="panel-body">
                <div class="results-col">
                    <div class="results">
                        { out("required_btc_growth_pct", Text::OutRequiredGrowth, Some(o.required_btc_growth_pct), Text::UnitPctYear, 1, true) }
                        { Card { key: "fleet_unprofitable_month", label: Text::OutUnprofitableMonth, shown: unprofitable_shown, data: unprofitable_data,
                            unit: Text::UnitNone, big: true, negative: o.fleet_unprofitable_month.is_some() }.view(lang) }
                        { out("issuance_btc_day_2028", Text::OutIssuance2028, Some(o.issuance_btc_per_day_2028), Text::UnitBtcDay, 2, false) }
                        { out("issuance_btc_day_2032", Text::OutIssuance2032, Some(o.issuance_btc_per_day_2032), Text::UnitBtcDay, 2, false) }
                        { out("hashprice_usd_ph_day_now", Text::OutHashpriceNow, Some(o.hashprice_now_usd_per_ph_day), Text::UnitUsdPhDay, 2, false) }
                        { out("hashprice_usd_ph_day_after_2028", Text::OutHashpriceAfter2028, o.hashprice_after_2028_usd_per_ph_day, Text::UnitUsdPhDay, 2, false) }
                    </div>
                    <p class="claim">
                        { t(Text::RequiredGrowthClaim) }{ " " }
                        <strong>{ format!("{}%", n(o.required_btc_growth_pct, 1)) }</strong>
                    </p>
                </div>
                { input_rows(props, &KEY_INPUTS, &MORE_INPUTS, "outlook-") }
            </div>
            <figure class="figure">
                <figcaption>{ t(Text::ChartHashpriceTitle) }</figcaption>
                <ul class="legend">
                    <li class="legend-item series-0"><span class="swatch" aria-hidden="true"></span>{ t(Text::LegendMedianPath) }</li>
                    if !o.band.is_empty() {
                        <li class="legend-item"><span class="swatch-band" aria-hidden="true"></span>{ t(Text::LegendBand) }</li>
                    }
                    <li class="legend-item"><span class="swatch-level" aria-hidden="true"></span>{ t(Text::LegendBreakevenHashprice) }</li>
                </ul>
                <ChartCanvas spec={ChartSpec::Timeline(hashprice_chart)} alt={t(Text::ChartHashpriceAlt)} name="outlook-hashprice" {lang} />
            </figure>
            <figure class="figure">
                <figcaption>{ t(Text::ChartOutlookMarginTitle) }</figcaption>
                <ChartCanvas spec={ChartSpec::Timeline(margin_chart)} alt={t(Text::ChartOutlookMarginAlt)} name="outlook-margin" {lang} />
            </figure>
            <figure class="figure">
                <figcaption>{ t(Text::ChartHashrateTitle) }</figcaption>
                <ul class="legend">
                    <li class="legend-item series-0"><span class={if scenario.mode == HashrateMode::Growth { "swatch" } else { "swatch dashed" }} aria-hidden="true"></span>
                        { t(Text::ModeGrowth) }{ if scenario.mode == HashrateMode::Growth { format!(" ({})", t(Text::LegendChosenMode)) } else { String::new() } }</li>
                    <li class="legend-item series-1"><span class={if scenario.mode == HashrateMode::Equilibrium { "swatch solid" } else { "swatch" }} aria-hidden="true"></span>
                        { t(Text::ModeEquilibrium) }{ if scenario.mode == HashrateMode::Equilibrium { format!(" ({})", t(Text::LegendChosenMode)) } else { String::new() } }</li>
                </ul>
                <ChartCanvas spec={ChartSpec::Timeline(hashrate_chart)} alt={t(Text::ChartHashrateAlt)} name="outlook-hashrate" {lang} />
            </figure>
            <Folded summary={Text::TableShow} {lang} class="table-alt" content={table} />
            <Folded summary={Text::HowComputed} {lang} class="how" content={how} />
            <p class="source">{ t(Text::SourceOutlook) }</p>
        </section>
    }
}
