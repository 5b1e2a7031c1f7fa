//! Named presets: scenarios that reproduce the article's claims. A preset
//! starts from the defaults and sets the inputs it names, so it gives the
//! same page whatever the reader had moved before.

use crate::i18n::Text;
use crate::inputs::{InputId, Inputs};
use crate::panels::Panel;
use crate::scenario::Scenario;

/// A named scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// Stable id (used in test hooks and the article-claims list).
    pub id: &'static str,
    /// Button label.
    pub label: Text,
    /// One sentence: what it shows and where the figures come from.
    pub note: Text,
    /// The inputs it sets; every other input takes its default.
    pub values: &'static [(InputId, f64)],
}

impl Preset {
    /// The whole scenario this preset describes: its values over the
    /// defaults, and no added share rows.
    pub fn scenario(&self) -> Scenario {
        self.with(&[])
    }

    /// This preset's scenario with `extra` values set as well (for the
    /// article's claims that vary one input of a preset).
    pub fn with(&self, extra: &[(InputId, f64)]) -> Scenario {
        let mut inputs = Inputs::default();
        for &(id, v) in self.values.iter().chain(extra) {
            // Preset values are checked against the domains by a test.
            let _ = inputs.set(id, v);
        }
        Scenario { inputs, rows: Vec::new() }
    }
}

/// The article's view of the halving (F1-F3): no fees (they have not
/// replaced the subsidy, F4), hashrate growing 26% a year, and bitcoin at
/// the 50% a year Thiel says miners need.
pub const ARTICLE_OUTLOOK: Preset = Preset {
    id: "article-outlook",
    label: Text::PresetArticleOutlook,
    note: Text::PresetArticleOutlookNote,
    values: &[
        (InputId::FeesBtc, 0.0),
        (InputId::FeeGrowthPct, 0.0),
        (InputId::HashrateGrowthPct, 26.0),
        (InputId::BtcGrowthPct, 50.0),
        (InputId::HashrateMode, 0.0),
        (InputId::VolatilityPct, 0.0),
    ],
};

/// Morgan Stanley via the article (F8-F10): 74 GW of new demand, 49 GW
/// short; converting US mining sites (almost 20 GW of firm interconnection)
/// covers 10-15 GW. Two-thirds convertible at PUE 1.3 gives 10 GW, all of
/// it 15.4 GW: the preset takes the middle, 80%.
pub const ARTICLE_GRID: Preset = Preset {
    id: "article-grid",
    label: Text::PresetArticleGrid,
    note: Text::PresetArticleGridNote,
    values: &[
        (InputId::DemandGw, 74.0),
        (InputId::SupplyGw, 25.0),
        (InputId::MiningGw, 20.0),
        (InputId::ConvertiblePct, 80.0),
        (InputId::ConvertedPue, 1.3),
    ],
};

/// Morgan Stanley's earlier note (late 2025): ~69 GW of demand by 2028,
/// ~10 GW under construction and ~15 GW connectable: a ~44 GW gap.
pub const EARLIER_GRID: Preset = Preset {
    id: "earlier-grid",
    label: Text::PresetEarlierGrid,
    note: Text::PresetEarlierGridNote,
    values: &[(InputId::DemandGw, 69.0), (InputId::SupplyGw, 25.0)],
};

/// Article F6: difficulty fell about 11%, the largest drop since 2021. As
/// if 29.33% of US hashrate (11% of the network) switched off and nobody
/// replaced it: those who stay earn 12.4% more per PH/s.
pub const DIFFICULTY_DROP: Preset = Preset {
    id: "difficulty-drop",
    label: Text::PresetDifficultyDrop,
    note: Text::PresetDifficultyDropNote,
    values: &[(InputId::UsLeavePct, 11.0 / 37.5 * 100.0), (InputId::OthersResponsePct, 0.0)],
};

