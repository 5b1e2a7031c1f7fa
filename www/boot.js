// Loads the page's two modules. First the first module (#hp-first, #hp-first-wasm:
// scripts/build-first.sh), which makes a prerendered page's inputs and cards
// live at once; then the app (#hp-glue, #hp-wasm, written by Trunk), which
// takes the copy's place with the reader's state. Both by content-hashed,
// relative URLs; this file stays static so the Content-Security-Policy
// needs no inline script. A module script, so it runs once the page is
// parsed (made async, it ran during the parse and its work slowed the first
// paint more than it sped the first touch); what it starts waits for that
// anyway.
const glue = document.getElementById('hp-glue');
const wasm = document.getElementById('hp-wasm');
const first = document.getElementById('hp-first');
const firstWasm = document.getElementById('hp-first-wasm');
const parsed = new Promise((done) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
  else done();
});
function fail(error) {
  const fallback = document.getElementById('nowasm');
  if (fallback) fallback.hidden = false;
  console.error('hashpivot could not start', error);
}
function startApp() {
  import(glue.href).then((m) => m.default({ module_or_path: wasm.href })).catch(fail);
}
if (!glue || !wasm || typeof WebAssembly !== 'object') {
  parsed.then(() => fail(new Error('WebAssembly is not available')));
} else if (first && firstWasm && document.documentElement.hasAttribute('data-view')) {
  // A prerendered page. Marks (performance.getEntriesByType('mark')) for
  // the benchmark's traces.
  performance.mark('hp-boot');
  import(first.href)
    .then((m) => m.default({ module_or_path: firstWasm.href })
      .then(() => { performance.mark('hp-first-ready'); return parsed; })
      .then(() => { m.start(); performance.mark('hp-first-live'); }))
    .catch((error) => console.error('hashpivot: the first module did not start', error))
    .then(() => parsed)
    .then(startApp);
} else {
  parsed.then(startApp);
}
