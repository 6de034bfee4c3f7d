"""The declaration crawler/sites/baoquangbinh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoquangbinh`)."""

from crawler.testing import check_site


def test_baoquangbinh_declaration_and_pages() -> None:
    check_site("baoquangbinh")
