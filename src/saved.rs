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
//!
//! A new entry is saved under a key of its own, [`ENTRY_KEY_PREFIX`] and an
//! id ([`entry_key`]: the time, then a random part), holding one such line.
//! Tabs then never read, change and write back one shared value: two saves
//! at the same moment both survive (a browser's localStorage has no
//! compare-and-set across tabs, and a tab may even read another's write
//! late), and a delete removes one key. The entries of the one-text store
//! ([`STORAGE_KEY`]) that earlier versions wrote are listed first and
//! deleted from it by what they hold.

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
/// The start of the key of an entry saved under its own key.
pub const ENTRY_KEY_PREFIX: &str = "hashpivot.scenario.";

/// A new entry's own key at `now_ms` (ms since 1970) with `random` (0 to
/// 1): the time in base 36, nine digits (so keys sort by time), then six
/// random base-36 digits (two tabs saving in the same millisecond).
pub fn entry_key(now_ms: f64, random: f64) -> String {
    fn base36(mut n: u64, width: usize) -> String {
        let mut digits = vec![b'0'; width];
        for d in digits.iter_mut().rev() {
            *d = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize];
            n /= 36;
        }
        String::from_utf8(digits).unwrap_or_default()
    }
    let random = (random.max(0.0).min(1.0) * 2_176_782_335.0) as u64;
    [ENTRY_KEY_PREFIX, &base36(now_ms.max(0.0) as u64, 9), "-", &base36(random, 6)].concat()
}

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
    /// Every line of the one-text store after its header, in stored order.
    pub lines: Vec<Line>,
    /// The one-text store is not one this version may write (a newer
    /// version's, or not ours at all): it is listed as far as it can be
    /// read, and never rewritten (nor is anything saved beside it).
    pub read_only: bool,
    /// The entries saved under their own keys: each key and its line, in
    /// key (time) order.
    pub own: Vec<(String, Line)>,
}

impl Loaded {
    /// With the entries saved under their own keys (key and stored text).
    pub fn with_own(mut self, own: impl IntoIterator<Item = (String, String)>) -> Loaded {
        // Each put in its place (no standard sort: it would cost the page
        // several KB of wasm).
        for (key, text) in own {
            let at = self.own.partition_point(|(k, _)| *k < key);
            self.own.insert(at, (key, entry(&text).map_or(Line::Kept(text), Line::Entry)));
        }
        self
    }

    /// The readable scenarios, in the order listed, each with its own key
    /// (None: a line of the one-text store).
    pub fn listed(&self) -> impl Iterator<Item = (Option<&str>, &Saved)> {
        let shared = self.lines.iter().map(|l| (None, l));
        let own = self.own.iter().map(|(key, l)| (Some(key.as_str()), l));
        shared.chain(own).filter_map(|(key, l)| match l {
            Line::Entry(e) => Some((key, e)),
            Line::Kept(_) => None,
        })
    }

    /// The readable scenarios, in the order listed.
    pub fn entries(&self) -> impl Iterator<Item = &Saved> {
        self.listed().map(|(_, e)| e)
    }

    /// How many lines were kept aside unread.
    pub fn kept(&self) -> usize {
        self.lines.iter().chain(self.own.iter().map(|(_, l)| l)).filter(|l| matches!(l, Line::Kept(_))).count()
    }

    /// Removes `entry` from the one-text store (the first line equal to it:
    /// an entry is what it holds, never a position, so a list shown before
    /// another tab changed the store deletes what the reader saw); false
    /// when it is not there any more or the store is read-only. Kept lines
    /// stay where they are.
    pub fn remove(&mut self, entry: &Saved) -> bool {
        if self.read_only {
            return false;
        }
        let position = self.lines.iter().position(|l| matches!(l, Line::Entry(e) if e == entry));
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

/// Longest query kept as an entry: far above the longest valid scenario
/// (every input at its longest plain decimal, every share row with the
/// longest name, tested below), so whatever the page shows can be saved.
pub const QUERY_MAX_BYTES: usize = 65_536;

impl Saved {
    /// Whether the entry reads back as it is (Save refuses, and says so,
    /// rather than write a line that would only be kept unread).
    pub fn storable(&self) -> bool {
        entry(&line(self)).as_ref() == Some(self)
    }
}

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
        return Loaded { lines: text.split('\n').map(|l| Line::Kept(l.to_string())).collect(), read_only, own: Vec::new() };
    }
    let lines = lines.filter(|l| !l.trim().is_empty()).map(|l| entry(l).map_or_else(|| Line::Kept(l.to_string()), Line::Entry)).collect();
    Loaded { lines, read_only, own: Vec::new() }
}

/// An entry's line: name, date and query, tab-separated.
pub fn line(e: &Saved) -> String {
    [clean_name(&e.name).as_str(), &e.saved_on, &e.query].join("\t")
}

fn line_text(l: &Line) -> String {
    match l {
        Line::Entry(e) => line(e),
        Line::Kept(text) => text.clone(),
    }
}

