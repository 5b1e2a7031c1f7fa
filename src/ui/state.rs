//! The page's one state and its reducer. `reduce` has no side effects: the
//! URL is written by an effect in `app.rs`.

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::{Lang, Text};
use crate::inputs::{InputError, InputId};
use crate::presets::Preset;
use crate::scenario::{RowEdit, Scenario};
use crate::url_state::{self, View};

/// Everything the page shows is derived from this: the scenario (what the
/// results depend on) and the view (how they are shown).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The scenario, always valid.
    pub scenario: Scenario,
    /// Values in the URL that were rejected at load.
    pub url_errors: Vec<InputError>,
    /// Active language.
    pub lang: Lang,
    /// Which panels, embedded or not, theme (from the URL).
    pub view: View,
    /// How many times the whole scenario was replaced (a preset, Reset, a
    /// saved scenario), even by the same one: a panel's draft made before
    /// is dropped (`timing::Drafting`).
    pub replaced: u32,
}

impl AppState {
    /// The state a URL query describes; `fallback_lang` when it names none.
    pub fn from_query(query: &str, fallback_lang: Lang) -> Self {
        let decoded = url_state::decode(query);
        let (view, rejected) = url_state::decode_view(query);
        let mut url_errors = decoded.errors;
        url_errors.extend(rejected.into_iter().map(|key| InputError::NotAllowed { key }));
        AppState { scenario: decoded.scenario, url_errors, lang: view.lang.unwrap_or(fallback_lang), view, replaced: 0 }
    }
}

/// What a user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set one input (ignored if outside its domain: the box shows why).
    Set(InputId, f64),
    /// The whole scenario back to its defaults.
    Reset,
    /// Close the notice about rejected URL values.
    DismissUrlErrors,
    /// Switch language.
    SetLang(Lang),
    /// Load a named scenario.
    Preset(&'static Preset),
    /// Load a saved scenario's query (scenario and language; the view stays).
    Load(String),
    /// Choose the colour theme (None: follow the system).
    SetTheme(Option<url_state::Theme>),
    /// Edit the rows added to the hashrate-share table. `Add` takes its
    /// name from the reducer ("Row N" in the page's language).
    EditRows(RowEdit),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(id, value) => {
                if next.scenario.set(id, value).is_err() || next.scenario == self.scenario {
                    return self;
                }
            }
            Action::Reset => {
                next.scenario = Scenario::default();
                next.replaced = self.replaced.wrapping_add(1);
            }
            Action::DismissUrlErrors => next.url_errors.clear(),
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTheme(theme) => next.view.theme = theme,
            Action::Preset(preset) => {
                next.scenario = preset.scenario();
                next.replaced = self.replaced.wrapping_add(1);
            }
            Action::EditRows(edit) => {
                let edit = match edit {
                    RowEdit::Add(_) => RowEdit::Add(format!("{} {}", Text::RowDefault.get(self.lang), self.scenario.rows.len() + 1)),
                    other => other,
                };
                if !next.scenario.edit_rows(edit) {
                    return self;
                }
            }
            Action::Load(query) => {
                let loaded = AppState::from_query(&query, self.lang);
                next.scenario = loaded.scenario;
                next.lang = loaded.lang;
                next.url_errors = loaded.url_errors;
                next.replaced = self.replaced.wrapping_add(1);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ExtraRow;

    #[test]
    fn loading_a_saved_scenario_restores_its_rows_and_keeps_the_view() {
        let start = Rc::new(AppState::from_query("panel=geography&embed=1&extra_shares=UAE:3.54", Lang::En));
        let saved = "v=1&us_leave_pct=40&extra_shares=Paraguay:3.87;Oman:2.99&lang=ar";
        let next = start.clone().reduce(Action::Load(saved.into()));
        assert_eq!(next.scenario.rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Paraguay", "Oman"]);
        assert_eq!(next.lang, Lang::Ar);
        assert_eq!(next.view, start.view, "loading changes the scenario, not the view");
    }

    #[test]
    fn presets_and_reset_replace_the_whole_scenario() {
        let start = Rc::new(AppState::from_query("extra_shares=UAE:3.54", Lang::En));
        assert_eq!(start.scenario.rows, [ExtraRow { name: "UAE".into(), share_pct: 3.54 }]);
        let next = start.clone().reduce(Action::Preset(&crate::presets::DIFFICULTY_DROP));
        assert_eq!(next.scenario, crate::presets::DIFFICULTY_DROP.scenario());
        let added = next.reduce(Action::EditRows(RowEdit::Add(String::new())));
        assert_eq!(added.scenario.rows[0].name, "Country 1");
        assert_eq!(added.reduce(Action::Reset).scenario, Scenario::default());
    }
}
