#!/usr/bin/env bash
# Default: prints model time per recompute (native), then in headless
# Chromium (bench/bench.mjs) the first-result time, main-thread time per
# slider input and input-to-frame latency, each beside the hand-written
# floor page's (bench/floor/), then the gzipped bytes the page ships; each
# figure against its target in tests/e2e/budgets.mjs.
#   bash scripts/bench.sh [steps] [--only=miner,pivot]
# --mobile: only the page loads under Lighthouse's mobile profile (first
# result, first chart, layout shift, against the floor page); no native run.
#   bash scripts/bench.sh --mobile [runs] [--paths=/a/,/b/?x=1]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/setup.sh
if [[ "${1:-}" == --mobile || "${1:-}" == --saved || "${1:-}" == --odds ]]; then
  trunk build --release --offline=true >/dev/null 2>&1
  node bench/bench.mjs "$@"
  exit
fi
cargo run --quiet --release --example bench_models
trunk build --release --offline=true >/dev/null 2>&1
node bench/bench.mjs "$@"
