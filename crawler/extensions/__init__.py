"""Scrapy extensions (enabled in settings.EXTENSIONS)."""
