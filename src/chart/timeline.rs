//! Monthly time-series charts (the outlook's hashprice, margin and
//! hashrate; later the pivot's cash flows): lines, an optional percentile
//! band, dated vertical markers (halvings) and horizontal reference lines.

use plotters::coord::Shift;
use plotters::element::{DashedPathElement, Polygon};
use plotters::prelude::*;
use plotters::style::text_anchor::VPos;

use super::frame::{draw_axes, draw_label, font_px, log_ticks, plot, tick_sets, Axis};
use super::text::Placer;
use super::Look;
use crate::format;
use crate::model::calendar::Date;

/// One line: a value per month from the chart's start.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Column name in the CSV export (a stable key, not translated).
    pub name: &'static str,
    /// Values, one per month.
    pub values: Vec<f64>,
    /// Colour index in the look's palette.
    pub colour: usize,
    /// Dash and gap in CSS px; `None` is solid.
    pub dash: Option<(f64, f64)>,
}

/// A horizontal reference line with a short label.
#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    /// Its y value.
    pub y: f64,
    /// Its label (drawn above the line at the left, where there is room).
    pub label: String,
    /// A shorter label for where the long one does not fit.
    pub short: String,
}

/// A dated vertical marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Month index from the start (may be fractional).
    pub month: f64,
    /// Its label.
    pub label: String,
    /// A shorter label, for every marker when one's long label does not fit.
    pub short: String,
    /// Label at the bottom of the plot instead of the top.
    pub at_bottom: bool,
}

/// Everything a timeline chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The first month.
    pub start: Date,
    /// Lines, drawn in order (the first on top).
    pub lines: Vec<Line>,
    /// Optional band: (low, high) per month, shaded in colour 0.
    pub band: Vec<(f64, f64)>,
    /// Horizontal reference lines.
    pub levels: Vec<Level>,
    /// Vertical markers.
    pub markers: Vec<Marker>,
    /// Logarithmic y axis.
    pub log_y: bool,
    /// Always include zero on a linear y axis.
    pub include_zero: bool,
    /// Y axis title.
    pub y_title: String,
    /// Decimals of y tick labels.
    pub y_decimals: u8,
}

impl Timeline {
    /// Months covered.
    pub fn months(&self) -> usize {
        self.lines.iter().map(|l| l.values.len()).max().unwrap_or(0)
    }

    /// The data as CSV: month, then each line, then the band's low and high
    /// when there is one.
    pub fn to_csv(&self) -> String {
        let mut header = vec!["month"];
        header.extend(self.lines.iter().map(|l| l.name));
        if !self.band.is_empty() {
            header.extend(["p10", "p90"]);
        }
        let rows = (0..self.months()).map(|m| {
            let mut row = vec![self.start.plus_months(m as i32).year_month()];
            row.extend(self.lines.iter().map(|l| l.values.get(m).map(|v| crate::decimal::plain(*v)).unwrap_or_default()));
            if let Some(&(lo, hi)) = self.band.get(m) {
                row.extend([crate::decimal::plain(lo), crate::decimal::plain(hi)]);
            }
            row
        });
        super::csv(&header, rows)
    }

    /// The y range that holds every finite value, band and level.
    pub fn y_range(&self) -> (f64, f64) {
        let values = self.lines.iter().flat_map(|l| l.values.iter().copied());
        let band = self.band.iter().flat_map(|&(lo, hi)| [lo, hi]);
        let levels = self.levels.iter().map(|l| l.y);
        let (mut lo, mut hi) = values
            .chain(band)
            .chain(levels)
            .filter(|v| v.is_finite() && (!self.log_y || *v > 0.0))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
        if !lo.is_finite() {
            return if self.log_y { (1.0, 10.0) } else { (0.0, 1.0) };
        }
        if self.log_y {
            let (lo, hi) = (lo / 1.15, hi * 1.15);
            return if hi / lo < 4.0 { (lo / 1.5, hi * 1.5) } else { (lo, hi) };
        }
        if self.include_zero {
            lo = lo.min(0.0);
            hi = hi.max(0.0);
        }
        let pad = ((hi - lo) * 0.08).max(1e-9);
        (lo - pad, hi + pad)
    }
}

