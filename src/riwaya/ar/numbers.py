"""Number mentions in normalized Arabic text: the per-article stage between normalize and claims.

`NumberReader.find(norm)` returns every number expression of a normalized text
(digits, number words, vague quantities, quantifiers, ranges), each with its
hedge, its value as a contract `Value`, and, for numbers that are not counts
(years, dates, times, durations, percentages, money, ages, phone numbers,
ordinals, distances, unit and model names, Latin text), the reason in
`excluded`. The language knowledge (number words, hedges, exclusion cues) lives in
`ar/data/numbers.yaml`, compiled into a few big regular expressions at load time
so that `find` never loops over characters in Python.

Offsets are into the normalized text (`riwaya.text.normalize.normalize(t).text`);
map them back with `Normalized.span`.

Decisions the extractor relies on:
- `start..end` covers the hedge words before the number (نحو، أكثر من، ما بين,
  without a glued و/ف/ب/ل), the number, a trailing hedge (على الأقل، تقريباً, up to
  three words after the number), and, for an excluded number, the unit word that
  excluded it (سنوات، بالمئة، دولار). `num_start..num_end` is the bare number
  (from the first to the last number of a range); a glued و/ف/ب/ل is left out,
  the article ال is kept.
- "من A إلى B" gives `Value(min, max, "range")` with `from_to=True` and
  `previous=A`: whether it is a range or a revision (A the old figure, B the new)
  is for the extractor to decide from the verb (ارتفع، تجاوز ...).
- A hedge before a vague quantity is kept in `hedge`, but the qualifier stays
  "vague" (أكثر من عشرات is still 20..99).
- Exclusion reasons beyond the contract's list: "latin" (a number inside Latin
  text, a handle or a URL, or glued to Latin letters as in M4), "decimal" (a
  fraction with no scale after it, 2.5), "weight" (tons, kilograms, litres).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Mapping

from riwaya.model import QUALIFIERS, Value
from riwaya.text.normalize import fold
from riwaya.yamlio import DataError, line_of, load_yaml

DEFAULT_PATH = Path(__file__).parent / "data" / "numbers.yaml"

KINDS = ("digits", "words", "mixed", "vague", "quantifier", "range")

# Word classes whose members must be disjoint (a word in two of them is a DataError).
WORD_CLASSES = ("units", "tens", "hundreds", "scales", "vague", "quantifiers", "ordinals", "months", "weekdays")
SCALE_FORMS = ("one", "two", "many")

# Proclitics a number word may carry: و/ف (and), ب/ل (with, for), then the article
# ال (ل+ال is written لل). Only و/ف/ب/ل are left out of num_start; ال stays.
_PROCLITICS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ال", "بال", "كال", "لل", "ب", "ل", "ك"))
# The proclitics a hedge may carry (وقرابة، بنحو، ولا يقل).
_HEDGE_PRE = r"[وفبل]{0,2}?"
# A toll's noun right after a number ("رقم 32 قتيلاً"): the number is a figure, whatever came before.
_TOLL_NOUN_AFTER = re.compile(r"\s*(?:قتيل|قتلي|جريح|جرحي|شهيد|شهداء|مصاب|ضحيه|ضحايا|نازح|معتقل|اسير|مفقود)")
_WORD_CHARS = r"[^\W\d_]"


@dataclass(slots=True)  # not frozen: built by the hundred per article, 5x faster
class NumberMention:
    """One number expression in normalized text (offsets into the normalized text)."""
    start: int            # the whole expression incl. hedge words
    end: int              # end of the whole expression (plus trailing hedge / excluding unit)
    num_start: int        # the bare number part
    num_end: int
    value: Value
    kind: str             # digits | words | mixed | vague | quantifier | range
    hedge: str | None     # the hedge words as found (normalized), e.g. "اكثر من"
    excluded: str | None  # None for a possible count, else why it is not one
    from_to: bool = False  # "من A الى B": value is the range, previous = A
    previous: int | None = None


@dataclass(slots=True)  # not frozen: built by the hundred per article, 5x faster
class _Atom:
    """One token of a number: a digit run or a number word (with its proclitics)."""
    start: int
    num_start: int
    end: int
    cls: str              # digits | units | teens | tens | hundreds | scales | vague | quantifiers | ordinals | months
    payload: Any
    conj: bool            # preceded by و (glued or alone): joins parts of one number
    text: str
    pre: str = ""         # the proclitics glued in front (و، ب، ال ...)


@dataclass(slots=True)  # not frozen: built by the hundred per article, 5x faster
class _Number:
    """A parsed number before hedges and exclusions."""
    num_start: int
    num_end: int
    low: int | None
    high: int | None
    kind: str
    exact: bool           # a single figure (not vague, not a quantifier)
    excluded: str | None = None
    qualifier: str | None = None  # quantifiers: all/most/some
    raw: str = ""         # digit text, for year / phone / decimal checks
    ordinal: bool = False
    scale: int = 1        # the scale word it ends with (5 آلاف: 1000), for ranges "بين 5 و10 آلاف"


@dataclass(frozen=True)
class NumberLexicon:
    """Number words, hedges and exclusion cues, folded and compiled (see numbers.yaml)."""
    path: str
    words: Mapping[str, tuple[str, Any]]      # folded word -> (class, payload)
    hedges_before: Mapping[str, str]
    hedges_after: Mapping[str, str]
    range_openers: Mapping[str, str]
    range_links: Mapping[str, str]
    exclude_before: Mapping[str, str]
    exclude_symbols_before: Mapping[str, str]
    exclude_after: Mapping[str, str]
    year_suffixes: Mapping[str, str]
    age_units: Mapping[str, str]
    age_cues: Mapping[str, str]
    months: Mapping[str, int]
    forms: Mapping[str, tuple[str, str]] = field(repr=False, compare=False, default=None)  # type: ignore[assignment]
    word_re: re.Pattern = field(repr=False, compare=False, default=None)          # type: ignore[assignment]
    digit_re: re.Pattern = field(repr=False, compare=False, default=None)         # type: ignore[assignment]
    myear_re: re.Pattern = field(repr=False, compare=False, default=None)         # type: ignore[assignment]
    hedge_before_re: re.Pattern = field(repr=False, compare=False, default=None)  # type: ignore[assignment]
    hedge_after_re: re.Pattern = field(repr=False, compare=False, default=None)   # type: ignore[assignment]
    opener_re: re.Pattern = field(repr=False, compare=False, default=None)        # type: ignore[assignment]
    link_re: re.Pattern = field(repr=False, compare=False, default=None)          # type: ignore[assignment]
    before_re: re.Pattern = field(repr=False, compare=False, default=None)        # type: ignore[assignment]
    after_re: re.Pattern = field(repr=False, compare=False, default=None)         # type: ignore[assignment]
    age_re: re.Pattern = field(repr=False, compare=False, default=None)           # type: ignore[assignment]
    adjective_before_re: re.Pattern = field(repr=False, compare=False, default=None)  # type: ignore[assignment]
    # A word of every trailing hedge (على الأقل: الاقل), none inside another: where none
    # stands after a number, hedge_after_re cannot match there (None: no such test).
    hedge_after_keys: tuple[str, ...] | None = field(repr=False, compare=False, default=None)


# --------------------------------------------------------------------------- regex building

def _trie_regex(phrases: Iterable[str]) -> str:
    """One regex alternation for many phrases, factored as a trie so that matching
    costs one pass per position; a space in a phrase matches any run of spaces.
    Longer phrases are tried first (greedy), shorter ones on backtracking."""
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append((r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]))
        if not alts:
            return ""
        if "" in node:
            # (an empty last alternative rather than "?": the same greedy choice, without
            # the engine's general repeat, and a pattern that compiles several times faster)
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie) or "(?!)"


def _phrase_key(s: str) -> str:
    return " ".join(s.split())


def _words_and_symbols(phrases: Iterable[str]) -> tuple[list[str], list[str]]:
    words, symbols = [], []
    for p in phrases:
        (words if re.match(r"\w", p) else symbols).append(p)
    return words, symbols


def _ending_regex(phrases: Iterable[str], pre: str = _HEDGE_PRE) -> "_Ending":
    """Matches one of the phrases ending right before a number (searched with endpos)."""
    return _Ending(phrases, pre)


class _EndMatch:
    """What `_Ending.search` found, in the offsets of the text searched."""
    __slots__ = ("_spans", "_groups")

    def __init__(self, spans: dict[str, tuple[int, int]], groups: dict[str, str]):
        self._spans, self._groups = spans, groups

    def start(self, name: str = "") -> int:
        return self._spans[name][0]

    def end(self, name: str = "") -> int:
        return self._spans[name][1]

    def group(self, name: str = "") -> str | None:
        return self._groups.get(name)


# The reversed copy of the last text looked at (the reader asks about one text many times).
_REVERSED: list = [None, ""]


def reversed_text(norm: str) -> str:
    """`norm` reversed (the copy of the last text asked about is kept)."""
    if _REVERSED[0] is not norm:
        _REVERSED[0], _REVERSED[1] = norm, norm[::-1]
    return _REVERSED[1]


def _no_match(text: str, pos: int) -> None:
    return None


class _Ending:
    """One of the phrases (a word phrase after at most two proclitics `pre`, or a symbol)
    ending right before a position, with only spaces and hyphens between:

        `(?<!\\w)PRE(?P<p>PHRASE)[ \\-]*$` searched in norm[lo:hi]

    Searching a window tries every place in it; instead, the phrases are reversed and
    matched once, forward, on the reversed text from the position: the longest phrase is
    the one that begins first, which is what the search finds."""

    def __init__(self, phrases: Iterable[str], pre: str):
        words, symbols = _words_and_symbols(phrases)
        self.words = {_phrase_key(w) for w in words}
        self.lazy_pre = pre.endswith("?") and "{" in pre  # [..]{0,2}? : fewest proclitics first
        pre_set = re.match(r"\[(.*?)\]", pre).group(1)
        self.pre_chars = pre_set
        # the pattern as written (kept for reading and for tests)
        alts = [rf"(?<!\w){pre}(?P<p>{_trie_regex(words)})"]
        if symbols:
            alts.append(rf"(?P<s>{_trie_regex(symbols)})")
        self._forward_source = rf"(?:{'|'.join(alts)})[ \-]*$"
        self._forward: re.Pattern | None = None
        width = re.search(r"\{0,(\d)\}|(\?)$", pre)
        most = int(width.group(1)) if width and width.group(1) else 1
        word_alt = rf"(?P<p>{_trie_regex(w[::-1] for w in words)})(?P<pre>[{pre_set}]{{0,{most}}})(?!\w)"
        symbol_alt = rf"(?P<s>{_trie_regex(s_[::-1] for s_ in symbols)})"
        self._words = re.compile(rf"\n?[ \-]*{word_alt}") if words else None
        self._symbols = re.compile(rf"\n?[ \-]*{symbol_alt}") if symbols else None
        # Either of the two, in one pattern: where it does not match, neither does the one
        # or the other (most answers are that, found with one call instead of two).
        self._either = re.compile(rf"\n?[ \-]*(?:{word_alt}|{symbol_alt})") if words and symbols \
            else self._words or self._symbols
        # For callers asking at many places of one text: `ends(rev, len(norm) - hi)` on the
        # reversed text (`reversed_text`) is None where `search(norm, lo, hi)` surely is.
        self.ends = self._either.match if self._either is not None else _no_match

    @property
    def forward(self) -> re.Pattern:
        """The pattern as written, compiled when first needed (a rare fallback, and tests)."""
        if self._forward is None:
            self._forward = re.compile(self._forward_source)
        return self._forward

    def search(self, norm: str, lo: int, hi: int) -> _EndMatch | None:
        if _REVERSED[0] is not norm:
            _REVERSED[0], _REVERSED[1] = norm, norm[::-1]
        rev = _REVERSED[1]
        n = len(norm)
        either = self._either
        hit = either.match(rev, n - hi) if either is not None else None
        if hit is None:
            return None
        words, symbols = self._words, self._symbols
        m = hit if either is words else words.match(rev, n - hi) if words is not None else None
        sm = hit if either is symbols else symbols.match(rev, n - hi) if symbols is not None else None
        best = None
        if m is not None:
            p0, p1 = n - m.end("p"), n - m.start("p")   # the phrase, in norm
            s0 = n - m.end("pre")                        # with its proclitics
            if not self.lazy_pre and p0 == s0 and p1 - p0 > 1 and norm[p0] in self.pre_chars \
                    and _phrase_key(norm[p0 + 1:p1]) in self.words:
                p0 += 1  # a proclitic is taken first when the rest is a phrase too
            best = (s0, {"p": (p0, p1), "": (s0, hi)}, {"p": norm[p0:p1]})
        if sm is not None and (best is None or n - sm.end("s") < best[0]):
            s0, s1 = n - sm.end("s"), n - sm.start("s")
            best = (s0, {"s": (s0, s1), "": (s0, hi)}, {"s": norm[s0:s1]})
        if best is None or best[0] < lo:
            # (a phrase that would begin before lo is not in the window: rare, ask the pattern)
            return self.forward.search(norm, lo, hi) if best is not None else None
        return _EndMatch(best[1], best[2])


# --------------------------------------------------------------------------- loading

def _mapping(data: Any, key: str, path: str) -> Mapping:
    section = data.get(key)
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise DataError(path, line_of(data, key), f"section {key!r} must be a mapping of word: value")
    return section


def load_number_lexicon(path: str | Path | None = None) -> NumberLexicon:
    """Load and validate numbers.yaml (default: ar/data/numbers.yaml).

    Raises DataError(path, line, reason) for a duplicate key, a bad value, or a
    word listed in two word classes."""
    p = Path(path) if path is not None else DEFAULT_PATH
    spath = str(p)
    data = load_yaml(p)
    if not isinstance(data, dict):
        raise DataError(p, None, "expected a mapping of sections at the top")

    words: dict[str, tuple[str, Any]] = {}
    where: dict[str, tuple[str, int | None]] = {}

    def add(word: str, cls: str, payload: Any, line: int | None) -> None:
        w = _phrase_key(fold(word))
        if not w:
            raise DataError(spath, line, f"empty word in {cls}")
        if w in words:
            other_cls, other_line = where[w]
            if other_cls == cls:
                raise DataError(spath, line, f"{word!r} is listed twice in {cls} (line {other_line}), once after folding")
            raise DataError(spath, line, f"{word!r} is in two classes: {other_cls} (line {other_line}) and {cls}")
        words[w] = (cls, payload)
        where[w] = (cls, line)

    def ints(section: str, lo: int, hi: int) -> dict[str, tuple[int, int | None]]:
        m = _mapping(data, section, spath)
        out = {}
        for k, v in m.items():
            if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                raise DataError(spath, line_of(m, k), f"{section}: {k!r} needs an integer {lo}..{hi}, not {v!r}")
            out[str(k)] = (v, line_of(m, k))
        return out

    def labels(section: str, allowed: Iterable[str] | None) -> dict[str, str]:
        m = _mapping(data, section, spath)
        allowed = set(allowed) if allowed is not None else None
        out: dict[str, str] = {}
        for k, v in m.items():
            if not isinstance(v, str) or (allowed is not None and v not in allowed):
                raise DataError(spath, line_of(m, k), f"{section}: {k!r} has {v!r}, expected one of {sorted(allowed or [])}")
            key = _phrase_key(fold(str(k)))
            if key in out:
                raise DataError(spath, line_of(m, k), f"{section}: {k!r} is listed twice (once after folding)")
            out[key] = v
        return out

    for w, (v, line) in ints("units", 0, 10).items():
        add(w, "units", v, line)
    for w, (v, line) in ints("tens", 20, 90).items():
        if v % 10:
            raise DataError(spath, line, f"tens: {w!r} must be a multiple of ten")
        add(w, "tens", v, line)
    for w, (v, line) in ints("hundreds", 100, 900).items():
        add(w, "hundreds", v, line)
    scales = _mapping(data, "scales", spath)
    for w, v in scales.items():
        line = line_of(scales, w)
        if not (isinstance(v, list) and len(v) == 2 and isinstance(v[0], int) and v[0] >= 1000 and v[1] in SCALE_FORMS):
            raise DataError(spath, line, f"scales: {w!r} needs [value >= 1000, one|two|many], not {v!r}")
        add(str(w), "scales", (v[0], v[1]), line)
    vague = _mapping(data, "vague", spath)
    for w, v in vague.items():
        line = line_of(vague, w)
        if not (isinstance(v, list) and len(v) == 3 and all(isinstance(x, int) for x in v) and 0 < v[0] <= v[1]):
            raise DataError(spath, line, f"vague: {w!r} needs [low, high, unit], not {v!r}")
        add(str(w), "vague", tuple(v), line)
    quants = _mapping(data, "quantifiers", spath)
    for w, v in quants.items():
        if v not in ("all", "most", "some"):
            raise DataError(spath, line_of(quants, w), f"quantifiers: {w!r} needs all|most|some, not {v!r}")
        add(str(w), "quantifiers", v, line_of(quants, w))
    for w, (v, line) in ints("ordinals", 1, 10).items():
        add(w, "ordinals", v, line)
    months = {}
    for w, (v, line) in ints("months", 1, 112).items():
        add(w, "months", v, line)
        months[_phrase_key(fold(w))] = v

    for w, (v, line) in ints("weekdays", 1, 7).items():
        add(w, "weekdays", v, line)

    # Generated forms: teens (أحد عشر), glued and spaced hundreds (ثلاثمئة), ordinal teens.
    teen_heads = ints("teen_heads", 1, 9)
    teen_tails = ints("teen_tails", 10, 10)
    for h, (hv, line) in teen_heads.items():
        for t in teen_tails:
            add(f"{h} {t}", "teens", 10 + hv, line)
            add(f"{h}{t}", "teens", 10 + hv, line)  # glued in careless typing: احدعشر، اثناعشر
    hundred_heads = ints("hundred_heads", 3, 9)
    hundred_words = ints("hundred_words", 100, 100)
    for h, (hv, line) in hundred_heads.items():
        for hw in hundred_words:
            add(f"{h}{hw}", "hundreds", hv * 100, line)
    for h, (hv, line) in ints("ordinal_teen_heads", 1, 9).items():
        for t in teen_tails:
            add(f"{h} {t}", "ordinals", 10 + hv, line)
    date_only_months = {_phrase_key(fold(w)): v for w, (v, _) in ints("date_only_months", 1, 112).items()}

    qualifiers = set(QUALIFIERS)
    hedges_before = labels("hedges_before", qualifiers)
    hedges_after = labels("hedges_after", qualifiers)
    range_openers = labels("range_openers", ("between", "from"))
    range_links = labels("range_links", ("between", "any"))
    exclude_before = labels("exclude_before", None)
    exclude_symbols_before = labels("exclude_symbols_before", None)
    exclude_after = labels("exclude_after", None)
    year_suffixes = labels("year_suffixes", ("year",))
    age_units = labels("age_units", ("age",))
    age_cues = labels("age_cues", ("age",))

    # --- compile
    month_names = list(months) + list(date_only_months)
    month_alt = _trie_regex(month_names)
    # (an optional group of several characters written "(?:X|)", not "(?:X)?": the same greedy
    # choice without the engine's general repeat, tried at every digit run)
    year_tail = r"(?:\s*[،,]?\s*(?:(?:من\s+|)(?:عام|العام|سنه)\s+|)\d{4}(?!\d)(?:\s*(?:م|ه)(?!\w)|))"
    # Word pass: every proclitic + word form in one trie, so the regex starts with a
    # branch on literal first letters and the scanner skips other positions fast.
    forms: dict[str, tuple[str, str]] = {}
    for w in words:
        for pre in _PROCLITICS:
            if "ال" in pre and words[w][0] == "quantifiers" and " " in w:
                continue   # العدد من is "the number of", not عدد من "a number of"
            form = pre + w
            if form not in forms or len(pre) < len(forms[form][0]):
                forms[form] = (pre, w)
    # A word of its own, found with the non-letter before it: a pattern that begins with a
    # character class lets the regex engine skip the letters inside words in a fast loop
    # (the text is read with a space in front, so that its first word has one too).
    word_re = re.compile(rf"\W(?P<w>{_trie_regex(forms)})(?!\w)")
    # Digit pass: a digit run (the [+0-9] start lets the scanner skip fast), then the
    # token is classified by these patterns, tried in order at its start.
    digit_re = re.compile("|".join([
        r"(?P<date>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?!\d))",
        rf"(?P<dmonth>\d{{1,2}}\s*(?:[-–—]\s*\d{{1,2}}\s*|)(?:من\s+|)(?:شهر\s+|)(?:{month_alt})(?!\w)(?:{year_tail}|))",  # also "3 – 5 أيار"
        r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?!\d))",
        r"(?P<phone>\+\d[\d \-]{6,}\d|\d{7,}(?!\d))",
        # (thousands grouped by a space, as in Maghreb French-style copy: "10 000")
        r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,:/])|\d+(?:[.,]\d+)*)",
    ]))
    myear_re = re.compile(r"\s*[،,]?\s*(?P<y>\d{4})(?!\d)")
    hedge_before_re = _ending_regex(hedges_before)
    hedge_after_re = re.compile(
        rf"(?:[^\s\d.,،؛:!?()\"\[\]]*(?:[^\S\n]+[^\s\d.,،؛:!?()\"\[\]]+){{0,4}}?)?[^\S\n]*"
        rf"(?P<h>{_trie_regex(hedges_after)})(?!\w)")
    hedge_after_keys = _key_words(hedges_after)
    opener_re = _ending_regex(range_openers, pre=r"[وفل]?")
    link_re = re.compile(rf"\s*(?P<l>{_trie_regex(range_links)})\s*$")
    before_re = _ending_regex(list(exclude_before) + list(exclude_symbols_before))
    after_words, after_symbols = _words_and_symbols(list(exclude_after))
    after_re = re.compile(
        rf"\s*(?:(?P<s>{_trie_regex(after_symbols)})|(?:من\s+|)(?P<m>{month_alt})(?!\w)"
        rf"|(?P<p>{_trie_regex(after_words)})(?!\w)|(?P<y>{_trie_regex(year_suffixes)})(?!\w))")
    adjective_before_re = _ending_regex(after_words)
    age_re = _ending_regex(list(age_cues) + list(exclude_before_age(exclude_before)))

    return NumberLexicon(
        path=spath, words=words, hedges_before=hedges_before, hedges_after=hedges_after,
        range_openers=range_openers, range_links=range_links, exclude_before=exclude_before,
        exclude_symbols_before=exclude_symbols_before, exclude_after=exclude_after,
        year_suffixes=year_suffixes, age_units=age_units, age_cues=age_cues,
        months={**months, **date_only_months},
        forms=forms, word_re=word_re, digit_re=digit_re, myear_re=myear_re, hedge_before_re=hedge_before_re, hedge_after_re=hedge_after_re,
        opener_re=opener_re, link_re=link_re, before_re=before_re, after_re=after_re, age_re=age_re,
        adjective_before_re=adjective_before_re, hedge_after_keys=hedge_after_keys,
    )


def _key_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The longest word of each phrase, less those that hold another: each phrase found
    in a text has one of them inside it (None when a phrase has no word)."""
    split = [p.split() for p in phrases]
    if not all(split):
        return None
    longest = {max(words, key=len) for words in split}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


