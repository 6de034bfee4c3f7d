"""The declaration crawler/sites/baodaklak.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baodaklak`)."""

from crawler.testing import check_site


def test_baodaklak_declaration_and_pages() -> None:
    check_site("baodaklak")
