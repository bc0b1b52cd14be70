"""The gazetteer: who and where. Finds parties, organs, speakers, media, places and
anonymous-source groups in normalized text with one Aho-Corasick pass.

Data lives in `data/*.yaml` (one file per kind, see data/README in each file's
header comment); users add or override entries with `Gazetteer.load(extra=[...])`.
Every alias goes through `fold()` at load time, so it matches `normalize(text).text`.

Matching respects Arabic word boundaries:
- a match may carry proclitics before it: و ف (and), ب ل ك (in/for/like) and the
  article ال, or the contracted لل (ل + ال): "لقسد", "وقسد", "بالحسكه", "والتحالف";
- an alias written with the article ("الحسكه") is stored without it and needs an
  article in the text, so "للحسكه" (ل + الحسكه, the alef dropped) matches too;
- a match must not start or end inside a longer word ("قسد" is not in "مقسد"),
  except that entries marked `nisba` may take the relative-adjective endings
  ي / يه / يين / يون ("الداعشيين" → isis).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import ahocorasick
import yaml

from riwaya import yamlio
from riwaya.text.normalize import fold
from riwaya.yamlio import DataError, line_of, load_yaml

DATA_DIR = Path(__file__).parent / "data"
# Default files in load order; a file's top-level `kind` applies to its entries.
DEFAULT_FILES = ("parties.yaml", "groups.yaml", "organs.yaml", "speakers.yaml", "media.yaml", "places.yaml")

KINDS = ("party", "organ", "speaker", "medium", "place", "group")
# Roles of bodies that count and do not fight: the UN and its agencies, the Red Cross and Red
# Crescent societies, medical and rights NGOs, monitors.
INDEPENDENT_ROLES = frozenset({"international_body", "agency", "ngo"})
# Kinds whose entries must name the side they belong to.
_NEEDS_PARTY = {"organ", "speaker"}
_KNOWN_FIELDS = {"kind", "names", "party", "role", "parent", "country", "nisba"}

# Proclitics allowed before a match: (و|ف)? (ب|ل|ك)? (ال)?  or  (و|ف)? لل
_PREFIX = re.compile(r"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)")
# Before an alias stored without its article, the article must be there.
_ARTICLE_PREFIX = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)")
# The same two as sets of every string they match, which _scan looks up (faster than a
# match; tests/test_gazetteer.py checks that they agree).
_PREFIXES = frozenset(a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال")) \
    | frozenset(a + "لل" for a in ("", "و", "ف"))
_ARTICLE_PREFIXES = frozenset(a + b + "ال" for a in ("", "و", "ف") for b in ("", "ب", "ك")) \
    | frozenset(a + "لل" for a in ("", "و", "ف"))
_LONGEST_PREFIX = max(map(len, _PREFIXES | _ARTICLE_PREFIXES))
# Relative-adjective (nisba) endings: داعشي، داعشيه، داعشيين، داعشيون
_NISBA = {"ي", "يه", "يين", "يون", "يان", "يا"}
_ARTICLE = "ال"
_LAM_PREFIXES = {"ل", "ول", "فل"}
# The first word of a place's compound name ("أبو غريب"، "أم قصر"، "بني وليد"): what follows it
# is no place of its own.
_KUNYA = frozenset({"ابو", "ابي", "ابا", "بني", "بنت"})  # (and "ام", two letters)
# A place's name followed by one of these words names an outlet, not the place: "جوبا نيوز"،
# "عدن تايم"، "صنعاء برس" (the media list holds the outlets it knows under their own names).
_OUTLET_AFTER_PLACE = re.compile(r" (?:نيوز|بوست|تايمز|تايم|برس|توداي|تي في|اف ام|اونلاين|ميديا)(?!\w)")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = re.compile(b"[A-Z]")  # (searched in a text's ASCII characters)


@dataclass(frozen=True)
class Entry:
    """One thing with many names: a party, an organ of a party, a speaker, a medium,
    a place, or a group of anonymous sources."""
    id: str
    kind: str                     # party | organ | speaker | medium | place | group
    party: str | None             # the side it belongs to; None for independent media and places
    names: tuple[str, ...]        # as written in the YAML (Arabic and Latin)
    role: str | None = None       # speakers: "spokesman of ..."; media: agency|tv|site|newspaper|platform; organs: ministry|army|police|media_office|...
    parent: str | None = None     # places: the containing place; organs: the party (or the organ above); speakers: their organ
    country: str | None = None    # places, organs and media: the country id (a place id such as "syria")
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        """A value of `extra` by key."""
        for k, v in self.extra:
            if k == key:
                return v
        return default


@dataclass(slots=True)  # not frozen: built by the hundred per article, 5x faster
class Mention:
    """An entry found in normalized text: [start, end) excludes proclitics (و ب ل ...)
    but keeps the article of a name written with it ("الحسكه" in "بالحسكه")."""
    start: int
    end: int
    entry: Entry
    surface: str


@dataclass(frozen=True)
class _Key:
    """What the automaton stores for one folded alias."""
    entry: int           # index into Gazetteer._entries
    length: int          # length of the stored key
    needs_article: bool  # the alias was written with ال, stored without it
    exact: str | None    # a Latin acronym (AFP, SY24) as written: matched case-sensitively
    nisba: bool


@dataclass
class _Draft:
    """An entry while files are merged, with where each part came from."""
    id: str
    fields: dict[str, Any]
    path: str
    line: int | None
    name_lines: list[tuple[str, str, int | None]]  # (name, path, line)
    field_lines: dict[str, tuple[str, int | None]]  # field → (path, line) of its latest value


def _is_acronym(alias: str) -> bool:
    return alias.isascii() and any(c.isalpha() for c in alias) and alias.upper() == alias and len(alias) <= 6


class Gazetteer:
    """Entries by id and an Aho-Corasick automaton over their folded aliases."""

    def __init__(self, entries: Iterable[Entry], shadows: Iterable[str] = ()):
        """`shadows` are phrases that contain a name but do not mean it ("القاعده
        العسكريه", the military base, not al-Qaeda): they win the longest match and
        yield no mention."""
        self._entries: tuple[Entry, ...] = tuple(entries)
        self._by_id = {e.id: e for e in self._entries}
        self.shadows: tuple[str, ...] = tuple(shadows)
        self._automaton = _build_automaton(self._entries, self.shadows)
        self._memo: dict[str, tuple[tuple[int, int, int], ...]] = {}
        self._found: dict[str, list[Mention]] = {}  # find(text) of the last few texts (all kinds)

    # ---- loading -------------------------------------------------------------
    @classmethod
    def load(cls, extra: Iterable[Path | str] = ()) -> "Gazetteer":
        """The default data, with the user's files merged over it in order: an entry
        with a new id is added; one with a known id overrides the fields it gives and
        adds its names to the known ones. Raises DataError naming file and line."""
        drafts: dict[str, _Draft] = {}
        shadows: list[str] = []
        for name in DEFAULT_FILES:
            _read_file(DATA_DIR / name, drafts, shadows, override=False)
        for path in extra:
            _read_file(Path(path), drafts, shadows, override=True)
        return cls(_finish(drafts), shadows)

    # ---- look-up -------------------------------------------------------------
    def get(self, id: str) -> Entry | None:
        return self._by_id.get(id)

    def party_of(self, id: str) -> str | None:
        """The party id of any entry id (a party is its own party)."""
        e = self._by_id.get(id)
        if e is None:
            return None
        return e.party

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, id: object) -> bool:
        return id in self._by_id

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self._entries if e.kind == kind]

    def find(self, norm: str, kinds: set[str] | None = None) -> list[Mention]:
        """Entries mentioned in normalized text `norm` (from `normalize(text).text`):
        longest match wins, matches do not overlap, sorted by position."""
        if not norm:
            return []
        if kinds is None:  # asked by several stages for the same text: remembered (a copy each time)
            got = self._found.get(norm)
            if got is None:
                got = self._find(norm, None)
                if len(self._found) >= 4:
                    self._found.pop(next(iter(self._found)))
                self._found[norm] = got
            return list(got)
        return self._find(norm, kinds)

    def _find(self, norm: str, kinds: set[str] | None) -> list[Mention]:
        if kinds is not None:
            entries = self._entries
            candidates = [c for c in self._candidates(norm) if c[2] < 0 or entries[c[2]].kind in kinds]
        else:
            candidates = list(self._candidates(norm))
        # Longest first, then leftmost; keep those that do not overlap a kept one.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int, int]] = []
        occupied = bytearray(len(norm) + 1)
        for s, e, i in candidates:
            if occupied.find(1, s, e) >= 0:
                continue
            occupied[s:e] = b"\x01" * (e - s)
            taken.append((s, e, i))
        taken.sort()
        return [Mention(s, e, self._entries[i], norm[s:e]) for s, e, i in taken if i >= 0]

    def _candidates(self, norm: str) -> tuple[tuple[int, int, int], ...]:
        """Every alias standing as a word (clitics allowed) in `norm`: (start, end, entry
        index, -1 for a shadow phrase). The last few texts are remembered: the stages of one
        article look up the same text for different kinds."""
        memo = self._memo
        got = memo.get(norm)
        if got is None:
            got = tuple(self._scan(norm))
            if len(memo) >= 4:
                memo.pop(next(iter(memo)))
            memo[norm] = got
        return got

    def _scan(self, norm: str) -> list[tuple[int, int, int]]:
        # length-preserving: only ASCII letters change (most Arabic texts have none to change)
        # (upper-case letters looked for among the ASCII characters alone: three times faster)
        lowered = norm.translate(_ASCII_LOWER) if _ASCII_UPPER.search(norm.encode("ascii", "ignore")) else norm
        candidates: list[tuple[int, int, int]] = []  # (start, end, entry index)
        n = len(norm)
        for last, keys in self._automaton.iter(lowered):
            end = last + 1
            for key in keys:
                kstart = end - key.length
                if key.exact is not None and norm[kstart:end] != key.exact:
                    continue
                # Where the word holding the match begins: the part before it must be proclitics
                # (no longer than _LONGEST_PREFIX: a longer run of letters is no prefix).
                ws = kstart
                lim = kstart - _LONGEST_PREFIX - 1
                while ws > 0 and norm[ws - 1].isalnum():   # (a word character: a letter or a digit)
                    ws -= 1
                    if ws == lim:
                        break
                if ws == lim:
                    continue
                prefix = norm[ws:kstart]
                if key.needs_article:
                    if prefix in _ARTICLE_PREFIXES:
                        start = kstart - (1 if prefix.endswith("لل") else 2)
                    elif lowered.startswith("ل", kstart) and prefix in _LAM_PREFIXES:
                        start = kstart  # لِلّاذقيه: ل + اللاذقيه, three lams written as two
                    else:
                        continue
                else:
                    if prefix not in _PREFIXES:
                        continue
                    start = kstart
                # The word must end with the match, or with a nisba ending for parties.
                we = end
                while we < n and norm[we].isalnum():
                    we += 1
                nisba = we > end
                if nisba and not (key.nisba and norm[end:we] in _NISBA):
                    continue
                # A name written without the article takes one only as a nisba adjective:
                # "الداعشيين" but not "الحماس" (enthusiasm).
                if not key.needs_article and not nisba and prefix.endswith(("ال", "لل")):
                    continue
                if ws > 2 and norm[ws - 1] == " " and (
                        ws > 3 and norm[ws - 4:ws - 1] in _KUNYA and (ws == 4 or not norm[ws - 5].isalnum())
                        or norm[ws - 3:ws - 1] == "ام" and (ws == 3 or not norm[ws - 4].isalnum())) \
                        and key.entry >= 0 and self._entries[key.entry].kind == "place":
                    continue  # "ناحية أبي صيدا" (Abi Saida) is not Sidon, "أم قصر" not a palace town
                if key.entry >= 0 and norm.startswith(" ", we) and _OUTLET_AFTER_PLACE.match(norm, we) \
                        and self._entries[key.entry].kind == "place":
                    continue  # "جوبا نيوز": an outlet's name
                candidates.append((start, end, key.entry))
        return candidates


# ---- building ---------------------------------------------------------------

def _alias_keys(name: str) -> list[tuple[str, bool, str | None]]:
    """(key, needs_article, exact) for one alias as written in YAML. A name of several words is
    also found with the rest after any of its words in quotation marks ('إذاعة "الأندلس"',
    'عملية "البنيان المرصوص"', 'وكالة أنباء "شينخوا"'), as outlets write a body's kind words
    and then its name."""
    folded = " ".join(fold(name).split())
    if not folded:
        return []
    if _is_acronym(folded):
        return [(folded.translate(_ASCII_LOWER), False, folded)]
    folded = folded.translate(_ASCII_LOWER)
    article = folded.startswith(_ARTICLE) and len(folded) > 3
    key = folded[2:] if article else folded
    keys = [(key, article, None)]
    at = key.find(" ")
    while at >= 0:
        keys.append((key[:at] + ' "' + key[at + 1:], article, None))
        at = key.find(" ", at + 1)
    return keys


# Kind words before a body's own name ("منظمة مواطنة لحقوق الإنسان").
_KIND_WORDS = frozenset({"منظمه", "مركز", "مؤسسه", "جمعيه", "شبكه", "هيئه", "لجنه", "مرصد", "رابطه", "اتحاد",
                         "نقابه", "حمله", "مبادره", "فريق"})
# What a rights or aid body is "for" ("للحقوق والحريات"، "لحقوق الإنسان"، "للدراسات").
_PURPOSE = ("للحقوق", "لحقوق", "للحريات", "للدراسات", "لدراسات", "لحمايه", "للتنميه", "للاغاثه", "للتوثيق",
            "لتوثيق", "للرصد", "لرصد", "للعداله", "للسلام", "للبحوث", "للابحاث", "لمناهضه", "للدفاع")


def _quoted_short_name(name: str) -> str | None:
    """The short name a body is called by in quotation marks ('«سام»'، '«مواطنة»'): the first word
    of its own name (after its kind word) where a "for ..." phrase follows it ("سام للحقوق والحريات",
    "مواطنة لحقوق الإنسان"), in quotes; None for other names."""
    words = fold(name).split()
    while words and words[0] in _KIND_WORDS:
        words = words[1:]
    if len(words) < 2 or not words[1].startswith(_PURPOSE) or words[0].startswith("ال") or len(words[0]) < 3 \
            or not words[0].isalpha() or not words[0][0] > "\u0600":
        return None
    return '"' + words[0] + '"'



def _build_automaton(entries: tuple[Entry, ...], shadows: tuple[str, ...]) -> ahocorasick.Automaton:
    table: dict[str, list[_Key]] = {}
    shorts: list[tuple[int, str]] = []  # (entry, '"short name"'): added once every name is in
    for phrase in shadows:
        for key, article, exact in _alias_keys(phrase):
            table.setdefault(key, []).append(_Key(-1, len(key), article, exact, False))
    for i, entry in enumerate(entries):
        nisba = entry.get("nisba") == "true"
        for name in entry.names:
            for key, article, exact in _alias_keys(name):
                keys = table.setdefault(key, [])
                # (a name of several words takes no nisba: "القوات النظامية" is not "قوات النظام")
                k = _Key(i, len(key), article, exact, nisba and " " not in key)
                if all((o.entry, o.needs_article, o.exact) != (i, article, exact) for o in keys):
                    keys.append(k)
            if entry.kind == "party" and (short := _quoted_short_name(name)) is not None:
                shorts.append((i, short))
    for i, short in shorts:
        if any(o.entry >= 0 and entries[o.entry].kind == "place" for o in table.get(short[1:-1], ())):
            continue  # a body's short name that is also a place's ("«سيناء»") is left to the place
        keys = table.setdefault(short, [])
        if all(o.entry != i for o in keys):
            keys.append(_Key(i, len(short), False, None, False))
    automaton = ahocorasick.Automaton()
    for key, keys in table.items():
        automaton.add_word(key, tuple(keys))
    automaton.make_automaton()
    return automaton


if hasattr(yaml, "CSafeLoader"):
    class _FastLoader(yaml.CSafeLoader):  # libyaml's parser with yamlio's checks (duplicates, lines)
        pass
    _FastLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, yamlio._construct_mapping)
else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = None


def _load(path: Path) -> Any:
    """`load_yaml`, five times faster when libyaml is there: the gazetteer must load
    in well under 0.3 s. Any problem is re-read by `load_yaml` for its message."""
    if _FastLoader is None:
        return load_yaml(path)
    try:
        loader = _FastLoader(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return load_yaml(path)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except DataError:
        raise
    except Exception:
        return load_yaml(path)
    finally:
        loader.dispose()


def _read_file(path: Path, drafts: dict[str, _Draft], shadows: list[str], override: bool) -> None:
    data = _load(path)
    if not isinstance(data, dict):
        raise DataError(path, 1, "expected a mapping with 'entries:' (and optionally 'kind:')")
    file_kind = data.get("kind")
    if file_kind is not None and file_kind not in KINDS:
        raise DataError(path, line_of(data, "kind"), f"unknown kind {file_kind!r}; one of {', '.join(KINDS)}")
    more = data.get("shadows") or []
    if not isinstance(more, list) or not all(isinstance(x, str) and x.strip() for x in more):
        raise DataError(path, line_of(data, "shadows"), "'shadows' must be a list of phrases")
    shadows.extend(more)
    entries = data.get("entries")
    if entries is None and more:
        return
    if not isinstance(entries, dict):
        raise DataError(path, line_of(data, "entries") or 1, "missing field 'entries' (a mapping of id to entry)")
    for id_, body in entries.items():
        line = line_of(entries, id_)
        if not isinstance(id_, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", id_):
            raise DataError(path, line, f"bad id {id_!r}: use lower-case snake_case Latin")
        if body is None:
            body = {}
        if not isinstance(body, dict):
            raise DataError(path, line, f"entry {id_!r} must be a mapping")
        fields = {k: v for k, v in body.items()}
        if "kind" not in fields and file_kind:
            fields["kind"] = file_kind
        names = fields.get("names", [])
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise DataError(path, line_of(body, "names") or line, f"entry {id_!r}: 'names' must be a list of non-empty strings")
        name_line = line_of(body, "names") or line
        name_lines = [(n, str(path), name_line) for n in names]
        old = drafts.get(id_)
        if old is not None:
            if not override:
                raise DataError(path, line, f"duplicate id {id_!r} (first in {old.path}:{old.line})")
            merged = dict(old.fields)
            merged.update({k: v for k, v in fields.items() if k != "names"})
            merged["names"] = list(old.fields.get("names", [])) + [n for n in names if n not in old.fields.get("names", [])]
            lines = dict(old.field_lines)
            lines.update({k: (str(path), line_of(body, k) or line) for k in fields})
            drafts[id_] = _Draft(id_, merged, str(path), line, old.name_lines + name_lines, lines)
        else:
            fields["names"] = names
            drafts[id_] = _Draft(id_, fields, str(path), line, name_lines,
                                 {k: (str(path), line_of(body, k) or line) for k in fields})


def _finish(drafts: dict[str, _Draft]) -> list[Entry]:
    """Validate merged drafts (fields, references, aliases) and make entries."""
    for d in drafts.values():
        f = d.fields
        if f.get("kind") not in KINDS:
            what = "missing field 'kind'" if "kind" not in f else f"unknown kind {f['kind']!r}"
            raise DataError(d.path, d.line, f"entry {d.id!r}: {what}; one of {', '.join(KINDS)}")
        if not f.get("names"):
            raise DataError(d.path, d.line, f"entry {d.id!r}: missing field 'names'")
        if f["kind"] in _NEEDS_PARTY and not f.get("party"):
            raise DataError(d.path, d.line, f"entry {d.id!r}: missing field 'party' (a {f['kind']} belongs to a side)")

    sides = {i for i, d in drafts.items() if d.fields["kind"] in ("party", "group")}
    places = {i for i, d in drafts.items() if d.fields["kind"] == "place"}
    for d in drafts.values():
        f = d.fields
        party = f.get("party")
        if party is not None and party not in sides:
            raise DataError(*_where(d, "party"), f"entry {d.id!r}: unknown party {party!r}")
        parent = f.get("parent")
        if parent is not None:
            if parent not in drafts:
                raise DataError(*_where(d, "parent"), f"entry {d.id!r}: unknown parent {parent!r}")
            if f["kind"] == "place" and parent not in places:
                raise DataError(*_where(d, "parent"), f"entry {d.id!r}: parent {parent!r} is not a place")
        country = f.get("country")
        if country is not None and country not in places:
            raise DataError(*_where(d, "country"), f"entry {d.id!r}: unknown country {country!r} (must be a place id)")

    owner: dict[str, tuple[str, str, int | None]] = {}  # folded alias → (id, path, line)
    for d in drafts.values():
        for name, path, line in d.name_lines:
            alias = " ".join(fold(name).split()).translate(_ASCII_LOWER)
            prev = owner.get(alias)
            if prev is not None and prev[0] != d.id:
                raise DataError(path, line, f"alias {name!r} of {d.id!r} already belongs to {prev[0]!r} ({prev[1]}:{prev[2]})")
            owner.setdefault(alias, (d.id, path, line))

    entries = []
    for d in drafts.values():
        f = d.fields
        kind = f["kind"]
        party = f.get("party")
        if kind in ("party", "group") and "party" not in f:
            party = d.id  # a side is its own party; a group may say `party: null` (context decides)
        parent = f.get("parent")
        if kind == "organ" and parent is None:
            parent = party
        nisba = f.get("nisba", kind == "party")
        extra = [(str(k), _as_text(v)) for k, v in f.items() if k not in _KNOWN_FIELDS]
        if nisba:
            extra.append(("nisba", "true"))
        entries.append(Entry(
            id=d.id, kind=kind, party=party, names=tuple(f["names"]),
            role=_as_text(f.get("role")) if f.get("role") is not None else None,
            parent=parent, country=f.get("country"), extra=tuple(extra),
        ))
    return entries


def _where(d: _Draft, key: str) -> tuple[str, int | None]:
    """File and line of a field's latest value."""
    return d.field_lines.get(key) or (d.path, d.line)


def _as_text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    return str(v)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the shipped data, loaded once."""
    return Gazetteer.load()


__all__ = ["Entry", "Mention", "Gazetteer", "default_gazetteer", "DataError", "KINDS", "DATA_DIR"]
