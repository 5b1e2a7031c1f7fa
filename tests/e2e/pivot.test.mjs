// End-to-end: the site-pivot panel (mine, or lease to an AI tenant).
import { test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { serve, launch, open, value, allValues, until, chartPixels, fullShot, sliderOf, pressOn, dragSlider } from './lib.mjs';

/** The lease rate's slider. */
const LEASE = sliderOf('pivot', 'lease_usd_kw_month');

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const pv = (page, key) => page.getAttribute(`#panel-pivot [data-output="${key}"]`, 'data-value').then(Number);

test('the Hut 8 preset loads from a link and converting wins', async () => {
  const first = await open(browser, server.url);
  await first.page.click('[data-preset="hut8-lease"]');
  await until(() => first.page.url().includes('lease_usd_kw_month=128') && first.page.url().includes('backstop_pct=100'), 'the preset in the URL');
  const link = first.page.url();
  await first.context.close();
  const { page, context } = await open(browser, link);
  assert.ok((await pv(page, 'npv_advantage_ai_usd')) > 0, 'converting is worth more');
  assert.ok(Math.abs((await pv(page, 'value_per_mw_ai_usd')) * 330 - (await pv(page, 'npv_ai_usd'))) < 1);
  const lease = await pv(page, 'breakeven_lease_usd_kw_month');
  assert.ok(lease > 0 && lease < 128, `breakeven lease ${lease}`);
  assert.ok(Number.isFinite(await pv(page, 'irr_ai_pct')));
  assert.ok(Number.isInteger(await pv(page, 'payback_ai_months')));
  await context.close();
});

test('at the breakeven lease the two NPVs agree', async () => {
  const { page, context } = await open(browser, server.url);
  const lease = await pv(page, 'breakeven_lease_usd_kw_month');
  const again = await open(browser, `${server.url}?lease_usd_kw_month=${lease}`);
  const gap = await pv(again.page, 'npv_advantage_ai_usd');
  assert.ok(Math.abs(gap) < 1e-3 * Math.abs(await pv(again.page, 'npv_ai_usd')), `advantage ${gap} at ${lease}`);
  await again.context.close();
  await context.close();
});

test('the tornado reorders when the inputs change, and both charts redraw', async () => {
  const { page, context } = await open(browser, server.url);
  const order = () => page.getAttribute('#panel-pivot [data-tornado-order]', 'data-tornado-order');
  const before = await order();
  const cash = await chartPixels(page, 'pivot-cash');
  const tornado = await chartPixels(page, 'pivot-tornado');
  await page.fill('#in-pivot-discount_pct', '3');
  await until(async () => (await order()) !== before, 'the tornado to reorder');
  await until(async () => (await chartPixels(page, 'pivot-cash')) !== cash, 'the cash chart to change');
  await until(async () => (await chartPixels(page, 'pivot-tornado')) !== tornado, 'the tornado to change');
  await context.close();
});

/** The tornado's data as its CSV export gives it. */
async function tornadoCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#panel-pivot [data-tornado-order] [data-export="csv"]')]);
  return readFileSync(await download.path(), 'utf8');
}

test('a fast drag of the lease rate: the tornado drawn at the end is the final inputs\' tornado, never a stale one', async () => {
  const { page, context } = await open(browser, `${server.url}?panel=pivot`);
  // The tornado follows the inputs once they pause: a drag's steps are skipped.
  await pressOn(page, LEASE, 50, (i) => (i % 3 === 2 ? 'ArrowLeft' : 'ArrowRight'));
  const lease = await page.inputValue('#in-pivot-lease_usd_kw_month');
  await until(() => page.url().includes(`lease_usd_kw_month=${lease}&`), 'the final lease in the URL');
  await page.waitForTimeout(400);
  const dragged = await tornadoCsv(page);
  assert.ok(dragged.trim().split('\n').length > 3, dragged);
  const fresh = await open(browser, `${server.url}?panel=pivot&lease_usd_kw_month=${lease}`);
  assert.equal(dragged, await tornadoCsv(fresh.page), 'the tornado after the drag equals a fresh load of the final inputs');
  assert.equal(
    await page.getAttribute('#panel-pivot [data-tornado-order]', 'data-tornado-order'),
    await fresh.page.getAttribute('#panel-pivot [data-tornado-order]', 'data-tornado-order'),
  );
  await fresh.context.close();
  await context.close();
});

test('a higher lease raises the AI NPV; a higher BTC price raises mining NPV', async () => {
  const a = await open(browser, `${server.url}?lease_usd_kw_month=120`);
  const b = await open(browser, `${server.url}?lease_usd_kw_month=200`);
  assert.ok((await pv(b.page, 'npv_ai_usd')) > (await pv(a.page, 'npv_ai_usd')));
  const c = await open(browser, `${server.url}?btc_usd=150000`);
  assert.ok((await pv(c.page, 'npv_mining_usd')) > (await pv(a.page, 'npv_mining_usd')));
  for (const x of [a, b, c]) await x.context.close();
});

