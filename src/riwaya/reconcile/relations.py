"""Across articles, within a slot: how two figures relate (agree, conflict) and when one origin revised its own."""
from __future__ import annotations

import math

from riwaya.model import Value

# Hedges that give no figure at all (all / most / some): they neither agree nor clash.
NO_FIGURE = ("all", "most", "some")


def tolerance(n: int) -> int:
    """How far "about N" (approx) reaches either side: the larger of 10% and sqrt(N),
    at least 1. "about 80" is 71..89, "about 300" is 270..330, "about 20" is 16..24."""
    return max(1, round(max(0.1 * n, math.sqrt(n))))


def interval(value: Value) -> tuple[int, float] | None:
    """The counts a figure allows, as a closed interval [lo, hi] (hi may be inf);
    None for a figure-less hedge. "more than N" excludes N itself (the checker's reading)."""
    q, lo, hi = value.qualifier, value.low, value.high
    if q in NO_FIGURE or (lo is None and hi is None):
        return None
    if q == "approx" and lo is not None:
        n_hi = hi if hi is not None else lo
        return max(0, lo - tolerance(lo)), n_hi + tolerance(n_hi)
    if q == "more_than":
        return (lo + 1 if lo is not None else 0), math.inf if hi is None else hi
    if q == "less_than":
        return (lo or 0), (hi - 1 if hi is not None else math.inf)
    return (lo if lo is not None else 0), (hi if hi is not None else math.inf)


def agree(a: Value, b: Value) -> bool | None:
    """True when both figures can hold at once (their intervals overlap), False when
    they cannot, None when either gives no figure."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def specific(value: Value) -> bool:
    """A figure a claimant can be said to have changed: a number, not a vague word or a hedge."""
    return value.qualifier not in NO_FIGURE + ("vague",) and (value.low is not None or value.high is not None)


def precision(value: Value) -> int:
    """Rank of how precise a figure is; higher is more precise (used to pick one of
    several same-day reports as an origin's current figure)."""
    return {"exact": 6, "approx": 5, "range": 4, "more_than": 3, "at_least": 3,
            "less_than": 2, "at_most": 2, "vague": 1}.get(value.qualifier, 0)


def same_figure(a: Value, b: Value) -> bool:
    return (a.low, a.high, a.qualifier) == (b.low, b.high, b.qualifier)
