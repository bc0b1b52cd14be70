"""Reconciliation across articles: scenarios of several outlets (tests/data/reconcile/scenarios.yaml)
and properties that must hold for any input."""
from __future__ import annotations

import copy
import dataclasses
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, Source, Span, Value
from riwaya.reconcile import cluster, reconcile
from riwaya.reconcile.inputs import shingles
from riwaya.reconcile.relations import agree, interval, tolerance
from riwaya.yamlio import load_yaml

SCENARIOS = load_yaml(Path(__file__).parent / "data" / "reconcile" / "scenarios.yaml")
VAGUE = {"dozens": (20, 99), "hundreds": (200, 999)}


def value(text: str) -> Value:
    words = text.split()
    if text in VAGUE:
        return Value(*VAGUE[text], "vague")
    if text == "some":
        return Value(None, None, "some")
    if ".." in text:
        lo, hi = map(int, text.split(".."))
        return Value(lo, hi, "range")
    n = int(words[-1])
    qualifier = {"about": "approx", "more": "more_than", "at": "at_least"}.get(words[0], "exact")
    return Value(n, n if qualifier in ("exact", "approx") else None, qualifier)


def article_result(a: dict) -> ArticleResult:
    text = a["text"]
    claims = []
    for c in a.get("claims", []):
        start = text.index(c["text"])
        as_of = DayRange(c["as_of"], c["as_of"]) if c.get("as_of") else None
        claims.append(Claim(a["id"], c["m"], c.get("s"), value(c["v"]),
                            Source(c["by"], c.get("speaker"), tuple(c.get("via", ()))),
                            Span(start, start + len(c["text"])), c["text"],
                            where=c.get("where", "body"), context=c.get("context"), as_of=as_of))
    info = ArticleInfo(a["id"], a.get("outlet"), None, DayRange(a["published"], a["published"], "fixture"),
                       places=tuple(a.get("places", ())), parties=tuple(a.get("parties", ())))
    return ArticleResult(Article(a["id"], text), info, tuple(claims), shingles(text))


def scenario(name: str) -> list[ArticleResult]:
    return [article_result(a) for a in SCENARIOS[name]["articles"]]


def slot(sheet: dict, measure: str, subject: str | None) -> dict:
    found = [s for inc in sheet["incidents"] for s in inc["slots"]
             if s["measure"] == measure and s["subject"] == subject]
    assert len(found) == 1, f"{measure}/{subject}: {len(found)} slots"
    return found[0]


def origin(s: dict, party: str, speaker: str | None = None) -> tuple[int, dict]:
    found = [(i, o) for i, o in enumerate(s["origins"]) if o["party"] == party
             and (speaker is None or o["speaker"] == speaker)]
    assert len(found) == 1, f"{party}/{speaker}: {len(found)} origins"
    return found[0]


# --- relations: the interval each hedge allows ---------------------------------------

@pytest.mark.parametrize("a, b, expected", [
    ("about 80", "dozens", True),
    ("about 80", "800", False),
    ("more than 100", "about 300", True),
    ("more than 7", "7", False),
    ("at least 7", "7", True),
    ("20..30", "25", True),
    ("20..30", "hundreds", False),
    ("17", "200", False),
    ("some", "200", None),
], ids=["about-vs-dozens", "about-vs-tenfold", "open-vs-about", "more-than-excludes-itself",
        "at-least-includes-itself", "range-holds", "range-vs-hundreds", "exact-tenfold", "no-figure"])
def test_agreement_of_two_figures(a, b, expected):
    assert agree(value(a), value(b)) is expected


@pytest.mark.parametrize("n, tol", [(80, 9), (300, 30), (20, 4), (1, 1)], ids=["80", "300", "20", "1"])
def test_about_n_tolerance_is_the_larger_of_ten_percent_and_root(n, tol):
    assert tolerance(n) == tol
    assert interval(Value(n, n, "approx")) == (max(0, n - tol), n + tol)


# --- scenarios --------------------------------------------------------------------------

