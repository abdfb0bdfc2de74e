#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, lints, the engine's and the CLI's
# tests, the window tests under Xvfb, then the Windows build with its tests under Wine and the
# macOS type-check. Never touches the internet beyond package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"
# one full run needs no incremental caches: they would double the disk the build takes
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

echo "== format, import circles, GitHub workflows ($(date -u +%H:%M:%S))"
cargo fmt --all -- --check
python3 scripts/import-circles.py engine/src src-tauri
scripts/lint-workflows.sh

# Clippy (-D warnings) lints our own crates while they are built for the tests: what
# `cargo clippy` does, with clippy-driver as the workspace's compiler wrapper, so that the
# dependencies are built once, for the tests, rather than checked first and built again.
# scripts/lint-env.sh says how.
source scripts/lint-env.sh
echo "== clippy, and the engine and CLI tests ($(date -u +%H:%M:%S))"
# every target kind, the benchmarks too (built in the test profile, not run)
cargo test --workspace --all-targets --locked --no-run
cargo test --workspace --locked

# permissions do not bind root: run the read-only proof as an ordinary user when we are root
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  echo "== read-only data directory, as an ordinary user ($(date -u +%H:%M:%S))"
  # the test program the workspace build above made: asking for the engine alone would pick
  # other dependency features and build them all again (4 minutes)
  bin=$(cargo test --workspace --locked --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys; print([m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable") and m["target"]["name"] == "bad_places"][-1])')
  cp "$bin" /tmp/broadsheet-bad-places && chmod 755 /tmp/broadsheet-bad-places
  (cd /tmp && setpriv --reuid=65534 --regid=65534 --clear-groups /tmp/broadsheet-bad-places read_only)
  rm -f /tmp/broadsheet-bad-places
fi

if [ -x tests/e2e/run.sh ]; then
  echo "== window tests (Xvfb + tauri-driver) ($(date -u +%H:%M:%S))"
  tests/e2e/run.sh
fi

echo "== Windows, from Linux (mingw and Wine) ($(date -u +%H:%M:%S))"
scripts/test-windows.sh

# (run beside the Linux tests, even at nice 19 in a target directory of its own, it slowed the
# Windows build it overlapped by more than it saved: 2026-12-07)
echo "== macOS, from Linux (clippy through cargo-zigbuild) ($(date -u +%H:%M:%S))"
scripts/check-macos.sh
