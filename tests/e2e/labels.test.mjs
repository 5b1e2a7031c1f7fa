// End-to-end: chart labels laid out for the width they get. Every text
// label of every chart stays inside its chart, is drawn at its own width
// (the canvas condenses text that would run past its edge: that counts as
// not fitting) and runs into no other label:
// - on the page's canvases, read from each chart's latest picture (the
//   operations the wasm records, src/chart/ops.rs) and measured here with
//   a 2D context's measureText in the recorded font, alignment and turn,
//   at 320, 390, 768 and 1280 px, in English and Arabic, on the full page
//   and every embed view with a chart, at each panel's first slider's
//   default, minimum and maximum;
// - in the SVG of every prerendered page (both of its drawings), before
//   any script runs (`getBBox` of each `<text>`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, firstSliders, prerenderedViews } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The panels with a chart (the converter has none), as embed views name them. */
const PANELS = ['miner', 'outlook', 'pivot', 'grid', 'geography'];

/**
 * For the page's scripts, before they run: keeps each chart's latest
 * picture (size, operations and strings, as `www/charts.js` is given them)
 * on the chart's canvas, as `__picture`.
 */
function keepPictures() {
  let charts;
  Object.defineProperty(window, 'hashpivotCharts', {
    configurable: true,
    get: () => charts,
    set: (value) => {
      const paint = value.paint;
      value.paint = function (base, overlay, width, height, numbers, text) {
        base.__picture = { width, height, numbers: Array.from(numbers), text };
        return paint.apply(this, arguments);
      };
      charts = value;
    },
  });
}

/**
 * In the page: what is wrong with the labels of every chart's latest
 * picture. Replays the operations' text state (font, alignment, baseline,
 * turn) and measures each text with `measureText`: its ink box, turned as
 * drawn, and its advance width against the width the canvas was allowed.
 */
function pictureProblems() {
  const ctx = document.createElement('canvas').getContext('2d');
  const boxesOf = ({ numbers: n, text }) => {
    const strings = text.split(String.fromCharCode(0));
    const state = { font: '10px sans-serif', align: 'start', baseline: 'alphabetic' };
    const boxes = [];
    let [i, s, turn] = [0, 0, null];
    // Numbers each code takes, and whether it takes a string (src/chart/ops.rs).
    const args = { 2: 1, 6: 4, 7: 4, 9: 2, 10: 2, 14: 3 };
    while (i < n.length) {
      const code = n[i++];
      if (code === 3) state.font = strings[s++];
      else if (code === 4) state.align = strings[s++];
      else if (code === 5) state.baseline = strings[s++];
      else if (code === 0 || code === 1) s++;
      else if (code === 16) turn = null;
      else if (code === 17) { turn = { x: n[i], y: n[i + 1], angle: n[i + 2] * 2 * Math.PI }; i += 3; }
      else if (code === 18 || code === 19) {
        const [label, x, y, max] = [strings[s++], n[i], n[i + 1], n[i + 2]];
        i += 3;
        if (!label.trim()) continue;
        Object.assign(ctx, { font: state.font, textAlign: state.align, textBaseline: state.baseline });
        const m = ctx.measureText(label);
        let corners = [[x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent], [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent]];
        corners = [corners[0], corners[1], [corners[0][0], corners[1][1]], [corners[1][0], corners[0][1]]];
        if (turn) {
          const [c, sin] = [Math.cos(turn.angle), Math.sin(turn.angle)];
          corners = corners.map(([a, b]) => [turn.x + c * a - sin * b, turn.y + sin * a + c * b]);
        }
        const xs = corners.map((p) => p[0]);
        const ys = corners.map((p) => p[1]);
        boxes.push({ text: label, left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys), width: m.width, max });
      } else i += args[code] || 0;
    }
    return boxes;
  };
  const out = [];
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const picture = canvas.__picture;
    const name = canvas.dataset.chart;
    if (!picture) { out.push(`${name}: never drawn`); continue; }
    const boxes = boxesOf(picture);
    if (!boxes.length) out.push(`${name}: no labels`);
    out.push(...window.labelProblems(boxes, picture.width, picture.height).map((p) => `${name}: ${p}`));
    for (const b of boxes) if (b.width > b.max + 0.5) out.push(`${name}: "${b.text}" squeezed from ${Math.round(b.width)} to ${Math.round(b.max)} px`);
  }
  return out;
}

