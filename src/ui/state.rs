//! The page's one state and its reducer. `reduce` has no side effects: the
//! URL is written by an effect in `app.rs`.

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::inputs::{InputError, InputId, Inputs};
use crate::presets::Preset;
use crate::url_state::{self, View};

/// Everything the page shows is derived from this.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The scenario's inputs, all valid.
    pub inputs: Inputs,
    /// Values in the URL that were rejected at load.
    pub url_errors: Vec<InputError>,
    /// Active language.
    pub lang: Lang,
    /// Which panels, embedded or not (from the URL).
    pub view: View,
}

impl AppState {
    /// The state a URL query describes; `fallback_lang` when it names none.
    pub fn from_query(query: &str, fallback_lang: Lang) -> Self {
        let decoded = url_state::decode(query);
        let (view, rejected) = url_state::decode_view(query);
        let mut url_errors = decoded.errors;
        url_errors.extend(rejected.into_iter().map(|key| InputError::NotAllowed { key }));
        AppState { inputs: decoded.inputs, url_errors, lang: view.lang.unwrap_or(fallback_lang), view }
    }
}

/// What a user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set one input (ignored if outside its domain: the box shows why).
    Set(InputId, f64),
    /// Every input back to its default.
    Reset,
    /// Close the notice about rejected URL values.
    DismissUrlErrors,
    /// Switch language.
    SetLang(Lang),
    /// Load a named scenario.
    Preset(&'static Preset),
    /// Load a saved scenario's query (inputs and language; the view stays).
    Load(String),
    /// Choose the colour theme (None: follow the system).
    SetTheme(Option<url_state::Theme>),
    /// Edit the rows added to the hashrate-share table.
    EditRows(RowEdit),
}

/// An edit of the added hashrate-share rows.
#[derive(Clone, Debug, PartialEq)]
pub enum RowEdit {
    /// Add an empty row (up to the maximum).
    Add,
    /// Rename row `i` (ignored unless the name is valid).
    Name(usize, String),
    /// Set row `i`'s share, percent (ignored outside 0-100).
    Share(usize, f64),
    /// Remove row `i`.
    Remove(usize),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(id, value) => {
                if next.inputs.set(id, value).is_err() || next.inputs == self.inputs {
                    return self;
                }
            }
            Action::Reset => {
                next.inputs = Inputs::default();
                next.view.extra_rows.clear();
            }
            Action::DismissUrlErrors => next.url_errors.clear(),
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTheme(theme) => next.view.theme = theme,
            Action::Preset(preset) => {
                next.inputs = preset.inputs();
                next.view.extra_rows.clear();
            }
            Action::EditRows(edit) => {
                let rows = &mut next.view.extra_rows;
                match edit {
                    RowEdit::Add if rows.len() < url_state::EXTRA_ROWS_MAX => rows.push(url_state::ExtraRow {
                        name: format!("{} {}", crate::i18n::Text::RowDefault.get(self.lang), rows.len() + 1),
                        share_pct: 0.0,
                    }),
                    RowEdit::Name(i, name) if i < rows.len() && url_state::valid_row_name(&name) => rows[i].name = name,
                    RowEdit::Share(i, v) if i < rows.len() && (0.0..=100.0).contains(&v) => rows[i].share_pct = v,
                    RowEdit::Remove(i) if i < rows.len() => {
                        rows.remove(i);
                    }
                    _ => return self,
                }
            }
            Action::Load(query) => {
                let loaded = AppState::from_query(&query, self.lang);
                next.inputs = loaded.inputs;
                next.view.extra_rows = loaded.view.extra_rows;
                next.lang = loaded.lang;
                next.url_errors = loaded.url_errors;
            }
        }
        Rc::new(next)
    }
}
