//! Number formatting for people (grouped thousands, fixed decimals or
//! significant figures, a minus sign) in the active language. Pure, so it
//! is tested natively.

use crate::i18n::Lang;

fn arabic_indic(lang: Lang) -> bool {
    lang == Lang::Ar
}

/// `value` with `decimals` decimals and grouped thousands, in `lang`'s
/// conventions. In the browser this is the browser's `Intl.NumberFormat`
/// (`en-US`, `ar-u-nu-arab` or `ar-u-nu-latn`); natively (tests) the same
/// conventions written out: `1,234.5`, or Arabic-Indic digits with `٬` and
/// `٫`. Non-finite values (which the models never return in their domain)
/// print as an em dash rather than `NaN`.
pub fn number(lang: Lang, value: f64, decimals: u8) -> String {
    written(lang, value, decimals, Style::Fixed)
}

/// The exponents [`significant`] writes out in full: up to 21 digits before
/// the point (where JavaScript's own number text turns to exponents, and
/// about what a converter field holds on a phone) and at most five zeros
/// after it.
const WRITTEN_OUT: std::ops::Range<f64> = -6.0..21.0;

/// `value` as a person reads and types it in `lang` (the converter's
/// fields), to seven significant figures or its whole number, whichever
/// has more: as [`number`] writes it, without trailing zeros
/// (`900,900,000,000,000,000,000`, `125,854,276,120,663`, `0.03368`,
/// `٨٠٫١٩٠٤٨`); past [`WRITTEN_OUT`], with an exponent as
/// `Intl.NumberFormat` writes it (`9.009E38`, `١٫٥أس؜-٣٠`).
/// [`crate::inputs::parse_number`] reads every form back.
pub fn significant(lang: Lang, value: f64) -> String {
    let power = value.abs().log10().floor();
    // Zero (power -inf), NaN and infinities are written by `number`'s rules.
    if power.is_finite() && !WRITTEN_OUT.contains(&power) {
        return written(lang, value, 6, Style::Scientific);
    }
    written(lang, value, (6.0 - power).max(0.0) as u8, Style::Trimmed)
}

/// How [`written`] writes the decimals.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    /// All of them: `12.50`.
    Fixed,
    /// Up to that many, no trailing zeros: `12.5`.
    Trimmed,
    /// One digit before the point, up to that many after, no trailing
    /// zeros, and an exponent: `1.25E21`.
    Scientific,
}

/// `value` with (up to) `decimals` decimals in `lang`'s conventions.
fn written(lang: Lang, value: f64, decimals: u8, style: Style) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    // What rounds to zero is zero: never "-0.00".
    let value = if style != Style::Scientific && value.abs() < 0.5 / 10f64.powi(i32::from(decimals)) { 0.0 } else { value };
    #[cfg(target_arch = "wasm32")]
    {
        intl::format(lang, arabic_indic(lang), value, decimals, style).unwrap_or_else(|| crate::decimal::fixed(value, decimals))
    }
    #[cfg(not(target_arch = "wasm32"))]
    match style {
        Style::Fixed => written_out(lang, value, decimals),
        Style::Trimmed => {
            let text = written_out(lang, value, decimals);
            if decimals == 0 {
                text
            } else {
                text.trim_end_matches(['0', '٠']).trim_end_matches(['.', '٫']).to_string()
            }
        }
        Style::Scientific => exponent_written_out(lang, value, decimals),
    }
}

/// [`number`] without the browser: the same conventions written out.
#[cfg(not(target_arch = "wasm32"))]
fn written_out(lang: Lang, value: f64, decimals: u8) -> String {
    let fixed = crate::decimal::fixed(value.abs(), decimals);
    let (int_part, frac_part) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let negative = value < 0.0 && fixed.bytes().any(|b| (b'1'..=b'9').contains(&b));
    let (group_sep, decimal_sep) = if arabic_indic(lang) { ('\u{066C}', '\u{066B}') } else { (',', '.') };
    let mut out = String::with_capacity(fixed.len() + 8);
    if negative {
        out.push('−');
    }
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(group_sep);
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(decimal_sep);
        out.push_str(frac_part);
    }
    digits(lang, &out)
}

