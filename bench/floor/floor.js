// The floor page: the miner panel's formula, two outputs and one chart,
// redrawn synchronously on every input event. Plain JS, no libraries, no
// inline script (the page runs under script-src 'self').
'use strict';

const BLOCKS_PER_DAY = 144;
const SUBSIDY_BTC = 3.125;
// Fixed here; our miner panel's defaults for the inputs the floor omits.
const UPTIME = 0.95;
const POOL_FEE = 0.02;
const KWH_PER_KW_DAY = 24;
// The chart's x axis: the power price slider's range, USD/kWh.
const POWER_MAX_USD_KWH = 0.15;
const CSS_ASPECT = 2; // width / height, as in floor.css

const form = document.getElementById('inputs');
const canvas = document.querySelector('canvas');
const ctx = canvas.getContext('2d', { alpha: false });
const outputs = {
  hashprice: document.querySelector('[data-output="hashprice_usd_ph_day"]'),
  margin: document.querySelector('[data-output="margin_usd_ph_day"]'),
};
// Last valid value of each input: a half-typed number box keeps the old one.
const state = {};

/** Hashprice and margin, USD per PH/s per day, for inputs `s`. */
function evaluate(s) {
  const btcPerPhDay = BLOCKS_PER_DAY * (SUBSIDY_BTC + s.fees_btc) / (s.hashrate_ehs * 1000);
  const hashprice = btcPerPhDay * s.btc_usd;
  return { hashprice, margin: marginAt(hashprice, s.eff_jth, s.power_usd_kwh) };
}

/** Margin, USD/PH/day, at power price `usdKwh`. */
function marginAt(hashprice, effJth, usdKwh) {
  return hashprice * UPTIME * (1 - POOL_FEE) - effJth * KWH_PER_KW_DAY * usdKwh * UPTIME;
}

function show(el, value) {
  el.dataset.value = String(value);
  el.textContent = value.toFixed(2);
}

/** Reads every number box into `state`, skipping empty or invalid boxes. */
function readAll() {
  for (const box of form.querySelectorAll('input[type=number]')) {
    const v = box.valueAsNumber;
    if (Number.isFinite(v)) state[box.id] = v;
  }
}

/** Keeps a slider and its number box in step; returns the changed input's id. */
function mirror(target) {
  if (target.type === 'range') {
    const box = document.getElementById(target.dataset.for);
    box.value = target.value;
    return box.id;
  }
  const slider = form.querySelector(`input[type=range][data-for="${target.id}"]`);
  if (slider && target.value !== '') slider.value = target.value;
  return target.id;
}

function onInput(event) {
  const id = mirror(event.target);
  const v = document.getElementById(id).valueAsNumber;
  if (!Number.isFinite(v)) return;
  state[id] = v;
  update();
}

function update() {
  const out = evaluate(state);
  show(outputs.hashprice, out.hashprice);
  show(outputs.margin, out.margin);
  draw(out.hashprice);
}

// Canvas size in CSS px, read once (and after a resize) so a slider step
// does not force a layout.
let cssWidth = 0;
function measure() {
  cssWidth = canvas.getBoundingClientRect().width || 600;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(cssWidth * dpr);
  canvas.height = Math.round(cssWidth / CSS_ASPECT * dpr);
}

/** A round step giving about `count` ticks over `span`. */
function tickStep(span, count) {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return power * (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10);
}

/** Margin against power price: one line (it is linear), zero line, the user's point. */
function draw(hashprice) {
  const width = cssWidth, height = cssWidth / CSS_ASPECT;
  const scale = canvas.width / width;
  const pad = { left: 48, right: 12, top: 12, bottom: 28 };
  const atZero = marginAt(hashprice, state.eff_jth, 0);
  const atMax = marginAt(hashprice, state.eff_jth, POWER_MAX_USD_KWH);
  const yStep = tickStep(Math.max(Math.abs(atZero - atMax), 1e-9), 4);
  const yMin = Math.floor(Math.min(atMax, 0) / yStep) * yStep;
  const yMax = Math.ceil(Math.max(atZero, 0) / yStep) * yStep || yStep;
  const x = (usdKwh) => pad.left + usdKwh / POWER_MAX_USD_KWH * (width - pad.left - pad.right);
  const y = (usd) => pad.top + (yMax - usd) / (yMax - yMin) * (height - pad.top - pad.bottom);

  // Clear in device pixels: the bitmap's rounded height can pass the CSS
  // height by a fraction of a pixel, which an opaque canvas shows black.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = '#50545e';
  ctx.strokeStyle = '#d6d9e0';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let v = yMin; v <= yMax + yStep / 2; v += yStep) {
    ctx.moveTo(pad.left, y(v)); ctx.lineTo(width - pad.right, y(v));
    ctx.fillText(v.toFixed(yStep < 1 ? 1 : 0), pad.left - 4, y(v));
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let p = 0; p <= POWER_MAX_USD_KWH + 1e-9; p += 0.03) {
    ctx.moveTo(x(p), pad.top); ctx.lineTo(x(p), height - pad.bottom);
    ctx.fillText(p.toFixed(2), x(p), height - pad.bottom + 4);
  }
  ctx.stroke();

  ctx.strokeStyle = '#1c1e24';
  ctx.beginPath();
  ctx.moveTo(pad.left, y(0)); ctx.lineTo(width - pad.right, y(0));
  ctx.stroke();

  ctx.strokeStyle = '#005ab5';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x(0), y(atZero)); ctx.lineTo(x(POWER_MAX_USD_KWH), y(atMax));
  ctx.stroke();

  const p = Math.min(state.power_usd_kwh, POWER_MAX_USD_KWH);
  ctx.fillStyle = '#005ab5';
  ctx.beginPath();
  ctx.arc(x(p), y(marginAt(hashprice, state.eff_jth, p)), 4, 0, 2 * Math.PI);
  ctx.fill();
  // The same "drawn" contract as our canvases, so the benchmark can tell.
  if (!canvas.dataset.painted) canvas.dataset.painted = '1';
}

readAll();
measure();
update();
document.querySelector('main').dataset.ready = '';
form.addEventListener('input', onInput);
window.addEventListener('resize', () => { measure(); update(); });
