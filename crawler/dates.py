"""Vietnamese dates: fast, strict parsing of the date strings printed by Vietnamese news sites.

Public API::

    VN_TZ                                   fixed +07:00 (Vietnam has had no other offset since 1975)
    ParsedDate(value, has_time, method)     value: aware datetime in +07:00
    parse_date_info(text, base=None, *, mdy=False) -> ParsedDate | None
    parse_date(text, base=None) -> datetime | None
    find_event_date(text, base=None) -> date | None
    to_iso(dt) -> '2023-12-08T14:30:00+07:00' | None

How a string is read
--------------------
1. It is normalised once into an ASCII *key*: HTML entities decoded, mojibake (UTF-8 read as
   cp1252/latin-1) repaired, diacritics folded (so NFC, NFD and diacritics-stripped input all give
   the same key), NBSP / zero-width characters / dashes unified, lower-cased, whitespace collapsed.
2. Fast path ("fast"): a whole-string number (epoch seconds/ms, YYYYMMDD), else one combined regex
   finds the first date (D/M/Y with any separator, Y-M-D, "6 tháng 12 năm 2023", month words,
   English month names); a time of day is then looked for right after the date, else right before
   it, and a time-zone marker next to the time. A year-less day/month is accepted only when a date
   word ("Ngày", "Sáng", "hồi"...), a weekday, a label or a time stands next to it, or when it is the
   whole string, and resolves to its latest occurrence not after ``base``.
3. Relative forms ("relative"): "2 giờ trước", "hôm qua 08:16", "vừa xong", a bare time "14:30".
4. Month names of other languages ("foreign"): a day, a German, French, Spanish, Italian,
   Portuguese, Dutch, Scandinavian, Polish or Czech month name and a year ("13. Mai 2026 um 15:44",
   "1er avril 2025 à 15h30", "13 de mayo de 2026"), with the time of day next to them.
5. Only then, and only for strings that look like a date but are not a counter, a document number
   or a phone number, ``dateparser`` ("dateparser"), imported lazily.

Every result is checked: year >= 1990 and not more than a year after the later of ``base`` and the
wall clock (``base`` is the reference for reading relative strings; the wall clock bounds what
can have been published at all, so an old ``base`` does not reject real later dates).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

__all__ = ["VN_TZ", "ParsedDate", "find_event_date", "parse_date", "parse_date_info", "to_iso"]

#: Vietnam time. A fixed offset: Asia/Ho_Chi_Minh has been +07:00 since 1975 and every date this
#: module accepts is from 1990 on, so a zoneinfo lookup would only cost time.
VN_TZ = timezone(timedelta(hours=7))

MIN_YEAR = 1990
#: how far after max(base, now) a date may lie
MAX_FUTURE = timedelta(days=366)
#: only this much of the input is read (date fields are short; a paragraph's date is near its start)
MAX_INPUT = 1000
#: find_event_date looks for its date in this many characters of the opening text
EVENT_WINDOW = 200


@dataclass(frozen=True, slots=True)
class ParsedDate:
    value: datetime  #: aware, in +07:00
    has_time: bool  #: False when the text had no time of day (value is then at 00:00)
    method: str  #: "fast", "relative", "foreign" (a month name of another language) or "dateparser"


# ------------------------------------------------------------------------------------------------
# Normalisation
# ------------------------------------------------------------------------------------------------


# characters NFKD + ASCII would drop but that separate date parts
_PUNCT = {
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"), "-"),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201b\u2032\u00b4"), "'"),
    **dict.fromkeys(map(ord, "\u00b7\u2022\u2023\u2027\u2219\u22c5\u25aa\u25ab\u25cf\u30fb"), " "),
    **dict.fromkeys(map(ord, "\u2044\u2215"), "/"),
}
_PUNCT_HINT = re.compile("[" + "".join(map(chr, _PUNCT)) + "]")
# for the text given to dateparser: unified spaces and dashes, zero-width characters removed
_CLEAN = {
    **_PUNCT,
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"), None),
    **dict.fromkeys((0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)), " "),
}

# a UTF-8 lead byte shown as cp1252/latin-1 followed by a continuation byte shown the same way
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00c6\u00cc\u00cd\u00e1\u00e2\u00ef]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# cp1252's characters for bytes 0x80-0x9F (five of them are undefined and stay latin-1 controls)
_CP1252_BYTE = {
    ch: b
    for b, ch in zip(range(0x80, 0xA0), bytes(range(0x80, 0xA0)).decode("cp1252", "replace"), strict=True)
    if ch != "\ufffd"
}


def _repair_mojibake(s: str) -> str:
    """Undo UTF-8 bytes decoded as cp1252 (or latin-1); give ``s`` back unchanged if it is not that."""
    try:
        raw = s.encode("cp1252")
    except UnicodeEncodeError:
        buf = bytearray()
        for ch in s:
            o = ord(ch)
            if o < 0x100:
                buf.append(o)
            else:
                b = _CP1252_BYTE.get(ch)
                if b is None:
                    return s
                buf.append(b)
        raw = bytes(buf)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return s


def _prepare(text: str) -> str:
    """Entities decoded and mojibake repaired; otherwise the text as given."""
    if len(text) > MAX_INPUT:
        text = text[:MAX_INPUT]
    if "&" in text:
        text = html.unescape(text)
        if "&" in text:  # double-escaped "&amp;nbsp;"
            text = html.unescape(text)
    if not text.isascii() and _MOJIBAKE_HINT.search(text):
        text = _repair_mojibake(text)
    return text


def _fold(text: str) -> str:
    """The matching key: ASCII, lower case, single spaces.

    NFKD splits letters from their diacritics (and maps NBSP, thin spaces, fullwidth forms to ASCII);
    encoding to ASCII then drops the marks and zero-width characters. Only "đ", dashes, quotes and
    bullets need mapping first (a translate() over the whole string costs twice as much).
    """
    if not text.isascii():
        if "đ" in text:
            text = text.replace("đ", "d")
        if "Đ" in text:
            text = text.replace("Đ", "D")
        if _PUNCT_HINT.search(text):
            text = text.translate(_PUNCT)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().split())


def _clean_display(text: str) -> str:
    """NFC text with unified spaces and dashes (what dateparser is given)."""
    text = unicodedata.normalize("NFC", text.translate(_CLEAN))
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------------
# Patterns (all run on the folded key)
# ------------------------------------------------------------------------------------------------

_MONTH_WORDS = {
    "gieng": 1, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12,
}  # fmt: skip
_MW = r"(?:muoi (?:mot|hai)|muoi|gieng|chap|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin)(?![a-z])"
_EN_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_EN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
_Y4 = r"(?:19|20)\d\d"

# Alternatives are grouped behind a one-character lookahead so that most positions fail on one
# cheap test (this makes the search 3-4x faster than a plain alternation).
_DATE_RE = re.compile(
    # 2023-12-08, 2023/12/08, 2023.12.08
    rf"(?=\d)(?:(?P<ymd>(?<![\w.])(?P<y_a>{_Y4})(?P<s_a>[/.\-])(?P<m_a>\d{{1,2}})(?P=s_a)"
    r"(?P<d_a>\d{1,2})(?!\d))"
    # 08/12/2023, 8-12-23, 08.12.2023, 17 - 9 (year-less)
    rf"|(?P<dmy>(?<![\w.])(?<!\d[:/\-])(?P<d_b>\d{{1,2}})\s?(?P<s_b>[/.\-])\s?(?P<m_b>\d{{1,2}})"
    rf"(?:\s?(?P=s_b)\s?(?P<y_b>{_Y4})|(?P=s_b)(?P<yy_b>\d\d)|\snam\s(?P<yn_b>{_Y4}))?(?![\d:]|[/.\-]\d))"
    # 6 tháng 12 năm 2023, 6 thg 12, 2023, 24 Th12, 2025, 6 Tháng Mười Hai 2023, ngày 6 tháng 12
    rf"|(?P<lng>(?<![\w.])(?P<d_c>\d{{1,2}})\s?(?:thang|thg\.?|th(?=\d))\s?(?P<m_c>\d{{1,2}}(?!\d)|{_MW})"
    rf"(?:\s?[,/\-]?\s?(?:nam\s?)?(?P<y_c>{_Y4})(?!\d))?)"
    # 08 Dec 2023, 19th April 2019
    rf"|(?P<edm>(?<!\w)(?P<d_f>\d{{1,2}})(?:st|nd|rd|th)?\s?(?P<m_f>{_EN})\.?,?\s?(?P<y_f>{_Y4})(?!\d)))"
    # Tháng Mười Hai 6, 2023
    r"|(?=th|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    rf"(?:(?P<mfd>(?<!\w)(?:thang|thg\.?)\s?(?P<m_d>{_MW}|\d{{1,2}})\s(?P<d_d>\d{{1,2}}),\s?"
    rf"(?P<y_d>{_Y4})(?!\d))"
    # Tháng 12 năm 2023 (month only -> 1st)
    rf"|(?P<mon>(?<!\w)thang\s?(?P<m_e>\d{{1,2}}|{_MW})(?:\s?(?:nam|[/.\-,])\s?|\s)(?P<y_e>{_Y4})(?!\d))"
    # Dec 8, 2023
    rf"|(?P<emd>(?<!\w)(?P<m_g>{_EN})\.?\s?(?P<d_g>\d{{1,2}})(?:st|nd|rd|th)?,?\s?(?P<y_g>{_Y4})(?!\d)))"
)


def _time_pat(s: str = "") -> str:
    """A time of day; group names carry the suffix ``s`` so that two times fit in one pattern."""
    return (
        rf"(?=\d)(?<![\d:./])(?P<H{s}>\d{{1,2}})(?:"
        rf":(?P<M{s}>\d\d)(?::(?P<S{s}>\d\d)(?:[.,]\d{{1,6}})?)?'?"  # 14:30, 14:30:05, 14:30:05.000
        rf"|[hg](?:(?P<N{s}>\d\d)(?:ph|p|')?)?(?![a-z])"  # 14h30, 14h, 15h20'
        rf"|\s?gio(?:\s?(?P<O{s}>\d{{1,2}})(?:\s?phut)?)?(?!\s?(?:truoc|qua|nua|sau|lien|dong))"
        rf")(?:\s?(?P<A{s}>a\.?m\.?|p\.?m\.?|sang|sa|chieu|ch|toi|trua|dem)(?![a-z]))?(?![\d:])"
    )


_TZ = (
    r"(?:(?P<zn>gmt|utc|ut|ict)(?:\s?(?P<zs>[+-])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d\d))?)?(?![\w])"
    r"|(?P<zs2>[+-])(?P<zh2>\d\d):?(?P<zm2>\d\d)(?!\d)|(?P<zz>z)(?![a-z]))"
)
_TIME = _time_pat()
# a time right after a date ("t" of ISO, ", ", " - ", " | ", " lúc ")
_TIME_AFTER = re.compile(rf"(?:(?P<iso>t)|\s?[,|;\-]?\s?(?:(?:vao\s)?(?:luc|hoi)\s?:?\s?)?\(?){_TIME}")
# a time right before a date ("14:30 ", "14:30, ", "15:00 ngày ", "14:30 GMT+7, ")
_TIME_BEFORE = re.compile(rf"{_TIME}(?:\s?\(?{_TZ}\)?)?\s?[,|;\-]?\s?(?:(?:vao\s)?ngay\s?:?\s?)?\(?\Z")
_TZ_AFTER = re.compile(rf"\s?(?:[|,]\s?)?\(?\s?{_TZ}")
_TZ_ANY = re.compile(r"(?<![a-z])(?:gmt|utc)\s?(?P<zs>[+-])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d\d))?(?!\d)")

# words that may stand right before a year-less day/month ("Ngày 06/12", "Sáng nay 7/12", "hồi 15h20'
# ngày 6/12", "Thứ Sáu, 08/12", "Cập nhật: 06/12", "từ 6/12")
_INTRO_TAIL = re.compile(
    r"(?<![a-z])(?:ngay|sang|chieu|toi|trua|dem|nay|qua|hom|hoi|luc|vao|tu|den|dang|nhat|ban"
    r"|thu (?:hai|ba|tu|nam|sau|bay|[2-8])|chu nhat|cn|t[2-8])\s?[,:]?\s?\(?\Z"
)
_EDGE_PUNCT = " ,.;:()[]-|"
# a quantity, not a month: "từ 8 - 10 giờ", "8-10h", "3-5%"
_UNIT_AFTER = re.compile(
    r"\s?(?:gio|tieng|phut|giay|ngay|tuan|thang|nam(?! nay)|h|g|%|trieu|ty|nghin|ngan|nguoi|lan)(?![a-z])"
)

# relative and time-only strings (whole key, after an optional label)
_LABEL = (
    r"(?:(?:cap nhat|ngay cap nhat|ngay dang|dang luc|dang ngay|gui luc|ngay xuat ban|xuat ban"
    r"|thoi gian dang|thoi gian|dang|luc|updated?|posted)(?:\s(?:luc|ngay|vao))?\s?:?\s?)?"
)
_NUM_WORDS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    "a": 1, "an": 1, "one": 1,
}  # fmt: skip
_UNITS = {
    "giay": "s", "second": "s", "seconds": "s", "sec": "s", "secs": "s",
    "phut": "m", "minute": "m", "minutes": "m", "min": "m", "mins": "m",
    "gio": "h", "tieng": "h", "hour": "h", "hours": "h", "hr": "h", "hrs": "h",
    "ngay": "d", "day": "d", "days": "d", "tuan": "w", "week": "w", "weeks": "w",
    "thang": "M", "month": "M", "months": "M", "nam": "y", "year": "y", "years": "y",
}  # fmt: skip
_DAY_WORDS = {
    "hom nay": 0,
    "today": 0,
    "hom qua": -1,
    "yesterday": -1,
    "hom kia": -2,
    "ngay mai": 1,
    "tomorrow": 1,
}
_UNIT_WORDS = (
    r"giay|phut|gio|tieng|ngay|tuan|thang|nam|seconds?|secs?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|months?|years?"
)
_REL_RE = re.compile(
    rf"{_LABEL}(?:"
    r"(?P<now>vua xong|vua moi dang|vua cap nhat|moi day|moi dang|just now|ngay bay gio|bay gio)"
    # "2 giờ trước", "cách đây 2 giờ", "1 tiếng 20 phút trước" ("2 giờ" alone is a duration or 02:00)
    r"|(?P<cach>cach day\s?)?(?P<n>\d{1,3}|vai|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|an?|one|few|several)"
    rf"\s?(?P<unit>{_UNIT_WORDS})(?:\s?(?P<n2>\d{{1,3}})\s?(?P<unit2>{_UNIT_WORDS}))?"
    r"(?(cach)(?:\s?truoc)?|\s?(?:truoc|ago))"
    rf"|(?:{_time_pat('1')}\s?,?\s?(?:ngay\s)?)?"
    r"(?P<dw>hom nay|hom qua|hom kia|ngay mai|today|yesterday|tomorrow"
    r"|(?P<pod>sang|trua|chieu|toi|dem) (?:nay|qua))"
    rf"(?:\s?,?\s?(?:luc\s?:?\s?|vao\s?)?{_time_pat('2')})?"
    rf"|(?:(?P<pod3>sang|trua|chieu|toi|dem)\s?)?{_time_pat('3')}(?:\s?\(?{_TZ}\)?)?"
    r")[.,;]?"
)

# find_event_date: a date word, then a day/month (optional year) or "6 tháng 12"
_EVENT_RE = re.compile(
    r"(?<![\w])(?P<intro>ngay|sang|chieu|toi|trua|dem|hom)(?:\s(?:nay|qua|mai))?"
    r"(?:\s(?:thu\s(?:hai|ba|tu|nam|sau|bay|[2-8])|chu\snhat|cn))?\s?,?\s?\(?\s?(?:ngay\s)?"
    rf"(?:(?P<d>\d{{1,2}})\s?(?P<s>[/.\-])\s?(?P<m>\d{{1,2}})"
    rf"(?:\s?(?P=s)\s?(?P<y>{_Y4})|(?P=s)(?P<yy>\d\d)|\snam\s(?P<yn>{_Y4}))?(?![\d:]|[/.\-]\d)"
    rf"|(?P<d2>\d{{1,2}})\s?(?:thang|thg)\s?(?P<m2>\d{{1,2}}(?!\d)|{_MW})"
    rf"(?:\s?,?\s?(?:nam\s?)?(?P<y2>{_Y4})(?!\d))?)"
)
# "Sáng nay, …" / "Hôm qua, …" at the very start of the lede (after an optional dateline)
_EVENT_REL_RE = re.compile(
    r"(?:\([^()]{1,60}\)\s?-?\s?|[^,.;:()]{1,40}?\s-\s)?"
    r"(?:rang\s)?(?P<intro>sang|chieu|toi|trua|dem|hom)\s(?P<word>nay|qua)(?![\w])"
)

# Written with diacritics, these are the date words; folded, "tới" (to), "sang" (over to) and "đem"
# (bring) would look the same, so in text that has diacritics the intro must be spelled as here.
_INTRO_WORDS = frozenset({"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"})
_VI_LETTER = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def _build_letter_fold() -> dict[int, str]:
    """Vietnamese (and other Latin) letters to their ASCII base letter, one character for one."""
    table = {0x110: "D", 0x111: "d"}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return table


_LETTER_FOLD = _build_letter_fold()

# dateparser fallback guards
_REL_WORDS = re.compile(r"\b(?:truoc|ago|yesterday|today|tomorrow|ngay mai|hom (?:nay|qua|kia))\b")
_FALLBACK_HINT = re.compile(
    rf"\d\s?[/.\-]\s?\d|\d\s?(?:thang|thg)\s?(?:\d|{_MW})|\bth\d|{_EN}|{_REL_WORDS.pattern}"
)
_FALLBACK_BLOCK = re.compile(
    r"\b(?:so|ky hieu|quyet dinh|nghi dinh|nghi quyet|thong tu|cong van|chi thi|ke hoach|qd|nd|tt|ubnd|cp"
    r"|ttg|hotline|dien thoai|dt|tel|fax|sdt|luot xem|luot doc|views?|binh luan|trang|page|ma so|mst"
    r"|phien ban|version|gia|luat|dieu|khoan|muc|chuong)\b"
    r"|\d[/.\-]?(?!(?:st|nd|rd|th)\b)[a-z]{2,}\b|\d{5,}|/\s?[a-z]"  # "12views", "1736/qd", long numbers
    # "12/2023": a document number more often than a month
    r"|(?<![\d/.\-])\d{1,3}\s?/\s?(?:19|20)\d\d(?![\d/])"
    r"|(?<![\d.:])0\d\d|\d{3}[.\- ]\d{3}"  # phone numbers: "0912.345.678", "091-234-5678"
)


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------

_MDAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _now() -> datetime:
    """The wall clock in +07:00 (a function so that tests can pin it)."""
    return datetime.now(VN_TZ)


def _base(base: datetime | None) -> datetime:
    if base is None:
        return _now()
    if base.tzinfo is None or base.utcoffset() is None:
        return base.replace(tzinfo=VN_TZ)
    return base.astimezone(VN_TZ)


def _ok_year(value: datetime, base: datetime | None) -> bool:
    if value.year < MIN_YEAR:
        return False
    if base is not None and value <= base + MAX_FUTURE:
        return True
    return value <= _now() + MAX_FUTURE


def _two_digit_year(yy: int, base: datetime | None) -> int:
    """23 -> 2023, 99 -> 1999: the 20xx year unless that is more than a year ahead."""
    now = _now()
    ceiling = max(now.year, base.year) if base is not None else now.year
    return 2000 + yy if 2000 + yy <= ceiling + 1 else 1900 + yy


def _month_of(token: str) -> int:
    if token.isdigit():
        return int(token)
    return _MONTH_WORDS.get(token, 0)


def _valid(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= _MDAYS[m]):
        return False
    return not (m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)))


def _latest_not_after(d: int, m: int, base: datetime) -> date | None:
    """The latest occurrence of day ``d`` / month ``m`` on or before ``base``'s day."""
    if not (1 <= m <= 12 and 1 <= d <= _MDAYS[m]):
        return None
    bd = base.date()
    y = bd.year if (m, d) <= (bd.month, bd.day) else bd.year - 1
    for _ in range(8):
        if _valid(y, m, d):
            return date(y, m, d)
        y -= 1  # 29 February
    return None


