//! Lowering: from the registry's values (low-level, keyed by [`InputId`])
//! to each model's own typed scenario (high-level, named fields in their
//! units). The only place that knows both sides, so the models never see
//! URL keys, labels or translations, and the registry never sees a model.

use crate::inputs::{InputId, Inputs};
use crate::model::pivot::{BuildMining, Lever};
use crate::model::{geography, grid, miner, outlook, pivot};
use crate::scenario::Scenario;

/// Today's network, price and the reader's fleet.
pub fn miner(inputs: &Inputs) -> miner::Scenario {
    miner::Scenario {
        btc_usd: inputs.get(InputId::BtcUsd),
        hashrate_eh_per_s: inputs.get(InputId::HashrateEhs),
        fees_btc_per_block: inputs.get(InputId::FeesBtc),
        height: inputs.get(InputId::Height) as u64,
        eff_j_per_th: inputs.get(InputId::EffJth),
        power_usd_per_kwh: inputs.get(InputId::PowerUsdKwh),
        pool_fee_pct: inputs.get(InputId::PoolFeePct),
        uptime_pct: inputs.get(InputId::UptimePct),
    }
}

/// The halving outlook.
pub fn outlook(inputs: &Inputs) -> outlook::Scenario {
    outlook::Scenario {
        today: miner(inputs),
        btc_growth_pct: inputs.get(InputId::BtcGrowthPct),
        hashrate_growth_pct: inputs.get(InputId::HashrateGrowthPct),
        fee_growth_pct: inputs.get(InputId::FeeGrowthPct),
        volatility_pct: inputs.get(InputId::VolatilityPct),
        mode: if inputs.get(InputId::HashrateMode) >= 0.5 { outlook::HashrateMode::Equilibrium } else { outlook::HashrateMode::Growth },
        block_time_s: inputs.get(InputId::BlockTimeS),
        fleet_gain_pct: inputs.get(InputId::FleetGainPct),
        marginal_eff_j_per_th: inputs.get(InputId::MarginalEffJth),
        asic_usd_per_th: inputs.get(InputId::AsicUsdTh),
        asic_life_years: inputs.get(InputId::AsicLifeYears),
        target_margin_pct: inputs.get(InputId::TargetMarginPct),
    }
}

/// The site pivot.
pub fn pivot(inputs: &Inputs) -> pivot::Scenario {
    pivot::Scenario {
        outlook: outlook(inputs),
        site_mw: inputs.get(InputId::SiteMw),
        pue_mining: inputs.get(InputId::PueMining),
        pue_ai: inputs.get(InputId::PueAi),
        capex_usd_m_per_it_mw: inputs.get(InputId::CapexUsdMPerMw),
        build_months: inputs.get(InputId::BuildMonths) as u32,
        build_mining: match inputs.get(InputId::BuildMining) as u32 {
            0 => BuildMining::Continue,
            1 => BuildMining::Stop,
            _ => BuildMining::PhaseDown,
        },
        lease_usd_per_kw_month: inputs.get(InputId::LeaseUsdKwMonth),
        escalator_pct: inputs.get(InputId::EscalatorPct),
        term_years: inputs.get(InputId::TermYears) as u32,
        opex_pct: inputs.get(InputId::OpexPct),
        residual_pct: inputs.get(InputId::ResidualPct),
        discount_pct: inputs.get(InputId::DiscountPct),
        backstop_pct: inputs.get(InputId::BackstopPct),
        backstop_spread_pct: inputs.get(InputId::BackstopSpreadPct),
        mining_opex_usd_per_mwh: inputs.get(InputId::MiningOpexUsdMwh),
        delay_months: inputs.get(InputId::DelayMonths),
        delay_mining: inputs.get(InputId::DelayMining) < 0.5,
        capex_overrun_pct: inputs.get(InputId::CapexOverrunPct),
        powered_shell: inputs.get(InputId::Fitout) >= 0.5,
        shell_capex_pct: inputs.get(InputId::ShellCapexPct),
        leased_pct: inputs.get(InputId::LeasedPct),
        lease_up_months: inputs.get(InputId::LeaseUpMonths),
        curtailment_hours_per_year: inputs.get(InputId::CurtailmentHours),
        dr_credit_usd_per_mwh: inputs.get(InputId::DrCreditUsdMwh),
        debt_pct: inputs.get(InputId::DebtPct),
        debt_rate_pct: inputs.get(InputId::DebtRatePct),
        debt_tenor_years: inputs.get(InputId::DebtTenorYears),
        land_usd_m_per_mw: inputs.get(InputId::LandUsdMPerMw),
        odds_volatility_pct: inputs.get(InputId::OddsVolatilityPct),
    }
}

