"""`crawler browse`: the store in Datasette, made for reading.

- the view ``news``: one short row per article (no ``body_html``, one address, the body cut short by
  Datasette's ``truncate_cells_html``), faceted by site, province, month and author, newest first;
- search: the box of ``articles`` and ``news`` leads to the ranked canned query ``search`` (the same
  ranking as ``crawler search``, see ``crawler.search``; the plugin ``crawler/datasette_plugins``);
- canned queries for what analysts ask: today's articles per province, stories republished across
  outlets with their first source, sites with no new article for N days;
- a dashboard (datasette-dashboards, Vega-Lite charts): articles per province per day, per site per
  week, who republishes whom.

The columns are described once, in the table's description, not one line each above the rows.
"""

from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path
from typing import Any

from .fileio import atomic_write
from .search import RANKED_SQL

__all__ = ["COLUMNS", "PLUGINS_DIR", "ensure_views", "metadata", "write_metadata"]

PLUGINS_DIR = Path(__file__).resolve().parent / "datasette_plugins"

COLUMNS = {
    "canonical_url": "the article's canonical address (its identity in the store)",
    "url": "the address it was fetched from",
    "site": "the declared site (crawler sites lists them); empty for undeclared domains",
    "province": "the site's current province (after the 1 July 2025 merger)",
    "title": "headline", "sapo": "the lead", "body": "plain text, paragraphs separated by a blank line",
    "body_html": "the body as sanitised HTML",
    "authors": "JSON list of people", "source": "the outlet the article is taken from (\"Theo TTXVN\")",
    "published_at": "ISO 8601, +07:00", "modified_at": "ISO 8601, +07:00",
    "published_raw": "the date string as printed on the page",
    "event_date": "the day the reported event happened, from the opening sentence",
    "tags": "JSON list", "category": "JSON list, breadcrumb top first",
    "images": "JSON list of {url, caption, credit}", "attachments": "JSON list of {url, title}",
    "language": "language code", "fetched_at": "when it was fetched", "content_hash": "sha256 of title, sapo, body",
    "extraction": "the parser that read it: a CMS family, \"<family> (fingerprint)\" or generic",
    "version": "1, then +1 each time the text changed (older texts in revisions)",
    "first_seen_at": "first stored", "last_seen_at": "last met by a crawl",
    "places": "JSON: provinces and localities the text names (current provinces)",
    "cluster_id": "the story: canonical_url of the earliest article republished as this one",
}

# The readable view: what a person looks at first.
NEWS_VIEW = """
CREATE VIEW IF NOT EXISTS news AS
SELECT id, published_at, title, sapo, site, province, authors, canonical_url,
       substr(published_at, 1, 7) AS month
  FROM articles
"""

QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search (best match first)",
        "description": "Words anywhere, articles where they stand together first; \"a phrase\" for the words "
                       "next to each other; -word to leave a word out. Diacritics and case are ignored, and "
                       "matches spelled as you typed come first.",
        "sql": RANKED_SQL.replace(":limit", "100"),
    },
    "today_per_province": {
        "title": "Today's articles per province",
        "description": "Articles published on a day (today in Vietnam unless a day YYYY-MM-DD is given), per "
                       "province of their site.",
        "sql": "SELECT coalesce(province, '(national)') AS province, count(*) AS articles,\n"
               "       group_concat(DISTINCT site) AS sites\n"
               "  FROM articles\n"
               " WHERE substr(published_at, 1, 10) = coalesce(nullif(:day, ''), date('now', '+7 hours'))\n"
               " GROUP BY 1 ORDER BY articles DESC",
    },
    "republished": {
        "title": "Stories republished across outlets",
        "description": "Stories that more than one outlet published, with the first source (the earliest "
                       "article: cluster_id) and the outlets that took it.",
        "sql": "SELECT cluster_id AS first_source,\n"
               "       (SELECT site FROM articles f WHERE f.canonical_url = a.cluster_id) AS first_outlet,\n"
               "       min(published_at) AS first_published, count(*) AS articles,\n"
               "       count(DISTINCT site) AS outlets, group_concat(DISTINCT site) AS sites\n"
               "  FROM articles a WHERE cluster_id IS NOT NULL\n"
               " GROUP BY cluster_id HAVING count(DISTINCT site) > 1\n"
               " ORDER BY articles DESC, first_published DESC",
    },
    "quiet_sites": {
        "title": "Sites gone quiet",
        "description": "Sites that published no article for N days (3 unless given): the last article "
                       "published and the last one stored (a site that publishes but is no longer stored shows "
                       "here too: check the crawl's report).",
        "sql": "SELECT site, province, max(published_at) AS last_published, max(first_seen_at) AS last_stored,\n"
               "       count(*) AS articles\n"
               "  FROM articles WHERE site IS NOT NULL GROUP BY site, province\n"
               "HAVING coalesce(max(published_at), '') < replace(datetime('now', '+7 hours',\n"
               "       '-' || coalesce(nullif(:days, ''), '3') || ' days'), ' ', 'T')\n"
               " ORDER BY last_published",
    },
}