def _hms(m: re.Match[str], s: str = "", ap: str | None = None) -> tuple[int, int, int] | None:
    """(hour, minute, second) of a time match; ``ap`` is the part of day to use if the time has none."""
    h = int(m[f"H{s}"])
    mi = m[f"M{s}"] or m[f"N{s}"] or m[f"O{s}"]
    mi = int(mi) if mi else 0
    sec = int(m[f"S{s}"]) if m[f"S{s}"] else 0
    ap = m[f"A{s}"] or ap
    if ap:
        a0 = ap[0]
        if a0 == "a" or ap == "sa" or ap == "sang":
            if h == 12:
                h = 0
        elif a0 == "p" or ap in ("ch", "chieu", "toi"):
            if h < 12:
                h += 12
        elif ap == "trua":
            if 1 <= h <= 5:
                h += 12
        elif ap == "dem":
            if 6 <= h <= 11:
                h += 12
            elif h == 12:
                h = 0
    if h > 23 or mi > 59 or sec > 60:
        return None
    return h, mi, min(sec, 59)


def _tz_of(m: re.Match[str], numeric_ok: bool) -> timezone | None:
    """The offset named by a _TZ / _TZ_ANY match (None: not an offset we accept)."""
    if m["zh"] is not None:
        sign, hh, mm = m["zs"], int(m["zh"]), int(m["zm"] or 0)
    elif m.re is not _TZ_ANY and m["zs2"] is not None:
        if not (numeric_ok or m["zs2"] == "+"):
            return None
        sign, hh, mm = m["zs2"], int(m["zh2"]), int(m["zm2"])
    else:
        return UTC if m.re is not _TZ_ANY else None  # bare GMT/UTC/Z
    if hh > 14 or mm > 59:
        return None
    if hh == 7 and mm == 0 and sign == "+":
        return VN_TZ
    delta = timedelta(hours=hh, minutes=mm)
    return timezone(-delta if sign == "-" else delta)


