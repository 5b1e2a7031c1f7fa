//! Saved scenarios in this browser's localStorage: name and save the
//! current state, list, load, delete. Corrupt entries are reported and
//! skipped (format in `crate::saved`).

use yew::prelude::*;

use super::PRERENDERING;

use super::browser;
use crate::i18n::{Lang, Text};
use crate::saved::{self, Loaded, Saved};
use crate::scenario::Scenario;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read() -> Option<Loaded> {
    let s = storage()?;
    Some(saved::parse(s.get_item(saved::STORAGE_KEY).ok().flatten().as_deref()))
}

fn write(entries: &[Saved]) -> bool {
    storage().is_some_and(|s| s.set_item(saved::STORAGE_KEY, &saved::serialize(entries)).is_ok())
}

/// Props of [`SavedPanel`].
#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    /// The whole scenario (what Save stores).
    pub scenario: Scenario,
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
    let loaded = use_state(|| if PRERENDERING { Some(Loaded::default()) } else { read() });
    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_save = {
        let (loaded, name, scenario) = (loaded.clone(), name.clone(), props.scenario.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let entry = Saved::new(&name, browser::today(), &scenario, (lang != Lang::default()).then_some(lang));
            if entry.name.is_empty() {
                return;
            }
            let mut entries = read().map(|l| l.entries).unwrap_or_default();
            entries.push(entry);
            if write(&entries) {
                name.set(String::new());
            }
            loaded.set(read());
        })
    };
    let Some(current) = &*loaded else {
        return html! { <section class="panel saved" id="saved"><h2>{ t(Text::SavedTitle) }</h2><p>{ t(Text::SavedUnavailable) }</p></section> };
    };
    html! {
        <section class="panel saved" id="saved" aria-labelledby="h-saved">
            <h2 id="h-saved">{ t(Text::SavedTitle) }</h2>
            if current.skipped > 0 {
                <p class="notice" role="status" data-notice="saved-skipped">{ format!("{} {}", t(Text::SavedSkipped), current.skipped) }</p>
            }
            <form class="saved-form" onsubmit={on_save}>
                <label for="saved-name">{ t(Text::SavedName) }</label>
                <input id="saved-name" type="text" maxlength="80" value={(*name).clone()} oninput={on_name} autocomplete="off" />
                <button type="submit" class="btn">{ t(Text::SavedSave) }</button>
            </form>
            if current.entries.is_empty() {
                <p class="aside">{ t(Text::SavedEmpty) }</p>
            } else {
                <ul class="saved-list">
                    { for current.entries.iter().enumerate().map(|(i, e)| {
                        let load = {
                            let (cb, query) = (props.on_load.clone(), e.query.clone());
                            Callback::from(move |_: MouseEvent| cb.emit(query.clone()))
                        };
                        let delete = {
                            let loaded = loaded.clone();
                            Callback::from(move |_: MouseEvent| {
                                let mut entries = read().map(|l| l.entries).unwrap_or_default();
                                if i < entries.len() {
                                    entries.remove(i);
                                    write(&entries);
                                }
                                loaded.set(read());
                            })
                        };
                        html! {
                            <li data-saved={e.name.clone()}>
                                <span class="saved-name">{ &e.name }</span>{ " " }<span class="aside">{ &e.saved_on }</span>
                                <button type="button" class="btn-small" onclick={load}>{ t(Text::SavedLoad) }</button>
                                <button type="button" class="btn-small" onclick={delete}>{ t(Text::SavedDelete) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
