"""The declaration crawler/sites/baocamau.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baocamau`)."""

from crawler.testing import check_site


def test_baocamau_declaration_and_pages() -> None:
    check_site("baocamau")
