"""Across articles, within a slot: the UCDP-style low / best / high estimate and the words it rests on.

The rule (docs/reconcile.md says it for users):
- low  = the smallest figure any origin gives (its lower bound), so the estimate spans every claim
  (but those of another scale, below);
- high = the largest figure any origin gives (its upper bound; an open "more than N" counts as N);
- best = the figure of the most credible origins: an independent source (local or medical
  sources, a monitor, the UN or an NGO) or a side admitting its own losses ranks first; the
  outlet's own unsourced voice, other media and a side's claims about anything but its enemy
  rank second; a side's claims about its enemy rank last. Among the origins of the best rank
  present, the lower median of their point figures; where those are only vague or open-ended
  ("dozens", "more than 100"), the most precise figure of any origin that agrees with them.
  best is clamped into [low, high].
Only each origin's current figure counts (a revised figure replaces the old one). An origin
whose figure is out of scale with the others (at least OUT_OF_SCALE_MIN and at least
OUT_OF_SCALE times the median of the others, as a war's total or a population is next to one
attack's toll) is left out of all three and named in the basis.
"""
from __future__ import annotations

import functools

from dataclasses import dataclass

from riwaya.model import Value
from riwaya.reconcile.align import NOT_A_SIDE
from riwaya.reconcile.origins import ANONYMOUS, Origin
from riwaya.reconcile.relations import agree, precision

# Counts of a side's own losses, where a side's admission is the most credible figure.
LOSSES = frozenset({"killed", "wounded", "casualties", "captured", "hostages", "surrendered"})
# Claimants that are not a side to the fighting (besides the anonymous voices).
INDEPENDENT = frozenset({
    "local_sources", "medical_sources", "witnesses", "un", "unicef", "ocha", "unhcr", "who", "iom",
    "icrc", "ifrc", "msf", "sohr", "hrw", "amnesty", "acled", "airwars", "unama", "unami", "unsmil",
})
# A figure this many times the median of the slot's other origins, and at least this large, is of
# another scale than the rest (a war's dead, a region's displaced next to one attack's toll).
OUT_OF_SCALE, OUT_OF_SCALE_MIN = 100, 1000
RANK_WORDS = {3: "an independent source or a side's admission of its own losses",
              2: "an unsourced or partisan figure",
              1: "a side's claim about its enemy"}


@dataclass(frozen=True)
class Estimate:
    low: int | None
    best: int | None
    high: int | None
    basis: str
    apart: tuple[int, ...] = ()  # the origins left out as of another scale (their indices)

    def to_dict(self) -> dict:
        d = {"low": self.low, "best": self.best, "high": self.high, "basis": self.basis}
        if self.apart:
            d["set_apart"] = list(self.apart)
        return d


def _stem(party: str) -> str:
    for suffix in ("_government", "_forces", "_staff"):
        if party.endswith(suffix):
            return party[: -len(suffix)]
    return party


@functools.cache
def _independent_ids() -> frozenset[str]:
    try:
        from riwaya.gazetteer.gazetteer import INDEPENDENT_ROLES, default_gazetteer
        return INDEPENDENT | frozenset(e.id for e in default_gazetteer()
                                       if e.kind == "party" and e.role in INDEPENDENT_ROLES)
    except Exception:  # noqa: BLE001 - the list above alone
        return INDEPENDENT


def independent(party: str | None) -> bool:
    """A claimant that is no side to the fighting and not anonymous: the UN and its agencies,
    NGOs and monitors (INDEPENDENT, and every gazetteer party of such a role)."""
    return bool(party) and party in _independent_ids()


def is_side(party: str | None) -> bool:
    """An armed side or a state (a claimant or subject that fights), not a voice, a monitor,
    a class of persons or an organisation's staff."""
    return (bool(party) and party not in ANONYMOUS and not independent(party)
            and party not in NOT_A_SIDE and not party.endswith("_staff"))


def rank(origin: Origin, measure: str, subject: str | None) -> tuple[int, str]:
    """How much an origin's figure weighs for the best estimate (3 most), and why."""
    party = origin.party
    if independent(party):
        return 3, "independent source"
    if party in ANONYMOUS:
        return 2, "unsourced" if party in ("outlet", "unknown") else "anonymous or cited media"
    own = subject is not None and _stem(subject) == _stem(party)
    if own and measure in LOSSES:
        return 3, "admission of its own losses"
    if subject and not own and is_side(subject):
        return 1, "a side's claim about its enemy"
    return 2, "a side's claim"


def bounds(v: Value) -> tuple[int | None, int | None]:
    """A figure's lower and upper bound as stated (an open side takes the stated number)."""
    lo = v.low if v.low is not None else v.high
    hi = v.high if v.high is not None else v.low
    return lo, hi


