"""Offset-preserving normalization: the first per-article stage.

The original text is never changed. `normalize` returns a copy in which letters
are folded for matching and noise is deleted, together with a map from every
position of the copy back to the original, so any span found in the copy is
reported as `original[start:end]`.

Only two kinds of edit are made, which keeps the map a list of breakpoints:
- one-to-one replacements (alef forms to ا, ى to ي, ة to ه, Arabic-Indic and
  Persian digits to ASCII, curly quotes and guillemets to ", odd spaces to a
  space), done with `str.translate`;
- deletions (tatweel ـ, diacritics, bidi and zero-width controls, and the dots
  and bars that obfuscate a word: داعـ.ـ.ش → داعش).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# One-to-one folds. Keys and values are single characters so lengths never change.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\u3000": " ", "\t": " ",
    "٫": ".", "٬": ",",
    "–": "-", "—": "-",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits
_TABLE = str.maketrans(_FOLD)

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Diacritics, Quranic marks, tatweel, zero-width and bidi controls, soft hyphen, BOM.
_NOISE = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff"
# An obfuscation run: between two Arabic letters, marks such as . _ - | * • with at
# least one tatweel among them (داعـ.ـ.ش), or a lone dot run glued on both sides
# inside a word that tatweel already split (داعـ.ش).
_MARKS = "\u0640.·•*|_\\-\u064b-\u065f"
_OBFUSCATION = rf"(?<=[{_ARABIC_LETTER}])[{_MARKS}]*\u0640[{_MARKS}]*(?=[{_ARABIC_LETTER}])"
# What is deleted: an obfuscation run, else a run of noise; the same as
# rf"{_OBFUSCATION}|[{_NOISE}]+", written to begin with one character class (the first
# character of either), which the regex engine scans for in a fast loop (a lookbehind in
# front makes it try every position: ten times slower). After that character: the run of
# marks from it, preceded by a letter, holding a tatweel (it, or one further on) and
# followed by a letter; or the rest of the noise run.
_DELETE = re.compile(
    rf"[{_MARKS}{_NOISE}](?:(?<=[{_MARKS}])(?<=[{_ARABIC_LETTER}].)(?:(?<=\u0640)|[{_MARKS}]*\u0640)[{_MARKS}]*"
    rf"(?=[{_ARABIC_LETTER}])|(?<=[{_NOISE}])[{_NOISE}]*)")
_TO_FOLD = re.compile("[" + re.escape("".join(_FOLD)) + "]")


def _translate(text: str) -> str:
    """text.translate(_TABLE), faster: str.translate looks every character up in a dict,
    while a text holds only a few distinct characters to fold. Each is replaced all at
    once where it is first found (no folded character is one to fold: lengths and the
    place to look on from stay the same)."""
    m = _TO_FOLD.search(text)
    while m is not None:
        ch = m.group()
        text = text.replace(ch, _FOLD[ch])
        m = _TO_FOLD.search(text, m.start())
    return text


@dataclass(frozen=True)
class Normalized:
    """A normalized copy of a text with the map back to the original."""
    text: str
    original: str
    _positions: tuple[int, ...] = ()  # normalized positions where deletions happened
    _shifts: tuple[int, ...] = ()     # chars deleted before each such position (cumulative)

    def to_original(self, i: int) -> int:
        """Original index of the character at normalized index i (i may be len(text))."""
        k = bisect_right(self._positions, i) - 1
        return i + (self._shifts[k] if k >= 0 else 0)

    def from_original(self, o: int) -> int:
        """The smallest normalized index whose original index is >= o (the inverse of
        to_original; an original index inside deleted characters goes to the next kept one)."""
        pos = self._positions
        n = len(self.text)
        if not pos:
            return o if o < n else n
        # the original index where each run after a deletion begins
        k = bisect_right(self.__dict__.get("_starts") or self._run_starts, o) - 1
        i = o - self._shifts[k] if k >= 0 else o
        if k + 1 < len(pos) and pos[k + 1] < i:
            i = pos[k + 1]
        return i if i < n else n

    @property
    def _run_starts(self) -> tuple[int, ...]:
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = tuple(p + s for p, s in zip(self._positions, self._shifts))
            object.__setattr__(self, "_starts", starts)
        return starts

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalized [start, end): trailing deleted
        characters are left out, the characters deleted inside are kept."""
        # (to_original of start and of end - 1, inlined: asked for every claim and sentence)
        pos = self._positions
        if not pos:
            return (start, start) if end <= start else (start, end)
        shifts = self._shifts
        k = bisect_right(pos, start) - 1
        s = start + shifts[k] if k >= 0 else start
        if end <= start:
            return s, s
        k = bisect_right(pos, end - 1, k + 1) - 1
        return s, (end + shifts[k] if k >= 0 else end)

    def original_text(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


def fold(text: str) -> str:
    """Normalize for matching only (no offsets): what lexicon entries go through."""
    return _DELETE.sub("", _translate(text))


def normalize(text: str) -> Normalized:
    """Normalize `text` for matching, keeping the map back to it."""
    folded = _translate(text)
    positions: list[int] = []
    shifts: list[int] = []
    pieces: list[str] = []
    last = 0
    deleted = 0
    kept = 0
    for m in _DELETE.finditer(folded):
        s, e = m.span()
        if s > last:
            pieces.append(folded[last:s])
            kept += s - last
        deleted += e - s
        positions.append(kept)
        shifts.append(deleted)
        last = e
    if not positions:
        return Normalized(folded, text)
    pieces.append(folded[last:])
    return Normalized("".join(pieces), text, tuple(positions), tuple(shifts))