def test_echo_across_three_outlets_is_one_origin_with_three_reports():
    s = slot(reconcile(scenario("echo_three_outlets")), "killed", "civilians")
    assert (s["n_origins"], s["n_reports"]) == (1, 3)
    assert sorted(r["article"] for r in s["origins"][0]["reports"]) == ["e1", "e2", "e3"]
    assert s["conflicts"] == [] and s["origins"][0]["revised"] is False
    assert (s["estimate"]["low"], s["estimate"]["best"], s["estimate"]["high"]) == (42, 42, 42)


def test_wire_reprint_without_claimant_is_one_origin_and_an_own_count_another():
    sheet = reconcile(scenario("wire_reprint"))
    assert len(sheet["incidents"]) == 1
    s = slot(sheet, "killed", "people")
    assert (s["n_origins"], s["n_reports"]) == (2, 3)
    reprint = [o for o in s["origins"] if len(o["reports"]) == 2]
    assert [sorted(r["article"] for r in o["reports"]) for o in reprint] == [["w1", "w2"]]
    assert s["conflicts"] == []  # "at least 12" and 15 can both hold


def test_revision_is_not_a_conflict_and_the_latest_figure_is_current():
    s = slot(reconcile(scenario("revision_and_conflict")), "killed", "iraqi_forces")
    i, gov = origin(s, "iraqi_government")
    j, isis = origin(s, "isis")
    assert gov["revised"] is True and gov["value"]["low"] == 9
    assert [r["article"] for r in gov["reports"]] == ["r1", "r3"]
    assert [st["value"]["low"] for st in s["revisions"][0]["sequence"]] == [6, 9]
    assert s["conflicts"] == [sorted([i, j])]
    est = s["estimate"]
    assert (est["low"], est["best"], est["high"]) == (9, 9, 60)
    assert "admission of its own losses" in est["basis"] and "isis" in est["basis"]


def test_vague_overlap_agrees_and_about_80_is_the_best_figure():
    s = slot(reconcile(scenario("revision_and_conflict")), "escaped", "prisoners")
    i, _ = origin(s, "iraqi_government")
    j, _ = origin(s, "local_sources")
    assert s["conflicts"] == [] and s["agreements"] == [sorted([i, j])]
    assert (s["estimate"]["low"], s["estimate"]["best"], s["estimate"]["high"]) == (20, 80, 99)


def test_both_sides_total_is_checked_against_the_sides():
    sheet = reconcile(scenario("both_sides"))
    inc = sheet["incidents"][0]
    whole = slot(sheet, "killed", "both_sides")
    assert whole["n_origins"] == 1  # not merged with either side
    [note] = inc["consistency"]
    assert note["whole"] == "both_sides" and note["parts"] == ["malian_forces", "militants"]
    assert note["parts_sum"]["best"] == 35 and note["consistent"] is True


def test_a_both_sides_total_below_the_sides_sum_is_flagged():
    results = scenario("both_sides")
    low_total = [dataclasses.replace(c, value=Value(20, 20, "exact")) if c.subject == "both_sides" else c
                 for c in results[0].claims]
    sheet = reconcile([dataclasses.replace(results[0], claims=tuple(low_total))])
    assert sheet["incidents"][0]["consistency"][0]["consistent"] is False


def test_two_events_apart_in_place_and_time_stay_apart_and_background_is_set_aside():
    results = scenario("apart_and_aside")
    groups = cluster(results)
    assert sorted(sorted(r.article.id for r in g) for g in groups) == [["p1", "p2"], ["q1"]]
    sheet = reconcile(results)
    kunduz = next(inc for inc in sheet["incidents"] if "p1" in inc["articles"])
    assert kunduz["start"] == "2022-06-01" and kunduz["place"] == "kunduz"
    assert [s["subject"] for s in kunduz["slots"]] == ["afghan_forces"]
    assert sorted(a["evidence"]["text"] for a in kunduz["set_aside"]) == ["أودى بحياة 40 شخصاً", "مقتل 300 في زلزال"]


