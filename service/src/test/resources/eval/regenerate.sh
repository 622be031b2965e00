#!/bin/sh
# Re-records the expected outputs of the reference scorer for every fixture pair here.
# Usage: sh regenerate.sh /path/to/score.py   (run from this folder)
set -e
SCORE=${1:?path to score.py}
for gold in *.gold.jsonl; do
    name=${gold%.gold.jsonl}
    python3 "$SCORE" --gold "$gold" --pred "$name.pred.jsonl" > "$name.table.txt"
    python3 "$SCORE" --gold "$gold" --pred "$name.pred.jsonl" --errors > "$name.errors.txt"
    python3 "$SCORE" --gold "$gold" --pred "$name.pred.jsonl" --json > "$name.json"
done
