#!/usr/bin/env bash
# Sync benchmark against a real FreshRSS (tests/sync-server): the farm's 1,000 feeds spread
# over 200 loopback sites, 20 items each (20,000), fetched by FreshRSS; then
#   - a first sync (`sync --no-offline`), its time and peak memory, against the floor: a plain
#     script (bench/sync_floor.py) fetching the same id lists and contents in the same batches;
#   - an incremental sync with nothing new: requests and time;
#   - 1,000 articles marked read, then a sync: requests.
# Usage: bench/sync-freshrss.sh [PATH/TO/feedfarm.py] [RUNS]   (makes a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
FARM=${1:-../shared/feedfarm/feedfarm.py}
RUNS=${2:-3}
FEEDS=${FEEDS:-1000}
ITEMS=${ITEMS:-20}
[ -f "$FARM" ] || { echo "feedfarm.py not found at $FARM" >&2; exit 2; }
cargo build --release --quiet
BIN=$PWD/target/release/broadsheet
WORK=$(mktemp -d)
FARM_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$FARM" --port "$FARM_PORT" --feeds "$FEEDS" --items "$ITEMS" --latency-ms 0 --hosts 200 >/dev/null 2>&1 &
FARM_PID=$!
eval "$(tests/sync-server/freshrss-up.sh "$WORK/fr")"
trap 'kill $FARM_PID $FRESHRSS_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$FARM_PORT/opml" -o "$WORK/farm.opml" && break; sleep 0.2; done
php "$FRESHRSS_ROOT/cli/import-for-user.php" --user "$FRESHRSS_USER" --filename "$WORK/farm.opml" >/dev/null
start=$(date +%s)
php "$FRESHRSS_ROOT/cli/actualize-user.php" --user "$FRESHRSS_USER" >/dev/null 2>&1 || true
echo "FreshRSS fetched the farm ($FEEDS feeds x $ITEMS items over 200 sites) in $(( $(date +%s) - start )) s"
SINCE=$(( $(date +%s) - 30 * 86400 ))
export BROADSHEET_SECRETS=file
for run in $(seq 1 "$RUNS"); do
  D="$WORK/run$run"
  floor=$(python3 bench/sync_floor.py "$FRESHRSS_API" "$FRESHRSS_USER" "$FRESHRSS_API_PASSWORD" "$SINCE")
  echo "$FRESHRSS_API_PASSWORD" | "$BIN" --data-dir "$D" account add greader "$FRESHRSS_API" --user "$FRESHRSS_USER" --password-stdin >/dev/null
  /usr/bin/time -f '%M' -o "$WORK/rss" "$BIN" --data-dir "$D" --json sync --no-offline | tail -n 1 > "$WORK/first.json"
  start=$(date +%s.%N); "$BIN" --data-dir "$D" --json sync --no-offline | tail -n 1 > "$WORK/again.json"; end=$(date +%s.%N)
  # 1,000 articles read here (50 feeds of 20 with unread ones: an earlier run read others), then a sync
  feeds=$(python3 -c "import sqlite3, sys; print(' '.join(str(r[0]) for r in sqlite3.connect(sys.argv[1]).execute('SELECT DISTINCT f.id FROM feeds f JOIN articles a ON a.feed_id = f.id WHERE f.account_id <> 1 AND a.read = 0 ORDER BY f.id LIMIT ' + sys.argv[2])))" "$D/broadsheet.db" $(( 1000 / ITEMS )))
  for feed in $feeds; do
    "$BIN" --data-dir "$D" read --all --feed "$feed" >/dev/null
  done
  "$BIN" --data-dir "$D" --json sync --no-offline | tail -n 1 > "$WORK/marked.json"
  python3 - "$run" "$floor" "$WORK/first.json" "$(cat "$WORK/rss")" "$WORK/again.json" "$start" "$end" "$WORK/marked.json" <<'PY'
import json, sys
run, floor = sys.argv[1], json.loads(sys.argv[2])
first = json.load(open(sys.argv[3]))["syncs"][0]
rss_mib = int(sys.argv[4]) / 1024
again = json.load(open(sys.argv[5]))["syncs"][0]
wall = 1000 * (float(sys.argv[7]) - float(sys.argv[6]))
marked = json.load(open(sys.argv[8]))["syncs"][0]
ratio = first["elapsed_ms"] / 1000 / floor["seconds"]
print(f"run {run}: first sync {first['elapsed_ms'] / 1000:.2f} s ({first['new_articles']} articles, {first['requests']} requests), "
      f"floor {floor['seconds']:.2f} s ({floor['items']} items, {floor['requests']} requests): {ratio:.2f}x; peak RSS {rss_mib:.0f} MiB")
print(f"       nothing new: {again['requests']} requests, {again['elapsed_ms']} ms in the sync, {wall:.0f} ms for the whole command")
print(f"       1,000 read then sync: {marked['requests']} requests ({marked['states_sent']} states sent), {marked['elapsed_ms']} ms")
PY
done
