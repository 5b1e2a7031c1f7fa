// End-to-end: the story on the first screen (ui::story) and the terms a
// general reader meets, in English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, until, sliderOf, dragSlider, typeInto } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** Every story number with its output key, and the panel card's data-value for it. */
function leadAndCards(page) {
  return page.$$eval('[data-lead]', (els) => els.map((e) => {
    const card = document.querySelector(`main [data-output="${e.dataset.lead}"]`);
    return { key: e.dataset.lead, lead: e.dataset.value, card: card && card.dataset.value, text: e.textContent };
  }));
}

const TERMS = {
  en: ['halving', 'hashprice', 'difficulty', 'hashrate', 'J/TH', 'PUE', 'NPV', 'IRR', 'payback', 'backstop', 'USD/kW-month'],
  ar: ['التنصيف', 'سعر التجزئة', 'الصعوبة', 'معدل التجزئة', 'جول/تيراهاش', 'PUE', 'صافي القيمة الحالية', 'معدل العائد الداخلي', 'الاسترداد', 'الضمان', 'دولار/كيلوواط-شهر'],
};

for (const lang of ['en', 'ar']) {
  for (const [width, height] of [[390, 800], [1280, 900]]) {
    test(`the story's first sentence and its number are on the first screen (${lang}, ${width}x${height})`, async () => {
      const { page, context } = await open(browser, `${server.url}${lang === 'ar' ? 'ar/' : ''}`, { width, height });
      const first = page.locator('.story li').first();
      assert.equal(await first.getAttribute('data-story'), 'outlook');
      const box = await first.locator('.story-num').last().boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= height, `the number lies at ${JSON.stringify(box)} in a ${height} px screen`);
      const text = await first.innerText();
      assert.match(text, lang === 'ar' ? /٤٥٠.*٢٢٥/s : /450.*225/s, text);
      await context.close();
    });
  }
}

test('the prerendered page tells the story before any script, with every number', async () => {
  const html = await (await fetch(server.url)).text();
  for (const key of ['issuance_btc_day', 'issuance_btc_day_2028', 'required_btc_growth_pct', 'npv_advantage_ai_usd', 'shortfall_gw', 'covered_by_mines_gw', 'us_share_after_pct', 'hashprice_change_pct']) {
    assert.ok(html.includes(`data-lead="${key}"`), `${key} in the prerendered story`);
  }
});

for (const lang of ['en', 'ar']) {
  test(`the story's numbers equal the panels' and follow a slider (${lang})`, async () => {
    const { page, context } = await open(browser, `${server.url}?lang=${lang}`);
    const before = await leadAndCards(page);
    assert.equal(before.length, 8, JSON.stringify(before));
    for (const n of before) assert.equal(n.lead, n.card, `${n.key}: story ${n.lead}, card ${n.card}`);
    // The lease rate to its minimum: mining wins, and the words say so.
    const aiWins = await page.locator('[data-story="pivot"]').innerText();
    await dragSlider(page, sliderOf('pivot', 'lease_usd_kw_month'), ['min'], { release: true, scroll: true });
    await until(async () => (await page.locator('[data-story="pivot"]').innerText()) !== aiWins, 'the pivot sentence to change');
    // Panels off screen catch up a moment after the last change.
    const after = await until(async () => {
      const now = await leadAndCards(page);
      return now.every((n) => n.lead === n.card) && now;
    }, 'the story and the cards to agree', 3000).catch(async () => leadAndCards(page));
    for (const n of after) assert.equal(n.lead, n.card, `${n.key} after the move: story ${n.lead}, card ${n.card}`);
    const advantage = after.find((n) => n.key === 'npv_advantage_ai_usd');
    assert.ok(Number(advantage.lead) < 0, 'mining now wins');
    assert.ok(!/[-−]/.test(advantage.text), `the words carry the sign, not the number: ${advantage.text}`);
    assert.match(await page.locator('[data-story="pivot"]').innerText(), lang === 'ar' ? /^مواصلة التعدين/ : /^Mining on is worth/);
    // The card says it in the same words: who wins, and the amount without a sign.
    const card = page.locator('#panel-pivot .result:has([data-output="npv_advantage_ai_usd"])');
    assert.match(await card.locator('.result-label').innerText(), lang === 'ar' ? /مواصلة التعدين/ : /^Mining is worth more by$/);
    assert.ok(!/[-−]/.test(await card.locator('.result-value').innerText()), 'no "more by -"');
    await context.close();
  });
}

