//! Named presets: scenarios that reproduce the article's claims. A preset
//! starts from the defaults and sets the inputs it names, so it gives the
//! same page whatever the reader had moved before.

use crate::i18n::Text;
use crate::inputs::{InputId, Inputs};

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
    /// The inputs this preset describes.
    pub fn inputs(&self) -> Inputs {
        let mut inputs = Inputs::default();
        for &(id, v) in self.values {
            // Preset values are checked against the domains by a test.
            let _ = inputs.set(id, v);
        }
        inputs
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

/// Every preset.
pub const ALL: &[Preset] = &[ARTICLE_OUTLOOK];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preset_values_lie_in_their_domains() {
        for p in ALL {
            for &(id, v) in p.values {
                assert!(id.spec().validate(v).is_ok(), "preset {} sets {} = {v} outside its domain", p.id, id.spec().key);
            }
        }
    }
}