def exclude_before_age(exclude_before: Mapping[str, str]) -> list[str]:
    """The age cues among the exclude_before phrases (عمره، من العمر)."""
    return [p for p, r in exclude_before.items() if r == "age"]


# --------------------------------------------------------------------------- reading

_LATIN = re.compile(r"https?://\S+|www\.\S+|[@#][A-Za-z0-9_.]+|[A-Za-z][\w.\-]*\.(?:com|net|org|io|me)\S*")
_ALL_THE_N = re.compile(r"\s+ال\w+\s+")  # "جميع المهاجمين الخمسة": one definite noun between
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_BYTE = re.compile(rb"[A-Za-z]")
_TENS = frozenset(range(20, 100, 10))
_OF_ONE_FAMILY = re.compile(r"(?<!\w)من\s+(?:ال)?(?:عائله|اسره|عشيره|قبيله)\s+$")
_IN_BEFORE = re.compile(r"(?<!\w)في\s+$")  # (a definite tens word after it: an age, "في الستين")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# The nearest word before a number, skipping other figures ("January 21, 2022").
_PREV_TOKEN = re.compile(r"([^\s\d,]+)[\s\d,]*$")
_NEXT_TOKEN = re.compile(r"[\s,]*(\S+)")
_DIGIT_RUN = re.compile(r"[+0-9]\d*")
_LEADING_DIGITS = re.compile(r"\+?\d+")
_IS_WORD = re.compile(r"\w").match
_GAP_JOIN = re.compile(r"[^\S\n]*(?:و[^\S\n]*)?")
# Fractions of a scale word (folded text): "نصف مليون" (500,000), "ربع مليون", "مليون ونصف
# المليون" / "3 آلاف ونصف" (and a half).
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}
_FRACTION_BEFORE = re.compile(r"(?<!\w)(?:[وب])?(نصف|ربع|ثلث)[^\S\n]+$")
_AND_FRACTION_AFTER = re.compile(r"[^\S\n]+و[^\S\n]*(نصف|ربع)(?:[^\S\n]+(?:ال)?(?:مليون|الف|مليار))?(?!\w)")
# Proclitics that may start a later part of one number (وعشرون، والعشرين); a
# preposition (بعشرة) starts a new one.
_JOINING_PRE = frozenset({"", "و", "ال", "وال"})


