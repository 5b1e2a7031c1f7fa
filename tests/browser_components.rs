//! Components in headless Chromium (wasm-bindgen-test): the miner panel
//! mounts, and a changed input changes the output text; the charts'
//! estimated label widths are the browser's.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use hashpivot::i18n::Lang;
use hashpivot::inputs::InputId;
use hashpivot::scenario::Scenario;
use hashpivot::ui::converter_panel::ConverterPanel;
use hashpivot::ui::miner_panel::MinerPanel;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlInputElement};
use yew::platform::time::sleep;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The panel with its own state, as the app wires it.
#[component]
fn Harness() -> Html {
    let scenario = use_state(Scenario::default);
    let on_change = {
        let scenario = scenario.clone();
        Callback::from(move |(id, v): (InputId, f64)| {
            let mut next = (*scenario).clone();
            if next.set(id, v).is_ok() {
                scenario.set(next);
            }
        })
    };
    html! { <MinerPanel scenario={(*scenario).clone()} settled={(*scenario).clone()} lang={Lang::En} {on_change} on_preset={Callback::noop()} on_rows={Callback::noop()} /> }
}

fn mount_root() -> web_sys::Element {
    let document = gloo_utils_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Loads the page's chart script (`www/charts.js`) once, as the page does.
/// Run inline it has no address to start its worker from, so it draws on
/// the page: the fallback every browser without workers gets.
fn load_chart_script() {
    let document = gloo_utils_document();
    if document.get_element_by_id("charts-js").is_none() {
        let script = document.create_element("script").unwrap();
        script.set_id("charts-js");
        script.set_text_content(Some(include_str!("../www/charts.js")));
        document.head().unwrap().append_child(&script).unwrap();
    }
}

fn mount() -> web_sys::Element {
    load_chart_script();
    let root = mount_root();
    yew::Renderer::<Harness>::with_root(root.clone()).render();
    root
}

/// The converter alone, with the default inputs.
#[component]
fn ConverterHarness() -> Html {
    html! { <ConverterPanel scenario={Scenario::default()} settled={Scenario::default()} lang={Lang::En} on_change={Callback::noop()} on_preset={Callback::noop()} on_rows={Callback::noop()} /> }
}

fn gloo_utils_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn output(root: &web_sys::Element, key: &str) -> (String, String) {
    let el = root.query_selector(&format!("[data-output=\"{key}\"]")).unwrap().expect(key);
    (el.get_attribute("data-value").unwrap(), el.text_content().unwrap())
}

fn type_into(root: &web_sys::Element, key: &str, text: &str) {
    let input: HtmlInputElement = root.query_selector(&format!("#in-{key}")).unwrap().unwrap().dyn_into().unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn panel_mounts_and_follows_its_inputs() {
    let root = mount();
    sleep(Duration::from_millis(50)).await;
    let (value, text) = output(&root, "issuance_btc_day");
    assert_eq!(value, "450");
    assert!(text.contains("450.00"), "{text}");
    let (before, before_text) = output(&root, "power_cost_usd_ph_day");
    assert_eq!(before, "19.95");

    type_into(&root, "eff_jth", "25");
    sleep(Duration::from_millis(50)).await;
    let (after, after_text) = output(&root, "power_cost_usd_ph_day");
    assert_eq!(after, "28.5");
    assert_ne!(before_text, after_text);

    // Invalid text leaves the value and shows a message.
    type_into(&root, "eff_jth", "abc");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(output(&root, "power_cost_usd_ph_day").0, "28.5");
    let message = root.query_selector("#err-eff_jth").unwrap().unwrap().text_content().unwrap();
    assert_eq!(message, "not a number");

    // The chart canvas, once on screen, was drawn at a real size, by the chart script.
    let canvas: web_sys::HtmlCanvasElement = root.query_selector("canvas").unwrap().unwrap().dyn_into().unwrap();
    canvas.scroll_into_view();
    sleep(Duration::from_millis(150)).await;
    assert!(canvas.width() >= 240, "canvas width {}", canvas.width());
    assert_eq!(canvas.get_attribute("data-painted").as_deref(), Some("1"));
}

#[wasm_bindgen_test]
async fn converter_fields_follow_each_other() {
    let root = mount_root();
    yew::Renderer::<ConverterHarness>::with_root(root.clone()).render();
    sleep(Duration::from_millis(50)).await;
    let field =
        |key: &str| root.query_selector(&format!("[data-output=\"{key}\"]")).unwrap().expect(key).get_attribute("data-value").unwrap();
    let type_field = |id: &str, text: &str| {
        let input: HtmlInputElement = root.query_selector(&format!("#{id}")).unwrap().unwrap().dyn_into().unwrap();
        input.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    };
    type_field("conv-conv_eh_s", "2");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(field("conv_ph_s"), "2000");
    assert_eq!(field("conv_zh_s"), "0.002");
    type_field("conv-conv_kw", "1500");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(field("conv_mw"), "1.5");
    type_field("conv-conv_kw", "x1");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(field("conv_mw"), "1.5", "bad text leaves the value");
}

/// The page converts numbers with the browser's `Number`; it must write and
/// read exactly the text the native build (and its tests) do.
#[wasm_bindgen_test]
fn browser_number_text_matches_native() {
    use hashpivot::decimal;
    for &(value, plain, fixed, scientific) in decimal::CASES {
        assert_eq!(decimal::plain(value), plain, "plain({value})");
        if !fixed.is_empty() {
            assert_eq!(decimal::fixed(value, 2), fixed, "fixed({value})");
        }
        assert_eq!(decimal::scientific(value, 6), scientific, "scientific({value})");
    }
    for &(text, value) in decimal::PARSE_CASES {
        assert_eq!(decimal::parse(text), value, "parse({text:?})");
    }
    // The converter's fields: `Intl.NumberFormat` writes what the native
    // code does, and it reads back.
    for &(value, en, ar, ar_latn) in hashpivot::format::SIGNIFICANT_CASES {
        for (lang, text) in [(Lang::En, en), (Lang::Ar, ar), (Lang::ArLatn, ar_latn)] {
            assert_eq!(hashpivot::format::significant(lang, value), text, "significant({lang:?}, {value})");
            assert!(hashpivot::inputs::parse_number(text).is_some(), "{text:?} reads back");
        }
    }
    // Every slider step of every input writes text that reads back exactly.
    for spec in hashpivot::inputs::INPUTS {
        let mut v = spec.slider_min;
        while v <= spec.slider_max {
            assert_eq!(decimal::parse(&decimal::plain(v)), Some(v), "{} = {v}", spec.key);
            v += spec.step * 7.0;
        }
    }
}

/// What the charts write, in `lang`: axis titles, group and marker labels,
/// the tornado's rows and numbers as the charts format them.
fn chart_texts(lang: Lang) -> Vec<String> {
    use hashpivot::format;
    use hashpivot::i18n::Text as T;
    let words = [
        T::ChartMarginX,
        T::ChartMarginY,
        T::ChartHashpriceY,
        T::ChartOutlookMarginY,
        T::ChartHashrateY,
        T::LegendBreakevenHashprice,
        T::TornadoAxis,
        T::StepDemand,
        T::StepMet,
        T::StepShortfall,
        T::StepCovered,
        T::StepLeft,
        T::ShortUs,
        T::ShortRest,
        T::UnitPctOfPaths,
    ];
    let mut out: Vec<String> = words.iter().map(|t| t.get(lang).to_string()).collect();
    out.extend([hashpivot::i18n::Unit::UsdM, hashpivot::i18n::Unit::Gw].map(|u| u.get(lang).to_string()));
    out.extend([InputId::RussiaSharePct, InputId::ChinaSharePct].map(|id| id.spec().label.get(lang).to_string()));
    let month = hashpivot::model::calendar::Date::new(2028, 4, 1);
    out.push(format!("{} {}", T::Halving.get(lang), format::year_month(lang, month)));
    out.push(format!("{} {}", T::Crossover.get(lang), format::year_month(lang, month)));
    out.push(format!("½ {}", format::digits(lang, "2036")));
    for lever in hashpivot::model::pivot::LEVERS.map(|(lever, ..)| lever) {
        let spec = hashpivot::lower::lever_input(lever).spec();
        let n = |v: f64| format::number(lang, v, spec.decimals.max(if v.abs() < 10.0 { 2 } else { 0 }));
        out.push(format!("{}: {} → {} {}", spec.label.get(lang), n(spec.slider_min), n(spec.slider_max), spec.unit.get(lang)));
    }
    for (v, decimals) in [(0.0, 0), (-40.0, 0), (0.08, 2), (0.079, 3), (10_000.0, 0), (2_000.0, 0), (74.0, 1), (12.3, 1), (-600.0, 0)] {
        out.push(format::number(lang, v, decimals));
    }
    out.push(hashpivot::i18n::digits_in_text(lang, &format!("{}%", format::number(lang, 38.4, 1))));
    out.push(format::digits(lang, "2027"));
    out
}

/// The charts lay their labels out by estimated widths (they never measure
/// text): the estimate must be the browser's `measureText` within a few
/// percent, for every font size the charts draw (11 to 12 px at one and two
/// device pixels a CSS pixel, drawn 24% larger), in Latin and Arabic.
#[wasm_bindgen_test]
fn estimated_label_widths_match_the_browser() {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::JsValue;
    let canvas = gloo_utils_document().create_element("canvas").unwrap();
    let get_context: Function = Reflect::get(&canvas, &"getContext".into()).unwrap().unchecked_into();
    let ctx = get_context.call1(&canvas, &"2d".into()).unwrap();
    let measure: Function = Reflect::get(&ctx, &"measureText".into()).unwrap().unchecked_into();
    let mut worst = (0.0f64, String::new());
    for lang in [Lang::En, Lang::Ar] {
        for text in chart_texts(lang) {
            for css in [8.0f64, 10.0, 11.0, 12.0] {
                for scale in [1.0, 2.0] {
                    let px = (css * 1.24 * scale).round();
                    Reflect::set(&ctx, &"font".into(), &JsValue::from(format!("normal {px}px sans-serif"))).unwrap();
                    let metrics = measure.call1(&ctx, &JsValue::from(text.as_str())).unwrap();
                    let measured = Reflect::get(&metrics, &"width".into()).unwrap().as_f64().unwrap();
                    let estimated = hashpivot::chart::text_width(&text, px);
                    let error = (estimated - measured) / measured.max(1.0);
                    if error.abs() > worst.0.abs() {
                        worst = (error, format!("{text:?} at {px} px: estimated {estimated}, measured {measured}"));
                    }
                }
            }
        }
    }
    assert!(worst.0.abs() <= 0.07, "worst: {:.3} {}", worst.0, worst.1);
}
