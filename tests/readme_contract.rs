//! The README's key and output tables are generated from the registries
//! (`hashpivot::inputs`, `hashpivot::outputs`), and its table of the
//! library's series columns from `hashpivot::series`: this test fails when
//! they drift, and rewrites them when run with `UPDATE_README=1`:
//!
//! ```sh
//! UPDATE_README=1 cargo test --test readme_contract
//! ```

use hashpivot::converter;
use hashpivot::i18n::{Lang, Text};
use hashpivot::inputs::INPUTS;
use hashpivot::outputs::{Reason, OUTPUTS};

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

fn en(text: Text) -> &'static str {
    text.get(Lang::En)
}

/// A number as the README writes it: thousands grouped, shortest decimals.
fn grouped(v: f64) -> String {
    let text = format!("{v}");
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}{}", frac.map(|f| format!(".{f}")).unwrap_or_default())
}

fn inputs_table() -> String {
    let mut out = String::from("| key | meaning | unit | domain | default | source / note |\n|---|---|---|---|---|---|\n");
    for s in INPUTS {
        let (unit, domain) = if s.choices.is_empty() {
            let unit = if s.unit.symbol().is_empty() { "—" } else { s.unit.symbol() };
            (unit.to_string(), format!("{} – {}", grouped(s.min), grouped(s.max)))
        } else {
            let choices: Vec<String> = s.choices.iter().enumerate().map(|(i, c)| format!("{i} = {}", en(*c))).collect();
            ("choice".to_string(), choices.join(" / "))
        };
        out += &format!("| `{}` | {} | {unit} | {domain} | {} | {} |\n", s.key, s.label.en, grouped(s.default), s.id.source());
    }
    out
}

fn outputs_table() -> String {
    let mut out = String::from("| panel | key | meaning | unit on screen |\n|---|---|---|---|\n");
    for o in OUTPUTS {
        let unit = if o.unit.symbol().is_empty() { "—" } else { o.unit.symbol() };
        out += &format!("| {} | `{}` | {} | {unit} |\n", o.panel.key(), o.key, o.id.meaning());
    }
    let conv: Vec<String> = converter::fields().map(|f| format!("`{}`", f.key())).collect();
    out += &format!("| converter | {} | every converter field, in its unit | its field's |\n", conv.join(", "));
    out
}

fn reasons_list() -> String {
    Reason::ALL.iter().map(|r| format!("- `{}`: {}\n", r.key(), en(r.text()))).collect()
}

/// Replaces what lies between `<!-- begin NAME -->` and `<!-- end NAME -->`.
fn splice(readme: &str, name: &str, body: &str) -> String {
    let (begin, end) = (format!("<!-- begin {name} -->\n"), format!("<!-- end {name} -->"));
    let a = readme.find(&begin).unwrap_or_else(|| panic!("README lacks {begin}")) + begin.len();
    let b = readme[a..].find(&end).unwrap_or_else(|| panic!("README lacks {end}")) + a;
    format!("{}{body}{}", &readme[..a], &readme[b..])
}

#[test]
fn readme_tables_are_generated_from_the_registries() {
    let readme = std::fs::read_to_string(README).unwrap();
    assert!(readme.starts_with("# hashpivot\n\n```sh\nbash scripts/serve.sh"), "README must start with the two commands");
    let mut generated = splice(&readme, "inputs", &inputs_table());
    generated = splice(&generated, "outputs", &outputs_table());
    generated = splice(&generated, "reasons", &reasons_list());
    generated = splice(&generated, "series", &hashpivot::series::readme_table());
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(README, &generated).unwrap();
    } else {
        assert!(readme == generated, "README tables drifted from the registries: run UPDATE_README=1 cargo test --test readme_contract");
    }
}

/// `www/embed.js` fills a host page's elements only for output keys it
/// knows: its list is the output registry's.
#[test]
fn embed_js_knows_every_output_key() {
    let js = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/embed.js")).unwrap();
    let line = js.lines().find(|l| l.contains("var OUTPUT_KEYS = '")).expect("embed.js lists OUTPUT_KEYS");
    let listed: std::collections::BTreeSet<&str> = line.split('\'').nth(1).unwrap().split_whitespace().collect();
    let registry: std::collections::BTreeSet<&str> = OUTPUTS.iter().map(|o| o.key).collect();
    assert_eq!(listed, registry, "update OUTPUT_KEYS in www/embed.js");
}
