"""One sample article, generated deterministically from (site, article id, portal size, edition).

Everything is drawn from ``random.Random(f"{site}:{id}")`` in a fixed order, so an article is the
same in every run and costs the same to make whatever the portal's size. Dates are arithmetic: article
``id`` of a portal of ``n`` articles is published ``(n - id) × 3 h 17 min`` before the epoch (by default
1 November 2025, 06:00 +07:00); the articles a later edition adds come after it, its revisions the
day after.

The awkward cases real pages have are tied to ``id % 10`` (see ``CASES``); the seed article is
article 1 of the tiengiang portal (and, republished, of the baoapbac portal).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import quote_plus

from . import _seed
from .bank import GENERIC_SENTENCES, LOCAL_ORGS, PHOTO_CAPTIONS, PHOTO_LEADS, REGIONS, TOPICS, UPDATE_NOTES
from .profiles import PROFILES, Place, Profile, Section, Sub

__all__ = [
    "CASES", "EPOCH", "NEW_PER_EDITION", "STEP", "VN", "Article", "Img", "article", "case_of", "head",
    "modified_at", "published_at", "slugify", "total",
]

VN = timezone(timedelta(hours=7))
EPOCH = datetime(2025, 11, 1, 6, 0, tzinfo=VN)
STEP = timedelta(hours=3, minutes=17)
#: an edition after the first adds this many articles on top of the listings
NEW_PER_EDITION = 3

#: id % 10 → the awkward case the article carries ("updated" only from edition 2 on)
CASES: dict[int, str] = {
    1: "plain",
    2: "no_author",
    3: "several_authors",
    4: "source_ttxvn",
    5: "no_tags",
    6: "photo_story",
    7: "uncaptioned_image",
    8: "no_sapo",
    9: "attachments",
    0: "updated",
}

_INTROS = ("Ngày {d}-{m}, ", "Ngày {dd}/{mm}, ", "Sáng {d}-{m}, ", "Chiều {d}/{m}, ", "Ngày {dd}/{mm}/{y}, ", "Tối {d}-{m}, ")
_BYLINE_LABELS = ("", "", "Tin, ảnh: ", "Bài, ảnh: ", "Tin: ", "Bài: ")
_CREDITS = ("TTXVN", "CTV", "Tư liệu")
_DOCS = (
    "Kế hoạch số {n}/KH-UBND",
    "Quyết định số {n}/QĐ-UBND",
    "Báo cáo kết quả thực hiện nhiệm vụ năm {year}",
    "Công văn số {n}/UBND-KT",
)


@dataclass(frozen=True)
class Img:
    name: str  #: file stem, unique within the article
    caption: str | None  #: without the credit
    credit: str | None
    paren: bool = False  #: credit printed "(Ảnh: X)" rather than "Ảnh: X"
    after: int = -1  #: shown after this body paragraph (-1: at the top of the body)

    @property
    def printed_caption(self) -> str | None:
        """The caption as the page prints it, credit included."""
        if self.caption is None:
            return None
        if not self.credit:
            return self.caption
        return f"{self.caption} (Ảnh: {self.credit})" if self.paren else f"{self.caption} Ảnh: {self.credit}"


@dataclass(frozen=True)
class Article:
    site: str
    id: int
    section: Section
    sub: Sub | None
    topic: str
    title: str
    slug: str
    intro: str  #: the opening date words ("Ngày 8-1, ") or ""
    lead: str  #: the opening sentence, intro included
    summary: str  #: a one-sentence summary without a date (a national site's description)
    paragraphs: tuple[str, ...]  #: body paragraphs after the lead (may hold U+00A0, as the seed does)
    subhead: tuple[int, str] | None  #: a sub-heading shown before paragraph [0]
    images: tuple[Img, ...]
    byline_label: str  #: "Tin, ảnh: " etc. before the names ("" for a bare name)
    authors: tuple[str, ...]
    source: str | None  #: outlet of a "Theo X" line
    tags: tuple[str, ...]
    published: datetime
    modified: datetime | None
    event: date | None
    attachments: tuple[tuple[str, str], ...]  #: (file name, title): the "File đính kèm" of a portal
    doc_link: tuple[str, str] | None  #: (file name, title): a document linked from the body
    photo_story: bool
    update_note: str | None
    has_sapo: bool  #: False for the "no_sapo" case (where a family's lead element is optional)
    lead_roll: float  #: a draw in [0, 1): a family whose lead is rare shows one when it is below its rate
    lead_figure: bool  #: the first image is the article's lead figure, outside the body
    related: tuple[int, ...]
    case: str
    seed: bool = False

    @property
    def byline(self) -> str | None:
        """The byline as printed, or None."""
        if not self.authors:
            return None
        return self.byline_label + " - ".join(self.authors)

    @property
    def source_line(self) -> str | None:
        return f"Theo {self.source}" if self.source else None

    @property
    def category(self) -> tuple[str, ...]:
        return (self.section.name, self.sub.name) if self.sub else (self.section.name,)


# --- arithmetic -------------------------------------------------------------------------------------


def total(n_articles: int, edition: int) -> int:
    """How many articles a portal of ``n_articles`` serves in ``edition``."""
    return n_articles + NEW_PER_EDITION * (max(edition, 1) - 1)


def published_at(n_articles: int, article_id: int, epoch: datetime = EPOCH) -> datetime:
    """Article ``n_articles`` is published at ``epoch``, each older one 3 h 17 min earlier; the articles
    a later edition adds follow at the same pace."""
    return epoch + (article_id - n_articles) * STEP + timedelta(seconds=(article_id * 37) % 60)


def is_updated(n_articles: int, edition: int, article_id: int) -> bool:
    """Edition 2 (and later) revises a tenth of the articles of edition 1."""
    return edition >= 2 and article_id <= n_articles and article_id % 10 == 0


def modified_at(n_articles: int, edition: int, article_id: int, epoch: datetime = EPOCH) -> datetime | None:
    """Edition ``e`` is the portal as it stands ``e - 1`` days after ``epoch``: a revised article was
    changed within the last day before that (after everything edition 1 published)."""
    if not is_updated(n_articles, edition, article_id):
        return None
    back = timedelta(hours=1 + (article_id // 10) % 12, minutes=13, seconds=29)
    return epoch + timedelta(days=edition - 1) - back


def case_of(article_id: int) -> str:
    return CASES[article_id % 10]


def section_of(profile: Profile, article_id: int) -> tuple[Section, Sub | None]:
    k = len(profile.sections)
    section = profile.sections[article_id % k]
    sub = section.subs[(article_id // k) % len(section.subs)] if section.subs else None
    return section, sub


# --- text helpers -------------------------------------------------------------------------------------


def slugify(text: str, limit: int = 0) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if limit and len(slug) > limit:
        slug = slug[:limit].rstrip("-")
    return slug


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


_NUMBERS = {
    "n1": lambda r: str(r.randint(2, 45)),
    "n2": lambda r: str(r.randint(12, 480)),
    "n3": lambda r: _thousands(r.randint(150, 48000)),
    "n4": lambda r: str(r.randint(3, 30)),
    "p1": lambda r: f"{r.randint(2, 29)},{r.randint(1, 9)}",
    "p2": lambda r: f"{r.randint(71, 98)},{r.randint(1, 9)}",
}


class _Slots(dict):  # type: ignore[type-arg]
    """Template values. Numbers are drawn afresh at each use, from the article's own generator."""

    def __init__(self, rng: random.Random | None = None, **values: str) -> None:
        super().__init__(**values)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if self.rng is not None and key in _NUMBERS:
            return _NUMBERS[key](self.rng)
        if self.rng is not None and key == "price":
            low = self.rng.randint(55, 80) * 100
            return f"{_thousands(low)} đồng đến {_thousands(low + self.rng.randint(2, 6) * 100)} đồng"
        raise KeyError(f"unknown template slot {{{key}}}")


