#!/usr/bin/env bash
# Builds the models as a JavaScript library into <dist>/lib/ (an ES module,
# its wasm-bindgen glue and wasm) plus <dist>/lib-demo.html. Run by Trunk as
# a post-build hook (TRUNK_STAGING_DIR), or by hand: bash scripts/build-lib.sh dist
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-${TRUNK_STAGING_DIR:-dist}}"
export PATH="$PWD/node_modules/.bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown -p hashpivot-models
mkdir -p "$out/lib"
wasm-bindgen --target web --no-typescript --out-dir "$out/lib" target/wasm32-unknown-unknown/release/hashpivot_models.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/lib/hashpivot_models_bg.wasm" -o "$out/lib/hashpivot_models_bg.wasm"
terser "$out/lib/hashpivot_models.js" --module --compress --mangle --output "$out/lib/hashpivot_models.js"
terser lib/js/hashpivot.mjs --module --compress --mangle --output "$out/lib/hashpivot.mjs"
cp lib/js/lib-demo.html lib/js/lib-demo.js "$out/"
# Node reads lib/*.js as ES modules without guessing.
printf '{"type":"module"}\n' > "$out/lib/package.json"
