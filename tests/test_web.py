"""The web app: pages, filters, upload (with its failures storing nothing), and the JSON API."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from riwaya import store
from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, Source, Span, Value
from riwaya.show.sample import sample_results, simple_reconcile
from riwaya.show.web import MAX_UPLOAD, create_app

INCIDENT = "inc_tal_alzaytoun"


def toy_extract(path: Path):
    """A stand-in for the pipeline: every 'N قتيلاً' is a killed claim of the outlet.
    JSON Lines give one article a line; a line without text is skipped."""
    def one(aid: str, text: str) -> ArticleResult:
        claims = tuple(
            Claim(article=aid, measure="killed", subject="civilians", value=Value.exact(int(m.group(1))),
                  source=Source("outlet"), evidence=Span(m.start(), m.end()), text=m.group(0),
                  as_of=DayRange("2023-03-16", "2023-03-16"))
            for m in re.finditer(r"(\d+) قتيلاً", text))
        info = ArticleInfo(id=aid, outlet="upload", outlet_text=None,
                           published=DayRange("2023-03-16", "2023-03-16"), places=("tal_alzaytoun",))
        return ArticleResult(Article(id=aid, text=text, path=str(path)), info, claims)
    if path.suffix == ".jsonl":
        out = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            d = json.loads(line)
            out.append(one(d["id"], d["text"]) if d.get("text") else f"{path.name}:{n}: no text")
        return out
    return [one(path.stem, path.read_text(encoding="utf-8"))]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "web.db"
    conn = store.connect(path)
    store.ingest(conn, sample_results(), reconcile=simple_reconcile)
    conn.close()
    return path


@pytest.fixture
def client(db):
    return TestClient(create_app(db, extract=toy_extract, reconcile=simple_reconcile))


def digest(db) -> str:
    conn = store.connect(db)
    try:
        return store.content_digest(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("query, found", [
    ("", True),
    ("?q=akhbar_alsahil", True),
    ("?q=تل الزيتون", True),
    ("?q=nowhere", False),
    ("?place=tal_alzaytoun", True),
    ("?place=hasakah", False),
    ("?measure=displaced", True),
    ("?measure=buses", False),
    ("?date=2023-03", True),
    ("?date=2023-03-14", True),
    ("?date=2022", False),
], ids=["all", "outlet", "arabic-title", "no-match", "place", "other-place", "measure",
        "other-measure", "month", "day", "other-year"])
def test_incident_list_filters(client, query, found):
    page = client.get("/" + query)
    assert page.status_code == 200
    assert (f'href="/incidents/{INCIDENT}"' in page.text) is found
    api = client.get("/api/incidents" + query).json()
    assert bool(api) is found


def test_incident_page_is_the_fact_sheet(client):
    page = client.get(f"/incidents/{INCIDENT}")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "<mark>15 قتيلاً</mark>" in page.text
    assert 'href="#ev-a2_nahar-44-53"' in page.text and 'id="ev-a2_nahar-44-53"' in page.text
    assert 'href="/articles/a1_sahil"' in page.text


def test_article_page_highlights_its_claims(client):
    page = client.get("/articles/a1_sahil")
    assert page.status_code == 200
    assert page.text.count('class="claim"') == 3
    for ev in ("12 مدنياً", "نحو 30 آخرين", "9 أشخاص"):
        assert f"<mark>{ev}</mark>" in page.text


def test_hostile_article_page_is_inert(client):
    page = client.get("/articles/a3_rassed")
    assert "<script>" not in page.text and "<img" not in page.text and "\u202e" not in page.text
    assert "&lt;script&gt;" in page.text


@pytest.mark.parametrize("path", ["/incidents/none", "/articles/none", "/api/incidents/none", "/api/articles/none"])
def test_unknown_ids_are_404(client, path):
    assert client.get(path).status_code == 404


def test_api(client):
    inc = client.get(f"/api/incidents/{INCIDENT}").json()
    assert inc["id"] == INCIDENT and inc["slots"][0]["origins"][0]["reports"][0]["evidence"]["text"]
    killed = client.get("/api/claims", params={"measure": "killed"}).json()
    assert {c["evidence"]["text"] for c in killed} >= {"12 مدنياً", "15 قتيلاً", "4 أطفال"}
    assert all(c["measure"] == "killed" for c in killed)
    one = client.get("/api/claims", params={"article": "a2_nahar", "measure": "displaced"}).json()
    assert [(c["value"]["low"], c["value"]["high"], c["value"]["qualifier"]) for c in one] == [(20, 99, "vague")]
    article = client.get("/api/articles/a1_sahil").json()
    for c in article["claims"]:
        assert article["text"][c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]
    schema = client.get("/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/claims", "/api/articles/{article_id}"} <= set(schema["paths"])


def test_paste_is_extracted_ingested_and_reconciled(client):
    text = "تفجير جديد في تل الزيتون\nقالت مصادر إن 21 قتيلاً سقطوا في السوق."
    r = client.post("/upload", data={"text": text, "article_id": "pasted_one"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/articles/pasted_one"
    page = client.get("/articles/pasted_one")
    assert "<mark>21 قتيلاً</mark>" in page.text
    inc = client.get(f"/api/incidents/{INCIDENT}").json()
    assert "pasted_one" in inc["articles"]


@pytest.mark.parametrize("name, content", [
    ("two.jsonl", '{"id": "j1", "text": "سقط 3 قتيلاً"}\n{"id": "j2", "text": "وسقط 5 قتيلاً"}\n'),
    ("page.html", "<html><body><p>سقط 8 قتيلاً</p></body></html>"),
    ("note.txt", "سقط 2 قتيلاً"),
], ids=["jsonl", "html", "txt"])
def test_upload_files(client, name, content):
    r = client.post("/upload", files={"file": (name, content.encode("utf-8"))}, follow_redirects=False)
    assert r.status_code == 303
    ids = ["j1", "j2"] if name.endswith(".jsonl") else [Path(name).stem]
    for aid in ids:
        assert client.get(f"/api/articles/{aid}").status_code == 200


@pytest.mark.parametrize("files, data, status, message", [
    ({"file": ("x.pdf", b"%PDF-1.4")}, None, 415, "unsupported file type"),
    ({"file": ("big.txt", b"a" * (MAX_UPLOAD + 1))}, None, 413, "over the"),
    ({"file": ("latin.txt", "قتيل".encode("cp1256"))}, None, 400, "not UTF-8"),
    ({"file": ("empty.txt", b"  \n")}, None, 400, "empty"),
    ({"file": ("bin.txt", b"abc\x00def")}, None, 400, "binary"),
    ({"file": ("half.jsonl", '{"id": "ok1", "text": "3 قتيلاً"}\n{"id": "bad"}\n'.encode())}, None, 422, "no text"),
    (None, {"text": "   "}, 400, "paste an article"),
], ids=["type", "size", "encoding", "empty", "binary", "partly-bad-jsonl", "nothing"])
def test_bad_upload_is_4xx_and_stores_nothing(client, db, files, data, status, message):
    before = digest(db)
    r = client.post("/upload", files=files, data=data)
    assert r.status_code == status
    assert message in r.text and 'role="alert"' in r.text
    assert digest(db) == before
    assert client.get("/api/articles/ok1").status_code == 404


@pytest.mark.parametrize("name, content, article", [
    ("raid.txt", "غارة على قرية المزرعة\nقالت مصادر طبية إن 14 مدنياً قتلوا في الغارة.", "raid"),
    ("raid.html", "<html><head><title>غارة على قرية المزرعة</title></head><body><article>"
                  "<p>قالت مصادر طبية إن 14 مدنياً قتلوا في الغارة على القرية صباح اليوم.</p>"
                  "</article></body></html>", "raid"),
    ("two.jsonl", '{"id": "w1", "text": "قالت مصادر طبية إن 14 مدنياً قتلوا في الغارة."}\n', "w1"),
], ids=["txt", "html", "jsonl"])
def test_upload_through_the_real_pipeline(db, name, content, article):
    client = TestClient(create_app(db))  # default extractor and reconciler
    r = client.post("/upload", files={"file": (name, content.encode("utf-8"))}, follow_redirects=False)
    assert r.status_code == 303, r.text
    claims = client.get("/api/claims", params={"article": article}).json()
    assert any("14 مدنياً" in c["evidence"]["text"] and c["value"]["low"] == 14 for c in claims)


def test_an_articles_page_says_when_each_figure_speaks_for_and_what_it_counts_over(db):
    client = TestClient(create_app(db))  # default extractor and reconciler
    text = ("حصيلة الغارة\n\nالرام - 14 آذار/مارس 2024\nقتل 5 أشخاص خلال اليومين الماضيين في قصف على البلدة. "
            "وقالت الأمم المتحدة إن أكثر من 900 مدني قتلوا في المحافظة منذ مطلع العام الجاري.")
    r = client.post("/upload", files={"file": ("ram.txt", text.encode("utf-8"))}, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get("/articles/ram").text
    assert "2024-03-14 · counts 2024-03-12..2024-03-14" in page
    assert "a cumulative total" in page
