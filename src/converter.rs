//! The converter's fields, declared once for the page's converter panel
//! (`ui::converter_panel`) and the library (`lib/`): each field's key (its
//! `data-output`), English unit and group, each group's starting value,
//! what a value typed in a field stands for and whether the page takes it.
//! The arithmetic is `model::convert`'s; money and hash revenue follow the
//! page's BTC price and fleet efficiency ([`At`]).
//!
//! **Invariant:** a value is taken only if every field of its group stays
//! finite at any BTC price and fleet efficiency the page's inputs can take
//! (their whole domains, not just today's values), so no field ever shows
//! Infinity, whatever moves later.

use crate::i18n::Unit as Symbol;
use crate::inputs::InputId;
use crate::model::convert::{self, MoneyField, Quantity, RevenueField, Unit, EFFICIENCY, HASHRATE, POWER};

/// A group of fields: one value, in its base unit, shown in each field's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Hashrate and difficulty; base H/s.
    Hashrate,
    /// Efficiency; base J/TH.
    Efficiency,
    /// Power; base W.
    Power,
    /// BTC, satoshis and USD at the page's BTC price; base BTC.
    Money,
    /// Hash revenue at the page's fleet efficiency; base USD per TH/s a day.
    Revenue,
}

impl Group {
    /// Every group, in the page's order (its index in this list is
    /// [`Group::index`]).
    pub const ALL: [Group; 5] = [Group::Hashrate, Group::Efficiency, Group::Power, Group::Money, Group::Revenue];

    /// Its place in [`Group::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its `data-group` id on the page.
    pub fn id(self) -> &'static str {
        match self {
            Group::Hashrate => HASHRATE.id,
            Group::Efficiency => EFFICIENCY.id,
            Group::Power => POWER.id,
            Group::Money => "money",
            Group::Revenue => "revenue",
        }
    }

    /// The value the page's converter starts with, in the group's base unit.
    pub fn start(self) -> f64 {
        match self {
            // The snapshot's network hashrate, 900.9 EH/s.
            Group::Hashrate => 900.9e18,
            // An Antminer S21.
            Group::Efficiency => 17.5,
            // A 330 MW site.
            Group::Power => 330e6,
            // One bitcoin.
            Group::Money => 1.0,
            // About the snapshot's hashprice, 33.68 USD/PH/day.
            Group::Revenue => 0.033_68,
        }
    }

    /// What [`Group::start`] is, in words (the library's `source`).
    pub fn start_note(self) -> &'static str {
        match self {
            Group::Hashrate => "Starts at the snapshot's network hashrate, 900.9 EH/s.",
            Group::Efficiency => "Starts at an Antminer S21, 17.5 J/TH.",
            Group::Power => "Starts at a 330 MW site.",
            Group::Money => "Starts at one bitcoin, in USD at btc_usd.",
            Group::Revenue => "Starts at about the snapshot's hashprice, 33.68 USD/PH/day, per MWh at eff_jth.",
        }
    }
}

/// The page's inputs the converter follows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct At {
    /// BTC price, USD (the money group's USD field).
    pub btc_usd: f64,
    /// Fleet efficiency, J/TH (the revenue group's USD/MWh field).
    pub eff_j_per_th: f64,
}

/// How a field shows its group's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    /// A unit of a fixed-factor quantity (hashrate, efficiency, power).
    Fixed(&'static Quantity, &'static Unit),
    /// A field of the money group.
    Money(MoneyField),
    /// A field of the hash-revenue group.
    Revenue(RevenueField),
}

