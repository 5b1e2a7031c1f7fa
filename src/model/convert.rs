//! Model 7, the unit converter: every quantity is held in one base unit and
//! each field shows it in its own unit, so editing any field moves the
//! others and round trips are exact to floating-point rounding.
//!
//! - hashrate: H/s; difficulty D <-> H/s by H = D x 2^32 / 600
//! - efficiency: J/TH is W per TH/s (1 J/TH = 1 W / (TH/s)); W per PH/s = 1,000 x J/TH
//! - power: W
//! - bitcoin: sat (10^8 a BTC); USD at a BTC price
//! - hash revenue: USD per TH/s per day; x 1,000 per PH/s; per MWh at an
//!   efficiency: USD/TH/day / (J/TH x 24 h / 10^6 MWh per W h)

use crate::model::protocol;

/// A unit of one quantity, as a factor to the quantity's base unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unit {
    /// Field key (`data-output` of the field and its id).
    pub key: &'static str,
    /// Symbol shown beside the field.
    pub symbol: &'static str,
    /// How many base units one of this unit is.
    pub base_per_unit: f64,
}

/// A convertible quantity and its units; the first unit is the base.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    /// Stable id.
    pub id: &'static str,
    /// Units, the base unit first.
    pub units: &'static [Unit],
}

const fn unit(key: &'static str, symbol: &'static str, base_per_unit: f64) -> Unit {
    Unit { key, symbol, base_per_unit }
}

/// Hashrate, base H/s; the last unit is network difficulty.
pub const HASHRATE: Quantity = Quantity {
    id: "hashrate",
    units: &[
        unit("conv_h_s", "H/s", 1.0),
        unit("conv_th_s", "TH/s", 1e12),
        unit("conv_ph_s", "PH/s", 1e15),
        unit("conv_eh_s", "EH/s", 1e18),
        unit("conv_zh_s", "ZH/s", 1e21),
        unit("conv_difficulty", "difficulty", protocol::HASHES_PER_DIFFICULTY / protocol::TARGET_BLOCK_TIME_S),
    ],
};

/// Efficiency, base J/TH.
pub const EFFICIENCY: Quantity = Quantity {
    id: "efficiency",
    units: &[unit("conv_j_th", "J/TH", 1.0), unit("conv_w_th_s", "W per TH/s", 1.0), unit("conv_w_ph_s", "W per PH/s", 0.001)],
};

/// Power, base W.
pub const POWER: Quantity = Quantity {
    id: "power",
    units: &[unit("conv_w", "W", 1.0), unit("conv_kw", "kW", 1e3), unit("conv_mw", "MW", 1e6), unit("conv_gw", "GW", 1e9)],
};

/// Every fixed-factor quantity.
pub const QUANTITIES: [Quantity; 3] = [HASHRATE, EFFICIENCY, POWER];

/// `value` in `from` expressed in `to` (both units of one quantity).
pub fn convert(value: f64, from: &Unit, to: &Unit) -> f64 {
    value * from.base_per_unit / to.base_per_unit
}

/// Whether `base` (in the quantity's first unit) is finite in every unit of
/// `quantity`: a value that would overflow one of them is not taken.
pub fn fits(quantity: &Quantity, base: f64) -> bool {
    quantity.units.iter().all(|u| convert(base, &quantity.units[0], u).is_finite())
}

/// BTC, satoshis and USD at a price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Money {
    /// Bitcoin.
    pub btc: f64,
    /// Satoshis.
    pub sats: f64,
    /// US dollars at the price.
    pub usd: f64,
}

/// The money fields from an amount of BTC at `btc_usd`.
pub fn money_from_btc(btc: f64, btc_usd: f64) -> Money {
    Money { btc, sats: btc * protocol::SAT_PER_BTC as f64, usd: btc * btc_usd }
}

impl Money {
    /// Whether every field is finite.
    pub fn is_finite(&self) -> bool {
        self.btc.is_finite() && self.sats.is_finite() && self.usd.is_finite()
    }
}

/// Whether the money fields for `btc` stay finite at every price from
/// `btc_usd_range.0` to `btc_usd_range.1` (both positive): the price may
/// move after a value is typed, and no field may then overflow.
pub fn money_fits(btc: f64, btc_usd_range: (f64, f64)) -> bool {
    // USD grows with the price: finite at both ends, finite between.
    money_from_btc(btc, btc_usd_range.0).is_finite() && money_from_btc(btc, btc_usd_range.1).is_finite()
}

/// Whether the hash-revenue fields for `usd_per_th_day` stay finite at
/// every efficiency from `eff_range.0` to `eff_range.1` J/TH (both positive).
pub fn revenue_fits(usd_per_th_day: f64, eff_range: (f64, f64)) -> bool {
    // USD/MWh shrinks as the efficiency grows: both ends bound it.
    revenue_from_usd_per_th_day(usd_per_th_day, eff_range.0).is_finite()
        && revenue_from_usd_per_th_day(usd_per_th_day, eff_range.1).is_finite()
}

