"""The declaration crawler/sites/baoquangtri.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoquangtri`)."""

from crawler.testing import check_site


def test_baoquangtri_declaration_and_pages() -> None:
    check_site("baoquangtri")
