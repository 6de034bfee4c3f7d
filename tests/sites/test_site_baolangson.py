"""The declaration crawler/sites/baolangson.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baolangson`)."""

from crawler.testing import check_site


def test_baolangson_declaration_and_pages() -> None:
    check_site("baolangson")