/// [`Style::Scientific`] without the browser, as `Intl.NumberFormat`
/// writes it: its exponent symbol (`E`, Arabic `أس`) and the mark before
/// the exponent's minus that keeps it in place in right-to-left text.
#[cfg(not(target_arch = "wasm32"))]
fn exponent_written_out(lang: Lang, value: f64, decimals: u8) -> String {
    let (symbol, minus) = match lang {
        Lang::En => ("E", "-"),
        Lang::Ar => ("أس", "\u{061C}-"),
        Lang::ArLatn => ("E", "\u{200E}-"),
    };
    let text = crate::decimal::scientific(value.abs(), decimals);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, ""));
    let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
    let sign = if value < 0.0 { "−" } else { "" };
    let exponent = exponent.replace('+', "").replace('-', minus);
    let text = format!("{sign}{mantissa}{symbol}{exponent}");
    if arabic_indic(lang) {
        digits(lang, &text).replace('.', "\u{066B}")
    } else {
        text
    }
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use std::cell::RefCell;

    use super::Style;
    use crate::i18n::Lang;

    /// (Arabic, Arabic-Indic digits, decimals, style): what picks a
    /// formatter.
    type Key = (bool, bool, u8, Style);

    thread_local! {
        /// A handful of formatters (language x digits x decimals x style):
        /// a list is enough, and smaller in the wasm than a map.
        static FORMATTERS: RefCell<Vec<(Key, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
    }

    /// Formats through a cached `Intl.NumberFormat`.
    pub fn format(lang: Lang, arabic_digits: bool, value: f64, decimals: u8, style: Style) -> Option<String> {
        let key = (lang != Lang::En, arabic_digits, decimals.min(20), style);
        let format = FORMATTERS.with(|cache| {
            if let Some((_, f)) = cache.borrow().iter().find(|(k, _)| *k == key) {
                return Some(f.clone());
            }
            let locale = match key {
                (false, ..) => "en-US",
                (true, true, ..) => "ar-u-nu-arab",
                (true, false, ..) => "ar-u-nu-latn",
            };
            let options = js_sys::Object::new();
            let d = wasm_bindgen::JsValue::from(f64::from(key.2));
            let least = if style == Style::Fixed { d.clone() } else { wasm_bindgen::JsValue::from(0.0) };
            js_sys::Reflect::set(&options, &"minimumFractionDigits".into(), &least).ok()?;
            js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &d).ok()?;
            if style == Style::Scientific {
                js_sys::Reflect::set(&options, &"notation".into(), &"scientific".into()).ok()?;
            }
            let formatter = js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&locale.into()), &options);
            let f = formatter.format();
            cache.borrow_mut().push((key, f.clone()));
            Some(f)
        })?;
        format.call1(&wasm_bindgen::JsValue::NULL, &value.into()).ok()?.as_string()
    }
}

/// `text` with its ASCII digits in `lang`'s digit set (years, heights).
pub fn digits(lang: Lang, text: &str) -> String {
    if arabic_indic(lang) {
        text.chars().map(crate::i18n::arabic_indic_digit).collect()
    } else {
        text.to_string()
    }
}

/// The arrow from a before to an after value, pointing the way `lang` reads.
pub fn arrow(lang: Lang) -> &'static str {
    if lang.is_arabic() {
        "←"
    } else {
        "→"
    }
}

/// A month as `YYYY-MM` in `lang`'s digits, shown year first, left to
/// right, in both languages (as on the charts' time axis). In Arabic it is
/// a left-to-right isolate, and the hyphen sits between left-to-right
/// marks: Arabic-Indic digits are Arabic numbers to the bidi algorithm, and
/// a hyphen between two of them would otherwise turn the run around
/// (`٠٤-٢٠٢٨`).
pub fn year_month(lang: Lang, date: crate::model::calendar::Date) -> String {
    let text = digits(lang, &date.year_month());
    if lang.is_arabic() {
        format!("\u{2066}{}\u{2069}", text.replace('-', "\u{200E}-\u{200E}"))
    } else {
        text
    }
}