def test_an_unlisted_village_named_by_two_reports_joins_them_and_another_village_stays_apart():
    results = scenario("unlisted_village")
    groups = cluster(results)
    assert sorted(sorted(r.article.id for r in g) for g in groups) == [["v1", "v2"], ["v3"]]


def test_two_officials_of_one_side_are_two_origins_that_conflict():
    sheet = reconcile(scenario("two_speakers"))
    s = slot(sheet, "killed", "egyptian_forces")
    assert s["n_origins"] == 2 and s["conflicts"] == [[0, 1]]
    civ = slot(sheet, "killed", "civilians")
    assert civ["n_origins"] == 2  # each outlet's own voice, no copied text


def test_sheet_holds_the_contract_fields():
    sheet = reconcile(scenario("revision_and_conflict"))
    assert {a["id"] for a in sheet["articles"]} == {"r1", "r2", "r3"}
    assert set(sheet["articles"][0]["published"]) >= {"low", "high", "basis"}
    inc = sheet["incidents"][0]
    assert set(inc) >= {"id", "articles", "start", "place", "slots"}
    for s in inc["slots"]:
        assert set(s) >= {"measure", "subject", "origins", "conflicts", "n_origins", "n_reports", "estimate"}
        for o in s["origins"]:
            assert set(o) >= {"party", "speaker", "revised", "value", "via", "reports"}
            for r in o["reports"]:
                assert set(r) >= {"article", "value", "as_of", "evidence"}
    json.dumps(sheet)  # plain JSON


def test_incident_id_is_stable_across_runs_and_inputs_order():
    a = reconcile(scenario("apart_and_aside"))
    b = reconcile(list(reversed(scenario("apart_and_aside"))))
    assert [i["id"] for i in a["incidents"]] == [i["id"] for i in b["incidents"]] == \
        ["2022-06-01-kunduz", "2022-06-20-herat"]


# --- properties -------------------------------------------------------------------------

PARTIES = ["iraqi_government", "isis", "local_sources", "outlet", "unknown", "un"]
SUBJECTS = ["iraqi_forces", "isis", "civilians", "both_sides"]
QUALIFIED = ["exact", "approx", "more_than", "vague", "some"]


@st.composite
def articles(draw):
    """A handful of articles about one or two events, with overlapping figures and voices."""
    n = draw(st.integers(1, 5))
    out = []
    for k in range(n):
        place = draw(st.sampled_from(["mosul", "tikrit"]))
        day = 1 + draw(st.integers(0, 4)) + (10 if place == "tikrit" else 0)
        claims = []
        words = draw(st.lists(st.integers(0, 30), min_size=8, max_size=20))
        for c in range(draw(st.integers(0, 4))):
            q = draw(st.sampled_from(QUALIFIED))
            n_ = draw(st.sampled_from([3, 6, 17, 20, 80, 200]))
            v = {"exact": Value(n_, n_), "approx": Value(n_, n_, "approx"), "more_than": Value(n_, None, "more_than"),
                 "vague": Value(20, 99, "vague"), "some": Value(None, None, "some")}[q]
            party = draw(st.sampled_from(PARTIES))
            speaker = draw(st.sampled_from([None, None, "spokesman", "minister"])) if party == "iraqi_government" else None
            claims.append(Claim(f"a{k}", draw(st.sampled_from(["killed", "wounded"])), draw(st.sampled_from(SUBJECTS)),
                                v, Source(party, speaker), Span(c * 10, c * 10 + 8), f"claim{c}{n_}",
                                where=draw(st.sampled_from(["body", "body", "headline", "related"]))))
        info = ArticleInfo(f"a{k}", f"outlet{k}", None, DayRange(f"2024-03-{day:02d}", f"2024-03-{day:02d}"),
                           places=(place,), parties=("isis",))
        out.append(ArticleResult(Article(f"a{k}", ""), info, tuple(claims),
                                 frozenset(w * 7919 + k for w in words)))
    return out


