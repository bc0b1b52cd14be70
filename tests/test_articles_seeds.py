"""The five seed articles: outlet and publication interval checked by the same rule as
shared/tools/check_incidents.py (check_articles) against gold/seeds.articles.json."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from riwaya.model import Article
from riwaya.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"


def _shared_or_skip() -> None:
    if not (SEEDS.is_dir() and (GOLD / "seeds.articles.json").is_file()):
        pytest.skip("../shared not found: seed checks need the shared corpus")


@pytest.fixture(scope="module")
def sheet() -> dict:
    """The `articles` part of an incident sheet, built from the five seeds."""
    _shared_or_skip()
    from riwaya.gazetteer.gazetteer import default_gazetteer
    from riwaya.outlet import with_outlet
    from riwaya.when import date_article, infer_across

    gazetteer = default_gazetteer()
    infos = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = Article(id=path.stem, text=text, path=str(path))
        norm = normalize(text)
        infos.append(with_outlet(date_article(article, norm), article, norm, gazetteer))
    infos = infer_across(infos)
    return {"articles": [{"id": i.id, "outlet": i.outlet, "outlet_text": i.outlet_text,
                          "published": i.published.to_dict() if i.published else None} for i in infos]}


@pytest.fixture(scope="module")
def checks(sheet) -> list[tuple[bool, bool, str]]:
    """Run the reference check_articles itself on the sheet."""
    spec = importlib.util.spec_from_file_location("check_incidents", SHARED / "tools" / "check_incidents.py")
    ci = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ci)
    gold = json.loads((GOLD / "seeds.articles.json").read_text(encoding="utf-8"))
    c = ci.Checker()
    ci.check_articles(c, ci.Ids(True), gold, sheet)
    # check_articles skips an outlet the gold leaves null; the text names none, so none
    # may be given (an outlet is never guessed).
    mine = {a["id"][:3]: a for a in sheet["articles"]}
    for key, g in gold.items():
        if not key.startswith("_") and g.get("outlet") is None:
            got = mine.get(key[:3], {}).get("outlet")
            c.check(got is None, f"{key[:3]} outlet is None (got {got})")
    return c.results


def test_five_seeds_read(sheet):
    assert len(sheet["articles"]) == 5


def test_all_ten_article_checks_pass(checks):
    assert len(checks) == 10
    failed = [text for ok, _, text in checks if not ok]
    assert not failed, failed


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_outlet_and_published(checks, key):
    mine = [(ok, text) for ok, _, text in checks if text.startswith(key)]
    assert len(mine) == 2 and all(ok for ok, _ in mine), mine


def test_outlet_words_are_in_the_text(sheet):
    for a in sheet["articles"]:
        if a["outlet_text"]:
            assert a["outlet_text"] in (SEEDS / f"{a['id']}.txt").read_text(encoding="utf-8")


def test_every_interval_has_a_basis(sheet):
    for a in sheet["articles"]:
        assert a["published"]["basis"].strip()
