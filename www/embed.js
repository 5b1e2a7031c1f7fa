/* hashpivot embed helper for host pages (no dependencies, plain ES5).
 *
 * For every <iframe data-hashpivot id="..."> on the page, now or added
 * later, it:
 *  - sets the iframe's style through the CSSOM (a host Content-Security-
 *    Policy without 'unsafe-inline' blocks style="" in markup, not this):
 *    border 0, full width, display block;
 *  - sets its height from the heights its page reports, in either wording:
 *    the Pym.js child string "pymxPYMx<id>xPYMxheightxPYMx<px>" (the id must
 *    be the iframe's) or AMP's {sentinel: "amp", type: "embed-size", height};
 *    a message counts only if it comes from that iframe's own window, and
 *    only a height of 1 to 100000 px is used;
 *  - sends the iframe the Pym.js parent's width message
 *    "pymxPYMx<id>xPYMxwidthxPYMx<px>" when this script starts and whenever
 *    the iframe loads, so a page that reported its height before this script
 *    ran (it loads late behind tag managers and consent gates) says it again.
 *  - hides the link and image the snippet carries after the iframe
 *    (<a data-hashpivot-fallback="<iframe id>">, what remains where a host
 *    strips iframes and scripts) once the iframe has reported its height:
 *    the frame is live, the picture of it is not needed;
 *  - fills the host page's own elements with the embedded page's results:
 *    an element with data-hashpivot-output="<key>" (and, when several
 *    calculators share the page, data-hashpivot-frame="<iframe id>") gets
 *    the value of that output key from the {type: "hashpivot:outputs",
 *    childId, panel, outputs, reasons} message its iframe posts after each
 *    change, formatted in the element's language by Intl.NumberFormat, with
 *    data-decimals (0 to 6, default 0) and data-scale (0.001 to 1e12, the
 *    value is divided by it, e.g. 1e6 for millions; default 1) — as text,
 *    never as HTML. A month shows as YYYY-MM in the element's digits. A
 *    result that stops existing empties the element, which then carries
 *    the page's reason in data-hashpivot-reason (so does a number too big
 *    to show, "out_of_range"). Only known keys and finite numbers, months,
 *    "never" or null are taken, only from the iframe's own window.
 * Nothing else is read from a message; nothing is evaluated or parsed as HTML.
 */
