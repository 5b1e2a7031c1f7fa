// Runs before the first paint of every page (a classic script in the head,
// so the Content-Security-Policy needs no inline script). It applies the
// theme named in the address, and marks a prerendered page "stale" when the
// address asks for another state than the one it shows: the stylesheet then
// hides its figures, and their data-value attributes go, until the app has
// computed the asked-for state (ui::app::take_over removes the mark).
(function () {
  var root = document.documentElement;
  // Scripts run: the prerendered note that the controls need JavaScript is
  // not for this reader (and, hidden from the first paint, moves nothing).
  root.classList.add('js');
  // In an iframe sandboxed without allow-same-origin the module scripts and
  // the wasm cannot load (origin "null", no CORS): say so under the
  // prerendered figures instead of leaving the reader waiting.
  if (self.origin === 'null') {
    document.addEventListener('DOMContentLoaded', function () {
      var note = document.getElementById('sandboxed');
      if (note) note.hidden = false;
    });
  }
  // Inside a frame with a valid childId, this script is the page's voice to
  // its host, before and after the app takes over (it reads the DOM):
  //  - its height, as the Pym.js child says it ("pymxPYMx<id>xPYMxheightxPYMx<px>")
  //    and as AMP's amp-iframe expects ({sentinel: "amp", type: "embed-size",
  //    height}), whenever it changes, again every second while the frame is
  //    not yet that tall (for two minutes: a host whose resizing script loads
  //    late still hears it), and in answer to the Pym.js parent's width
  //    message; answering is not obeying: no message changes anything else;
  //  - its results, {type: "hashpivot:outputs", childId, panel, outputs,
  //    reasons} (a result that does not exist: null, with its reason), at
  //    load and after each change (after 150 ms of quiet), to the parent's
  //    origin only (from location.ancestorOrigins, else the referrer): never
  //    to "*", and not at all when that origin cannot be known.
  // Inside a frame a host may forbid downloads without any error the page
  // could see: after an export, the status beside the button says so.
  if (window.parent !== window) {
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-export], [data-tool="results-csv"]');
      var note = button && button.parentNode.querySelector('[data-download-note]');
      if (note) {
        note.textContent = /^ar/.test(root.lang)
          ? 'إن لم يصل ملف، فالموقع الذي يعرض هذه الحاسبة لا يسمح بالتنزيل: افتحها في صفحتها الخاصة (الرابط في الأسفل).'
          : 'If no file arrives, the site showing this calculator does not allow downloads: open it on its own page (link at the bottom).';
      }
    }, true);
  }
  var params = new URLSearchParams(location.search);
  var view = new URLSearchParams(root.getAttribute('data-view') || '');
  var child = params.get('childId');
  if (window.parent !== window && child && /^[A-Za-z0-9_-]{1,64}$/.test(child)) {
    var parent = window.parent;
    var last = 0;
    var tries = 0;
    var postHeight = function (force) {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height <= 0 || (!force && height === last && Math.abs(height - window.innerHeight) <= 1)) return;
      last = height;
      parent.postMessage('pymxPYMx' + child + 'xPYMxheightxPYMx' + height, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    };
    window.addEventListener('message', function (event) {
      if (event.source === parent && typeof event.data === 'string' && event.data.indexOf('pymxPYMx' + child + 'xPYMxwidthxPYMx') === 0) postHeight(true);
    });
    var parentOrigin = (function () {
      var list = location.ancestorOrigins;
      var origin = list && list.length ? list[0] : '';
      if (!origin && document.referrer) {
        try { origin = new URL(document.referrer).origin; } catch (e) { origin = ''; }
      }
      return /^https?:\/\//.test(origin) ? origin : null;
    })();
    var panel = params.get('panel') || view.get('panel');
    var sent = '';
    var postOutputs = function () {
      // Not while the figures shown are another state's (see below).
      if (!parentOrigin || !panel || root.classList.contains('stale')) return;
      var outputs = {};
      var reasons = {};
      var els = document.querySelectorAll('#panel-' + panel + ' [data-output]');
      for (var i = 0; i < els.length; i++) {
        var text = els[i].getAttribute('data-value');
        if (text === null) return;
        var number = Number(text);
        var key = els[i].getAttribute('data-output');
        outputs[key] = text === '' ? null : /^-?\d/.test(text) && isFinite(number) && !/^\d{4}-\d\d$/.test(text) ? number : text;
        if (text === '') reasons[key] = els[i].getAttribute('data-reason') || 'none';
      }
      var message = JSON.stringify([outputs, reasons]);
      if (els.length && message !== sent) {
        sent = message;
        parent.postMessage({ type: 'hashpivot:outputs', childId: child, panel: panel, outputs: outputs, reasons: reasons }, parentOrigin);
      }
    };
    var quiet = null;
    document.addEventListener('DOMContentLoaded', function () {
      postHeight(true);
      postOutputs();
      if (window.ResizeObserver) new ResizeObserver(function () { postHeight(false); }).observe(document.body);
      var again = setInterval(function () {
        if (++tries > 120) clearInterval(again);
        else postHeight(false);
      }, 1000);
      new MutationObserver(function () {
        clearTimeout(quiet);
        quiet = setTimeout(postOutputs, 150);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'class'] });
    });
  }
  var asked = params;
  // The full page asked for one panel (`?panel=miner&...`, as links said
  // before they named the panel's page: ui::panel_tools::panel_url) is that
  // panel's prerendered page asked for the same state: go there before
  // anything else loads, where the first module answers at once. Not for
  // Arabic with Latin digits, which has no pages of its own.
  var PANELS = ['miner', 'outlook', 'pivot', 'grid', 'geography', 'converter'];
  var askedPanel = asked.get('panel');
  var askedEmbed = asked.get('embed');
  if (root.getAttribute('data-view') !== null && !view.has('panel') && PANELS.indexOf(askedPanel) >= 0
    && (askedEmbed === null || askedEmbed === '1') && !asked.has('digits')) {
    var arabic = (asked.get('lang') || view.get('lang')) === 'ar';
    location.replace((root.getAttribute('data-root') || './') + (arabic ? 'ar/' : '')
      + (askedEmbed === '1' ? 'e/' : 'p/') + askedPanel + '/defaults/' + location.search + location.hash);
    return;
  }
  var theme = asked.get('theme');
  if (theme === 'dark' || theme === 'light' || theme === 'auto') root.setAttribute('data-theme', theme);
  if (root.getAttribute('data-view') === null) return;
  // Keys that change nothing on screen, and keys the view names only when
  // they differ from their defaults.
  var neutral = { v: 1, childId: 1, theme: 1 };
  var optional = { extra_shares: 1, lang: 1, digits: 1, panel: 1, embed: 1 };
  var stale = false;
  asked.forEach(function (value, key) {
    if (neutral[key]) return;
    if (view.has(key) ? view.get(key) !== value : optional[key]) stale = true;
  });
  // English pages name no language: a reader whose browser prefers Arabic
  // gets the Arabic page from the app.
  if (!view.has('lang') && !asked.has('lang') && /^ar\b/i.test(navigator.language || '')) stale = true;
  if (!stale) return;
  root.classList.add('stale');
  document.addEventListener('DOMContentLoaded', function () {
    var outputs = document.querySelectorAll('.prerendered [data-output]');
    for (var i = 0; i < outputs.length; i++) outputs[i].removeAttribute('data-value');
  });
})();
