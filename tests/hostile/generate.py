#!/usr/bin/env python3
"""Writes tests/hostile/urls.tsv, the hostile-URL corpus read by
tests/hostile_urls.rs (and sampled into tests/e2e/hostile_sample.txt).

    python3 tests/hostile/generate.py           # rewrite both files
    python3 tests/hostile/generate.py --check   # fail if either is stale

Deterministic: a fixed seed, no clock, no environment. The inputs (keys,
domains, defaults) are read from the README's generated key table, which
`tests/readme_contract.rs` keeps equal to the registry: the corpus is
written from the documented contract, not from the decoder's code.

Each line is `<query>` TAB `<expected rejected keys, comma-separated>`.
The expected keys follow the README's rules, as this script understands
them (the oracle is the `ok` flag of each atom below, written by hand from
the rules, never computed by running the decoder):

* a value that does not parse, is not finite or lies outside its domain is
  reported and the default used; unknown keys are ignored;
* a key given twice takes its last value: a valid last value means no
  report for that key, an invalid one means the key is reported (once);
* order: first the scenario keys that `decode` reports (inputs,
  `extra_shares`, `v`), then the view keys that `decode_view` reports
  (`panel`, `embed`, `childId`, `lang`, `digits`, `theme`); within each
  group by the position of the key's last occurrence in the URL. This is
  the order of the page's notice (`ui::state::AppState::from_query`).

A case the decoder gets wrong (found by running the test, then checked by
hand against the rules) is kept and written as `#bug <query> TAB <keys>`,
after a `# bug: <why>` comment line; the test skips those lines. The known
bugs are recognised by rule here (`Atom.bug`, `view_repeat_bug`) so a
regenerated corpus marks them the same way.
"""

import math
import random
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "hostile" / "urls.tsv"
SAMPLE = ROOT / "tests" / "e2e" / "hostile_sample.txt"
SEED = 20260203
HUGE = 10_000

VIEW_KEYS = ("panel", "embed", "childId", "lang", "digits", "theme")

BUG_SEPARATORS = (
    "parse_number drops spaces, `_` and `٬` anywhere, so `1 2 3` reads as 123; "
    "its doc (and the rejection of `1,2,3`) says separators come in groups of three"
)
BUG_FRACTION_COMMA = (
    "parse_number checks the groups of three only before the decimal point and then drops "
    "every comma, so `1.2,3` reads as 1.23 (and `0.0,5` as 0.05)"
)
BUG_ROW_NAME = (
    "valid_row_name counts any character from U+00C0 up that is not in its invisible list "
    "as a letter: names that are only a dash, U+FFFD, or invisible characters missing from "
    "the list (U+2800 braille blank, U+180B, U+E0100 variation selectors) are accepted"
)
BUG_VIEW_REPEAT = (
    "decode_view does not take the last value of a repeated view key: every invalid "
    "occurrence is reported (even when a later value is valid, and once per occurrence), "
    "an invalid last value keeps an earlier valid one instead of the default, and "
    "digits=arab after digits=latn keeps Latin digits"
)


# ----------------------------------------------------------------------------
# The contract: the README's key table.


class Spec:
    def __init__(self, key, lo, hi, default, choices):
        self.key, self.lo, self.hi, self.default, self.choices = key, lo, hi, default, choices

    def ok(self, value):
        """Whether a number is accepted: finite, in the domain, integral for a choice."""
        if value is None:
            return False
        if self.choices and value != value.to_integral_value():
            return False
        return self.lo <= value <= self.hi


def read_inputs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- begin inputs -->")[1].split("<!-- end inputs -->")[0]
    specs = []
    for line in table.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        key, unit, domain, default = cells[0].strip("`"), cells[2], cells[3], cells[4]
        num = lambda s: Decimal(s.replace(",", ""))
        if unit == "choice":
            n = len(domain.split(" / "))
            specs.append(Spec(key, Decimal(0), Decimal(n - 1), num(default), n))
        else:
            lo, hi = domain.split(" – ")
            specs.append(Spec(key, num(lo), num(hi), num(default), 0))
    assert len(specs) >= 40, "README key table not found"
    return specs


# ----------------------------------------------------------------------------
# Text helpers.

UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def enc(text, safe=""):
    """Percent-encodes UTF-8 bytes except unreserved ASCII and `safe`."""
    out = []
    for ch in text:
        if ch in UNRESERVED or ch in safe:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def double_enc(text):
    """Every character percent-encoded twice: `6` -> `%2536`."""
    return "".join(f"%25{b:02X}" for b in text.encode("utf-8"))


