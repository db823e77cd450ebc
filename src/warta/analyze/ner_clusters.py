"""Word clusters from unlabelled news, a feature of the CRF tagger: words that occur between the same neighbours
(``Jokowi``/``Prabowo``, ``Kamis``/``Senin``, ``Partai``/``Fraksi``) share a cluster, so a name the labelled data
never showed still looks like its kind.

Built by ``warta train ner`` (numpy and scipy, the ``train`` extra): each word of the corpus seen at least
``min_count`` times is described by its left and right neighbours among the most frequent words, weighted by
positive PMI, reduced by truncated SVD, and grouped by k-means at a few granularities. Only the word -> cluster
table ships (``ner-id.clusters.tsv``); reading it needs nothing but the standard library.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

SIZES = (64, 256)


def word_clusters(texts: Iterable[str], *, min_count: int = 3, contexts: int = 2000, dims: int = 60,
                  sizes: Sequence[int] = SIZES, seed: int = 0) -> dict[str, tuple[int, ...]]:  # fmt: skip
    import numpy as np
    import scipy.sparse as sp
    from scipy.cluster.vq import kmeans2
    from scipy.sparse.linalg import svds

    from .tokens import tokenize

    sentences: list[list[str]] = []
    counts: Counter[str] = Counter()
    for text in texts:
        for para in text.split("\n"):
            words = [t.text.lower() for t in tokenize(para)]
            if words:
                sentences.append(words)
                counts.update(words)
    vocab = sorted(w for w, c in counts.items() if c >= min_count)
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, (w, _) in enumerate(counts.most_common(contexts))}
    width = len(context)
    rows: list[int] = []
    cols: list[int] = []
    for words in sentences:
        for i, w in enumerate(words):
            row = index.get(w)
            if row is None:
                continue
            if i > 0 and words[i - 1] in context:
                rows.append(row)
                cols.append(context[words[i - 1]])
            if i + 1 < len(words) and words[i + 1] in context:
                rows.append(row)
                cols.append(width + context[words[i + 1]])
    m = sp.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * width)).tocsr().tocoo()
    total = m.sum()
    row_sums = np.asarray(m.sum(axis=1)).ravel()
    col_sums = np.asarray(m.tocsr().sum(axis=0)).ravel()
    pmi = np.log(m.data * total / (row_sums[m.row] * col_sums[m.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=dims, random_state=seed)
    x = u * np.sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    labels = []
    for k in sizes:
        _, lab = kmeans2(x, k, seed=seed, minit="++", iter=10)
        labels.append(lab)
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def write_clusters(clusters: dict[str, tuple[int, ...]], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# word\tcluster ids at granularities {', '.join(map(str, SIZES))} (see models/README.md)\n")
        fh.writelines(w + "\t" + "\t".join(map(str, clusters[w])) + "\n" for w in sorted(clusters))


def read_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    if not Path(path).is_file():
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out
