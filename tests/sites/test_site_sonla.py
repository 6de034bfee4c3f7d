"""The declaration crawler/sites/sonla.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site sonla`)."""

from crawler.testing import check_site


def test_sonla_declaration_and_pages() -> None:
    check_site("sonla")
