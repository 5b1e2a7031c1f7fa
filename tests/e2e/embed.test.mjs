// End-to-end: embedding (Pym.js height protocol, sample article), sharing,
// exports, saved scenarios, the article's claims and the fallbacks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, open, hostPage, allValues, until, allLocal, fullShot, PYM_HEIGHT } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/news/2026/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** What the sample article's window received, oldest first (see `hostPage`). */
const received = (page) => page.evaluate(() => window.__messages.map((m) => m.data));

test('the sample article: both iframes grow to their content, no inner scrollbar, only height messages', async () => {
  for (const width of [1280, 360]) {
    const { context, page, requests } = await hostPage(browser, `${server.url}embed-demo.html`, { width });
    for (const id of ['hp-outlook', 'hp-grid']) {
      const frame = page.locator(`#${id}`);
      await frame.scrollIntoViewIfNeeded();
      const child = page.frame({ url: new RegExp(`childId=${id}`) }) ?? (await (await frame.elementHandle()).contentFrame());
      await child.waitForSelector('[data-output]');
      await until(async () => {
        const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await child.evaluate(() => document.documentElement.getBoundingClientRect().height);
        return outer > 300 && Math.abs(outer - Math.ceil(inner)) <= 1;
      }, `${id} to fit its content at ${width}px`, 8000);
      const scroll = await child.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      assert.ok(scroll <= 1, `${id} has an inner scrollbar (${scroll}px) at ${width}px`);
      assert.equal(await child.$('.masthead'), null, 'embed mode drops the page chrome');
    }
    const messages = await received(page);
    assert.ok(messages.length >= 2);
    // The child posts nothing but its height: as a Pym.js string or as AMP's embed-size object.
    for (const m of messages) {
      // Its results, for the host article's own sentences (embed.js).
      if (m && m.type === 'hashpivot:outputs') continue;
      if (typeof m === 'string') assert.match(m, PYM_HEIGHT, 'the child posts nothing but height');
      else assert.ok(m && Object.keys(m).sort().join() === 'height,sentinel,type' && m.sentinel === 'amp' && m.type === 'embed-size'
        && Number.isInteger(m.height) && m.height > 0, `the child posts nothing but height: ${JSON.stringify(m)}`);
    }
    assert.ok(messages.some((m) => typeof m === 'string') && messages.some((m) => typeof m !== 'string'), 'both wordings');
    assert.ok(allLocal(requests), requests.join(' '));
    await fullShot(page, `embed-demo-${width}`);
    await context.close();
  }
});

