// End-to-end: a drag's steps after the first are written into the panel in
// place, without a render (`src/ui/live.rs`). Each is held to what a render
// of the same state shows: at the hand-over, and in a fresh page.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, until, sliderOf } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/**
 * What `panel` shows that follows a drag's every step: each card (its
 * classes, contract attributes and text), the `data-live` texts, input
 * `key`'s number box and its slider's spoken value. Run in the page.
 */
const shownState = ([panel, key]) => {
  const root = document.querySelector(`#panel-${panel}`);
  const row = root.querySelector(`.input-row:has(input[name="${key}"])`);
  return {
    // The cards a step writes: not those computed after a pause.
    cards: [...root.querySelectorAll('.result:not([data-after-pause] *)')].map((card) => {
      const value = card.querySelector('[data-output]');
      return [[...card.classList].sort().join(' '), value.dataset.output, value.getAttribute('data-value'), value.getAttribute('data-reason'), card.textContent];
    }),
    texts: [...root.querySelectorAll('[data-live]')].map((e) => e.textContent),
    box: row.querySelector('input.number').value,
    spoken: row.querySelector('input[type=range]').getAttribute('aria-valuetext'),
  };
};

/** Records every picture handed to the chart `name`, as the chart script gets it. */
const recordPictures = (page, name) => page.evaluate((name) => {
  const charts = window.hashpivotCharts;
  const paint = charts.paint;
  window.pictures = [];
  charts.paint = function (base, ...rest) {
    if (base.dataset.chart === name) window.pictures.push(JSON.stringify([rest[1], rest[2], Array.from(rest[3]), rest[4]]));
    return paint.call(this, base, ...rest);
  };
}, name);

/**
 * One drag of input `key` through `values`, a frame apart, with no pause
 * and no release, reading the panel after each step.
 */
const dragReading = (page, panel, key, values) => page.evaluate(async ({ panel, key, values, selector, shownState }) => {
  const read = new Function(`return (${shownState})(${JSON.stringify([panel, key])})`);
  const slider = document.querySelector(selector);
  const steps = [];
  for (const v of values) {
    slider.value = String(v);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    steps.push({ state: read(), pictures: window.pictures.length, drafting: !!document.querySelector('[data-drafting]') });
  }
  return steps;
}, { panel, key, values, selector: sliderOf(panel, key), shownState: shownState.toString() });

/**
 * Drags `key` in `panel` on `path` through `values` and checks each step
 * against a render: the last at the hand-over, `fresh` ones (indices) in a
 * fresh page at that value. Returns the page, at the end of the drag.
 */
