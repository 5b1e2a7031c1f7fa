//! Number formatting for people (grouped thousands, fixed decimals, a
//! minus sign) in the active language. Pure, so it is tested natively.

use crate::i18n::Lang;

/// `value` with `decimals` decimals and grouped thousands, in `lang`'s
/// conventions: `1,234.5` in English; Arabic-Indic digits with `٬` and `٫`
/// in Arabic. Non-finite values (which the models never return in their
/// domain) print as an em dash rather than `NaN`.
pub fn number(lang: Lang, value: f64, decimals: u8) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let fixed = format!("{:.*}", decimals as usize, value.abs());
    let (int_part, frac_part) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let negative = value < 0.0 && fixed.bytes().any(|b| (b'1'..=b'9').contains(&b));
    let (group_sep, decimal_sep) = match lang {
        Lang::En => (',', '.'),
        Lang::Ar => ('\u{066C}', '\u{066B}'),
    };
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
    match lang {
        Lang::En => out,
        Lang::Ar => {
            out.chars().map(|c| if c.is_ascii_digit() { char::from_u32(0x0660 + c as u32 - '0' as u32).unwrap_or(c) } else { c }).collect()
        }
    }
}

/// `text` with its ASCII digits in `lang`'s digit set (years, heights).
pub fn digits(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Ar => {
            text.chars().map(|c| if c.is_ascii_digit() { char::from_u32(0x0660 + c as u32 - '0' as u32).unwrap_or(c) } else { c }).collect()
        }
    }
}

/// Decimals that show about four significant figures of `value`.
pub fn significant_decimals(value: f64) -> u8 {
    let magnitude = value.abs();
    if magnitude == 0.0 || !magnitude.is_finite() {
        return 0;
    }
    (3 - magnitude.log10().floor() as i32).clamp(0, 8) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: Lang, value: f64, decimals: u8, expect: &str) {
        assert_eq!(number(lang, value, decimals), expect, "number({lang:?}, {value}, {decimals})");
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
    fn four_significant_figures() {
        assert_eq!(significant_decimals(33.68), 2);
        assert_eq!(significant_decimals(0.000503), 7);
        assert_eq!(significant_decimals(67_000.0), 0);
        assert_eq!(significant_decimals(0.0), 0);
    }
}