test('a hostile childId is rejected: nothing is posted and nothing injected', async () => {
  const { context, page } = await hostPage(browser, `${server.url}embed-demo.html`, { width: 1280 });
  const hostile = encodeURIComponent(`"><script>parent.__pwned=1</script>${'x'.repeat(10_000)}`);
  await page.evaluate((src) => {
    window.__messages = [];
    const f = document.createElement('iframe');
    f.id = 'hostile';
    f.setAttribute('data-hashpivot', '');
    f.src = src;
    document.body.prepend(f);
  }, `./?panel=grid&embed=1&childId=${hostile}`);
  const child = await (await page.$('#hostile')).contentFrame();
  await child.waitForSelector('[data-output]');
  await child.waitForSelector('[data-rejected-key="childId"]');
  await page.waitForTimeout(500);
  const messages = await received(page);
  assert.deepEqual(messages.filter((m) => String(m).includes('script') || String(m).length > 200), []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await child.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
  await context.close();
});

test('the embed snippet for a changed state reproduces that state', async () => {
  const { page, context } = await open(browser, `${server.url}?btc_usd=90000&eff_jth=21`);
  await page.click('.panel-wrap[data-panel="miner"] [data-tool="embed"]');
  const snippet = await page.inputValue('[data-embed-snippet]');
  assert.match(snippet, /loading="lazy"/);
  assert.match(snippet, /title="[^"]+"/);
  assert.doesNotMatch(snippet, /height:|style=/, 'no inline style');
  // No view of its own: its panel's defaults' height at 1280 px and share card.
  const wide = Object.fromEntries(readFileSync(new URL('../../src/embed_heights.tsv', import.meta.url), 'utf8').trim().split('\n')
    .map((line) => line.split('\t')).map(([dir, , at1280]) => [dir, at1280]));
  assert.match(snippet, new RegExp(` height="${wide['e/miner/defaults/']}" `));
  assert.match(snippet, new RegExp(`<img src="${server.url}p/miner/defaults/card\\.png"`));
  const src = /src="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&');
  assert.ok(src.startsWith(server.url), src);
  assert.match(src, /&theme=auto&childId=hashpivot-miner-\d+$/);
  const link = /href="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&');
  // The panel's own page asked for the state: the first module shows it at once.
  assert.ok(link.startsWith(`${server.url}p/miner/defaults/?v=1&`) && link.includes('btc_usd=90000') && link.endsWith('&panel=miner'), link);
  assert.ok(src.startsWith(`${server.url}e/miner/defaults/?v=1&`), src);
  // The dialog's theme choice: auto (the reader's setting), light or dark.
  const choices = '.panel-wrap[data-panel="miner"] input[name="embed-theme-miner"]';
  assert.deepEqual(await page.$$eval(choices, (els) => els.map((e) => [e.value, e.checked])), [['auto', true], ['light', false], ['dark', false]]);
  await page.check(`${choices}[value="dark"]`);
  await until(async () => (await page.inputValue('[data-embed-snippet]')).includes('&amp;theme=dark&amp;childId='), 'the snippet to follow the theme choice');
  const embedded = await open(browser, src);
  assert.deepEqual(await allValues(embedded.page), await allValues(page, '#panel-miner'));
  assert.equal(await embedded.page.$('#panel-outlook'), null, 'only the chosen panel');
  await embedded.context.close();
  await context.close();
});

test('downloads: results CSV matches the data-values, chart PNG is a PNG of the canvas size', async () => {
  const { page, context } = await open(browser, `${server.url}?btc_usd=80000`);
  const values = await allValues(page, '#panel-miner');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('.panel-wrap[data-panel="miner"] [data-tool="results-csv"]')]);
  assert.match(csvDownload.suggestedFilename(), /^hashpivot-miner-results-\d{4}-\d\d-\d\d\.csv$/);
  const rows = readFileSync(await csvDownload.path(), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  assert.equal(rows.length, Object.keys(values).length);
  for (const [key, value] of rows) assert.equal(value, values[key], key);

  const canvas = page.locator('canvas[data-chart="miner-margin"]');
  await canvas.scrollIntoViewIfNeeded();
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#panel-miner [data-export="png"]')]);
  assert.match(png.suggestedFilename(), /^hashpivot-miner-margin-\d{4}-\d\d-\d\d\.png$/);
  const bytes = readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  const size = await canvas.evaluate((c) => [c.width, c.height]);
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], size, 'PNG at the device pixel ratio');

  const [chartCsv] = await Promise.all([page.waitForEvent('download'), page.click('#panel-miner [data-export="csv"]')]);
  const lines = readFileSync(await chartCsv.path(), 'utf8').trim().split('\n');
  assert.match(lines[0], /^power_usd_kwh,margin_usd_ph_day_at_17\.5_j_th/);
  assert.equal(lines.length, 42);
  await context.close();
});

