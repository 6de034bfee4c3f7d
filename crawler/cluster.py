"""Republished stories: articles whose text is nearly the same across sites share one ``cluster_id``.

A provincial portal reposts its paper's story (or the paper the portal's) under a new title, with the
body trimmed, a byline or a dateline ("(CTO) - ") added, the lead rewritten or a few words edited.
Such articles get the ``cluster_id`` of the earliest published article of the group (its
``canonical_url``: stable across databases, unlike a row id); different stories on the same topic, even
written on the same template, stay apart.

How
---
- What is compared (:func:`cluster_text`): the lead and the body, folded (lower case, no diacritics),
  without punctuation, without a dateline ("(CTO) - ", "TTXVN - ", "HÀ NỘI (TTXVN) - ") and without a
  trailing byline or source line ("Tin, ảnh: P.Y", "Theo Báo Ấp Bắc"). The title is left out: a
  republication is very often retitled ("Thị xã Cai Lậy: Tổng kết …" for "Thị xã Cai Lậy tổng kết …"),
  it is a dozen words against hundreds in the body, and it says nothing the body does not.
- Shingles of 3 words, MinHash (datasketch, 128 permutations, scheme ``affine32``, seed 1, of each
  shingle's hash: :func:`shingle_hashes`, the words' SHA-1 combined, for a whole text at once) and an LSH index (datasketch ``MinHashLSH``, 42 bands × 3 rows: a pair
  with Jaccard 0.4 is a candidate with probability 0.94, 0.5 → 0.996, 0.1 → 4 %).
- A candidate is a match when the estimated **containment** of the smaller text in the larger,
  ``|A ∩ B| / min(|A|, |B|)`` (from the estimated Jaccard J and the exact shingle counts:
  ``|A ∩ B| = J (|A| + |B|) / (1 + J)``), is at least ``threshold`` (0.8) and the estimated Jaccard at
  least ``min_jaccard`` (0.3). Containment rather than Jaccard because a trimmed republication is a
  subset of the original (Jaccard 0.6 for a repost of 60 % of the paragraphs, containment 1); the
  Jaccard floor keeps a short text from matching every long text it is part of. On the test set
  (tests/data/cluster/, exact shingle sets) a republication contains ≥ 0.88 of its original (edited,
  new lead, trimmed) and two different stories written on one template ≤ 0.65; 0.8 sits between with
  room for the sketch's error (±0.045 at 128 permutations), and 20 MinHash seeds all give pairwise
  precision and recall 1.0, where 0.7 and 0.75 let a template twin in under some seeds (precision
  0.93) and 0.5 (precision 0.85) is far too low. ``bench/cluster.py`` prints the figures.
- Texts with fewer than ``min_shingles`` shingles (a one-sentence body) are their own cluster: they
  neither match nor are matched.
- Groups are the connected components of the match graph (union-find), so the grouping does not depend
  on the order articles are added, and a group's id is its earliest article by ``published_at`` (ties
  and missing dates: the smaller key; an article without a date counts as the latest). When an earlier
  article arrives after later ones (crawl order is not publication order), or an article joins two
  groups, the ids of the existing members change: :meth:`Clusterer.relabelled` lists them.

Persistence: :meth:`Clusterer.signature` / :func:`dumps` give the bytes to keep per article (header,
shingle count, 128 × uint32: 524 bytes); :meth:`Clusterer.from_signatures` rebuilds the index from
``(key, signature, published_at, cluster_id)`` rows without re-reading texts; new articles then
cluster against old ones exactly as in one run.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .provinces import fold
from .text import clean, parse_byline

__all__ = ["Clusterer", "Signature", "cluster_text", "dumps", "loads", "shingle_hashes", "shingles"]

#: below this many shingles an article is its own cluster (a one-sentence body has 20-40)
MIN_SHINGLES = 40
_SEED = 1
_SCHEME = "affine32"
_MAGIC = b"MH2"  # MH1: the shingles hashed one SHA-1 each (before shingle_hashes); not comparable
_HEADER = struct.Struct("<3sBHHI")  # magic, shingle size, num_perm, MinHash seed, number of shingles

# --- the text compared -------------------------------------------------------------------------------

# "(CTO) - ", "(Baoapbac.vn) - ", "HÀ NỘI (TTXVN) - ", "Cần Thơ (TTXVN) – "
_DATELINE_PAREN = re.compile(
    r"^\s*(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*){0,3}\s*)?\(\s*[^()]{1,40}?\s*\)\s*[-–—:]+\s*"
)
# "TTXVN - ", "ĐTO - ", "VOV.VN - ", "BẮC GIANG - "
_DATELINE_CAPS = re.compile(r"^\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ0-9.]+(?:\s[A-ZĐÀ-Ỹ0-9.]+){0,2}\s*[-–—]\s+")
_NON_WORD = re.compile(r"[\W_]+")  # punctuation, symbols and underscores: word separators


def _strip_dateline(paragraph: str) -> str:
    m = _DATELINE_PAREN.match(paragraph)
    if not m:
        m = _DATELINE_CAPS.match(paragraph)
        if m and not m.group(0).strip(" \t-–—").isupper():
            m = None  # "Đà - …": a capitalised word, not an outlet's or a place's name in capitals
    if m and m.end() < len(paragraph):
        return paragraph[m.end():]
    return paragraph


def _is_byline(paragraph: str) -> bool:
    """A short closing line naming people or an outlet ("Tin, ảnh: P.Y", "Mai Phương", "Theo TTXVN")."""
    if len(paragraph) > 120:
        return False
    byline = parse_byline(paragraph, styled=True)
    if not byline:
        return False
    return bool(byline.source) or all(len(a.split()) <= 5 and not any(ch.isdigit() for ch in a) for a in byline.authors)


def _paragraphs(text: str) -> list[str]:
    return [p for p in (clean(x) for x in re.split(r"\n\s*\n|\n", text or "")) if p]


def cluster_text(title: str, sapo: str, body: str, *, with_title: bool = False) -> str:
    """The text compared between articles: lead and body folded, no punctuation, no dateline, no byline.

    The title is left out (republications are retitled); ``with_title=True`` keeps it (for
    measurement)."""
    sapo_paras = _paragraphs(sapo)
    body_paras = _paragraphs(body)
    # a trailing byline or source line, the way some sites leave it in the body
    while body_paras and _is_byline(body_paras[-1]):
        body_paras.pop()
    if sapo_paras:
        sapo_paras[0] = _strip_dateline(sapo_paras[0])
    if body_paras:
        body_paras[0] = _strip_dateline(body_paras[0])
    lead = _fold_words(" ".join(sapo_paras))
    rest = _fold_words(" ".join(body_paras))
    if lead and rest.startswith(lead):  # the lead is the body's first paragraph (baocantho)
        lead = ""
    parts = [_fold_words(title)] if with_title else []
    parts += [lead, rest]
    return " ".join(p for p in parts if p)


# ASCII letters and digits kept, every other ASCII character a separator (what _NON_WORD does to ASCII)
_ASCII_WORDS = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(128)) + bytes(range(128, 256))


@functools.lru_cache(maxsize=500_000)
def _token_words(token: str) -> str:
    """A token of a text → its folded words (token by token, like ``fold``)."""
    return " ".join(_NON_WORD.sub(" ", fold(token)).split())


def _fold_words(text: str) -> str:
    """The text folded, its punctuation as spaces, single spaces."""
    if text.isascii():  # fold is lower case; a byte table instead of the regular expression
        return " ".join(text.lower().encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    return " ".join(filter(None, map(_token_words, text.split())))


# Shingle hashes, computed for a whole text at once (numpy) instead of one SHA-1 call per shingle
# string, which took most of the time of signing an article (datasketch hashes each value it is given
# through a Python call): each word's 64-bit hash (the first 8 bytes of its SHA-1, kept in a bounded
# cache: a year of news has a few hundred thousand distinct words), the k words' hashes combined by
# odd multipliers (order matters: "a b c" is not "c b a"), then the MurmurHash3 64-bit finalizer.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                 0xFF51AFD7ED558CCD], dtype=np.uint64)


def _fmix64(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


@functools.lru_cache(maxsize=1_000_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.sha1(word.encode("utf-8")).digest()[:8], "little")


def shingle_hashes(text: str, k: int = 3) -> np.ndarray:
    """The distinct 64-bit hashes of a text's word k-shingles (the same words as :func:`shingles`; a
    text of fewer than k words is one shingle), sorted."""
    words = _fold_words(text).split()
    if not words:
        return np.empty(0, dtype=np.uint64)
    h = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    n = max(1, len(words) - k + 1)
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(min(k, len(words))):
        acc += h[j:j + n] * _MIX[j % len(_MIX)]
    return np.unique(_fmix64(acc))


def shingles(text: str, k: int = 3) -> set[str]:
    """The word k-shingles of a text, folded and stripped of punctuation first (``cluster_text`` output
    is already; any other text is folded here)."""
    words = _fold_words(text).split()
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


# --- signatures ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """A text's MinHash (``num_perm`` uint32) and its number of distinct shingles."""

    hashvalues: np.ndarray
    size: int
    shingle: int = 3
    seed: int = _SEED

    @property
    def num_perm(self) -> int:
        return len(self.hashvalues)


