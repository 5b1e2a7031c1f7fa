//! Saved scenarios: the versioned text format kept in the browser's
//! localStorage under [`STORAGE_KEY`]. Pure, so it is tested natively.
//!
//! ```text
//! hashpivot-scenarios 2
//! <name> TAB <saved on, YYYY-MM-DD> TAB <URL query of the whole scenario, v=1&...>
//! ```
//! Version 2 stores the whole [`Scenario`] (the added share rows too);
//! version 1 stores had only the inputs and are still read. A line that
//! does not have that shape, or whose query is not a valid scenario, is
//! skipped and counted, never fatal.

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::url_state::{self, View};

/// The localStorage key.
pub const STORAGE_KEY: &str = "hashpivot.scenarios";
/// The first line of the format written (version 2).
pub const HEADER: &str = "hashpivot-scenarios 2";
/// First lines of older versions that are still read.
pub const OLD_HEADERS: [&str; 1] = ["hashpivot-scenarios 1"];
/// Longest name kept.
pub const NAME_MAX_CHARS: usize = 80;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The name the reader gave it.
    pub name: String,
    /// When it was saved, `YYYY-MM-DD`.
    pub saved_on: String,
    /// Its URL query (inputs and view keys).
    pub query: String,
}

impl Saved {
    /// An entry for `scenario`, read back in `lang` (None: the reader's own).
    pub fn new(name: &str, saved_on: String, scenario: &Scenario, lang: Option<Lang>) -> Saved {
        let query = url_state::encode_with_view(scenario, &View { lang, ..View::default() });
        Saved { name: clean_name(name), saved_on, query }
    }
}

/// What was read from storage.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Loaded {
    /// The valid entries, in stored order.
    pub entries: Vec<Saved>,
    /// Entries skipped because they were corrupt or of another format.
    pub skipped: u32,
}

/// A name made safe for the format: no tabs or line breaks, trimmed, at
/// most [`NAME_MAX_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .map(|c| if (c as u32) < 0x20 || c == '\u{7F}' { ' ' } else { c })
        .collect::<String>()
        .trim()
        .chars()
        .take(NAME_MAX_CHARS)
        .collect()
}

/// Reads the stored text (None: nothing stored).
pub fn parse(text: Option<&str>) -> Loaded {
    let Some(text) = text else { return Loaded::default() };
    let mut lines = text.lines();
    let header = lines.next();
    if header != Some(HEADER) && !OLD_HEADERS.iter().any(|h| header == Some(h)) {
        // A foreign or corrupt value: nothing in it is trusted.
        return Loaded { entries: Vec::new(), skipped: text.lines().count().max(1) as u32 };
    }
    let mut loaded = Loaded::default();
    for line in lines.filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let valid = match fields.as_slice() {
            [name, date, query] => {
                !name.trim().is_empty()
                    && name.chars().count() <= NAME_MAX_CHARS
                    && date.len() == 10
                    && query.starts_with("v=1")
                    && url_state::decode(query).errors.is_empty()
            }
            _ => false,
        };
        if valid {
            loaded.entries.push(Saved { name: fields[0].to_string(), saved_on: fields[1].to_string(), query: fields[2].to_string() });
        } else {
            loaded.skipped += 1;
        }
    }
    loaded
}

/// The stored text for `entries`.
pub fn serialize(entries: &[Saved]) -> String {
    let mut out = String::from(HEADER);
    for e in entries {
        out.push('\n');
        out.push_str(&clean_name(&e.name));
        out.push('\t');
        out.push_str(&e.saved_on);
        out.push('\t');
        out.push_str(&e.query);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::InputId;
    use crate::scenario::ExtraRow;
    use proptest::prelude::*;

    fn entry(name: &str) -> Saved {
        Saved { name: name.into(), saved_on: "2026-11-24".into(), query: url_state::encode(&Scenario::default()) }
    }

    #[test]
    fn a_saved_scenario_keeps_the_added_rows() {
        let mut scenario = Scenario::default();
        scenario.set(InputId::UsLeavePct, 40.0).unwrap();
        scenario.rows = vec![ExtraRow { name: "Paraguay".into(), share_pct: 3.87 }, ExtraRow { name: "عُمان".into(), share_pct: 2.99 }];
        let text = serialize(&[Saved::new("rows", "2026-12-03".into(), &scenario, Some(Lang::Ar))]);
        let loaded = parse(Some(&text));
        assert_eq!(loaded.skipped, 0);
        assert_eq!(url_state::decode(&loaded.entries[0].query).scenario, scenario);
        assert_eq!(url_state::decode_view(&loaded.entries[0].query).0.lang, Some(Lang::Ar));
    }

    #[test]
    fn version_1_stores_are_still_read() {
        let old = "hashpivot-scenarios 1\nold\t2026-01-01\tv=1&btc_usd=70000";
        let loaded = parse(Some(old));
        assert_eq!((loaded.entries.len(), loaded.skipped), (1, 0));
        assert_eq!(url_state::decode(&loaded.entries[0].query).scenario.inputs.get(InputId::BtcUsd), 70_000.0);
        assert!(serialize(&loaded.entries).starts_with("hashpivot-scenarios 2\n"));
    }

    #[test]
    fn corrupt_and_foreign_entries_are_skipped() {
        let good = serialize(&[entry("base case")]);
        let text = format!("{good}\nbroken line\nx\t2026-11-24\tv=1&btc_usd=NaN\n\t2026-11-24\tv=1\nok\t2026-11-24\tv=1&eff_jth=20");
        let loaded = parse(Some(&text));
        assert_eq!(loaded.entries.len(), 2);
        assert_eq!(loaded.skipped, 3);
        assert_eq!(parse(Some("{\"not\": \"ours\"}")), Loaded { entries: vec![], skipped: 1 });
        assert_eq!(parse(None), Loaded::default());
    }

    #[test]
    fn names_cannot_break_the_format() {
        let e = Saved { name: "a\tb\nc".repeat(40), ..entry("") };
        let loaded = parse(Some(&serialize(&[e])));
        assert_eq!(loaded.skipped, 0);
        assert_eq!(loaded.entries[0].name.chars().count(), NAME_MAX_CHARS);
        assert!(!loaded.entries[0].name.contains(['\t', '\n']));
    }

    proptest! {
        #[test]
        fn round_trip(names in proptest::collection::vec("[^\\t\\n\\r]{1,40}", 0..6)) {
            let entries: Vec<Saved> = names.iter().filter(|n| !clean_name(n).is_empty()).map(|n| Saved { name: clean_name(n), ..entry("") }).collect();
            let loaded = parse(Some(&serialize(&entries)));
            prop_assert_eq!(loaded.skipped, 0);
            prop_assert_eq!(loaded.entries, entries);
        }
    }
}
