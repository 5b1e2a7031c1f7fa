#!/usr/bin/env bash
# Builds the first module (first/: the prerendered copy's inputs and cards
# live before the app arrives) into the staging directory with content-hashed
# names, and names them in its index.html (two links www/boot.js reads),
# before the prerenderer copies that head into every page: scripts/prerender.sh
# (a Trunk post-build hook) runs it first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-${TRUNK_STAGING_DIR:-dist}}"
export PATH="$PWD/node_modules/.bin:$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release --target wasm32-unknown-unknown -p hashpivot-first
wasm-bindgen --target web --no-typescript --out-dir "$work" target/wasm32-unknown-unknown/release/hashpivot_first.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$work/hashpivot_first_bg.wasm" -o "$work/hashpivot_first_bg.wasm"
terser "$work/hashpivot_first.js" --module --compress --mangle --output "$work/hashpivot_first.js"
hash() { sha256sum "$1" | cut -c1-16; }
wasm="first-$(hash "$work/hashpivot_first_bg.wasm")_bg.wasm"
# The glue names its wasm only as a default (boot.js passes the URL).
glue="first-$(hash "$work/hashpivot_first.js").js"
rm -f "$out"/first-*.js "$out"/first-*_bg.wasm
cp "$work/hashpivot_first_bg.wasm" "$out/$wasm"
cp "$work/hashpivot_first.js" "$out/$glue"
# Fetched at once, before the app (whose links fetch nothing: Trunk.toml):
# early in the head, after the Content-Security-Policy that covers them.
links="<link id=hp-first rel=modulepreload href=./$glue><link id=hp-first-wasm rel=preload as=fetch type=application/wasm crossorigin href=./$wasm>"
sed -i "s#<title>#$links<title>#" "$out/index.html"
grep -q "id=hp-first-wasm" "$out/index.html"
