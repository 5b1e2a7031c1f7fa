//! The page: header, URL notice, panels, saved scenarios, the article's
//! claims, footer. Owns the one state and the effects that touch the
//! outside world (URL, `lang`/`dir`, the embedding parent's height).

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::announcer::Announcer;
use super::canvas::ChartTheme;
use super::claims::Claims;
use super::panel_slot::PanelSlot;
use super::saved_panel::SavedPanel;
use super::state::{Action, AppState};
use super::PRERENDERING;
use crate::i18n::{Lang, Text};
use crate::inputs::InputId;
use crate::presets::Preset;
use crate::scenario::RowEdit;
use crate::url_state::{self, Panel, Theme, View};
use crate::views;

/// Quiet time after the last input before the URL is rewritten: browsers
/// throttle `history.replaceState` when it is called on every slider step.
const URL_WRITE_DELAY_MS: u32 = 150;

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

/// Moves the live page into place over the prerendered one, in one task (no
/// frame in between): the prerendered copy goes, the live layer stays.
fn take_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(old)) = document.query_selector(".prerendered") {
        old.remove();
    }
    if let Ok(Some(live)) = document.query_selector(".live-layer") {
        live.set_class_name("page");
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().toggle_with_force("stale", false);
    }
}

/// Rewrites the query string in place (no history entry).
fn write_url(state: &AppState) {
    let Some(window) = web_sys::window() else { return };
    let view = View { lang: (state.lang != Lang::default() || state.view.lang.is_some()).then_some(state.lang), ..state.view.clone() };
    let query = format!("?{}", url_state::encode_with_view(&state.scenario, &view));
    if window.location().search().ok().as_deref() != Some(query.as_str()) {
        let hash = window.location().hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{query}{hash}")));
        }
    }
}

/// Inside an iframe with a valid `childId`, reports the content height to
/// the parent whenever it changes, as the Pym.js child does
/// (`pymxPYMx<id>xPYMxheightxPYMx<px>`) and as AMP's `amp-iframe` expects
/// (`{sentinel: "amp", type: "embed-size", height}`): one height, two
/// wordings. It says it again while the frame is not yet that tall (a host
/// whose resizing script loads late still hears it, every second), and
/// whenever the parent's Pym.js sends its width: answering is not obeying,
/// no message from the parent changes anything else.
fn report_height(child_id: String) -> Option<impl FnOnce()> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let document = window.document()?;
    let root = document.document_element()?;
    let last = std::rc::Rc::new(std::cell::Cell::new(0i32));
    let asks_width = format!("pymxPYMx{child_id}xPYMxwidthxPYMx");
    let send = {
        let (parent, last, window) = (parent.clone(), last.clone(), window.clone());
        move |force: bool| {
            let height = root.get_bounding_client_rect().height().ceil() as i32;
            let framed = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) as i32;
            // Said again while the frame is still shorter or taller than the page.
            if height > 0 && (force || height != last.replace(height) || (height - framed).abs() > 1) {
                last.set(height);
                let _ = parent.post_message(&format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}").into(), "*");
                let amp = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
                let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
                let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
                let _ = parent.post_message(&amp, "*");
            }
        }
    };
    let send = std::rc::Rc::new(send);
    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(move || send(false))
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&document.body()?.into());
    send(true);
    // For two minutes; a host that has not sized the frame by then never will.
    let retry = {
        let (send, ticks) = (send.clone(), std::cell::Cell::new(0u32));
        gloo_timers::callback::Interval::new(1_000, move || {
            if ticks.replace(ticks.get() + 1) < 120 {
                send(false);
            }
        })
    };
    let on_message = {
        let (send, parent) = (send.clone(), parent.clone());
        gloo_events::EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_parent = event.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
            let asks = event.data().as_string().is_some_and(|d| d.starts_with(&asks_width));
            if from_parent && asks {
                send(true);
            }
        })
    };
    Some(move || {
        observer.disconnect();
        drop((on_resize, retry, on_message));
    })
}

