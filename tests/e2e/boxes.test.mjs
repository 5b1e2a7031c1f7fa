// End-to-end: every number box shows its number (issue 31). The converter's
// fields, with each group's base value at 10^-3, 1, 10^6, 10^12 and 10^18
// times its default, and every input row's box at its input's minimum,
// maximum and default (the library's registry): the box shows its value in
// full (what it reads as is the value, to seven significant figures or the
// whole number), thousands grouped, no exponent under 10^21 (or over
// 10^-6), in the page's digits, no wider than the box, and the box inside
// its group and panel; at 320 and 1280 px, in English and in Arabic
// (Arabic-Indic and Latin digits). Typed back, what a box shows is taken: a
// converter field's group keeps its values (within the shown precision)
// and the field shows the same text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, open, typeInto, DIST } from './lib.mjs';

const lib = await import(pathToFileURL(join(DIST, 'lib/hashpivot.mjs')).href);

const LANGS = { en: 'lang=en', ar: 'lang=ar', 'ar-latn': 'lang=ar&digits=latn' };
const WIDTHS = [320, 1280];
const FACTORS = [1e-3, 1, 1e6, 1e12, 1e18];
/** Each converter group's base field (the value the group holds). */
const BASES = { hashrate: 'conv_h_s', efficiency: 'conv_j_th', power: 'conv_w', money: 'conv_btc', revenue: 'conv_usd_th_day' };
/** The reported box (H/s at its default was `9.009000e+20`) at 1 and 10^18 times its default. */
const HASHRATE_SHOWN = {
  en: ['900,900,000,000,000,000,000', '9.009E38'],
  ar: ['٩٠٠٬٩٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠', '٩٫٠٠٩أس٣٨'],
  'ar-latn': ['900,900,000,000,000,000,000', '9.009E38'],
};
/** Seven significant figures: half a unit of the seventh, relative. */
const SHOWN_PRECISION = 5.0001e-7;

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/**
 * What is wrong with the number boxes matching `selector` on `page` (every
 * panel laid out, folded sections open). `expected(box)` gives the value a
 * box must show (default: its `data-value`) and `tolerance(value)` how far
 * what it shows may be from it. Runs in the page: a person's reading of the
 * text (digits, separators, exponent), independent of the app's parser.
 */
function problems(page, selector, lang, expected = null) {
  return page.evaluate(async ({ selector, lang, expected, precision }) => {
    document.querySelectorAll('.panel-wrap, main > *').forEach((e) => { e.style.contentVisibility = 'visible'; });
    document.querySelectorAll('details:not([open])').forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); });
    await new Promise((r) => setTimeout(r, 300));
    const read = (text) => {
      const ascii = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
        .replace(/[\u061C\u200E]-/g, '-').replace(/\u066B/g, '.').replace(/\u066C/g, ',').replace(/أس/g, 'E');
      const m = /^(-?)(\d{1,3}(?:,\d{3})*)(\.\d+)?(?:E(-?\d+))?$/.exec(ascii);
      return m ? { value: Number(`${m[1]}${m[2].replaceAll(',', '')}${m[3] ?? ''}e${m[4] ?? 0}`), exponent: m[4] !== undefined } : null;
    };
    const measure = document.createElement('canvas').getContext('2d');
    const out = [];
    for (const box of document.querySelectorAll(selector)) {
      const name = box.name || box.dataset.output;
      const text = box.value;
      const want = expected ? expected[name] : Number(box.dataset.value);
      if (want === undefined) continue;
      const shown = read(text);
      if (!shown) { out.push(`${name}: "${text}" is not a grouped number`); continue; }
      const tolerance = expected ? 1e-9 * Math.max(1, Math.abs(want)) : precision * Math.abs(want) + 1e-300;
      if (!(Math.abs(shown.value - want) <= tolerance)) out.push(`${name}: "${text}" reads ${shown.value}, not ${want}`);
      const plain = want === 0 || (Math.abs(want) >= 1e-6 && Math.abs(want) < 1e21);
      if (shown.exponent && plain) out.push(`${name}: "${text}" has an exponent for ${want}`);
      if (lang === 'ar' && /[0-9]/.test(text)) out.push(`${name}: "${text}" has Latin digits on an Arabic-Indic page`);
      if (lang !== 'ar' && /[\u0660-\u0669]/.test(text)) out.push(`${name}: "${text}" has Arabic-Indic digits on a Latin page`);
      const cs = getComputedStyle(box);
      measure.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = box.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
      const wide = measure.measureText(text).width;
      if (wide > room + 1) out.push(`${name}: "${text}" is ${Math.round(wide)} px in ${Math.round(room)}`);
      // A box sized to its text (field-sizing) must not grow out of its group or panel instead.
      const r = box.getBoundingClientRect();
      for (const outer of [box.closest('.conv-group, .input-row'), box.closest('.panel')]) {
        const o = outer.getBoundingClientRect();
        if (r.left < o.left - 1 || r.right > o.right + 1) out.push(`${name}: "${text}" sticks out of its ${outer.className}`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`the page is ${document.documentElement.scrollWidth} px wide in ${innerWidth}`);
    return out;
  }, { selector, lang, expected, precision: SHOWN_PRECISION });
}

