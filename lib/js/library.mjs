// What both entries of hashpivot's library share (hashpivot.mjs: evaluate
// and series; hashpivot-evaluate.mjs: evaluate alone, a smaller wasm): the
// panel lists, the error, the loading of a wasm in a browser or in Node,
// and the reader of the caller's arguments, built around an entry's wasm
// (`library(models)`).
//
// The wasm only ever gets strings and numbers, read here from the caller's
// object inside try/catch: a panel name from PANELS, the panel's keys given
// as numbers, the added rows' names and shares. So no getter, Proxy trap,
// iterator or conversion of the caller's runs while the module is on the
// stack, and no exception can unwind through it (which would leave its
// stack and allocator broken for every later call). The registry's checks
// (domains, choices, row names, the converter's fields) stay in the wasm;
// this file adds those of types, keys and panels, and makes the errors.

/** The panels, as in the page's `panel=` key (frozen: only these names reach the wasm). */
export const PANELS = Object.freeze(['miner', 'outlook', 'pivot', 'grid', 'geography', 'converter']);

/** The panels with a month-by-month series (`series`). */
export const SERIES_PANELS = Object.freeze(['outlook', 'pivot']);

// The added share rows: their key, the one panel that reads them, and a
// bound on what is copied for the wasm to check (rows and name lengths: far
// above the registry's, far below what could exhaust the module's memory).
const ROWS = 'extra_shares';
const ROWS_PANEL = 'geography';
const LONG = 1000;

/**
 * Bad input: `errors` lists every problem, `[{ key, reason, min?, max?,
 * suggestion? }]`, in the order given; the message names each key.
 */
export class HashpivotInputError extends Error {
  constructor(message, errors) {
    super(message);
    this.name = 'HashpivotInputError';
    this.errors = errors;
  }
}

/** Instantiates a wasm-bindgen module (`init`) with its wasm at `url`: read from disk in Node, fetched in a browser. */
export async function load(init, url) {
  if (typeof process === 'object' && process.versions && process.versions.node) {
    const { readFile } = await import('node:fs/promises');
    await init({ module_or_path: await readFile(url) });
  } else {
    await init({ module_or_path: url });
  }
}

/** The closest of `names` to `word` (letter case aside), if it is close enough to be a likely typo or a shortening. */
function nearest(word, names) {
  if (typeof word !== 'string' || word.length > 64) return;
  const a = word.toLowerCase();
  let best, bestDistance = 1 + a.length / 3;
  for (const name of names) {
    // Levenshtein distance, one row at a time; a name that begins with the word is 1 away.
    let row = [...Array(name.length + 1).keys()];
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= name.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] !== name[j - 1]));
      row = next;
    }
    const distance = a.length > 2 && name.startsWith(a) ? 1 : row[name.length];
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** Throws a HashpivotInputError for `errors` (`keys`: what would have been valid, when a name was wrong). */
function fail(errors, keys) {
  const told = errors.slice(0, 20).map((e) => `${e.key}: ${e.reason}${e.suggestion ? ` (did you mean ${e.suggestion}?)` : ''}`);
  throw new HashpivotInputError(`hashpivot: bad input: ${told.join('; ')}${errors.length > 20 ? '...' : ''}${keys ? `. ${keys}` : ''}`, errors);
}

/** `panel` if it is one of `panels`; else throws (`reason`: what to call it). */
function checkPanel(panel, panels = PANELS, reason = 'unknown_panel') {
  // The type first: whatever else happens, only a string can reach the glue's string copy.
  if (typeof panel === 'string' && panels.includes(panel)) return panel;
  const suggestion = nearest(panel, panels);
  fail([{ key: 'panel', reason, ...(suggestion && { suggestion }) }], `The panels${panels === PANELS ? '' : ' with a series'}: ${panels.join(', ')}`);
}

