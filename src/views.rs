//! The views prerendered at build time and the paths they live at, so a
//! static host serves each as its own file (hosts choose files by path,
//! not by query string):
//!
//! | path | what |
//! |---|---|
//! | `index.html`, `ar/index.html` | the full page at its defaults |
//! | `[ar/]p/<panel>/<scenario>/` | one panel alone (`panel=<panel>`) |
//! | `[ar/]e/<panel>/<scenario>/` | one panel's embed view (`panel=<panel>&embed=1`) |
//!
//! `<scenario>` is `defaults`, a preset id, or a claim's scenario
//! (`presets::CLAIM_ONLY`). Each page carries its view's canonical query
//! (`data-view`) and the way back to the root (`data-root`); a query in the
//! address bar overrides the view's keys. Arabic with Latin digits is not
//! prerendered: it uses the Arabic file with `digits=latn`.

use crate::i18n::Lang;
use crate::panels::Panel;
use crate::presets::{self, Preset};
use crate::scenario::Scenario;
use crate::url_state::{encode_with_view, View};

/// The slug of the default scenario.
pub const DEFAULTS: &str = "defaults";

/// A scenario with a name in paths, and the panel it belongs to (None: the
/// defaults, which every panel has).
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    /// Its path segment.
    pub slug: &'static str,
    /// Its panel (None: every panel).
    pub panel: Option<Panel>,
    /// The scenario.
    pub scenario: Scenario,
}

/// Every named scenario: the defaults, each preset with its panel, and the
/// claims' own scenarios.
pub fn named() -> Vec<Named> {
    let mut out = vec![Named { slug: DEFAULTS, panel: None, scenario: Scenario::default() }];
    for panel in Panel::ALL {
        out.extend(presets::named_for(panel).map(|p: &Preset| Named { slug: p.id, panel: Some(panel), scenario: p.scenario() }));
    }
    out
}

/// One prerendered page.
#[derive(Clone, Debug, PartialEq)]
pub struct Prerendered {
    /// Its directory under `dist/` ("" for the root), ending in `/` unless empty.
    pub dir: String,
    /// The view: panel, embed and language.
    pub view: View,
    /// The scenario it shows.
    pub scenario: Scenario,
    /// The scenario's name in paths ([`DEFAULTS`], a preset's or a claim's id).
    pub slug: &'static str,
}

impl Prerendered {
    /// The view's canonical query (`data-view`): the whole scenario and the
    /// view keys. English views name no language, so a reader's browser
    /// language still chooses (see `www/early.js`).
    pub fn query(&self) -> String {
        encode_with_view(&self.scenario, &self.view)
    }

    /// The relative way from this page back to the root of `dist/`.
    pub fn root(&self) -> String {
        "../".repeat(self.dir.matches('/').count())
    }
}

fn lang_dir(lang: Lang) -> &'static str {
    if lang == Lang::Ar {
        "ar/"
    } else {
        ""
    }
}

/// The directory of a view, relative to the root; None when it is not
/// prerendered (Arabic with Latin digits).
pub fn dir(panel: Option<Panel>, embed: bool, lang: Lang, slug: &str) -> Option<String> {
    if lang == Lang::ArLatn || (panel.is_none() && (embed || slug != DEFAULTS)) {
        return None;
    }
    Some(match panel {
        None => lang_dir(lang).to_string(),
        Some(p) => format!("{}{}/{}/{slug}/", lang_dir(lang), if embed { "e" } else { "p" }, p.key()),
    })
}

/// The prerendered directory showing `scenario` as `panel` (embedded or not)
/// in `lang`, if there is one.
pub fn find(scenario: &Scenario, panel: Option<Panel>, embed: bool, lang: Lang) -> Option<String> {
    let named = named();
    let found = named.iter().find(|n| &n.scenario == scenario && (n.panel.is_none() || n.panel == panel))?;
    dir(panel, embed, lang, found.slug)
}

/// The embed views' content heights, CSS px, at a 390 and a 1280 px wide
/// viewport, as Chromium lays them out (`dir`, tab, height at 390, tab,
/// height at 1280): measured and rewritten by
/// `UPDATE_HEIGHTS=1 node --test tests/e2e/heights.test.mjs`, which
/// otherwise checks them. The build cannot measure layout.
const EMBED_HEIGHTS: &str = include_str!("embed_heights.tsv");

/// The row of [`EMBED_HEIGHTS`] for the embed view at `dir`: its content
/// height at 390 and at 1280 px wide, CSS px.
pub fn embed_height_px(dir: &str) -> Option<(u32, u32)> {
    // Digits read by hand: `str::parse` links more code into the page.
    let number = |field: &str| field.bytes().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')));
    EMBED_HEIGHTS.lines().find_map(|line| {
        let mut fields = line.split('\t');
        if fields.next()? != dir {
            return None;
        }
        Some((number(fields.next()?)?, number(fields.next()?)?))
    })
}

