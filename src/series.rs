//! The month-by-month series of the panels that have them (the outlook and
//! the pivot), as the library's `series` gives them: one row a month, each
//! column named once here ([`OUTLOOK_COLUMNS`], [`FAN_COLUMNS`],
//! [`PIVOT_COLUMNS`]) and described once ([`COLUMN_DOCS`], from which the
//! README's table and the library's TypeScript declarations are written).
//! Every value is a field of the model's outcome, as the page's charts draw
//! it: nothing is computed here.

use crate::lower;
use crate::model::calendar::Date;
use crate::model::outlook::{self, HashrateMode};
use crate::model::pivot;
use crate::panels::Panel;
use crate::scenario::Scenario;

/// `YYYY-MM`, as `Date::year_month` writes it (the page's `data-value`s and
/// CSV), built digit by digit: `format!` would link Rust's formatting into
/// the wasm.
pub fn year_month(date: Date) -> String {
    fn push(out: &mut String, mut value: u32, width: usize) {
        let mut digits = Vec::new();
        loop {
            digits.push(char::from(b'0' + (value % 10) as u8));
            value /= 10;
            if value == 0 {
                break;
            }
        }
        out.extend(std::iter::repeat_n('0', width.saturating_sub(digits.len())));
        out.extend(digits.iter().rev());
    }
    let mut out = String::new();
    push(&mut out, date.year.max(0) as u32, 4);
    out.push('-');
    push(&mut out, date.month, 2);
    out
}

/// One month of a series: its month and each column's value, in the
/// panel's column order.
#[derive(Debug, PartialEq)]
pub struct Row {
    /// `YYYY-MM`.
    pub month: String,
    /// Column key -> value, in the unit the key names.
    pub values: Vec<(&'static str, f64)>,
}

/// The outlook's columns after `month`, in order: the median price path,
/// the subsidy and fees a block, the network hashrate in each mode (as the
/// page's hashrate chart), hashprice and the user's margin (the page's
/// other two charts).
pub const OUTLOOK_COLUMNS: [&str; 7] = [
    "btc_usd",
    "subsidy_btc",
    "fees_btc",
    "hashrate_ehs_growth_mode",
    "hashrate_ehs_equilibrium_mode",
    "hashprice_usd_ph_day",
    "margin_usd_ph_day",
];

/// The outlook's Monte Carlo columns, after [`OUTLOOK_COLUMNS`] when
/// `volatility_pct` > 0: hashprice's 10th, 50th and 90th percentile over
/// the page's seeded paths (the fan the page draws is the 10th to 90th).
pub const FAN_COLUMNS: [&str; 3] = ["hashprice_p10_usd_ph_day", "hashprice_p50_usd_ph_day", "hashprice_p90_usd_ph_day"];

/// The pivot's columns after `month`, in order: each path's monthly cash,
/// undiscounted and discounted to today (as `pivot::Outcome` holds them),
/// then their running sums, undiscounted and discounted (the page's cash
/// chart shows one pair, as `discounted` says, in USD millions).
pub const PIVOT_COLUMNS: [&str; 8] = [
    "mining_cash_usd",
    "ai_cash_usd",
    "mining_discounted_usd",
    "ai_discounted_usd",
    "cumulative_mining_usd",
    "cumulative_ai_usd",
    "cumulative_mining_discounted_usd",
    "cumulative_ai_discounted_usd",
];

/// The outlook month by month for `scenario`: [`OUTLOOK_COLUMNS`], and
/// [`FAN_COLUMNS`] when there is volatility (`outlook::evaluate`'s fan: the
/// page's seed and paths).
pub fn outlook(scenario: &Scenario) -> Vec<Row> {
    let s = lower::outlook(&scenario.inputs);
    let o = outlook::evaluate(&s);
    let rows = o.months.iter().zip(o.band.iter().map(Some).chain(std::iter::repeat(None)));
    rows.map(|(m, band)| {
        let (growth, equilibrium) = match s.mode {
            HashrateMode::Growth => (m.hashrate_eh_per_s, m.hashrate_other_mode_eh_per_s),
            HashrateMode::Equilibrium => (m.hashrate_other_mode_eh_per_s, m.hashrate_eh_per_s),
        };
        let values = [m.btc_usd, m.subsidy_btc, m.fees_btc, growth, equilibrium, m.hashprice_usd_per_ph_day, m.margin_usd_per_ph_day];
        let mut values: Vec<(&str, f64)> = OUTLOOK_COLUMNS.into_iter().zip(values).collect();
        if let Some(b) = band {
            values.extend(FAN_COLUMNS.into_iter().zip([b.p10, b.p50, b.p90]));
        }
        Row { month: year_month(m.date), values }
    })
    .collect()
}

/// The pivot month by month for `scenario`: [`PIVOT_COLUMNS`], from
/// `pivot::Outcome` (its cumulative sums are its own).
pub fn pivot(scenario: &Scenario) -> Vec<Row> {
    let o = pivot::evaluate(&lower::pivot(&scenario.inputs));
    let ((ai, mining), (ai_discounted, mining_discounted)) = (o.cumulative_usd(false), o.cumulative_usd(true));
    (0..o.mining_cash_usd.len())
        .map(|m| {
            let values = [
                o.mining_cash_usd[m],
                o.ai_cash_usd[m],
                o.mining_discounted_usd[m],
                o.ai_discounted_usd[m],
                mining[m],
                ai[m],
                mining_discounted[m],
                ai_discounted[m],
            ];
            Row { month: year_month(o.start.plus_months(m as i32)), values: PIVOT_COLUMNS.into_iter().zip(values).collect() }
        })
        .collect()
}

/// The month-by-month series of `panel` (None: it has none).
pub fn of(panel: Panel, scenario: &Scenario) -> Option<Vec<Row>> {
    match panel {
        Panel::Outlook => Some(outlook(scenario)),
        Panel::Pivot => Some(pivot(scenario)),
        Panel::Miner | Panel::Grid | Panel::Geography | Panel::Converter => None,
    }
}

/// Every column's unit and meaning, in column order (the outlook's, its
/// Monte Carlo's, the pivot's): the README's and the declarations' words.
/// Kept apart from the column keys so that the library's wasm, which reads
/// only the keys, does not carry them.
pub const COLUMN_DOCS: &[(&str, &str, &str)] = &[
    ("btc_usd", "USD", "BTC price on the median path (`btc_growth_pct` a year, no volatility)"),
    ("subsidy_btc", "BTC/block", "block subsidy, averaged over the month's blocks"),
    ("fees_btc", "BTC/block", "fees a block"),
    (
        "hashrate_ehs_growth_mode",
        "EH/s",
        "network hashrate growing at `hashrate_growth_pct` (hashprice reads the mode `hashrate_mode` chooses)",
    ),
    ("hashrate_ehs_equilibrium_mode", "EH/s", "network hashrate tending to where the marginal fleet earns `target_margin_pct`"),
    ("hashprice_usd_ph_day", "USD/PH/day", "hashprice on the median path"),
    ("margin_usd_ph_day", "USD/PH/day", "the user's margin"),
    (
        "hashprice_p10_usd_ph_day",
        "USD/PH/day",
        "Monte Carlo, only when `volatility_pct` > 0: hashprice's 10th percentile (the fan's lower edge)",
    ),
    ("hashprice_p50_usd_ph_day", "USD/PH/day", "Monte Carlo: hashprice's median over the simulated paths"),
    ("hashprice_p90_usd_ph_day", "USD/PH/day", "Monte Carlo: hashprice's 90th percentile (the fan's upper edge)"),
    ("mining_cash_usd", "USD", "keep mining: the month's cash"),
    ("ai_cash_usd", "USD", "convert: the month's cash (the build's capex negative)"),
    ("mining_discounted_usd", "USD", "keep mining: the month's cash discounted to today at `discount_pct`"),
    ("ai_discounted_usd", "USD", "convert: the month's cash discounted to today (backstopped lease income at the lower rate)"),
    ("cumulative_mining_usd", "USD", "keep mining: cash so far"),
    ("cumulative_ai_usd", "USD", "convert: cash so far"),
    ("cumulative_mining_discounted_usd", "USD", "keep mining: discounted cash so far"),
    ("cumulative_ai_discounted_usd", "USD", "convert: discounted cash so far"),
];

/// The columns of `panel`'s series after `month`: those of every row, and
/// those of the rows with a Monte Carlo (None: the panel has no series).
pub fn columns(panel: Panel) -> Option<(&'static [&'static str], &'static [&'static str])> {
    match panel {
        Panel::Outlook => Some((&OUTLOOK_COLUMNS, &FAN_COLUMNS)),
        Panel::Pivot => Some((&PIVOT_COLUMNS, &[])),
        Panel::Miner | Panel::Grid | Panel::Geography | Panel::Converter => None,
    }
}