/// Draws `chart` on `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Timeline,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let months = chart.months().max(2) as f64 - 1.0;
    let (lo, hi) = chart.y_range();
    // A tick each January, or every second, third... one where the years' labels would collide.
    let first_january = (12 - chart.start.month as i32 + 1) % 12;
    let year = |m: i32| format::digits(look.lang, &chart.start.plus_months(m).year.to_string());
    let x_sets = [1, 2, 3, 4, 6]
        .iter()
        .map(|k| {
            (0..).map(|i| first_january + 12 * k * i).take_while(|&m| f64::from(m) <= months).map(|m| (f64::from(m), year(m))).collect()
        })
        .collect();
    // Small ticks on a log axis (0.5, 0.2) need their decimals.
    let decimals = |v: f64| if v > 0.0 && v < 1.0 { chart.y_decimals.max((-v.log10()).ceil() as u8) } else { chart.y_decimals };
    let label = |v: f64| format::number(look.lang, v, decimals(v));
    let y_sets = if chart.log_y {
        [7, 1].iter().map(|&max| log_ticks(lo, hi, max).into_iter().map(|v| (v, label(v))).collect()).collect()
    } else {
        tick_sets(lo, hi, &label)
    };
    let plot = plot(
        area.dim_in_pixel(),
        look,
        (0.0, months),
        (lo, hi),
        chart.log_y,
        Axis { ticks: x_sets, title: "" },
        Axis { ticks: y_sets, title: &chart.y_title },
    );
    draw_axes(area, &plot, look)?;
    let frame = plot.frame;

    if !chart.band.is_empty() {
        let upper = chart.band.iter().enumerate().map(|(m, &(_, hi))| frame.px(m as f64, hi));
        let lower: Vec<_> = chart.band.iter().enumerate().map(|(m, &(lo, _))| frame.px(m as f64, lo)).collect();
        let outline: Vec<_> = upper.chain(lower.into_iter().rev()).collect();
        area.draw(&Polygon::new(outline, look.series(0).mix(0.18).filled()))?;
    }
    // Lines first, labels last: a label stays legible over any line.
    let level_ends = |level: &Level| (frame.px(0.0, level.y), frame.px(months, level.y));
    let marker_ends = |marker: &Marker| (frame.px(marker.month, frame.y.1), frame.px(marker.month, frame.y.0));
    for level in &chart.levels {
        let (l, r) = level_ends(level);
        area.draw(&DashedPathElement::new(vec![l, r], look.px(6.0), look.px(4.0), look.ink().stroke_width(look.px(1.5))))?;
    }
    for marker in &chart.markers {
        let (top, bottom) = marker_ends(marker);
        area.draw(&PathElement::new(vec![top, bottom], look.ink().mix(0.55).stroke_width(look.px(1.0))))?;
    }
    for line in chart.lines.iter().rev() {
        let points: Vec<_> = line.values.iter().enumerate().map(|(m, &v)| frame.px(m as f64, v)).collect();
        let style = look.series(line.colour).stroke_width(look.px(if line.dash.is_none() { 2.5 } else { 2.0 }));
        match line.dash {
            None => area.draw(&PathElement::new(points, style))?,
            Some((d, g)) => area.draw(&DashedPathElement::new(points, look.px(d), look.px(g), style))?,
        }
    }

    // Each label where it collides with nothing: a marker's beside its
    // line on the side with room, every marker's long label in one row or
    // else every one's short label, in up to three rows; then a level's
    // above or under its line, at the left or the right, its short label if
    // the long one finds no room.
    let (t, b) = (frame.rect.1, frame.rect.3);
    let font = font_px(look, 11.0);
    let pad = look.px(3.0) as i32;
    let row = font as i32 + pad + 1;
    let mut placer = Placer::new(frame.area(), f64::from(pad));
    // Bottom markers first: they mark the chart's story (a crossover, a loss).
    let mut markers: Vec<&Marker> = Vec::new();
    for bottom in [true, false] {
        markers.extend(chart.markers.iter().filter(|m| m.at_bottom == bottom));
    }
    let mut labels = Vec::new();
    for short in [false, true] {
        let mut trial = placer.clone();
        labels.clear();
        for marker in &markers {
            let text = if short { &marker.short } else { &marker.label };
            let x = frame.px(marker.month, 0.0).0;
            let rows = [0, 1, 2].map(|k| if marker.at_bottom { (b - pad - k * row, VPos::Bottom) } else { (t + pad + k * row, VPos::Top) });
            labels.extend(trial.beside(text, font, (x + pad, x - pad), &rows[..if short { 3 } else { 1 }]));
        }
        if short || labels.len() == markers.len() {
            placer = trial;
            break;
        }
    }
    for level in &chart.levels {
        let (left, right) = level_ends(level);
        let rows = [(left.1 - pad, VPos::Bottom), (left.1 + pad, VPos::Top)];
        let xs = (left.0 + pad, right.0 - pad);
        labels.extend(placer.beside(&level.label, font, xs, &rows).or_else(|| placer.beside(&level.short, font, xs, &rows)));
    }
    for label in &labels {
        draw_label(area, look, label)?;
    }
    area.present()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;

    pub(crate) fn sample() -> Timeline {
        Timeline {
            start: Date::new(2026, 2, 1),
            lines: vec![Line { name: "hashprice", values: (0..144).map(|m| 30.0 * 1.01f64.powi(m)).collect(), colour: 0, dash: None }],
            band: (0..144).map(|m| (20.0 + f64::from(m), 40.0 + f64::from(m))).collect(),
            levels: vec![Level { y: 25.0, label: "breakeven".into(), short: "25".into() }],
            markers: vec![Marker { month: 26.0, label: "Halving 2028-04".into(), short: "2028".into(), at_bottom: false }],
            log_y: true,
            include_zero: false,
            y_title: "Hashprice".into(),
            y_decimals: 0,
        }
    }

    #[test]
    fn draws_lines_band_levels_and_markers() {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
            draw(&area, &sample(), &Look { scale: 1.0, dark: false, lang: Lang::En }).unwrap();
        }
        for text in ["Hashprice", "breakeven", "Halving 2028-04", "\n2027\n", "\n2037\n"] {
            assert!(svg.contains(text), "SVG lacks {text:?}");
        }
        assert!(svg.contains("<polygon"), "band");
    }

    #[test]
    fn y_range_holds_everything() {
        let (lo, hi) = sample().y_range();
        assert!(lo < 20.0 && hi > 30.0 * 1.01f64.powi(143));
        let linear = Timeline { log_y: false, include_zero: true, ..sample() };
        assert!(linear.y_range().0 < 0.0);
    }
}