impl HashRevenue {
    /// Whether every field is finite.
    pub fn is_finite(&self) -> bool {
        self.usd_per_ph_day.is_finite() && self.usd_per_th_day.is_finite() && self.usd_per_mwh.is_finite()
    }
}

/// A field of the money group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyField {
    /// Bitcoin.
    Btc,
    /// Satoshis.
    Sats,
    /// US dollars.
    Usd,
}

impl MoneyField {
    /// Every money field, in the page's order.
    pub const ALL: [MoneyField; 3] = [MoneyField::Btc, MoneyField::Sats, MoneyField::Usd];

    /// Its `data-output` key.
    pub fn key(self) -> &'static str {
        match self {
            MoneyField::Btc => "conv_btc",
            MoneyField::Sats => "conv_sats",
            MoneyField::Usd => "conv_usd",
        }
    }
}

/// The BTC amount a value typed in `field` stands for, at `btc_usd`.
pub fn btc_from(field: MoneyField, value: f64, btc_usd: f64) -> f64 {
    match field {
        MoneyField::Btc => value,
        MoneyField::Sats => value / protocol::SAT_PER_BTC as f64,
        MoneyField::Usd => value / btc_usd,
    }
}

/// A field of the hash-revenue group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RevenueField {
    /// USD per PH/s per day.
    UsdPerPhDay,
    /// USD per TH/s per day.
    UsdPerThDay,
    /// USD per MWh consumed.
    UsdPerMwh,
}

impl RevenueField {
    /// Every hash-revenue field, in the page's order.
    pub const ALL: [RevenueField; 3] = [RevenueField::UsdPerPhDay, RevenueField::UsdPerThDay, RevenueField::UsdPerMwh];

    /// Its `data-output` key.
    pub fn key(self) -> &'static str {
        match self {
            RevenueField::UsdPerPhDay => "conv_usd_ph_day",
            RevenueField::UsdPerThDay => "conv_usd_th_day",
            RevenueField::UsdPerMwh => "conv_usd_mwh",
        }
    }
}

/// The USD/TH/day a value typed in `field` stands for, at `eff_j_per_th`.
pub fn usd_per_th_day_from(field: RevenueField, value: f64, eff_j_per_th: f64) -> f64 {
    match field {
        RevenueField::UsdPerPhDay => value / 1_000.0,
        RevenueField::UsdPerThDay => value,
        RevenueField::UsdPerMwh => usd_per_th_day_from_usd_per_mwh(value, eff_j_per_th),
    }
}

/// Hash revenue in its three forms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HashRevenue {
    /// USD per PH/s per day (hashprice).
    pub usd_per_ph_day: f64,
    /// USD per TH/s per day.
    pub usd_per_th_day: f64,
    /// USD per MWh consumed at the efficiency.
    pub usd_per_mwh: f64,
}

/// MWh one TH/s at `eff_j_per_th` uses in a day.
fn mwh_per_th_day(eff_j_per_th: f64) -> f64 {
    eff_j_per_th * 24.0 / 1e6
}

/// The hash-revenue fields from USD/TH/day at an efficiency.
pub fn revenue_from_usd_per_th_day(usd_per_th_day: f64, eff_j_per_th: f64) -> HashRevenue {
    HashRevenue { usd_per_ph_day: usd_per_th_day * 1_000.0, usd_per_th_day, usd_per_mwh: usd_per_th_day / mwh_per_th_day(eff_j_per_th) }
}