def _time_before(key: str, start: int) -> tuple[re.Match[str] | None, tuple[int, int, int] | None, timezone | None]:
    """(match, time, offset) of the time printed just before a date that starts at ``start``
    ("15:30, 24/10/2025")."""
    tm = _TIME_BEFORE.search(key, max(0, start - 40), start) if start else None
    if tm is None:
        return None, None, None
    hms = _hms(tm)
    return tm, hms, _tz_of(tm, tm["S"] is not None) if hms is not None and _tz_groups_present(tm) else None


def _tz_groups_present(m: re.Match[str]) -> bool:
    return m["zn"] is not None or m["zs2"] is not None or m["zz"] is not None


def _make(y: int, mo: int, d: int, hms: tuple[int, int, int] | None, tz: timezone | None) -> datetime:
    if hms is None:
        return datetime(y, mo, d, tzinfo=VN_TZ)
    value = datetime(y, mo, d, hms[0], hms[1], hms[2], tzinfo=tz or VN_TZ)
    return value if tz is None or tz is VN_TZ else value.astimezone(VN_TZ)


# ------------------------------------------------------------------------------------------------
# The fast path
# ------------------------------------------------------------------------------------------------


class _Rejected(Exception):
    """The text is a bare number or an out-of-range date: the answer is None."""