def comparable(sheet: dict) -> list:
    """What must not change: per slot, each origin's claimant and figure, and the estimate."""
    out = []
    for inc in sheet["incidents"]:
        for s in inc["slots"]:
            origins = sorted(json.dumps([o["party"], o["speaker"], o["value"], o["revised"]]) for o in s["origins"])
            est = {k: s["estimate"][k] for k in ("low", "best", "high")}
            out.append((s["measure"], s["subject"] or "", origins, json.dumps(est)))
    return sorted(out)


def copy_of(r: ArticleResult, new_id: str) -> ArticleResult:
    claims = tuple(dataclasses.replace(c, article=new_id) for c in r.claims)
    return ArticleResult(dataclasses.replace(r.article, id=new_id), dataclasses.replace(r.info, id=new_id,
                         outlet="copycat"), claims, r.shingles)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.data())
def test_an_exact_copy_of_an_article_changes_no_origin_and_no_estimate(results, data):
    original = data.draw(st.sampled_from(results))
    with_copy = results + [copy_of(original, "z_copy")]
    assert comparable(reconcile(with_copy)) == comparable(reconcile(results))


@settings(max_examples=60, deadline=None)
@given(articles())
def test_origins_never_exceed_reports_and_estimates_span_every_origin(results):
    for inc in reconcile(results)["incidents"]:
        for s in inc["slots"]:
            assert 1 <= s["n_origins"] <= s["n_reports"] == sum(len(o["reports"]) for o in s["origins"])
            e = s["estimate"]
            if e["low"] is None:
                continue
            assert e["low"] <= e["best"] <= e["high"] and e["basis"].strip()
            for k, o in enumerate(s["origins"]):
                v = o["value"]
                if v["low"] is not None and k not in e.get("set_apart", ()):
                    assert e["low"] <= v["low"] <= e["high"]
            for i, j in s["conflicts"]:
                a, b = s["origins"][i], s["origins"][j]
                assert (a["party"], a["speaker"]) != (b["party"], b["speaker"])


@settings(max_examples=60, deadline=None)
@given(articles(), st.randoms())
def test_reordering_the_input_changes_nothing(results, rnd):
    shuffled = copy.copy(results)
    rnd.shuffle(shuffled)
    assert reconcile(shuffled) == reconcile(results)


def test_random_shuffles_of_a_scenario_give_the_identical_sheet():
    results = [r for name in SCENARIOS for r in scenario(name)]
    expected = reconcile(results)
    for seed in range(5):
        random.Random(seed).shuffle(results)
        assert reconcile(results) == expected


@pytest.mark.parametrize("figures, revised, current", [
    ([("2024-03-09", "6"), ("2024-03-12", "9")], True, 9),
    ([("2024-03-09", "9"), ("2024-03-12", "2")], False, 9),
    ([(None, "6"), ("2024-03-12", "9")], False, 9),
    ([("2024-03-09", "800"), ("2024-03-09", "hundreds")], False, 800),
], ids=["rising-toll", "later-lower-count-is-not-a-new-total", "undated-cannot-be-revised",
        "vague-restatement"])
def test_when_one_claimant_changed_its_figure(figures, revised, current):
    results = []
    for k, (day, v) in enumerate(figures):
        aid = f"t{k}"
        text = f"الحصيلة {k} {v}"
        claim = Claim(aid, "killed", "iraqi_forces", value(v), Source("iraqi_government"),
                      Span(0, len(text)), text, as_of=DayRange(day, day) if day else None)
        info = ArticleInfo(aid, "o", None, DayRange("2024-03-12", "2024-03-12"), places=("jalawla",),
                           parties=("isis",))
        results.append(ArticleResult(Article(aid, text), info, (claim,), frozenset({k})))
    [o] = slot(reconcile(results), "killed", "iraqi_forces")["origins"]
    assert o["revised"] is revised and o["value"]["low"] == current


