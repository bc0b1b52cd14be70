"""Across articles, last step: incidents, slots, origins, relations and estimates written as the incident sheet."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence

from riwaya.model import MEASURES, ArticleInfo, ArticleResult, Claim, DayRange, Value
from riwaya.reconcile.align import NOT_A_SIDE, PART_OF, Report, align, day_of
from riwaya.reconcile.cluster import cluster, event_day
from riwaya.reconcile.estimate import estimate, is_side
from riwaya.reconcile.origins import Origin, build_origins
from riwaya.reconcile.relations import agree, interval

NEAR_DUPLICATE = 0.5  # word-5-gram Jaccard of two articles that copy one another


def _dating():
    """The dating stage's cross-article functions, or None while it is not built."""
    try:
        from riwaya import when
    except Exception:  # noqa: BLE001 - reconciliation works without it
        return None, None
    return getattr(when, "infer_across", None), getattr(when, "event_start", None)


def narrow_dates(group: list[ArticleResult]) -> list[ArticleResult]:
    """Publication days narrowed across the incident's articles (when.infer_across), if available."""
    infer_across, _ = _dating()
    if infer_across is None:
        return group
    try:
        infos = infer_across([r.info for r in group])
    except Exception:  # noqa: BLE001 - keep each article's own dating
        return group
    by_id = {i.id: i for i in infos if isinstance(i, ArticleInfo)}
    return [_redate(r, by_id.get(r.article.id, r.info)) for r in group]


def _redate(r: ArticleResult, info: ArticleInfo) -> ArticleResult:
    """The result with its narrowed publication day, passed on to the claims that were
    dated by the publication day alone (their as_of is the old, wider interval)."""
    old, new = r.info.published, info.published
    if old == new or new is None:
        return dataclasses.replace(r, info=info)
    claims = tuple(dataclasses.replace(c, as_of=DayRange(new.low, new.high, c.as_of.basis))
                   if c.as_of is not None and old is not None
                   and (c.as_of.low, c.as_of.high) == (old.low, old.high) else c
                   for c in r.claims)
    claims = tuple(_reperiod(c, r.article.text, info) for c in claims)
    return dataclasses.replace(r, info=info, claims=claims)


def _reperiod(c: Claim, text: str, info: ArticleInfo) -> Claim:
    """A claim's period worked out again from its sentence on the narrowed publication day
    ("خلال اليومين الماضيين" in an article that gave no date of its own)."""
    if c.period is None or c.sentence is None:
        return c
    try:
        from riwaya.text.normalize import normalize
        from riwaya.when import claim_period, find_dates
        period = claim_period(info, find_dates(normalize(text[c.sentence.start:c.sentence.end]).text))
    except Exception:  # noqa: BLE001 - keep the period the article gave
        return c
    return dataclasses.replace(c, period=period) if period is not None else c


def incident_start(group: list[ArticleResult]) -> dt.date | None:
    """The earliest plausible event day: when.event_start, else the earliest anchored or published day."""
    _, event_start = _dating()
    latest = None
    if event_start is not None:
        try:
            found = event_start([r.info for r in group])
            if found is not None and day_of(found.low):
                return day_of(found.low)
            latest = day_of(found.high) if found is not None else None
        except Exception:  # noqa: BLE001
            pass
    days = [d for d in (event_day(r.info) for r in group) if d]
    earliest = min(days) if days else None
    if latest is not None and (earliest is None or latest < earliest):
        return latest  # "مساء الجمعة" in one article, a Saturday's date in another: the Friday before
    return earliest


def incident_place(group: list[ArticleResult]) -> str | None:
    """The place most articles name (an article's first place counts double), ties by name."""
    votes: Counter[str] = Counter()
    for r in group:
        for k, p in enumerate(dict.fromkeys(r.info.places)):
            votes[p] += 2 if k == 0 else 1
    if not votes:
        return None
    return min(votes, key=lambda p: (-votes[p], p))


def incident_country(group: list[ArticleResult]) -> str | None:
    """The country (gazetteer id) most of the incident's named places lie in."""
    ids = [p for r in group for p in r.info.places]
    if not ids:
        return None
    from riwaya.gazetteer import default_gazetteer  # only when places were found
    gaz = default_gazetteer()
    votes = Counter(e.country for e in map(gaz.get, ids) if e is not None and e.country)
    return min(votes, key=lambda c: (-votes[c], c)) if votes else None


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s if s and s.isascii() else hashlib.sha1(text.encode()).hexdigest()[:8]


