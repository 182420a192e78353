#!/usr/bin/env bash
# Rebuilds the named-entity tagger's resources from ../shared/data:
#   Sources/KhabarNER/Resources/ner-gazetteer.txt  (scripts/ner/build_gazetteer.py)
#   Sources/KhabarNER/Resources/ner-clusters.tsv   (scripts/ner/build_clusters.py; numpy + scipy, ~10 min)
#   Sources/KhabarNER/Resources/ner-model.bin      (khabar train ner on anercorp-train.txt only, with
#     the induced lexicon from the corpus sentences of scripts/ner/corpus_sentences.py)
# Usage: scripts/train-ner.sh [--model-only]   (skip the gazetteer and clusters)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KHABAR_SHARED:-../shared}
RES=Sources/KhabarNER/Resources
if [ "${1:-}" != "--model-only" ]; then
  python3 scripts/ner/build_gazetteer.py "$SHARED/data/gazetteers" "$RES/ner-gazetteer.txt"
  OPENBLAS_NUM_THREADS=1 python3 scripts/ner/build_clusters.py "$SHARED/data/corpus/ant-multisource" "$RES/ner-clusters.tsv" \
    --contexts 10000 --dim 200 --seed 1
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 scripts/ner/corpus_sentences.py "$SHARED/data/corpus/ant-multisource" "$TMP/sentences.txt"
# The lexicon is read from the package's resources, so build with the new word lists first.
swift build -c release 2>&1 | tail -1
.build/release/khabar train ner --train "$SHARED/data/ner/anercorp-train.txt" --out "$RES/ner-model.bin" \
  --features all,induced,document --unlabelled "$TMP/sentences.txt" --seed 1 --epochs 12
swift build -c release 2>&1 | tail -1
.build/release/khabar eval ner --gold "$SHARED/data/ner/anercorp-test.txt"