/// [`significant`]'s cases, shared by the native tests below and the
/// browser test (`tests/browser_components.rs`), so `Intl.NumberFormat` and
/// the native code are held to the same text: (value, English, Arabic-Indic
/// digits, Arabic with Latin digits).
pub const SIGNIFICANT_CASES: &[(f64, &str, &str, &str)] = &[
    (900.9e18, "900,900,000,000,000,000,000", "٩٠٠٬٩٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠", "900,900,000,000,000,000,000"),
    (125_854_276_120_663.4, "125,854,276,120,663", "١٢٥٬٨٥٤٬٢٧٦٬١٢٠٬٦٦٣", "125,854,276,120,663"),
    (1_234_567.8, "1,234,568", "١٬٢٣٤٬٥٦٨", "1,234,568"),
    (999_999.99, "1,000,000", "١٬٠٠٠٬٠٠٠", "1,000,000"),
    (123_456.78, "123,456.8", "١٢٣٬٤٥٦٫٨", "123,456.8"),
    (80.190_476_19, "80.19048", "٨٠٫١٩٠٤٨", "80.19048"),
    (0.033_68, "0.03368", "٠٫٠٣٣٦٨", "0.03368"),
    (17.5, "17.5", "١٧٫٥", "17.5"),
    (1_000.0, "1,000", "١٬٠٠٠", "1,000"),
    (999.999_99, "1,000", "١٬٠٠٠", "1,000"),
    (0.0, "0", "٠", "0"),
    (1.234_567_8e-6, "0.000001234568", "٠٫٠٠٠٠٠١٢٣٤٥٦٨", "0.000001234568"),
    (1e21, "1E21", "١أس٢١", "1E21"),
    (9.999_999_9e-7, "1E-6", "١أس\u{061C}-٦", "1E\u{200E}-6"),
    (9.009e38, "9.009E38", "٩٫٠٠٩أس٣٨", "9.009E38"),
    (1.5e-30, "1.5E-30", "١٫٥أس\u{061C}-٣٠", "1.5E\u{200E}-30"),
    (9.99e-7, "9.99E-7", "٩٫٩٩أس\u{061C}-٧", "9.99E\u{200E}-7"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: Lang, value: f64, decimals: u8, expect: &str) {
        assert_eq!(number(lang, value, decimals), expect, "number({lang:?}, {value}, {decimals})");
    }

    #[test]
    fn nothing_rounds_to_minus_zero() {
        assert_eq!(number(Lang::En, -0.0, 2), "0.00");
        assert_eq!(number(Lang::En, -0.001, 2), "0.00");
        assert_eq!(number(Lang::En, -0.01, 2), "−0.01");
    }

    #[test]
    fn groups_and_signs() {
        check(Lang::En, 67_000.0, 0, "67,000");
        check(Lang::En, 1_234_567.891, 2, "1,234,567.89");
        check(Lang::En, -11.4, 1, "−11.4");
        check(Lang::En, -0.0001, 2, "0.00");
        check(Lang::En, 0.05, 3, "0.050");
        check(Lang::En, f64::NAN, 2, "—");
        check(Lang::Ar, 12_345.5, 1, "١٢٬٣٤٥٫٥");
    }

    #[test]
    fn significant_figures_grouped_or_with_an_exponent() {
        for &(value, en, ar, ar_latn) in SIGNIFICANT_CASES.iter().chain([&(-2.5, "−2.5", "−٢٫٥", "−2.5")]) {
            for (lang, expect) in [(Lang::En, en), (Lang::Ar, ar), (Lang::ArLatn, ar_latn)] {
                let text = significant(lang, value);
                assert_eq!(text, expect, "significant({lang:?}, {value})");
                let back = crate::inputs::parse_number(&text).unwrap_or_else(|| panic!("{text:?} does not parse"));
                assert!((back - value).abs() <= 5e-7 * value.abs(), "{value} -> {text:?} -> {back}");
            }
        }
        assert_eq!(significant(Lang::En, f64::INFINITY), "—");
    }

    proptest::proptest! {
        #[test]
        fn significant_reads_back(value in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL, lang in 0..3) {
            let lang = [Lang::En, Lang::Ar, Lang::ArLatn][lang as usize];
            let text = significant(lang, value);
            let back = crate::inputs::parse_number(&text);
            proptest::prop_assert!(back.is_some(), "{} -> {:?}", value, text);
            let back = back.unwrap_or_default();
            // Rounded to seven figures: within half a unit of the seventh
            // (an underflow to 0 aside).
            proptest::prop_assert!((back - value).abs() <= 5.000_1e-7 * value.abs() || value.abs() < 1e-300, "{} -> {:?} -> {}", value, text, back);
        }
    }

    #[test]
    fn arabic_with_latin_digits() {
        check(Lang::ArLatn, 12_345.5, 1, "12,345.5");
        assert_eq!(digits(Lang::ArLatn, "2028"), "2028");
        assert_eq!(digits(Lang::Ar, "2028"), "٢٠٢٨");
    }

    #[test]
    fn months_read_year_first_left_to_right() {
        let april = crate::model::calendar::Date { year: 2028, month: 4, day: 1 };
        assert_eq!(year_month(Lang::En, april), "2028-04");
        assert_eq!(year_month(Lang::Ar, april), "\u{2066}٢٠٢٨\u{200E}-\u{200E}٠٤\u{2069}");
        assert_eq!(year_month(Lang::ArLatn, april), "\u{2066}2028\u{200E}-\u{200E}04\u{2069}");
    }
}
