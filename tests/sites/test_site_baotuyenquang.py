"""The declaration crawler/sites/baotuyenquang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baotuyenquang`)."""

from crawler.testing import check_site


def test_baotuyenquang_declaration_and_pages() -> None:
    check_site("baotuyenquang")
