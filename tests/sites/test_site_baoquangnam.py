"""The declaration crawler/sites/baoquangnam.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoquangnam`)."""

from crawler.testing import check_site


def test_baoquangnam_declaration_and_pages() -> None:
    check_site("baoquangnam")
