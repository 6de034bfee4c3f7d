"""Tests for crawler.dates: the shared corpus (tests/data/vi_dates.tsv) plus targeted cases."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crawler import dates
from crawler.dates import VN_TZ, ParsedDate, find_event_date, parse_date, parse_date_info, to_iso

TSV = Path(__file__).parent / "data" / "vi_dates.tsv"
#: the corpus's reference time (a Friday)
REF = datetime(2023, 12, 8, 15, 0, tzinfo=VN_TZ)
SEVEN = timedelta(hours=7)


def _load_rows() -> list[tuple[int, str, str, str]]:
    with TSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    assert rows[0] == ["input", "expected_iso", "source_or_note"]
    return [(i, *row) for i, row in enumerate(rows[1:], start=2)]


ROWS = _load_rows()


def _row_id(row: tuple[int, str, str, str]) -> str:
    line, text, _expected, note = row
    family = note[1 : note.index("]")] if note.startswith("[") else "row"
    shown = unicodedata.normalize("NFC", text)
    shown = re.sub(r"\s+", " ", shown).strip() or "<empty>"
    return f"L{line:03d}-{family}-{shown[:40]}"


def _check(result: ParsedDate | None, expected: str) -> None:
    if expected == "NONE":
        assert result is None, f"expected no date, got {result}"
        return
    assert result is not None, "expected a date, got None"
    assert isinstance(result.value, datetime)
    assert result.value.utcoffset() == SEVEN
    if re.fullmatch(r"\d{4}-\d\d-\d\d", expected):
        assert result.value.date().isoformat() == expected
        assert result.has_time is False
        assert result.value.time() == datetime.min.time()
    else:
        want = datetime.fromisoformat(expected)
        assert result.value == want, f"{to_iso(result.value)} != {expected}"
        assert result.has_time is True


def test_corpus_is_complete() -> None:
    assert len(ROWS) == 149
    assert all(len(row) == 4 for row in ROWS)
    # CSV quoting is honoured (the note with doubled quotes is one field)
    assert any(note.startswith("[num_datetime] docbao \"%H:%M'") for *_, note in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_corpus_row(row: tuple[int, str, str, str]) -> None:
    _line, text, expected, _note = row
    _check(parse_date_info(text, REF), expected)


def test_corpus_on_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every corpus row is answered by the fast or relative path: dateparser is never even asked."""
    reached: list[str] = []
    current = ""

    def spy(base: datetime | None) -> object:
        reached.append(current)
        raise RuntimeError("dateparser must not be needed for the corpus")

    monkeypatch.setattr(dates, "_dateparser_for", spy)
    methods: dict[str, int] = {}
    for _line, text, expected, _note in ROWS:
        current = text
        result = parse_date_info(text, REF)
        _check(result, expected)
        if result is not None:
            methods[result.method] = methods.get(result.method, 0) + 1
    assert reached == [], f"rows that fell back to dateparser: {reached}"
    assert set(methods) == {"fast", "relative"}
    assert methods["fast"] > methods["relative"] > 0


def test_parse_date_is_the_value() -> None:
    for _line, text, _expected, _note in ROWS:
        info = parse_date_info(text, REF)
        assert parse_date(text, REF) == (info.value if info else None)


# --- negatives ----------------------------------------------------------------------------------

NEGATIVES = [
    None,
    "",
    "   ",
    "Chia sẻ",
    "Tin liên quan",
    "Bình luận (5)",
    "Hotline: 0912 345 678",
    "Quyết định số 1736/QĐ-TTg",
    "Số 12/2023/NĐ-CP",
    "Lượt xem: 7370",
    "Nghị định 100/2019",
    "Luật 12/2023",
    "12/2023",
    "0912345678",
    "0912.345.678",
    "091-234-5678",
    "(028) 3829 1234",
    "ĐT: 0283.829.1234",
    "7370",
    "12345",
    "2023",
    "năm 2023",
    "Tháng Mười Hai",
    "Thứ Hai",
    "Trang 1/5",
    "Tỷ lệ 1/3",
    "Tỷ số 2:10",
    "Giá 12.500 đồng",
    "Tăng 3-5%",
    "từ 8 - 10 giờ",
    "Trong 3 ngày qua",
    "3 tháng",
    "2 tiếng",
    "3 ngày",
    "12 th",
    "Mai Anh",
    "31/02/2023",
    "08/12/1985",  # before 1990
    "08/12/2099",  # far future
    "20231308",  # not a YYYYMMDD
    "123456789012",  # neither an epoch nor a date
    "ISBN 978-3-16-148410-0",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=lambda t: repr(t)[:40])
