"""The declaration crawler/sites/baohaugiang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baohaugiang`)."""

from crawler.testing import check_site


def test_baohaugiang_declaration_and_pages() -> None:
    check_site("baohaugiang")
