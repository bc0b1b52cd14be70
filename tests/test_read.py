"""Reading input: good files become Articles with the text exactly as decoded; bad ones become one clear Skipped each."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from riwaya.model import Article
from riwaya.read import Skipped, decode, read_html, read_jsonl, read_paths, read_text_article

ARTICLE = "اشتباكات في ريف دير الزور\n\nقال مصدر محلي إن ثلاثة مقاتلين قتلوا أمس، وأصيب ٧ آخرون.\n"

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>مقتل خمسة مدنيين بقصف على ريف إدلب | شبكة الأخبار</title>
<meta property="og:site_name" content="شبكة الأخبار المحلية">
<meta property="og:title" content="مقتل خمسة مدنيين بقصف على ريف إدلب">
<meta property="article:published_time" content="2023-03-14T09:30:00+03:00">
<link rel="canonical" href="https://example.org/news/123">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-14T09:30:00+03:00",
 "publisher":{"@type":"Organization","name":"شبكة الأخبار"}}</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/syria">الشأن السوري</a></li><li>اتصل بنا</li></ul></nav>
<article><h1>مقتل خمسة مدنيين بقصف على ريف إدلب</h1>
<p>قال مصدر في الدفاع المدني إن خمسة مدنيين قتلوا وأصيب ثمانية آخرون صباح اليوم الثلاثاء جراء قصف مدفعي استهدف بلدة في ريف إدلب الجنوبي.</p>
<p>وأضاف المصدر أن فرق الإسعاف نقلت الجرحى إلى مستشفى قريب، بينهم طفلان في حالة حرجة، فيما لا تزال عمليات البحث جارية تحت الأنقاض.</p>
<p>وأفاد ناشطون محليون بأن القصف تجدد بعد ساعات على أطراف البلدة، ما دفع عشرات العائلات إلى النزوح نحو المخيمات القريبة من الحدود.</p>
</article>
<aside><h3>مقالات ذات صلة</h3><ul><li><a href="/a">مقتل عشرة في غارة أخرى على البلدة</a></li></ul></aside>
<footer>جميع الحقوق محفوظة © 2023 - زر الذهاب إلى الأعلى</footer>
</body></html>
"""


def test_txt_text_is_the_file_decoded(tmp_path: Path) -> None:
    p = tmp_path / "a1.txt"
    p.write_bytes(ARTICLE.encode("utf-8"))
    a = read_text_article(p)
    assert isinstance(a, Article)
    assert a.id == "a1"
    assert a.text == p.read_bytes().decode("utf-8")  # byte-identical, title line included
    assert a.title is None and a.encoding == "utf-8"


