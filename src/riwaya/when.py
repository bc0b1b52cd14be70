"""Dates: the per-article stage that finds date expressions and the publication day, and the
cross-article step that lets the articles of one incident date each other.

Three parts:
- `find_dates(norm_text)`: every date expression in a normalized text (absolute dates of
  three calendars, weekdays, today/yesterday, "N days ago", "for the K-th day", "since
  Thursday", "over the past two days"), each able to `resolve` against a publication day.
- `date_article(article, norm)`: the publication day as a DayRange (metadata first, then
  the text) and the anchors the text gives for cross-article dating.
- `infer_across(infos)` / `event_start(infos)`: a small constraint solver over day
  intervals: each article's publication day P and the incident's start day S are
  variables; "6 days ago" says P - S = 6, "today, Sunday" says P is a Sunday, and so on.
  Intervals only ever shrink by what the evidence forces, so they never exclude the
  true day unless the evidence itself is wrong (a contradiction is reported, not hidden).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hijridate import Gregorian, Hijri

from riwaya.model import Article, ArticleInfo, DayRange
from riwaya.text.normalize import Normalized, fold
from riwaya.text.segment import default_boilerplate
from riwaya.yamlio import DataError, line_of, load_yaml

DATES_YAML = Path(__file__).parent / "ar" / "data" / "dates.yaml"

KINDS = ("absolute", "weekday", "relative_day", "ago", "sequence", "since", "period", "elapsed")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# ---------------------------------------------------------------------------
# Calendars: the Hijri conversion is hijridate's (Umm al-Qura), never our own.

def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Hijri date by the Umm al-Qura calendar (hijridate)."""
    return date(*Hijri(year, month, day).to_gregorian().datetuple())


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """The Hijri (year, month, day) of a Gregorian day by the Umm al-Qura calendar (hijridate)."""
    return Gregorian(d.year, d.month, d.day).to_hijri().datetuple()


def hijri_interval(year: int, month: int, day: int) -> tuple[date, date]:
    """A Hijri date as written in news: the Umm al-Qura day, give or take one day,
    because countries start the month on their own sighting of the moon."""
    g = hijri_to_gregorian(year, month, day)
    return g - timedelta(days=1), g + timedelta(days=1)


# ---------------------------------------------------------------------------
# The lexicon (dates.yaml), folded and validated.

@dataclass(frozen=True)
class DateLexicon:
    """The words of time, folded, with the patterns built from them."""
    months: dict[str, tuple[str, int]]     # folded name -> (calendar, month)
    weekdays: dict[str, int]
    relative: dict[str, int]               # folded word -> day offset from publication
    ordinals: dict[str, int]
    units: dict[str, tuple[int, int | None]]  # word -> (days per unit, count implied: 1, 2 or None)
    count_words: dict[str, int]
    words: dict[str, tuple[str, ...]]      # the plain word lists, folded
    patterns: dict[str, re.Pattern]
    # per pattern, words one of which must be in a text for the pattern to match there:
    # a pattern whose words are all absent is not run (most texts lack most of them)
    needles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per pattern, a quick test gate(norm, start, end) that must pass before it is run there
    gates: dict[str, Any] = field(default_factory=dict)
    # one regex for all the needles and what each needle stands for (see _needle_regex)
    needle_index: dict[str, Any] = field(default_factory=dict)


def _alt(names) -> str:
    """A regex alternation of lexicon strings, longest first, spaces matching any run of spaces."""
    from riwaya.ar.numbers import _trie_regex
    uniq = {" ".join(n.split()) for n in names}
    # factored as a trie: one try per place instead of one per name (the same longest-first choice)
    return _trie_regex(uniq) if uniq else ""


# One optional proclitic (و ف ب ل) may be glued before a word: "وأمس", "بالأمس".
_L = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
_R = r"(?!\w)"


def _class_map(path, node, section: str, seen: dict[str, tuple[str, Any]], key_type=int) -> dict[str, Any]:
    """Fold a {class: [names]} mapping, refusing a name listed under two classes."""
    if not isinstance(node, dict) or not node:
        raise DataError(path, line_of(node), f"{section}: expected a mapping of classes to name lists")
    out: dict[str, Any] = {}
    for key, names in node.items():
        line = line_of(node, key)
        if not isinstance(key, key_type):
            raise DataError(path, line, f"{section}: class {key!r} must be {key_type.__name__}")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise DataError(path, line, f"{section}.{key}: expected a list of non-empty strings")
        for n in names:
            f = fold(n.strip())
            if f in seen:
                other = seen[f]
                what = "twice" if other == (section, key) else f"under both {other[0]}.{other[1]} and {section}.{key}"
                raise DataError(path, line, f"{n!r} is listed {what}")
            seen[f] = (section, key)
            out[f] = key
    return out


def _word_list(path, data, key: str) -> tuple[str, ...]:
    v = data.get(key)
    if not isinstance(v, list) or not all(isinstance(n, str) and n.strip() for n in v):
        raise DataError(path, line_of(data, key), f"{key}: expected a list of non-empty strings")
    folded = [fold(n.strip()) for n in v]
    dup = {n for n in folded if folded.count(n) > 1}
    if dup:
        raise DataError(path, line_of(data, key), f"{key}: {sorted(dup)[0]!r} is listed twice")
    return tuple(folded)


_WORD_LISTS = ("year_words", "hijri_year_marks", "gregorian_year_marks", "weekday_lead", "day_parts",
               "weekday_past", "weekday_future", "not_today_after", "sequence_tail", "ago_words",
               "since_words", "period_words", "period_past", "period_future", "future_markers", "since_start",
               "elapsed_words", "elapsed_more", "start_verbs", "event_words", "ongoing_words", "post_words")


