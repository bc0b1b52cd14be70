"""Word lists of the extractor (measures, subjects, attribution) compiled to regular expressions.

The lists live in ar/data/measures.yaml and ar/data/attribution.yaml; this module
validates them (an entry in two classes of one table is an error naming file and
line) and compiles each class to one regex over normalized text, with the Arabic
proclitics (و ف ب ل ك, ال, لل) allowed in front of the first word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from riwaya.text.normalize import fold
from riwaya.yamlio import DataError, line_of, load_yaml

DATA = Path(__file__).resolve().parent / "data"

# Proclitics that may stand before a listed word: conjunction, preposition, article. An
# optional run of several letters is written as a branch with an empty last choice, "(?:ال|)",
# not "(?:ال)?": it matches the same, in the same order, and the regex engine tries a branch
# of literals far faster than a repeat of a group (a tenth less time for each word-list scan).
# The choices are grouped by their first letter (بال then ب, لل then ل: the order they had in
# the flat list, where choices with different first letters never both fit), so that a word
# that opens with none of them is turned away by a few letter tests.
_CLITIC = r"(?:(?:و|ف|)(?:ب(?:ال|)|ك(?:ال|)|ل(?:ل|)|ال|))"


_SUFFIX = r"(?:ه|ها|هم|هما|هن|نا|كم|ا|)"  # pronouns, and the accusative alif (مخيماً)
# The empty group that ends an entry in a MultiPattern and names its class ("(?P<c12>)").
_LEAF_GROUP = re.compile(r"\(\?P<c\d+>\)")


def _tokens(entry: str, suffixes: bool = False) -> list[str]:
    """One entry (pattern syntax of measures.yaml) as a list of regex pieces."""
    toks: list[str] = []
    if entry.startswith("="):  # a verb: no article or preposition in front
        toks.append(r"(?<![بلك])")
        entry = entry[1:]
    for k, w in enumerate(fold(entry).split()):
        if k:
            toks.append(r"\s+")
        star = w.endswith("*")
        w = w[:-1] if star else w
        if k == 0 and w.startswith("ال") and len(w) + star > 4:
            # the article may merge with a preposition: الوكاله → للوكاله، بالوكاله
            toks.append(r"(?:ال|ل)")
            w = w[2:]
        toks.extend(re.escape(c) for c in w)
        if star:
            toks.append(r"\w*")
    if suffixes and toks and toks[-1] != r"\w*":
        toks.append(_SUFFIX)
    return toks


def pattern(entries: list[str], suffixes: bool = False) -> re.Pattern:
    """One regex matching any of `entries` (pattern syntax of measures.yaml); with
    `suffixes`, a noun may carry a possessive pronoun (جنوده، عناصرها)."""
    alts = ["".join(_tokens(e, suffixes)) for e in entries]
    alts = [a for a in alts if a]
    alts.sort(key=len, reverse=True)
    body = "|".join(alts) if alts else r"(?!x)x"
    return re.compile(rf"(?<!\w){_CLITIC}(?P<w>{body})(?!\w)")


class MultiPattern:
    """The word lists of several classes in one regex, so that one pass over the text
    finds them all. The entries are merged into a trie (common beginnings are tried
    once); at each place the longest entry wins, then the class listed first. Yields
    (class, start, end) of the word without its proclitics, like `pattern`'s group w."""

    def __init__(self, classes: dict[str, list[str]], suffixes: bool = False, lean: bool = False):
        self._lean = lean
        root: dict = {}
        stems: set[str] = set()
        for rank, (cls, entries) in enumerate(classes.items()):
            for entry in entries:
                node = root
                toks = _tokens(entry, suffixes)
                for tok in toks:
                    node = node.setdefault(tok, {})
                node.setdefault("", (rank, cls))  # an entry in two classes: the first listed
                stems.add(_stem(toks))
        # A short list whose every entry holds one of a few letter runs ("مراسل") is looked for
        # only in texts that hold one of them: a substring test costs far less than a scan.
        stems = {x for x in stems if not any(y != x and y in x for y in stems)}
        self._gate = tuple(sorted(stems)) if stems and len(stems) <= 6 and min(map(len, stems)) >= 3 else ()
        self._names: dict[str, str] = {}
        body = self._emit(root) if root else r"(?!x)x"
        # Led by the non-letter before the word (where `(?<!\w)` would look): a pattern that
        # starts with a character class lets the regex engine skip the letters inside words in
        # a fast loop. A word at the very start of a text has no such character: the text is
        # then read with a space in front (see _at).
        self._source = rf"\W(?P<cl>{_CLITIC}){body}(?!\w)"
        self._memo: dict[str, str] = {}

    def __getattr__(self, name: str):
        # `regex`, the compiled pattern, is compiled on first use (a scan joined into a larger
        # one for whole texts may never be used alone) and is a plain attribute after that.
        # A `lean` scan (one over whole texts, with many finds) runs without the entries' empty
        # groups: a match object holds a slot for every group of its pattern (hundreds here),
        # made and filled at each find; the class of a find is then read once per matched
        # string (_class_of), at the cost of a second pattern to compile.
        if name == "regex":
            self.regex = re.compile(_LEAF_GROUP.sub("", self._source) if self._lean else self._source)
            return self.regex
        if name == "_classified":  # the pattern with the groups that say which entry matched
            self._classified = re.compile(self._source) if self._lean else self.regex
            return self._classified
        if name == "_classes":
            # the class of each group number (m.lastindex: an index costs less than a name)
            classes: list = [None] * (self._classified.groups + 1)
            for group, index in self._classified.groupindex.items():
                classes[index] = self._names.get(group)
            self._classes = classes
            return classes
        if name == "_tables":  # class -> (table, class), for split_into
            self._tables = {cls: tuple(cls.split("|", 1)) for cls in self._names.values() if "|" in cls}
            return self._tables
        raise AttributeError(name)

    def _class_of(self, m: re.Match) -> str:
        """The class of a find of `regex`: that of the entry the grouped pattern takes on the
        same characters (it takes the same path through the same alternatives, to the same
        end; past that end it sees nothing, as no path of a find could need more)."""
        if not self._lean:
            return self._classes[m.lastindex]
        key = m.string[m.start():m.end()]
        cls = self._memo.get(key)
        if cls is None:
            if len(self._memo) > 100_000:
                self._memo.clear()  # (words of a star entry, "قتل*", are many; the memo stays small)
            cls = self._memo[key] = self._classes[self._classified.match(key).lastindex]
        return cls

    def _emit(self, node: dict) -> str:
        kids = [(k, v) for k, v in node.items() if k != ""]
        kids.sort(key=lambda kv: _order(kv[0], kv[1]))
        parts = [k + self._emit(v) for k, v in kids]
        if "" in node:  # an entry ends here: an empty named group says which class
            name = f"c{len(self._names)}"
            self._names[name] = node[""][1]
            parts.append(f"(?P<{name}>)")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    def _at(self, text: str, pos: int, endpos: int):
        """The entry (with its proclitics) beginning at pos, as a match and the shift of its
        offsets (1 when the text was read with a space in front)."""
        if pos > 0:
            return self.regex.match(text, pos - 1, endpos), 0
        return self.regex.match(" " + text, 0, endpos + 1), 1

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        # (group 1 is the proclitics, "cl")
        endpos = len(text) if endpos is None else endpos
        if self._gate and all(text.find(g, pos, endpos) < 0 for g in self._gate):
            return
        if pos == 0:
            m, shift = self._at(text, 0, endpos)
            if m is not None:
                yield self._class_of(m), m.end(1) - shift, m.end() - shift
                pos = m.end() - shift
        else:
            pos -= 1  # the character before pos leads a word that begins at pos
        class_of = self._class_of
        for m in self.regex.finditer(text, pos, endpos):
            yield class_of(m), m.end(1), m.end()

    def match(self, text: str, pos: int = 0) -> tuple[str, int, int] | None:
        """The entry (with its proclitics) that begins exactly at pos, or None."""
        if pos > 0:  # (_at's first case, inline: most calls)
            m = self.regex.match(text, pos - 1)
            return (self._class_of(m), m.end(1), m.end()) if m else None
        m, shift = self._at(text, pos, len(text))
        return (self._class_of(m), m.end(1) - shift, m.end() - shift) if m else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[str, int, int] | None:
        """The first entry of any class in text[pos:endpos], or None."""
        endpos = len(text) if endpos is None else endpos
        if pos == 0:
            m, shift = self._at(text, 0, endpos)
            if m is not None:
                return self._class_of(m), m.end(1) - shift, m.end() - shift
        m = self.regex.search(text, max(0, pos - 1), endpos)
        return (self._class_of(m), m.end(1), m.end()) if m else None

    def split_into(self, text: str, out: dict[str, list[tuple[str, int, int]]]) -> None:
        """finditer over a whole text for a scan whose classes are "table|class": each find
        appended as (class, start, end) to out[table]."""
        split = self._tables
        for cls, a, b in self.finditer(text):  # (finditer looks at the gate)
            table, name = split[cls]
            out[table].append((name, a, b))