#: _fast's answer when the text holds date-like numbers that are not a date ("Trang 1/5", "31/02/2023"):
#: a strict relative form may still match, but dateparser must not be asked to guess
_NOT_A_DATE = ParsedDate(datetime(1970, 1, 1, tzinfo=VN_TZ), False, "none")


def _fast(key: str, base: datetime | None, mdy: bool) -> ParsedDate | None:
    # whole-string numbers: epochs and YYYYMMDD; any other bare number is not a date
    if key.isdigit():
        n = len(key)
        if key[0] == "0":
            raise _Rejected
        if n == 10 or n == 13:
            value = datetime.fromtimestamp(int(key) / (1000 if n == 13 else 1), VN_TZ).replace(microsecond=0)
            if _ok_year(value, base):
                return ParsedDate(value, True, "fast")
        elif n == 8:
            y, mo, d = int(key[:4]), int(key[4:6]), int(key[6:])
            if _valid(y, mo, d):
                value = datetime(y, mo, d, tzinfo=VN_TZ)
                if _ok_year(value, base):
                    return ParsedDate(value, False, "fast")
        raise _Rejected

    saw = False
    for m in _DATE_RE.finditer(key):
        saw = True
        kind = m.lastgroup
        yearless = False
        if kind == "dmy":
            a, b = int(m["d_b"]), int(m["m_b"])
            ys = m["y_b"] or m["yy_b"] or m["yn_b"]
            if ys is None:
                yearless = True
                d, mo, y = (b, a, 0) if mdy and 1 <= a <= 12 and 1 <= b <= 31 else (a, b, 0)
            else:
                y = _two_digit_year(int(ys), base) if len(ys) == 2 else int(ys)
                if mdy:
                    d, mo = (b, a) if _valid(y, a, b) else (a, b)
                else:
                    d, mo = (a, b) if _valid(y, b, a) else (b, a)  # M/D/Y only when D/M/Y is invalid
        elif kind == "ymd":
            y, mo, d = int(m["y_a"]), int(m["m_a"]), int(m["d_a"])
        elif kind == "lng":
            d, mo = int(m["d_c"]), _month_of(m["m_c"])
            if m["y_c"]:
                y = int(m["y_c"])
            else:
                y, yearless = 0, True
        elif kind == "mfd":
            y, mo, d = int(m["y_d"]), _month_of(m["m_d"]), int(m["d_d"])
        elif kind == "mon":
            y, mo, d = int(m["y_e"]), _month_of(m["m_e"]), 1
        elif kind == "edm":
            y, mo, d = int(m["y_f"]), _EN_MONTHS[m["m_f"][:3]], int(m["d_f"])
        else:  # emd
            y, mo, d = int(m["y_g"]), _EN_MONTHS[m["m_g"][:3]], int(m["d_g"])

        start, end = m.span()
        # the time of day: right after the date, else right before it
        hms = tz = None
        tm = _TIME_AFTER.match(key, end)
        if tm is not None:
            hms = _hms(tm)
            tz_end = tm.end()
            numeric_ok = tm["iso"] is not None or tm["S"] is not None
            zm = _TZ_AFTER.match(key, tz_end)
            if zm is not None and hms is not None:
                tz = _tz_of(zm, numeric_ok)
        else:
            tm, hms, tz = _time_before(key, start)
        if hms is not None and tz is None and ("gmt" in key or "utc" in key):
            zm = _TZ_ANY.search(key)
            if zm is not None:
                tz = _tz_of(zm, True)

        if yearless:
            # accepted only next to a date word / label / weekday / time, or as the whole string
            if _UNIT_AFTER.match(key, end):
                continue
            if (
                tm is None
                and not _INTRO_TAIL.search(key, max(0, start - 24), start)
                and (key[:start].strip(_EDGE_PUNCT) or key[end:].strip(_EDGE_PUNCT))
            ):
                continue
            b = _base(base)
            dd = _latest_not_after(d, mo, b)
            if dd is None:
                continue
            y, mo, d = dd.year, dd.month, dd.day
            base = b
        elif not _valid(y, mo, d):
            continue
        value = _make(y, mo, d, hms, tz)
        if not _ok_year(value, base):
            raise _Rejected
        return ParsedDate(value, hms is not None, "fast")
    return _NOT_A_DATE if saw else None


