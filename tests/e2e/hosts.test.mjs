// End-to-end: the calculator embedded by host pages on another origin, the
// way news sites embed it. The calculator (dist/) is served on one origin,
// the host pages on another (another port); hosts load embed.js from the
// calculator's origin by absolute URL. Cases: embed.js loaded late, a host
// with a strict Content-Security-Policy, Pym.js- and AMP-style hosts with
// their own scripts and no embed.js, a sandboxed iframe, forged messages
// that must change nothing, an iframe added after embed.js ran, and what the
// snippet leaves where a host strips iframes and scripts (a feed reader) or
// runs no JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, hostPage, until, allLocal, shotPath, PYM_HEIGHT, DIST } from './lib.mjs';

let calc; // the calculator, at http://127.0.0.1:<port>/calc/
let host; // the news site, at http://127.0.0.1:<another port>/
let cors; // the calculator again, sending Access-Control-Allow-Origin: *
let browser;
let calcOrigin;
let snippet; // the Embed button's snippet for the grid panel

/** A host page: an article around `body`, styled by the host's own stylesheet. */
function article(title, head, body) {
  const para = (n) => `<p>Paragraph ${n} of the host's article. Bitcoin miners are weighing whether their sites are worth more as AI data centres; the calculator in this article lets readers try the numbers.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  ${head}
  <title>${title}</title>
  <link rel="stylesheet" href="host.css">
</head>
<body>
  <article>
    <h1>${title}</h1>
    ${para(1)}
    ${body}
    ${para(2)}
  </article>
</body>
</html>
`;
}

/** Hostile `data-decimals` and `data-scale` values (null: no attribute). */
const HOSTILE_SHAPING = [
  ['-1', null], ['7', null], ['100', null], ['1e3', null], ['NaN', null], ['Infinity', null], [' 3', null], ['3.5', null],
  ['0x3', null], ['', null], ['abc', null], ['6', null],
  [null, '5e-324'], [null, '1e-308'], [null, '1e-300'], [null, '0'], [null, '-1'], [null, 'Infinity'], [null, 'NaN'],
  [null, '1e309'], [null, '1e13'], [null, '0x10'], [null, ''], [null, '1/0'], [null, '9'.repeat(400)], [null, '-0'],
  ['6', '1e-3'], ['6', '1e12'], ['0', '1e6'], [null, null],
];