/** Added share rows as [names, shares], or the word for why they cannot be read. */
function copyRows(value) {
  if (!Array.isArray(value) || !(value.length <= LONG)) return 'bad_rows';
  const names = [], shares = [];
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    if (typeof row !== 'object' || row === null) return 'bad_rows';
    const { name, share_pct } = row;
    if (typeof name !== 'string' || name.length > LONG || typeof share_pct !== 'number') return 'bad_rows';
    names.push(name);
    shares.push(share_pct);
  }
  return [names, shares];
}

/**
 * The library around one entry's wasm glue (`models`): `evaluate`,
 * `inputs`, `presets`, and `series` where the wasm has it.
 */
export function library(models) {
  // Each panel's input keys, from the registry (the wasm), read once.
  const panelKeys = {};
  const keysOf = (panel) => (panelKeys[panel] ||= models.inputs(panel).map((i) => i.key));

  /**
   * Reads `given` for `panel` (a checked panel) and hands it to `call`, a
   * function of the wasm that takes (panel, keys, values, names, shares,
   * check_only) and throws its problems; returns what it returns, or
   * throws every problem, the wrapper's and the wasm's, in the caller's
   * key order.
   */
  function run(call, panel, given) {
    const keys = keysOf(panel);
    // Per key given, in its order: its problem, or the key itself if it goes to the wasm to be checked.
    const found = [];
    // What goes to the wasm: the panel's keys given as numbers, and the rows.
    const passed = [], values = [];
    let rows = [[], []], problems = 0, unknown = 0;
    const problem = (key, reason, suggestion) => {
      found.push({ key, reason, ...(suggestion && { suggestion }) });
      problems++;
    };
    if (given != null) {
      let names;
      try {
        if (typeof given === 'object' && Object.prototype.toString.call(given) === '[object Object]') names = Object.keys(given);
        else problem('inputs', 'not_an_object');
      } catch {
        problem('inputs', 'unreadable');
      }
      for (const key of names || []) {
        const isRows = key === ROWS && panel === ROWS_PANEL;
        if (!isRows && !keys.includes(key)) {
          if (key === ROWS || PANELS.some((p) => keysOf(p).includes(key))) problem(key, 'not_in_panel');
          else problem(key, 'unknown_key', unknown < 5 && nearest(key, keys));
          unknown++;
          continue;
        }
        let value;
        try {
          value = given[key];
          if (isRows) value = copyRows(value);
        } catch {
          problem(key, 'unreadable');
          continue;
        }
        if (isRows && typeof value !== 'string') {
          found.push(key);
          rows = value;
        } else if (isRows || typeof value !== 'number') {
          problem(key, isRows ? value : 'not_a_number');
        } else {
          found.push(key);
          passed.push(key);
          values.push(value);
        }
      }
    }
    let result;
    try {
      // With problems found here, the wasm only checks the rest.
      result = call(panel, passed.join(','), values, rows[0].join('\n'), rows[1], problems > 0);
    } catch (thrown) {
      if (!Array.isArray(thrown)) throw thrown;
      for (const e of thrown) found[found.indexOf(e.key)] = e;
    }
    if (result) return result;
    fail(found.filter((e) => typeof e === 'object'), unknown && `The keys of ${panel}: ${keys.join(', ')}`);
  }

  const api = {
    /**
     * Every output of `panel` for `inputs` (URL keys over the defaults; the
     * converter's field keys for the converter; none, `undefined` or
     * `null`: the defaults); throws a HashpivotInputError for bad input.
     */
    evaluate: (panel, given) => run(models.evaluate, checkPanel(panel), given),
    /** The registry of the inputs `panel` depends on: `[{ key, unit, min, max, step, default, source, choices }]`. */
    inputs: (panel) => models.inputs(checkPanel(panel)),
    /** The presets of `panel`: `[{ id, values }]`. */
    presets: (panel) => models.presets(checkPanel(panel)),
  };
  if (models.series) {
    /**
     * The month-by-month series of `panel` (one of SERIES_PANELS) for
     * `inputs`, taken and checked as `evaluate` takes them: `[{ month,
     * <column>: number, ... }]`.
     */
    api.series = (panel, given) => run(models.series, checkPanel(checkPanel(panel), SERIES_PANELS, 'no_series'), given);
  }
  return api;
}