def test_not_a_date(text: str | None) -> None:
    assert parse_date_info(text, REF) is None
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27", "2013-12-05T15:42:27+07:00"),
        ("08/12/2023 14:30 - Lượt xem: 1234", "2023-12-08T14:30:00+07:00"),
        ("Tác giả: Nguyễn Văn An | 08/12/2023 14:30", "2023-12-08T14:30:00+07:00"),
        ("Vũ Công 11:04, 10/01/2024", "2024-01-10T11:04:00+07:00"),
        ("04/03/2019 | Tác giả: Cộng tác viên", "2019-03-04"),
        ("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", "2016-04-30T11:39:00+07:00"),
        ("Thứ Tư, 20/12/2023 | 09:00 | Lượt xem: 12", "2023-12-20T09:00:00+07:00"),
        ("Thông báo số 45/TB-UBND ngày 12/12/2023", "2023-12-12"),
    ],
)
def test_noise_around_a_date(text: str, expected: str) -> None:
    _check(parse_date_info(text, datetime(2024, 6, 1, tzinfo=VN_TZ)), expected)


# --- formats beyond the corpus ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekday prefixes and labels
        ("CN, 10/12/2023", "2023-12-10"),
        ("T2, 04/12/2023", "2023-12-04"),
        ("Thứ 2, 06/07/2023, 00:00", "2023-07-06T00:00:00+07:00"),
        ("Thứ Hai, ngày 20/07/2023 - 06:31", "2023-07-20T06:31:00+07:00"),
        ("Đăng lúc: 08/12/2023 14:30", "2023-12-08T14:30:00+07:00"),
        ("Ngay dang: 5/08/2013", "2013-08-05"),
        ("Ngày ban hành: 28/11/2011", "2011-11-28"),
        ("Hà Nội, ngày 28 tháng 11 năm 2011", "2011-11-28"),
        # times
        ("14h30 ngày 8/12/2023", "2023-12-08T14:30:00+07:00"),
        ("14h ngày 8/12/2023", "2023-12-08T14:00:00+07:00"),
        ("14 giờ 30 ngày 8/12/2023", "2023-12-08T14:30:00+07:00"),
        ("8 giờ tối ngày 8/12/2023", "2023-12-08T20:00:00+07:00"),
        ("12:00 AM 08/12/2023", "2023-12-08T00:00:00+07:00"),
        ("12:15 PM 08/12/2023", "2023-12-08T12:15:00+07:00"),
        ("16-07-2023 - 00:01 AM", "2023-07-16T00:01:00+07:00"),
        ("6 Thg 12 2023 - 02:30 CH", "2023-12-06T14:30:00+07:00"),
        ("15/7/2014, 17:45", "2014-07-15T17:45:00+07:00"),
        ("08/12/2023 10:00-12:00", "2023-12-08T10:00:00+07:00"),  # a range, not a -12:00 offset
        # machine formats
        ("2025-12-23T09:02:07.000+07:00", "2025-12-23T09:02:07+07:00"),
        ("2023-12-08T14:30:00.123456Z", "2023-12-08T21:30:00+07:00"),
        ("2025-12-24T09:30:00", "2025-12-24T09:30:00+07:00"),
        ("2023-12-08T10:00:00-05:00", "2023-12-08T22:00:00+07:00"),
        ("Sun, 19 Oct 2025 17:30:00 +0700", "2025-10-19T17:30:00+07:00"),
        ("Fri, 08 Dec 2023 20:30:00 GMT", "2023-12-09T03:30:00+07:00"),
        ("Thứ Tư, 24/12/2025 09:30:00 +07:00", "2025-12-24T09:30:00+07:00"),
        ("Wed, 13/12/2023 14:30 | GMT +7", "2023-12-13T14:30:00+07:00"),
        ("08/12/2023 14:30 GMT+8", "2023-12-08T13:30:00+07:00"),
        ("08/12/2023 14:30 (UTC)", "2023-12-08T21:30:00+07:00"),
        ("/portal/pages/2023-01-30/slug-468686.aspx", "2023-01-30"),
        # words
        ("Tháng 12/2023", "2023-12-01"),
        ("tháng 10.2023", "2023-10-01"),
        ("tháng Năm năm 2023", "2023-05-01"),
        ("Ngày 6/12 năm 2023", "2023-12-06"),
        ("3 Th12, 2023", "2023-12-03"),
        ("Friday, December 8, 2023", "2023-12-08"),
        ("8th December 2023", "2023-12-08"),
        ("ngày 6 tháng 12", "2023-12-06"),
        ("01.02.03", "2003-02-01"),
    ],
)
def test_more_formats(text: str, expected: str) -> None:
    _check(parse_date_info(text, REF), expected)