/** The converter group `group`'s data-values, by key. */
function groupValues(page, group) {
  return page.$$eval(`#panel-converter [data-group="${group}"] input[data-output]`,
    (els) => Object.fromEntries(els.map((e) => [e.dataset.output, Number(e.dataset.value)])));
}

/** The converter's groups and each one's default base value, as the page has them. */
async function defaults(page) {
  const groups = await page.$$eval('#panel-converter [data-group]', (els) => els.map((e) => e.dataset.group));
  assert.deepEqual(groups.sort(), Object.keys(BASES).sort(), 'every converter group has its base field here');
  const out = {};
  for (const group of groups) out[group] = (await groupValues(page, group))[BASES[group]];
  return out;
}

for (const [lang, query] of Object.entries(LANGS)) {
  for (const width of WIDTHS) {
    test(`converter fields show their full value at 10^-3 to 10^18 times the defaults, ${width} px, ${lang}`, async () => {
      const { page, context } = await open(browser, `${server.url}?panel=converter&${query}`, { width, height: 900 });
      const base = await defaults(page);
      for (const factor of FACTORS) {
        for (const [group, key] of Object.entries(BASES)) {
          await typeInto(page, `#conv-${key}`, String(base[group] * factor));
          const wrong = await problems(page, `#panel-converter [data-group="${group}"] input[data-output]`, lang);
          assert.deepEqual(wrong, [], `${group} at ${factor} x its default`);
          if (group === 'hashrate' && (factor === 1 || factor === 1e18)) {
            assert.equal(await page.inputValue('#conv-conv_h_s'), HASHRATE_SHOWN[lang][factor === 1 ? 0 : 1], `H/s at ${factor} x its default`);
          }
        }
      }
      await context.close();
    });

    test(`input boxes show their value at every input's minimum, maximum and default, ${width} px, ${lang}`, async () => {
      const specs = new Map();
      // Every number input with a slider and a box (the converter's fields, step 0, have neither: they are its own boxes).
      for (const panel of lib.PANELS) for (const s of lib.inputs(panel)) if (!s.choices && s.step > 0) specs.set(s.key, s);
      assert.ok(specs.size > 30, `${specs.size} number inputs`);
      for (const end of ['min', 'max', 'default']) {
        const values = Object.fromEntries([...specs.values()].map((s) => [s.key, s[end]]));
        const address = `${server.url}?${Object.entries(values).map(([k, v]) => `${k}=${v}`).join('&')}&${query}`;
        const { page, context } = await open(browser, address, { width, height: 900 });
        const boxes = await page.$$eval('.input-row input.number', (els) => els.map((e) => e.name));
        assert.deepEqual([...new Set(boxes)].sort(), [...specs.keys()].sort(), 'a box for every number input');
        assert.deepEqual(await problems(page, '.input-row input.number', lang, values), [], `every input at its ${end}`);
        // Typed back as shown, every box's text is taken as it stands.
        const refused = await page.evaluate(async () => {
          const boxes = [...document.querySelectorAll('.input-row input.number')];
          for (const box of boxes) {
            const text = box.value;
            box.value = text;
            box.dispatchEvent(new InputEvent('input', { bubbles: true }));
          }
          await new Promise((r) => setTimeout(r, 200));
          return boxes.filter((b) => b.getAttribute('aria-invalid') !== 'false').map((b) => `${b.id}: "${b.value}"`);
        });
        assert.deepEqual(refused, [], `typed back at its ${end}`);
        await context.close();
      }
    });
  }

  test(`every converter field round-trips, ${lang}: typed as shown, the others keep their value and it shows the same`, async () => {
    const { page, context } = await open(browser, `${server.url}?panel=converter&${query}`, { width: 1280, height: 900 });
    const base = await defaults(page);
    for (const factor of FACTORS) {
      for (const [group, baseKey] of Object.entries(BASES)) {
        await typeInto(page, `#conv-${baseKey}`, String(base[group] * factor));
        for (const key of Object.keys(await groupValues(page, group))) {
          const where = `${group} at ${factor} x its default, ${key}`;
          const field = page.locator(`#conv-${key}`);
          const text = await field.inputValue();
          const before = await groupValues(page, group);
          await typeInto(page, `#conv-${key}`, text);
          assert.equal(await field.getAttribute('aria-invalid'), 'false', `${where}: "${text}" taken`);
          const after = await groupValues(page, group);
          for (const [other, was] of Object.entries(before)) {
            assert.ok(Math.abs(after[other] - was) <= SHOWN_PRECISION * Math.abs(was), `${where}: ${other} ${was} -> ${after[other]} ("${text}")`);
          }
          assert.equal(await field.inputValue(), text, `${where}: shows what was typed`);
        }
      }
    }
    // While a reader types, the text stays as typed; leaving the field writes it the page's way.
    const field = page.locator('#conv-conv_kw');
    await field.fill('1234.5');
    assert.equal(await field.inputValue(), '1234.5');
    assert.equal(await page.getAttribute('#conv-conv_w', 'data-value'), '1234500');
    await field.blur();
    assert.equal(await field.inputValue(), { en: '1,234.5', ar: '١٬٢٣٤٫٥', 'ar-latn': '1,234.5' }[lang]);
    await context.close();
  });
}
