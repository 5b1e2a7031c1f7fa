// Draws the charts the wasm records (src/chart/ops.rs: operation codes,
// each followed by its numbers, and a string list) on a 2D canvas.
//
// On the page (a deferred classic script, so it is there before the app
// starts) it gives the app `hashpivotCharts`. A chart's first picture is
// drawn on its canvas at once, and the worker is started; every later
// picture is sent to that worker (this same file), which draws it on a
// second canvas laid over the first (its control transferred with
// `transferControlToOffscreen`). So a slider step
// costs the page's main thread one message, not the canvas calls and their
// rasterisation. Without workers or OffscreenCanvas (an old browser, a
// sandboxed frame) everything is drawn on the page, as before.
(() => {
  'use strict';
  // The strings' separator, NUL (written so, since the build's minifier
  // mangles the escape).
  const SEPARATOR = String.fromCharCode(0);

  /** Replays `numbers` (codes and their arguments) and `text` on `ctx`. */
  function replay(ctx, numbers, text) {
    const strings = text.split(SEPARATOR);
    let s = 0;
    let i = 0;
    const n = numbers;
    ctx.lineJoin = 'round';
    while (i < n.length) {
      switch (n[i++]) {
        case 0: // FillStyle
          ctx.fillStyle = strings[s++]; break;
        case 1: // StrokeStyle
          ctx.strokeStyle = strings[s++]; break;
        case 2: // LineWidth
          ctx.lineWidth = n[i++]; break;
        case 3: // Font
          ctx.font = strings[s++]; break;
        case 4: // Align
          ctx.textAlign = strings[s++]; break;
        case 5: // Baseline
          ctx.textBaseline = strings[s++]; break;
        case 6: // FillRect
          ctx.fillRect(n[i], n[i + 1], n[i + 2], n[i + 3]); i += 4; break;
        case 7: // StrokeRect
          ctx.strokeRect(n[i], n[i + 1], n[i + 2], n[i + 3]); i += 4; break;
        case 8: // BeginPath
          ctx.beginPath(); break;
        case 9: // MoveTo
          ctx.moveTo(n[i], n[i + 1]); i += 2; break;
        case 10: // LineTo
          ctx.lineTo(n[i], n[i + 1]); i += 2; break;
        case 11: // ClosePath
          ctx.closePath(); break;
        case 12: // Stroke
          ctx.stroke(); break;
        case 13: // Fill
          ctx.fill(); break;
        case 14: // Circle
          ctx.beginPath(); ctx.arc(n[i], n[i + 1], n[i + 2], 0, 2 * Math.PI); i += 3; break;
        case 15: // Save
          ctx.save(); break;
        case 16: // Restore
          ctx.restore(); break;
        case 17: // Turn
          ctx.translate(n[i], n[i + 1]); ctx.rotate(n[i + 2] * 2 * Math.PI); i += 3; break;
        case 18: // Text
          ctx.fillText(strings[s++], n[i], n[i + 1], n[i + 2]); i += 3; break;
        case 19: // HaloText
          ctx.strokeText(strings[s], n[i], n[i + 1], n[i + 2]);
          ctx.fillText(strings[s++], n[i], n[i + 1], n[i + 2]); i += 3; break;
        default:
          throw new Error(`charts: unknown operation ${n[i - 1]}`);
      }
    }
  }

  /** Sizes `canvas` (an element or an OffscreenCanvas) and draws on it. */
  function draw(canvas, width, height, numbers, text) {
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    // Opaque: every chart paints its background first.
    replay(canvas.getContext('2d', { alpha: false }), numbers, text);
  }

  if (typeof document === 'undefined') {
    // The worker: canvases by id; the latest picture of each, drawn once the
    // messages already queued are read (a picture overtaken is never drawn).
    const canvases = new Map();
    const latest = new Map();
    const shown = new Set();
    const nextFrame = self.requestAnimationFrame ? (f) => self.requestAnimationFrame(f) : (f) => setTimeout(f, 20);
    let flushing = false;
    const flush = () => {
      flushing = false;
      for (const [id, m] of latest) {
        draw(canvases.get(id), m.width, m.height, m.numbers, m.text);
        // Tells the page once the first picture is on screen (a frame
        // later), so the canvas under it can stop being painted.
        if (!shown.has(id)) {
          shown.add(id);
          nextFrame(() => self.postMessage(id));
        }
      }
      latest.clear();
    };
    self.onmessage = ({ data }) => {
      if (data.canvas) {
        canvases.set(data.id, data.canvas);
        return;
      }
      latest.set(data.id, data);
      if (!flushing) {
        flushing = true;
        setTimeout(flush, 0);
      }
    };
  } else {
    const url = document.currentScript && document.currentScript.src;
    let worker = null;
    let usable = Boolean(url) && typeof Worker === 'function' && typeof OffscreenCanvasRenderingContext2D === 'function'
      && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
    // Overlays handed to the worker: their id, the canvas under them and
    // their latest picture (drawn there if the worker fails).
    const live = new Map();
    let nextId = 1;

    const fail = () => {
      usable = false;
      if (worker) worker.terminate();
      worker = null;
      for (const [overlay, l] of live) {
        overlay.style.display = 'none';
        l.base.style.visibility = '';
        if (l.last) draw(l.base, ...l.last);
      }
      live.clear();
    };
    // The worker's first picture on an overlay is showing: the canvas under
    // it is hidden, or every repaint of the panel would copy it again.
    const shown = ({ data: id }) => {
      for (const l of live.values()) if (l.id === id) l.base.style.visibility = 'hidden';
    };

    /** Hands `overlay` to the worker (starting it); false if it cannot be. */
    const goLive = (base, overlay) => {
      if (!usable) return false;
      try {
        if (!worker) {
          worker = new Worker(url);
          worker.onerror = fail;
          worker.onmessageerror = fail;
          worker.onmessage = shown;
        }
        const offscreen = overlay.transferControlToOffscreen();
        const id = nextId++;
        worker.postMessage({ id, canvas: offscreen }, [offscreen]);
        live.set(overlay, { id, base, last: null });
        return true;
      } catch (error) {
        console.error('charts: drawing on the page', error);
        fail();
        return false;
      }
    };

    self.hashpivotCharts = {
      /**
       * Draws a chart: its first picture on `base` at once (then `overlay`
       * goes to the worker), every later one in the worker, on `overlay`;
       * all on `base` while no worker can draw.
       */
      paint(base, overlay, width, height, numbers, text) {
        const l = live.get(overlay);
        if (l) {
          // `numbers` is a view of the wasm's memory: the message gets a copy.
          l.last = [width, height, numbers.slice(), text];
          worker.postMessage({ id: l.id, width, height, numbers: l.last[2], text });
          return;
        }
        draw(base, width, height, numbers, text);
        goLive(base, overlay);
      },
      /** The chart as a PNG data URL, drawn on a canvas of its own. */
      png(width, height, numbers, text) {
        const canvas = document.createElement('canvas');
        draw(canvas, width, height, numbers, text);
        return canvas.toDataURL('image/png');
      },
    };
  }
})();