(function () {
  if (window.__hashpivotEmbed) return;
  window.__hashpivotEmbed = true;

  var SELECTOR = 'iframe[data-hashpivot]';
  var MAX_HEIGHT = 100000;
  // The output keys the calculator reports (its output registry; a test
  // keeps this list equal to it).
  var OUTPUT_KEYS = ' advantage_p10_usd advantage_p50_usd advantage_p90_usd breakeven_btc_usd breakeven_eff_jth breakeven_hashprice_usd_ph_day breakeven_lease_usd_kw_month breakeven_power_usd_kwh btc_per_ph_day china_share_after_pct covered_by_mines_gw difficulty_change_pct fleet_unprofitable_month hashprice_change_pct hashprice_usd_ph_day hashprice_usd_ph_day_after_2028 hashprice_usd_ph_day_now irr_ai_pct irr_equity_ai_pct issuance_btc_day issuance_btc_day_2028 issuance_btc_day_2032 lease_payments_usd level_lease_usd_kw_month margin_usd_ph_day network_hashrate_change_pct npv_advantage_ai_usd npv_ai_usd npv_equity_ai_usd npv_mining_usd odds_ai_wins_pct payback_ai_months power_cost_usd_ph_day required_btc_growth_pct revenue_usd_mwh russia_share_after_pct share_of_shortfall_covered_pct shortfall_after_gw shortfall_gw us_share_after_pct value_land_usd value_per_mw_ai_usd value_per_mw_mining_usd ';

  function isOurs(el) {
    return !!el && el.tagName === 'IFRAME' && el.hasAttribute('data-hashpivot');
  }

  // Where the width message may go: the origin of the iframe's address.
  // A sandbox without allow-same-origin gives the page an opaque origin
  // that no origin string matches, so "*" (the message holds no secret).
  function targetOrigin(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return '*';
    try {
      var origin = new URL(frame.src, location.href).origin;
      return origin && origin !== 'null' ? origin : '*';
    } catch (e) {
      return '*';
    }
  }

  // Asks the iframe's page for its height, as a Pym.js parent does.
  function sendWidth(frame) {
    var win = frame.contentWindow;
    if (!win || !frame.id) return;
    try {
      win.postMessage('pymxPYMx' + frame.id + 'xPYMxwidthxPYMx' + frame.offsetWidth, targetOrigin(frame));
    } catch (e) { /* a frame being torn down */ }
  }

  function setup(frame) {
    if (frame.__hashpivotReady) return;
    frame.__hashpivotReady = true;
    var style = frame.style;
    style.setProperty('border', '0');
    style.setProperty('width', '1px');
    style.setProperty('min-width', '100%');
    style.setProperty('display', 'block');
    frame.addEventListener('load', function () { sendWidth(frame); });
    sendWidth(frame);
  }

  function scan() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) setup(frames[i]);
    return frames;
  }

  // The snippet's fallback link for this iframe, hidden (through the
  // CSSOM too: a host stylesheet may show [hidden] elements).
  function hideFallback(frame) {
    if (!frame.id) return;
    var links = document.querySelectorAll('[data-hashpivot-fallback]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute('data-hashpivot-fallback') !== frame.id) continue;
      links[i].hidden = true;
      links[i].style.setProperty('display', 'none', 'important');
    }
  }

  function setHeight(frame, height) {
    if (height >= 1 && height <= MAX_HEIGHT) {
      setup(frame);
      frame.style.setProperty('height', Math.ceil(height) + 'px');
      hideFallback(frame);
    }
  }

  // The language an element is read in: its own, else the page's.
  function langOf(el) {
    var holder = el.closest('[lang]');
    return (holder && holder.getAttribute('lang')) || undefined;
  }

  // The host elements that ask for output `key` of the iframe `frameId`.
  function targets(frameId, key) {
    var els = document.querySelectorAll('[data-hashpivot-output="' + key + '"]');
    var out = [];
    for (var i = 0; i < els.length; i++) {
      var wanted = els[i].getAttribute('data-hashpivot-frame');
      if (wanted === null || wanted === frameId) out.push(els[i]);
    }
    return out;
  }

  // Shows `text` in `el`, or, with `reason`, nothing: the page's number
  // stopped existing (or the host's shaping would make it unreadable), and
  // the element says why in data-hashpivot-reason.
  function show(el, text, reason) {
    el.textContent = text;
    if (reason) el.setAttribute('data-hashpivot-reason', reason);
    else el.removeAttribute('data-hashpivot-reason');
  }

  // Digits in the element's language: `n` (a whole number, 0 to 9999) with
  // at least `width` digits and no grouping.
  function digits(el, n, width) {
    try {
      return new Intl.NumberFormat(langOf(el), { minimumIntegerDigits: width, useGrouping: false }).format(n);
    } catch (e) {
      return String(n);
    }
  }

  // A number shaped by the element: data-decimals, a whole number from 0
  // to 6 (else 0), and data-scale, a number from 0.001 to 1e12 (else 1)
  // that the value is divided by. A result of 1e15 or more is not written.
  function fillNumber(el, value) {
    var d = el.getAttribute('data-decimals');
    var decimals = d !== null && /^[0-6]$/.test(d) ? Number(d) : 0;
    var s = el.getAttribute('data-scale');
    var scale = s !== null && /^\s*[0-9.eE+-]{1,24}\s*$/.test(s) ? Number(s) : 1;
    if (!(scale >= 1e-3 && scale <= 1e12)) scale = 1;
    var shaped = value / scale;
    if (!(Math.abs(shaped) < 1e15)) return show(el, '', 'out_of_range');
    var text;
    try {
      text = new Intl.NumberFormat(langOf(el), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(shaped);
    } catch (e) {
      text = shaped.toFixed(decimals);
    }
    show(el, text, null);
  }

  // Writes one output into every host element that asks for it: a
  // number; a month ("YYYY-MM", in the element's digits); or, for a result
  // that does not exist ("never", null), nothing, with the page's reason.
  function fill(frameId, key, value, reason) {
    var els = targets(frameId, key);
    var month = typeof value === 'string' && /^(\d{4})-(\d\d)$/.exec(value);
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (typeof value === 'number') fillNumber(el, value);
      else if (month) show(el, digits(el, Number(month[1]), 4) + '-' + digits(el, Number(month[2]), 2), null);
      else show(el, '', value === 'never' ? 'never' : reason);
    }
  }

  // {type: "hashpivot:outputs", childId, panel, outputs: {key: number,
  // "YYYY-MM", "never" or null}, reasons: {key: reason}}
  function takeOutputs(frame, outputs, reasons) {
    if (!outputs || typeof outputs !== 'object') return;
    for (var key in outputs) {
      if (!Object.prototype.hasOwnProperty.call(outputs, key)) continue;
      if (!/^[a-z0-9_]{1,64}$/.test(key) || OUTPUT_KEYS.indexOf(' ' + key + ' ') < 0) continue;
      var value = outputs[key];
      var reason = reasons && typeof reasons === 'object' && Object.prototype.hasOwnProperty.call(reasons, key) ? reasons[key] : null;
      if (typeof reason !== 'string' || !/^[a-z_]{1,40}$/.test(reason)) reason = 'none';
      if ((typeof value === 'number' && isFinite(value)) || value === null || value === 'never' || (typeof value === 'string' && /^\d{4}-\d\d$/.test(value))) {
        fill(frame.id, key, value, reason);
      }
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!event.source) return;
    if (data && typeof data === 'object' && data.type === 'hashpivot:outputs') {
      var senders = scan();
      for (var j = 0; j < senders.length; j++) {
        if (senders[j].contentWindow === event.source && senders[j].id === data.childId) takeOutputs(senders[j], data.outputs, data.reasons);
      }
      return;
    }
    if (typeof data === 'string') {
      // "pymxPYMx<id>xPYMxheightxPYMx<px>"
      if (data.length > 200) return;
      var parts = data.split('xPYMx');
      if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height' || !/^\d{1,6}$/.test(parts[3])) return;
      var frame = document.getElementById(parts[1]);
      if (isOurs(frame) && frame.contentWindow === event.source) setHeight(frame, Number(parts[3]));
    } else if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
      // AMP's form names no id: the sender is found by its window.
      var height = data.height;
      if (typeof height !== 'number') return;
      var frames = scan();
      for (var i = 0; i < frames.length; i++) {
        if (frames[i].contentWindow === event.source) setHeight(frames[i], height);
      }
    }
  });

  scan();
  // Iframes added later (by the host's own scripts, or still being parsed).
  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        if (records[i].addedNodes.length) {
          scan();
          return;
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