def test_cp1256_round_trip(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes(ARTICLE.replace("٧", "7").encode("cp1256"))
    a = read_text_article(p)
    assert isinstance(a, Article)
    assert a.encoding == "cp1256"
    assert a.text == ARTICLE.replace("٧", "7")


def test_bom_is_dropped_and_said(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    a = read_text_article(p)
    assert isinstance(a, Article)
    assert a.encoding == "utf-8-sig"
    assert a.text == ARTICLE  # offsets count from the first character after the mark


# One bad input per row: file name, bytes, the reason's words.
BAD_INPUTS = [
    ("empty", "empty.txt", b"", "empty file"),
    ("whitespace-only", "blank.txt", b"  \n\t\n  ", "empty file"),
    ("binary-nul", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file"),
    ("control-chars", "ctrl.txt", bytes(range(1, 9)) * 50, "binary file"),
    ("too-large", "huge.txt", ("نص " * 200).encode("utf-8"), "larger than 500 bytes"),
    ("not-arabic-latin1", "latin.txt", "Café déjà vu, à côté".encode("latin-1"), "not UTF-8"),
    ("unknown-extension", "notes.docx", b"PK\x03\x04 something", "unsupported file type .docx"),
    ("no-extension", "README", "قسد".encode(), "unsupported file type (no extension)"),
    ("html-without-text", "menu.html", "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>".encode(),
     "no article text"),
]


@pytest.mark.parametrize("name,content,reason", [r[1:] for r in BAD_INPUTS], ids=[r[0] for r in BAD_INPUTS])
def test_bad_input_is_one_clear_skip_and_good_files_are_still_read(tmp_path: Path, name: str, content: bytes,
                                                                   reason: str) -> None:
    (tmp_path / "a_good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    (tmp_path / "z_good.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(read_paths([tmp_path], max_bytes=500))
    skipped = [i for i in items if isinstance(i, Skipped)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == ["a_good", "z_good"]
    assert len(skipped) == 1
    assert skipped[0].path == str(tmp_path / name)
    assert reason in skipped[0].reason
    assert str(skipped[0]).startswith(f"{tmp_path / name}: ")


def test_missing_path_hidden_files_and_order(tmp_path: Path) -> None:
    sub = tmp_path / "b_folder"
    sub.mkdir()
    (sub / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01junk")
    hidden = tmp_path / ".git"
    hidden.mkdir()
    (hidden / "x.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "nope.txt"]))
    assert [getattr(i, "id", None) for i in items[:2]] == ["a", "c"]
    assert isinstance(items[2], Skipped) and items[2].reason == "no such file"
    assert len(items) == 3


def test_jsonl_bad_line_among_good_ones(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": ARTICLE, "title": "عنوان", "outlet": "sana",
                    "published": "2022-01-21", "url": "https://example.org/1", "lang": "ar"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"id": "n2"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "n3", "text": "   "}),
        json.dumps({"id": 4, "text": "نص قصير عن الهجوم"}, ensure_ascii=False),
        json.dumps({"id": "n1", "text": "مكرر"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_jsonl(p))
    good = [i for i in items if isinstance(i, Article)]
    bad = {i.line: i for i in items if isinstance(i, Skipped)}
    assert [a.id for a in good] == ["n1", "4"]
    first = good[0]
    assert first.text == ARTICLE and first.title == "عنوان" and first.outlet == "sana"
    assert first.published == "2022-01-21" and first.url == "https://example.org/1"
    assert ("lang", "ar") in first.meta
    assert sorted(bad) == [3, 4, 5, 6, 8]
    assert bad[3].reason.startswith("line 3: not JSON")
    assert str(bad[3]) == f"{p}:3: {bad[3].reason}"
    assert "text: missing" in bad[4].reason
    assert "not a JSON object" in bad[5].reason
    assert "text" in bad[6].reason and "empty" in bad[6].reason
    assert "duplicate id 'n1'" in bad[8].reason


def test_html_main_text_title_and_meta(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    a = read_html(p)
    assert isinstance(a, Article)
    title, blank, body = a.text.partition("\n\n")
    assert title == "مقتل خمسة مدنيين بقصف على ريف إدلب"
    assert body.startswith("قال مصدر في الدفاع المدني إن خمسة مدنيين قتلوا")
    assert "ناشطون محليون" in body
    for boilerplate in ("الرئيسية", "اتصل بنا", "جميع الحقوق", "مقتل عشرة في غارة أخرى"):
        assert boilerplate not in a.text
    assert a.published == "2023-03-14"
    assert a.outlet == "شبكة الأخبار المحلية"
    assert a.url == "https://example.org/news/123"
    meta = dict(a.meta)
    assert meta["datePublished"].startswith("2023-03-14") and meta["publisher"] == "شبكة الأخبار"


def test_html_in_cp1256(tmp_path: Path) -> None:
    p = tmp_path / "old.htm"
    p.write_bytes(PAGE.replace('charset="utf-8"', 'charset="windows-1256"').replace("©", "").encode("cp1256"))
    a = read_html(p)
    assert isinstance(a, Article) and a.encoding == "cp1256"
    assert "خمسة مدنيين" in a.text


@pytest.mark.parametrize("data,expected", [
    ("قسد".encode("utf-8"), ("قسد", "utf-8")),
    (b"\xef\xbb\xbf" + "قسد".encode("utf-8"), ("قسد", "utf-8-sig")),
    ("أعلنت وزارة الصحة".encode("cp1256"), ("أعلنت وزارة الصحة", "cp1256")),
], ids=["utf-8", "bom", "cp1256"])
def test_decode(data: bytes, expected: tuple[str, str]) -> None:
    assert decode(data) == expected