/// USD/TH/day from a value in USD/MWh at an efficiency.
pub fn usd_per_th_day_from_usd_per_mwh(usd_per_mwh: f64, eff_j_per_th: f64) -> f64 {
    usd_per_mwh * mwh_per_th_day(eff_j_per_th)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hashrate_prefixes_and_difficulty() {
        let eh = &HASHRATE.units[3];
        let difficulty = &HASHRATE.units[5];
        assert_eq!(convert(1.0, eh, &HASHRATE.units[2]), 1_000.0);
        assert_eq!(convert(1.0, &HASHRATE.units[4], eh), 1_000.0);
        // 125.86 T difficulty is 900.9 EH/s.
        assert!((convert(125.86e12, difficulty, eh) - 900.94).abs() < 0.01);
    }

    #[test]
    fn efficiency_power_money_revenue() {
        assert_eq!(convert(17.5, &EFFICIENCY.units[0], &EFFICIENCY.units[2]), 17_500.0);
        assert_eq!(convert(330.0, &POWER.units[2], &POWER.units[3]), 0.33);
        assert_eq!(money_from_btc(0.5, 67_000.0), Money { btc: 0.5, sats: 50_000_000.0, usd: 33_500.0 });
        // 33.68 USD/PH/day at 17.5 J/TH: 0.03368 USD/TH/day over 0.00042 MWh = 80.19 USD/MWh.
        let r = revenue_from_usd_per_th_day(0.033_68, 17.5);
        assert!((r.usd_per_mwh - 80.190_476).abs() < 1e-5);
        assert!((r.usd_per_ph_day - 33.68).abs() < 1e-12);
    }

    #[test]
    fn values_that_would_overflow_a_unit_do_not_fit() {
        assert!(fits(&HASHRATE, 900.9e18));
        // 1e308 ZH/s is 1e329 H/s.
        assert!(!fits(&HASHRATE, convert(1e308, &HASHRATE.units[4], &HASHRATE.units[0])));
        assert!(!money_from_btc(1e301, 67_000.0).is_finite(), "1e301 BTC is 1e309 sats");
        assert!(money_from_btc(1e290, 67_000.0).is_finite());
        assert!(!revenue_from_usd_per_th_day(1e306, 17.5).is_finite());
    }

    #[test]
    fn typed_fields_map_back_to_their_base() {
        let m = money_from_btc(0.25, 80_000.0);
        for (field, v) in [(MoneyField::Btc, m.btc), (MoneyField::Sats, m.sats), (MoneyField::Usd, m.usd)] {
            assert!((btc_from(field, v, 80_000.0) - 0.25).abs() < 1e-15, "{field:?}");
        }
        let r = revenue_from_usd_per_th_day(0.04, 17.5);
        for (field, v) in [
            (RevenueField::UsdPerPhDay, r.usd_per_ph_day),
            (RevenueField::UsdPerThDay, r.usd_per_th_day),
            (RevenueField::UsdPerMwh, r.usd_per_mwh),
        ] {
            assert!((usd_per_th_day_from(field, v, 17.5) - 0.04).abs() < 1e-15, "{field:?}");
        }
    }

    /// One step of a reader's session in the converter.
    #[derive(Clone, Debug)]
    enum Step {
        /// A value typed in a money field (taken only if it fits).
        Money(usize, f64),
        /// A value typed in a hash-revenue field (taken only if it fits).
        Revenue(usize, f64),
        /// The page's BTC price moved (within its domain).
        Price(f64),
        /// The page's fleet efficiency moved (within its domain).
        Efficiency(f64),
    }

    fn step() -> impl Strategy<Value = Step> {
        let typed = prop_oneof![0.0f64..10.0, 0.0f64..1e300, Just(1e305), Just(f64::MAX), Just(5e-324)];
        prop_oneof![
            (0usize..3, typed.clone()).prop_map(|(f, v)| Step::Money(f, v)),
            (0usize..3, typed).prop_map(|(f, v)| Step::Revenue(f, v)),
            prop_oneof![1_000.0f64..10_000_000.0, Just(1_000.0), Just(10_000_000.0)].prop_map(Step::Price),
            prop_oneof![1.0f64..200.0, Just(1.0), Just(200.0)].prop_map(Step::Efficiency),
        ]
    }

    proptest! {
        /// Whatever a reader types and however the page's inputs move
        /// afterwards, every field of the converter stays finite (the
        /// guard is checked against the inputs' whole domains).
        #[test]
        fn every_field_stays_finite_after_any_sequence(steps in proptest::collection::vec(step(), 1..40)) {
            const PRICES: (f64, f64) = (1_000.0, 10_000_000.0);
            const EFFS: (f64, f64) = (1.0, 200.0);
            let (mut btc, mut revenue, mut price, mut eff) = (1.0, 0.033_68, 67_000.0, 17.5);
            for s in steps {
                match s {
                    Step::Money(f, v) => {
                        let next = btc_from(MoneyField::ALL[f], v, price);
                        if money_fits(next, PRICES) { btc = next; }
                    }
                    Step::Revenue(f, v) => {
                        let next = usd_per_th_day_from(RevenueField::ALL[f], v, eff);
                        if revenue_fits(next, EFFS) { revenue = next; }
                    }
                    Step::Price(p) => price = p,
                    Step::Efficiency(e) => eff = e,
                }
                prop_assert!(money_from_btc(btc, price).is_finite(), "money at {btc} BTC, {price} USD");
                prop_assert!(revenue_from_usd_per_th_day(revenue, eff).is_finite(), "revenue at {revenue} USD/TH/day, {eff} J/TH");
            }
        }
    }

    proptest! {
        #[test]
        fn round_trips_are_exact_to_rounding(value in 1e-6f64..1e9, q in 0usize..3, a in 0usize..6, b in 0usize..6, eff in 1.0f64..200.0) {
            let units = QUANTITIES[q].units;
            let (from, to) = (&units[a % units.len()], &units[b % units.len()]);
            let back = convert(convert(value, from, to), to, from);
            prop_assert!((back - value).abs() <= 1e-12 * value, "{} {} -> {} -> {}", value, from.key, to.key, back);
            let mwh = revenue_from_usd_per_th_day(value, eff).usd_per_mwh;
            let again = usd_per_th_day_from_usd_per_mwh(mwh, eff);
            prop_assert!((again - value).abs() <= 1e-12 * value);
        }
    }
}
