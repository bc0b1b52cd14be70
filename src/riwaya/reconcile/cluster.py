"""Across articles: group the articles that report one event into incidents (blocking, then linking).

Cost grows near-linearly: candidate pairs come only from blocks (text MinHash/LSH
bands, a shared place or unlisted place name, a shared distinctive figure), each block is walked in day
order and an article meets at most `MAX_NEIGHBOURS` later ones in it.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from riwaya.model import ArticleInfo, ArticleResult
from riwaya.reconcile.align import NOT_A_SIDE, day_of, set_aside_reason
from riwaya.reconcile.estimate import independent
from riwaya.reconcile.origins import ANONYMOUS
from riwaya.text.placenames import place_names

NUM_PERM = 64
TEXT_THRESHOLD = 0.5       # estimated word-5-gram Jaccard of a wire copy or a reworked reprint
TEXT_SUPPORT = 0.15        # enough shared wording to back a shared place
FIGURE_MIN = 5             # smaller counts (1, 2, 3) are too common to tie two articles
MAX_NEIGHBOURS = 64
UNPLACED_GAP = 3           # days apart two articles naming no place may be and still be linked by their sides
YEAR_APART = 366           # days between the claims of an undated report and another that are two events
SIDELESS_GAP = 1           # days apart two articles of one place may be when one names no side
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6,
            # Arabic day names, folded (ة→ه, أ/إ→ا)
            "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}


@dataclass
class Features:
    """What linking looks at for one article: its claims and places, and of its text only the
    hashed shingles and the names of places no gazetteer holds (text.placenames)."""
    index: int
    id: str
    day: dt.date | None
    places: frozenset[str]
    sides: frozenset[str]
    figures: frozenset[tuple]
    minhash: MinHash | None
    monitors_only: bool = False  # its only voices are bodies that count without fighting (a UN update)
    pub_weekdays: frozenset[int] = frozenset()  # the weekdays its own words give its publication day
    claims_day: dt.date | None = None  # the day most of its claims speak for (see claims_day)
    names: frozenset[str] = frozenset()  # places named after a kind of place (text.placenames)


def _weekday(w) -> int | None:
    if isinstance(w, int) and 0 <= w <= 6:
        return w
    if isinstance(w, str):
        from riwaya.text.normalize import fold
        return WEEKDAYS.get(w.strip().lower()) if w.strip().lower() in WEEKDAYS else WEEKDAYS.get(fold(w).strip())
    return None


def anchor_start(info: ArticleInfo) -> dt.date | None:
    """The event's first day by this article's own anchors ("قبل 6 أيام", "منذ الخميس
    الماضي"), counted back from its publication day; None without both."""
    pub = day_of(info.published.low) if info.published else None
    if pub is None:
        return None
    days = []
    for anchor in info.anchors:
        if not anchor or anchor[0] != "event_start":
            continue
        offset = anchor[1] if len(anchor) > 1 else None
        weekday = _weekday(anchor[2]) if len(anchor) > 2 else None
        if isinstance(offset, (tuple, list)) and offset and isinstance(offset[0], int):
            offset = offset[0]  # (fewest, most) days back: the nearest start the words allow
        if isinstance(offset, int) and offset >= 0:
            days.append(pub - dt.timedelta(days=offset))
        elif weekday is not None:
            back = (pub.weekday() - weekday) % 7 or 7  # "Thursday" said on a Thursday is last week's
            days.append(pub - dt.timedelta(days=back))
    return min(days) if days else None


def event_day(info: ArticleInfo) -> dt.date | None:
    """The day an article's event most plausibly began: its anchors, else its publication day."""
    try:
        from riwaya.when import event_start  # the dating stage, when built
        found = event_start([info])
        if found is not None and day_of(found.low):
            return day_of(found.low)
    except Exception:  # noqa: BLE001 - an unfinished or failing dating stage must not stop reconciliation
        pass
    start = anchor_start(info)
    if start is not None:
        return start
    return day_of(info.published.low) if info.published else None


def claims_day(result: ArticleResult) -> dt.date | None:
    """For an article of unknown day: the day most of its own claims speak for, where its words
    date them ("في 30 آب 2017" in an undated report), the earliest of the most frequent."""
    days = Counter(c.as_of.low for c in result.claims
                   if c.as_of is not None and c.as_of.low and c.as_of.low == c.as_of.high
                   and not c.context and c.where != "related")
    if not days:
        return None
    top = max(days.values())
    return day_of(min(d for d, n in days.items() if n == top))


def figures(result: ArticleResult) -> frozenset[tuple]:
    """Distinctive figures of the article's own report: (measure, subject, low, high)."""
    out = set()
    for c in result.claims:
        v = c.value
        if set_aside_reason(c, None, None) or v.qualifier not in ("exact", "approx"):
            continue
        if v.low is not None and v.low >= FIGURE_MIN:
            out.add((c.measure, c.subject, v.low, v.high))
    return frozenset(out)


def _voices(result: ArticleResult) -> set[str]:
    """Whom an article involves: its parties and its claims' named claimants and subjects (the
    armed sides among them, and the bodies that count without fighting), not anonymous voices."""
    out = set(result.info.parties)
    for c in result.claims:
        if c.where == "related" or c.context:
            continue
        if c.source.party not in ANONYMOUS:
            out.add(c.source.party)
        if c.subject and c.subject not in NOT_A_SIDE and not c.subject.endswith("_staff"):
            out.add(c.subject)
    return out - {"local_sources", "medical_sources"}


def _minhash_template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7, hashfunc=int)