def point(v: Value) -> int | None:
    """One number for a figure: N for exact/approx, the middle of a range, the stated bound
    of an open figure, the lower end of a vague word (the conservative reading)."""
    lo, hi = bounds(v)
    if lo is None:
        return None
    if v.qualifier == "range":
        return (lo + hi) // 2
    if v.qualifier in ("less_than", "at_most"):
        return hi
    return lo


def label(origin: Origin, index: int) -> str:
    who = origin.party + (f"/{origin.speaker}" if origin.speaker else "")
    via = f" via {'+'.join(origin.via)}" if origin.via else ""
    n = len(origin.reports)
    arts = sorted({r.article for r in origin.reports})
    return f"#{index} {who}{via} ({n} report{'s' * (n != 1)} in {', '.join(arts)})"


def show(v: Value) -> str:
    lo, hi = v.low, v.high
    return {"exact": f"{lo}", "approx": f"about {lo}", "more_than": f"more than {lo}",
            "at_least": f"at least {lo}", "less_than": f"less than {hi}", "at_most": f"at most {hi}",
            "range": f"{lo} to {hi}", "vague": f"{lo}..{hi} (vague)"}.get(v.qualifier, v.qualifier)


def estimate(origins: list[Origin], measure: str, subject: str | None) -> Estimate:
    """The slot's low/best/high from its origins' current figures (see the module docstring)."""
    figured = [(i, o) for i, o in enumerate(origins) if bounds(o.value)[0] is not None]
    if not figured:
        return Estimate(None, None, None, "no origin gives a number (only 'all', 'most' or 'some')")
    figured, apart = _in_scale(figured)
    lows = [(bounds(o.value)[0], i) for i, o in figured]
    highs = [(bounds(o.value)[1], i) for i, o in figured]
    low, low_i = min(lows)
    high, high_i = max(highs, key=lambda x: (x[0], -x[1]))
    ranks = {i: rank(o, measure, subject) for i, o in figured}
    top = max(r for r, _ in ranks.values())
    best_of = [(i, o) for i, o in figured if ranks[i][0] == top]
    firm = [(i, o) for i, o in best_of if o.value.qualifier in ("exact", "approx", "range")]
    why = ""
    if not firm:
        # vague or open-ended only: the most precise agreeing figure of any origin corroborates it
        backing = [(i, o) for i, o in figured if o.value.qualifier in ("exact", "approx", "range")
                   and all(agree(o.value, b.value) for _, b in best_of)]
        if backing:
            j, b = max(backing, key=lambda x: (ranks[x[0]][0], precision(x[1].value), -x[0]))
            firm = [(j, b)]
            why = f", made precise by {label(b, j)} saying {show(b.value)}, which agrees"
    chosen = firm or best_of
    points = sorted((point(o.value), i) for i, o in chosen)
    best, best_i = points[(len(points) - 1) // 2]
    best = min(max(best, low), high)
    names = "; ".join(f"{label(o, i)}: {show(o.value)} [{ranks[i][1]}]" for i, o in figured)
    basis = (f"best {best} rests on {label(origins[best_i], best_i)}, "
             f"{RANK_WORDS[top]}{why}; low {low} is the smallest figure given "
             f"(#{low_i}), high {high} the largest (#{high_i}). "
             f"Origins: {names}.")
    if apart:
        basis += " Left out as of another scale: " + "; ".join(
            f"{label(o, i)}: {show(o.value)}, {ratio} times the others' median" for i, o, ratio in apart) + "."
    return Estimate(low, best, high, basis, tuple(i for i, _, _ in apart))


def _in_scale(figured: list[tuple[int, Origin]]) -> tuple[list[tuple[int, Origin]], list[tuple[int, Origin, int]]]:
    """The origins whose figures are of one scale, and those set apart (with how many times the
    median of the others each is): see OUT_OF_SCALE. A slot of one origin, or of origins all out
    of scale with each other, keeps them all."""
    if len(figured) < 2:
        return figured, []
    apart = []
    for i, o in figured:
        lo = bounds(o.value)[0]
        if lo < OUT_OF_SCALE_MIN:
            continue
        others = sorted(p for j, b in figured if j != i and (p := point(b.value)) is not None)
        median = others[(len(others) - 1) // 2] if others else 0
        if median > 0 and lo >= OUT_OF_SCALE * median:
            apart.append((i, o, lo // median))
    if not apart or len(apart) == len(figured):
        return figured, []
    out = {i for i, _, _ in apart}
    return [(i, o) for i, o in figured if i not in out], apart
