//! The page: header, URL notice, panels, saved scenarios, the article's
//! claims, footer. Owns the one state and the effects that touch the
//! outside world (URL, `lang`/`dir`). What an embedded page says to its
//! host (its height, its results) is `www/early.js`'s, read from the DOM.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::announcer::Announcer;
use super::canvas::ChartTheme;
use super::claims::Claims;
use super::panel_slot::PanelSlot;
use super::saved_panel::{CurrentScenario, SavedPanel};
use super::state::{Action, AppState};
use super::story::Story;
use super::timing::{Quiet, URL_WRITE_DELAY_MS};
use super::PRERENDERING;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::panels::Panel;
use crate::presets::Preset;
use crate::scenario::RowEdit;
use crate::url_state::{self, Theme, View};
use crate::views;

/// Props of [`App`]: where the page starts. In the browser `ui::start`
/// reads them from the document; the prerenderer passes each view's.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The query the page starts from: the prerendered view's canonical
    /// query, then the address bar's (whose keys win).
    pub query: String,
    /// The relative way from this page to the root of the site (`../../`).
    pub root: String,
    /// The language when the query names none (the browser's).
    pub fallback_lang: Lang,
    /// The first module's state when the app started (the document's
    /// `data-moved`, empty if the reader moved nothing): a move made since
    /// is loaded before the app takes over.
    #[prop_or_default]
    pub moved: String,
}

/// The prerendered footer's note that the controls need JavaScript.
#[cfg(not(target_arch = "wasm32"))]
fn static_note(lang: Lang) -> Html {
    html! { <p class="static-note" data-static-note="">{ crate::i18n::needs_javascript(lang) }</p> }
}

/// Nothing in the page itself.
#[cfg(target_arch = "wasm32")]
fn static_note(_: Lang) -> Html {
    Html::default()
}

/// The first module's state now (`data-moved`; empty if nothing moved).
fn moved_now() -> String {
    let html = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    html.and_then(|h| h.get_attribute("data-moved")).unwrap_or_default()
}

/// Moves the live page into place over the prerendered one, in one task (no
/// frame in between): the prerendered copy goes, the live layer stays, and
/// an input focused in the copy (the first module made it live) is focused
/// in the page.
fn take_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let mut focused = None;
    if let Ok(Some(old)) = document.query_selector(".prerendered") {
        focused = document.active_element().filter(|e| old.contains(Some(e))).and_then(|e| {
            let row = e.closest("[data-input]").ok().flatten()?.get_attribute("data-input")?;
            Some(format!("[data-input=\"{row}\"] {}", if e.class_list().contains("slider") { ".slider" } else { ".number" }))
        });
        old.remove();
    }
    if let Ok(Some(live)) = document.query_selector(".live-layer") {
        live.set_class_name("page");
        if let Some(Ok(Some(input))) = focused.map(|f| live.query_selector(&f)) {
            let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().toggle_with_force("stale", false);
    }
}

