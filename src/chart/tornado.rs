//! The tornado: for each input, a horizontal bar from the NPV advantage at
//! its low test value to the one at its high value, around today's
//! advantage; the largest swing on top.

use plotters::coord::Shift;
use plotters::element::Rectangle;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{nice_ticks, outside_style, text_style};
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

/// Draws `chart` on `area`: labels above each bar, low value in colour 1
/// (outlined), high value in colour 0 (filled).
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Tornado,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&look.paper())?;
    let (w, h) = area.dim_in_pixel();
    let (left, right, top, bottom) =
        (look.px(12.0) as i32, w as i32 - look.px(12.0) as i32, look.px(8.0) as i32, h as i32 - look.px(40.0) as i32);
    let values = chart.rows.iter().flat_map(|r| [r.low, r.high]).chain([chart.base]);
    let (lo, hi) = values.filter(|v| v.is_finite()).fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    let (lo, hi) =
        if lo.is_finite() && hi > lo { (lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05) } else { (chart.base - 1.0, chart.base + 1.0) };
    let x = |v: f64| left + ((v - lo) / (hi - lo) * f64::from(right - left)).round() as i32;
    let grid = look.grid().stroke_width(look.px(1.0));
    for tick in nice_ticks(lo, hi, 5) {
        area.draw(&PathElement::new(vec![(x(tick), top), (x(tick), bottom)], grid))?;
        area.draw(&Text::new(
            format::number(look.lang, tick, 0),
            (x(tick), bottom + look.px(4.0) as i32),
            outside_style(look, 11.0, Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    area.draw(&Text::new(
        chart.x_title.clone(),
        ((left + right) / 2, h as i32 - look.px(2.0) as i32),
        outside_style(look, 12.0, Pos::new(HPos::Center, VPos::Bottom)),
    ))?;
    let row_h = (bottom - top) / chart.rows.len().max(1) as i32;
    let row_top = |i: usize| top + row_h * i as i32;
    for (i, row) in chart.rows.iter().enumerate() {
        let (bar_top, bar_bottom) = (row_top(i) + row_h * 45 / 100, row_top(i) + row_h * 90 / 100);
        let low = look.series(1);
        area.draw(&Rectangle::new([(x(chart.base), bar_top), (x(row.low), bar_bottom)], low.mix(0.25).filled()))?;
        area.draw(&Rectangle::new([(x(chart.base), bar_top), (x(row.low), bar_bottom)], low.stroke_width(look.px(1.5))))?;
        area.draw(&Rectangle::new([(x(chart.base), bar_top), (x(row.high), bar_bottom)], look.series(0).filled()))?;
    }
    area.draw(&PathElement::new(vec![(x(chart.base), top), (x(chart.base), bottom)], look.ink().stroke_width(look.px(1.5))))?;
    // Labels last, so the base line does not cross them.
    for (i, row) in chart.rows.iter().enumerate() {
        area.draw(&Text::new(
            row.label.clone(),
            (left, row_top(i) + look.px(2.0) as i32),
            text_style(look, 11.0, Pos::new(HPos::Left, VPos::Top)),
        ))?;
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