test('saved scenarios survive a reload; a line this version cannot read is kept through a save and a delete', async () => {
  const { page, context } = await open(browser, `${server.url}?btc_usd=70000`);
  await page.evaluate(() => localStorage.setItem('hashpivot.scenarios', 'hashpivot-scenarios 1\nnot a valid line\nold\t2026-01-01\tv=1&btc_usd=NaN'));
  await page.reload();
  await page.waitForSelector('main[data-ready]');
  assert.match(await page.textContent('[data-notice="saved-kept"]'), /1/);
  await page.fill('#saved-name', 'Seventy thousand');
  await page.click('.saved-form button[type=submit]');
  await page.waitForSelector('[data-saved="Seventy thousand"]');
  // Saved under a key of its own; the one-text store of earlier versions untouched.
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hashpivot.scenario')).sort().map((k) => [k, localStorage.getItem(k)]));
  assert.equal(stored.length, 2, JSON.stringify(stored));
  const [own, shared] = stored[0][0] === 'hashpivot.scenarios' ? [stored[1], stored[0]] : stored;
  assert.deepEqual(shared, ['hashpivot.scenarios', 'hashpivot-scenarios 1\nnot a valid line\nold\t2026-01-01\tv=1&btc_usd=NaN']);
  assert.match(own[0], /^hashpivot\.scenario\.[0-9a-z]{9}-[0-9a-z]{6}$/);
  assert.match(own[1], /^Seventy thousand\t\d{4}-\d\d-\d\d\tv=1&/);
  await page.goto(`${server.url}?btc_usd=120000`);
  await page.waitForSelector('[data-saved="Seventy thousand"]');
  await page.click('[data-saved="Seventy thousand"] button >> nth=0');
  await until(() => page.url().includes('btc_usd=70000'), 'the saved state in the URL');
  // Panels off screen catch up when they come back into view.
  await page.locator('#in-btc_usd').scrollIntoViewIfNeeded();
  await until(async () => (await page.inputValue('#in-btc_usd')) === '70,000', 'the miner panel to show the saved state');
  await page.click('[data-saved="Seventy thousand"] button >> nth=1');
  await until(async () => (await page.$('[data-saved="Seventy thousand"]')) === null, 'the entry to be deleted');
  assert.match(await page.evaluate(() => localStorage.getItem('hashpivot.scenarios')), /\nnot a valid line\n/, 'still kept after a delete');
  await context.close();
});

test('a saved store with a byte-order mark and blank lines reads; a newer version\'s store is listed, never rewritten, and exported as it is', async () => {
  const { page, context } = await open(browser, server.url);
  await page.evaluate(() => localStorage.setItem('hashpivot.scenarios', '\uFEFF\n\nhashpivot-scenarios 2\nfirst\t2026-11-24\tv=1&btc_usd=90000\n'));
  await page.reload();
  await page.waitForSelector('[data-saved="first"]');
  assert.equal(await page.$('[data-notice="saved-kept"]'), null);
  const newer = 'hashpivot-scenarios 3\nfirst\t2026-11-24\tv=1&btc_usd=90000\na line of version 3\twith more\tfields\tthan we know';
  await page.evaluate((text) => localStorage.setItem('hashpivot.scenarios', text), newer);
  await page.reload();
  await page.waitForSelector('[data-notice="saved-read-only"]');
  assert.ok(await page.isDisabled('.saved-form button[type=submit]'));
  assert.ok(await page.isDisabled('[data-saved="first"] button >> nth=1'));
  await page.click('[data-saved="first"] button >> nth=0');
  await until(() => page.url().includes('btc_usd=90000'), 'a newer store still loads what it can');
  assert.equal(await page.evaluate(() => localStorage.getItem('hashpivot.scenarios')), newer, 'untouched');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-tool="saved-export"]')]);
  assert.equal(readFileSync(await download.path(), 'utf8'), newer, 'exported byte for byte');
  await context.close();
});

test('ten thousand saved scenarios list at once, a page at a time', async () => {
  const { page, context } = await open(browser, server.url);
  await page.evaluate(() => {
    const lines = ['hashpivot-scenarios 2'];
    for (let i = 0; i < 10000; i++) lines.push(`entry ${i}\t2026-11-24\tv=1&btc_usd=${70000 + i}`);
    localStorage.setItem('hashpivot.scenarios', lines.join('\n'));
  });
  const started = Date.now();
  await page.reload();
  await page.waitForSelector('[data-saved-count="10000"]');
  const ms = Date.now() - started;
  console.log(`# 10,000 saved entries: page reloaded and listed in ${ms} ms`);
  assert.equal(await page.locator('.saved-list li').count(), 100);
  await page.click('[data-tool="saved-more"]');
  assert.equal(await page.locator('.saved-list li').count(), 200);
  // A regression guard, not a benchmark: the old list took 7.3 s.
  assert.ok(ms < 3000, `${ms} ms`);
  await context.close();
});