def load_date_lexicon(path: str | Path = DATES_YAML) -> DateLexicon:
    """Load and validate dates.yaml; a wrong entry is a DataError naming file and line."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DataError(path, None, "expected a mapping at the top")
    for key in ("months", "weekdays", "relative_days", "ordinals", "units", "count_words") + _WORD_LISTS:
        if key not in data:
            raise DataError(path, None, f"missing section {key!r}")
    months: dict[str, tuple[str, int]] = {}
    seen: dict[str, Any] = {}
    for cal, node in data["months"].items():
        m = _class_map(path, node, f"months.{cal}", seen)
        for name, num in m.items():
            if not 1 <= num <= 12:
                raise DataError(path, line_of(node, num), f"months.{cal}: month {num} is not 1..12")
            months[name.lower() if cal == "english" else name] = (cal, num)
    weekdays = _class_map(path, data["weekdays"], "weekdays", {})
    if sorted(set(weekdays.values())) != list(range(7)):
        raise DataError(path, line_of(data, "weekdays"), "weekdays: need names for 0 (Monday) .. 6 (Sunday)")
    relative = _class_map(path, data["relative_days"], "relative_days", {})
    ordinals = _class_map(path, data["ordinals"], "ordinals", {})
    # "الرابع" is also written "للرابع" after لليوم (a common slip), so both forms are known.
    for name, k in list(ordinals.items()):
        if name.startswith("ال"):
            ordinals.setdefault("لل" + name[2:], k)
    count_words = _class_map(path, data["count_words"], "count_words", {})
    units: dict[str, tuple[int, int | None]] = {}
    seen_units: dict[str, Any] = {}
    for unit, node in data["units"].items():
        if not isinstance(node, dict) or not isinstance(node.get("days"), int):
            raise DataError(path, line_of(data["units"], unit), f"units.{unit}: needs days: <int>")
        for form, count in (("one", 1), ("two", 2), ("many", None)):
            sub = {form: node.get(form) or []}
            for name in _class_map(path, _Lined(sub, node, form), f"units.{unit}", seen_units, str):
                units[name] = (node["days"], count)
    words = {k: _word_list(path, data, k) for k in _WORD_LISTS}
    lex = DateLexicon(months, weekdays, relative, ordinals, units, count_words, words, {})
    lex.patterns.update(_build_patterns(lex))
    lex.needles.update(_needles(lex))
    lex.gates.update({"absolute_num": _numeric_date_gate, "absolute_en": _latin_gate})
    lex.gates.update(_window_gates(lex))
    return lex


class _Lined(dict):
    """A sub-mapping that reports the line of its key in the parent node."""

    def __init__(self, data, parent, key):
        super().__init__(data)
        self.line = line_of(parent, key)
        self.key_lines = {key: line_of(parent, key)}


# "\d[/.\-]\d", looked for from each separator: a pattern led by a literal is found by a
# fast scan; one led by \d is tried at every character, several times slower.
_NUMERIC_DATE_GATES = tuple(re.compile(rf"{re.escape(c)}(?<=\d{re.escape(c)})\d") for c in "/.-")
_LATIN = re.compile(rb"[A-Za-z]")


def _numeric_date_gate(norm: str, a: int, b: int) -> bool:
    """Whether norm[a:b] holds a digit, one of / . - and a digit."""
    return any(g.search(norm, a + 1, b) for g in _NUMERIC_DATE_GATES)


def _latin_gate(norm: str, a: int, b: int) -> bool:
    """Whether norm[a:b] holds a Latin letter (looked for in its ASCII characters alone:
    dropping the Arabic in C is cheaper than a regex stepping over it)."""
    return _LATIN.search(norm[a:b].encode("ascii", "ignore")) is not None


@functools.cache
def default_date_lexicon() -> DateLexicon:
    """The packaged lexicon, loaded once."""
    return load_date_lexicon()


def _needles(lex: DateLexicon) -> dict[str, tuple[str, ...]]:
    w = lex.words
    heads = {
        "absolute_ar": [n for n, (cal, _) in lex.months.items() if cal != "english"],
        "weekday": list(lex.weekdays), "relative_day": list(lex.relative),
        "ago": w["ago_words"], "since": w["since_words"], "since_start": w["since_start"],
        "sequence": ["ليوم"], "period": w["period_words"], "elapsed": w["elapsed_words"],
    }
    # the longest word of each entry is the rarest ("في غضون" is found by "غضون")
    # (of two as long, the last: "على مدى" is found by "مدى", not by the common "على")
    return {k: tuple(sorted({max(reversed(x.split()), key=len) for x in v})) for k, v in heads.items()}


def _window_gates(lex: DateLexicon) -> dict[str, Any]:
    """Per pattern run in windows, a search for a part every match holds that the regex
    engine finds by a fast scan (it opens with a literal or a set of them): a window where
    it is absent is not scanned. For most, the pattern after its look-behind; for
    relative_day, the relative-day words (the pattern opens with an optional part of day)."""
    gates = {k: re.compile(lex.patterns[k].pattern.split(_L, 1)[1]).search
             for k in ("ago", "since", "sequence", "period", "elapsed")}
    gates["relative_day"] = re.compile(_alt(lex.relative)).search
    return gates


def _starts(*names, digits: bool = False) -> str:
    """A look-ahead for how `names` (or a digit) begin: their first two characters where
    each name's first word has two, else their first character."""
    words = [n.split()[0] for ns in names for n in ns]
    if not digits and all(len(x) >= 2 for x in words):
        return f"(?={_alt({x[:2] for x in words})})"
    chars = re.escape("".join(sorted({x[0] for x in words})))
    return "(?=[" + chars + (r"\d" if digits else "") + "])"


def _build_patterns(lex: DateLexicon) -> dict[str, re.Pattern]:
    w = lex.words
    ar_months = _alt(n for n, (cal, _) in lex.months.items() if cal != "english")
    en_months = _alt(n for n, (cal, _) in lex.months.items() if cal == "english")
    weekdays = _alt(lex.weekdays)
    rels = _alt(lex.relative)
    parts = _alt(w["day_parts"])
    lead = _alt(w["weekday_lead"])
    past, future = _alt(w["weekday_past"]), _alt(w["weekday_future"])
    num = rf"\d{{1,3}}|{_alt(lex.count_words)}"
    units = _alt(lex.units)
    marks = _alt(w["hijri_year_marks"] + w["gregorian_year_marks"])
    ar_month_names = [n for n, (cal, _) in lex.months.items() if cal != "english"]
    rel_names, part_names, lead_names = list(lex.relative), w["day_parts"], w["weekday_lead"]
    # Each pattern opens with the characters its matches can begin with, which most places
    # fail at one test, before the look-behind and the alternations are tried there.
    p: dict[str, str] = {
        "absolute_ar": (
            rf"{_starts(ar_month_names, ['شهر'], list(lex.ordinals), digits=True)}"
            rf"{_L}(?:(?P<d>(?<!\d)\d{{1,2}})\s*(?:من\s+)?|(?P<od>{_alt(lex.ordinals)})\s+من\s+)?(?:شهر\s+)?(?P<m>{ar_months})"
            rf"(?:\s*[/(\-]\s*(?P<m2>{ar_months})\s*\)?)?"
            rf"(?:\s*[,،]?\s*(?:(?:من\s+)?(?:{_alt(w['year_words'])})\s*)?(?P<y>\d{{4}})(?!\d)"
            rf"(?:\s*(?P<mark>{marks}){_R})?)?{_R}"),
        "absolute_num": (
            r"(?=\d)(?<![\d/.\-])(?:(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"
            r"|(?P<y2>\d{4})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/])"
            rf"(?:\s*(?P<mark>{marks}){_R})?"),
        "absolute_en": (
            # The lookahead lets the regex engine skip Arabic text fast.
            rf"(?=[A-Za-z\d])(?<![A-Za-z])(?:(?P<m>{en_months})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
            rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{en_months})\.?,?\s+(?P<y2>\d{{4}}))(?!\d)"),
        "weekday": (
            rf"{_starts(rel_names, part_names, lead_names, lex.weekdays)}"
            rf"{_L}(?:(?P<rel>{rels})\s+)?(?:(?:{parts})\s+)?(?:(?:{lead})\s+)?(?P<w>{weekdays})"
            rf"(?:\s+(?P<past>{past})|\s+(?P<fut>{future}))?{_R}"),
        "relative_day": rf"{_starts(part_names, rel_names)}{_L}(?:(?P<part>{parts})\s+)?(?P<rel>{rels}){_R}",
        "ago": (
            rf"{_starts(w['ago_words'])}{_L}(?P<w>{_alt(w['ago_words'])})\s+(?:(?P<hedge>نحو|حوالي|قرابه)\s+)?"
            rf"(?:(?P<n>{num})\s+)?(?P<u>{units}){_R}"),
        "since": (
            rf"{_starts(w['since_words'])}{_L}(?P<w>{_alt(w['since_words'])})\s+(?:(?:{parts})\s+)?(?:(?P<rel>{rels})(?:\s+(?P<wd2>{weekdays}))?|(?:(?:{lead})\s+)?"
            rf"(?P<wd>{weekdays})(?:\s+(?P<past>{past}))?){_R}"),
        "since_start": rf"{_starts(w['since_start'])}{_L}(?P<w>{_alt(w['since_start'])})(?:\s+(?P<what>\w+))?{_R}",
        "sequence": (
            rf"{_starts(['لليوم', 'في', 'اليوم', 'ليوم'])}{_L}(?P<lead>لليوم|في\s+اليوم|اليوم|ليوم)\s+(?P<o>{_alt(lex.ordinals)})"
            rf"(?:\s+(?P<tail>{_alt(w['sequence_tail'])}))?{_R}"),
        "period": (
            rf"{_starts(w['period_words'])}{_L}(?P<w>{_alt(w['period_words'])})\s+(?:ال\s*)?(?:(?P<n>{num})\s+)?(?:ال)?(?P<u>{units})"
            rf"(?:\s+(?:ال\s*)?(?P<n2>{num}))?(?:\s+(?P<past>{_alt(w['period_past'])}))?{_R}"
            rf"(?!\s+(?:{ar_months}))"),
        "elapsed": (
            rf"{_starts(w['elapsed_words'])}{_L}(?P<w>{_alt(w['elapsed_words'])})\s+(?:(?P<n>{num})\s+)?(?P<u>{units})"
            rf"(?:\s+(?P<more>{_alt(w['elapsed_more'])}))?\s+(?:من|على){_R}"),
    }
    p["period_future"] = rf"\s+(?:{_alt(w['period_future'])}){_R}"
    p["future_marker"] = rf"{_L}(?:{_alt(w['future_markers'])}){_R}"
    flags = {"absolute_en": re.IGNORECASE}
    return {k: re.compile(v, flags.get(k, 0)) for k, v in p.items()}


# ---------------------------------------------------------------------------
# Date expressions.

