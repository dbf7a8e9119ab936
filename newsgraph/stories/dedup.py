"""Near-duplicates: the same wire story republished with edits, boilerplate or a new headline.

MinHash (datasketch) over word 3-gram shingles of the body. Instead of datasketch's
in-memory ``MinHashLSH`` we keep the LSH band hashes as rows in the store (table ``lsh``):
the index then persists, survives a killed ingest, and works the same on SQLite and
PostgreSQL and across processes. Candidates from shared bands are confirmed with the
estimated Jaccard similarity of the full signatures.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs above ~0.45 Jaccard almost always share a band
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5  # estimated Jaccard at which two articles count as the same article
SHINGLE = 3

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word n-grams of the lowercased text (the whole text when it is shorter than n)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint64 values) of a text."""
    from datasketch import MinHash  # here: reading the store must not import it (~0.3 s)

    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return mh.hashvalues.astype(np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<u8")


def bands(sig: np.ndarray) -> list[tuple[int, str]]:
    """(band number, hash of the band's rows): articles sharing one are candidates."""
    out = []
    raw = sig.astype("<u8").tobytes()
    step = ROWS * 8
    for b in range(BANDS):
        out.append((b, hashlib.blake2b(raw[b * step:(b + 1) * step], digest_size=8).hexdigest()))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def body_text(text: str, headline: str | None) -> str:
    """The text without its headline: a changed headline must not hide a duplicate."""
    if headline and text.startswith(headline):
        return text[len(headline):]
    return text