def _int_of_digits(raw: str, scaled: bool) -> tuple[float | None, str | None]:
    """The value of a digit run with separators; (None, reason) when it is no count."""
    if " " in raw or "\u00a0" in raw or "\u202f" in raw:
        return int(re.sub(r"\D", "", raw)), None   # "10 000"
    if "," not in raw and "." not in raw:
        return int(raw), None
    groups = re.split(r"[.,]", raw)
    seps = set(re.findall(r"[.,]", raw))
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and (len(seps) == 1) and not (
            scaled and len(groups) == 2 and "." in seps):
        return int("".join(groups)), None   # 1,200 and 1.200 (thousands separators)
    if len(groups) == 2:
        v = float(f"{groups[0]}.{groups[1]}")
        if scaled:
            return v, None                   # 1.5 مليون، 2,5 مليون
        return v, "decimal"
    if len(seps) == 2 and raw.rfind(".") > raw.rfind(","):  # 1,200.5
        head, frac = raw.rsplit(".", 1)
        parts = head.split(",")
        if len(parts[0]) <= 3 and all(len(g) == 3 for g in parts[1:]):
            return float(head.replace(",", "") + "." + frac), (None if scaled else "decimal")
    return None, "decimal"


class NumberReader:
    """Finds number mentions in normalized Arabic text (see the module docstring)."""

    def __init__(self, lexicon: NumberLexicon | None = None):
        self.lexicon = lexicon or load_number_lexicon()

    # ---- atoms
    def _atoms(self, norm: str) -> list[_Atom | _Number]:
        """Tokens in order: _Atom for number parts, _Number for ready-made dates, times, phones."""
        lex = self.lexicon
        found: list[tuple[int, int, Any]] = []
        for m in _DIGIT_RUN.finditer(norm):
            s = m.start()
            if s and (norm[s - 1] in "0123456789" or (norm[s - 1] in ".," and s > 1 and norm[s - 2].isdigit())):
                continue
            d = lex.digit_re.match(norm, s)
            if d is not None:
                found.append((s, d.end(), d))
        for m in lex.word_re.finditer(" " + norm):  # offsets one more than in norm
            found.append((m.start(), m.end() - 1, m))  # m.start() is the space or mark before
        found.sort(key=itemgetter(0))
        out: list[_Atom | _Number] = []
        prev_end = 0
        word_re, forms, words = lex.word_re, lex.forms, lex.words
        for s, e, m in found:
            if s < prev_end:
                continue
            gap = norm[prev_end:s]
            if m.re is word_re:
                w = m.group("w")
                got = forms.get(w)
                pre, word = got if got is not None else forms[_phrase_key(w)]
                cls, payload = words[word]
                if cls == "months":
                    y = lex.myear_re.match(norm, e)
                    if y is not None:   # كانون الثاني 2022
                        ys, ye = y.span("y")
                        v = int(y.group("y"))
                        out.append(_Number(ys, ye, v, v, "digits", True, "year", raw=y.group("y")))
                        prev_end = ye
                        continue
                keep_al = 2 if pre.endswith("ال") else 0
                ns = s + len(pre) - keep_al
                conj = pre.startswith("و") or gap.strip() == "و"
                out.append(_Atom(s, ns, e, cls, payload, conj, norm[ns:e], pre))
            else:
                g = m.lastgroup
                raw = m.group(g)
                if g == "num":
                    gap = gap.strip()
                    out.append(_Atom(s, s, e, "digits", raw, gap == "و" or gap.endswith(" و"), raw))
                else:
                    reason = {"date": "date", "dmonth": "date", "time": "time", "phone": "phone"}[g]
                    digits = _LEADING_DIGITS.match(raw).group().lstrip("+")
                    v = int(digits) if len(digits) < 16 else None
                    out.append(_Number(s, e, v, v, "digits", True, reason, raw=raw))
            prev_end = e
        return out

    # ---- parsing a chain of atoms
    @staticmethod
    def _below_thousand(atoms: list[_Atom], j: int, end: int, need_conj: bool) -> tuple[int, int] | None:
        """Parse H? (U (و T)? | Teen | T)? from atoms[j]; return (next index, value)."""
        if j >= end:
            return None
        a = atoms[j]
        if need_conj and not a.conj:
            return None
        start, v, has_h = j, 0, False
        if a.cls == "units" and 3 <= a.payload <= 9 and j + 1 < end and atoms[j + 1].cls == "hundreds" \
                and atoms[j + 1].payload == 100 and not atoms[j + 1].conj:
            v, j, has_h = a.payload * 100, j + 2, True       # ثلاث مئة
        elif a.cls == "hundreds":
            v, j, has_h = a.payload, j + 1, True
        if j < end and (not has_h or atoms[j].conj):
            b = atoms[j]
            if b.cls == "units" and not (has_h and b.payload == 0):
                if 1 <= b.payload <= 9 and j + 1 < end and atoms[j + 1].cls == "tens" and atoms[j + 1].conj:
                    v, j = v + b.payload + atoms[j + 1].payload, j + 2   # خمسة وعشرون
                elif b.payload == 0 and (has_h or j > start):
                    pass
                else:
                    v, j = v + b.payload, j + 1
            elif b.cls in ("teens", "tens"):
                v, j = v + b.payload, j + 1
        if j == start:
            return None
        return j, v

    def _parse_at(self, atoms: list[_Atom], i: int, end: int) -> tuple[int, _Number] | None:
        """The longest number starting at atoms[i] (within atoms[:end])."""
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < end else None
        scale_next = nxt is not None and nxt.cls == "scales" and not nxt.conj
        if a.cls == "digits":
            v, why = _int_of_digits(a.payload, scale_next)
            if scale_next and v is not None:
                s, form = nxt.payload
                n, j, e = round(v * s), i + 2, nxt.end
                tail = _digits_tail(atoms, j, end, s)
                if tail is not None:
                    n, j, e = n + tail[1], tail[0], atoms[tail[0] - 1].end
                return j, _Number(a.num_start, e, n, n, "mixed", True, raw=a.payload, scale=s)
            if v is None:
                return i + 1, _Number(a.num_start, a.end, None, None, "digits", True, why or "decimal", raw=a.payload)
            iv = round(v) if isinstance(v, float) else v
            return i + 1, _Number(a.num_start, a.end, iv, iv, "digits", True, why, raw=a.payload)
        if a.cls == "vague":
            lo, hi, unit = a.payload
            if scale_next:
                s, form = nxt.payload
                h = hi * s if unit == 1 else (hi + 1) * s - 1
                return i + 2, _Number(a.num_start, nxt.end, lo * s, h, "vague", False)
            if unit == 1 and nxt is not None and not nxt.conj:
                if nxt.cls == "vague" and nxt.payload[2] > 1:    # بضع عشرات، بضع مئات
                    u = nxt.payload[2]
                    nn = atoms[i + 2] if i + 2 < end else None
                    if nn is not None and nn.cls == "scales" and not nn.conj:   # بضع عشرات الآلاف
                        s = nn.payload[0]
                        return i + 3, _Number(a.num_start, nn.end, lo * u * s, hi * u * s, "vague", False)
                    return i + 2, _Number(a.num_start, nxt.end, lo * u, hi * u, "vague", False)
                if nxt.cls == "units" and nxt.payload == 10:       # بضعة عشر
                    return i + 2, _Number(a.num_start, nxt.end, lo + 10, hi + 10, "vague", False)
            return i + 1, _Number(a.num_start, a.end, lo, hi, "vague", False)
        if a.cls == "quantifiers":
            return i + 1, _Number(a.num_start, a.end, None, None, "quantifier", False, qualifier=a.payload)
        if a.cls == "ordinals":
            v = a.payload
            if nxt is not None and nxt.cls == "tens" and nxt.conj and v < 10:   # الحادي والعشرين
                return i + 2, _Number(a.num_start, nxt.end, v + nxt.payload, v + nxt.payload, "words", True,
                                      "ordinal", ordinal=True)
            return i + 1, _Number(a.num_start, a.end, v, v, "words", True, "ordinal", ordinal=True)
        if a.cls in ("months", "weekdays"):
            return None
        # number words
        total, j, last_scale = 0, i, None
        while j < end:
            need_conj = j > i
            seg = self._below_thousand(atoms, j, end, need_conj)
            j2, v = seg if seg else (j, None)
            sc = atoms[j2] if j2 < end else None
            if sc is not None and sc.cls == "scales" and (last_scale is None or sc.payload[0] < last_scale) and (
                    (seg is not None and not sc.conj) or (seg is None and (not need_conj or sc.conj))):
                s, form = sc.payload
                if v is None:
                    if form == "many":
                        if j == i:   # آلاف alone: "thousands"
                            return i + 1, _Number(sc.num_start, sc.end, 2 * s, 10 * s - 1, "vague", False)
                        break
                    mult = 1 if form == "one" else 2
                elif form == "two":
                    total += v
                    j = j2
                    break
                else:
                    mult = v
                total += mult * s
                last_scale = s
                j = j2 + 1
                continue
            if seg is not None:
                total += v
                j = j2
            break
        if j == i:
            return None
        if last_scale is not None and atoms[j - 1].cls == "scales":
            tail = _digits_tail(atoms, j, end, last_scale)   # "مليون و200 ألف"
            if tail is not None:
                total, j = total + tail[1], tail[0]
        last = atoms[j - 1]
        return j, _Number(atoms[i].num_start, last.end, total, total, "words", True,
                          scale=last.payload[0] if last.cls == "scales" else 1)

    def _numbers(self, norm: str) -> list[_Number]:
        tokens = self._atoms(norm)
        out: list[_Number] = []
        k = 0
        n = len(tokens)
        while k < n:
            t = tokens[k]
            if isinstance(t, _Number):
                out.append(t)
                k += 1
                continue
            # the chain tokens[k:e]: atoms separated by spaces or a lone و only
            e = k + 1
            while e < n and isinstance(tokens[e], _Atom) and tokens[e].pre in _JOINING_PRE \
                    and _GAP_JOIN.fullmatch(norm, tokens[e - 1].end, tokens[e].start):
                e += 1
            if e == k + 1 and t.cls == "digits" and t.payload.isdigit():
                # a digit run alone, with no separator: what _parse_at makes of it, made here
                v = int(t.payload)
                out.append(_Number(t.num_start, t.end, v, v, "digits", True, None, None, t.payload))
                k = e
                continue
            i = k
            while i < e:
                r = self._parse_at(tokens, i, e)  # type: ignore[arg-type]
                if r is None:
                    i += 1
                    continue
                i, num = r
                if num.scale >= 1000 and num.low is not None and num.low == num.high and num.kind in ("words", "mixed"):
                    num = _with_fraction(norm, num)
                    while i < e and tokens[i].start < num.num_end:
                        i += 1   # "مليون ونصف المليون": the repeated scale word is part of the figure
                out.append(num)
            k = e
        return out

    # ---- context
    def _latin(self, norm: str, s: int, e: int, latin_spans: list[tuple[int, int]]) -> bool:
        k = bisect_right(latin_spans, (s, len(norm) + 1)) - 1
        if k >= 0 and latin_spans[k][0] <= s < latin_spans[k][1]:
            return True
        if _LATIN_LETTER.search(norm, max(0, s - 40), e + 40) is None:
            return False   # (every test below looks at most 40 characters away)
        before = norm[s - 1] if s > 0 else ""
        after = norm[e] if e < len(norm) else ""
        if _LATIN_LETTER.match(before) or _LATIN_LETTER.match(after):
            return True
        if before == "-" and s > 1 and _LATIN_LETTER.match(norm[s - 2]):   # F-16
            return True
        pm = _PREV_TOKEN.search(norm, max(0, s - 40), s)
        nm = _NEXT_TOKEN.match(norm, e, min(len(norm), e + 40))
        prev_tok = pm.group(1) if pm else ""
        next_tok = nm.group(1) if nm else ""
        if _LATIN_LETTER.search(prev_tok) and not _ARABIC_LETTER.search(next_tok):
            return True
        if _LATIN_LETTER.search(next_tok) and not _ARABIC_LETTER.search(prev_tok):
            return True
        return False

    def _exclusion(self, norm: str, num: _Number, start: int, end: int, hedged: bool) -> tuple[str | None, int]:
        """Why the number at norm[start:end] is not a count, and the end of the cue after it."""
        lex = self.lexicon
        if num.kind == "digits" and start and norm[start - 1].isalpha():
            w = start - 1
            while w and norm[w - 1].isalpha():
                w -= 1
            if norm[w:start] not in _GLUED_CLITICS and _NOTHING_AFTER.match(norm, end):
                # "الفاشر - دارفور24", "قناة فرانس24،": the end of a name (an outlet's), not a count
                # ("و12 جريحاً", "بـ5 قذائف", "الـ12": clitics glued to a figure are read on; so is
                # a word run into the figure of its noun, "مقتل15 شخصاً")
                return "name", end
        if num.kind != "digits" and norm.startswith("عبد ", start - 4) and (start == 4 or not norm[start - 5].isalpha()):
            return "name", end  # "جناح عبد الواحد": a name (the servant of the One), no count
        if norm.startswith("/", end) and num.kind == "digits" and norm[end + 1:end + 2].isspace():
            # "1/ ... 2/ ... 3/": the numbers of a thread's posts opening their lines
            ls = norm.rfind("\n", max(0, start - 4), start)
            if (ls >= 0 or start < 4) and not norm[ls + 1:start].strip(' "\'«'):
                return "index", end + 1
        if num.kind == "digits" and norm[end:end + 1] in ("-", ")", ".") and norm[end + 1:end + 2] == " " \
                and num.low is not None and _list_marker(norm, start, end, num.low):
            # "1- أحمد علي 2- محمود حسن": the numbers of a list's items, not counts
            return "index", end + 1
        am = lex.after_re.match(norm, end)
        if am:
            if am.group("m") is not None:
                return "date", am.end()
            if am.group("y") is not None:
                if len(num.raw) == 4 and num.raw.isdigit():
                    return "year", am.end()
            else:
                phrase = am.group("s") or am.group("p")
                key = _phrase_key(phrase)
                reason = lex.exclude_after[key]
                if key in lex.age_units and lex.age_re.search(norm, max(0, start - 30), start):
                    reason = "age"
                return reason, am.end()
        if num.kind == "words" and num.low in _TENS and norm.startswith("ال", start) \
                and _IN_BEFORE.search(norm, max(0, start - 6), start):
            # "وهو شيخ في السبعين", "امرأة في الأربعين من عمرها": the decade of a life, an age
            return "age", end
        if num.kind == "words" and num.low == 1 and _OF_ONE_FAMILY.search(norm, max(0, start - 20), start):
            # "14 شخصاً من عائلة واحدة": of a single family, an adjective, no count of families
            return "adjective", end
        if num.kind == "words" and num.low in (1, 2):
            # one and two follow their noun as adjectives: شهر واحد، دولار واحد
            jm = lex.adjective_before_re.search(norm, max(0, start - 30), start)
            if jm and jm.group("p"):
                return lex.exclude_after[_phrase_key(jm.group("p"))], end
        before = lex.before_re
        bm = before.search(norm, max(0, start - 40), start) \
            if before.ends(reversed_text(norm), len(norm) - start) is not None else None
        if bm is None and norm[start - 1:start] == "(" and start > 1:
            # "بيان صحفي رقم (812)", "القرار (2254)": the label's number in brackets
            at = start - 1
            bm = before.search(norm, max(0, at - 40), at) \
                if before.ends(reversed_text(norm), len(norm) - at) is not None else None
        if bm:
            key = _phrase_key(bm.group("p") or bm.group("s"))
            reason = lex.exclude_before.get(key) or lex.exclude_symbols_before.get(key)
            if reason == "model" and key in ("رقم", "الرقم") and _TOLL_NOUN_AFTER.match(norm, end):
                reason = None  # "نشرت رقم 32 قتيلاً": a figure of the dead, not a label's number
            if reason == "year" and num.kind == "digits" and num.low is not None \
                    and (not num.raw.isdigit() or num.low > 2100 or 100 <= num.low < 1800):
                # "منذ بداية العام 1,243 شخصاً": a count after the word, no year (1,243; 143; 3000)
                reason = None
            if reason:
                return reason, end
        if num.raw.isdigit() and len(num.raw) == 4 and 1900 <= int(num.raw) <= 2100 and not hedged \
                and int(num.raw) % 100 and num.kind == "digits":
            return "year", end
        return None, end

    # ---- the public API
    def find(self, norm: str) -> list[NumberMention]:
        """Every number expression of a normalized text, sorted by start, non-overlapping."""
        lex = self.lexicon
        numbers = self._numbers(norm)
        # no Latin letter: no model name, no address (looked for among the ASCII characters
        # alone, three times faster than over the whole text)
        latin = _LATIN_BYTE.search(norm.encode("ascii", "ignore")) is not None
        latin_spans = [m.span() for m in _LATIN.finditer(norm)] if latin and ("/" in norm or "@" in norm or "#" in norm
                                                                    or "www" in norm) else []
        mentions: list[NumberMention] = []
        rev, n = reversed_text(norm) if numbers else "", len(norm)
        hedge_ends = lex.hedge_before_re.ends
        k = 0
        while k < len(numbers):
            num = numbers[k]
            if num.kind == "quantifier":
                nxt = numbers[k + 1] if k + 1 < len(numbers) else None
                if num.qualifier == "all" and nxt is not None and nxt.exact and nxt.kind == "words" \
                        and norm.startswith("ال", nxt.num_start) and _ALL_THE_N.fullmatch(norm, num.num_end, nxt.num_start):
                    k += 1  # "جميع المهاجمين الخمسة": all of them, and how many they were (the figure)
                    continue
                mentions.append(NumberMention(num.num_start, num.num_end, num.num_start, num.num_end,
                                              Value(None, None, num.qualifier or "some"), "quantifier", None, None))
                k += 1
                continue
            # a range of two plain numbers: بين 20 و25، من 20 إلى 30، 20 أو 30، 20-25
            second = numbers[k + 1] if k + 1 < len(numbers) else None
            rng = None
            if second is not None and num.exact and second.exact and not num.excluded and not second.excluded \
                    and not (num.kind == "digits" and _year_like(num)) \
                    and (second.kind != "digits" or not _year_like(second) or num.low is not None and num.low >= 100):
                # ("ما بين 1500 و2000 عائلة": a year-like figure ends a range of hundreds; "بين 2011 و2015" are years)
                lm = lex.link_re.match(norm, num.num_end, second.num_start)
                if lm:
                    link = lex.range_links[_phrase_key(lm.group("l"))]
                    om = lex.opener_re.search(norm, max(0, num.num_start - 12), num.num_start)
                    opener = lex.range_openers.get(_phrase_key(om.group("p"))) if om and om.group("p") else None
                    a, b = _range_ends(num, second)
                    if a is not None and b is not None:
                        if opener == "from" and link == "any" and a != b:
                            rng = (om, True)
                        elif (link == "any" or opener == "between") and a < b:
                            rng = (om if opener == "between" else None, False)
            if rng is not None:
                om, from_to = rng
                a, b = _range_ends(num, second)
                s = om.start("p") if om is not None else num.num_start
                hedge = _phrase_key(om.group("p")) if om is not None else None
                span_num = _Number(num.num_start, second.num_end, min(a, b), max(a, b), "range", True,
                                   raw=second.raw)
                if hedge is None:
                    hm = lex.hedge_before_re.search(norm, max(0, s - 40), s)
                    if hm:
                        s, hedge = hm.start("p"), _phrase_key(hm.group("p"))
                reason, cue_end = self._exclusion(norm, span_num, s, second.num_end, True)
                if reason is None and latin and self._latin(norm, num.num_start, num.num_end, latin_spans):
                    reason = "latin"
                mentions.append(NumberMention(
                    s, cue_end if reason else second.num_end, num.num_start, second.num_end,
                    Value(min(a, b), max(a, b), "range"), "range", hedge, reason,
                    from_to=from_to, previous=a if from_to else None))
                k += 2
                continue
            # one number, with its hedge
            s = num.num_start
            hedge, qualifier = None, None
            # (the search only where a hedge ends before the number: few places)
            if not num.ordinal and num.excluded not in ("date", "time", "phone", "year") \
                    and hedge_ends(rev, n - s) is not None:
                hm = lex.hedge_before_re.search(norm, max(0, s - 40), s)
                if hm:
                    s, hedge = hm.start("p"), _phrase_key(hm.group("p"))
                    qualifier = lex.hedges_before[hedge]
            reason, cue_end = num.excluded, num.num_end
            if reason is None and num.raw and latin and self._latin(norm, num.num_start, num.num_end, latin_spans):
                reason = "latin"
            if reason is None:
                reason, cue_end = self._exclusion(norm, num, num.num_start, num.num_end, hedge is not None)
            # (a vague quantity keeps its bounds; any other figure takes the hedge's qualifier)
            value = Value(num.low, num.high, "vague") if num.kind == "vague" else _value_of(num.low, qualifier)
            mentions.append(NumberMention(s, cue_end if reason else num.num_end, num.num_start, num.num_end,
                                          value, num.kind, hedge, reason))
            k += 1
        return self._finish(norm, mentions)

    def _finish(self, norm: str, mentions: list[NumberMention]) -> list[NumberMention]:
        """Drop overlaps (the earlier, then the longer, wins) and attach trailing hedges."""
        mentions.sort(key=lambda m: (m.start, -m.end))
        kept: list[NumberMention] = []
        last_end = -1
        for m in mentions:
            if m.start >= last_end:
                kept.append(m)
                last_end = m.end
        out: list[NumberMention] = []
        lex = self.lexicon
        cues = _starts_of(norm, lex.hedge_after_keys) if lex.hedge_after_keys is not None else None
        for idx, m in enumerate(kept):
            nxt_start = kept[idx + 1].start if idx + 1 < len(kept) else len(norm)
            if m.excluded is None and m.kind != "quantifier":
                if cues is not None:   # (no hedge word between here and the next number: no hedge)
                    c = bisect_left(cues, m.num_end)
                    if c == len(cues) or cues[c] >= nxt_start:
                        out.append(m)
                        continue
                hm = lex.hedge_after_re.match(norm, m.num_end, nxt_start)
                if hm:
                    h = _phrase_key(hm.group("h"))
                    q = self.lexicon.hedges_after[h]
                    value = m.value
                    if m.kind not in ("vague", "range") and m.value.qualifier == "exact":
                        value = _value_of(m.value.low, q)
                    hedge = f"{m.hedge} … {h}" if m.hedge else h
                    m = NumberMention(m.start, hm.end(), m.num_start, m.num_end, value, m.kind, hedge,
                                      m.excluded, m.from_to, m.previous)
            out.append(m)
        return out

    def parse_words(self, words: str) -> int | None:
        """The integer written out in `words` ("ثلاثمئة وخمسة وعشرين" -> 325; "5 آلاف" -> 5000);
        None when the text is not exactly one definite number."""
        norm = fold(words).strip()
        if not norm:
            return None
        tokens = self._atoms(norm)
        if not tokens or any(isinstance(t, _Number) for t in tokens):
            return None
        covered = 0
        for t in tokens:
            if not _GAP_JOIN.fullmatch(norm, covered, t.start):
                return None
            covered = t.end
        if norm[covered:].strip():
            return None
        r = self._parse_at(tokens, 0, len(tokens))  # type: ignore[arg-type]
        if r is None or r[0] != len(tokens):
            return None
        num = r[1]
        if not num.exact or num.excluded or num.low is None or num.ordinal:
            return None
        return num.low


