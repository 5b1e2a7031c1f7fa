//! A chart in the page: a canvas sized by the stylesheet (`.chart-box`),
//! recorded at the device pixel ratio when its chart changes or the window
//! is resized, and drawn by `www/charts.js` (the first picture on this
//! canvas, every later one by its worker on a canvas laid over it). For a
//! print, every chart's latest picture is drawn at once on its own canvas,
//! at a print size ([`paint_for_print`]). The prerendered pages get the
//! same drawing as an SVG in the same box (`svg_markup`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use super::browser;
use crate::chart::ops::{Drawing, Recorder};
use crate::chart::{self, Look};
use crate::i18n::{Lang, Text};
use crate::model::miner::MarginCurves;

/// A chart the canvas can draw: its data and translated labels.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    /// The miner panel's margin against power price.
    MinerMargin(MarginCurves, chart::miner::Labels),
    /// A monthly time series.
    Timeline(chart::timeline::Timeline),
    /// Bars: a waterfall or before/after groups.
    Bars(chart::bars::BarChart),
    /// A sensitivity tornado.
    Tornado(chart::tornado::Tornado),
}

impl ChartSpec {
    /// The chart's data as CSV.
    pub fn to_csv(&self) -> String {
        match self {
            ChartSpec::MinerMargin(curves, _) => chart::miner::to_csv(curves),
            ChartSpec::Timeline(t) => t.to_csv(),
            ChartSpec::Bars(b) => b.to_csv(),
            ChartSpec::Tornado(t) => t.to_csv(),
        }
    }
}

/// The reader's theme choice, provided by the app so charts repaint when it
/// changes (None: follow the system).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartTheme(pub Option<crate::url_state::Theme>);

/// Props of [`ChartCanvas`].
#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    /// What to draw.
    pub spec: ChartSpec,
    /// Text alternative for screen readers.
    pub alt: AttrValue,
    /// Name used as the element id (and later as the export file name).
    pub name: AttrValue,
    /// Language of tick labels.
    pub lang: Lang,
}

/// The canvas's CSS size and whether the dark theme is on, read from the
/// page once (reading them forces a layout) and again after a resize.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Measured {
    css_width: f64,
    css_height: f64,
    dark: bool,
}

/// Whether the page shows its dark theme (the reader's choice, else the system's).
fn dark_theme() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let theme = window.document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("data-theme"));
    match theme.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window.match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches()),
    }
}

fn measure(canvas: &HtmlCanvasElement) -> Measured {
    Measured {
        css_width: f64::from(canvas.client_width().max(240)),
        css_height: f64::from(canvas.client_height().max(120)),
        dark: dark_theme(),
    }
}

/// Draws `spec` on any plotters backend (the canvas in the page, SVG when
/// prerendering and in tests).
fn draw_spec<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    spec: &ChartSpec,
    look: &Look,
) -> bool {
    let result = match spec {
        ChartSpec::MinerMargin(curves, labels) => chart::miner::draw(area, curves, labels, look),
        ChartSpec::Timeline(timeline) => chart::timeline::draw(area, timeline, look),
        ChartSpec::Bars(bars) => chart::bars::draw(area, bars, look),
        ChartSpec::Tornado(tornado) => chart::tornado::draw(area, tornado, look),
    };
    result.is_ok()
}

/// Sizes of the prerendered charts' drawings, CSS px, each with its class:
/// the stylesheet shows the one whose shape is nearest the chart's box
/// (canvas and SVG share that box), so the drawing fills it as the canvas
/// will: a phone's box is about 0.62 high for 1 wide, a desktop's 0.38.
#[cfg(feature = "prerender")]
pub const SVG_SIZES_PX: [(&str, (u32, u32)); 2] = [("svg-narrow", (600, 372)), ("svg-wide", (1000, 380))];

/// `spec` drawn by plotters' SVG backend at `size_px`, fonts and strokes
/// `scale` times their CSS size, in the light look (colours inline): the
/// prerendered pages' charts and, rasterised, the views' PNG images.
#[cfg(feature = "prerender")]
pub fn svg_drawing(spec: &ChartSpec, lang: Lang, size_px: (u32, u32), scale: f64) -> String {
    let mut svg = String::new();
    {
        let area = plotters::prelude::IntoDrawingArea::into_drawing_area(plotters::prelude::SVGBackend::with_string(&mut svg, size_px));
        let look = Look { scale, dark: false, lang };
        let _ = area.fill(&look.paper());
        draw_spec(&area, spec, &look);
    }
    svg
}

