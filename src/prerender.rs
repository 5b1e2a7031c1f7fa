//! Build-time prerendering (native only, feature `prerender`): every view of
//! [`crate::views::all`] is rendered by the app's own components with Yew's
//! server renderer (charts as SVG from the same `src/chart/` functions) and
//! written into the built `dist/` at its path, inside a copy of Trunk's
//! `index.html`. The page then reads completely before, or without, any
//! script; the app renders into a hidden layer and takes the copy's place
//! (`ui::app::take_over`). Each view also gets its PNG images (its charts
//! and a share card), the tags that describe it and an oEmbed file
//! (`crate::share`); the build fails if a view misses any of them.

use std::fmt::Write as _;
use std::path::Path;

use crate::i18n::Lang;
use crate::panels::Panel;
use crate::share::{self, Raster, CARD_PX, CHART_PX, OEMBED_FILE};
use crate::ui::app::{App, AppProps};
use crate::ui::canvas;
use crate::ui::claims;
use crate::ui::panel_tools::{attr, CARD_FILE};
use crate::views::{self, Prerendered};

/// What a build wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    /// Pages written.
    pub pages: usize,
    /// Their total size, bytes.
    pub bytes: usize,
    /// PNG images written (charts and share cards).
    pub images: usize,
    /// Their total size, bytes.
    pub image_bytes: usize,
}

/// What a page's `<head>` says about its view.
pub struct Head<'a> {
    /// Its `<title>`.
    pub title: &'a str,
    /// Its `description`.
    pub description: &'a str,
    /// More tags for the end of `<head>` (`share::head_tags`).
    pub tags: &'a str,
}

/// The HTML the app renders for `view` (the inside of `#app`), with every
/// control disabled: moving them needs the app (the footer says so).
pub fn render_body(view: &Prerendered) -> String {
    let props = AppProps { query: view.query(), root: view.root(), fallback_lang: Lang::En, moved: String::new() };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    let html = runtime.block_on(local.run_until(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render()));
    // Done here, not in the components, so the page's wasm carries no code for it.
    ["<input ", "<button ", "<textarea "].iter().fold(html, |html, tag| html.replace(tag, &format!("{tag}disabled ")))
}

/// The whole page for `view`: Trunk's `index.html` (`template`) with the
/// view's language, direction and canonical query on `<html>`, asset URLs
/// made relative to the page's directory, its own title, description and
/// tags (`head`), and `body` inside `#app`.
pub fn page(template: &str, view: &Prerendered, body: &str, head: &Head) -> Result<String, String> {
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
    let mut inner = template[html_end + 1..head_end].replace("=./", &format!("={}", if root.is_empty() { "./" } else { &root }));
    let a = inner.find("<title>").ok_or("no <title>")? + "<title>".len();
    let b = inner[a..].find("</title>").ok_or("unclosed <title>")? + a;
    inner.replace_range(a..b, &attr(head.title));
    // The template's description (its attributes quoted or not, as the minifier left them).
    let description = format!("<meta name=\"description\" content=\"{}\">", attr(head.description));
    match ["name=description", "name=\"description\""].iter().find_map(|m| inner.find(m)) {
        Some(at) => {
            let start = inner[..at].rfind("<meta").ok_or("a description outside <meta>")?;
            let end = at + inner[at..].find('>').ok_or("unclosed <meta>")? + 1;
            inner.replace_range(start..end, &description);
        }
        None => inner.push_str(&description),
    }
    inner.push_str(head.tags);
    let rest = &template[head_end..];
    let app =
        ["<div id=app></div>", "<div id=\"app\"></div>"].iter().find_map(|m| rest.find(m).map(|i| (i, m.len()))).ok_or("no empty #app")?;
    let mut out = String::with_capacity(template.len() + body.len() + 256);
    out.push_str(&template[..html_start]);
    out.push_str(&open);
    out.push_str(&inner);
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
        for preset in panel.spec().presets {
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

/// The width and height of a PNG image, if `bytes` is one.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let word = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    (bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.get(12..16) == Some(b"IHDR")).then_some(())?;
    Some((word(16)?, word(20)?))
}

/// A start tag: its name and its attributes (name, value) in order.
pub type Tag = (String, Vec<(String, String)>);

/// The start tags of an HTML fragment, if it is well formed: every
/// attribute value quoted, every element but the void ones closed, in order.
pub fn html_tags(html: &str) -> Result<Vec<Tag>, String> {
    const VOID: [&str; 5] = ["img", "meta", "link", "br", "input"];
    let mut tags = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix('/') {
            let end = after.find('>').ok_or("an unclosed end tag")?;
            let name = &after[..end];
            if open.pop().as_deref() != Some(name) {
                return Err(format!("</{name}> closes nothing open"));
            }
            rest = &after[end + 1..];
            continue;
        }
        let name_end = rest.find(|c: char| !c.is_ascii_alphanumeric()).ok_or("an unclosed tag")?;
        let name = rest[..name_end].to_string();
        if name.is_empty() {
            return Err("a bare <".into());
        }
        rest = &rest[name_end..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let key_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').ok_or("an unclosed tag")?;
            let key = rest[..key_end].to_string();
            if key.is_empty() || key.contains(['"', '\'', '<', '/']) {
                return Err(format!("a bad attribute in <{name}>"));
            }
            rest = &rest[key_end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let end = after.find('"').ok_or("an unclosed attribute value")?;
                value = after[..end].to_string();
                if value.contains('<') {
                    return Err(format!("a raw < in {key}"));
                }
                rest = &after[end + 1..];
            } else if rest.starts_with('=') {
                return Err(format!("an unquoted value of {key}"));
            }
            attrs.push((key, value));
        }
        if !VOID.contains(&name.as_str()) {
            open.push(name.clone());
        }
        tags.push((name, attrs));
    }
    match open.pop() {
        Some(name) => Err(format!("<{name}> is never closed")),
        None => Ok(tags),
    }
}

