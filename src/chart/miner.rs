//! The miner panel's chart: margin per PH/s a day against the power price,
//! one line per fleet (solid for the user's, dashed for the references),
//! the zero line and the user's breakeven marked. The legend is HTML
//! beside the canvas (`ui::miner_panel`), with the same dash patterns.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::VPos;

use super::frame::{draw_axes, draw_label, font_px, plot, tick_sets, Axis};
use super::text::Placer;
use super::Look;
use crate::format;
use crate::model::miner::MarginCurves;

/// Translated strings the chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    /// X axis title.
    pub x: String,
    /// Y axis title.
    pub y: String,
    /// Label of the breakeven marker (its value; the legend says what it is).
    pub breakeven: String,
}

/// The margin curves as CSV: power price, then each fleet's margin.
pub fn to_csv(curves: &MarginCurves) -> String {
    let header: Vec<String> = std::iter::once("power_usd_kwh".to_string())
        .chain(curves.fleets.iter().map(|f| format!("margin_usd_ph_day_at_{}_j_th", crate::decimal::plain(f.eff_j_per_th))))
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows = (0..curves.fleets.first().map_or(0, |f| f.points.len())).map(|i| {
        std::iter::once(crate::decimal::plain(curves.fleets[0].points[i].0))
            .chain(curves.fleets.iter().map(|f| crate::decimal::plain(f.points[i].1)))
            .collect()
    });
    super::csv(&header, rows)
}

/// Dash pattern (dash, gap in CSS px) of fleet line `index`; `None` is solid.
pub fn dash(index: usize) -> Option<(f64, f64)> {
    match index {
        0 => None,
        1 => Some((14.0, 5.0)),
        _ => Some((5.0, 5.0)),
    }
}

/// Draws `curves` on `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    curves: &MarginCurves,
    labels: &Labels,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let x_max = curves.power_max_usd_per_kwh;
    let (lo, hi) = curves.margin_range();
    let x_axis = Axis { ticks: tick_sets(0.0, x_max, &|v| format::number(look.lang, v, 2)), title: &labels.x };
    let y_axis = Axis { ticks: tick_sets(lo, hi, &|v| format::number(look.lang, v, 0)), title: &labels.y };
    let plot = plot(area.dim_in_pixel(), look, (0.0, x_max), (lo, hi), false, x_axis, y_axis);
    draw_axes(area, &plot, look)?;
    let frame = plot.frame;

    // The zero line: above it the fleet earns, below it it loses money.
    area.draw(&PathElement::new(frame.path(&[(0.0, 0.0), (x_max, 0.0)]), look.ink().stroke_width(look.px(1.5))))?;

    for (i, fleet) in curves.fleets.iter().enumerate().rev() {
        let style = look.series(i).stroke_width(look.px(if i == 0 { 3.0 } else { 2.0 }));
        let path = frame.path(&fleet.points);
        match dash(i) {
            None => area.draw(&PathElement::new(path, style))?,
            Some((d, g)) => area.draw(&DashedPathElement::new(path, look.px(d), look.px(g), style))?,
        }
    }

    if let Some(be) = curves.breakeven_power_usd_per_kwh.filter(|&be| be <= x_max) {
        let marker = look.series(0).stroke_width(look.px(1.5));
        let (top, bottom) = (frame.px(be, frame.y.1), frame.px(be, frame.y.0));
        area.draw(&DashedPathElement::new(vec![top, bottom], look.px(4.0), look.px(4.0), marker))?;
        area.draw(&Circle::new(frame.px(be, 0.0), look.px(5.0), look.series(0).filled()))?;
        // Beside the line at the top, on the side with room.
        let mut placer = Placer::new(frame.area(), 0.0);
        let nudge = look.px(6.0) as i32;
        let rows = [(top.1 + look.px(2.0) as i32, VPos::Top)];
        if let Some(label) = placer.beside(&labels.breakeven, font_px(look, 12.0), (top.0 + nudge, top.0 - nudge), &rows) {
            draw_label(area, look, &label)?;
        }
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::inputs::Inputs;
    use crate::model::miner::margin_curves;

    #[test]
    fn draws_to_svg_with_every_series() {
        let curves = margin_curves(&crate::lower::miner(&Inputs::default()));
        let labels = Labels { x: "Power price".into(), y: "Margin".into(), breakeven: "0.080".into() };
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
            draw(&area, &curves, &labels, &Look { scale: 1.0, dark: false, lang: Lang::En }).unwrap();
        }
        for text in ["Power price", "Margin", "0.080", "\n0.04\n"] {
            assert!(svg.contains(text), "SVG lacks {text}");
        }
        // Zero line, the user's solid line, two dashed lines (many segments), grid.
        assert!(svg.matches("<polyline").count() >= 4);
        assert!(svg.contains("<circle"), "breakeven marker");
    }
}
