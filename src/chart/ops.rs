//! A chart as a list of 2D-canvas operations: the plotters backend the page
//! draws with. Recording is plain Rust (no browser types, tested natively);
//! `www/charts.js` replays the list on a canvas, on the page for a chart's
//! first picture and in a worker for every later one, so a slider step
//! costs the page's main thread the recording and one message, not the
//! canvas calls and their rasterisation.
//!
//! Consecutive strokes of one style share one path, a setting is recorded
//! only when it changes, colours are `#rrggbbaa` and font sizes whole
//! pixels. Text is anchored by the context (`textAlign`, `textBaseline`),
//! never measured. Text in the plot gets a halo in the background colour
//! (legible over grid lines and series; tick labels and titles outside it,
//! `chart::frame::OUTSIDE_FAMILY`, do not need one) and is condensed by the
//! canvas rather than cut off where it would run past the edge.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use plotters::coord::Shift;
use plotters::prelude::DrawingArea;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform};

/// The operation codes `www/charts.js` replays, each followed by its
/// numbers; those marked "text" also take the next string of
/// [`Drawing::text`]. The replayer's table is checked against this one
/// (`tests::the_replayer_knows_every_code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    /// Fill colour (text).
    FillStyle = 0,
    /// Stroke colour (text).
    StrokeStyle = 1,
    /// Line width, device px.
    LineWidth = 2,
    /// Font (text).
    Font = 3,
    /// `textAlign` (text).
    Align = 4,
    /// `textBaseline` (text).
    Baseline = 5,
    /// x, y, width, height.
    FillRect = 6,
    /// x, y, width, height.
    StrokeRect = 7,
    /// Starts a path.
    BeginPath = 8,
    /// x, y.
    MoveTo = 9,
    /// x, y.
    LineTo = 10,
    /// Closes the path.
    ClosePath = 11,
    /// Strokes the path.
    Stroke = 12,
    /// Fills the path.
    Fill = 13,
    /// A whole circle as the path: x, y, radius.
    Circle = 14,
    /// Saves the context's state.
    Save = 15,
    /// Restores it.
    Restore = 16,
    /// Moves the origin to x, y and turns by a fraction of a full turn.
    Turn = 17,
    /// Fills text at x, y, at most max-width wide (text).
    Text = 18,
    /// Strokes then fills text at x, y, at most max-width wide (text).
    HaloText = 19,
}

/// Separates the strings of [`Drawing::text`].
pub const TEXT_SEPARATOR: char = '\0';

/// A recorded chart: the canvas size and its operations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    /// Canvas width, device pixels.
    pub width_px: u32,
    /// Canvas height, device pixels.
    pub height_px: u32,
    /// Operation codes ([`Op`]) each followed by its numbers.
    pub numbers: Vec<f64>,
    /// The operations' strings, in order, separated by [`TEXT_SEPARATOR`].
    pub text: String,
}

/// The plotters backend that records a [`Drawing`].
pub struct Recorder {
    drawing: Drawing,
    /// Background colour and width (device pixels) of the halo behind text.
    halo: (String, u32),
    /// The context's state as last recorded: a setting that does not change
    /// is not recorded again.
    state: State,
    /// Whether strokes in the current stroke style are being gathered into
    /// one path: consecutive lines of one style (grid lines, ticks, the
    /// pieces of a dashed line) are stroked once, not one by one.
    gathering: bool,
    /// Strings recorded so far.
    strings: usize,
}

#[derive(Default)]
struct State {
    fill: String,
    stroke: String,
    line_width: u32,
    font: String,
    align: &'static str,
    baseline: &'static str,
}

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

