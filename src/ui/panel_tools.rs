//! The tools under each panel's heading: embed snippet, share link, and
//! the panel's results as CSV.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use crate::i18n::{Lang, Text};
use crate::panels::Panel;
use crate::scenario::Scenario;
use crate::url_state::{encode_with_view, View};
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
/// its prerendered page when there is one, else the panel's prerendered
/// defaults asked for the state in the query (the first module shows it
/// before the app arrives), or the root with the query (Arabic with Latin
/// digits has no pages of its own). `extra` is appended to the query
/// (e.g. `childId=...`).
pub fn panel_url(root_url: &str, panel: Panel, scenario: &Scenario, lang: Lang, embed: bool, extra: &str) -> String {
    match views::find(scenario, Some(panel), embed, lang) {
        Some(dir) if extra.is_empty() => format!("{root_url}{dir}"),
        Some(dir) => format!("{root_url}{dir}?{extra}"),
        None => {
            let view = View { panel: Some(panel), embed, lang: (lang != Lang::default()).then_some(lang), ..View::default() };
            let sep = if extra.is_empty() { "" } else { "&" };
            let dir = views::dir(Some(panel), embed, lang, views::DEFAULTS).unwrap_or_default();
            format!("{root_url}{dir}?{}{sep}{extra}", encode_with_view(scenario, &view))
        }
    }
}

/// Escapes text for a double-quoted HTML attribute value (the embed
/// snippet, and the prerendered pages' attributes).
pub fn attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The colours an embedded view is shown in: the snippet's `theme=`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedTheme {
    /// The reader's own setting (`theme=auto`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl EmbedTheme {
    /// Every choice, in the dialog's order.
    pub const ALL: [EmbedTheme; 3] = [EmbedTheme::Auto, EmbedTheme::Light, EmbedTheme::Dark];

    /// Its `theme=` value.
    pub fn key(self) -> &'static str {
        match self {
            EmbedTheme::Auto => "auto",
            EmbedTheme::Light => "light",
            EmbedTheme::Dark => "dark",
        }
    }

    /// Its label in the Embed dialog.
    pub fn label(self) -> Text {
        match self {
            EmbedTheme::Auto => Text::EmbedThemeAuto,
            EmbedTheme::Light => Text::EmbedThemeLight,
            EmbedTheme::Dark => Text::EmbedThemeDark,
        }
    }
}

/// The file name of a prerendered view's share card, in its directory.
pub const CARD_FILE: &str = "card.png";

/// The snippet that embeds `panel` in its current state, under `base` (the
/// site's root URL): the iframe (id `id`), as tall as the view's content at
/// 1280 px wide (`views::embed_height_1280_px`) so a host without scripts
/// shows it whole (it scrolls inside on narrower screens) and a host with
/// them does not jump when `embed.js` fits it; then a link to the view's
/// page with its share card, which is what stays where a host strips
/// iframes and scripts (feed readers, newsletters) and which `embed.js`
/// hides once the frame reports its height; then `embed.js`. A state
/// without its own prerendered view takes its panel's defaults' height and
/// image. No inline style: a host's CSP may forbid it.
pub fn embed_snippet(base: &str, panel: Panel, scenario: &Scenario, lang: Lang, title: &str, id: &str, theme: EmbedTheme) -> String {
    let src = panel_url(base, panel, scenario, lang, true, &format!("theme={}&childId={id}", theme.key()));
    let page = panel_url(base, panel, scenario, lang, false, "");
    let (embed_dir, page_dir) = views::stand_in(scenario, panel, lang);
    let height = views::embed_height_1280_px(&embed_dir);
    let (title, base) = (attr(title), attr(base));
    format!(
        "<iframe id=\"{id}\" data-hashpivot src=\"{}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" frameborder=\"0\"></iframe>\n<a data-hashpivot-fallback=\"{id}\" href=\"{}\"><img src=\"{base}{page_dir}{CARD_FILE}\" alt=\"{title}\" width=\"600\" height=\"315\" loading=\"lazy\"></a>\n<script src=\"{base}embed.js\" async></script>",
        attr(&src),
        attr(&page),
    )
}

