//! How a prerendered view travels where no page runs (native only, feature
//! `prerender`): PNG images of its charts and its share card, rasterised by
//! resvg from the SVG the same `src/chart/` functions draw (text shaped
//! with the fonts `scripts/setup.sh` installs, Arabic right to left); the
//! tags the page describes itself with (title, description, Open Graph and
//! Twitter cards, canonical link, oEmbed discovery); and its oEmbed file.
//! Absolute URLs come from the public address (`HASHPIVOT_PUBLIC_URL`);
//! without it the tags that need one are left out.

use std::collections::HashMap;
use std::fmt::Write as _;

use resvg::{tiny_skia, usvg};

use crate::i18n::{Lang, Text};
use crate::outputs;
use crate::panels::Panel;
use crate::presets;
use crate::ui::canvas::{self, ChartSpec};
use crate::ui::panel_tools::{attr, embed_snippet, EmbedTheme, CARD_FILE};
use crate::views::{self, Prerendered};

/// The share card's size, px (what Open Graph and Twitter cards expect).
pub const CARD_PX: (u32, u32) = (1200, 630);
/// A chart image is the page's wide drawing scaled by this.
const CHART_SCALE: f32 = 1.2;
/// A chart image's size, px: the wide drawing (`canvas::SVG_SIZES_PX`) x 1.2.
pub const CHART_PX: (u32, u32) = (1200, 456);
/// The oEmbed file's name, in the view's directory.
pub const OEMBED_FILE: &str = "oembed.json";
/// The width the oEmbed file states, px: the embed views' heights are
/// measured at this width (`views::embed_height_px`).
pub const OEMBED_WIDTH_PX: u32 = 1280;

/// A chart image's file name, in its view's directory.
pub fn chart_file(name: &str) -> String {
    format!("chart-{name}.png")
}

/// The fonts the images are drawn with: Debian's `fonts-dejavu-core`
/// (Latin, digits) and `fonts-noto-ui-core` (Arabic, shaped by resvg).
const FONT_FILES: [&str; 4] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabicUI-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabicUI-Bold.ttf",
];
const LATIN_FAMILY: &str = "DejaVu Sans";
const ARABIC_FAMILY: &str = "Noto Sans Arabic UI";

// The light theme's colours (`www/style.css`).
const INK: &str = "#1c1e24";
const MUTED: &str = "#50545e";
const ACCENT: &str = "#005ab5";
const PAPER: &str = "#ffffff";

