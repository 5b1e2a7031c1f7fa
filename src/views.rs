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
use crate::presets::{self, Preset};
use crate::scenario::Scenario;
use crate::url_state::{encode_with_view, Panel, View};

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

/// Every prerendered page.
pub fn all() -> Vec<Prerendered> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Ar] {
        let view_lang = (lang != Lang::En).then_some(lang);
        out.push(Prerendered {
            dir: lang_dir(lang).to_string(),
            view: View { lang: view_lang, ..View::default() },
            scenario: Scenario::default(),
        });
        for named in named() {
            let panels: Vec<Panel> = named.panel.map_or(Panel::ALL.to_vec(), |p| vec![p]);
            for panel in panels {
                for embed in [false, true] {
                    let Some(dir) = dir(Some(panel), embed, lang, named.slug) else { continue };
                    let view = View { panel: Some(panel), embed, lang: view_lang, ..View::default() };
                    out.push(Prerendered { dir, view, scenario: named.scenario.clone() });
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
            for preset in presets::for_panel(panel) {
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
}
