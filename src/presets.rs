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
/// years for 245 MW of IT on ~330 MW of utility power, 3% escalator, first
/// hall Q2 2027 (~18 months). The lease starts at the rate whose escalated
/// payments add up to USD 7.0 B (128.0; the level rate is ~159).
pub const HUT8_LEASE: Preset = Preset {
    id: "hut8-lease",
    label: Text::PresetHut8,
    note: Text::PresetHut8Note,
    values: &[
        (InputId::SiteMw, 330.0),
        (InputId::PueAi, 330.0 / 245.0),
        (InputId::LeaseUsdKwMonth, 128.0),
        (InputId::EscalatorPct, 3.0),
        (InputId::TermYears, 15.0),
        (InputId::BuildMonths, 18.0),
        (InputId::CapexUsdMPerMw, 9.0),
        (InputId::OpexPct, 12.0),
        (InputId::BackstopPct, 100.0),
        (InputId::BackstopSpreadPct, 4.0),
    ],
};

/// TeraWulf with Fluidstack, Lake Mariner, New York, Aug 2025: USD 3.7 B
/// over 10 years for 200 MW of IT (">200"), no escalator stated (0%),
/// build cost USD 8-10 M per IT MW, about 85% NOI, Google backstop.
pub const TERAWULF_LEASE: Preset = Preset {
    id: "terawulf-lease",
    label: Text::PresetTeraWulf,
    note: Text::PresetTeraWulfNote,
    values: &[
        (InputId::SiteMw, 260.0),
        (InputId::PueAi, 1.3),
        (InputId::LeaseUsdKwMonth, 154.2),
        (InputId::EscalatorPct, 0.0),
        (InputId::TermYears, 10.0),
        (InputId::CapexUsdMPerMw, 9.0),
        (InputId::OpexPct, 15.0),
        (InputId::BackstopPct, 100.0),
    ],
};

/// Cipher with Fluidstack, Barber Lake, Texas, Sep 2025: USD 3.0 B over 10
/// years for 168 MW of IT, no escalator stated (0%), build cost USD 9-11 M
/// per IT MW, 80-85% NOI, Google backstop.
pub const CIPHER_FLUIDSTACK_LEASE: Preset = Preset {
    id: "cipher-fluidstack-lease",
    label: Text::PresetCipherFluidstack,
    note: Text::PresetCipherFluidstackNote,
    values: &[
        (InputId::SiteMw, 218.4),
        (InputId::PueAi, 1.3),
        (InputId::LeaseUsdKwMonth, 148.8),
        (InputId::EscalatorPct, 0.0),
        (InputId::TermYears, 10.0),
        (InputId::CapexUsdMPerMw, 10.0),
        (InputId::OpexPct, 18.0),
        (InputId::BackstopPct, 100.0),
    ],
};

/// Cipher with AWS, Nov 2025: USD 5.5 B over 15 years for 300 MW, a
/// powered shell (the tenant fits it out), no escalator stated (0%); the
/// tenant itself is investment grade, so the whole lease counts as backed.
pub const CIPHER_AWS_SHELL: Preset = Preset {
    id: "cipher-aws-shell",
    label: Text::PresetCipherAws,
    note: Text::PresetCipherAwsNote,
    values: &[
        (InputId::SiteMw, 390.0),
        (InputId::PueAi, 1.3),
        (InputId::LeaseUsdKwMonth, 101.9),
        (InputId::EscalatorPct, 0.0),
        (InputId::TermYears, 15.0),
        (InputId::Fitout, 1.0),
        (InputId::BackstopPct, 100.0),
    ],
};

/// Core Scientific with CoreWeave, 2024: USD 8.7 B over 12 years for about
/// 500 MW of IT, no escalator stated (0%); 100 MW of grid gave 70 MW of IT
/// at one site (PUE 1.43); the tenant is not investment grade (no backstop).
pub const CORE_SCIENTIFIC_LEASE: Preset = Preset {
    id: "core-scientific-lease",
    label: Text::PresetCoreScientific,
    note: Text::PresetCoreScientificNote,
    values: &[
        (InputId::SiteMw, 715.0),
        (InputId::PueAi, 1.43),
        (InputId::LeaseUsdKwMonth, 120.8),
        (InputId::EscalatorPct, 0.0),
        (InputId::TermYears, 12.0),
        (InputId::BackstopPct, 0.0),
    ],
};

/// Applied Digital with CoreWeave, 2025: USD 11 B over about 15 years for
/// 400 MW of IT, no escalator stated (0%), design PUE 1.18; no backstop.
pub const APPLIED_DIGITAL_LEASE: Preset = Preset {
    id: "applied-digital-lease",
    label: Text::PresetAppliedDigital,
    note: Text::PresetAppliedDigitalNote,
    values: &[
        (InputId::SiteMw, 472.0),
        (InputId::PueAi, 1.18),
        (InputId::LeaseUsdKwMonth, 152.8),
        (InputId::EscalatorPct, 0.0),
        (InputId::TermYears, 15.0),
        (InputId::BackstopPct, 0.0),
    ],
};

