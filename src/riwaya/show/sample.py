"""Show: a small fictional incident (own Arabic sentences) as ArticleResults, and a
plain stand-in reconciler, for tests, the benchmark and demos without the pipeline.

Nothing here is a real event: the town of تل الزيتون and its market are invented.
"""
from __future__ import annotations

import statistics
import zlib
from collections.abc import Sequence

from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, Source, Span, Value

# (id, outlet, day, title, text, claims as (phrase, measure, subject, low, high, qualifier, party, speaker, via))
_ARTICLES = (
    ("a1_sahil", "akhbar_alsahil", "2023-03-14", "انفجار سيارة مفخخة في سوق تل الزيتون",
     "انفجار سيارة مفخخة في سوق تل الزيتون\n"
     "قُتل 12 مدنياً وأصيب نحو 30 آخرين في انفجار سيارة مفخخة وسط سوق بلدة تل الزيتون "
     "صباح اليوم الثلاثاء، بحسب ما أعلنت مديرية الصحة في المحافظة.\n"
     "وقال الناطق باسم الشرطة المحلية إن عدد القتلى بلغ 9 أشخاص، مضيفاً أن التحقيق جارٍ.",
     (("12 مدنياً", "killed", "civilians", 12, 12, "exact", "health_directorate", None, ()),
      ("نحو 30 آخرين", "wounded", "civilians", 30, 30, "approx", "health_directorate", None, ()),
      ("9 أشخاص", "killed", "civilians", 9, 9, "exact", "police", "police_spokesman", ()))),
    ("a2_nahar", "wakalat_alnahar", "2023-03-15", "ارتفاع حصيلة تفجير تل الزيتون",
     "ارتفعت حصيلة ضحايا تفجير سوق تل الزيتون إلى 15 قتيلاً، بينهم 4 أطفال، وفق مديرية الصحة.\n"
     "ونقلت الوكالة عن مصادر محلية أن عشرات العائلات نزحت من البلدة خوفاً من هجمات جديدة.",
     (("15 قتيلاً", "killed", "civilians", 15, 15, "exact", "health_directorate", None, ()),
      ("4 أطفال", "killed", "children", 4, 4, "exact", "health_directorate", None, ()),
      ("عشرات العائلات", "displaced", "civilians", 20, 99, "vague", "local_sources", None, ()))),
    ("a3_rassed", "mawqi_alrassed", "2023-03-15", "<script>alert('x')</script> حصيلة \u202eمعكوسة",
     "نقلاً عن وكالة النهار: ارتفعت حصيلة تفجير تل الزيتون إلى 15 قتيلاً.\n"
     "<img src=x onerror=\"alert(1)\"> \u202eنص معكوس\u202c <script>document.title='pwned'</script>",
     (("15 قتيلاً", "killed", "civilians", 15, 15, "exact", "health_directorate", None, ("wakalat_alnahar",)),)),
)


def sample_results() -> list[ArticleResult]:
    """Three articles about the invented Tal al-Zaytoun market bombing; the third is
    hostile (script tags, onerror, U+202E) to test escaping."""
    results = []
    for aid, outlet, day, title, text, claims in _ARTICLES:
        built = []
        for phrase, measure, subject, low, high, qualifier, party, speaker, via in claims:
            start = text.index(phrase)
            built.append(Claim(
                article=aid, measure=measure, subject=subject, value=Value(low, high, qualifier),
                source=Source(party, speaker, tuple(via)), evidence=Span(start, start + len(phrase)),
                text=phrase, as_of=DayRange(day, day, "publication day")))
        info = ArticleInfo(id=aid, outlet=outlet, outlet_text=None,
                           published=DayRange(day, day, "metadata"), places=("tal_alzaytoun",),
                           parties=tuple(sorted({c.source.party for c in built})), title=title)
        article = Article(id=aid, text=text, title=title, published=day, outlet=outlet, path=f"{aid}.txt")
        results.append(ArticleResult(article=article, info=info, claims=tuple(built),
                                     shingles=frozenset({zlib.crc32(aid.encode())})))
    return results


def _disjoint(a: dict, b: dict) -> bool:
    lo_a, hi_a = a["low"], a["high"]
    lo_b, hi_b = b["low"], b["high"]
    if lo_a is None and hi_a is None or lo_b is None and hi_b is None:
        return False
    return (hi_a is not None and lo_b is not None and hi_a < lo_b) or \
           (hi_b is not None and lo_a is not None and hi_b < lo_a)


def simple_reconcile(results: Sequence[ArticleResult]) -> dict:
    """A plain reconciler in the sheet's form: one incident per first place (or per
    article without one), slots by (measure, subject), origins by (party, speaker),
    the latest report as the origin's figure. For tests and benchmarks only; the
    project's reconciler is riwaya.reconcile."""
    groups: dict[str, list[ArticleResult]] = {}
    for r in sorted(results, key=lambda r: r.article.id):
        key = r.info.places[0] if r.info.places else r.article.id
        groups.setdefault(key, []).append(r)
    articles = [{"id": r.article.id, "outlet": r.info.outlet,
                 "published": (r.info.published or DayRange(None, None)).to_dict()}
                for r in sorted(results, key=lambda r: r.article.id)]
    incidents = []
    for key, members in sorted(groups.items()):
        days = sorted(r.info.published.low for r in members if r.info.published and r.info.published.low)
        slots: dict[tuple, dict[tuple, list]] = {}
        for r in members:
            for c in r.claims:
                day = c.as_of.low if c.as_of else (r.info.published.low if r.info.published else None)
                slots.setdefault((c.measure, c.subject), {}).setdefault(
                    (c.source.party, c.source.speaker), []).append(
                    {"article": c.article, "value": c.value.to_dict(), "as_of": day,
                     "via": list(c.source.via),
                     "evidence": {"start": c.evidence.start, "end": c.evidence.end, "text": c.text}})
        slot_list = []
        for (measure, subject), origins in sorted(slots.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            origin_list = []
            for (party, speaker), reports in sorted(origins.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
                reports.sort(key=lambda x: (x["as_of"] or "", x["article"]))
                values = {(x["value"]["low"], x["value"]["high"]) for x in reports}
                origin_list.append({"party": party, "speaker": speaker, "revised": len(values) > 1 and
                                    len({x["as_of"] for x in reports}) > 1,
                                    "value": reports[-1]["value"], "reports": reports})
            conflicts = [[i, j] for i in range(len(origin_list)) for j in range(i + 1, len(origin_list))
                         if _disjoint(origin_list[i]["value"], origin_list[j]["value"])]
            lows = [o["value"]["low"] for o in origin_list if o["value"]["low"] is not None]
            highs = [o["value"]["high"] if o["value"]["high"] is not None else o["value"]["low"]
                     for o in origin_list if o["value"]["high"] is not None or o["value"]["low"] is not None]
            low = min(lows) if lows else None
            high = max(highs) if highs else None
            best = int(statistics.median_low(lows)) if lows else None
            slot_list.append({"measure": measure, "subject": subject, "origins": origin_list,
                              "conflicts": conflicts,
                              "estimate": {"low": low, "best": best, "high": high,
                                           "basis": f"{len(origin_list)} origin(s); low = smallest figure, "
                                                    "best = median of the origins' low figures, "
                                                    "high = largest figure"}})
        incidents.append({"id": f"inc_{key}", "articles": [r.article.id for r in members],
                          "start": days[0] if days else None, "places": [key] if members[0].info.places else [],
                          "slots": slot_list})
    return {"articles": articles, "incidents": incidents}
