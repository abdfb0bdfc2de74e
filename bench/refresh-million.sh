#!/usr/bin/env bash
# A million articles from the feed farm: 1,000 feeds x 1,000 items, no latency. Times the first
# refresh (a million new articles; wall time and peak RSS), then `refresh --due` and `purge`
# with nothing to do. Usage: [GROUP_STORIES=false] bench/refresh-million.sh [PATH/TO/feedfarm.py]
# Needs a release build (BIN= another binary to compare).
set -uo pipefail
cd "$(dirname "$0")/.."
FARM_PY=${1:-../shared/feedfarm/feedfarm.py}
BIN=${BIN:-target/release/broadsheet}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$FARM_PY" --port $PORT --feeds 1000 --items 1000 --latency-ms 0 >/dev/null 2>&1 &
FARM=$!
D=$(mktemp -d)
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/opml" -o $D/farm.opml && break; sleep 0.5; done
$BIN --data-dir $D/data import $D/farm.opml >/dev/null
$BIN --data-dir $D/data config max_fetches_per_host 128 >/dev/null 2>&1 || true
# GROUP_STORIES=false measures the refresh without grouping the same story (on by default)
[ -n "${GROUP_STORIES:-}" ] && $BIN --data-dir $D/data config group_stories "$GROUP_STORIES" >/dev/null
echo "== refresh, all new"
FARM_CPU_BEFORE=$(ps -o times= -p $FARM)
${WRAP:-} /usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KiB" $BIN --data-dir $D/data refresh --no-offline 2>&1 | tail -3
# the farm shares the machine's cores: its CPU seconds during the refresh
echo "farm (python) CPU during the refresh: $(( $(ps -o times= -p $FARM) - FARM_CPU_BEFORE )) s"
$BIN --data-dir $D/data stats
echo "== refresh --due (nothing due)"
/usr/bin/time -f "wall %e s, peak RSS %M KiB" $BIN --data-dir $D/data refresh --due --no-offline 2>&1 | tail -2
echo "== purge (nothing to purge)"
/usr/bin/time -f "wall %e s, peak RSS %M KiB" $BIN --data-dir $D/data purge 2>&1 | tail -2
kill $FARM
echo "data: $D"
