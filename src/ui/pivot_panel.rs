//! Panel: the site pivot, keep mining or lease to an AI tenant. Results
//! from `model::pivot::evaluate`; cumulative cash of both paths; a tornado
//! of what moves the answer most and the odds over random bitcoin prices
//! (both following the inputs once they pause); for a public deal's preset,
//! its announced value beside what its inputs pay.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::live::Live;
use super::output::{card, cards};
use super::panel_frame::{figure, frame, Frame, LegendItem};
use super::parts::{data_table, formulas, PanelProps};
use super::timing::{use_settled, use_stepped, Stepped, ODDS_QUIET_MS, TORNADO_QUIET_MS};
use crate::chart::bars::{Bar, BarChart, Group};
use crate::chart::timeline::{Level, Line, Marker, Timeline};
use crate::chart::tornado::{Row, Tornado};
use crate::format;
use crate::i18n::{Lang, Text, Unit};
use crate::inputs::InputId;
use crate::lower;
use crate::model::pivot::{self, Odds, OddsRun, Outcome, Sensitivity};
use crate::outputs::{self, Reason, Value, AFTER_A_PAUSE};
use crate::panels::Panel;
use crate::presets::{self, Deal};
use crate::scenario::Scenario;

/// Rows of the tornado shown.
pub const TORNADO_ROWS: usize = 5;

/// The `data-live` id of the sentence about the site, written at every step.
const SITE_LINE: &str = "site-line";

/// Paths of the odds followed per task: about a millisecond on a desktop.
const ODDS_PATHS_PER_STEP: u32 = 50;
/// Bars of the odds' distribution chart.
const ODDS_BINS: usize = 10;

impl Stepped for OddsRun {
    type Output = Odds;

    fn step(&mut self) -> bool {
        self.advance(ODDS_PATHS_PER_STEP)
    }

    fn finish(self) -> Odds {
        self.into_odds()
    }
}

/// The odds' distribution: the share of the paths in each range of
/// converting's advantage, in USD millions; converting's side filled.
fn odds_chart(odds: &Odds, lang: Lang) -> BarChart {
    let n = |v: f64, d: u8| format::number(lang, v, d);
    BarChart {
        groups: odds
            .histogram(ODDS_BINS)
            .into_iter()
            .map(|(from, to, pct)| {
                let middle = (from + to) / 2.0 / 1e6;
                Group {
                    label: n(middle, 0),
                    bars: vec![Bar { from: 0.0, to: pct, colour: usize::from(middle < 0.0), outline: middle < 0.0, label: n(pct, 0) }],
                }
            })
            .collect(),
        y_title: Text::UnitPctOfPaths.get(lang).to_string(),
        y_decimals: 0,
    }
}

/// For a public deal's preset: what was announced beside what its inputs
/// (starting at `start_usd_kw_month`) pay.
fn deal_line(deal: &Deal, o: &Outcome, start_usd_kw_month: f64, lang: Lang) -> String {
    let (t, n) = (|text: Text| text.get(lang), |v: f64, d: u8| format::number(lang, v, d));
    let rate = Unit::UsdKwMonth.get(lang);
    format!(
        "{}: {} {} · {}: {} {} · {} {} {} ({}) · {} {} {}",
        t(Text::DealAnnounced),
        n(deal.value_usd / 1e6, 0),
        Unit::UsdM.get(lang),
        t(Text::DealPayments),
        n(o.lease_payments_usd / 1e6, 0),
        Unit::UsdM.get(lang),
        t(Text::DealStart),
        n(start_usd_kw_month, 1),
        rate,
        if deal.escalator_stated { t(Text::DealEscalatorStated) } else { t(Text::DealEscalatorNone) },
        t(Text::DealLevel),
        n(deal.level_lease_usd_kw_month(), 1),
        rate,
    )
}