def test_gmt_sign_is_not_inverted() -> None:
    """dateutil reads "GMT+7" as UTC-7; here it is +07:00."""
    got = parse_date("Thứ sáu, 8/12/2023, 14:30 (GMT+7)", REF)
    assert got == datetime(2023, 12, 8, 14, 30, tzinfo=VN_TZ)
    got = parse_date("08/12/2023 14:30 GMT-5", REF)
    assert got == datetime(2023, 12, 9, 2, 30, tzinfo=VN_TZ)


# --- relative and year-less ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vừa xong", "2023-12-08"),
        ("5 giây trước", "2023-12-08T14:59:55+07:00"),
        ("17 phút trước", "2023-12-08T14:43:00+07:00"),
        ("Cập nhật: 5 phút trước", "2023-12-08T14:55:00+07:00"),
        ("4 giờ trước", "2023-12-08T11:00:00+07:00"),
        ("1 tiếng 20 phút trước", "2023-12-08T13:40:00+07:00"),
        ("2 giờ 30 phút trước", "2023-12-08T12:30:00+07:00"),
        ("cách đây 2 giờ", "2023-12-08T13:00:00+07:00"),
        ("2 ngày trước", "2023-12-06"),
        ("3 tuần trước", "2023-11-17"),
        ("2 tháng trước", "2023-10-08"),
        ("1 năm trước", "2022-12-08"),
        ("2 hours ago", "2023-12-08T13:00:00+07:00"),
        ("yesterday", "2023-12-07"),
        ("hôm kia", "2023-12-06"),
        ("ngày mai lúc 8:00", "2023-12-09T08:00:00+07:00"),
        ("14:30 hôm qua", "2023-12-07T14:30:00+07:00"),
        ("hôm qua lúc 8 giờ sáng", "2023-12-07T08:00:00+07:00"),
        ("15h30 chiều nay", "2023-12-08T15:30:00+07:00"),
        ("tối qua", "2023-12-07"),
        ("Đăng lúc 14h30", "2023-12-08T14:30:00+07:00"),
        ("Lúc 9 giờ", "2023-12-08T09:00:00+07:00"),
        ("Sáng 7h30", "2023-12-08T07:30:00+07:00"),
        ("tối 9 giờ", "2023-12-08T21:00:00+07:00"),
        ("10:13", "2023-12-08T10:13:00+07:00"),
        ("8:30 CH", "2023-12-08T20:30:00+07:00"),
        ("12:05 AM", "2023-12-08T00:05:00+07:00"),
        # year-less: latest occurrence not after the reference day
        ("25/12", "2022-12-25"),
        ("08/12 16:00", "2023-12-08T16:00:00+07:00"),
        ("Chiều 24/11,", "2023-11-24"),
        ("Thứ Sáu, 08/12", "2023-12-08"),
        ("Cập nhật: 06/12", "2023-12-06"),
        ("4h ngày 26/6", "2023-06-26T04:00:00+07:00"),
    ],
)
def test_relative_and_yearless(text: str, expected: str) -> None:
    result = parse_date_info(text, REF)
    _check(result, expected)
    assert result is not None and result.method in ("fast", "relative")


