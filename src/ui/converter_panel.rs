//! Panel: the unit converter. Each group holds one value in its base unit;
//! editing any field sets it and the other fields follow. Money and hash
//! revenue use the page's BTC price and fleet efficiency.

use yew::prelude::*;

use super::parts::{input_rows, PanelProps};
use crate::decimal;
use crate::format;
use crate::i18n::{self, Lang, Text};
use crate::inputs::{parse_number, InputId};
use crate::model::convert::{self, MoneyField, Quantity, RevenueField, Unit};
use crate::panels::Panel;

/// Props of [`ConvField`].
#[derive(Properties, PartialEq)]
struct ConvFieldProps {
    /// Field key: element id and `data-output`.
    key_name: &'static str,
    /// Unit symbol.
    symbol: AttrValue,
    /// The value in this field's unit.
    value: f64,
    /// Called with a new valid value in this field's unit; answers whether
    /// it was taken (false: another field of the group would overflow).
    on_input: Callback<f64, bool>,
    lang: Lang,
}

/// A field's text longer than this is written smaller (`.number.long`),
/// so that the longest (27 characters) fits a field on a phone.
const LONG_TEXT_CHARS: usize = 20;

/// One editable field of a group.
#[component]
fn ConvField(props: &ConvFieldProps) -> Html {
    // The text typed, and what is wrong with it (None: it was taken).
    let draft = use_state(|| None::<(String, Option<Text>)>);
    let oninput = {
        let (draft, cb) = (draft.clone(), props.on_input.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let problem = match parse_number(&text).filter(|v| *v >= 0.0) {
                Some(v) if cb.emit(v) => None,
                Some(_) => Some(Text::ErrConverterOverflow),
                None => Some(Text::ErrConverter),
            };
            draft.set(Some((text, problem)));
        })
    };
    let onblur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| {
            if draft.as_ref().is_some_and(|(_, problem)| problem.is_none()) {
                draft.set(None);
            }
        })
    };
    let (text, problem) = match &*draft {
        Some((text, problem)) => (text.clone(), *problem),
        None => (format::significant(props.lang, props.value), None),
    };
    let long = text.chars().count() > LONG_TEXT_CHARS;
    let ok = problem.is_none();
    let id = format!("conv-{}", props.key_name);
    html! {
        <div class={classes!("conv-field", (!ok).then_some("invalid"))}>
            <label for={id.clone()} class="conv-unit">{ props.symbol.clone() }</label>
            <input type="text" inputmode="decimal" class={classes!("number", long.then_some("long"))} id={id.clone()} value={text} {oninput} {onblur}
                autocomplete="off" spellcheck="false" aria-invalid={(!ok).to_string()} aria-describedby={format!("{id}-err")}
                data-output={props.key_name} data-value={decimal::plain(props.value)} />
            <span class="input-error" id={format!("{id}-err")} role="alert">{ problem.map_or("", |p| p.get(props.lang)) }</span>
        </div>
    }
}

/// A field's callback: the value typed becomes the group's base value
/// (`to_base`), unless another field would then overflow (`fits` says no):
/// then nothing changes and the field says why.
fn guarded(
    base: &UseStateHandle<f64>,
    to_base: impl Fn(f64) -> f64 + 'static,
    fits: impl Fn(f64) -> bool + 'static,
) -> Callback<f64, bool> {
    let base = base.clone();
    Callback::from(move |v: f64| {
        let next = to_base(v);
        let ok = fits(next);
        if ok {
            base.set(next);
        }
        ok
    })
}

/// A fixed-factor group: its title, its units and its base value.
fn group(title: Text, quantity: &'static Quantity, base: &UseStateHandle<f64>, lang: Lang) -> Html {
    let base_unit = &quantity.units[0];
    html! {
        <fieldset class="conv-group" data-group={quantity.id}>
            <legend>{ title.get(lang) }</legend>
            { for quantity.units.iter().map(|unit: &'static Unit| {
                let value = convert::convert(**base, base_unit, unit);
                let on_input = guarded(base, move |v| convert::convert(v, unit, base_unit), move |b| convert::fits(quantity, b));
                let symbol = match unit.key {
                    "conv_difficulty" => Text::Difficulty.get(lang),
                    "conv_w_th_s" => Text::ConvWPerThs.get(lang),
                    "conv_w_ph_s" => Text::ConvWPerPhs.get(lang),
                    _ => unit.symbol,
                };
                html! { <ConvField key_name={unit.key} symbol={symbol} {value} {on_input} {lang} /> }
            }) }
        </fieldset>
    }
}

