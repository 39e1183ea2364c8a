"""Pairwise similarity matrices: TF-IDF cosine over counts, Jaccard over sets, and the
average-linkage clustering that cuts them into groups.

Matrices are dense (n x n); story clustering runs on one batch of articles at a time, so n
stays in the low thousands.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np


def _vocabulary(items: Sequence[Counter[str] | set[str]], min_df: int) -> dict[str, int]:
    df: Counter[str] = Counter()
    for item in items:
        df.update(set(item))
    return {term: n for n, term in enumerate(t for t, c in df.items() if c >= min_df)}


def tfidf_cosine(counts: Sequence[Counter[str]], min_df: int = 1) -> np.ndarray:
    """Cosine similarity of sublinear TF-IDF vectors (terms in fewer than ``min_df`` dropped).

    Rarity is what tells two happenings of one kind apart (two earthquakes share "quake";
    only one has "Sumatra"), so idf weights dominate and term frequency is damped by a log.
    """
    vocab = _vocabulary(counts, min_df)
    matrix = np.zeros((len(counts), len(vocab)), dtype=np.float32)
    for row, counter in enumerate(counts):
        for term, count in counter.items():
            col = vocab.get(term)
            if col is not None:
                matrix[row, col] = 1.0 + np.log(count)
    df = np.count_nonzero(matrix, axis=0)
    matrix *= np.log((1 + len(counts)) / (1 + df)) + 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms == 0, 1.0, norms)
    sim: np.ndarray = matrix @ matrix.T
    return sim


def jaccard_matrix(sets: Sequence[set[str]]) -> np.ndarray:
    """Jaccard similarity of every pair of sets (0 where both are empty)."""
    vocab = _vocabulary(sets, 1)
    matrix = np.zeros((len(sets), len(vocab)), dtype=np.float32)
    for row, items in enumerate(sets):
        for term in items:
            matrix[row, vocab[term]] = 1.0
    inter = matrix @ matrix.T
    sizes = matrix.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    result: np.ndarray = np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0)
    return result


def average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clusters: merge the two most similar clusters (mean pairwise
    similarity) until no pair reaches ``threshold``. Groups list indexes in input order.
    """
    n = sim.shape[0]
    work = sim.astype(np.float64, copy=True)
    np.fill_diagonal(work, -np.inf)
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    active = np.ones(n, dtype=bool)
    while len(members) > 1:
        flat = int(np.argmax(work))
        a, b = divmod(flat, n)
        if work[a, b] < threshold:
            break
        # Lance-Williams update for average linkage: the merged row is the size-weighted mean.
        merged = (sizes[a] * work[a] + sizes[b] * work[b]) / (sizes[a] + sizes[b])
        work[a, :] = merged
        work[:, a] = merged
        work[a, a] = -np.inf
        work[b, :] = -np.inf
        work[:, b] = -np.inf
        sizes[a] += sizes[b]
        active[b] = False
        members[a].extend(members.pop(b))
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])
