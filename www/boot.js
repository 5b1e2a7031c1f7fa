// Loads the app. Trunk writes #hp-glue (the wasm-bindgen glue) and #hp-wasm
// (the module) with content-hashed, relative URLs; this file stays static so
// the Content-Security-Policy needs no inline script.
const glue = document.getElementById('hp-glue');
const wasm = document.getElementById('hp-wasm');
function fail(error) {
  const fallback = document.getElementById('nowasm');
  if (fallback) fallback.hidden = false;
  console.error('hashpivot could not start', error);
}
if (!glue || !wasm || typeof WebAssembly !== 'object') {
  fail(new Error('WebAssembly is not available'));
} else {
  import(glue.href).then((m) => m.default({ module_or_path: wasm.href })).catch(fail);
}
