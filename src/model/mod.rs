//! The models: pure Rust, deterministic, no browser types, no I/O.
//! Each model has one entry point, `evaluate(&Scenario) -> Outcome`.

pub mod calendar;
pub mod convert;
pub mod geography;
pub mod grid;
pub mod math;
pub mod miner;
pub mod outlook;
pub mod pivot;
pub mod protocol;
pub mod random;
pub mod solve;

/// Helpers for the models' tests.
#[cfg(test)]
pub mod testing {
    /// How close a computed value must be to its expected value.
    #[derive(Clone, Copy, Debug)]
    pub enum Tol {
        /// At most this fraction of the expected value's magnitude.
        Rel(f64),
        /// At most this far, in the value's own unit.
        Abs(f64),
    }

    /// Whether `actual` equals `expected` within `tol`. The one tolerance
    /// helper of the model tests: each call says which kind it means.
    pub fn approx_eq(actual: f64, expected: f64, tol: Tol) -> bool {
        let gap = (actual - expected).abs();
        match tol {
            Tol::Rel(r) => gap <= r * expected.abs().max(1e-12),
            Tol::Abs(a) => gap <= a,
        }
    }
}
