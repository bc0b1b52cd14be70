"""Word lists of the extractor (measures, subjects, attribution) compiled to regular expressions.

The lists live in ar/data/measures.yaml and ar/data/attribution.yaml; this module
validates them (an entry in two classes of one table is an error naming file and
line) and compiles each class to one regex over normalized text, with the Arabic
proclitics (و ف ب ل ك, ال, لل) allowed in front of the first word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from riwaya.text.normalize import fold
from riwaya.yamlio import DataError, line_of, load_yaml

DATA = Path(__file__).resolve().parent / "data"

# Proclitics that may stand before a listed word: conjunction, preposition, article.
_CLITIC = r"(?:(?:و|ف)?(?:بال|كال|لل|ال|ب|ل|ك)?)"


_SUFFIX = r"(?:ه|ها|هم|هما|هن|نا|كم)?"


def pattern(entries: list[str], suffixes: bool = False) -> re.Pattern:
    """One regex matching any of `entries` (pattern syntax of measures.yaml); with
    `suffixes`, a noun may carry a possessive pronoun (جنوده، عناصرها)."""
    alts = []
    for entry in entries:
        words = []
        verb = entry.startswith("=")  # a verb: no article or preposition in front
        if verb:
            entry = entry[1:]
        for k, w in enumerate(fold(entry).split()):
            if k == 0 and w.startswith("ال") and len(w) > 4:
                # the article may merge with a preposition: الوكاله → للوكاله، بالوكاله
                w_rest = w[2:]
                words.append(r"(?:ال|ل)" + (re.escape(w_rest[:-1]) + r"\w*" if w_rest.endswith("*") else re.escape(w_rest)))
                continue
            if w.endswith("*"):
                words.append(re.escape(w[:-1]) + r"\w*")
            else:
                words.append(re.escape(w))
        if suffixes and not words[-1].endswith(r"\w*"):
            words[-1] += _SUFFIX
        alts.append((r"(?<![بلك])" if verb else "") + r"\s+".join(words))
    alts.sort(key=len, reverse=True)
    body = "|".join(alts) if alts else r"(?!x)x"
    return re.compile(rf"(?<!\w){_CLITIC}(?P<w>{body})(?!\w)")


def _table(path: Path, data: Any, key: str) -> dict[str, list[str]]:
    """A mapping class -> list of entries; an entry in two classes is an error."""
    table = data.get(key) if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise DataError(path, line_of(data), f"'{key}' must be a mapping of class to word list")
    owner: dict[str, str] = {}
    for cls, entries in table.items():
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise DataError(path, line_of(table, cls), f"'{key}.{cls}' must be a list of words")
        for e in entries:
            f = fold(e)
            if f in owner and owner[f] != cls:
                raise DataError(path, line_of(table, cls),
                                f"'{e}' is listed under both '{owner[f]}' and '{cls}' in '{key}'")
            owner[f] = cls
    return table


def _list(path: Path, data: Any, key: str) -> list[str]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list) or not all(isinstance(e, str) for e in value):
        raise DataError(path, line_of(data, key), f"'{key}' must be a list of words")
    return value


@dataclass(frozen=True)
class Lexicon:
    """Compiled extractor word lists; built once and passed in (no module state)."""
    triggers: dict[str, re.Pattern]
    priority: tuple[str, ...]
    things: dict[str, re.Pattern]
    shelter_context: re.Pattern
    fronts_context: re.Pattern
    attack_context: re.Pattern
    duals: dict[str, re.Pattern]
    people: dict[str, re.Pattern]
    subject_words: dict[str, re.Pattern]
    own_forces: re.Pattern
    demonyms: dict[str, re.Pattern]
    forces_words: re.Pattern
    group_nisba: dict[str, re.Pattern]
    government_forces: re.Pattern
    state_organs: re.Pattern
    speech_verbs: re.Pattern
    continuations: re.Pattern
    according_to: re.Pattern
    statements: re.Pattern
    anaphors: dict[str, re.Pattern]
    passive: re.Pattern
    distance: re.Pattern
    anonymous: dict[str, re.Pattern]
    reporter: re.Pattern
    resets: re.Pattern
    roles: re.Pattern


def load_lexicon(data_dir: Path = DATA) -> Lexicon:
    mpath, apath = data_dir / "measures.yaml", data_dir / "attribution.yaml"
    m, a = load_yaml(mpath), load_yaml(apath)
    triggers = _table(mpath, m, "triggers")
    priority = tuple(m.get("priority") or ())
    unknown = set(priority) ^ set(triggers)
    if unknown:
        raise DataError(mpath, line_of(m, "priority"), f"priority and triggers disagree on {sorted(unknown)}")

    def compiled(table: dict[str, list[str]], suffixes: bool = False) -> dict[str, re.Pattern]:
        return {k: pattern(v, suffixes) for k, v in table.items()}

    return Lexicon(
        triggers=compiled(triggers),
        priority=priority,
        things=compiled(_table(mpath, m, "things"), suffixes=True),
        shelter_context=pattern(_list(mpath, m, "shelter_context")),
        fronts_context=pattern(_list(mpath, m, "fronts_context")),
        attack_context=pattern(_list(mpath, m, "attack_context")),
        duals=compiled(_table(mpath, m, "duals")),
        people=compiled(_table(mpath, m, "people"), suffixes=True),
        subject_words=compiled(_table(mpath, m, "subject_words")),
        own_forces=pattern(_list(mpath, m, "own_forces")),
        demonyms=compiled(_table(mpath, m, "demonyms")),
        forces_words=pattern(_list(mpath, m, "forces_words")),
        group_nisba=compiled(_table(mpath, m, "group_nisba")),
        government_forces=pattern(_list(mpath, m, "government_forces")),
        state_organs=pattern(_list(apath, a, "state_organs")),
        speech_verbs=pattern(_list(apath, a, "speech_verbs")),
        continuations=pattern(_list(apath, a, "continuations")),
        according_to=pattern(_list(apath, a, "according_to")),
        statements=pattern(_list(apath, a, "statements")),
        anaphors=compiled(_table(apath, a, "anaphors")),
        passive=pattern(_list(apath, a, "passive")),
        distance=pattern(_list(apath, a, "distance")),
        anonymous=compiled(_table(apath, a, "anonymous")),
        reporter=pattern(_list(apath, a, "reporter")),
        resets=pattern(_list(apath, a, "resets")),
        roles=pattern(_list(apath, a, "roles")),
    )


@cache
def default_lexicon() -> Lexicon:
    return load_lexicon()
