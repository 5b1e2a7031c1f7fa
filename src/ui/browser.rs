//! Small helpers at the edge with the browser: downloads, the clipboard and
//! share sheet, today's date. Nothing here computes a result.

use wasm_bindgen::{JsCast, JsValue};

/// Today as `YYYY-MM-DD` (the reader's local date), for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Saves `href` (a data: URL) as `filename` through a temporary link.
pub fn download(filename: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(link) = document.create_element("a") else { return };
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("download", filename);
    if let (Some(body), Ok(link)) = (document.body(), link.dyn_into::<web_sys::HtmlElement>()) {
        let _ = body.append_child(&link);
        link.click();
        link.remove();
    }
}

/// Saves `text` as a CSV file.
pub fn download_csv(filename: &str, text: &str) {
    let encoded = js_sys::encode_uri_component(text);
    download(filename, &format!("data:text/csv;charset=utf-8,{}", String::from(encoded)));
}

/// Calls `navigator.<object>.<method>(arg)` if it exists; true if it did.
fn call_navigator(object: Option<&str>, method: &str, arg: &JsValue) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let mut target: JsValue = window.navigator().into();
    if let Some(name) = object {
        target = js_sys::Reflect::get(&target, &name.into()).unwrap_or(JsValue::UNDEFINED);
    }
    let Ok(function) = js_sys::Reflect::get(&target, &method.into()) else { return false };
    match function.dyn_into::<js_sys::Function>() {
        Ok(f) => f.call1(&target, arg).is_ok(),
        Err(_) => false,
    }
}

/// Offers `url` to the system share sheet where there is one, else copies
/// it to the clipboard. Returns false if neither was available.
pub fn share_or_copy(url: &str, title: &str) -> bool {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let touch = web_sys::window().and_then(|w| w.match_media("(pointer: coarse)").ok().flatten()).is_some_and(|m| m.matches());
    (touch && call_navigator(None, "share", &data)) || copy(url)
}

/// Copies `text` to the clipboard (asynchronously); false if unavailable.
pub fn copy(text: &str) -> bool {
    call_navigator(Some("clipboard"), "writeText", &text.into())
}

/// The absolute address of the site's root (where `index.html` and
/// `embed.js` live), from the page's relative way back to it (`root`, e.g.
/// `../../../`): `https://host/any/path/`, never ending in a file name.
pub fn root_url(root: &str) -> String {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else { return String::new() };
    let url = web_sys::Url::new_with_base(if root.is_empty() { "./" } else { root }, &href);
    url.map(|u| u.href()).unwrap_or_default().split(['?', '#']).next().unwrap_or_default().to_string()
}