/// Turns SVG into PNG, with the fonts loaded once; the same drawing (a
/// panel's chart on its page and its embed view) is rasterised once.
pub struct Raster {
    /// Parsing options for English and for Arabic (`sans-serif` is each
    /// language's font; a character the font lacks falls back to the other).
    options: [usvg::Options<'static>; 2],
    /// PNG bytes by drawing, language and scale.
    done: HashMap<(String, bool, u32), Vec<u8>>,
    /// Text widths measured, by text, size, weight and language.
    widths: std::cell::RefCell<HashMap<(String, u32, bool, bool), f32>>,
}

impl Raster {
    /// Loads the fonts; fails, naming the set-up script, if one is missing.
    pub fn new() -> Result<Raster, String> {
        let mut fonts = usvg::fontdb::Database::new();
        for file in FONT_FILES {
            fonts.load_font_file(file).map_err(|e| format!("font {file}: {e} (run scripts/setup.sh)"))?;
        }
        let options = |family: &str| {
            let mut db = fonts.clone();
            db.set_sans_serif_family(family);
            // A character the font lacks (a `%` in Arabic) is tried in the
            // other fonts, nearest in weight first, so a bold number stays
            // bold (resvg asks again, without this one, if it lacks it too).
            let select_fallback: usvg::FallbackSelectionFn<'static> = Box::new(|_, used, db| {
                let weight = db.face(*used.first()?)?.weight.0;
                let candidates = db.faces().filter(|f| !used.contains(&f.id));
                candidates.min_by_key(|f| f.weight.0.abs_diff(weight)).map(|f| f.id)
            });
            let font_resolver = usvg::FontResolver { select_fallback, ..usvg::FontResolver::default() };
            usvg::Options { font_family: family.to_string(), fontdb: std::sync::Arc::new(db), font_resolver, ..usvg::Options::default() }
        };
        Ok(Raster { options: [options(LATIN_FAMILY), options(ARABIC_FAMILY)], done: HashMap::new(), widths: Default::default() })
    }

    fn options(&self, lang: Lang) -> &usvg::Options<'static> {
        &self.options[usize::from(lang.is_arabic())]
    }

    /// `svg` as PNG, `scale` times its size, on white.
    pub fn png(&mut self, svg: &str, lang: Lang, scale: f32) -> Result<Vec<u8>, String> {
        let key = (svg.to_string(), lang.is_arabic(), scale.to_bits());
        if let Some(png) = self.done.get(&key) {
            return Ok(png.clone());
        }
        let tree = usvg::Tree::from_str(svg, self.options(lang)).map_err(|e| format!("svg: {e}"))?;
        let size = tree.size();
        let (width, height) = ((size.width() * scale).round() as u32, (size.height() * scale).round() as u32);
        let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("an empty image")?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
        let png = pixmap.encode_png().map_err(|e| format!("png: {e}"))?;
        self.done.insert(key, png.clone());
        Ok(png)
    }

    /// A chart's image: the page's wide drawing, [`CHART_PX`].
    pub fn chart_png(&mut self, spec: &ChartSpec, lang: Lang) -> Result<Vec<u8>, String> {
        let (_, size) = canvas::SVG_SIZES_PX[1];
        self.png(&canvas::svg_drawing(spec, lang, size, 1.0), lang, CHART_SCALE)
    }

    /// How wide `text` is drawn at `size_px`, px (its ink), remembered.
    fn width_px(&self, text: &str, size_px: u32, bold: bool, lang: Lang) -> f32 {
        let key = (text.to_string(), size_px, bold, lang.is_arabic());
        if let Some(width) = self.widths.borrow().get(&key) {
            return *width;
        }
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8000\" height=\"400\"><text x=\"10\" y=\"200\" font-family=\"sans-serif\" font-size=\"{size_px}\" font-weight=\"{}\">{}</text></svg>",
            if bold { 700 } else { 400 },
            xml(&isolate(text, lang))
        );
        let width = usvg::Tree::from_str(&svg, self.options(lang)).map_or(0.0, |tree| tree.root().abs_bounding_box().width());
        self.widths.borrow_mut().insert(key, width);
        width
    }

    /// `text` in lines no wider than `width_px`, at most `max_lines` (the
    /// last one shortened with an ellipsis if the text goes on). A line's
    /// width is its words' and a generous space between each.
    fn wrap(&self, text: &str, size_px: u32, bold: bool, lang: Lang, width_px: f32, max_lines: usize) -> Vec<String> {
        let space = 0.34 * size_px as f32;
        let mut lines: Vec<(String, f32)> = Vec::new();
        let mut words = text.split_whitespace();
        while let Some(word) = words.next() {
            let width = self.width_px(word, size_px, bold, lang);
            let full = lines.len() == max_lines;
            match lines.last_mut() {
                Some((line, used)) if *used + space + width <= width_px => {
                    line.push(' ');
                    line.push_str(word);
                    *used += space + width;
                }
                Some((last, _)) if full => {
                    // The rest does not fit: end the last line with an ellipsis.
                    let mut rest: Vec<&str> = last.split(' ').collect();
                    while rest.len() > 1 && self.width_px(&format!("{}…", rest.join(" ")), size_px, bold, lang) > width_px {
                        rest.pop();
                    }
                    *last = format!("{}…", rest.join(" "));
                    let _ = words.by_ref().count();
                }
                _ => lines.push((word.to_string(), width)),
            }
        }
        lines.into_iter().map(|(line, _)| line).collect()
    }
}

/// Escapes text for SVG/XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Arabic text embedded right to left (resvg lays a text out from the left
/// unless told), so its words, numbers and punctuation read in order.
fn isolate(text: &str, lang: Lang) -> String {
    if lang.is_arabic() {
        format!("\u{202B}{text}\u{202C}")
    } else {
        text.to_string()
    }
}

/// The panel a view's card, description and oEmbed are about: its own, or
/// for the full page the halving outlook (the article's story).
pub fn panel_of(view: &Prerendered) -> Panel {
    view.view.panel.unwrap_or(Panel::Outlook)
}

/// The name of the scenario a view shows.
pub fn scenario_label(slug: &str) -> Text {
    presets::ALL.iter().chain(presets::CLAIM_ONLY.iter().map(|(_, p)| p)).find(|p| p.id == slug).map_or(Text::ScenarioDefaults, |p| p.label)
}

/// The panel's first headline result for the view: its label, and its
/// value with its unit as the page shows it. None for a panel without one
/// (the converter).
pub fn headline(panel: Panel, view: &Prerendered, lang: Lang) -> Option<(String, String)> {
    let values = outputs::evaluate(panel, &view.scenario);
    let (id, value) = values.iter().find(|(id, _)| id.spec().big)?;
    let (text, _) = crate::ui::output::shown(*id, value, lang);
    let unit = id.spec().unit.get(lang);
    Some((id.spec().label_for(value).0.get(lang).to_string(), if unit.is_empty() { text } else { format!("{text} {unit}") }))
}