def _shift_months(d: datetime, months: int) -> datetime:
    y, mo = divmod(d.year * 12 + d.month - 1 - months, 12)
    mo += 1
    day = min(d.day, _MDAYS[mo] if mo != 2 or _valid(y, 2, 29) else 28)
    return d.replace(year=y, month=mo, day=day)


def _ago(b: datetime, n: int, unit: str) -> datetime:
    if unit == "s":
        return b - timedelta(seconds=n)
    if unit == "m":
        return b - timedelta(minutes=n)
    if unit == "h":
        return b - timedelta(hours=n)
    if unit == "d":
        return b - timedelta(days=n)
    if unit == "w":
        return b - timedelta(weeks=n)
    return _shift_months(b, n if unit == "M" else 12 * n)


def _relative(key: str, base: datetime | None) -> ParsedDate | None:
    m = _REL_RE.fullmatch(key)
    if m is None:
        return None
    b = _base(base).replace(microsecond=0)
    midnight = b.replace(hour=0, minute=0, second=0)
    if m["now"]:
        return ParsedDate(midnight, False, "relative")
    if m["unit"]:
        nt = m["n"]
        vague = nt in ("vai", "few", "several")  # "vài giây trước": no precise time
        n = 3 if vague else (int(nt) if nt.isdigit() else _NUM_WORDS[nt])
        unit = _UNITS[m["unit"]]
        value = _ago(b, n, unit)
        if m["unit2"]:
            unit2 = _UNITS[m["unit2"]]
            value = _ago(value, int(m["n2"]), unit2)
            unit = unit2
        if value.year < MIN_YEAR:
            return None
        if unit in "smh" and not vague:
            return ParsedDate(value, True, "relative")
        return ParsedDate(value.replace(hour=0, minute=0, second=0), False, "relative")
    if m["dw"]:
        dw = m["dw"]
        pod = m["pod"]
        offset = (0 if dw.endswith("nay") else -1) if pod else _DAY_WORDS[dw]
        day = midnight + timedelta(days=offset)
        suffix = "1" if m["H1"] is not None else "2" if m["H2"] is not None else None
        if suffix is None:
            return ParsedDate(day, False, "relative")
        hms = _hms(m, suffix, pod)
        if hms is None:
            return None
        return ParsedDate(day.replace(hour=hms[0], minute=hms[1], second=hms[2]), True, "relative")
    # a bare time of day: that time on base's day
    hms = _hms(m, "3", m["pod3"])
    if hms is None:
        return None
    value = midnight.replace(hour=hms[0], minute=hms[1], second=hms[2])
    if _tz_groups_present(m):
        tz = _tz_of(m, m["S3"] is not None)
        if tz is None:
            return None
        if tz is not VN_TZ:
            value = value.replace(tzinfo=tz).astimezone(VN_TZ)
    return ParsedDate(value, True, "relative")