def _slots(rng: random.Random, place: Place, org: str, year: int) -> _Slots:
    values = _Slots(
        rng, place=place.place, Place=_cap(place.place), prov=place.prov, Prov=_cap(place.prov),
        org=org, Org=_cap(org), Local=rng.choice(LOCAL_ORGS), year=str(year), next=str(year + 1),
    )
    for key, options in sorted(REGIONS[place.region].items()):
        values[key] = rng.choice(options)
    return values


def _fmt(template: str, slots: _Slots) -> str:
    return template.format_map(slots)


# --- generation -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """What a listing needs of an article: drawn first, so that it is cheap to get alone."""

    section: Section
    sub: Sub | None
    topic: str
    title: str
    slug: str
    published: datetime


def _start(site: str, article_id: int, n_articles: int, epoch: datetime) -> tuple[random.Random, Head, _Slots, Place]:
    profile = PROFILES[site]
    rng = random.Random(f"{site}:{article_id}")
    section, sub = section_of(profile, article_id)
    topic_key = rng.choice((sub.topics if sub and sub.topics else ()) or section.topics)
    topic = TOPICS[topic_key]
    place = rng.choice(profile.places)
    org = rng.choice(topic.orgs)
    published = published_at(n_articles, article_id, epoch)
    slots = _slots(rng, place, org, published.year)
    title = _fmt(rng.choice(topic.titles), slots)
    return rng, Head(section, sub, topic_key, title, slugify(title), published), slots, place