def test_a_tally_of_a_stretch_that_ended_before_the_incident_is_set_aside():
    import datetime as dt
    from riwaya.reconcile.align import set_aside_reason
    base = Claim("a1", "killed", "civilians", Value(382, 382, "exact"), Source("un", None, ()), Span(0, 5), "382 مدنيا")
    start = dt.date(2017, 3, 9)
    month = dataclasses.replace(base, as_of=DayRange("2017-02-01", "2017-02-28", "«شباط الماضي»"))
    assert "stretch" in set_aside_reason(month, None, start)
    # the incident's own day, or a stretch that reaches it, still counts
    assert set_aside_reason(dataclasses.replace(base, as_of=DayRange("2017-03-09", "2017-03-09")), None, start) is None
    assert set_aside_reason(dataclasses.replace(base, as_of=DayRange("2017-03-01", "2017-03-10")), None, start) is None
    # a day just before the estimated start is within the estimate's slack
    assert set_aside_reason(dataclasses.replace(base, as_of=DayRange("2017-03-06", "2017-03-06")), None, start) is None


def test_a_figure_of_another_scale_is_left_out_of_the_estimate_and_named():
    from riwaya.reconcile.estimate import estimate
    from riwaya.reconcile.align import Report
    from riwaya.reconcile.origins import Origin

    def origin(party: str, v: Value) -> Origin:
        c = Claim("a1", "killed", "people", v, Source(party, None, ()), Span(0, 1), "x")
        return Origin(party, None, [Report(c, None, None)])

    war = origin("un", Value(24_000_000, None, "more_than"))
    e = estimate([origin("medical_sources", Value(27, 27, "exact")), origin("houthis", Value(24, 24, "exact")), war],
                 "killed", "people")
    assert (e.low, e.best, e.high) == (24, 27, 27) and e.apart == (2,)
    assert "another scale" in e.basis and "more than 24000000" in e.basis
    # a side's inflated claim ten times the others is a conflict, not another scale
    e = estimate([origin("isis", Value(200, 200, "exact")), origin("sdf", Value(17, 17, "exact"))], "killed", "sdf")
    assert (e.low, e.high, e.apart) == (17, 200, ())



