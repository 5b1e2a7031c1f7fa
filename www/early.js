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
  // Inside a frame, the prerendered page reports its height itself (as the
  // app does once it runs: Pym.js and AMP wordings), so the host sizes the
  // frame at once, and even where the app cannot start (a sandbox). It
  // stops when the app has taken the page over.
  var child = new URLSearchParams(location.search).get('childId');
  if (window.parent !== window && child && /^[A-Za-z0-9_-]{1,64}$/.test(child)) {
    var post = function () {
      if (!document.querySelector('.prerendered')) return;
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height <= 0) return;
      window.parent.postMessage('pymxPYMx' + child + 'xPYMxheightxPYMx' + height, '*');
      window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    };
    window.addEventListener('message', function (event) {
      if (event.source === window.parent && typeof event.data === 'string' && event.data.indexOf('pymxPYMx' + child + 'xPYMxwidthxPYMx') === 0) post();
    });
    document.addEventListener('DOMContentLoaded', function () {
      post();
      if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
    });
  }
  var asked = new URLSearchParams(location.search);
  var theme = asked.get('theme');
  if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  var shown = root.getAttribute('data-view');
  if (shown === null) return;
  var view = new URLSearchParams(shown);
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