/// What a built view lacks: its share card (1200 x 630), a PNG image
/// (1200 x 456) of each chart its page shows, or an oEmbed file of type
/// `rich` whose `html` is well formed and whose iframe and `height` are the
/// view's height at 1280 px.
pub fn incomplete(dist: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for view in views::all() {
        let dir = dist.join(&view.dir);
        let Ok(html) = std::fs::read_to_string(dir.join("index.html")) else {
            out.push(format!("{}index.html is missing", view.dir));
            continue;
        };
        let mut images = vec![(CARD_FILE.to_string(), CARD_PX)];
        for chunk in html.split("data-chart=\"").skip(1) {
            let name = share::chart_file(chunk.split('"').next().unwrap_or_default());
            if !images.iter().any(|(n, _)| *n == name) {
                images.push((name, CHART_PX));
            }
        }
        for (name, size) in images {
            match std::fs::read(dir.join(&name)).ok().as_deref().map(png_size) {
                None => out.push(format!("{}{name} is missing", view.dir)),
                Some(got) if got != Some(size) => out.push(format!("{}{name} is {got:?}, not {size:?}", view.dir)),
                Some(_) => {}
            }
        }
        let oembed = std::fs::read_to_string(dir.join(OEMBED_FILE)).map_err(|e| e.to_string());
        if let Err(e) = oembed.and_then(|text| check_oembed(&view, &text)) {
            out.push(format!("{}{OEMBED_FILE}: {e}", view.dir));
        }
    }
    out
}

/// Checks one view's oEmbed file (see [`incomplete`]).
fn check_oembed(view: &Prerendered, text: &str) -> Result<(), String> {
    let json: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let (embed_dir, _) = views::stand_in(&view.scenario, share::panel_of(view), view.view.lang.unwrap_or(Lang::En));
    let height = views::embed_height_1280_px(&embed_dir);
    if json["type"] != "rich" || json["version"] != "1.0" {
        return Err("not a rich oEmbed 1.0".into());
    }
    if json["height"] != height || json["width"] != share::OEMBED_WIDTH_PX {
        return Err(format!("{}x{}, not the view's {}x{height}", json["width"], json["height"], share::OEMBED_WIDTH_PX));
    }
    if !json["thumbnail_url"].as_str().is_some_and(|u| u.ends_with(CARD_FILE)) {
        return Err("no share card as thumbnail".into());
    }
    let tags = html_tags(json["html"].as_str().ok_or("no html")?)?;
    let frame = tags.iter().find(|(name, _)| name == "iframe").ok_or("no iframe")?;
    let attr = |key: &str| frame.1.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    if attr("height") != Some(height.to_string().as_str()) {
        return Err(format!("the iframe's height is {:?}, not {height}", attr("height")));
    }
    if !tags.iter().any(|(name, attrs)| name == "img" && attrs.iter().any(|(k, v)| k == "src" && v.ends_with(CARD_FILE))) {
        return Err("no share card in the html".into());
    }
    Ok(())
}