@dataclass(slots=True)  # not frozen: built by the hundred per article, 5x faster
class DateExpr:
    """One date expression in normalized text, with what it means relative to publication.

    kind: absolute | weekday | relative_day | ago | sequence | since | period | elapsed.
    - absolute: `low`..`high` (a Hijri date is ±1 day; a yearless date has year None and
      is placed by `resolve` in the year nearest the publication day, on or before it with
      "الماضي" after; a month of no year,
      "شهر أيار" or "شباط الماضي", has `day` None too, and `relation` "past" for "الماضي").
    - weekday: `weekday` (Monday 0) and `relation`: "fixed" (with `offset`: اليوم الأحد,
      أمس السبت), "past" (الخميس الماضي: the last one before publication), "future"
      (الخميس المقبل), "recent" (يوم الخميس: publication day or the six before).
    - relative_day, ago, elapsed: `offsets` = (lo, hi) days from publication (negative = before).
    - sequence: `ordinal` K: publication is the K-th day, so the first day is P-(K-1).
    - since: from the day it names (weekday, offsets, or a written date in `low`: "منذ 8
      تشرين الأول 2023"; one of no year in `month` and `day`, the latest such day by
      publication: "منذ الثامن من تشرين الأول") to publication; `event` when it is "since the
      start" (منذ بدء الهجوم) and names no day.
    - period: the last `days` days up to publication ("خلال اليومين الماضيين").
    `in_tweet`: the date line of an embedded tweet ("— Name (@handle) January 21, 2022").
    """
    start: int
    end: int
    text: str
    kind: str
    low: date | None = None
    high: date | None = None
    calendar: str | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None
    offset: int | None = None
    offsets: tuple[int, int] | None = None
    ordinal: int | None = None
    days: tuple[int, int] | None = None
    unit_days: int | None = None
    event: bool = False
    in_tweet: bool = False

    def resolve(self, published: date) -> tuple[date, date] | None:
        """The days this expression names, for an article published on `published`:
        for a sequence, the first day of the run; for since/period, the whole stretch."""
        p = published
        if self.kind == "absolute":
            if self.low is not None:
                return self.low, self.high
            return _place_yearless(self, p)
        if self.kind == "weekday" or (self.kind == "since" and self.weekday is not None):
            d = _weekday_day(self.weekday, self.relation, self.offset, p)
            return (d, p) if self.kind == "since" else (d, d)
        if self.kind in ("relative_day", "ago", "elapsed"):
            lo, hi = self.offsets
            return p + timedelta(days=lo), p + timedelta(days=hi)
        if self.kind == "since":
            if self.low is not None:  # since a written date
                return self.low, max(p, self.low)
            if self.day is not None or self.month is not None:  # since a written date (or month) of no year
                r = _place_yearless(self, p)
                return (r[0], p) if r else None
            if self.offsets is None:
                return None  # since the event began: that day is not in the words
            return p + timedelta(days=self.offsets[0]), p
        if self.kind == "sequence":
            first = p - timedelta(days=self.ordinal - 1)
            return first, first
        if self.kind == "period":
            return p - timedelta(days=self.days[1]), p
        return None

    def resolve_range(self, low: date, high: date) -> tuple[date, date] | None:
        """`resolve` over a publication interval: every meaning moves forward with the day."""
        a, b = self.resolve(low), self.resolve(high)
        if a is None or b is None:
            return None
        return min(a[0], b[0]), max(a[1], b[1])


def _weekday_day(weekday: int, relation: str, offset: int | None, p: date) -> date:
    if relation == "fixed":
        return p + timedelta(days=offset or 0)
    if relation == "past":
        return p - timedelta(days=(p.weekday() - weekday - 1) % 7 + 1)
    if relation == "future":
        return p + timedelta(days=(weekday - p.weekday() - 1) % 7 + 1)
    return p - timedelta(days=(p.weekday() - weekday) % 7)  # recent: today or the six days before


def _place_yearless(e: DateExpr, p: date) -> tuple[date, date] | None:
    """A date written without its year: news mostly looks back, so the latest such day
    no more than two months after publication; a month without its day, the latest such
    month begun by publication (before the month of publication when it is "الماضي")."""
    if e.day is None:
        year = gregorian_to_hijri(p)[0] if e.calendar == "hijri" else p.year
        for y in (year, year - 1):
            if e.calendar == "hijri":
                lo = hijri_to_gregorian(y, e.month, 1)
                hi = hijri_to_gregorian(y, e.month, Hijri(y, e.month, 1).month_length())
            else:
                lo = date(y, e.month, 1)
                hi = date(y + (e.month == 12), e.month % 12 + 1, 1) - timedelta(days=1)
            if lo <= p and not (e.relation == "past" and p <= hi):
                return lo, hi
        return None
    limit = p if e.relation == "past" else p + timedelta(days=60)
    best = None
    if e.calendar == "hijri":
        hy = gregorian_to_hijri(p)[0]
        for y in (hy - 1, hy, hy + 1):
            try:
                lo, hi = hijri_interval(y, e.month, e.day)
            except (ValueError, OverflowError):
                continue
            if lo <= limit and (best is None or lo > best[0]):
                best = (lo, hi)
        return best
    for y in (p.year - 1, p.year, p.year + 1):
        try:
            d = date(y, e.month, e.day)
        except ValueError:
            continue
        if d <= limit and (best is None or d > best[0]):
            best = (d, d)
    return best


def _count(lex: DateLexicon, n: str | None) -> int | None:
    if n is None:
        return None
    n = n.strip()
    if n.isdigit():
        return int(n)
    return lex.count_words.get(_norm_key(n))


def _unit(lex: DateLexicon, u: str) -> tuple[int, int | None]:
    return lex.units[_norm_key(u)]


_SPACES = re.compile(r"\s+")
# "شباط الماضي": a month just gone (a month name alone is no date: "آب" is also "father").
_MONTH_PAST = re.compile(r"\s+(?:الماضي|المنصرم|الفائت|المنقضي)(?!\w)")
# After an ordinal day: its tens ("الثالث والعشرين") or the month it is a day of ("من شهر رمضان",
# "من آب"; group 1 the word after "من", to be a month's name unless "شهر" came first).
_DAY_OF_MONTH = re.compile(r"\s+(?:و(?:ال|)(?:عشرين|ثلاثين)(?!\w)|من\s+(?:(?:ال|)(?:شهر|سنه|عام)(?!\w)|(\w+)))")
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:و|)منذ\s+(?:[^\s،,.]+\s+){0,8}$")
_NEXT_WORD = re.compile(r"\s+(\w+)")
# What makes "منذ ..." a comparison, ending right before "منذ": "الهجوم الأعنف منذ آب 2011"،
# "لأول مرة منذ 2014"، "الأكثر دموية منذ" (the date then names the earlier event, not a start).
COMPARED_BEFORE = (r"(?<!\w)(?:ال|لل|)(?:اعنف|اسوا|اكبر|اعلي|ادمي|اشد|اخطر|افدح|اضخم|اوسع|اول|اولي)(?!\w)"
                   r"(?:\s+\S+){0,3}\s*$"
                   r"|(?<!\w)(?:الاكثر|الاقل|مره|نوعه|نوعها|نوعهم)(?!\w)(?:\s+\S+){0,3}\s*$")
_COMPARED_BEFORE = re.compile(COMPARED_BEFORE)
_WHEN_AFTER = re.compile(r"\s*[،,]?\s*(?:حين|حينما|عندما|يوم|لما)(?!\w)")  # "منذ آب 2011 حين قتل 30"
# Between "منذ بدء الهجوم" and the day it began: a space, or "في".
_EVENT_DAY_GAP = re.compile(r"\s+(?:في\s+|)")
# "منذ" (and where in the month or year) right before a written date: the date starts a count.
# ("منذ بدء العدوان في السابع من تشرين الأول 2023": the start of what it names, on that day)
_SINCE_DATE = re.compile(r"(?<!\w)(?:و|)منذ(?:\s+(?:مطلع|بدايه|بدء|اول|مستهل|منتصف|اواخر|اوائل|نهايه|اواسط|اندلاع|انطلاق))?"
                         r"(?:\s+(?:ال|)\w+\s+(?:في|يوم|بتاريخ))?(?:\s+(?:يوم|شهر|عام|سنه))?\s+$")


def _norm_key(s: str) -> str:
    return _SPACES.sub(" ", s)