/// The origin of the page that frames this one, when the browser says it
/// (`location.ancestorOrigins`, else the referrer's origin); None when it
/// cannot be known, and then no results are posted at all: they go to the
/// parent's origin only, never to `*`.
fn parent_origin() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors.and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok()).and_then(|o| o.as_string());
    let referrer = || {
        let r = window.document()?.referrer();
        let rest = r.split_once("://")?;
        Some(format!("{}://{}", rest.0, rest.1.split('/').next()?))
    };
    first.or_else(referrer).filter(|o| o.starts_with("http") && o != "null")
}

/// Inside an iframe with a `childId`, posts the panel's current results to
/// the parent (and only to the parent's origin): `{type:
/// "hashpivot:outputs", childId, panel, outputs}` with each output key's
/// number (or `YYYY-MM`/`never`, or null), so the host article's own
/// sentences can follow the reader's sliders (`embed.js`).
fn post_outputs(state: &AppState) {
    let (Some(child_id), Some(panel)) = (state.view.child_id.as_deref(), state.view.panel) else { return };
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten().filter(|p| !js_sys::Object::is(p, &window)) else { return };
    let Some(origin) = parent_origin() else { return };
    let outputs = js_sys::Object::new();
    for (id, value) in crate::outputs::evaluate(panel, &state.scenario) {
        let js = match value {
            crate::outputs::Value::Number(v) => v.into(),
            crate::outputs::Value::Missing(_) => wasm_bindgen::JsValue::NULL,
            month => month.data().into(),
        };
        let _ = js_sys::Reflect::set(&outputs, &id.spec().key.into(), &js);
    }
    let message = js_sys::Object::new();
    for (key, value) in
        [("type", "hashpivot:outputs".into()), ("childId", child_id.into()), ("panel", panel.key().into()), ("outputs", outputs.into())]
    {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    let _ = parent.post_message(&message, &origin);
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
    let pending = use_mut_ref(|| None::<Timeout>);
    let first = use_mut_ref(|| true);
    use_effect_with((*state).clone(), move |s| {
        let at_load = std::mem::replace(&mut *first.borrow_mut(), false);
        let s = s.clone();
        // An embedded page's results go to its host at load and after each change.
        *pending.borrow_mut() = Some(Timeout::new(URL_WRITE_DELAY_MS, move || {
            if !at_load {
                write_url(&s);
            }
            if s.view.embed {
                post_outputs(&s);
            }
        }));
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
    use_effect_with(state.view.child_id.clone(), |id| {
        let stop = id.clone().and_then(report_height);
        move || {
            if let Some(stop) = stop {
                stop();
            }
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
    let dark_now = state.view.theme.map_or(system_dark, |t| t == Theme::Dark);
    let next_theme = if dark_now { Theme::Light } else { Theme::Dark };
    let on_theme = use_callback((dispatcher, next_theme), |_: MouseEvent, (d, theme)| d.dispatch(Action::SetTheme(Some(*theme))));

    let scenario = &state.scenario;
    // The first render mounts every panel (hidden under the prerendered copy
    // of the page, which the reader already reads); its effect then puts the
    // live page in the copy's place. The charts on screen were drawn by
    // their own effects, which run before this one.
    let live = use_state(|| PRERENDERING);
    {
        let live = live.clone();
        use_effect_with((), move |_| {
            if !*live {
                take_over();
                live.set(true);
            }
        });
    }
    let ready = *live && !PRERENDERING;
    let panel = |p: Panel| {
        html! {
            <PanelSlot key={p.key()} panel={p} scenario={scenario.clone()} {lang} embed={state.view.embed} root={root.clone()}
                on_change={on_change.clone()} on_preset={on_preset.clone()} on_rows={on_rows.clone()} />
        }
    };
    let shown: Vec<Panel> = match state.view.panel {
        Some(p) => vec![p],
        None => Panel::ALL.to_vec(),
    };
    let full_page = match views::find(scenario, None, false, lang) {
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
                    <SavedPanel scenario={scenario.clone()} {lang} {on_load} />
                    <Claims {lang} root={root.clone()} />
                }
            </main>
            <footer class="footer">
                <p class="disclaimer">{ t(Text::Disclaimer) }</p>
                { static_note(lang) }
                if state.view.embed || state.view.panel.is_some() {
                    <p><a href={full_page} target={state.view.embed.then_some("_blank")} rel="noopener">{ t(Text::OpenFull) }</a></p>
                }
            </footer>
        </ContextProvider<ChartTheme>>
    }
}