# ------------------------------------------------------------------------------------------------
# Month names of other languages (after the Vietnamese forms, before dateparser)
# ------------------------------------------------------------------------------------------------

# Folded (ASCII, lower case) month names of the European languages written in Latin letters: German,
# French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish (genitive), Czech
# (genitive). English names are in the fast path. Only full names and abbreviations that are no
# common word ("mar", "ago", "set" are left out).
_FOREIGN_MONTH_NAMES = (
    ("januar janner janvier janv enero gennaio janeiro januari januar stycznia ledna", 1),
    ("februar fevrier fevr febrero febbraio fevereiro februari lutego unora", 2),
    ("marz mrz mars marzo marco maart marca brezna", 3),
    ("april avril avr abril aprile kwietnia dubna", 4),
    ("mai mayo maggio maio mei maja kvetna", 5),
    ("juni juin junio giugno junho czerwca cervna", 6),
    ("juli juillet juil julio luglio julho lipca cervence", 7),
    ("august aout agosto augustus sierpnia srpna", 8),
    ("september septembre septiembre setiembre settembre setembro wrzesnia zari", 9),
    ("oktober okt octobre octubre ottobre outubro pazdziernika rijna", 10),
    ("november novembre noviembre novembro listopada listopadu", 11),
    ("dezember dez decembre diciembre dicembre dezembro december desember grudnia prosince", 12),
)
_FOREIGN_MONTHS = {name: month for names, month in _FOREIGN_MONTH_NAMES for name in names.split()}
_FM = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
# "13. Mai 2026", "1er avril 2025", "13 de mayo de 2026", "7. februar 2024"
_FOREIGN_RE = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:\.|er|o)?\s?(?:de\s)?(?P<m>{_FM})\.?(?![a-z])\s?,?\s?(?:de\s|del\s)?"
    rf"(?P<y>{_Y4})(?!\d)"
)
# a time after it: "um 15:44 Uhr", "à 15h30", "a las 10:05", "alle 18:20", "às 9h12", "om 11:00", "kl. 14:02"
_FOREIGN_TIME = re.compile(
    rf"\s?[,|\-]?\s?(?:(?:um|a las|a la|alle ore|alle|ore|as|a|om|kl\.?|klockan|klokken|o|godz\.?|v)\s?)?{_TIME}"
    r"(?:\s?uhr(?![a-z]))?"
)