/// What a prerendered view says about itself, in its language.
pub struct About {
    /// `<title>`: the panel and the scenario.
    pub title: String,
    /// The description: the headline result and what the view shows.
    pub description: String,
    /// The share card's heading.
    pub card_title: String,
    /// The card's line above the heading (the site and the scenario).
    pub card_kicker: String,
    /// The headline result: its label and its value with the unit.
    pub headline: Option<(String, String)>,
    /// The card's text where there is no headline result.
    pub lede: String,
    /// The language.
    pub lang: Lang,
}

/// What `view` says about itself.
pub fn about(view: &Prerendered) -> About {
    let lang = view.view.lang.unwrap_or(Lang::En);
    let panel = panel_of(view);
    let headline = headline(panel, view, lang);
    let scenario = scenario_label(view.slug);
    let preset_note = presets::ALL.iter().chain(presets::CLAIM_ONLY.iter().map(|(_, p)| p)).find(|p| p.id == view.slug).map(|p| p.note);
    let lede = match (view.view.panel, preset_note) {
        (None, _) => Text::AppLede,
        (Some(_), Some(note)) if note != scenario => note,
        (Some(p), _) => p.spec().lede,
    }
    .get(lang)
    .to_string();
    let description = match &headline {
        Some((label, value)) => format!("{label}: {value}. {lede}"),
        None => lede.clone(),
    };
    let (title, card_title, card_kicker) = match view.view.panel {
        None => (Text::AppTitle.get(lang).to_string(), panel.spec().title.get(lang).to_string(), "hashpivot".to_string()),
        Some(p) => {
            let name = p.spec().title.get(lang);
            (format!("{name}: {} | hashpivot", scenario.get(lang)), name.to_string(), format!("hashpivot · {}", scenario.get(lang)))
        }
    };
    About { title, description, card_title, card_kicker, headline, lede, lang }
}

/// The share card (1200 x 630) as SVG: the site and scenario, the panel's
/// title, its headline sentence and number, and its main chart drawn by
/// the chart code at the card's size. Arabic is laid from the right.
pub fn card_svg(raster: &Raster, about: &About, chart: Option<&ChartSpec>) -> String {
    const MARGIN: f32 = 56.0;
    let (w, h) = (CARD_PX.0 as f32, CARD_PX.1 as f32);
    let lang = about.lang;
    let rtl = lang.is_arabic();
    let text_width = w - 2.0 * MARGIN;
    let (x, anchor) = if rtl { (w - MARGIN, "end") } else { (MARGIN, "start") };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"><rect width=\"{w}\" height=\"{h}\" fill=\"{PAPER}\"/>"
    );
    // A band of the accent colour on the side the text starts from.
    let _ = write!(svg, "<rect x=\"{}\" y=\"0\" width=\"14\" height=\"{h}\" fill=\"{ACCENT}\"/>", if rtl { w - 14.0 } else { 0.0 });
    // Without a chart the text stands lower, nearer the middle.
    let mut y = if chart.is_some() { 44.0 } else { 150.0 };
    let text = |svg: &mut String, x: f32, y: f32, text: &str, size: u32, bold: bool, fill: &str| {
        let _ = write!(
            svg,
            "<text x=\"{x}\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"{size}\" font-weight=\"{}\" fill=\"{fill}\" text-anchor=\"{anchor}\">{}</text>",
            if bold { 700 } else { 400 },
            xml(&isolate(text, lang))
        );
    };
    let lines = |svg: &mut String, y: &mut f32, content: &str, size: u32, bold: bool, fill: &str, max_lines: usize| {
        for line in raster.wrap(content, size, bold, lang, text_width, max_lines) {
            *y += size as f32 * 1.3;
            text(svg, x, *y, &line, size, bold, fill);
        }
    };
    lines(&mut svg, &mut y, &about.card_kicker, 24, false, MUTED, 1);
    y += 8.0;
    lines(&mut svg, &mut y, &about.card_title, 46, true, INK, 2);
    match &about.headline {
        Some((label, value)) => {
            // The headline as a sentence, then its number.
            y += 6.0;
            lines(&mut svg, &mut y, label, 30, false, INK, 2);
            y += 82.0;
            text(&mut svg, x, y, value, 66, true, ACCENT);
        }
        None => {
            y += 6.0;
            lines(&mut svg, &mut y, &about.lede, 32, false, INK, if chart.is_some() { 2 } else { 6 });
        }
    }
    if chart.is_none() {
        // No chart (the converter): the site's title at the foot.
        text(&mut svg, x, h - 56.0, Text::AppTitle.get(lang), 26, false, MUTED);
    }
    if let Some(spec) = chart {
        let top = (y + 18.0).round();
        let size = (w - 2.0 * MARGIN + 24.0, h - top - 12.0);
        // Drawn at the box's size, its text 1.4 times the page's: a card is
        // mostly seen at half its size.
        let drawing = canvas::svg_drawing(spec, lang, (size.0 as u32, size.1 as u32), 1.4);
        let start = drawing.find("<svg ").unwrap_or(0);
        svg.push_str(&drawing[start..].replacen("<svg ", &format!("<svg x=\"{}\" y=\"{top}\" ", MARGIN - 12.0), 1));
    }
    svg.push_str("</svg>");
    svg
}