fn cash_chart(o: &Outcome, discounted: bool, lang: Lang) -> Timeline {
    let (ai, mining) = o.cumulative_usd(discounted);
    let usd_m = |v: Vec<f64>| v.into_iter().map(|x| x / 1e6).collect::<Vec<f64>>();
    let mut markers: Vec<Marker> = o
        .halvings
        .iter()
        .map(|&(m, h)| Marker {
            month: f64::from(m),
            label: format!("{} {}", Text::Halving.get(lang), format::year_month(lang, h.date)),
            short: format!("½ {}", format::digits(lang, &h.date.year.to_string())),
            at_bottom: false,
        })
        .collect();
    if let Some(m) = o.crossover_month(discounted) {
        let label = format!("{} {}", Text::Crossover.get(lang), format::year_month(lang, o.start.plus_months(m as i32)));
        markers.push(Marker { month: f64::from(m), short: label.clone(), label, at_bottom: true });
    }
    let (ai, mining) = (usd_m(ai), usd_m(mining));
    Timeline {
        start: o.start,
        lines: vec![
            Line { name: "cumulative_ai_usd_m", values: ai, colour: 0, dash: None },
            Line { name: "cumulative_mining_usd_m", values: mining, colour: 1, dash: Some((10.0, 5.0)) },
        ],
        band: Vec::new(),
        levels: vec![Level { y: 0.0, label: format::number(lang, 0.0, 0), short: format::number(lang, 0.0, 0) }],
        markers,
        log_y: false,
        include_zero: true,
        y_title: Unit::UsdM.get(lang).into(),
        y_decimals: 0,
    }
}