/// What stands for `scenario` shown as `panel` in `lang` where a page
/// cannot show it live (a snippet's fallback, a share card): its
/// prerendered embed view's and page's directories, or, for a state
/// without its own views, the panel's defaults. Arabic with Latin digits
/// uses the Arabic views.
pub fn stand_in(scenario: &Scenario, panel: Panel, lang: Lang) -> (String, String) {
    let lang = if lang == Lang::ArLatn { Lang::Ar } else { lang };
    let dir = |embed| find(scenario, Some(panel), embed, lang).or_else(|| dir(Some(panel), embed, lang, DEFAULTS)).unwrap_or_default();
    (dir(true), dir(false))
}

/// The embed view's height at 1280 px for `embed_dir` (see
/// [`embed_height_px`]); 900 px for a view the table does not list yet
/// (`tests/e2e/heights.test.mjs` fails until it does).
pub fn embed_height_1280_px(embed_dir: &str) -> u32 {
    embed_height_px(embed_dir).map_or(900, |(_, h)| h)
}

/// Every prerendered page.
pub fn all() -> Vec<Prerendered> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Ar] {
        let view_lang = (lang != Lang::En).then_some(lang);
        out.push(Prerendered {
            dir: lang_dir(lang).to_string(),
            view: View { lang: view_lang, ..View::default() },
            scenario: Scenario::default(),
            slug: DEFAULTS,
        });
        for named in named() {
            let panels: Vec<Panel> = named.panel.map_or(Panel::ALL.to_vec(), |p| vec![p]);
            for panel in panels {
                for embed in [false, true] {
                    let Some(dir) = dir(Some(panel), embed, lang, named.slug) else { continue };
                    let view = View { panel: Some(panel), embed, lang: view_lang, ..View::default() };
                    out.push(Prerendered { dir, view, scenario: named.scenario.clone(), slug: named.slug });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_and_claim_has_its_views_and_no_path_is_used_twice() {
        let views = all();
        let mut dirs: Vec<&str> = views.iter().map(|v| v.dir.as_str()).collect();
        dirs.sort_unstable();
        dirs.dedup();
        assert_eq!(dirs.len(), views.len(), "two views share a path");
        for panel in Panel::ALL {
            for preset in panel.spec().presets {
                for lang in [Lang::En, Lang::Ar] {
                    let dir = find(&preset.scenario(), Some(panel), true, lang).expect(preset.id);
                    assert!(views.iter().any(|v| v.dir == dir), "{dir}");
                }
            }
        }
        assert_eq!(find(&Scenario::default(), None, false, Lang::Ar).as_deref(), Some("ar/"));
        assert_eq!(find(&Scenario::default(), Some(Panel::Grid), true, Lang::En).as_deref(), Some("e/grid/defaults/"));
        assert_eq!(find(&presets::HUT8_LEASE.scenario(), Some(Panel::Grid), false, Lang::En), None, "a preset of another panel");
        assert_eq!(find(&Scenario::default(), Some(Panel::Miner), false, Lang::ArLatn), None);
        assert_eq!(views[2].root(), "../../../");
    }

    #[test]
    fn every_embed_view_has_its_heights_and_a_state_without_views_stands_in_with_its_panels_defaults() {
        for view in all().iter().filter(|v| v.view.embed) {
            let (narrow, wide) = embed_height_px(&view.dir).unwrap_or_else(|| panic!("{} has no row in src/embed_heights.tsv", view.dir));
            assert!(narrow >= wide && wide >= 200, "{}: {narrow} at 390 px, {wide} at 1280 px", view.dir);
            assert_eq!(embed_height_1280_px(&view.dir), wide);
        }
        let hut8 = presets::HUT8_LEASE.scenario();
        assert_eq!(stand_in(&hut8, Panel::Pivot, Lang::ArLatn), ("ar/e/pivot/hut8-lease/".into(), "ar/p/pivot/hut8-lease/".into()));
        let mut moved = Scenario::default();
        moved.set(crate::inputs::InputId::DemandGw, 80.0).unwrap();
        assert_eq!(stand_in(&moved, Panel::Grid, Lang::En), ("e/grid/defaults/".into(), "p/grid/defaults/".into()));
        assert_eq!(stand_in(&hut8, Panel::Grid, Lang::En).0, "e/grid/defaults/", "a preset of another panel");
        assert_eq!(embed_height_1280_px("e/grid/not-yet-measured/"), 900);
    }
}