def _absolute(lex, cal: str, y: int | None, m: int, d: int | None) -> dict | None:
    """Fields of an absolute date, or None when the numbers make no date."""
    try:
        if y is None:
            if d is None:
                return None
            if cal == "hijri":
                Hijri(1440, m, d)  # validates day and month (a 30th may be refused; fine)
            else:
                date(2000, m, d)   # a leap year, so 29 February is allowed
            return {"calendar": cal, "month": m, "day": d}
        if cal == "hijri":
            if d is None:  # a Hijri month: from its first day to its last
                lo = hijri_to_gregorian(y, m, 1)
                hi = hijri_to_gregorian(y, m, Hijri(y, m, 1).month_length())
                return {"calendar": cal, "month": m, "low": lo - timedelta(days=1), "high": hi + timedelta(days=1)}
            lo, hi = hijri_interval(y, m, d)
            return {"calendar": cal, "month": m, "day": d, "low": lo, "high": hi}
        if d is None:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return {"calendar": cal, "month": m, "low": date(y, m, 1), "high": nxt - timedelta(days=1)}
        g = date(y, m, d)
        return {"calendar": cal, "month": m, "day": d, "low": g, "high": g}
    except (ValueError, OverflowError, AttributeError):
        return None


_TWEET_BEFORE = re.compile(r"\(?@\w+\)?\s*[-,]?\s*$")


def find_dates(norm: str, lexicon: DateLexicon | None = None) -> list[DateExpr]:
    """Every date expression in `norm` (cached: the per-article stages ask more than once)."""
    if lexicon is not None and lexicon is not default_date_lexicon():
        return _find_dates(norm, lexicon)
    return list(_find_dates_default(norm))


@functools.lru_cache(maxsize=8)
def _find_dates_default(norm: str) -> tuple[DateExpr, ...]:
    return tuple(_find_dates(norm, None))


# How far a date expression reaches before and after its head word ("فجر يوم أمس",
# "منذ نحو ستة أيام", "25 من شهر كانون الثاني/يناير من عام 2022 م").
_BACK, _FORWARD = 48, 72


# Patterns whose head words stand as words of their own (a proclitic allowed): a month
# name such as "اب" is then not looked for inside "ارهاب".
_WHOLE_WORD_NEEDLES = {"absolute_ar"}


def _whole_word(norm: str, i: int, j: int) -> bool:
    if j < len(norm) and norm[j].isalnum():
        return False
    if i == 0 or not norm[i - 1].isalnum():
        return True
    return norm[i - 1] in "وفبل" and (i == 1 or not norm[i - 2].isalnum())


def _needle_automaton(lex: DateLexicon):
    """An Aho-Corasick automaton of the head words of every pattern: one pass in C reports
    every place each head word occurs (inside longer words too), with the patterns it heads
    (each with whether the word must stand as a word of its own there)."""
    if not lex.needle_index:
        import ahocorasick
        owners: dict[str, set[str]] = {}
        for key, needles in lex.needles.items():
            for n in needles:
                owners.setdefault(n, set()).add(key)
        automaton = ahocorasick.Automaton()
        for n, keys in owners.items():
            automaton.add_word(n, (len(n), tuple((k, k in _WHOLE_WORD_NEEDLES) for k in sorted(keys))))
        automaton.make_automaton()
        lex.needle_index["automaton"] = automaton
    return lex.needle_index["automaton"]


_SPACE = re.compile(r"\s")  # \s is str.isspace()


def _windows(lex: DateLexicon, norm: str) -> dict[str, list[list[int]]]:
    """For each pattern with head words, the stretches of text around them (merged)."""
    automaton = _needle_automaton(lex)
    n = len(norm)
    spans: dict[str, list[list[int]]] = {}
    for last, (length, keys) in automaton.iter(norm):
        i = last + 1 - length
        b = None
        for key, whole in keys:
            if whole and not _whole_word(norm, i, i + length):
                continue
            if b is None:  # a window ends between words
                space = _SPACE.search(norm, i + length + _FORWARD)
                b = space.start() if space else n
            ws = spans.get(key)
            if ws is None:
                spans[key] = [[max(0, i - _BACK), b]]
            else:
                ws.append([max(0, i - _BACK), b])
    for ws in spans.values():
        if len(ws) > 1:  # merged in place
            ws.sort()
            merged = [ws[0]]
            for w in ws[1:]:
                if w[0] <= merged[-1][1]:
                    if w[1] > merged[-1][1]:
                        merged[-1][1] = w[1]
                else:
                    merged.append(w)
            ws[:] = merged
    return spans


def _scan(lex: DateLexicon, key: str, norm: str, windows: dict[str, list[list[int]]] | None = None):
    """The matches of one date pattern, looked for only around its head words: a pattern
    run over a whole text costs far more than one pass for all the head words."""
    if key not in lex.needles:
        merged = [[0, len(norm)]]
    else:
        merged = (windows if windows is not None else _windows(lex, norm)).get(key, ())
    pat, gate = lex.patterns[key], lex.gates.get(key)
    for a, b in merged:
        if gate is None or gate(norm, a, b):
            yield from pat.finditer(norm, a, b)


