//! The scenario: everything the page's results depend on, and nothing else.
//! The registry's inputs plus the rows a reader added to the hashrate-share
//! table. How the page is shown (panel, embed, language, theme) is the
//! [`crate::url_state::View`], never part of a scenario.
//!
//! Share links, embed snippets, saved scenarios, presets and the article's
//! claims all read and write a [`Scenario`], so none of them can drop part
//! of what the reader sees.

use crate::inputs::{InputError, InputId, Inputs};

/// Everything the results depend on. Always valid: inputs inside their
/// domains, rows with valid names and shares.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Scenario {
    /// The registry's inputs.
    pub inputs: Inputs,
    /// Rows added after the four fixed rows of the hashrate-share table.
    pub rows: Vec<ExtraRow>,
}

/// A row the reader added to the hashrate-share table.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraRow {
    /// Country or pool name (see [`valid_row_name`]).
    pub name: String,
    /// Its share before, percent (0 to 100).
    pub share_pct: f64,
}

/// Longest name of an added row, in characters.
pub const ROW_NAME_MAX_CHARS: usize = 40;
/// Most rows a reader can add.
pub const EXTRA_ROWS_MAX: usize = 12;

/// Whether `name` is acceptable for an added row: 1 to
/// [`ROW_NAME_MAX_CHARS`] characters with at least one letter or digit (of
/// any script: `Türkiye`, `Côte d'Ivoire`, `Ελλάδα`, `عُمان`), and none that
/// is invisible, a control, or markup and list syntax (`<>&"\;:=%#/?`).
pub fn valid_row_name(name: &str) -> bool {
    // Characters counted as the bytes that start one, and the forbidden
    // ones matched one by one: `chars().count()` and a search in a `str`
    // link a counting routine and slicing's panic (with `char`'s Debug and
    // Unicode tables) into the library's wasm.
    let count = name.bytes().filter(|b| b & 0xC0 != 0x80).count();
    let letter_or_digit = |c: char| c.is_ascii_alphanumeric() || (c >= '\u{00C0}' && !invisible(c) && !symbol(c));
    let forbidden = |c: char| matches!(c, '<' | '>' | '&' | '"' | '\\' | ';' | ':' | '=' | '%' | '#' | '/' | '?');
    (1..=ROW_NAME_MAX_CHARS).contains(&count)
        && name.chars().any(letter_or_digit)
        && name.chars().all(|c| !c.is_control() && !invisible(c) && !forbidden(c))
}

/// Characters beyond Latin-1 that are punctuation, symbols or stand-ins,
/// not letters or digits: a name of only these is not a name.
fn symbol(c: char) -> bool {
    matches!(c,
        '\u{00D7}' | '\u{00F7}' | '\u{2010}'..='\u{2BFF}' | '\u{2E00}'..='\u{2E7F}' | '\u{3000}'..='\u{303F}'
        | '\u{FE10}'..='\u{FE6F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FFF0}'..='\u{FFFF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Characters that show nothing (format controls, zero-width and
/// direction marks, soft hyphen, byte-order mark) or only space.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00A0}' | '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}'
        | '\u{2000}'..='\u{200F}' | '\u{2028}'..='\u{202F}' | '\u{205F}'..='\u{206F}' | '\u{2800}' | '\u{3000}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Whether `share_pct` is an acceptable share for an added row.
pub fn valid_row_share(share_pct: f64) -> bool {
    (0.0..=100.0).contains(&share_pct)
}

/// An edit of the added hashrate-share rows.
#[derive(Clone, Debug, PartialEq)]
pub enum RowEdit {
    /// Add a row named `name` with share 0 (up to the maximum).
    Add(String),
    /// Rename row `i` (ignored unless the name is valid).
    Name(usize, String),
    /// Set row `i`'s share, percent (ignored outside 0-100).
    Share(usize, f64),
    /// Remove row `i`.
    Remove(usize),
}

impl Scenario {
    /// Sets one input; an out-of-domain value is refused and nothing changes.
    pub fn set(&mut self, id: InputId, value: f64) -> Result<(), InputError> {
        self.inputs.set(id, value)
    }

    /// Applies a row edit; returns false (and changes nothing) if it is not
    /// valid.
    pub fn edit_rows(&mut self, edit: RowEdit) -> bool {
        let rows = &mut self.rows;
        match edit {
            RowEdit::Add(name) if rows.len() < EXTRA_ROWS_MAX && valid_row_name(&name) => rows.push(ExtraRow { name, share_pct: 0.0 }),
            RowEdit::Name(i, name) if i < rows.len() && valid_row_name(&name) => rows[i].name = name,
            RowEdit::Share(i, v) if i < rows.len() && valid_row_share(v) => rows[i].share_pct = v,
            RowEdit::Remove(i) if i < rows.len() => {
                rows.remove(i);
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_names_of_any_script_but_nothing_invisible() {
        for good in ["Paraguay", "Türkiye", "Côte d'Ivoire", "Ελλάδα", "عُمان", "Kazakhstan (north)", "UAE 2", "中国"] {
            assert!(valid_row_name(good), "{good}");
        }
        for bad in [
            "",
            "   ",
            "\u{061C}",
            "a\u{200B}b",
            "\u{FEFF}x",
            "<b>",
            "a;b",
            "a:b",
            "x\ny",
            &"a".repeat(41),
            "—",
            "\u{FFFD}",
            "\u{2800}",
            "a\u{180B}",
            "\u{E0100}x",
        ] {
            assert!(!valid_row_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn row_edits_keep_the_scenario_valid() {
        let mut s = Scenario::default();
        assert!(s.edit_rows(RowEdit::Add("Row 1".into())));
        assert!(!s.edit_rows(RowEdit::Name(0, "<b>".into())));
        assert!(!s.edit_rows(RowEdit::Share(0, 101.0)));
        assert!(!s.edit_rows(RowEdit::Share(3, 1.0)));
        assert!(s.edit_rows(RowEdit::Share(0, 2.5)));
        assert_eq!(s.rows, [ExtraRow { name: "Row 1".into(), share_pct: 2.5 }]);
        for i in 0..EXTRA_ROWS_MAX {
            s.edit_rows(RowEdit::Add(format!("R{i}")));
        }
        assert_eq!(s.rows.len(), EXTRA_ROWS_MAX);
        assert!(s.edit_rows(RowEdit::Remove(0)));
        assert_eq!(s.rows[0].name, "R0");
    }
}
