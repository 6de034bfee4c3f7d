"""The declaration crawler/sites/baovinhlong.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baovinhlong`)."""

from crawler.testing import check_site


def test_baovinhlong_declaration_and_pages() -> None:
    check_site("baovinhlong")
