//! The library's TypeScript declarations (`lib/js/hashpivot.d.ts`, and
//! `lib/js/hashpivot-evaluate.d.ts` without `series`), generated from the
//! registries: each panel's input keys (with label, unit, domain and
//! default), output keys (with meaning and unit; months as `YYYY-MM` or
//! `never`), the reason words and the series' columns
//! (`hashpivot::series`). The test fails when a file drifts, and rewrites
//! them when run with `UPDATE_DTS=1`:
//!
//! ```sh
//! UPDATE_DTS=1 cargo test -p hashpivot-models
//! ```

use super::described;
use hashpivot::converter;
use hashpivot::i18n::{Lang, Unit};
use hashpivot::inputs::INPUTS;
use hashpivot::outputs::{self, Reason, Value};
use hashpivot::panels::Panel;
use hashpivot::scenario::{Scenario, EXTRA_ROWS_MAX, ROW_NAME_MAX_CHARS};
use hashpivot::series::{self, COLUMN_DOCS};
use hashpivot::url_state::ROWS_KEY;

/// The words of a reason the library gives for a bad input, each with what it means.
pub const PROBLEMS: &[(&str, &str)] = &[
    ("unknown_panel", "not one of PANELS"),
    ("no_series", "`series` of a panel not in SERIES_PANELS"),
    ("not_an_object", "the inputs are not a plain object"),
    ("unreadable", "reading the inputs or a key threw"),
    ("unknown_key", "no panel has this key (`suggestion`: the nearest)"),
    ("not_in_panel", "a key of another panel"),
    ("not_a_number", "not a finite number"),
    ("not_a_choice", "not one of a choice's values"),
    ("outside_domain", "outside `min` to `max`"),
    ("bad_rows", "`extra_shares` that are not valid rows"),
    ("same_group", "a second converter field of one group"),
];

/// `"a" | "b"` for `words`.
fn union<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    words.into_iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" | ")
}

/// A number as written in a comment: shortest, as JavaScript writes it
/// (an exponent from 1e21 up).
fn number(v: f64) -> String {
    if v.abs() >= 1e21 {
        format!("{v:e}").replace('e', "e+")
    } else {
        format!("{v}")
    }
}

fn unit(symbol: &str) -> String {
    if symbol.is_empty() {
        String::new()
    } else {
        format!(", {symbol}")
    }
}

/// The name of the interface of the inputs `panel` shows as its own.
fn own_inputs(panel: Panel) -> String {
    capital(&format!("{}Inputs", panel.key()))
}

/// The inputs `panel` shows as its own (those of the registry it owns, the
/// converter's fields, the geography's added rows), as an interface.
fn own_inputs_of(panel: Panel) -> String {
    let mut out = format!(
        "/** The inputs the {} panel owns (the panels that read them take them too). */\nexport interface {} {{\n",
        panel.key(),
        own_inputs(panel)
    );
    let own = described(panel).into_iter().filter(|d| INPUTS.iter().find(|s| s.key == d.key).is_none_or(|s| s.panel == panel));
    for d in own {
        let doc = match INPUTS.iter().find(|s| s.key == d.key) {
            Some(s) if !s.choices.is_empty() => {
                let choices: Vec<String> = s.choices.iter().enumerate().map(|(i, c)| format!("{i} = {}", c.get(Lang::En))).collect();
                format!("{}: {}; default {}.", s.label.en, choices.join(", "), number(d.default))
            }
            Some(s) => format!("{}{}: {} to {}, default {}.", s.label.en, unit(d.unit), number(d.min), number(d.max), number(d.default)),
            None => format!(
                "Converter field, {}: 0 or more (a value that would overflow another field of its group is outside_domain), default {}; one field per group.",
                d.unit,
                number(d.default)
            ),
        };
        out += &format!("  /** {doc} */\n  {}?: number;\n", d.key);
    }
    if panel == Panel::Geography {
        out += &format!("  /** Rows added to the share table after the four fixed ones (up to {EXTRA_ROWS_MAX}). */\n  {ROWS_KEY}?: readonly ExtraShare[];\n");
    }
    out + "}\n"
}

/// The type of `panel`'s inputs: the own inputs of each panel whose inputs
/// it reads, its own, and those it reads besides (as the panel registry
/// says, `Panel::reads`).
fn inputs_type(panel: Panel) -> String {
    let spec = panel.spec();
    let mut parts: Vec<String> = spec.reads_panels.iter().map(|&p| own_inputs(p)).collect();
    if !spec.reads_panels.contains(&panel) {
        parts.push(own_inputs(panel));
    }
    for owner in Panel::ALL {
        let picked: Vec<&str> = spec.reads_also.iter().map(|id| id.spec()).filter(|s| s.panel == owner).map(|s| s.key).collect();
        if !picked.is_empty() {
            parts.push(format!("Pick<{}, {}>", own_inputs(owner), union(picked)));
        }
    }
    parts.join(" & ")
}

