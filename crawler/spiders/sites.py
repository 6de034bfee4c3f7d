"""One spider class per declared site (``scrapy list`` shows them; ``scrapy crawl NAME`` runs one)."""

from __future__ import annotations

from ..sites import all_sites
from .base import SiteSpider


def _spider_class(site):  # type: ignore[no-untyped-def]
    name = "".join(part.capitalize() for part in site.name.split("_")) + "Spider"
    return type(name, (SiteSpider,), {"name": site.name, "site": site, "__module__": __name__,
                                      "allowed_domains": list(site.domains)})


for _site in all_sites():
    _cls = _spider_class(_site)
    globals()[_cls.__name__] = _cls
del _site, _cls
