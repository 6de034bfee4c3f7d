"""The declaration crawler/sites/baodongkhoi.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baodongkhoi`)."""

from crawler.testing import check_site


def test_baodongkhoi_declaration_and_pages() -> None:
    check_site("baodongkhoi")
