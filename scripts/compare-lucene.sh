#!/usr/bin/env bash
# Whole-file agreement of Khabar's lucene modes with real Apache Lucene 8 (ArabicAnalyzer and the
# tokenizer+normalizer chain) on the PUD bench file and on the title+lede+body text of 2,000 corpus
# articles. Prints differing-token counts per file and mode; exits non-zero if any token differs.
#   scripts/compare-lucene.sh [KHABAR_BINARY] [SHARED_DIR] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
K=${1:-.build/release/khabar}
SHARED=${2:-../shared}
WORK=${3:-$(mktemp -d)}
PEERS="$SHARED/tools/peers"
"$PEERS/setup.sh" >/dev/null
mkdir -p "$WORK"

# 2,000 articles: every 15th file of the corpus in sorted order, TITLE + ABSTRACT + TEXT.
corpus="$WORK/corpus-2000.txt"
find "$SHARED/data/corpus/ant-multisource" -name '*.txt' ! -name README.md | sort | awk 'NR % 15 == 1 && c++ < 2000' > "$WORK/corpus-files.txt"
python3 - "$WORK/corpus-files.txt" "$corpus" <<'PY'
import re, sys
files = open(sys.argv[1], encoding="utf-8").read().split("\n")
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for f in files:
        if not f: continue
        raw = open(f, encoding="utf-8", errors="replace").read()
        for tag in ("TITLE", "ABSTRACT", "TEXT"):
            m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), raw, re.S)
            if m: out.write(m.group(1).strip() + "\n")
PY

status=0
for input in "$SHARED/data/text-vectors/bench-pud-x25.txt" "$corpus"; do
  for mode in norm analyzer; do
    "$PEERS/lucene/run.sh" "$mode" "$input" -o "$WORK/lucene.$mode.out" > "$WORK/lucene.$mode.stats"
    "$K" text lucene --chain "$mode" "$input" > "$WORK/khabar.$mode.out"
    total=$(wc -l < "$WORK/lucene.$mode.out")
    diffs=$(diff "$WORK/lucene.$mode.out" "$WORK/khabar.$mode.out" | grep -c '^[<>]' || true)
    echo "lucene-agreement file=$(basename "$input") mode=$mode lucene_tokens=$total khabar_tokens=$(wc -l < "$WORK/khabar.$mode.out") differing_lines=$diffs"
    if [ "$diffs" -ne 0 ]; then
      status=1
      diff "$WORK/lucene.$mode.out" "$WORK/khabar.$mode.out" | head -20
    fi
  done
done
exit $status