#[cfg(feature = "prerender")]
thread_local! {
    /// The charts the prerenderer drew since [`take_drawn`] last ran: name,
    /// chart and language, in page order.
    static DRAWN: std::cell::RefCell<Vec<(String, ChartSpec, Lang)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The charts drawn as SVG since the last call (the view just rendered),
/// in page order: what the prerenderer turns into the view's PNG images.
#[cfg(feature = "prerender")]
pub fn take_drawn() -> Vec<(String, ChartSpec, Lang)> {
    DRAWN.with_borrow_mut(std::mem::take)
}

/// The chart as SVG markup for a prerendered page (one drawing per size of
/// [`SVG_SIZES_PX`]), labelled like the canvas; remembered for
/// [`take_drawn`].
#[cfg(feature = "prerender")]
pub fn svg_markup(spec: &ChartSpec, lang: Lang, name: &str, alt: &str) -> String {
    DRAWN.with_borrow_mut(|drawn| {
        if !drawn.iter().any(|(n, ..)| n == name) {
            drawn.push((name.to_string(), spec.clone(), lang));
        }
    });
    let alt = super::panel_tools::attr(alt);
    let mut out = String::new();
    for (class, size) in SVG_SIZES_PX {
        let svg = svg_drawing(spec, lang, size, 1.0);
        // Left to right as the canvas is: `dir` does not reach SVG text
        // (an Arabic page's labels would run from their anchors leftwards).
        let attrs = format!(
            "<svg class=\"chart-box {class}\" dir=\"ltr\" direction=\"ltr\" role=\"img\" aria-label=\"{alt}\" data-chart=\"{name}\" "
        );
        out.push_str(&svg.replacen("<svg ", &attrs, 1));
    }
    out
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `www/charts.js`: draws `numbers` and `text` (a [`Drawing`]) on `base`
    /// at once the first time, later in its worker on `overlay`.
    #[wasm_bindgen(js_namespace = hashpivotCharts, js_name = paint, catch)]
    fn charts_paint(
        base: &HtmlCanvasElement,
        overlay: &HtmlCanvasElement,
        width_px: u32,
        height_px: u32,
        numbers: &[f64],
        text: &str,
    ) -> Result<(), wasm_bindgen::JsValue>;

    /// `www/charts.js`: draws `numbers` and `text` on `base` at once,
    /// whoever shows the chart on screen (for a print).
    #[wasm_bindgen(js_namespace = hashpivotCharts, js_name = drawNow, catch)]
    fn charts_draw_now(
        base: &HtmlCanvasElement,
        width_px: u32,
        height_px: u32,
        numbers: &[f64],
        text: &str,
    ) -> Result<(), wasm_bindgen::JsValue>;

    /// `www/charts.js`: the drawing as a PNG data URL.
    #[wasm_bindgen(js_namespace = hashpivotCharts, js_name = png, catch)]
    fn charts_png(width_px: u32, height_px: u32, numbers: &[f64], text: &str) -> Result<String, wasm_bindgen::JsValue>;
}

/// Records `spec` at the canvas's size (device pixels) and look.
fn record(canvas: &HtmlCanvasElement, spec: &ChartSpec, lang: Lang, cache: &Cell<Option<Measured>>) -> Drawing {
    let scale = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
    let measured = cache.get().unwrap_or_else(|| measure(canvas));
    cache.set(Some(measured));
    let Measured { css_width, css_height, dark } = measured;
    record_at((css_width, css_height), spec, &Look { scale, dark, lang })
}

/// Records `spec` at `css_size` (CSS px) in `look`.
fn record_at((css_width, css_height): (f64, f64), spec: &ChartSpec, look: &Look) -> Drawing {
    let size = ((css_width * look.scale).round() as u32, (css_height * look.scale).round() as u32);
    let paper = plotters::style::Color::to_backend_color(&look.paper());
    Recorder::record(size, paper, look.px(3.0), |area| {
        draw_spec(area, spec, look);
    })
}

/// A printed chart's size, CSS px: a panel's width on an A4 or Letter page
/// with the print margins. The stylesheet prints the canvas exactly this
/// wide (its `@media print` block says the same number), at its picture's
/// shape: Chromium prints a canvas drawn at `beforeprint` from its recorded
/// operations at a scale rounded down to a multiple of 1/64 (a 1,280 px
/// picture in a 638 px box printed 620 px wide, the rest of the box
/// blank), and [`PRINT_SCALE`] pixels a CSS px is a scale of 1/2 exactly.
const PRINT_CSS_PX: (f64, f64) = (672.0, 264.0);

/// Device pixels per CSS pixel of a printed chart (a browser that prints
/// the canvas's pixels prints them at about 200 dpi).
const PRINT_SCALE: f64 = 2.0;

/// The chart's canvas and the one laid over it, once mounted.
fn canvases(base: &NodeRef, overlay: &NodeRef) -> Option<(HtmlCanvasElement, HtmlCanvasElement)> {
    Some((base.cast()?, overlay.cast()?))
}

/// What the canvas knows between renders.
#[derive(Default)]
struct Painter {
    /// Layout read once, again after a resize.
    measured: Cell<Option<Measured>>,
    /// Whether the canvas is on screen (IntersectionObserver).
    visible: bool,
    /// The latest chart, drawn or not (a print draws it).
    latest: Option<(ChartSpec, Lang)>,
    /// Whether `latest` is not drawn yet because the canvas was off screen.
    pending: bool,
}

impl Painter {
    /// Takes `spec` as the latest chart and draws it if the canvas is on screen.
    fn paint(&mut self, spec: ChartSpec, lang: Lang, base: &HtmlCanvasElement, overlay: &HtmlCanvasElement) {
        self.latest = Some((spec, lang));
        self.pending = true;
        self.flush(base, overlay);
    }

    /// Draws the pending chart if the canvas is on screen: on `base` the
    /// first time, later on `overlay` (`www/charts.js`).
    fn flush(&mut self, base: &HtmlCanvasElement, overlay: &HtmlCanvasElement) {
        if !self.visible || !self.pending {
            return;
        }
        self.pending = false;
        if let Some((spec, lang)) = &self.latest {
            let drawing = record(base, spec, *lang, &self.measured);
            if charts_paint(base, overlay, drawing.width_px, drawing.height_px, &drawing.numbers, &drawing.text).is_err() {
                web_sys::console::error_1(&"chart: www/charts.js could not draw".into());
            }
            // Marked once: an attribute written on every step costs a style
            // invalidation a step.
            if !base.has_attribute("data-painted") {
                let _ = base.set_attribute("data-painted", "1");
            }
        }
    }
}

/// A chart on the page: its name, what it knows and its two canvases.
type Mounted = (AttrValue, Rc<RefCell<Painter>>, NodeRef, NodeRef);

thread_local! {
    /// The charts mounted, so a drag step can draw one without a render.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Draws `spec` as the next picture of the chart named `name`, as a render
/// with that spec would (a drag step, `super::live`); nothing if no such
/// chart is mounted.
pub fn paint_live(name: &str, spec: ChartSpec, lang: Lang) {
    MOUNTED.with_borrow(|charts| {
        let Some((_, painter, base, overlay)) = charts.iter().find(|(n, ..)| n.as_str() == name) else { return };
        if let Some((base, overlay)) = canvases(base, overlay) {
            painter.borrow_mut().paint(spec, lang, &base, &overlay);
        }
    })
}

/// For a print about to be made (`beforeprint`, `before`): draws every
/// chart's latest picture at once on its own canvas, at the print size and
/// in the light theme, those off screen or not yet drawn included. The
/// print is laid out as soon as the event returns, before the chart worker
/// could draw anything; the print stylesheet shows these canvases and
/// hides the worker's. After it (`afterprint`): every chart on screen is
/// drawn again at its own size and theme, the others when they come into
/// view.
pub fn paint_for_print(before: bool) {
    MOUNTED.with_borrow(|charts| {
        for (_, painter, base, overlay) in charts {
            let Some((base, overlay)) = canvases(base, overlay) else { continue };
            let mut p = painter.borrow_mut();
            if !before {
                p.pending = p.latest.is_some();
                p.flush(&base, &overlay);
            } else if let Some((spec, lang)) = &p.latest {
                let drawing = record_at(PRINT_CSS_PX, spec, &Look { scale: PRINT_SCALE, dark: false, lang: *lang });
                let _ = charts_draw_now(&base, drawing.width_px, drawing.height_px, &drawing.numbers, &drawing.text);
            }
        }
    })
}

/// A high-DPI canvas that draws `spec`. Off screen it only remembers the
/// latest chart and draws it when it scrolls into view (or for a print):
/// panels the reader is not looking at cost nothing per slider step.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let node = use_node_ref();
    let overlay = use_node_ref();
    let painter = use_mut_ref(Painter::default);
    let resized = use_state(|| 0u32);
    {
        let (resized, painter, node, overlay) = (resized.clone(), painter.clone(), node.clone(), overlay.clone());
        let name = props.name.clone();
        use_effect_with((), move |_| {
            let mine = painter.clone();
            MOUNTED.with_borrow_mut(|charts| charts.push((name, painter.clone(), node.clone(), overlay.clone())));
            let window = web_sys::window();
            let on_resize = {
                let painter = painter.clone();
                window.as_ref().map(|w| {
                    gloo_events::EventListener::new(w, "resize", move |_| {
                        painter.borrow().measured.set(None);
                        resized.set(resized.wrapping_add(1));
                    })
                })
            };
            let target = node.cast::<HtmlCanvasElement>();
            // Decide at once whether the canvas starts on screen, so the first
            // chart is drawn with the first render instead of a frame later.
            if let (Some(canvas), Some(w)) = (&target, &window) {
                let rect = canvas.get_bounding_client_rect();
                let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
                painter.borrow_mut().visible = rect.bottom() > -200.0 && rect.top() < height + 200.0;
            }
            let on_view = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Some((base, overlay)) = canvases(&node, &overlay) else { return };
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    let mut p = painter.borrow_mut();
                    p.visible = entry.is_intersecting();
                    p.flush(&base, &overlay);
                }
            });
            let init = IntersectionObserverInit::new();
            init.set_root_margin("200px");
            let observer = IntersectionObserver::new_with_options(on_view.as_ref().unchecked_ref(), &init).ok();
            if let (Some(o), Some(canvas)) = (&observer, &target) {
                o.observe(canvas);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                MOUNTED.with_borrow_mut(|charts| charts.retain(|(_, p, ..)| !Rc::ptr_eq(p, &mine)));
                drop((on_resize, on_view));
            }
        });
    }
    let theme = use_context::<ChartTheme>().unwrap_or(ChartTheme(None));
    {
        // Only a theme change re-reads the colours (declared before the
        // paint effect, so the repaint below uses them).
        let painter = painter.clone();
        use_effect_with(theme, move |_| {
            let p = painter.borrow();
            if let Some(m) = p.measured.get() {
                p.measured.set(Some(Measured { dark: dark_theme(), ..m }));
            }
        });
    }
    {
        let (node, overlay, painter) = (node.clone(), overlay.clone(), painter.clone());
        use_effect_with((props.spec.clone(), props.lang, *resized, theme), move |(spec, lang, _, _)| {
            if let Some((base, overlay)) = canvases(&node, &overlay) {
                painter.borrow_mut().paint(spec.clone(), *lang, &base, &overlay);
            }
        });
    }
    let on_png = {
        let (node, painter, name, spec, lang) = (node.clone(), painter.clone(), props.name.clone(), props.spec.clone(), props.lang);
        Callback::from(move |_: MouseEvent| {
            let Some(base) = node.cast::<HtmlCanvasElement>() else { return };
            // The chart as shown, drawn again on a canvas of its own.
            let drawing = record(&base, &spec, lang, &painter.borrow().measured);
            if let Ok(url) = charts_png(drawing.width_px, drawing.height_px, &drawing.numbers, &drawing.text) {
                browser::download(&format!("hashpivot-{name}-{}.png", browser::today()), &url);
            }
        })
    };
    let on_csv = {
        let (spec, name) = (props.spec.clone(), props.name.clone());
        Callback::from(move |_: MouseEvent| browser::download_csv(&format!("hashpivot-{name}-{}.csv", browser::today()), &spec.to_csv()))
    };
    #[cfg(feature = "prerender")]
    let figure = Html::from_html_unchecked(svg_markup(&props.spec, props.lang, &props.name, &props.alt).into());
    #[cfg(not(feature = "prerender"))]
    let figure = html! {
        <>
            <canvas ref={node} class="chart-box" dir="ltr" id={format!("chart-{}", props.name)} role="img" aria-label={props.alt.clone()} data-chart={props.name.clone()} />
            // Every picture after the first, drawn by the worker (`www/charts.js`).
            <canvas ref={overlay} class="chart-box chart-live" aria-hidden="true" />
        </>
    };
    html! {
        <div class="chart">
            { figure }
            <div class="chart-tools">
                <button type="button" class="btn-small" data-export="png" onclick={on_png}>{ Text::DownloadPng.get(props.lang) }</button>
                <button type="button" class="btn-small" data-export="csv" onclick={on_csv}>{ Text::DownloadCsv.get(props.lang) }</button>
                <span class="tool-status" role="status" data-download-note=""></span>
            </div>
        </div>
    }
}
