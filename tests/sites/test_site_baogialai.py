"""The declaration crawler/sites/baogialai.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baogialai`)."""

from crawler.testing import check_site


def test_baogialai_declaration_and_pages() -> None:
    check_site("baogialai")