test('no breakeven in range is said in words, not NaN', async () => {
  const { page, context } = await open(browser, `${server.url}?btc_usd=1000&btc_growth_pct=-50`);
  const values = await allValues(page, '#panel-pivot');
  for (const [k, v] of Object.entries(values)) assert.ok(v === '' || Number.isFinite(Number(v)), `${k} = ${v}`);
  assert.doesNotMatch(await page.textContent('#panel-pivot .results'), /NaN|Infinity/);
  await context.close();
});

test('screenshots of the pivot at 1280 px and 360 px', async () => {
  for (const width of [1280, 360]) {
    const { page, context } = await open(browser, `${server.url}?backstop=1`, { width, height: 800 });
    await fullShot(page, `pivot-${width}`, '#panel-pivot');
    await context.close();
  }
});

// A drag re-renders the panel being moved at each step; the page (URL,
// other panels) takes the change when the slider is let go of, or at a pause.
test('a drag shows at every step in its panel, and the page takes its last value on release or at a pause', async () => {
  const { page, context } = await open(browser, server.url);
  // On screen: a panel out of view catches up only at a pause.
  await page.locator(LEASE).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const start = await pv(page, 'npv_ai_usd');
  await dragSlider(page, LEASE, [120, 130, 140]);
  // The panel follows the step itself, before any pause.
  assert.notEqual(await pv(page, 'npv_ai_usd'), start, 'the panel shows the drag at once');
  await until(() => page.url().includes('lease_usd_kw_month=140'), 'the URL after a pause', 3000);
  await dragSlider(page, LEASE, [150, 160, 170], { release: true });
  await until(() => page.url().includes('lease_usd_kw_month=170'), 'the URL after release', 3000);
  // What the panel shows is what a fresh load of the written address shows.
  const shown = await allValues(page, '#panel-pivot');
  const again = await open(browser, page.url());
  assert.deepEqual(await allValues(again.page, '#panel-pivot'), shown);
  await again.context.close();
  await context.close();
});

test('while a slider moves the rest of the page is not rendered, nothing on it moves, and it is back at the pause and on release', async () => {
  const { page, context } = await open(browser, server.url);
  await page.locator(LEASE).scrollIntoViewIfNeeded();
  // The parts near the screen render (and take their sizes) a frame after the scroll.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const layout = () => page.evaluate(() => ({
    boxes: [...document.querySelectorAll('main > *')].map((e) => { const r = e.getBoundingClientRect(); return [r.top + scrollY, r.height]; }),
    scrollY,
    height: document.documentElement.scrollHeight,
    hidden: [...document.querySelectorAll('main > *')].filter((e) => getComputedStyle(e).contentVisibility === 'hidden').length,
    drafting: document.querySelectorAll('[data-drafting]').length,
  }));
  await page.evaluate(() => {
    // A shift of anything outside the moving panel (inside it, a value's
    // new width moves its unit: that is the drag's own doing).
    window.shiftedOutside = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        for (const { node } of e.sources) {
          const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
          if (element && !element.closest('[data-panel="pivot"]')) window.shiftedOutside.push(element.outerHTML.slice(0, 80));
        }
      }
    }).observe({ type: 'layout-shift' });
  });
  const before = await layout();
  assert.equal(before.hidden, 0);
  const others = before.boxes.length - 1;
  assert.ok(others >= 6, `the other panels, saved scenarios and claims: ${others}`);
  const start = await page.inputValue(LEASE);
  await dragSlider(page, LEASE, [130]);
  const during = await layout();
  assert.equal(during.drafting, 1);
  assert.equal(during.hidden, others, 'every other part of the page is skipped during the drag');
  assert.deepEqual({ ...during, hidden: 0, drafting: 0 }, { ...before, hidden: 0, drafting: 0 }, 'nothing moved');
  await until(async () => (await layout()).drafting === 0, 'the page back at a pause', 3000);
  const paused = await layout();
  assert.equal(paused.hidden, 0);
  assert.deepEqual(paused.boxes, before.boxes);
  // Dragged back to where it was: the page's state is the same, the page is shown again all the same.
  await dragSlider(page, LEASE, [140, start]);
  assert.equal((await layout()).hidden, others);
  await until(async () => (await layout()).hidden === 0, 'the page back after a drag that changed nothing', 3000);
  // Let go of: back at once.
  await dragSlider(page, LEASE, [150], { release: true });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const released = await layout();
  assert.equal(released.hidden, 0, 'back on release');
  assert.equal(released.drafting, 0);
  assert.deepEqual(await page.evaluate(() => window.shiftedOutside), [], 'no layout shift outside the panel');
  await context.close();
});

test('a preset clicked straight after a drag wins over the dragged value', async () => {
  const { page, context } = await open(browser, server.url);
  await page.evaluate(({ selector }) => {
    const slider = document.querySelector(selector);
    slider.value = '90';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('[data-preset="hut8-lease"]').click();
  }, { selector: LEASE });
  await until(() => page.url().includes('lease_usd_kw_month=128'), 'the preset in the URL');
  // Past the pause after which a dragged value would be handed to the page.
  await page.waitForTimeout(600);
  assert.ok(page.url().includes('lease_usd_kw_month=128'), page.url());
  assert.equal(await page.inputValue('#in-pivot-lease_usd_kw_month'), '128');
  await context.close();
});
