#!/usr/bin/env bash
# Refresh benchmark: 1,000 feeds x 20 items from the feed farm, 50 ms latency each.
# Usage: bench/refresh-farm.sh [PATH/TO/feedfarm.py] [RUNS]
# Prints, per run, the first refresh (all new) and the second (all 304), as the engine timed
# them and as wall time of the whole command; then the offline pass that follows each refresh
# (full articles fetched for the farm's summary-only RSS feeds, and every image they show).
# Needs a release build (it makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
FARM=${1:-../shared/feedfarm/feedfarm.py}
RUNS=${2:-3}
FEEDS=${FEEDS:-1000}
ITEMS=${ITEMS:-20}
LATENCY=${LATENCY:-50}
# The farm serves every feed from one host; real subscriptions are spread over many hosts.
# PER_HOST lifts the per-host limit to the global one for this single-host farm; set
# PER_HOST=default to measure the shipped per-host default instead.
PER_HOST=${PER_HOST:-128}
[ -f "$FARM" ] || { echo "feedfarm.py not found at $FARM" >&2; exit 2; }
cargo build --release --quiet
BIN=target/release/broadsheet
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$FARM" --port "$PORT" --feeds "$FEEDS" --items "$ITEMS" --latency-ms "$LATENCY" >/dev/null 2>&1 &
FARM_PID=$!
WORK=$(mktemp -d)
trap 'kill $FARM_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/opml" -o "$WORK/farm.opml" && break; sleep 0.2; done
echo "farm: $FEEDS feeds x $ITEMS items, ${LATENCY} ms latency; per-host limit: $PER_HOST"
for run in $(seq 1 "$RUNS"); do
  D="$WORK/run$run"
  "$BIN" --data-dir "$D" import "$WORK/farm.opml" >/dev/null
  [ "$PER_HOST" = default ] || "$BIN" --data-dir "$D" config max_fetches_per_host "$PER_HOST" >/dev/null
  for pass in first second; do
    start=$(date +%s.%N)
    line=$("$BIN" --data-dir "$D" --json refresh | tail -n 1)
    end=$(date +%s.%N)
    python3 - "$run" "$pass" "$line" "$start" "$end" <<'PY'
import json, sys
run, which, line, start, end = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
s, o = line["summary"], line.get("offline") or {}
print(f"run {run} {which:6}: feeds {s['elapsed_ms']:5d} ms, offline {o.get('elapsed_ms', 0):5d} ms, wall {1000*(end-start):5.0f} ms  "
      f"({s['new_articles']} new, {s['not_modified']} not modified, {s['failed']} failed; "
      f"{o.get('full_texts', 0)} full articles, {o.get('full_text_failures', 0)} failed, "
      f"{o.get('images', 0)} images, {o.get('image_bytes', 0) / 1048576:.1f} MiB)")
PY
  done
done
du -h "$WORK/run1/broadsheet.db" | awk '{print "database after one run: " $1}'
du -sh "$WORK/run1/images" 2>/dev/null | awk '{print "images after one run: " $1}' || true
