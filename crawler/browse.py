"""`crawler browse`: the store in Datasette, with its tables and columns described and search on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .fileio import atomic_write

__all__ = ["metadata", "write_metadata"]

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


def metadata(title: str = "Vietnamese provincial news") -> dict[str, Any]:
    hidden = {name: {"hidden": True} for name in (
        "articles_fts", "articles_fts_config", "articles_fts_content", "articles_fts_data", "articles_fts_docsize",
        "articles_fts_idx", "article_signatures", "site_runs",
    )}
    return {
        "title": title,
        "description": "Articles crawled from Vietnamese provincial portals. Search ignores diacritics and case "
                       "(\"cai lay\" finds \"Cai Lậy\").",
        "databases": {
            "articles": {
                "tables": {
                    "articles": {
                        "description": "One row per article (upsert by canonical URL).",
                        "sort_desc": "published_at",
                        "facets": ["site", "province", "extraction"],
                        "fts_table": "articles_fts",
                        "fts_pk": "id",
                        "searchmode": "raw",
                        "columns": COLUMNS,
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
    }


def write_metadata(path: str | Path) -> Path:
    path = Path(path)
    atomic_write(path, json.dumps(metadata(), ensure_ascii=False, indent=2) + "\n")
    return path
