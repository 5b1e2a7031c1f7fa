//! The panel registry: every panel of the page declared once, with its
//! `panel=` key, title and lede, the inputs its results read and the ones
//! it shows, its preset buttons and its outputs. The URL format, the
//! lowering, the output groups, the prerendered views, the page's panel
//! slots and the library derive their lists from [`PANELS`]; a test checks
//! the JavaScript's own lists against it.
//!
//! **Boundary:** no browser types and no model code: a panel's view lives
//! in `ui` (dispatched by an exhaustive `match` on [`Panel`]), its model in
//! `model`, its lowering in `lower`.

use crate::i18n::Text;
use crate::inputs::{InputId, INPUTS};
use crate::outputs::{self, Values};
use crate::presets::{self, Preset};
use crate::scenario::Scenario;

/// A panel of the page, as named by `panel=` in the URL. The discriminant
/// indexes [`PANELS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    /// Miner economics today.
    Miner,
    /// The halving outlook.
    Outlook,
    /// Keep mining or convert the site.
    Pivot,
    /// The US grid gap.
    Grid,
    /// Hashrate geography.
    Geography,
    /// The unit converter.
    Converter,
}

/// How a panel is declared.
pub struct PanelSpec {
    /// Which panel this is.
    pub panel: Panel,
    /// Its `panel=` value and element id suffix (a public contract).
    pub key: &'static str,
    /// Its heading (also the embed snippet's and iframe's title).
    pub title: Text,
    /// Its one-sentence lede.
    pub lede: Text,
    /// Whose inputs its results read: every input these panels show
    /// ([`crate::inputs::InputSpec::panel`]) ...
    pub reads_panels: &'static [Panel],
    /// ... and these besides.
    pub reads_also: &'static [InputId],
    /// The inputs it always shows.
    pub key_inputs: &'static [InputId],
    /// The inputs it folds under "More assumptions".
    pub more_inputs: &'static [InputId],
    /// Its preset buttons.
    pub presets: &'static [&'static Preset],
    /// Its outputs for a scenario, in the cards' order.
    pub evaluate: fn(&Scenario) -> Values,
}

/// The registry, in page order (and [`Panel`] order).
pub static PANELS: [PanelSpec; 6] = [
    PanelSpec {
        panel: Panel::Miner,
        key: "miner",
        title: Text::PanelMiner,
        lede: Text::PanelMinerLede,
        reads_panels: &[Panel::Miner],
        reads_also: &[],
        key_inputs: &[InputId::BtcUsd, InputId::PowerUsdKwh, InputId::EffJth, InputId::HashrateEhs],
        more_inputs: &[InputId::FeesBtc, InputId::PoolFeePct, InputId::UptimePct, InputId::Height],
        presets: &[],
        evaluate: outputs::evaluate_miner,
    },
    PanelSpec {
        panel: Panel::Outlook,
        key: "outlook",
        title: Text::PanelOutlook,
        lede: Text::PanelOutlookLede,
        reads_panels: &[Panel::Miner, Panel::Outlook],
        reads_also: &[],
        key_inputs: &[InputId::BtcGrowthPct, InputId::HashrateGrowthPct, InputId::VolatilityPct, InputId::HashrateMode],
        // The shared ones also appear in the miner panel.
        more_inputs: &[
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
        ],
        presets: &[&presets::ARTICLE_OUTLOOK],
        evaluate: outputs::evaluate_outlook,
    },
    PanelSpec {
        panel: Panel::Pivot,
        key: "pivot",
        title: Text::PanelPivot,
        lede: Text::PanelPivotLede,
        reads_panels: &[Panel::Miner, Panel::Outlook, Panel::Pivot],
        reads_also: &[],
        key_inputs: &[
            InputId::SiteMw,
            InputId::LeaseUsdKwMonth,
            InputId::CapexUsdMPerMw,
            InputId::DiscountPct,
            InputId::BackstopPct,
            InputId::LeasedPct,
        ],
        // The mining path's inputs are shared with the other panels.
        more_inputs: &[
            InputId::Discounted,
            InputId::BackstopSpreadPct,
            InputId::BuildMonths,
            InputId::DelayMonths,
            InputId::DelayMining,
            InputId::CapexOverrunPct,
            InputId::LeaseUpMonths,
            InputId::Fitout,
            InputId::ShellCapexPct,
            InputId::DebtPct,
            InputId::DebtRatePct,
            InputId::DebtTenorYears,
            InputId::CurtailmentHours,
            InputId::DrCreditUsdMwh,
            InputId::LandUsdMPerMw,
            InputId::OddsVolatilityPct,
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
        ],
        presets: &[
            &presets::HUT8_LEASE,
            &presets::TERAWULF_LEASE,
            &presets::CIPHER_FLUIDSTACK_LEASE,
            &presets::CIPHER_AWS_SHELL,
            &presets::CORE_SCIENTIFIC_LEASE,
            &presets::APPLIED_DIGITAL_LEASE,
            &presets::MINING_TODAY,
        ],
        evaluate: outputs::evaluate_pivot,
    },
    PanelSpec {
        panel: Panel::Grid,
        key: "grid",
        title: Text::PanelGrid,
        lede: Text::PanelGridLede,
        reads_panels: &[Panel::Grid],
        reads_also: &[],
        key_inputs: &[InputId::DemandGw, InputId::SupplyGw, InputId::MiningGw, InputId::ConvertiblePct, InputId::ConvertedPue],
        more_inputs: &[],
        presets: &[&presets::ARTICLE_GRID, &presets::EARLIER_GRID],
        evaluate: outputs::evaluate_grid,
    },
    PanelSpec {
        panel: Panel::Geography,
        key: "geography",
        title: Text::PanelGeography,
        lede: Text::PanelGeographyLede,
        reads_panels: &[Panel::Geography],
        reads_also: &[],
        // The share table (`lower::SHARE_INPUTS`) is shown as a table, not folded.
        key_inputs: &[InputId::UsLeavePct, InputId::OthersResponsePct],
        more_inputs: &[],
        presets: &[&presets::DIFFICULTY_DROP, &presets::Q3_2025_SHARES],
        evaluate: outputs::evaluate_geography,
    },
    PanelSpec {
        panel: Panel::Converter,
        key: "converter",
        title: Text::PanelConverter,
        lede: Text::PanelConverterLede,
        reads_panels: &[],
        // Its fields follow the page's price and fleet efficiency.
        reads_also: &[InputId::BtcUsd, InputId::EffJth],
        key_inputs: &[InputId::BtcUsd, InputId::EffJth],
        more_inputs: &[],
        presets: &[],
        // Its fields are its own inputs: no results of the scenario.
        evaluate: |_| Vec::new(),
    },
];

