"""Vietnamese text normalisation, bylines, sources and image credits.

Everything here is a pure function of strings, shared by every page parser.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata

__all__ = [
    "Byline",
    "byline_names",
    "clean",
    "clean_multiline",
    "decode_entities",
    "is_outlet",
    "lead_byline",
    "parse_byline",
    "split_credit",
    "split_names",
]

# zero-width characters, soft hyphens, C0 controls but tab/newline, lone surrogates (broken escapes)
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LITERAL_NBSP = re.compile(r"&nbsp;?", re.IGNORECASE)


def clean(text: str | None) -> str:
    """NFC, no zero-width characters, every run of white space (NBSP included) as one space, trimmed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", _ZERO_WIDTH_RE.sub("", text))  # removal first: it can join a letter and its mark
    if "&nbsp" in text or "&NBSP" in text:
        text = _LITERAL_NBSP.sub(" ", text)
    # str.split() splits at every Unicode space, NBSP and U+2000-U+200A included
    return " ".join(text.split())


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def decode_entities(text: str) -> str:
    """Text with HTML entities a CMS escaped twice decoded ("&amp;quot;" arrives as "&quot;")."""
    return clean(html.unescape(text)) if text and _ENTITY.search(text) else text


def clean_multiline(text: str | None) -> str:
    """Like :func:`clean` for each paragraph; paragraphs (blank-line separated) joined by one blank line."""
    if not text:
        return ""
    paras = (clean(p) for p in re.split(r"\n\s*\n|\n", text))
    return "\n\n".join(p for p in paras if p)


# --- outlets -------------------------------------------------------------------------------------

# Words that name an organisation, not a person.
_OUTLET_WORDS = re.compile(
    r"(?i)(?:^|\b)(?:báo|tạp chí|tạp chí|cổng|trang|đài|thông tấn|truyền hình|phát thanh|"
    r"đài phát thanh|ttxvn|ttđt|ttdt|vov|vtv|vtc|htv|vnexpress|vietnamplus|tuổi trẻ|thanh niên|dân trí|"
    r"nhân dân|quân đội nhân dân|công an nhân dân|chinhphu|chính phủ|sở|bộ|ban|cục|ủy ban|uỷ ban|ubnd|"
    r"tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|hội|trung tâm|văn phòng|phòng|công ty|công nghệ|"
    r"tập đoàn|corp|jsc|media|group|"
    r"reuters|afp|ap|bbc|cnn|xinhua|tân hoa xã|kyodo|yonhap|bloomberg|điện tử|online|news|tv)(?:\b|$)"
)
# a paper's name in Korean, Japanese or Chinese ends with the word for daily, newspaper, news, broadcaster
_PAPER_SUFFIX = re.compile(r"(?:일보|신문|뉴스|방송|新聞|新闻|日報|日报|通信|電視|电视|テレビ)$")
_DOMAIN = re.compile(r"(?i)\b[\w-]+\.(?:vn|com|net|org|gov)\b|\b[\w-]+\.[a-z]{2,6}$")
# An acronym of three or more capitals (TTXVN, UBND, VOV) marks an organisation too.
_ACRONYM = re.compile(r"\b[A-ZĐ]{3,}\b")


