"""What a person types into a search box, as full-text queries ranked the way they mean them.

    cai lay            both words, anywhere; articles where they stand together first
    "cai lay"          the phrase only (the words next to each other)
    lúa gạo -giá       both words, not "giá"
    lấy                typed with diacritics: articles that spell it "lấy" before those with "lay", "lây"…

The store keeps two FTS5 indexes over title, sapo and body: ``articles_fts`` over the folded text (no
diacritics, đ → d: "cai lay" finds "Cai Lậy") and ``articles_fts_exact`` over the text as written (case
folded only). A query gives up to four match expressions, the *tiers*, best first:

0. the exact index, the plain words as one phrase;   1. the exact index, every word;
2. the folded index, the plain words as one phrase;  3. the folded index, every word.

Each hit ranks by its best tier, then by bm25 with the title weighing most (10), then the lead (3),
then the body (1). ``crawler search`` and Datasette's ranked search (``crawler.browse``) run the same SQL
(``RANKED_SQL``), Datasette through the SQL function ``vn_match`` that this module provides.

PostgreSQL has the same two indexes as generated ``tsvector`` columns with GIN indexes
(``articles.search_exact`` and ``articles.search_folded``, 'simple' configuration, the title weighted
A, the lead B, the body D), the same tiers as ``tsquery`` expressions (``tsqueries``: words joined by
``&``, phrases by ``<->``, exclusions as ``!``) and the same weights (``ts_rank`` with 1.0, 0.3, 0.1):
``PG_RANKED_SQL``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .provinces import fold

__all__ = ["BM25", "PG_RANKED_SQL", "Query", "RANKED_SQL", "TIERS", "WINDOW", "match_expression", "ranked_sql", "parse_query",
           "tsqueries"]

BM25 = "10.0, 3.0, 1.0"  # title, sapo, body
TIERS = ("exact_phrase", "exact", "folded_phrase", "folded")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_WORD = re.compile(r"[^\W_]+")  # letters and digits (an underscore is punctuation, as for FTS5)


@dataclass
class Query:
    words: list[str] = field(default_factory=list)  # plain words, as typed (lower case)
    phrases: list[list[str]] = field(default_factory=list)  # quoted phrases, each a list of words
    excluded: list[list[str]] = field(default_factory=list)  # -word or -"a phrase"

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases)


def parse_query(text: str) -> Query:
    """Words, "quoted phrases" and -exclusions; punctuation inside words is dropped (FTS5 syntax never
    reaches the index: every term is quoted again)."""
    q = Query()
    for m in _TOKEN.finditer(text or ""):
        negated = bool(m.group(1) or m.group(3))
        words = _WORD.findall((m.group(2) if m.group(2) is not None else m.group(4) or "").lower())
        if not words:
            continue
        if negated:
            q.excluded.append(words)
        elif m.group(2) is not None:
            q.phrases.append(words)
        else:
            q.words.extend(words)
    return q


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


# A token no text holds: what "the excluded words" match when there are none (MATCH '' is an error).
NOTHING = '"vnnews0nothing0excluded"'


def match_expression(text: str, tier: str) -> str:
    """The FTS5 expression of ``text`` for one of ``TIERS`` ("" when the query has nothing to find), or
    for ``"excluded"``: the excluded words, folded, in the folded index (an exclusion leaves out every
    spelling: ``-lay`` leaves out "lậy" too)."""
    q = parse_query(text)
    if tier == "excluded":
        return " OR ".join(_phrase([fold(w) for w in ex]) for ex in q.excluded) or NOTHING
    if q.empty:
        return ""
    folded = tier.startswith("folded")
    norm = (lambda w: fold(w)) if folded else (lambda w: w)
    words = [norm(w) for w in q.words]
    phrases = [[norm(w) for w in p] for p in q.phrases]
    if tier.endswith("phrase") and len(words) > 1:
        parts = [_phrase(words)]
    else:
        parts = [_phrase([w]) for w in words]
    parts += [_phrase(p) for p in phrases]
    return " AND ".join(parts)


# How many of the latest matching articles each tier ranks: a word that is in more articles than that
# (a common word in a year of news) ranks the latest WINDOW of them, so a search costs the same in a
# store of ten thousand articles and in one of a million (FTS5 reads a word's articles newest first and
# stops there; ranking every match made a common word's search grow with the store).
WINDOW = 5000


def _tier(n: int, table: str, tier: str, window: int) -> str:
    return (f"select * from (select rowid as id, {n} as tier, bm25({table}, {BM25}) as score from {table}"
            f" where {table} match vn_match(:q, '{tier}') and rowid not in excluded"
            f" order by rowid desc limit {int(window)})")


# The ranked search: the best tier of each article, then bm25. Parameters :q (the query as typed) and
# :limit; vn_match(:q, tier) is match_expression, as an SQL function. Each tier ranks its latest WINDOW
# matches (the excluded words' articles left out first); the best :limit of them by tier and bm25 are
# then read from the articles table (ties: the newest published first).
def ranked_sql(window: int = WINDOW) -> str:
    """``RANKED_SQL`` with another window (tests)."""
    return f"""