def _find_dates(norm: str, lexicon: DateLexicon | None = None) -> list[DateExpr]:
    """Every date expression in a normalized text, in text order, without overlaps
    (where two overlap, the longer wins: "منذ يوم الخميس الماضي" over "الخميس الماضي")."""
    lex = lexicon or default_date_lexicon()
    found: list[DateExpr] = []
    wins = _windows(lex, norm)

    def add(m: re.Match, kind: str, **kw) -> None:
        found.append(DateExpr(m.start(), m.end(), m.group(0), kind, **kw))

    for m in _scan(lex, "absolute_ar", norm, wins):
        month_only = not (m.group("d") or m.group("od") or m.group("y"))
        past = _MONTH_PAST.match(norm, m.end()) if month_only else None
        if month_only and (since := _SINCE_DATE.search(norm, max(0, m.start() - 30), m.start())) is not None \
                and (past is not None or m.group(0).startswith("شهر")) and not _WHEN_AFTER.match(norm, m.end()) \
                and not _COMPARED_BEFORE.search(norm, max(0, since.start() - 40), since.start()):
            # "منذ ديسمبر الماضي"، "منذ مطلع تموز الماضي": a count from that month to now
            cal, mon = lex.months[_norm_key(m.group("m"))]
            if not m.group("m2") or lex.months[_norm_key(m.group("m2"))][1] == mon:
                end = past.end() if past is not None else m.end()
                found.append(DateExpr(since.start(), end, norm[since.start():end], "since", calendar=cal, month=mon,
                                      relation="past"))
            continue
        if month_only and (past is None and not m.group(0).startswith("شهر")
                           or _SINCE_BEFORE.search(norm, max(0, m.start() - 80), m.start())):
            continue  # a month name alone ("آب" is also "father"): not a date; "منذ سيطرة ... في ديسمبر": the event's month
        cal, mon = lex.months[_norm_key(m.group("m"))]
        if m.group("m2"):
            cal2, mon2 = lex.months[_norm_key(m.group("m2"))]
            if mon2 != mon and "hijri" not in (cal, cal2):
                continue  # "كانون الثاني/يناير" must name one month twice
        if month_only:
            # "خلال شباط/فبراير الماضي"، "في شهر أيار": a month of no year, placed by `resolve`
            add(m, "absolute", calendar=cal, month=mon, relation="past" if past else None)
            continue
        if m.group("mark") and m.group("mark") in lex.words["hijri_year_marks"] and cal != "hijri":
            continue
        day = int(m.group("d")) if m.group("d") else lex.ordinals[_norm_key(m.group("od"))] if m.group("od") else None
        fields = _absolute(lex, cal, int(m.group("y")) if m.group("y") else None, mon, day)  # ("السابع من أكتوبر")
        if fields and "low" not in fields and _MONTH_PAST.match(norm, m.end()):
            fields["relation"] = "past"  # "8 تشرين الأول الماضي": on or before publication
        if fields:
            add(m, "absolute", **fields)
    for m in _scan(lex, "absolute_num", norm, wins):
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        mark = m.group("mark")
        hijri = (mark in lex.words["hijri_year_marks"]) if mark else y < 1600
        fields = _absolute(lex, "hijri" if hijri else "gregorian", y, mo, d)
        if fields:
            add(m, "absolute", **fields)
    for m in _scan(lex, "absolute_en", norm, wins):
        name = (m.group("m") or m.group("m2")).lower()
        d, y = int(m.group("d") or m.group("d2")), int(m.group("y") or m.group("y2"))
        fields = _absolute(lex, "english", y, lex.months[name][1], d)
        if fields:
            in_tweet = bool(_TWEET_BEFORE.search(norm[max(0, m.start() - 80):m.start()]))
            add(m, "absolute", in_tweet=in_tweet, **fields)
    for m in _scan(lex, "weekday", norm, wins):
        wd = lex.weekdays[m.group("w")]
        if m.group("rel"):
            add(m, "weekday", weekday=wd, relation="fixed", offset=lex.relative[_norm_key(m.group("rel"))])
        elif m.group("past"):
            add(m, "weekday", weekday=wd, relation="past")
        elif m.group("fut"):
            add(m, "weekday", weekday=wd, relation="future")
        else:
            add(m, "weekday", weekday=wd, relation="recent")
    not_today = set(lex.words["not_today_after"])
    for m in _scan(lex, "relative_day", norm, wins):
        off = lex.relative[_norm_key(m.group("rel"))]
        if off == 0:
            nxt = _NEXT_WORD.match(norm, m.end())
            if nxt and nxt.group(1) in not_today:
                continue  # "اليوم التالي", "اليوم نفسه": a day of the story, not today
        add(m, "relative_day", offset=off, offsets=(off, off))
    for m in _scan(lex, "ago", norm, wins):
        per, implied = _unit(lex, m.group("u"))
        n = _count(lex, m.group("n"))
        if n is None:
            n = implied
        if n is None:  # "قبل أيام": a few
            lo, hi = 2 * per, 10 * per
        else:
            lo = hi = n * per
        if per >= 30 or m.group("hedge"):  # months and years, or "about": not to the day
            slack = max(1, per // 2) if per >= 30 else 1
            lo, hi = lo - slack, hi + slack
        if per == 0:  # hours ago: today or, late at night, yesterday
            lo, hi = 0, 1
        add(m, "ago", offsets=(-hi, -lo), unit_days=per)
    for m in _scan(lex, "since", norm, wins):
        if m.group("wd"):
            add(m, "since", weekday=lex.weekdays[m.group("wd")], relation="past")
        else:
            off = lex.relative[_norm_key(m.group("rel"))]
            if m.group("wd2"):  # "منذ مساء أمس الخميس": that day, which is a Thursday
                add(m, "since", offset=off, offsets=(off, 0), weekday=lex.weekdays[m.group("wd2")], relation="fixed")
            else:
                add(m, "since", offset=off, offsets=(off, 0))
    for m in _scan(lex, "since_start", norm, wins):
        add(m, "since", event=True)
    for m in _scan(lex, "sequence", norm, wins):
        if (of := _DAY_OF_MONTH.match(norm, m.end())) is not None and (
                of.group(1) is None or _norm_key(of.group(1)) in lex.months):
            continue  # "في اليوم الثالث والعشرين من شهر رمضان": a day of the month, not of the events
        add(m, "sequence", ordinal=lex.ordinals[_norm_key(m.group("o"))])
    for m in _scan(lex, "period", norm, wins):
        if lex.patterns["period_future"].match(norm, m.end()) or (
                (fut := lex.patterns["future_marker"].search(norm, max(0, m.start() - 80), m.start())) is not None
                and not _SENTENCE_END.search(norm, fut.end(), m.start())):
            continue  # a stretch still to come ("خلال الأيام المقبلة", "سيتم ... خلال شهرين"): no count over it
        per, implied = _unit(lex, m.group("u"))
        n = _count(lex, m.group("n")) or _count(lex, m.group("n2"))
        if n is None:
            n = implied
        if n is None:  # "خلال الأيام الماضية": some days
            span = (2 * max(per, 1), 10 * max(per, 1))
        else:
            total = n * per if per else -(-n // 24)  # hours round up to whole days
            span = (total, total)
        add(m, "period", days=span, unit_days=per)
    for m in _scan(lex, "elapsed", norm, wins):
        per, implied = _unit(lex, m.group("u"))
        n = _count(lex, m.group("n"))
        n = implied if n is None else n
        if n is None or per == 0:
            lo, hi = 0, 1 if per == 0 else 10 * per
            lo = lo if per == 0 else 2 * per
        else:
            lo, hi = n * per, n * per + max(per, 1)  # "after a day (and a bit)": that day or the next
        add(m, "elapsed", offsets=(-hi, -lo), unit_days=per)

    # A written date right after "منذ" is where a count starts, not the day it speaks for:
    # "منذ 8 تشرين الأول 2023"، "منذ مطلع آذار 2024" (the stretch runs to publication).
    for k, e in enumerate(found):
        if e.kind == "absolute" and (e.low is not None or e.day is not None) \
                and norm.find("منذ", max(0, e.start - 30), e.start) >= 0 \
                and (since := _SINCE_DATE.search(norm, max(0, e.start - 30), e.start)) is not None \
                and not _WHEN_AFTER.match(norm, e.end) \
                and not _COMPARED_BEFORE.search(norm, max(0, since.start() - 40), since.start()):
            # (a date of no year, "منذ الثامن من تشرين الأول", is the latest such day by publication)
            found[k] = replace(e, kind="since", high=None) if e.low is not None else replace(e, kind="since", relation="past")
    # "منذ بدء الهجوم يوم الخميس"، "منذ اندلاع الاشتباكات أمس": since the event's start, and
    # that start is the day named right after it
    days = {e.start: e for e in found if e.kind in ("weekday", "relative_day") and e.relation != "future"}
    if days:
        for k, e in enumerate(found):
            if e.kind == "since" and e.event and (gap := _EVENT_DAY_GAP.match(norm, e.end)) is not None \
                    and (d := days.get(gap.end())) is not None:
                merged = norm[e.start:d.end]
                found[k] = replace(d, start=e.start, text=merged, kind="since", offsets=(d.offsets[0], 0)) \
                    if d.kind == "relative_day" else replace(d, start=e.start, text=merged, kind="since")
    # Keep the longest of overlapping candidates.
    found.sort(key=lambda e: (-(e.end - e.start), e.start))
    kept: list[DateExpr] = []
    occupied = bytearray(len(norm) + 1)
    for e in found:
        if occupied.find(1, e.start, e.end) < 0:
            kept.append(e)
            occupied[e.start:e.end] = b"\x01" * (e.end - e.start)
    return sorted(kept, key=lambda e: e.start)


# ---------------------------------------------------------------------------
# One article: publication day and anchors.

# The spaces after an end mark (group 1), or a run of line breaks; led by a character class
# so that the regex engine skips to the candidates in a fast loop.
_SENTENCE_END = re.compile(r"[.!؟?\n](?:(?<=\n)\n*|(\s+))")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def text_lines(norm: str) -> list[tuple[int, int]]:
    """The lines of normalized text that are not blank, as (start, end) (remembered for
    the last few texts: dating and the outlet stage both ask)."""
    return list(_text_lines(norm))


@functools.lru_cache(maxsize=8)
def _text_lines(norm: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for line in norm.split("\n"):
        if line and not line.isspace():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


def related_spans(norm: str, lexicon: DateLexicon | None = None) -> list[tuple[int, int]]:
    """Stretches of normalized text that carry other stories' headlines ("اقرأ أيضاً: ..."):
    the marker's own line, and after a bare marker line the short lines that follow it
    (remembered for the last few texts: dating and the outlet stage both ask)."""
    if lexicon is None or lexicon is default_date_lexicon():
        return list(_related_default(norm))
    return _related_spans(norm, lexicon)


@functools.lru_cache(maxsize=8)
def _related_default(norm: str) -> tuple[tuple[int, int], ...]:
    return tuple(_related_spans(norm, default_date_lexicon()))


def _related_spans(norm: str, lex: DateLexicon) -> list[tuple[int, int]]:
    marker = default_boilerplate().related_re  # (the openers segmentation knows: one list)
    spans, after_bare = [], False
    for s, e in _lines(norm):
        line = norm[s:e].strip()
        m = marker.match(line)
        if m:
            spans.append((s, e))
            # (or a header ending in a colon: "المزيد من الأخبار العاجلة:")
            after_bare = len(line[m.end():].strip(" :：-")) == 0 or (line.endswith(":") and len(line.split()) <= 6)
        elif after_bare and line and len(line) < 120 and not line.endswith("."):
            spans.append((s, e))
        else:
            after_bare = False if line else after_bare
    return spans


def _sentences(norm: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(norm):
        start = m.start(1) if m.start(1) >= 0 else m.start()
        if start > pos:
            out.append((pos, start))
        pos = m.end()
    if pos < len(norm):
        out.append((pos, len(norm)))
    return out


@functools.lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"{_L}(?:{_alt(words)}){_R}")


def _has_any(text: str, words) -> str | None:
    """The first of `words` standing as a word (proclitic allowed) in `text`, or None."""
    m = _words_pattern(tuple(words)).search(text)
    return m.group(0) if m else None


def _parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s).strip()[:10])
    except ValueError:
        return None


_TODAY = re.compile(rf"{_L}اليوم{_R}")

# A dateline that opens a paragraph: a place (and a weekday or an agency) before the date,
# a colon or a dash after it: "إدلب - 14 تشرين الأول 2024: قُتل ..."
_DATELINE_HEAD = re.compile(r"[^\d.!?؟\n]{0,40}")
_DATELINE_TAIL = re.compile(r"\s*[:\-–—|)(]")


def _opens_line(text: str, line_start: int, e: DateExpr) -> bool:
    return _DATELINE_HEAD.fullmatch(text, line_start, e.start) is not None and \
        _DATELINE_TAIL.match(text, e.end) is not None

_META_DATE_KEYS = ("published", "date", "datepublished", "article:published_time", "pubdate",
                   "og:published_time", "publish_date", "dc.date", "htmldate")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def date_article(article: Article, norm: Normalized, reference_date: date | None = None,
                 lexicon: DateLexicon | None = None) -> ArticleInfo:
    """Publication day and date anchors of one article (outlet is left to outlet.py).

    Trust: metadata (Article.published, then HTML meta in Article.meta); a dated
    dateline or "اليوم ... <date>" in the text; embedded tweets (the article is not older
    than its latest tweet, and not more than a day newer when the text says the tweets
    are from today); `reference_date` (e.g. when the article was collected) only as a
    last resort, said so in the basis. A weekday alone leaves the day unknown (low =
    high = None) for `infer_across` to fix. A weekday that contradicts the date is kept
    out of the inference and reported (anchor ("warning", ...) and the basis)."""
    lex = lexicon or default_date_lexicon()
    text = norm.text
    exprs = find_dates(text, lex)
    related = related_spans(text, lex)
    body = [e for e in exprs if not any(s <= e.start < t for s, t in related)] if related else exprs
    orig = lambda s, e: " ".join(norm.original_text(s, e).split())  # noqa: E731
    sentences = _sentences(text) if body else []  # (asked about the dates of the body only)
    lines = text_lines(text)

    sentence_starts = [s for s, _ in sentences]

    def sentence_of(e: DateExpr) -> tuple[int, int]:
        k = bisect_right(sentence_starts, e.start) - 1
        if k >= 0 and e.start < sentences[k][1]:
            return sentences[k]
        return e.start, e.end

    anchors: list[tuple[str, Any, Any, str]] = []
    warnings: list[str] = []
    weekday_anchors: list[tuple[int, int, str]] = []  # (offset, weekday, words)
    start_anchors: list[tuple[str, Any, Any, str]] = []
    text_dates: list[tuple[date, date, str]] = []
    tweets: list[tuple[date, str]] = []

    for e in body:
        s0, s1 = sentence_of(e)
        if e.kind == "since" and e.low is not None:  # "منذ 8 تشرين الأول 2023": a day before publication
            anchors.append(("absolute", (e.low.isoformat(), e.low.isoformat()), None, orig(e.start, e.end)))
            continue
        if e.kind == "since" and e.relation == "fixed":  # "منذ مساء أمس الخميس": a known day's weekday
            weekday_anchors.append((e.offset, e.weekday, orig(e.start, e.end)))
        if e.kind == "absolute":
            words = orig(e.start, e.end)
            if e.in_tweet:
                tweets.append((e.low, words))
                anchors.append(("tweet", e.low.isoformat(), None, words))
                continue
            if e.low is None:
                continue
            anchors.append(("absolute", (e.low.isoformat(), e.high.isoformat()), None, words))
            before = text[max(0, e.start - 25):e.start]
            line = next(((s, t) for s, t in lines if s <= e.start < t), None)
            dateline = line is not None and (line in lines[:3] or line in lines[-3:]) and \
                ((line[1] - line[0]) - (e.end - e.start) <= 40 or _opens_line(text, line[0], e))
            if _TODAY.search(before) or dateline:
                if e.low == e.high or e.calendar == "hijri":
                    text_dates.append((e.low, e.high, words))
            # A weekday written right before the date must be that date's weekday.
            wd = next((x for x in body if x.kind == "weekday" and 0 <= e.start - x.end <= 3), None)
            if wd is not None and e.low == e.high and e.low.weekday() != wd.weekday:
                warnings.append(f"«{orig(wd.start, e.end)}»: {e.low.isoformat()} is a "
                                f"{WEEKDAY_NAMES[e.low.weekday()]}, not a {WEEKDAY_NAMES[wd.weekday]}")
        elif e.kind == "weekday":
            if e.relation == "fixed":
                weekday_anchors.append((e.offset, e.weekday, orig(e.start, e.end)))
            elif e.relation in ("past", "recent") and \
                    (cue := _cue_before(text, e, lex.words["start_verbs"], s0)) is not None:
                lo, hi = (1, 7) if e.relation == "past" else (0, 6)
                start_anchors.append(("event_start", (lo, hi), e.weekday, orig(cue, e.end)))
        elif e.kind == "since" and not e.event and _has_any(text[s0:s1], lex.words["event_words"]
                                                            + lex.words["ongoing_words"]
                                                            + lex.words["start_verbs"]):
            if e.weekday is not None and e.relation != "fixed":
                lo, hi = (0, 6) if e.relation == "recent" else (1, 7)  # ("منذ بدء الهجوم يوم الخميس": recent)
                start_anchors.append(("event_start", (lo, hi), e.weekday, orig(e.start, e.end)))
            elif e.offsets is not None:
                start_anchors.append(("event_start", (-e.offsets[0], -e.offsets[0]), None, orig(e.start, e.end)))
        elif e.kind == "ago" and e.unit_days and e.unit_days <= 7 and \
                (cue := _cue_before(text, e, lex.words["start_verbs"], s0)) is not None:
            start_anchors.append(("event_start", (-e.offsets[1], -e.offsets[0]), None, orig(cue, e.end)))
        elif e.kind == "sequence":
            if e.text.startswith(("لليوم", "ليوم")) or "توالي" in e.text or \
                    _has_any(text[s0:s1], lex.words["event_words"] + lex.words["ongoing_words"]):
                k = e.ordinal - 1
                start_anchors.append(("event_start", (k, k), None, orig(e.start, e.end)))
        elif e.kind == "elapsed" and \
                (cue := _cue_before(text, e, lex.words["ongoing_words"], s0)) is not None:
            nxt = re.match(r"\s*\w+", text[e.end:s1])
            start_anchors.append(("event_start", (-e.offsets[1], -e.offsets[0]), None,
                                  orig(cue, e.end + (nxt.end() if nxt else 0))))

    # Weekdays said of the publication day must agree with each other.
    pub_weekdays = {(w - off) % 7 for off, w, _ in weekday_anchors}
    if len(pub_weekdays) > 1:
        warnings.append("the text names different weekdays for the same day: "
                        + "; ".join(f"«{t}»" for _, _, t in weekday_anchors))

    # Publication day, by order of trust.
    published: DayRange
    meta_day = _parse_iso(article.published)
    meta_words = f"metadata: {article.published}" if meta_day else ""
    if meta_day is None:
        for k, v in article.meta:
            if k.lower() in _META_DATE_KEYS and _parse_iso(v):
                meta_day, meta_words = _parse_iso(v), f"metadata {k}: {v}"
                break
    if article.published and meta_day is None:
        warnings.append(f"metadata date {article.published!r} is not a date")
    if meta_day is not None:
        bad = [(off, w, t) for off, w, t in weekday_anchors
               if (meta_day + timedelta(days=off)).weekday() != w]
        if bad:
            # A republished text: its "today" is another day. Keep the metadata, report the
            # mismatch, and keep its relative words out of the cross-article inference.
            warnings.append(f"metadata says {meta_day.isoformat()} ({WEEKDAY_NAMES[meta_day.weekday()]}) "
                            f"but the text says «{bad[0][2]}»; the text may be republished, "
                            "its relative dates are not used")
            weekday_anchors, start_anchors = [], []
        published = DayRange(meta_day.isoformat(), meta_day.isoformat(), meta_words)
    elif text_dates:
        # The same day in two calendars ("15 شعبان 1445 هـ الموافق 25 فبراير 2024 م")
        # narrows it; dates that cannot be the same day are reported and spanned.
        lo = max(a for a, _, _ in text_dates)
        hi = min(b for _, b, _ in text_dates)
        if lo > hi:
            lo = min(a for a, _, _ in text_dates)
            hi = max(b for _, b, _ in text_dates)
            warnings.append("the text gives different dates for today: "
                            + "; ".join(f"«{t}»" for _, _, t in text_dates))
        published = DayRange(lo.isoformat(), hi.isoformat(), "date in the text: "
                             + " / ".join(t for _, _, t in text_dates))
    elif tweets:
        last, last_words = max(tweets)
        today_words = None
        for s, t in sentences:
            if _has_any(text[s:t], lex.words["post_words"]):
                today = next((x for x in body if x.kind == "relative_day" and x.offsets == (0, 0)
                              and s <= x.start < t), None)
                if today is not None:
                    today_words = orig(today.start, today.end)
                    break
        if today_words:
            published = DayRange(last.isoformat(), (last + timedelta(days=1)).isoformat(),
                                 f"embedded tweet dated «{last_words}» posted «{today_words}» "
                                 "(the day of the tweet, or the next by the outlet's clock)")
        else:
            published = DayRange(last.isoformat(), None,
                                 f"embedded tweet dated «{last_words}»: not earlier than it")
    elif reference_date is not None:
        published = DayRange(reference_date.isoformat(), reference_date.isoformat(),
                             f"assumed: reference date {reference_date.isoformat()} "
                             "(no date in metadata or text)")
    else:
        published = DayRange(None, None, "no date in metadata or text")

    # A weekday narrows an interval; outside it, it is a contradiction.
    if weekday_anchors and len(pub_weekdays) == 1:
        wd = next(iter(pub_weekdays))
        lo, hi = _parse_iso(published.low), _parse_iso(published.high)
        words = "; ".join(f"«{t}»" for _, _, t in weekday_anchors)
        if lo and hi:
            lo2, hi2 = _snap_lo(lo.toordinal(), {wd}), _snap_hi(hi.toordinal(), {wd})
            if lo2 > hi2:
                warnings.append(f"{words} is not a {WEEKDAY_NAMES[wd]} within {published.low}..{published.high}")
            elif (lo2, hi2) != (lo.toordinal(), hi.toordinal()):
                published = DayRange(date.fromordinal(lo2).isoformat(), date.fromordinal(hi2).isoformat(),
                                     f"{published.basis}; {words}")
        elif published.low is None and published.high is None:
            published = DayRange(None, None, f"weekday only ({WEEKDAY_NAMES[wd]}): {words}; "
                                 "the day itself is unknown")
    for off, w, t in weekday_anchors:
        anchors.append(("weekday", off, w, t))
    anchors.extend(start_anchors)
    if warnings:
        published = replace(published, basis=published.basis + " | warning: " + " | ".join(warnings))
    anchors.extend(("warning", None, None, w) for w in warnings)
    title = article.title or next((text[s:t].strip() for s, t in lines), None)
    if title is not None and not article.title:
        s, t = next(iter(lines))
        title = " ".join(norm.original_text(s, t).split())
    return ArticleInfo(id=article.id, outlet=None, outlet_text=None, published=published,
                       anchors=tuple(anchors), title=title)


def _cue_before(text: str, e: DateExpr, words, sentence_start: int, reach: int = 60) -> int | None:
    """Where a cue word (a start verb such as بدأ، شنّ، اندلع, or an ongoing word such as
    ما زالت) stands shortly before the date in its sentence; None when none does. The
    cue must come first: "after hours of the attack he said ... still" is not "still,
    after a day of clashes"."""
    lo = max(sentence_start, e.start - reach)
    ms = list(_words_pattern(tuple(words)).finditer(text, lo, e.start))
    return ms[-1].start() if ms else None


def date_warnings(info: ArticleInfo) -> list[str]:
    """The warnings date_article and infer_across recorded for an article."""
    return [a[3] for a in info.anchors if a[0] == "warning"]


# ---------------------------------------------------------------------------
# Across the articles of one incident.

def _snap_lo(lo: int, wset: set[int] | None) -> int:
    if not wset:
        return lo
    for k in range(7):
        if date.fromordinal(lo + k).weekday() in wset:
            return lo + k
    return lo + 7


def _snap_hi(hi: int, wset: set[int] | None) -> int:
    if not wset:
        return hi
    for k in range(7):
        if date.fromordinal(hi - k).weekday() in wset:
            return hi - k
    return hi - 7


@dataclass
class _Var:
    lo: int | None
    hi: int | None
    weekdays: set[int] | None
    why: list[str]


@dataclass(frozen=True)
class _Solution:
    start: _Var
    pubs: list[_Var]
    used: list[bool]
    warnings: list[list[str]]


def _article_constraints(info: ArticleInfo) -> tuple[tuple[int, int] | None, set[int] | None, set[int] | None,
                                                      list[str], list[str]]:
    """(P - S interval, weekdays of P, weekdays of S, the words, warnings) of one article."""
    diffs = [(a[1], a[2], a[3]) for a in info.anchors if a[0] == "event_start"]
    warns: list[str] = []
    diff = None
    if diffs:
        lo = max(d[0][0] for d in diffs)
        hi = min(d[0][1] for d in diffs)
        if lo > hi:
            lo, hi = min(d[0][0] for d in diffs), max(d[0][1] for d in diffs)
            warns.append("its words about when the event began disagree: "
                         + "; ".join(f"«{d[2]}»" for d in diffs))
        diff = (lo, hi)
    pw = {(a[2] - a[1]) % 7 for a in info.anchors if a[0] == "weekday"}
    sw = {d[1] for d in diffs if d[1] is not None}
    if len(sw) > 1:
        warns.append("it names different weekdays for the start: " + "; ".join(f"«{d[2]}»" for d in diffs))
        sw = set()
    words = [d[2] for d in diffs] + [a[3] for a in info.anchors if a[0] == "weekday"]
    return diff, (pw if len(pw) == 1 else None), (sw or None), words, warns


def _propagate(infos: list[ArticleInfo], use: list[bool]) -> _Solution | None:
    cons = [_article_constraints(i) for i in infos]
    start_w: set[int] | None = None
    start_why: list[str] = []
    for c, u in zip(cons, use):
        if u and c[2]:
            start_w = set(c[2]) if start_w is None else start_w & c[2]
            start_why += [w for w in c[3]]
    if start_w is not None and not start_w:
        return None
    S = _Var(None, None, start_w, start_why)
    pubs = []
    for info, c, u in zip(infos, cons, use):
        lo = _parse_iso(info.published.low) if info.published else None
        hi = _parse_iso(info.published.high) if info.published else None
        pubs.append(_Var(lo.toordinal() if lo else None, hi.toordinal() if hi else None,
                         c[1] if u else None, []))
    for _ in range(200):
        changed = False
        for v, c, u in zip(pubs, cons, use):
            if u and v.hi is not None and (S.hi is None or v.hi < S.hi):
                S.hi, changed = v.hi, True  # an incident began on or before any report of it
            if not u or c[0] is None:
                continue
            a, b = c[0]
            new = {
                "P.lo": None if S.lo is None else S.lo + a, "P.hi": None if S.hi is None else S.hi + b,
                "S.lo": None if v.lo is None else v.lo - b, "S.hi": None if v.hi is None else v.hi - a,
            }
            for name, val in new.items():
                if val is None:
                    continue
                var = v if name[0] == "P" else S
                if name.endswith("lo") and (var.lo is None or val > var.lo):
                    var.lo, changed = val, True
                if name.endswith("hi") and (var.hi is None or val < var.hi):
                    var.hi, changed = val, True
        for var in pubs + [S]:
            if var.lo is not None:
                snapped = _snap_lo(var.lo, var.weekdays)
                changed |= snapped != var.lo
                var.lo = snapped
            if var.hi is not None:
                snapped = _snap_hi(var.hi, var.weekdays)
                changed |= snapped != var.hi
                var.hi = snapped
            if var.lo is not None and var.hi is not None and var.lo > var.hi:
                return None
        if not changed:
            break
    return _Solution(S, pubs, use, [c[4] for c in cons])


def _solve(infos: list[ArticleInfo]) -> tuple[_Solution | None, list[str]]:
    """Propagate; when the articles contradict each other, leave out the one whose
    removal makes the rest consistent, and say so."""
    n = len(infos)
    sol = _propagate(infos, [True] * n)
    if sol is not None:
        return sol, []
    for k in range(n):
        use = [i != k for i in range(n)]
        sol = _propagate(infos, use)
        if sol is not None:
            return sol, [f"{infos[k].id}: its dates contradict the other articles; left out of the inference"]
    return _propagate(infos, [False] * n), ["the articles' dates contradict each other; no inference made"]


def _start_words(infos: list[ArticleInfo], sol: _Solution) -> str:
    parts = []
    for info, u in zip(infos, sol.used):
        if not u:
            continue
        fixed = info.published and info.published.low and info.published.high
        ws = [a[3] for a in info.anchors if a[0] == "event_start"]
        if ws and fixed:
            parts.append(f"{info.id}: {info.published.low}..{info.published.high} and «{ws[0]}»")
        elif ws and any(a[2] is not None for a in info.anchors if a[0] == "event_start"):
            parts.append(f"{info.id}: «{next(a[3] for a in info.anchors if a[0] == 'event_start' and a[2] is not None)}»")
    return "; ".join(parts)


def event_start(infos: list[ArticleInfo]) -> DayRange | None:
    """The day the incident began, as far as the articles together fix it; None when
    they bound it on neither side. Bound only from above (the earliest report, snapped to
    the weekday the articles give the start: "مساء الجمعة" in another article), the low is
    None and the high the latest day it can have begun."""
    sol, _ = _solve(list(infos))
    if sol is None or sol.start.hi is None:
        return None
    s = sol.start
    if s.lo is None:
        if not s.weekdays:
            return None  # (the earliest report alone: nothing the publication days do not say)
        return DayRange(None, date.fromordinal(s.hi).isoformat(),
                        "at the latest: the earliest report, on the weekday of " + _start_words(list(infos), sol))
    return DayRange(date.fromordinal(s.lo).isoformat(), date.fromordinal(s.hi).isoformat(),
                    "event start from " + _start_words(list(infos), sol))


def infer_across(infos: list[ArticleInfo]) -> list[ArticleInfo]:
    """Date the articles of one incident by each other: the narrowest publication
    interval the shared evidence supports. An article keeps its own interval where the
    others add nothing; warnings go to its anchors and basis."""
    infos = list(infos)
    sol, global_warns = _solve(infos)
    if sol is None:
        return infos
    start = None
    if sol.start.lo is not None and sol.start.hi is not None:
        start = (date.fromordinal(sol.start.lo), date.fromordinal(sol.start.hi))
    out = []
    for i, (info, v) in enumerate(zip(infos, sol.pubs)):
        warns = list(sol.warnings[i]) + [w for w in global_warns if w.startswith(info.id + ":")
                                          or not any(w.startswith(x.id + ":") for x in infos)]
        old = info.published or DayRange(None, None, "")
        lo = _iso(date.fromordinal(v.lo)) if v.lo is not None else None
        hi = _iso(date.fromordinal(v.hi)) if v.hi is not None else None
        published = old
        if (lo, hi) != (old.low, old.high) and sol.used[i]:
            own = [a[3] for a in info.anchors if a[0] in ("event_start", "weekday")]
            basis = old.basis if old.low or old.high else ""
            how = "; ".join(f"«{w}»" for w in own)
            if start is not None:
                s_txt = start[0].isoformat() if start[0] == start[1] else f"{start[0]}..{start[1]}"
                how = f"{how} with the event start {s_txt} from the other articles" if how else \
                    f"event start {s_txt} from the other articles"
            published = DayRange(lo, hi, "; ".join(x for x in (basis, how) if x))
        if warns:
            published = replace(published, basis=published.basis + " | warning: " + " | ".join(warns))
        out.append(replace(info, published=published,
                           anchors=info.anchors + tuple(("warning", None, None, w) for w in warns)))
    return out


# ---------------------------------------------------------------------------
# Claims: the day a claim speaks for, and the period it counts over.

_AS_OF_RANK = {"absolute": 1, "relative_day": 2, "weekday": 3, "ago": 4}


def _pub_dates(info: ArticleInfo) -> tuple[date, date] | None:
    p = info.published
    lo, hi = (_parse_iso(p.low), _parse_iso(p.high)) if p else (None, None)
    return (lo, hi) if lo and hi else None


def _tweet_date(dates: list[DateExpr]) -> DateExpr | None:
    """The date line of an embedded post among `dates` ("— Name (@handle) June 6, 2023")."""
    return next((e for e in dates if e.kind == "absolute" and e.in_tweet and e.low), None)


def claim_as_of(info: ArticleInfo, dates_in_sentence: list[DateExpr]) -> DayRange | None:
    """The day a claim speaks for: a tweet's claim its tweet's day; a written date that
    day; "أمس" publication - 1, "أمس السبت"/"يوم الخميس" that day; "قبل 3 أيام" three
    days back; otherwise the publication day. None when nothing fixes it."""
    pub = _pub_dates(info)
    if (e := _tweet_date(dates_in_sentence)) is not None:
        return DayRange(e.low.isoformat(), e.high.isoformat(), f"tweet dated «{e.text}»")
    cands = [e for e in dates_in_sentence if e.kind in _AS_OF_RANK
             and not (e.kind == "ago" and (e.unit_days or 0) > 7)
             and not (e.kind == "weekday" and e.relation == "future")]
    cands.sort(key=lambda e: (_AS_OF_RANK[e.kind], e.start))
    for e in cands:
        if e.kind == "absolute" and e.low is not None:
            return DayRange(e.low.isoformat(), e.high.isoformat(), f"«{e.text}»")
        if pub is None:
            continue
        r = e.resolve_range(*pub)
        if r:
            return DayRange(r[0].isoformat(), r[1].isoformat(), f"«{e.text}» in an article of "
                            f"{info.published.low}..{info.published.high}")
    if pub is None:
        return None
    return DayRange(pub[0].isoformat(), pub[1].isoformat(), "the publication day")


def claim_period(info: ArticleInfo, dates_in_sentence: list[DateExpr]) -> DayRange | None:
    """The stretch a cumulative figure counts over ("خلال اليومين الماضيين", "منذ الخميس"),
    or None when the sentence names none. Unknown ends are None."""
    tweet = _tweet_date(dates_in_sentence)  # (a post's stretch runs to the post's day, not the article's)
    # (a written day first: "منذ بدء العدوان في السابع من تشرين الأول 2023" starts on that day)
    for e in sorted(dates_in_sentence, key=lambda e: not (e.kind == "since" and (e.low is not None or e.day is not None))):
        if e.kind not in ("period", "since"):
            continue
        pub = (tweet.low, tweet.high) if tweet is not None else _pub_dates(info)
        if e.kind == "since" and e.event:
            return DayRange(None, pub[1].isoformat() if pub else None, f"«{e.text}» (from the event's start)")
        if e.kind == "since" and e.low is not None:  # a written date: its start needs no publication day
            return DayRange(e.low.isoformat(), pub[1].isoformat() if pub else None, f"«{e.text}»")
        if pub is None:
            return DayRange(None, None, f"«{e.text}»")
        r = e.resolve_range(*pub)
        if r:
            return DayRange(r[0].isoformat(), r[1].isoformat(), f"«{e.text}»")
    return None


def dates_in(exprs: list[DateExpr], start: int, end: int) -> list[DateExpr]:
    """The expressions inside a normalized [start, end) (e.g. one sentence)."""
    return [e for e in exprs if start <= e.start and e.end <= end]


__all__ = ["DateExpr", "DateLexicon", "load_date_lexicon", "default_date_lexicon", "find_dates",
           "related_spans", "text_lines", "date_article", "date_warnings", "infer_across", "event_start",
           "claim_as_of", "claim_period", "dates_in", "hijri_to_gregorian", "gregorian_to_hijri",
           "hijri_interval", "KINDS"]
