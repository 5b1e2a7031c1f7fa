// Loads the page's two modules. First the first module (#hp-first, #hp-first-wasm:
// scripts/build-first.sh), which makes a prerendered page's inputs and cards
// live at once; then the app (#hp-glue, #hp-wasm, written by Trunk), which
// takes the copy's place with the reader's state. Both by content-hashed,
// relative URLs; this file stays static so the Content-Security-Policy
// needs no inline script.
const glue = document.getElementById('hp-glue');
const wasm = document.getElementById('hp-wasm');
const first = document.getElementById('hp-first');
const firstWasm = document.getElementById('hp-first-wasm');
function fail(error) {
  const fallback = document.getElementById('nowasm');
  if (fallback) fallback.hidden = false;
  console.error('hashpivot could not start', error);
}
function startApp() {
  import(glue.href).then((m) => m.default({ module_or_path: wasm.href })).catch(fail);
}
if (!glue || !wasm || typeof WebAssembly !== 'object') {
  fail(new Error('WebAssembly is not available'));
} else if (first && firstWasm && document.querySelector('.prerendered')) {
  // The first module writes into the parsed copy: after DOMContentLoaded
  // (www/early.js clears a stale copy's values then).
  const parsed = new Promise((done) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
    else done();
  });
  import(first.href)
    .then((m) => Promise.all([m.default({ module_or_path: firstWasm.href }), parsed]).then(() => m.start()))
    .catch((error) => console.error('hashpivot: the first module did not start', error))
    .finally(startApp);
} else {
  startApp();
}