def incident_id(start: dt.date | None, place: str | None, article_ids: list[str]) -> str:
    """Stable across runs: the start day and place; an undated, unplaced incident by its articles."""
    if place or start:
        return f"{start or 'undated'}-{_slug(place) if place else 'unplaced'}"
    return "incident-" + hashlib.sha1("\n".join(sorted(article_ids)).encode()).hexdigest()[:10]


def _shingle_similarity(group: list[ArticleResult]):
    shingles = {r.article.id: r.shingles for r in group}
    cache: dict[tuple[str, str], bool] = {}

    def near_duplicate(a: str, b: str) -> bool:
        key = (min(a, b), max(a, b))
        if key not in cache:
            sa, sb = shingles.get(a) or frozenset(), shingles.get(b) or frozenset()
            union = len(sa | sb)
            cache[key] = bool(union) and len(sa & sb) / union >= NEAR_DUPLICATE
        return cache[key]
    return near_duplicate


def report_dict(rep: Report) -> dict:
    c = rep.claim
    d = {"article": c.article, "outlet": rep.outlet, "value": c.value.to_dict(),
         "as_of": rep.day.isoformat() if rep.day else None, "where": c.where,
         "speaker": c.source.speaker, "via": list(c.source.via),
         "evidence": {"start": c.evidence.start, "end": c.evidence.end, "text": c.text}}
    if c.source.distance:
        d["distance"] = c.source.distance
    if c.revises is not None:
        d["revises"] = c.revises.to_dict()
    if c.period is not None:
        d["period"] = c.period.to_dict()  # the stretch the figure counts over
    return d


def origin_dict(o: Origin) -> dict:
    return {"party": o.party, "speaker": o.speaker, "revised": o.revised, "value": o.value.to_dict(),
            "via": o.via, "reports": [report_dict(r) for r in o.timeline()]}


def relations(origins: list[Origin]) -> tuple[list[list[int]], list[list[int]]]:
    """Conflicts and agreements between different origins' current figures. Two origins of
    one side clash only when both have named, different speakers (officials disagreeing);
    otherwise their differing figures are the side's own revisions or restatements."""
    conflicts, agreements = [], []
    for i in range(len(origins)):
        for j in range(i + 1, len(origins)):
            a, b = origins[i], origins[j]
            if a.party == b.party and not (a.speaker and b.speaker):
                continue
            rel = agree(a.value, b.value)
            if rel is False:
                conflicts.append([i, j])
            elif rel is True:
                agreements.append([i, j])
    return conflicts, agreements


def revisions(origins: list[Origin]) -> list[dict]:
    out = []
    for i, o in enumerate(origins):
        steps = o.revisions()
        if not steps:
            continue
        seq = [{"as_of": r.day.isoformat() if r.day else None, "value": r.claim.value.to_dict(),
                "article": r.article} for r in steps]
        if len(steps) == 1 and steps[0].claim.revises is not None:  # "from 31 to 32" in one sentence
            seq.insert(0, {"as_of": None, "value": steps[0].claim.revises.to_dict(),
                           "article": steps[0].article})
        out.append({"origin": i, "party": o.party, "speaker": o.speaker, "sequence": seq})
    return out


def slot_dict(measure: str, subject: str | None, reports: list[Report], near_duplicate) -> dict:
    origins = build_origins(reports, near_duplicate)
    conflicts, agreements = relations(origins)
    return {"measure": measure, "subject": subject,
            "origins": [origin_dict(o) for o in origins],
            "conflicts": conflicts, "agreements": agreements,
            "revisions": revisions(origins),
            "n_origins": len(origins), "n_reports": len(reports),
            "estimate": estimate(origins, measure, subject).to_dict()}


def _est_range(slot: dict) -> tuple[int, int, float] | None:
    """A slot's estimate low/best, and the highest count any origin allows (inf when open-ended)."""
    e = slot["estimate"]
    if e["low"] is None:
        return None
    tops = [interval(Value.from_dict(o["value"])) for o in slot["origins"]]
    top = max((t[1] for t in tops if t), default=e["high"])
    return e["low"], e["best"], max(top, e["high"])


def _num(x: float) -> str:
    return "open" if x == math.inf else str(int(x))


