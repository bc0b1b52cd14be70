"""The records that flow through riwaya: Article in, Claim per article, Incident across articles.

All records are frozen dataclasses; validation happens at the edges (read.py, the
web API, exports), not here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any

# The qualifiers of the claim contract (shared/CONTRACT.md).
QUALIFIERS = (
    "exact", "approx", "more_than", "at_least", "less_than", "at_most",
    "range", "vague", "all", "most", "some",
)

MEASURES = (
    "killed", "wounded", "casualties", "captured", "escaped", "at_large", "surrendered",
    "freed", "hostages", "attackers", "displaced", "detainees", "shelters", "bombs",
    "suicide_attackers", "attack_axes", "fronts", "vehicles_destroyed", "vehicles_seized",
    "buildings", "meals", "mobile_clinics", "clinics", "ambulances", "buses", "other",
)



def evolve(record: Any, **changes: Any) -> Any:
    """`dataclasses.replace` for the frozen records here (none has __post_init__ or slots),
    without running __init__ field by field again: six times faster, which counts for a
    field set on every claim."""
    new = object.__new__(type(record))
    d = new.__dict__
    d.update(record.__dict__)
    d.update(changes)
    return new

@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) into an article's original text."""
    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: "Span") -> bool:
        return min(self.end, other.end) > max(self.start, other.start)

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Value:
    """A figure as an interval with its hedge: low/high are None where open."""
    low: int | None
    high: int | None
    qualifier: str = "exact"

    def __post_init__(self) -> None:
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}")

    @classmethod
    def exact(cls, n: int) -> "Value":
        return cls(n, n, "exact")

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Value":
        return cls(d.get("low"), d.get("high"), d.get("qualifier", "exact"))


@dataclass(frozen=True)
class Source:
    """Who makes a claim: a side (party), maybe a named speaker, and the channels
    between them and the article (via, nearest the claimant first)."""
    party: str = "outlet"
    speaker: str | None = None
    via: tuple[str, ...] = ()
    distance: str | None = None  # the outlet's distancing words (حسب زعمها), verbatim
    cue: str | None = None       # the words the attribution rests on, verbatim

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"party": self.party, "speaker": self.speaker, "via": list(self.via)}
        if self.distance:
            d["distance"] = self.distance
        if self.cue:
            d["cue"] = self.cue
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Source":
        party = d.get("party") or "unknown"
        if isinstance(party, list):
            party = party[0] if party else "unknown"
        return cls(party, d.get("speaker"), tuple(d.get("via") or ()), d.get("distance"), d.get("cue"))


@dataclass(frozen=True)
class DayRange:
    """A day known as an interval of ISO dates, with the words it rests on."""
    low: str | None
    high: str | None
    basis: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "basis": self.basis}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "DayRange | None":
        if not d:
            return None
        return cls(d.get("low"), d.get("high"), d.get("basis", ""))


@dataclass(frozen=True)
class Article:
    """One news article. `text` is exactly what was read (decoded, never changed);
    every offset riwaya reports points into it."""
    id: str
    text: str
    title: str | None = None          # for JSON Lines input with a separate title
    url: str | None = None
    published: str | None = None      # ISO date from metadata, when the input had one
    outlet: str | None = None         # outlet id or name from metadata
    path: str | None = None           # where it was read from
    encoding: str = "utf-8"
    meta: tuple[tuple[str, str], ...] = ()  # extra metadata (HTML meta etc.)


@dataclass(frozen=True)
class Claim:
    """One quantitative claim of one article (the claim contract, plus extras)."""
    article: str
    measure: str
    subject: str | None
    value: Value
    source: Source
    evidence: Span
    text: str                      # article_text[evidence.start:evidence.end]
    sentence: Span | None = None   # the sentence holding it
    where: str = "body"            # body | headline | title | tweet | related
    as_of: DayRange | None = None  # the day the claim speaks for
    period: DayRange | None = None  # the stretch a cumulative figure counts over, with its words
    revises: Value | None = None   # the old figure in a from-to revision
    part_of: bool = False          # a part of a whole ("بينهم 5 أطفال")
    context: str | None = None     # background | total | None (reserved for reconcile hints)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "article": self.article,
            "measure": self.measure,
            "subject": self.subject,
            "value": self.value.to_dict(),
            "source": self.source.to_dict(),
            "evidence": {"start": self.evidence.start, "end": self.evidence.end, "text": self.text},
        }
        if self.sentence is not None:
            d["sentence"] = {"start": self.sentence.start, "end": self.sentence.end}
        if self.where == "title":
            d["in"] = "title"
        d["where"] = self.where
        if self.as_of is not None:
            d["as_of"] = self.as_of.to_dict()
        if self.period is not None:
            d["period"] = self.period.to_dict()
        if self.revises is not None:
            d["revises"] = self.revises.to_dict()
        if self.part_of:
            d["part_of"] = True
        if self.context:
            d["context"] = self.context
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        ev = d["evidence"]
        sent = d.get("sentence")
        return cls(
            article=d["article"], measure=d["measure"], subject=d.get("subject"),
            value=Value.from_dict(d["value"]), source=Source.from_dict(d.get("source") or {}),
            evidence=Span(ev["start"], ev["end"]), text=ev.get("text", ""),
            sentence=Span(sent["start"], sent["end"]) if sent else None,
            where="title" if d.get("in") == "title" else d.get("where", "body"),
            as_of=DayRange.from_dict(d.get("as_of")),
            period=DayRange.from_dict(d["period"]) if isinstance(d.get("period"), dict) else None,
            revises=Value.from_dict(d["revises"]) if d.get("revises") else None,
            part_of=bool(d.get("part_of")), context=d.get("context"),
        )


@dataclass(frozen=True)
class ArticleInfo:
    """What the per-article stages say about an article besides its claims."""
    id: str
    outlet: str | None
    outlet_text: str | None
    published: DayRange | None
    # Anchors for cross-article dating: ("event_start", offset_days, weekday or None, words)
    # means "the event began `offset_days` days before publication" etc. (see when.py)
    anchors: tuple[tuple[str, Any, Any, str], ...] = ()
    places: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "outlet": self.outlet, "outlet_text": self.outlet_text,
                "published": self.published.to_dict() if self.published else None,
                "places": list(self.places), "parties": list(self.parties),
                "title": self.title}


def as_dict(obj: Any) -> dict[str, Any]:
    """Plain dict of any record (for debugging and tests)."""
    return asdict(obj)


__all__ = ["Span", "Value", "Source", "DayRange", "Article", "Claim", "ArticleInfo",
           "QUALIFIERS", "MEASURES", "as_dict", "field"]


@dataclass(frozen=True)
class ArticleResult:
    """Everything the per-article stages produce for one article; the only thing
    cross-article stages (reconcile/) see. `shingles` are hashed word 5-grams of the
    body (boilerplate removed), for near-duplicate (wire copy) detection."""
    article: Article
    info: ArticleInfo
    claims: tuple[Claim, ...]
    shingles: frozenset[int] = frozenset()
    warnings: tuple[str, ...] = ()
