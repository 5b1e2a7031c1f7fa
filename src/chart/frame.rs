//! A plot frame in device pixels, and the axes drawn on it. Charts here
//! never ask the backend to measure text (plotters does that on the web by
//! styling a DOM span, which a strict CSP forbids and which forces a
//! layout per label): labels are anchored and the canvas aligns them, and
//! the room they take is estimated (`text`), so the axes are laid out for
//! the canvas's size: a left margin as wide as the y labels and title, as
//! many ticks as their labels leave room for.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::{fit, text_width, Label, Rect};
use super::Look;

/// Maps data coordinates to device pixels inside a drawing area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Plot rectangle in device pixels: left, top, right, bottom.
    pub rect: (i32, i32, i32, i32),
    /// Data range on the x axis.
    pub x: (f64, f64),
    /// Data range on the y axis.
    pub y: (f64, f64),
    /// A logarithmic y axis (the range must then be positive).
    pub log_y: bool,
}

impl Frame {
    /// The plot rectangle as a [`Rect`].
    pub fn area(&self) -> Rect {
        let (l, t, r, b) = self.rect;
        Rect { left: f64::from(l), top: f64::from(t), right: f64::from(r), bottom: f64::from(b) }
    }

    /// The pixel of data point (`x`, `y`); values outside the ranges are
    /// clamped to the frame.
    pub fn px(&self, x: f64, y: f64) -> (i32, i32) {
        let (l, t, r, b) = self.rect;
        let fx = ((x - self.x.0) / (self.x.1 - self.x.0)).max(0.0).min(1.0);
        let fy =
            if self.log_y { (y.ln() - self.y.0.ln()) / (self.y.1.ln() - self.y.0.ln()) } else { (y - self.y.0) / (self.y.1 - self.y.0) };
        let fy = if fy.is_nan() { 0.0 } else { fy.max(0.0).min(1.0) };
        (l + (fx * f64::from(r - l)).round() as i32, b - (fy * f64::from(b - t)).round() as i32)
    }

    /// Pixels of a series of points.
    pub fn path(&self, points: &[(f64, f64)]) -> Vec<(i32, i32)> {
        points.iter().map(|&(x, y)| self.px(x, y)).collect()
    }
}

/// About `target` round tick values (1, 2 or 5 x 10^k apart) covering `lo..=hi`.
pub fn nice_ticks(lo: f64, hi: f64, target: u32) -> Vec<f64> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) || target == 0 {
        return vec![lo];
    }
    let raw = span / f64::from(target);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step =
        [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|&s| span / s <= f64::from(target) + 0.5).unwrap_or(10.0 * magnitude);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// Ticks for a logarithmic axis: 1, 2 and 5 x 10^k inside `lo..=hi`
/// (only powers of ten when that would give more than `max` ticks).
pub fn log_ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    if !(lo > 0.0 && hi > lo && hi.is_finite()) {
        return vec![lo];
    }
    let (first, last) = (lo.log10().floor() as i32, hi.log10().ceil() as i32);
    let candidates = |mantissas: &[f64]| -> Vec<f64> {
        (first..=last)
            .flat_map(|k| mantissas.iter().map(move |m| m * 10f64.powi(k)))
            .filter(|v| *v >= lo * (1.0 - 1e-9) && *v <= hi * (1.0 + 1e-9))
            .collect()
    };
    let all = candidates(&[1.0, 2.0, 5.0]);
    if all.len() <= max {
        all
    } else {
        candidates(&[1.0])
    }
}

/// Round ticks of `lo..=hi` for a linear axis, from about six to two, each
/// labelled by `label`: [`plot`] draws the first set whose labels fit.
pub fn tick_sets(lo: f64, hi: f64, label: &dyn Fn(f64) -> String) -> Vec<Vec<(f64, String)>> {
    let mut sets: Vec<Vec<f64>> = Vec::new();
    for target in (2..=6).rev() {
        let ticks = nice_ticks(lo, hi, target);
        if sets.last() != Some(&ticks) {
            sets.push(ticks);
        }
    }
    sets.into_iter().map(|ticks| ticks.into_iter().map(|v| (v, label(v))).collect()).collect()
}

/// What an axis shows: sets of ticks, each a value and its label, from the
/// densest to the sparsest (the first whose labels fit is drawn), and a
/// title.
pub struct Axis<'a> {
    /// Tick sets, densest first.
    pub ticks: Vec<Vec<(f64, String)>>,
    /// Its title (none if empty).
    pub title: &'a str,
}