async function dragAndCompare({ path = '', query = '', panel, key, chart, values, fresh }) {
  const opened = await open(browser, `${server.url}${path}?${query}`);
  const { page } = opened;
  // The chart on screen: one off screen draws only when it scrolls into view.
  // Twice: the panels it passes are laid out as they come into view
  // (`content-visibility: auto`), which can move it off screen again.
  for (let i = 0; i < 2; i++) {
    await page.locator(`canvas[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await recordPictures(page, chart);
  const steps = await dragReading(page, panel, key, values);
  assert.ok(steps.every((s) => s.drafting), 'the whole drag is one draft (no pause, no release)');
  const latin = (text) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  assert.deepEqual(steps.map((s) => latin(s.state.box)), values.map(String), 'the number box follows every step');
  for (let i = 1; i < steps.length; i++) {
    assert.ok(steps[i].pictures > steps[i - 1].pictures, `step ${i} sends the chart a picture`);
  }
  const lastPicture = await page.evaluate(() => window.pictures.at(-1));
  // At the pause the page takes the draft and the panel renders it: the
  // same state, the same picture.
  await until(() => page.url().includes(`${key}=${values.at(-1)}`), 'the URL after the pause', 3000);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await page.evaluate(shownState, [panel, key]), steps.at(-1).state, 'the render at the hand-over shows what the last step wrote');
  const handedOver = await page.evaluate((n) => window.pictures[n], steps.at(-1).pictures);
  assert.equal(handedOver, lastPicture, 'and its next picture is the one the last step drew');
  for (const i of fresh) {
    const again = await open(browser, `${server.url}${path}?${query}${query ? '&' : ''}${key}=${values[i]}`);
    const state = await again.page.evaluate(shownState, [panel, key]);
    assert.deepEqual(steps[i].state.cards, state.cards, `the cards at ${values[i]}`);
    assert.deepEqual(steps[i].state.texts, state.texts, `the texts at ${values[i]}`);
    assert.equal(steps[i].state.box, state.box, `the number box at ${values[i]}`);
    assert.equal(steps[i].state.spoken, state.spoken, `the slider's spoken value at ${values[i]}`);
    await again.context.close();
  }
  return { ...opened, steps };
}

test('pivot: a drag\'s steps are written in place as a render shows them, cards turning negative and back', async () => {
  // From 300 (converting wins) down to 50 (mining wins) and back; the first
  // step is rendered, the others are written in place.
  const { context, steps } = await dragAndCompare({
    panel: 'pivot', key: 'lease_usd_kw_month', chart: 'pivot-cash', values: [300, 280, 50, 60, 250, 120], fresh: [2, 4],
  });
  const classes = new Set(steps.slice(1).map((s) => JSON.stringify(s.state.cards.map((c) => c[0]))));
  assert.ok(classes.size > 1, 'a card turns negative or back during the steps written in place');
  await context.close();
});

test('pivot in Arabic: the steps written in place are the render\'s, digits and all', async () => {
  const { context, steps } = await dragAndCompare({
    path: 'ar/', panel: 'pivot', key: 'lease_usd_kw_month', chart: 'pivot-cash', values: [100, 90, 210, 160], fresh: [2],
  });
  assert.match(steps[2].state.box, /^[٠-٩]+$/, 'the number box in Arabic-Indic digits, as rendered');
  assert.match(steps[2].state.cards[0][4], /[٠-٩]/, 'the cards too');
  await context.close();
});

test('outlook with the Monte Carlo on: steps written in place, and the final inputs\' fan after the hand-over', async () => {
  const { page, context } = await dragAndCompare({
    query: 'volatility_pct=60', panel: 'outlook', key: 'btc_growth_pct', chart: 'outlook-hashprice', values: [30, 31, -10, 45, 12], fresh: [2],
  });
  await page.waitForSelector('#panel-outlook .swatch-band');
  const csv = async (p) => {
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#panel-outlook .figure:first-of-type [data-export="csv"]')]);
    return readFileSync(await download.path(), 'utf8');
  };
  const dragged = await csv(page);
  assert.match(dragged.split('\n')[0], /p10|low|band/i, 'the CSV has the fan');
  const fresh = await open(browser, `${server.url}?volatility_pct=60&btc_growth_pct=12`);
  await fresh.page.waitForSelector('#panel-outlook .swatch-band');
  assert.equal(dragged, await csv(fresh.page), 'the fan after the drag is a fresh load\'s');
  await fresh.context.close();
  await context.close();
});

test('typing in a number box: the results follow each keystroke, and what is typed (and where) is the reader\'s', async () => {
  const { page, context } = await open(browser, server.url);
  const box = page.locator('#panel-pivot input.number[name="lease_usd_kw_month"]');
  await box.scrollIntoViewIfNeeded();
  const before = await page.getAttribute('#panel-pivot [data-output="npv_ai_usd"]', 'data-value');
  // Typed into the middle of the text: a write into the box would move the
  // caret to its end, and the next keys would land there.
  await box.fill('2125');
  await box.press('ArrowLeft');
  await box.pressSequentially('.01', { delay: 15 });
  assert.equal(await box.inputValue(), '212.015', 'the box holds what was typed, where it was typed');
  assert.notEqual(await page.getAttribute('#panel-pivot [data-output="npv_ai_usd"]', 'data-value'), before, 'the results follow');
  await box.blur();
  await until(() => page.url().includes('lease_usd_kw_month=212.015'), 'the typed value in the URL', 3000);
  const fresh = await open(browser, `${server.url}?lease_usd_kw_month=212.015`);
  assert.deepEqual(await page.evaluate(shownState, ['pivot', 'lease_usd_kw_month']), await fresh.page.evaluate(shownState, ['pivot', 'lease_usd_kw_month']));
  await fresh.context.close();
  await context.close();
});
