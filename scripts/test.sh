#!/usr/bin/env bash
# Runs every test: format and lints, native tests (models, properties,
# golden values), wasm component tests in headless Chromium, the release
# build, and the end-to-end suite (Playwright + Debian Chromium).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/setup.sh
step() { printf '\n==> %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --quiet --all-targets --features prerender -- -D warnings
cargo clippy --quiet -p hashpivot-models --all-targets -- -D warnings
# The browser-only code (cfg wasm32) too.
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins -- -D warnings
cargo clippy --quiet -p hashpivot-first --target wasm32-unknown-unknown -- -D warnings

step "native tests (with the prerenderer)"
cargo test --quiet --features prerender
cargo test --quiet -p hashpivot-models

step "wasm component tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_components

step "release build (the page, every prerendered view: scripts/prerender.sh, the library: scripts/build-lib.sh)"
trunk build --release --offline=true

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
