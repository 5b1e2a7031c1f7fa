// End-to-end: charts drawn by www/charts.js, in a worker on an
// OffscreenCanvas laid over the page's canvas, and on the page itself where
// no worker can be had. Both must show the same picture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, until, chartPixels, pictureDifference, allLocal, sliderOf, pressOn } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The page at `url`, with or without Web Workers. */
const page = (url, { workers }) => open(browser, url, { init: workers ? null : () => { delete window.Worker; } });

/** Who shows the chart `name`: 'worker' (its canvas hidden under the worker's) or 'page'. */
const shownBy = (p, name) => p.$eval(`canvas[data-chart="${name}"]`, (c) => (c.style.visibility === 'hidden' ? 'worker' : 'page'));

/** Whether two pictures of a chart are the same drawing, pixel for pixel. */
async function sameDrawing(p, a, b) {
  return (await pictureDifference(p, a, b)).pixels === 0;
}

/** Ten steps of the BTC price slider with the keyboard. */
const drag = (p) => pressOn(p, sliderOf('miner', 'btc_usd'), 10);

test('the worker draws the picture the page draws, before and after a drag, and asks for nothing from elsewhere', async () => {
  const url = `${server.url}?panel=miner`;
  const withWorker = await page(url, { workers: true });
  const without = await page(url, { workers: false });
  const first = await chartPixels(withWorker.page, 'miner-margin');
  assert.equal(await shownBy(withWorker.page, 'miner-margin'), 'worker', 'the worker draws once the page is loaded');
  const fromPage = await chartPixels(without.page, 'miner-margin');
  assert.ok(await sameDrawing(without.page, fromPage, first), `the same picture from the page and from the worker: ${JSON.stringify(await pictureDifference(without.page, fromPage, first))}`);
  assert.equal(await shownBy(without.page, 'miner-margin'), 'page', 'without workers the page draws');

  await drag(withWorker.page);
  await drag(without.page);
  await until(async () => !(await sameDrawing(withWorker.page, await chartPixels(withWorker.page, 'miner-margin'), first)), 'the worker to draw the new picture');
  const moved = await chartPixels(withWorker.page, 'miner-margin');
  await until(async () => sameDrawing(without.page, await chartPixels(without.page, 'miner-margin'), moved), 'the page to draw the same new picture');

  // The worker's script is the page's own file.
  const workerScripts = withWorker.requests.filter((u) => /charts-[0-9a-f]+\.js$/.test(u));
  assert.ok(workerScripts.length >= 1, withWorker.requests.join('\n'));
  assert.ok(allLocal(withWorker.requests), withWorker.requests.join('\n'));
  assert.deepEqual(withWorker.errors, []);
  assert.deepEqual(without.errors, []);
  await withWorker.context.close();
  await without.context.close();
});

test('a PNG export after a drag is the picture on screen', async () => {
  // Without workers the page's own canvas holds the picture on screen (the
  // test above shows the worker's is the same); the export draws it again
  // on a canvas of its own.
  const { page: p, context, errors } = await page(`${server.url}?panel=miner`, { workers: false });
  await drag(p);
  const download = p.waitForEvent('download');
  await p.click('#panel-miner [data-export="png"]');
  const chunks = [];
  for await (const c of await (await download).createReadStream()) chunks.push(c);
  const png = Buffer.concat(chunks).toString('base64');
  const shown = await p.$eval('canvas[data-chart="miner-margin"]', (c) => c.toDataURL('image/png').split(',')[1]);
  assert.ok(png.length > 1000);
  assert.equal(png, shown);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a worker that cannot load: the page draws instead, and the chart still follows the inputs', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
  // The page's script loads; the worker's fetch of the same file fails.
  let fetches = 0;
  await context.route(/charts-[0-9a-f]+\.js$/, (route) => (fetches++ === 0 ? route.continue() : route.abort()));
  const p = await context.newPage();
  // The panel's own page (`?panel=miner` goes there, and its first page
  // would ask for the script too).
  await p.goto(`${server.url}p/miner/defaults/`);
  await p.waitForSelector('main[data-ready] [data-output]');
  await until(() => fetches >= 2, 'the worker to try to load its script', 5000);
  // The canvas laid over the chart is hidden and the page's own is shown.
  await until(async () => (await p.$eval('canvas.chart-live', (c) => getComputedStyle(c).display)) === 'none', 'the worker\'s canvas to be hidden', 5000);
  assert.equal(await shownBy(p, 'miner-margin'), 'page');
  const before = await p.$eval('canvas[data-chart="miner-margin"]', (c) => c.toDataURL());
  await drag(p);
  await until(async () => (await p.$eval('canvas[data-chart="miner-margin"]', (c) => c.toDataURL())) !== before, 'the page to draw the new picture');
  await context.close();
});