/**
 * In the page, defined as `window.labelProblems`: labels (boxes) outside a
 * `width` x `height` chart, and pairs of labels that overlap (by more than
 * half a pixel each way: boxes measured to a fraction).
 */
function defineLabelProblems() {
  window.labelProblems = (boxes, width, height) => {
    const out = [];
    const e = 0.5;
    const round = (b) => [b.left, b.top, b.right, b.bottom].map(Math.round).join(',');
    for (const b of boxes) {
      if (b.left < -e || b.top < -e || b.right > width + e || b.bottom > height + e) out.push(`"${b.text}" [${round(b)}] outside ${width}x${height}`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > e && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > e) {
          out.push(`"${a.text}" [${round(a)}] runs into "${b.text}" [${round(b)}]`);
        }
      }
    }
    return out;
  };
}

/** Opens `url` at `width`, every chart on screen (so each draws its latest picture). */
async function openTall(url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 2 });
  await context.addInitScript(keepPictures);
  await context.addInitScript(defineLabelProblems);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main[data-ready] [data-output]');
  // As tall as the page, which grows as its panels are first laid out.
  for (let tries = 0; tries < 4; tries++) {
    const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 16000);
    if (height <= page.viewportSize().height) break;
    await page.setViewportSize({ width, height });
    await settle(page);
  }
  return { page, context };
}

/** Waits for the charts to follow the inputs (those a pause after them too). */
async function settle(page) {
  await page.waitForTimeout(500);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const lang of ['en', 'ar']) {
  for (const width of [320, 390, 768, 1280]) {
    test(`chart labels fit at ${width} px (${lang}): the full page and every embed view, at the first sliders' default, minimum and maximum`, async () => {
      const query = lang === 'ar' ? '&lang=ar' : '';
      const pages = [`?v=1${query}`, ...PANELS.map((panel) => `?embed=1&panel=${panel}${query}`)];
      for (const address of pages) {
        const { page, context } = await openTall(`${server.url}${address}`, width);
        const charts = await page.$$eval('canvas[data-chart]', (cs) => cs.length);
        assert.ok(charts >= 1, `${address}: ${charts} charts`);
        assert.deepEqual(await page.evaluate(pictureProblems), [], `${address} at ${width} px`);
        for (const end of ['min', 'max']) {
          await firstSliders(page, end);
          await settle(page);
          assert.deepEqual(await page.evaluate(pictureProblems), [], `${address} at ${width} px, first sliders at their ${end}`);
        }
        await context.close();
      }
    });
  }
}

test('the prerendered charts\' labels fit, in both drawings of every prerendered page', async () => {
  const views = prerenderedViews();
  assert.ok(views.length >= 60, `${views.length} prerendered pages`);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  for (const view of views) {
    await page.goto(`${server.url}${view}`);
    await page.evaluate(defineLabelProblems);
    const found = await page.$$eval('svg.chart-box', (svgs) => svgs.flatMap((svg) => {
      // Both drawings shown (the stylesheet shows the one for the width).
      svg.style.display = 'block';
      const view = svg.viewBox.baseVal;
      const toSvg = svg.getScreenCTM().inverse();
      const boxes = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim()).map((t) => {
        const b = t.getBBox();
        const m = toSvg.multiply(t.getScreenCTM());
        const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
          .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
        const xs = corners.map((p) => p.x);
        const ys = corners.map((p) => p.y);
        return { text: t.textContent, left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
      });
      const name = `${svg.dataset.chart} (${svg.classList.contains('svg-wide') ? 'wide' : 'narrow'})`;
      return window.labelProblems(boxes, view.width, view.height).map((p) => `${name}: ${p}`);
    }));
    problems.push(...found.map((p) => `${view || '/'} ${p}`));
  }
  await context.close();
  assert.deepEqual(problems, []);
});
