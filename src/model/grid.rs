//! Model 5, the US grid gap (Morgan Stanley's figures, article F8-F10):
//! data-centre power demand growth against the supply that can meet it, and
//! how much of the shortfall converted bitcoin-mining sites could cover.
//!
//! - shortfall = max(demand - supply, 0)
//! - covered by mines = mining sites' grid capacity x share convertible /
//!   PUE of the new use: the IT load the converted sites can host, counted
//!   against a shortfall expressed on the same basis; never more than the
//!   shortfall.
//! - left = shortfall - covered; share covered = covered / shortfall.

/// Validated inputs of the grid-gap model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// US data-centre power demand growth, 2025-2028, GW.
    pub demand_gw: f64,
    /// Supply that can meet it (headroom, projects under way, grid additions), GW.
    pub supply_gw: f64,
    /// Grid capacity of US bitcoin-mining sites, GW.
    pub mining_gw: f64,
    /// Share of it that can be converted, percent.
    pub convertible_pct: f64,
    /// PUE of the converted use (AI data centre).
    pub converted_pue: f64,
}

/// Results of the grid-gap model, GW unless named otherwise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// Demand that supply meets.
    pub met_gw: f64,
    /// Demand that supply does not meet.
    pub shortfall_gw: f64,
    /// Part of the shortfall converted mining sites cover.
    pub covered_by_mines_gw: f64,
    /// What is left.
    pub shortfall_after_gw: f64,
    /// Covered as a share of the shortfall, percent (0 when there is none).
    pub share_of_shortfall_covered_pct: f64,
    /// Converted sites' capacity beyond the shortfall (unused), GW.
    pub surplus_gw: f64,
    /// IT load all convertible sites could host, GW (covered + surplus).
    pub convertible_it_gw: f64,
}

/// Runs the grid-gap model.
pub fn evaluate(s: &Scenario) -> Outcome {
    let shortfall = (s.demand_gw - s.supply_gw).max(0.0);
    let convertible = s.mining_gw * s.convertible_pct / 100.0 / s.converted_pue;
    let covered = convertible.min(shortfall);
    Outcome {
        met_gw: s.demand_gw.min(s.supply_gw),
        shortfall_gw: shortfall,
        covered_by_mines_gw: covered,
        shortfall_after_gw: shortfall - covered,
        share_of_shortfall_covered_pct: if shortfall > 0.0 { covered / shortfall * 100.0 } else { 0.0 },
        surplus_gw: convertible - covered,
        convertible_it_gw: convertible,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Inputs;
    use crate::{lower, presets};
    use proptest::prelude::*;

    fn check(s: Scenario, shortfall: f64, covered: f64, left: f64) {
        let o = evaluate(&s);
        assert!((o.shortfall_gw - shortfall).abs() < 1e-9, "shortfall {} for {s:?}", o.shortfall_gw);
        assert!((o.covered_by_mines_gw - covered).abs() < 1e-9, "covered {} for {s:?}", o.covered_by_mines_gw);
        assert!((o.shortfall_after_gw - left).abs() < 1e-9, "left {} for {s:?}", o.shortfall_after_gw);
    }

    #[test]
    fn morgan_stanley_defaults_give_49_gw_short() {
        let o = evaluate(&lower::grid(&Inputs::default()));
        assert_eq!(o.shortfall_gw, 49.0);
    }

    #[test]
    fn article_preset_covers_10_to_15_and_leaves_34_to_39() {
        let o = evaluate(&lower::grid(&presets::ARTICLE_GRID.scenario().inputs));
        assert!((10.0..=15.0).contains(&o.covered_by_mines_gw), "{}", o.covered_by_mines_gw);
        assert!((34.0..=39.0).contains(&o.shortfall_after_gw), "{}", o.shortfall_after_gw);
    }

    #[test]
    fn hand_worked() {
        let base = Scenario { demand_gw: 74.0, supply_gw: 25.0, mining_gw: 20.0, convertible_pct: 65.0, converted_pue: 1.3 };
        check(base, 49.0, 10.0, 39.0);
        // More supply than demand: no shortfall, nothing to cover.
        check(Scenario { supply_gw: 80.0, ..base }, 0.0, 0.0, 0.0);
        // Covering is capped at the shortfall.
        check(Scenario { supply_gw: 70.0, ..base }, 4.0, 4.0, 0.0);
    }

    proptest! {
        #[test]
        fn finite_and_consistent(fractions in proptest::collection::vec(0.0f64..=1.0, crate::inputs::INPUTS.len())) {
            let s = lower::grid(&Inputs::from_fractions(&fractions));
            let o = evaluate(&s);
            prop_assert!(o.shortfall_gw.is_finite() && o.covered_by_mines_gw.is_finite() && o.share_of_shortfall_covered_pct.is_finite(), "{:?}", s);
            prop_assert!(o.covered_by_mines_gw <= o.shortfall_gw + 1e-12 && o.shortfall_after_gw >= 0.0, "{:?}", s);
            prop_assert!((o.met_gw + o.shortfall_gw - s.demand_gw).abs() < 1e-9);
        }
    }
}
