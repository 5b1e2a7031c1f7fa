// End-to-end: the bytes the page loads stay inside their budgets (sizes,
// not timings: the same build always gives the same figures). The app (wasm,
// glue, stylesheet, scripts) has its budget, the first module (first/) its
// own; the prerendered HTML, which is
// the story itself and arrives first, has its own, one for the full page and
// one for a panel's embed view. The figures are the guards in budgets.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, pageBytes, PANELS } from './lib.mjs';
import {
  PAGE_BUDGET_GZIP_BYTES, FIRST_MODULE_BUDGET_GZIP_BYTES, FULL_PAGE_HTML_BUDGET_GZIP_BYTES, EMBED_HTML_BUDGET_GZIP_BYTES,
} from './budgets.mjs';

const TITLE = `the app is under ${PAGE_BUDGET_GZIP_BYTES} B gzip, the first module under ${FIRST_MODULE_BUDGET_GZIP_BYTES} B; prerendered HTML under `
  + `${FULL_PAGE_HTML_BUDGET_GZIP_BYTES} B (full page) and ${EMBED_HTML_BUDGET_GZIP_BYTES} B (each embed view)`;

test(TITLE, async () => {
  const server = await serve('/');
  const browser = await launch();
  try {
    const sizes = await pageBytes(browser, server.url);
    const names = sizes.files.map((f) => f.name);
    assert.ok(names.some((n) => n.endsWith('.wasm')) && names.some((n) => n.endsWith('.css')), names.join(' '));
    const listing = sizes.files.map((f) => `${f.name} ${f.gzip}`).join(', ');
    const html = sizes.files.filter((f) => f.name === 'index.html').reduce((s, f) => s + f.gzip, 0);
    const first = sizes.files.filter((f) => /^first-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f.name));
    assert.equal(first.length, 2, `the first module's wasm and glue: ${listing}`);
    const firstGzip = first.reduce((s, f) => s + f.gzip, 0);
    assert.ok(firstGzip < FIRST_MODULE_BUDGET_GZIP_BYTES, `first module ${firstGzip} B gzip`);
    assert.ok(sizes.gzip - html - firstGzip < PAGE_BUDGET_GZIP_BYTES, `app ${sizes.gzip - html - firstGzip} B gzip: ${listing}`);
    assert.ok(html > 5_000 && html < FULL_PAGE_HTML_BUDGET_GZIP_BYTES, `full page HTML ${html} B gzip`);
    for (const panel of PANELS) {
      for (const lang of ['', 'ar/']) {
        const embed = await pageBytes(browser, `${server.url}${lang}e/${panel}/defaults/`);
        const doc = embed.files.find((f) => f.name === 'index.html');
        assert.ok(doc.gzip < EMBED_HTML_BUDGET_GZIP_BYTES, `${lang}e/${panel}/defaults/: ${doc.gzip} B gzip`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
});
