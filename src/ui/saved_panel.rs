//! Saved scenarios in this browser's localStorage: name and save the
//! current scenario, list, load, delete, export. Nothing is ever lost: lines
//! this version cannot read are kept and written back untouched, a store of
//! a newer version is never rewritten, and Export downloads the stored text
//! as it is (format in `crate::saved`). Across tabs: a new entry is saved
//! under a key of its own, so two tabs never write over each other; a
//! delete removes the entry the reader saw (its key, or in the one-text
//! store of earlier versions its line, by what it holds), never a
//! position; a change made in another tab
//! is listed at once (the `storage` event); when the store cannot be read
//! nothing is written (the typed name stays).

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

/// The one-text store as it is (`Ok(None)`: nothing stored); an error says
/// why it could not be read.
fn raw() -> Result<Option<String>, Text> {
    storage().ok_or(Text::SavedUnavailable)?.get_item(saved::STORAGE_KEY).map_err(|_| Text::SavedReadFailed)
}

/// Everything saved: the one-text store and each entry under its own key.
fn read() -> Result<Loaded, Text> {
    let storage = storage().ok_or(Text::SavedUnavailable)?;
    let failed = |_| Text::SavedReadFailed;
    let mut own = Vec::new();
    for i in 0..storage.length().map_err(failed)? {
        if let Some(key) = storage.key(i).map_err(failed)?.filter(|k| k.starts_with(saved::ENTRY_KEY_PREFIX)) {
            own.push((key.clone(), storage.get_item(&key).map_err(failed)?.unwrap_or_default()));
        }
    }
    Ok(saved::parse(raw()?.as_deref()).with_own(own))
}

/// Writes the one-text store back unless it is read-only; false if it was
/// not written.
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
    let loaded = use_state(|| if super::PRERENDERING { Some(Loaded::default()) } else { read().ok() });
    let shown = use_state(|| PAGE_ENTRIES);
    // What went wrong with the last change (nothing was written then).
    let problem = use_state(|| None::<Text>);
    let name = use_state(String::new);
    // Another tab changed the store: list what it holds now.
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "storage", move |_| {
                    if let Ok(now) = read() {
                        loaded.set(Some(now));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_save = {
        let (loaded, name, scenario, problem) = (loaded.clone(), name.clone(), props.scenario.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let entry = Saved::new(&name, browser::today(), &scenario.0.borrow(), (lang != Lang::default()).then_some(lang));
            if entry.name.is_empty() {
                return;
            }
            if !entry.storable() {
                problem.set(Some(Text::SavedTooLong));
                return;
            }
            // Under a key of its own: nothing else is read or written over.
            // A store that cannot be read is not written to at all.
            let written = match read() {
                Ok(now) if now.read_only => false,
                Ok(_) => {
                    let key = saved::entry_key(js_sys::Date::now(), js_sys::Math::random());
                    storage().is_some_and(|s| s.set_item(&key, &saved::line(&entry)).is_ok())
                }
                Err(why) => return problem.set(Some(why)),
            };
            problem.set((!written).then_some(Text::SavedWriteFailed));
            if written {
                name.set(String::new());
            }
            if let Ok(now) = read() {
                loaded.set(Some(now));
            }
        })
    };
    let on_export = Callback::from(move |_: MouseEvent| {
        let Ok(now) = read() else { return };
        let text = saved::export(raw().ok().flatten().as_deref(), &now);
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
            if let Some(why) = *problem {
                <p class="notice" role="alert" data-notice="saved-failed">{ t(why) }</p>
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
                    { for current.listed().take(*shown).enumerate().map(|(i, (own_key, e))| {
                        let load = {
                            let (cb, query) = (props.on_load.clone(), e.query.clone());
                            Callback::from(move |_: MouseEvent| cb.emit(query.clone()))
                        };
                        let delete = {
                            let (loaded, problem, entry, own_key) = (loaded.clone(), problem.clone(), e.clone(), own_key.map(str::to_string));
                            Callback::from(move |_: MouseEvent| {
                                // Its own key, or its line in the one-text store; gone
                                // already (deleted in another tab): nothing to write.
                                let done = match (&own_key, read()) {
                                    (Some(key), _) => storage().is_some_and(|s| s.remove_item(key).is_ok()),
                                    (None, Ok(mut now)) => !now.remove(&entry) || write(&now),
                                    (None, Err(why)) => return problem.set(Some(why)),
                                };
                                problem.set((!done).then_some(Text::SavedWriteFailed));
                                if let Ok(now) = read() {
                                    loaded.set(Some(now));
                                }
                            })
                        };
                        // Keyed, so an entry's row (and its buttons) stays its own when another
                        // tab's change reorders the list under the pointer.
                        let row = own_key.map_or_else(|| format!("line-{i}"), str::to_string);
                        html! {
                            <li key={row} data-saved={e.name.clone()}>
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