/// The one-text store's text for `loaded` (header, then every line of it in
/// order: kept lines exactly as they were read). Callers never write a
/// read-only store.
pub fn serialize(loaded: &Loaded) -> String {
    std::iter::once(HEADER.to_string()).chain(loaded.lines.iter().map(line_text)).collect::<Vec<_>>().join("\n")
}

/// Everything saved as one text to download: the one-text store exactly
/// as stored (`raw`; a header alone if none), then each entry saved under
/// its own key, one line each (kept ones as they are).
pub fn export(raw: Option<&str>, loaded: &Loaded) -> String {
    let mut out = raw.map_or_else(|| HEADER.to_string(), str::to_string);
    for (_, l) in &loaded.own {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&line_text(l));
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
        Loaded { lines: entries.iter().cloned().map(Line::Entry).collect(), ..Loaded::default() }
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
        loaded.lines.push(Line::Entry(entry("new")));
        let first = loaded.entries().next().unwrap().clone();
        assert!(loaded.remove(&first), "the entry shown");
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
        let listed = loaded.entries().next().unwrap().clone();
        assert!(!loaded.remove(&listed));
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

    #[test]
    fn delete_removes_the_entry_shown_whatever_another_tab_did_meanwhile() {
        let (x, y, z) = (entry("X"), entry("Y"), entry("Z"));
        // This tab lists X, Y, Z; another deletes X; this tab then deletes X.
        let mut now = store(&[y.clone(), z.clone()]);
        assert!(!now.remove(&x), "X is gone already: nothing else is removed");
        assert_eq!(now.entries().cloned().collect::<Vec<_>>(), [y.clone(), z.clone()]);
        assert!(now.remove(&z));
        assert_eq!(now.entries().cloned().collect::<Vec<_>>(), [y]);
    }

    #[test]
    fn entries_under_their_own_keys_list_after_the_one_text_store_in_time_order_and_export_with_it() {
        let (a, b) = (entry_key(1_765_000_000_000.0, 0.5), entry_key(1_765_000_000_001.0, 0.0));
        assert!(a.starts_with(ENTRY_KEY_PREFIX) && a < b && a.len() == ENTRY_KEY_PREFIX.len() + 16, "{a} {b}");
        assert_ne!(entry_key(1.0, 0.1), entry_key(1.0, 0.2), "two tabs in the same millisecond");
        let raw = serialize(&store(&[entry("old")]));
        let loaded = parse(Some(&raw)).with_own([
            (b.clone(), line(&entry("second"))),
            (a.clone(), line(&entry("first"))),
            (a.clone() + "x", "junk".into()),
        ]);
        let names: Vec<(Option<&str>, &str)> = loaded.listed().map(|(k, e)| (k, e.name.as_str())).collect();
        assert_eq!(names, [(None, "old"), (Some(a.as_str()), "first"), (Some(b.as_str()), "second")]);
        assert_eq!(loaded.kept(), 1);
        assert_eq!(serialize(&loaded), raw, "the one-text store is written without the others");
        let exported = export(Some(&raw), &loaded);
        assert_eq!(parse(Some(&exported)).entries().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["old", "first", "second"]);
        assert!(exported.contains("\njunk\n"), "kept as it is");
        assert!(export(None, &Loaded::default()).starts_with(HEADER));
    }

    #[test]
    fn the_longest_valid_scenario_can_be_saved_and_read_back() {
        use crate::inputs::INPUTS;
        use crate::scenario::{EXTRA_ROWS_MAX, ROW_NAME_MAX_CHARS};
        let mut worst = Scenario::default();
        for spec in INPUTS.iter().filter(|s| s.choices.is_empty()) {
            let candidates = [spec.min, spec.max, 5e-324, -5e-324, spec.min + (spec.max - spec.min) / 3.0, 1.234_567_890_123_456_7e-300];
            let longest = candidates
                .into_iter()
                .filter(|v| (spec.min..=spec.max).contains(v))
                .max_by_key(|v| crate::decimal::plain(*v).len())
                .unwrap();
            worst.set(spec.id, longest).unwrap();
        }
        let name: String = std::iter::repeat_n('\u{10400}', ROW_NAME_MAX_CHARS).collect();
        worst.rows = (0..EXTRA_ROWS_MAX).map(|_| ExtraRow { name: name.clone(), share_pct: 1.0 / 3.0 }).collect();
        assert!(crate::scenario::valid_row_name(&name));
        let saved = Saved::new(&"n".repeat(NAME_MAX_CHARS), "2026-12-07".into(), &worst, Some(Lang::Ar));
        assert!(saved.query.len() > 8_192, "the case that did not fit before ({} bytes)", saved.query.len());
        assert!(saved.storable(), "{} bytes", saved.query.len());
        let loaded = parse(Some(&serialize(&store(&[saved]))));
        assert_eq!(loaded.kept(), 0);
        assert_eq!(url_state::decode(&loaded.entries().next().unwrap().query).scenario, worst);
        assert!(!Saved { query: "v=1&x y".into(), ..entry("a") }.storable());
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
