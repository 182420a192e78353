#!/usr/bin/env bash
# Text-layer speed, side by side in one invocation: Khabar's `bench text` and the real Lucene 8
# ArabicAnalyzer on the same file; prints the ratio of Khabar's full Lucene-equivalent chain to Lucene.
#   scripts/bench-text.sh [FILE] [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${2:-../shared}
FILE=${1:-$SHARED/data/text-vectors/bench-pud-x25.txt}
swift build -c release --product khabar >/dev/null
"$SHARED/tools/peers/setup.sh" >/dev/null
OUT=$(mktemp -d)
lucene=$("$SHARED/tools/peers/lucene/run.sh" analyzer "$FILE" -o "$OUT/lucene.out" --repeat 7 | tail -1)
khabar=$(.build/release/khabar bench text "$FILE" --repeat 7)
lucene2=$("$SHARED/tools/peers/lucene/run.sh" analyzer "$FILE" -o "$OUT/lucene.out" --repeat 7 | tail -1)
echo "$khabar"
echo "$lucene"
echo "$lucene2"
python3 - "$lucene" "$lucene2" "$khabar" <<'PY'
import re, sys
peer = [float(re.search(r"tokens_per_s=([0-9.]+)", s).group(1)) for s in sys.argv[1:3]]
rows = {m.group(1): (float(m.group(2)), float(m.group(3))) for m in
        re.finditer(r"step=(\S+) tokens_per_s=([0-9.]+) median_tokens_per_s=([0-9.]+)", sys.argv[3])}
best_peer = max(peer)
for step in ("lucene-analyzer-chain", "lucene-norm-chain", "tokenize", "stem-search"):
    best, median = rows[step]
    print("RATIO %s / lucene-analyzer = %.2fx (best %.2fM vs %.2fM tokens/s; Khabar median %.2fM)"
          % (step, best / best_peer, best / 1e6, best_peer / 1e6, median / 1e6))
PY
