"""The declaration crawler/sites/baohungyen.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baohungyen`)."""

from crawler.testing import check_site


def test_baohungyen_declaration_and_pages() -> None:
    check_site("baohungyen")
