"""The declaration crawler/sites/sggp.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site sggp`)."""

from crawler.testing import check_site


def test_sggp_declaration_and_pages() -> None:
    check_site("sggp")