/// `panel`'s outputs as the properties of an object type.
fn outputs_of(panel: Panel) -> String {
    let mut out = String::new();
    let mut keys = Vec::new();
    if panel == Panel::Converter {
        for f in converter::fields() {
            out += &format!("    /** {}: {}. */\n    {}: number;\n", f.group().id(), f.symbol(), f.key());
        }
    } else {
        for (id, value) in outputs::evaluate(panel, &Scenario::default()) {
            let spec = id.spec();
            let kind = if matches!(value, Value::Month(_)) { "Month | \"never\"" } else { "number | null" };
            // The value is in the key's unit: USD where the page shows USD millions.
            let symbol = if spec.unit == Unit::UsdM { Unit::Usd.symbol() } else { spec.unit.symbol() };
            out += &format!("    /** {}{}. */\n    {}: {kind};\n", capital(id.meaning()), unit(symbol), spec.key);
            keys.push(spec.key);
        }
    }
    let reasons = keys.iter().map(|k| format!(" {k}?: Reason;")).collect::<String>();
    out += &format!("    /** Why each `null` output is null. */\n    reasons: {{{reasons} }};\n");
    out
}

/// `text` with its first letter in capitals.
fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `panel`'s series row as the properties of an object type.
fn row_of(panel: Panel) -> String {
    let (always, fan) = series::columns(panel).unwrap_or_default();
    let mut out = String::from("    /** The month, `YYYY-MM`. */\n    month: Month;\n");
    for (key, mark) in always.iter().map(|k| (k, "")).chain(fan.iter().map(|k| (k, "?"))) {
        let (_, unit, meaning) = COLUMN_DOCS.iter().find(|c| c.0 == *key).unwrap_or_else(|| panic!("{key} has no words in COLUMN_DOCS"));
        out += &format!("    /** {}, {unit}. */\n    {key}{mark}: number;\n", capital(meaning));
    }
    out
}

/// The panels with a series.
fn series_panels() -> Vec<Panel> {
    Panel::ALL.into_iter().filter(|p| series::columns(*p).is_some()).collect()
}

/// A map type from each of `panels` to `body(panel)`.
fn per_panel(name: &str, doc: &str, panels: &[Panel], body: impl Fn(Panel) -> String) -> String {
    let mut out = format!("/** {doc} */\nexport interface {name} {{\n");
    for &p in panels {
        out += &format!("  {}: {{\n{}  }};\n", p.key(), body(p));
    }
    out + "}\n"
}