with excluded as (
  select rowid from articles_fts where articles_fts match vn_match(:q, 'excluded')
), hits as (
  {_tier(0, "articles_fts_exact", "exact_phrase", window)}
  union all
  {_tier(1, "articles_fts_exact", "exact", window)}
  union all
  {_tier(2, "articles_fts", "folded_phrase", window)}
  union all
  {_tier(3, "articles_fts", "folded", window)}
), best as (
  select id, min(tier) as tier, min(score) as score from hits group by id order by tier, score, id desc limit :limit
)
select articles.id, best.tier, best.score, articles.title, articles.site, articles.province,
       articles.published_at, articles.canonical_url
  from best join articles on articles.id = best.id
 order by best.tier, best.score, articles.published_at desc
"""


RANKED_SQL = ranked_sql()


def _ts(words: list[str]) -> str:
    return "(" + " <-> ".join(f"'{w}'" for w in words) + ")"


def tsqueries(text: str) -> dict[str, str]:
    """The PostgreSQL ``tsquery`` text of each tier and of the exclusions (see ``match_expression``);
    empty when the query has nothing to find. Every term is a ``\\w+`` word in quotes: no tsquery syntax
    of the user's reaches the server."""
    q = parse_query(text)
    if q.empty:
        return {}
    out: dict[str, str] = {}
    for tier in TIERS:
        norm = fold if tier.startswith("folded") else (lambda w: w)
        words = [norm(w) for w in q.words]
        parts = [_ts(words)] if tier.endswith("phrase") and len(words) > 1 else [_ts([w]) for w in words]
        parts += [_ts([norm(w) for w in p]) for p in q.phrases]
        out[tier] = " & ".join(parts)
    out["excluded"] = " | ".join(_ts([fold(w) for w in ex]) for ex in q.excluded) or "'vnnews0nothing0excluded'"
    return out


PG_RANKED_SQL = """
SELECT id,
       CASE WHEN search_exact @@ to_tsquery('simple', %(exact_phrase)s) THEN 0
            WHEN search_exact @@ to_tsquery('simple', %(exact)s) THEN 1
            WHEN search_folded @@ to_tsquery('simple', %(folded_phrase)s) THEN 2 ELSE 3 END AS tier,
       ts_rank('{0.1, 0.0, 0.3, 1.0}', search_folded, to_tsquery('simple', %(folded)s)) AS score
  FROM articles
 WHERE search_folded @@ to_tsquery('simple', %(folded)s)
   AND NOT search_folded @@ to_tsquery('simple', %(excluded)s)
 ORDER BY tier, score DESC, published_at DESC NULLS LAST
 LIMIT %(limit)s
"""
