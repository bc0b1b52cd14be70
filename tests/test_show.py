"""Showing the sheet: terminal tables, the HTML fact sheet, and the exports."""
from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from rich.cells import cell_len
from rich.console import Console

from riwaya import store
from riwaya.commands.export import export
from riwaya.commands.report import write_report
from riwaya.reconcile import reconcile
from riwaya.show import export as ex
from riwaya.show.html import marked_segments, render_html, timeline
from riwaya.show.sample import sample_results, simple_reconcile
from riwaya.show.terminal import figure, render_sheet

# A hand-written sheet in the contract's form: two origins ten times apart, one revised.
SHEET = {
    "articles": [
        {"id": "b1", "outlet": "wakala_a", "published": {"low": "2024-05-02", "high": "2024-05-02", "basis": "اليوم الخميس"}},
        {"id": "b2", "outlet": "sahifa_b", "published": {"low": "2024-05-04", "high": "2024-05-04", "basis": "metadata"}},
    ],
    "incidents": [{
        "id": "inc-wadi", "articles": ["b1", "b2"], "start": "2024-05-01", "places": ["wadi_alhajar"],
        "slots": [{
            "measure": "killed", "subject": "border_guards",
            "origins": [
                {"party": "interior_ministry", "speaker": None, "revised": True,
                 "value": {"low": 6, "high": 6, "qualifier": "exact"},
                 "reports": [
                     {"article": "b1", "value": {"low": 4, "high": 4, "qualifier": "exact"}, "as_of": "2024-05-02",
                      "evidence": {"start": 10, "end": 22, "text": "أربعة من حرس"}},
                     {"article": "b2", "value": {"low": 6, "high": 6, "qualifier": "exact"}, "as_of": "2024-05-04",
                      "evidence": {"start": 0, "end": 12, "text": "ستة من الحرس"}, "via": ["wakala_a"]}]},
                {"party": "armed_group_x", "speaker": "abu_fulan", "revised": False,
                 "value": {"low": 60, "high": None, "qualifier": "more_than"},
                 "reports": [{"article": "b2", "value": {"low": 60, "high": None, "qualifier": "more_than"},
                              "as_of": "2024-05-03", "evidence": {"start": 30, "end": 45, "text": "أكثر من 60 عنصراً"}}]}],
            "conflicts": [[0, 1]],
            "estimate": {"low": 6, "best": 6, "high": 60, "basis": "best = the ministry's latest figure"}}]}],
}
ARTICLES = {
    "b1": {"id": "b1", "title": "هجوم على مخفر", "text": "قالت الوزارة أربعة من حرس الحدود قتلوا فجر اليوم.", "claims": []},
    "b2": {"id": "b2", "title": "ارتفاع الحصيلة", "text": "ستة من الحرس قتلوا وفق الوزارة، بينما قالت الجماعة أكثر من 60 عنصراً.", "claims": []},
}
# the evidence offsets of the sheet, found in the texts above
for _o in SHEET["incidents"][0]["slots"][0]["origins"]:
    for _r in _o["reports"]:
        _ev = _r["evidence"]
        _ev["start"] = ARTICLES[_r["article"]]["text"].index(_ev["text"])
        _ev["end"] = _ev["start"] + len(_ev["text"])


@pytest.mark.parametrize("value, text", [
    ({"low": 12, "high": 12, "qualifier": "exact"}, "12"),
    ({"low": 30, "high": 30, "qualifier": "approx"}, "~30"),
    ({"low": 100, "high": None, "qualifier": "more_than"}, ">100"),
    ({"low": 5, "high": None, "qualifier": "at_least"}, "≥5"),
    ({"low": None, "high": 10, "qualifier": "less_than"}, "<10"),
    ({"low": 20, "high": 25, "qualifier": "range"}, "20–25"),
    ({"low": 20, "high": 99, "qualifier": "vague"}, "20–99 (vague)"),
    ({"low": None, "high": None, "qualifier": "all"}, "all"),
], ids=["exact", "approx", "more_than", "at_least", "less_than", "range", "vague", "all"])
def test_figure_words(value, text):
    assert figure(value) == text


# ---------------------------------------------------------------- terminal

def terminal_text(sheet, incident=None):
    console = Console(width=80, record=True, color_system=None)
    render_sheet(console, sheet, incident)
    return console.export_text()


def test_terminal_fits_80_columns_and_keeps_arabic_unreversed():
    text = terminal_text(simple_reconcile(sample_results()))
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    for line in ("    12 مدنياً", "    نحو 30 آخرين", "    عشرات العائلات"):
        assert line in [x.rstrip() for x in text.splitlines()]  # whole, in order, on a line of its own
    assert "conflict: #0 health_directorate (15) vs #1 police / police_spokesman (9)" in text
    assert "revision by #0 health_directorate" in text
    assert "estimate: low 9 · best 9 · high 15" in text


def test_terminal_hand_written_sheet():
    text = terminal_text(SHEET, "inc-wadi")
    assert "killed · border_guards" in text
    assert ">60" in text and "wakala_a → b2" in text
    assert "conflict: #0 interior_ministry (6) vs #1 armed_group_x / abu_fulan (>60)" in text
    assert max(cell_len(line) for line in text.splitlines()) <= 80