/// Hashrate Index's heatmap at the start of Q3 2025 (US, Russia, China;
/// the rest includes Paraguay 3.87%, UAE 3.54%, Oman 2.99%, Canada ~2.94%).
pub const Q3_2025_SHARES: Preset = Preset {
    id: "q3-2025-shares",
    label: Text::PresetQ3Shares,
    note: Text::PresetQ3SharesNote,
    values: &[
        (InputId::UsSharePct, 35.81),
        (InputId::RussiaSharePct, 16.61),
        (InputId::ChinaSharePct, 13.84),
        (InputId::RestSharePct, 33.74),
    ],
};

/// Hut 8 with Fluidstack (tenant Anthropic, Google backstopping the base
/// term), River Bend, Louisiana, Dec 2025 (article F11): USD 7.0 B over 15
/// years for 245 MW of IT on ~330 MW of utility power: ~USD 159/kW-month,
/// 3% escalator, first hall Q2 2027 (~18 months).
pub const HUT8_LEASE: Preset = Preset {
    id: "hut8-lease",
    label: Text::PresetHut8,
    note: Text::PresetHut8Note,
    values: &[
        (InputId::SiteMw, 330.0),
        (InputId::PueAi, 330.0 / 245.0),
        (InputId::LeaseUsdKwMonth, 159.0),
        (InputId::EscalatorPct, 3.0),
        (InputId::TermYears, 15.0),
        (InputId::BuildMonths, 18.0),
        (InputId::CapexUsdMPerMw, 9.0),
        (InputId::OpexPct, 12.0),
        (InputId::Backstop, 1.0),
        (InputId::BackstopSpreadPct, 4.0),
    ],
};

/// Mining if today's network simply holds: flat price, hashrate and fees.
pub const MINING_TODAY: Preset = Preset {
    id: "mining-today",
    label: Text::PresetMiningToday,
    note: Text::PresetMiningTodayNote,
    values: &[(InputId::BtcGrowthPct, 0.0), (InputId::HashrateGrowthPct, 0.0), (InputId::FeeGrowthPct, 0.0), (InputId::Backstop, 0.0)],
};

/// Every preset.
pub const ALL: &[Preset] = &[ARTICLE_OUTLOOK, ARTICLE_GRID, EARLIER_GRID, DIFFICULTY_DROP, Q3_2025_SHARES, HUT8_LEASE, MINING_TODAY];

/// Article F3 (mining heads to net zero): the article's view with the
/// network growing to equilibrium and bitcoin at a more modest 20% a year.
/// Not a button: the "What the article says" list links to it.
pub const F3_EQUILIBRIUM: Preset = Preset {
    id: "f3-equilibrium",
    label: Text::F3,
    note: Text::F3,
    values: &[
        (InputId::FeesBtc, 0.0),
        (InputId::FeeGrowthPct, 0.0),
        (InputId::HashrateGrowthPct, 26.0),
        (InputId::BtcGrowthPct, 20.0),
        (InputId::HashrateMode, 1.0),
        (InputId::VolatilityPct, 0.0),
    ],
};

/// Article F12 (the country shares) as they stand, nobody leaving. Not a
/// button: the "What the article says" list links to it.
pub const F12_SHARES: Preset = Preset { id: "f12-shares", label: Text::F12, note: Text::F12, values: &[(InputId::UsLeavePct, 0.0)] };

/// The scenarios only the article's claims link to, each with its panel.
pub const CLAIM_ONLY: &[(Panel, Preset)] = &[(Panel::Outlook, F3_EQUILIBRIUM), (Panel::Geography, F12_SHARES)];

/// Every named scenario of `panel`: its preset buttons, then the claims' own.
pub fn named_for(panel: Panel) -> impl Iterator<Item = &'static Preset> {
    let claims = CLAIM_ONLY.iter().filter(move |(p, _)| *p == panel).map(|(_, preset)| preset);
    panel.spec().presets.iter().copied().chain(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preset_values_lie_in_their_domains() {
        for p in ALL.iter().chain(CLAIM_ONLY.iter().map(|(_, p)| p)) {
            for &(id, v) in p.values {
                assert!(id.spec().validate(v).is_ok(), "preset {} sets {} = {v} outside its domain", p.id, id.spec().key);
            }
        }
    }
}
