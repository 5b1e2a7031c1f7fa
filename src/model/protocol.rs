//! Model 1, the Bitcoin protocol: block subsidy, issuance, halving dates,
//! difficulty <-> hashrate and the 2016-block retarget.
//!
//! Formulas (Bitcoin Core `GetBlockSubsidy`, `CalculateNextWorkRequired`):
//! - subsidy(height) = (50 x 10^8 sat) >> (height / 210,000), and 0 once the
//!   shift reaches 64 halvings; because of the integer shift the subsidy is
//!   1 sat from block 6,720,000 and 0 from block 6,930,000.
//! - expected network hashrate H (hashes/s) = difficulty x 2^32 / 600.
//! - retarget: new difficulty = old x (2016 x 600 s / actual timespan), with
//!   the timespan clamped to [1/4, 4] x 2016 x 600 s.

use crate::model::calendar::Date;

/// Satoshis in one bitcoin.
pub const SAT_PER_BTC: u64 = 100_000_000;
/// Blocks between two halvings.
pub const HALVING_INTERVAL_BLOCKS: u64 = 210_000;
/// Target seconds between blocks.
pub const TARGET_BLOCK_TIME_S: f64 = 600.0;
/// Blocks between two difficulty retargets.
pub const RETARGET_INTERVAL_BLOCKS: u64 = 2016;
/// Hashes expected per unit of difficulty: 2^32.
pub const HASHES_PER_DIFFICULTY: f64 = 4_294_967_296.0;
/// Seconds in a day.
pub const SECONDS_PER_DAY: f64 = 86_400.0;

/// Block subsidy in satoshis at `height` (integer, exact).
pub fn subsidy_sat(height: u64) -> u64 {
    let halvings = height / HALVING_INTERVAL_BLOCKS;
    if halvings >= 64 {
        return 0;
    }
    (50 * SAT_PER_BTC) >> halvings
}

/// Block subsidy in BTC at `height`.
pub fn subsidy_btc(height: u64) -> f64 {
    subsidy_sat(height) as f64 / SAT_PER_BTC as f64
}

/// New bitcoin issued per day at `height`, assuming blocks arrive every
/// `block_time_s` seconds (144 blocks a day at the 600 s target).
pub fn issuance_btc_per_day(height: u64, block_time_s: f64) -> f64 {
    subsidy_btc(height) * SECONDS_PER_DAY / block_time_s
}

/// Height of the first block of the next halving era after `height`.
pub fn next_halving_height(height: u64) -> u64 {
    (height / HALVING_INTERVAL_BLOCKS + 1) * HALVING_INTERVAL_BLOCKS
}

/// A future halving and the date it is expected on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Halving {
    /// First block with the new, halved subsidy.
    pub height: u64,
    /// Subsidy from that block on, in BTC.
    pub subsidy_btc: f64,
    /// Estimated calendar date of that block.
    pub date: Date,
}

/// The next `count` halvings after `height`, dated from `snapshot_date`
/// (the date block `height` was mined) and a mean `block_time_s`.
pub fn upcoming_halvings(height: u64, snapshot_date: Date, block_time_s: f64, count: u32) -> Vec<Halving> {
    let mut out = Vec::new();
    let mut h = next_halving_height(height);
    for _ in 0..count {
        let seconds = (h - height) as f64 * block_time_s;
        out.push(Halving {
            height: h,
            subsidy_btc: subsidy_btc(h),
            date: snapshot_date.plus_days((seconds / SECONDS_PER_DAY).floor() as i64),
        });
        h += HALVING_INTERVAL_BLOCKS;
    }
    out
}

/// Expected network hashrate in hashes per second for a `difficulty`.
pub fn hashrate_h_per_s_from_difficulty(difficulty: f64) -> f64 {
    difficulty * HASHES_PER_DIFFICULTY / TARGET_BLOCK_TIME_S
}

/// Difficulty at which `hashrate_h_per_s` finds a block every 600 s.
pub fn difficulty_from_hashrate_h_per_s(hashrate_h_per_s: f64) -> f64 {
    hashrate_h_per_s * TARGET_BLOCK_TIME_S / HASHES_PER_DIFFICULTY
}

/// Difficulty after one retarget, when the last 2016 blocks took
/// `mean_block_time_s` each on average. The change is clamped to x4 / x1/4.
pub fn retarget_difficulty(difficulty: f64, mean_block_time_s: f64) -> f64 {
    let expected_s = RETARGET_INTERVAL_BLOCKS as f64 * TARGET_BLOCK_TIME_S;
    let actual_s = (RETARGET_INTERVAL_BLOCKS as f64 * mean_block_time_s).max(expected_s / 4.0).min(expected_s * 4.0);
    difficulty * expected_s / actual_s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_subsidy(height: u64, expect_sat: u64) {
        assert_eq!(subsidy_sat(height), expect_sat, "subsidy at height {height}");
    }

    #[test]
    fn subsidy_schedule_matches_bitcoin_core() {
        check_subsidy(0, 5_000_000_000);
        check_subsidy(209_999, 5_000_000_000);
        check_subsidy(210_000, 2_500_000_000);
        check_subsidy(840_000, 312_500_000);
        check_subsidy(1_049_999, 312_500_000);
        check_subsidy(1_050_000, 156_250_000);
        check_subsidy(1_260_000, 78_125_000);
        check_subsidy(6_719_999, 2);
        check_subsidy(6_720_000, 1);
        check_subsidy(6_929_999, 1);
        check_subsidy(6_930_000, 0);
        check_subsidy(64 * 210_000, 0);
        check_subsidy(u64::MAX, 0);
    }

    #[test]
    fn issuance_is_450_then_225_then_112_5() {
        // Article F1: MARA's 450 -> 225 BTC a day; 2032: 112.5.
        assert_eq!(issuance_btc_per_day(935_424, 600.0), 450.0);
        assert_eq!(issuance_btc_per_day(1_050_000, 600.0), 225.0);
        assert_eq!(issuance_btc_per_day(1_260_000, 600.0), 112.5);
    }

    #[test]
    fn halving_2028_is_dated_april_2028() {
        let snapshot = Date::new(2026, 2, 6);
        let next = upcoming_halvings(935_424, snapshot, 600.0, 2);
        assert_eq!(next[0].height, 1_050_000);
        assert_eq!(next[0].subsidy_btc, 1.5625);
        assert_eq!((next[0].date.year, next[0].date.month), (2028, 4));
        assert_eq!(next[1].height, 1_260_000);
        assert_eq!(next[1].date.year, 2032);
    }

    #[test]
    fn difficulty_and_hashrate_round_trip() {
        let d = 125.86e12;
        let h = hashrate_h_per_s_from_difficulty(d);
        assert!((h / 1e18 - 900.94).abs() < 0.01, "{h}");
        assert!((difficulty_from_hashrate_h_per_s(h) - d).abs() / d < 1e-12);
    }

    #[test]
    fn retarget_is_clamped_to_factor_four() {
        assert_eq!(retarget_difficulty(100.0, 600.0), 100.0);
        assert_eq!(retarget_difficulty(100.0, 1200.0), 50.0);
        assert_eq!(retarget_difficulty(100.0, 1.0), 400.0);
        assert_eq!(retarget_difficulty(100.0, 1e9), 25.0);
    }
}
