"""A year of provincial news for ``bench/scale.py``: articles made fast, with republications planted at a
known rate, so that a store of a million can be built in minutes and its clusters checked.

Why not ``Portal.expected_item`` for every article: the sample portals write each story from a few
hundred sentence templates, so two unrelated sample stories share a lot of their 3-word shingles
(measured on 5,000 of them: the median estimated Jaccard of the unrelated pairs that share an LSH band
is 0.15, and every article shares a band with 23 unrelated ones). Real news does not: two unrelated
articles share a few set phrases. At a million articles the templates would make every new article a
candidate of thousands of stored ones, and the benchmark would measure the templates. (It also takes
0.7 ms an article.)

So the texts here are drawn from a word-bigram chain learned from the sample portals' articles (their
words, set phrases and punctuation, in sentences and paragraphs of their lengths), by many chains at once
with numpy; the other fields (site, province, authors, tags, category, images) are those of sample
articles of the same site. Articles are made in chunks of ``CHUNK``, each from its own seed, so any chunk
can be made again on its own (the planted republications and the ground truth need the originals).

Every ``REPOST_EVERY``-th article (on average) of a chunk is a republication of an earlier article of the
same chunk (1 to 150 articles before: hours to days): on another site, retitled, the paragraphs that hold the
first 60-80 % of its text, a few words edited, its lead kept (rewritten a third of the time when the
story is long, as the sample portals' reposts are). ``story_of`` gives the story of each article (the index of
its original), the ground truth of the clusters.
"""

from __future__ import annotations

import functools
import html
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np

CHUNK = 2000
REPOST_EVERY = 40
SITES = ("baocantho", "baolaocai", "baoapbac", "tiengiang", "vnexpress", "baohaiphong", "baothanhhoa", "baodongnai")
VN = timezone(timedelta(hours=7))
START = datetime(2025, 1, 1, 5, 0, tzinfo=VN)
PER_DAY = 3400  # the 34 provinces' papers and portals together
_PARA = 0  # token id of the paragraph break


@functools.cache
def _model() -> dict[str, Any]:
    """The chain (words, successors, cumulative probabilities), sentence starts, lengths, and sample
    items per site (their other fields)."""
    from crawler.samples import Portal

    words: dict[str, int] = {"\n": _PARA}
    pairs: dict[tuple[int, int], int] = {}
    starts: dict[int, int] = {}
    lengths: list[int] = []
    items: dict[str, list[dict[str, Any]]] = {}
    for site in SITES:
        portal = Portal(site, n_articles=150)
        items[site] = [portal.expected_item(i) for i in portal.article_ids()]
        for item in items[site]:
            n = 0
            for para in (item.get("body") or "").split("\n\n"):
                tokens = [words.setdefault(t, len(words)) for t in para.split()]
                if not tokens:
                    continue
                starts[tokens[0]] = starts.get(tokens[0], 0) + 1
                for a, b in zip([_PARA, *tokens], [*tokens, _PARA]):
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
                n += len(tokens)
            lengths.append(n)
    vocab = np.array(sorted(words, key=words.__getitem__), dtype=object)
    keys = np.array(sorted(pairs), dtype=np.int64)
    counts = np.array([pairs[tuple(k)] for k in keys], dtype=np.float64)
    offsets = np.searchsorted(keys[:, 0], np.arange(len(vocab) + 1))
    cum = np.empty(len(keys))
    for w in range(len(vocab)):  # row w's cumulative probabilities, shifted to (w, w + 1]
        lo, hi = offsets[w], offsets[w + 1]
        if hi > lo:
            cum[lo:hi] = w + np.cumsum(counts[lo:hi]) / counts[lo:hi].sum()
            cum[hi - 1] = w + 1.0
    # a word no pair starts from (none: every paragraph ends with a break) would go to a break
    return {"vocab": vocab, "next": keys[:, 1], "cum": cum, "lengths": np.array(lengths),
            "starts": np.array(list(starts)), "start_p": np.array(list(starts.values()), dtype=float),
            "items": items, "upper": {w: w[:1].upper() + w[1:] for w in words}}


def _walk(rng: np.random.Generator, n: int, steps: int) -> np.ndarray:
    """``n`` chains of ``steps`` words each (paragraph breaks included), from paragraph starts."""
    m = _model()
    out = np.empty((n, steps), dtype=np.int64)
    state = rng.choice(m["starts"], size=n, p=m["start_p"] / m["start_p"].sum())
    for step in range(steps):
        out[:, step] = state
        idx = np.searchsorted(m["cum"], state + rng.random(n) * (1 - 1e-12), side="left")
        state = m["next"][np.minimum(idx, len(m["next"]) - 1)]  # after a break: a paragraph's first word
    return out


