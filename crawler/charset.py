"""A page's bytes as UTF-8, whatever its server and its markup claim.

The evidence, strongest first:

1. a byte order mark;
2. bytes that are valid UTF-8 and hold non-ASCII text: no legacy Vietnamese page is valid UTF-8 by
   chance, so a ``<meta charset>`` (or an HTTP header) that says otherwise is wrong;
3. the HTTP ``Content-Type`` charset (the server's word, which HTML gives precedence over the page's);
4. the page's own ``<meta charset>``;
5. Windows-1258 (the Vietnamese Windows code page) when nothing is declared.

Then one more check: text written in **TCVN3** (the "ABC" encoding of the ``.VnTime`` fonts, common on
Vietnamese sites until the 2010s) reads as Latin-1 symbols (``B¸o Th¾ng``), whether the page came as
single bytes or was converted to UTF-8 by a CMS that believed it was Latin-1. Such text is mapped back
to Vietnamese (``Bảo Thắng``). Python has no codec for TCVN3 and no maintained package provides one,
so the table is here (TCVN 5712:1993, VN3, the lower-case ``.VnTime`` font; the capital-only
``.VnTimeH`` font reuses the same codes, so its text comes out in lower case).
"""

from __future__ import annotations

import re
import unicodedata

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, resolve_encoding

__all__ = ["TCVN3_TO_UNICODE", "from_tcvn3", "garbled", "looks_tcvn3", "to_utf8"]

# TCVN3 byte (read as Latin-1) → the Vietnamese letter it stands for.
TCVN3_TO_UNICODE: dict[str, str] = dict(zip(
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô"
    "\xadõøö÷ù" "úýûüþ" "¡¢§£¤¥¦",
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ"
    "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ",
    strict=True,
))
_TCVN3_TABLE = str.maketrans(TCVN3_TO_UNICODE)
# Codes that are symbols, not letters, in Latin-1 but letters in TCVN3: their density tells TCVN3 text.
_TCVN3_SYMBOLS = re.compile("[µ¸¶·¹¨»¾¼½©®ª«¬\xad¡¢§£¤¥¦×]")
# Of those, the codes of frequent small letters that other text hardly ever holds (à á ả ạ ă ắ ẳ ẵ ê ơ):
# not the guillemets, the soft hyphen and the middle dot of German, French or Nordic text (TCVN3's
# ô, ằ, ư, ã), nor the signs of prices and legal lines (£ ¥ ¢ © ® §: TCVN3's capitals, â and đ)
_TCVN3_ONLY = re.compile("[µ¸¶¹¨¾¼½ª¬]")
# Letters only Vietnamese Unicode text has (real Vietnamese, not TCVN3 read as Latin-1).
_VIETNAMESE = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_MIN_SYMBOLS = 20


def looks_tcvn3(text: str) -> bool:
    """True when ``text`` is TCVN3 read as Latin-1: many TCVN3 letter codes, hardly any Vietnamese letter."""
    symbols = len(_TCVN3_SYMBOLS.findall(text))
    return (symbols >= _MIN_SYMBOLS and symbols > 3 * len(_VIETNAMESE.findall(text))
            and len(_TCVN3_ONLY.findall(text)) * 2 >= _MIN_SYMBOLS)


def from_tcvn3(text: str) -> str:
    """TCVN3 text (read as Latin-1) as Vietnamese Unicode, NFC."""
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))


def _utf8_or_none(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def to_utf8(data: bytes, http_encoding: str | None = None) -> bytes:
    """``data`` (a page as served) as UTF-8 bytes, by the evidence in the module docstring.

    ``http_encoding`` is the charset of the HTTP ``Content-Type`` header, when there was one. Valid
    UTF-8 pages come back unchanged (no copy) unless their text is TCVN3.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        _, text = html_to_unicode(None, data)
        return _finish(text)
    text = _utf8_or_none(data)
    if text is not None:
        # valid UTF-8: a wrong <meta charset> or header cannot make it anything else (TCVN3 aside)
        if data.count(b"\xc2") < _MIN_SYMBOLS or not looks_tcvn3(text):
            return data
        return from_tcvn3(text).encode("utf-8", "surrogatepass")
    latin1 = data.decode("latin-1")  # TCVN3 is a font trick over Latin-1 codes: read them as such
    if looks_tcvn3(latin1):
        return from_tcvn3(latin1).encode("utf-8", "surrogatepass")
    declared = resolve_encoding(http_encoding) if http_encoding else None
    declared = declared or html_body_declared_encoding(data)
    if declared in (None, "utf-8"):
        text = data.decode("utf-8", "replace")
        bad = text.count("\ufffd")
        if bad * 100 < sum(1 for c in text if c > "\x7f"):  # UTF-8 with a few broken bytes: keep it so
            return _finish(text)
        # nothing usable declared, or UTF-8 declared but the bytes are not: the Vietnamese code page
        declared = "cp1258"
    _, text = html_to_unicode(f"text/html; charset={declared}", data)
    return _finish(text)


def _finish(text: str) -> bytes:
    if looks_tcvn3(text):
        return from_tcvn3(text).encode("utf-8", "surrogatepass")
    return unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")


# UTF-8 read as Windows-1252/Latin-1 ("Viá»‡t", "Ä‘", "Æ°"), TCVN3 left undecoded, U+FFFD where bytes were lost.
_MOJIBAKE = re.compile("á»|áº|Ä‘|Æ°|Æ¡|Ã[\u0080-\u00bf]|\ufffd")


def garbled(text: str) -> bool:
    """True when ``text`` reads as a wrong character set: mojibake of UTF-8, TCVN3 left as Latin-1
    symbols, or lost bytes (U+FFFD), more than once in a hundred words."""
    if not text:
        return False
    words = text.count(" ") + 1
    return looks_tcvn3(text) or len(_MOJIBAKE.findall(text)) * 100 > max(words, 100)