# What may follow the digits that end a name: the line's end or a mark ("دارفور24\n"، "فرانس24،").
_NOTHING_AFTER = re.compile(r"[^\S\n]*(?:$|[\n.,،:;؛)|\]-])")
# Proclitics that may be glued to digits (a conjunction, a preposition, the article): "و12"، "بـ5"، "الـ12".
_GLUED_CLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "لل", "وب", "ول", "وك", "فب", "فل", "وال", "فال", "بال",
                            "كال", "ولل", "فلل", "وبال", "فبال"})


def _list_marker(norm: str, start: int, end: int, n: int) -> bool:
    """Does the number at norm[start:end], with its mark ("-", ")", ".") after it, number an
    item of a list: the item before or after it has the number before or after it with the same
    mark ("1- ... 2- ..."), within 120 characters? (A "." mark only at a line's start: "قتل 3.
    وأصيب 4." ends sentences.)"""
    mark = norm[end]
    line_start = not norm[norm.rfind("\n", 0, start) + 1:start].strip(' "\'«•*')
    if mark == "." and not line_start:
        return False
    if line_start and mark in ".)":
        return True  # "5. استشهد مسعفان ..." opening a line: an item's number, however long the items

    def at(k: int) -> bool:
        return k >= 0 and (k == 0 or not norm[k - 1].isdigit())

    nxt, prev = f"{n + 1}{mark} ", f"{n - 1}{mark} "
    return at(norm.find(nxt, end, end + 120 + len(nxt))) or n > 1 and at(norm.find(prev, max(0, start - 120), start))