/// Embed, share and export buttons for one panel.
#[component]
pub fn PanelTools(props: &PanelToolsProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    // While the dialog is open: the snippet's id suffix and its theme.
    let dialog = use_state(|| None::<(u32, EmbedTheme)>);
    let status = use_state(|| None::<Text>);
    let on_embed = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            dialog.set(if dialog.is_some() { None } else { Some(((js_sys::Math::random() * 1e6) as u32, EmbedTheme::default())) })
        })
    };
    let on_theme = {
        let dialog = dialog.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let theme = EmbedTheme::ALL.into_iter().find(|choice| choice.key() == value).unwrap_or_default();
            dialog.set(dialog.map(|(suffix, _)| (suffix, theme)));
        })
    };
    let snippet = dialog.map(|(suffix, theme)| {
        let title = format!("{}: {}", Text::EmbedTitle.get(lang), props.panel.spec().title.get(lang));
        let id = format!("hashpivot-{}-{suffix}", props.panel.key());
        embed_snippet(&browser::root_url(&props.root), props.panel, &props.scenario, lang, &title, &id, theme)
    });
    let theme = dialog.map(|(_, theme)| theme).unwrap_or_default();
    let on_copy = {
        let (snippet, status) = (snippet.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = &snippet {
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
            <button type="button" class="btn-small" data-tool="embed" aria-expanded={dialog.is_some().to_string()} onclick={on_embed}>{ t(Text::Embed) }</button>
            <button type="button" class="btn-small" data-tool="share" onclick={on_share}>{ t(Text::Share) }</button>
            <button type="button" class="btn-small" data-tool="results-csv" onclick={on_csv}>{ t(Text::ResultsCsv) }</button>
            <span class="tool-status" role="status" data-download-note="">{ status.map(|s| s.get(lang)).unwrap_or("") }</span>
            if let Some(text) = snippet {
                <div class="embed-box">
                    <p>{ t(Text::EmbedHelp) }</p>
                    // One listener for the group: the change bubbles from the radio chosen.
                    <fieldset class="choice-row" onchange={on_theme}>
                        <legend>{ t(Text::EmbedThemeLegend) }</legend>
                        { for EmbedTheme::ALL.into_iter().map(|choice| html! {
                            <label class="choice">
                                <input type="radio" name={format!("embed-theme-{}", props.panel.key())} value={choice.key()} checked={choice == theme} />
                                { t(choice.label()) }
                            </label>
                        }) }
                    </fieldset>
                    <textarea readonly=true rows="5" dir="ltr" aria-label={t(Text::Embed)} data-embed-snippet="" value={text} />
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
    fn snippet_has_the_views_height_a_linked_image_no_inline_style_and_is_escaped() {
        let s = embed_snippet(
            "https://host/a/",
            Panel::Grid,
            &Scenario::default(),
            Lang::En,
            "Calc \"x\" <y>",
            "hashpivot-grid-7",
            EmbedTheme::Auto,
        );
        assert!(s.contains("src=\"https://host/a/e/grid/defaults/?theme=auto&amp;childId=hashpivot-grid-7\""), "{s}");
        let height = views::embed_height_px("e/grid/defaults/").expect("a measured height").1;
        assert!(s.contains(&format!(" height=\"{height}\" ")), "the view's content height at 1280 px: {s}");
        assert!(!s.contains("scrolling="), "the frame scrolls until embed.js sizes it");
        assert!(s.contains("\n<a data-hashpivot-fallback=\"hashpivot-grid-7\" href=\"https://host/a/p/grid/defaults/\"><img src=\"https://host/a/p/grid/defaults/card.png\" alt=\"Calc &quot;x&quot; &lt;y&gt;\" width=\"600\" height=\"315\" loading=\"lazy\"></a>\n"), "{s}");
        assert!(s.contains("loading=\"lazy\"") && s.contains("title=\"Calc &quot;x&quot; &lt;y&gt;\""));
        assert!(!s.contains("style="), "no inline style: a host's CSP may forbid it (embed.js sets it through CSSOM)");
        assert!(s.ends_with("<script src=\"https://host/a/embed.js\" async></script>"));

        // A state without its own views: its panel's default page asked for
        // it in the query, and that page's height and image.
        let mut moved = Scenario::default();
        moved.set(crate::inputs::InputId::DemandGw, 80.0).unwrap();
        let s = embed_snippet("https://host/a/", Panel::Grid, &moved, Lang::Ar, "t", "hashpivot-grid-7", EmbedTheme::Dark);
        assert!(s.contains("src=\"https://host/a/ar/e/grid/defaults/?v=1&amp;"), "{s}");
        assert!(s.contains("panel=grid&amp;embed=1&amp;theme=dark&amp;childId=hashpivot-grid-7\""), "{s}");
        let height = views::embed_height_px("ar/e/grid/defaults/").unwrap().1;
        assert!(
            s.contains(&format!(" height=\"{height}\" ")) && s.contains("<img src=\"https://host/a/ar/p/grid/defaults/card.png\""),
            "{s}"
        );
        assert!(
            s.contains("href=\"https://host/a/ar/p/grid/defaults/?v=1&amp;") && s.contains("&amp;panel=grid\"><img"),
            "the link reproduces the state: {s}"
        );
        let light = embed_snippet("https://host/a/", Panel::Grid, &moved, Lang::Ar, "t", "x", EmbedTheme::Light);
        assert!(light.contains("&amp;theme=light&amp;childId=x\""), "{light}");
    }
}
