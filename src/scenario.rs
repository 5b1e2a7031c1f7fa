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
/// [`ROW_NAME_MAX_CHARS`] Latin or Arabic letters, digits, spaces, `-`, `.`.
pub fn valid_row_name(name: &str) -> bool {
    let count = name.chars().count();
    (1..=ROW_NAME_MAX_CHARS).contains(&count)
        && name.chars().all(|c| c.is_ascii_alphanumeric() || ('\u{0600}'..='\u{06FF}').contains(&c) || c == ' ' || c == '-' || c == '.')
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
