//! Bar charts: groups of floating bars (from, to) with labels under each
//! group. A waterfall is one bar a group floating at its running total;
//! before/after shares are two bars a group.

use plotters::coord::Shift;
use plotters::element::Rectangle;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{draw_axes, nice_ticks, outside_style, text_style, Axes, Frame};
use super::Look;
use crate::format;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Bottom (or start) value.
    pub from: f64,
    /// Top (or end) value.
    pub to: f64,
    /// Colour index in the look's palette.
    pub colour: usize,
    /// Hatched (drawn as an outline), so it differs by more than colour.
    pub outline: bool,
    /// Value label drawn above the bar.
    pub label: String,
}

/// A group of bars side by side, with a label under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Label under the group.
    pub label: String,
    /// Its bars.
    pub bars: Vec<Bar>,
}

/// Everything a bar chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// The groups, left to right.
    pub groups: Vec<Group>,
    /// Y axis title.
    pub y_title: String,
    /// Decimals of y tick labels.
    pub y_decimals: u8,
}

impl BarChart {
    /// The data as CSV: group, bar index, from, to.
    pub fn to_csv(&self) -> String {
        let rows = self.groups.iter().flat_map(|g| {
            g.bars
                .iter()
                .enumerate()
                .map(move |(i, b)| vec![g.label.clone(), i.to_string(), crate::decimal::plain(b.from), crate::decimal::plain(b.to)])
        });
        super::csv(&["group", "bar", "from", "to"], rows)
    }

    /// The y range holding every bar and zero, with headroom for labels.
    pub fn y_range(&self) -> (f64, f64) {
        let (lo, hi) = self
            .groups
            .iter()
            .flat_map(|g| g.bars.iter().flat_map(|b| [b.from, b.to]))
            .filter(|v| v.is_finite())
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let pad = ((hi - lo) * 0.12).max(1e-9);
        (if lo < 0.0 { lo - pad } else { 0.0 }, hi + pad)
    }
}

/// Draws `chart` on `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let groups = chart.groups.len().max(1) as f64;
    let frame = Frame::new(area.dim_in_pixel(), look, (0.0, groups), chart.y_range());
    let y_ticks: Vec<_> =
        nice_ticks(frame.y.0, frame.y.1, 6).into_iter().map(|v| (v, format::number(look.lang, v, chart.y_decimals))).collect();
    draw_axes(area, &frame, look, &Axes { x_ticks: &[], y_ticks: &y_ticks, x_title: "", y_title: &chart.y_title })?;
    let narrow = f64::from(frame.rect.2 - frame.rect.0) / look.scale < 420.0;
    for (g, group) in chart.groups.iter().enumerate() {
        let n = group.bars.len().max(1) as f64;
        let slot = 0.8 / n;
        for (i, bar) in group.bars.iter().enumerate() {
            let x0 = g as f64 + 0.1 + slot * i as f64;
            let (lo, hi) = (bar.from.min(bar.to), bar.from.max(bar.to));
            let (a, b) = (frame.px(x0 + slot * 0.08, hi), frame.px(x0 + slot * 0.92, lo));
            let colour = look.series(bar.colour);
            if bar.outline {
                area.draw(&Rectangle::new([a, b], colour.mix(0.25).filled()))?;
                area.draw(&Rectangle::new([a, b], colour.stroke_width(look.px(2.0))))?;
            } else {
                area.draw(&Rectangle::new([a, b], colour.filled()))?;
            }
            let size = if narrow { 9.5 } else { 11.0 };
            area.draw(&Text::new(
                bar.label.clone(),
                ((a.0 + b.0) / 2, a.1 - look.px(2.0) as i32),
                text_style(look, size, Pos::new(HPos::Center, VPos::Bottom)),
            ))?;
        }
        let (cx, bottom) = frame.px(g as f64 + 0.5, frame.y.0);
        let size = if narrow { 10.0 } else { 12.0 };
        area.draw(&Text::new(
            group.label.clone(),
            (cx, bottom + look.px(6.0) as i32),
            outside_style(look, size, Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    area.present()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Two groups, one with an outlined bar.
    pub(crate) fn sample() -> BarChart {
        let bar = |from, to, label: &str| Bar { from, to, colour: 0, outline: false, label: label.into() };
        BarChart {
            groups: vec![
                Group { label: "Demand".into(), bars: vec![bar(0.0, 74.0, "74")] },
                Group { label: "Shortfall".into(), bars: vec![bar(25.0, 74.0, "49"), Bar { outline: true, ..bar(0.0, 10.0, "10") }] },
            ],
            y_title: "GW".into(),
            y_decimals: 0,
        }
    }

    #[test]
    fn draws_groups_bars_and_labels() {
        let chart = sample();
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
            draw(&area, &chart, &Look { scale: 1.0, dark: false, lang: Lang::En }).unwrap();
        }
        for text in ["Demand", "Shortfall", "\n74\n", "\n49\n", "GW"] {
            assert!(svg.contains(text), "SVG lacks {text:?}");
        }
        assert!(svg.matches("<rect").count() >= 5, "background and bars");
    }
}
