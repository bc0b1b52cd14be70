"""The extraction phrase tables (tests/data/extract_table*.yaml): one Arabic phrase per
phenomenon and the claims riwaya.extract must find in it."""
from __future__ import annotations

from pathlib import Path

import pytest

from riwaya.model import MEASURES, QUALIFIERS
from riwaya.yamlio import load_yaml

TABLES = sorted((Path(__file__).parent / "data").glob("extract_table*.yaml"))
ROWS: list[dict] = [row for table in TABLES for row in load_yaml(table)]
CLAIM_KEYS = {"measure", "subject", "low", "high", "qualifier", "party", "speaker", "via"}
ROW_KEYS = {"name", "text", "expect", "known_gap", "outlet"}  # outlet: the publisher's id, when the row needs one


@pytest.fixture(scope="module")
def extract():
    module = pytest.importorskip(
        "riwaya.extract", reason="riwaya.extract is not written yet: the phrase table waits for it")
    return module.extract


def _param(row: dict):
    marks = []
    if row.get("known_gap"):
        # Set by the project lead for phrases the extractor does not handle yet.
        marks.append(pytest.mark.xfail(reason="known gap", strict=False))
    return pytest.param(row, id=row["name"], marks=marks)


def _accepted(party) -> set[str]:
    return set(party) if isinstance(party, list) else {party}


def _value_ok(want: dict, got) -> bool:
    """Vague words are checked by overlap of intervals, as shared/tools/score_claims.py
    does; every other value must be equal."""
    if want["qualifier"] != got.qualifier:
        return False
    if want["qualifier"] == "vague":
        return (got.low is not None and got.low <= want["high"]
                and (got.high is None or got.high >= want["low"]))
    return (got.low, got.high) == (want["low"], want["high"])


def _matches(want: dict, claim) -> bool:
    if claim.measure != want["measure"] or claim.subject != want["subject"]:
        return False
    if not _value_ok(want, claim.value) or claim.source.party not in _accepted(want["party"]):
        return False
    if "speaker" in want and claim.source.speaker != want["speaker"]:
        return False
    if "via" in want and list(claim.source.via) != list(want["via"]):
        return False
    return True


def _show(claims) -> str:
    return "\n".join(
        f"  {c.measure}/{c.subject} {c.value.qualifier} {c.value.low}..{c.value.high} "
        f"party={c.source.party} speaker={c.source.speaker} via={list(c.source.via)} «{c.text}»"
        for c in claims) or "  (nothing)"


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_phrase(row, extract):
    text = row["text"]
    claims = extract(text, article_id="t", outlet=row.get("outlet"))
    for c in claims:  # the original text is sacred: evidence points into it exactly
        assert text[c.evidence.start:c.evidence.end] == c.text
    if not row["expect"]:
        assert claims == [], f"a non-claim gave claims:\n{_show(claims)}"
        return
    for want in row["expect"]:
        assert any(_matches(want, c) for c in claims), (
            f"missing {want}\nfound:\n{_show(claims)}")


# The table itself: checked even before riwaya.extract exists.

def test_table_is_large_and_names_are_unique():
    names = [r["name"] for r in ROWS]
    assert len(names) >= 120
    assert len(set(names)) == len(names)


def test_table_covers_every_measure():
    found = {c["measure"] for r in ROWS for c in r["expect"]}
    assert set(MEASURES) <= found, sorted(set(MEASURES) - found)


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_table_row_is_well_formed(row):
    assert set(row) <= ROW_KEYS and {"name", "text", "expect"} <= set(row)
    assert isinstance(row["text"], str) and row["text"].strip()
    assert row.get("known_gap") in (None, True, False)
    for c in row["expect"]:
        assert set(c) <= CLAIM_KEYS and {"measure", "subject", "low", "high", "qualifier", "party"} <= set(c)
        assert c["measure"] in MEASURES
        assert c["qualifier"] in QUALIFIERS
        lo, hi, q = c["low"], c["high"], c["qualifier"]
        if q in ("exact", "approx"):
            assert lo == hi and isinstance(lo, int)
        elif q in ("more_than", "at_least"):
            assert isinstance(lo, int) and hi is None
        elif q in ("less_than", "at_most"):
            assert lo is None and isinstance(hi, int)
        elif q in ("range", "vague"):
            assert isinstance(lo, int) and isinstance(hi, int) and lo < hi
        else:  # all, most, some
            assert lo is None and hi is None
        assert isinstance(c["party"], (str, list)) and c["party"]
        if "via" in c:
            assert isinstance(c["via"], list)
