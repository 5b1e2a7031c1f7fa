// hashpivot's models as a JavaScript library, without `series` and the
// Monte Carlo: `evaluate`, `inputs`, `presets` as `hashpivot.mjs` gives
// them, from a smaller wasm (built without the `series` feature). Import
// one of the two, not both: each loads its own wasm.
import init, * as models from './hashpivot_evaluate.js';
import { library, load } from './library.mjs';

export { PANELS, SERIES_PANELS, HashpivotInputError } from './library.mjs';

await load(init, new URL('./hashpivot_evaluate_bg.wasm', import.meta.url));

/** evaluate(panel, inputs), inputs(panel), presets(panel): see hashpivot-evaluate.d.ts. */
export const { evaluate, inputs, presets } = library(models);
