//! Panel: the unit converter. Each group holds one value in its base unit;
//! editing any field sets it and the other fields follow. Money and hash
//! revenue use the page's BTC price and fleet efficiency. The fields, their
//! starting values and what a field takes are `crate::converter`'s (the
//! library's converter reads the same).

use yew::prelude::*;

use super::parts::{input_rows, PanelProps};
use crate::converter::{self, At, Field, Group};
use crate::decimal;
use crate::format;
use crate::i18n::{self, Lang, Text};
use crate::inputs::{parse_number, InputId};
use crate::model::convert::{MoneyField, RevenueField};
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

/// A field's callback: the value typed becomes its group's base value,
/// unless another field of the group would then overflow somewhere in the
/// page's domains (`converter::Field::base` says no): then nothing changes
/// and the field says why.
fn guarded(base: &UseStateHandle<f64>, field: Field, at: At) -> Callback<f64, bool> {
    let base = base.clone();
    Callback::from(move |v: f64| match field.base(v, at) {
        Some(next) => {
            base.set(next);
            true
        }
        None => false,
    })
}

/// A field's unit as the page shows it, in `lang`.
fn symbol(field: Field, lang: Lang) -> String {
    let t = |text: Text| text.get(lang).to_string();
    match field {
        Field::Fixed(_, unit) => match unit.key {
            "conv_difficulty" => t(Text::Difficulty),
            "conv_w_th_s" => t(Text::ConvWPerThs),
            "conv_w_ph_s" => t(Text::ConvWPerPhs),
            _ => unit.symbol.to_string(),
        },
        Field::Money(MoneyField::Btc) => "BTC".into(),
        Field::Money(MoneyField::Sats) => t(Text::ConvSats),
        Field::Money(MoneyField::Usd) => i18n::Unit::Usd.get(lang).into(),
        Field::Revenue(RevenueField::UsdPerPhDay) => i18n::Unit::UsdPhDay.get(lang).into(),
        Field::Revenue(RevenueField::UsdPerThDay) => i18n::Unit::UsdThDay.get(lang).into(),
        Field::Revenue(RevenueField::UsdPerMwh) => i18n::Unit::UsdMwh.get(lang).into(),
    }
}

/// A group's fieldset: its legend and its fields.
fn group(group: Group, legend: String, base: &UseStateHandle<f64>, at: At, lang: Lang) -> Html {
    html! {
        <fieldset class="conv-group" data-group={group.id()}>
            <legend>{ legend }</legend>
            { for converter::fields().filter(|f| f.group() == group).map(|f| html! {
                <ConvField key_name={f.key()} symbol={symbol(f, lang)} value={f.value(**base, at)} on_input={guarded(base, f, at)} {lang} />
            }) }
        </fieldset>
    }
}

/// The converter panel.
#[component]
pub fn ConverterPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    // One state per group, in `Group::ALL`'s order (hooks at the top level).
    let bases = [
        use_state(|| Group::Hashrate.start()),
        use_state(|| Group::Efficiency.start()),
        use_state(|| Group::Power.start()),
        use_state(|| Group::Money.start()),
        use_state(|| Group::Revenue.start()),
    ];
    let at = At { btc_usd: props.scenario.inputs.get(InputId::BtcUsd), eff_j_per_th: props.scenario.inputs.get(InputId::EffJth) };
    let legend = |g: Group| match g {
        Group::Hashrate => t(Text::ConvHashrate).to_string(),
        Group::Efficiency => t(Text::ConvEfficiency).to_string(),
        Group::Power => t(Text::ConvPower).to_string(),
        Group::Money => {
            format!("{} ({} {} {})", t(Text::ConvMoney), t(Text::At), format::number(lang, at.btc_usd, 0), i18n::Unit::Usd.get(lang))
        }
        Group::Revenue => {
            format!("{} ({} {} {})", t(Text::ConvRevenue), t(Text::At), format::number(lang, at.eff_j_per_th, 1), i18n::Unit::Jth.get(lang))
        }
    };
    html! {
        <section class="panel" id="panel-converter" aria-labelledby="h-converter">
            <h2 id="h-converter">{ t(Panel::Converter.spec().title) }</h2>
            <p class="lede">{ t(Panel::Converter.spec().lede) }</p>
            <div class="conv-grid">
                { for Group::ALL.into_iter().map(|g| group(g, legend(g), &bases[g.index()], at, lang)) }
            </div>
            { input_rows(props, Panel::Converter, Panel::Converter.spec().key_inputs, &[], "conv-") }
        </section>
    }
}
