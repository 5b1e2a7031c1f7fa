/* hashpivot embed helper for host pages without Pym.js (no dependencies).
 * Resizes every <iframe data-hashpivot id="..."> to the height its page
 * reports in the Pym.js child format "pymxPYMx<id>xPYMxheightxPYMx<px>".
 * Only messages from that iframe's own window are accepted. */
(function () {
  if (window.__hashpivotEmbed) return;
  window.__hashpivotEmbed = true;
  window.addEventListener('message', function (event) {
    if (typeof event.data !== 'string' || event.data.length > 200) return;
    var parts = event.data.split('xPYMx');
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return;
    var frame = document.getElementById(parts[1]);
    if (!frame || frame.tagName !== 'IFRAME' || !frame.hasAttribute('data-hashpivot')) return;
    if (frame.contentWindow !== event.source) return;
    var height = parseInt(parts[3], 10);
    if (height > 0 && height < 100000) frame.style.height = height + 'px';
  });
})();