def test_relative_methods() -> None:
    assert parse_date_info("2 giờ trước", REF).method == "relative"
    assert parse_date_info("14:30", REF).method == "relative"
    assert parse_date_info("08/12/2023", REF).method == "fast"


def test_yearless_29_february() -> None:
    assert parse_date("29/02", REF) == datetime(2020, 2, 29, tzinfo=VN_TZ)
    assert parse_date("29/02", datetime(2024, 3, 1, tzinfo=VN_TZ)) == datetime(2024, 2, 29, tzinfo=VN_TZ)


def test_yearless_needs_context() -> None:
    """A bare d/m inside other text is not a date; next to a date word, a time or alone it is."""
    assert parse_date("Lớp 10/3", REF) is None
    assert parse_date("HN - 12/12", REF) is None
    assert parse_date("Ngày 10/3", REF) == datetime(2023, 3, 10, tzinfo=VN_TZ)
    assert parse_date("10/3", REF) == datetime(2023, 3, 10, tzinfo=VN_TZ)
    assert parse_date("10/3 08:00", REF) == datetime(2023, 3, 10, 8, tzinfo=VN_TZ)


# --- base handling ------------------------------------------------------------------------------


def test_naive_base_is_vietnam_time() -> None:
    naive = datetime(2023, 12, 8, 15, 0)
    for text in ("2 giờ trước", "hôm qua", "Ngày 26/12,", "14:30", "08/12 14:30"):
        assert parse_date(text, naive) == parse_date(text, REF), text
    assert parse_date("2 giờ trước", naive) == datetime(2023, 12, 8, 13, 0, tzinfo=VN_TZ)


def test_aware_base_in_another_zone() -> None:
    utc_base = REF.astimezone(UTC)  # 08:00 UTC, same instant
    assert parse_date("hôm qua", utc_base) == datetime(2023, 12, 7, tzinfo=VN_TZ)
    assert parse_date("30 phút trước", utc_base) == datetime(2023, 12, 8, 14, 30, tzinfo=VN_TZ)


def test_default_base_is_now() -> None:
    now = datetime.now(VN_TZ)
    got = parse_date("hôm nay")
    assert got is not None and got.date() in (now.date(), (now + timedelta(minutes=1)).date())
    got = parse_date("vừa xong")
    assert got is not None and got.tzinfo is not None and got.utcoffset() == SEVEN


