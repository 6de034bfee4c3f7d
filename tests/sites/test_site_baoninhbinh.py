"""The declaration crawler/sites/baoninhbinh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoninhbinh`)."""

from crawler.testing import check_site


def test_baoninhbinh_declaration_and_pages() -> None:
    check_site("baoninhbinh")
