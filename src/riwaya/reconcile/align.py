"""Across articles, within an incident: which claims count for it, and the (measure, subject) slot each fills."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from riwaya.model import ArticleResult, Claim, evolve

# Subjects that hold other subjects: a figure for the whole bounds the sum (or the
# largest) of its parts. both_sides is the two (or more) armed sides together.
PART_OF = {
    "civilians": "people",
    "children": "civilians",
    "women": "civilians",
}
# Subjects that are never an armed side, whatever the article says.
NOT_A_SIDE = frozenset({"people", "civilians", "children", "women", "prisoners", "hostages",
                        "suspects", "both_sides"})


@dataclass(frozen=True)
class Report:
    """One claim as it counts for an incident: the claim, the day it speaks for, its article's outlet."""
    claim: Claim
    day: dt.date | None
    outlet: str | None

    @property
    def article(self) -> str:
        return self.claim.article

    def order(self) -> tuple:
        """A total order that does not depend on input order."""
        c = self.claim
        return (self.day or dt.date.min, c.article, c.evidence.start, c.evidence.end,
                c.measure, c.subject or "", c.source.party)


def day_of(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(iso)[:10]) if iso else None
    except ValueError:
        return None


def report_day(claim: Claim, result: ArticleResult) -> dt.date | None:
    """The day a claim speaks for: its own as_of, else its article's (earliest) publication day."""
    if claim.as_of is not None and day_of(claim.as_of.low):
        return day_of(claim.as_of.low)
    pub = result.info.published
    return day_of(pub.low) if pub else None


_TALLY_DAYS = 30  # a figure counted since more than this many days before the start is such a tally


def set_aside_reason(claim: Claim, day: dt.date | None, start: dt.date | None,
                     window_days: int = 10) -> str | None:
    """Why a claim does not count for the incident its article reports, or None when it does.
    A claim dated more than `window_days` before the incident's start speaks of another event
    (the start is only an estimate, so a claim a few days earlier still counts)."""
    if claim.where == "related":
        return "a related-story line, not this article's report"
    if claim.context == "background":
        return "a background paragraph about another event"
    if claim.context == "total":
        return "a cumulative total beyond this incident"
    if start is not None and claim.as_of is not None:
        high = day_of(claim.as_of.high) or day_of(claim.as_of.low)
        if high is not None and high < start - dt.timedelta(days=window_days):
            return f"speaks for {high}, long before the incident began ({start})"
        low = day_of(claim.as_of.low)
        if low is not None and high is not None and high < start and (high - low).days >= 7:
            # "قتل 382 مدنياً خلال شباط الماضي" in a report of 9 March: a tally of a month gone
            return f"counts {low}..{high}, a stretch that ended before the incident began ({start})"
    if start is not None and claim.period is not None and (since := day_of(claim.period.low)) is not None \
            and since < start - dt.timedelta(days=_TALLY_DAYS):
        # "ترتفع الحصيلة الإجمالية منذ 8 تشرين الأول 2023 إلى 3050" in a report of one strike (a
        # count over the past week or two is as often the incident's own: an offensive, a siege)
        return f"counts since {since}, long before the incident began ({start}): a cumulative total"
    return None


def _wholes(claims) -> dict[tuple[int, str, str | None], int]:
    """(sentence, measure, subject) -> where the first figure that is no part begins."""
    out: dict[tuple[int, str, str | None], int] = {}
    for c in claims:
        if not c.part_of and c.sentence is not None:
            out.setdefault((c.sentence.start, c.measure, c.subject), c.evidence.start)
    return out


def slot_key(claim: Claim) -> tuple[str, str | None]:
    return claim.measure, claim.subject


def align(results: list[ArticleResult], start: dt.date | None,
          window_days: int = 10) -> tuple[dict, list[tuple[Report, str]]]:
    """Claims of an incident's articles sorted into slots {(measure, subject): [Report]},
    and the claims set aside with the reason."""
    slots: dict[tuple[str, str | None], list[Report]] = {}
    aside: list[tuple[Report, str]] = []
    for r in results:
        wholes = _wholes(r.claims)
        for c in r.claims:
            rep = Report(c, report_day(c, r), r.info.outlet)
            why = set_aside_reason(c, rep.day, start, window_days)
            if not why and c.part_of and c.sentence is not None \
                    and wholes.get((c.sentence.start, c.measure, c.subject), c.evidence.start) < c.evidence.start:
                # "نزح 43,059 شخصاً، بينهم نحو 30 ألفاً من درنة وحدها": a part of the figure before it,
                # of the same people, is no figure of that count (the contract: a part never replaces
                # the whole); a part of other people fills a slot of its own ("بينهم 5 أطفال")
                why = "a part of the figure given before it in its sentence, of the same people"
            if why:
                aside.append((rep, why))
            else:
                slots.setdefault(slot_key(c), []).append(rep)
    if not slots:
        # articles that only tally a stretch of time (a monitor's monthly toll): that tally is
        # what they report, not a background to some other figure. Kept: the claims that only
        # their tally marks (context "total", a long period) set aside.
        keep = [rep for rep, _ in aside if (rep.claim.context == "total" or rep.claim.period is not None)
                and set_aside_reason(evolve(rep.claim, period=None, context=None if rep.claim.context == "total"
                                            else rep.claim.context), rep.day, start, window_days) is None]
        for rep in keep:
            slots.setdefault(slot_key(rep.claim), []).append(rep)
        kept = {id(rep) for rep in keep}
        aside = [x for x in aside if id(x[0]) not in kept]
    for reps in slots.values():
        reps.sort(key=Report.order)
    aside.sort(key=lambda x: x[0].order())
    return slots, aside
