"""Outlet: the per-article stage that says who published an article, from metadata or
from the way the text names itself (bylines, "our reporter", sources speaking to it).

A medium the text merely cites ("وأفاد موقع ...", "قالت وكالة سانا", "بحسب رويترز") is
not the publisher; an outlet nothing names is None, never a guess.
"""
from __future__ import annotations

import functools
import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from riwaya.model import Article, ArticleInfo
from riwaya.text.normalize import Normalized, fold
from riwaya.when import _alt as _alternation
from riwaya.when import _starts
from riwaya.when import find_dates, related_spans, text_lines  # the same notions as dating
from riwaya.yamlio import DataError, line_of, load_yaml

BYLINES_YAML = Path(__file__).parent / "ar" / "data" / "bylines.yaml"
_LISTS = ("byline_words", "reporter_words", "gathering_verbs", "exclusive_words", "speech_verbs",
          "speech_nouns", "medium_types", "cited_markers", "cited_prepositions")
MEDIUM = {"medium"}


@dataclass(frozen=True)
class BylineLexicon:
    """The words of self-reference, folded (bylines.yaml)."""
    words: dict[str, tuple[str, ...]]


def load_byline_lexicon(path: str | Path = BYLINES_YAML) -> BylineLexicon:
    """Load and validate bylines.yaml; a wrong entry is a DataError naming file and line."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DataError(path, None, "expected a mapping at the top")
    words: dict[str, tuple[str, ...]] = {}
    for key in _LISTS:
        v = data.get(key)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            raise DataError(path, line_of(data, key), f"{key}: expected a list of non-empty strings")
        folded = [" ".join(fold(x).split()) for x in v]
        dup = sorted({x for x in folded if folded.count(x) > 1})
        if dup:
            raise DataError(path, line_of(data, key), f"{key}: {dup[0]!r} is listed twice")
        words[key] = tuple(folded)
    return BylineLexicon(words)


@functools.cache
def default_byline_lexicon() -> BylineLexicon:
    return load_byline_lexicon()


# One way to write a word list as a pattern, dating's (remembered: the byline lists are few).
_alt = functools.lru_cache(maxsize=64)(_alternation)


# Shapes, strongest first: a byline line beats "our reporter" beats "sources told X".
_RANK = {"byline": 3, "dateline": 3, "reporter": 2, "gathering": 2, "exclusive": 2, "told": 1}


def _sentence_start(text: str, i: int) -> int:
    """Start of the sentence holding position i (sentences end at . ! ? ؟ or a line break)."""
    j = max(text.rfind(c, 0, i) for c in ".!?؟\n")
    return j + 1


_COMPILED: dict[int, dict[str, re.Pattern]] = {}
_SPACE = re.compile(r"\s")
# The fixed patterns of `_shape`, compiled once (asked for every medium mention).
_WORDS = re.compile(r"[^\W_]+")
_DASH_AFTER = re.compile(r"\s*[-–—]")
_CLOSE_DASH_AFTER = re.compile(r"\s*\)\s*[-:]")
_TO_ALONE = re.compile(r"(?:^|[^\w])[وف]?ل\s*$|(?<=\s)ل$|^ل$")
_TO_END = re.compile(r"ل$")
_CONJ_END = re.compile(r"[وف]?\s*$")


def _patterns(lex: BylineLexicon) -> dict[str, re.Pattern]:
    """The patterns of `_shape` for one lexicon, compiled once."""
    got = _COMPILED.get(id(lex))
    if got is None:
        w = lex.words
        got = _COMPILED[id(lex)] = {
            "cut": re.compile(rf"(?:(?:ال)?(?:{_alt(w['medium_types'])}))?[\s\"'(]*$"),
            "cited_before": re.compile(rf"(?:^|[^\w])(?:{_alt(w['cited_markers'])})\s*$"),
            "cited": re.compile(rf"{_starts(w['cited_markers'])}(?<!\w)(?:{_alt(w['cited_markers'])})(?!\w)"),
            "reporter": re.compile(rf"(?:^|[^\w])[وفبل]?(?:ال)?({_alt(w['reporter_words'])})\s+(?:ل\s*)?$"),
            "cited_prep": re.compile(rf"(?:^|[^\w])[وف]?(?:{_alt(w['cited_prepositions'])})\s*$"),
            "gathering": re.compile(rf"(?:^|[^\w])[وف]?({_alt(w['gathering_verbs'])})\s+$"),
            "exclusive": re.compile(rf"(?:^|[^\w])({_alt(w['exclusive_words'])})\s*[-:،,]?\s*[لب]\s*$"),
            "exclusive2": re.compile(rf"(?:^|[^\w])({_alt(w['exclusive_words'])})\s+[لب]$"),
            "speech": re.compile(rf"(?<!\w)[وف]?(?:{_alt(w['speech_verbs'] + w['speech_nouns'])})(?!\w)"),
            "byline_words": frozenset(w["byline_words"]),  # type: ignore[dict-item]
            # How far before the end a "cut" match can begin: a kind word and its article.
            "cut_reach": max(map(len, w["medium_types"])) + 2,  # type: ignore[dict-item]
            # The last words a "reporter" or "gathering" match can end with (then spaces).
            "reporter_ends": tuple({x.split()[-1] for x in w["reporter_words"]} | {"ل"}),  # type: ignore[dict-item]
            "gathering_ends": tuple({x.split()[-1] for x in w["gathering_verbs"]}),  # type: ignore[dict-item]
        }
    return got


def _shape(text: str, m, line: tuple[int, int], edge: bool, lex: BylineLexicon,
           dates: list[tuple[int, int]] = ()) -> tuple[str, int, int] | None:
    """How the mention `m` names the publisher: (shape, start, end of the words that
    show it), or None when it is a cited medium or a mere mention."""
    w = lex.words
    P = _patterns(lex)
    before = text[max(line[0], m.start - 80):m.start]
    # Drop a kind word written before the name ("لوكالة ستيب" -> "ل"), keeping the proclitics.
    # Quotes around the name ('ل"شفق نيوز"') and a kind word before it ("لوكالة ستيب")
    # are set aside, keeping the proclitics.
    # (a match ends the text, its kind word, if any, just before the spaces, quotes and
    # brackets that end it: looked for from there)
    q = len(before)
    while q and (before[q - 1].isspace() or before[q - 1] in "\"'("):
        q -= 1
    cut = P["cut"].search(before, max(0, q - P["cut_reach"]))
    bare = before[:cut.start()] + (" " if _SPACE.search(cut.group(0)) else "")
    # The patterns below match at the end of `bare`: one whose last word is not there is not run.
    tail = bare.rstrip()

    # A byline line: the name with only byline words and punctuation around it.
    # The rest of the line, without the dates on it (a dateline "الرياض 25 فبراير 2024 م واس").
    rest = text[line[0]:m.start] + " " + text[m.end:line[1]]
    on_line = [(ds, de) for ds, de in dates if ds < line[1] and de > line[0]]
    if on_line:
        chars = list(rest)
        for ds, de in on_line:
            for i in range(max(ds, line[0]), min(de, line[1])):
                j = i - line[0] if i < m.start else i - line[0] - (m.end - m.start) + 1
                if 0 <= j < len(chars) and not (m.start <= i < m.end):
                    chars[j] = " "
        rest = "".join(chars)
    byline_words = P["byline_words"]
    # (a byline or dateline is a short line: a paragraph that names the medium is neither)
    short_uncited = len(rest) <= 160 and not P["cited"].search(rest)
    if short_uncited:
        rest_words = _WORDS.findall(rest)
        if rest_words and len(rest_words) <= 3 and all(x in byline_words for x in rest_words):
            return "byline", line[0], line[1]
        if edge and len(rest_words) <= 1 and not any(x in w["speech_verbs"] for x in rest_words):
            return "byline", line[0], line[1]
        # A dateline: place, date and the agency ("الرياض 25 فبراير 2024 م واس").
        others = [x for x in rest_words if x not in byline_words]
        dated = any(ds < line[1] and de > line[0] for ds, de in dates)
        if dated and len(others) <= 2 and not any(x in w["speech_verbs"] for x in others):
            return "dateline", line[0], line[1]

    # An agency's dateline led by its own name: "وطنية - صور - الأربعاء ..." (NNA).
    if not text[line[0]:m.start].strip() and (text[m.start:m.end].rstrip().endswith(("-", "–", "—")) or _DASH_AFTER.match(text[m.end:line[1]])) \
            and short_uncited:
        return "dateline", line[0], line[1]

    # A dateline opening a paragraph, the agency last before its dash: "جنين 4-7-2023 وفا- أعلنت ..."،
    # "طهران/ 4 كانون الثاني/ يناير/ إرنا – أعلن ..." (a place and a date before the name, nothing else)
    if m.start - line[0] <= 70 and _DASH_AFTER.match(text, m.end) and m.entry.role == "agency":
        lead = rest[:m.start - line[0]]
        lead_words = _WORDS.findall(lead)
        if 1 <= len(lead_words) <= 4 and any(ds < m.start and de > line[0] for ds, de in dates) \
                and not any(x in w["speech_verbs"] for x in lead_words):
            return "dateline", line[0], m.end

    # A wire dateline: "مقديشو (رويترز) - ...", "كابول (أ ف ب) -".
    # (and with its date: "بابنوسة 22-1-2024 (سونا) –", "تونس 8 مارس 2016 (وات) -": the words
    # before the bracket counted without the date's and without figures)
    if text[line[0]:m.start].rstrip().endswith("(") and _CLOSE_DASH_AFTER.match(text[m.end:line[1]]) \
            and 1 <= len([x for x in _WORDS.findall(rest[:m.start - line[0]]) if not x.isdigit()]) <= 3:
        close = text.index(")", m.end)
        return "dateline", line[0], close + 1

    # "مراسل SY24", "فريق عين الفرات" (not "بحسب مراسل رويترز").
    rep = P["reporter"].search(bare) if tail.endswith(P["reporter_ends"]) else None
    if rep:
        head = text[max(line[0], m.start - 120):m.start - len(bare) + rep.start(1)]
        if not P["cited_prep"].search(head):
            return "reporter", m.start - len(bare) + rep.start(1), m.end

    # "وحصلت SY24 على", "علمت ...".
    gat = P["gathering"].search(bare) if tail.endswith(P["gathering_ends"]) else None
    if gat:
        return "gathering", m.start - len(bare) + gat.start(1), m.end

    # "حصرياً لـ ...", "خاص بـ ...".
    exc = (P["exclusive"].search(bare) or P["exclusive2"].search(bare)) if tail.endswith(("ل", "ب")) else None
    if exc:
        return "exclusive", m.start - len(bare) + exc.start(1), m.end

    # Sources speaking to the outlet: "أفادت مصادر محلية لوكالة ...", "في حديث لـ ...".
    told = tail.endswith("ل") and m.entry.party is None and (
        _TO_ALONE.search(bare, max(0, len(tail) - 3)) or  # (its ل ends `tail`)
        (_TO_END.search(bare) and (len(bare) == 1 or not bare[-2].isalnum() or bare[-2] in "وف")))
    if told and not P["cited_before"].search(_CONJ_END.sub("", bare)):
        start = _sentence_start(text, m.start)
        clause = text[max(start, m.start - 100):m.start]
        cue = P["speech"].search(clause)
        if cue:
            return "told", max(start, m.start - 100) + cue.start(), m.end
    return None


def detect_outlet(article: Article, norm: Normalized, gazetteer, lexicon: BylineLexicon | None = None
                  ) -> tuple[str | None, str | None, str]:
    """(outlet id, the words naming it, basis). Metadata first (a name, id or domain is
    mapped to a gazetteer id where one fits), then the text's own bylines and
    self-references. Related-story lines ("اقرأ أيضاً") are not looked at."""
    lex = lexicon or default_byline_lexicon()
    if article.outlet:
        oid = _gazetteer_id(article.outlet, gazetteer)
        if oid:
            return oid, article.outlet, f"metadata: {article.outlet}"
        return article.outlet, article.outlet, f"metadata: {article.outlet} (not in the gazetteer)"
    if article.url:
        oid = _gazetteer_id(article.url, gazetteer)
        if oid:
            return oid, urlparse(article.url).hostname, f"metadata url: {article.url}"


    text = norm.text
    related = related_spans(text)
    lines = text_lines(text)
    edges = set(lines[:2] + lines[-2:])
    line_starts = [s for s, _ in lines]
    dates = [(e.start, e.end) for e in find_dates(text) if e.kind == "absolute"]
    best: dict[str, list[tuple[int, Any, str, str]]] = {}
    for m in gazetteer.find(text, kinds=MEDIUM):
        if any(s <= m.start < e for s, e in related):
            continue
        k = bisect_right(line_starts, m.start) - 1
        line = lines[k] if k >= 0 and m.start < lines[k][1] else (m.start, m.end)
        got = _shape(text, m, line, line in edges, lex, dates)
        if got:
            best.setdefault(m.entry.id, []).append((_RANK[got[0]], m, got))
    if not best:
        return None, None, "no byline or self-reference in the text names the outlet"
    # Strongest shape; then the outlet named that way most often; then the first.
    oid, hits = max(best.items(), key=lambda kv: (max(h[0] for h in kv[1]), len(kv[1]),
                                                    -min(h[1].start for h in kv[1])))
    _, m, (shape, ws, we) = max(hits, key=lambda h: (h[0], -h[1].start))
    named = " ".join(norm.original_text(m.start, m.end).split())
    return oid, named, f"{shape}: «{' '.join(norm.original_text(ws, we).split())}»"


def _gazetteer_id(value: str, gazetteer) -> str | None:
    """A medium id for a metadata value: an id, a name, or a web address."""
    v = value.strip()
    entry = gazetteer.get(v) if hasattr(gazetteer, "get") else None
    if entry is not None and entry.kind == "medium":
        return entry.id
    f = " ".join(fold(v).split())
    for m in gazetteer.find(f, kinds=MEDIUM):
        if m.end - m.start >= 0.6 * len(f):
            return m.entry.id
    host = urlparse(v if "//" in v else "//" + v).hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "m", "amp", "ar", "arabic")]
    if labels and "." in host:
        site = labels[0].replace("-", "").lower()
        known = _site_keys(gazetteer)
        if site in known.keys or (known.inside is not None and known.inside.search(site)):
            for eid, keys, long_keys in known.media:
                if site in keys or any(k in site for k in long_keys):
                    return eid
    return None


@dataclass(frozen=True)
class _SiteKeys:
    """The keys a site name is compared with: per medium in gazetteer order, its id, its id
    and names in lower case without spaces, dashes, underscores and dots, and those of them
    of four letters or more (which may stand inside a site name); then all of them, and a
    pattern for any of the longer ones (most sites are no medium's: one test says so)."""
    media: list[tuple[str, frozenset[str], tuple[str, ...]]]
    keys: frozenset[str]
    inside: re.Pattern | None


_SITE_KEYS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _site_keys(gazetteer) -> _SiteKeys:
    """Worked out once per gazetteer (for each article it cost a regex per name of every medium)."""
    try:
        got = _SITE_KEYS.get(gazetteer)
    except TypeError:  # a gazetteer that cannot be remembered by (no weak reference)
        got = None
    if got is None:
        media = []
        for entry in (e for e in gazetteer if e.kind == "medium"):
            keys = {entry.id.replace("_", "").lower()} | {re.sub(r"[\s\-_.]", "", n).lower() for n in entry.names}
            media.append((entry.id, frozenset(keys), tuple(k for k in keys if k and len(k) >= 4)))
        longer = sorted({k for _, _, ks in media for k in ks})
        got = _SiteKeys(media, frozenset(k for _, ks, _ in media for k in ks),
                        re.compile("|".join(map(re.escape, longer))) if longer else None)
        try:
            _SITE_KEYS[gazetteer] = got
        except TypeError:
            pass
    return got


def with_outlet(info: ArticleInfo, article: Article, norm: Normalized, gazetteer) -> ArticleInfo:
    """`info` with its outlet filled in by `detect_outlet`."""
    oid, words, _ = detect_outlet(article, norm, gazetteer)
    return replace(info, outlet=oid, outlet_text=words)


__all__ = ["detect_outlet", "with_outlet", "load_byline_lexicon", "default_byline_lexicon", "BylineLexicon"]
