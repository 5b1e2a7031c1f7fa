//! The models know nothing of the browser, the registry or the interface:
//! no file under `src/model/` names a browser crate, reads the environment,
//! or reaches the input registry, the translations or the UI. `src/lower.rs`
//! is the one bridge from registry values to model scenarios.
//!
//! Only the code before a file's `#[cfg(test)]` module is checked: tests
//! may build their fixtures from the product's defaults through the
//! lowering layer.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 14] = [
    "yew",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "plotters",
    "std::env",
    "Math::random",
    "crate::inputs",
    "crate::i18n",
    "crate::ui",
    "crate::presets",
    "crate::lower",
    "crate::url_state",
];

fn check_dir(dir: &Path, files: &mut u32) {
    for entry in fs::read_dir(dir).expect("src/model exists") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            check_dir(&path, files);
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate().take_while(|(_, l)| !l.trim_start().starts_with("#[cfg(test)]")) {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                assert!(!code.contains(name), "{}:{} uses `{name}`: models must stay pure", path.display(), n + 1);
            }
        }
        *files += 1;
    }
}

#[test]
fn models_import_no_browser_crate_registry_or_ui() {
    let mut files = 0;
    check_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"), &mut files);
    assert!(files >= 7, "only {files} model files found");
}
