//! How wide a label will be, and where it may go. The charts never measure
//! text (see `frame`): a label's width is estimated from a table of
//! character widths, so a chart lays its labels out for the room it has
//! (fewer ticks, staggered, wrapped, smaller or shortened labels, labels
//! moved to where they collide with nothing) the same way on the page's
//! canvas and in the prerendered SVG.
//!
//! The table is the font browsers draw `sans-serif` with for Latin text:
//! Arial's metrics, shared by Liberation Sans and Helvetica. Arabic letters
//! are two widths each, joined to the next letter or not (which is most of
//! what shaping does to a word's width). The browser test
//! `tests/browser_components.rs` holds the estimate to the browser's
//! `measureText` for the charts' fonts and sizes.

use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Advance widths of ASCII `' '..='~'`, 1/200 em.
const ASCII: [u8; 95] = [
    56, 56, 71, 111, 111, 178, 133, 38, 67, 67, 78, 117, 56, 67, 56, 56, // space to /
    111, 111, 111, 111, 111, 111, 111, 111, 111, 111, 56, 56, 117, 117, 117, 111, // 0 to ?
    203, 133, 133, 144, 144, 133, 122, 156, 144, 56, 100, 133, 111, 167, 144, 156, // @ to O
    133, 156, 144, 133, 122, 144, 133, 189, 133, 133, 122, 56, 56, 56, 94, 111, // P to _
    67, 111, 111, 100, 111, 111, 56, 111, 111, 44, 44, 100, 44, 167, 111, 111, // ` to o
    111, 111, 67, 100, 56, 111, 100, 144, 100, 100, 100, 67, 52, 67, 117, // p to ~
];

/// First of the Arabic letters in [`ARABIC`] (hamza).
const ARABIC_FIRST: u32 = 0x621;

/// Arabic letters U+0621 (hamza) to U+064A (yeh), 1/200 em: alone or last
/// in a word, and joined to the letter after it.
const ARABIC: [[u8; 2]; 42] = [
    [94, 94],
    [56, 60],
    [56, 60],
    [96, 104],
    [56, 60],
    [156, 60],
    [56, 60],
    [188, 60],
    [104, 108],
    [188, 60],
    [188, 60],
    [130, 130],
    [130, 130],
    [130, 130],
    [90, 104],
    [90, 104],
    [96, 110],
    [96, 110],
    [244, 178],
    [244, 178],
    [242, 174],
    [242, 174],
    [184, 164],
    [184, 164],
    [120, 96],
    [120, 96],
    [120, 100],
    [120, 100],
    [120, 100],
    [120, 100],
    [120, 100],
    [59, 59],
    [208, 102],
    [156, 102],
    [164, 110],
    [146, 66],
    [124, 116],
    [146, 60],
    [104, 92],
    [96, 104],
    [156, 60],
    [156, 60],
];

/// Characters drawn with no width: Arabic vowel marks, bidirectional
/// marks and isolates (the page wraps dates in Arabic text in one).
fn invisible(c: char) -> bool {
    matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{61C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Index of an Arabic letter in [`ARABIC`].
fn arabic_letter(c: char) -> Option<usize> {
    let i = (c as u32).wrapping_sub(ARABIC_FIRST) as usize;
    (i < ARABIC.len()).then_some(i)
}

/// Width of any other character, 1/200 em.
fn other_width(c: char) -> u8 {
    match c {
        // Arabic-Indic digits and percent sign; decimal and thousands separators.
        '\u{660}'..='\u{66A}' => 107,
        '\u{66B}' | '\u{66C}' => 64,
        '\u{A0}' => 56,
        '\u{202F}' => 28,
        '½' => 167,
        '−' | '×' => 117,
        // Arrows, the ellipsis.
        '\u{2190}'..='\u{21FF}' | '…' => 200,
        _ => 120,
    }
}

/// Each character of `text` drawn with a width: its byte index, itself and
/// its width, 1/200 em.
fn each(text: &str) -> impl Iterator<Item = (usize, char, u32)> + '_ {
    let mut chars = text.char_indices().filter(|&(_, c)| !invisible(c)).peekable();
    std::iter::from_fn(move || {
        let (i, c) = chars.next()?;
        let w = match (c, arabic_letter(c)) {
            (' '..='~', _) => ASCII[c as usize - 32],
            (_, Some(k)) => ARABIC[k][usize::from(chars.peek().is_some_and(|&(_, n)| arabic_letter(n).is_some()))],
            _ => other_width(c),
        };
        Some((i, c, u32::from(w)))
    })
}

/// Width of `text`, 1/200 em.
fn units(text: &str) -> u32 {
    each(text).map(|(.., w)| w).sum()
}

/// Estimated advance width of `text` in `font_px` sans-serif, in the same
/// unit as `font_px`.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    f64::from(units(text)) * font_px / 200.0
}

