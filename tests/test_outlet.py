"""Who published an article (riwaya.outlet): metadata, bylines and self-references,
never a medium the text only cites. The outlets and phrases are invented for these tests,
and the gazetteer is a tiny one built here so the rules are tested on their own."""
from __future__ import annotations

import pytest

from riwaya.gazetteer.gazetteer import Entry, Gazetteer
from riwaya.model import Article, ArticleInfo, DayRange
from riwaya.outlet import detect_outlet, load_byline_lexicon, with_outlet
from riwaya.text.normalize import normalize
from riwaya.yamlio import DataError


def medium(id, names, party=None, role="site"):
    return Entry(id=id, kind="medium", party=party, names=tuple(names), role=role)


GAZ = Gazetteer([
    medium("nabd", ["نبض الشرق", "Nabd al-Sharq"]),
    medium("rafid", ["وكالة الرافد", "الرافد"], role="agency"),
    medium("fx9", ["FX9"]),
    medium("sana", ["سانا", "وكالة سانا"], party="syrian_government", role="agency"),
    medium("reuters", ["رويترز", "Reuters"], role="agency"),
    medium("twitter", ["تويتر"], role="platform"),
])

BODY = "وقالت مصادر محلية إن القصف استهدف الحي الشرقي من المدينة صباحاً."

