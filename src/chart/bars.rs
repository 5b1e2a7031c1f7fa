//! Bar charts: groups of floating bars (from, to) with labels under each
//! group. A waterfall is one bar a group floating at its running total;
//! before/after shares are two bars a group.

use plotters::coord::Shift;
use plotters::element::Rectangle;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{clamp_x, draw_axes, draw_label, draw_outside, font_px, inside, plot, tick_sets, Axis};
use super::text::{shortened, text_width, Label, Placer, Rect};
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

/// How the bars' value labels are drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Values {
    /// Level, above each bar.
    Level,
    /// Turned a quarter turn, standing on each bar: bars too narrow for
    /// their labels level.
    Turned,
    /// Not at all: bars too narrow even for that (the table has them).
    Left,
}

/// Draws `chart` on `area`. Value labels stand above their bars, level
/// where the bars are wide enough for them, else turned a quarter turn
/// (the plot's top is raised to make room for them); group labels are
/// under their groups, on two staggered rows, smaller, or shortened where
/// one row has no room for them.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let size = area.dim_in_pixel();
    let groups = chart.groups.len().max(1) as f64;
    let (lo, hi) = chart.y_range();
    let layout = |hi: f64| {
        let ticks = tick_sets(lo, hi, &|v| format::number(look.lang, v, chart.y_decimals));
        plot(size, look, (0.0, groups), (lo, hi), false, Axis { ticks: Vec::new(), title: "" }, Axis { ticks, title: &chart.y_title })
    };
    let value_px = font_px(look, 11.0);
    let gap = f64::from(look.px(4.0));
    // Lay out; see how the value labels fit the bars; raise the top to hold them.
    let mut plot = layout(hi);
    let (l, t, r, b) = plot.frame.rect;
    let group_px = f64::from(r - l) / groups;
    let (mut level, mut turned, mut widest, mut top_value) = (true, true, 0.0f64, lo);
    for group in &chart.groups {
        let slot = group_px * 0.8 / group.bars.len().max(1) as f64 - gap;
        for bar in &group.bars {
            let w = text_width(&bar.label, value_px);
            (level, turned, widest) = (level && w <= slot, turned && value_px <= slot, widest.max(w));
            top_value = top_value.max(bar.from.max(bar.to));
        }
    }
    let values = if level {
        Values::Level
    } else if turned {
        Values::Turned
    } else {
        Values::Left
    };
    let need = match values {
        Values::Level => value_px + 2.0 * gap,
        Values::Turned => widest + 2.0 * gap,
        Values::Left => 0.0,
    };
    let plot_h = f64::from(b - t);
    // The top bar `need` px under the plot's top.
    let wanted = lo + (top_value - lo) * plot_h / (plot_h - need);
    if need * 2.0 < plot_h && wanted > hi {
        plot = layout(wanted);
    }
    draw_axes(area, &plot, look)?;
    let frame = plot.frame;
    let (l, r, b) = (frame.rect.0, frame.rect.2, frame.rect.3);
    let mut values_placed = Placer::new(frame.area(), 0.0);
    let mut labels = Vec::new();
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
            let at = ((a.0 + b.0) / 2, a.1 - gap as i32);
            let label = match values {
                Values::Level => Label::new(bar.label.clone(), at, Pos::new(HPos::Center, VPos::Bottom), value_px),
                Values::Turned => Label::new(bar.label.clone(), at, Pos::new(HPos::Left, VPos::Center), value_px).turned(),
                Values::Left => continue,
            };
            if values_placed.take(&label) {
                labels.push(label);
            }
        }
    }
    for label in &labels {
        draw_label(area, look, label)?;
    }

    // Group labels: on one row, else on two staggered rows, else smaller
    // and shortened to the room two groups give.
    let inner = inside(size, look);
    let below = Rect { top: f64::from(b), ..inner };
    let group_px = f64::from(r - l) / groups;
    let (large, small) = (font_px(look, 12.0), font_px(look, 10.0));
    let tries = [(large, false), (large, true), (small, true)];
    for (k, &(font, stagger)) in tries.iter().enumerate() {
        let last = k + 1 == tries.len();
        let mut placer = Placer::new(below, gap);
        let row = (font + gap) as i32 + 1;
        let mut labels = Vec::new();
        for (g, group) in chart.groups.iter().enumerate() {
            let text = if last { shortened(&group.label, font, 2.0 * group_px - gap) } else { group.label.clone() };
            if text == "…" {
                continue;
            }
            let y = b + look.px(8.0) as i32 + if stagger && g % 2 == 1 { row } else { 0 };
            let label = Label::new(text, (frame.px(g as f64 + 0.5, frame.y.0).0, y), Pos::new(HPos::Center, VPos::Top), font);
            let label = clamp_x(label, inner.left, inner.right);
            if placer.take(&label) {
                labels.push(label);
            }
        }
        if last || labels.len() == chart.groups.len() {
            for label in &labels {
                draw_outside(area, look, label)?;
            }
            break;
        }
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
