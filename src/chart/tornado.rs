//! The tornado: for each input, a horizontal bar from the NPV advantage at
//! its low test value to the one at its high value, around today's
//! advantage; the largest swing on top.

use plotters::coord::Shift;
use plotters::element::Rectangle;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{clamp_x, draw_label, draw_outside, font_px, inside, tick_sets, x_labels};
use super::text::{fit, Fitted, Label};
use super::Look;
use crate::format;

/// One row: a label and the advantage at the low and at the high value.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The input's name and its two test values.
    pub label: String,
    /// Advantage at the low test value, in display units.
    pub low: f64,
    /// Advantage at the high test value.
    pub high: f64,
}

/// Everything the tornado shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    /// Rows, top first.
    pub rows: Vec<Row>,
    /// Today's advantage (the axis the bars grow from).
    pub base: f64,
    /// Title of the value axis.
    pub x_title: String,
}

impl Tornado {
    /// The data as CSV: input, advantage at its low and at its high value.
    pub fn to_csv(&self) -> String {
        let rows = self.rows.iter().map(|r| vec![r.label.clone(), crate::decimal::plain(r.low), crate::decimal::plain(r.high)]);
        super::csv(&["input", "advantage_low", "advantage_high"], rows)
    }
}

/// Draws `chart` on `area`: labels above each bar (on two lines, or
/// smaller, where one line has no room), low value in colour 1 (outlined),
/// high value in colour 0 (filled).
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Tornado,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&look.paper())?;
    let (w, h) = area.dim_in_pixel();
    let inner = inside((w, h), look);
    let px = |css: f64| look.px(css) as i32;
    let (tick_px, title_px) = (font_px(look, 11.0), font_px(look, 12.0));
    let x_title = fit(&chart.x_title, title_px, (title_px * 0.8).round(), inner.right - inner.left, false);
    let (left, right, top) = (px(12.0), w as i32 - px(12.0), px(8.0));
    let bottom = h as i32 - px(10.0) - (tick_px + x_title.font_px).round() as i32;
    let values = chart.rows.iter().flat_map(|r| [r.low, r.high]).chain([chart.base]);
    let (lo, hi) = values.filter(|v| v.is_finite()).fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    let (lo, hi) =
        if lo.is_finite() && hi > lo { (lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05) } else { (chart.base - 1.0, chart.base + 1.0) };
    let x = |v: f64| left + ((v - lo) / (hi - lo) * f64::from(right - left)).round() as i32;

    // Ticks: the most whose labels keep apart.
    let sets = tick_sets(lo, hi, &|v| format::number(look.lang, v, 0));
    let grid = look.grid().stroke_width(look.px(1.0));
    for (tick, label) in x_labels(sets, &x, bottom + px(4.0), tick_px, &inner, f64::from(look.px(6.0))) {
        area.draw(&PathElement::new(vec![(x(tick), top), (x(tick), bottom)], grid))?;
        draw_outside(area, look, &label)?;
    }
    let title = Label::new(
        x_title.lines[0].clone(),
        ((left + right) / 2, h as i32 - px(2.0)),
        Pos::new(HPos::Center, VPos::Bottom),
        x_title.font_px,
    );
    draw_outside(area, look, &clamp_x(title, inner.left, inner.right))?;

    // Each row: its label's lines (two where one has no room, smaller if
    // even two have none), then its bar.
    let room = f64::from(right - left);
    let label_px = font_px(look, 11.0);
    let n = chart.rows.len().max(1) as i32;
    let fitted: Vec<Fitted> = chart.rows.iter().map(|r| fit(&r.label, label_px, (label_px * 0.8).round(), room, true)).collect();
    let line_h = |f: &Fitted| (f.font_px * 1.15).round() as i32;
    let text_h: i32 = fitted.iter().map(|f| line_h(f) * f.lines.len() as i32).sum();
    let bar_h = ((bottom - top - text_h) / n - px(6.0)).max(1);
    let low = look.series(1);
    let mut labels = Vec::new();
    let mut y = top;
    for (row, f) in chart.rows.iter().zip(&fitted) {
        for line in &f.lines {
            labels.push(Label::new(line.clone(), (left, y), Pos::new(HPos::Left, VPos::Top), f.font_px));
            y += line_h(f);
        }
        let (bar_top, bar_bottom) = (y + px(1.0), y + px(1.0) + bar_h);
        area.draw(&Rectangle::new([(x(chart.base), bar_top), (x(row.low), bar_bottom)], low.mix(0.25).filled()))?;
        area.draw(&Rectangle::new([(x(chart.base), bar_top), (x(row.low), bar_bottom)], low.stroke_width(look.px(1.5))))?;
        area.draw(&Rectangle::new([(x(chart.base), bar_top), (x(row.high), bar_bottom)], look.series(0).filled()))?;
        y += bar_h + px(6.0);
    }
    area.draw(&PathElement::new(vec![(x(chart.base), top), (x(chart.base), bottom)], look.ink().stroke_width(look.px(1.5))))?;
    // Labels last, so the base line does not cross them.
    for label in &labels {
        draw_label(area, look, label)?;
    }
    area.present()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Two rows either side of the base.
    pub(crate) fn sample() -> Tornado {
        Tornado {
            rows: vec![
                Row { label: "Lease 120 / 180".into(), low: -50.0, high: 150.0 },
                Row { label: "BTC price".into(), low: 80.0, high: 20.0 },
            ],
            base: 50.0,
            x_title: "USD M".into(),
        }
    }

    #[test]
    fn draws_rows_and_axis() {
        let chart = sample();
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
            draw(&area, &chart, &Look { scale: 1.0, dark: false, lang: Lang::En }).unwrap();
        }
        for text in ["Lease 120 / 180", "BTC price", "USD M"] {
            assert!(svg.contains(text), "{text}");
        }
        assert!(svg.matches("<rect").count() >= 7);
    }
}
