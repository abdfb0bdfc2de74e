#!/usr/bin/env bash
# Start-up of the release build: from process start to the first painted list (the page
# reports it; BROADSHEET_TIMING=1 prints it), cold (page cache dropped first; needs root)
# and warm. Usage: bench/cold-start.sh [BIN] [DATA_DIR] [RUNS]  (under Xvfb it starts its own)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/broadsheet}
DATA=${2:-$(mktemp -d)}
RUNS=${3:-3}
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB=$!; trap 'kill $XVFB' EXIT; export DISPLAY=:93; sleep 1
fi
export WEBKIT_DISABLE_COMPOSITING_MODE=1 BROADSHEET_TIMING=1
launch() {
  local log; log=$(mktemp)
  "$BIN" --data-dir "$DATA" 2>"$log" &
  local pid=$!
  for _ in $(seq 1 300); do grep -q "first list painted" "$log" && break; sleep 0.05; done
  grep -o "first list painted.*" "$log" | head -1
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$log"
}
launch >/dev/null  # opens (and migrates) the database once
for kind in cold warm; do
  for run in $(seq 1 "$RUNS"); do
    if [ "$kind" = cold ]; then
      if [ "$(id -u)" = 0 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; else echo "cold runs need root"; break; fi
    fi
    echo "$kind $run: $(launch)"
  done
done
ls -l "$BIN" | awk '{printf "release binary: %.1f MiB\n", $5 / 1048576}'
