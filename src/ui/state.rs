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
            Action::Reset => next.inputs = Inputs::default(),
            Action::DismissUrlErrors => next.url_errors.clear(),
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTheme(theme) => next.view.theme = theme,
            Action::Preset(preset) => next.inputs = preset.inputs(),
            Action::Load(query) => {
                let loaded = AppState::from_query(&query, self.lang);
                next.inputs = loaded.inputs;
                next.lang = loaded.lang;
                next.url_errors = loaded.url_errors;
            }
        }
        Rc::new(next)
    }
}
