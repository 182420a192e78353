#!/usr/bin/env bash
# The NER ablation table of docs/ner.md: for each feature set, micro-F1 on the held-out last
# 10 % of anercorp-train (dev, the only data used for choices) and, trained on all of
# anercorp-train, on anercorp-test. Needs a release build and the unlabelled sentences file
# (scripts/ner/corpus_sentences.py) for the `induced` rows.
# Usage: scripts/ner/ablation.sh UNLABELLED_SENTENCES [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${KHABAR_SHARED:-../shared}
U=$1
OUT=${2:-$(mktemp -d)}
mkdir -p "$OUT"
K=.build/release/khabar
TRAIN="$SHARED/data/ner/anercorp-train.txt"
TEST="$SHARED/data/ner/anercorp-test.txt"
echo "| features | dev F1 | test P | test R | test F1 | PERS | LOC | ORG | MISC | train s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for f in base base,stem base,stem,gazetteer base,stem,gazetteer,cues all all,document all,induced all,induced,document; do
  dev=$("$K" train ner --train "$TRAIN" --out "$OUT/dev.bin" --features "$f" --hold-out 0.1 --unlabelled "$U" \
        | sed -n 's/^ner held-out.* F1 \([0-9.]*\) .*/\1/p')
  secs=$("$K" train ner --train "$TRAIN" --out "$OUT/$f.bin" --features "$f" --unlabelled "$U" \
        | sed -n 's/^trained on .* in \([0-9.]*\) s.*/\1/p')
  r=$("$K" eval ner --gold "$TEST" --model "$OUT/$f.bin" --min-f1 0)
  all=$(echo "$r" | grep '^ner ')
  p=$(echo "$all" | sed 's/.*micro P \([0-9.]*\).*/\1/'); rr=$(echo "$all" | sed 's/.* R \([0-9.]*\).*/\1/')
  f1=$(echo "$all" | sed 's/.* F1 \([0-9.]*\).*/\1/')
  per() { echo "$r" | grep "^$1 " | sed 's/.* F1 *\([0-9.]*\).*/\1/'; }
  echo "| $f | $dev | $p | $rr | $f1 | $(per PERS) | $(per LOC) | $(per ORG) | $(per MISC) | $secs |"
done