impl Recorder {
    /// What `draw` draws on a canvas of `size` device pixels, recorded.
    /// Text is haloed `halo_px` device pixels wide in `paper`.
    pub fn record(size: (u32, u32), paper: BackendColor, halo_px: u32, draw: impl FnOnce(&DrawingArea<Recorder, Shift>)) -> Drawing {
        let drawing = Drawing { width_px: size.0, height_px: size.1, ..Drawing::default() };
        let recorder = Recorder { drawing, halo: (css_color(paper), halo_px), state: State::default(), gathering: false, strings: 0 };
        let recorder = Rc::new(RefCell::new(recorder));
        draw(&DrawingArea::from(&recorder));
        let mut recorder = recorder.borrow_mut();
        recorder.stroke_gathered();
        std::mem::take(&mut recorder.drawing)
    }

    fn op(&mut self, op: Op, numbers: &[f64]) {
        self.drawing.numbers.push(f64::from(op as u8));
        self.drawing.numbers.extend_from_slice(numbers);
    }

    fn op_text(&mut self, op: Op, numbers: &[f64], text: &str) {
        self.op(op, numbers);
        if self.strings > 0 {
            self.drawing.text.push(TEXT_SEPARATOR);
        }
        self.strings += 1;
        self.drawing.text.push_str(text);
    }

    /// Adds the polyline `points` to the gathered path in `style`, first
    /// stroking what was gathered in another style.
    fn gather(&mut self, style: &impl BackendStyle, points: impl IntoIterator<Item = (f64, f64)>) {
        let (color, width) = (css_color(style.color()), style.stroke_width());
        if !(self.gathering && color == self.state.stroke && width == self.state.line_width) {
            self.stroke_gathered();
            self.set_stroke_to(color, width);
            self.op(Op::BeginPath, &[]);
            self.gathering = true;
        }
        for (i, (x, y)) in points.into_iter().enumerate() {
            self.op(if i == 0 { Op::MoveTo } else { Op::LineTo }, &[x, y]);
        }
    }

    /// Strokes the gathered path, if any: before anything else is drawn.
    fn stroke_gathered(&mut self) {
        if std::mem::take(&mut self.gathering) {
            self.op(Op::Stroke, &[]);
        }
    }

    fn set_stroke_to(&mut self, color: String, width: u32) {
        if color != self.state.stroke {
            self.op_text(Op::StrokeStyle, &[], &color);
            self.state.stroke = color;
        }
        if width != self.state.line_width {
            self.state.line_width = width;
            self.op(Op::LineWidth, &[f64::from(width)]);
        }
    }

    fn set_fill(&mut self, color: BackendColor) {
        self.stroke_gathered();
        let color = css_color(color);
        if color != self.state.fill {
            self.op_text(Op::FillStyle, &[], &color);
            self.state.fill = color;
        }
    }

    /// Draws `text` at (x, y) in the current font, haloed unless `plain`,
    /// condensed to `max_width` device pixels if it is wider.
    fn halo_and_fill(&mut self, text: &str, x: f64, y: f64, max_width: f64, plain: bool) {
        if plain {
            self.op_text(Op::Text, &[x, y, max_width], text);
        } else {
            let (paper, width) = self.halo.clone();
            self.set_stroke_to(paper, width);
            self.op_text(Op::HaloText, &[x, y, max_width], text);
        }
    }

    fn trace(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        self.stroke_gathered();
        self.op(Op::BeginPath, &[]);
        for (i, (x, y)) in points.into_iter().enumerate() {
            self.op(if i == 0 { Op::MoveTo } else { Op::LineTo }, &[f64::from(x), f64::from(y)]);
        }
    }
}

/// `#rrggbbaa`.
fn css_color(color: BackendColor) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let (r, g, b) = color.rgb;
    let a = (color.alpha.max(0.0).min(1.0) * 255.0).round() as u8;
    let mut out = String::with_capacity(9);
    out.push('#');
    for byte in [r, g, b, a] {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    }
    out
}

