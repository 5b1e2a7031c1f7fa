// End-to-end: on a phone, a panel's headline result stays in view while the
// reader drags a slider far below the cards (`output::pin`): on the full
// page and on a panel's own page, with a real pointer drag, the pinned copy
// is inside the viewport at every step, above the slider (never over it),
// says what the headline card says, and the slider stays under the finger.
// Wide screens and embed views (sized by their host) have no pinned copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, sliderOf } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/**
 * Each panel with the always-shown slider dragged (one that moves the
 * headline), and whether the cards and the pin's own place are then above
 * the screen (a panel with many inputs: the case the pin is for; in the
 * others the pin is on screen in its place).
 */
const PANELS = {
  miner: ['hashrate_ehs', true],
  outlook: ['hashrate_growth_pct', false],
  pivot: ['discount_pct', true],
  grid: ['supply_gw', false],
  geography: ['others_response_pct', false],
};

/** What the pin and the headline card show, and where the pin and `slider` are. Run in the page. */
const reading = ([panel, key]) => {
  const root = document.querySelector(`#panel-${panel}`);
  const pin = root.querySelector('.pin');
  const card = root.querySelector('.result');
  const slider = root.querySelector(`.input-row:has(input[name="${key}"]) input[type=range]`);
  const box = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; };
  const words = (e) => e.textContent.replace(/\s+/g, ' ').trim();
  return { pin: box(pin), slider: box(slider), controlsTop: root.querySelector('.controls').getBoundingClientRect().top, pinText: words(pin), cardText: words(card), viewport: innerHeight };
};

/**
 * Drags the slider of input `key` in `panel` on `url` at 390 px with the
 * mouse, from one end to the other in `steps` moves, reading after each.
 */
async function drag(url, panel, key, steps = 12) {
  const { page, context, errors } = await open(browser, url, { width: 390, height: 800 });
  const slider = page.locator(sliderOf(panel, key));
  // As a reader meets it: the slider mid-screen, the cards above, out of view.
  // Panels far off screen are laid out as they come into view, which moves
  // what follows: scroll again until the slider stays put.
  await slider.evaluate(async (s) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let last = NaN, i = 0; i < 20; i++) {
      s.scrollIntoView({ block: 'center' });
      await frame();
      const top = s.getBoundingClientRect().top;
      if (top === last) break;
      last = top;
    }
  });
  const r = await slider.boundingBox();
  const y = r.y + r.height / 2;
  const cardOut = await page.evaluate((panel) => document.querySelector(`#panel-${panel} .result`).getBoundingClientRect().bottom < 0, panel);
  const seen = [];
  await page.mouse.move(r.x + 4, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(r.x + 4 + (r.width - 8) * i / steps, y, { steps: 2 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    seen.push(await page.evaluate(reading, [panel, key]));
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const after = await page.evaluate(reading, [panel, key]);
  await context.close();
  assert.deepEqual(errors, [], `${url}: no errors`);
  return { seen, after, cardOut, y };
}

for (const lang of ['en', 'ar']) {
  for (const [where, path] of [['the full page', ''], ['a panel\'s own page', 'p/PANEL/defaults/']]) {
    test(`390 px, ${lang}, ${where}: each panel's headline stays in view, above the slider dragged, as its card shows it`, async () => {
      for (const [panel, [key, far]] of Object.entries(PANELS)) {
        const prefix = lang === 'ar' ? 'ar/' : '';
        const url = `${server.url}${prefix}${path.replace('PANEL', panel)}`;
        const { seen, after, cardOut, y } = await drag(url, panel, key);
        if (far) {
          assert.ok(cardOut, `${panel}: the cards are above the screen while ${key} is dragged (else the test proves nothing)`);
          assert.ok(seen.every((s) => s.controlsTop < -10), `${panel}: the pin's own place is above the screen too: it is on screen because it sticks`);
        }
        const texts = new Set(seen.map((s) => s.pinText));
        assert.ok(texts.size > 1, `${panel}: the headline changes during the drag (${[...texts].join(' | ')})`);
        for (const s of seen) {
          assert.ok(s.pin.height > 0 && s.pin.top >= -1 && s.pin.bottom <= s.viewport + 1, `${panel}: the pinned headline is on screen (${JSON.stringify(s.pin)})`);
          assert.ok(s.pin.bottom <= s.slider.top + 1, `${panel}: the pinned headline is above the slider, not over it`);
          assert.ok(s.slider.top <= y && y <= s.slider.bottom, `${panel}: the slider stays under the finger (at ${Math.round(y)}: ${seen.map((x) => Math.round(x.slider.top)).join(',')})`);
        }
        assert.equal(after.pinText, after.cardText, `${panel}: after the drag the pin says what the card says`);
      }
    });
  }
}

test('the pin is for narrow full pages only: none at 1280 px, none in an embed view', async () => {
  for (const [url, width] of [[`${server.url}`, 1280], [`${server.url}e/pivot/defaults/`, 390], [`${server.url}?embed=1&panel=miner`, 390]]) {
    const { page, context } = await open(browser, url, { width, height: 800 });
    const shown = await page.evaluate(() => [...document.querySelectorAll('.pin')].filter((p) => p.getBoundingClientRect().height > 0).length);
    await context.close();
    assert.equal(shown, 0, `${url} at ${width} px shows no pinned headline`);
  }
});
