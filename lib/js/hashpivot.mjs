// hashpivot's models as a JavaScript library: the same keys and values as
// the page's data-output / data-value. One ES module for the browser and
// Node 20, no bundler:
//
//   import { evaluate, inputs, presets } from './lib/hashpivot.mjs';
//   evaluate('pivot', { lease_usd_kw_month: 159 }).npv_advantage_ai_usd
//
// The wasm is loaded once, before the module's exports are usable (top-level
// await): from the file beside this one in Node, by fetch in a browser.
import init, * as models from './hashpivot_models.js';

const wasm = new URL('./hashpivot_models_bg.wasm', import.meta.url);
if (typeof process === 'object' && process.versions && process.versions.node) {
  const { readFile } = await import('node:fs/promises');
  await init({ module_or_path: await readFile(wasm) });
} else {
  await init({ module_or_path: wasm });
}

/** Every output of `panel` for `inputs` (URL keys over the defaults); throws `{ name, message, errors }` for bad input. */
export const evaluate = (panel, inputs = {}) => models.evaluate(panel, inputs);
/** The registry of the inputs `panel` depends on: `[{ key, unit, min, max, step, default, source, choices }]`. */
export const inputs = (panel) => models.inputs(panel);
/** The presets of `panel`: `[{ id, values }]`. */
export const presets = (panel) => models.presets(panel);
/** The panels, as in the page's `panel=` key. */
export const PANELS = ['miner', 'outlook', 'pivot', 'grid', 'geography', 'converter'];
