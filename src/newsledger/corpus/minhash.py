"""Near-duplicate text: MinHash over word shingles, with LSH banding to find candidates.

Wire copies and syndicated rewrites share most of their word 5-grams even when the outlet
adds a dateline, a byline or a trimmed last paragraph; the Jaccard similarity of the shingle
sets stays high, and MinHash estimates it from a fixed-size signature so that comparing
thousands of articles needs no pairwise pass over their texts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
# A Mersenne prime above 2**32 keeps the universal hash family exact in 64-bit integers.
_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


def shingles(text: str, k: int = 5) -> set[int]:
    """32-bit hashes of the word ``k``-grams of ``text`` (case and punctuation folded)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < k:
        words_k = [" ".join(words)] if words else []
    else:
        words_k = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return {
        int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little")
        for s in words_k
    }


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class MinHasher:
    """``num_perm`` hash functions ``(a*x + b) mod p`` truncated to 32 bits, fixed by ``seed``."""

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self._a = rng.integers(1, 1 << 31, size=num_perm, dtype=np.uint64)
        self._b = rng.integers(0, 1 << 31, size=num_perm, dtype=np.uint64)

    def signature(self, hashes: Iterable[int]) -> np.ndarray:
        values = np.fromiter(hashes, dtype=np.uint64)
        if values.size == 0:
            return np.full(self.num_perm, _MAX_HASH, dtype=np.uint64)
        # a < 2**31 and x < 2**32 keep a*x + b below 2**64: no overflow before the modulus.
        mixed = (np.outer(values, self._a) + self._b) % _PRIME & _MAX_HASH
        return np.asarray(mixed.min(axis=0), dtype=np.uint64)


def estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """The Jaccard similarity the two signatures estimate."""
    return float(np.mean(sig_a == sig_b))


def near_duplicates(
    texts: Mapping[str, str],
    threshold: float = 0.7,
    num_perm: int = 128,
    bands: int = 32,
) -> list[list[str]]:
    """Groups of ids whose texts are near-duplicates (estimated shingle Jaccard >= threshold).

    Candidates are pairs that agree on every row of at least one LSH band; each candidate is
    confirmed on the full signature, and confirmed pairs are joined transitively. Every id
    appears in exactly one group; groups keep the input order.
    """
    ids = list(texts)
    hasher = MinHasher(num_perm)
    sigs = [hasher.signature(shingles(texts[i])) for i in ids]
    rows = num_perm // bands
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for band in range(bands):
        buckets: dict[bytes, list[int]] = {}
        for n, sig in enumerate(sigs):
            buckets.setdefault(sig[band * rows : (band + 1) * rows].tobytes(), []).append(n)
        for members in buckets.values():
            for pos, one in enumerate(members):
                for other in members[pos + 1 :]:
                    if find(one) != find(other) and estimate(sigs[one], sigs[other]) >= threshold:
                        parent[find(other)] = find(one)
    groups: dict[int, list[str]] = {}
    for n, ident in enumerate(ids):
        groups.setdefault(find(n), []).append(ident)
    return list(groups.values())
