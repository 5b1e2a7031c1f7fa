//! Numbers to and from plain ASCII decimal text: URL values, `data-value`
//! attributes, CSV cells.
//!
//! In the page these use the browser's own number conversions (JavaScript's
//! `Number` is the same IEEE double, and its conversions are exact and
//! shortest like Rust's), so the wasm binary carries no float formatting or
//! parsing code of its own: that code and its tables are about a sixth of
//! the page's bytes. Natively (tests, benchmarks) they are Rust's.
//! `tests/browser_components.rs` checks that both give the same text.

/// `value` as the shortest decimal that reads back to the same double,
/// never with an exponent (`0.0000001`, `250000000000000000000`); `-0` as
/// `0`. Non-finite values as `NaN`, `Infinity`, `-Infinity` (callers keep
/// them out of URLs and attributes).
pub fn plain(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN"
        } else if value > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string();
    }
    #[cfg(target_arch = "wasm32")]
    {
        expand_exponent(&String::from(js_sys::Number::from(value).to_string_with_radix(10).unwrap_or_else(|_| "0".into())))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{value}")
    }
}

/// `value` rounded to `decimals` places, no grouping (`12.50`, `-0.001`).
/// For magnitudes under 10^15 (the callers' range).
pub fn fixed(value: f64, decimals: u8) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(value).to_fixed(decimals).map(String::from).unwrap_or_else(|_| plain(value))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{value:.*}", decimals as usize)
    }
}

/// `value` in scientific notation with `decimals` digits after the point
/// and a signed exponent: `9.009000e+20`, `1.500000e-7`.
pub fn scientific(value: f64, decimals: u8) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(value).to_exponential(decimals).map(String::from).unwrap_or_else(|_| plain(value))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let text = format!("{value:.*e}", decimals as usize);
        match text.split_once('e') {
            Some((mantissa, exponent)) if !exponent.starts_with('-') => format!("{mantissa}e+{exponent}"),
            _ => text,
        }
    }
}

/// Reads ASCII decimal text: an optional sign, digits with at most one
/// point (at least one digit), an optional exponent (`e`, optional sign,
/// digits). Nothing else: no spaces, `inf`, `NaN` or hex. `None` also for
/// values that overflow to infinity.
pub fn parse(text: &str) -> Option<f64> {
    if !is_decimal(text) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    let value = js_sys::Number::parse_float(text);
    #[cfg(not(target_arch = "wasm32"))]
    let value = text.parse::<f64>().ok()?;
    value.is_finite().then_some(value)
}

fn is_decimal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let (mut digits, mut point) = (0, false);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => digits += 1,
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(bytes.get(i), Some(b'+' | b'-')));
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == bytes.len()
}

/// Rewrites `1.5e-7` / `1e+21` (JavaScript's forms) without the exponent;
/// text without one is returned as it is.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn expand_exponent(text: &str) -> String {
    let Some((mantissa, exponent)) = text.split_once('e') else { return text.to_string() };
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let exponent: i32 = exponent.trim_start_matches('+').parse().unwrap_or(0);
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    let point = int_part.len() as i32 + exponent;
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        // Pushed one by one: slicing a `str` links its char-boundary panic
        // (and with it `char`'s Debug and Unicode tables) into the wasm.
        for (i, c) in digits.chars().enumerate() {
            if i == point as usize {
                out.push('.');
            }
            out.push(c);
        }
    }
    out
}

/// Cases shared by the native tests below and the browser test
/// (`tests/browser_components.rs`), so both implementations are held to the
/// same text: (value, plain, fixed to 2 (empty: out of its range),
/// scientific with 6).
pub const CASES: &[(f64, &str, &str, &str)] = &[
    (67_000.0, "67000", "67000.00", "6.700000e+4"),
    (0.05, "0.05", "0.05", "5.000000e-2"),
    (-3.5, "-3.5", "-3.50", "-3.500000e+0"),
    (1e-7, "0.0000001", "0.00", "1.000000e-7"),
    (2.5e20, "250000000000000000000", "250000000000000000000.00", "2.500000e+20"),
    (1e21, "1000000000000000000000", "", "1.000000e+21"),
    (0.1 + 0.2, "0.30000000000000004", "0.30", "3.000000e-1"),
    (-1.25e-9, "-0.00000000125", "-0.00", "-1.250000e-9"),
    (123_456.789, "123456.789", "123456.79", "1.234568e+5"),
    (900.9e18, "900900000000000000000", "900900000000000000000.00", "9.009000e+20"),
];

/// Parse cases shared the same way: (text, value).
pub const PARSE_CASES: &[(&str, Option<f64>)] = &[
    ("12.5", Some(12.5)),
    ("-3", Some(-3.0)),
    ("+.5", Some(0.5)),
    ("5.", Some(5.0)),
    ("1e3", Some(1000.0)),
    ("9.009000e+20", Some(9.009e20)),
    ("1E-7", Some(1e-7)),
    ("0.30000000000000004", Some(0.30000000000000004)),
    ("1e999", None),
    ("", None),
    (".", None),
    ("-", None),
    ("1e", None),
    ("1e+", None),
    ("inf", None),
    ("NaN", None),
    ("Infinity", None),
    ("0x10", None),
    (" 1", None),
    ("1.2.3", None),
    ("1,5", None),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_the_browser() {
        for &(value, plain_text, fixed_text, sci_text) in CASES {
            assert_eq!(plain(value), plain_text, "plain({value})");
            if !fixed_text.is_empty() {
                assert_eq!(fixed(value, 2), fixed_text, "fixed({value})");
            }
            assert_eq!(scientific(value, 6), sci_text, "scientific({value})");
        }
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(f64::NAN), "NaN");
    }

    #[test]
    fn parses_plain_decimals_only() {
        for &(text, value) in PARSE_CASES {
            assert_eq!(parse(text), value, "parse({text:?})");
        }
    }

    #[test]
    fn expands_exponents() {
        assert_eq!(expand_exponent("1.5e-7"), "0.00000015");
        assert_eq!(expand_exponent("-1.25e-9"), "-0.00000000125");
        assert_eq!(expand_exponent("1e+21"), "1000000000000000000000");
        assert_eq!(expand_exponent("1.2345e+2"), "123.45");
        assert_eq!(expand_exponent("42"), "42");
    }

    proptest::proptest! {
        #[test]
        fn plain_reads_back(value in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL) {
            proptest::prop_assert_eq!(parse(&plain(value)), Some(value));
            proptest::prop_assert!(!plain(value).contains('e'));
        }
    }
}
