#!/usr/bin/env bash
# Runs the window tests: builds the app, starts Xvfb and tauri-driver on free ports, runs
# test_window.py, and stops everything it started. SHOTS=DIR keeps screenshots there.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --locked --quiet
BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/broadsheet"
export AXE_JS="${AXE_JS:-$PWD/.tools/axe/node_modules/axe-core/axe.min.js}"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
DISPLAY_NUM=$(( 90 + RANDOM % 400 ))
while [ -e "/tmp/.X${DISPLAY_NUM}-lock" ]; do DISPLAY_NUM=$((DISPLAY_NUM + 1)); done
Xvfb ":$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
export WEBKIT_DISABLE_COMPOSITING_MODE=1
# the window speaks English in the tests that read its words, whatever the machine speaks;
# the language tests choose theirs with --lang
export LANGUAGE=en
# a session bus of its own, as a desktop has: the single-instance hand-over runs over it
DBUS_PID=""
if command -v dbus-daemon >/dev/null; then
  if DBUS_INFO=$(dbus-daemon --session --fork --print-address=1 --print-pid=1 2>/dev/null); then
    export DBUS_SESSION_BUS_ADDRESS=$(echo "$DBUS_INFO" | sed -n 1p)
    DBUS_PID=$(echo "$DBUS_INFO" | sed -n 2p)
  fi
fi
# the system's browser, as the tests see it: a stand-in that notes each address it is given
OPENER_DIR=$(mktemp -d)
export BROADSHEET_E2E_OPENED="$OPENER_DIR/opened.txt"
printf '#!/bin/sh\necho "$1" >> "%s"\n' "$BROADSHEET_E2E_OPENED" > "$OPENER_DIR/xdg-open"
chmod +x "$OPENER_DIR/xdg-open"
export PATH="$OPENER_DIR:$PATH"
# each request the player makes for a stored episode, noted by the app (media_scheme.rs)
export BROADSHEET_MEDIA_LOG="$OPENER_DIR/media.log"
PORT=$(free_port)
NATIVE_PORT=$(free_port)
tauri-driver --port "$PORT" --native-port "$NATIVE_PORT" >/tmp/tauri-driver-$PORT.log 2>&1 &
DRIVER_PID=$!
cleanup() { kill "$DRIVER_PID" "$XVFB_PID" $DBUS_PID 2>/dev/null || true; pkill -P "$DRIVER_PID" 2>/dev/null || true; rm -rf "$OPENER_DIR"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/status', timeout=1)" 2>/dev/null && break
  sleep 0.1
done
python3 tests/e2e/test_window.py "$BIN" "$PORT" "${SHOTS:-}"
