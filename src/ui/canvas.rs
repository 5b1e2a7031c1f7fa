//! The only code that touches `CanvasBackend`: a canvas sized to its
//! container at the device pixel ratio, redrawn when its chart changes or
//! the window is resized.

use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart::{self, Look};
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
}

fn paint(canvas: &HtmlCanvasElement, spec: &ChartSpec) {
    let Some(window) = web_sys::window() else { return };
    let scale = window.device_pixel_ratio().max(1.0);
    let css_width = canvas.parent_element().map(|p| p.client_width()).unwrap_or(600).max(280) as f64;
    let css_height = (css_width * 0.62).clamp(240.0, 380.0);
    let (w, h) = ((css_width * scale).round() as u32, (css_height * scale).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let _ = canvas.style().set_property("height", &format!("{css_height}px"));
    let dark = window.match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches())
        && window.document().and_then(|d| d.document_element()).is_none_or(|e| e.get_attribute("data-theme").as_deref() != Some("light"));
    let look = Look { scale, dark };
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
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "resize", move |_| resized.set(js_sys::Date::now() as u32))
            });
            move || drop(listener)
        });
    }
    {
        let node = node.clone();
        use_effect_with((props.spec.clone(), *resized), move |(spec, _)| {
            if let Some(canvas) = node.cast::<HtmlCanvasElement>() {
                paint(&canvas, spec);
            }
        });
    }
    html! {
        <div class="chart">
            <canvas ref={node} id={format!("chart-{}", props.name)} role="img" aria-label={props.alt.clone()} data-chart={props.name.clone()} />
        </div>
    }
}

