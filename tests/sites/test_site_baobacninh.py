"""The declaration crawler/sites/baobacninh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baobacninh`)."""

from crawler.testing import check_site


def test_baobacninh_declaration_and_pages() -> None:
    check_site("baobacninh")
