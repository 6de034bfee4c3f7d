"""The declaration crawler/sites/baocaobang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baocaobang`)."""

from crawler.testing import check_site


def test_baocaobang_declaration_and_pages() -> None:
    check_site("baocaobang")
