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

Each hit ranks by its best tier, then by where it matches, the title weighing most (10), then the lead
(3), then the body, then the latest stored first. Each tier looks at the latest ``WINDOW`` (5,000)
articles that match it (a phrase tier: among the latest that have all its words), so that a common
word's search costs the same in a store of a year as in one of a week; a rare word is found however
old. ``crawler search`` and Datasette's ranked search (``crawler.browse``) run the same SQL
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

__all__ = ["PG_RANKED_SQL", "Query", "RANKED_SQL", "TIERS", "WINDOW", "match_expression", "ranked_sql", "parse_query",
           "tsqueries"]

TITLE_WEIGHT, SAPO_WEIGHT = 10, 3  # a match in the title, in the lead (SQLite's ranked search)
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
    tier, _, column = tier.partition(":")
    if column:  # the tier's matches in one column ("exact:title")
        return "{" + column + "} : (" + match_expression(text, tier) + ")"
    if tier in ("exact", "folded") and len(q.words) < 2:
        return NOTHING  # the same expression as the phrase tier before it: matched there already
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


def _tier(n: int, table: str, tier: str, window: int, within: int | None = None) -> str:
    """Tier ``n``'s latest ``window`` matches (``within``: among the rows of tier ``within``'s window),
    and those of them that match in the title, in the lead."""
    def since_window(column: str) -> str:
        return (f"w{n}{column[0]} as (select rowid as id from {table} where {table} match vn_match(:q, '{tier}:{column}')"
                f" and rowid >= (select min(id) from w{n}))")

    bound = f" and rowid >= coalesce((select min(id) from w{within}), 0)" if within is not None else ""
    return (f"w{n} as (select rowid as id from {table} where {table} match vn_match(:q, '{tier}'){bound}"
            f" order by rowid desc limit {int(window)}),\n"
            f"  {since_window('title')},\n  {since_window('sapo')}")


def _weighed(n: int) -> str:
    return (f"select id, {n * 100} - (case when id in w{n}t then {TITLE_WEIGHT} else 0 end)"
            f" - (case when id in w{n}s then {SAPO_WEIGHT} else 0 end) as rank from w{n}")


# The ranked search: the best tier of each article, then where it matches (title, lead, body), then the
# latest stored. Parameters :q (the query as typed) and :limit; vn_match(:q, tier) is
# match_expression, as an SQL function. Each tier takes its latest WINDOW matches, and which of them
# match in the title and in the lead (the same expression in one column, over the window's range of rows
# only); a phrase tier looks among the rows of its words tier's window (the words together among the
# latest articles that have them all; a quoted phrase is in every tier, and is looked for everywhere);
# the articles with an excluded word are left out; the best :limit are then read from the articles table
# (ties: the latest stored first, in the cut and in the order alike). No step reads more than a window's
# range of rows of a common word: bm25 would (its weights count every article that has the word).
def ranked_sql(window: int = WINDOW) -> str:
    """``RANKED_SQL`` with another window (tests)."""
    tiers = ",\n  ".join((
        _tier(1, "articles_fts_exact", "exact", window), _tier(0, "articles_fts_exact", "exact_phrase", window, 1),
        _tier(3, "articles_fts", "folded", window), _tier(2, "articles_fts", "folded_phrase", window, 3)))
    return f"""
with {tiers},
hits as (
  {" union all ".join(_weighed(n) for n in range(4))}
), excluded as (
  select rowid from articles_fts where articles_fts match vn_match(:q, 'excluded')
   and rowid >= (select min(id) from hits)
), best as (
  select id, min(rank) as rank from hits where id not in excluded group by id order by rank, id desc limit :limit
)
select articles.id, (best.rank + 50) / 100 as tier, best.rank, articles.title, articles.site, articles.province,
       articles.published_at, articles.canonical_url
  from best join articles on articles.id = best.id
 order by best.rank, best.id desc
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
