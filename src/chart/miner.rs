//! The miner panel's chart: margin per PH/s a day against the power price,
//! one line per fleet, the user's breakeven marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::Look;
use crate::model::miner::MarginCurves;

/// Translated strings the chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    /// X axis title.
    pub x: String,
    /// Y axis title.
    pub y: String,
    /// Legend text per fleet, in [`MarginCurves::fleets`] order.
    pub fleets: Vec<String>,
    /// Label of the breakeven marker, value included.
    pub breakeven: String,
}

/// Draws `curves` on `area`.
pub fn draw<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, curves: &MarginCurves, labels: &Labels, look: &Look) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&look.paper())?;
    let (x_max, (y_min, y_max)) = (curves.power_max_usd_per_kwh, curves.margin_range());
    let font = |css: f64| ("sans-serif", look.px(css) as f64).into_font().color(&look.ink());
    let mut chart = ChartBuilder::on(area)
        .margin(look.px(12.0))
        .x_label_area_size(look.px(38.0))
        .y_label_area_size(look.px(52.0))
        .build_cartesian_2d(0.0..x_max, y_min..y_max)?;
    chart
        .configure_mesh()
        .x_desc(labels.x.as_str())
        .y_desc(labels.y.as_str())
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| format!("{v:.2}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(font(12.0))
        .axis_desc_style(font(12.0))
        .axis_style(look.ink().stroke_width(look.px(1.0)))
        .bold_line_style(look.grid().stroke_width(look.px(1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;

    // The zero line: above it the fleet earns, below it it loses money.
    chart.draw_series(LineSeries::new([(0.0, 0.0), (x_max, 0.0)], look.ink().stroke_width(look.px(1.0))))?;

    for (i, fleet) in curves.fleets.iter().enumerate() {
        let style = look.series(i).stroke_width(look.px(if i == 0 { 3.0 } else { 2.0 }));
        let points = fleet.points.iter().copied();
        let legend_style = style;
        let series = if i == 0 {
            chart.draw_series(LineSeries::new(points, style))?
        } else {
            chart.draw_series(DashedLineSeries::new(points, look.px(8.0 / i as f64), look.px(4.0 + 2.0 * i as f64), style))?
        };
        let half = look.px(10.0) as i32;
        series.label(labels.fleets.get(i).cloned().unwrap_or_default()).legend(move |(x, y)| PathElement::new([(x - half, y), (x + half, y)], legend_style));
    }

    if let Some(be) = curves.breakeven_power_usd_per_kwh.filter(|&be| be <= x_max) {
        let marker = look.series(0).stroke_width(look.px(1.5));
        chart.draw_series(DashedLineSeries::new([(be, y_min), (be, y_max)], look.px(4.0), look.px(4.0), marker))?;
        chart.draw_series([Circle::new((be, 0.0), look.px(5.0), look.series(0).filled())])?;
        let (anchor, nudge) = if be > x_max * 0.6 { (HPos::Right, -0.01 * x_max) } else { (HPos::Left, 0.01 * x_max) };
        chart.draw_series([Text::new(labels.breakeven.clone(), (be + nudge, y_max), font(12.0).pos(Pos::new(anchor, VPos::Top)))])?;
    }

    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font(font(12.0))
        .background_style(look.paper().mix(0.9))
        .border_style(look.grid())
        .draw()?;
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Inputs;
    use crate::model::miner::{margin_curves, Scenario};

    #[test]
    fn draws_to_svg_with_every_series() {
        let curves = margin_curves(&Scenario::from(&Inputs::default()));
        let labels = Labels { x: "Power price".into(), y: "Margin".into(), fleets: vec!["Your fleet 17.5".into(), "15 J/TH".into(), "25 J/TH".into()], breakeven: "breakeven 0.080".into() };
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
            draw(&area, &curves, &labels, &Look { scale: 1.0, dark: false }).unwrap();
        }
        for text in ["Power price", "Margin", "Your fleet 17.5", "25 J/TH", "breakeven 0.080"] {
            assert!(svg.contains(text), "SVG lacks {text}");
        }
        assert!(svg.matches("<polyline").count() >= 4, "expected the zero line and three fleets");
    }
}