/// The public address `HASHPIVOT_PUBLIC_URL` as a base URL (ending in
/// `/`); an error for anything but an absolute http(s) URL without a query.
pub fn public_base(url: &str) -> Result<String, String> {
    let url = url.trim();
    let ok = (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(['?', '#', '"', '<', '>', ' ']);
    if !ok {
        return Err(format!("HASHPIVOT_PUBLIC_URL must be an absolute http(s) address without query or spaces, not {url:?}"));
    }
    Ok(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

/// The directory of the page a view is best read at: the panel's own page
/// for an embed view, else the view itself.
pub fn canonical_dir(view: &Prerendered) -> String {
    match view.view.panel {
        Some(panel) if view.view.embed => views::dir(Some(panel), false, view.view.lang.unwrap_or(Lang::En), view.slug).unwrap_or_default(),
        _ => view.dir.clone(),
    }
}

/// The tags a prerendered page describes itself with, for its `<head>`:
/// Open Graph and Twitter cards with the share card, the canonical link and
/// the oEmbed discovery link. Without a public address (`public`) the tags
/// that need an absolute URL are left out: share scrapers ignore relative
/// ones.
pub fn head_tags(view: &Prerendered, about: &About, public: Option<&str>) -> String {
    let lang = about.lang;
    let (title, description) = (attr(&about.title), attr(&about.description));
    let alt = attr(&match &about.headline {
        Some((label, value)) => format!("{}: {label}: {value}", about.card_title),
        None => about.card_title.clone(),
    });
    let mut out = String::new();
    let locale = if lang.is_arabic() { "ar_AR" } else { "en_US" };
    let _ = write!(
        out,
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"hashpivot\"><meta property=\"og:locale\" content=\"{locale}\"><meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\"><meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:title\" content=\"{title}\"><meta name=\"twitter:description\" content=\"{description}\">"
    );
    if let Some(base) = public {
        let (page, card) = (attr(&format!("{base}{}", canonical_dir(view))), attr(&format!("{base}{}{CARD_FILE}", view.dir)));
        let oembed = attr(&format!("{base}{}{OEMBED_FILE}", view.dir));
        let _ = write!(
            out,
            "<meta property=\"og:url\" content=\"{page}\"><meta property=\"og:image\" content=\"{card}\"><meta property=\"og:image:type\" content=\"image/png\"><meta property=\"og:image:width\" content=\"{}\"><meta property=\"og:image:height\" content=\"{}\"><meta property=\"og:image:alt\" content=\"{alt}\"><meta name=\"twitter:image\" content=\"{card}\"><meta name=\"twitter:image:alt\" content=\"{alt}\"><link rel=\"canonical\" href=\"{page}\"><link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{title}\">",
            CARD_PX.0, CARD_PX.1
        );
    }
    out
}

/// The view's oEmbed file (type `rich`): the Embed button's snippet for
/// the view's panel and scenario as `html` (theme `auto`), its height at
/// [`OEMBED_WIDTH_PX`], and the share card as thumbnail. Without a public
/// address its URLs are relative to the file.
pub fn oembed(view: &Prerendered, about: &About, public: Option<&str>) -> String {
    let lang = view.view.lang.unwrap_or(Lang::En);
    let panel = panel_of(view);
    let base = public.map_or_else(|| view.root(), str::to_string);
    let frame_title = format!("{}: {}", Text::EmbedTitle.get(lang), panel.spec().title.get(lang));
    let id = format!("hashpivot-{}-{}", panel.key(), view.slug);
    let html = embed_snippet(&base, panel, &view.scenario, lang, &frame_title, &id, EmbedTheme::Auto);
    let (embed_dir, _) = views::stand_in(&view.scenario, panel, lang);
    let mut json = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": about.title,
        "provider_name": "hashpivot",
        "html": html,
        "width": OEMBED_WIDTH_PX,
        "height": views::embed_height_1280_px(&embed_dir),
        "thumbnail_url": format!("{}{CARD_FILE}", public.map_or(String::new(), |base| format!("{base}{}", view.dir))),
        "thumbnail_width": CARD_PX.0,
        "thumbnail_height": CARD_PX.1,
    });
    if let Some(base) = public {
        json["provider_url"] = serde_json::Value::from(base);
    }
    json.to_string()
}
