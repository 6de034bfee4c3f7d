"""Datasette plugin of `crawler browse` (loaded with ``--plugins-dir``): the ranked search.

- ``vn_match(q, tier)``: ``crawler.search.match_expression`` as an SQL function, for the canned query
  ``search`` (``crawler.search.RANKED_SQL``);
- the search box of the articles table and of the ``news`` view sends the reader to that ranked search
  (Datasette's own table search keeps the table's order, newest first, not the best match first). The
  JSON API (``….json?_search=``) is left as Datasette serves it;
- the articles table opens without ``body_html`` and ``url`` (the sanitised HTML and a second address
  of each row): ``?_col=``/``?_nocol=`` still choose the columns.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl

SEARCHED = ("articles", "news")


async def _redirect(send: Any, location: str) -> None:
    await send({"type": "http.response.start", "status": 302,
                "headers": [(b"location", location.encode("utf-8")), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


@hookimpl
def prepare_connection(conn: Any) -> None:
    from crawler.search import match_expression

    conn.create_function("vn_match", 2, match_expression, deterministic=True)


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def ranked_search(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                parts = scope.get("path", "").strip("/").split("/")
                if len(parts) == 2 and parts[1] in SEARCHED:
                    query = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
                    search = (query.get("_search") or [""])[0].strip()
                    if search:
                        return await _redirect(send, f"/{parts[0]}/search?" + urlencode({"q": search}))
                    if parts[1] == "articles" and not {"_col", "_nocol"} & set(query):
                        pairs = [(k, v) for k, vs in query.items() for v in vs]
                        pairs += [("_nocol", "body_html"), ("_nocol", "url")]
                        return await _redirect(send, f"/{parts[0]}/articles?" + urlencode(pairs))
            await app(scope, receive, send)

        return ranked_search

    return wrap