def _with_aside() -> dict:
    """SHEET with one claim of b1 set aside as a year's tally."""
    import copy
    sheet = copy.deepcopy(SHEET)
    text = "قتل 30 من الحرس منذ مطلع العام"
    ARTICLES_ASIDE["b1"]["text"] = ARTICLES["b1"]["text"] + " " + text
    start = ARTICLES_ASIDE["b1"]["text"].index(text)
    sheet["incidents"][0]["set_aside"] = [{
        "measure": "killed", "subject": "border_guards", "party": "interior_ministry", "article": "b1",
        "value": {"low": 30, "high": 30, "qualifier": "exact"}, "as_of": "2024-05-02",
        "evidence": {"start": start, "end": start + len(text), "text": text},
        "reason": "a cumulative total beyond this incident"}]
    sheet["incidents"][0]["consistency"] = [{
        "measure": "killed", "whole": "both_sides", "parts": ["border_guards"], "consistent": False,
        "note": "killed/both_sides (5..5) against its parts border_guards 6..60: inconsistent"}]
    return sheet


ARTICLES_ASIDE = {k: dict(v) for k, v in ARTICLES.items()}


def test_terminal_lists_what_was_set_aside_and_why_and_parts_that_disagree():
    text = terminal_text(_with_aside(), "inc-wadi")
    assert "parts disagree: killed/both_sides (5..5) against its parts" in text
    assert "set aside (1)" in text
    assert "a cumulative total" in text and "interior_ministry →" in text
    assert "    قتل 30 من الحرس منذ مطلع العام" in [x.rstrip() for x in text.splitlines()]
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    assert "set aside" not in terminal_text(SHEET, "inc-wadi")


def test_fact_sheet_lists_what_was_set_aside_with_a_link_to_its_words():
    sheet = _with_aside()
    html = render_html(sheet, ARTICLES_ASIDE)
    assert "parts disagree: killed/both_sides (5..5) against its parts border_guards 6..60" in html
    page = parse(html)
    ev = sheet["incidents"][0]["set_aside"][0]["evidence"]
    anchor = f"ev-b1-{ev['start']}-{ev['end']}"
    assert "aside-inc-wadi" in page.ids and anchor in page.ids and "#" + anchor in page.hrefs
    assert "قتل 30 من الحرس منذ مطلع العام" in page.marks
    assert "a cumulative total beyond this incident" in html
    for href in page.hrefs:
        assert href.startswith("#") and href[1:] in page.ids, href


# ---------------------------------------------------------------- HTML

class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.ids, self.hrefs, self.marks, self._in_mark = [], set(), [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1] += data


def parse(html):
    c = Collector()
    c.feed(html)
    return c


def test_fact_sheet_is_self_contained_rtl_and_links_every_figure():
    html = render_html(SHEET, ARTICLES)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in html
    page = parse(html)
    # nothing fetched from anywhere: no external src/href, no <link>, no <script src>
    assert not [t for t, a in page.tags if t in ("link", "script", "img", "iframe")]
    assert not [h for h in page.hrefs if re.match(r"[a-z]+:", h)]
    # every in-page link lands on an anchor, and each evidence is a <mark>
    for href in page.hrefs:
        assert href.startswith("#") and href[1:] in page.ids, href
    assert {"ev-b1-13-25", "ev-b2-0-12", "ev-b2-51-68"} <= page.ids
    assert page.marks == ["أربعة من حرس", "ستة من الحرس", "أكثر من 60 عنصراً"]
    assert "حادثة" in html and "Incident" in html and "التقدير" in html and "estimate" in html
    assert "best = the ministry&#39;s latest figure" in html


def test_marks_are_exact_evidence_text():
    pieces = marked_segments("x", "ab12cd345", [(2, 4), (6, 9), (3, 7)])
    assert "".join(p["text"] for p in pieces) == "ab12cd345"
    assert [p["text"] for p in pieces if p["mark"]] == ["1", "2", "cd", "3", "45"]
    assert [a for p in pieces for a in p["anchors"]] == ["ev-x-2-4", "ev-x-3-7", "ev-x-6-9"]


def test_timeline_draws_points_and_open_interval_bars():
    t = timeline(SHEET["incidents"][0]["slots"][0])
    ministry, group = t["series"]
    assert [m["kind"] for m in ministry["marks"]] == ["point", "point"]
    assert ministry["marks"][0]["y"] > ministry["marks"][1]["y"]  # 4 below 6 (SVG y grows down)
    assert ministry["marks"][0]["x"] < ministry["marks"][1]["x"]  # 2 May left of 4 May
    assert group["marks"][0]["kind"] == "bar" and group["marks"][0]["open"]
    assert [x["label"] for x in t["ticks_x"]] == ["05-02", "05-03", "05-04"]


HOSTILE = "<script>alert(1)</script><img src=x onerror=\"alert(2)\">\u202eabc"


