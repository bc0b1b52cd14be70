"""Offset-preserving normalization: the copy folds, the map always leads back to the original."""
import pytest
from hypothesis import given, settings, strategies as st

from riwaya.text.normalize import fold, normalize

ROWS = [
    ("tatweel", "داعـــش", "داعش"),
    ("obfuscation dots", "داعـ.ـ.ش", "داعش"),
    ("obfuscation dots 2", "داعـ.ــ.ش", "داعش"),
    ("diacritics", "قُتِلَ", "قتل"),
    ("shadda", "ستّة", "سته"),
    ("alef hamza above", "أكثر", "اكثر"),
    ("alef hamza below", "إصابة", "اصابه"),
    ("alef madda", "آلاف", "الاف"),
    ("alef maqsura", "على", "علي"),
    ("taa marbuta", "قرابة", "قرابه"),
    ("arabic-indic digits", "٢٣", "23"),
    ("persian digits", "۱۵", "15"),
    ("curly quotes", "“قسد”", '"قسد"'),
    ("guillemets", "«داعش»", '"داعش"'),
    ("non-breaking space", "27\u00a0شخصا", "27 شخصا"),
    ("zero-width joiner", "قس\u200dد", "قسد"),
    ("rtl mark", "\u200fقسد", "قسد"),
    ("tanween", "عنصراً", "عنصرا"),
    ("dot between words kept", "السجن. وقال", "السجن. وقال"),
    ("decimal kept", "1.5 مليون", "1.5 مليون"),
]


@pytest.mark.parametrize("name,original,expected", ROWS, ids=[r[0] for r in ROWS])
def test_fold_table(name, original, expected):
    assert normalize(original).text == expected
    assert fold(original) == expected


def test_span_maps_back_through_deletions():
    text = "قال مصدر من داعـ.ــ.ش إنّ ٢٣ عنصراً قتلوا"
    n = normalize(text)
    i = n.text.index("داعش")
    s, e = n.span(i, i + 4)
    assert text[s:e] == "داعـ.ــ.ش"
    i = n.text.index("23")
    s, e = n.span(i, i + 2)
    assert text[s:e] == "٢٣"


alphabet = st.sampled_from(list("قسداعشـ.ًٌٍَُِّْأإآىة٠١٢٣0123 \n“”«»\u200f\u00a0مكلي"))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet, max_size=80))
def test_every_normalized_char_maps_to_its_fold(text):
    n = normalize(text)
    for i, ch in enumerate(n.text):
        o = n.to_original(i)
        assert 0 <= o < len(text)
        # the original char folds to the normalized one
        assert fold(text[o]) == ch


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet, max_size=80), st.data())
def test_spans_are_monotonic_and_inside(text, data):
    n = normalize(text)
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text)))
    b = data.draw(st.integers(a, len(n.text)))
    s, e = n.span(a, b)
    assert 0 <= s <= e <= len(text)
    # the original span folds back to the normalized span
    if b > a:
        assert fold(text[s:e]) == n.text[a:b]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet, max_size=80), st.data())
def test_from_original_inverts_to_original(text, data):
    n = normalize(text)
    o = data.draw(st.integers(0, len(text)))
    want = next((i for i in range(len(n.text) + 1) if n.to_original(i) >= o), len(n.text))
    assert n.from_original(o) == want


def test_delete_pattern_matches_its_plain_form():
    # _DELETE is rf"{_OBFUSCATION}|[{_NOISE}]+" rewritten to begin with a character class
    import random
    import re

    from riwaya.text import normalize as nz
    plain = re.compile(rf"{nz._OBFUSCATION}|[{nz._NOISE}]+")
    alphabet = list("دعشا .·•*|_-x\n") + ["\u0640", "\u064b", "\u0650", "\u0670", "\u200b", "\u06d6", "\u2066",
                                          "\ufeff", "\u00ad", "\u0671"]
    rng = random.Random(7)
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in nz._DELETE.finditer(t)] == [m.span() for m in plain.finditer(t)], t