def features(results: Sequence[ArticleResult]) -> list[Features]:
    template = _minhash_template()
    out = []
    for i, r in enumerate(results):
        m = None
        if r.shingles:
            m = template.copy()
            m.update_batch(np.fromiter((s & 0xFFFFFFFF for s in r.shingles), dtype=np.uint64,
                                       count=len(r.shingles)).tolist())
        voices = _voices(r)
        armed = frozenset(p for p in voices if not independent(p))  # (a UN flash update names no side)
        day = event_day(r.info)
        out.append(Features(i, r.article.id, day, frozenset(r.info.places),
                            armed, figures(r), m, monitors_only=bool(voices) and not armed,
                            pub_weekdays=frozenset((a[2] - a[1]) % 7 for a in r.info.anchors
                                                   if a[0] == "weekday" and a[1] is not None and a[2] is not None),
                            claims_day=claims_day(r) if day is None else None,
                            names=place_names(r.article.text, has_title=r.article.title is None)
                            if r.article.text else frozenset()))
    return out


def _gap(a: Features, b: Features) -> int:
    if a.day is None or b.day is None:
        return 0
    return abs((a.day - b.day).days)


def link_strength(a: Features, b: Features, window_days: int) -> int:
    """0 when two articles are not linked; else how strongly they are (3 strongest).
    - a near-copy of the text (wire reprint) within the window: 3;
    - otherwise two articles naming places, none in common, are not linked;
    - a shared distinctive figure with a shared place or side, or two shared figures: 2;
    - a shared place with a shared side or some shared wording: 1;
    - a shared place on the same or next day, when one article names no side: 1;
    - for two articles naming no place at all: some shared wording, or two shared sides
      within `UNPLACED_GAP` days: 1."""
    if _gap(a, b) > window_days:
        return 0
    sim = a.minhash.jaccard(b.minhash) if a.minhash is not None and b.minhash is not None else 0.0
    if sim >= TEXT_THRESHOLD:
        return 3
    if (a.day is None or b.day is None) and _years_apart(a, b):
        return 0  # an undated report whose own claims are dated years before or after the other's
    name = bool(a.names & b.names)
    place = bool(a.places & b.places) or name
    if a.places and b.places and not place:
        return 0  # two different places are two events, unless the text is copied
    shared_figures = len(a.figures & b.figures)
    side = bool(a.sides & b.sides)
    if shared_figures >= 2 or (shared_figures and (place or side)):
        return 2
    if place and (side or sim >= TEXT_SUPPORT):
        return 1
    if name and _gap(a, b) <= SIDELESS_GAP:
        return 1  # a village or district no gazetteer holds, named by both on the same or next day
    if place and (not a.sides or not b.sides) and _gap(a, b) <= SIDELESS_GAP \
            and not ((a.monitors_only or b.monitors_only) and not _days_meet(a, b)):
        # one names no side: the same place on the same or the next day (for a UN or NGO update,
        # which names none as a rule, the days must be known, or one known and the other's
        # weekday that day's or the next's)
        return 1
    if not a.places and not b.places and (sim >= TEXT_SUPPORT or (
            len(a.sides & b.sides) >= 2 and _gap(a, b) <= UNPLACED_GAP and not (a.names and b.names))):
        return 1  # neither names a place (claims-only input): the same sides within days
    return 0


