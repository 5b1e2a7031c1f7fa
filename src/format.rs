//! Number formatting for people (grouped thousands, fixed decimals, a
//! minus sign) in the active language. Pure, so it is tested natively.

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
    if !value.is_finite() {
        return "—".to_string();
    }
    // What rounds to zero is zero: never "-0.00".
    let value = if value.abs() < 0.5 / 10f64.powi(i32::from(decimals)) { 0.0 } else { value };
    #[cfg(target_arch = "wasm32")]
    {
        intl::format(lang, arabic_indic(lang), value, decimals).unwrap_or_else(|| crate::decimal::fixed(value, decimals))
    }
    #[cfg(not(target_arch = "wasm32"))]
    written_out(lang, value, decimals)
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

#[cfg(target_arch = "wasm32")]
mod intl {
    use std::cell::RefCell;

    use crate::i18n::Lang;

    /// (Arabic, Arabic-Indic digits, decimals): what picks a formatter.
    type Key = (bool, bool, u8);

    thread_local! {
        /// A handful of formatters (language x digits x decimals): a list
        /// is enough, and smaller in the wasm than a map.
        static FORMATTERS: RefCell<Vec<(Key, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
    }

    /// Formats through a cached `Intl.NumberFormat`.
    pub fn format(lang: Lang, arabic_digits: bool, value: f64, decimals: u8) -> Option<String> {
        let key = (lang != Lang::En, arabic_digits, decimals.min(20));
        let format = FORMATTERS.with(|cache| {
            if let Some((_, f)) = cache.borrow().iter().find(|(k, _)| *k == key) {
                return Some(f.clone());
            }
            let locale = match key {
                (false, _, _) => "en-US",
                (true, true, _) => "ar-u-nu-arab",
                (true, false, _) => "ar-u-nu-latn",
            };
            let options = js_sys::Object::new();
            let d = wasm_bindgen::JsValue::from(f64::from(key.2));
            js_sys::Reflect::set(&options, &"minimumFractionDigits".into(), &d).ok()?;
            js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &d).ok()?;
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
