#!/usr/bin/env python3
"""Derives the clitic segmenter's word-frequency lexicon from the ANT multisource corpus.

Reads every article file under the corpus folder (TREC-like pseudo-XML), takes the TITLE, ABSTRACT and
TEXT fields (articles repeated under a second category, i.e. the same URL, are counted once), normalizes
the text with the rules of `ArabicNormalizer(.search)` except L3 (teh marbuta is kept; see
`SegmentationLexicon.key`), reimplemented below rule by rule, cuts it into
runs of Arabic letters and counts each run. Words seen at least --min-count times are written as

    # comment lines
    <count> <word>

one a line, most frequent first (ties in code-point order), UTF-8. That is the file shipped as
Sources/ArabicLexicon/Resources/segmentation-lexicon.txt:

    python3 scripts/build-segmentation-lexicon.py ../shared/data/corpus/ant-multisource \
        Sources/ArabicLexicon/Resources/segmentation-lexicon.txt
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

# --- ArabicNormalizer(.search), the same rules as Sources/ArabicText/Normalizer.swift ---------------
DELETED = ""
FOLD = {}
for cp in (0x0622, 0x0623, 0x0625, 0x0671):  # L1 آ أ إ → ا, S2 ٱ → ا
    FOLD[cp] = "\u0627"
FOLD[0x0649] = "\u064A"  # L2 ى → ي
# L3 (ة → ه) is NOT applied: teh marbuta is what tells دورة (one word) from دور+ه (noun + pronoun).
FOLD[0x0640] = DELETED  # L4 tatweel
for cp in range(0x064B, 0x0653):  # L5 harakat
    FOLD[cp] = DELETED
for cp in [0x0670, 0x0653, 0x0654, 0x0655]:  # S1 dagger alef, madda/hamza marks
    FOLD[cp] = DELETED
FOLD[0x06A9] = "\u0643"  # S3 keheh → kaf
FOLD[0x06CC] = "\u064A"  # S3 farsi yeh → yeh
for cp in (0x06C0, 0x06C1, 0x06BE, 0x06D5, 0x06C3):
    FOLD[cp] = "\u0647"
for d in range(10):  # S5 digits
    FOLD[0x0660 + d] = str(d)
    FOLD[0x06F0 + d] = str(d)
FOLD[0x066B] = "."
FOLD[0x066C] = ","
for cp in list(range(0x200B, 0x2010)) + [0x061C] + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0xFEFF]:
    FOLD[cp] = DELETED  # S6 invisible controls


def fold_char(ch):
    cp = ord(ch)
    if cp in FOLD:
        return FOLD[cp]
    if 0xFB50 <= cp <= 0xFEFF:  # S4 presentation forms → NFKC, then the rules above
        d = unicodedata.normalize("NFKC", ch)
        if d != ch:
            return "".join(FOLD.get(ord(c), c) for c in d)
    if 0x41 <= cp <= 0x5A:  # S7
        return chr(cp | 0x20)
    return ch


def normalize_search(text):
    return "".join(fold_char(c) for c in text)


# Arabic letters after normalization: hamza U+0621 … yeh U+064A, without tatweel (already deleted).
WORD = re.compile("[\u0621-\u063A\u0641-\u064A]+")  # includes ة U+0629
FIELD = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
URL = re.compile(r"<URL>(.*?)</URL>", re.S)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="the ant-multisource folder")
    ap.add_argument("output", help="the lexicon file to write")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()

    counts = collections.Counter()
    seen_urls = set()
    files = articles = 0
    for root, _, names in os.walk(args.corpus):
        for name in sorted(names):
            if not name.endswith(".txt"):
                continue
            files += 1
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                raw = f.read()
            url = URL.search(raw)
            key = url.group(1).strip() if url else name
            if key in seen_urls:
                continue
            seen_urls.add(key)
            articles += 1
            for m in FIELD.finditer(raw):
                counts.update(WORD.findall(normalize_search(m.group(2))))

    kept = [(c, w) for w, c in counts.items() if c >= args.min_count]
    kept.sort(key=lambda cw: (-cw[0], cw[1]))
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Khabar segmentation lexicon: normalized (search profile, teh marbuta kept) Arabic word counts\n")
        out.write(f"# from the ANT multisource corpus: {articles} articles ({files} files), TITLE+ABSTRACT+TEXT\n")
        out.write(f"# {sum(counts.values())} tokens, {len(counts)} types; kept count >= {args.min_count}: {len(kept)}\n")
        out.write("# built by scripts/build-segmentation-lexicon.py; format: <count> <word>\n")
        for c, w in kept:
            out.write(f"{c} {w}\n")
    print(f"{articles} articles ({files} files), {sum(counts.values())} tokens, {len(counts)} types, "
          f"{len(kept)} kept (count >= {args.min_count}) -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
