"""The declaration crawler/sites/baoquangninh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoquangninh`)."""

from crawler.testing import check_site


def test_baoquangninh_declaration_and_pages() -> None:
    check_site("baoquangninh")
