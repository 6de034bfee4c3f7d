"""The declaration crawler/sites/baophutho.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baophutho`)."""

from crawler.testing import check_site


def test_baophutho_declaration_and_pages() -> None:
    check_site("baophutho")
