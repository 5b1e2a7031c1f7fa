//! The tools under each panel's heading: embed snippet, share link, and
//! the panel's results as CSV.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::panel_frame::title;
use crate::i18n::{Lang, Text};
use crate::scenario::Scenario;
use crate::url_state::{encode_with_view, Panel, View};
use crate::views;

/// Props of [`PanelTools`].
#[derive(Properties, PartialEq)]
pub struct PanelToolsProps {
    /// Which panel.
    pub panel: Panel,
    /// The whole scenario.
    pub scenario: Scenario,
    /// Active language.
    pub lang: Lang,
    /// The relative way from this page to the site's root.
    pub root: String,
}

/// The address of `panel` showing `scenario` in `lang`, embedded or not:
/// its prerendered page when there is one, else the root with the query.
/// `extra` is appended to the query (e.g. `childId=...`).
pub fn panel_url(root_url: &str, panel: Panel, scenario: &Scenario, lang: Lang, embed: bool, extra: &str) -> String {
    match views::find(scenario, Some(panel), embed, lang) {
        Some(dir) if extra.is_empty() => format!("{root_url}{dir}"),
        Some(dir) => format!("{root_url}{dir}?{extra}"),
        None => {
            let view = View { panel: Some(panel), embed, lang: (lang != Lang::default()).then_some(lang), ..View::default() };
            let sep = if extra.is_empty() { "" } else { "&" };
            format!("{root_url}?{}{sep}{extra}", encode_with_view(scenario, &view))
        }
    }
}

/// Escapes text for a double-quoted HTML attribute value (the embed
/// snippet, and the prerendered pages' attributes).
pub fn attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The iframe snippet that embeds `panel` in its current state.
pub fn embed_snippet(base: &str, panel: Panel, scenario: &Scenario, lang: Lang, title: &str, suffix: u32) -> String {
    let id = format!("hashpivot-{}-{suffix}", panel.key());
    let src = panel_url(base, panel, scenario, lang, true, &format!("childId={id}"));
    format!(
        "<iframe id=\"{id}\" data-hashpivot src=\"{}\" title=\"{}\" loading=\"lazy\" scrolling=\"no\" width=\"100%\" frameborder=\"0\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        attr(&src),
        attr(title),
        attr(base)
    )
}

/// Embed, share and export buttons for one panel.
#[component]
pub fn PanelTools(props: &PanelToolsProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let snippet = use_state(|| None::<String>);
    let status = use_state(|| None::<Text>);
    let on_embed = {
        let (snippet, panel, scenario, root) = (snippet.clone(), props.panel, props.scenario.clone(), props.root.clone());
        Callback::from(move |_: MouseEvent| {
            if snippet.is_some() {
                snippet.set(None);
            } else {
                let suffix = (js_sys::Math::random() * 1e6) as u32;
                let title = format!("{}: {}", Text::EmbedTitle.get(lang), title(panel).get(lang));
                snippet.set(Some(embed_snippet(&browser::root_url(&root), panel, &scenario, lang, &title, suffix)));
            }
        })
    };
    let on_copy = {
        let (snippet, status) = (snippet.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = &*snippet {
                if browser::copy(text) {
                    status.set(Some(Text::Copied));
                }
            }
        })
    };
    let on_share = {
        let (status, panel, scenario, root) = (status.clone(), props.panel, props.scenario.clone(), props.root.clone());
        Callback::from(move |_: MouseEvent| {
            let url = panel_url(&browser::root_url(&root), panel, &scenario, lang, false, "");
            if browser::share_or_copy(&url, Text::AppTitle.get(lang)) {
                status.set(Some(Text::ShareDone));
            }
        })
    };
    let on_csv = {
        let panel = props.panel;
        Callback::from(move |_: MouseEvent| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let Ok(nodes) = document.query_selector_all(&format!("#panel-{} [data-output]", panel.key())) else { return };
            let rows = (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok()).map(|el| {
                let label =
                    el.parent_element().and_then(|p| p.query_selector(".result-label").ok().flatten()).and_then(|l| l.text_content());
                vec![
                    el.get_attribute("data-output").unwrap_or_default(),
                    el.get_attribute("data-value").unwrap_or_default(),
                    label.unwrap_or_default(),
                ]
            });
            let text = crate::chart::csv(&["key", "value", "label"], rows);
            browser::download_csv(&format!("hashpivot-{}-results-{}.csv", panel.key(), browser::today()), &text);
        })
    };
    html! {
        <div class="panel-tools">
            <button type="button" class="btn-small" data-tool="embed" aria-expanded={snippet.is_some().to_string()} onclick={on_embed}>{ t(Text::Embed) }</button>
            <button type="button" class="btn-small" data-tool="share" onclick={on_share}>{ t(Text::Share) }</button>
            <button type="button" class="btn-small" data-tool="results-csv" onclick={on_csv}>{ t(Text::ResultsCsv) }</button>
            <span class="tool-status" role="status" data-download-note="">{ status.map(|s| s.get(lang)).unwrap_or("") }</span>
            if let Some(text) = &*snippet {
                <div class="embed-box">
                    <p>{ t(Text::EmbedHelp) }</p>
                    <textarea readonly=true rows="4" aria-label={t(Text::Embed)} data-embed-snippet="" value={text.clone()} />
                    <button type="button" class="btn-small" onclick={on_copy}>{ t(Text::Copy) }</button>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_is_lazy_titled_heightless_and_escaped() {
        let s = embed_snippet("https://host/a/", Panel::Grid, &Scenario::default(), Lang::En, "Calc \"x\" <y>", 7);
        assert!(s.contains("src=\"https://host/a/e/grid/defaults/?childId=hashpivot-grid-7\""), "{s}");
        let mut moved = Scenario::default();
        moved.set(crate::inputs::InputId::DemandGw, 80.0).unwrap();
        let s = embed_snippet("https://host/a/", Panel::Grid, &moved, Lang::En, "Calc \"x\" <y>", 7);
        assert!(s.contains("src=\"https://host/a/?v=1&amp;"), "{s}");
        assert!(s.contains("panel=grid&amp;embed=1&amp;childId=hashpivot-grid-7"));
        assert!(s.contains("loading=\"lazy\"") && s.contains("title=\"Calc &quot;x&quot; &lt;y&gt;\""));
        assert!(!s.contains(" height=") && !s.contains("height:"), "no fixed height");
        assert!(!s.contains("style="), "no inline style: a host's CSP may forbid it (embed.js sets it through CSSOM)");
        assert!(s.contains("<script src=\"https://host/a/embed.js\" async></script>"));
    }
}
