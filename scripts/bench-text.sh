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
# Lucene's CPU time per run, all JVM threads included: (CPU of 41 runs - CPU of 1 run) / 40.
cpu() { /usr/bin/time -f "%U %S" "$SHARED/tools/peers/lucene/run.sh" analyzer "$FILE" -o "$OUT/lucene.out" --repeat "$1" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
cpu1=$(cpu 1)
cpu41=$(cpu 41)
khabar=$(.build/release/khabar bench text "$FILE" --repeat 7)
lucene2=$("$SHARED/tools/peers/lucene/run.sh" analyzer "$FILE" -o "$OUT/lucene.out" --repeat 7 | tail -1)
echo "$khabar"
echo "$lucene"
echo "$lucene2"
python3 - "$lucene" "$lucene2" "$khabar" "$cpu1" "$cpu41" <<'PY'
import re, sys
peer = [float(re.search(r"tokens_per_s=([0-9.]+)", s).group(1)) for s in sys.argv[1:3]]
tokens = int(re.search(r"tokens=([0-9]+)", sys.argv[1]).group(1))
lucene_cpu = (float(sys.argv[5]) - float(sys.argv[4])) / 40
cpu_rows = {m.group(1): float(m.group(2)) for m in re.finditer(r"step=(\S+) .*?cpu_tokens_per_s=([0-9.]+)", sys.argv[3])}
rows = {m.group(1): (float(m.group(2)), float(m.group(3))) for m in
        re.finditer(r"step=(\S+) tokens_per_s=([0-9.]+) median_tokens_per_s=([0-9.]+)", sys.argv[3])}
best_peer = max(peer)
for step in ("lucene-analyzer-chain", "lucene-norm-chain", "tokenize", "stem-search"):
    best, median = rows[step]
    print("RATIO %s / lucene-analyzer = %.2fx (best %.2fM vs %.2fM tokens/s; Khabar median %.2fM)"
          % (step, best / best_peer, best / 1e6, best_peer / 1e6, median / 1e6))
if lucene_cpu > 0:
    peer_cpu = tokens / lucene_cpu
    for step in ("lucene-analyzer-chain", "tokenize+sentences"):
        print("CPU-RATIO %s / lucene-analyzer = %.2fx (%.2fM vs %.2fM tokens per CPU-second; Lucene's counts all JVM threads)"
              % (step, cpu_rows[step] / peer_cpu, cpu_rows[step] / 1e6, peer_cpu / 1e6))
PY
