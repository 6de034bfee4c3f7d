"""The places an article's text names: current provinces (former names mapped) and localities.

``places(title, sapo, body, site_province=...)`` returns ::

    {"provinces": ["Đồng Tháp", ...],            # current names, most mentioned first
     "localities": [{"name": "Cai Lậy", "province": "Đồng Tháp", "kind": "thị xã"}, ...]}

Data
----
- Provinces: :mod:`crawler.provinces` (the 34 provinces of Resolution 202/2025/QH15 of 12 June 2025,
  in force 1 July 2025, with the former provinces each was made of, and common other spellings), plus
  the few aliases below (``TP.HCM``, ``Sài Gòn``, ``BR-VT``, ``Hà Nam Ninh``…).
- Localities: the package ``vietnam-provinces`` (PyPI, module ``vietnam_provinces``; built against
  version 2025.10.1, data of 2025-10-18): the 3,321 wards, communes and special zones (phường, xã,
  đặc khu) of the two-level administration in force since 1 July 2025, each with its province. The
  districts and towns abolished that day are not in it, but the ward or commune that succeeded a
  district seat usually kept its name (thị xã Cai Lậy → phường Cai Lậy, huyện Cái Bè → xã Cái Bè,
  both in Đồng Tháp), which is how a former district named in an old article is placed.

Rules (precision first)
-----------------------
Matching is case- and diacritics-insensitive (names are compared ``fold``-ed); the output uses the
canonical spelling. Case still carries information: in an ordinarily capitalised field (not all
capitals, not all lower case) only capitalised names are read, and a name is read as a whole run of
capitalised words ("Thái Bình Dương" is one name, not "Thái Bình" + "Dương"). A field written all in
capitals or all in lower case (or without diacritics) is read without these case rules.

A province is counted where its name (current or former, with or without ``tỉnh``/``thành phố``/``TP``
in front) stands as whole words, except where the context says it is something else:

- written in lower case inside an ordinarily capitalised text ("hòa bình" = peace, "bình định"; so
  also "tỉnh long an" in such a text);
- part of a longer proper name: followed by another capitalised word ("Thái Bình Dương" = the Pacific,
  "Điện Biên Phủ", "Đồng Tháp Mười", "Hà Nội Mới") or preceded by a family or middle name ("Nguyễn Hòa
  Bình", "Lê Thị Huế") or a form of address ("bà Huế", "anh Thái Bình", "đồng chí …");
- the name of a ward, commune, street, river, bridge or market ("phường Long An", "sông Đồng Nai",
  "đường Hà Nội", "bún bò Huế");
- "Hòa Bình" (also the word for peace and a common ward name) and "Hồ Chí Minh" (the President; the
  Youth Union, the Academy, "tư tưởng Hồ Chí Minh") count only with a marker: "tỉnh Hòa Bình",
  "TP Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh".

A locality is tagged only where an administrative word stands before its name (thị xã/TX, huyện,
thành phố/TP, quận, phường, xã, thị trấn, đặc khu: written with its diacritics, or without any where
the whole field is written without diacritics), the name starts with a capital letter in a
capitalised text, and it resolves to one province: either the name exists in one province only, or
exactly one of its provinces is named by the text (a province, or the province of an unambiguous
locality of the same text) or is the site's province. The locality's province is then counted as a
mention. "thành phố X" where X is a province ("TP Cần Thơ", "thành phố Huế") is the province.

Where several localities share a name and a spelling, the kind written settles ward against commune
("phường Hội An" is in Đà Nẵng, "xã Hội An" in An Giang). The site's own province (``site_province``)
only breaks such ties: it is never added because the site is from there.

Provinces are ordered by mentions (a locality's mention counts for its province), ties by the first
mention (title, then sapo, then body); localities likewise. Speed: the tables are built on the first
call (~0.1 s); then about 0.2 ms for a 5,000-character article (runs of capitalised words are found by
one regular expression; only runs that may start a known name are looked up, word by word, in dicts).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Any

from .provinces import FORMER_TO_CURRENT, current_province, fold

__all__ = ["fold_keep", "places"]

# --- folding that keeps offsets ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if ch in "đĐ":
            base = "d"
        if base != ch and len(base) == 1:
            table[cp] = base
    table[ord("Đ")] = table[ord("đ")] = "d"
    return table


def fold_keep(text: str) -> str:
    """Fold an NFC text character by character: same length, so offsets map back to ``text``.

    Lower case, no diacritics, đ → d; punctuation and spaces as they are (unlike ``fold``, which also
    turns hyphens into spaces and collapses white space)."""
    return text.translate(_fold_table())


# --- vocabulary --------------------------------------------------------------------------------------

#: words before a province name that mark it as one (lower case; "TP." read as "tp")
_MARKERS = {"tỉnh", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "thành phố", "tp", "ubnd tỉnh", "ubnd tp"}
_MARKERS_ASCII = {"tinh", "tinh uy", "thanh uy", "thanh pho", "tp"}
#: words before a name that make it a person's name
_HONORIFICS = {"ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ", "thầy", "mẹ", "bố", "cha",
               "đồng chí", "bạn", "chàng", "nàng", "thím", "dì", "cậu", "mợ"}
_HONORIFICS_ASCII = {"ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "chau", "cu", "thay", "dong chi"}
#: capitalised family and middle names: "Nguyễn Hòa Bình", "Lê Thị Huế" are people
_NAME_PARTS = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "đinh", "trương", "lâm", "mai", "tô", "tạ", "đào", "đoàn", "lương", "trịnh", "hà",
    "cao", "chu", "châu", "quách", "thái", "tăng", "lưu", "kiều", "la", "mạc", "từ", "vương",
    "thị", "văn", "đức", "hữu", "công", "quang", "minh", "ngọc", "xuân", "kim", "đình", "bá", "như", "mạnh",
    "trọng", "thế", "duy", "tiến", "quốc", "thu", "thúy", "thùy", "phương", "bảo", "gia", "khánh",
}
#: words before a name that make it the name of something else than the province
_NOT_PROVINCE_BEFORE = {
    "xã", "phường", "quận", "huyện", "thị xã", "thị trấn", "đặc khu", "ấp", "thôn", "bản", "khóm", "khu phố",
    "làng", "đường", "phố", "đại lộ", "sông", "cầu", "kênh", "rạch", "chợ", "hẻm", "ngõ", "bến", "bò", "ca",
}
_NOT_PROVINCE_BEFORE_ASCII = {
    "xa", "phuong", "quan", "huyen", "thi xa", "thi tran", "dac khu", "ap", "thon", "khom", "khu pho", "lang",
    "duong", "pho", "dai lo", "song", "cau", "kenh", "rach", "cho", "hem", "ngo", "ben", "bo", "ca",
}
#: administrative words before a locality → the kind reported
_KINDS = {
    "thị xã": "thị xã", "tx": "thị xã", "thị trấn": "thị trấn", "thành phố": "thành phố", "tp": "thành phố",
    "đặc khu": "đặc khu", "huyện": "huyện", "quận": "quận", "phường": "phường", "xã": "xã",
}
_KINDS_ASCII = {
    "thi xa": "thị xã", "tx": "thị xã", "thi tran": "thị trấn", "thanh pho": "thành phố", "tp": "thành phố",
    "dac khu": "đặc khu", "huyen": "huyện", "quan": "quận", "phuong": "phường", "xa": "xã",
}
#: folded alias → current province (None: a longer name that contains a province's and is not one)
_EXTRA_ALIASES: dict[str, str | None] = {
    "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "sai gon": "Hồ Chí Minh", "br vt": "Hồ Chí Minh",
    "brvt": "Hồ Chí Minh", "ba ria vung tau": "Hồ Chí Minh", "kontum": "Quảng Ngãi", "daklak": "Đắk Lắk",
    "dak nong": "Lâm Đồng", "daknong": "Lâm Đồng", "bac can": "Thái Nguyên", "ha nam ninh": "Ninh Bình",
    "thua thien hue": "Huế", "hue": "Huế",
    "thai binh duong": None, "dong thap muoi": None, "dien bien phu": None,
}
#: names that count only after a marker (tỉnh, thành phố, TP)
_NEED_MARKER = {"hoa binh", "ho chi minh", "hcm"}


class _Data:
    """The name tables, built once on first use (about 0.1 s)."""

    def __init__(self) -> None:
        from vietnam_provinces import Province, Ward

        aliases: dict[str, str | None] = {}
        for key, current in FORMER_TO_CURRENT.items():
            for prefix in ("tp ", "thanh pho "):  # "TP Hồ Chí Minh": the marker is read separately
                key = key.removeprefix(prefix)
            aliases[key] = current
        aliases.update(_EXTRA_ALIASES)
        #: folded province name or alias → current province (or None)
        self.aliases = aliases

        province_of: dict[int, str] = {}
        for p in Province.iter_all():
            province_of[int(p.code)] = current_province(re.sub(r"^Thành phố\s+", "", p.name)) or p.name
        index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        derived: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for w in Ward.iter_all():
            kind, name = re.match(r"^\s*(Phường|Xã|Đặc khu)\s+(.+)$", w.name).groups()  # type: ignore[union-attr]
            name = " ".join(name.split())
            entry = (name, province_of[int(w.province_code)], kind.lower())
            if entry not in index[fold(name)]:
                index[fold(name)].append(entry)
            # "Lâm Viên - Đà Lạt", "1 Bảo Lộc": the former city's name survives in the suffix
            m = re.match(r"^(?:.+? - |\d+ )(.+)$", name)
            if m:
                derived[fold(m.group(1))].append((m.group(1), entry[1], ""))
        for key, entries in derived.items():
            if key not in index and len({p for _, p, _ in entries}) == 1:
                index[key] = entries[:1]
        #: folded locality name → [(name, current province, "phường"/"xã"/"đặc khu")]
        self.wards = dict(index)

        names = [k.split() for k in (*aliases, *index)]
        self.max_words = max(len(k) for k in names)
        #: one-word names, and the first two words of the others: where a name may start
        self.ones = {k[0] for k in names if len(k) == 1}
        self.starts = {f"{k[0]} {k[1]}" for k in names if len(k) > 1}


_DATA: _Data | None = None


def _data() -> _Data:
    global _DATA
    if _DATA is None:
        _DATA = _Data()
    return _DATA


# --- scanning ----------------------------------------------------------------------------------------

_UPPER = "".join(sorted({chr(c) for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
                         if chr(c).isupper()}))
_SEP = r"(?:[ \t]*[-–][ \t]*|[ \t]+)"
# a run of capitalised words (or numbers): where names are, in ordinarily written text
_RUN_CASED = re.compile(rf"[{_UPPER}][\w'’]*(?:{_SEP}[{_UPPER}0-9][\w'’]*)*")
# a run of words between punctuation: text all in capitals or all in lower case
_RUN_ANY = re.compile(rf"[\w'’]+(?:{_SEP}[\w'’]+)*")
_WORD = re.compile(r"[\w'’]+")


def _before(text: str, start: int) -> list[str]:
    """The (up to) two words right before ``start``, lower case, when only spaces separate them from it
    ("TP." counts as "tp": "TP.HCM")."""
    window = text[max(0, start - 30):start]
    if window and not window[-1].isspace() and window[-1] != ".":
        return []
    tail = window.rstrip(" \t")
    dot = tail.endswith(".")
    if dot:
        tail = tail[:-1]
    out: list[str] = []
    for tok in reversed(tail.split()):
        if len(out) == 2 or not tok.replace("'", "").replace("’", "").isalnum():
            break
        out.insert(0, tok.lower())
    if dot and out[-1:] not in (["tp"], ["tx"]):
        return []  # the end of a sentence, not an abbreviation
    return out


def _title_word(word: str) -> bool:
    """'Dương', 'Phủ': a capitalised word that is not an acronym (TP, UBND, FC) nor a number."""
    return word[:1].isupper() and not word.isupper()


class _Mentions:
    """What one field (title, sapo or body) names: province mentions and locality candidates."""

    def __init__(self, text: str, offset: int, data: _Data) -> None:
        self.provinces: list[tuple[int, str]] = []
        self.localities: list[tuple[int, str, str, list[tuple[str, str, str]]]] = []
        ascii_ = text.isascii()
        cased = text != text.lower() and text != text.upper()
        table = _fold_table()
        markers = _MARKERS_ASCII if ascii_ else _MARKERS
        honorifics = _HONORIFICS_ASCII if ascii_ else _HONORIFICS
        not_before = _NOT_PROVINCE_BEFORE_ASCII if ascii_ else _NOT_PROVINCE_BEFORE
        kinds = _KINDS_ASCII if ascii_ else _KINDS
        aliases, wards, max_words = data.aliases, data.wards, data.max_words

        ones, starts = data.ones, data.starts
        for run in (_RUN_CASED if cased else _RUN_ANY).finditer(text):
            group = run.group()
            fgroup = group.translate(table)
            if fgroup.isalnum():  # one word (most runs): only a one-word name can be here
                if fgroup not in ones:
                    continue
                words, folded, hits = [group], [fgroup], [0]
            else:
                folded = _WORD.findall(fgroup)
                # where a name may start: a one-word name, or the first two words of a longer one
                hits = [i for i in range(len(folded)) if folded[i] in ones
                        or (i + 1 < len(folded) and f"{folded[i]} {folded[i + 1]}" in starts)]
                if not hits:
                    continue
                words = _WORD.findall(group)
            n_words = len(words)
            before = _before(text, run.start())
            context = before + [w.lower() for w in words]  # the words before the run, then the run's
            shift = len(before)
            done = 0  # words up to here belong to a name already read
            for i in hits:
                if i < done:
                    continue
                k = i + shift
                b1 = context[k - 1] if k >= 1 else ""
                b2 = f"{context[k - 2]} {b1}" if k >= 2 else b1
                for n in range(min(max_words, n_words - i), 0, -1):
                    key = " ".join(folded[i:i + n])
                    in_aliases = key in aliases
                    if not in_aliases and key not in wards:
                        continue
                    if cased and i + n < n_words and _title_word(words[i + n]):
                        continue  # part of a longer name: "Thái Bình Dương", "xã Tân Phú Đông"
                    kind = kinds.get(b2) or kinds.get(b1)
                    if kind and key in wards and not (kind == "thành phố" and aliases.get(key)):
                        written = " ".join(words[i:i + n])
                        self.localities.append((offset + run.start() + i, kind, written, wards[key]))
                        done = i + n
                        break
                    if not in_aliases:
                        continue
                    done = i + n  # a province's name is here, counted or not: its words are not read again
                    current = aliases[key]
                    if current is None:
                        break
                    if b1 in markers or b2 in markers:
                        self.provinces.append((offset + run.start() + i, current))
                        break
                    if key in _NEED_MARKER or b1 in not_before or b2 in not_before:
                        break
                    if b1 in honorifics or b2 in honorifics:
                        break
                    if cased and b1 in _NAME_PARTS and i > 0:  # a capitalised name part inside the run
                        break
                    self.provinces.append((offset + run.start() + i, current))
                    break


def places(title: str, sapo: str, body: str, *, site_province: str | None = None) -> dict[str, Any]:
    """The current provinces the text names (most mentioned first) and the localities it names.

    ``site_province`` (current or former name) only settles which of several same-named localities is
    meant; the site's province is not added unless the text names it."""
    data = _data()
    found: list[_Mentions] = []
    offset = 0
    for text in (title, sapo, body):
        text = text or ""
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        found.append(_Mentions(text, offset, data))
        offset += len(text) + 1

    counts: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}

    def count(province: str, pos: int) -> None:
        counts[province] += 1
        if pos < first.get(province, pos + 1):
            first[province] = pos

    for f in found:
        for pos, province in f.provinces:
            count(province, pos)

    # localities: a name in one province, or in several of which the text (or the site) names one
    context = set(counts)
    if site_province and current_province(site_province):
        context.add(current_province(site_province))  # type: ignore[arg-type]
    resolved: list[tuple[int, str, tuple[str, str]]] = []
    pending = []
    for f in found:
        for pos, kind, written, candidates in f.localities:
            same_kind = [c for c in candidates if c[2] == kind] if kind in ("phường", "xã", "đặc khu") else []
            cands = same_kind or candidates
            exact = [c for c in cands if c[0].lower() == written.lower()]
            cands = exact or cands
            if len({c[1] for c in cands}) == 1:
                resolved.append((pos, kind, cands[0][:2]))
                context.add(cands[0][1])
            else:
                pending.append((pos, kind, cands))
    for pos, kind, cands in pending:
        inside = [c for c in cands if c[1] in context]
        if len({c[1] for c in inside}) == 1:
            resolved.append((pos, kind, inside[0][:2]))

    localities: dict[tuple[str, str], dict[str, Any]] = {}
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    first_loc: dict[tuple[str, str], int] = {}
    for pos, kind, (name, province) in sorted(resolved):
        count(province, pos)
        mentions[(name, province)] += 1
        if (name, province) not in localities:
            localities[(name, province)] = {"name": name, "province": province, "kind": kind}
            first_loc[(name, province)] = pos

    provinces = sorted(counts, key=lambda p: (-counts[p], first[p]))
    order = sorted(localities, key=lambda k: (-mentions[k], first_loc[k]))
    return {"provinces": provinces, "localities": [localities[k] for k in order]}
