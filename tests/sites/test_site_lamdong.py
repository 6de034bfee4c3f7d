"""The declaration crawler/sites/lamdong.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site lamdong`)."""

from crawler.testing import check_site


def test_lamdong_declaration_and_pages() -> None:
    check_site("lamdong")