def test_a_tally_beyond_the_incident_stays_out_of_its_estimate_unless_it_is_all_there_is(tmp_path):
    """A UN year-to-date toll and a war total quoted in a strike's report are set aside (the
    strike's high is not 900); a monitor's report that only tallies the year keeps its tally."""
    from riwaya.pipeline import run_paths
    (tmp_path / "strike.txt").write_text(
        "مقتل 12 مدنياً في قصف على سوق بلدة الرام\n\nالرام - 14 آذار/مارس 2024\n"
        "قتل 12 مدنياً وأصيب 20 آخرون اليوم الخميس في قصف مدفعي استهدف سوق بلدة الرام، بحسب مصادر طبية.\n"
        "وقالت الأمم المتحدة إن أكثر من 900 مدني قتلوا في المحافظة منذ مطلع العام الجاري.\n"
        "وأسفرت الحرب منذ اندلاعها عن مقتل 15 ألف شخص.\n", encoding="utf-8")
    (tmp_path / "tally.jsonl").write_text(json.dumps({
        "id": "monitor", "published": "2024-10-02",
        "text": "وثق المرصد منذ مطلع العام الجاري مقتل 340 شخصاً في محافظة دير الزور، بينهم 90 مدنياً."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    sheet = reconcile(list(run_paths([tmp_path / "strike.txt"])))
    (inc,) = sheet["incidents"]
    civ = next(s for s in inc["slots"] if (s["measure"], s["subject"]) == ("killed", "civilians"))
    assert (civ["estimate"]["low"], civ["estimate"]["high"]) == (12, 12)
    assert all(s["estimate"]["high"] != 15000 for s in inc["slots"])
    assert sorted((a["evidence"]["text"], a["reason"]) for a in inc["set_aside"]) == [
        ("أكثر من 900 مدني قتلوا", "a cumulative total beyond this incident"),
        ("مقتل 15 ألف شخص", "a cumulative total beyond this incident")]
    sheet = reconcile(list(run_paths([tmp_path / "tally.jsonl"])))
    (inc,) = sheet["incidents"]
    assert sorted((s["subject"], s["estimate"]["best"]) for s in inc["slots"]) == [("civilians", 90), ("people", 340)]
    assert inc["set_aside"] == []


def test_a_figure_counted_since_long_before_the_incident_is_set_aside_but_not_one_of_its_past_days(tmp_path):
    """A toll counted since a date a year before the strike ("منذ 8 تشرين الأول 2023") is a
    cumulative total; the wounded counted over the past two days are the incident's own."""
    from riwaya.pipeline import run_paths
    (tmp_path / "a.txt").write_text(
        "غارة على مبنى في بلدة الخيام\n\nالخيام - 6 تشرين الثاني 2024\n"
        "قتل 7 أشخاص في غارة استهدفت مبنى سكنياً في بلدة الخيام فجر اليوم، وفق الدفاع المدني.\n"
        "وقال مدير المستشفى إنه استقبل 25 جريحاً خلال اليومين الماضيين.\n"
        "وبذلك يرتفع عدد القتلى في المنطقة منذ 8 تشرين الأول 2023 إلى 950 شخصاً وفق إحصاء رسمي.\n",
        encoding="utf-8")
    (inc,) = reconcile(list(run_paths([tmp_path / "a.txt"])))["incidents"]
    assert inc["start"] == "2024-11-06"
    killed = next(s for s in inc["slots"] if s["measure"] == "killed")
    assert (killed["estimate"]["low"], killed["estimate"]["high"]) == (7, 7)
    assert any(s["measure"] == "wounded" and s["estimate"]["best"] == 25 for s in inc["slots"])
    (aside,) = inc["set_aside"]
    assert aside["value"]["low"] == 950 and aside["reason"].startswith("counts since 2023-10-08")
    assert aside["period"]["low"] == "2023-10-08"


def test_a_un_update_names_no_side_and_its_figures_weigh_as_an_independent_sources(tmp_path):
    """A flash update whose only voices are UN bodies and a Red Crescent society joins the
    same-day report of the same town by the two sides (it names no side of its own), and a
    Red Crescent figure is an independent source's, not a side's claim."""
    from riwaya.pipeline import run_paths
    (tmp_path / "u.txt").write_text(
        "تحديث عاجل: الهجوم على مدينة الدلنج\n\nالدلنج، 5 آذار/مارس 2024 - قالت المنظمة الدولية للهجرة إن "
        "نحو 4 آلاف شخص نزحوا من مدينة الدلنج بعد الهجوم عليها. وأفادت جمعية الهلال الأحمر السوداني بمقتل "
        "12 مدنياً في البلدة.\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text(
        "الجيش: صد هجوم على الدلنج\n\nالدلنج، 5 آذار/مارس 2024 - أعلن الجيش السوداني أنه صد هجوماً لقوات "
        "الدعم السريع على مدينة الدلنج وقتل 40 من عناصرها، فيما قالت قوات الدعم السريع إنها قتلت 25 جندياً "
        "وإن 20 مدنياً قتلوا بقصف الجيش.\n", encoding="utf-8")
    results = list(run_paths([tmp_path]))
    assert [sorted(r.article.id for r in g) for g in cluster(results)] == [["s", "u"]]
    sheet = reconcile(results)
    civ = slot(sheet, "killed", "civilians")
    assert civ["estimate"]["best"] == 12 and "independent source" in civ["estimate"]["basis"]


def test_a_dated_un_update_joins_an_undated_report_whose_own_weekday_is_its_day(tmp_path):
    """The update is dated Wednesday 9 February 2022; the local report gives no date but says
    the strike came "أمس الثلاثاء" on a Wednesday ("اليوم الأربعاء"): the same day, the same
    camp. Another update on the same place four days later stays apart."""
    groups = _groups(tmp_path, {
        "u": "تحديث عاجل: قصف مخيم في مأرب\n\nمأرب، 9 شباط/فبراير 2022 - قالت المنظمة الدولية للهجرة إن 7 "
             "نازحين قتلوا في قصف استهدف مخيماً في مأرب مساء أمس الثلاثاء.\n",
        "l": "قصف حوثي على مخيم في مأرب\n\nقالت السلطة المحلية في مأرب اليوم الأربعاء إن قصفاً حوثياً أمس "
             "الثلاثاء قتل 8 نازحين.\n",
        "w": "نشرة المنظمة الأسبوعية\n\nعدن، 13 شباط/فبراير 2022 - أحصت فرق المنظمة الدولية للهجرة وصول 40 "
             "أسرة جديدة إلى مواقع النزوح في مديرية الوادي بمأرب خلال الأيام الماضية بعد اشتداد المعارك.\n"})
    assert sorted(groups) == [["l", "u"], ["w"]]


def _groups(folder, texts: dict[str, str]) -> list[list[str]]:
    """The articles `texts` (id -> text), written as .txt files into `folder`, grouped."""
    from riwaya.pipeline import run_paths
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [sorted(r.article.id for r in g) for g in cluster(list(run_paths([folder])))]


def test_an_undated_report_of_claims_years_before_stays_apart_from_a_dated_one(tmp_path):
    """A rights group's undated report dates its own claims to 30 August 2017; a site's report of
    the same region and the same army is of 8 August 2024: two events, not one (the undated
    report's claims say when it speaks of). Two undated reports of the same region and army
    whose claims speak for days a week apart still join."""
    hrw = ("مجزرة في قرية بولاية راخين\n\nقالت منظمة هيومن رايتس ووتش إن جيش ميانمار قتل في 30 آب/أغسطس 2017 "
           "ما لا يقل عن 70 من القرويين الروهينغا في قرية بولاية راخين، وأحرق 346 مبنى.\n")
    assert sorted(_groups(tmp_path, {"h": hrw, "m": (
        "قصف بمسيرات على فارين في راخين\n\nمونغدو، 8 آب/أغسطس 2024 - قالت مصادر محلية إن جيش ميانمار "
        "قتل 38 مدنياً على الأقل في قصف بطائرات مسيّرة على فارين في ولاية راخين.\n")})) == [["h"], ["m"]]
    assert _groups(tmp_path, {"h": hrw, "m": (
        "قصف بمسيرات على فارين في راخين\n\nقالت مصادر محلية إن جيش ميانمار قتل في 5 أيلول/سبتمبر 2017 "
        "نحو 40 من القرويين الروهينغا في قرية بولاية راخين.\n")}) == [["h", "m"]]


def test_a_part_of_the_same_people_never_replaces_the_whole_figure():
    # CONTRACT.md: a part of a whole is its own claim and never replaces the whole figure. A part
    # of other people fills its own slot ("بينهم 5 أطفال"); one of the same people is set aside.
    from riwaya.pipeline import process_article
    text = ("نزوح في الشرق\n\nدرنة - 14 أيلول/سبتمبر 2023\nوقالت المنظمة الدولية للهجرة إن 43,059 شخصاً نزحوا "
            "في شمال شرق ليبيا، بينهم نحو 30 ألفاً من مدينة درنة وحدها.")
    result = process_article(Article("p1", text))
    assert [(c.value.low, c.part_of) for c in result.claims if c.measure == "displaced"] == [(43059, False), (30000, True)]
    sheet = reconcile([result])
    (inc,) = sheet["incidents"]
    (s,) = [s for s in inc["slots"] if s["measure"] == "displaced"]
    assert s["estimate"]["best"] == 43059 and s["estimate"]["low"] == 43059
    assert [a["reason"] for a in inc["set_aside"] if a["evidence"]["text"] == "نحو 30 ألفا"] == \
        ["a part of the figure given before it in its sentence, of the same people"]