test('a saved scenario keeps the rows added to the share table, and loading one restores them', async () => {
  const { page, context } = await open(browser, `${server.url}?extra_shares=Paraguay:3.87;Oman:2.99&us_leave_pct=40`);
  await page.evaluate(() => localStorage.removeItem('hashpivot.scenarios'));
  await page.fill('#saved-name', 'With rows');
  await page.click('.saved-form button[type=submit]');
  await page.waitForSelector('[data-saved="With rows"]');
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hashpivot.scenario.')).map((k) => localStorage.getItem(k)).join('\n'));
  assert.match(saved, /^With rows\t.*extra_shares=Paraguay:3\.87;Oman:2\.99/, 'the rows are in the saved entry');
  await page.goto(`${server.url}?extra_shares=UAE:3.54`);
  await page.waitForSelector('[data-saved="With rows"]');
  await page.click('[data-saved="With rows"] button >> nth=0');
  await until(() => page.url().includes('extra_shares=Paraguay:3.87;Oman:2.99'), 'the saved rows in the URL');
  await page.locator('#panel-geography').scrollIntoViewIfNeeded();
  await until(async () => (await page.inputValue('#row-0-name')) === 'Paraguay', 'the saved rows on screen');
  assert.equal(await page.inputValue('#row-1-name'), 'Oman');
  assert.equal(await page.$('#row-2-name'), null);
  await context.close();
});

test("the article's claims each open a panel that reproduces their number", async () => {
  const { page, context } = await open(browser, server.url);
  const claims = await page.$$eval('[data-claim]', (els) => els.map((e) => ({ id: e.dataset.claim, href: e.querySelector('a')?.getAttribute('href'), number: e.querySelector('.claim-number').textContent })));
  assert.equal(claims.length, 14);
  assert.match(claims[0].number, /450 → 225/);
  assert.match(claims[1].number, /49\.8/);
  assert.match(claims[8].number, /49\.0/);
  const f2 = await open(browser, `${server.url}${claims[1].href}`);
  assert.ok(Math.abs(Number(await f2.page.getAttribute('[data-output="required_btc_growth_pct"]', 'data-value')) - 49.84) < 0.01);
  await f2.context.close();
  const f10 = await open(browser, `${server.url}${claims[9].href}`);
  const covered = Number(await f10.page.getAttribute('[data-output="covered_by_mines_gw"]', 'data-value'));
  assert.ok(covered >= 10 && covered <= 15);
  await f10.context.close();
  await context.close();
});

test('fallbacks: without JavaScript the prerendered story reads; without WebAssembly it stays and says why', async () => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const a = await noJs.newPage();
  await a.goto(server.url);
  assert.equal(await a.getAttribute('[data-output="issuance_btc_day"]', 'data-value'), '450');
  assert.equal(await a.$('noscript'), null, 'no noscript text: the page itself reads');
  assert.match(await a.textContent('[data-static-note]'), /needs JavaScript/);
  assert.match(await a.textContent('.disclaimer'), /not investment advice/);
  // One drawing of the chart shows, the one whose shape fits the box.
  assert.equal(await a.locator('svg.chart-box[data-chart="miner-margin"]:visible').count(), 1);
  await noJs.close();
  const noWasm = await browser.newContext();
  const b = await noWasm.newPage();
  await b.addInitScript(() => { delete window.WebAssembly; });
  await b.goto(server.url);
  await b.waitForSelector('#nowasm:not([hidden])');
  assert.match(await b.textContent('#nowasm [lang="en"]'), /needs WebAssembly/);
  assert.ok(await b.isVisible('#nowasm [lang="en"]') && !(await b.isVisible('#nowasm [lang="ar"]')));
  assert.equal(await b.getAttribute('[data-output="issuance_btc_day"]', 'data-value'), '450', 'the prerendered figures stay');
  await noWasm.close();
});