def _stem(toks: list[str]) -> str:
    """The letters every match of an entry holds: its first literal run (after a verb's
    lookbehind and an article that may merge with a preposition)."""
    out = []
    for tok in toks:
        if tok.startswith("(?<!") or tok == r"(?:ال|ل)":
            if out:
                break
            continue
        if len(tok) == 1 and tok.isalpha():
            out.append(tok)
        else:
            break
    return "".join(out)


class _Patterns(dict):
    """Class -> regex of its word list, each compiled when first asked for (several lists
    are only scanned together, and a start-up compiles what a run uses)."""

    def __init__(self, table: dict[str, list[str]], suffixes: bool):
        super().__init__({k: None for k in table})
        self._table, self._suffixes = table, suffixes

    def __getitem__(self, key: str) -> re.Pattern:
        got = super().__getitem__(key)
        if got is None:
            got = pattern(self._table[key], self._suffixes)
            super().__setitem__(key, got)
        return got

    def get(self, key, default=None):
        return self[key] if key in self else default

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]


def _order(token: str, node: dict) -> tuple[int, int]:
    """Alternatives that can run over more words first (every entry ends at a word's end,
    so more words is longer), then the class listed first."""
    words, rank = _reach(node)
    return -(words + (token == r"\s+")), rank


def _reach(node: dict) -> tuple[int, int]:
    """(most words still to come after this node, best class rank among the entries that
    reach that far)."""
    best = (0, node[""][0]) if "" in node else (-1, 1 << 30)
    for tok, kid in node.items():
        if tok == "":
            continue
        words, rank = _reach(kid)
        words += tok == r"\s+"
        if words > best[0] or (words == best[0] and rank < best[1]):
            best = (words, rank)
    return best


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
    report_only_with_an: re.Pattern
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
    # The same lists, several classes in one pass (MultiPattern), for the scans of a whole text.
    trigger_scan: MultiPattern
    dual_scan: MultiPattern
    anonymous_scan: MultiPattern
    anaphor_scan: MultiPattern
    cue_scan: MultiPattern      # distance, reset, verb, according, passive, continuation, statement
    noun_scan: MultiPattern     # things ("thing:<class>") and people ("people:<class>"), things first
    subject_scan: MultiPattern
    complement_scan: MultiPattern
    # The whole-text scans, several tables to a pass where their words never overlap (see
    # whole_text_scans; a test checks that every entry of one is unseen by the others).
    text_scans: tuple[MultiPattern, ...]
    demonym_scan: MultiPattern
    nisba_scan: MultiPattern
    organ_scan: MultiPattern
    reporter_scan: MultiPattern
    # Statements that name their platform ("في تغريدة": on Twitter): platform id -> words.
    platform_statements: dict[str, re.Pattern] = field(default_factory=dict)
    # Nouns a continuation participle describes as an adjective ("أسر مضيفة": host families).
    host_nouns: re.Pattern | None = None

    def compile_all(self) -> None:
        """Compile every pattern now, not on first use: before worker processes are forked, so
        that they inherit them instead of each compiling its own (a run of a thousand articles
        asks for some 150 of them, most after its first articles)."""
        for f in fields(self):
            value = getattr(self, f.name)
            for v in value if isinstance(value, tuple) else (value,):
                if isinstance(v, _Patterns):
                    v.values()
                elif isinstance(v, MultiPattern):
                    v.regex, v._classes, v._tables  # (_classes asks for _classified)

    def whole_text_scans(self, text: str) -> dict[str, list[tuple[str, int, int]]]:
        """What the cue, dual, organ, trigger, anaphor and reporter scans each find in a whole
        text, in two passes instead of six (the class names carry their table: "cue|verb")."""
        out: dict[str, list[tuple[str, int, int]]] = {"cue": [], "dual": [], "organ": [], "trigger": [],
                                                      "anaphor": [], "reporter": []}
        for scan in self.text_scans:
            scan.split_into(text, out)
        return out


