#!/usr/bin/env bash
# Story grouping against a labelled set: runs `broadsheet stories` (the app's own grouping)
# on each *.jsonl of the stories corpus and scores it with the corpus's score_stories.py
# (BCubed precision, recall, F1; pairwise F1), with the time the grouping took.
# Usage: bench/stories.sh STORIES_CORPUS_DIR [BIN]   e.g. bench/stories.sh ../shared/corpora/stories
set -euo pipefail
CORPUS=${1:?usage: bench/stories.sh STORIES_CORPUS_DIR [BIN]}
BIN=${2:-target/release/broadsheet}
[ -x "$BIN" ] || { echo "no $BIN: cargo build --release first" >&2; exit 2; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
for gold in "$CORPUS"/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  start=$(date +%s%N)
  "$BIN" stories "$gold" --json > "$out/$name.json"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  n=$(grep -c . "$gold")
  echo "== $name: $n articles grouped in $ms ms (one process, reading and writing JSON included)"
  python3 "$CORPUS/score_stories.py" "$gold" "$out/$name.json"
done
