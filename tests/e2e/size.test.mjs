// End-to-end: the bytes the page loads stay inside the budget (a size, not
// a timing: the same build always gives the same figure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, pageBytes, PAGE_BUDGET_GZIP_BYTES } from './lib.mjs';

test(`everything the page loads is under ${PAGE_BUDGET_GZIP_BYTES} bytes gzipped`, async () => {
  const server = await serve('/');
  const browser = await launch();
  try {
    const sizes = await pageBytes(browser, server.url);
    const names = sizes.files.map((f) => f.name);
    assert.ok(names.some((n) => n.endsWith('.wasm')) && names.some((n) => n.endsWith('.css')), names.join(' '));
    const listing = sizes.files.map((f) => `${f.name} ${f.gzip}`).join(', ');
    assert.ok(sizes.gzip < PAGE_BUDGET_GZIP_BYTES, `${sizes.gzip} B gzip: ${listing}`);
  } finally {
    await browser.close();
    server.close();
  }
});
