//! The story on the first screen and the words a general reader meets.
//!
//! [`Story`] tells the article's main claims in a few plain sentences, each
//! with the page's own numbers: the same outputs, computed by the same
//! `outputs::evaluate` and formatted by the same `output::shown` as the
//! panels' cards (a number's `data-lead` names its output key and its
//! `data-value` is the card's). It follows the page's scenario, so it moves
//! with the sliders. The full page tells every sentence; a panel's own page
//! tells its panel's.
//!
//! [`term`] is a word with its definition, reachable by touch and keyboard
//! without any script: the word is focusable, and its definition shows
//! while it has the focus (the stylesheet) and is its accessible description.

use yew::prelude::*;

use super::output::shown;
use crate::format;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::outputs::{self, OutputId, Value, Values};
use crate::panels::Panel;
use crate::scenario::Scenario;

/// A word a general reader may not know, with its definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// The halving of the block subsidy.
    Halving,
    /// USD earned per PH/s per day.
    Hashprice,
    /// Network difficulty.
    Difficulty,
    /// Hashrate and its units (EH/s, PH/s, TH/s).
    Hashrate,
    /// Fleet efficiency in J/TH.
    Efficiency,
    /// Power usage effectiveness.
    Pue,
    /// Net present value.
    Npv,
    /// Internal rate of return.
    Irr,
    /// Payback time.
    Payback,
    /// An investment-grade guarantee of the lease.
    Backstop,
    /// The lease rate's unit.
    KwMonth,
}

impl Term {
    /// Every term, in the order a panel lists them.
    pub const ALL: [Term; 11] = [
        Term::Halving,
        Term::Hashprice,
        Term::Difficulty,
        Term::Hashrate,
        Term::Efficiency,
        Term::Pue,
        Term::Npv,
        Term::Irr,
        Term::Payback,
        Term::Backstop,
        Term::KwMonth,
    ];

    /// The word and its definition.
    pub fn texts(self) -> (Text, Text) {
        match self {
            Term::Halving => (Text::TermHalving, Text::TermHalvingDef),
            Term::Hashprice => (Text::TermHashprice, Text::TermHashpriceDef),
            Term::Difficulty => (Text::TermDifficulty, Text::TermDifficultyDef),
            Term::Hashrate => (Text::TermHashrate, Text::TermHashrateDef),
            Term::Efficiency => (Text::TermEfficiency, Text::TermEfficiencyDef),
            Term::Pue => (Text::TermPue, Text::TermPueDef),
            Term::Npv => (Text::TermNpv, Text::TermNpvDef),
            Term::Irr => (Text::TermIrr, Text::TermIrrDef),
            Term::Payback => (Text::TermPayback, Text::TermPaybackDef),
            Term::Backstop => (Text::TermBackstop, Text::TermBackstopDef),
            Term::KwMonth => (Text::TermKwMonth, Text::TermKwMonthDef),
        }
    }

    /// Its id in element ids (`def-<place>-<index>`).
    fn index(self) -> usize {
        self as usize
    }
}

/// The terms a panel's inputs and results use, listed under its lede.
pub fn terms_of(panel: Panel) -> &'static [Term] {
    use Term::*;
    match panel {
        Panel::Miner => &[Hashprice, Hashrate, Efficiency, Difficulty, Halving],
        Panel::Outlook => &[Halving, Hashprice, Hashrate, Efficiency],
        Panel::Pivot => &[Npv, Irr, Payback, Backstop, KwMonth, Pue, Hashprice],
        Panel::Grid => &[Pue],
        Panel::Geography => &[Hashrate, Difficulty, Hashprice],
        Panel::Converter => &[Hashrate, Difficulty, Efficiency, Hashprice],
    }
}

/// `term` in a sentence or a list: the word, focusable, and its definition
/// shown while it has the focus. `place` makes the definition's id unique
/// on the page.
pub fn term(lang: Lang, term: Term, place: &str) -> Html {
    let (word, definition) = term.texts();
    let id = format!("def-{place}-{}", term.index());
    html! {
        <span class="term" tabindex="0" aria-describedby={id.clone()} data-term={place.to_string()}>
            { word.get(lang) }
            <span class="term-def" role="tooltip" {id}>{ definition.get(lang) }</span>
        </span>
    }
}

/// The panel's terms under its lede.
pub fn panel_terms(lang: Lang, panel: Panel) -> Html {
    let place = panel.key();
    html! {
        <p class="terms">
            <span class="terms-title">{ Text::TermsTitle.get(lang) }</span>
            { for terms_of(panel).iter().map(|t| html! { <>{ " " }{ term(lang, *t, place) }</> }) }
        </p>
    }
}

