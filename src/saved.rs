//! Saved scenarios: the versioned text format kept in the browser's
//! localStorage under [`STORAGE_KEY`]. Pure, so it is tested natively.
//!
//! ```text
//! hashpivot-scenarios 2
//! <name> TAB <saved on, YYYY-MM-DD> TAB <URL query of the whole scenario, v=1&...>
//! ```
//! Version 2 stores the whole [`Scenario`] (the added share rows too);
//! version 1 stores had only the inputs and are still read. Nothing is ever
//! lost: a line that does not have that shape is kept as it is and written
//! back untouched, and a store of a newer version (or not ours) is listed
//! as far as it can be read and never rewritten.

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

/// One line of the store, in stored order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// A scenario the page can read.
    Entry(Saved),
    /// A line it cannot read (corrupt, or of a future shape), kept as it
    /// was and written back untouched.
    Kept(String),
}

/// What was read from storage.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Loaded {
    /// Every line after the header, in stored order.
    pub lines: Vec<Line>,
    /// The store is not one this version may write (a newer version's, or
    /// not ours at all): it is listed as far as it can be read, and never
    /// rewritten.
    pub read_only: bool,
}

impl Loaded {
    /// The readable scenarios, in stored order.
    pub fn entries(&self) -> impl Iterator<Item = &Saved> {
        self.lines.iter().filter_map(|l| match l {
            Line::Entry(e) => Some(e),
            Line::Kept(_) => None,
        })
    }

    /// How many lines were kept aside unread.
    pub fn kept(&self) -> usize {
        self.lines.iter().filter(|l| matches!(l, Line::Kept(_))).count()
    }

    /// Adds `entry` at the end; false (nothing changes) when the store is
    /// read-only.
    pub fn push(&mut self, entry: Saved) -> bool {
        if !self.read_only {
            self.lines.push(Line::Entry(entry));
        }
        !self.read_only
    }

    /// Removes the `index`-th readable entry; false when there is none or
    /// the store is read-only. Kept lines stay where they are.
    pub fn remove(&mut self, index: usize) -> bool {
        if self.read_only {
            return false;
        }
        let position = self.lines.iter().enumerate().filter(|(_, l)| matches!(l, Line::Entry(_))).nth(index).map(|(i, _)| i);
        position.map(|i| self.lines.remove(i)).is_some()
    }
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

/// Reads one entry line (a trailing carriage return is tolerated); None if
/// it is not one. The query is checked for its shape only (it is decoded,
/// with any bad value reported, when loaded): a long list stays fast.
fn entry(line: &str) -> Option<Saved> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let mut fields = line.split('\t');
    let (name, date, query) = (fields.next()?, fields.next()?, fields.next()?);
    let valid = fields.next().is_none()
        && !name.trim().is_empty()
        && name.chars().count() <= NAME_MAX_CHARS
        && date.len() == 10
        && date.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && query.starts_with("v=1")
        && query.len() <= QUERY_MAX_BYTES
        && !query.contains(char::is_whitespace);
    valid.then(|| Saved { name: name.to_string(), saved_on: date.to_string(), query: query.to_string() })
}

/// Longest query kept as an entry.
pub const QUERY_MAX_BYTES: usize = 8_192;

/// Reads the stored text (None: nothing stored). Tolerates a byte-order
/// mark and blank lines before the header. Nothing is dropped: lines it
/// cannot read are kept; a store of a newer version, or not ours, is
/// read-only.
pub fn parse(text: Option<&str>) -> Loaded {
    let Some(text) = text else { return Loaded::default() };
    let body = text.trim_start_matches('\u{FEFF}');
    let mut lines = body.split('\n').skip_while(|l| l.trim().is_empty());
    let header = lines.next().unwrap_or("").trim_end_matches('\r');
    let version = header.strip_prefix("hashpivot-scenarios ").and_then(|v| v.parse::<u32>().ok());
    let ours = header == HEADER || OLD_HEADERS.contains(&header);
    let read_only = !ours;
    if version.is_none() {
        // Not ours at all: keep every line as it is.
        return Loaded { lines: text.split('\n').map(|l| Line::Kept(l.to_string())).collect(), read_only };
    }
    let lines = lines.filter(|l| !l.trim().is_empty()).map(|l| entry(l).map_or_else(|| Line::Kept(l.to_string()), Line::Entry)).collect();
    Loaded { lines, read_only }
}

