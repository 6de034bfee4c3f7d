"""The declaration crawler/sites/baodongnai.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baodongnai`)."""

from crawler.testing import check_site


def test_baodongnai_declaration_and_pages() -> None:
    check_site("baodongnai")
