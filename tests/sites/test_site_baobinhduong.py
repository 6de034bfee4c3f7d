"""The declaration crawler/sites/baobinhduong.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baobinhduong`)."""

from crawler.testing import check_site


def test_baobinhduong_declaration_and_pages() -> None:
    check_site("baobinhduong")
