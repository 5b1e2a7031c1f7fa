// End-to-end: every figure fits its box from 320 px up, in both languages,
// on the full page and the embed views, at each panel's first slider's
// default, minimum and maximum: no result card or input row whose content
// overflows or spills out of it, no label under its number box, and no
// number box holding a value wider than itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, firstSliders, PANELS } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** What does not fit on `page` (every panel laid out, folded sections open). */
function misfits(page) {
  return page.evaluate(async () => {
    document.querySelectorAll('.panel-wrap, main > *').forEach((e) => { e.style.contentVisibility = 'visible'; });
    document.querySelectorAll('details').forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); });
    await new Promise((r) => setTimeout(r, 300));
    const out = [];
    const measure = document.createElement('canvas').getContext('2d');
    const inside = (r, p) => r.left >= p.left - 1 && r.right <= p.right + 1;
    for (const box of document.querySelectorAll('.input-row input[type=text], .conv-field input[type=text]')) {
      const cs = getComputedStyle(box);
      measure.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = box.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
      const wide = measure.measureText(box.value).width;
      if (wide > room + 1) out.push(`box ${box.id}: "${box.value}" is ${Math.round(wide)} px in ${Math.round(room)}`);
    }
    for (const el of document.querySelectorAll('.result, .result *, .input-row *, .conv-field *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const cs = getComputedStyle(el);
      const clips = cs.overflowX !== 'visible';
      if (el.tagName !== 'INPUT' && clips && el.scrollWidth > el.clientWidth + 1) out.push(`clipped ${el.className || el.tagName}: ${el.textContent.trim().slice(0, 50)}`);
      const holder = el.closest('.result, .input-row, .conv-field');
      if (holder !== el && !inside(r, holder.getBoundingClientRect())) out.push(`spills ${el.className || el.tagName}: ${el.textContent.trim().slice(0, 50)}`);
    }
    for (const row of document.querySelectorAll('.input-row')) {
      const label = row.querySelector('.input-label')?.getBoundingClientRect();
      const box = row.querySelector('.number-wrap')?.getBoundingClientRect();
      if (label && box && label.width && label.right > box.left + 1 && box.right > label.left + 1 && label.bottom > box.top + 1 && box.bottom > label.top + 1) {
        out.push(`label under its box: ${row.querySelector('.input-label').textContent}`);
      }
    }
    return out;
  });
}

for (const lang of ['en', 'ar']) {
  for (const width of [320, 390, 768, 1280]) {
    test(`the full page fits at ${width} px (${lang}), at the first sliders' default, minimum and maximum`, async () => {
      const { page, context } = await open(browser, `${server.url}?lang=${lang}`, { width, height: 900 });
      assert.deepEqual(await misfits(page), [], 'defaults');
      for (const end of ['min', 'max']) {
        await firstSliders(page, end);
        assert.deepEqual(await misfits(page), [], end);
      }
      await context.close();
    });
  }
}

test('every embed view fits at 320 and 1280 px, in both languages', async () => {
  for (const lang of ['', 'ar/']) {
    for (const panel of PANELS) {
      for (const width of [320, 1280]) {
        const { page, context } = await open(browser, `${server.url}${lang}e/${panel}/defaults/`, { width, height: 900 });
        assert.deepEqual(await misfits(page), [], `${lang}e/${panel}/ at ${width} px`);
        await context.close();
      }
    }
  }
});