/** The host site's files, written before its server starts. */
function writeHostSite(dir) {
  const embedJs = `${calc.url}embed.js`;
  const files = {
    'index.html': article('Host site', '', ''),
    'host.css': 'body { font: 18px/1.6 Georgia, serif; margin: 0; color: #1c1e24; background: #fff; }\n'
      + 'article { max-width: 44rem; margin: 0 auto; padding: 1rem; }\n'
      + 'h1 { font-size: 1.8rem; line-height: 1.2; }\n'
      + 'iframe { margin: 1.5rem 0; }\n'
      // Feed readers and article pages fit images to the column.
      + 'img { max-width: 100%; height: auto; }\n'
      + 'article.wide { max-width: none; }\n',

    // a. embed.js inserted 3 s after the iframe has loaded (a tag manager, a
    // consent gate): the child has long posted its first heights by then.
    'late.js': `// Inserts the calculator's embed.js 3 s after its iframe has loaded.
document.addEventListener('load', function (event) {
  var frame = event.target;
  if (!frame || frame.tagName !== 'IFRAME' || window.__lateTimer) return;
  window.__lateTimer = setTimeout(function () {
    window.__heightBeforeEmbed = frame.offsetHeight;
    var script = document.createElement('script');
    script.src = ${JSON.stringify(embedJs)};
    script.onload = function () { window.__embedRanAt = Date.now(); };
    document.body.appendChild(script);
  }, 3000);
}, true);
`,
    'late.html': article('Host with a late embed.js', '<script src="late.js"></script>',
      `<iframe id="hp-late" data-hashpivot src="${calc.url}e/outlook/defaults/?childId=hp-late" title="hashpivot calculator: halving outlook" loading="lazy" scrolling="no" width="100%" frameborder="0"></iframe>`),

    // b. A strict CSP: no inline script or style; only the calculator's
    // origin may frame, script and show the snippet's image. The snippet
    // exactly as the Embed button gives it.
    'strict.html': article('Host with a strict CSP',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${calcOrigin}; frame-src ${calcOrigin}; img-src ${calcOrigin}; style-src 'self'">`,
      snippet),

    // c. A Pym.js-style parent and no embed.js: it builds the iframe, sends
    // the width message when the iframe loads and applies the heights.
    'pym-host.js': `// A small stand-in for Pym.js's Parent (no embed.js on this page).
(function () {
  var id = 'pym-outlook';
  var container = document.getElementById('pym-container');
  var frame = document.createElement('iframe');
  frame.src = ${JSON.stringify(`${calc.url}e/outlook/defaults/`)} + '?initialWidth=' + container.offsetWidth
    + '&childId=' + id + '&parentTitle=' + encodeURIComponent(document.title) + '&parentUrl=' + encodeURIComponent(location.href);
  frame.setAttribute('width', '100%');
  frame.setAttribute('scrolling', 'no');
  frame.setAttribute('frameborder', '0');
  frame.setAttribute('title', 'hashpivot calculator');
  window.__pym = { widths: [], heights: [] };
  function sendWidth() {
    window.__pym.widths.push(Date.now());
    frame.contentWindow.postMessage('pymxPYMx' + id + 'xPYMxwidthxPYMx' + container.offsetWidth, '*');
  }
  window.__pymSendWidth = sendWidth;
  frame.addEventListener('load', sendWidth);
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || typeof event.data !== 'string') return;
    var parts = event.data.split('xPYMx');
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id || parts[2] !== 'height') return;
    window.__pym.heights.push(Date.now());
    frame.style.height = parseInt(parts[3], 10) + 'px';
  });
  container.appendChild(frame);
})();
`,
    'pym.html': article('Pym.js-style host', '', '<div id="pym-container"></div><script src="pym-host.js"></script>'),

    // d. An AMP-style host: only {sentinel: 'amp', type: 'embed-size'} counts.
    'amp-host.js': `// Resizes the iframe from AMP embed-size messages only (no embed.js on this page).
(function () {
  var frame = document.getElementById('amp-grid');
  window.__amp = { heights: [] };
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    if (typeof data.height !== 'number' || !(data.height > 0)) return;
    window.__amp.heights.push(data.height);
    frame.style.height = data.height + 'px';
  });
})();
`,
    'amp.html': article('AMP-style host', '',
      `<iframe id="amp-grid" src="${calc.url}e/grid/defaults/?childId=amp-grid" title="hashpivot calculator: the US grid gap" scrolling="no" width="100%" frameborder="0"></iframe><script src="amp-host.js"></script>`),

    // f. Two embeds; the test forges messages for the first.
    'forged.html': article('Host receiving forged messages', '',
      `<iframe id="hp-target" data-hashpivot src="${calc.url}e/grid/defaults/?childId=hp-target" title="hashpivot calculator: the US grid gap" scrolling="no" width="100%" frameborder="0"></iframe>
    <iframe id="hp-other" data-hashpivot src="${calc.url}e/outlook/defaults/?childId=hp-other" title="hashpivot calculator: halving outlook" scrolling="no" width="100%" frameborder="0"></iframe>
    <script src="${embedJs}" async></script>`),

    // g. embed.js first, the iframe inserted by the host's script a second later.
    'added.js': `// Inserts the embed a second after the page loaded (a consent gate, an infinite scroll).
setTimeout(function () {
  var frame = document.createElement('iframe');
  frame.id = 'hp-added';
  frame.setAttribute('data-hashpivot', '');
  frame.src = ${JSON.stringify(`${calc.url}e/grid/defaults/?childId=hp-added`)};
  frame.title = 'hashpivot calculator: the US grid gap';
  frame.setAttribute('scrolling', 'no');
  frame.setAttribute('width', '100%');
  frame.setAttribute('frameborder', '0');
  document.getElementById('slot').appendChild(frame);
  window.__addedAt = Date.now();
  // In the next task: embed.js has seen the iframe (not waited for a message from it).
  setTimeout(function () { window.__styledAtOnce = frame.style.minWidth; }, 0);
}, 1000);
`,
    // h. The host article's own sentences follow the reader's sliders.
    'live.html': article('Host whose sentences follow the calculator', `<script src="${embedJs}" async></script>`,
      `<p id="live-en">Converting US mining sites would cover <span data-hashpivot-output="covered_by_mines_gw" data-hashpivot-frame="hp-live" data-decimals="1">12.3</span> GW of the <span data-hashpivot-output="shortfall_gw" data-hashpivot-frame="hp-live">49</span> GW shortfall.</p>
    <p id="live-ar" lang="ar-EG" dir="rtl">تحويل مواقع التعدين الأمريكية يغطي <span data-hashpivot-output="covered_by_mines_gw" data-hashpivot-frame="hp-live" data-decimals="1">١٢٫٣</span> غيغاواط.</p>
    <p id="live-other">Another widget: <span data-hashpivot-output="covered_by_mines_gw" data-hashpivot-frame="hp-other">unchanged</span>; a key no calculator has: <span data-hashpivot-output="nope">unchanged</span>.</p>
    <iframe id="hp-live" data-hashpivot src="${calc.url}e/grid/defaults/?childId=hp-live" title="hashpivot calculator: the US grid gap" scrolling="no" width="100%" frameborder="0"></iframe>`),
    // l. Host numbers that stop existing, and hostile shaping attributes.
    'shaping.html': article('Host whose numbers may stop existing', `<script src="${embedJs}" async></script>`,
      `<p id="irr">The conversion's IRR: <span data-hashpivot-output="irr_ai_pct" data-hashpivot-frame="hp-pivot" data-decimals="1">12.0</span>%.</p>
    <p id="month">Mining stops paying in <span data-hashpivot-output="fleet_unprofitable_month" data-hashpivot-frame="hp-pivot">2028-04</span>
      (<span lang="ar-EG" data-hashpivot-output="fleet_unprofitable_month" data-hashpivot-frame="hp-pivot">-</span>).</p>
    <p id="hostile">${HOSTILE_SHAPING.map(([d, sc], i) => `<span id="h${i}" data-hashpivot-output="npv_advantage_ai_usd" data-hashpivot-frame="hp-pivot"${d === null ? '' : ` data-decimals="${d}"`}${sc === null ? '' : ` data-scale="${sc}"`}>x</span>`).join(' ')}</p>
    <iframe id="hp-pivot" data-hashpivot src="${calc.url}e/pivot/defaults/?childId=hp-pivot&residual_pct=0" title="hashpivot calculator: the pivot" width="100%" frameborder="0"></iframe>`),
    // i. A feed reader's copy of the snippet: iframes, scripts and styles
    // removed; with the reader's stylesheet, and with none at all.
    'feed.html': article('A feed reader\'s copy of the article', '', sanitize(snippet)),
    'feed-bare.html': article('A feed reader\'s copy, unstyled', '', sanitize(snippet)).replace('<link rel="stylesheet" href="host.css">', ''),
    // j, k. The snippet as it is, in a full-width article (the frame about as
    // wide as the window: the snippet's height is the view's at 1280 px).
    'plain.html': article('Host with the snippet as it is', '', snippet).replace('<article>', '<article class="wide">'),
    'added.html': article('Host adding the iframe later', `<script src="${embedJs}"></script><script src="added.js" defer></script>`, '<div id="slot"></div>'),
  };
  // e. A sandbox without allow-same-origin: the embed's origin is opaque.
  for (const [name, base] of [['sandbox.html', calc.url], ['sandbox-cors.html', cors.url]]) {
    files[name] = article('Host with a sandboxed iframe', '',
      `<iframe id="hp-sandboxed" data-hashpivot sandbox="allow-scripts" src="${base}e/grid/defaults/?childId=hp-sandboxed" title="hashpivot calculator: the US grid gap" scrolling="no" width="100%" frameborder="0"></iframe>
    <script src="${base}embed.js" async></script>`);
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/**
 * What a feed reader, a newsletter or Apple News keeps of a snippet: no
 * iframe, script or style elements, no style or event-handler attributes.
 */
function sanitize(html) {
  return html
    .replace(/<(iframe|script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(iframe|script|style)\b[^>]*>/gi, '')
    .replace(/\s(style|on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .trim();
}

/**
 * Serves dist/ like a static host that allows any origin to read its files
 * (Access-Control-Allow-Origin: *), which a sandboxed embed (origin null)
 * needs for its module script and its wasm.
 */
async function serveWithCors() {
  const dir = mkdtempSync(join(tmpdir(), 'hashpivot-cors-'));
  cpSync(DIST, dir, { recursive: true }); // a copy: dist/ may be rebuilt meanwhile
  const { createServer } = await import('node:http');
  const { readFile, stat } = await import('node:fs/promises');
  const { extname, normalize } = await import('node:path');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

before(async () => {
  calc = await serve('/calc/');
  calcOrigin = new URL(calc.url).origin;
  cors = await serveWithCors();
  browser = await launch();
  // The snippet the Embed button gives for the grid panel at its defaults.
  const { page, context } = await open(browser, calc.url);
  await page.locator('.panel-wrap[data-panel="grid"] [data-tool="embed"]').scrollIntoViewIfNeeded();
  await page.click('.panel-wrap[data-panel="grid"] [data-tool="embed"]');
  snippet = await page.inputValue('.panel-wrap[data-panel="grid"] [data-embed-snippet]');
  await context.close();
  const dir = mkdtempSync(join(tmpdir(), 'hashpivot-host-'));
  writeHostSite(dir);
  host = await serve('/', dir);
  assert.notEqual(new URL(host.url).origin, calcOrigin, 'two origins');
});
after(async () => { await browser?.close(); calc?.close(); host?.close(); cors?.close(); });

/** Opens the host site's page `name` (see `hostPage` for what it records). */
const hostSite = (name, options) => hostPage(browser, `${host.url}${name}`, options);

/** The iframe matching `selector` and its page, once the page shows figures. */
async function child(page, selector) {
  const element = await page.waitForSelector(selector);
  const frame = await until(() => element.contentFrame(), `${selector} to have a frame`, 10_000);
  await frame.waitForSelector('main[data-ready]', { state: 'attached', timeout: 15_000 });
  return { element, frame };
}

/** The iframe's height and its page's content and scroll heights. */
async function measure(element, frame) {
  const outer = await element.evaluate((f) => f.clientHeight);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
  }));
  return { outer, ...inner };
}

/**
 * Waits until the iframe is as tall as its page's content (within 2 px) and
 * its page does not scroll inside it; returns the measures.
 */
async function fitted(page, selector, timeoutMs = 10_000) {
  const { element, frame } = await child(page, selector);
  let last;
  try {
    await until(async () => {
      last = await measure(element, frame);
      return last.outer > 300 && Math.abs(last.outer - last.content) <= 2 && last.scroll <= last.outer + 1;
    }, 'fit', timeoutMs);
  } catch {
    assert.fail(`${selector} never fitted its content: ${JSON.stringify(last)}`);
  }
  return { element, frame, ...last };
}

/** Every message the child posted is a height, in the Pym.js or the AMP wording, or its results. */
function assertOnlyHeights(messages) {
  for (const { data } of messages) {
    if (typeof data === 'string') assert.match(data, PYM_HEIGHT);
    else if (data.type === 'hashpivot:outputs') {
      assert.deepEqual(Object.keys(data).sort(), ['childId', 'outputs', 'panel', 'reasons', 'type'], JSON.stringify(data));
      for (const value of Object.values(data.outputs)) assert.ok(value === null || typeof value === 'string' || Number.isFinite(value));
      // A reason for each result that does not exist, and for nothing else.
      const missing = Object.keys(data.outputs).filter((k) => data.outputs[k] === null).sort();
      assert.deepEqual(Object.keys(data.reasons).sort(), missing, JSON.stringify(data));
      for (const reason of Object.values(data.reasons)) assert.match(reason, /^[a-z_]{1,40}$/);
    } else {
      assert.deepEqual(Object.keys(data).sort(), ['height', 'sentinel', 'type'], JSON.stringify(data));
      assert.equal(data.sentinel, 'amp');
      assert.equal(data.type, 'embed-size');
      assert.ok(Number.isInteger(data.height) && data.height > 0, JSON.stringify(data));
    }
  }
}

test('a. a cross-origin host that loads embed.js 3 s after the iframe: sized at once, no inner scrollbar', async () => {
  const { context, page, requests, errors } = await hostSite('late.html', { width: 1000, height: 1400 });
  await child(page, '#hp-late');
  const ranAt = await until(() => page.evaluate(() => window.__embedRanAt), 'embed.js to run', 20_000);
  assert.ok((await page.evaluate(() => window.__heightBeforeEmbed)) <= 150, 'not sized before embed.js');
  const before = (await page.evaluate(() => window.__messages)).filter((m) => m.t < ranAt && m.fromFrame === 'hp-late');
  assert.ok(before.length >= 2, `the child had posted its height before embed.js ran (${before.length} messages)`);
  const fit = await fitted(page, '#hp-late');
  const sizedAt = Date.now();
  // embed.js asked the child (the init script records in every frame what it receives).
  const asked = await fit.frame.evaluate(() => window.__messages.filter((m) => typeof m.data === 'string' && m.data.includes('xPYMxwidthxPYMx')));
  const width = await fit.element.evaluate((f) => f.offsetWidth);
  assert.deepEqual(asked.map((m) => m.data), [`pymxPYMxhp-latexPYMxwidthxPYMx${width}`], 'one width message, sent to the calculator\'s origin');
  const answer = (await page.evaluate(() => window.__messages)).find((m) => m.t >= asked[0].t && m.fromFrame === 'hp-late');
  console.log(`# late embed.js: ${before.length} messages before it ran; the child answered its width message after ${answer.t - asked[0].t} ms; fitted ${sizedAt - ranAt} ms after it ran (at most; ${fit.outer} px)`);
  const style = await fit.element.evaluate((f) => [getComputedStyle(f).display, getComputedStyle(f).borderTopWidth]);
  assert.deepEqual(style, ['block', '0px']);
  const messages = (await page.evaluate(() => window.__messages)).filter((m) => m.fromFrame === 'hp-late');
  assertOnlyHeights(messages);
  assert.ok(allLocal(requests), requests.join(' '));
  assert.ok(requests.some((u) => u.startsWith(calcOrigin)) && requests.some((u) => u.startsWith(new URL(host.url).origin)));
  assert.deepEqual(errors, []);
  // The whole article on screen, so the embed draws every chart (charts draw only on screen).
  await page.setViewportSize({ width: 1000, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await until(() => fit.frame.$$eval('canvas[data-chart]', (cs) => cs.length > 0 && cs.every((c) => Number(c.dataset.painted) > 0)), 'every chart of the embed drawn', 5000);
  assert.ok((await measure(fit.element, fit.frame)).outer === fit.outer, 'still the same height');
  await page.screenshot({ path: shotPath('host-late-embed'), fullPage: true });
  await context.close();
});

test('b. a host with a strict CSP (no inline style or script) and the Embed button\'s snippet as it is', async () => {
  assert.match(snippet, new RegExp(`^<iframe id="(hashpivot-grid-\\d+)" data-hashpivot src="${calc.url}e/grid/defaults/\\?theme=auto&amp;childId=\\1"`));
  assert.doesNotMatch(snippet, /style=/, 'no inline style in the snippet');
  const id = /id="([^"]+)"/.exec(snippet)[1];
  for (const width of [1000, 360]) {
    const { context, page, requests, errors } = await hostSite('strict.html', { width });
    const fit = await fitted(page, `#${id}`);
    const article = await page.evaluate(() => document.querySelector('article').clientWidth);
    const box = await fit.element.evaluate((f) => {
      const s = getComputedStyle(f);
      return { display: s.display, border: s.borderTopWidth, width: f.getBoundingClientRect().width, minWidth: f.style.minWidth };
    });
    assert.deepEqual({ display: box.display, border: box.border, minWidth: box.minWidth }, { display: 'block', border: '0px', minWidth: '100%' }, 'embed.js styled the iframe despite the CSP');
    const padding = 32; // the article's 1rem padding on each side
    assert.ok(Math.abs(box.width - (article - padding)) <= 1, `full width: ${box.width} of ${article - padding}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing blocked by the CSP');
    assertOnlyHeights((await page.evaluate(() => window.__messages)).filter((m) => m.fromFrame === id));
    assert.ok(allLocal(requests), requests.join(' '));
    assert.deepEqual(errors, []);
    console.log(`# strict CSP host at ${width} px: iframe ${fit.outer} px for ${fit.content} px of content`);
    await context.close();
  }
});

test('c. a Pym.js-style host without embed.js: sized from the height strings, and the child answers the width message', async () => {
  const { context, page, requests, errors } = await hostSite('pym.html');
  assert.equal(await page.evaluate(() => window.__hashpivotEmbed), undefined, 'no embed.js here');
  await fitted(page, '#pym-container iframe');
  // Once sized the child stops repeating itself...
  await until(async () => page.evaluate(() => Date.now() - window.__pym.heights[window.__pym.heights.length - 1] > 1500),
    'the child to stop posting once sized', 6000);
  const quiet = await page.evaluate(() => window.__pym.heights.length);
  // ...and a width message makes it say its height again, at once.
  const sentAt = await page.evaluate(() => { window.__pymSendWidth(); return Date.now(); });
  await until(async () => (await page.evaluate(() => window.__pym.heights.length)) > quiet, 'a height after the width message', 2000);
  const answeredAt = await page.evaluate((n) => window.__pym.heights[n], quiet);
  assert.ok(answeredAt - sentAt < 900, `answered in ${answeredAt - sentAt} ms, before the child's own one-second repeat`);
  const after = (await page.evaluate(() => window.__messages)).filter((m) => m.t >= sentAt && m.fromFrame);
  console.log(`# Pym.js host: ${after.length} messages after the width message, the first ${answeredAt - sentAt} ms after it`);
  assert.ok(after.some((m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMxpym-outlookxPYMxheightxPYMx')));
  assertOnlyHeights(await page.evaluate(() => window.__messages));
  await fitted(page, '#pym-container iframe');
  assert.ok(allLocal(requests), requests.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('d. an AMP-style host that only reads {sentinel: "amp", type: "embed-size"}', async () => {
  const { context, page, requests, errors } = await hostSite('amp.html');
  assert.equal(await page.evaluate(() => window.__hashpivotEmbed), undefined, 'no embed.js here');
  const fit = await fitted(page, '#amp-grid');
  const heights = await page.evaluate(() => window.__amp.heights);
  assert.ok(heights.length >= 1 && heights.includes(fit.outer), `${heights} / ${fit.outer}`);
  assertOnlyHeights(await page.evaluate(() => window.__messages));
  assert.ok(allLocal(requests), requests.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('e. a sandboxed iframe (allow-scripts, no allow-same-origin) is not a blank box', async () => {
  const { context, page, consoleErrors } = await hostSite('sandbox.html');
  const element = await page.waitForSelector('#hp-sandboxed');
  const frame = await until(() => element.contentFrame(), 'the sandboxed frame', 10_000);
  await frame.waitForLoadState('load');
  // The app starts, or boot.js gives up and shows #nowasm, or boot.js (a
  // module script, which from origin null needs CORS) never runs at all.
  const outcome = await until(() => frame.evaluate(() => {
    if (document.querySelector('main[data-ready]')) return 'the app started';
    const nowasm = document.getElementById('nowasm');
    return nowasm && !nowasm.hidden ? 'the app gave up and #nowasm shows' : null;
  }), 'the app to start or give up', 8000).catch(() => 'the app never started and #nowasm stays hidden');
  const state = await frame.evaluate(() => {
    const shown = (e) => e.getClientRects().length && getComputedStyle(e).visibility === 'visible';
    const inBox = (e) => e.getBoundingClientRect().top < innerHeight && e.getBoundingClientRect().bottom > 0;
    const figures = [...document.querySelectorAll('[data-output]')].filter((e) => e.dataset.value && shown(e));
    const nowasm = document.getElementById('nowasm');
    const heading = [...document.querySelectorAll('h1, h2, h3')].find((h) => shown(h) && inBox(h));
    return {
      origin: self.origin,
      box: innerHeight,
      figures: figures.length,
      figuresInBox: figures.filter(inBox).length,
      firstFigureTop: figures.length ? Math.round(figures[0].getBoundingClientRect().top) : null,
      nowasm: !!nowasm && !nowasm.hidden,
      headingInBox: heading ? heading.textContent.trim() : null,
    };
  });
  console.log(`# sandboxed iframe, calculator without CORS headers: ${outcome}; ${JSON.stringify(state)}`);
  console.log(`# its console errors: ${consoleErrors.map((e) => e.slice(0, 160)).join(' | ')}`);
  assert.equal(state.origin, 'null', 'an opaque origin');
  assert.ok(state.figures > 0 || state.nowasm, 'figures or the fallback text');
  assert.ok(state.figures === 0 || await frame.locator('[data-output][data-value]:not([data-value=""])').first().isVisible(), 'the figures are rendered');
  if (state.nowasm) assert.ok(await frame.locator('#nowasm [lang="en"]').isVisible(), 'the fallback says why');
  assert.ok(state.headingInBox, 'the frame\'s box shows the panel, not nothing');
  // The prerendered page reports its own height (www/early.js): the frame
  // fits the figures, and the page says why it cannot start.
  assert.ok(state.figuresInBox === state.figures && state.figures >= 4, `every figure inside the frame: ${JSON.stringify(state)}`);
  assert.ok(await frame.locator('#sandboxed [lang="en"]').isVisible(), 'the page says the sandbox stops it');
  await page.locator('#hp-sandboxed').screenshot({ path: shotPath('host-sandboxed') });
  await context.close();
});

test('e (with CORS). a sandboxed iframe from a calculator host that sends Access-Control-Allow-Origin: * runs the app and is sized', async () => {
  const { context, page, errors } = await hostSite('sandbox-cors.html');
  const fit = await fitted(page, '#hp-sandboxed', 15_000);
  assert.ok(await fit.frame.$('main[data-ready]'), 'the app started');
  assert.equal(await fit.frame.evaluate(() => self.origin), 'null');
  assert.ok(await fit.frame.locator('[data-output][data-value]:not([data-value=""])').first().isVisible());
  assertOnlyHeights((await page.evaluate(() => window.__messages)).filter((m) => m.fromFrame));
  assert.deepEqual(errors, []);
  console.log(`# sandboxed iframe, calculator with CORS headers: app started, iframe ${fit.outer} px`);
  await context.close();
});

test('f. forged messages change nothing: a height for the iframe from the host window or another iframe, and heights out of range', async () => {
  const { context, page } = await hostSite('forged.html', { width: 1000, height: 2600 });
  const target = await fitted(page, '#hp-target');
  await fitted(page, '#hp-other');
  await page.waitForTimeout(1200);
  const height = await target.element.evaluate((f) => f.style.height);
  assert.equal(height, `${target.outer}px`);
  // Every height embed.js sets from now on.
  await page.evaluate(() => {
    window.__set = [];
    const frame = document.getElementById('hp-target');
    new MutationObserver(() => window.__set.push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ['style'] });
  });
  // From the host window itself, in both wordings, a plausible and a huge height.
  await page.evaluate(() => {
    for (const h of [50, 100000, 5000000]) {
      window.postMessage(`pymxPYMxhp-targetxPYMxheightxPYMx${h}`, '*');
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    }
  });
  // From the other embed, naming this one's id.
  const other = await (await page.$('#hp-other')).contentFrame();
  await other.evaluate(() => parent.postMessage('pymxPYMxhp-targetxPYMxheightxPYMx50', '*'));
  // From the iframe's own window: heights out of range or malformed.
  await target.frame.evaluate(() => {
    for (const h of ['0', '100001', '5000000', '-5', '12.5', '1e3', ' 50', '50px', '']) parent.postMessage(`pymxPYMxhp-targetxPYMxheightxPYMx${h}`, '*');
    parent.postMessage('pymxPYMxhp-targetxPYMxheightxPYMx50xPYMxextra', '*');
    parent.postMessage('pymxPYMxhp-otherxPYMxheightxPYMx50', '*');
    for (const h of [0, -5, 100001, 1e9, Infinity, NaN, '50', null]) parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size' }, '*');
  });
  // All of them have arrived once a message posted after them has.
  await page.evaluate(() => new Promise((done) => {
    window.addEventListener('message', (e) => { if (e.data === 'last') done(); });
    window.postMessage('last', '*');
  }));
  await page.waitForTimeout(1500);
  const received = await page.evaluate(() => window.__messages.length);
  assert.ok(received >= 30, `${received} messages reached the host`);
  assert.deepEqual((await page.evaluate(() => window.__set)).filter((h) => h !== height), [], 'no other height was ever set');
  assert.equal(await target.element.evaluate((f) => f.style.height), height);
  const otherHeight = await page.evaluate(() => document.getElementById('hp-other').style.height);
  assert.notEqual(otherHeight, '50px', 'a message naming another iframe does not size it either');
  await context.close();
});

test('g. an iframe the host adds after embed.js has run is styled and sized too', async () => {
  const { context, page, requests, errors } = await hostSite('added.html');
  assert.equal(await page.evaluate(() => window.__hashpivotEmbed), true, 'embed.js ran first');
  await until(() => page.evaluate(() => window.__addedAt), 'the iframe to be added', 5000);
  await until(() => page.evaluate(() => typeof window.__styledAtOnce === 'string'), 'the check after the insertion');
  assert.equal(await page.evaluate(() => window.__styledAtOnce), '100%', 'styled as soon as it was added');
  const fit = await fitted(page, '#hp-added');
  const style = await fit.element.evaluate((f) => [getComputedStyle(f).display, f.style.minWidth, getComputedStyle(f).borderTopWidth]);
  assert.deepEqual(style, ['block', '100%', '0px']);
  assertOnlyHeights((await page.evaluate(() => window.__messages)).filter((m) => m.fromFrame));
  assert.ok(allLocal(requests), requests.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('h. the host article\'s own numbers follow the reader\'s sliders, in its languages; forged or unknown results change nothing', async () => {
  const { context, page } = await hostSite('live.html', { width: 1000, height: 1400 });
  const { frame } = await child(page, '#hp-live');
  await frame.waitForSelector('main[data-ready]', { state: 'attached' });
  const text = (sel) => page.textContent(sel);
  await until(async () => (await text('#live-en [data-hashpivot-output="covered_by_mines_gw"]')) === '12.3', 'the result at load');
  await frame.fill('#in-grid-mining_gw', '10');
  await until(async () => (await text('#live-en [data-hashpivot-output="covered_by_mines_gw"]')) === '6.2', 'the host sentence to follow the slider');
  const arabic = await page.evaluate(() => new Intl.NumberFormat('ar-EG', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(10 * 0.8 / 1.3));
  assert.match(arabic, /٦/, 'Arabic-Indic digits in an ar-EG paragraph');
  assert.equal(await text('#live-ar [data-hashpivot-output="covered_by_mines_gw"]'), arabic, 'formatted in the paragraph\'s language');
  assert.equal(await text('#live-en [data-hashpivot-output="shortfall_gw"]'), '49');
  assert.equal(await text('#live-other'), 'Another widget: unchanged; a key no calculator has: unchanged.');
  // The results went to the host's origin, and only there.
  const posted = await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'hashpivot:outputs'));
  assert.ok(posted.length >= 2 && posted.every((m) => m.fromFrame === 'hp-live' && m.data.childId === 'hp-live' && m.data.panel === 'grid'));
  // Forged: from the host window itself, an unknown key, non-finite and huge values, a wrong childId.
  await page.evaluate(() => {
    const forged = (outputs, childId = 'hp-live') => window.postMessage({ type: 'hashpivot:outputs', childId, panel: 'grid', outputs }, '*');
    forged({ covered_by_mines_gw: 99 });
    forged({ covered_by_mines_gw: Infinity, nope: 5 });
  });
  await frame.evaluate(() => {
    parent.postMessage({ type: 'hashpivot:outputs', childId: 'hp-live', panel: 'grid', outputs: { covered_by_mines_gw: NaN, nope: 7 } }, '*');
    parent.postMessage({ type: 'hashpivot:outputs', childId: 'hp-other', panel: 'grid', outputs: { covered_by_mines_gw: 42 } }, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await text('#live-en [data-hashpivot-output="covered_by_mines_gw"]'), '6.2');
  assert.equal(await text('#live-other'), 'Another widget: unchanged; a key no calculator has: unchanged.');
  await context.close();
});

/** The snippet's iframe id and height. */
function snippetFrame() {
  return { id: /id="([^"]+)"/.exec(snippet)[1], height: Number(/ height="(\d+)"/.exec(snippet)[1]) };
}

test('i. a feed reader that strips iframes, scripts and styles keeps the link to the view and its share card', async () => {
  const kept = sanitize(snippet);
  assert.doesNotMatch(kept, /<iframe|<script|<style|style=/i);
  assert.match(kept, /^<a data-hashpivot-fallback="[^"]+" href="[^"]+"><img src="[^"]+card\.png" alt="[^"]+" width="600" height="315" loading="lazy"><\/a>$/, kept);
  for (const [name, widths] of [['feed.html', [390, 1000]], ['feed-bare.html', [1000]]]) {
    for (const width of widths) {
      const { context, page, requests, errors } = await hostSite(name, { width });
      const link = page.locator('a[data-hashpivot-fallback]');
      assert.equal(await link.getAttribute('href'), `${calc.url}p/grid/defaults/`, 'the view\'s own page');
      const img = link.locator('img');
      await img.scrollIntoViewIfNeeded();
      await until(() => img.evaluate((i) => i.complete && i.naturalWidth > 0), `${name} at ${width} px: the share card to load`, 5000);
      const shown = await img.evaluate((i) => ({ natural: [i.naturalWidth, i.naturalHeight], box: [i.getBoundingClientRect().width, i.getBoundingClientRect().height], alt: i.alt, page: document.documentElement.scrollWidth }));
      assert.deepEqual(shown.natural, [1200, 630], 'the share card');
      assert.ok(await img.isVisible() && shown.box[0] >= 300 && shown.box[0] <= width, `${name} at ${width} px: ${JSON.stringify(shown)}`);
      assert.ok(Math.abs(shown.box[0] / shown.box[1] - 1200 / 630) < 0.02, 'not distorted');
      assert.ok(shown.page <= width, 'the image fits the page');
      assert.match(shown.alt, /^hashpivot calculator: The US grid gap$/);
      assert.equal((await page.request.get(await link.getAttribute('href'))).status(), 200, 'the link leads to a page');
      assert.ok(allLocal(requests), requests.join(' '));
      assert.deepEqual(errors, []);
      await page.screenshot({ path: shotPath(`host-feed-${name.replace('.html', '')}-${width}`), fullPage: true });
      await context.close();
    }
  }
});

test('j. a host with JavaScript off shows the headline numbers in the frame without scrolling; taller content scrolls inside, nothing is cut off', async () => {
  const { id, height } = snippetFrame();
  for (const width of [390, 1280]) {
    const { context, page } = await hostSite('plain.html', { width, javaScriptEnabled: false });
    const element = await page.waitForSelector(`#${id}`);
    await element.scrollIntoViewIfNeeded();
    const frame = await until(() => element.contentFrame(), 'the frame', 10_000);
    await frame.waitForSelector('[data-output]', { state: 'attached' });
    const outer = await element.evaluate((f) => f.clientHeight);
    assert.equal(outer, height, 'the snippet\'s height, no script to change it');
    const state = await frame.evaluate(() => {
      const root = document.documentElement;
      const headline = [...document.querySelectorAll('.result.big [data-output]')].map((e) => {
        const r = e.getBoundingClientRect();
        return { key: e.dataset.output, value: e.dataset.value, top: r.top, bottom: r.bottom, shown: getComputedStyle(e).visibility === 'visible' };
      });
      return { content: root.getBoundingClientRect().height, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, inner: innerHeight, headline };
    });
    assert.ok(state.headline.length >= 2, JSON.stringify(state));
    for (const h of state.headline) assert.ok(h.value && h.shown && h.top >= 0 && h.bottom <= outer, `${width} px: ${h.key} in the frame's first screen: ${JSON.stringify(h)}`);
    assert.ok(state.scrollWidth <= state.clientWidth + 1, `${width} px: nothing cut off sideways (${state.scrollWidth} > ${state.clientWidth})`);
    if (state.content > outer + 1) {
      // Taller than the frame: the reader scrolls inside it to the view's end.
      await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const end = await frame.evaluate(() => ({ y: scrollY, bottom: document.querySelector('.disclaimer').getBoundingClientRect().bottom, inner: innerHeight }));
      assert.ok(end.y > 0 && end.bottom <= end.inner + 1, `${width} px: the view's end scrolls into the frame: ${JSON.stringify(end)}`);
      await frame.evaluate(() => window.scrollTo(0, 0));
    }
    const ratio = outer / state.content;
    console.log(`# no-JavaScript host at ${width} px: frame ${outer} px for ${Math.round(state.content)} px of content (${(ratio * 100).toFixed(0)}%)`);
    if (width === 1280) assert.ok(Math.abs(ratio - 1) <= 0.2, `at 1280 px the frame (${outer} px) is within 20% of its content (${state.content} px)`);
    assert.ok(await page.locator('a[data-hashpivot-fallback] img').isVisible(), 'the linked image shows too: no script hides it');
    await page.screenshot({ path: shotPath(`host-no-js-${width}`) });
    await context.close();
  }
});

test('k. a host with embed.js at 1280 px: one view only (the image hidden once the frame is live), and the frame never jumps by more than 20%', async () => {
  const { id, height } = snippetFrame();
  const { context, page, errors } = await hostSite('plain.html', {
    width: 1280,
    height: 1000,
    // Every height the iframe has, from the first.
    init: () => {
      window.__heights = [];
      const watch = () => {
        const frame = document.querySelector('iframe[data-hashpivot]');
        if (!frame || frame.__watched) return;
        frame.__watched = true;
        new ResizeObserver(() => window.__heights.push(frame.clientHeight)).observe(frame);
      };
      new MutationObserver(watch).observe(document, { childList: true, subtree: true });
    },
  });
  const fit = await fitted(page, `#${id}`, 15_000);
  await page.waitForTimeout(1500);
  const heights = await page.evaluate(() => window.__heights);
  assert.equal(heights[0], height, 'the frame starts at the snippet\'s height');
  const jump = Math.max(...heights.map((h) => Math.abs(h - height))) / height;
  console.log(`# embed.js host at 1280 px: ${height} px from the snippet, fitted to ${fit.outer} px (heights ${heights.join(', ')}): largest change ${(jump * 100).toFixed(1)}%`);
  assert.ok(jump <= 0.2, `the frame moved by ${(jump * 100).toFixed(1)}% of its height`);
  assert.ok(await page.locator('a[data-hashpivot-fallback]').isHidden(), 'the image is hidden once the frame is live');
  assert.equal(await page.locator('iframe:visible').count(), 1, 'one view');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: shotPath('host-embed-js-1280') });
  await context.close();
});

test('l. a number that stops existing empties the host\'s element with the page\'s reason; months show; hostile shaping never prints a non-finite or over-long number', async () => {
  const { context, page } = await hostSite('shaping.html', { width: 1000, height: 1400 });
  const { frame } = await child(page, '#hp-pivot');
  const irr = () => page.evaluate(() => { const e = document.querySelector('#irr span'); return [e.textContent, e.getAttribute('data-hashpivot-reason')]; });
  await until(async () => /^\d+\.\d$/.test((await irr())[0]), 'the IRR at load');
  // No lease income and no residual value: converting only ever costs, there is no IRR.
  await frame.fill('#in-pivot-lease_usd_kw_month', '0');
  await until(async () => (await irr())[1] === 'no_sign_change', 'the IRR to be cleared with its reason');
  assert.deepEqual(await irr(), ['', 'no_sign_change'], 'no stale number');
  await frame.fill('#in-pivot-lease_usd_kw_month', '150');
  await until(async () => /^\d+\.\d$/.test((await irr())[0]), 'the IRR back');
  assert.equal((await irr())[1], null, 'the reason goes with the number back');
  // Months and "never", as an outlook page posts them (from the iframe's own window).
  const post = (outputs, reasons = {}) => frame.evaluate(([outputs, reasons]) => parent.postMessage({ type: 'hashpivot:outputs', childId: 'hp-pivot', panel: 'pivot', outputs, reasons }, '*'), [outputs, reasons]);
  const month = () => page.evaluate(() => [...document.querySelectorAll('#month span')].map((e) => [e.textContent, e.getAttribute('data-hashpivot-reason')]));
  await post({ fleet_unprofitable_month: '2028-04' });
  await until(async () => (await month())[0][0] === '2028-04', 'the month');
  assert.deepEqual(await month(), [['2028-04', null], ['٢٠٢٨-٠٤', null]], 'in the element\'s digits');
  await post({ fleet_unprofitable_month: 'never' });
  await until(async () => (await month())[0][1] === 'never', 'never');
  assert.deepEqual(await month(), [['', 'never'], ['', 'never']]);
  await post({ fleet_unprofitable_month: '<b>x</b>', irr_ai_pct: 'x' });
  await page.waitForTimeout(200);
  assert.deepEqual(await month(), [['', 'never'], ['', 'never']], 'text that is not a month is not taken');
  // Hostile shaping, with the page's values and the extremes a number can take.
  for (const value of [-9193022000.5, 1e308, -1e308, 5e-324, 123456.789, 0]) {
    await post({ npv_advantage_ai_usd: value });
    await until(() => page.evaluate(() => document.querySelector('#h29').textContent !== 'x'), 'the hostile spans to be written');
    await page.waitForTimeout(50);
    const shown = await page.evaluate(() => [...document.querySelectorAll('#hostile span')].map((e) => [e.id, e.textContent, e.getAttribute('data-hashpivot-reason')]));
    for (const [id, text, reason] of shown) {
      const i = Number(id.slice(1));
      if (reason) {
        assert.equal(reason, 'out_of_range', `${id}: ${JSON.stringify(HOSTILE_SHAPING[i])} at ${value}`);
        assert.equal(text, '', `${id}: emptied`);
        continue;
      }
      assert.ok(text.length <= 32 && /^-?[\d,]+(\.\d+)?$/.test(text), `${id} ${JSON.stringify(HOSTILE_SHAPING[i])} at ${value}: "${text}"`);
      assert.ok(Number.isFinite(Number(text.replace(/,/g, ''))), `${id}: finite`);
    }
    if (value === 123456.789) {
      const byId = Object.fromEntries(shown.map(([id, text]) => [id, text]));
      assert.equal(byId.h0, '123,457', 'a bad data-decimals is ignored (0)');
      assert.equal(byId.h11, '123,456.789000', 'data-decimals 6');
      assert.equal(byId.h12, '123,457', 'a bad data-scale is ignored (1)');
      assert.equal(byId.h26, '123,456,789.000000', 'data-scale 0.001');
      assert.equal(byId.h28, '0', 'data-scale 1e6');
    }
  }
  await context.close();
});