def _starts_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Every place where one of `words` begins in `text`, sorted."""
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    out.sort()
    return out


def _with_fraction(norm: str, num: _Number) -> _Number:
    """A scale word with a fraction before it ("نصف مليون") or "and a half" after it
    ("مليون ونصف المليون", "3 آلاف ونصف")."""
    s = num.scale
    if num.low == s and num.kind == "words":
        m = _FRACTION_BEFORE.search(norm, max(0, num.num_start - 8), num.num_start)
        if m is not None:
            v = round(s * _FRACTIONS[m.group(1)])
            return replace(num, num_start=m.start(1), low=v, high=v)
    m = _AND_FRACTION_AFTER.match(norm, num.num_end)
    if m is not None:
        v = num.low + round(s * _FRACTIONS[m.group(1)])
        return replace(num, num_end=m.end(), low=v, high=v)
    return num


def _digits_tail(atoms: list, j: int, end: int, scale: int) -> tuple[int, int] | None:
    """Digits joined by و after a scale word, smaller than that scale ("3 آلاف و500"،
    "مليون و200 ألف"): (next index, value to add), or None ("5 آلاف و7 آلاف" is a range)."""
    rest = atoms[j] if j < end else None
    if rest is None or rest.cls != "digits" or not rest.conj:
        return None
    r, _ = _int_of_digits(rest.payload, False)
    if not isinstance(r, int) or r <= 0:
        return None
    sc2 = atoms[j + 1] if j + 1 < end else None
    if sc2 is not None and sc2.cls == "scales" and not sc2.conj:
        r, j = r * sc2.payload[0], j + 2
    else:
        j += 1
    return (j, r) if r < scale else None


def _range_ends(first: _Number, second: _Number) -> tuple[int | None, int | None]:
    """The two ends of a range; the scale of the second carries over to a bare first
    (بين 5 و10 آلاف is 5000..10000)."""
    a, b = first.low, second.low
    if a is not None and b is not None and second.scale > 1 and first.scale == 1 and a < 1000 \
            and a * second.scale <= b:
        a *= second.scale
    return a, b


def _year_like(num: _Number) -> bool:
    return num.kind == "digits" and num.raw.isdigit() and len(num.raw) == 4 and 1900 <= int(num.raw) <= 2100


@functools.lru_cache(maxsize=4096)
def _value_of(n: int | None, qualifier: str | None) -> Value:
    # (Values are immutable: the same figure and hedge share one, built and checked once)
    q = qualifier or "exact"
    if q in ("more_than", "at_least"):
        return Value(n, None, q)
    if q in ("less_than", "at_most"):
        return Value(None, n, q)
    if q in ("exact", "approx"):
        return Value(n, n, q)
    return Value(n, n, "exact")


@functools.cache
def default_reader() -> NumberReader:
    """The reader over the packaged numbers.yaml (loaded once)."""
    return NumberReader(load_number_lexicon())


__all__ = ["NumberMention", "NumberLexicon", "NumberReader", "load_number_lexicon", "default_reader", "KINDS"]
