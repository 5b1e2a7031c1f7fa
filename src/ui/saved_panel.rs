//! Saved scenarios in this browser's localStorage: name and save the
//! current scenario, list, load, delete, export. Nothing is ever lost: lines
//! this version cannot read are kept and written back untouched, a store of
//! a newer version is never rewritten, and Export downloads the stored text
//! as it is (format in `crate::saved`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::i18n::{Lang, Text};
use crate::saved::{self, Loaded, Saved};
use crate::scenario::Scenario;

/// Entries listed at first, and added by each "Show more": a long list
/// stays quick to show.
const PAGE_ENTRIES: usize = 100;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored text as it is (None: nothing stored, or no storage).
fn raw() -> Option<String> {
    storage()?.get_item(saved::STORAGE_KEY).ok().flatten()
}

fn read() -> Option<Loaded> {
    storage()?;
    Some(saved::parse(raw().as_deref()))
}

/// Writes `loaded` back unless it is read-only; false if it was not written.
fn write(loaded: &Loaded) -> bool {
    !loaded.read_only && storage().is_some_and(|s| s.set_item(saved::STORAGE_KEY, &saved::serialize(loaded)).is_ok())
}

/// The page's scenario as it is now, read when Save is pressed: a handle
/// that stays equal across renders, so the section does not re-render on
/// every slider step.
#[derive(Clone, Default)]
pub struct CurrentScenario(pub Rc<RefCell<Scenario>>);

impl PartialEq for CurrentScenario {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`SavedPanel`].
#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    /// The whole scenario (what Save stores).
    pub scenario: CurrentScenario,
    /// Active language.
    pub lang: Lang,
    /// Called with a saved query to load.
    pub on_load: Callback<String>,
}

/// The saved-scenarios section.
#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    // A prerendered page shows the empty list: storage is the reader's.
    let loaded = use_state(|| if super::PRERENDERING { Some(Loaded::default()) } else { read() });
    let shown = use_state(|| PAGE_ENTRIES);
    let failed = use_state(|| false);
    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_save = {
        let (loaded, name, scenario, failed) = (loaded.clone(), name.clone(), props.scenario.clone(), failed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let entry = Saved::new(&name, browser::today(), &scenario.0.borrow(), (lang != Lang::default()).then_some(lang));
            if entry.name.is_empty() {
                return;
            }
            // Read again: another tab may have saved since.
            let Some(mut now) = read() else { return };
            let written = now.push(entry) && write(&now);
            failed.set(!written);
            if written {
                name.set(String::new());
            }
            loaded.set(read());
        })
    };
    let on_export = Callback::from(move |_: MouseEvent| {
        let text = raw().unwrap_or_default();
        let encoded = String::from(js_sys::encode_uri_component(&text));
        browser::download(
            &format!("hashpivot-saved-scenarios-{}.txt", browser::today()),
            &format!("data:text/plain;charset=utf-8,{encoded}"),
        );
    });
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_ENTRIES))
    };
    let Some(current) = &*loaded else {
        return html! { <section class="panel saved" id="saved"><h2>{ t(Text::SavedTitle) }</h2><p>{ t(Text::SavedUnavailable) }</p></section> };
    };
    let count = current.entries().count();
    let kept = current.kept();
    html! {
        <section class="panel saved" id="saved" aria-labelledby="h-saved">
            <h2 id="h-saved">{ t(Text::SavedTitle) }</h2>
            if current.read_only {
                <p class="notice" role="status" data-notice="saved-read-only">{ t(Text::SavedReadOnly) }</p>
            } else if kept > 0 {
                <p class="notice" role="status" data-notice="saved-kept">{ format!("{} {kept}. {}", t(Text::SavedKept), t(Text::SavedExportHint)) }</p>
            }
            if *failed {
                <p class="notice" role="alert" data-notice="saved-failed">{ t(Text::SavedWriteFailed) }</p>
            }
            <form class="saved-form" onsubmit={on_save}>
                <label for="saved-name">{ t(Text::SavedName) }</label>
                <input id="saved-name" type="text" maxlength="80" value={(*name).clone()} oninput={on_name} autocomplete="off" disabled={current.read_only} />
                <button type="submit" class="btn" disabled={current.read_only}>{ t(Text::SavedSave) }</button>
            </form>
            if count == 0 {
                <p class="aside">{ t(Text::SavedEmpty) }</p>
            } else {
                <p class="aside" data-saved-count={count.to_string()}>{ format!("{} {count}", t(Text::SavedCount)) }</p>
                <ul class="saved-list">
                    { for current.entries().take(*shown).enumerate().map(|(i, e)| {
                        let load = {
                            let (cb, query) = (props.on_load.clone(), e.query.clone());
                            Callback::from(move |_: MouseEvent| cb.emit(query.clone()))
                        };
                        let delete = {
                            let (loaded, failed) = (loaded.clone(), failed.clone());
                            Callback::from(move |_: MouseEvent| {
                                let Some(mut now) = read() else { return };
                                failed.set(!(now.remove(i) && write(&now)));
                                loaded.set(read());
                            })
                        };
                        html! {
                            <li data-saved={e.name.clone()}>
                                <span class="saved-name">{ &e.name }</span>{ " " }<span class="aside">{ &e.saved_on }</span>
                                <button type="button" class="btn-small" onclick={load}>{ t(Text::SavedLoad) }</button>
                                <button type="button" class="btn-small" onclick={delete} disabled={current.read_only}>{ t(Text::SavedDelete) }</button>
                            </li>
                        }
                    }) }
                </ul>
                if count > *shown {
                    <button type="button" class="btn-small" data-tool="saved-more" onclick={on_more}>{ format!("{} ({})", t(Text::SavedMore), count - *shown) }</button>
                }
            }
            if count > 0 || kept > 0 || current.read_only {
                <p><button type="button" class="btn-small" data-tool="saved-export" onclick={on_export}>{ t(Text::SavedExport) }</button></p>
            }
        </section>
    }
}
