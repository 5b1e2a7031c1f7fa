//! Root finding and discounting for the cash-flow models.
//!
//! `bracket_root` needs `f(lo)` and `f(hi)` of opposite signs (else there is
//! no root to report) and keeps the root bracketed throughout. Each step is
//! a false-position step with the Illinois modification (the end kept twice
//! in a row has its value halved), which converges superlinearly; a step
//! that would leave the bracket falls back to bisection. At most
//! [`MAX_ITERATIONS`] steps, so it always stops.

use crate::model::math;

/// Steps at most (bisection alone halves any interval below f64
/// resolution in 100 steps).
pub const MAX_ITERATIONS: u32 = 100;

/// A root of `f` in `[lo, hi]`, if `f` changes sign there (or is zero at an
/// end). Stops when the bracket, or the last step, is within `tolerance`.
pub fn bracket_root(f: impl Fn(f64) -> f64, lo: f64, hi: f64, tolerance: f64) -> Option<f64> {
    let (mut a, mut b) = (lo, hi);
    let (mut fa, mut fb) = (f(a), f(b));
    if !(fa.is_finite() && fb.is_finite()) {
        return None;
    }
    if fa == 0.0 {
        return Some(a);
    }
    if fb == 0.0 {
        return Some(b);
    }
    if fa.signum() == fb.signum() {
        return None;
    }
    // Which end was kept by the last step: -1 for a, 1 for b, 0 at first.
    let mut kept = 0;
    let mut last = a;
    for _ in 0..MAX_ITERATIONS {
        let mut x = b - fb * (b - a) / (fb - fa);
        if !(x > a.min(b) && x < a.max(b)) {
            x = 0.5 * (a + b);
        }
        let fx = f(x);
        if !fx.is_finite() {
            return None;
        }
        if fx == 0.0 || (b - a).abs() <= tolerance || (x - last).abs() <= tolerance * 0.5 {
            return Some(x);
        }
        last = x;
        if fx.signum() == fb.signum() {
            b = x;
            fb = fx;
            if kept == -1 {
                fa *= 0.5;
            }
            kept = -1;
        } else {
            a = x;
            fa = fx;
            if kept == 1 {
                fb *= 0.5;
            }
            kept = 1;
        }
    }
    Some(0.5 * (a + b))
}

/// Monthly rate equivalent to an annual rate (fractions).
pub fn monthly_rate(annual: f64) -> f64 {
    math::pow(1.0 + annual, 1.0 / 12.0) - 1.0
}

/// Net present value of monthly cash flows, each at the end of its month,
/// at an annual rate (fraction).
pub fn npv(annual_rate: f64, cash_flows: &[f64]) -> f64 {
    let factor = 1.0 / (1.0 + monthly_rate(annual_rate));
    let mut discount = 1.0;
    cash_flows
        .iter()
        .map(|cf| {
            discount *= factor;
            cf * discount
        })
        .sum()
}

/// Annual internal rate of return (fraction) of monthly cash flows: the
/// rate in (-99%, 1,000%) at which their NPV is zero, if there is one.
pub fn irr(cash_flows: &[f64]) -> Option<f64> {
    bracket_root(|r| npv(r, cash_flows), -0.99, 10.0, 1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn npv_of_an_annuity() {
        // 120 monthly payments of 1 at 12%/yr: (1 - (1+i)^-120) / i, i = 1.12^(1/12) - 1.
        let i = 1.12f64.powf(1.0 / 12.0) - 1.0;
        let expect = (1.0 - (1.0 + i).powi(-120)) / i;
        assert!((npv(0.12, &[1.0; 120]) - expect).abs() < 1e-9);
        assert_eq!(npv(0.0, &[1.0, 2.0, 3.0]), 6.0);
    }

    #[test]
    fn irr_of_a_known_loan() {
        // Lend 100, get 10 a month for a year plus 0: a 2.92%/month loan.
        let mut flows = vec![-100.0];
        flows.extend([10.0; 12]);
        let r = irr(&flows).unwrap();
        assert!(npv(r, &flows).abs() < 1e-6, "{r}");
        let monthly = monthly_rate(r);
        assert!((monthly - 0.029_228).abs() < 1e-5, "{monthly}");
        assert_eq!(irr(&[1.0, 1.0]), None, "no sign change, no rate");
    }

    #[test]
    fn roots() {
        let r = bracket_root(|x| x * x - 2.0, 0.0, 2.0, 1e-12).unwrap();
        assert!((r - 2f64.sqrt()).abs() < 1e-11);
        assert_eq!(bracket_root(|x| x * x + 1.0, -1.0, 1.0, 1e-9), None);
        assert_eq!(bracket_root(|_| f64::NAN, -1.0, 1.0, 1e-9), None);
    }

    proptest! {
        #[test]
        fn root_finder_always_stops_and_is_right_when_it_answers(a in -1e6f64..1e6, b in -1e6f64..1e6, c in -10.0f64..10.0) {
            let f = |x: f64| (x - c) * 3.0 + (x - c).powi(3);
            if let Some(r) = bracket_root(f, a.min(b), a.max(b), 1e-9) {
                prop_assert!((r - c).abs() < 1e-6, "root {} for {}", r, c);
            } else {
                prop_assert!(c < a.min(b) || c > a.max(b));
            }
        }
    }
}