/// The converter panel.
#[component]
pub fn ConverterPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let hashrate = use_state(|| 900.9e18);
    let efficiency = use_state(|| 17.5);
    let power = use_state(|| 330e6);
    let btc = use_state(|| 1.0);
    let usd_per_th_day = use_state(|| 0.033_68);
    let btc_usd = props.scenario.inputs.get(InputId::BtcUsd);
    let eff = props.scenario.inputs.get(InputId::EffJth);
    let money = convert::money_from_btc(*btc, btc_usd);
    let revenue = convert::revenue_from_usd_per_th_day(*usd_per_th_day, eff);
    let field = |key: &'static str, symbol: String, value: f64, on_input: Callback<f64, bool>| {
        html! { <ConvField key_name={key} symbol={symbol} {value} {on_input} {lang} /> }
    };
    // A value is taken only if its fields stay finite at any price and
    // efficiency the page's inputs can take later, not just today's.
    let domain = |id: InputId| (id.spec().min, id.spec().max);
    let (prices, effs) = (domain(InputId::BtcUsd), domain(InputId::EffJth));
    let set_btc = |field: MoneyField| guarded(&btc, move |v| convert::btc_from(field, v, btc_usd), move |b| convert::money_fits(b, prices));
    let set_revenue = |field: RevenueField| {
        guarded(&usd_per_th_day, move |v| convert::usd_per_th_day_from(field, v, eff), move |r| convert::revenue_fits(r, effs))
    };
    html! {
        <section class="panel" id="panel-converter" aria-labelledby="h-converter">
            <h2 id="h-converter">{ t(Panel::Converter.spec().title) }</h2>
            <p class="lede">{ t(Panel::Converter.spec().lede) }</p>
            <div class="conv-grid">
                { group(Text::ConvHashrate, &convert::HASHRATE, &hashrate, lang) }
                { group(Text::ConvEfficiency, &convert::EFFICIENCY, &efficiency, lang) }
                { group(Text::ConvPower, &convert::POWER, &power, lang) }
                <fieldset class="conv-group" data-group="money">
                    <legend>{ format!("{} ({} {} {})", t(Text::ConvMoney), t(Text::At), format::number(lang, btc_usd, 0), i18n::Unit::Usd.get(lang)) }</legend>
                    { field(MoneyField::Btc.key(), "BTC".into(), money.btc, set_btc(MoneyField::Btc)) }
                    { field(MoneyField::Sats.key(), t(Text::ConvSats).into(), money.sats, set_btc(MoneyField::Sats)) }
                    { field(MoneyField::Usd.key(), i18n::Unit::Usd.get(lang).into(), money.usd, set_btc(MoneyField::Usd)) }
                </fieldset>
                <fieldset class="conv-group" data-group="revenue">
                    <legend>{ format!("{} ({} {} {})", t(Text::ConvRevenue), t(Text::At), format::number(lang, eff, 1), i18n::Unit::Jth.get(lang)) }</legend>
                    { field(RevenueField::UsdPerPhDay.key(), i18n::Unit::UsdPhDay.get(lang).into(), revenue.usd_per_ph_day, set_revenue(RevenueField::UsdPerPhDay)) }
                    { field(RevenueField::UsdPerThDay.key(), i18n::Unit::UsdThDay.get(lang).into(), revenue.usd_per_th_day, set_revenue(RevenueField::UsdPerThDay)) }
                    { field(RevenueField::UsdPerMwh.key(), i18n::Unit::UsdMwh.get(lang).into(), revenue.usd_per_mwh, set_revenue(RevenueField::UsdPerMwh)) }
                </fieldset>
            </div>
            { input_rows(props, Panel::Converter, Panel::Converter.spec().key_inputs, &[], "conv-") }
        </section>
    }
}
