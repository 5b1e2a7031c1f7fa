//! Panel 2: the halving outlook. Results from `model::outlook::evaluate`;
//! three timelines (hashprice with the Monte Carlo fan, the user's margin,
//! hashrate in both modes); the article's preset.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::live::Live;
use super::output::cards;
use super::panel_frame::{figure, frame, Frame, LegendItem};
use super::parts::{data_table, formulas, PanelProps};
use super::timing::{use_stepped, Stepped, FAN_QUIET_MS};
use crate::chart::timeline::{Level, Line, Marker, Timeline};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::outlook::{self, FanRun, HashrateMode, Outcome, Scenario};
use crate::outputs;
use crate::panels::Panel;

/// The `data-live` id of the growth the fleet needs, written at every step.
const REQUIRED_GROWTH: &str = "required-growth";

/// Months of the Monte Carlo fan simulated per task (2,000 paths each):
/// about a millisecond on a desktop, a few on a phone.
const FAN_MONTHS_PER_STEP: u32 = 12;

impl Stepped for FanRun {
    type Output = Vec<outlook::Band>;

    fn step(&mut self) -> bool {
        self.advance(FAN_MONTHS_PER_STEP)
    }

    fn finish(self) -> Vec<outlook::Band> {
        self.into_band()
    }
}

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

fn charts(o: &Outcome, band: &[outlook::Band], s: &Scenario, lang: Lang) -> [Timeline; 3] {
    let t = |text: Text| text.get(lang);
    let start = o.months[0].date;
    let markers = halving_markers(o, lang);
    let series = |f: fn(&outlook::Month) -> f64| o.months.iter().map(f).collect::<Vec<f64>>();
    let hashprice = Timeline {
        start,
        lines: vec![Line { name: "hashprice_usd_ph_day", values: series(|m| m.hashprice_usd_per_ph_day), colour: 0, dash: None }],
        band: band.iter().map(|b| (b.p10, b.p90)).collect(),
        levels: vec![Level {
            y: o.breakeven_hashprice_usd_per_ph_day,
            label: format!("{} {}", t(Text::LegendBreakevenHashprice), format::number(lang, o.breakeven_hashprice_usd_per_ph_day, 1)),
            // The legend says what the line is.
            short: format::number(lang, o.breakeven_hashprice_usd_per_ph_day, 1),
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
        levels: vec![Level { y: 0.0, label: format::number(lang, 0.0, 0), short: format::number(lang, 0.0, 0) }],
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

/// The charts' names (element ids and export file names), in page order.
const CHARTS: [&str; 3] = ["outlook-hashprice", "outlook-margin", "outlook-hashrate"];

/// The required-growth claim's figure.
fn required_growth(o: &Outcome, lang: Lang) -> String {
    crate::i18n::digits_in_text(lang, &format!("{}%", format::number(lang, o.required_btc_growth_pct, 1)))
}

/// What follows every step of a drag (`live`): the cards, the required
/// growth and the three charts (the fan follows only a pause).
pub fn live(scenario: &crate::scenario::Scenario, lang: Lang) -> Live {
    let s = crate::lower::outlook(&scenario.inputs);
    let o = outlook::deterministic(&s);
    let specs = charts(&o, &[], &s, lang).map(ChartSpec::Timeline);
    Live {
        values: outputs::outlook(&o),
        texts: vec![(REQUIRED_GROWTH, required_growth(&o, lang))],
        charts: CHARTS.into_iter().zip(specs).collect(),
    }
}

/// The halving-outlook panel.
#[component]
pub fn OutlookPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let scenario = crate::lower::outlook(&props.scenario.inputs);
    // Every result but the fan, at once, on every input.
    let outcome = use_memo(scenario, outlook::deterministic);
    let o = &*outcome;
    // The Monte Carlo fan: computed once the reader pauses, never during a
    // drag (while the panel holds a draft it follows the page's scenario),
    // in short tasks; drawn only for the scenario it was computed for.
    let settled = crate::lower::outlook(&props.settled.inputs);
    let fan = use_stepped(settled, settled != scenario, FAN_QUIET_MS, |s: &Scenario| (s.volatility_pct > 0.0).then(|| FanRun::new(s)));
    let band: &[outlook::Band] = match fan.as_deref() {
        Some((s, band)) if *s == scenario => band,
        _ => &[],
    };
    let [hashprice_chart, margin_chart, hashrate_chart] = charts(o, band, &scenario, lang);

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
            let r = &o.required_terms;
            let required = crate::i18n::digits_in_text(
                lang,
                &format!(
                    " = (({} + {}) ÷ ({} + {} × {})^¼ × {} − 1 = {}%",
                    n(r.subsidy_btc, 4),
                    n(r.fees_btc, 3),
                    n(r.subsidy_after_btc, 5),
                    n(r.fees_btc, 3),
                    n(r.fee_factor_4y, 3),
                    n(r.hashrate_factor_1y, 2),
                    n(o.required_btc_growth_pct, 1)
                ),
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

    let growth_mode = scenario.mode == HashrateMode::Growth;
    let chosen = |yes: bool| if yes { format!(" ({})", t(Text::LegendChosenMode)) } else { String::new() };
    let mut hashprice_legend = vec![LegendItem { class: "series-0", swatch: "swatch", text: t(Text::LegendMedianPath).into() }];
    if !band.is_empty() {
        hashprice_legend.push(LegendItem { class: "", swatch: "swatch-band", text: t(Text::LegendBand).into() });
    }
    hashprice_legend.push(LegendItem { class: "", swatch: "swatch-level", text: t(Text::LegendBreakevenHashprice).into() });
    let hashrate_legend = vec![
        LegendItem {
            class: "series-0",
            swatch: if growth_mode { "swatch" } else { "swatch dashed" },
            text: format!("{}{}", t(Text::ModeGrowth), chosen(growth_mode)),
        },
        LegendItem {
            class: "series-1",
            swatch: if growth_mode { "swatch" } else { "swatch solid" },
            text: format!("{}{}", t(Text::ModeEquilibrium), chosen(!growth_mode)),
        },
    ];
    let canvas = |chart: Timeline, alt: Text, name: &'static str| {
        html! { <ChartCanvas spec={ChartSpec::Timeline(chart)} alt={t(alt)} {name} {lang} /> }
    };
    let figures = html! {
        <>
            { figure(t(Text::ChartHashpriceTitle), hashprice_legend, canvas(hashprice_chart, Text::ChartHashpriceAlt, CHARTS[0])) }
            { figure(t(Text::ChartOutlookMarginTitle), Vec::new(), canvas(margin_chart, Text::ChartOutlookMarginAlt, CHARTS[1])) }
            { figure(t(Text::ChartHashrateTitle), hashrate_legend, canvas(hashrate_chart, Text::ChartHashrateAlt, CHARTS[2])) }
        </>
    };
    let values = outputs::outlook(o);
    let results = html! {
        <>
            { cards(&values, lang) }
            <p class="claim">
                { t(Text::RequiredGrowthClaim) }{ " " }
                <strong data-live={REQUIRED_GROWTH}>{ required_growth(o, lang) }</strong>
            </p>
        </>
    };
    frame(Frame {
        panel: Panel::Outlook,
        props,
        scope: "outlook-",
        controls: Html::default(),
        headline: values[0],
        results,
        figures,
        table: Some(table),
        how,
        sources: &[Text::SourceOutlook],
    })
}
