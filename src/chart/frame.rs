//! A plot frame in device pixels, and the axes drawn on it. Charts here
//! never ask the backend to measure text (plotters does that on the web by
//! styling a DOM span, which a strict CSP forbids and which forces a
//! layout per label): labels are anchored instead, and the canvas aligns
//! them.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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
    /// A frame filling `size` (device pixels) minus room for the axes.
    pub fn new(size: (u32, u32), look: &Look, x: (f64, f64), y: (f64, f64)) -> Self {
        let (w, h) = (size.0 as i32, size.1 as i32);
        let rect = (look.px(58.0) as i32, look.px(14.0) as i32, w - look.px(16.0) as i32, h - look.px(46.0) as i32);
        Frame { rect, x, y, log_y: false }
    }

    /// The same frame with a logarithmic y axis.
    pub fn with_log_y(self) -> Self {
        Frame { log_y: true, ..self }
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

/// Axis titles and tick labels, already formatted for the reader.
pub struct Axes<'a> {
    /// Ticks on x: value and label.
    pub x_ticks: &'a [(f64, String)],
    /// Ticks on y: value and label.
    pub y_ticks: &'a [(f64, String)],
    /// Title under the x axis.
    pub x_title: &'a str,
    /// Title beside the y axis (drawn rotated).
    pub y_title: &'a str,
}

/// Text style of `css_px` size in the look's ink, anchored at `pos`.
pub fn text_style(look: &Look, css_px: f64, pos: Pos) -> TextStyle<'static> {
    // Nominal sizes are drawn 24% larger, to sit with the page's text. The
    // family is named by its variant: `From<&str>` would lowercase the name,
    // linking Unicode case tables (6 KB gzip) into the wasm.
    FontDesc::new(FontFamily::SansSerif, css_px * 1.24 * look.scale, FontStyle::Normal).color(&look.ink()).pos(pos)
}

/// [`text_style`] for text outside the plot area (tick labels, axis
/// titles): nothing is drawn under it, so the canvas draws it without the
/// halo that keeps labels over lines legible. The family is named rather
/// than given as the variant, which is how the canvas backend tells; it is
/// the same font.
pub fn outside_style(look: &Look, css_px: f64, pos: Pos) -> TextStyle<'static> {
    let style = text_style(look, css_px, pos);
    TextStyle { font: FontDesc::new(FontFamily::Name(OUTSIDE_FAMILY), style.font.get_size(), FontStyle::Normal), ..style }
}

/// The font family name of [`outside_style`] (the same font as
/// `FontFamily::SansSerif`).
pub const OUTSIDE_FAMILY: &str = "sans-serif";

/// Fills the background and draws grid lines, tick labels and titles.
pub fn draw_axes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    look: &Look,
    axes: &Axes,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&look.paper())?;
    let (l, t, r, b) = frame.rect;
    let grid = look.grid().stroke_width(look.px(1.0));
    let gap = look.px(6.0) as i32;
    for (y, label) in axes.y_ticks {
        let (_, py) = frame.px(frame.x.0, *y);
        area.draw(&PathElement::new(vec![(l, py), (r, py)], grid))?;
        area.draw(&Text::new(label.clone(), (l - gap, py), outside_style(look, 12.0, Pos::new(HPos::Right, VPos::Center))))?;
    }
    for (x, label) in axes.x_ticks {
        let (px, _) = frame.px(*x, frame.y.0);
        area.draw(&PathElement::new(vec![(px, t), (px, b)], grid))?;
        area.draw(&Text::new(label.clone(), (px, b + gap), outside_style(look, 12.0, Pos::new(HPos::Center, VPos::Top))))?;
    }
    let axis = look.ink().stroke_width(look.px(1.0));
    area.draw(&PathElement::new(vec![(l, t), (l, b), (r, b)], axis))?;
    let (_, h) = area.dim_in_pixel();
    area.draw(&Text::new(
        axes.x_title.to_string(),
        ((l + r) / 2, h as i32 - look.px(4.0) as i32),
        outside_style(look, 12.0, Pos::new(HPos::Center, VPos::Bottom)),
    ))?;
    let y_title = outside_style(look, 12.0, Pos::new(HPos::Center, VPos::Top)).transform(FontTransform::Rotate270);
    area.draw(&Text::new(axes.y_title.to_string(), (look.px(2.0) as i32, (t + b) / 2), y_title))?;
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
        let look = Look { scale: 1.0, dark: false, lang: crate::i18n::Lang::En };
        let f = Frame::new((400, 300), &look, (0.0, 1.0), (-1.0, 1.0));
        let (l, t, r, b) = f.rect;
        assert_eq!(f.px(0.0, -1.0), (l, b));
        assert_eq!(f.px(1.0, 1.0), (r, t));
        assert_eq!(f.px(9.0, 9.0), (r, t));
    }
}
