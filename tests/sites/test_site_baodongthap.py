"""The declaration crawler/sites/baodongthap.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baodongthap`)."""

from crawler.testing import check_site


def test_baodongthap_declaration_and_pages() -> None:
    check_site("baodongthap")
