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


def test_warm_up_leaves_no_word_list_to_compile_in_the_workers():
    # every word list's pattern is compiled before workers fork (they inherit it), not by each
    # worker when an article first asks for it
    from riwaya.ar.lexicon import MultiPattern, _Patterns
    from riwaya.pipeline import _worker_context, warm_up
    warm_up()
    lex = _worker_context().lexicon
    lazy = [k for v in vars(lex).values() if isinstance(v, _Patterns) for k in v if dict.__getitem__(v, k) is None]
    scans = [v for v in vars(lex).values() if isinstance(v, MultiPattern)] + list(lex.text_scans)
    assert not lazy and all("regex" in vars(m) and "_tables" in vars(m) for m in scans)


def test_a_date_in_a_pluperfect_clause_is_the_earlier_figure_s_day():
    """"ارتفعت الحصيلة إلى 32، بحسب الجهاز الذي كان أشار أمس إلى 27": "أمس" is the day of the
    earlier figure, not of the new one; a date before the toll's verb still dates it."""
    text = ("حصيلة\n\nطرابلس - 17 كانون الثاني/يناير 2024\nارتفعت حصيلة الاشتباكات إلى 32 قتيلاً و159 جريحاً، "
            "بحسب ما أعلن جهاز الإسعاف، الذي كان أشار أمس إلى سقوط 27 قتيلاً. وقتل 3 أشخاص أمس في قصف، "
            "وكانت 4 منازل قد دمرت.")
    result = process_article(Article("p2", text))
    got = {c.value.low: c.as_of.low for c in result.claims}
    assert got[32] == got[159] == "2024-01-17"
    assert got[27] == "2024-01-16"
    assert got[3] == "2024-01-16"  # (its date is before the pluperfect clause)


def test_each_clause_of_a_sentence_has_its_own_day():
    """"أعلن أمس الثلاثاء 27 قتيلاً و91 جريحاً، فيما أعلن يوم الأحد الماضي مقتل ستة": each
    figure takes the date of its own clause, not the first of the sentence."""
    text = ("اشتباكات\n\nطرابلس - 14 مايو 2025\nوكان المركز قد أعلن أمس الثلاثاء حصيلة بلغت 27 قتيلاً "
            "و91 جريحاً، فيما أعلن يوم الأحد الماضي، أول أيام الاشتباكات، مقتل ستة أشخاص.")
    got = {c.value.low: c.as_of.low for c in process_article(Article("p3", text)).claims}
    assert got == {27: "2025-05-13", 91: "2025-05-13", 6: "2025-05-11"}


def test_a_cumulative_figure_carries_the_stretch_it_counts_over_through_the_store_and_the_sheet(tmp_path):
    """"خلال اليومين الماضيين" and "منذ يوم الخميس" give a claim its period (as_of stays the day
    it speaks for); a figure of one day has none. The period survives the store and reaches the
    sheet's reports."""
    from riwaya import store
    text = ("حصيلة\n\nالرام - 14 آذار/مارس 2024\nقتل 5 أشخاص خلال اليومين الماضيين في قصف على البلدة. "
            "وقال المرصد إن 40 شخصاً قتلوا منذ يوم الخميس الماضي. وأصيب 3 أمس.")
    result = process_article(Article("p1", text))
    got = {c.value.low: (c.as_of.low if c.as_of else None, c.period) for c in result.claims}
    assert got[5][0] == "2024-03-14" and (got[5][1].low, got[5][1].high) == ("2024-03-12", "2024-03-14")
    assert (got[40][1].low, got[40][1].high) == ("2024-03-07", "2024-03-14")
    assert got[3] == ("2024-03-13", None)
    assert "اليومين" in got[5][1].basis
    conn = store.connect(tmp_path / "r.db")
    store.ingest(conn, [result], reconcile=reconcile)
    (back,) = store.load_results(conn)
    assert back.claims == result.claims
    reports = [r for inc in reconcile([result])["incidents"] for s in inc["slots"]
               for o in s["origins"] for r in o["reports"]]
    assert sorted((r["value"]["low"], (r.get("period") or {}).get("low")) for r in reports) == \
        [(3, None), (5, "2024-03-12"), (40, "2024-03-07")]


def test_an_embedded_posts_claims_speak_for_the_day_on_its_signature_line():
    """A post quoted in an article is dated on its own line after its text; its figures speak
    for that day, and a stretch it counts over ends there (the article itself has no date)."""
    text = ("نزوح من القرى\n\nونشر ناشط على حسابه في منصة إكس:\n"
            "نزوح قرابة ٥٠٠ عائلة من قرى جنوب البلدة خلال اليومين الماضيين.\n"
            "— Omar (@omar_example) March 9, 2024\n"
            "وقالت مصادر محلية إن 3 مدنيين قتلوا في القصف.\n")
    result = process_article(Article("t1", text))
    got = {c.value.low: c for c in result.claims}
    assert got[500].where == "tweet" and (got[500].as_of.low, got[500].as_of.high) == ("2024-03-09", "2024-03-09")
    assert (got[500].period.low, got[500].period.high) == ("2024-03-07", "2024-03-09")
    assert got[3].as_of is None  # the article's own day is unknown: the post only bounds it