def consistency(slots: list[dict]) -> list[dict]:
    """Cross-slot notes: a whole (both_sides, people, civilians) against its parts."""
    notes = []
    by_measure: dict[str, dict] = {}
    for s in slots:
        by_measure.setdefault(s["measure"], {})[s["subject"]] = s
    for measure, subjects in by_measure.items():
        wholes = {}
        if "both_sides" in subjects:
            wholes["both_sides"] = sorted(sub for sub in subjects
                                          if sub and sub not in NOT_A_SIDE and is_side(sub))
        for part, whole in PART_OF.items():
            if part in subjects and whole in subjects:
                wholes.setdefault(whole, []).append(part)
        for whole, parts in wholes.items():
            w = _est_range(subjects[whole])
            ranges = [(p, _est_range(subjects[p])) for p in parts]
            ranges = [(p, r) for p, r in ranges if r]
            if not w or not ranges:
                continue
            lo = sum(r[0] for _, r in ranges)
            best = sum(r[1] for _, r in ranges)
            hi = sum(r[2] for _, r in ranges)
            ok = lo <= w[2]
            text = (f"{measure}/{whole} ({w[0]}..{_num(w[2])}) against its parts "
                    f"{', '.join(f'{p} {r[0]}..{_num(r[2])}' for p, r in ranges)}: the parts add up to "
                    f"{lo}..{_num(hi)} (best {best}); "
                    + ("consistent" if ok else "the parts' lowest sum exceeds the whole's highest figure"))
            note = {"measure": measure, "whole": whole, "parts": [p for p, _ in ranges],
                    "parts_sum": {"low": lo, "best": best, "high": None if hi == math.inf else int(hi)}, "consistent": ok, "note": text}
            notes.append(note)
            subjects[whole].setdefault("parts", []).append(note)
    return notes


def _slot_order(key: tuple[str, str | None]) -> tuple:
    m, s = key
    return (MEASURES.index(m) if m in MEASURES else len(MEASURES), m, s or "")


def incident_dict(group: list[ArticleResult], window_days: int = 10) -> dict:
    start = incident_start(group)
    place = incident_place(group)
    slots_in, aside = align(group, start, window_days)
    near_duplicate = _shingle_similarity(group)
    slots = [slot_dict(m, s, reps, near_duplicate)
             for (m, s), reps in sorted(slots_in.items(), key=lambda kv: _slot_order(kv[0]))]
    ids = sorted(r.article.id for r in group)
    return {"id": incident_id(start, place, ids), "articles": ids,
            "start": start.isoformat() if start else None, "place": place,
            "places": sorted({p for r in group for p in r.info.places}), "country": incident_country(group),
            "slots": slots, "consistency": consistency(slots),
            "set_aside": [{"measure": rep.claim.measure, "subject": rep.claim.subject,
                           "party": rep.claim.source.party, "reason": why, **report_dict(rep)}
                          for rep, why in aside]}


def article_dict(r: ArticleResult, incidents: list[str]) -> dict:
    info = r.info
    pub = info.published or DayRange(None, None, "")
    return {"id": r.article.id, "outlet": info.outlet, "outlet_text": info.outlet_text,
            "title": info.title, "published": pub.to_dict(), "incidents": incidents}


def reconcile(results: Sequence[ArticleResult], *, window_days: int = 10) -> dict:
    """The incident sheet (shared/CONTRACT.md) for per-article results: articles grouped
    into incidents, each with its slots, origins, conflicts, revisions and estimates.
    The sheet does not depend on the order of `results`; an article id seen twice counts once."""
    unique: dict[str, ArticleResult] = {}
    for r in sorted(results, key=lambda r: r.article.id):
        unique.setdefault(r.article.id, r)
    groups = [narrow_dates(g) for g in cluster(list(unique.values()), window_days=window_days)]
    incidents = [incident_dict(g, window_days) for g in groups]
    seen: Counter[str] = Counter()
    for inc in incidents:  # two incidents of one start and place: number them in article order
        seen[inc["id"]] += 1
        if seen[inc["id"]] > 1:
            inc["id"] = f"{inc['id']}-{seen[inc['id']]}"
    membership: dict[str, list[str]] = {}
    dated: dict[str, ArticleResult] = {}
    for inc, g in zip(incidents, groups):
        for r in g:
            membership.setdefault(r.article.id, []).append(inc["id"])
            dated[r.article.id] = r
    articles = [article_dict(dated.get(i, r), membership.get(i, [])) for i, r in sorted(unique.items())]
    incidents.sort(key=lambda inc: (inc["start"] or "", inc["id"]))
    return {"articles": articles, "incidents": incidents, "window_days": window_days}
