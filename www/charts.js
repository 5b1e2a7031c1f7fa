// Draws the charts the wasm records (src/chart/ops.rs: operation codes,
// each followed by its numbers, and a string list) on a 2D canvas.
//
// On the page (a deferred classic script, so it is there before the app
// starts) it gives the app `hashpivotCharts`. A chart's first picture is
// drawn on its own canvas at once. Every picture, that one included, then
// goes to a worker (this same file, started when the page is first idle),
// which draws it on a second canvas laid over the first (its control
// transferred with `transferControlToOffscreen`). So a slider step costs
// the page's main thread one message, not the canvas calls and their
// rasterisation. Without workers or OffscreenCanvas (an old browser, a
// sandboxed frame), or if the worker fails, everything is drawn on the page.
// A print gets every chart drawn on its own canvas at once (`drawNow`).
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
    // The worker: canvases by id, and the latest picture of each, drawn at
    // its next animation frame (a picture overtaken before it is never
    // drawn). A frame after drawing a chart's first picture, or after a
    // `sync` request, it tells the page (one message, not one a picture).
    const canvases = new Map();
    const latest = new Map();
    const nextFrame = self.requestAnimationFrame ? (f) => self.requestAnimationFrame(f) : (f) => setTimeout(f, 20);
    let flushing = false;
    let sync = null;
    const flush = () => {
      flushing = false;
      const first = [];
      for (const [id, m] of latest) {
        const canvas = canvases.get(id);
        if (!canvas.drawn) first.push(id);
        canvas.drawn = true;
        draw(canvas, m.width, m.height, m.numbers, m.text);
      }
      latest.clear();
      const reply = { first, sync };
      sync = null;
      if (reply.first.length || reply.sync !== null) nextFrame(() => self.postMessage(reply));
    };
    // Each message is a list: canvases handed over, pictures, sync requests.
    self.onmessage = ({ data }) => {
      for (const item of data) {
        if (item.canvas) canvases.set(item.id, item.canvas);
        else if (item.sync !== undefined) sync = item.sync;
        else latest.set(item.id, item);
      }
      if (!flushing) {
        flushing = true;
        nextFrame(flush);
      }
    };
  } else {
    const url = document.currentScript && document.currentScript.src;
    let worker = null;
    let usable = Boolean(url) && typeof Worker === 'function' && typeof OffscreenCanvasRenderingContext2D === 'function'
      && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
    // Overlays handed to the worker, each with its id, the canvas under it
    // and its latest picture (drawn there if the worker fails).
    const live = new Map();
    let nextId = 1;
    // Sync requests waiting for the worker: number -> resolve.
    const syncs = new Map();
    let nextSync = 1;
    // Sends once the page is idle: the worker then draws while the page
    // waits for its next input, not while it renders this one.
    const whenIdle = self.requestIdleCallback ? (f) => requestIdleCallback(f, { timeout: 50 }) : (f) => requestAnimationFrame(() => setTimeout(f, 0));
    // What this task sends the worker, sent in one message.
    let outbox = [];
    let transfer = [];
    const send = (item, objects) => {
      if (!outbox.length) {
        whenIdle(() => {
          const [items, objects] = [outbox, transfer];
          outbox = [];
          transfer = [];
          if (!usable) return;
          try {
            // Started here, when the page is idle: not while it loads.
            if (!worker) {
              worker = new Worker(url);
              worker.onerror = fail;
              worker.onmessageerror = fail;
              worker.onmessage = replied;
            }
            worker.postMessage(items, objects);
          } catch (error) {
            console.warn('charts: drawing on the page', error);
            fail();
          }
        });
      }
      outbox.push(item);
      transfer.push(...objects);
    };

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
      for (const resolve of syncs.values()) resolve(true);
      syncs.clear();
    };
    // A chart's first picture from the worker shows: the canvas under it is
    // hidden, or every repaint of the panel would copy it again.
    const replied = ({ data }) => {
      for (const l of live.values()) if (data.first.includes(l.id)) l.base.style.visibility = 'hidden';
      if (data.sync !== null && syncs.has(data.sync)) {
        syncs.get(data.sync)(true);
        syncs.delete(data.sync);
      }
    };

    /** Hands `overlay` to the worker; false if it cannot be. */
    const goLive = (base, overlay) => {
      if (!usable) return false;
      try {
        const offscreen = overlay.transferControlToOffscreen();
        const l = { id: nextId++, base, last: null };
        send({ id: l.id, canvas: offscreen }, [offscreen]);
        live.set(overlay, l);
        return true;
      } catch (error) {
        console.warn('charts: drawing on the page', error);
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
        let l = live.get(overlay);
        if (!l) {
          draw(base, width, height, numbers, text);
          // The worker draws the same picture over it, so the page's canvas
          // can be hidden even if this chart never changes.
          if (!goLive(base, overlay)) return;
          l = live.get(overlay);
        }
        // `numbers` is a view of the wasm's memory: the worker is given a
        // copy (moved, not cloned), and another is kept.
        const copy = numbers.slice();
        l.last = [width, height, numbers.slice(), text];
        send({ id: l.id, width, height, numbers: copy, text }, [copy.buffer]);
      },
      /** Resolves once every picture sent so far shows (for tests). */
      settled() {
        if (!live.size) return Promise.resolve(true);
        const n = nextSync++;
        send({ sync: n }, []);
        return new Promise((resolve) => syncs.set(n, resolve));
      },
      /**
       * Draws a picture on `base` at once, whoever shows the chart on
       * screen: for a print (`beforeprint`), which the print stylesheet
       * makes of `base`.
       */
      drawNow: draw,
      /** The chart as a PNG data URL, drawn on a canvas of its own. */
      png(width, height, numbers, text) {
        const canvas = document.createElement('canvas');
        draw(canvas, width, height, numbers, text);
        return canvas.toDataURL('image/png');
      },
    };
  }
})();