/// A box in device pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl Rect {
    /// The box of something `width` x `height` anchored at (`x`, `y`) as
    /// `pos` says (how a canvas aligns text).
    pub fn anchored(x: f64, y: f64, (width, height): (f64, f64), pos: Pos) -> Rect {
        let left = match pos.h_pos {
            HPos::Left => x,
            HPos::Center => x - width / 2.0,
            HPos::Right => x - width,
        };
        let top = match pos.v_pos {
            VPos::Top => y,
            VPos::Center => y - height / 2.0,
            VPos::Bottom => y - height,
        };
        Rect { left, top, right: left + width, bottom: top + height }
    }

    /// Whether the two boxes share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }

    /// Whether this box lies inside `outer`.
    pub fn within(&self, outer: &Rect) -> bool {
        self.left >= outer.left && self.right <= outer.right && self.top >= outer.top && self.bottom <= outer.bottom
    }

    /// The box grown by `by` on every side.
    pub fn grown(&self, by: f64) -> Rect {
        Rect { left: self.left - by, top: self.top - by, right: self.right + by, bottom: self.bottom + by }
    }
}

/// One line of text to draw: what, where, how anchored, how big.
#[derive(Clone)]
pub struct Label {
    /// The text.
    pub text: String,
    /// Anchor, device px.
    pub at: (i32, i32),
    /// How the text sits on its anchor.
    pub pos: Pos,
    /// Font size, device px.
    pub font_px: f64,
    /// Its estimated width, device px.
    pub width: f64,
    /// Turned a quarter turn anticlockwise (read upwards), about its anchor.
    pub turned: bool,
}

impl Label {
    /// A label of `text` at `at`, anchored as `pos` says.
    pub fn new(text: String, at: (i32, i32), pos: Pos, font_px: f64) -> Label {
        let width = text_width(&text, font_px);
        Label { text, at, pos, font_px, width, turned: false }
    }

    /// The same label turned a quarter turn anticlockwise: `pos` then
    /// anchors it along its own lines (left is its start, at the bottom).
    pub fn turned(self) -> Label {
        Label { turned: true, ..self }
    }

    /// The box the label takes (its estimated width, its font size high).
    pub fn rect(&self) -> Rect {
        let (x, y) = (f64::from(self.at.0), f64::from(self.at.1));
        let own = Rect::anchored(0.0, 0.0, (self.width, self.font_px), self.pos);
        if self.turned {
            Rect { left: x + own.top, top: y - own.right, right: x + own.bottom, bottom: y - own.left }
        } else {
            Rect { left: x + own.left, top: y + own.top, right: x + own.right, bottom: y + own.bottom }
        }
    }
}

/// Labels placed so far in an area: each new one goes to the first of its
/// places that is inside the area and clear of the others.
#[derive(Clone)]
pub struct Placer {
    area: Rect,
    gap: f64,
    taken: Vec<Rect>,
}

impl Placer {
    /// An empty `area`, labels kept `gap` px apart.
    pub fn new(area: Rect, gap: f64) -> Placer {
        Placer { area, gap, taken: Vec::new() }
    }

    /// Takes `label`'s place if it is inside the area and clear of every
    /// label placed so far.
    pub fn take(&mut self, label: &Label) -> bool {
        let rect = label.rect();
        let free = rect.within(&self.area) && !self.taken.iter().any(|t| t.grown(self.gap).overlaps(&rect));
        if free {
            self.taken.push(rect);
        }
        free
    }

    /// `text` placed where it is first free: at each of `rows` (a y and
    /// how the text sits on it), starting at `x.0`, else ending at `x.1`.
    pub fn beside(&mut self, text: &str, font_px: f64, x: (i32, i32), rows: &[(i32, VPos)]) -> Option<Label> {
        let mut label = Label::new(text.to_string(), (0, 0), Pos::new(HPos::Left, VPos::Top), font_px);
        for &(y, v) in rows {
            for (x, h) in [(x.0, HPos::Left), (x.1, HPos::Right)] {
                (label.at, label.pos) = ((x, y), Pos::new(h, v));
                if self.take(&label) {
                    return Some(label);
                }
            }
        }
        None
    }
}

/// Text fitted to a width: its lines and font size.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    /// One or two lines.
    pub lines: Vec<String>,
    /// Font size, device px.
    pub font_px: f64,
}

impl Fitted {
    /// Its widest line's width.
    pub fn width(&self) -> f64 {
        self.lines.iter().map(|l| text_width(l, self.font_px)).fold(0.0, f64::max)
    }
}