/// A public lease deal as announced, behind a preset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deal {
    /// The preset that sets its inputs.
    pub preset: &'static Preset,
    /// Announced contract value, USD.
    pub value_usd: f64,
    /// IT capacity leased, MW.
    pub it_mw: f64,
    /// Term, years.
    pub term_years: u32,
    /// Escalator, percent a year (0 where the deal states none).
    pub escalator_pct: f64,
    /// Whether the deal states its escalator.
    pub escalator_stated: bool,
}

impl Deal {
    /// The starting lease (USD/kW-month) whose payments over the term,
    /// escalating yearly, add up to the announced value.
    pub fn solved_lease_usd_kw_month(&self) -> f64 {
        let growth = 1.0 + self.escalator_pct / 100.0;
        let years: f64 = (0..self.term_years).map(|y| crate::model::math::powi(growth, y as i32)).sum();
        self.value_usd / (self.it_mw * 1_000.0 * 12.0 * years)
    }

    /// The flat lease the announced value implies, USD/kW-month.
    pub fn level_lease_usd_kw_month(&self) -> f64 {
        self.value_usd / (self.it_mw * 1_000.0 * 12.0 * f64::from(self.term_years))
    }
}

/// The public lease deals (`REFERENCE.md`), each with its preset.
pub const DEALS: &[Deal] = &[
    Deal { preset: &HUT8_LEASE, value_usd: 7.0e9, it_mw: 245.0, term_years: 15, escalator_pct: 3.0, escalator_stated: true },
    Deal { preset: &TERAWULF_LEASE, value_usd: 3.7e9, it_mw: 200.0, term_years: 10, escalator_pct: 0.0, escalator_stated: false },
    Deal { preset: &CIPHER_FLUIDSTACK_LEASE, value_usd: 3.0e9, it_mw: 168.0, term_years: 10, escalator_pct: 0.0, escalator_stated: false },
    Deal { preset: &CIPHER_AWS_SHELL, value_usd: 5.5e9, it_mw: 300.0, term_years: 15, escalator_pct: 0.0, escalator_stated: false },
    Deal { preset: &CORE_SCIENTIFIC_LEASE, value_usd: 8.7e9, it_mw: 500.0, term_years: 12, escalator_pct: 0.0, escalator_stated: false },
    Deal { preset: &APPLIED_DIGITAL_LEASE, value_usd: 11.0e9, it_mw: 400.0, term_years: 15, escalator_pct: 0.0, escalator_stated: false },
];

/// The deal a scenario is exactly the preset of, if any.
pub fn deal_of(scenario: &Scenario) -> Option<&'static Deal> {
    DEALS.iter().find(|d| d.preset.scenario() == *scenario)
}

/// Mining if today's network simply holds: flat price, hashrate and fees.
pub const MINING_TODAY: Preset = Preset {
    id: "mining-today",
    label: Text::PresetMiningToday,
    note: Text::PresetMiningTodayNote,
    values: &[(InputId::BtcGrowthPct, 0.0), (InputId::HashrateGrowthPct, 0.0), (InputId::FeeGrowthPct, 0.0), (InputId::BackstopPct, 0.0)],
};

/// Every preset.
pub const ALL: &[Preset] = &[
    ARTICLE_OUTLOOK,
    ARTICLE_GRID,
    EARLIER_GRID,
    DIFFICULTY_DROP,
    Q3_2025_SHARES,
    HUT8_LEASE,
    TERAWULF_LEASE,
    CIPHER_FLUIDSTACK_LEASE,
    CIPHER_AWS_SHELL,
    CORE_SCIENTIFIC_LEASE,
    APPLIED_DIGITAL_LEASE,
    MINING_TODAY,
];

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

    /// Each deal's preset starts at the lease solved from the announced
    /// value, and its payments over the term, from its own inputs (its IT
    /// MW is its site over its PUE), add up to that value within 2%.
    #[test]
    fn each_deal_presets_payments_add_up_to_the_announced_value() {
        for deal in DEALS {
            let s = crate::lower::pivot(&deal.preset.scenario().inputs);
            assert!(
                (s.lease_usd_per_kw_month - deal.solved_lease_usd_kw_month()).abs() < 0.06,
                "{}: {} vs {}",
                deal.preset.id,
                s.lease_usd_per_kw_month,
                deal.solved_lease_usd_kw_month()
            );
            assert_eq!((s.term_years, s.escalator_pct), (deal.term_years, deal.escalator_pct), "{}", deal.preset.id);
            let o = crate::model::pivot::evaluate(&s);
            assert!(
                (o.lease_payments_usd / deal.value_usd - 1.0).abs() < 0.02,
                "{}: {} vs {}",
                deal.preset.id,
                o.lease_payments_usd,
                deal.value_usd
            );
            assert_eq!(deal_of(&deal.preset.scenario()), Some(deal));
        }
        // Hut 8: the level rate is the ~159 reported; solved, it starts near 128.
        assert!((DEALS[0].level_lease_usd_kw_month() - 158.7).abs() < 0.1);
        assert!((DEALS[0].solved_lease_usd_kw_month() - 128.0).abs() < 0.1);
    }

    #[test]
    fn preset_values_lie_in_their_domains() {
        for p in ALL.iter().chain(CLAIM_ONLY.iter().map(|(_, p)| p)) {
            for &(id, v) in p.values {
                assert!(id.spec().validate(v).is_ok(), "preset {} sets {} = {v} outside its domain", p.id, id.spec().key);
            }
        }
    }
}
