//! Build-time prerendering (native only, feature `prerender`): every view of
//! [`crate::views::all`] is rendered by the app's own components with Yew's
//! server renderer (charts as SVG from the same `src/chart/` functions) and
//! written into the built `dist/` at its path, inside a copy of Trunk's
//! `index.html`. The page then reads completely before, or without, any
//! script; the app renders into a hidden layer and takes the copy's place
//! (`ui::app::take_over`).

use std::fmt::Write as _;
use std::path::Path;

use crate::i18n::{Lang, Text};
use crate::presets;
use crate::ui::app::{App, AppProps};
use crate::ui::claims;
use crate::ui::panel_tools::attr;
use crate::url_state::Panel;
use crate::views::{self, Prerendered};

/// What a build wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    /// Pages written.
    pub pages: usize,
    /// Their total size, bytes.
    pub bytes: usize,
}

/// The HTML the app renders for `view` (the inside of `#app`), with every
/// control disabled: moving them needs the app (the footer says so).
pub fn render_body(view: &Prerendered) -> String {
    let props = AppProps { query: view.query(), root: view.root(), fallback_lang: Lang::En };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    let html = runtime.block_on(local.run_until(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render()));
    // Done here, not in the components, so the page's wasm carries no code for it.
    ["<input ", "<button ", "<textarea "].iter().fold(html, |html, tag| html.replace(tag, &format!("{tag}disabled ")))
}

/// The whole page for `view`: Trunk's `index.html` (`template`) with the
/// view's language, direction and canonical query on `<html>`, asset URLs
/// made relative to the page's directory, and `body` inside `#app`.
pub fn page(template: &str, view: &Prerendered, body: &str) -> Result<String, String> {
    if template.contains("data-view=") {
        return Err("index.html is prerendered already: run on a fresh trunk build".into());
    }
    let lang = view.view.lang.unwrap_or(Lang::En);
    let html_start = template.find("<html").ok_or("no <html> tag")?;
    let html_end = html_start + template[html_start..].find('>').ok_or("unclosed <html> tag")?;
    let head_end = template.find("</head>").ok_or("no </head>")?;
    let mut open =
        format!("<html lang=\"{}\" dir=\"{}\" data-view=\"{}\" data-root=\"{}\"", lang.tag(), lang.dir(), attr(&view.query()), view.root());
    if view.view.embed {
        open.push_str(" class=\"embed\"");
    }
    open.push('>');
    let root = view.root();
    // Asset URLs are relative (`./x`); from a sub-directory they lead back up.
    let head = template[html_end + 1..head_end].replace("=./", &format!("={}", if root.is_empty() { "./" } else { &root }));
    let title = |head: String| -> Result<String, String> {
        let a = head.find("<title>").ok_or("no <title>")? + "<title>".len();
        let b = head[a..].find("</title>").ok_or("unclosed <title>")? + a;
        Ok(format!("{}{}{}", &head[..a], Text::AppTitle.get(lang), &head[b..]))
    };
    let head = title(head)?;
    let rest = &template[head_end..];
    let app =
        ["<div id=app></div>", "<div id=\"app\"></div>"].iter().find_map(|m| rest.find(m).map(|i| (i, m.len()))).ok_or("no empty #app")?;
    let mut out = String::with_capacity(template.len() + body.len() + 256);
    out.push_str(&template[..html_start]);
    out.push_str(&open);
    out.push_str(&head);
    out.push_str(&rest[..app.0]);
    let _ = write!(out, "<div id=\"app\"><div class=\"page prerendered\">{body}</div></div>");
    out.push_str(&rest[app.0 + app.1..]);
    Ok(out)
}

