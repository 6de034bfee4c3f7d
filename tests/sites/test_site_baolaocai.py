"""The declaration crawler/sites/baolaocai.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baolaocai`)."""

from crawler.testing import check_site


def test_baolaocai_declaration_and_pages() -> None:
    check_site("baolaocai")
