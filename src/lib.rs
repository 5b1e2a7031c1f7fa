//! hashpivot: what the 2028 Bitcoin halving does to miners, and whether a
//! mining site is worth more as an AI data centre. See ARCHITECTURE.md.

pub mod chart;
pub mod decimal;
pub mod format;
pub mod i18n;
pub mod inputs;
pub mod model;
pub mod presets;
pub mod saved;
pub mod ui;
pub mod url_state;
