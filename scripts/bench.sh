#!/usr/bin/env bash
# Prints model time per recompute (native), then in headless Chromium the
# first-result time, main-thread time per slider input and input-to-frame
# latency, then the gzipped bytes the page ships.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/setup.sh
cargo run --quiet --release --example bench_models
trunk build --release --offline=true >/dev/null 2>&1
node tests/e2e/bench.mjs "${1:-200}"
