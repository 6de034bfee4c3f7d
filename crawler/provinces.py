"""Vietnam's provinces after the 1 July 2025 merger (63 → 34), and what each former province became.

Source: Resolution 202/2025/QH15 of the National Assembly (12 June 2025) on the arrangement of
provincial-level administrative units, in force from 1 July 2025. Each current province lists the
former provinces merged into it (itself first where its name was kept).
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["CURRENT", "FORMER_TO_CURRENT", "current_province", "fold"]

#: current province → the former provinces it was made of (34 entries)
CURRENT: dict[str, tuple[str, ...]] = {
    # eleven provinces and cities kept as they were
    "Hà Nội": ("Hà Nội",),
    "Huế": ("Thừa Thiên Huế",),
    "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",),
    "Sơn La": ("Sơn La",),
    "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",),
    "Thanh Hóa": ("Thanh Hóa",),
    "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",),
    "Cao Bằng": ("Cao Bằng",),
    # twenty-three made by merging
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}


# Folding word by word, each word's folding kept (functools.lru_cache, bounded): every article is
# folded for the search index and for clustering, and its text is a few thousand words of a vocabulary
# of a few thousand (a character-by-character pass over each text was most of the time of storing an
# article). No character's folding depends on another word's, and none makes or removes whitespace but
# "-" (tests/test_fold.py checks every character).
@functools.lru_cache(maxsize=500_000)
def _fold_word(word: str) -> str:
    text = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("-", " ").split())


def fold(name: str) -> str:
    """Lower case, no diacritics, đ → d, single spaces: 'Tiền Giang' → 'tien giang'."""
    if name.isascii():
        return " ".join(name.lower().replace("-", " ").split())
    return " ".join(filter(None, map(_fold_word, name.split())))


#: former province (folded) → current province; current names map to themselves
FORMER_TO_CURRENT: dict[str, str] = {
    fold(former): current for current, formers in CURRENT.items() for former in (current, *formers)
}
# common other spellings
for _alias, _current in {
    "tp hồ chí minh": "Hồ Chí Minh", "thành phố hồ chí minh": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh",
    "sài gòn": "Hồ Chí Minh", "bà rịa vũng tàu": "Hồ Chí Minh", "thừa thiên - huế": "Huế",
    "thanh hoá": "Thanh Hóa", "hoà bình": "Hòa Bình", "khánh hoà": "Khánh Hòa", "đắc lắc": "Đắk Lắk",
    "đắk nông": "Lâm Đồng", "tp cần thơ": "Cần Thơ", "tp hà nội": "Hà Nội", "tp hải phòng": "Hải Phòng",
    "tp đà nẵng": "Đà Nẵng",
}.items():
    FORMER_TO_CURRENT[fold(_alias)] = FORMER_TO_CURRENT.get(fold(_current), _current)


def current_province(name: str | None) -> str | None:
    """The current province of a province name, former or current, with or without diacritics."""
    if not name:
        return None
    return FORMER_TO_CURRENT.get(fold(name))
