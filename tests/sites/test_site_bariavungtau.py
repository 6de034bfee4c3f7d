"""The declaration crawler/sites/bariavungtau.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site bariavungtau`)."""

from crawler.testing import check_site


def test_bariavungtau_declaration_and_pages() -> None:
    check_site("bariavungtau")