/// Where `text` breaks into two lines: the byte index of a space after a
/// colon if both lines then fit `room` (1/200 em), else of the space that
/// makes the wider line narrowest; and that line's width.
fn break_at(text: &str, room: u32) -> Option<(usize, u32)> {
    let total = units(text);
    let (mut before, mut best, mut previous) = (0, None, ' ');
    for (i, c, w) in each(text) {
        if c == ' ' {
            let wide = before.max(total - before - w);
            if previous == ':' && wide <= room {
                return Some((i, wide));
            }
            if best.is_none_or(|(_, b)| wide < b) {
                best = Some((i, wide));
            }
        }
        before += w;
        previous = c;
    }
    best
}

/// `line` cut short with an ellipsis to at most `room` px at `font_px`
/// (just the ellipsis if nothing else fits).
pub fn shortened(line: &str, font_px: f64, room: f64) -> String {
    let room = (room * 200.0 / font_px) as u32;
    if units(line) <= room {
        return line.to_string();
    }
    let (mut used, mut end) = (u32::from(other_width('…')), 0);
    for (i, c, w) in each(line) {
        used += w;
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    let mut out = line[..end].trim_end_matches(' ').to_string();
    out.push('…');
    out
}

/// `text` fitted to `room` px at `font_px`: on one line if it fits, else on
/// two (if `wrap`) split at a space, else in a font shrunk to no less than
/// `min_px`, else shortened with an ellipsis.
pub fn fit(text: &str, font_px: f64, min_px: f64, room: f64, wrap: bool) -> Fitted {
    let one = text_width(text, font_px);
    if one <= room {
        return Fitted { lines: vec![text.to_string()], font_px };
    }
    let split = if wrap { break_at(text, (room * 200.0 / font_px) as u32) } else { None };
    let (lines, needed) = match split {
        Some((i, wide)) => (vec![text[..i].to_string(), text[i + 1..].to_string()], f64::from(wide) * font_px / 200.0),
        None => (vec![text.to_string()], one),
    };
    // Whole pixels, as the canvas draws them.
    let font_px = (font_px * room / needed).floor().max(min_px).min(font_px);
    let lines = lines.iter().map(|l| shortened(l, font_px, room)).collect();
    Fitted { lines, font_px }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_table() {
        // Arial: digits 0.556 em, "%" 0.889 em.
        assert!((text_width("100%", 100.0) - (3.0 * 55.5 + 89.0)).abs() < 1.0);
        // Arabic: a letter joined to the next is narrower than one alone;
        // vowel marks and isolates take no room.
        assert!(text_width("بب", 100.0) < 2.0 * text_width("ب", 100.0));
        assert_eq!(text_width("المُلبّى", 10.0), text_width("الملبى", 10.0));
        assert_eq!(text_width("\u{2066}٢٠٢٨\u{2069}", 10.0), text_width("٢٠٢٨", 10.0));
    }

    #[test]
    fn fitting_wraps_then_shrinks_then_shortens() {
        let text = "Conversion capex per IT MW: 7.20 → 10.8 USD M/MW";
        assert_eq!(fit(text, 10.0, 8.0, 1000.0, true).lines, [text]);
        let two = fit(text, 10.0, 8.0, 170.0, true);
        assert_eq!(two.lines, ["Conversion capex per IT MW:", "7.20 → 10.8 USD M/MW"]);
        assert_eq!(two.font_px, 10.0);
        let small = fit(text, 10.0, 8.0, 120.0, true);
        assert!(small.font_px < 10.0 && small.width() <= 120.0, "{small:?}");
        let short = fit(text, 10.0, 8.0, 60.0, false);
        assert!(short.lines[0].ends_with('…') && short.width() <= 60.0, "{short:?}");
    }

    #[test]
    fn placed_labels_never_overlap() {
        let mut placer = Placer::new(Rect { left: 0.0, top: 0.0, right: 100.0, bottom: 100.0 }, 2.0);
        let top = [(10, VPos::Top), (30, VPos::Top)];
        assert_eq!(placer.beside("2028", 10.0, (10, 10), &top).map(|l| l.at), Some((10, 10)));
        // Too close to the first on the first row, on either side; clear on the second.
        assert_eq!(placer.beside("2028", 10.0, (20, 30), &top).map(|l| (l.at, l.pos.h_pos as u8)), Some(((20, 30), HPos::Left as u8)));
        // Past the edge on the right: ends at its anchor instead.
        assert_eq!(placer.beside("2032", 10.0, (80, 80), &[(60, VPos::Top)]).map(|l| l.pos.h_pos as u8), Some(HPos::Right as u8));
        assert!(placer.beside("2028", 10.0, (12, 12), &top[..1]).is_none());
    }

    #[test]
    fn a_turned_label_stands_on_its_anchor() {
        let label = Label::new("20".into(), (50, 80), Pos::new(HPos::Left, VPos::Center), 10.0).turned();
        let rect = label.rect();
        assert_eq!((rect.left, rect.right, rect.bottom), (45.0, 55.0, 80.0));
        assert!((rect.top - (80.0 - text_width("20", 10.0))).abs() < 1e-9);
    }
}
