//! hashpivot: what the 2028 Bitcoin halving does to miners, and whether a
//! mining site is worth more as an AI data centre. See ARCHITECTURE.md.

// `f64::clamp` asserts its bounds and formats them with `Debug` when that
// fails, which links Rust's float formatting (about 10 KB gzip) into the
// wasm; code here writes `x.max(lo).min(hi)` instead.
#![allow(clippy::manual_clamp)]

#[cfg(feature = "app")]
pub mod chart;
pub mod converter;
pub mod decimal;
#[cfg(feature = "dom")]
pub mod dom;
pub mod format;
pub mod i18n;
pub mod inputs;
pub mod lower;
pub mod model;
pub mod outputs;
pub mod panels;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod presets;
pub mod saved;
pub mod scenario;
pub mod series;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod share;
#[cfg(feature = "app")]
pub mod ui;
pub mod url_state;
pub mod views;
