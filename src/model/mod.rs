//! The models: pure Rust, deterministic, no browser types, no I/O.
//! Each model has one entry point, `evaluate(&Scenario) -> Outcome`.

pub mod calendar;
pub mod convert;
pub mod geography;
pub mod grid;
pub mod miner;
pub mod outlook;
pub mod pivot;
pub mod protocol;
pub mod random;
pub mod solve;
