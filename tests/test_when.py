"""Date expressions, publication days, cross-article dating and claim dates (riwaya.when).

All phrases are written for these tests. Relative expressions are resolved against an
article published on Wednesday 15 March 2023 unless a row says otherwise.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from riwaya.model import Article, ArticleInfo, DayRange
from riwaya.text.normalize import normalize
from riwaya.when import (
    DateExpr, claim_as_of, claim_period, date_article, date_warnings, dates_in, event_start,
    find_dates, gregorian_to_hijri, hijri_interval, hijri_to_gregorian, infer_across,
    load_date_lexicon,
)
from riwaya.yamlio import DataError

PUB = date(2023, 3, 15)  # a Wednesday


def D(day: int, month: int = 3, year: int = 2023) -> date:
    return date(year, month, day)


def only(phrase: str) -> DateExpr:
    """The single date expression of a phrase."""
    found = find_dates(normalize(phrase).text)
    assert len(found) == 1, [(e.kind, e.text) for e in found]
    return found[0]


# ---------------------------------------------------------------------------
# Month names of the three calendars, one row each.

GREGORIAN = [(1, "يناير"), (1, "جانفي"), (2, "فبراير"), (2, "فيفري"), (3, "مارس"), (4, "أبريل"),
             (4, "إبريل"), (4, "أفريل"), (5, "مايو"), (5, "ماي"), (6, "يونيو"), (6, "يونيه"),
             (6, "جوان"), (7, "يوليو"), (7, "يوليوز"), (7, "جويلية"), (8, "أغسطس"), (8, "غشت"),
             (9, "سبتمبر"), (9, "شتنبر"), (10, "أكتوبر"), (11, "نوفمبر"), (11, "نونبر"),
             (12, "ديسمبر"), (12, "دجنبر")]
LEVANTINE = [(1, "كانون الثاني"), (2, "شباط"), (3, "آذار"), (4, "نيسان"), (5, "أيار"), (6, "حزيران"),
             (7, "تموز"), (8, "آب"), (9, "أيلول"), (10, "تشرين الأول"), (11, "تشرين الثاني"),
             (12, "كانون الأول")]
HIJRI = [(1, "محرم"), (2, "صفر"), (3, "ربيع الأول"), (4, "ربيع الآخر"), (4, "ربيع الثاني"),
         (5, "جمادى الأولى"), (6, "جمادى الآخرة"), (7, "رجب"), (8, "شعبان"), (9, "رمضان"),
         (10, "شوال"), (11, "ذو القعدة"), (11, "ذي القعدة"), (12, "ذو الحجة"), (12, "ذي الحجة")]


@pytest.mark.parametrize("month,name", GREGORIAN + LEVANTINE, ids=[n for _, n in GREGORIAN + LEVANTINE])
def test_gregorian_month_names(month, name):
    e = only(f"وقع الانفجار في 7 {name} 2021 قرب السوق")
    assert e.kind == "absolute"
    assert (e.low, e.high) == (date(2021, month, 7),) * 2


@pytest.mark.parametrize("month,name", HIJRI, ids=[n for _, n in HIJRI])
def test_hijri_month_names(month, name):
    e = only(f"وصلت القافلة في 9 {name} 1444 هـ إلى المدينة")
    assert e.kind == "absolute" and e.calendar == "hijri"
    g = date(*Hijri(1444, month, 9).to_gregorian().datetuple())
    # One day either way: countries start the month on their own moon sighting.
    assert (e.low, e.high) == (g - timedelta(days=1), g + timedelta(days=1))


# ---------------------------------------------------------------------------
# Every kind of expression, resolved against PUB.

ROWS = [
    # id, phrase, kind, resolved (low, high) for an article of PUB
    ("levantine-with-gregorian", "في 21 كانون الثاني/يناير 2022", "absolute", (D(21, 1, 2022), D(21, 1, 2022))),
    ("year-word", "في 3 أيار من عام 2019", "absolute", (D(3, 5, 2019), D(3, 5, 2019))),
    ("month-and-year", "خلال شهر شباط 2023", "absolute", (D(1, 2), D(28, 2))),
    ("yearless-looks-back", "في 3 آب", "absolute", (D(3, 8, 2022), D(3, 8, 2022))),
    ("numeric-day-month", "بتاريخ 5/3/2023", "absolute", (D(5), D(5))),
    ("numeric-arabic-indic", "بتاريخ ٢١/١/٢٠٢٢", "absolute", (D(21, 1, 2022), D(21, 1, 2022))),
    ("numeric-dashes", "يوم 21-01-2022", "absolute", (D(21, 1, 2022), D(21, 1, 2022))),
    ("numeric-iso", "نشر في 2022/01/21", "absolute", (D(21, 1, 2022), D(21, 1, 2022))),
    ("numeric-hijri", "الموافق 15/10/1436 هـ", "absolute", hijri_interval(1436, 10, 15)),
    ("english-tweet", "January 21, 2022", "absolute", (D(21, 1, 2022), D(21, 1, 2022))),
    ("english-short", "Mar 5, 2023", "absolute", (D(5), D(5))),
    ("english-day-first", "21 January 2022", "absolute", (D(21, 1, 2022), D(21, 1, 2022))),
    ("weekday-plain", "اجتمع المجلس يوم الأحد", "weekday", (D(12), D(12))),
    ("weekday-plain-is-today", "يوم الأربعاء", "weekday", (D(15), D(15))),
    ("weekday-bare", "وصل الوفد الاثنين", "weekday", (D(13), D(13))),
    ("weekday-part-of-day", "مساء الثلاثاء", "weekday", (D(14), D(14))),
    ("weekday-past", "الخميس الماضي", "weekday", (D(9), D(9))),
    ("weekday-past-same-name", "الأربعاء الماضي", "weekday", (D(8), D(8))),
    ("weekday-past-fem", "الجمعة الماضية", "weekday", (D(10), D(10))),
    ("weekday-faet", "يوم السبت الفائت", "weekday", (D(11), D(11))),
    ("weekday-munsarim", "الأحد المنصرم", "weekday", (D(12), D(12))),
    ("weekday-next", "السبت المقبل", "weekday", (D(18), D(18))),
    ("weekday-next-same-name", "الأربعاء القادم", "weekday", (D(22), D(22))),
    ("today-weekday", "اليوم الأربعاء", "weekday", (D(15), D(15))),
    ("yesterday-weekday", "أمس الثلاثاء", "weekday", (D(14), D(14))),
    ("yesterday-weekday-yawm", "يوم أمس الثلاثاء", "weekday", (D(14), D(14))),
    ("tomorrow-weekday", "غداً الخميس", "weekday", (D(16), D(16))),
    ("today", "أعلنت الوزارة اليوم", "relative_day", (D(15), D(15))),
    ("yesterday", "قال أمس", "relative_day", (D(14), D(14))),
    ("yesterday-proclitic", "وأمس أعلن", "relative_day", (D(14), D(14))),
    ("bil-ams", "بالأمس", "relative_day", (D(14), D(14))),
    ("barha", "البارحة", "relative_day", (D(14), D(14))),
    ("day-before-yesterday", "أول أمس", "relative_day", (D(13), D(13))),
    ("day-before-yesterday-min", "أول من أمس", "relative_day", (D(13), D(13))),
    ("tomorrow", "غداً", "relative_day", (D(16), D(16))),
    ("after-tomorrow", "بعد غد", "relative_day", (D(17), D(17))),
    ("tonight", "الليلة", "relative_day", (D(15), D(15))),
    ("this-evening", "مساء اليوم", "relative_day", (D(15), D(15))),
    ("this-morning", "صباح اليوم", "relative_day", (D(15), D(15))),
    ("last-night", "ليلة أمس", "relative_day", (D(14), D(14))),
    ("ago-digits", "قبل 6 أيام", "ago", (D(9), D(9))),
    ("ago-indic", "قبل ٤ أيام", "ago", (D(11), D(11))),
    ("ago-word", "قبل ثلاثة أيام", "ago", (D(12), D(12))),
    ("ago-dual", "قبل يومين", "ago", (D(13), D(13))),
    ("ago-one-day", "قبل يوم", "ago", (D(14), D(14))),
    ("ago-week", "قبل أسبوع", "ago", (D(8), D(8))),
    ("ago-two-weeks", "قبل أسبوعين", "ago", (D(1), D(1))),
    ("ago-weeks-n", "قبل 3 أسابيع", "ago", (D(22, 2), D(22, 2))),
    ("since-n-days", "منذ 3 أيام", "ago", (D(12), D(12))),
    ("since-word-days", "منذ خمسة أيام", "ago", (D(10), D(10))),
    ("ago-hours", "قبل ساعات", "ago", (D(14), D(15))),
    ("ago-about", "قبل نحو 5 أيام", "ago", (D(9), D(11))),
    ("seq-fourth", "لليوم الرابع على التوالي", "sequence", (D(12), D(12))),
    ("seq-third", "لليوم الثالث", "sequence", (D(13), D(13))),
    ("seq-typo", "لليوم للرابع على التوالي", "sequence", (D(12), D(12))),
    ("seq-fi", "في اليوم الخامس", "sequence", (D(11), D(11))),
    ("seq-second", "لليوم الثاني", "sequence", (D(14), D(14))),
    ("seq-tenth", "لليوم العاشر", "sequence", (D(6), D(6))),
    ("seq-eleventh", "لليوم الحادي عشر", "sequence", (D(5), D(5))),
    ("ordinal-day", "في السابع من أكتوبر 2022", "absolute", (D(7, 10, 2022), D(7, 10, 2022))),
    ("ordinal-compound-day", "في الحادي والعشرين من شهر آب 2013", "absolute", (D(21, 8, 2013), D(21, 8, 2013))),
    ("ordinal-day-no-year", "في الأول من آذار", "absolute", (D(1), D(1))),
    ("seq-twenty-seventh", "في اليوم السابع والعشرين", "sequence", (D(17, 2), D(17, 2))),
    ("since-ordinal-date", "منذ السابع من تشرين الأول 2022", "since", (D(7, 10, 2022), D(15))),
    ("since-date-of-no-year", "منذ الثامن من تشرين الأول الماضي", "since", (D(8, 10, 2022), D(15))),
    ("since-digits-no-year", "منذ 8 تشرين الأول الماضي", "since", (D(8, 10, 2022), D(15))),
    ("past-date-of-no-year", "في 20 آذار الماضي", "absolute", (D(20, 3, 2022), D(20, 3, 2022))),
    ("since-weekday-past", "منذ يوم الخميس الماضي", "since", (D(9), D(15))),
    ("since-weekday", "منذ الخميس", "since", (D(9), D(15))),
    ("since-same-weekday", "منذ الأربعاء", "since", (D(8), D(15))),
    ("since-yesterday", "منذ أمس", "since", (D(14), D(15))),
    ("since-yesterday-weekday", "منذ مساء أمس الخميس", "since", (D(14), D(15))),  # (not "أمس الخميس" alone)
    ("since-event-weekday", "منذ بدء الهجوم يوم الخميس", "since", (D(9), D(15))),  # (the event began that day)
    ("since-event-yesterday", "منذ اندلاع الاشتباكات أمس", "since", (D(14), D(15))),
    ("since-this-morning", "منذ صباح اليوم", "since", (D(15), D(15))),
    # since a month of no year: from its first day (the latest such month, before this one if "الماضي")
    ("since-month-past", "منذ ديسمبر الماضي", "since", (D(1, 12, 2022), D(15))),
    ("since-start-of-month-past", "منذ مطلع أيار الماضي", "since", (D(1, 5, 2022), D(15))),
    ("since-month-shahr", "منذ شهر كانون الثاني", "since", (D(1, 1), D(15))),
    ("period-two-days", "خلال اليومين الماضيين", "period", (D(13), D(15))),
    ("period-24h", "خلال 24 ساعة", "period", (D(14), D(15))),
    ("period-24h-article", "خلال الـ24 ساعة الماضية", "period", (D(14), D(15))),
    ("period-hours-24", "خلال الساعات الـ24 الماضية", "period", (D(14), D(15))),
    ("period-week", "خلال الأسبوع الماضي", "period", (D(8), D(15))),
    ("period-three-days", "خلال الأيام الثلاثة الماضية", "period", (D(12), D(15))),
    ("period-ghudun", "في غضون يومين", "period", (D(13), D(15))),
    ("elapsed-day-and-more", "بعد يوم ونيف من القتال", "elapsed", (D(13), D(14))),
    # a month of no year: the latest such month begun by publication, before its month if "الماضي"
    ("month-past-two-names", "خلال شباط/فبراير الماضي", "absolute", (D(1, 2), D(28, 2))),
    ("month-shahr", "في شهر أيار", "absolute", (D(1, 5, 2022), D(31, 5, 2022))),
    ("month-past-in-its-month", "في آذار الماضي", "absolute", (D(1, 3, 2022), D(31, 3, 2022))),
    ("month-this-one", "خلال شهر آذار", "absolute", (D(1), D(31))),
]


@pytest.mark.parametrize("phrase,kind,resolved", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_expression(phrase, kind, resolved):
    e = only(phrase)
    assert e.kind == kind
    assert e.resolve(PUB) == resolved


NOT_DATES = [
    ("next-day", "وفي اليوم التالي عاد الهدوء"),       # a day of the story, not today
    ("same-day", "اليوم نفسه"),
    ("month-alone", "قال الأب إن ابنه قتل"),             # آب is also "father"
    ("bare-number", "قتل 21 شخصا و3 جرحى"),
    ("fraction", "بنسبة 3/4"),
    ("year-alone", "منذ عام 2011"),
    ("month-since", "قتل 40 منذ مطلع أيار الماضي"),    # since then: a stretch up to now, not that month
]


@pytest.mark.parametrize("phrase", [r[1] for r in NOT_DATES], ids=[r[0] for r in NOT_DATES])
def test_not_a_day(phrase):
    kinds = [e.kind for e in find_dates(normalize(phrase).text)]
    assert "relative_day" not in kinds and "absolute" not in kinds


def test_offsets_point_into_normalized_text():
    n = normalize("وقال المتحدث أمس السبت إن القصف تواصل لليوم الثالث")
    for e in find_dates(n.text):
        assert n.text[e.start:e.end] == e.text
    assert [e.kind for e in find_dates(n.text)] == ["weekday", "sequence"]


def test_tweet_date_is_marked():
    n = normalize("نص التغريدة.\n— Some One (@someone) March 14, 2023")
    (e,) = find_dates(n.text)
    assert e.in_tweet and e.low == D(14)


def test_obfuscated_and_diacritics():
    e = only("قبلَ ستةِ أيامٍ")
    assert e.resolve(PUB) == (D(9), D(9))


# ---------------------------------------------------------------------------
# Hijri: the conversion is hijridate's.

@settings(max_examples=300, deadline=None)
@given(st.integers(1400, 1450), st.integers(1, 12), st.integers(1, 29))
def test_hijri_round_trip_is_the_library(y, m, d):
    g = hijri_to_gregorian(y, m, d)
    assert g == date(*Hijri(y, m, d).to_gregorian().datetuple())
    assert gregorian_to_hijri(g) == (y, m, d) == Gregorian(g.year, g.month, g.day).to_hijri().datetuple()
    lo, hi = hijri_interval(y, m, d)
    assert lo < g < hi and (hi - lo).days == 2


@settings(max_examples=100, deadline=None)
@given(st.integers(1400, 1450), st.sampled_from(HIJRI), st.integers(1, 29))
def test_hijri_text_holds_the_library_day(y, month_name, d):
    month, name = month_name
    e = only(f"{d} {name} {y} هـ")
    g = date(*Hijri(y, month, d).to_gregorian().datetuple())
    assert e.low <= g <= e.high


# ---------------------------------------------------------------------------
# The lexicon is validated.

def test_lexicon_rejects_a_name_under_two_weekdays(tmp_path):
    from riwaya.when import DATES_YAML
    text = DATES_YAML.read_text(encoding="utf-8").replace("  3: [الخميس]", "  3: [الخميس, السبت]")
    bad = tmp_path / "dates.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_date_lexicon(bad)
    assert "dates.yaml" in str(err.value) and err.value.line and "السبت" in str(err.value)


def test_lexicon_rejects_duplicate_keys(tmp_path):
    from riwaya.when import DATES_YAML
    text = DATES_YAML.read_text(encoding="utf-8").replace("  3: [الخميس]", "  3: [الخميس]\n  3: [الخميس]")
    bad = tmp_path / "dates.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="duplicate key"):
        load_date_lexicon(bad)


# ---------------------------------------------------------------------------
# One article.

def dated(text: str, published: str | None = None, id: str = "a", ref: date | None = None) -> ArticleInfo:
    return date_article(Article(id=id, text=text, published=published), normalize(text), reference_date=ref)


def test_metadata_first():
    info = dated("اجتمع الوزراء اليوم.", published="2023-03-15T10:00:00")
    assert (info.published.low, info.published.high) == ("2023-03-15", "2023-03-15")
    assert "metadata" in info.published.basis


def test_dateline_in_first_line():
    info = dated("دمشق - الأحد 12 آذار 2023\nقال مسؤول محلي إن الطريق أغلق.")
    assert (info.published.low, info.published.high) == ("2023-03-12", "2023-03-12")
    assert "12 آذار 2023" in info.published.basis


def test_dateline_opening_a_long_paragraph():
    # place, dash, date, colon, then the story on the same line
    long = " وأصيب عشرون آخرون بجروح متفاوتة جراء قصف مدفعي استهدف سوقاً شعبية في المدينة صباحاً."
    info = dated("عنوان الخبر\n\nحلب - 9 أيار 2024: قُتل سبعة مدنيين، بينهم طفلان،" + long)
    assert (info.published.low, info.published.high) == ("2024-05-09", "2024-05-09")
    info = dated("عنوان الخبر\n\nالموصل (وكالة محلية) 2 شباط 2021 - قُتل سبعة مدنيين" + long)
    assert info.published.low == "2021-02-02"
    # a date inside the story's first sentence is an event's date, not the dateline
    info = dated("عنوان الخبر\n\nقال المرصد إن 9 أيار 2024 شهد مقتل سبعة مدنيين" + long)
    assert info.published.low is None


def test_dateline_in_two_calendars_narrows():
    info = dated("عمان 20 رمضان 1444 هـ الموافق 11 نيسان 2023 م بترا\nخبر قصير.")
    assert (info.published.low, info.published.high) == ("2023-04-11", "2023-04-11")
    assert not date_warnings(info)


def test_today_with_date():
    info = dated("قالت الوزارة اليوم 14/3/2023 إن الطريق أغلق.")
    assert (info.published.low, info.published.high) == ("2023-03-14", "2023-03-14")


def test_weekday_only_leaves_the_day_unknown():
    info = dated("تتواصل المعارك اليوم الثلاثاء في محيط المدينة.")
    assert (info.published.low, info.published.high) == (None, None)
    assert ("weekday", 0, 1, "اليوم الثلاثاء") in info.anchors
    assert "Tuesday" in info.published.basis


def test_weekday_of_a_since_says_the_publication_weekday():
    # "منذ مساء أمس الخميس": a stretch from yesterday, and yesterday was a Thursday
    info = dated("تتواصل الاشتباكات منذ مساء أمس الخميس في محيط المدينة.")
    assert (info.published.low, info.published.high) == (None, None)
    assert ("weekday", -1, 3, "منذ مساء أمس الخميس") in info.anchors
    assert "Friday" in info.published.basis


def test_weekday_against_written_date_is_reported():
    info = dated("القاهرة - الخميس 14 آذار 2023\nخبر قصير.")
    assert any("not a Thursday" in w for w in date_warnings(info))
    assert "warning" in info.published.basis


def test_republished_keeps_metadata_and_reports():
    info = dated("تتواصل المعارك اليوم الاثنين لليوم الثاني على التوالي.", published="2023-03-15")
    assert (info.published.low, info.published.high) == ("2023-03-15", "2023-03-15")
    assert any("republished" in w for w in date_warnings(info))
    assert not [a for a in info.anchors if a[0] == "event_start"]


def test_tweet_posted_today():
    text = ("وكتب الوزير في تغريدة على حسابه مساء اليوم أن الوضع تحت السيطرة.\n"
            "الوضع تحت السيطرة.\n— Minister (@minister) March 14, 2023")
    info = dated(text)
    assert (info.published.low, info.published.high) == ("2023-03-14", "2023-03-15")


def test_tweet_without_today_is_a_lower_bound():
    info = dated("نقل الوزير في تغريدة سابقة موقفه.\n— Minister (@minister) March 14, 2023")
    assert (info.published.low, info.published.high) == ("2023-03-14", None)


def test_reference_date_is_a_stated_assumption():
    info = dated("قال مسؤول إن الطريق أغلق.", ref=PUB)
    assert info.published.low == "2023-03-15" and "assumed" in info.published.basis


def test_related_headline_is_not_this_article():
    info = dated("تتواصل الاشتباكات لليوم الرابع على التوالي.\nاقرأ أيضاً: الاشتباكات مستمرة لليوم الثاني")
    assert [a[1] for a in info.anchors if a[0] == "event_start"] == [(3, 3)]


def test_lines_under_a_more_news_header_are_other_stories():
    # the header names the kind of story and ends in a colon; the lines under it are other headlines
    info = dated("تتواصل الاشتباكات لليوم الرابع على التوالي.\nالمزيد من الأخبار العاجلة:\n"
                 "- الاشتباكات مستمرة لليوم الثاني")
    assert [a[1] for a in info.anchors if a[0] == "event_start"] == [(3, 3)]


# ---------------------------------------------------------------------------
# Several articles of one fictional incident: fighting around a town that began on
# Sunday 14 May 2023.

START = date(2023, 5, 14)
SCENARIO = [
    ("a", "2023-05-15", "اندلعت الاشتباكات يوم الأحد بين الطرفين في أطراف البلدة، وقالت مصادر طبية إن 4 أشخاص قتلوا.", date(2023, 5, 15)),
    ("b", None, "بدأ الهجوم على البلدة قبل 3 أيام، ولا تزال العائلات تنزح نحو القرى المجاورة.", date(2023, 5, 17)),
    ("c", None, "تتواصل المواجهات اليوم الثلاثاء لليوم الثالث على التوالي وسط قصف متقطع.", date(2023, 5, 16)),
    ("d", "2023-05-20", "تتواصل المعارك اليوم الاثنين لليوم الثاني على التوالي في البلدة.", date(2023, 5, 20)),
]


def scenario_infos() -> list[ArticleInfo]:
    return [dated(text, published=pub, id=id) for id, pub, text, _ in SCENARIO]


def test_scenario_event_start():
    s = event_start(scenario_infos())
    assert (s.low, s.high) == (START.isoformat(), START.isoformat())


def test_scenario_every_interval_holds_the_true_day():
    infos = infer_across(scenario_infos())
    truth = {id: day for id, _, _, day in SCENARIO}
    for info in infos:
        lo, hi = info.published.low, info.published.high
        assert lo is not None and hi is not None, info
        assert lo <= truth[info.id].isoformat() <= hi, info
    got = {i.id: (i.published.low, i.published.high) for i in infos}
    assert got["b"] == ("2023-05-17", "2023-05-17")
    assert got["c"] == ("2023-05-16", "2023-05-16")
    assert got["d"] == ("2023-05-20", "2023-05-20")
    assert any("republished" in w for w in date_warnings(infos[3]))


def test_since_weekday_alone_gives_a_week():
    infos = scenario_infos()[:1] + [dated("تستمر المعارك منذ يوم الأحد الماضي.", id="e")]
    e = infer_across(infos)[1]
    assert (e.published.low, e.published.high) == ("2023-05-15", "2023-05-21")


def test_contradicting_article_is_left_out_and_reported():
    infos = scenario_infos()[:3] + [dated("اندلعت المعارك قبل يومين.", published="2023-05-31", id="x")]
    out = infer_across(infos)
    assert out[3].published.low == "2023-05-31"
    assert any("contradict" in w for w in date_warnings(out[3]))
    assert (out[1].published.low, out[1].published.high) == ("2023-05-17", "2023-05-17")


def test_nothing_fixes_the_day():
    infos = [dated("تستمر المعارك منذ يوم الخميس.", id="p"), dated("قتل 3 قبل يومين.", id="q")]
    assert event_start(infos) is None
    assert all(i.published.low is None for i in infer_across(infos))


# ---------------------------------------------------------------------------
# Claims: the day each speaks for and the period it counts over.

INFO = ArticleInfo(id="a", outlet=None, outlet_text=None, published=DayRange("2023-03-15", "2023-03-15", "t"))

AS_OF = [
    ("plain", "قتل 5 أشخاص في القصف", ("2023-03-15", "2023-03-15")),
    ("yesterday", "قتل أمس 5 أشخاص", ("2023-03-14", "2023-03-14")),
    ("yesterday-weekday", "أعلنت الوزارة أمس الثلاثاء مقتل 5", ("2023-03-14", "2023-03-14")),
    ("two-days", "قتل أول أمس 5 أشخاص", ("2023-03-13", "2023-03-13")),
    ("weekday", "قتل يوم الأحد 5 أشخاص", ("2023-03-12", "2023-03-12")),
    ("written", "قتل في 2 آذار 2023 خمسة", ("2023-03-02", "2023-03-02")),
    ("ago", "قتل قبل 3 أيام 5 أشخاص", ("2023-03-12", "2023-03-12")),
    ("tweet", "قتل 5.\n— X (@x) March 10, 2023", ("2023-03-10", "2023-03-10")),
    ("years-ago-is-background", "منذ هزيمته قبل 3 سنوات قتل 5", ("2023-03-15", "2023-03-15")),
]


@pytest.mark.parametrize("sentence,expected", [r[1:] for r in AS_OF], ids=[r[0] for r in AS_OF])
def test_claim_as_of(sentence, expected):
    d = claim_as_of(INFO, find_dates(normalize(sentence).text))
    assert (d.low, d.high) == expected


def test_claim_as_of_follows_an_interval():
    info = ArticleInfo(id="a", outlet=None, outlet_text=None, published=DayRange("2023-03-15", "2023-03-16", "t"))
    d = claim_as_of(info, find_dates(normalize("قتل أمس 5").text))
    assert (d.low, d.high) == ("2023-03-14", "2023-03-15")


def test_claim_as_of_unknown_publication():
    info = ArticleInfo(id="a", outlet=None, outlet_text=None, published=DayRange(None, None, ""))
    assert claim_as_of(info, find_dates(normalize("قتل أمس 5").text)) is None


PERIODS = [
    ("two-days", "قتل 200 خلال اليومين الماضيين", ("2023-03-13", "2023-03-15")),
    ("since-thursday", "قتل 40 منذ الخميس", ("2023-03-09", "2023-03-15")),
    ("since-start", "قتل 40 منذ بدء الهجوم", (None, "2023-03-15")),
    ("week", "نزح 900 خلال الأسبوع الماضي", ("2023-03-08", "2023-03-15")),
    ("since-start-on-a-day", "اعتقل 300 منذ بدء العدوان في السابع من تشرين الأول 2022", ("2022-10-07", "2023-03-15")),
    ("since-outbreak-on-a-day", "قتل 300 منذ اندلاع الحرب في 15 نيسان 2022", ("2022-04-15", "2023-03-15")),
]


@pytest.mark.parametrize("sentence,expected", [r[1:] for r in PERIODS], ids=[r[0] for r in PERIODS])
def test_claim_period(sentence, expected):
    d = claim_period(INFO, find_dates(normalize(sentence).text))
    assert (d.low, d.high) == expected


def test_no_period():
    assert claim_period(INFO, find_dates(normalize("قتل أمس 5").text)) is None


@pytest.mark.parametrize("sentence", [
    "وتتوقع المنظمة نزوح 5 آلاف شخص خلال الأيام المقبلة",  # the unit's future adjective
    "مرجحاً ارتفاع عدد القتلى خلال الساعات القادمة",
    "وقالت الحكومة إنه سيتم الإفراج عن 550 معتقلاً خلال شهرين",  # a future marker before it
    "ومن المقرر أن يغادر 300 مقاتل المدينة خلال الأسبوع",
])
def test_a_stretch_still_to_come_is_no_period(sentence):
    # a count over a stretch to come is no count of the past days ("خلال" alone, or with الماضية, is)
    assert claim_period(INFO, find_dates(normalize(sentence).text)) is None
    # (the future marker of an earlier sentence does not reach into the next)
    later = normalize("وسيتم فتح المعبر. وقتل 12 خلال الأسبوع الماضي").text
    assert claim_period(INFO, find_dates(later)) is not None


def test_dates_in_a_sentence():
    n = normalize("قتل أمس 5. ونزح اليوم 100.").text
    exprs = find_dates(n)
    first = dates_in(exprs, 0, n.index("."))
    assert [e.text for e in first] == ["امس"]


def test_an_ordinal_day_of_a_month_is_no_day_of_the_events():
    kinds = lambda s: [e.kind for e in find_dates(normalize(s).text)]  # noqa: E731
    assert "sequence" not in kinds("ويأتي الهجوم في اليوم الثالث والعشرين من شهر رمضان")
    assert "sequence" not in kinds("في اليوم الخامس من آب")
    assert kinds("تتواصل الاشتباكات في اليوم الخامس من القتال") == ["sequence"]


def test_the_day_an_attack_struck_is_the_events_start():
    info = dated("صد هجوم على مفرزة\n\nواغادوغو، 27 أغسطس/آب 2023 - أعلن الجيش مساء الأحد أنه صد هجوماً "
                 "استهدف فجر السبت مفرزة عسكرية شمالي البلاد.")
    s = event_start([info])
    assert (s.low, s.high) == ("2023-08-26", "2023-08-26")


def test_an_incident_began_on_or_before_its_earliest_report_on_the_weekday_another_gives():
    """One article is dated Saturday 16 November 2024 and says nothing of when the attack began;
    another, undated, says the gunmen struck on Friday evening. The start is bound from above
    only: Friday 15 November at the latest (no earlier bound), and the reconciler takes it."""
    saturday = dated("هجوم على فندق\n\nمقديشو، 16 نوفمبر 2024 - قالت الشرطة إن 17 شخصاً قتلوا.", id="s")
    friday = dated("هجوم على فندق\n\nقالت الشرطة إن الهجوم الذي شنه مسلحون مساء الجمعة أسفر عن مقتل 17.", id="f")
    s = event_start([saturday, friday])
    assert (s.low, s.high) == (None, "2024-11-15")
    out = infer_across([saturday, friday])
    assert (out[1].published.low, out[1].published.high) == (None, "2024-11-21")  # within 6 days of the start
    assert event_start([saturday]) is None  # a report's own day alone says no more than that day
    from riwaya.reconcile.sheet import incident_start
    from riwaya.model import ArticleResult
    group = [ArticleResult(Article(i.id, ""), i, (), frozenset()) for i in (saturday, friday)]
    assert incident_start(group) == date(2024, 11, 15)


@pytest.mark.parametrize("sentence, as_of, period_low", [
    # a written date after "منذ" starts a count that runs to publication
    ("وبذلك يرتفع عدد القتلى منذ 8 تشرين الأول 2023 إلى 950", "2024-11-06", "2023-10-08"),
    ("ونزح أكثر من 5 آلاف شخص منذ مطلع آذار 2024", "2024-11-06", "2024-03-01"),
    # a comparison's date names the earlier event, the day its figure speaks for
    ("وهو الهجوم الأكثر دموية منذ آب 2011 حين قتل 30 جندياً", "2011-08-01", None),
    ("وتعد هذه الاشتباكات الأعنف منذ 27 آب 2022 التي قتل فيها 32 شخصاً", "2022-08-27", None),
], ids=["since-a-day", "since-a-month", "comparison-when", "comparison-superlative"])
def test_a_written_date_after_since_starts_a_count_unless_it_is_a_comparison(sentence, as_of, period_low):
    info = dated("خبر\n\nالخيام - 6 تشرين الثاني 2024\nقتل 7 أشخاص.")
    found = find_dates(normalize(sentence).text)
    assert claim_as_of(info, found).low == as_of
    p = claim_period(info, found)
    assert (p.low if p else None) == period_low