/// The registry input behind each tornado lever (its label, unit and domain).
pub fn lever_input(lever: Lever) -> InputId {
    match lever {
        Lever::LeaseUsdPerKwMonth => InputId::LeaseUsdKwMonth,
        Lever::BtcUsd => InputId::BtcUsd,
        Lever::BtcGrowthPct => InputId::BtcGrowthPct,
        Lever::HashrateGrowthPct => InputId::HashrateGrowthPct,
        Lever::CapexUsdMPerItMw => InputId::CapexUsdMPerMw,
        Lever::DiscountPct => InputId::DiscountPct,
        Lever::PowerUsdPerKwh => InputId::PowerUsdKwh,
        Lever::PueAi => InputId::PueAi,
        Lever::LeasedPct => InputId::LeasedPct,
        Lever::LeaseUpMonths => InputId::LeaseUpMonths,
        Lever::DelayMonths => InputId::DelayMonths,
        Lever::CapexOverrunPct => InputId::CapexOverrunPct,
        Lever::BackstopPct => InputId::BackstopPct,
        Lever::ShellCapexPct => InputId::ShellCapexPct,
        Lever::CurtailmentHoursPerYear => InputId::CurtailmentHours,
        Lever::DrCreditUsdPerMwh => InputId::DrCreditUsdMwh,
    }
}

/// The tornado of the pivot, each lever kept inside its input's domain.
pub fn tornado(s: &pivot::Scenario) -> Vec<pivot::Sensitivity> {
    pivot::tornado(s, |lever| {
        let spec = lever_input(lever).spec();
        (spec.min, spec.max)
    })
}

/// The US grid gap.
pub fn grid(inputs: &Inputs) -> grid::Scenario {
    grid::Scenario {
        demand_gw: inputs.get(InputId::DemandGw),
        supply_gw: inputs.get(InputId::SupplyGw),
        mining_gw: inputs.get(InputId::MiningGw),
        convertible_pct: inputs.get(InputId::ConvertiblePct),
        converted_pue: inputs.get(InputId::ConvertedPue),
    }
}

/// The fixed rows of the share table, in the model's row order.
pub const SHARE_INPUTS: [InputId; geography::FIXED_ROWS] =
    [InputId::UsSharePct, InputId::RussiaSharePct, InputId::ChinaSharePct, InputId::RestSharePct];

/// Hashrate geography: the fixed rows, then the reader's added rows.
pub fn geography(scenario: &Scenario) -> geography::Scenario {
    let inputs = &scenario.inputs;
    let fixed = SHARE_INPUTS.iter().map(|&id| inputs.get(id));
    geography::Scenario {
        shares_pct: fixed.chain(scenario.rows.iter().map(|r| r.share_pct)).collect(),
        us_leave_pct: inputs.get(InputId::UsLeavePct),
        others_response_pct: inputs.get(InputId::OthersResponsePct),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pivot::LEVERS;

    #[test]
    fn each_panel_lists_the_inputs_its_model_reads() {
        use crate::panels::Panel;
        assert_eq!(Panel::Miner.reads().len(), 8);
        assert_eq!(
            Panel::Grid.reads(),
            [InputId::DemandGw, InputId::SupplyGw, InputId::MiningGw, InputId::ConvertiblePct, InputId::ConvertedPue]
        );
        assert!(Panel::Pivot.reads().contains(&InputId::Discounted) && Panel::Pivot.reads().contains(&InputId::BtcGrowthPct));
        assert_eq!(Panel::Geography.reads().len(), 6);
        // An input outside a panel's list leaves its results unchanged.
        for panel in Panel::ALL {
            let listed = panel.reads();
            let base = crate::outputs::evaluate(panel, &Scenario::default());
            for spec in crate::inputs::INPUTS.iter().filter(|s| !listed.contains(&s.id)) {
                let mut moved = Scenario::default();
                let other = if spec.default == spec.max { spec.min } else { spec.max };
                moved.set(spec.id, other).unwrap();
                assert_eq!(crate::outputs::evaluate(panel, &moved), base, "{panel:?} depends on {}", spec.key);
            }
        }
    }

    #[test]
    fn every_lever_has_its_own_input() {
        let mut ids: Vec<usize> = LEVERS.iter().map(|&(lever, ..)| lever_input(lever) as usize).collect();
        ids.dedup();
        assert_eq!(ids.len(), LEVERS.len());
    }

    #[test]
    fn the_tornado_reads_what_each_lever_sets() {
        let s = pivot(&Inputs::default());
        for &(lever, ..) in &LEVERS {
            let spec = lever_input(lever).spec();
            assert_eq!(s.lever(lever), spec.default, "{}", spec.key);
        }
    }
}
