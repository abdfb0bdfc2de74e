#!/usr/bin/env bash
# Installs what is missing, builds Broadsheet (release) and opens the window.
# Extra arguments go to broadsheet, e.g. `scripts/run.sh --data-dir /tmp/try`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cargo build --release --locked
exec target/release/broadsheet "$@"
