"""Show: the incident sheet as one self-contained HTML fact sheet (inline CSS and
SVG, no network), right-to-left, every figure linked to its sentence in the text.

All article text goes through Jinja2's autoescape: a hostile article (script
tags, event handlers, bidi overrides) renders as inert text.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from typing import Any

import jinja2

from riwaya.show.terminal import figure, origin_label

# Colours of the origins' series in the timeline (colour-blind safe palette).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")

# Bidi controls shown as visible marks so a hostile article cannot reorder the page.
_BIDI_CONTROLS = {c: f"[U+{ord(c):04X}]" for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment for riwaya's templates (autoescape always on)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("riwaya.show", "templates"),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["figure"] = figure
    env.filters["origin_label"] = origin_label
    env.filters["day"] = day_of
    env.filters["defuse"] = defuse
    env.globals["anchor"] = evidence_anchor
    return env


def defuse(text: str | None) -> str:
    """Make bidi override characters visible (escaping is Jinja2's job)."""
    if not text:
        return ""
    return text.translate({ord(k): v for k, v in _BIDI_CONTROLS.items()})


def day_of(as_of: Any) -> str | None:
    """The day a report speaks for (its low end when it is an interval)."""
    if isinstance(as_of, Mapping):
        return as_of.get("low") or as_of.get("high")
    return as_of or None


def evidence_anchor(article: str, evidence: Mapping | None) -> str:
    ev = evidence or {}
    return f"ev-{article}-{ev.get('start')}-{ev.get('end')}"


def marked_segments(article_id: str, text: str, spans: list[tuple[int, int]]) -> list[dict]:
    """Cut `text` at every evidence boundary: pieces with `mark` true where some
    evidence covers them, and the anchors that start at each piece (overlapping
    spans each keep their own anchor)."""
    spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)})
    cuts = sorted({0, len(text), *(s for s, _ in spans), *(e for _, e in spans)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(s, e) for s, e in spans if s <= a and b <= e]
        anchors = [f"ev-{article_id}-{s}-{e}" for s, e in spans if s == a]
        pieces.append({"text": text[a:b], "mark": bool(covering), "anchors": anchors})
    return pieces


def timeline(slot: Mapping) -> dict | None:
    """The SVG geometry of one slot's timeline: x = day, y = figure; one series
    per origin (points joined by a line), intervals as vertical bars. None when
    no report has both a day and a figure."""
    series = []
    days: set[dt.date] = set()
    top = 0
    for i, origin in enumerate(slot.get("origins", [])):
        points = []
        for rep in origin.get("reports", []):
            d = day_of(rep.get("as_of"))
            v = rep.get("value") or {}
            low, high = v.get("low"), v.get("high")
            if d is None or (low is None and high is None):
                continue
            try:
                day = dt.date.fromisoformat(d[:10])
            except ValueError:
                continue
            days.add(day)
            top = max(top, *(x for x in (low, high) if x is not None))
            points.append((day, low, high, rep.get("article"), rep.get("evidence")))
        if points:
            series.append((i, origin, sorted(points, key=lambda p: p[0])))
    if not series:
        return None
    width, height, left, right, pad_top, bottom = 560, 220, 56, 16, 14, 34
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    top = max(top, 1) * 1.1

    def x(day: dt.date) -> float:
        if first == last:
            return left + (width - left - right) / 2
        return left + (width - left - right) * (day - first).days / span

    def y(v: float) -> float:
        return pad_top + (height - pad_top - bottom) * (1 - v / top)

    out_series = []
    for n, (i, origin, points) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        # the small shift keeps origins on the same day from hiding each other
        shift = (n - (len(series) - 1) / 2) * 6
        marks, line = [], []
        for day, low, high, article, evidence in points:
            cx = round(x(day) + shift, 1)
            if low is not None and high is not None and low != high or high is None or low is None:
                y1 = y(low if low is not None else 0)
                y2 = y(high) if high is not None else pad_top  # open above: bar to the top
                marks.append({"kind": "bar", "x": cx, "y1": round(y1, 1), "y2": round(y2, 1),
                              "open": high is None, "href": "#" + evidence_anchor(article, evidence),
                              "label": f"{origin_label(origin)}: {figure({'low': low, 'high': high, 'qualifier': ''})} ({day})"})
                line.append((cx, round((y1 + y2) / 2, 1)))
            else:
                cy = round(y(low), 1)
                marks.append({"kind": "point", "x": cx, "y": cy,
                              "href": "#" + evidence_anchor(article, evidence),
                              "label": f"{origin_label(origin)}: {low} ({day})"})
                line.append((cx, cy))
        out_series.append({"index": i, "colour": colour, "label": origin_label(origin),
                           "points": " ".join(f"{a},{b}" for a, b in line), "marks": marks})
    ticks_x = [{"x": round(x(d), 1), "label": d.isoformat()[5:]} for d in sorted(days)]
    step = _nice_step(top / 4)
    ticks_y = [{"y": round(y(v), 1), "label": str(v)} for v in range(0, int(top) + 1, step)]
    return {"width": width, "height": height, "left": left, "bottom": height - bottom,
            "right": width - right, "top": pad_top, "series": out_series,
            "ticks_x": ticks_x, "ticks_y": ticks_y}


def _nice_step(raw: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if step >= raw:
            return step
    return int(raw) + 1


def sheet_context(sheet: Mapping, articles: Mapping[str, Mapping], incident: str | None = None,
                  links: Mapping[str, str] | None = None) -> dict:
    """What the fact-sheet template needs: the incidents (all or one) with each
    slot's timeline, and the texts of their articles cut into marked pieces."""
    incidents = [i for i in sheet.get("incidents", []) if incident is None or i["id"] == incident]
    dated = {a["id"]: a for a in sheet.get("articles", [])}
    spans: dict[str, list[tuple[int, int]]] = {}
    out_incidents = []
    for inc in incidents:
        slots = []
        for slot in inc.get("slots", []):
            for origin in slot.get("origins", []):
                for rep in origin.get("reports", []):
                    ev = rep.get("evidence") or {}
                    if ev.get("start") is not None and ev.get("end") is not None:
                        spans.setdefault(rep["article"], []).append((ev["start"], ev["end"]))
            conflicted = {k for pair in slot.get("conflicts", []) for k in pair}
            slots.append({**slot, "timeline": timeline(slot), "conflicted": conflicted})
        for a in inc.get("set_aside", []):  # (their words are marked and linked too)
            ev = a.get("evidence") or {}
            if a.get("article") and ev.get("start") is not None and ev.get("end") is not None:
                spans.setdefault(a["article"], []).append((ev["start"], ev["end"]))
        out_incidents.append({**inc, "slots": slots})
    shown: list[str] = []
    for inc in incidents:
        for aid in inc.get("articles", []):
            if aid not in shown:
                shown.append(aid)
    for aid in spans:
        if aid not in shown:
            shown.append(aid)
    texts = []
    for aid in shown:
        a = articles.get(aid)
        if a is None:
            continue
        # claims of the article not in any slot still deserve a mark
        for c in a.get("claims", []):
            ev = c.get("evidence") or {}
            spans.setdefault(aid, []).append((ev.get("start", 0), ev.get("end", 0)))
        published = (dated.get(aid) or {}).get("published") or a.get("published") or {}
        texts.append({"id": aid, "title": a.get("title"), "outlet": a.get("outlet") or
                      (dated.get(aid) or {}).get("outlet"), "published": published,
                      "url": a.get("url"), "pieces": marked_segments(aid, a.get("text") or "", spans.get(aid, []))})
    return {"incidents": out_incidents, "articles": texts, "links": dict(links or {}),
            "generated_from": len(sheet.get("articles", []))}


def render_html(sheet: Mapping, articles: Mapping[str, Mapping], incident: str | None = None,
                title: str = "riwaya — fact sheet", links: Mapping[str, str] | None = None) -> str:
    """The fact sheet as one self-contained HTML page. `articles` maps article id →
    {text, title, outlet, published, claims}; `links` may give `home` and
    `article` (a prefix) when served by the web app."""
    return environment().get_template("sheet.html.j2").render(
        title=title, **sheet_context(sheet, articles, incident, links))
