#!/usr/bin/env bash
# Installs what hashpivot's build and tests need, skipping what is there.
# Idempotent; a second run takes a second or two. Source it to get PATH:
#   . scripts/setup.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

# The browser and its driver: Debian's, for every browser test.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# The print test reads the PDF Chromium prints: its text and its pages as
# pictures (pdftotext, pdftoppm).
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  say "installing Debian poppler-utils"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi

# Fonts for the prerendered views' PNG images (src/share.rs): DejaVu Sans
# for Latin text and digits, Noto Sans Arabic UI (fonts-noto-ui-core, 1.4 MB)
# so Arabic is shaped. Read from disk at build time, never fetched.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || [ ! -f /usr/share/fonts/truetype/noto/NotoSansArabicUI-Bold.ttf ]; then
  say "installing Debian fonts-dejavu-core and fonts-noto-ui-core"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-noto-ui-core >/dev/null
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# wasm-opt (binaryen 132), terser (the glue's minifier), Playwright's
# driver and TypeScript (tsc type-checks the README's library examples),
# pinned in package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] || [ ! -x node_modules/.bin/tsc ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund >/dev/null
fi

# Trunk runs offline: the crates must be in the local cache.
cargo fetch --quiet
