//! The models know nothing of the browser: no file under `src/model/`
//! names a browser crate or reads the environment.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 8] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen", "plotters", "std::env", "Math::random"];

fn check_dir(dir: &Path, files: &mut u32) {
    for entry in fs::read_dir(dir).expect("src/model exists") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            check_dir(&path, files);
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                assert!(!code.contains(name), "{}:{} uses `{name}`: models must stay pure", path.display(), n + 1);
            }
        }
        *files += 1;
    }
}

#[test]
fn models_import_no_browser_crate() {
    let mut files = 0;
    check_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"), &mut files);
    assert!(files >= 3, "only {files} model files found");
}