def _foreign(key: str, base: datetime | None) -> ParsedDate | None:
    """A day, a month name of another language and a year, with the time of day next to them."""
    m = _FOREIGN_RE.search(key)
    if m is None:
        return None
    y, mo, d = int(m["y"]), _FOREIGN_MONTHS[m["m"]], int(m["d"])
    if not _valid(y, mo, d):
        return None
    start, end = m.span()
    hms = tz = None
    tm = _FOREIGN_TIME.match(key, end)
    if tm is not None:
        hms = _hms(tm)
        zm = _TZ_AFTER.match(key, tm.end())
        if zm is not None and hms is not None:
            tz = _tz_of(zm, tm["S"] is not None or zm["zs2"] is not None)
    else:
        tm, hms, tz = _time_before(key, start)
    value = _make(y, mo, d, hms, tz)
    if not _ok_year(value, base):
        return None
    return ParsedDate(value, hms is not None, "foreign")


# ------------------------------------------------------------------------------------------------
# The dateparser fallback
# ------------------------------------------------------------------------------------------------

_DP_SETTINGS = {
    "DATE_ORDER": "DMY",
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "TO_TIMEZONE": "Asia/Ho_Chi_Minh",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DATES_FROM": "past",
    "USE_GIVEN_LANGUAGE_ORDER": True,
}
_DP_LANGUAGES = ["vi", "en"]
_dp_default: Any = None
_dp_by_base: OrderedDict[datetime, Any] = OrderedDict()
_DP_CACHE = 8


def _dateparser_for(base: datetime | None) -> Any:
    """One DateDataParser per reference time (RELATIVE_BASE is fixed at construction); built lazily."""
    global _dp_default
    from dateparser.date import DateDataParser  # imported here: `import crawler.dates` stays cheap

    if base is None:
        if _dp_default is None:
            _dp_default = DateDataParser(languages=_DP_LANGUAGES, settings=dict(_DP_SETTINGS))
        return _dp_default
    naive = base.astimezone(VN_TZ).replace(tzinfo=None)
    parser = _dp_by_base.get(naive)
    if parser is None:
        parser = DateDataParser(languages=_DP_LANGUAGES, settings={**_DP_SETTINGS, "RELATIVE_BASE": naive})
        _dp_by_base[naive] = parser
        if len(_dp_by_base) > _DP_CACHE:
            _dp_by_base.popitem(last=False)
    else:
        _dp_by_base.move_to_end(naive)
    return parser


