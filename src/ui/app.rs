//! The page: header, URL notice, panels, footer. Owns the one state and
//! the effects that touch the outside world (URL, `lang`/`dir`).

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::converter_panel::ConverterPanel;
use super::geography_panel::GeographyPanel;
use super::grid_panel::GridPanel;
use super::miner_panel::MinerPanel;
use super::outlook_panel::OutlookPanel;
use super::pivot_panel::PivotPanel;
use super::state::{Action, AppState};
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::presets::Preset;
use crate::url_state;

/// Quiet time after the last input before the URL is rewritten: browsers
/// throttle `history.replaceState` when it is called on every slider step.
const URL_WRITE_DELAY_MS: u32 = 150;

/// The language to start in: `lang=` in the URL, else the browser's.
fn initial_lang(query: &str) -> Lang {
    url_state::pairs(query)
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_tag(&v))
        .or_else(|| web_sys::window().and_then(|w| w.navigator().language()).and_then(|l| Lang::from_tag(&l)))
        .unwrap_or_default()
}

fn current_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Rewrites the query string in place (no history entry), keeping keys the
/// scenario does not own (e.g. an embedding host's).
fn write_url(state: &AppState) {
    let Some(window) = web_sys::window() else { return };
    let mut query = url_state::encode(&state.inputs);
    if state.lang != Lang::default() {
        query.push_str("&lang=");
        query.push_str(state.lang.tag());
    }
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("?{query}{hash}");
    if window.location().search().ok().as_deref() != Some(url.split('#').next().unwrap_or("")) {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let query = current_query();
        AppState::from_query(&query, initial_lang(&query))
    });
    let lang = state.lang;
    let t = |text: Text| text.get(lang);

    // URL: written after a short quiet period, never on first render (the
    // URL the reader came with stays as it was, rejected values included,
    // until they change something).
    let pending = use_mut_ref(|| None::<Timeout>);
    let first = use_mut_ref(|| true);
    use_effect_with((*state).clone(), move |s| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            let s = s.clone();
            *pending.borrow_mut() = Some(Timeout::new(URL_WRITE_DELAY_MS, move || write_url(&s)));
        }
    });
    // The document's language and direction follow the state.
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root.set_attribute("dir", lang.dir());
        }
    });

    // Callbacks are built once: children whose values did not change are
    // then equal to their last props and skip re-rendering.
    let dispatcher = state.dispatcher();
    let on_change = use_callback(dispatcher.clone(), |(id, v): (InputId, f64), d| d.dispatch(Action::Set(id, v)));
    let on_reset = use_callback(dispatcher.clone(), |_: MouseEvent, d| d.dispatch(Action::Reset));
    let on_dismiss = use_callback(dispatcher.clone(), |_: MouseEvent, d| d.dispatch(Action::DismissUrlErrors));
    let on_preset = use_callback(dispatcher.clone(), |preset: Option<&'static Preset>, d| match preset {
        Some(p) => d.dispatch(Action::Preset(p)),
        None => d.dispatch(Action::Reset),
    });
    let other_lang = if lang == Lang::En { Lang::Ar } else { Lang::En };
    let on_lang = use_callback((dispatcher, other_lang), |_: MouseEvent, (d, other)| d.dispatch(Action::SetLang(*other)));

    html! {
        <>
            <header class="masthead">
                <div class="masthead-text">
                    <h1>{ t(Text::AppTitle) }</h1>
                    <p class="lede">{ t(Text::AppLede) }</p>
                </div>
                <div class="toolbar">
                    <button type="button" class="btn" onclick={on_lang} lang={if lang == Lang::En { "ar" } else { "en" }}>{ t(Text::Language) }</button>
                    <button type="button" class="btn" onclick={on_reset}>{ t(Text::Reset) }</button>
                </div>
            </header>
            if !state.url_errors.is_empty() {
                <div class="notice" role="status" data-notice="url">
                    <span>{ t(Text::NoticeBadUrl) }{ " " }</span>
                    <span class="notice-keys">
                        { for state.url_errors.iter().map(|e| html! { <code data-rejected-key={e.key()}>{ e.key() }</code> }) }
                    </span>
                    <button type="button" class="btn-link" onclick={on_dismiss} aria-label="OK">{ "×" }</button>
                </div>
            }
            <main>
                <MinerPanel inputs={state.inputs.clone()} {lang} on_change={on_change.clone()} />
                <OutlookPanel inputs={state.inputs.clone()} {lang} on_change={on_change.clone()} on_preset={on_preset.clone()} />
                <PivotPanel inputs={state.inputs.clone()} {lang} on_change={on_change.clone()} on_preset={on_preset.clone()} />
                <GridPanel inputs={state.inputs.clone()} {lang} on_change={on_change.clone()} on_preset={on_preset.clone()} />
                <GeographyPanel inputs={state.inputs.clone()} {lang} on_change={on_change.clone()} {on_preset} />
                <ConverterPanel inputs={state.inputs.clone()} {lang} {on_change} />
            </main>
            <footer class="footer">
                <p class="disclaimer">{ t(Text::Disclaimer) }</p>
            </footer>
        </>
    }
}
