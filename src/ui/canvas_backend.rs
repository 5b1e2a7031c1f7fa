//! The plotters drawing backend for a `<canvas>`: plotters primitives
//! become 2D-context calls, consecutive strokes of one style sharing one
//! path, and a setting is sent only when it changes. Colours go out as `#rrggbbaa` and font
//! sizes as whole pixels, so drawing needs no float-to-text code in the
//! wasm binary; text is anchored by the context itself (`textAlign`,
//! `textBaseline`), never measured. Text in the plot gets a halo in the
//! background colour (legible over grid lines and series; tick labels and
//! titles outside it do not need one) and is condensed by the
//! browser rather than cut off where it would run past the canvas edge.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas call failed (the context threw).
#[derive(Debug)]
pub struct CanvasError;

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("canvas call failed")
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

/// Draws on one canvas through its 2D context, in device pixels.
pub struct Canvas2d {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// Background colour and width (device pixels) of the halo behind text.
    halo: (String, u32),
    /// The context's state as last set here: a setting that does not
    /// change is not sent again (each one is a call into the browser,
    /// which parses it).
    state: State,
    /// Whether strokes in the current stroke style are being gathered into
    /// one path: consecutive lines of one style (grid lines, ticks, the
    /// pieces of a dashed line) are stroked once, not one by one.
    gathering: bool,
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

impl Canvas2d {
    /// The backend for `canvas`, or `None` when it has no 2D context. Text
    /// is haloed `halo_px` device pixels wide in `paper`.
    pub fn new(canvas: HtmlCanvasElement, paper: BackendColor, halo_px: u32) -> Option<Self> {
        use wasm_bindgen::JsCast;
        // Opaque: every chart paints its background, and an opaque canvas is
        // cheaper to rasterise and composite.
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"alpha".into(), &false.into()).ok()?;
        let context: CanvasRenderingContext2d = canvas.get_context_with_context_options("2d", &options).ok()??.dyn_into().ok()?;
        context.set_line_join("round");
        Some(Self { canvas, context, halo: (css_color(paper), halo_px), state: State::default(), gathering: false })
    }

    fn set_stroke(&mut self, style: &impl BackendStyle) {
        self.set_stroke_to(css_color(style.color()), style.stroke_width());
    }

    /// Adds the polyline `points` to the gathered path in `style`, first
    /// stroking what was gathered in another style.
    fn gather(&mut self, style: &impl BackendStyle, points: impl IntoIterator<Item = (f64, f64)>) {
        let (color, width) = (css_color(style.color()), style.stroke_width());
        if !(self.gathering && color == self.state.stroke && width == self.state.line_width) {
            self.stroke_gathered();
            self.set_stroke_to(color, width);
            self.context.begin_path();
            self.gathering = true;
        }
        for (i, (x, y)) in points.into_iter().enumerate() {
            if i == 0 {
                self.context.move_to(x, y);
            } else {
                self.context.line_to(x, y);
            }
        }
    }

    /// Strokes the gathered path, if any: before anything else is drawn.
    fn stroke_gathered(&mut self) {
        if std::mem::take(&mut self.gathering) {
            self.context.stroke();
        }
    }

    fn set_stroke_to(&mut self, color: String, width: u32) {
        if color != self.state.stroke {
            self.context.set_stroke_style_str(&color);
            self.state.stroke = color;
        }
        if width != self.state.line_width {
            self.state.line_width = width;
            self.context.set_line_width(f64::from(width));
        }
    }

    /// Draws `text` at (x, y) in the current font, haloed unless `plain`
    /// (text outside the plot, `chart::frame::outside_style`), condensed
    /// to `max_width` device pixels if it is wider.
    fn halo_and_fill(&mut self, text: &str, x: f64, y: f64, max_width: f64, plain: bool) -> Drawn {
        if !plain {
            let (paper, width) = self.halo.clone();
            self.set_stroke_to(paper, width);
            self.context.stroke_text_with_max_width(text, x, y, max_width).map_err(context_failed)?;
        }
        self.context.fill_text_with_max_width(text, x, y, max_width).map_err(context_failed)
    }

    fn set_fill(&mut self, color: BackendColor) {
        self.stroke_gathered();
        let color = css_color(color);
        if color != self.state.fill {
            self.context.set_fill_style_str(&color);
            self.state.fill = color;
        }
    }

    fn trace(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        self.stroke_gathered();
        self.context.begin_path();
        for (i, (x, y)) in points.into_iter().enumerate() {
            if i == 0 {
                self.context.move_to(f64::from(x), f64::from(y));
            } else {
                self.context.line_to(f64::from(x), f64::from(y));
            }
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

impl Drop for Canvas2d {
    /// Strokes what is still gathered, if the chart did not `present`.
    fn drop(&mut self) {
        self.stroke_gathered();
    }
}

fn context_failed(_: wasm_bindgen::JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError)
}

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
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
        self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
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
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_gathered();
            self.set_stroke(style);
            self.context.stroke_rect(x, y, w, h);
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
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        self.stroke_gathered();
        self.context.begin_path();
        self.context.arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, std::f64::consts::TAU).map_err(context_failed)?;
        if fill {
            self.set_fill(style.color());
            self.context.fill();
        } else {
            self.set_stroke(style);
            self.context.stroke();
        }
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
            self.context.set_text_align(align);
            self.state.align = align;
        }
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if baseline != self.state.baseline {
            self.context.set_text_baseline(baseline);
            self.state.baseline = baseline;
        }
        self.set_fill(style.color());
        let plain = matches!(style.family(), plotters_backend::FontFamily::Name(_));
        let px = style.size().round().max(1.0) as u32;
        let font = format!("{} {px}px {}", style.style().as_str(), style.family().as_str());
        if font != self.state.font {
            self.context.set_font(&font);
            self.state.font = font;
        }
        let turn = match style.transform() {
            FontTransform::None => {
                // Room between the anchor and the canvas edge(s) the text runs towards.
                let (w, pad) = (f64::from(self.canvas.width()), 2.0);
                let x = f64::from(x);
                let room = match anchor.h_pos {
                    HPos::Left => w - x,
                    HPos::Center => 2.0 * x.min(w - x),
                    HPos::Right => x,
                };
                return self.halo_and_fill(text, x, f64::from(y), (room - pad).max(1.0), plain);
            }
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
        };
        // `restore` puts back the stroke the halo changes: so must the cache.
        let stroke_before = (self.state.stroke.clone(), self.state.line_width);
        self.context.save();
        let placed = self
            .context
            .translate(f64::from(x), f64::from(y))
            .and_then(|()| self.context.rotate(turn * std::f64::consts::TAU))
            .map_err(context_failed);
        let drawn = placed.and_then(|()| self.halo_and_fill(text, 0.0, 0.0, f64::from(self.canvas.height()), plain));
        self.context.restore();
        (self.state.stroke, self.state.line_width) = stroke_before;
        drawn
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        // Roughly: the charts anchor their labels and never ask.
        let px = style.size().max(1.0);
        Ok(((text.chars().count() as f64 * px * 0.55) as u32, px as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_as_hex_with_alpha() {
        assert_eq!(css_color(BackendColor { rgb: (255, 16, 0), alpha: 1.0 }), "#ff1000ff");
        assert_eq!(css_color(BackendColor { rgb: (1, 2, 3), alpha: 0.5 }), "#01020380");
    }
}
