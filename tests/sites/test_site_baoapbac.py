"""The declaration crawler/sites/baoapbac.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoapbac`)."""

from crawler.testing import check_site


def test_baoapbac_declaration_and_pages() -> None:
    check_site("baoapbac")
