"""Spiders navigate (listings, pagination, feeds, sitemaps) and hand article pages to the parsers.

One spider per declared site, generated from the registry in ``crawler.spiders.sites``.
"""