/// The README's table of series columns.
pub fn readme_table() -> String {
    let mut out = String::from("| panel | column | meaning | unit |\n|---|---|---|---|\n");
    for panel in Panel::ALL {
        let Some((always, fan)) = columns(panel) else { continue };
        out += &format!("| {} | `month` | the month, `YYYY-MM` | — |\n", panel.key());
        for key in always.iter().chain(fan) {
            let (_, unit, meaning) = COLUMN_DOCS.iter().find(|c| c.0 == *key).unwrap_or_else(|| panic!("{key} has no words"));
            out += &format!("| {} | `{key}` | {meaning} | {unit} |\n", panel.key());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_its_words_and_every_word_its_column() {
        let keys: Vec<&str> = Panel::ALL.into_iter().filter_map(columns).flat_map(|(a, b)| a.iter().chain(b)).copied().collect();
        assert_eq!(COLUMN_DOCS.iter().map(|c| c.0).collect::<Vec<_>>(), keys);
        for panel in Panel::ALL {
            assert_eq!(columns(panel).is_some(), of(panel, &Scenario::default()).is_some(), "{panel:?}");
        }
    }

    #[test]
    fn months_are_written_as_the_model_writes_them() {
        for (y, m) in [(2026, 2), (2028, 12), (999, 1), (10_000, 10), (0, 7)] {
            let d = Date::new(y, m, 1);
            assert_eq!(year_month(d), d.year_month(), "{y}-{m}");
        }
    }
}
