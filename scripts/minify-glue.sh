#!/usr/bin/env bash
# Trunk post-build hook: minifies wasm-bindgen's JavaScript glue with terser
# (Trunk's own minifier leaves it as it is). Release builds only.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
root="$(cd "$(dirname "$0")/.." && pwd)"
for glue in "$TRUNK_STAGING_DIR"/hashpivot-*.js; do
  "$root/node_modules/.bin/terser" "$glue" --module --compress --mangle --output "$glue"
done