/// The declarations of `hashpivot.mjs` (`with_series`) or of
/// `hashpivot-evaluate.mjs` (those of `hashpivot.mjs`'s exports but
/// `series`, and its types, re-exported from it).
pub fn declarations(with_series: bool) -> String {
    let quoted = |panels: &[Panel]| panels.iter().map(|p| format!("\"{}\"", p.key())).collect::<Vec<_>>().join(", ");
    let series = series_panels();
    if !with_series {
        let full = declarations(true);
        let names = |kind: &str| -> Vec<String> {
            full.lines()
                .filter_map(|l| l.strip_prefix(kind))
                .map(|rest| rest.split([' ', '<', '(', ':', ';']).next().unwrap_or_default().to_string())
                .collect()
        };
        let values: Vec<String> =
            [names("export declare const "), names("export declare class "), names("export declare function ")].concat();
        let values: Vec<String> = values.into_iter().filter(|n| n != "series").collect();
        let types = [names("export type "), names("export interface ")].concat();
        return format!(
            "// TypeScript declarations of hashpivot-evaluate.mjs: those of hashpivot.mjs\n\
             // but `series`. Generated by lib/src/dts.rs: do not edit (UPDATE_DTS=1\n\
             // cargo test -p hashpivot-models). Shipped as .d.ts and as .d.mts.\n\n\
             export {{ {} }} from './hashpivot.mjs';\nexport type {{ {} }} from './hashpivot.mjs';\n",
            values.join(", "),
            types.join(", ")
        );
    }
    let module = "hashpivot.mjs";
    let mut out = format!(
        "// TypeScript declarations of {module}, generated from the registries by\n\
         // lib/src/dts.rs: do not edit (UPDATE_DTS=1 cargo test -p hashpivot-models).\n\
         // Shipped as .d.ts and as .d.mts (which TypeScript reads for a .mjs import).\n\n"
    );
    out +=
        &format!("/** The panels, as in the page's `panel=` key. */\nexport declare const PANELS: readonly [{}];\n", quoted(&Panel::ALL));
    out +=
        &format!("/** The panels with a month-by-month series. */\nexport declare const SERIES_PANELS: readonly [{}];\n", quoted(&series));
    out += "/** A panel. */\nexport type Panel = (typeof PANELS)[number];\n";
    out += "/** A panel with a series. */\nexport type SeriesPanel = (typeof SERIES_PANELS)[number];\n";
    out += "/** A month, `YYYY-MM`. */\nexport type Month = `${number}-${number}`;\n";
    out +=
        &format!("/** Why an output is `null`: its word in `reasons`. */\nexport type Reason = {};\n", union(Reason::ALL.map(Reason::key)));
    out += "/** What is wrong with an input: */\nexport type Problem =\n";
    for (word, meaning) in PROBLEMS {
        out += &format!("  /** {meaning} */\n  | \"{word}\"\n");
    }
    out += ";\n";
    out += &format!(
        "/** A row added to the geography panel's share table: a name of 1-{ROW_NAME_MAX_CHARS} characters with a letter or digit, nothing invisible and none of `<>&\"\\;:=%#/?`, and its share, 0-100 %. */\n\
         export interface ExtraShare {{\n  name: string;\n  share_pct: number;\n}}\n"
    );
    for panel in Panel::ALL {
        out += &own_inputs_of(panel);
    }
    out += "/** Each panel's inputs: every key optional (its default otherwise). */\nexport interface Inputs {\n";
    for panel in Panel::ALL {
        out += &format!("  {}: {};\n", panel.key(), inputs_type(panel));
    }
    out += "}\n";
    out += &per_panel("Outputs", "Each panel's outputs, as `evaluate` gives them.", &Panel::ALL, outputs_of);
    out += &per_panel("SeriesRow", "One month of each series, as `series` gives it.", &series, row_of);
    out += "/** An input of the registry, as `inputs` describes it. */\n\
            export interface InputSpec<P extends Panel = Panel> {\n  key: keyof Inputs[P] & string;\n  unit: string;\n  min: number;\n  max: number;\n  \
            /** The slider's step (0: a converter field). */\n  step: number;\n  default: number;\n  source: string;\n  \
            /** For a choice, how many values it has (0 = a number). */\n  choices: number;\n}\n";
    out +=
        "/** A named scenario of a panel. */\nexport interface Preset<P extends Panel = Panel> {\n  id: string;\n  values: Inputs[P];\n}\n";
    out += "/** One problem with the inputs given. */\n\
            export interface InputProblem {\n  key: string;\n  reason: Problem;\n  min?: number;\n  max?: number;\n  suggestion?: string;\n}\n";
    out += "/** Bad input: `errors` lists every problem, in the order given; the message names each key. */\n\
            export declare class HashpivotInputError extends Error {\n  name: \"HashpivotInputError\";\n  errors: InputProblem[];\n  \
            constructor(message: string, errors: InputProblem[]);\n}\n";
    out += "/** Every output of `panel` for `inputs` over the defaults; throws a HashpivotInputError for bad input. */\n\
            export declare function evaluate<P extends Panel>(panel: P, inputs?: Inputs[P] | null): Outputs[P];\n";
    out += "/** The month-by-month series of `panel` for `inputs`, taken and checked as `evaluate` takes them. */\n\
            export declare function series<P extends SeriesPanel>(panel: P, inputs?: Inputs[P] | null): SeriesRow[P][];\n";
    out += "/** The registry of the inputs `panel` depends on (the converter's fields after them). */\n\
            export declare function inputs<P extends Panel>(panel: P): InputSpec<P>[];\n";
    out += "/** The presets of `panel`. */\nexport declare function presets<P extends Panel>(panel: P): Preset<P>[];\n";
    out
}

/// The keys the declarations give `panel`'s inputs: each own-inputs
/// interface's, as `inputs_type` composes them.
fn declared_keys(panel: Panel) -> Vec<String> {
    let interface = |name: &str| -> Vec<String> {
        let body = own_inputs_of(Panel::ALL.into_iter().find(|p| own_inputs(*p) == name).unwrap());
        body.lines().filter_map(|l| l.trim().split_once("?:")).map(|(k, _)| k.to_string()).collect()
    };
    let mut keys = Vec::new();
    for part in inputs_type(panel).split(" & ") {
        match part.strip_prefix("Pick<").and_then(|p| p.strip_suffix('>')).and_then(|p| p.split_once(", ")) {
            Some((name, picked)) => keys.extend(interface(name).into_iter().filter(|k| picked.contains(&format!("\"{k}\"")))),
            None => keys.extend(interface(part)),
        }
    }
    keys.sort();
    keys
}

#[test]
fn each_panels_declared_inputs_are_the_keys_it_takes() {
    for panel in Panel::ALL {
        let mut takes: Vec<String> = described(panel).into_iter().map(|d| d.key.to_string()).collect();
        if panel == Panel::Geography {
            takes.push(ROWS_KEY.to_string());
        }
        takes.sort();
        assert_eq!(declared_keys(panel), takes, "{panel:?}");
    }
}

#[test]
fn declarations_are_generated_from_the_registries() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let files = [
        (format!("{root}/lib/js/hashpivot.d.ts"), declarations(true)),
        (format!("{root}/lib/js/hashpivot-evaluate.d.ts"), declarations(false)),
    ];
    let update = std::env::var_os("UPDATE_DTS").is_some();
    for (path, generated) in files {
        if update {
            std::fs::write(&path, &generated).unwrap();
        } else {
            let now = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(now == generated, "{path} drifted from the registries: run UPDATE_DTS=1 cargo test -p hashpivot-models");
        }
    }
}
