//! Printing. The browser lays a print out as soon as `beforeprint` returns,
//! so what it needs is done then, at once: every chart drawn on its own
//! canvas (`canvas::paint_for_print`; the chart worker draws later, too
//! late for a print) and the page's address, with its state in the query,
//! written into the footer's `[data-print-address]` link. After the print
//! the charts on screen are drawn again at their own size. What prints and
//! how is the stylesheet's `@media print` block.

use super::canvas;

/// Listens for prints, once for the page's life.
pub fn listen() {
    let Some(window) = web_sys::window() else { return };
    for name in ["beforeprint", "afterprint"] {
        gloo_events::EventListener::new(&window, name, on_print).forget();
    }
}

/// Before a print: the charts drawn for it and the address written; after
/// it: the charts on screen drawn again.
fn on_print(event: &web_sys::Event) {
    let before = event.type_() == "beforeprint";
    canvas::paint_for_print(before);
    if before {
        write_address();
    }
}

/// The page's address as it is now, in the footer's link.
fn write_address() {
    let Some(window) = web_sys::window() else { return };
    let (Ok(href), Some(document)) = (window.location().href(), window.document()) else { return };
    if let Ok(Some(link)) = document.query_selector("[data-print-address]") {
        let _ = link.set_attribute("href", &href);
        link.set_text_content(Some(&href));
    }
}
