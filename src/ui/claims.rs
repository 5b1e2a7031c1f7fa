//! "What the article says": each claim (F1-F14), the number the models give
//! for it, and a link that opens the panel in the state reproducing it.

use yew::prelude::*;

use crate::format;
use crate::i18n::{Lang, Text, Unit};
use crate::lower;
use crate::model::{geography, grid, miner, outlook, pivot};
use crate::panels::Panel;
use crate::presets;
use crate::scenario::Scenario;
use crate::url_state::{encode_with_view, View};
use crate::views;

/// One claim and how to check it.
struct Claim {
    text: Text,
    /// Panel and scenario reproducing it; None for context-only claims.
    link: Option<(Panel, Scenario)>,
    /// What the calculator gives, formatted.
    number: String,
}

fn claims(lang: Lang) -> Vec<Claim> {
    let n = |v: f64, d: u8| format::number(lang, v, d);
    let u = |t: Text| t.get(lang);
    let pct = |v: f64| format!("{}{}", n(v, 1), Unit::Pct.get(lang));
    let defaults = Scenario::default();
    let article = presets::ARTICLE_OUTLOOK.scenario();
    let o = outlook::evaluate(&lower::outlook(&article.inputs));
    let today_scenario = lower::miner(&defaults.inputs);
    let today = miner::evaluate(&today_scenario);
    let eq = outlook::evaluate(&lower::outlook(&presets::F3_EQUILIBRIUM.scenario().inputs));
    let drop = geography::evaluate(&lower::geography(&presets::DIFFICULTY_DROP.scenario()));
    let grid_article = presets::ARTICLE_GRID.scenario();
    let grid_scenario = lower::grid(&grid_article.inputs);
    let g = grid::evaluate(&grid_scenario);
    let hut8 = pivot::evaluate(&lower::pivot(&presets::HUT8_LEASE.scenario().inputs));
    let geo = geography::evaluate(&lower::geography(&defaults));
    let month = |d: Option<crate::model::calendar::Date>| d.map_or(u(Text::Never).to_string(), |d| format::year_month(lang, d));
    vec![
        Claim {
            text: Text::F1,
            link: Some((Panel::Outlook, article.clone())),
            number: format!(
                "{} {} {} {}",
                n(today.issuance_btc_per_day, 0),
                format::arrow(lang),
                n(o.issuance_btc_per_day_2028, 0),
                Unit::BtcDay.get(lang)
            ),
        },
        Claim {
            text: Text::F2,
            link: Some((Panel::Outlook, article.clone())),
            number: format!("{}{}", n(o.required_btc_growth_pct, 1), Unit::PctYear.get(lang)),
        },
        Claim {
            text: Text::F3,
            link: Some((Panel::Outlook, presets::F3_EQUILIBRIUM.scenario())),
            number: format!("{}: {}", u(Text::OutUnprofitableMonth), month(eq.fleet_unprofitable_month)),
        },
        Claim {
            text: Text::F4,
            link: Some((Panel::Miner, defaults.clone())),
            number: format!(
                "{} {} = {}{}",
                n(today_scenario.fees_btc_per_block, 2),
                Unit::BtcPerBlock.get(lang),
                n(today.fee_share_pct, 1),
                Unit::Pct.get(lang)
            ),
        },
        Claim { text: Text::F5, link: None, number: u(Text::ClaimContext).to_string() },
        Claim {
            text: Text::F6,
            link: Some((Panel::Geography, presets::DIFFICULTY_DROP.scenario())),
            number: format!(
                "{}{} {} +{}{} {}",
                n(drop.difficulty_change_pct, 1),
                Unit::Pct.get(lang),
                format::arrow(lang),
                n(drop.hashprice_change_pct, 1),
                Unit::Pct.get(lang),
                u(Text::OutHashprice)
            ),
        },
        Claim { text: Text::F7, link: Some((Panel::Geography, defaults.clone())), number: u(Text::ClaimContext).to_string() },
        Claim {
            text: Text::F8,
            link: Some((Panel::Grid, grid_article.clone())),
            number: format!("{} {}", n(grid_scenario.demand_gw, 0), Unit::Gw.get(lang)),
        },
        Claim {
            text: Text::F9,
            link: Some((Panel::Grid, grid_article.clone())),
            number: format!("{} {}", n(g.shortfall_gw, 1), Unit::Gw.get(lang)),
        },
        Claim {
            text: Text::F10,
            link: Some((Panel::Grid, grid_article)),
            number: format!(
                "{} {} {} · {} {} {}",
                n(g.covered_by_mines_gw, 1),
                Unit::Gw.get(lang),
                u(Text::CoveredWord),
                n(g.shortfall_after_gw, 1),
                Unit::Gw.get(lang),
                u(Text::LeftWord)
            ),
        },
        Claim {
            text: Text::F11,
            link: Some((Panel::Pivot, presets::HUT8_LEASE.scenario())),
            number: format!("+{} {}", n(hut8.npv_advantage_ai_usd / 1e6, 0), Unit::UsdM.get(lang)),
        },
        Claim {
            text: Text::F12,
            link: Some((Panel::Geography, presets::F12_SHARES.scenario())),
            number: format!("{} / {} / {}", pct(geo.before_pct[0]), pct(geo.before_pct[1]), pct(geo.before_pct[2])),
        },
        Claim {
            text: Text::F13,
            link: Some((Panel::Geography, defaults)),
            number: format!("{} {}", u(Text::OutUsShareAfter), pct(geo.after_pct[0])),
        },
        Claim { text: Text::F14, link: None, number: u(Text::ClaimContext).to_string() },
    ]
}

/// Props of [`Claims`].
#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    /// Active language.
    pub lang: Lang,
    /// The relative way from this page to the site's root.
    pub root: String,
}

/// The panel and scenario each linked claim opens (for the prerenderer's
/// check that every one has its page).
pub fn links() -> Vec<(Panel, Scenario)> {
    claims(Lang::En).into_iter().filter_map(|c| c.link).collect()
}

/// The list of the article's claims with their checks.
#[component]
pub fn Claims(props: &ClaimsProps) -> Html {
    let lang = props.lang;
    let rows = use_memo(lang, |&lang| claims(lang));
    html! {
        <section class="panel claims" id="claims" aria-labelledby="h-claims">
            <h2 id="h-claims">{ Text::ClaimsTitle.get(lang) }</h2>
            <p class="lede">{ Text::ClaimsLede.get(lang) }</p>
            <ol class="claim-list">
                { for rows.iter().enumerate().map(|(i, c)| {
                    let href = c.link.as_ref().map(|(panel, scenario)| match views::find(scenario, Some(*panel), false, lang) {
                        Some(dir) => format!("{}{dir}", props.root),
                        None => {
                            let view = View { panel: Some(*panel), lang: (lang != Lang::default()).then_some(lang), ..View::default() };
                            format!("{}?{}", props.root, encode_with_view(scenario, &view))
                        }
                    });
                    html! {
                        <li data-claim={format!("F{}", i + 1)}>
                            <span class="claim-text">{ c.text.get(lang) }</span>{ " " }
                            if c.link.is_some() {
                                <span class="claim-scenario">{ Text::ClaimScenario.get(lang) }</span>{ " " }
                            }
                            <strong class="claim-number"><bdi>{ &c.number }</bdi></strong>
                            if let Some(href) = href {
                                { " " }<a href={href}>{ Text::ClaimOpen.get(lang) }</a>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