def load_lexicon(data_dir: Path = DATA) -> Lexicon:
    mpath, apath = data_dir / "measures.yaml", data_dir / "attribution.yaml"
    m, a = load_yaml(mpath), load_yaml(apath)
    triggers = _table(mpath, m, "triggers")
    priority = tuple(m.get("priority") or ())
    unknown = set(priority) ^ set(triggers)
    if unknown:
        raise DataError(mpath, line_of(m, "priority"), f"priority and triggers disagree on {sorted(unknown)}")

    def compiled(table: dict[str, list[str]], suffixes: bool = False) -> dict[str, re.Pattern]:
        return _Patterns(table, suffixes)

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
        report_only_with_an=pattern(_list(apath, a, "report_only_with_an")),
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
        trigger_scan=MultiPattern(triggers, lean=True),
        noun_scan=MultiPattern({**{f"thing:{k}": v for k, v in _table(mpath, m, "things").items()},
                                **{f"people:{k}": v for k, v in _table(mpath, m, "people").items()}},
                               suffixes=True, lean=True),
        subject_scan=MultiPattern(_table(mpath, m, "subject_words")),
        # every word list that says whose people after a counted noun, for one presence check
        text_scans=(
            MultiPattern({f"{name}|{cls}": entries for name, table in (
                ("cue", {kind: _list(apath, a, key) for kind, key in _CUES}),
                ("dual", _table(mpath, m, "duals")),
                ("organ", {"organ": _list(apath, a, "state_organs")})) for cls, entries in table.items()}, lean=True),
            MultiPattern({f"{name}|{cls}": entries for name, table in (
                ("trigger", triggers), ("anaphor", _table(apath, a, "anaphors")),
                ("reporter", {"reporter": _list(apath, a, "reporter")})) for cls, entries in table.items()}, lean=True),
        ),
        complement_scan=MultiPattern({
            "subject": [e for v in _table(mpath, m, "subject_words").values() for e in v],
            "own_forces": _list(mpath, m, "own_forces"),
            "demonym": [e for v in _table(mpath, m, "demonyms").values() for e in v],
            "nisba": [e for v in _table(mpath, m, "group_nisba").values() for e in v],
            "government_forces": _list(mpath, m, "government_forces")}),
        demonym_scan=MultiPattern(_table(mpath, m, "demonyms"), lean=True),
        nisba_scan=MultiPattern(_table(mpath, m, "group_nisba")),
        organ_scan=MultiPattern({"organ": _list(apath, a, "state_organs")}),
        reporter_scan=MultiPattern({"reporter": _list(apath, a, "reporter")}),
        dual_scan=MultiPattern(_table(mpath, m, "duals")),
        anonymous_scan=MultiPattern(_table(apath, a, "anonymous"), lean=True),
        anaphor_scan=MultiPattern(_table(apath, a, "anaphors")),
        cue_scan=MultiPattern({kind: _list(apath, a, key) for kind, key in _CUES}),
        platform_statements=compiled(_table(apath, a, "platform_statements")),
        host_nouns=pattern(_list(apath, a, "host_nouns")),
    )


# Attribution cues of a sentence, by kind (the first listed wins an entry in two lists).
_CUES = (("distance", "distance"), ("reset", "resets"), ("passive", "passive"), ("verb", "speech_verbs"),
         ("according", "according_to"), ("continuation", "continuations"),
         ("statement", "statements"))


@cache
def default_lexicon() -> Lexicon:
    return load_lexicon()
