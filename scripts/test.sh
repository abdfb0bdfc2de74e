#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, lints, the engine's and the CLI's
# tests, and the window tests under Xvfb. Never touches the internet beyond package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

echo "== format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== engine and CLI tests"
cargo test --workspace --locked

if [ -x tests/e2e/run.sh ]; then
  echo "== window tests (Xvfb + tauri-driver)"
  tests/e2e/run.sh
fi