/// Every field, in the page's order (groups in [`Group::ALL`]'s order). A
/// table rather than chained iterators over the quantities: a few bytes
/// of the library's wasm where the iterators' code is a kilobyte.
pub static FIELDS: [Field; 19] = [
    Field::Fixed(&HASHRATE, &HASHRATE.units[0]),
    Field::Fixed(&HASHRATE, &HASHRATE.units[1]),
    Field::Fixed(&HASHRATE, &HASHRATE.units[2]),
    Field::Fixed(&HASHRATE, &HASHRATE.units[3]),
    Field::Fixed(&HASHRATE, &HASHRATE.units[4]),
    Field::Fixed(&HASHRATE, &HASHRATE.units[5]),
    Field::Fixed(&EFFICIENCY, &EFFICIENCY.units[0]),
    Field::Fixed(&EFFICIENCY, &EFFICIENCY.units[1]),
    Field::Fixed(&EFFICIENCY, &EFFICIENCY.units[2]),
    Field::Fixed(&POWER, &POWER.units[0]),
    Field::Fixed(&POWER, &POWER.units[1]),
    Field::Fixed(&POWER, &POWER.units[2]),
    Field::Fixed(&POWER, &POWER.units[3]),
    Field::Money(MoneyField::Btc),
    Field::Money(MoneyField::Sats),
    Field::Money(MoneyField::Usd),
    Field::Revenue(RevenueField::UsdPerPhDay),
    Field::Revenue(RevenueField::UsdPerThDay),
    Field::Revenue(RevenueField::UsdPerMwh),
];

/// Every field, in the page's order.
pub fn fields() -> impl Iterator<Item = Field> {
    FIELDS.iter().copied()
}

/// The field whose key is `key`.
pub fn field(key: &str) -> Option<Field> {
    fields().find(|f| f.key() == key)
}

/// The domain of an input of the page (its smallest and largest value).
fn domain(id: InputId) -> (f64, f64) {
    (id.spec().min, id.spec().max)
}

impl Field {
    /// Its key: the field's `data-output` and the library's input and output key.
    pub fn key(self) -> &'static str {
        match self {
            Field::Fixed(_, unit) => unit.key,
            Field::Money(f) => f.key(),
            Field::Revenue(f) => f.key(),
        }
    }

    /// Its unit, in English.
    pub fn symbol(self) -> &'static str {
        match self {
            Field::Fixed(_, unit) => unit.symbol,
            Field::Money(MoneyField::Btc) => "BTC",
            Field::Money(MoneyField::Sats) => "sats",
            Field::Money(MoneyField::Usd) => Symbol::Usd.symbol(),
            Field::Revenue(RevenueField::UsdPerPhDay) => Symbol::UsdPhDay.symbol(),
            Field::Revenue(RevenueField::UsdPerThDay) => Symbol::UsdThDay.symbol(),
            Field::Revenue(RevenueField::UsdPerMwh) => Symbol::UsdMwh.symbol(),
        }
    }

    /// Its group.
    pub fn group(self) -> Group {
        match self {
            Field::Fixed(q, _) if q.id == HASHRATE.id => Group::Hashrate,
            Field::Fixed(q, _) if q.id == EFFICIENCY.id => Group::Efficiency,
            Field::Fixed(..) => Group::Power,
            Field::Money(_) => Group::Money,
            Field::Revenue(_) => Group::Revenue,
        }
    }

    /// What it shows when its group holds `base` (in the group's base unit).
    pub fn value(self, base: f64, at: At) -> f64 {
        match self {
            Field::Fixed(q, unit) => convert::convert(base, &q.units[0], unit),
            Field::Money(f) => {
                let money = convert::money_from_btc(base, at.btc_usd);
                match f {
                    MoneyField::Btc => money.btc,
                    MoneyField::Sats => money.sats,
                    MoneyField::Usd => money.usd,
                }
            }
            Field::Revenue(f) => {
                let revenue = convert::revenue_from_usd_per_th_day(base, at.eff_j_per_th);
                match f {
                    RevenueField::UsdPerPhDay => revenue.usd_per_ph_day,
                    RevenueField::UsdPerThDay => revenue.usd_per_th_day,
                    RevenueField::UsdPerMwh => revenue.usd_per_mwh,
                }
            }
        }
    }

    /// The group's base value that `value` typed in this field stands for,
    /// if the page takes it: a finite number, not negative, that leaves
    /// every field of the group finite at any BTC price and efficiency in
    /// the page's domains.
    pub fn base(self, value: f64, at: At) -> Option<f64> {
        if !(value >= 0.0 && value.is_finite()) {
            return None;
        }
        let (base, fits) = match self {
            Field::Fixed(q, unit) => {
                let base = convert::convert(value, unit, &q.units[0]);
                (base, convert::fits(q, base))
            }
            Field::Money(f) => {
                let btc = convert::btc_from(f, value, at.btc_usd);
                (btc, convert::money_fits(btc, domain(InputId::BtcUsd)))
            }
            Field::Revenue(f) => {
                let usd_per_th_day = convert::usd_per_th_day_from(f, value, at.eff_j_per_th);
                (usd_per_th_day, convert::revenue_fits(usd_per_th_day, domain(InputId::EffJth)))
            }
        };
        fits.then_some(base)
    }

    /// The largest value the page takes in this field at `at` (every value
    /// from 0 to it is taken: the conversions only grow with the value).
    pub fn largest(self, at: At) -> f64 {
        // Positive doubles are ordered as their bits: a binary search over
        // the bits finds the exact boundary in 64 steps.
        let (mut taken, mut refused) = (0u64, f64::INFINITY.to_bits());
        while refused - taken > 1 {
            let mid = taken + (refused - taken) / 2;
            if self.base(f64::from_bits(mid), at).is_some() {
                taken = mid;
            } else {
                refused = mid;
            }
        }
        f64::from_bits(taken)
    }
}