/// The stored text for `loaded` (header, then every line in order: kept
/// lines exactly as they were read). Callers never write a read-only store.
pub fn serialize(loaded: &Loaded) -> String {
    let mut out = String::from(HEADER);
    for line in &loaded.lines {
        out.push('\n');
        match line {
            Line::Entry(e) => {
                out.push_str(&clean_name(&e.name));
                out.push('\t');
                out.push_str(&e.saved_on);
                out.push('\t');
                out.push_str(&e.query);
            }
            Line::Kept(text) => out.push_str(text),
        }
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

    fn store(entries: &[Saved]) -> Loaded {
        Loaded { lines: entries.iter().cloned().map(Line::Entry).collect(), read_only: false }
    }

    #[test]
    fn a_saved_scenario_keeps_the_added_rows() {
        let mut scenario = Scenario::default();
        scenario.set(InputId::UsLeavePct, 40.0).unwrap();
        scenario.rows = vec![ExtraRow { name: "Paraguay".into(), share_pct: 3.87 }, ExtraRow { name: "عُمان".into(), share_pct: 2.99 }];
        let text = serialize(&store(&[Saved::new("rows", "2026-12-03".into(), &scenario, Some(Lang::Ar))]));
        let loaded = parse(Some(&text));
        assert_eq!(loaded.kept(), 0);
        let first = loaded.entries().next().unwrap();
        assert_eq!(url_state::decode(&first.query).scenario, scenario);
        assert_eq!(url_state::decode_view(&first.query).0.lang, Some(Lang::Ar));
    }

    #[test]
    fn version_1_stores_are_still_read_and_written_as_version_2() {
        let old = "hashpivot-scenarios 1\nold\t2026-01-01\tv=1&btc_usd=70000";
        let loaded = parse(Some(old));
        assert_eq!((loaded.entries().count(), loaded.kept(), loaded.read_only), (1, 0, false));
        assert_eq!(url_state::decode(&loaded.entries().next().unwrap().query).scenario.inputs.get(InputId::BtcUsd), 70_000.0);
        assert!(serialize(&loaded).starts_with("hashpivot-scenarios 2\n"));
    }

    #[test]
    fn lines_it_cannot_read_are_kept_byte_for_byte_through_a_save_and_a_delete() {
        let good = serialize(&store(&[entry("base case")]));
        let odd = ["broken line", "x\t2026-11-24\tv=9&future=1", "\t2026-11-24\tv=1", "name\t2026-11-24\tv=1\textra field"];
        let text = format!("{good}\n{}\nok\t2026-11-24\tv=1&eff_jth=20", odd.join("\n"));
        let mut loaded = parse(Some(&text));
        assert_eq!((loaded.entries().count(), loaded.kept()), (2, 4));
        assert!(loaded.push(entry("new")));
        assert!(loaded.remove(0), "the first readable entry");
        let written = serialize(&loaded);
        for line in odd {
            assert!(written.contains(line), "{line:?} kept");
        }
        assert_eq!(parse(Some(&written)).kept(), 4);
        assert_eq!(parse(Some(&written)).entries().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["ok", "new"]);
    }

    #[test]
    fn a_byte_order_mark_blank_lines_and_crlf_are_tolerated() {
        let text = "\u{FEFF}\n\n  \r\nhashpivot-scenarios 2\r\na\t2026-11-24\tv=1&btc_usd=1000\r\n\r\nb\t2026-11-24\tv=1\r\n";
        let loaded = parse(Some(text));
        assert_eq!((loaded.entries().count(), loaded.kept(), loaded.read_only), (2, 0, false));
    }

    #[test]
    fn a_newer_or_foreign_store_is_listed_but_never_written() {
        let newer = "hashpivot-scenarios 3\na\t2026-11-24\tv=1&btc_usd=1000\nwhatever v3 adds";
        let mut loaded = parse(Some(newer));
        assert!(loaded.read_only);
        assert_eq!((loaded.entries().count(), loaded.kept()), (1, 1));
        assert!(!loaded.push(entry("x")) && !loaded.remove(0));
        let foreign = parse(Some("{\"not\": \"ours\"}"));
        assert!(foreign.read_only && foreign.entries().count() == 0 && foreign.kept() == 1);
        assert_eq!(parse(None), Loaded::default());
    }

    #[test]
    fn names_cannot_break_the_format() {
        let e = Saved { name: "a\tb\nc".repeat(40), ..entry("") };
        let loaded = parse(Some(&serialize(&store(&[e]))));
        assert_eq!(loaded.kept(), 0);
        let first = loaded.entries().next().unwrap();
        assert_eq!(first.name.chars().count(), NAME_MAX_CHARS);
        assert!(!first.name.contains(['\t', '\n']));
    }

    proptest! {
        #[test]
        fn round_trip(names in proptest::collection::vec("[^\\t\\n\\r]{1,40}", 0..6)) {
            let entries: Vec<Saved> = names.iter().filter(|n| !clean_name(n).is_empty()).map(|n| Saved { name: clean_name(n), ..entry("") }).collect();
            let loaded = parse(Some(&serialize(&store(&entries))));
            prop_assert_eq!(loaded.kept(), 0);
            prop_assert_eq!(loaded.entries().cloned().collect::<Vec<_>>(), entries);
        }
    }
}