ROWS = [
    # id, text, expected outlet id
    ("byline-mutabaat", f"عنوان الخبر\nنبض الشرق _ متابعات\n{BODY}", "nabd"),
    ("byline-khass-before", f"عنوان الخبر\nخاص - نبض الشرق\n{BODY}", "nabd"),
    ("byline-khass-after", f"عنوان الخبر\nنبض الشرق - خاص\n{BODY}", "nabd"),
    ("byline-acronym", f"عنوان\nFX9 | خاص\n{BODY}", "fx9"),
    ("reporter", f"{BODY}\nوقال مراسل FX9 إن الطريق قطع.", "fx9"),
    ("reporter-fem", f"{BODY}\nوأفادت مراسلة نبض الشرق بأن المستشفى امتلأ.", "nabd"),
    ("team", f"{BODY}\nووثق فريق نبض الشرق آثار القصف.", "nabd"),
    ("gathering", f"{BODY}\nوحصلت FX9 على صور تظهر الدمار.", "fx9"),
    ("gathering-alimat", f"{BODY}\nوعلمت نبض الشرق من مصادر خاصة أن الاجتماع تأجل.", "nabd"),
    ("told-agency", f"وأفاد شهود عيان لوكالة الرافد بأن النيران اشتعلت.\n{BODY}", "rafid"),
    ("told-lam-space", f"وقال مسؤول محلي لـ FX9 إن الجسر انهار.\n{BODY}", "fx9"),
    ("told-interview", f"وفي حديث خاص لنبض الشرق، أكد الطبيب أن الجرحى كثر.\n{BODY}", "nabd"),
    ("exclusive", f"{BODY}\nحصرياً لـ نبض الشرق: صور من داخل المستشفى.", "nabd"),
    ("told-quoted", f'وقال ضابط في الشرطة لـ"نبض الشرق" إن الطريق أغلق.\n{BODY}', "nabd"),
    ("wire-dateline", f"عنوان\nبنغازي (رويترز) - {BODY}", "reuters"),
    ("wire-dateline-dated", f"عنوان\nبنغازي 22-1-2024 (رويترز) - {BODY}", "reuters"),
    ("wire-dateline-dated-words", f"عنوان\nبنغازي 8 مارس 2016 (رويترز) - {BODY}", "reuters"),
    ("dated-dateline", f"عنوان\nدمشق 3 نيسان 2023 سانا\n{BODY}", "sana"),
    ("agency-led-dateline", f"عنوان\nوكالة الرافد - الموصل - الخميس 4 أيار 2023 الساعة 09:15\n{BODY}", "rafid"),
    ("bottom-line-name", f"{BODY}\nFX9", "fx9"),
    ("cited-afada", f"وأفاد موقع نبض الشرق بأن القصف توقف.\n{BODY}", None),
    ("cited-qalat", f"قالت وكالة سانا إن الطريق فتح.\n{BODY}", None),
    ("cited-bihasab", f"{BODY} بحسب رويترز.", None),
    ("cited-reporter", f"{BODY}\nوذلك بحسب مراسل رويترز في المدينة.", None),
    ("cited-naqlan", f"{BODY}\nنقلاً عن وكالة الرافد.", None),
    ("party-agency-told", f"وقال مصدر في الحكومة لسانا إن الطريق فتح.\n{BODY}", None),
    ("source-line", f"{BODY}\nالمصدر: نبض الشرق", None),
    ("related-line", f"{BODY}\nاقرأ أيضاً: نبض الشرق _ متابعات", None),
    ("platform", f"وكتب الوزير على تويتر أن الوضع هادئ.\n{BODY}", None),
    ("nothing", BODY, None),
    ("byline-beats-told", f"عنوان\nنبض الشرق _ متابعات\nوقال مسؤول لوكالة الرافد إن الجسر انهار.", "nabd"),
    # a dateline opening the first paragraph: place, date, the agency, a dash
    ("inline-dateline-dash", f"عنوان\n\nنابلس 4-7-2023 الرافد- أعلنت وزارة الصحة ارتفاع عدد الشهداء.\n{BODY}", "rafid"),
    ("inline-dateline-slashes", f"عنوان\n\nطهران/ 4 كانون الثاني/ يناير/ الرافد – أعلن مسؤول أن الطريق فتح.\n{BODY}", "rafid"),
    ("inline-cited-no-dateline", f"عنوان\n\nقالت الرافد - نقلاً عن مصادر في 4-7-2023 إن الطريق فتح.\n{BODY}", None),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_outlet_from_text(text, expected):
    oid, words, basis = detect_outlet(Article(id="t", text=text), normalize(text), GAZ)
    assert oid == expected, basis
    if expected is None:
        assert words is None
    else:
        assert words and words in text  # the words naming it, as written
        assert basis.split(":")[0] in ("byline", "dateline", "reporter", "gathering", "exclusive", "told")


METADATA = [
    ("meta-name", {"outlet": "نبض الشرق"}, "nabd"),
    ("meta-id", {"outlet": "rafid"}, "rafid"),
    ("meta-domain", {"outlet": "www.nabd-alsharq.net"}, "nabd"),
    ("url-domain", {"url": "https://www.nabd-alsharq.net/news/1"}, "nabd"),
    ("meta-unknown", {"outlet": "Some Gazette"}, "Some Gazette"),
]


@pytest.mark.parametrize("meta,expected", [r[1:] for r in METADATA], ids=[r[0] for r in METADATA])
def test_outlet_from_metadata(meta, expected):
    text = f"خاص - FX9\n{BODY}"  # metadata outranks the text's byline
    oid, _, basis = detect_outlet(Article(id="t", text=text, **meta), normalize(text), GAZ)
    assert oid == expected
    assert basis.startswith("metadata")


def test_words_point_into_original_with_obfuscation():
    text = f"عنوان\nخاص-نبـض الشرق\n{BODY}"
    oid, words, _ = detect_outlet(Article(id="t", text=text), normalize(text), GAZ)
    assert oid == "nabd" and words == "نبـض الشرق"


def test_with_outlet_fills_the_info():
    text = f"عنوان\nنبض الشرق _ متابعات\n{BODY}"
    info = ArticleInfo(id="t", outlet=None, outlet_text=None, published=DayRange(None, None, ""))
    got = with_outlet(info, Article(id="t", text=text), normalize(text), GAZ)
    assert (got.outlet, got.outlet_text) == ("nabd", "نبض الشرق")


def test_byline_lexicon_is_validated(tmp_path):
    from riwaya.outlet import BYLINES_YAML
    bad = tmp_path / "bylines.yaml"
    bad.write_text(BYLINES_YAML.read_text(encoding="utf-8").replace("[حصلت, حصل,", "[حصلت, حصلت,"),
                   encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_byline_lexicon(bad)
    assert err.value.line and "twice" in str(err.value)


def test_agency_sign_off_in_the_real_gazetteer():
    """An agency signs its wire with its abbreviation on the last line: "(وأج)" is APS."""
    from riwaya.gazetteer.gazetteer import default_gazetteer
    text = f"عنوان\n{BODY}\n(وأج)"
    oid, _, basis = detect_outlet(Article(id="t", text=text), normalize(text), default_gazetteer())
    assert oid == "aps", basis


def test_party_site_masthead_in_the_real_gazetteer():
    """A party's own site names itself in full under the headline: "موقع الإمارة الإسلامية" is
    the Taliban's site (its full name, not only "موقع الإمارة")."""
    from riwaya.gazetteer.gazetteer import default_gazetteer
    text = f"عنوان\n\nهلمند – موقع الإمارة الإسلامية\n\n{BODY}"
    oid, _, basis = detect_outlet(Article(id="t", text=text), normalize(text), default_gazetteer())
    assert oid == "al_emarah", basis
