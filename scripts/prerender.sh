#!/usr/bin/env bash
# Trunk post-build hook: writes the prerendered pages into the staging
# directory (src/prerender.rs) with a native build of the same crate,
# after the first module (scripts/build-first.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The first module first: its links go into the head every page copies.
bash scripts/build-first.sh "${TRUNK_STAGING_DIR:-dist}"
cargo run --quiet --features prerender --bin prerender -- "${TRUNK_STAGING_DIR:-dist}"
