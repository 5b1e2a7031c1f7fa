//! The Yew interface: one state and reducer (`state`), one file per
//! component, and the only canvas code (`canvas`). Numbers shown come from
//! model `evaluate` calls, never from arithmetic here.

pub mod announcer;
pub mod app;
pub mod browser;
pub mod canvas;
pub mod canvas_backend;
pub mod choice_row;
pub mod claims;
pub mod converter_panel;
pub mod geography_panel;
pub mod grid_panel;
pub mod input_row;
pub mod miner_panel;
pub mod outlook_panel;
pub mod output;
pub mod panel_frame;
pub mod panel_slot;
pub mod panel_tools;
pub mod parts;
pub mod pivot_panel;
pub mod saved_panel;
pub mod state;
pub mod visibility;

use crate::i18n::{Lang, Text};

/// Installs the panic hook and mounts the app on `#app`.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_panic();
    }));
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
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
