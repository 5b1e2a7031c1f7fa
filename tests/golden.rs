//! The golden table: every output of every panel for the defaults and for
//! every preset, rounded to six significant digits so platforms agree,
//! compared with `tests/golden/outputs.tsv` (rewritten with
//! `UPDATE_GOLDEN=1 cargo test --test golden` after a deliberate change).
//! The article's own figures are checked by value as well, each through
//! the one `check` helper.

use hashpivot::inputs::InputId;
use hashpivot::outputs::{self, OutputId, Value};
use hashpivot::panels::Panel;
use hashpivot::presets::{self, Preset};
use hashpivot::scenario::Scenario;

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/outputs.tsv");

/// The scenarios of the table: the defaults, then every preset.
fn scenarios() -> Vec<(&'static str, Scenario)> {
    std::iter::once(("defaults", Scenario::default())).chain(presets::ALL.iter().map(|p: &Preset| (p.id, p.scenario()))).collect()
}

/// A value as the table writes it.
fn cell(value: &Value) -> String {
    match value {
        Value::Number(v) => format!("{v:.5e}"),
        Value::Missing(reason) => format!("({})", reason.key()),
        other => other.data(),
    }
}

fn table() -> String {
    let mut out = String::from("scenario\tpanel\toutput\tvalue\n");
    for (name, scenario) in scenarios() {
        for panel in Panel::ALL {
            for (id, value) in outputs::evaluate_all(panel, &scenario) {
                out += &format!("{name}\t{}\t{}\t{}\n", panel.key(), id.spec().key, cell(&value));
            }
        }
    }
    out
}

/// Compares `now` with the golden file `path` line by line (with
/// `UPDATE_GOLDEN` set, rewrites the file instead).
fn matches_golden(path: &str, now: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, now).unwrap();
        return;
    }
    let golden = std::fs::read_to_string(path).unwrap_or_else(|_| panic!("{path} (UPDATE_GOLDEN=1 writes it)"));
    for (line, (want, got)) in golden.lines().zip(now.lines()).enumerate() {
        assert_eq!(got, want, "{path} line {}", line + 1);
    }
    assert_eq!(golden.lines().count(), now.lines().count(), "rows added or removed: UPDATE_GOLDEN=1 after checking them");
}

#[test]
fn every_preset_and_every_output_matches_the_golden_table() {
    matches_golden(GOLDEN, &table());
}

/// The Monte Carlo fan of the defaults at 60% volatility, month by month,
/// in the text the page's CSV export writes: the end-to-end suite checks the
/// fan the page draws (computed in steps, in wasm) against this file, which
/// the model computes here in one piece.
const FAN_GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/fan_volatility_60.tsv");

#[test]
fn the_monte_carlo_fan_matches_its_golden_file() {
    let mut scenario = Scenario::default();
    scenario.set(InputId::VolatilityPct, 60.0).unwrap();
    let s = hashpivot::lower::outlook(&scenario.inputs);
    let months = hashpivot::model::outlook::deterministic(&s).months;
    let mut now = String::from("month\tp10\tp90\n");
    for (month, band) in months.iter().zip(hashpivot::model::outlook::fan(&s)) {
        let plain = hashpivot::decimal::plain;
        now += &format!("{}\t{}\t{}\n", month.date.year_month(), plain(band.p10), plain(band.p90));
    }
    matches_golden(FAN_GOLDEN, &now);
}

/// Relative tolerance of the article checks: the article rounds its figures.
const ARTICLE_REL_TOL: f64 = 5e-3;

/// Checks one output of `panel` for `scenario` against the article's figure.
fn check(scenario: &Scenario, panel: Panel, id: OutputId, expected: f64) {
    let values = outputs::evaluate_all(panel, scenario);
    let (_, value) = values.iter().find(|(o, _)| *o == id).unwrap_or_else(|| panic!("{panel:?} has no {}", id.spec().key));
    let Value::Number(v) = value else { panic!("{} is {value:?}", id.spec().key) };
    assert!((v - expected).abs() <= ARTICLE_REL_TOL * expected.abs(), "{} = {v}, the article says {expected}", id.spec().key);
}

#[test]
fn the_article_figures() {
    let defaults = Scenario::default();
    let article = presets::ARTICLE_OUTLOOK.scenario();
    check(&defaults, Panel::Miner, OutputId::IssuanceBtcDay, 450.0); // F1
    check(&article, Panel::Outlook, OutputId::IssuanceBtcDay2028, 225.0); // F1
    check(&article, Panel::Outlook, OutputId::IssuanceBtcDay2032, 112.5); // F1
    check(&article, Panel::Outlook, OutputId::RequiredBtcGrowthPct, 49.84); // F2: about 50% a year
    check(&presets::DIFFICULTY_DROP.scenario(), Panel::Geography, OutputId::DifficultyChangePct, -11.0); // F6
    let grid = presets::ARTICLE_GRID.scenario();
    check(&grid, Panel::Grid, OutputId::ShortfallGw, 49.0); // F9
    check(&grid, Panel::Grid, OutputId::CoveredByMinesGw, 12.31); // F10: within 10-15 GW
    check(&grid, Panel::Grid, OutputId::ShortfallAfterGw, 36.69); // F10: 34-39 GW left
    check(&presets::EARLIER_GRID.scenario(), Panel::Grid, OutputId::ShortfallGw, 44.0);
    let shares = presets::ARTICLE_OUTLOOK.with(&[(InputId::UsLeavePct, 0.0)]);
    check(&shares, Panel::Geography, OutputId::UsShareAfterPct, 37.5); // F12
    check(&shares, Panel::Geography, OutputId::RussiaShareAfterPct, 16.4); // F12
    check(&shares, Panel::Geography, OutputId::ChinaShareAfterPct, 11.7); // F12
}
