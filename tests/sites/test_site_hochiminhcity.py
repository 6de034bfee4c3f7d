"""The declaration crawler/sites/hochiminhcity.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site hochiminhcity`)."""

from crawler.testing import check_site


def test_hochiminhcity_declaration_and_pages() -> None:
    check_site("hochiminhcity")
