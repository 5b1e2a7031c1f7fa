// hashpivot's models as a JavaScript library: the same keys and values as
// the page's data-output / data-value, and the month-by-month series its
// charts draw. One ES module for the browser and Node 20, no bundler:
//
//   import { evaluate, series, inputs, presets } from './lib/hashpivot.mjs';
//   evaluate('pivot', { lease_usd_kw_month: 159 }).npv_advantage_ai_usd
//   series('outlook', { volatility_pct: 60 })[24].hashprice_p10_usd_ph_day
//
// `hashpivot-evaluate.mjs` is the same without `series` (and the Monte
// Carlo), with a smaller wasm. The wasm is loaded once, before the
// module's exports are usable (top-level await): from the file beside this
// one in Node, by fetch in a browser. How the caller's arguments are read:
// library.mjs.
import init, * as models from './hashpivot_models.js';
import { library, load } from './library.mjs';

export { PANELS, SERIES_PANELS, HashpivotInputError } from './library.mjs';

await load(init, new URL('./hashpivot_models_bg.wasm', import.meta.url));

/** evaluate(panel, inputs), series(panel, inputs), inputs(panel), presets(panel): see hashpivot.d.ts. */
export const { evaluate, series, inputs, presets } = library(models);