/// A plot laid out on a canvas: the frame and every label of its axes.
pub struct Plot {
    /// The frame: the left margin holds the y axis's labels and title.
    pub frame: Frame,
    /// Ticks on x: value and label.
    pub x_ticks: Vec<(f64, Label)>,
    /// Ticks on y: value and label.
    pub y_ticks: Vec<(f64, Label)>,
    /// The x axis's title, under the ticks (none if empty).
    pub x_title: Option<Label>,
    /// The y axis's title, one or two lines drawn turned a quarter turn
    /// anticlockwise, left to right (each line's anchor is its centre's
    /// left edge once turned).
    pub y_title: Vec<Label>,
}

/// Font size in device px of text of nominal size `css_px`: drawn 24%
/// larger, to sit with the page's text, in whole pixels (as the canvas
/// draws it).
pub fn font_px(look: &Look, css_px: f64) -> f64 {
    (css_px * 1.24 * look.scale).round().max(1.0)
}

/// Room kept between any label and the canvas's edge, CSS px.
pub const EDGE_CSS: f64 = 2.0;

/// The canvas's area less [`EDGE_CSS`] on every side: where labels may go.
pub fn inside(size: (u32, u32), look: &Look) -> Rect {
    let edge = f64::from(look.px(EDGE_CSS));
    Rect { left: edge, top: edge, right: f64::from(size.0) - edge, bottom: f64::from(size.1) - edge }
}

/// `label` moved sideways as little as it takes to lie between `lo` and `hi`.
pub fn clamp_x(mut label: Label, lo: f64, hi: f64) -> Label {
    let rect = label.rect();
    // Whole pixels, rounded away from the edge.
    let shift = if rect.left < lo { (lo - rect.left).ceil() } else { (hi - rect.right).min(0.0).floor() };
    label.at.0 += shift as i32;
    label
}

/// Tick labels for a horizontal axis: those of the first of `sets` whose
/// labels keep `gap` px apart (else of the last), each centred under its
/// tick (`px` of its value) at `y`, moved inside `inner` if need be.
pub fn x_labels(sets: Vec<Vec<(f64, String)>>, px: &dyn Fn(f64) -> i32, y: i32, font: f64, inner: &Rect, gap: f64) -> Vec<(f64, Label)> {
    let mut ticks: Vec<(f64, Label)> = Vec::new();
    for set in sets {
        ticks.clear();
        for (v, text) in set {
            let label = Label::new(text, (px(v), y), Pos::new(HPos::Center, VPos::Top), font);
            ticks.push((v, clamp_x(label, inner.left, inner.right)));
        }
        if ticks.windows(2).all(|w| !w[0].1.rect().grown(gap).overlaps(&w[1].1.rect())) {
            break;
        }
    }
    ticks
}

/// Lays out a plot on a canvas of `size` device px: y ticks as many as
/// their labels' height allows, a left margin as wide as the widest y
/// label and the y title (wrapped on two lines if the canvas is not tall
/// enough for one), x ticks as many as their labels' widths allow (the
/// outer ones kept inside the canvas), the x title shrunk if need be.
pub fn plot(size: (u32, u32), look: &Look, x: (f64, f64), y: (f64, f64), log_y: bool, x_axis: Axis, y_axis: Axis) -> Plot {
    let inner = inside(size, look);
    let font = font_px(look, 12.0);
    let (t, b) = (look.px(14.0) as i32, size.1 as i32 - look.px(46.0) as i32);
    let gap = look.px(6.0) as i32;

    // Y ticks: the first set whose labels are their height apart.
    let rough = Frame { rect: (0, t, 1, b), x, y, log_y };
    let count = y_axis.ticks.len();
    let spaced =
        |set: &[(f64, String)]| set.windows(2).all(|p| f64::from(rough.px(0.0, p[0].0).1 - rough.px(0.0, p[1].0).1) >= font * 1.25);
    let k = y_axis.ticks.iter().position(|set| spaced(set)).unwrap_or(count.max(1) - 1);
    let y_set = y_axis.ticks.into_iter().nth(k).unwrap_or_default();

    let mut y_title = fit(y_axis.title, font, (font * 0.8).round(), inner.bottom - inner.top, true);
    if y_axis.title.is_empty() {
        y_title.lines.clear();
    }
    let line = y_title.font_px * 1.15;
    let widest = y_set.iter().map(|(_, l)| text_width(l, font)).fold(0.0, f64::max);
    let title_room = if y_title.lines.is_empty() { 0.0 } else { y_title.lines.len() as f64 * line + f64::from(look.px(4.0)) };
    let l = (inner.left + title_room + widest).ceil() as i32 + gap;
    let r = size.0 as i32 - look.px(16.0) as i32;
    let frame = Frame { rect: (l, t, r, b), x, y, log_y };

    let mut y_ticks = Vec::new();
    for (v, text) in y_set {
        y_ticks.push((v, Label::new(text, (l - gap, frame.px(x.0, v).1), Pos::new(HPos::Right, VPos::Center), font)));
    }
    let x_ticks = x_labels(x_axis.ticks, &|v| frame.px(v, y.0).0, b + look.px(8.0) as i32, font, &inner, f64::from(gap));

    let x_title = (!x_axis.title.is_empty()).then(|| {
        let fitted = fit(x_axis.title, font, (font * 0.8).round(), inner.right - inner.left, false);
        let at = ((l + r) / 2, size.1 as i32 - look.px(4.0) as i32);
        clamp_x(Label::new(fitted.lines[0].clone(), at, Pos::new(HPos::Center, VPos::Bottom), fitted.font_px), inner.left, inner.right)
    });
    let half = y_title.width() / 2.0;
    let middle = (f64::from(t + b) / 2.0).max(inner.top + half).min(inner.bottom - half) as i32;
    let mut title = Vec::new();
    for (i, text) in y_title.lines.iter().enumerate() {
        let at = ((inner.left + i as f64 * line) as i32, middle);
        title.push(Label::new(text.clone(), at, Pos::new(HPos::Center, VPos::Top), y_title.font_px).turned());
    }
    Plot { frame, x_ticks, y_ticks, x_title, y_title: title }
}

