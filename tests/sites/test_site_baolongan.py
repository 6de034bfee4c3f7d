"""The declaration crawler/sites/baolongan.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baolongan`)."""

from crawler.testing import check_site


def test_baolongan_declaration_and_pages() -> None:
    check_site("baolongan")
