"""Vietnamese text rules: normalisation, bylines, sources, image credits."""

from __future__ import annotations

import unicodedata

import pytest

from crawler.text import clean, clean_multiline, is_outlet, parse_byline, split_credit, split_names


def test_clean_nfc_and_spaces() -> None:
    nfd = unicodedata.normalize("NFD", "Cai Lậy")
    assert clean(f"  {nfd}\u00a0 thị\u200bxã\t\n") == "Cai Lậy thịxã"
    assert clean("a&nbsp;b") == "a b"
    assert clean(None) == ""


def test_clean_multiline_joins_paragraphs_with_one_blank_line() -> None:
    assert clean_multiline("a\n\n\n b \nc") == "a\n\nb\n\nc"


@pytest.mark.parametrize(
    ("text", "styled", "authors", "source"),
    [
        ("Tin, ảnh: P.Y", False, ["P.Y"], None),
        ("Bài và ảnh: Nguyễn Văn An - Trần Thị Bình", False, ["Nguyễn Văn An", "Trần Thị Bình"], None),
        ("Bài, ảnh: Hoàng Anh, Minh Thư", False, ["Hoàng Anh", "Minh Thư"], None),
        ("Nhóm PV", False, ["Nhóm PV"], None),
        ("Theo TTXVN", False, [], "TTXVN"),
        ("(Theo VOV)", False, [], "VOV"),
        ("Nguồn: Báo Nhân Dân", False, [], "Báo Nhân Dân"),
        ("Theo Cổng TTĐT Tiền Giang", True, [], "Cổng TTĐT Tiền Giang"),
        ("MAI PHƯƠNG", True, ["Mai Phương"], None),
        ("Lê Phương", True, ["Lê Phương"], None),
        # a person after "Theo" is an author, never a source
        ("Theo Minh Anh", False, ["Minh Anh"], None),
        # a bare name that is not set apart is not a byline
        ("Lê Phương", False, [], None),
        # body sentences are not bylines
        ("Theo bác sĩ Hồng, lymphoma đường ruột là u lympho ác tính.", True, [], None),
        ("Đại biểu tham dự.", True, [], None),
        ("Hội nghị diễn ra trong hai ngày.", True, [], None),
    ],
)
def test_parse_byline(text: str, styled: bool, authors: list[str], source: str | None) -> None:
    found = parse_byline(text, styled=styled)
    assert found.authors == authors
    assert found.source == source


def test_outlets_are_never_authors() -> None:
    assert is_outlet("VnExpress")
    assert is_outlet("Báo Lào Cai điện tử")
    assert is_outlet("baocantho.com.vn")
    assert not is_outlet("Mai Phương")
    found = parse_byline("Bài, ảnh: Minh Thư - TTXVN")
    assert found.authors == ["Minh Thư"] and found.source == "TTXVN"
    # a site's domain of any country, but not a reporter's initials
    assert is_outlet("Lrt.lt") and is_outlet("sportschau.de") and is_outlet("ndr.de")
    assert not is_outlet("Th.Hà") and not is_outlet("P.Y")
    # a surname set in capitals after the given name is no acronym; an agency's is
    assert not is_outlet("Bill MCCARTHY") and not is_outlet("André Oliver KLEIN")
    # capitals whose first word has no vowel start with an acronym ("MDR THÜRINGEN"); a name has vowels
    assert is_outlet("MDR THÜRINGEN") and not is_outlet("MAI PHƯƠNG") and not is_outlet("NGÔ HÀ")
    assert is_outlet("Minh Thư TTXVN") and is_outlet("Sở GTVT") and is_outlet("Quang Huy UBND")


def test_a_label_is_no_name() -> None:
    from crawler.text import byline_names

    assert byline_names("Stand:") == []
    assert byline_names("Autorin/Autor") == []
    assert byline_names("David Straub") == ["David Straub"]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp", ("Y bác sĩ nội soi cho bệnh nhân.", "Bệnh viện cung cấp")),
        ("Đại biểu tham dự. (Ảnh: Mai Phương)", ("Đại biểu tham dự.", "Mai Phương")),
        ("Quang cảnh hội nghị - Ảnh: T.L", ("Quang cảnh hội nghị", "T.L")),
        ("Đại biểu tham dự.", ("Đại biểu tham dự.", None)),
    ],
)
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


def test_split_names() -> None:
    assert split_names("Hoàng Anh và Minh Thư") == ["Hoàng Anh", "Minh Thư"]
    assert split_names("VĂN HÀO - TRẦN HỮU") == ["Văn Hào", "Trần Hữu"]


def test_a_job_title_after_the_name_is_no_author() -> None:
    from crawler.text import byline_names

    assert byline_names("Opinion Columnist") == []
    assert byline_names("Jamelle Bouie, Opinion Columnist") == ["Jamelle Bouie"]


def test_names_in_scripts_without_capitals() -> None:
    from crawler.text import byline_names

    assert byline_names("신현주 기자") == ["신현주"]  # "기자": reporter
    assert byline_names("松岡大地") == ["松岡大地"]
    assert byline_names("mai phương") == []  # a Latin name is written with capitals
    # but not a label, a department or a list of interests, nor a paper ("일보", "新聞": daily, newspaper)
    assert byline_names("この記事を書いた人") == [] and byline_names("東京社会部") == []
    assert byline_names("한국일보") == [] and byline_names("朝日新聞") == []
