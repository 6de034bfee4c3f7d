"""The declaration crawler/sites/baoquangngai.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoquangngai`)."""

from crawler.testing import check_site


def test_baoquangngai_declaration_and_pages() -> None:
    check_site("baoquangngai")