@lru_cache(maxsize=8192)
def head(site: str, article_id: int, n_articles: int, epoch: datetime = EPOCH) -> Head:
    """Section, title, slug and date of an article (the seed's own where it is the seed)."""
    seed = _seed_article(site, article_id, n_articles, 1)
    if seed is not None:
        return Head(seed.section, seed.sub, seed.topic, seed.title, seed.slug, seed.published)
    return _start(site, article_id, n_articles, epoch)[1]


@lru_cache(maxsize=4096)
def article(site: str, article_id: int, n_articles: int, edition: int = 1, epoch: datetime = EPOCH) -> Article:
    seed = _seed_article(site, article_id, n_articles, edition)
    if seed is not None:
        return seed
    profile = PROFILES[site]
    rng, h, slots, place = _start(site, article_id, n_articles, epoch)
    topic = TOPICS[h.topic]
    case = case_of(article_id)
    photo = case == "photo_story"

    # the opening: a date ("Ngày 8-1, ") two times in three, the event's day up to two days back
    event: date | None = None
    intro = ""
    if rng.random() < 0.7:
        back = rng.choice((0, 0, 0, 1, 1, 2))
        event = (h.published - timedelta(days=back)).date()
        style = rng.choice(_INTROS)
        if back == 0 and h.published.hour < 12 and style.startswith(("Chiều", "Tối")):
            style = "Ngày {d}-{m}, "
        intro = style.format(d=event.day, m=event.month, dd=f"{event.day:02d}", mm=f"{event.month:02d}",
                             y=event.year)
    lead_core = _fmt(rng.choice(PHOTO_LEADS if photo else topic.leads), slots)
    lead = intro + lead_core if intro else _cap(lead_core)
    summary = _fmt(rng.choice(topic.summaries), slots)

    # body paragraphs: 3-8 of one to three sentences (a photo story has none: its captions tell it)
    count = rng.randint(3, 8)
    if case == "uncaptioned_image":
        count = max(count, 4)
    pool = [_fmt(s, slots) for s in rng.sample(topic.sentences + GENERIC_SENTENCES,
                                              len(topic.sentences) + len(GENERIC_SENTENCES))]
    paragraphs: list[str] = []
    if not photo:
        i = 0
        for _ in range(count):
            parts: list[str] = []
            want = rng.randint(1, 3)
            while len(parts) < want or len(" ".join(parts)) < 140:
                parts.append(pool[i % len(pool)])
                i += 1
            paragraphs.append(" ".join(parts))
    subhead = None
    if len(paragraphs) >= 6 and rng.random() < 0.6:
        subhead = (len(paragraphs) // 2, rng.choice(topic.subheads))

    # images
    captions = [_fmt(c, slots) for c in topic.captions]
    rng.shuffle(captions)
    credit_names = profile.reporters + _CREDITS
    images: list[Img] = []
    if photo:
        texts = captions[:2] + rng.sample(PHOTO_CAPTIONS, 3)
        texts = [_fmt(t, slots) for t in texts][: rng.randint(4, 5)]
        with_credit = rng.random() < 0.5
        photographer = rng.choice(profile.reporters)
        for k, text in enumerate(texts):
            images.append(Img(f"anh-{k + 1}", text, photographer if with_credit else None, False, -1))
    else:
        n_img = 3 if case == "uncaptioned_image" else rng.choice((0, 1, 1, 2, 2, 3))
        n_img = min(n_img, len(paragraphs) - 1)
        slots_after = sorted(rng.sample(range(len(paragraphs) - 1), n_img))
        for k, after in enumerate(slots_after):
            caption: str | None = captions[k % len(captions)]
            credit = rng.choice(credit_names) if rng.random() < 0.4 else None
            paren = rng.random() < 0.5
            if case == "uncaptioned_image":
                caption, credit = ((None, None), (caption, rng.choice(credit_names)), (caption, None))[k]
            images.append(Img(f"anh-{k + 1}", caption, credit, paren, after))

    # byline, source
    label = rng.choice(_BYLINE_LABELS)
    first, second = rng.sample(profile.reporters, 2)
    authors: tuple[str, ...] = (first,)
    source = None
    if case == "no_author":
        authors = ()
    elif case == "several_authors":
        authors, label = (first, second), "Bài và ảnh: "
    elif case == "source_ttxvn":
        authors, source = (), "TTXVN"
    elif photo:
        label = "Ảnh: " if images[0].credit is None else label

    # tags
    tag_pool = list(dict.fromkeys(_fmt(t, slots) for t in topic.tags))
    tags = rng.sample(tag_pool, min(len(tag_pool), rng.randint(2, 4)))
    if rng.random() < 0.5:
        tags.append(place.place.split(" ", 1)[1])
    if case == "no_tags":
        tags = []

    # documents
    doc_title = _fmt(rng.choice(_DOCS), _Slots(n=str(rng.randint(12, 480)), year=str(h.published.year)))
    attachments: tuple[tuple[str, str], ...] = ()
    doc_link = None
    if case == "attachments":
        second_doc = f"Phụ lục kèm theo {doc_title[0].lower()}{doc_title[1:]}"
        attachments = ((quote_plus(doc_title) + ".pdf", doc_title),)
        if rng.random() < 0.5:
            attachments += ((quote_plus(second_doc) + ".docx", second_doc),)
        doc_link = (slugify(doc_title) + ".pdf", doc_title)

    lead_roll = rng.random()
    lead_figure = rng.random() < 0.5 and bool(images) and not photo
    related = tuple(i for i in (article_id - 1, article_id - 3, article_id - 7) if i >= 1)

    update_note = None
    modified = modified_at(n_articles, edition, article_id, epoch)
    if modified is not None:
        update_note = random.Random(f"{site}:{article_id}:update").choice(UPDATE_NOTES)

    return Article(
        site=site, id=article_id, section=h.section, sub=h.sub, topic=h.topic, title=h.title, slug=h.slug,
        intro=intro, lead=lead, summary=summary, paragraphs=tuple(paragraphs), subhead=subhead,
        images=tuple(images), byline_label=label, authors=authors, source=source, tags=tuple(tags),
        published=h.published, modified=modified, event=event, attachments=attachments, doc_link=doc_link,
        photo_story=photo, update_note=update_note, has_sapo=case != "no_sapo", lead_roll=lead_roll,
        lead_figure=lead_figure,
        related=related, case=case,
    )


# --- the seed -----------------------------------------------------------------------------------------


def _seed_article(site: str, article_id: int, n_articles: int, edition: int) -> Article | None:
    if article_id != 1 or site not in ("tiengiang", "baoapbac"):
        return None
    profile = PROFILES[site]
    section, sub = section_of(profile, 1)
    captions = _seed.CAPTIONS
    if site == "tiengiang":
        title = _seed.TITLE
        published = datetime(2023, 12, 8, 0, 0, tzinfo=VN)
        images = (Img("tk-qsqp-cai-lay-1", captions[0], None, False, 0), Img("tk-qsqp-cai-lay-2", captions[1], None, False, 1))
        source, tags, has_sapo = None, (), False
    else:  # republished by the paper, as the modelled fixture tests/fixtures/baoapbac/cai-lay.html
        title = "Thị xã Cai Lậy: Tổng kết công tác quân sự, quốc phòng địa phương năm 2023"
        published = datetime(2023, 12, 8, 9, 15, tzinfo=VN)
        images = (Img("cailay1", captions[0], _seed.AUTHOR, True, 0), Img("cailay2", captions[1], _seed.AUTHOR, True, 1))
        source, tags, has_sapo = "Cổng TTĐT Tiền Giang", ("Cai Lậy", "quân sự quốc phòng", "tổng kết năm 2023"), True
    return Article(
        site=site, id=1, section=section, sub=sub, topic="quoc_phong", title=title, slug=slugify(title),
        intro="Ngày 06/12, ", lead=_seed.LEAD, summary=_seed.LEAD, paragraphs=_seed.PARAGRAPHS, subhead=None,
        images=images, byline_label="", authors=(_seed.AUTHOR,), source=source, tags=tags, published=published,
        modified=None, event=date(2023, 12, 6), attachments=(), doc_link=None, photo_story=False, update_note=None,
        has_sapo=has_sapo, lead_roll=0.0, lead_figure=False, related=(), case="seed", seed=True,
    )
