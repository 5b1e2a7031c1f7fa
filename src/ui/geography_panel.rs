//! Panel: hashrate geography: country shares before and after part of US
//! hashrate leaves for AI, and what it does to those who stay. Readers may
//! add, rename and remove rows after the four fixed ones.

use yew::prelude::*;

use super::canvas::{ChartCanvas, ChartSpec};
use super::output::cards;
use super::panel_frame::{figure, frame, Frame, LegendItem};
use super::parts::{data_table, formulas, input_rows, PanelProps};
use crate::chart::bars::{Bar, BarChart, Group};
use crate::format;
use crate::i18n::{Lang, Text, Unit};
use crate::inputs::parse_number;
use crate::lower;
use crate::model::geography::{self, Outcome};
use crate::outputs;
use crate::panels::Panel;
use crate::scenario::{valid_row_share, ExtraRow, RowEdit, EXTRA_ROWS_MAX};

/// Country names short enough for a phone's bar labels (None: the label is).
const SHORT_NAMES: [Option<Text>; 4] = [Some(Text::ShortUs), None, None, Some(Text::ShortRest)];

/// Row labels, fixed rows first.
fn row_names(rows: &[ExtraRow], lang: Lang, short: bool) -> Vec<String> {
    let fixed = lower::SHARE_INPUTS
        .iter()
        .zip(SHORT_NAMES)
        .map(|(id, s)| s.filter(|_| short).map_or_else(|| id.spec().label.get(lang), |s| s.get(lang)).to_string());
    fixed.chain(rows.iter().map(|r| r.name.clone())).collect()
}

fn bars(o: &Outcome, names: &[String], lang: Lang) -> BarChart {
    let n = |v: f64| crate::i18n::digits_in_text(lang, &format!("{}%", format::number(lang, v, 1)));
    BarChart {
        groups: names
            .iter()
            .enumerate()
            .map(|(i, name)| Group {
                label: name.clone(),
                bars: vec![
                    Bar { from: 0.0, to: o.before_pct[i], colour: 0, outline: false, label: n(o.before_pct[i]) },
                    Bar { from: 0.0, to: o.after_pct[i], colour: 1, outline: true, label: n(o.after_pct[i]) },
                ],
            })
            .collect(),
        y_title: Unit::Pct.get(lang).to_string(),
        y_decimals: 0,
    }
}

/// Props of [`AddedRow`].
#[derive(Properties, PartialEq)]
struct AddedRowProps {
    index: usize,
    row: ExtraRow,
    lang: Lang,
    on_rows: Callback<RowEdit>,
}

/// One added row: name, share and a remove button; bad text is explained.
#[component]
fn AddedRow(props: &AddedRowProps) -> Html {
    let (i, lang) = (props.index, props.lang);
    let t = |text: Text| text.get(lang);
    let share_error = use_state(|| false);
    let on_name = {
        let cb = props.on_rows.clone();
        Callback::from(move |e: InputEvent| cb.emit(RowEdit::Name(i, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())))
    };
    let on_share = {
        let (cb, err) = (props.on_rows.clone(), share_error.clone());
        Callback::from(move |e: InputEvent| {
            match parse_number(&e.target_unchecked_into::<web_sys::HtmlInputElement>().value()).filter(|v| valid_row_share(*v)) {
                Some(v) => {
                    err.set(false);
                    cb.emit(RowEdit::Share(i, v));
                }
                None => err.set(true),
            }
        })
    };
    let on_remove = {
        let cb = props.on_rows.clone();
        Callback::from(move |_: MouseEvent| cb.emit(RowEdit::Remove(i)))
    };
    let id = format!("row-{i}");
    html! {
        <div class={classes!("added-row", share_error.then_some("invalid"))} data-row={i.to_string()}>
            <label for={format!("{id}-name")} class="visually-hidden">{ t(Text::RowName) }</label>
            <input id={format!("{id}-name")} type="text" class="row-name" maxlength="40" value={props.row.name.clone()} oninput={on_name} autocomplete="off" />
            <label for={format!("{id}-share")} class="visually-hidden">{ format!("{} {}", props.row.name, t(Text::RowShare)) }</label>
            <input id={format!("{id}-share")} type="text" inputmode="decimal" class="number" value={format::number(lang, props.row.share_pct, 1)}
                oninput={on_share} aria-invalid={share_error.to_string()} aria-describedby={format!("{id}-err")} autocomplete="off" />
            <span class="unit">{ Unit::Pct.get(lang) }</span>
            <button type="button" class="btn-small" onclick={on_remove}>{ t(Text::RowRemove) }</button>
            <span class="input-error" id={format!("{id}-err")} role="alert">{ if *share_error { t(Text::ErrShare) } else { "" } }</span>
        </div>
    }
}

/// The hashrate-geography panel.
#[component]
pub fn GeographyPanel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let t = |text: Text| text.get(lang);
    let rows = &props.scenario.rows;
    let outcome = use_memo(lower::geography(&props.scenario), geography::evaluate);
    let names = row_names(rows, lang, false);
    let chart = bars(&outcome, &row_names(rows, lang, true), lang);
    let table = {
        let (o, names) = (outcome.clone(), names.clone());
        Callback::from(move |()| {
            let head = [Text::ColCountry, Text::ColBefore, Text::ColAfter].iter().map(|h| h.get(lang).to_string()).collect();
            let rows = names
                .iter()
                .enumerate()
                .map(|(i, name)| vec![name.clone(), format::number(lang, o.before_pct[i], 2), format::number(lang, o.after_pct[i], 2)]);
            data_table(head, rows)
        })
    };
    let how = Callback::from(move |()| formulas(vec![(Text::FormulaGeography, String::new())], lang));
    let o = &*outcome;
    let on_add = {
        let cb = props.on_rows.clone();
        Callback::from(move |_: MouseEvent| cb.emit(RowEdit::Add(String::new())))
    };

    let values = outputs::geography(o);
    let results = html! {
        <>
            { cards(&values, lang) }
            if o.renormalised {
                <p class="notice" role="status" data-notice="renormalised">
                    { crate::i18n::digits_in_text(lang, &format!("{} {}% — {}", t(Text::SharesSumTo), format::number(lang, o.entered_sum_pct, 1), t(Text::SharesRenormalised))) }
                </p>
            }
        </>
    };
    let controls = html! {
        <>
            <h3 class="subhead">{ t(Text::SharesBefore) }</h3>
            { input_rows(props, Panel::Geography, &lower::SHARE_INPUTS, &[], "geo-") }
            { for rows.iter().enumerate().map(|(index, row)| html! {
                <AddedRow key={index} {index} row={row.clone()} {lang} on_rows={props.on_rows.clone()} />
            }) }
            if rows.len() < EXTRA_ROWS_MAX {
                <button type="button" class="btn-small" data-tool="add-row" onclick={on_add}>{ t(Text::RowAdd) }</button>
            }
        </>
    };
    let legend = vec![
        LegendItem { class: "", swatch: "swatch-box s0", text: t(Text::ColBefore).into() },
        LegendItem { class: "", swatch: "swatch-box s1 outline", text: t(Text::ColAfter).into() },
    ];
    let canvas = html! { <ChartCanvas spec={ChartSpec::Bars(chart)} alt={t(Text::ChartSharesAlt)} name="geography-shares" {lang} /> };
    frame(Frame {
        panel: Panel::Geography,
        props,
        scope: "geo-",
        controls,
        headline: values[0],
        results,
        figures: figure(t(Text::ChartSharesTitle), legend, canvas),
        table: Some(table),
        how,
        sources: &[Text::SourceGeography],
    })
}
