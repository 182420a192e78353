#!/usr/bin/env python3
"""Unsupervised word clusters for the NER tagger, learned from the ANT multisource corpus.

Steps: tokenize every article (TITLE, ABSTRACT, TEXT; search-normalized), keep the most frequent
words, count positional contexts (word at -2, -1, +1, +2 among the most frequent context words),
weight by positive PMI, reduce with a truncated SVD to dense vectors, then k-means at three
granularities. Output: one line per word, `word<TAB>c64<TAB>c256<TAB>c1024`.

Usage: build_clusters.py CORPUS_DIR OUT [--vocab 80000] [--seed 1]
Needs numpy and scipy.
"""
import argparse
import collections
import os
import re
import sys
import time

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds

sys.path.insert(0, os.path.dirname(__file__))
from arnorm import words  # noqa: E402

FIELD = re.compile(r'<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>', re.S)


def articles(root):
    for d, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            if not f.endswith('.txt'):
                continue
            with open(os.path.join(d, f), encoding='utf-8', errors='replace') as h:
                raw = h.read()
            yield ' \n '.join(m.group(2) for m in FIELD.finditer(raw))


def kmeans(x, k, rng, iters=20):
    # k-means++ seeding on a sample, so that rare-word noise does not collapse into one cluster
    sample = x[rng.choice(len(x), min(len(x), 20 * k), replace=False)]
    centers = [sample[rng.integers(len(sample))]]
    dist = ((sample - centers[0]) ** 2).sum(1)
    for _ in range(1, k):
        c = sample[rng.choice(len(sample), p=dist / dist.sum())]
        centers.append(c)
        dist = np.minimum(dist, ((sample - c) ** 2).sum(1))
    centers = np.array(centers)
    xx = (x * x).sum(1)
    for _ in range(iters):
        d = xx[:, None] - 2 * x @ centers.T + (centers * centers).sum(1)[None, :]
        a = d.argmin(1)
        for c in range(k):
            m = a == c
            if m.any():
                centers[c] = x[m].mean(0)
            else:
                centers[c] = x[rng.integers(len(x))]
    return a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('out')
    ap.add_argument('--vocab', type=int, default=80000)
    ap.add_argument('--min-count', type=int, default=5)
    ap.add_argument('--contexts', type=int, default=6000)
    ap.add_argument('--dim', type=int, default=160)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    t0 = time.time()
    seen = set()
    docs = []
    for text in articles(a.corpus):
        key = hash(text)
        if key in seen:  # the corpus repeats some articles under a second category
            continue
        seen.add(key)
        docs.append(words(text))
    freq = collections.Counter(w for d in docs for w in d)
    vocab = [w for w, c in freq.most_common(a.vocab) if c >= a.min_count]
    index = {w: i for i, w in enumerate(vocab)}
    print(f'{len(docs)} articles, {sum(len(d) for d in docs)} tokens, vocab {len(vocab)}, '
          f'{time.time() - t0:.0f}s', file=sys.stderr)
    nc = a.contexts
    rows, cols = [], []
    for d in docs:
        ids = np.array([index.get(w, -1) for w in d], dtype=np.int64)
        for slot, off in enumerate((-2, -1, 1, 2)):
            if off < 0:
                w, c = ids[-off:], ids[:off]
            else:
                w, c = ids[:-off], ids[off:]
            m = (w >= 0) & (c >= 0) & (c < nc)
            rows.append(w[m])
            cols.append(c[m] + slot * nc)
    rows = np.concatenate(rows)
    cols = np.concatenate(cols)
    m = sp.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                      shape=(len(vocab), 4 * nc)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(1)).ravel()
    cs = np.asarray(m.sum(0)).ravel() ** 0.75
    cs = cs / cs.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col] + 1e-9) + 1e-12)
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep].astype(np.float32), (m.row[keep], m.col[keep])), shape=m.shape)
    print(f'ppmi nnz {ppmi.nnz}, {time.time() - t0:.0f}s', file=sys.stderr)
    rng = np.random.default_rng(a.seed)
    v0 = rng.standard_normal(min(ppmi.shape))
    u, s, _ = svds(ppmi, k=a.dim, v0=v0)
    vec = u * np.sqrt(s)[None, :]
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    vec = vec.astype(np.float32)
    print(f'svd done, {time.time() - t0:.0f}s', file=sys.stderr)
    levels = [kmeans(vec, k, rng) for k in (64, 256, 1024)]
    print(f'k-means done, {time.time() - t0:.0f}s', file=sys.stderr)
    with open(a.out, 'w', encoding='utf-8') as h:
        h.write('# Word clusters learned from the ANT multisource corpus by scripts/ner/build_clusters.py\n')
        h.write('# word<TAB>cluster of 64<TAB>of 256<TAB>of 1024\n')
        for i, w in enumerate(vocab):
            h.write(f'{w}\t{levels[0][i]}\t{levels[1][i]}\t{levels[2][i]}\n')


if __name__ == '__main__':
    main()