fn tornado_chart(rows: &[Sensitivity], base: f64, lang: Lang) -> Tornado {
    Tornado {
        rows: rows
            .iter()
            .take(TORNADO_ROWS)
            .map(|r| {
                let spec = lower::lever_input(r.lever).spec();
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

/// Whether the cash chart shows discounted cash (a choice among the inputs).
fn discounted(scenario: &Scenario) -> bool {
    scenario.inputs.get(InputId::Discounted) >= 0.5
}

/// The cash chart's name (its element id and export file name).
const CASH_CHART: &str = "pivot-cash";

/// The line under the results: IT load, the site's hashrate and the capex.
fn site_line(o: &Outcome, lang: Lang) -> String {
    let t = |text: Text| text.get(lang);
    format!(
        "{} {} {} · {} {} {} · {} {} {}",
        t(Text::ItLoad),
        format::number(lang, o.it_mw, 1),
        Unit::Mw.get(lang),
        t(Text::SiteHashrate),
        format::number(lang, o.site_ph_per_s, 0),
        Unit::Phs.get(lang),
        t(Text::Capex),
        format::number(lang, o.capex_usd / 1e6, 0),
        Unit::UsdM.get(lang)
    )
}

/// What follows every step of a drag (`live`): the cards, the site line
/// and the cash chart.
pub fn live(scenario: &Scenario, lang: Lang) -> Live {
    let o = pivot::evaluate(&lower::pivot(&scenario.inputs));
    let discounted = discounted(scenario);
    Live {
        values: outputs::pivot(&o),
        texts: vec![(SITE_LINE, site_line(&o, lang))],
        charts: vec![(CASH_CHART, ChartSpec::Timeline(cash_chart(&o, discounted, lang)))],
    }
}

/// The site-pivot panel.
#[component]
pub fn PivotPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario = lower::pivot(&props.scenario.inputs);
    let outcome = use_memo(scenario, pivot::evaluate);
    // The tornado (twice as many model runs as levers) follows the inputs
    // once they pause, like the outlook's fan: a drag redraws the results
    // and the cash chart only.
    // While the panel holds a draft, `settled` is the page's scenario: the
    // tornado stays as it was until the draft is handed over.
    let o = &*outcome;
    let settled = lower::pivot(&use_settled(props.settled.clone(), TORNADO_QUIET_MS, false).inputs);
    let tornado_data = use_memo(settled, |s| (lower::tornado(s), pivot::advantage(s)));
    // The odds (a thousand price paths): once the reader pauses, in short
    // tasks, never while the panel holds a draft; shown only for the inputs shown.
    let drafting = props.settled != props.scenario;
    let odds = use_stepped(lower::pivot(&props.settled.inputs), drafting, ODDS_QUIET_MS, |s: &pivot::Scenario| Some(OddsRun::new(s)));
    // A prerendered page (read without JavaScript too) shows them computed.
    let prerendered = super::PRERENDERING.then(|| pivot::odds(&scenario));
    // The last odds computed stay drawn, dimmed, until the current ones are
    // (the panel keeps its height while a slider moves).
    let last = prerendered.as_ref().or(odds.as_deref().map(|(_, odds)| odds));
    let odds = prerendered.as_ref().or(odds.as_deref().filter(|(s, _)| *s == scenario).map(|(_, odds)| odds));
    let odds_values = match odds {
        Some(odds) => outputs::odds(odds),
        None => AFTER_A_PAUSE.iter().map(|&id| (id, Value::Missing(Reason::Pending))).collect(),
    };
    let (sensitivities, tornado_base_usd) = (&tornado_data.0, tornado_data.1);
    let discounted = discounted(&props.scenario);
    let cash = cash_chart(o, discounted, lang);
    let tornado = tornado_chart(sensitivities, tornado_base_usd, lang);
    let order: Vec<&'static str> = sensitivities.iter().take(TORNADO_ROWS).map(|r| lower::lever_input(r.lever).spec().key).collect();
    let how = Callback::from(move |()| {
        let lines =
            [Text::FormulaPivotSite, Text::FormulaPivotMining, Text::FormulaPivotAi, Text::FormulaPivotNpv, Text::FormulaPivotBreakeven];
        formulas(lines.iter().map(|&text| (text, String::new())).collect(), lang)
    });
    let table = {
        let cash = cash.clone();
        Callback::from(move |()| {
            let usd_m = |path: Text| format!("{} ({})", path.get(lang), Unit::UsdM.get(lang));
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

    let values = outputs::pivot(o);
    let results = html! {
        <>
            { cards(&values, lang) }
            <p class="aside" data-live={SITE_LINE}>{ site_line(o, lang) }</p>
            if let Some(deal) = presets::deal_of(&props.scenario) {
                <p class="aside" data-deal={deal.preset.id}>{ deal_line(deal, o, scenario.lease_usd_per_kw_month, lang) }</p>
            }
            // Computed after a pause: apart from the cards a drag step writes (`live`).
            <div class="results" data-after-pause="">{ for odds_values.iter().map(|(id, v)| card(*id, v, lang)) }</div>
            <p class="aside">{ t(Text::BreakevenBtcNote) }</p>
        </>
    };
    let cash_legend = vec![
        LegendItem { class: "series-0", swatch: "swatch", text: t(Text::LegendAiPath).into() },
        LegendItem { class: "series-1", swatch: "swatch dashed", text: t(Text::LegendMiningPath).into() },
    ];
    let tornado_legend = vec![
        LegendItem { class: "", swatch: "swatch-box s1 outline", text: t(Text::TornadoLow).into() },
        LegendItem { class: "", swatch: "swatch-box s0", text: t(Text::TornadoHigh).into() },
    ];
    let cash_title = if discounted { t(Text::ChartCashTitleDiscounted) } else { t(Text::ChartCashTitle) };
    let figures = html! {
        <>
            { figure(cash_title, cash_legend, html! { <ChartCanvas spec={ChartSpec::Timeline(cash)} alt={t(Text::ChartCashAlt)} name={CASH_CHART} {lang} /> }) }
            { figure(t(Text::ChartOddsTitle), Vec::new(), match last {
                Some(last) => html! {
                    <div data-odds-stale={odds.is_none().then_some("")}>
                        <ChartCanvas spec={ChartSpec::Bars(odds_chart(last, lang))} alt={t(Text::ChartOddsAlt)} name="pivot-odds" {lang} />
                    </div>
                },
                // The first moments after load: a box of the chart's size.
                None => html! { <div class="chart" aria-hidden="true"><div class="chart-box"></div><div class="chart-tools"><span class="btn-small">{ "\u{a0}" }</span></div></div> },
            }) }
            { figure(t(Text::ChartTornadoTitle), tornado_legend, html! {
                <div data-tornado-order={order.join(",")}>
                    <ChartCanvas spec={ChartSpec::Tornado(tornado)} alt={t(Text::ChartTornadoAlt)} name="pivot-tornado" {lang} />
                </div>
            }) }
        </>
    };
    frame(Frame {
        panel: Panel::Pivot,
        props,
        scope: "pivot-",
        controls: Html::default(),
        headline: values[0],
        results,
        figures,
        table: Some(table),
        how,
        sources: &[Text::SourcePivot],
    })
}
