#!/usr/bin/env bash
# Trunk post-build hook: writes the prerendered pages into the staging
# directory (src/prerender.rs) with a native build of the same crate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo run --quiet --features prerender --bin prerender -- "${TRUNK_STAGING_DIR:-dist}"