/// A number in a sentence.
#[derive(Clone, Debug, PartialEq)]
enum Slot {
    /// An output, as its card shows it (its absolute value when the
    /// sentence's words carry the sign), with fewer decimals if given.
    Output(OutputId, Value, Option<u8>, bool),
    /// An input's value, with these decimals.
    Input(InputId, f64, u8),
}

/// One sentence of the story.
#[derive(Clone, Debug, PartialEq)]
struct Sentence {
    /// The panel it is about (and links to).
    panel: Panel,
    /// Its words, with `{a}`, `{b}` for its numbers and `{t}` for its term.
    text: Text,
    term: Option<Term>,
    slots: Vec<Slot>,
}

fn find(values: &Values, id: OutputId) -> Value {
    values.iter().find(|(o, _)| *o == id).map_or(Value::Missing(outputs::Reason::OutsideSearchRange), |(_, v)| *v)
}

fn number(value: &Value) -> f64 {
    match value {
        Value::Number(v) => *v,
        _ => 0.0,
    }
}

/// The sentences about `panels`, from the same outputs the panels show.
fn sentences(scenario: &Scenario, panels: &[Panel]) -> Vec<Sentence> {
    let wanted = |p: Panel| panels.contains(&p);
    let values = |p: Panel| outputs::evaluate(p, scenario);
    let mut out = Vec::new();
    if wanted(Panel::Miner) {
        let m = values(Panel::Miner);
        out.push(Sentence {
            panel: Panel::Miner,
            text: Text::StoryMiner,
            term: Some(Term::Hashprice),
            slots: vec![
                Slot::Output(OutputId::HashpriceUsdPhDay, find(&m, OutputId::HashpriceUsdPhDay), None, false),
                Slot::Output(OutputId::MarginUsdPhDay, find(&m, OutputId::MarginUsdPhDay), None, false),
            ],
        });
    }
    if wanted(Panel::Outlook) {
        let o = values(Panel::Outlook);
        let today = find(&outputs::evaluate(Panel::Miner, scenario), OutputId::IssuanceBtcDay);
        out.push(Sentence {
            panel: Panel::Outlook,
            text: Text::StoryHalving,
            term: Some(Term::Halving),
            slots: vec![
                Slot::Output(OutputId::IssuanceBtcDay, today, Some(0), false),
                Slot::Output(OutputId::IssuanceBtcDay2028, find(&o, OutputId::IssuanceBtcDay2028), Some(0), false),
            ],
        });
        out.push(Sentence {
            panel: Panel::Outlook,
            text: Text::StoryGrowth,
            term: Some(Term::Hashprice),
            slots: vec![Slot::Output(OutputId::RequiredBtcGrowthPct, find(&o, OutputId::RequiredBtcGrowthPct), None, false)],
        });
    }
    if wanted(Panel::Pivot) {
        let p = values(Panel::Pivot);
        let advantage = find(&p, OutputId::NpvAdvantageAiUsd);
        let mw = scenario.inputs.get(InputId::SiteMw);
        out.push(Sentence {
            panel: Panel::Pivot,
            // Worded by who wins, as its card is (`OutputSpec::label_for`).
            text: if OutputId::NpvAdvantageAiUsd.spec().label_for(&advantage).1 { Text::StoryPivotMining } else { Text::StoryPivotAi },
            term: Some(Term::Npv),
            slots: vec![Slot::Input(InputId::SiteMw, mw, 0), Slot::Output(OutputId::NpvAdvantageAiUsd, advantage, Some(0), true)],
        });
    }
    if wanted(Panel::Grid) {
        let g = values(Panel::Grid);
        out.push(Sentence {
            panel: Panel::Grid,
            text: Text::StoryGrid,
            term: None,
            slots: vec![
                Slot::Output(OutputId::ShortfallGw, find(&g, OutputId::ShortfallGw), None, false),
                Slot::Output(OutputId::CoveredByMinesGw, find(&g, OutputId::CoveredByMinesGw), None, false),
            ],
        });
    }
    if wanted(Panel::Geography) {
        let g = values(Panel::Geography);
        let change = find(&g, OutputId::HashpriceChangePct);
        out.push(Sentence {
            panel: Panel::Geography,
            text: if number(&change) >= 0.0 { Text::StoryGeographyMore } else { Text::StoryGeographyLess },
            term: Some(Term::Hashrate),
            slots: vec![
                Slot::Output(OutputId::UsShareAfterPct, find(&g, OutputId::UsShareAfterPct), None, false),
                Slot::Output(OutputId::HashpriceChangePct, change, None, true),
            ],
        });
    }
    out
}