/// Writes every prerendered page into `dist` (which holds Trunk's build)
/// with its images and oEmbed file, then checks that nothing a reader can
/// reach is missing. `public_url` is the site's public address
/// (`HASHPIVOT_PUBLIC_URL`), for the tags that need absolute URLs.
pub fn build(dist: &Path, public_url: Option<&str>) -> Result<Report, String> {
    let public = public_url.filter(|u| !u.trim().is_empty()).map(share::public_base).transpose()?;
    let template = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    let mut raster = Raster::new()?;
    let mut report = Report { pages: 0, bytes: 0, images: 0, image_bytes: 0 };
    canvas::take_drawn();
    for view in views::all() {
        let body = render_body(&view);
        let charts = canvas::take_drawn();
        let about = share::about(&view);
        let tags = share::head_tags(&view, &about, public.as_deref());
        let html = page(&template, &view, &body, &Head { title: &about.title, description: &about.description, tags: &tags })?;
        let dir = dist.join(&view.dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).map_err(|e| format!("{}{name}: {e}", view.dir));
        write("index.html", html.as_bytes())?;
        report.pages += 1;
        report.bytes += html.len();
        let mut images = Vec::new();
        for (name, spec, lang) in &charts {
            images.push((share::chart_file(name), raster.chart_png(spec, *lang)?));
        }
        let prefix = format!("{}-", share::panel_of(&view).key());
        let main = charts.iter().find(|(name, ..)| name.starts_with(&prefix)).map(|(_, spec, _)| spec);
        let card = share::card_svg(&raster, &about, main);
        images.push((CARD_FILE.to_string(), raster.png(&card, about.lang, 1.0)?));
        for (name, png) in images {
            write(&name, &png)?;
            report.images += 1;
            report.image_bytes += png.len();
        }
        write(OEMBED_FILE, share::oembed(&view, &about, public.as_deref()).as_bytes())?;
    }
    let mut problems = missing(dist);
    problems.extend(incomplete(dist));
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(format!("pages missing or incomplete:\n  {}", problems.join("\n  ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html dir=ltr lang=en><head><title>t</title><meta content=\"A calculator.\" name=description><link href=./style-1.css rel=stylesheet><script src=./early-2.js></script></head><body><div id=app></div></body></html>";

    fn view(dir: &str) -> Prerendered {
        views::all().into_iter().find(|v| v.dir == dir).expect(dir)
    }

    const HEAD: Head = Head { title: "T <1>", description: "D \"2\"", tags: "<meta name=x>" };

    #[test]
    fn a_page_carries_its_view_and_finds_its_assets() {
        let v = view("ar/e/grid/article-grid/");
        let html = page(TEMPLATE, &v, "<main>x</main>", &HEAD).unwrap();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\" data-view=\"v=1&amp;"), "{html}");
        assert!(html.contains("data-root=\"../../../../\" class=\"embed\">"));
        assert!(html.contains("href=../../../../style-1.css") && html.contains("src=../../../../early-2.js"));
        assert!(html.contains("<title>T &lt;1&gt;</title><meta name=\"description\" content=\"D &quot;2&quot;\"><link "), "{html}");
        assert!(html.contains("<meta name=x></head>"));
        assert!(html.contains("<div id=\"app\"><div class=\"page prerendered\"><main>x</main></div></div>"));
        assert!(page(&html, &v, "", &HEAD).is_err(), "never prerenders a prerendered page");
    }

    #[test]
    fn a_page_describes_itself_and_names_absolute_urls_only_with_a_public_address() {
        let v = view("ar/e/pivot/hut8-lease/");
        let about = share::about(&v);
        assert!(about.title.starts_with("الاستمرار في التعدين") && about.title.ends_with(" | hashpivot"), "{}", about.title);
        let (label, value) = about.headline.clone().expect("a headline result");
        assert!(about.description.starts_with(&format!("{label}: {value}. ")), "{}", about.description);
        assert!(value.contains('٣') && value.ends_with("مليون دولار"), "Arabic digits and unit: {value}");
        let relative = share::head_tags(&v, &about, None);
        for tag in ["og:title", "og:description", "twitter:card", "og:locale\" content=\"ar_AR"] {
            assert!(relative.contains(tag), "{tag}");
        }
        for tag in ["og:image", "og:url", "twitter:image", "canonical", "oembed"] {
            assert!(!relative.contains(tag), "{tag} without a public address");
        }
        let base = share::public_base("https://news.example/hashpivot").unwrap();
        let tags = share::head_tags(&v, &about, Some(&base));
        assert!(
            tags.contains("<meta property=\"og:image\" content=\"https://news.example/hashpivot/ar/e/pivot/hut8-lease/card.png\">"),
            "{tags}"
        );
        assert!(
            tags.contains("<link rel=\"canonical\" href=\"https://news.example/hashpivot/ar/p/pivot/hut8-lease/\">"),
            "an embed view's page: {tags}"
        );
        assert!(tags.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/hashpivot/ar/e/pivot/hut8-lease/oembed.json\""));
        assert!(share::public_base("news.example/x").is_err() && share::public_base("https://x/?a=1").is_err());
        let json: serde_json::Value = serde_json::from_str(&share::oembed(&v, &about, Some(&base))).unwrap();
        assert_eq!(json["provider_url"], "https://news.example/hashpivot/");
        let html = json["html"].as_str().unwrap();
        assert!(
            html.contains(
                "src=\"https://news.example/hashpivot/ar/e/pivot/hut8-lease/?theme=auto&amp;childId=hashpivot-pivot-hut8-lease\""
            ),
            "{html}"
        );
        assert_eq!(json["thumbnail_url"], "https://news.example/hashpivot/ar/e/pivot/hut8-lease/card.png");
        // Without a public address the file's URLs are relative to it.
        let json: serde_json::Value = serde_json::from_str(&share::oembed(&v, &about, None)).unwrap();
        assert!(json["html"].as_str().unwrap().contains("src=\"../../../../ar/e/pivot/hut8-lease/?theme=auto&amp;"));
        assert_eq!(json["thumbnail_url"], "card.png");
    }

    #[test]
    fn html_tags_accepts_the_snippet_and_rejects_what_does_not_parse() {
        let tags =
            html_tags("<iframe id=\"a\" data-hashpivot height=\"9\"></iframe>\n<a href=\"x\"><img src=\"c.png\" alt=\"\"></a>").unwrap();
        assert_eq!(tags.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["iframe", "a", "img"]);
        assert_eq!(tags[0].1[1], ("data-hashpivot".into(), String::new()));
        for bad in ["<iframe>", "<a href=x></a>", "<a href=\"x></a>", "</a>", "<a></b>", "< a>"] {
            assert!(html_tags(bad).is_err(), "{bad}");
        }
        assert_eq!(png_size(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x04\xb0\0\0\x02\x76"), Some((1200, 630)));
        assert_eq!(png_size(b"GIF89a"), None);
    }

    #[test]
    fn the_prerendered_body_holds_every_output_and_svg_charts() {
        canvas::take_drawn();
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
        let drawn: Vec<String> = canvas::take_drawn().into_iter().map(|(name, ..)| name).collect();
        assert_eq!(drawn, ["outlook-hashprice", "outlook-margin", "outlook-hashrate"], "the charts the images are drawn from");
    }

    #[test]
    fn the_build_writes_every_view_with_its_images_and_oembed_and_fails_when_one_is_missing() {
        let dist = std::env::temp_dir().join(format!("hashpivot-prerender-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), TEMPLATE).unwrap();
        let report = build(&dist, None).unwrap();
        assert_eq!(report.pages, views::all().len());
        assert!(report.images > 2 * report.pages, "a card and at least one chart for most views: {report:?}");
        assert!(missing(&dist).is_empty() && incomplete(&dist).is_empty());
        for view in views::all() {
            let card = std::fs::read(dist.join(&view.dir).join(CARD_FILE)).unwrap();
            assert_eq!(png_size(&card), Some(CARD_PX), "{}", view.dir);
            let html = std::fs::read_to_string(dist.join(&view.dir).join("index.html")).unwrap();
            assert!(
                !html.contains("og:image") && !html.contains("rel=\"canonical\""),
                "no relative URLs where scrapers want absolute ones"
            );
        }
        assert_eq!(png_size(&std::fs::read(dist.join("p/grid/defaults/chart-grid-waterfall.png")).unwrap()), Some(CHART_PX));
        std::fs::remove_file(dist.join("ar/p/pivot/hut8-lease/index.html")).unwrap();
        let gone = missing(&dist);
        // The Hut 8 preset and the F11 claim both lead there.
        assert_eq!(gone.len(), 2, "{gone:?}");
        assert!(gone.iter().all(|g| g.contains("hut8-lease")));
        std::fs::remove_file(dist.join("e/outlook/defaults/chart-outlook-margin.png")).unwrap();
        std::fs::write(dist.join("ar/p/miner/defaults/card.png"), b"not a png").unwrap();
        let oembed = dist.join("e/grid/defaults/oembed.json");
        let text = std::fs::read_to_string(&oembed).unwrap().replace("height=\\\"", "height=\\\"1");
        std::fs::write(&oembed, text).unwrap();
        let lacking = incomplete(&dist);
        assert!(lacking.iter().any(|l| l == "e/outlook/defaults/chart-outlook-margin.png is missing"), "{lacking:?}");
        assert!(lacking.iter().any(|l| l.starts_with("ar/p/miner/defaults/card.png is None")), "{lacking:?}");
        assert!(lacking.iter().any(|l| l.starts_with("e/grid/defaults/oembed.json: the iframe's height")), "{lacking:?}");
        assert!(lacking.iter().any(|l| l.starts_with("ar/p/pivot/hut8-lease/index.html is missing")));
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
