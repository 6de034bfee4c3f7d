"""The declaration crawler/sites/vinhlong.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site vinhlong`)."""

from crawler.testing import check_site


def test_vinhlong_declaration_and_pages() -> None:
    check_site("vinhlong")
