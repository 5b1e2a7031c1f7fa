//! The Yew interface: one state and reducer (`state`), one file per
//! component, and the only canvas code (`canvas`). Numbers shown come from
//! model `evaluate` calls, never from arithmetic here.

pub mod announcer;
pub mod app;
pub mod browser;
pub mod canvas;
pub mod choice_row;
pub mod claims;
pub mod converter_panel;
pub mod geography_panel;
pub mod grid_panel;
pub mod input_row;
pub mod live;
pub mod miner_panel;
pub mod outlook_panel;
pub mod output;
pub mod panel_frame;
pub mod panel_slot;
pub mod panel_tools;
pub mod parts;
pub mod pivot_panel;
pub mod print;
pub mod saved_panel;
pub mod state;
pub mod story;
pub mod timing;

use crate::i18n::{Lang, Text};

/// True in the native build that prerenders the pages (`src/prerender.rs`):
/// controls render disabled, charts as SVG, every panel at once, and the
/// footer says that moving the controls needs JavaScript.
pub const PRERENDERING: bool = cfg!(not(target_arch = "wasm32"));

/// Installs the panic hook and mounts the app. On a prerendered page (a
/// `.prerendered` copy inside `#app`) the app renders into a hidden layer
/// laid over it and takes its place once it has rendered (`app::take_over`).
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_panic();
    }));
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let html = document.document_element();
    let attr = |name: &str| html.as_ref().and_then(|h| h.get_attribute(name)).unwrap_or_default();
    let search = window.location().search().unwrap_or_default();
    // The reader's moves on the first module (first/), if any, are the
    // whole state; else the address bar's keys come last, so they win.
    let moved = attr("data-moved");
    let asked = if moved.is_empty() { search.trim_start_matches('?') } else { moved.as_str() };
    let props = app::AppProps {
        query: format!("{}&{}", attr("data-view"), asked),
        moved: moved.clone(),
        root: attr("data-root"),
        fallback_lang: window.navigator().language().and_then(|l| Lang::from_tag(&l)).unwrap_or_default(),
    };
    print::listen();
    let Some(app) = document.get_element_by_id("app") else { return };
    let Ok(layer) = document.create_element("div") else { return };
    let prerendered = app.query_selector(".prerendered").ok().flatten().is_some();
    layer.set_class_name(if prerendered { "page live-layer" } else { "page" });
    let _ = app.append_child(&layer);
    yew::Renderer::<app::App>::with_root_and_props(layer, props).render();
}

/// Replaces the dead widget with a clear message, in the page's language.
fn show_panic() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let lang = document.document_element().and_then(|e| e.get_attribute("lang")).and_then(|l| Lang::from_tag(&l)).unwrap_or_default();
    if let Some(el) = document.get_element_by_id("fatal") {
        el.set_text_content(Some(Text::PanicMessage.get(lang)));
        let _ = el.remove_attribute("hidden");
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("aria-hidden", "true");
        let _ = app.set_attribute("inert", "");
    }
}
