"""The declaration crawler/sites/baocantho.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baocantho`)."""

from crawler.testing import check_site


def test_baocantho_declaration_and_pages() -> None:
    check_site("baocantho")
