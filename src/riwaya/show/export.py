"""Show: exports of the store for other tools: claims, origins and incidents as
CSV or JSON Lines, and an incident table in the shape event coders import
(UCDP GED-like columns)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

UCDP_COLUMNS = (
    "id", "date_start", "date_end", "where", "country", "side_a", "side_b",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
)

# Subjects that are parts of a larger count (children, women of civilians): left
# out of incident totals so nobody is counted twice.
PART_SUBJECTS = {"children", "women"}
CIVILIAN_SUBJECTS = {"civilians"}


def _day(as_of: Any) -> str | None:
    if isinstance(as_of, Mapping):
        return as_of.get("low") or as_of.get("high")
    return as_of


def claim_rows(claims: Iterable[Mapping]) -> list[dict]:
    """Flat rows of claims (contract dicts) for CSV."""
    rows = []
    for c in claims:
        v, s, ev = c["value"], c["source"], c["evidence"]
        as_of = c.get("as_of") or {}
        rows.append({"article": c["article"], "measure": c["measure"], "subject": c.get("subject"),
                     "low": v.get("low"), "high": v.get("high"), "qualifier": v.get("qualifier"),
                     "party": s.get("party"), "speaker": s.get("speaker"), "via": "|".join(s.get("via", [])),
                     "as_of_low": as_of.get("low"), "as_of_high": as_of.get("high"),
                     "evidence_start": ev["start"], "evidence_end": ev["end"], "evidence_text": ev.get("text")})
    return rows


def origin_rows(sheet: Mapping) -> list[dict]:
    """One row per origin of every slot: its current figure, reports and conflicts."""
    rows = []
    for inc in sheet.get("incidents", []):
        for s_n, slot in enumerate(inc.get("slots", [])):
            for o_n, o in enumerate(slot.get("origins", [])):
                v = o.get("value") or {}
                reports = o.get("reports", [])
                conflicts = sorted({b if a == o_n else a for a, b in slot.get("conflicts", []) if o_n in (a, b)})
                rows.append({"incident": inc["id"], "slot": s_n, "measure": slot["measure"],
                             "subject": slot.get("subject"), "origin": o_n, "party": o.get("party"),
                             "speaker": o.get("speaker"), "low": v.get("low"), "high": v.get("high"),
                             "qualifier": v.get("qualifier"), "revised": bool(o.get("revised")),
                             "reports": len(reports),
                             "articles": "|".join(dict.fromkeys(r.get("article") for r in reports)),
                             "conflicts_with": "|".join(map(str, conflicts))})
    return rows


def _sides(killed: Sequence[Mapping]) -> tuple[str | None, str | None]:
    """side_a is the state's side when one is counted (UCDP puts governments first)."""
    armed = [s["subject"] for s in killed if s.get("subject") and s["subject"] not in CIVILIAN_SUBJECTS
             and s["subject"] not in PART_SUBJECTS and s["subject"] not in ("people", "both_sides")]
    armed = list(dict.fromkeys(armed))
    armed.sort(key=lambda x: not (x.endswith("_forces") or x.endswith("_government")))
    return (armed[0] if armed else None, armed[1] if len(armed) > 1 else None)


def _best(slot: Mapping | None) -> int | None:
    return (slot.get("estimate") or {}).get("best") if slot else None


def ucdp_rows(sheet: Mapping, articles: Mapping[str, Mapping] | None = None) -> list[dict]:
    """One row per incident in UCDP GED-like columns. low/best/high sum the killed
    slots' estimates (parts like children left out); the source columns name the
    article behind the first report of the slot with the most origins."""
    articles = articles or {}
    dated = {a["id"]: a for a in sheet.get("articles", [])}
    rows = []
    for inc in sheet.get("incidents", []):
        killed = [s for s in inc.get("slots", []) if s["measure"] == "killed" and s.get("subject") not in PART_SUBJECTS]
        side_a, side_b = _sides(killed)
        by_subject = {s.get("subject"): s for s in killed}
        totals = {}
        for key in ("low", "best", "high"):
            vals = [(s.get("estimate") or {}).get(key) for s in killed]
            vals = [v for v in vals if v is not None]
            totals[key] = sum(vals) if vals else None
        days = sorted(d for s in inc.get("slots", []) for o in s.get("origins", [])
                      for r in o.get("reports", []) if (d := _day(r.get("as_of"))))
        ends = [(dated.get(a) or {}).get("published", {}).get("high") for a in inc.get("articles", [])]
        ends = sorted(e for e in ends if e)
        main = max(killed or inc.get("slots", []) or [{}], key=lambda s: len(s.get("origins", [])))
        first = next((r for o in main.get("origins", []) for r in o.get("reports", [])), None)
        source_article = first.get("article") if first else (inc.get("articles") or [None])[0]
        src = articles.get(source_article or "", {})
        src_dated = dated.get(source_article or "", {})
        origin = next((o for o in main.get("origins", []) if first in o.get("reports", [])), {})
        places = inc.get("places") or inc.get("places_found") or []
        if isinstance(places, str):
            places = [places]
        n_sources = len({(o.get("party"), o.get("speaker")) for s in inc.get("slots", []) for o in s.get("origins", [])})
        rows.append({
            "id": inc["id"], "date_start": inc.get("start") or (days[0] if days else None),
            "date_end": (days[-1] if days else None) or (ends[-1] if ends else None),
            "where": "|".join(p if isinstance(p, str) else str(p) for p in places),
            "country": inc.get("country"),
            "side_a": side_a, "side_b": side_b,
            "deaths_a": _best(by_subject.get(side_a)) if side_a else None,
            "deaths_b": _best(by_subject.get(side_b)) if side_b else None,
            "deaths_civilians": _best(by_subject.get("civilians")),
            "deaths_unknown": _best(by_subject.get("people")),
            **totals,
            "number_of_sources": n_sources,
            "source_article": source_article,
            "source_office": (origin.get("party") + (f"/{origin['speaker']}" if origin.get("speaker") else "")) if origin else None,
            "source_date": (src_dated.get("published") or {}).get("low") or (src.get("published") or {}).get("low"),
            "source_headline": src.get("title"),
        })
    return rows


def incident_rows(sheet: Mapping) -> list[dict]:
    """The incidents as whole documents (for JSON Lines)."""
    return list(sheet.get("incidents", []))


def write_rows(rows: Sequence[Mapping], fmt: str, out: io.TextIOBase, columns: Sequence[str] | None = None) -> int:
    """Write rows as CSV (`csv`/`ucdp`) or JSON Lines; return how many."""
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
        return len(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                    for k, v in r.items()})
    return len(rows)