def _camel_case(name: str) -> bool:
    """A brand glued in CamelCase ("ChannelVN", "VnExpress", "ZingNews"): Vietnamese names never are."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(name))



def is_outlet(name: str) -> bool:
    """True when ``name`` looks like a news outlet or an organisation rather than a person."""
    name = clean(name)
    if not name:
        return False
    if _OUTLET_WORDS.search(name) or _DOMAIN.search(name) or _camel_case(name) or _PAPER_SUFFIX.search(name):
        return True
    if _INITIALS.match(name.replace(" ", "")):
        return False  # "P.Y", "H.Đ": a reporter's initials
    if name.isupper():
        # all capitals: "TTXVN" is an acronym, "MAI PHƯƠNG" a name set in capitals, "MDR THÜRINGEN"
        # an outlet (its first word has no vowel: an acronym)
        return (" " not in name and len(name) <= 6) or bool(_NO_VOWEL.fullmatch(name.split()[0]))
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in words[:-1]) \
            and _CAPS_SURNAME.fullmatch(words[-1]) and len(_VOWELS.findall(words[-1])) >= 2:
        return False  # "Bill MCCARTHY": the surname in capitals (an acronym has hardly a vowel: TTXVN, UBND)
    return bool(_ACRONYM.search(name))


_NO_VOWEL = re.compile(r"[BCDFGHJKLMNPQRSTVWXZĐ]{2,}")
_CAPS_SURNAME = re.compile(r"[A-Z][A-Z'-]{3,}")
_VOWELS = re.compile(r"[AEIOUY]")


# --- names ---------------------------------------------------------------------------------------

_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s[-–—]\s|\s+và\s+|\s*&\s*|/)\s*")
_UPPER_WORD = re.compile(r"^[A-ZÀ-ỸĐ]")
_INITIALS = re.compile(r"^(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,2}\.){1,3}\s*[A-ZÀ-ỸĐ]?[\wÀ-ỹ]*\.?$")


def _looks_like_name(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or len(part) > 40:
        return False
    if _INITIALS.match(part.replace(" ", "")):
        return True
    return all(_UPPER_WORD.match(w) or w in {"PV", "CTV", "TTV", "BTV"} or _uncased(w) for w in words)


def _uncased(word: str) -> bool:
    """A word of a script without capitals (Hangul, CJK, Arabic…): a name there has no capital to show."""
    c = word[0]
    return c.isalpha() and not c.isupper() and not c.islower() and len(word) <= _UNCASED_NAME_CHARS


#: a name in Chinese characters or Hangul has two to four (a longer word is a phrase or a department)
_UNCASED_NAME_CHARS = 4


def _tidy_name(part: str) -> str:
    part = clean(part).strip(" .:-–—()[]")
    # "MAI PHƯƠNG" → "Mai Phương"; acronyms and outlets ("TTXVN", "VOV") stay as they are.
    if part.isupper() and " " in part and not _INITIALS.match(part.replace(" ", "")) and not is_outlet(part):
        part = part.title()
    return part


def split_names(text: str) -> list[str]:
    """'A - B', 'A, B', 'A và B' → ['A', 'B'] (tidy, all-caps names title-cased)."""
    out: list[str] = []
    for part in _NAME_SPLIT.split(clean(text)):
        part = _tidy_name(part)
        if part and part not in out:
            out.append(part)
    return out


# --- bylines -------------------------------------------------------------------------------------

_BYLINE_LABEL = re.compile(
    r"(?i)^\(?\s*(?:tin\s*(?:,|và)?\s*ảnh|bài\s*(?:,|và)?\s*ảnh|tin\s*,\s*bài|tin\s*(?:,|và)?\s*clip|"
    r"bài\s+viết|bài|tin|tác giả|thực hiện|ghi chép|nhóm thực hiện|nội dung|video|clip|ảnh|"
    r"thể hiện|đồ họa|đồ hoạ|biên tập|phóng viên|pv)\s*[:：]\s*(?P<names>.+?)\)?$"
)
_GROUP_BYLINE = re.compile(r"(?i)^(?:nhóm\s+(?:pv|phóng viên|ctv|phóng viên thường trú)|pv|ctv|nhóm pv)\.?$")
_SOURCE = re.compile(r"(?i)^\(?\s*(?:theo|nguồn)\s*[:：]?\s*(?P<src>[^()]+?)\s*\)?\.?$")
_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")


class Byline:
    """What a trailing paragraph says: people (authors) and/or an outlet (source)."""

    __slots__ = ("authors", "source")

    def __init__(self, authors: list[str] | None = None, source: str | None = None) -> None:
        self.authors = authors or []
        self.source = source

    def __bool__(self) -> bool:
        return bool(self.authors or self.source)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Byline(authors={self.authors!r}, source={self.source!r})"


def parse_byline(text: str, *, styled: bool = False) -> Byline:
    """Read a short trailing paragraph as a byline, or return an empty :class:`Byline`.

    ``styled`` says the paragraph is set apart on the page (right-aligned, bold or all caps): only
    then is a bare name ("Mai Phương", "P.Y") read as an author, since a body sentence can be short too.
    """
    text = clean(text)
    if not text or len(text) > 120:
        return Byline()
    m = _SOURCE.match(text)
    if m and len(text) <= 80:
        src = clean(m.group("src"))
        if src and "," not in src and len(src.split()) <= 8:
            if "/" in src:
                # "Theo Minh Nguyễn/Vcamp.vn": the person who wrote or translated it, and the outlet
                return _person_and_outlet(src.split("/"))
            if is_outlet(src):
                return Byline(source=src)
            if _looks_like_name(src):
                return Byline(authors=[_tidy_name(src)])
        return Byline()
    if _GROUP_BYLINE.match(text):
        return Byline(authors=[text.rstrip(".")])
    m = _BYLINE_LABEL.match(text)
    if m:
        return _names_to_byline(m.group("names"))
    if styled and not _SENTENCE_END.search(text.rstrip(".")):
        if _ONE_WORD.match(text):
            # one bare word set apart ("Forbes", "Reuters"): a publication; a Vietnamese name has
            # two syllables or more, and a reporter signs short with initials ("P.Y")
            return Byline(source=text)
        parts = [p for p in _NAME_SPLIT.split(text) if p.strip()]
        if parts and all(_looks_like_name(_tidy_name(p)) or _GROUP_BYLINE.match(p.strip()) for p in parts):
            return _names_to_byline(text)
    return Byline()


_ONE_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]{2,}$")


# "By Jill Disis, CNN Business", "Von Anna Fink", "Por Juan Pérez": a byline above the text (the
# Vietnamese press signs at the end instead); the word before the names in the languages news is read in
_LEAD_BY = re.compile(
    r"(?i)^(?:by|von|por|par|di|door|av|af|przez|od|bởi|tác giả|written by|words by|reporting by)\s*[:：]?\s+(?P<names>.+)$"
)


_LEAD_AND = re.compile(r"\s+(?:and|und|y|et|e|og|en|i|och|ve)\s+")


def lead_byline(text: str) -> Byline:
    """Read a short line above an article ("By A and B, Outlet") as a byline, or an empty :class:`Byline`."""
    text = clean(text)
    m = _LEAD_BY.match(text)
    if not m or len(text) > 120 or _SENTENCE_END.search(text.rstrip(".")):
        return Byline()
    names = _LEAD_AND.sub(", ", m.group("names"))
    parts = [p for p in _NAME_SPLIT.split(names) if p.strip()]
    if not parts or not all(_looks_like_name(_tidy_name(p)) or is_outlet(p) for p in parts):
        return Byline()
    return _names_to_byline(names)


def byline_names(text: str) -> list[str]:
    """The people a byline names, however it is written: "Theo Phạm Trường", "Tác giả: A - B",
    "By A and B, Outlet", "A, B" or a bare name; outlets, e-mail addresses and numbers are not people."""
    text = _ROLE_NOTE.sub("", _REPORTER_AFTER.sub("", clean(text)))
    if not text or ("@" in text and " " not in text) or split_credit(text)[1] is not None:
        return []
    if _LABEL_ONLY.match(text):
        return []
    found = lead_byline(text)
    if not found:
        found = parse_byline(_LEAD_AND.sub(", ", text), styled=True)
    names = found.authors if found else [n for n in split_names(_LEAD_AND.sub(", ", text)) if _looks_like_name(n)]
    return [n for n in names if not is_outlet(n) and "@" not in n and not n.isdigit() and not _JOB_TITLE.search(n)]


# the job printed after a name ("Jamelle Bouie, Opinion Columnist") is no person
_JOB_TITLE = re.compile(
    r"(?i)\b(?:columnist|writer|editor|reporter|correspondent|contributor|journalist(?:in)?|producer|"
    r"redakteur(?:in)?|korrespondent(?:in)?|rédacteur|rédactrice|chroniqueur|chroniqueuse|redactora?|"
    r"corresponsal|giornalista|redattore|biên tập viên)s?$"
)


_LABEL_ONLY = re.compile(
    r"(?i)^(?:by|von|por|par|di|door|av|af|przez|od|bởi|tác giả|theo|autor|author|autorin/autor|autor/in|autoren)"
    r"\s*[:：]?$"
    r"|^[^\W\d_]+\s*[:：]$"  # any lone word with a colon ("Stand:"): a label
)


# "신현주 기자", "松岡大地記者": the word for reporter after the name (Korean, Japanese, Chinese)
_REPORTER_AFTER = re.compile(r"\s*(?:기자|특파원|記者|记者|特派員)(?=$|\s*[,、·/])")
# "Elena Oberholzer (obe)": the initials a paper signs short texts with, after the name
_ROLE_NOTE = re.compile(r"\s*\([a-zà-ỹ.]{2,5}\)")


def _person_and_outlet(parts: list[str]) -> Byline:
    authors, source = [], None
    for part in (clean(p) for p in parts):
        if not part:
            continue
        if is_outlet(part):
            source = source or part
        elif _looks_like_name(part):
            authors.append(_tidy_name(part))
        else:
            return Byline()
    return Byline(authors, source)


def _names_to_byline(names_text: str) -> Byline:
    authors: list[str] = []
    source = None
    for name in split_names(names_text):
        if is_outlet(name) and not _GROUP_BYLINE.match(name):
            source = source or name
        else:
            authors.append(name)
    return Byline(authors, source)


# --- image credits -------------------------------------------------------------------------------

_CREDIT = re.compile(
    r"(?i)\s*[\(\[]?\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|nguồn ảnh|nguồn|photo|video|clip|đồ họa|"
    r"image|images|foto|fotos|bild|picture|photograph|credit|crédit)"
    r"\s*[:：]\s*(?P<credit>[^()\[\]]+?)\s*[\)\]]?\s*\.?\s*$|\s*[\(\[]?\s*©\s*(?P<copyright>[^()\[\]©]+?)\s*[\)\]]?\s*\.?\s*$"
)


def split_credit(caption: str) -> tuple[str, str | None]:
    """'Y bác sĩ nội soi. Ảnh: Bệnh viện cung cấp' → ('Y bác sĩ nội soi.', 'Bệnh viện cung cấp')."""
    caption = clean(caption)
    m = _CREDIT.search(caption)
    if not m:
        return caption, None
    before = caption[: m.start()].rstrip(" -–—,")
    credit = clean(m.group("credit") or m.group("copyright")).rstrip(".")
    return before, credit or None
