//! The only code that touches `CanvasBackend`: a canvas sized to its
//! container at the device pixel ratio, redrawn when its chart changes or
//! the window is resized.

use std::cell::Cell;

use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart::{self, Look};
use crate::i18n::Lang;
use crate::model::miner::MarginCurves;

/// A chart the canvas can draw: its data and translated labels.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    /// The miner panel's margin against power price.
    MinerMargin(MarginCurves, chart::miner::Labels),
}

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

/// The canvas's CSS width and whether the dark theme is on, read from the
/// page once (reading them forces a layout) and again after a resize.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Measured {
    css_width: f64,
    dark: bool,
}

fn measure(canvas: &HtmlCanvasElement, window: &web_sys::Window) -> Measured {
    let prefers_dark = window.match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches());
    let theme = window.document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("data-theme"));
    let dark = match theme.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => prefers_dark,
    };
    Measured { css_width: f64::from(canvas.client_width().max(240)), dark }
}

fn paint(canvas: &HtmlCanvasElement, spec: &ChartSpec, lang: Lang, cache: &Cell<Option<Measured>>) {
    let Some(window) = web_sys::window() else { return };
    let scale = window.device_pixel_ratio().max(1.0);
    let measured = cache.get().unwrap_or_else(|| measure(canvas, &window));
    cache.set(Some(measured));
    let Measured { css_width, dark } = measured;
    let css_height = (css_width * 0.62).clamp(240.0, 380.0);
    let (w, h) = ((css_width * scale).round() as u32, (css_height * scale).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let _ = canvas.style().set_property("height", &format!("{css_height}px"));
    let look = Look { scale, dark, lang };
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else { return };
    let area = backend.into_drawing_area();
    let result = match spec {
        ChartSpec::MinerMargin(curves, labels) => chart::miner::draw(&area, curves, labels, &look),
    };
    if let Err(e) = result {
        web_sys::console::error_1(&format!("chart: {e:?}").into());
    }
}

/// A high-DPI canvas that draws `spec`.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let node = use_node_ref();
    let cache = use_mut_ref(|| Cell::new(None::<Measured>));
    let resized = use_state(|| 0u32);
    {
        let (resized, cache) = (resized.clone(), cache.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "resize", move |_| {
                    cache.borrow().set(None);
                    resized.set(resized.wrapping_add(1));
                })
            });
            move || drop(listener)
        });
    }
    {
        let node = node.clone();
        use_effect_with((props.spec.clone(), props.lang, *resized), move |(spec, lang, _)| {
            if let Some(canvas) = node.cast::<HtmlCanvasElement>() {
                paint(&canvas, spec, *lang, &cache.borrow());
            }
        });
    }
    html! {
        <div class="chart">
            <canvas ref={node} id={format!("chart-{}", props.name)} role="img" aria-label={props.alt.clone()} data-chart={props.name.clone()} />
        </div>
    }
}
