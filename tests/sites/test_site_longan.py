"""The declaration crawler/sites/longan.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site longan`)."""

from crawler.testing import check_site


def test_longan_declaration_and_pages() -> None:
    check_site("longan")
