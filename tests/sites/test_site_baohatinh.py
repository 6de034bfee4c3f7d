"""The declaration crawler/sites/baohatinh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baohatinh`)."""

from crawler.testing import check_site


def test_baohatinh_declaration_and_pages() -> None:
    check_site("baohatinh")