def dumps(sig: Signature) -> bytes:
    """The bytes of one signature (12-byte header, then ``num_perm`` little-endian uint32)."""
    return _HEADER.pack(_MAGIC, sig.shingle, sig.num_perm, sig.seed, sig.size) + sig.hashvalues.astype("<u4").tobytes()


def loads(data: bytes) -> Signature:
    magic, shingle, num_perm, seed, size = _HEADER.unpack_from(data)
    if magic == b"MH1":
        raise ValueError("a signature of an earlier version (MH1): sign the text again")
    if magic != _MAGIC:
        raise ValueError("not a crawler.cluster signature")
    values = np.frombuffer(data, dtype="<u4", count=num_perm, offset=_HEADER.size).astype(np.uint32)
    if len(values) != num_perm:
        raise ValueError("truncated signature")
    return Signature(values, size, shingle, seed)


def _timestamp(published_at: str | None) -> float:
    if not published_at:
        return float("inf")
    try:
        dt = datetime.fromisoformat(published_at)
    except ValueError:
        return float("inf")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


# --- the clusterer ----------------------------------------------------------------------------------------


class Clusterer:
    """Incremental grouping of republished articles.

    ``threshold``: minimum estimated containment of the smaller text in the larger;
    ``min_jaccard``: minimum estimated Jaccard; ``num_perm``: MinHash permutations; ``shingle``: words
    per shingle; ``min_shingles``: below it an article is its own cluster; ``lsh_params``: (bands,
    rows) of the LSH index."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 3, *,
                 min_jaccard: float = 0.3, min_shingles: int = MIN_SHINGLES,
                 lsh_params: tuple[int, int] | None = None, seed: int = _SEED) -> None:
        self.threshold = threshold
        self.min_jaccard = min_jaccard
        self.num_perm = num_perm
        self.shingle = shingle
        self.min_shingles = min_shingles
        self.seed = seed
        if lsh_params is None:
            rows = 3
            lsh_params = (num_perm // rows, rows)
        self._lsh = MinHashLSH(num_perm=num_perm, params=lsh_params)
        try:
            # the values given are hashes already (shingle_hashes): the hash function only makes them ints
            self._template = MinHash(num_perm=num_perm, seed=seed, hashfunc=int, scheme=_SCHEME)
        except TypeError as exc:  # datasketch < 2.0 has no permutation schemes
            raise RuntimeError("crawler.cluster needs datasketch >= 2.0 (MinHash scheme 'affine32')") from exc
        self._sigs: dict[str, Signature] = {}
        self._order: dict[str, tuple[float, str]] = {}  # key → (published timestamp, key)
        self._parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}  # root → keys
        self._label: dict[str, str] = {}  # root → cluster id (the earliest key)
        self._changed: dict[str, str] = {}

    # signatures
    def minhash(self, text: str) -> Signature:
        """The signature of a text (``cluster_text`` output, or any text: it is folded again): datasketch's
        MinHash (scheme ``affine32``) of the text's shingle hashes (:func:`shingle_hashes`, their high 32
        bits), and the number of distinct shingles."""
        hashes = shingle_hashes(text, self.shingle)
        m = self._template.copy()
        if len(hashes):
            m.update_batch(hashes >> np.uint64(32))
        return Signature(np.asarray(m.hashvalues, dtype=np.uint32), len(hashes), self.shingle, self.seed)

    def signature(self, text: str) -> bytes:
        """The bytes to store for a text (see :func:`dumps`)."""
        return dumps(self.minhash(text))

    def signature_of(self, key: str) -> bytes:
        """The stored signature of an added article."""
        return dumps(self._sigs[key])

    def similarity(self, a: Signature, b: Signature) -> tuple[float, float]:
        """(estimated Jaccard, estimated containment of the smaller in the larger)."""
        if not a.size or not b.size:
            return 0.0, 0.0
        j = float(np.count_nonzero(a.hashvalues == b.hashvalues)) / self.num_perm
        inter = j * (a.size + b.size) / (1.0 + j)
        return j, min(1.0, inter / min(a.size, b.size))

    def _match(self, a: Signature, b: Signature) -> bool:
        j, c = self.similarity(a, b)
        return j >= self.min_jaccard and c >= self.threshold

    # adding
    def add(self, key: str, text: str, published_at: str | None) -> str:
        """Add an article; returns its cluster id (an existing cluster's when it matches one, else ``key``).

        A key already added keeps its first signature and cluster: the id is returned unchanged."""
        if key in self._parent:
            return self.cluster_of(key)
        return self.add_signature(key, self.minhash(text), published_at)

    def add_signature(self, key: str, sig: Signature | bytes, published_at: str | None) -> str:
        """Like :meth:`add`, from a signature (``bytes`` from :meth:`signature` or a :class:`Signature`)."""
        if isinstance(sig, (bytes, bytearray, memoryview)):
            sig = loads(bytes(sig))
        self._check(sig)
        if key in self._parent:
            return self.cluster_of(key)
        self._register(key, sig, published_at)
        if sig.size >= self.min_shingles:
            lean = LeanMinHash(seed=self.seed, hashvalues=sig.hashvalues, scheme=_SCHEME)
            for other in self._lsh.query(lean):
                if self._match(sig, self._sigs[other]):
                    self._union(key, other)
            self._lsh.insert(key, lean, check_duplication=False)
        self._changed.pop(key, None)  # its id is the return value
        return self.cluster_of(key)

    def _check(self, sig: Signature) -> None:
        if (sig.num_perm, sig.shingle, sig.seed) != (self.num_perm, self.shingle, self.seed):
            raise ValueError(f"signature of {sig.num_perm} permutations / {sig.shingle}-shingles / seed {sig.seed}, "
                             f"clusterer of {self.num_perm} / {self.shingle} / {self.seed}")

    def _register(self, key: str, sig: Signature, published_at: str | None) -> None:
        self._sigs[key] = sig
        self._order[key] = (_timestamp(published_at), key)
        self._parent[key] = key
        self._members[key] = [key]
        self._label[key] = key

    # union-find
    def _find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        la, lb = self._label[ra], self._label[rb]
        label = min(la, lb, key=self._order.__getitem__)
        for root, old in ((ra, la), (rb, lb)):
            if old != label:
                for k in self._members[root]:
                    self._changed[k] = label
        self._parent[rb] = ra
        self._members[ra].extend(self._members.pop(rb))
        self._label[ra] = label
        del self._label[rb]

    # reading
    def cluster_of(self, key: str) -> str:
        return self._label[self._find(key)]

    def clusters(self) -> dict[str, str]:
        """Every key → its cluster id."""
        return {k: self.cluster_of(k) for k in self._parent}

    def relabelled(self) -> dict[str, str]:
        """Keys added earlier whose cluster id changed since the last call (key → new id), then forgets them.

        An id changes when an article published earlier than the group's first joins it, or when an
        article links two groups."""
        out, self._changed = self._changed, {}
        return out

    def __len__(self) -> int:
        return len(self._parent)

    def __contains__(self, key: object) -> bool:
        return key in self._parent

    # persistence
    @classmethod
    def from_signatures(cls, rows: Iterable[tuple[str, bytes | Signature, str | None, str | None]],
                        **kw: object) -> Clusterer:
        """Rebuild from stored ``(key, signature, published_at, cluster_id)`` rows.

        Stored groups are kept as they are (articles with the same ``cluster_id`` form one group; a
        null id: a group of one), without comparing the old articles again; the group's id is its
        earliest member's key. New articles are then compared with all old ones."""
        self = cls(**kw)  # type: ignore[arg-type]
        by_cluster: dict[str, str] = {}
        for key, sig, published_at, cluster_id in rows:
            if isinstance(sig, (bytes, bytearray, memoryview)):
                sig = loads(bytes(sig))
            self._check(sig)
            if key in self._parent:
                continue
            self._register(key, sig, published_at)
            if sig.size >= self.min_shingles:
                lean = LeanMinHash(seed=self.seed, hashvalues=sig.hashvalues, scheme=_SCHEME)
                self._lsh.insert(key, lean, check_duplication=False)
            if cluster_id:
                if cluster_id in by_cluster:
                    self._union(key, by_cluster[cluster_id])
                else:
                    by_cluster[cluster_id] = key
        self._changed = {}
        return self
