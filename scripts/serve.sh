#!/usr/bin/env bash
# Builds the release page and serves it on http://127.0.0.1:8080/ .
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/setup.sh
exec trunk serve --release --offline=true --address 127.0.0.1 --port "${PORT:-8080}" --open=false