def _years_apart(a: Features, b: Features) -> bool:
    """More than a year between two articles' days, where one is known only by the day its
    claims speak for ("قتل 70 في 30 آب 2017" in an undated report, beside a report of 2024)."""
    da, db = a.day or a.claims_day, b.day or b.claims_day
    return da is not None and db is not None and abs((da - db).days) > YEAR_APART


def _days_meet(a: Features, b: Features) -> bool:
    """Both days known, or one known and the other article's own weekday that day's or the next."""
    if a.day is not None and b.day is not None:
        return True
    known, other = (a, b) if a.day is not None else (b, a)
    if known.day is None:
        return False
    return bool(other.pub_weekdays & {known.day.weekday(), (known.day.weekday() + 1) % 7})


def candidate_pairs(feats: list[Features], window_days: int) -> set[tuple[int, int]]:
    """Pairs worth scoring: same LSH bucket, or neighbours in day order within a block."""
    pairs: set[tuple[int, int]] = set()
    lsh = MinHashLSH(threshold=TEXT_THRESHOLD, num_perm=NUM_PERM)
    for f in feats:
        if f.minhash is not None:
            for j in lsh.query(f.minhash):
                pairs.add((min(j, f.index), max(j, f.index)))
            lsh.insert(f.index, f.minhash, check_duplication=False)
    blocks: dict[tuple, list[Features]] = {}
    for f in feats:
        for p in f.places:
            blocks.setdefault(("place", p), []).append(f)
        for n in f.names:
            blocks.setdefault(("name", n), []).append(f)
        for fig in f.figures:
            blocks.setdefault(("figure", fig), []).append(f)
        if not f.places:
            for side in f.sides:
                blocks.setdefault(("unplaced", side), []).append(f)
    far = dt.date.max
    for members in blocks.values():
        members.sort(key=lambda f: (f.day or far, f.id))
        for k, f in enumerate(members):
            for g in members[k + 1: k + 1 + MAX_NEIGHBOURS]:
                if f.day and g.day and (g.day - f.day).days > window_days:
                    break
                pairs.add((min(f.index, g.index), max(f.index, g.index)))
    return pairs


def cluster(results: Sequence[ArticleResult], *, window_days: int = 10) -> list[list[ArticleResult]]:
    """Incidents as lists of articles. Links are applied strongest first, and a link that
    would stretch an incident over more than `window_days` between its earliest and latest
    event day is refused (so a chain of links never glues next month's event on).
    The result does not depend on input order: each incident's articles are sorted by
    id, and incidents by their first article."""
    results = sorted(results, key=lambda r: r.article.id)
    feats = features(results)
    links = []
    for i, j in candidate_pairs(feats, window_days):
        s = link_strength(feats[i], feats[j], window_days)
        if s:
            links.append((-s, _gap(feats[i], feats[j]), feats[i].id, feats[j].id, i, j))
    links.sort()
    parent = list(range(len(feats)))
    span = [(f.day, f.day) for f in feats]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for *_, i, j in links:
        a, b = find(i), find(j)
        if a == b:
            continue
        days = [d for d in (*span[a], *span[b]) if d is not None]
        if days and (max(days) - min(days)).days > window_days:
            continue
        lo, hi = min(a, b), max(a, b)
        parent[hi] = lo
        span[lo] = (min(days), max(days)) if days else (None, None)
    groups: dict[int, list[ArticleResult]] = {}
    for i, r in enumerate(results):
        groups.setdefault(find(i), []).append(r)
    return sorted(groups.values(), key=lambda g: g[0].article.id)