/// What a reader can reach that must have its page: every preset of every
/// panel (alone and embedded) and every claim link, in both languages.
pub fn missing(dist: &Path) -> Vec<String> {
    let mut wanted = Vec::new();
    for panel in Panel::ALL {
        for preset in presets::for_panel(panel) {
            for embed in [false, true] {
                wanted.push((panel, preset.scenario(), embed, preset.id.to_string()));
            }
        }
    }
    for (panel, scenario) in claims::links() {
        wanted.push((panel, scenario, false, format!("a claim link to {}", panel.key())));
    }
    let mut out = Vec::new();
    for (panel, scenario, embed, what) in wanted {
        for lang in [Lang::En, Lang::Ar] {
            match views::find(&scenario, Some(panel), embed, lang) {
                None => out.push(format!("{what} ({} {}): no prerendered view", panel.key(), lang.tag())),
                Some(dir) if !dist.join(&dir).join("index.html").is_file() => out.push(format!("{what}: {dir}index.html is missing")),
                Some(_) => {}
            }
        }
    }
    out
}

/// Writes every prerendered page into `dist` (which holds Trunk's build),
/// then checks that nothing a reader can reach is missing.
pub fn build(dist: &Path) -> Result<Report, String> {
    let template = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    let mut report = Report { pages: 0, bytes: 0 };
    for view in views::all() {
        let html = page(&template, &view, &render_body(&view))?;
        let dir = dist.join(&view.dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("index.html"), &html).map_err(|e| format!("{}: {e}", dir.display()))?;
        report.pages += 1;
        report.bytes += html.len();
    }
    let missing = missing(dist);
    if missing.is_empty() {
        Ok(report)
    } else {
        Err(format!("pages missing:\n  {}", missing.join("\n  ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html dir=ltr lang=en><head><title>t</title><link href=./style-1.css rel=stylesheet><script src=./early-2.js></script></head><body><div id=app></div></body></html>";

    fn view(dir: &str) -> Prerendered {
        views::all().into_iter().find(|v| v.dir == dir).expect(dir)
    }

    #[test]
    fn a_page_carries_its_view_and_finds_its_assets() {
        let v = view("ar/e/grid/article-grid/");
        let html = page(TEMPLATE, &v, "<main>x</main>").unwrap();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\" data-view=\"v=1&amp;"), "{html}");
        assert!(html.contains("data-root=\"../../../../\" class=\"embed\">"));
        assert!(html.contains("href=../../../../style-1.css") && html.contains("src=../../../../early-2.js"));
        assert!(html.contains("<div id=\"app\"><div class=\"page prerendered\"><main>x</main></div></div>"));
        assert!(page(&html, &v, "").is_err(), "never prerenders a prerendered page");
    }

    #[test]
    fn the_prerendered_body_holds_every_output_and_svg_charts() {
        let body = render_body(&view("e/outlook/article-outlook/"));
        for key in ["required_btc_growth_pct", "issuance_btc_day_2028", "hashprice_usd_ph_day_after_2028"] {
            assert!(body.contains(&format!("data-output=\"{key}\"")), "{key}");
        }
        assert!(body.contains("data-value=\"225\""), "225 BTC a day after 2028");
        assert_eq!(body.matches("<svg class=\"chart-box svg-narrow\"").count(), 3, "three SVG charts, narrow");
        assert_eq!(body.matches("<svg class=\"chart-box svg-wide\"").count(), 3, "three SVG charts, wide");
        assert!(!body.contains("<canvas"));
        assert!(!body.contains("data-ready"), "a prerendered page is never ready");
        assert!(body.contains("disabled"), "controls need JavaScript");
    }

    #[test]
    fn the_build_writes_every_view_and_fails_when_one_is_missing() {
        let dist = std::env::temp_dir().join(format!("hashpivot-prerender-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), TEMPLATE).unwrap();
        let report = build(&dist).unwrap();
        assert_eq!(report.pages, views::all().len());
        assert!(missing(&dist).is_empty());
        std::fs::remove_file(dist.join("ar/p/pivot/hut8-lease/index.html")).unwrap();
        let gone = missing(&dist);
        // The Hut 8 preset and the F11 claim both lead there.
        assert_eq!(gone.len(), 2, "{gone:?}");
        assert!(gone.iter().all(|g| g.contains("hut8-lease")));
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
