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
 * Nothing else is read from a message; nothing is evaluated or parsed as HTML.
 */
(function () {
  if (window.__hashpivotEmbed) return;
  window.__hashpivotEmbed = true;

  var SELECTOR = 'iframe[data-hashpivot]';
  var MAX_HEIGHT = 100000;

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

  function setHeight(frame, height) {
    if (height >= 1 && height <= MAX_HEIGHT) {
      setup(frame);
      frame.style.setProperty('height', Math.ceil(height) + 'px');
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!event.source) return;
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
