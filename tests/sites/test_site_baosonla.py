"""The declaration crawler/sites/baosonla.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baosonla`)."""

from crawler.testing import check_site


def test_baosonla_declaration_and_pages() -> None:
    check_site("baosonla")