/// Rewrites the query string in place (no history entry).
fn write_url(state: &AppState) {
    let Some(window) = web_sys::window() else { return };
    let query = format!("?{}", url_state::encode_address(&state.scenario, &state.view, state.lang));
    if window.location().search().ok().as_deref() != Some(query.as_str()) {
        let hash = window.location().hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{query}{hash}")));
        }
    }
}

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::from_query(&props.query, props.fallback_lang));
    let root = props.root.clone();
    let lang = state.lang;
    let t = |text: Text| text.get(lang);

    // URL: written after a short quiet period, never on first render (the
    // URL the reader came with stays as it was, rejected values included,
    // until they change something).
    // A state the first module moved to is written at load too (the reader
    // may have moved without letting go, which writes it).
    let pending = use_mut_ref(Quiet::default);
    let first = use_mut_ref(|| props.moved.is_empty());
    use_effect_with((*state).clone(), move |s| {
        let at_load = std::mem::replace(&mut *first.borrow_mut(), false);
        let s = s.clone();
        if !at_load {
            pending.borrow_mut().start(URL_WRITE_DELAY_MS, move || write_url(&s));
        }
    });
    // The document's language, direction, theme and embed mode follow the state.
    use_effect_with((lang, state.view.embed, state.view.theme), |&(lang, embed, theme)| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.tag());
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(Text::AppTitle.get(lang));
            }
            let _ = root.set_attribute("dir", lang.dir());
            let _ = root.class_list().toggle_with_force("embed", embed);
            let _ = match theme {
                Some(t) => root.set_attribute("data-theme", t.key()),
                None => root.remove_attribute("data-theme"),
            };
        }
    });

    // Callbacks are built once: children whose values did not change are
    // then equal to their last props and skip re-rendering.
    let dispatcher = state.dispatcher();
    let on_change = use_callback(dispatcher.clone(), |(id, v): (InputId, f64), d| d.dispatch(Action::Set(id, v)));
    let on_reset = use_callback(dispatcher.clone(), |_: MouseEvent, d| d.dispatch(Action::Reset));
    let on_dismiss = use_callback(dispatcher.clone(), |_: MouseEvent, d| d.dispatch(Action::DismissUrlErrors));
    let on_rows = use_callback(dispatcher.clone(), |edit: RowEdit, d| d.dispatch(Action::EditRows(edit)));
    let on_load = use_callback(dispatcher.clone(), |query: String, d| d.dispatch(Action::Load(query)));
    let on_preset = use_callback(dispatcher.clone(), |preset: Option<&'static Preset>, d| match preset {
        Some(p) => d.dispatch(Action::Preset(p)),
        None => d.dispatch(Action::Reset),
    });
    let other_lang = if lang == Lang::En { Lang::Ar } else { Lang::En };
    let on_lang = use_callback((dispatcher.clone(), other_lang), |_: MouseEvent, (d, other)| d.dispatch(Action::SetLang(*other)));
    let other_digits = if lang == Lang::ArLatn { Lang::Ar } else { Lang::ArLatn };
    let on_digits = use_callback((dispatcher.clone(), other_digits), |_: MouseEvent, (d, other)| d.dispatch(Action::SetLang(*other)));
    // The system's preference is read once, not on every render.
    let system_dark = *use_memo((), |_| {
        !PRERENDERING
            && web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()).is_some_and(|m| m.matches())
    });
    let dark_now = match state.view.theme {
        Some(Theme::Dark) => true,
        Some(Theme::Light) => false,
        Some(Theme::Auto) | None => system_dark,
    };
    let next_theme = if dark_now { Theme::Light } else { Theme::Dark };
    let on_theme = use_callback((dispatcher, next_theme), |_: MouseEvent, (d, theme)| d.dispatch(Action::SetTheme(Some(*theme))));

    let scenario = &state.scenario;
    // Save reads the scenario through this handle when pressed.
    let current = use_memo((), |_| CurrentScenario::default());
    *current.0.borrow_mut() = scenario.clone();
    // The first render mounts every panel (hidden under the prerendered copy
    // of the page, which the reader already reads); its effect then puts the
    // live page in the copy's place. The charts on screen were drawn by
    // their own effects, which run before this one.
    // A move on the first module after the app started is loaded first:
    // the page takes over with the reader's latest state.
    let live = use_state(|| PRERENDERING);
    let seen = use_mut_ref(|| props.moved.clone());
    {
        let live = live.clone();
        let dispatcher = state.dispatcher();
        use_effect(move || {
            if !*live {
                let moved = moved_now();
                if moved != *seen.borrow() {
                    *seen.borrow_mut() = moved.clone();
                    dispatcher.dispatch(Action::Load(moved));
                } else {
                    take_over();
                    live.set(true);
                }
            }
        });
    }
    let ready = *live && !PRERENDERING;
    let panel = |p: Panel| {
        html! {
            <PanelSlot key={p.key()} panel={p} scenario={scenario.clone()} replaced={state.replaced} {lang} embed={state.view.embed} root={root.clone()}
                on_change={on_change.clone()} on_preset={on_preset.clone()} on_rows={on_rows.clone()} />
        }
    };
    let shown: Vec<Panel> = match state.view.panel {
        Some(p) => vec![p],
        None => Panel::ALL.to_vec(),
    };
    // The full page's story: the article's claims (the miner's own sentence
    // is for its own page).
    let story_panels: Vec<Panel> = shown.iter().copied().filter(|p| shown.len() == 1 || *p != Panel::Miner).collect();
    // The link to the full page, in a panel's own view only (built then alone).
    let full_page = || match views::find(scenario, None, false, lang) {
        Some(dir) => format!("{root}{dir}"),
        None => {
            let view = View { lang: (lang != Lang::default()).then_some(lang), ..View::default() };
            format!("{root}?{}", url_state::encode_with_view(scenario, &view))
        }
    };

    html! {
        <ContextProvider<ChartTheme> context={ChartTheme(state.view.theme)}>
            <Announcer {lang} />
            if !state.view.embed {
                <header class="masthead">
                    <div class="masthead-text">
                        <h1>{ t(Text::AppTitle) }</h1>
                        <Story scenario={scenario.clone()} {lang} panels={story_panels} links={state.view.panel.is_none()} />
                        <p class="lede">{ t(Text::AppLede) }</p>
                    </div>
                    <div class="toolbar">
                        <button type="button" class="btn" data-switch="lang" onclick={on_lang} lang={other_lang.tag()}>{ t(Text::Language) }</button>
                        if lang.is_arabic() {
                            <button type="button" class="btn" data-switch="digits" onclick={on_digits} >{ if lang == Lang::ArLatn { t(Text::ArabicDigits) } else { t(Text::LatinDigits) } }</button>
                        }
                        <button type="button" class="btn" data-switch="theme" onclick={on_theme}>{ if dark_now { t(Text::LightTheme) } else { t(Text::DarkTheme) } }</button>
                        <button type="button" class="btn" onclick={on_reset}>{ t(Text::Reset) }</button>
                    </div>
                </header>
            }
            if !state.url_errors.is_empty() {
                <div class="notice" role="status" data-notice="url">
                    <span>{ t(Text::NoticeBadUrl) }{ " " }</span>
                    <span class="notice-keys">
                        { for state.url_errors.iter().enumerate().map(|(i, e)| html! {
                            <>{ if i > 0 { ", " } else { "" } }<code data-rejected-key={e.key()}>{ e.key() }</code></>
                        }) }
                    </span>
                    <button type="button" class="btn-link" onclick={on_dismiss} aria-label={t(Text::Dismiss)}>{ "×" }</button>
                </div>
            }
            <main data-ready={ready.then_some("")}>
                { for shown.into_iter().map(panel) }
                if !state.view.embed && state.view.panel.is_none() {
                    <SavedPanel scenario={(*current).clone()} {lang} {on_load} />
                    <Claims {lang} root={root.clone()} />
                }
            </main>
            <footer class="footer">
                <p class="disclaimer">{ t(Text::Disclaimer) }</p>
                { static_note(lang) }
                if state.view.embed || state.view.panel.is_some() {
                    <p><a href={full_page()} target={state.view.embed.then_some("_blank")} rel="noopener">{ t(Text::OpenFull) }</a></p>
                }
                // Printed only: the address, written at `beforeprint` (`super::print`).
                <p class="print-address">{ t(Text::PrintAddress) }{ " " }<a dir="ltr" data-print-address=""></a></p>
            </footer>
        </ContextProvider<ChartTheme>>
    }
}