impl DrawingBackend for Recorder {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.drawing.width_px, self.drawing.height_px)
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        self.stroke_gathered();
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        self.set_fill(color);
        self.op(Op::FillRect, &[f64::from(x), f64::from(y), 1.0, 1.0]);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        // A 1-pixel horizontal or vertical line on a pixel centre stays sharp.
        let half = |a: i32, b: i32| if a == b { f64::from(a) + 0.5 } else { f64::from(a) };
        let (x0, x1) = (half(from.0, to.0), half(to.0, from.0));
        let (y0, y1) = (half(from.1, to.1), half(to.1, from.1));
        self.gather(style, [(x0, y0), (x1, y1)]);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> Drawn {
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.set_fill(style.color());
            self.op(Op::FillRect, &[x, y, w, h]);
        } else {
            self.stroke_gathered();
            self.set_stroke_to(css_color(style.color()), style.stroke_width());
            self.op(Op::StrokeRect, &[x, y, w, h]);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        self.gather(style, path.into_iter().map(|(x, y)| (f64::from(x), f64::from(y))));
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Drawn {
        self.set_fill(style.color());
        self.trace(vertices);
        self.op(Op::ClosePath, &[]);
        self.op(Op::Fill, &[]);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        self.stroke_gathered();
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_stroke_to(css_color(style.color()), style.stroke_width());
        }
        self.op(Op::Circle, &[f64::from(x), f64::from(y), f64::from(radius)]);
        self.op(if fill { Op::Fill } else { Op::Stroke }, &[]);
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Drawn {
        self.stroke_gathered();
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        };
        if align != self.state.align {
            self.op_text(Op::Align, &[], align);
            self.state.align = align;
        }
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if baseline != self.state.baseline {
            self.op_text(Op::Baseline, &[], baseline);
            self.state.baseline = baseline;
        }
        self.set_fill(style.color());
        let plain = matches!(style.family(), plotters_backend::FontFamily::Name(_));
        let px = style.size().round().max(1.0) as u32;
        let font = format!("{} {px}px {}", style.style().as_str(), style.family().as_str());
        if font != self.state.font {
            self.op_text(Op::Font, &[], &font);
            self.state.font = font;
        }
        let turn = match style.transform() {
            FontTransform::None => {
                // Room between the anchor and the canvas edge(s) the text runs towards.
                let (w, pad) = (f64::from(self.drawing.width_px), 2.0);
                let x = f64::from(x);
                let room = match anchor.h_pos {
                    HPos::Left => w - x,
                    HPos::Center => 2.0 * x.min(w - x),
                    HPos::Right => x,
                };
                self.halo_and_fill(text, x, f64::from(y), (room - pad).max(1.0), plain);
                return Ok(());
            }
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
        };
        // `Restore` puts back the stroke the halo changes: so must the cache.
        let stroke_before = (self.state.stroke.clone(), self.state.line_width);
        self.op(Op::Save, &[]);
        self.op(Op::Turn, &[f64::from(x), f64::from(y), turn]);
        self.halo_and_fill(text, 0.0, 0.0, f64::from(self.drawing.height_px), plain);
        self.op(Op::Restore, &[]);
        (self.state.stroke, self.state.line_width) = stroke_before;
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        // Roughly: the charts anchor their labels and never ask.
        let px = style.size().max(1.0);
        Ok(((text.chars().count() as f64 * px * 0.55) as u32, px as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many numbers follow `code`, and whether it takes a string: the
    /// table `www/charts.js` follows.
    fn arity(code: u8) -> (usize, bool) {
        match code {
            0 | 1 | 3 | 4 | 5 => (0, true),
            2 => (1, false),
            6 | 7 => (4, false),
            9 | 10 => (2, false),
            14 | 17 => (3, false),
            18 | 19 => (3, true),
            _ => (0, false),
        }
    }

    /// Walks `drawing` with [`arity`]: the codes it holds, and the number of
    /// strings they take (which must be the strings recorded).
    fn walk(drawing: &Drawing) -> Vec<u8> {
        let (mut codes, mut i, mut strings) = (Vec::new(), 0, 0);
        while i < drawing.numbers.len() {
            let code = drawing.numbers[i] as u8;
            let (args, text) = arity(code);
            assert!(code <= Op::HaloText as u8, "unknown code {code} at {i}");
            codes.push(code);
            strings += usize::from(text);
            i += 1 + args;
        }
        assert_eq!(i, drawing.numbers.len(), "the last operation is cut short");
        let recorded = if drawing.text.is_empty() && strings == 0 { 0 } else { drawing.text.split(TEXT_SEPARATOR).count() };
        assert_eq!(strings, recorded, "strings taken and recorded");
        codes
    }

    fn record(draw: impl FnOnce(&DrawingArea<Recorder, Shift>)) -> Drawing {
        Recorder::record((400, 200), BackendColor { rgb: (255, 255, 255), alpha: 1.0 }, 3, draw)
    }

    #[test]
    fn every_chart_records_operations_the_replayer_can_walk() {
        use crate::chart::Look;
        use crate::i18n::Lang;
        let look = Look { scale: 2.0, dark: false, lang: Lang::En };
        let curves = crate::model::miner::margin_curves(&crate::lower::miner(&crate::inputs::Inputs::default()));
        let labels = crate::chart::miner::Labels { x: "Power price".into(), y: "Margin".into(), breakeven: "0.080".into() };
        let drawings = [
            ("timeline", record(|area| crate::chart::timeline::draw(area, &crate::chart::timeline::tests::sample(), &look).unwrap())),
            ("bars", record(|area| crate::chart::bars::draw(area, &crate::chart::bars::tests::sample(), &look).unwrap())),
            ("tornado", record(|area| crate::chart::tornado::draw(area, &crate::chart::tornado::tests::sample(), &look).unwrap())),
            ("miner", record(|area| crate::chart::miner::draw(area, &curves, &labels, &look).unwrap())),
        ];
        let mut all = Vec::new();
        for (name, drawing) in drawings {
            let codes = walk(&drawing);
            for op in [Op::FillRect, Op::Text, Op::LineTo, Op::Stroke] {
                assert!(codes.contains(&(op as u8)), "{name}: no {op:?}");
            }
            all.extend(codes);
        }
        for op in [Op::HaloText, Op::Turn, Op::Save, Op::Restore, Op::Fill, Op::ClosePath, Op::Circle] {
            assert!(all.contains(&(op as u8)), "no chart records {op:?}");
        }
    }

    #[test]
    fn the_replayer_knows_every_code() {
        const ALL: [Op; 20] = [
            Op::FillStyle,
            Op::StrokeStyle,
            Op::LineWidth,
            Op::Font,
            Op::Align,
            Op::Baseline,
            Op::FillRect,
            Op::StrokeRect,
            Op::BeginPath,
            Op::MoveTo,
            Op::LineTo,
            Op::ClosePath,
            Op::Stroke,
            Op::Fill,
            Op::Circle,
            Op::Save,
            Op::Restore,
            Op::Turn,
            Op::Text,
            Op::HaloText,
        ];
        let js = include_str!("../../www/charts.js");
        for (i, op) in ALL.iter().enumerate() {
            assert_eq!(*op as usize, i, "codes run 0, 1, 2...");
            assert!(js.contains(&format!("case {i}: // {op:?}\n")), "www/charts.js lacks `case {i}: // {op:?}`");
            // As many numbers taken as `arity` says, and a string if it says so.
            let rest = js.split(&format!("case {i}: // {op:?}\n")).nth(1).unwrap();
            let line = &rest[..rest.find("break;").unwrap()];
            let (numbers, text) = arity(i as u8);
            let taken = ["i += 1", "i += 2", "i += 3", "i += 4"].iter().position(|step| line.contains(step)).map_or(0, |k| k + 1);
            let taken = if line.contains("n[i++]") { 1 } else { taken };
            assert_eq!(taken, numbers, "{op:?}: {line}");
            assert_eq!(line.contains("strings[s"), text, "{op:?}: {line}");
        }
    }

    #[test]
    fn colours_as_hex_with_alpha() {
        assert_eq!(css_color(BackendColor { rgb: (255, 16, 0), alpha: 1.0 }), "#ff1000ff");
        assert_eq!(css_color(BackendColor { rgb: (1, 2, 3), alpha: 0.5 }), "#01020380");
    }
}
