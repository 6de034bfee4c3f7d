"""The declaration crawler/sites/quangninh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site quangninh`)."""

from crawler.testing import check_site


def test_quangninh_declaration_and_pages() -> None:
    check_site("quangninh")