/// A number of a sentence: its text, and its `data-lead` key and `data-value`.
fn slot_html(slot: &Slot, lang: Lang) -> Html {
    match slot {
        Slot::Output(id, value, decimals, abs) => {
            let shown_value = match (value, abs) {
                (Value::Number(v), true) => Value::Number(v.abs()),
                _ => *value,
            };
            let text = match (shown_value, decimals) {
                (Value::Number(v), Some(d)) => format::number(lang, v / id.spec().scale, *d),
                _ => shown(*id, &shown_value, lang).0,
            };
            html! { <b class="story-num" data-lead={id.spec().key} data-value={value.data()}><bdi>{ text }</bdi></b> }
        }
        Slot::Input(id, v, decimals) => {
            html! { <b class="story-num" data-lead-input={id.spec().key} data-value={crate::decimal::plain(*v)}><bdi>{ format::number(lang, *v, *decimals) }</bdi></b> }
        }
    }
}

/// A sentence's words with its numbers and term put in their places.
fn sentence_html(s: &Sentence, lang: Lang, index: usize) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut rest = s.text.get(lang);
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        parts.push(html! { { rest[..open].to_string() } });
        let key = &rest[open + 1..close];
        if key == "t" {
            if let Some(t) = s.term {
                parts.push(term(lang, t, &format!("story{index}")));
            }
        } else if let Some(slot) = key.bytes().next().and_then(|b| s.slots.get(usize::from(b.wrapping_sub(b'a')))) {
            parts.push(slot_html(slot, lang));
        }
        rest = &rest[close + 1..];
    }
    parts.push(html! { { rest.to_string() } });
    html! { <>{ for parts }</> }
}

/// Props of [`Story`].
#[derive(Properties, PartialEq)]
pub struct StoryProps {
    /// The page's scenario.
    pub scenario: Scenario,
    /// Active language.
    pub lang: Lang,
    /// The panels whose sentences to tell: every panel on the full page,
    /// one on a panel's own page.
    pub panels: Vec<Panel>,
    /// Link each sentence to its panel on this page (the full page).
    pub links: bool,
}

/// The story in a few sentences, with the page's numbers.
#[component]
pub fn Story(props: &StoryProps) -> Html {
    let lang = props.lang;
    let lines = use_memo((props.scenario.clone(), props.panels.clone()), |(scenario, panels)| sentences(scenario, panels));
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <section class="story" aria-label={Text::StoryTitle.get(lang)}>
            <ul class="story-lines">
                { for lines.iter().enumerate().map(|(i, s)| html! {
                    <li data-story={s.panel.key()}>
                        { sentence_html(s, lang, i) }
                        if props.links {
                            { " " }<a class="story-link" href={format!("#panel-{}", s.panel.key())}>
                                { s.panel.spec().title.get(lang) }
                            </a>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_with_outputs_has_a_sentence_and_every_term_a_panel() {
        let all = sentences(&Scenario::default(), &Panel::ALL);
        for panel in Panel::ALL.into_iter().filter(|p| *p != Panel::Converter) {
            assert!(all.iter().any(|s| s.panel == panel), "{panel:?} has no sentence");
        }
        for t in Term::ALL {
            assert!(Panel::ALL.iter().any(|p| terms_of(*p).contains(&t)), "{t:?} is listed in no panel");
        }
    }

    #[test]
    fn every_template_fills_each_number_and_its_term() {
        for s in sentences(&Scenario::default(), &Panel::ALL) {
            for lang in [Lang::En, Lang::Ar] {
                let text = s.text.get(lang);
                for slot in ["{a}", "{b}"].iter().take(s.slots.len()) {
                    assert!(text.contains(slot), "{:?} {lang:?} lacks {slot}", s.text);
                }
                assert_eq!(text.contains("{t}"), s.term.is_some(), "{:?} {lang:?} term", s.text);
            }
        }
    }

    #[test]
    fn the_default_story_tells_the_articles_numbers() {
        let all = sentences(&Scenario::default(), &Panel::ALL);
        let values: Vec<(&str, f64)> = all
            .iter()
            .flat_map(|s| s.slots.iter())
            .filter_map(|slot| match slot {
                Slot::Output(id, Value::Number(v), ..) => Some((id.spec().key, *v)),
                _ => None,
            })
            .collect();
        let get = |key: &str| values.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).unwrap();
        assert_eq!(get("issuance_btc_day"), 450.0);
        assert_eq!(get("issuance_btc_day_2028"), 225.0);
    }

    #[test]
    fn the_words_carry_the_sign() {
        let mut s = Scenario::default();
        s.set(InputId::LeaseUsdKwMonth, 0.0).unwrap();
        let pivot = sentences(&s, &[Panel::Pivot]).remove(0);
        assert_eq!(pivot.text, Text::StoryPivotMining, "no lease: mining wins");
        let Slot::Output(_, Value::Number(v), _, true) = pivot.slots[1] else { panic!("signed output") };
        assert!(v < 0.0, "data-value keeps the sign");
        let pivot = sentences(&Scenario::default(), &[Panel::Pivot]).remove(0);
        assert_eq!(pivot.text, Text::StoryPivotAi, "the default lease: converting wins");
    }
}
