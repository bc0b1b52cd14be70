"""Across articles, within a slot: reports grouped into origins (one per independent claimant), with revisions."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from riwaya.model import Value
from riwaya.reconcile.align import Report
from riwaya.reconcile.relations import precision, same_figure, specific
from riwaya.text.normalize import fold

# Claimants with no identity beyond the article that voices them: the outlet itself,
# the passive "it was reported", anonymous local sources, another medium. Two articles'
# anonymous claims are two origins unless one copies the other.
ANONYMOUS = frozenset({"outlet", "unknown", "local_sources", "media"})
# Evidence texts this close (rapidfuzz ratio, folded) and this long are one copied sentence.
COPY_RATIO = 90
COPY_MIN_CHARS = 12
# Counts that only grow as a toll is updated (a later lower figure is not a revision).
CUMULATIVE = frozenset({"killed", "wounded", "casualties", "captured", "displaced", "surrendered"})


@dataclass
class Origin:
    """One independent claimant in a slot and every report of its claim."""
    party: str
    speaker: str | None
    reports: list[Report] = field(default_factory=list)

    @property
    def via(self) -> list[str]:
        seen: list[str] = []
        for r in self.reports:
            for v in r.claim.source.via:
                if v not in seen:
                    seen.append(v)
        return seen

    def timeline(self) -> list[Report]:
        return sorted(self.reports, key=Report.order)

    def _figured(self) -> list[Report]:
        """Dated reports with a specific figure, one per day (that day's most precise), oldest first."""
        by_day: dict = {}
        for r in self.timeline():
            if r.day is not None and specific(r.claim.value):
                best = by_day.get(r.day)
                if best is None or _preference(r) > _preference(best):
                    by_day[r.day] = r
        return [by_day[d] for d in sorted(by_day)]

    def revisions(self) -> list[Report]:
        """The reports at which the claimant's figure changed, oldest first (empty when it
        never did). Only a later day can revise. For a count of losses a later, lower
        figure is not taken as the claimant's new total unless the sentence says it
        revises one ("from 31 to 32"): tolls rise, and a lower later figure is far more
        often a part of the toll or a misread than a correction. A from-to sentence is
        a revision on its own too."""
        steps: list[Report] = []
        for r in self._figured():
            if not steps:
                steps.append(r)
                continue
            last = steps[-1]
            if same_figure(last.claim.value, r.claim.value):
                continue
            lower = (r.claim.value.low or 0) < (last.claim.value.low or 0)
            if lower and r.claim.measure in CUMULATIVE and r.claim.revises is None:
                continue
            steps.append(r)
        if len(steps) > 1:
            return steps
        inline = [r for r in self.reports if r.claim.revises is not None
                  and not same_figure(r.claim.revises, r.claim.value)]
        return inline[:1]

    @property
    def revised(self) -> bool:
        return bool(self.revisions())

    @property
    def current(self) -> Report:
        """The report that carries the claimant's current figure: the last step of its
        revisions; else its first dated specific figure (later ones repeat it or are
        lower partial counts); else, undated, its most precise report."""
        steps = self.revisions()
        if steps:  # the last change, or the new figure of a from-to sentence
            return steps[-1]
        figured = self._figured()
        if figured:  # never changed: later reports repeat it or give a lower partial count
            return figured[0]
        return max(self.reports, key=lambda r: (_preference(r), r.day is not None))

    @property
    def value(self) -> Value:
        return self.current.claim.value

    def key(self) -> tuple:
        first = self.timeline()[0]
        return (first.order(), self.party, self.speaker or "")


def _preference(r: Report) -> tuple:
    """Which of several reports of one origin states its figure best: the most precise,
    then a body sentence over a headline, then the larger figure."""
    v = r.claim.value
    return (precision(v), r.claim.where == "body", v.low or 0, v.high or 0)


class _Groups:
    """Union-find over claimant keys that never joins two different named claimants."""

    def __init__(self, keys: list[tuple]) -> None:
        self.parent = list(range(len(keys)))
        # the named claimants (party, speaker) each group holds
        self.named = [{(k[1], k[2])} if k[0] == "party" else set() for k in keys]

    def compatible(self, a: int, b: int) -> bool:
        both = self.named[a] | self.named[b]
        parties = {p for p, _ in both}
        speakers = {s for _, s in both if s}
        return len(parties) <= 1 and len(speakers) <= 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b and self.compatible(a, b):
            lo, hi = min(a, b), max(a, b)
            self.parent[hi] = lo
            self.named[lo] |= self.named[hi]


def copied(a: Report, b: Report, near_duplicate: Callable[[str, str], bool]) -> bool:
    """Is one report a copy of the other (wire reprint, pasted paragraph)? Same figure, same
    voice, and either near-identical articles or near-identical evidence wording."""
    if a.article == b.article or not same_figure(a.claim.value, b.claim.value):
        return False
    if a.claim.source.party != b.claim.source.party:
        return False
    if near_duplicate(a.article, b.article):
        return True
    ta, tb = fold(a.claim.text).strip(), fold(b.claim.text).strip()
    return min(len(ta), len(tb)) >= COPY_MIN_CHARS and fuzz.ratio(ta, tb) >= COPY_RATIO


def claimant(rep: Report) -> tuple:
    """The first grouping key: a named side's (party, speaker), or an anonymous voice per article."""
    s = rep.claim.source
    if s.party in ANONYMOUS:
        return ("anonymous", s.party, rep.article)
    return ("party", s.party, s.speaker)


def build_origins(reports: list[Report],
                  near_duplicate: Callable[[str, str], bool] = lambda a, b: False) -> list[Origin]:
    """Group a slot's reports into origins, ordered by their first report.

    - a side's claims through any chain of outlets are one origin per (party, speaker);
      its unnamed claims join its only named speaker (the office speaking through him);
    - an anonymous claim joins a named origin of the same article with the same figure
      (the outlet restating its source, e.g. in the headline), and any copy of it elsewhere;
    - anonymous claims of different articles stay apart unless one copies the other.
    """
    reports = sorted(reports, key=Report.order)
    keys = sorted({claimant(r) for r in reports}, key=lambda k: tuple("" if x is None else x for x in k))
    speakers: dict[str, set[str]] = {}
    for k in keys:
        if k[0] == "party" and k[2]:
            speakers.setdefault(k[1], set()).add(k[2])
    index = {k: i for i, k in enumerate(keys)}
    groups = _Groups(keys)
    for k in keys:
        if k[0] == "party" and k[2] is None and len(speakers.get(k[1], ())) == 1:
            groups.union(index[k], index[("party", k[1], next(iter(speakers[k[1]])))])
    by_key: dict[tuple, list[Report]] = {}
    for r in reports:
        by_key.setdefault(claimant(r), []).append(r)
    for k in keys:
        if k[0] != "anonymous":
            continue
        for r in by_key[k]:
            for other in reports:
                if other is r or claimant(other) == k:
                    continue
                if other.article == r.article:
                    linked = claimant(other)[0] == "party" and same_figure(other.claim.value, r.claim.value)
                else:
                    linked = claimant(other)[0] == "anonymous" and copied(r, other, near_duplicate)
                if linked:
                    groups.union(index[k], index[claimant(other)])
    members: dict[int, list[tuple]] = {}
    for k in keys:
        members.setdefault(groups.find(index[k]), []).append(k)
    origins = []
    for ks in members.values():
        named = [k for k in ks if k[0] == "party"]
        # A group holding a named side is that side; else the anonymous voice of its earliest report.
        lead = min(named, key=lambda k: (k[2] is None, k[1], k[2] or "")) if named else None
        reps = [r for k in ks for r in by_key[k]]
        if lead:
            party, speaker = lead[1], lead[2]
        else:
            first = min(reps, key=Report.order)
            party, speaker = first.claim.source.party, None
        origins.append(Origin(party, speaker, sorted(reps, key=Report.order)))
    origins.sort(key=Origin.key)
    return origins