/// Every field's value when the groups hold `bases` (by [`Group::index`]),
/// in the page's order: what the page's converter shows.
pub fn values(bases: [f64; 5], at: At) -> Vec<(&'static str, f64)> {
    fields().map(|f| (f.key(), f.value(bases[f.group().index()], at))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: At = At { btc_usd: 67_000.0, eff_j_per_th: 17.5 };

    #[test]
    fn fields_are_the_models_in_the_pages_order() {
        let keys: Vec<&str> = fields().map(Field::key).collect();
        let mut model: Vec<&str> = convert::QUANTITIES.iter().flat_map(|q| q.units.iter().map(|u| u.key)).collect();
        model.extend(MoneyField::ALL.map(MoneyField::key));
        model.extend(RevenueField::ALL.map(RevenueField::key));
        assert_eq!(keys, model);
        let groups: Vec<Group> = fields().map(Field::group).collect();
        assert!(groups.windows(2).all(|w| w[0].index() <= w[1].index()), "groups in order");
        for g in Group::ALL {
            assert!(groups.contains(&g), "{g:?} has fields");
            assert_eq!(Group::ALL[g.index()], g);
        }
        assert_eq!(field("conv_usd_mwh"), Some(Field::Revenue(RevenueField::UsdPerMwh)));
        assert_eq!(field("btc_usd"), None);
    }

    #[test]
    fn a_value_typed_gives_back_itself_and_the_models_conversions() {
        let start = Group::ALL.map(Group::start);
        let shown = values(start, TODAY);
        let get = |key: &str| shown.iter().find(|(k, _)| *k == key).unwrap().1;
        assert_eq!(get("conv_eh_s"), 900.9);
        assert_eq!(get("conv_usd"), 67_000.0);
        assert_eq!(get("conv_usd_mwh"), convert::revenue_from_usd_per_th_day(0.033_68, 17.5).usd_per_mwh);
        for f in fields() {
            let base = f.base(get(f.key()), TODAY).unwrap();
            let start = Group::start(f.group());
            assert!((base - start).abs() <= 1e-15 * start, "{}: {base} vs {start}", f.key());
        }
    }

    #[test]
    fn negative_non_finite_and_overflowing_values_are_refused_at_the_exact_boundary() {
        for f in fields() {
            assert_eq!(f.base(-1.0, TODAY), None, "{}", f.key());
            assert_eq!(f.base(f64::NAN, TODAY), None);
            assert_eq!(f.base(f64::INFINITY, TODAY), None);
            assert_eq!(f.base(0.0, TODAY), Some(0.0));
            let largest = f.largest(TODAY);
            assert!(largest > 1e200, "{}: {largest}", f.key());
            assert!(f.base(largest, TODAY).is_some(), "{}", f.key());
            assert_eq!(f.base(f64::from_bits(largest.to_bits() + 1), TODAY), None, "{}", f.key());
        }
        // 1e308 ZH/s is 1e329 H/s; 1e301 BTC is 1e309 sats.
        assert_eq!(field("conv_zh_s").unwrap().base(1e308, TODAY), None);
        assert_eq!(field("conv_btc").unwrap().base(1e301, TODAY), None);
    }
}
