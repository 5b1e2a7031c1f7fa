//! The hostile-URL corpus (`tests/hostile/urls.tsv`, written by
//! `tests/hostile/generate.py`): every case must decode without a panic,
//! report exactly the keys the README's rules say, and leave a scenario
//! that is valid, survives a round trip and gives finite results in every
//! panel (see `tests/hostile/invariants.rs` for each rule and why).
//!
//! Expected keys are in the page's notice order: the scenario keys
//! `decode` reports, then the view keys `decode_view` reports, each group
//! by the position of the key's last occurrence in the URL.
//!
//! Lines starting `#bug ` are cases the decoder is known to get wrong
//! (the `# bug:` comment above each says why): they are skipped, and the
//! test prints any that now pass so their marker can be dropped (in the
//! generator, then regenerate).

#[path = "hostile/invariants.rs"]
mod invariants;

use std::collections::HashSet;
use std::panic::AssertUnwindSafe;

use hashpivot::inputs::INPUTS;
use hashpivot::url_state::{encode, pairs};
use invariants::Query;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/urls.tsv");

/// Fewest cases the corpus may hold.
const MIN_CASES: usize = 500;

/// One corpus line: its number in the file, the query, the expected keys.
struct Case {
    line: usize,
    query: String,
    expected: Vec<String>,
}

/// The cases of the corpus, and the known-bug cases apart.
fn corpus() -> (Vec<Case>, Vec<Case>) {
    let text = std::fs::read_to_string(CORPUS).expect("tests/hostile/urls.tsv (python3 tests/hostile/generate.py writes it)");
    let (mut cases, mut bugs) = (Vec::new(), Vec::new());
    for (i, line) in text.lines().enumerate() {
        let (list, body) = match line.strip_prefix("#bug ") {
            Some(body) => (&mut bugs, body),
            None if line.starts_with('#') || line.is_empty() => continue,
            None => (&mut cases, line),
        };
        let (query, keys) = body.split_once('\t').unwrap_or_else(|| panic!("urls.tsv line {}: no TAB", i + 1));
        let expected = keys.split(',').filter(|k| !k.is_empty()).map(str::to_string).collect();
        list.push(Case { line: i + 1, query: query.to_string(), expected });
    }
    (cases, bugs)
}

/// A query shortened for a failure message (some values are 10,000 characters).
fn shown(query: &str) -> String {
    if query.chars().count() <= 160 {
        query.to_string()
    } else {
        format!("{}... ({} chars)", query.chars().take(160).collect::<String>(), query.chars().count())
    }
}

/// Everything a case must satisfy; `Err` says what failed (a panic too,
/// so the failure names the case's line).
fn check(case: &Case, evaluated: &mut HashSet<String>) -> Result<(), String> {
    std::panic::catch_unwind(AssertUnwindSafe(|| check_case(case, evaluated))).unwrap_or_else(|_| Err("panicked (message above)".into()))
}

fn check_case(case: &Case, evaluated: &mut HashSet<String>) -> Result<(), String> {
    let query = Query::new(&case.query);
    let got = query.rejected_keys();
    if got != case.expected {
        return Err(format!("rejected keys {got:?}, expected {:?}", case.expected));
    }
    query.check()?;
    query.check_view_last_value()?;
    // Many cases decode to the same scenario (the defaults above all):
    // each distinct one runs the models once.
    let scenario = &query.decoded.scenario;
    if evaluated.insert(encode(scenario)) {
        invariants::outputs_are_finite(scenario)?;
    }
    Ok(())
}

#[test]
fn every_hostile_url_is_rejected_key_by_key_and_leaves_a_valid_scenario() {
    let (cases, bugs) = corpus();
    let mut evaluated = HashSet::new();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            check(case, &mut evaluated).err().map(|why| format!("urls.tsv line {}: {why}\n    query: {}", case.line, shown(&case.query)))
        })
        .collect();
    let fixed: Vec<usize> = bugs.iter().filter(|case| check(case, &mut HashSet::new()).is_ok()).map(|case| case.line).collect();
    if !fixed.is_empty() {
        eprintln!("known-bug cases that now pass (drop their marker in tests/hostile/generate.py): lines {fixed:?}");
    }
    eprintln!("{} cases checked, {} known-bug cases skipped, {} distinct scenarios evaluated", cases.len(), bugs.len(), evaluated.len());
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn the_corpus_is_large_and_names_every_key() {
    let (cases, _) = corpus();
    assert!(cases.len() >= MIN_CASES, "{} cases, at least {MIN_CASES} wanted", cases.len());
    let keys: HashSet<String> = cases.iter().flat_map(|c| pairs(&c.query).map(|(k, _)| k).collect::<Vec<_>>()).collect();
    let wanted = INPUTS.iter().map(|s| s.key).chain(["v", "extra_shares"]).chain(invariants::VIEW_KEYS);
    let missing: Vec<&str> = wanted.filter(|k| !keys.contains(*k)).collect();
    assert!(missing.is_empty(), "no case for {missing:?}: python3 tests/hostile/generate.py");
    for key in INPUTS.iter().map(|s| s.key) {
        let rejected = cases.iter().filter(|c| c.expected.iter().any(|k| k == key)).count();
        let accepted = cases.iter().filter(|c| pairs(&c.query).any(|(k, _)| k == key) && !c.expected.iter().any(|k| k == key)).count();
        assert!(rejected >= 20 && accepted >= 10, "{key}: {rejected} rejecting and {accepted} accepting cases");
    }
}

/// The outcome scan behind the finiteness checks sees what it must.
#[test]
fn the_outcome_scan_finds_nan_and_infinities() {
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Outcome {
        info: f64,
        series: Vec<f64>,
    }
    assert!(invariants::finite_debug(&Outcome { info: 1.0, series: vec![0.5, -2e300] }).is_ok());
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let err = invariants::finite_debug(&Outcome { info: 1.0, series: vec![0.5, bad] }).unwrap_err();
        assert!(err.contains("series"), "{err}");
    }
}
