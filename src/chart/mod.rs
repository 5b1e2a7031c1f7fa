//! Charts, drawn with plotters on any `DrawingBackend`: the page draws on a
//! canvas (`ui::canvas`), native tests draw the same function to SVG.
//! Drawing code computes nothing: every number comes from a model outcome.

pub mod bars;
pub mod frame;
pub mod miner;
pub mod ops;
pub mod text;
pub mod timeline;
pub mod tornado;

use plotters::style::RGBColor;

pub use text::text_width;

use crate::i18n::Lang;

/// Colours, sizes and strings a chart is drawn with.
#[derive(Clone, Debug, PartialEq)]
pub struct Look {
    /// Device pixels per CSS pixel: fonts and strokes are multiplied by it,
    /// so a canvas sized at `devicePixelRatio` stays crisp.
    pub scale: f64,
    /// Dark theme colours.
    pub dark: bool,
    /// Language of tick labels.
    pub lang: Lang,
}

impl Look {
    /// A size in CSS pixels as device pixels.
    pub fn px(&self, css_px: f64) -> u32 {
        (css_px * self.scale).round().max(1.0) as u32
    }

    /// Text and axis colour.
    pub fn ink(&self) -> RGBColor {
        if self.dark {
            RGBColor(230, 232, 236)
        } else {
            RGBColor(28, 30, 36)
        }
    }

    /// Grid-line colour.
    pub fn grid(&self) -> RGBColor {
        if self.dark {
            RGBColor(70, 74, 84)
        } else {
            RGBColor(222, 224, 230)
        }
    }

    /// Background colour.
    pub fn paper(&self) -> RGBColor {
        if self.dark {
            RGBColor(22, 24, 30)
        } else {
            RGBColor(255, 255, 255)
        }
    }

    /// Series colours, distinguishable for common colour-vision deficiencies
    /// (blue, orange, purple); lines also differ in dash pattern.
    pub fn series(&self, index: usize) -> RGBColor {
        const LIGHT: [RGBColor; 3] = [RGBColor(0, 90, 181), RGBColor(200, 90, 0), RGBColor(120, 60, 150)];
        const DARK: [RGBColor; 3] = [RGBColor(110, 170, 255), RGBColor(255, 160, 80), RGBColor(200, 150, 230)];
        if self.dark {
            DARK[index % 3]
        } else {
            LIGHT[index % 3]
        }
    }
}

/// Builds CSV text: a header row and data rows, fields quoted where
/// needed. A text field a spreadsheet would read as a formula (beginning
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`;
/// a number (`-9193.5`) stays a number.
pub fn csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    fn is_number(f: &str) -> bool {
        let body = f.strip_prefix('-').unwrap_or(f);
        body.starts_with(|c: char| c.is_ascii_digit()) && body.chars().all(|c| c.is_ascii_digit() || c == '.')
    }
    fn field(f: &str) -> String {
        let f = if f.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(f) { format!("'{f}") } else { f.to_string() };
        if f.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", f.replace('"', "\"\""))
        } else {
            f
        }
    }
    let mut out = header.iter().map(|h| field(h)).collect::<Vec<_>>().join(",");
    for row in rows {
        out.push('\n');
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_quotes_what_needs_it() {
        let text = super::csv(&["a", "b,c"], [vec!["1".to_string(), "say \"hi\"".to_string()]]);
        assert_eq!(text, "a,\"b,c\"\n1,\"say \"\"hi\"\"\"\n");
    }

    #[test]
    fn csv_text_never_reads_as_a_formula_and_numbers_stay_numbers() {
        let row = |cells: &[&str]| super::csv(&["x"], [cells.iter().map(|c| c.to_string()).collect()]);
        assert_eq!(row(&["=SUM(1+1)", "@SUM(1)", "+1+1", "-1+1", "\tx", "\rx"]), "x\n'=SUM(1+1),'@SUM(1),'+1+1,'-1+1,'\tx,\"'\rx\"\n");
        assert_eq!(row(&["-9193.5", "-0", "42", "2028-04", "-", "never"]), "x\n-9193.5,-0,42,2028-04,'-,never\n");
        assert_eq!(row(&["=1,2"]), "x\n\"'=1,2\"\n");
    }
}