def _fallback(prepared: str, key: str, base: datetime | None) -> ParsedDate | None:
    if not _FALLBACK_HINT.search(key) or _FALLBACK_BLOCK.search(key):
        return None
    if not any(c.isdigit() for c in key) and not _REL_WORDS.search(key):
        return None
    try:
        data = _dateparser_for(base).get_date_data(_clean_display(prepared))
    except Exception:  # noqa: BLE001 - a fallback must never break a crawl
        return None
    value = data.date_obj if data else None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=VN_TZ)
    value = value.astimezone(VN_TZ).replace(microsecond=0)
    parts = getattr(data, "parts", None)
    if parts is None:  # an older dateparser: judge by the period
        parts = ("month", "day", "time") if data.period == "time" else ("month", "day")
    if "day" not in parts:
        if "month" not in parts or "year" not in parts:
            return None  # "12 th", "Tháng Mười Hai": no day, or no year for a month
        value = value.replace(day=1)  # month precision, like "Tháng 12 năm 2023"
    elif "month" not in parts:
        return None
    has_time = "time" in parts
    if not has_time:
        value = value.replace(hour=0, minute=0, second=0)
    if not _ok_year(value, _base(base) if base is not None else None):
        return None
    return ParsedDate(value, has_time, "dateparser")


# ------------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------------


def parse_date_info(
    text: str | None, base: datetime | None = None, *, mdy: bool = False
) -> ParsedDate | None:
    """Read a date string as printed by a Vietnamese site; None when it holds no date.

    ``base`` is the moment relative ("2 giờ trước") and year-less ("Ngày 06/12,") strings are read
    against (now when None; a naive base is taken as +07:00). ``mdy=True`` reads an ambiguous
    numeric date month-first (for the rare site known to print M/D/Y).
    """
    if text is None:
        return None
    if not isinstance(text, str):
        if isinstance(text, int) and not isinstance(text, bool):
            text = str(text)
        else:
            return None
    if base is not None:
        base = _base(base)
    prepared = _prepare(text)
    key = _fold(prepared)
    if not key:
        return None
    try:
        found = _fast(key, base, mdy)
    except _Rejected:
        return None
    if found is not None and found is not _NOT_A_DATE:
        return found
    relative = _relative(key, base)
    if relative is not None or found is _NOT_A_DATE:
        return relative
    return _foreign(key, base) or _fallback(prepared, key, base)


def parse_date(text: str | None, base: datetime | None = None) -> datetime | None:
    """The aware +07:00 datetime of ``parse_date_info``, or None."""
    info = parse_date_info(text, base)
    return info.value if info is not None else None


def find_event_date(text: str | None, base: datetime | None = None) -> date | None:
    """The day an article's opening sentence says its event happened ("Ngày 6/12, …", "Sáng 18/6, …").

    Only a day/month introduced by a date word (Ngày, Sáng, Chiều, Tối, Trưa, Đêm, Hôm, with "nay"/"qua")
    within the first ~200 characters counts; a year-less one resolves to its latest occurrence not
    after ``base``. "Sáng nay, …" / "Hôm qua, …" opening the lede give ``base``'s day / the day before.
    """
    if not text or not isinstance(text, str):
        return None
    # `low` keeps the diacritics, `key` is the same text folded letter for letter (same positions)
    low = unicodedata.normalize("NFC", _prepare(text[: EVENT_WINDOW * 2]).translate(_CLEAN))
    low = " ".join(low.lower().split())[: EVENT_WINDOW + 40]
    key = low.translate(_LETTER_FOLD)
    strict = _VI_LETTER.search(low) is not None  # text with diacritics: "tới 15/12" is not "tối 15/12"
    b = None
    for m in _EVENT_RE.finditer(key):
        if m.start() >= EVENT_WINDOW:
            break
        if strict and low[m.start("intro") : m.end("intro")] not in _INTRO_WORDS:
            continue
        if m["d"] is not None:
            if m["y"] is None and m["yn"] is None and m["yy"] is None and _UNIT_AFTER.match(key, m.end()):
                continue  # "Sáng 8-10 giờ": hours, not a date
            d, mo, ys = int(m["d"]), int(m["m"]), m["y"] or m["yn"]
            if m["yy"]:
                ys = str(_two_digit_year(int(m["yy"]), base))
        else:
            d, mo, ys = int(m["d2"]), _month_of(m["m2"]), m["y2"]
        if ys:
            y = int(ys)
            if not _valid(y, mo, d):
                continue
            found = date(y, mo, d)
            if not _ok_year(datetime(y, mo, d, tzinfo=VN_TZ), _base(base) if base is not None else None):
                continue
            return found
        b = b or _base(base)
        found = _latest_not_after(d, mo, b)
        if found is not None:
            return found
    m = _EVENT_REL_RE.match(key)
    if m is not None and (not strict or low[m.start("intro") : m.end("intro")] in _INTRO_WORDS):
        day = _base(base).date()
        return day if m["word"] == "nay" else day - timedelta(days=1)
    return None


def to_iso(dt: datetime | date | None) -> str | None:
    """'2023-12-08T14:30:00+07:00': always +07:00, seconds included; None passes through.

    A naive datetime is taken as +07:00; a ``date`` is its midnight in +07:00.
    """
    if dt is None:
        return None
    if not isinstance(dt, datetime):
        dt = datetime(dt.year, dt.month, dt.day, tzinfo=VN_TZ)
    elif dt.tzinfo is None or dt.utcoffset() is None:
        dt = dt.replace(tzinfo=VN_TZ)
    else:
        dt = dt.astimezone(VN_TZ)
    return dt.isoformat(timespec="seconds")
