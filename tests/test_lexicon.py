"""MultiPattern: several word-list classes scanned in one pass must find what one regex per
class finds (the longest entry at each place, then the class listed first)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from riwaya.ar.lexicon import MultiPattern, default_lexicon, pattern
from riwaya.text.normalize import fold

TABLE = {
    "killed": ["قتيل", "قتلى", "قتلوا", "لقي حتفه", "لقوا حتفهم"],
    "wounded": ["جريح", "جرحى", "اصيب", "اصيبوا بجروح"],
    "casualties": ["قتيل وجريح", "قتلى وجرحى"],
    "captured": ["اعتقل", "اعتقال", "القبض على"],
}
FILLER = ["في", "من", "هجوم", "المدينة", "و", "بين", "قتيلا", "جرحاهم", "امس"]
CLITICS = ["", "و", "ف", "ب", "ل", "ال", "وال", "لل", "بال"]


def _reference(text: str, table: dict[str, list[str]]) -> list[tuple[str, int, int]]:
    """One regex per class, then the longest at each start, leftmost non-overlapping."""
    hits = []
    for rank, (cls, entries) in enumerate(table.items()):
        hits += [(m.start("w"), -(m.end("w") - m.start("w")), rank, cls) for m in pattern(entries).finditer(text)]
    hits.sort()
    out, end = [], -1
    for s, neg_len, _, cls in hits:
        if s >= end:
            out.append((cls, s, s - neg_len))
            end = s - neg_len
    return out


words = st.one_of(st.sampled_from([e for v in TABLE.values() for e in v]), st.sampled_from(FILLER))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLITICS), words), max_size=12),
       st.sampled_from([" ", "  ", "، ", ". "]))
def test_one_pass_finds_what_one_regex_per_class_finds(parts, sep):
    text = fold(sep.join(c + w for c, w in parts))
    assert list(MultiPattern(TABLE).finditer(text)) == _reference(text, TABLE)


def test_longest_entry_wins_across_classes():
    mp = MultiPattern(TABLE)
    assert list(mp.finditer(fold("سقط 5 قتلى وجرحى امس"))) == [("casualties", 6, 16)]
    assert list(mp.finditer(fold("والقبض على 3"))) == [("captured", 1, 10)]


def test_prefix_entries_and_stars():
    mp = MultiPattern({"a": ["هجوم*"], "b": ["هجومين"], "c": ["هجمات"]})
    # both match the whole word: the class listed first wins, as with one regex per class
    assert list(mp.finditer("هجومين")) == [("a", 0, 6)]
    assert list(mp.finditer("وهجمات")) == [("c", 1, 6)]
    assert list(mp.finditer("هجمة")) == []


def test_match_and_search_at_positions():
    mp = MultiPattern(TABLE)
    text = fold("قال إن 4 قتلوا و7 جرحى")
    assert mp.match(text, 9) == ("killed", 9, 14)
    assert mp.match(text, 8) is None
    assert mp.search(text, 0) == ("killed", 9, 14)
    assert mp.search(text, 15) == ("wounded", 18, 22)
    assert mp.search(text, 15, 20) is None


def test_default_lexicon_scans_agree_with_per_class_patterns():
    lex = default_lexicon()
    text = fold("وأفادت مصادر طبية بمقتل 12 شخصاً وإصابة 30 آخرين بجروح، واعتقال 5 مشتبه بهم "
                "وفرار 3 سجناء، ونزوح 200 عائلة، فيما قالت الوزارة إن 4 جنود قتلوا.")
    table = {cls: [] for cls in lex.triggers}
    hits = []
    for rank, (cls, pat) in enumerate(lex.triggers.items()):
        hits += [(m.start("w"), -(m.end("w") - m.start("w")), rank, cls) for m in pat.finditer(text)]
    hits.sort()
    want, end = [], -1
    for s, neg, _, cls in hits:
        if s >= end:
            want.append((cls, s, s - neg))
            end = s - neg
    assert list(lex.trigger_scan.finditer(text)) == want
    assert {c for c, _, _ in want} >= {"killed", "wounded", "captured", "escaped", "displaced"}
    assert table  # every trigger class is scanned


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLITICS), words), max_size=10),
       st.sampled_from([" ", "، ", "."]), st.integers(0, 60), st.integers(0, 60))
def test_scans_from_any_position_match_a_lookbehind_regex(parts, sep, a, b):
    """The scans are led by the character before a word; from any position (and up to any
    end) they must find what the plain `(?<!\\w)` pattern finds there."""
    import re
    mp = MultiPattern(TABLE)
    plain = re.compile(r"(?<!\w)" + mp.regex.pattern[len(r"\W"):])
    text = fold(sep.join(c + w for c, w in parts))
    pos, end = min(a, len(text)), min(len(text), max(a, b))

    def triple(m):
        return (mp._names[m.lastgroup], m.end("cl"), m.end())
    assert list(mp.finditer(text, pos, end)) == [triple(m) for m in plain.finditer(text, pos, end)]
    m = plain.search(text, pos, end)
    assert mp.search(text, pos, end) == (triple(m) if m else None)
    m = plain.match(text, pos)
    assert mp.match(text, pos) == (triple(m) if m else None)


def test_whole_text_scans_find_what_each_table_finds_alone():
    """The whole-text scans join tables whose words never overlap. Any entry of one table
    that another one would also read (a word added to two lists) breaks the join: every
    entry, alone and among the others, must come out of the joined pass as from its own."""
    lex = default_lexicon()
    from riwaya.ar.lexicon import _CUES, DATA, _list, _table
    from riwaya.yamlio import load_yaml
    m, a = load_yaml(DATA / "measures.yaml"), load_yaml(DATA / "attribution.yaml")
    tables = {"cue": {k: _list(DATA, a, key) for k, key in _CUES}, "dual": _table(DATA, m, "duals"),
              "organ": {"organ": _list(DATA, a, "state_organs")}, "trigger": _table(DATA, m, "triggers"),
              "anaphor": _table(DATA, a, "anaphors"), "reporter": {"reporter": _list(DATA, a, "reporter")}}
    alone = {"cue": lex.cue_scan, "dual": lex.dual_scan, "organ": lex.organ_scan, "trigger": lex.trigger_scan,
             "anaphor": lex.anaphor_scan, "reporter": lex.reporter_scan}
    words = [fold(e.lstrip("=").replace("*", "ات")) for t in tables.values() for es in t.values() for e in es]
    texts = [" ".join(words), "، ".join(words)] + [f"وقال إن {w} أمس" for w in words] + \
        [f"و{w} و{v}" for w, v in zip(words, words[1:])]
    for text in texts:
        joined = lex.whole_text_scans(text)
        for name, scan in alone.items():
            assert joined[name] == list(scan.finditer(text)), (name, text[:80])


LEAN_TABLE = {
    "killed": ["قتيل*", "=قتلوا", "لقي حتفه", "لقوا حتفهم", "مقتل"],
    "wounded": ["جريح", "جرحى", "=اصيب", "اصيبوا بجروح"],
    "casualties": ["قتيل وجريح", "قتلى وجرحى", "مقتل واصابه"],
    "people": ["عناصر", "مدني*"],
}
LEAN_WORDS = st.one_of(st.sampled_from([e.lstrip("=").replace("*", "ين") for v in LEAN_TABLE.values() for e in v]),
                       st.sampled_from(FILLER + ["قتيلين", "مدنيون", "عناصرها", "قتيل"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLITICS), LEAN_WORDS), max_size=10),
       st.sampled_from([" ", "، ", "."]), st.integers(0, 60), st.integers(0, 60), st.booleans())
def test_a_lean_scan_finds_what_the_grouped_one_finds(parts, sep, a, b, suffixes):
    """A lean scan runs without the entries' groups and reads each find's class from the
    matched characters: finds and classes must be those of the scan with groups, from any
    position, up to any end (star entries, verbs that take no preposition, suffixes)."""
    grouped, lean = MultiPattern(LEAN_TABLE, suffixes=suffixes), MultiPattern(LEAN_TABLE, suffixes=suffixes, lean=True)
    text = fold(sep.join(c + w for c, w in parts))
    pos, end = min(a, len(text)), min(len(text), max(a, b))
    for _ in range(2):  # (the second time from the memo of classes)
        assert list(lean.finditer(text, pos, end)) == list(grouped.finditer(text, pos, end))
        assert list(lean.finditer(text)) == list(grouped.finditer(text))
        assert lean.search(text, pos, end) == grouped.search(text, pos, end)
        assert lean.match(text, pos) == grouped.match(text, pos)
    assert lean.regex.groups == 1 < grouped.regex.groups  # (only the proclitics' group)
