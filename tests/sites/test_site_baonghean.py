"""The declaration crawler/sites/baonghean.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baonghean`)."""

from crawler.testing import check_site


def test_baonghean_declaration_and_pages() -> None:
    check_site("baonghean")