def _paragraphs(ids: np.ndarray, length: int) -> list[str]:
    """The paragraphs of one chain, cut at the first paragraph end after ``length`` words."""
    vocab = _model()["vocab"]
    bounds = np.concatenate(([-1], np.flatnonzero(ids == _PARA), [len(ids)]))
    paras, n = [], 0
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        if b - a < 2:
            continue
        if b == len(ids) and n + b - a - 1 >= length * 1.5:  # an unfinished paragraph, far too long
            break
        paras.append(" ".join(vocab[ids[a + 1:b]]))
        n += b - a - 1
        if n >= length:
            break
    return paras


@functools.cache
def plan(chunk: int) -> dict[int, int]:
    """Republications planted in a chunk: article index → index of its original (an earlier article of
    the chunk that is no republication itself)."""
    rng = np.random.default_rng([chunk, 1])
    first = chunk * CHUNK
    out: dict[int, int] = {}
    for k in range(CHUNK):
        if k >= 10 and rng.random() < 1 / REPOST_EVERY:
            origin = first + k - int(rng.integers(1, min(k, 150) + 1))
            while origin in out:
                origin = out[origin]
            out[first + k] = origin
    return out


def story_of(index: int) -> int:
    """The story an article tells: the index of its original (its own when it is one)."""
    return plan(index // CHUNK).get(index, index)


def published(index: int) -> datetime:
    return START + timedelta(days=index / PER_DAY)


def chunk(chunk_index: int) -> list[dict[str, Any]]:
    """The ``CHUNK`` articles of chunk ``chunk_index`` (articles ``chunk_index * CHUNK`` on)."""
    m = _model()
    rng = np.random.default_rng([chunk_index, 0])
    lengths = rng.choice(m["lengths"], size=CHUNK)
    walks = _walk(rng, CHUNK, int(lengths.max() * 1.3) + 140)
    reposts = plan(chunk_index)
    first = chunk_index * CHUNK
    texts: list[tuple[str, str, list[str]]] = []
    out = []
    for k in range(CHUNK):
        index = first + k
        ids = walks[k]
        paras = _paragraphs(ids[140:], int(lengths[k]))
        sapo = _lead(ids[:100])
        title = _title(ids[100:140])
        site = SITES[int(rng.integers(len(SITES)))]
        if index in reposts:
            o_title, o_sapo, o_paras = texts[reposts[index] - first]
            share, total, keep = rng.uniform(0.6, 0.8), sum(map(len, o_paras)), 0
            while keep < len(o_paras) and sum(map(len, o_paras[:keep])) < share * total:
                keep += 1  # the paragraphs that hold the first 60-80 % of the text
            paras = [_edit(p, rng) for p in o_paras[:keep]]
            # a desk rewrites the lead of a long story a third of the time, and keeps a short one's
            # (the sample portals' reposts, crawler.samples.content._repost)
            rewritten = sum(len(p) for p in paras) >= 1300 and rng.random() < 1 / 3
            sapo = sapo if rewritten else o_sapo
            title = "Tin đăng lại: " + title if rng.random() < 0.3 else title
            original_site = out[reposts[index] - first]["site"]
            site = SITES[(SITES.index(original_site) + 1 + int(rng.integers(len(SITES) - 1))) % len(SITES)]
        texts.append((title, sapo, paras))
        sample = m["items"][site][int(rng.integers(len(m["items"][site])))]
        when = published(index)
        url = f"https://{site}.example.vn/{when:%Y/%m}/{index}.html"
        out.append({
            **sample, "url": url, "canonical_url": url, "site": site, "title": title, "sapo": sapo,
            "body": "\n\n".join(paras), "body_html": "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras),
            "published_at": when.isoformat(timespec="seconds"), "modified_at": None,
            "published_raw": f"{when:%d/%m/%Y %H:%M}", "event_date": None,
            "fetched_at": (when + timedelta(minutes=30)).isoformat(timespec="seconds"),
            "images": [{**im, "url": f"{url[:-5]}/anh-{n}.jpg"} for n, im in enumerate(sample.get("images") or [])],
        })
    return out


def _lead(ids: np.ndarray) -> str:
    """A lead of 20 to 60 words: up to the first sentence end after 20."""
    vocab = _model()["vocab"]
    words = [vocab[w] for w in ids if w != _PARA][:60]
    for n in range(20, len(words)):
        if words[n - 1].endswith((".", "!", "?")):
            words = words[:n]
            break
    text = " ".join(words)
    return (text[:1].upper() + text[1:]).rstrip(",;:") + ("" if text.endswith((".", "!", "?")) else ".")


def _title(ids: np.ndarray) -> str:
    m = _model()
    words = [m["vocab"][w].strip(".,;:!?“”\"()") for w in ids[:int(8 + ids[0] % 9)] if w != _PARA]
    words = [w for w in words if w]
    return (m["upper"].get(words[0], words[0]) + " " + " ".join(words[1:])) if words else "Tin tức"


def _edit(paragraph: str, rng: np.random.Generator) -> str:
    """A desk's edit: a word or two changed in one paragraph of five."""
    if rng.random() > 0.2:
        return paragraph
    words = paragraph.split()
    for _ in range(int(rng.integers(1, 3))):
        words[int(rng.integers(len(words)))] = "đã"
    return " ".join(words)
