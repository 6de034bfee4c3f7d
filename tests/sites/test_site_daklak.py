"""The declaration crawler/sites/daklak.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site daklak`)."""

from crawler.testing import check_site


def test_daklak_declaration_and_pages() -> None:
    check_site("daklak")
