#!/usr/bin/env bash
# What 100 rules add to a whole refresh: the feed farm's 1,000 feeds x 20 items (20,000 new
# articles, 50 ms latency), refreshed with `--no-offline` into a fresh store with no rules and
# with 100 (title and text words, expressions, all-words, author/link; read, hide, bookmark),
# alternating, RUNS times each; prints each run and the medians of the engine's refresh time.
# Usage: bench/rules-refresh.sh [PATH/TO/feedfarm.py] [RUNS]. Needs a release build (makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
FARM=${1:-../shared/feedfarm/feedfarm.py}
RUNS=${2:-7}
[ -f "$FARM" ] || { echo "feedfarm.py not found at $FARM" >&2; exit 2; }
cargo build --release --quiet
BIN=$PWD/target/release/broadsheet
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$FARM" --port "$PORT" --feeds 1000 --items 20 --latency-ms 50 >/dev/null 2>&1 &
FARM_PID=$!
WORK=$(mktemp -d)
trap 'kill $FARM_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/opml" -o "$WORK/farm.opml" && break; sleep 0.2; done
WORDS=(election football sponsored cricket celebrity horoscope lottery recipe fashion gossip
       weather crypto bitcoin clinic shares tennis olympics movie album concert)
add_rules() {
  local d=$1 i w1 w2
  for i in $(seq 1 100); do
    w1=${WORDS[$((i % 20))]}; w2=${WORDS[$(((i * 7) % 20))]}
    case $((i % 5)) in
      0) "$BIN" --data-dir "$d" rule add --when title --matches "$w1 $w2 x$i" --then read ;;
      1) "$BIN" --data-dir "$d" rule add --when text --matches "$w1 y$i" --then hide ;;
      2) "$BIN" --data-dir "$d" rule add --when title --matches "\\b$w1\\s+\\w+\\s+$w2\\b|^z$i" --regex --then bookmark ;;
      3) "$BIN" --data-dir "$d" rule add --when title,text --matches "$w1 $w2" --all --then read ;;
      4) "$BIN" --data-dir "$d" rule add --when author,link --matches "desk$i" --then read ;;
    esac >/dev/null
  done
}
for run in $(seq 1 "$RUNS"); do
  for rules in 0 100; do
    D="$WORK/r$run-$rules"
    "$BIN" --data-dir "$D" import "$WORK/farm.opml" >/dev/null
    "$BIN" --data-dir "$D" config max_fetches_per_host 128 >/dev/null
    [ "$rules" = 0 ] || add_rules "$D"
    "$BIN" --data-dir "$D" --json refresh --no-offline | tail -n 1 |
      python3 -c 'import json,sys; s=json.load(sys.stdin)["summary"]; print(sys.argv[1], sys.argv[2], s["elapsed_ms"], s["new_articles"])' "$run" "$rules"
    rm -rf "$D"
  done
done | tee "$WORK/runs.txt"
python3 - "$WORK/runs.txt" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {r: statistics.median(int(x[2]) for x in rows if x[1] == r) for r in ("0", "100")}
print(f"median refresh: {med['0']:.0f} ms without rules, {med['100']:.0f} ms with 100: rules add {med['100'] - med['0']:.0f} ms")
PY