impl Panel {
    /// Every panel, in page order.
    pub const ALL: [Panel; 6] = [Panel::Miner, Panel::Outlook, Panel::Pivot, Panel::Grid, Panel::Geography, Panel::Converter];

    /// Its declaration.
    pub fn spec(self) -> &'static PanelSpec {
        &PANELS[self as usize]
    }

    /// Its `panel=` value (and element id suffix).
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The panel a `panel=` value names.
    pub fn from_key(key: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The inputs its results read, in registry order (the library's
    /// `inputs(panel)`; the page's panels show these, some folded).
    pub fn reads(self) -> Vec<InputId> {
        let spec = self.spec();
        INPUTS.iter().filter(|s| spec.reads_panels.contains(&s.panel) || spec.reads_also.contains(&s.id)).map(|s| s.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::SHARE_INPUTS;

    #[test]
    fn the_registry_is_in_panel_order_with_unique_keys() {
        for (i, spec) in PANELS.iter().enumerate() {
            assert_eq!(spec.panel as usize, i, "{} out of order", spec.key);
            assert_eq!(Panel::from_key(spec.key), Some(spec.panel));
        }
        assert_eq!(Panel::ALL.map(|p| p.spec().panel), Panel::ALL);
    }

    #[test]
    fn each_input_is_shown_by_its_panel_and_read_where_shown() {
        for s in INPUTS {
            let owner = s.panel.spec();
            let shown = owner.key_inputs.contains(&s.id) || owner.more_inputs.contains(&s.id) || SHARE_INPUTS.contains(&s.id);
            assert!(shown, "{} is shown by {:?}", s.key, s.panel);
        }
        for spec in &PANELS {
            let reads = spec.panel.reads();
            for id in spec.key_inputs.iter().chain(spec.more_inputs) {
                assert!(reads.contains(id), "{:?} shows {} and reads it", spec.panel, id.spec().key);
            }
            let mut shown: Vec<_> = spec.key_inputs.iter().chain(spec.more_inputs).collect();
            let count = shown.len();
            shown.sort_by_key(|id| **id as usize);
            shown.dedup();
            assert_eq!(shown.len(), count, "{:?} shows an input twice", spec.panel);
        }
    }

    #[test]
    fn each_preset_button_sets_inputs_its_panel_reads() {
        for spec in &PANELS {
            for preset in spec.presets {
                for (id, _) in preset.values {
                    assert!(spec.panel.reads().contains(id), "{} sets {}, which {:?} does not read", preset.id, id.spec().key, spec.panel);
                }
            }
        }
    }

    /// The JavaScript's own lists of panels (the library's, the end-to-end
    /// tests', the early script's) are the registry's, in page order.
    #[test]
    fn the_scripts_lists_are_the_registrys() {
        let root = env!("CARGO_MANIFEST_DIR");
        let listed = Panel::ALL.map(|p| format!("'{}'", p.key())).join(", ");
        for (file, line) in [
            ("lib/js/library.mjs", "export const PANELS = Object.freeze(["),
            ("tests/e2e/lib.mjs", "export const PANELS = ["),
            ("www/early.js", "var PANELS = ["),
        ] {
            let text = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
            assert!(text.contains(&format!("{line}{listed}]")), "{file} lists the panels {listed}");
        }
    }
}