/// The font family name of text outside the plot area (tick labels, axis
/// titles): nothing is drawn under it, so the canvas draws it without the
/// halo that keeps labels over lines legible. The family is named rather
/// than given as the variant, which is how the canvas backend tells; it is
/// the same font as `FontFamily::SansSerif`.
pub const OUTSIDE_FAMILY: &str = "sans-serif";

/// Draws `label` in the plot (haloed), or outside it (`outside`: no halo).
fn draw_text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    label: &Label,
    outside: bool,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    // The family is named by its variant or a `&'static str`: `From<&str>`
    // would lowercase the name, linking Unicode case tables (6 KB gzip).
    let family = if outside { FontFamily::Name(OUTSIDE_FAMILY) } else { FontFamily::SansSerif };
    let style = FontDesc::new(family, label.font_px, FontStyle::Normal).color(&look.ink()).pos(label.pos);
    let style = if label.turned { style.transform(FontTransform::Rotate270) } else { style };
    area.draw(&Text::new(label.text.as_str(), label.at, style))
}

/// Draws `label` in the plot, haloed (legible over lines and bars).
pub fn draw_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    label: &Label,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_text(area, look, label, false)
}

/// Draws `label` outside the plot, where nothing is drawn under it.
pub fn draw_outside<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    label: &Label,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_text(area, look, label, true)
}

/// Fills the background and draws grid lines, tick labels and titles.
pub fn draw_axes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot: &Plot,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&look.paper())?;
    let frame = &plot.frame;
    let (l, t, r, b) = frame.rect;
    let grid = look.grid().stroke_width(look.px(1.0));
    for (y, label) in &plot.y_ticks {
        let (_, py) = frame.px(frame.x.0, *y);
        area.draw(&PathElement::new(vec![(l, py), (r, py)], grid))?;
        draw_outside(area, look, label)?;
    }
    for (x, label) in &plot.x_ticks {
        let (px, _) = frame.px(*x, frame.y.0);
        area.draw(&PathElement::new(vec![(px, t), (px, b)], grid))?;
        draw_outside(area, look, label)?;
    }
    let axis = look.ink().stroke_width(look.px(1.0));
    area.draw(&PathElement::new(vec![(l, t), (l, b), (r, b)], axis))?;
    if let Some(title) = &plot.x_title {
        draw_outside(area, look, title)?;
    }
    for line in &plot.y_title {
        draw_outside(area, look, line)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_inside() {
        assert_eq!(nice_ticks(0.0, 0.12, 6), vec![0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12]);
        assert_eq!(nice_ticks(-23.0, 81.0, 5), vec![-20.0, 0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(5.0, 5.0, 5), vec![5.0]);
        assert_eq!(nice_ticks(0.0, f64::NAN, 5).len(), 1);
    }

    #[test]
    fn log_ticks_cover_decades() {
        assert_eq!(log_ticks(3.0, 60.0, 8), vec![5.0, 10.0, 20.0, 50.0]);
        assert_eq!(log_ticks(0.5, 5000.0, 6), vec![1.0, 10.0, 100.0, 1000.0]);
    }

    #[test]
    fn frame_maps_corners_and_clamps() {
        let f = Frame { rect: (58, 14, 384, 254), x: (0.0, 1.0), y: (-1.0, 1.0), log_y: false };
        let (l, t, r, b) = f.rect;
        assert_eq!(f.px(0.0, -1.0), (l, b));
        assert_eq!(f.px(1.0, 1.0), (r, t));
        assert_eq!(f.px(9.0, 9.0), (r, t));
    }
}
