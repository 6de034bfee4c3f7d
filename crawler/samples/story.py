"""One story's text: a cast drawn for the article, and sentences composed from ``lexicon`` templates.

Two generated stories of the same topic must read like two different stories, as real ones do: each
has its own people (an official, a provincial leader, residents), hamlets, units, figures and quotes,
and its sentences are composed per article from the topic's phrases and the shared frames, with
alternatives drawn at every ``[a|b]``. Of the old shared sentences (``bank.GENERIC_SENTENCES``) an
article uses at most one, as its closing "boilerplate".

Everything is drawn from the article's own ``random.Random``, in a fixed order: deterministic, and
the same cost for any article.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime

from .bank import GENERIC_SENTENCES, LOCAL_ORGS, REGIONS
from .lexicon import BOSS_ROLES, LEXICON, NAMES, SHARED, VILLAGES
from .profiles import Place

__all__ = ["Person", "Slots", "body_sentences", "closing", "expand", "lead", "make_slots", "photo_captions",
           "summary", "title"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


_NUMBERS = {
    "k": lambda r: str(r.randint(2, 9)),
    "n1": lambda r: str(r.randint(2, 45)),
    "n2": lambda r: str(r.randint(12, 480)),
    "n3": lambda r: _thousands(r.randint(150, 48000)),
    "n4": lambda r: str(r.randint(3, 30)),
    "area": lambda r: str(r.randint(32, 80)),
    "inc": lambda r: str(r.randint(45, 95)),
    "wage": lambda r: str(r.randint(6, 14)),
    "v": lambda r: str(r.randint(50, 150)),
    "p1": lambda r: f"{r.randint(2, 29)},{r.randint(1, 9)}",
    "p2": lambda r: f"{r.randint(71, 98)},{r.randint(1, 9)}",
}
_DOCS = ("Kế hoạch số {n}/KH-UBND", "Nghị quyết số {n}-NQ/TU", "Chỉ thị số {k}/CT-UBND", "Đề án số {n}/ĐA-UBND",
         "Quyết định số {n}/QĐ-UBND")


@dataclass(frozen=True)
class Person:
    family: str
    middle: str
    given: str
    honorific: str  #: "ông", "bà", "anh", "chị", "em"
    tail: str  #: what follows the name at the first mention ("Phó Chủ tịch UBND xã Cái Bè", "ngụ ấp Mỹ Lợi…")

    @property
    def name(self) -> str:
        return f"{self.family} {self.middle} {self.given}"

    @property
    def named(self) -> str:
        return f"{self.honorific} {self.name}"

    @property
    def short(self) -> str:
        return f"{self.honorific} {self.given}"

    @property
    def full(self) -> str:
        """The first mention: name and role, with the comma that closes the apposition."""
        return f"{self.named}, {self.tail}," if self.tail else self.named


_PERSON_SLOT = re.compile(r"(off|boss|res2|res|kid)(_s|_n|_name)?")


class Slots(dict):  # type: ignore[type-arg]
    """Template values. Numbers are drawn afresh at each use, phrases ``{@key}`` from the topic's lists
    (no repeat while others are left), people written in full at their first mention."""

    def __init__(self, rng: random.Random | None = None, lexicon: dict[str, tuple[str, ...]] | None = None,
                 **values: str) -> None:
        super().__init__(**values)
        self.rng = rng
        self.lexicon = lexicon or {}
        self.people: dict[str, Person] = {}
        self.mentioned: set[str] = set()
        self.used: dict[str, set[int]] = {}

    def fresh(self) -> Slots:
        """A copy in which nobody has been mentioned yet (a rewritten lead, a repost)."""
        other = Slots(self.rng, self.lexicon, **self)
        other.people = self.people
        other.used = {k: set(v) for k, v in self.used.items()}
        return other

    def pick(self, key: str, shared: bool = False) -> str:
        """One template of the topic's list ``key`` (else the shared one; ``shared``: the shared one),
        not one used before while others are left."""
        own = () if shared else self.lexicon.get(key, ())
        options = own or SHARED.get(key, ())
        if not options:
            raise KeyError(f"no phrases for {{@{key}}}")
        assert self.rng is not None
        used = self.used.setdefault(("topic:" if own else "shared:") + key, set())
        if len(used) >= len(options):
            used.clear()
        i = self.rng.choice([i for i in range(len(options)) if i not in used])
        used.add(i)
        return options[i]

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if rng is not None:
            if key in _NUMBERS:
                return _NUMBERS[key](rng)
            if key == "price":
                low = rng.randint(55, 80) * 100
                return f"{_thousands(low)} đồng đến {_thousands(low + rng.randint(2, 6) * 100)} đồng"
            if key == "doc":
                return rng.choice(_DOCS).format(n=rng.randint(12, 480), k=rng.randint(2, 30))
            if key.startswith("@"):
                return expand(self.pick(key[1:]), self, cap=False)
        m = _PERSON_SLOT.fullmatch(key.lower())
        if m and m.group(1) in self.people:
            who, form = m.group(1), m.group(2)
            person = self.people[who]
            if form == "_s":
                text = person.short
            elif form == "_n":
                text = person.named
            elif form == "_name":
                text = person.name
            elif who in self.mentioned:
                text = person.short
            else:
                self.mentioned.add(who)
                text = person.full
            return _cap(text) if key[:1].isupper() else text
        raise KeyError(f"unknown template slot {{{key}}}")


_ALT = re.compile(r"\[([^\[\]]*)\]")
_SPACES = re.compile(r"[ \t]{2,}")
_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?”])")


def expand(template: str, slots: Slots, cap: bool = True) -> str:
    """A template with its ``[a|b]`` alternatives drawn and its slots filled; a sentence's first letter
    capitalised (``cap``)."""
    rng = slots.rng
    assert rng is not None
    while "[" in template:
        template = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    text = template.format_map(slots)
    text = _BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).replace(",,", ",").replace(", ,", ",").strip()
    text = text.replace(",.", ".").replace(",:", ":")
    if cap:
        text = ("“" + _cap(text[1:])) if text.startswith("“") else _cap(text)
    return text


# --- the cast --------------------------------------------------------------------------------------------


def _person(rng: random.Random, region: str, tail: str, *, elder: bool = False, young: bool = False) -> Person:
    names = NAMES["mountain" if region == "mountain" and rng.random() < 0.6 else "kinh"]
    families, m_mid, m_given, f_mid, f_given = names
    female = rng.random() < 0.4
    family = rng.choice(families)
    if female:
        middle, given = rng.choice(f_mid), rng.choice(f_given)
    else:
        middle, given = rng.choice(m_mid), rng.choice(m_given)
    if young:
        honorific = "em"
    elif elder:
        honorific = "bà" if female else "ông"
    else:
        honorific = rng.choice(("chị", "chị", "bà") if female else ("anh", "anh", "ông"))
    return Person(family, middle, given, honorific, tail)


def _village(rng: random.Random, region: str, avoid: str = "") -> tuple[str, str]:
    words, names = VILLAGES["mountain" if region == "mountain" else "mekong"]
    name = rng.choice([n for n in names if n != avoid])
    if rng.random() < 0.12 and region != "mountain":
        name = str(rng.randint(1, 9))
    return rng.choice(words), name


def make_slots(rng: random.Random, topic: str, place: Place, places: tuple[Place, ...], org: str,
               published: datetime) -> Slots:
    """The article's slots: its place, office, year, regional words and cast, drawn from ``rng``."""
    lex = LEXICON[topic]
    year = published.year
    party = "Thành ủy" if place.prov.startswith(("TP", "Hà Nội", "Đà Nẵng", "Cần Thơ")) else "Tỉnh ủy"
    others = [p for p in places if p.place != place.place] or [place]
    place2 = rng.choice(others)
    slots = Slots(
        rng, lex, place=place.place, Place=_cap(place.place), place2=place2.place, prov=place.prov,
        Prov=_cap(place.prov), party=party, org=org, Org=_cap(org), Local=rng.choice(LOCAL_ORGS), year=str(year),
        next=str(year + 1), month=f"tháng {rng.randint(1, published.month)}",
    )
    later = published.month + rng.randint(1, 3)
    slots["later"] = f"tháng {later}" if later <= 12 else f"quý I năm {year + 1}"
    for key, options in sorted(REGIONS[place.region].items()):
        slots[key] = rng.choice(options)
    slots["Hamlet_word"] = _cap(slots["hamlet"])
    word, name = _village(rng, place.region)
    word2, name2 = _village(rng, place.region, avoid=name)
    slots.update(village=f"{word} {name}", Village=_cap(f"{word} {name}"), village2=f"{word2} {name2}",
                 Village_name=place.place.split(" ", 1)[1] if name.isdigit() else name)
    unit = expand(rng.choice(lex["units"]), slots, cap=True)
    slots.update(unit=unit, Unit=_cap(unit))
    where = "ngụ" if place.region == "mekong" and rng.random() < 0.7 else "ở"
    slots.people = {
        "off": _person(rng, place.region, expand(rng.choice(lex["roles"]), slots, cap=False), elder=True),
        "boss": _person(rng, "plain", expand(rng.choice(BOSS_ROLES), slots, cap=False), elder=True),
        "res": _person(rng, place.region, f"{where} {slots['village']}, {place.place}"),
        "res2": _person(rng, place.region, f"{where} {slots['village2']}"),
        "kid": _person(rng, place.region, f"học sinh {unit}" if topic == "giao_duc" else "", young=True),
    }
    return slots


