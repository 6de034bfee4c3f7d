"""The declaration crawler/sites/baotayninh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baotayninh`)."""

from crawler.testing import check_site


def test_baotayninh_declaration_and_pages() -> None:
    check_site("baotayninh")
