#!/usr/bin/env python3
"""Unlabelled sentences for the NER tagger's induced lexicon (khabar train ner --unlabelled).

Reads TITLE, ABSTRACT and TEXT of every ANT multisource article (duplicates once), splits
sentences at . ! ? ؟ and line ends, separates punctuation from words, and writes one sentence
per line, tokens separated by spaces. The output is a training input, never shipped.

Usage: corpus_sentences.py CORPUS_DIR OUT
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from build_clusters import articles  # noqa: E402

TOKEN = re.compile(r'\w+|[^\w\s]', re.U)
SPLIT = re.compile(r'[.!?\u061F\n]+')


def main():
    root, out = sys.argv[1], sys.argv[2]
    seen = set()
    with open(out, 'w', encoding='utf-8') as h:
        for text in articles(root):
            if text in seen:
                continue
            seen.add(text)
            for s in SPLIT.split(text):
                toks = TOKEN.findall(s)
                if 3 <= len(toks) <= 200:
                    h.write(' '.join(toks) + '\n')


if __name__ == '__main__':
    main()