# --- the body --------------------------------------------------------------------------------------------

#: the roles of a body's sentences, in reading order: "ctx", "det", "res" are the topic's own sentences,
#: "quote", "resq", "trouble", "dir" frames around its phrases (a topic may have its own "resq")
_PLAN = ("ctx", "det", "res", "quote", "det", "res", "trouble", "resq", "dir", "res", "det", "quote", "ctx", "res",
         "trouble", "det", "dir", "res", "det", "ctx", "res", "det", "res")
#: at most this many sentences of a frame in one body
_CAPS = {"quote": 2, "resq": 1, "trouble": 2, "dir": 2}


def body_sentences(slots: Slots) -> list[str]:
    """The body's sentences in reading order, none repeated: the topic's sentences until they run out,
    the frames up to their caps (the caller takes as many as its paragraphs need)."""
    out: list[str] = []
    done: dict[str, int] = {}
    for role in _PLAN:
        if role in _CAPS:
            if done.get(role, 0) >= _CAPS[role]:
                continue
            done[role] = done.get(role, 0) + 1
            out.append(expand(slots.pick(role, shared=role not in slots.lexicon), slots))
        elif done.get(role, 0) < len(slots.lexicon[role]):
            done[role] = done.get(role, 0) + 1
            out.append(expand(slots.pick(role), slots))
    return out


