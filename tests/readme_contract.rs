//! The README documents every URL key of the input registry: the keys are a
//! public contract, so a new input without its row fails here.

use hashpivot::inputs::INPUTS;

#[test]
fn readme_lists_every_url_key() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.starts_with("# hashpivot\n\n```sh\nbash scripts/serve.sh"), "README must start with the two commands");
    for spec in INPUTS {
        assert!(readme.contains(&format!("| `{}` |", spec.key)), "README lacks the URL key `{}`", spec.key);
    }
}
