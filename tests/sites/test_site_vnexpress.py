"""The declaration crawler/sites/vnexpress.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site vnexpress`)."""

from crawler.testing import check_site


def test_vnexpress_declaration_and_pages() -> None:
    check_site("vnexpress")
