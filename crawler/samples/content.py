"""One sample article, generated deterministically from (site, article id, portal size, edition).

Everything is drawn from ``random.Random(f"{site}:{id}")`` in a fixed order, so an article is the
same in every run and costs the same to make whatever the portal's size. Dates are arithmetic: article
``id`` of a portal of ``n`` articles is published ``(n - id) × 3 h 17 min`` before the epoch (by default
1 November 2025, 06:00 +07:00); the articles a later edition adds come after it, its revisions the
day after.

Each article is a story of its own (``story``, ``lexicon``): its own people, hamlets, units, figures
and quotes, its sentences composed from the topic's phrases, at most one shared "boilerplate"
sentence; two different stories share little text (3-word shingles: 3 % on average between two
articles of the five 30-article portals, under 50 % for the closest pair).

The awkward cases real pages have are tied to ``id % 10`` (see ``CASES``); the seed article is
article 1 of the tiengiang portal (and, republished, of the baoapbac portal).

Planted republications (``REPOSTS``): some ids of a portal are reposts of a story another portal
published 1-3 steps (3 h 17 min each) earlier — baoapbac reposts the tiengiang portal and the reverse
(same current province, Đồng Tháp), vnexpress (national) reposts baocantho and baolaocai. One id in
20 is a repost slot per (site, origin) pair (ids ≡ residue mod ``REPOST_PERIOD``), filled when a
suitable original is there (about 5 % of the reposting portal's ids per origin; on the five 30-article
portals: baoapbac 15 ← tiengiang 13, tiengiang 21 ← baoapbac 19, vnexpress 5 ← baocantho 2,
vnexpress 7 ← baolaocai 5, vnexpress 25 ← baocantho 23). A repost is an ordinary article of its
portal (its section, URL scheme and markup, case "repost") with the changes a repost has: a new title,
the first 60-80 % of the paragraphs, the lead kept, redated or rewritten (the government portal keeps
the paper's dateline "(Baoapbac.vn) - "), a "Theo <outlet>" source line for the byline. ``story_of``
gives the ground truth: "site:id" of the original, shared by its reposts. Reposts assume the portals
share ``n_articles`` and the epoch (as the demo's do).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import quote_plus

from . import _seed, story
from .bank import TOPICS, UPDATE_NOTES
from .profiles import PROFILES, Profile, Section, Sub
from .story import Slots

__all__ = [
    "CASES", "EPOCH", "NEW_PER_EDITION", "OUTLETS", "REPOSTS", "REPOST_LAGS", "REPOST_PERIOD", "STEP", "VN",
    "Article", "Img", "article", "case_of", "head", "modified_at", "published_at", "repost_origin", "slugify",
    "story_of", "total",
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


def _fmt(template: str, slots: Slots) -> str:
    """A fixed template of ``bank`` (no alternatives), its slots filled."""
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


def _start(site: str, article_id: int, n_articles: int, epoch: datetime) -> tuple[random.Random, Head, Slots]:
    profile = PROFILES[site]
    rng = random.Random(f"{site}:{article_id}")
    section, sub = section_of(profile, article_id)
    topic_key = rng.choice(_topics(section, sub))
    topic = TOPICS[topic_key]
    place = rng.choice(profile.places)
    org = rng.choice(topic.orgs)
    published = published_at(n_articles, article_id, epoch)
    slots = story.make_slots(rng, topic_key, place, profile.places, org, published)
    title = story.title(slots, topic.titles)
    return rng, Head(section, sub, topic_key, title, slugify(title), published), slots


def _topics(section: Section, sub: Sub | None) -> tuple[str, ...]:
    return (sub.topics if sub and sub.topics else ()) or section.topics


@lru_cache(maxsize=8192)
def head(site: str, article_id: int, n_articles: int, epoch: datetime = EPOCH) -> Head:
    """Section, title, slug and date of an article (the seed's own where it is the seed)."""
    seed = _seed_article(site, article_id, n_articles, 1)
    if seed is not None:
        return Head(seed.section, seed.sub, seed.topic, seed.title, seed.slug, seed.published)
    origin = repost_origin(site, article_id, n_articles, epoch)
    if origin is not None:
        return _repost_start(site, article_id, n_articles, epoch, origin)[1]
    return _start(site, article_id, n_articles, epoch)[1]


def _intro(rng: random.Random, published: datetime) -> tuple[str, date | None]:
    """The opening date words ("Ngày 8-1, ") two times in three, the event's day up to two days back."""
    if rng.random() >= 0.7:
        return "", None
    back = rng.choice((0, 0, 0, 1, 1, 2))
    event = (published - timedelta(days=back)).date()
    return _intro_words(rng, event, back == 0 and published.hour < 12), event


def _intro_words(rng: random.Random, event: date, morning: bool) -> str:
    style = rng.choice(_INTROS)
    if morning and style.startswith(("Chiều", "Tối")):
        style = "Ngày {d}-{m}, "
    return style.format(d=event.day, m=event.month, dd=f"{event.day:02d}", mm=f"{event.month:02d}", y=event.year)


@lru_cache(maxsize=4096)
def article(site: str, article_id: int, n_articles: int, edition: int = 1, epoch: datetime = EPOCH) -> Article:
    seed = _seed_article(site, article_id, n_articles, edition)
    if seed is not None:
        return seed
    origin = repost_origin(site, article_id, n_articles, epoch)
    if origin is not None:
        return _repost(site, article_id, n_articles, edition, epoch, origin)
    profile = PROFILES[site]
    rng, h, slots = _start(site, article_id, n_articles, epoch)
    topic = TOPICS[h.topic]
    case = case_of(article_id)
    photo = case == "photo_story"

    intro, event = _intro(rng, h.published)
    lead_core = story.lead(slots, photo)
    lead = intro + lead_core if intro else _cap(lead_core)
    summary = story.summary(slots)

    # body paragraphs: 3-8 of one to three sentences of this story's own (as many as it has), the last
    # may end on a closing or on one shared "boilerplate" sentence; a photo story has none: its captions
    # tell it
    count = rng.randint(3, 8)
    if case == "uncaptioned_image":
        count = max(count, 4)
    paragraphs: list[str] = []
    if not photo:
        sentences = story.body_sentences(slots)
        closing = story.closing(slots)
        i = 0
        for _ in range(count):
            parts: list[str] = []
            want = rng.randint(1, 3)
            while (len(parts) < want or len(" ".join(parts)) < 140) and i < len(sentences):
                parts.append(sentences[i])
                i += 1
            if len(" ".join(parts)) < 140 and paragraphs:  # the story's sentences ran out
                if parts:
                    paragraphs[-1] += " " + " ".join(parts)
                break
            paragraphs.append(" ".join(parts))
        if closing:
            paragraphs[-1] += " " + closing
    subhead = None
    if len(paragraphs) >= 6 and rng.random() < 0.6:
        subhead = (len(paragraphs) // 2, rng.choice(topic.subheads))

    # images
    captions = [_fmt(c, slots) for c in topic.captions]
    rng.shuffle(captions)
    credit_names = profile.reporters + _CREDITS
    images: list[Img] = []
    if photo:
        texts = story.photo_captions(slots, rng.randint(4, 5))
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
        tags.append(slots["place"].split(" ", 1)[1])
    if case == "no_tags":
        tags = []

    # documents
    doc_title = rng.choice(_DOCS).format(n=rng.randint(12, 480), year=h.published.year)
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
    modified = modified_at(n_articles, edition, article_id, epoch)

    return Article(
        site=site, id=article_id, section=h.section, sub=h.sub, topic=h.topic, title=h.title, slug=h.slug,
        intro=intro, lead=lead, summary=summary, paragraphs=tuple(paragraphs), subhead=subhead,
        images=tuple(images), byline_label=label, authors=authors, source=source, tags=tuple(tags),
        published=h.published, modified=modified, event=event, attachments=attachments, doc_link=doc_link,
        photo_story=photo, update_note=_update_note(site, article_id, modified), has_sapo=case != "no_sapo",
        lead_roll=lead_roll, lead_figure=lead_figure, related=_related(article_id), case=case,
    )


def _related(article_id: int) -> tuple[int, ...]:
    return tuple(i for i in (article_id - 1, article_id - 3, article_id - 7) if i >= 1)


def _update_note(site: str, article_id: int, modified: datetime | None) -> str | None:
    """Edition 2 revises the article: a note at the end of its body."""
    return None if modified is None else random.Random(f"{site}:{article_id}:update").choice(UPDATE_NOTES)


# --- planted republications ---------------------------------------------------------------------------------

#: what a repost's "Theo …" line calls the outlet it took the story from
OUTLETS: dict[str, str] = {
    "tiengiang": "Cổng TTĐT Tiền Giang", "baoapbac": "Báo Ấp Bắc", "baocantho": "Báo Cần Thơ",
    "baolaocai": "Báo Lào Cai", "vnexpress": "VnExpress",
}
#: the dateline a reposting site keeps from the origin ("(Baoapbac.vn) - Ngày 6-12, …"): (site, origin) → words
_DATELINES: dict[tuple[str, str], str] = {("tiengiang", "baoapbac"): "(Baoapbac.vn) - "}
REPOST_PERIOD = 20
#: reposting site → (residue of its ids modulo REPOST_PERIOD, the site it reposts from): the portal of
#: the same current province reposts the provincial paper or portal, the national site the others
REPOSTS: dict[str, tuple[tuple[int, str], ...]] = {
    "baoapbac": ((15, "tiengiang"),),
    "tiengiang": ((1, "baoapbac"),),
    "vnexpress": ((5, "baocantho"), (7, "baolaocai")),
}
#: a repost takes the first suitable story published this many steps (3 h 17 min each) before it
REPOST_LAGS: tuple[int, ...] = (1, 2, 3)
#: cases whose articles are not reposted (a photo story has no text to trim; a TTXVN story is not the site's)
_NOT_REPOSTED = frozenset({"photo_story", "source_ttxvn"})


def _repost_slot(site: str, article_id: int) -> str | None:
    for residue, origin in REPOSTS.get(site, ()):
        if article_id % REPOST_PERIOD == residue:
            return origin
    return None


def repost_origin(site: str, article_id: int, n_articles: int, epoch: datetime = EPOCH) -> tuple[str, int] | None:
    """(origin site, origin id) when article ``article_id`` of ``site`` is a planted repost, else None.

    A repost slot (an id of the residue REPOSTS gives) is filled by the first story of the origin site
    published 1-3 steps before (3 h 17 min to 9 h 51 min: the portals share ``n_articles`` and the epoch),
    that is not itself in a repost slot, not the seed, not a photo story or a TTXVN story, and whose topic
    the repost's section carries. A slot none fits is an ordinary article."""
    origin = _repost_slot(site, article_id)
    if origin is None or (article_id == 1 and site in ("tiengiang", "baoapbac")):
        return None
    section, sub = section_of(PROFILES[site], article_id)
    allowed = _topics(section, sub)
    for lag in REPOST_LAGS:
        oid = article_id - lag
        if oid < 2:
            break
        if case_of(oid) in _NOT_REPOSTED or _repost_slot(origin, oid) is not None:
            continue
        if head(origin, oid, n_articles, epoch).topic in allowed:
            return origin, oid
    return None


def story_of(site: str, article_id: int, n_articles: int, epoch: datetime = EPOCH) -> str:
    """The story an article tells, as "site:id" of its original: shared by an original and its reposts
    (and by the seed on tiengiang and its republication on baoapbac)."""
    if article_id == 1 and site in ("tiengiang", "baoapbac"):
        return "tiengiang:1"
    origin = repost_origin(site, article_id, n_articles, epoch)
    return f"{origin[0]}:{origin[1]}" if origin else f"{site}:{article_id}"


def _repost_start(site: str, article_id: int, n_articles: int, epoch: datetime,
                  origin: tuple[str, int]) -> tuple[random.Random, Head, Slots]:
    """The repost's generator, head (its own section, date and title) and the origin's slots, to write
    with (a new lead, a summary) by the repost's generator."""
    _, original, slots = _start(origin[0], origin[1], n_articles, epoch)
    rng = random.Random(f"{site}:{article_id}:repost")
    slots = slots.fresh()
    slots.rng = rng
    section, sub = section_of(PROFILES[site], article_id)
    place = slots["Place"]
    if original.title.startswith(place + " ") and rng.random() < 0.6:
        title = f"{place}: {_cap(original.title[len(place) + 1:])}"  # "Thị xã Cai Lậy: Tổng kết …"
    else:
        title = original.title
        for _ in range(4):
            title = story.title(slots, TOPICS[original.topic].titles)
            if title != original.title:
                break
    published = published_at(n_articles, article_id, epoch)
    return rng, Head(section, sub, original.topic, title, slugify(title), published), slots


def _repost(site: str, article_id: int, n_articles: int, edition: int, epoch: datetime,
            origin: tuple[str, int]) -> Article:
    """A story of another portal as this one reposts it: retitled, trimmed to the first 60-80 % of its
    paragraphs, its lead kept, redated or rewritten (and a gov portal keeping the paper's dateline), the
    original lead without its date as the summary (a national site's description), the byline replaced
    by a "Theo <outlet>" line (the authors kept half the time), published 1-3 steps after the original."""
    rng, h, slots = _repost_start(site, article_id, n_articles, epoch, origin)
    orig = article(origin[0], origin[1], n_articles, 1, epoch)

    n = len(orig.paragraphs)
    keep = n if n < 3 else min(n - 1, max(2, round(n * rng.uniform(0.6, 0.8))))
    how = rng.choice(("same", "redated", "rewritten"))
    if how == "rewritten" and sum(len(p) for p in orig.paragraphs[:keep]) < 1300:
        how = "redated"  # a desk rewrites the lead of a long story; a short one it takes as it is
    intro, body = orig.intro, orig.lead[len(orig.intro):]
    if how == "redated" and orig.event is not None:
        for _ in range(4):
            intro = _intro_words(rng, orig.event, orig.published.hour < 12 and orig.event == orig.published.date())
            if intro != orig.intro:
                break
    elif how == "rewritten":
        body = story.lead(slots, False)
    lead = _DATELINES.get((site, origin[0]), "") + (intro + body if intro else _cap(body))

    images = tuple(im for im in orig.images if im.after < keep - 1)
    authors = orig.authors if rng.random() < 0.5 else ()
    tags = tuple(rng.sample(orig.tags, min(len(orig.tags), rng.randint(2, 3)))) if orig.tags and rng.random() < 0.7 else ()
    modified = modified_at(n_articles, edition, article_id, epoch)
    return Article(
        site=site, id=article_id, section=h.section, sub=h.sub, topic=h.topic, title=h.title, slug=h.slug,
        intro=intro, lead=lead, summary=_cap(orig.lead[len(orig.intro):]), paragraphs=orig.paragraphs[:keep],
        subhead=orig.subhead if orig.subhead and orig.subhead[0] < keep else None, images=images,
        byline_label="", authors=authors, source=OUTLETS[origin[0]], tags=tags, published=h.published,
        modified=modified, event=orig.event, attachments=(), doc_link=None, photo_story=False,
        update_note=_update_note(site, article_id, modified), has_sapo=True, lead_roll=rng.random(),
        lead_figure=orig.lead_figure and bool(images) and images[0] == orig.images[0],
        related=_related(article_id), case="repost",
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