test("a panel's own page tells its panel's story; an embed view tells none", async () => {
  const own = await open(browser, `${server.url}p/grid/defaults/`);
  assert.deepEqual(await own.page.$$eval('.story li', (ls) => ls.map((l) => l.dataset.story)), ['grid']);
  assert.equal(await own.page.locator('.story-link').count(), 0, 'no link to a panel that is the page');
  await own.context.close();
  const embed = await open(browser, `${server.url}e/grid/defaults/`);
  assert.equal(await embed.page.locator('.story').count(), 0);
  await embed.context.close();
  const full = await open(browser, server.url);
  const links = await full.page.$$eval('.story-link', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#panel-outlook', '#panel-outlook', '#panel-pivot', '#panel-grid', '#panel-geography']);
  await full.context.close();
});

for (const lang of ['en', 'ar']) {
  test(`every term has a definition reached by keyboard (${lang})`, async () => {
    const { page, context } = await open(browser, `${server.url}?lang=${lang}`, { width: 390, height: 800 });
    for (const word of TERMS[lang]) {
      const term = page.locator('.term', { hasText: word }).first();
      assert.equal(await term.count(), 1, `${word} is on the page`);
      assert.equal(await term.getAttribute('tabindex'), '0', `${word} is in the tab order`);
      const def = term.locator('.term-def');
      assert.equal(await def.isVisible(), false, `${word}'s definition is folded until asked for`);
      // Reached with the Tab key from the element before it.
      await term.evaluate((el) => {
        const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), summary, [tabindex="0"]')]
          .filter((e) => e === el || e.checkVisibility());
        const i = all.indexOf(el);
        if (i > 0) all[i - 1].focus();
        else document.activeElement?.blur();
      });
      await page.keyboard.press('Tab');
      assert.equal(await term.evaluate((el) => document.activeElement === el), true, `Tab reaches ${word}`);
      assert.equal(await def.isVisible(), true, `${word}'s definition shows on focus`);
      const text = await def.innerText();
      assert.ok(text.length > 40, `${word}: ${text}`);
      const described = await term.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent);
      assert.equal(described, text, `${word}'s definition is its description`);
      if (lang === 'ar') assert.ok(!/(?<![A-Za-z0-9] ?)[0-9]/.test(text), `one digit system in Arabic: ${text}`);
      await page.keyboard.press('Tab');
      assert.equal(await term.evaluate((el) => document.activeElement !== el), true, `Tab leaves ${word}`);
      assert.equal(await def.isVisible(), false, `${word}'s definition folds when the focus leaves`);
      await page.evaluate(() => document.activeElement?.blur());
    }
    await context.close();
  });
}

/** Text nodes on the page (every folded section open) holding a character of `pattern`. */
async function textsWith(page, pattern) {
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); }));
  await page.waitForTimeout(400);
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const node = walk.currentNode;
      if (re.test(node.nodeValue) && !node.parentElement.closest('[data-switch="digits"]')) out.push(node.nodeValue.trim().slice(0, 80));
    }
    return out;
  }, pattern.source);
}

test('one digit system a page: Arabic-Indic digits everywhere in Arabic, Latin ones with digits=latn', async () => {
  const arabic = await open(browser, `${server.url}ar/`);
  // Latin names keep their digits ("Hut 8", "Antminer S21").
  assert.deepEqual(await textsWith(arabic.page, /(?<![A-Za-z0-9] ?)[0-9]|%/), [], 'no Latin digit or percent sign on the Arabic page');
  const claim = await arabic.page.locator('[data-claim="F1"] .claim-number').innerText();
  assert.match(claim, /٤٥٠ ← ٢٢٥/, `the arrow points the way Arabic reads: ${claim}`);
  await arabic.context.close();
  const latin = await open(browser, `${server.url}ar/?digits=latn`);
  assert.deepEqual(await textsWith(latin.page, /[٠-٩]/), [], 'no Arabic-Indic digit with digits=latn');
  await latin.context.close();
});

test('a shared input says which other panels it changes, and they show the change', async () => {
  const { page, context } = await open(browser, server.url);
  const row = page.locator('#panel-miner .input-row:has(#in-btc_usd)');
  assert.match(await row.locator('.input-also').innerText(), /^Also changes: Halving outlook.*Keep mining, or become an AI data centre\?.*Unit converter$/);
  assert.equal(await page.locator('#panel-pivot .input-row:has(#in-pivot-site_mw) .input-also').count(), 0, 'the site is the pivot\'s alone');
  await typeInto(page, '#in-btc_usd', '90000');
  await until(async () => (await page.inputValue('#in-pivot-btc_usd')) === '90,000', 'the pivot panel to show the new price');
  assert.equal(await page.inputValue('#in-conv-btc_usd'), '90,000');
  await context.close();
});
