"""Word k-gram fingerprints of a text, for near-duplicate detection (echoes, copied reports).

Each word is hashed once with blake2b (cached: news vocabulary repeats from article to
article) and a k-gram is the hash of its words' hashes; tuple hashing of ints is the same
in every process, so fingerprints made by worker processes can be compared."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

K = 5
# Words of two letters or more: Arabic (and Persian/Urdu) letters and Latin ones, as literal
# ranges (a character class by Unicode category costs the scanner twice as much).
_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3A-Za-z\u00c0-\u024f]{2,}")
_MASK = (1 << 62) - 1
_CACHE_LIMIT = 200_000
_word_hashes: dict[str, int] = {}


def shingles(norm_text: str, spans: Iterable[tuple[int, int]] | None = None, k: int = K) -> frozenset[int]:
    """Hashed word k-grams of the given spans (default: all) of a normalized text."""
    out: set[int] = set()
    cache = _word_hashes
    for s, e in spans if spans is not None else ((0, len(norm_text)),):
        words = _WORD.findall(norm_text, s, e)
        hs = list(map(cache.get, words))
        for i, h in enumerate(hs):
            if h is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                w = words[i]
                h = hs[i] = cache[w] = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "big")
        # the k-grams as tuples of k consecutive hashes (zip of shifted copies)
        out.update(map(hash, zip(*(hs[i:] for i in range(k)))))
    return frozenset(h & _MASK for h in out)