def closing(slots: Slots) -> str | None:
    """The body's last sentence: a closing of the story's own, one shared "boilerplate" sentence
    (``bank.GENERIC_SENTENCES``, at most one per article), or none."""
    assert slots.rng is not None
    roll = slots.rng.random()
    if roll < 0.35:
        return expand(slots.pick("close", shared=True), slots)
    if roll < 0.7:
        return expand(slots.rng.choice(GENERIC_SENTENCES), slots)
    return None


def lead(slots: Slots, photo: bool) -> str:
    """The opening sentence (as it stands after an opening date: lower case where it has no name)."""
    return expand(slots.pick("photo_lead", shared=True) if photo else slots.pick("leads"), slots, cap=False)


def summary(slots: Slots) -> str:
    return expand(slots.pick("sums"), slots)


def title(slots: Slots, fixed: tuple[str, ...]) -> str:
    """A title: one of the topic's fixed titles (``bank``) or of its composed ones (``lexicon``)."""
    assert slots.rng is not None
    return expand(slots.rng.choice(fixed + slots.lexicon.get("titles", ())), slots)


def photo_captions(slots: Slots, count: int) -> list[str]:
    """The captions of a photo story: the topic's and the shared ones, composed, alternately."""
    return [expand(slots.pick("photo", shared=k % 2 == 1), slots) for k in range(count)]