def test_hostile_article_renders_as_text():
    results = sample_results()
    articles = {r.article.id: {"id": r.article.id, "text": r.article.text, "title": r.article.title,
                               "claims": [c.to_dict() for c in r.claims]} for r in results}
    articles["a3_rassed"]["title"] = HOSTILE
    html = render_html(simple_reconcile(results), articles)
    page = parse(html)
    assert not [t for t, a in page.tags if t in ("script", "img")]
    assert not [a for t, a in page.tags if any(k.startswith("on") for k in a)]
    assert "\u202e" not in html and "[U+202E]" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html  # from the article body


def test_report_from_store_with_the_project_reconciler(tmp_path):
    conn = store.connect(tmp_path / "r.db")
    store.ingest(conn, sample_results(), reconcile=reconcile)
    out = tmp_path / "sheet.html"
    assert write_report(conn, out) >= 1
    page = parse(out.read_text(encoding="utf-8"))
    assert "15 قتيلاً" in page.marks and "نحو 30 آخرين" in page.marks
    assert {h[1:] for h in page.hrefs} <= page.ids


# ---------------------------------------------------------------- exports

@pytest.fixture
def filled(tmp_path):
    conn = store.connect(tmp_path / "e.db")
    store.ingest(conn, sample_results(), reconcile=simple_reconcile)
    yield conn
    conn.close()


def test_ucdp_row_sums_killed_without_counting_children_twice():
    rows = ex.ucdp_rows(simple_reconcile(sample_results()))
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == list(ex.UCDP_COLUMNS)
    assert (row["low"], row["best"], row["high"]) == (9, 9, 15)
    assert row["deaths_civilians"] == 9 and row["side_a"] is None
    assert (row["date_start"], row["date_end"], row["where"]) == ("2023-03-14", "2023-03-15", "tal_alzaytoun")
    assert row["number_of_sources"] == 3


def test_ucdp_sides_put_the_state_first():
    row = ex.ucdp_rows({"incidents": [{"id": "i", "slots": [
        {"measure": "killed", "subject": "isis", "origins": [], "estimate": {"low": 3, "best": 5, "high": 9}},
        {"measure": "killed", "subject": "iraqi_forces", "origins": [], "estimate": {"low": 2, "best": 2, "high": 2}}]}]})[0]
    assert (row["side_a"], row["deaths_a"], row["side_b"], row["deaths_b"]) == ("iraqi_forces", 2, "isis", 5)
    assert (row["low"], row["best"], row["high"]) == (5, 7, 11)


@pytest.mark.parametrize("fmt, what, check", [
    ("jsonl", "claims", lambda t: [json.loads(x)["evidence"]["text"] for x in t.splitlines()][0] == "12 مدنياً"),
    ("csv", "claims", lambda t: next(csv.DictReader(io.StringIO(t)))["evidence_text"] == "12 مدنياً"),
    ("csv", "origins", lambda t: {r["party"] for r in csv.DictReader(io.StringIO(t))} >= {"police", "local_sources"}),
    ("jsonl", "incidents", lambda t: json.loads(t.splitlines()[0])["id"] == "inc_tal_alzaytoun"),
    ("ucdp", "incidents", lambda t: next(csv.DictReader(io.StringIO(t)))["best"] == "9"),
], ids=["claims-jsonl", "claims-csv", "origins-csv", "incidents-jsonl", "ucdp"])
def test_exports(filled, fmt, what, check):
    out = io.StringIO()
    assert export(filled, fmt, what, out) >= 1
    assert check(out.getvalue())


def test_demo_writes_every_output(tmp_path, capsys):
    from pathlib import Path
    from riwaya import cli
    corpus = Path(__file__).resolve().parent.parent / "examples" / "corpus"
    if not any(corpus.glob("*.txt")):
        pytest.skip("examples/corpus is empty")
    out = tmp_path / "out"
    assert cli.main(["demo", str(corpus), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"riwaya serve --db {out / 'riwaya.db'}" in said and "Incidents" in said
    sheet = json.loads((out / "incidents.json").read_text(encoding="utf-8"))
    assert sheet["incidents"] and sheet["articles"]
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    for c in claims:  # every figure points at its own characters
        assert texts[c["article"]][c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]
    rows = list(csv.DictReader(io.StringIO((out / "ucdp.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(sheet["incidents"]) and list(rows[0]) == list(ex.UCDP_COLUMNS)
    page = parse((out / "sheet.html").read_text(encoding="utf-8"))
    assert page.marks and {h[1:] for h in page.hrefs} <= page.ids


def test_a_report_shows_the_stretch_its_figure_counts_over():
    import copy
    sheet = copy.deepcopy(SHEET)
    rep = sheet["incidents"][0]["slots"][0]["origins"][1]["reports"][0]
    rep["period"] = {"low": "2024-05-01", "high": "2024-05-03", "basis": "«خلال اليومين الماضيين»"}
    assert "counts 2024-05-01..2024-05-03" in terminal_text(sheet, "inc-wadi")
    assert "counts</span> <span class=\"id\">2024-05-01..2024-05-03" in render_html(sheet, ARTICLES)
    assert "counts" not in terminal_text(SHEET, "inc-wadi")