def test_future_bound_uses_later_of_base_and_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates more than a year after max(base, wall clock) are absurd; an old base (re-reading old
    pages) does not reject a real later date."""
    monkeypatch.setattr(dates, "_now", lambda: datetime(2026, 11, 29, 12, 0, tzinfo=VN_TZ))
    assert parse_date("16/01/2026", REF) == datetime(2026, 1, 16, tzinfo=VN_TZ)
    assert parse_date("16/11/2027", REF) == datetime(2027, 11, 16, tzinfo=VN_TZ)
    assert parse_date("16/01/2028", REF) is None
    assert parse_date("16/01/2028") is None
    assert parse_date("16/01/2028", datetime(2027, 6, 1, tzinfo=VN_TZ)) == datetime(2028, 1, 16, tzinfo=VN_TZ)
    assert parse_date("1900000000", REF) is None  # epoch in 2030
    assert find_event_date("Ngày 16/1/2030, x", REF) is None
    # with the clock back in 2023, the base alone bounds the future
    monkeypatch.setattr(dates, "_now", lambda: REF)
    assert parse_date("08/12/2024", REF) == datetime(2024, 12, 8, tzinfo=VN_TZ)
    assert parse_date("10/12/2024", REF) is None
    assert parse_date("16/01/2026", REF) is None
    assert parse_date("01/02/25", REF) is None  # 2025 is too far ahead, 1925 too early


# --- ambiguity ----------------------------------------------------------------------------------


def test_day_first_by_default() -> None:
    assert parse_date("12/8/2023", REF) == datetime(2023, 8, 12, tzinfo=VN_TZ)
    assert parse_date("03/04/2023 10:15", REF) == datetime(2023, 4, 3, 10, 15, tzinfo=VN_TZ)


def test_month_first_only_when_day_first_is_invalid() -> None:
    got = parse_date_info("12/13/2023 2:30:05 PM", REF)
    assert got is not None and got.value == datetime(2023, 12, 13, 14, 30, 5, tzinfo=VN_TZ)
    assert parse_date("12/13/2023", REF) == datetime(2023, 12, 13, tzinfo=VN_TZ)
    assert parse_date("13/13/2023", REF) is None


def test_mdy_override() -> None:
    got = parse_date_info("12/8/2023 2:30:05 PM", REF, mdy=True)
    assert got is not None and got.value == datetime(2023, 12, 8, 14, 30, 5, tzinfo=VN_TZ)
    assert parse_date_info("12/8/2023", REF, mdy=True).value == datetime(2023, 12, 8, tzinfo=VN_TZ)
    # an M/D/Y site still gets a valid reading when only D/M/Y is valid
    assert parse_date_info("13/12/2023", REF, mdy=True).value == datetime(2023, 12, 13, tzinfo=VN_TZ)
    # ISO is never swapped
    assert parse_date_info("2023-02-01", REF, mdy=True).value == datetime(2023, 2, 1, tzinfo=VN_TZ)


def test_two_digit_year_pivot() -> None:
    assert parse_date("31/12/99", REF) == datetime(1999, 12, 31, tzinfo=VN_TZ)
    assert parse_date("01/02/23", REF) == datetime(2023, 2, 1, tzinfo=VN_TZ)
    assert parse_date("31/12/89", REF) is None  # 1989: before 1990


# --- epochs -------------------------------------------------------------------------------------


def test_epoch_seconds_and_milliseconds() -> None:
    got = parse_date_info("1761135952", REF)
    assert got is not None and got.has_time and got.method == "fast"
    assert to_iso(got.value) == "2025-10-22T19:25:52+07:00"
    assert to_iso(parse_date("1750142582000", REF)) == "2025-06-17T13:43:02+07:00"
    assert to_iso(parse_date(" 1750142582 ", REF)) == "2025-06-17T13:43:02+07:00"


@pytest.mark.parametrize(
    "text", ["Lượt xem: 1761135952", "1761135952 lượt", "0912345678", "176113595", "17611359520"]
)
def test_epoch_only_as_the_whole_string(text: str) -> None:
    assert parse_date(text, REF) is None


# --- normalisation ------------------------------------------------------------------------------


def test_nfd_nbsp_mojibake_and_stripped_forms_agree() -> None:
    want = datetime(2023, 12, 8, 14, 30, tzinfo=VN_TZ)
    nfc = "Cập nhật: 14:30 ngày 08/12/2023"
    variants = [
        nfc,
        unicodedata.normalize("NFD", nfc),
        nfc.replace(" ", "\u00a0"),
        nfc.replace(" ", "&nbsp;"),
        nfc.replace(" ", "&amp;nbsp;"),
        nfc.encode("utf-8").decode("cp1252", errors="replace"),
        nfc.encode("utf-8").decode("latin-1"),
        "Cap nhat: 14:30 ngay 08/12/2023",
        "CẬP NHẬT: 14:30 NGÀY 08/12/2023",
        "Cập nhật:\u200b 14:30\u2060 ngày 08/12/2023",
    ]
    for text in variants:
        assert parse_date(text, REF) == want, repr(text)


def test_mojibake_repair_leaves_real_text_alone() -> None:
    assert dates._repair_mojibake("Thứ Sáu, 08/12/2023") == "Thứ Sáu, 08/12/2023"
    assert dates._repair_mojibake("Thá»© SÃ¡u") == "Thứ Sáu"


# --- find_event_date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Baothanhhoa.vn) - Ngày 6/12, đồng chí Đỗ Thị Toán, Ủy viên Ban Thường vụ Tỉnh ủy", "2023-12-06"),
        ("(CTO) - Ngày 8-1, Phó Thủ tướng Trần Lưu Quang làm việc với tỉnh", "2023-01-08"),
        ("Ngày 06/12, Ban Chỉ huy Quân sự tỉnh tổ chức hội nghị", "2023-12-06"),
        ("Sáng 18/6, Tỉnh ủy tổ chức hội nghị", "2023-06-18"),
        ("Ngày 16/1/2026, Thượng tướng Phạm Thế Tùng, Thứ trưởng Bộ Công an đã có Thư khen", "2026-01-16"),
        ("(BBNĐT) Ngày 17 – 9, UBND tỉnh họp phiên thường kỳ tháng 9", "2023-09-17"),
        ("BHG - Chiều 24/11, đồng chí Bí thư Tỉnh ủy", "2023-11-24"),
        ("Tối 16-1, tại Nhà hát tỉnh", "2023-01-16"),
        ("Ngày 18.6, huyện Phù Cừ tổ chức", "2023-06-18"),
        ("Sáng nay (8/12), tại Hà Nội, Quốc hội", "2023-12-08"),
        ("Chiều thứ Hai (4/12), UBND tỉnh", "2023-12-04"),
        ("Ngày 26/12, UBND tỉnh sẽ tổ chức", "2022-12-26"),  # after base -> the year before
        ("ngày 5 tháng 12 năm 2023, Hội Nông dân tỉnh", "2023-12-05"),
        ("Trong ngày 7/12, lực lượng chức năng", "2023-12-07"),
        ("NGÀY 6/12, ĐOÀN CÔNG TÁC", "2023-12-06"),
        ("Ngay 6/12, doan cong tac", "2023-12-06"),
        ("Sáng nay, tại hội trường UBND tỉnh", "2023-12-08"),
        ("(Baothanhhoa.vn) - Hôm qua, đoàn công tác", "2023-12-07"),
        ("Rạng sáng nay, mưa lớn gây ngập", "2023-12-08"),
        (unicodedata.normalize("NFD", "Ngày 6/12, đoàn công tác"), "2023-12-06"),
        ("Ngày\u00a06/12, đoàn công tác", "2023-12-06"),
        ("Toi 6/12, tai nha van hoa", "2023-12-06"),  # no diacritics at all: the folded word counts
    ],
)
def test_find_event_date(text: str, expected: str) -> None:
    assert find_event_date(text, REF) == date.fromisoformat(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "Trong năm 2023, tỉnh đã giải ngân hơn 90% kế hoạch vốn",
        "Nghị định 12/2023 quy định chi tiết một số điều",
        "UBND tỉnh vừa ban hành Quyết định số 1736/QĐ-UBND về việc",
        "Tỷ lệ hộ nghèo giảm còn 3/4 so với cùng kỳ",
        "Lượt xem: 7370",
        "Sáng 8 - 10 giờ, người dân đổ về",
        "Ngày 31/2, một sự kiện không thể có",
        "Tỉnh đã tổ chức nhiều hoạt động ý nghĩa. " * 6 + "Ngày 5/12, đoàn công tác đến thăm",
        "Hội nghị diễn ra trong không khí dân chủ, thẳng thắn",
        # folded, "tới" (to) and "sang" (over to) look like "tối" / "sáng": the diacritics decide
        "Hạn chót nộp hồ sơ tới 15/12, các đơn vị cần khẩn trương",
        "Hội nghị được hoãn sang 15/12 do thời tiết xấu",
    ],
)
def test_find_event_date_none(text: str | None) -> None:
    assert find_event_date(text, REF) is None


def test_find_event_date_naive_and_default_base() -> None:
    assert find_event_date("Ngày 26/12, x", datetime(2023, 12, 8, 15)) == date(2022, 12, 26)
    today = datetime.now(VN_TZ).date()
    got = find_event_date("Ngày 1/1, x")
    assert got is not None and got <= today and (today - got).days < 366


# --- to_iso -------------------------------------------------------------------------------------


def test_to_iso() -> None:
    assert to_iso(None) is None
    assert to_iso(datetime(2023, 12, 8, 14, 30, tzinfo=VN_TZ)) == "2023-12-08T14:30:00+07:00"
    assert to_iso(datetime(2023, 12, 8, 7, 30, tzinfo=UTC)) == "2023-12-08T14:30:00+07:00"
    assert to_iso(datetime(2023, 12, 8, 14, 30, 5, 123456, tzinfo=VN_TZ)) == "2023-12-08T14:30:05+07:00"
    assert to_iso(datetime(2023, 12, 8, 14, 30)) == "2023-12-08T14:30:00+07:00"  # naive = +07:00
    assert to_iso(date(2023, 12, 8)) == "2023-12-08T00:00:00+07:00"
    assert to_iso(parse_date("08/12/2023", REF)) == "2023-12-08T00:00:00+07:00"
    for _line, text, _expected, _note in ROWS:
        value = parse_date(text, REF)
        if value is not None:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", to_iso(value))


# --- API details --------------------------------------------------------------------------------


def test_parsed_date_is_frozen() -> None:
    got = parse_date_info("08/12/2023 14:30", REF)
    assert got == ParsedDate(datetime(2023, 12, 8, 14, 30, tzinfo=VN_TZ), True, "fast")
    with pytest.raises(AttributeError):
        got.value = datetime.now(VN_TZ)  # type: ignore[misc]


def test_vn_tz() -> None:
    assert VN_TZ.utcoffset(None) == SEVEN


def test_import_does_not_load_dateparser() -> None:
    code = "import sys, crawler.dates; sys.exit('dateparser' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], check=False, cwd=Path(__file__).parent.parent).returncode
        == 0
    )


def test_dateparser_fallback() -> None:
    pytest.importorskip("dateparser")
    got = parse_date_info("about 3 weeks ago", REF)
    assert got is not None and got.method == "dateparser"
    assert got.value == datetime(2023, 11, 17, tzinfo=VN_TZ) and got.has_time is False
    got = parse_date_info("Dec 8th", REF)
    assert got is not None and got.method == "dateparser" and got.value == datetime(2023, 12, 8, tzinfo=VN_TZ)
    got = parse_date_info("8 Dec", REF)
    assert got is not None and got.method == "dateparser" and got.value == datetime(2023, 12, 8, tzinfo=VN_TZ)
    got = parse_date_info("2023-12", REF)  # month precision -> the 1st, as "Tháng 12 năm 2023"
    assert got is not None and got.value == datetime(2023, 12, 1, tzinfo=VN_TZ)


def test_dateparser_is_guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Strings without date-like content, or with counters/document numbers, never reach dateparser."""
    asked: list[datetime | None] = []
    monkeypatch.setattr(dates, "_dateparser_for", lambda base: asked.append(base) or 1 / 0)
    for text in NEGATIVES:
        parse_date_info(text, REF)
    for text in ("Tác giả: Mai Hương", "Kỳ họp thứ 12", "Trang 1/5", "Xem thêm", "3rd floor"):
        parse_date_info(text, REF)
    assert asked == []