def plain(d):
    """A Decimal or float as plain decimal text, no exponent, no trailing `.0`."""
    if isinstance(d, float):
        d = Decimal(repr(d))
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def digits_of(text, zero):
    """Latin digits to another script's (`zero` is its 0); `.` to `٫`."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else ("\u066b" if c == "." else c) for c in text)


def arabic(text):
    return digits_of(text, "\u0660")


def persian(text):
    return digits_of(text, "\u06f0")


def maybe_raw(rng, text):
    """Non-ASCII text either percent-encoded (what a browser sends) or raw;
    always encoded if it holds a control, format (bidi, zero-width) or
    space character, so the file shows no invisible text."""
    visible = all(unicodedata.category(c)[0] not in "CZ" for c in text)
    return text if visible and rng.random() < 0.3 else enc(text)


# ----------------------------------------------------------------------------
# Atoms: one `key=value` segment and whether the rules accept it.


class Atom:
    def __init__(self, key, raw, ok, kind, bug=None, segment=None):
        self.key = key  # decoded key the decoder sees (None: ignored key)
        self.raw = raw  # the value as written in the URL
        self.ok = ok  # accepted per the README's rules
        self.kind = kind  # a short label, for variety and the sample
        self.bug = bug  # a known decoder bug shows when this is a key's last value
        self.segment = segment if segment is not None else f"{enc(key, safe='') if key else ''}={raw}"


def number_atoms(spec, rng):
    """Every hostile and edge value of one numeric or choice input."""
    a = []
    add = lambda raw, ok, kind, bug=None: a.append(Atom(spec.key, raw, ok, kind, bug))
    lo, hi, dflt = spec.lo, spec.hi, spec.default
    # Exactly at the edges, the default, and written the ways people write numbers.
    add(enc(plain(lo)), True, "min")
    add(enc(plain(hi)), True, "max")
    add(enc(plain(dflt)), True, "default")
    add(maybe_raw(rng, arabic(plain(dflt))), True, "arabic")
    add(maybe_raw(rng, persian(plain(dflt))), True, "persian")
    add("%20" + enc(plain(dflt)) + "%20", True, "padded")
    add("%2B" + enc(plain(dflt)), True, "plus-sign")
    add(enc(format(dflt.normalize(), "e")), True, "exponent")
    if "." not in plain(dflt):
        add(enc(plain(dflt)) + ".", True, "trailing-point")
    if dflt >= 1000 and dflt == dflt.to_integral_value():
        grouped = f"{int(dflt):,}"
        add(enc(grouped, safe=",") if rng.random() < 0.5 else enc(grouped), True, "grouped")
        add(maybe_raw(rng, arabic(grouped.replace(",", "\u066c"))), True, "arabic-grouped")
        add(grouped.replace(",", "+"), True, "plus-as-space-grouped")
        add(enc(grouped.replace(",", "\u00a0")), True, "nbsp-grouped")
    if "." in plain(dflt) and len(plain(dflt).split(".")[1]) != 3:
        add(enc(plain(dflt).replace(".", ",")), True, "comma-decimal")
    if spec.choices:
        for c in range(spec.choices):
            add(str(c), True, "choice")
        add(f"{spec.choices - 1}.0", True, "choice-point-zero")
    else:
        add(enc(plain((lo + hi) / 2)), True, "mid")
    add("-0", spec.ok(Decimal(0)), "minus-zero")
    add("1e-999", spec.ok(Decimal(0)), "underflow")
    if lo < 0:
        v = plain(max(lo, Decimal(-10)))
        add(maybe_raw(rng, "\u2212" + v.lstrip("-")), True, "unicode-minus")
        add(maybe_raw(rng, "-" + arabic(v.lstrip("-"))), True, "arabic-negative")

    # Not numbers, not finite, not decimal.
    for raw, kind in [
        ("NaN", "nan"), ("nan", "nan"), ("inf", "inf"), ("-inf", "-inf"), ("Infinity", "inf"),
        ("-Infinity", "-inf"), ("1e999", "overflow"), ("-1e999", "overflow"), ("", "empty"),
        ("%20%20", "whitespace"), ("+", "plus-as-space"), ("%09", "tab"), ("--1", "double-minus"),
        ("1e", "bare-exponent"), ("1e%2B", "bare-exponent"), ("0x10", "hex"), ("1,2,3", "commas"),
        ("1%2C2%2C3", "commas"), ("1.2.3", "dots"), ("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "script"),
        ("<script>", "script-raw"), ("%00", "nul"), (enc(plain(dflt)) + "%00", "nul-suffix"),
        ("%zz", "bad-escape"), ("%", "bad-escape"), (enc(plain(dflt)) + "%", "bad-escape"),
        ("%2", "bad-escape"), (double_enc(plain(dflt)), "double-encoded"),
        ("%25" + enc(plain(dflt)), "double-encoded"), ("%FF%FE", "bad-utf8"), ("\u066b", "arabic-point-only"),
        ("%E2%88%92", "minus-only"), ("12abc", "trailing-junk"), ("1%2F2", "fraction"),
    ]:
        add(raw, False, kind)
    # Outside the domain: the nearest doubles, a decimal step, far away; in
    # Latin, Arabic-Indic and Persian digits.
    below = math.nextafter(float(lo), -math.inf)
    above = math.nextafter(float(hi), math.inf)
    add(enc(plain(below)), False, "below-min-ulp")
    add(enc(plain(above)), False, "above-max-ulp")
    add(enc(plain(lo - Decimal("0.001"))), False, "below-min")
    add(enc(plain(hi + Decimal("0.001"))), False, "above-max")
    add(enc(plain(hi * 10 + 1)), False, "far-above")
    add(maybe_raw(rng, arabic(plain(hi + 1))), False, "arabic-above")
    add(maybe_raw(rng, persian(plain(lo - 1))), False, "persian-below")
    add(maybe_raw(rng, arabic(plain(lo - 1))), False, "arabic-below")
    if spec.choices:
        add("0.5", False, "choice-half")
        add("2", spec.ok(Decimal(2)), "choice-two")
        add("-1", False, "choice-minus-one")
        add(str(spec.choices), False, "choice-past-last")
        add("1e-9", False, "choice-tiny")
    # 10,000 characters (one kind per key, at random): not a number, a
    # number too large, or the default behind leading zeros (accepted).
    kind = rng.randrange(5)
    if kind == 4:
        add("0" * (HUGE - len(plain(dflt))) + plain(dflt), True, "huge-leading-zeros")
    elif kind == 0:
        add("9" * HUGE, False, "huge-digits")
    elif kind == 1:
        add("a" * HUGE, False, "huge-letters")
    elif kind == 2:
        add("1" + "0" * (HUGE - 1), False, "huge-power-of-ten")
    else:
        add(("%3C" * (HUGE // 3)) + "x", False, "huge-escapes")
    # Separators out of their groups of three (see BUG_SEPARATORS): 123
    # where 123 is in the domain, otherwise rejected for the range anyway.
    in_domain_123 = spec.ok(Decimal(123))
    add("1+2+3", False, "spaces-misgrouped", BUG_SEPARATORS if in_domain_123 else None)
    add(maybe_raw(rng, "1\u066c2\u066c3"), False, "arabic-separator-misgrouped", BUG_SEPARATORS if in_domain_123 else None)
    add("1_2_3", False, "underscores-misgrouped", BUG_SEPARATORS if in_domain_123 else None)
    # A comma after the decimal point (see BUG_FRACTION_COMMA): 1.23 where
    # that is in the domain.
    add("1.2,3", False, "comma-in-fraction", BUG_FRACTION_COMMA if spec.ok(Decimal("1.23")) else None)
    return a


def rows_atoms(rng):
    key = "extra_shares"
    a = []

    def add(value, ok, kind, bug=None, raw=None):
        a.append(Atom(key, raw if raw is not None else maybe_raw(rng, value) if not value.isascii() else enc(value, safe=":;',()"), ok, kind, bug))

    twelve = ";".join(f"Row {i}:{i}" for i in range(1, 13))
    thirteen = twelve + ";Row 13:1"
    for value, ok, kind in [
        ("Paraguay:3.87", True, "row"),
        ("Paraguay:3.87;Kazakhstan:13.2", True, "rows"),
        ("Ελλάδα:2", True, "row-greek"),
        ("عُمان:1.5", True, "row-arabic"),
        ("الإمارات:٣٫٥٤", True, "row-arabic-digits"),
        ("Côte d'Ivoire:0.5", True, "row-accented"),
        ("Türkiye:1;Česko:2;Ísland:0.3", True, "rows-accented"),
        ("中国:0", True, "row-cjk"),
        ("Kazakhstan (north):100", True, "row-max-share"),
        ("A:0", True, "row-min-share"),
        ("A:-0", True, "row-minus-zero-share"),
        ("A:1,5", True, "row-comma-decimal"),
        ("A:1;A:2", True, "rows-same-name"),
        ("A:60;B:60", True, "rows-over-100"),
        (" Chad :1", True, "row-padded-name"),
        ("x" * 40 + ":1", True, "row-name-40"),
        ("ع" * 40 + ":1", True, "row-name-40-arabic"),
        (twelve, True, "rows-12"),
        (";".join(f"R{i}:100" for i in range(12)), True, "rows-12-full"),
        ("", True, "rows-empty"),
        (thirteen, False, "rows-13"),
        ("<b>:1", False, "row-markup"),
        ("<script>alert(1)</script>:1", False, "row-script"),
        ("a;b:3", False, "row-semicolon"),
        ("a:b:3", False, "row-colon"),
        ("\u200b:1", False, "row-zwsp"),
        ("a\u200bb:1", False, "row-zwsp-inside"),
        ("\u061c:1", False, "row-alm"),
        ("\ufeffx:1", False, "row-bom"),
        ("x\u202e:1", False, "row-rlo"),
        ("\u00a0:1", False, "row-nbsp"),
        ("   :1", False, "row-spaces"),
        ("a\tb:1", False, "row-tab"),
        ("a\u0085b:1", False, "row-c1-control"),
        ("a\nb:1", False, "row-newline"),
        ("x" * 41 + ":1", False, "row-name-41"),
        ("A:101", False, "row-share-101"),
        ("A:-1", False, "row-share-negative"),
        ("A:NaN", False, "row-share-nan"),
        ("A:inf", False, "row-share-inf"),
        ("A:1e999", False, "row-share-overflow"),
        ("A:", False, "row-share-empty"),
        (":3", False, "row-name-empty"),
        ("A", False, "row-no-share"),
        ("A:1;", False, "row-trailing-separator"),
        (";A:1", False, "row-leading-separator"),
        ("A=B:1", False, "row-equals"),
        ("a/b:1", False, "row-slash"),
        ("50%:1", False, "row-percent"),
        ('"q":1', False, "row-quote"),
        ("a&b:1", False, "row-ampersand"),
    ]:
        add(value, ok, kind)
    # Written raw in the URL: `+` is a space, `;` and `:` are syntax.
    a.append(Atom(key, "Costa+Rica:1.2", True, "row-plus-space"))
    a.append(Atom(key, "%3Cb%3E:2", False, "row-markup-encoded"))
    a.append(Atom(key, "A%3B:1", False, "row-encoded-semicolon"))
    a.append(Atom(key, "%253Cb%253E:2", False, "row-double-encoded"))
    a.append(Atom(key, "A:%zz", False, "row-share-bad-escape"))
    a.append(Atom(key, "%00:1", False, "row-nul"))
    # 10,000 characters.
    a.append(Atom(key, "A:" + "1" * HUGE, False, "row-share-huge"))
    a.append(Atom(key, "x" * HUGE + ":1", False, "row-name-huge"))
    # Names that are not letters or are invisible, yet accepted (BUG_ROW_NAME).
    for value, kind in [("\u2014:1", "row-dash-only"), ("\u2800:1", "row-braille-blank"),
                        ("x\U000e0100:1", "row-variation-selector"), ("\u180b:1", "row-mongolian-fvs"),
                        ("\ufffd:1", "row-replacement-char")]:
        a.append(Atom(key, enc(value, safe=":"), False, kind, BUG_ROW_NAME))
    a.append(Atom(key, "%FF:1", False, "row-bad-utf8", BUG_ROW_NAME))
    return a


def view_atoms():
    a = []
    add = lambda key, raw, ok, kind: a.append(Atom(key, raw, ok, kind))
    for p in ("miner", "outlook", "pivot", "grid", "geography", "converter"):
        add("panel", p, True, "panel")
    for raw in ("x", "", "Miner", "miner%00", "%3Cscript%3E", "miner+", "all", "grid%2C+miner"):
        add("panel", raw, False, "panel-bad")
    for raw in ("1", "0", "true", "false"):
        add("embed", raw, True, "embed")
    for raw in ("yes", "", "2", "TRUE", "1.0", "%201"):
        add("embed", raw, False, "embed-bad")
    for raw in ("hp-grid_1", "hashpivot-grid-1", "x", "A" * 64):
        add("childId", raw, True, "childId")
    for raw in ("a" * 65, "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22", "'", "", "a+b", "%C3%A9t%C3%A9",
                "a.b", "id%00", "%2522", '"' + "x" * HUGE):
        add("childId", raw, False, "childId-bad")
    # Language tags as a browser writes them: case-insensitive, region ignored.
    for raw in ("en", "ar", "ar-EG", "EN_gb"):
        add("lang", raw, True, "lang")
    for raw in ("fr", "", "%3Cscript%3E", "e+n", "arabic", "-ar"):
        add("lang", raw, False, "lang-bad")
    for raw in ("latn", "arab"):
        add("digits", raw, True, "digits")
    for raw in ("x", "", "LATN", "latin", "arab%20"):
        add("digits", raw, False, "digits-bad")
    for raw in ("light", "dark"):
        add("theme", raw, True, "theme")
    for raw in ("x", "", "Dark", "%3Cstyle%3E", "system"):
        add("theme", raw, False, "theme-bad")
    return a


def version_atoms():
    a = [Atom("v", "1", True, "v")]
    for raw in ("2", "x", "", "0", "1.0", "01", "%201", "1+", "%D9%A1", "NaN", "-1"):
        a.append(Atom("v", raw, False, "v-bad"))
    return a


def ignored_atoms():
    """Keys the decoder ignores: hosts' and Pym.js's, case variants, junk."""
    segs = [
        "utm_source=newsletter", "initialWidth=640", "parentTitle=Some%20article",
        "parentUrl=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1", "fbclid=IwAR0xyz", "BTC_USD=NaN",
        "childid=%22%3E", "Panel=x", "btc_usd%20=NaN", "%20btc_usd=NaN", "+btc_usd=NaN", "%3Cscript%3E=1",
        "=NaN", "==", "btc%zz_usd=1", "extra_shares%00=x", "v%20=2", "__proto__=1", "constructor=x",
        "x=" + "y" * 200,
    ]
    return [Atom(None, None, True, "ignored", segment=s) for s in segs]


# ----------------------------------------------------------------------------
# Expected keys and known bugs.


def expected(atoms):
    """Keys whose last value is rejected: scenario keys, then view keys, each
    by its last occurrence."""
    last = {}
    for i, atom in enumerate(atoms):
        if atom.key is not None:
            last[atom.key] = (i, atom)
    bad = sorted((i, a.key) for i, a in last.values() if not a.ok)
    scenario = [k for _, k in bad if k not in VIEW_KEYS]
    view = [k for _, k in bad if k in VIEW_KEYS]
    return scenario + view


def view_repeat_bug(atoms):
    """Whether a repeated view key shows BUG_VIEW_REPEAT."""
    by_key = {}
    for atom in atoms:
        if atom.key in VIEW_KEYS:
            by_key.setdefault(atom.key, []).append(atom)
    for key, occ in by_key.items():
        if len(occ) < 2:
            continue
        if any(not o.ok for o in occ[:-1]):
            return True  # an earlier invalid value is reported anyway
        # `embed=0` and `digits=arab` are the defaults: keeping them is harmless.
        sets = lambda o: o.ok and not (key == "embed" and o.raw in ("0", "false")) and not (key == "digits" and o.raw == "arab")
        if not occ[-1].ok and any(sets(o) for o in occ[:-1]):
            return True  # the earlier valid value is kept instead of the default
        if key == "digits" and occ[-1].raw == "arab" and any(o.raw == "latn" for o in occ[:-1]):
            return True  # Latin digits stay
    return False


# The four decoder bugs this corpus found (separators anywhere, commas after
# the decimal point, repeated view keys, symbol-only row names) are fixed:
# no case is marked any more. Set KNOWN_BUGS to mark a newly found one.
KNOWN_BUGS = False


def bug_of(atoms):
    if not KNOWN_BUGS:
        return None
    last = {}
    for atom in atoms:
        if atom.key is not None:
            last[atom.key] = atom
    for atom in last.values():
        if atom.bug:
            return atom.bug
    if view_repeat_bug(atoms):
        return BUG_VIEW_REPEAT
    return None


class Case:
    def __init__(self, atoms, section, prefix=""):
        self.atoms, self.section, self.prefix = atoms, section, prefix
        self.query = prefix + "&".join(a.segment for a in atoms)
        self.expected = expected(atoms)
        self.bug = bug_of(atoms)
        assert not re.search(r"[\t\r\n]", self.query), self.query[:80]

    def line(self):
        text = f"{self.query}\t{','.join(self.expected)}"
        return f"# bug: {self.bug}\n#bug {text}" if self.bug else text


# ----------------------------------------------------------------------------
# The corpus.


def build():
    rng = random.Random(SEED)
    specs = read_inputs()
    cases = []
    by_key = {s.key: number_atoms(s, rng) for s in specs}
    rows = rows_atoms(rng)
    views = view_atoms()
    versions = version_atoms()
    ignored = ignored_atoms()
    benign = [a for atoms in by_key.values() for a in atoms if a.ok and len(a.raw) < 40 and not a.bug]

    # 1. Every input key with every value, alone or beside a valid key, a
    #    host's key or `v=1`, in a seeded order.
    for spec in specs:
        for atom in by_key[spec.key]:
            company = []
            r = rng.random()
            if r < 0.25:
                company = [versions[0]]
            elif r < 0.45:
                company = [rng.choice(ignored)]
            elif r < 0.6:
                other = rng.choice([a for a in benign if a.key != spec.key])
                company = [other]
            atoms = company + [atom] if rng.random() < 0.5 else [atom] + company
            cases.append(Case(atoms, "input"))

    # 2. Repeated keys: the last value wins (every input, both orders).
    for spec in specs:
        good = [a for a in by_key[spec.key] if a.ok and len(a.raw) < 100]
        bad = [a for a in by_key[spec.key] if not a.ok and len(a.raw) < 100 and not a.bug]
        g1, g2 = rng.sample(good, 2)
        b1, b2 = rng.sample(bad, 2)
        cases.append(Case([b1, g1], "repeat"))
        cases.append(Case([g1, b1], "repeat"))
        if rng.random() < 0.4:
            cases.append(Case([b1, b2], "repeat"))
            cases.append(Case([g1, g2], "repeat"))
            cases.append(Case([b1, rng.choice(ignored), g2, b2], "repeat"))

    # 3. Added share rows, `v`, view keys, ignored keys: each alone.
    for atom in rows + versions + views:
        cases.append(Case([atom], "single"))
    for atom in ignored:
        cases.append(Case([atom], "ignored"))
    # ... and repeated.
    for pool in (rows, versions):
        good = [a for a in pool if a.ok and len(a.raw) < 200]
        bad = [a for a in pool if not a.ok and len(a.raw) < 200 and not a.bug]
        for _ in range(4):
            g, b = rng.choice(good), rng.choice(bad)
            cases.append(Case([b, g], "repeat"))
            cases.append(Case([g, b], "repeat"))
    for key in VIEW_KEYS:
        good = [a for a in views if a.key == key and a.ok]
        bad = [a for a in views if a.key == key and not a.ok and len(a.raw) < 200]
        g, g2, b, b2 = rng.choice(good), rng.choice(good), rng.choice(bad), rng.choice(bad)
        for atoms in ([b, g], [g, b], [b, b2], [g, g2]):
            cases.append(Case(atoms, "repeat-view"))
    digits = {a.raw: a for a in views if a.key == "digits"}
    lang_ar = next(a for a in views if a.key == "lang" and a.raw == "ar")
    cases.append(Case([lang_ar, digits["latn"], digits["arab"]], "repeat-view"))
    cases.append(Case([digits["arab"], lang_ar, digits["latn"]], "repeat-view"))

    # 4. Shapes of the query itself.
    g = lambda key, raw: next(a for a in by_key[key] if a.raw == raw)
    nan = g("btc_usd", "NaN")
    for prefix, atoms in [
        ("?", [nan]), ("?", [g("eff_jth", enc("17.5"))]), ("&&", [nan]),
        ("", [Atom("btc_usd", "", False, "no-equals", segment="btc_usd")]),
        ("", [Atom("extra_shares", "", True, "no-equals", segment="extra_shares")]),
        ("", [Atom("embed", "", False, "no-equals", segment="embed")]),
        ("", [Atom("btc_usd", "67000=1", False, "second-equals", segment="btc_usd=67000=1")]),
        ("", [Atom("btc_usd", "=5", False, "second-equals", segment="btc_usd==5")]),
        ("", [Atom("btc_usd", "80000", True, "encoded-key", segment="btc%5Fusd=80000")]),
        ("", [Atom("btc_usd", "NaN", False, "encoded-key", segment="%62tc_usd=NaN")]),
        ("", [Atom("panel", "x", False, "encoded-key", segment="pan%65l=x")]),
        ("", [Atom("btc_usd", "NaN", False, "trailing-amp", segment="btc_usd=NaN&")]),
        # A thousand repeats: reported once (the notice lists each key once).
        ("", [Atom("panel", "x", False, "panel-repeated")] * 1000),
        ("", [Atom("btc_usd", "x", False, "input-repeated")] * 1000),
    ]:
        cases.append(Case(atoms, "shape", prefix))

    # 5. Seeded mixtures of everything, repeated keys included.
    pool = [a for atoms in by_key.values() for a in atoms] + rows + views + versions + ignored
    pool = [a for a in pool if a.raw is None or len(a.raw) < 300]
    for _ in range(400):
        n = rng.randint(2, 10)
        atoms = [rng.choice(pool) for _ in range(n)]
        if rng.random() < 0.35:
            same = [a for a in pool if a.key is not None and a.key == rng.choice(atoms).key]
            if same:
                atoms.insert(rng.randrange(len(atoms) + 1), rng.choice(same))
        cases.append(Case(atoms, "mix"))
    # Whole valid scenarios with hostile view keys, and the other way round.
    for _ in range(30):
        atoms = [versions[0]] + [rng.choice([a for a in by_key[s.key] if a.ok and len(a.raw) < 100 and not a.bug]) for s in specs]
        atoms += rng.sample([a for a in views if not a.ok and len(a.raw) < 200], 2)
        rng.shuffle(atoms)
        cases.append(Case(atoms, "mix-full"))
    for _ in range(30):
        atoms = [rng.choice([a for a in by_key[s.key] if not a.ok and len(a.raw) < 100 and not a.bug]) for s in specs]
        atoms += [rng.choice([a for a in views if a.ok])]
        rng.shuffle(atoms)
        cases.append(Case(atoms, "mix-full"))
    return cases


HEADER = """\
# Hostile-URL corpus, written by tests/hostile/generate.py (seeded): do not edit by hand.
# <query> TAB <expected rejected keys, comma-separated; empty: none>
# Order: the scenario keys decode() reports, then the view keys decode_view() reports,
# each group by the position of the key's last occurrence in the URL.
# `#bug ` lines are cases the decoder gets wrong (the comment above says why): the test skips them.
"""


def sample(cases, rng):
    """30 varied cases for the browser: one per kind where possible, no
    known bug, short enough to read in a test log, no leading `?`."""
    seen, picked = set(), []
    candidates = [c for c in cases if not c.bug and not c.prefix and len(c.query) < 400]
    rng.shuffle(candidates)
    for c in candidates:
        kind = next((a.kind.split("-")[0] for a in c.atoms if a.kind != "ignored"), "ignored")
        if c.section == "mix" or kind in seen or len(picked) >= 22:
            continue
        seen.add(kind)
        picked.append(c)
    # A few mixtures and at least one 10,000-character value.
    picked += [c for c in candidates if c.section == "mix" and c.expected][:6]
    huge = [c for c in cases if not c.bug and any(a.raw and len(a.raw) >= HUGE for a in c.atoms)]
    picked += huge[:2]
    assert len(picked) == 30, len(picked)
    return [f"{c.query}\t{','.join(c.expected)}" for c in picked]


def main():
    cases = build()
    corpus = HEADER + "".join(c.line() + "\n" for c in cases)
    lines = "".join(l + "\n" for l in sample(cases, random.Random(SEED + 1)))
    sample_text = lines
    if "--check" in sys.argv:
        stale = [p for p, t in ((OUT, corpus), (SAMPLE, sample_text)) if p.read_text(encoding="utf-8") != t]
        if stale:
            sys.exit(f"stale: {', '.join(map(str, stale))}: run python3 tests/hostile/generate.py")
        return
    OUT.write_text(corpus, encoding="utf-8")
    SAMPLE.write_text(sample_text, encoding="utf-8")
    bugs = sum(1 for c in cases if c.bug)
    print(f"{OUT.relative_to(ROOT)}: {len(cases)} cases ({bugs} known bugs); {SAMPLE.relative_to(ROOT)}: 30")


if __name__ == "__main__":
    main()