def _dashboard(db: str) -> dict[str, Any]:
    def chart(title: str, sql: str, display: dict[str, Any]) -> dict[str, Any]:
        return {"title": title, "db": db, "query": sql, "library": "vega-lite", "display": display}

    tooltip = {"mark": {"type": "bar", "tooltip": True}}
    return {
        "news": {
            "title": "Tin tức các tỉnh: coverage at a glance",
            "description": "Articles per province per day, per site per week, and who republishes whom.",
            "layout": [["per-province-day", "per-province-day"], ["per-site-week", "republication"]],
            "charts": {
                "per-province-day": chart(
                    "Articles per province per day",
                    "SELECT substr(published_at, 1, 10) AS day, coalesce(province, '(national)') AS province, "
                    "count(*) AS articles FROM articles WHERE published_at IS NOT NULL "
                    "GROUP BY 1, 2 ORDER BY 1 DESC LIMIT 2000",
                    {**tooltip, "encoding": {
                        "x": {"field": "day", "type": "ordinal", "title": "day"},
                        "y": {"field": "articles", "type": "quantitative", "aggregate": "sum"},
                        "color": {"field": "province", "type": "nominal"}}}),
                "per-site-week": chart(
                    "Articles per site per week",
                    "SELECT strftime('%Y-W%W', substr(published_at, 1, 10)) AS week, site, count(*) AS articles "
                    "FROM articles WHERE published_at IS NOT NULL AND site IS NOT NULL "
                    "GROUP BY 1, 2 ORDER BY 1 DESC LIMIT 2000",
                    {**tooltip, "encoding": {
                        "x": {"field": "week", "type": "ordinal"},
                        "y": {"field": "articles", "type": "quantitative", "aggregate": "sum"},
                        "color": {"field": "site", "type": "nominal"}}}),
                "republication": chart(
                    "Who republishes whom (first outlet → republishing outlet)",
                    "SELECT f.site AS first_outlet, a.site AS republished_by, count(*) AS articles "
                    "FROM articles a JOIN articles f ON f.canonical_url = a.cluster_id "
                    "WHERE a.cluster_id IS NOT NULL AND a.canonical_url != a.cluster_id GROUP BY 1, 2",
                    {"mark": {"type": "rect", "tooltip": True}, "encoding": {
                        "x": {"field": "republished_by", "type": "nominal"},
                        "y": {"field": "first_outlet", "type": "nominal"},
                        "color": {"field": "articles", "type": "quantitative"}}}),
            },
        },
    }


def _columns_html() -> str:
    rows = "".join(f"<li><code>{html.escape(k)}</code>: {html.escape(v)}</li>" for k, v in COLUMNS.items())
    return f"<details><summary>What each column holds</summary><ul>{rows}</ul></details>"


def metadata(db: str = "articles", title: str = "Vietnamese provincial news") -> dict[str, Any]:
    hidden = {name: {"hidden": True} for name in (
        "articles_fts", "articles_fts_config", "articles_fts_content", "articles_fts_data", "articles_fts_docsize",
        "articles_fts_idx", "articles_fts_exact", "articles_fts_exact_config", "articles_fts_exact_content",
        "articles_fts_exact_data", "articles_fts_exact_docsize", "articles_fts_exact_idx", "article_signatures",
        "site_runs", "frontier", "article_urls",
    )}
    search = {"fts_table": "articles_fts", "fts_pk": "id", "searchmode": "raw"}
    return {
        "title": title,
        "description_html": "Articles crawled from Vietnamese provincial portals. Start with "
                            f"<a href=\"/{db}/news\">news</a> or the <a href=\"/-/dashboards/news\">dashboard</a>. "
                            "Search ignores diacritics and case (\"cai lay\" finds \"Cai Lậy\"), best match first.",
        "databases": {
            db: {
                "queries": QUERIES,
                "tables": {
                    "news": {
                        "description_html": "One short row per article, newest first (the full text is in "
                                            "<a href=\"articles\">articles</a>). " + _columns_html(),
                        "sort_desc": "published_at",
                        "facets": ["site", "province", "month", {"array": "authors"}],
                        "label_column": "title",
                        **search,
                    },
                    "articles": {
                        "description_html": "One row per article (upsert by canonical URL). " + _columns_html(),
                        "sort_desc": "published_at",
                        "facets": ["site", "province", "extraction"],
                        **search,
                    },
                    "revisions": {"description": "Earlier texts of articles that changed (one row per older version)."},
                    "failures": {"description": "Article pages that could not be stored: reason, attempts, next retry."},
                    "runs": {"description": "Crawl reports, one per run."},
                    "article_provinces": {"description": "The provinces each article is about (its site's and the "
                                                         "places its text names)."},
                    **hidden,
                },
            },
        },
        "plugins": {"datasette-dashboards": _dashboard(db)},
    }


def ensure_views(db_path: str | Path) -> None:
    """The readable views Datasette shows (made once; the store itself never reads them)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(NEWS_VIEW)


def write_metadata(path: str | Path, db: str = "articles") -> Path:
    path = Path(path)
    atomic_write(path, json.dumps(metadata(db), ensure_ascii=False, indent=2) + "\n")
    return path