# --- month names of other languages (a general fallback after the Vietnamese fast path) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 13. Mai 2026 um 15:44", "2026-05-13T15:44:00+07:00"),
        ("5. März 2024, 08:15 Uhr", "2024-03-05T08:15:00+07:00"),
        ("Publié le 1er avril 2025 à 15h30", "2025-04-01T15:30:00+07:00"),
        ("mis à jour le 12 décembre 2024", "2024-12-12"),
        ("13 de mayo de 2026 a las 10:05", "2026-05-13T10:05:00+07:00"),
        ("Pubblicato il 7 settembre 2023 alle 18:20", "2023-09-07T18:20:00+07:00"),
        ("Publicado em 22 de outubro de 2024, às 9h12", "2024-10-22T09:12:00+07:00"),
        ("Gepubliceerd op 3 maart 2025 om 11:00", "2025-03-03T11:00:00+07:00"),
        ("7. februar 2024 kl. 14:02", "2024-02-07T14:02:00+07:00"),
        ("14 października 2025", "2025-10-14"),
        ("10:47, 2 juin 2024", "2024-06-02T10:47:00+07:00"),
        ("Donnerstag, 23. Oktober 2025, 10:00 Uhr +02:00", "2025-10-23T15:00:00+07:00"),
    ],
)
def test_month_names_of_other_languages(text: str, expected: str) -> None:
    got = parse_date_info(text, REF)
    _check(got, expected)
    assert got.method == "foreign"


def test_month_names_of_other_languages_need_a_day_and_a_year() -> None:
    for text in ("Mai 2026", "13. Mai", "am 13. Mai um 15:44", "ngày mai 2025", "30 février 2024", "Marzo"):
        got = parse_date_info(text, REF)
        assert got is None or got.method != "foreign", text
