"""The per-article pipeline: places an article names (for grouping articles into incidents)
and the country of an incident, from our own short reports."""
from __future__ import annotations

from riwaya.extract import default_context
from riwaya.model import Article
from riwaya.pipeline import process_article
from riwaya.reconcile import reconcile
from riwaya.show import export as ex

REPORT = (
    "هجوم على حاجز في الحسكة\n\n"
    "الحسكة - قال مصدر محلي إن 4 عناصر من قوات الأمن قتلوا في هجوم على حاجز قرب حي غويران "
    "في مدينة الحسكة فجر اليوم الثلاثاء.\n"
    "اقرأ أيضاً: مقتل مدنيين في قصف على ريف إدلب\n")


def test_places_are_the_named_ones_with_their_containers_not_the_country():
    r = process_article(Article("p1", REPORT), default_context())
    assert r.info.places[:1] == ("hasakah",)
    assert {"hasakah", "ghuwayran", "hasakah_governorate"} <= set(r.info.places)
    assert "syria" not in r.info.places          # a country tells no two events apart
    assert "idlib_governorate" not in r.info.places and "idlib" not in r.info.places  # a related-story line


def test_articles_naming_different_places_are_two_incidents_and_carry_their_country():
    other = ("اشتباكات في الرمادي\n\n"
             "الرمادي - أعلنت خلية الإعلام الأمني مقتل 4 عناصر من الجيش العراقي في هجوم على حاجز "
             "غرب مدينة الرمادي فجر اليوم الثلاثاء.\n")
    ctx = default_context()
    results = [process_article(Article("p1", REPORT), ctx), process_article(Article("p2", other), ctx)]
    sheet = reconcile(results)
    assert len(sheet["incidents"]) == 2
    countries = {tuple(i["articles"]): i["country"] for i in sheet["incidents"]}
    assert countries == {("p1",): "syria", ("p2",): "iraq"}
    rows = {r["id"]: r for r in ex.ucdp_rows(sheet)}
    assert {r["country"] for r in rows.values()} == {"syria", "iraq"}


def test_evolve_is_replace_for_frozen_records():
    from dataclasses import FrozenInstanceError, replace

    import pytest

    from riwaya.model import evolve
    from riwaya.extract import extract
    claim = extract("قتل 5 أشخاص في هجوم على سوق المدينة أمس.", has_title=False)[0]
    new = evolve(claim, where="tweet", as_of=None)
    assert new == replace(claim, where="tweet", as_of=None) and new is not claim
    assert claim.where == "body"  # the original is untouched
    with pytest.raises(FrozenInstanceError):
        new.where = "body"  # type: ignore[misc]


def test_claims_only_gives_the_same_claims_without_reconciliation_extras():
    art = Article(id="c1", text="هجوم على حاجز في بعقوبة\n\nوقالت الشرطة إن 4 جنود قتلوا في هجوم على حاجز في بعقوبة أمس.")
    full = process_article(art, default_context())
    lean = process_article(art, default_context(), claims_only=True)
    assert lean.claims == full.claims and full.claims
    assert full.shingles and not lean.shingles


def test_an_articles_dating_warnings_are_kept_with_it():
    art = Article("w1", "هجوم على قرية\n\nقتل 3 مدنيين في هجوم أمس الخميس.", published="not-a-date")
    result = process_article(art, default_context())
    assert any("not a date" in w for w in result.warnings)
    assert process_article(Article("w2", art.text, published="2024-03-08"), default_context()).warnings == ()


def test_warm_up_report_reads_as_a_report_and_jobs_give_the_same_claims(tmp_path):
    # the built-in report run before workers fork is read like any article (its patterns are
    # the ones a run uses), and two processes give what one gives
    from riwaya.pipeline import _WARM_UP, run_paths, warm_up
    warm_up()
    got = process_article(_WARM_UP, default_context(), claims_only=True).claims
    assert {(c.measure, c.value.low) for c in got} >= {("killed", 12), ("wounded", 20), ("killed", 40)}
    lines = [REPORT.replace("4 عناصر", f"{k} عناصر") for k in range(3, 9)]
    import json
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{k}", "text": t}, ensure_ascii=False) + "\n"
                            for k, t in enumerate(lines)), encoding="utf-8")
    one = [[c.to_dict() for c in r.claims] for r in run_paths([path], jobs=1, claims_only=True)]
    two = [[c.to_dict() for c in r.claims] for r in run_paths([path], jobs=2, claims_only=True)]
    assert one == two and [c[0]["value"]["low"] for c in one] == list(range(3, 9))
