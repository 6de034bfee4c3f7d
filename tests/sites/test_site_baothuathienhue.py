"""The declaration crawler/sites/baothuathienhue.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baothuathienhue`)."""

from crawler.testing import check_site


def test_baothuathienhue_declaration_and_pages() -> None:
    check_site("baothuathienhue")
