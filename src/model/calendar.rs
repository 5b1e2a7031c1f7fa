//! Calendar dates for the models (proleptic Gregorian, no time zones).
//! Day counts use the civil-from-days arithmetic on 400-year eras
//! (146,097 days each), so dates far in the future stay exact.

use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2028.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

impl Date {
    /// A date from its parts (the caller passes a valid date).
    pub const fn new(year: i32, month: u32, day: u32) -> Self {
        Date { year, month, day }
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days since 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `days` (negative goes back).
    pub fn plus_days(self, days: i64) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The first day of the month `months` after this date's month.
    pub fn plus_months(self, months: i32) -> Self {
        let index = self.year * 12 + self.month as i32 - 1 + months;
        Date { year: index.div_euclid(12), month: index.rem_euclid(12) as u32 + 1, day: 1 }
    }

    /// Whole months from `self`'s month to `other`'s month.
    pub fn months_until(self, other: Date) -> i32 {
        (other.year - self.year) * 12 + other.month as i32 - self.month as i32
    }

    /// `YYYY-MM`, the form month results are published in.
    pub fn year_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_day_counts() {
        assert_eq!(Date::new(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(Date::new(2024, 4, 20).days_since_epoch(), 19_833);
        assert_eq!(Date::from_days_since_epoch(19_833), Date::new(2024, 4, 20));
    }

    #[test]
    fn round_trip_over_two_centuries() {
        for days in (-30_000..60_000).step_by(7) {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days, "day {days}");
        }
    }

    #[test]
    fn month_arithmetic() {
        let d = Date::new(2026, 11, 24);
        assert_eq!(d.plus_months(2), Date::new(2027, 1, 1));
        assert_eq!(d.plus_months(-11), Date::new(2025, 12, 1));
        assert_eq!(d.months_until(Date::new(2028, 4, 9)), 17);
        assert_eq!(Date::new(2028, 4, 9).year_month(), "2028-04");
    }
}
