"""Hashed character n-grams of the raw text: the wide model's view of spelling.

WordPiece splits English words into pieces and reads Chinese one character at a time; character
n-grams (1-4, inside words for Latin text, across characters for Chinese) add what a TF-IDF
model sees: typos, inflections, and short Chinese phrases. Hashing is CRC32, so ids are the same
in every process.
"""

from __future__ import annotations

import re
import zlib

MAX_NGRAMS = 600  # per segment; a very long reply keeps its first n-grams
_WORD = re.compile(r"[a-z0-9']+|[^\sa-z0-9']", re.I)


def char_ngrams(text: str, orders: tuple[int, ...] = (1, 2, 3, 4)) -> list[str]:
    text = text.lower()
    grams: list[str] = []
    latin = [w for w in _WORD.findall(text) if w[0].isascii() and w[0].isalnum()]
    for word in latin:
        padded = f" {word} "
        for n in orders:
            grams.extend(padded[i: i + n] for i in range(len(padded) - n + 1) if padded[i: i + n].strip())
    cjk = "".join(ch for ch in text if not (ch.isascii() or ch.isspace()))
    for n in orders:
        grams.extend(cjk[i: i + n] for i in range(len(cjk) - n + 1))
    return grams[:MAX_NGRAMS]


def hashed(grams: list[str], buckets: int, salt: str) -> list[int]:
    # 0 is reserved for padding
    return [1 + zlib.crc32((salt + g).encode("utf-8")) % (buckets - 1) for g in grams]


def linear_features(text: str, context: str | None, buckets: int, max_chars: int = 300) -> tuple[list[int], list[float]]:
    """The linear view's bag for a reply and its context (see linear_bag)."""
    return linear_bag(char_ngrams(text[:max_chars]), char_ngrams((context or "")[:max_chars]), buckets)


def linear_bag(text_grams: list[str], context_grams: list[str], buckets: int) -> tuple[list[int], list[float]]:
    """Distinct hashed n-grams of reply and context, with sublinear counts (1 + log n), as TF-IDF
    weighs them. The model multiplies by its idf table and normalises."""
    from collections import Counter
    from math import log

    counts = Counter(hashed(text_grams, buckets, "lt"))
    counts.update(hashed(context_grams, buckets, "lc"))
    ids = sorted(counts)
    return ids, [1.0 + log(counts[i]) for i in ids]
