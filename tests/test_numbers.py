"""Number mentions in Arabic text: one row per phenomenon, plus properties of the parser."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from riwaya.ar.numbers import NumberMention, NumberReader, default_reader, load_number_lexicon
from riwaya.text.normalize import normalize
from riwaya.yamlio import DataError


@pytest.fixture(scope="module")
def reader() -> NumberReader:
    return default_reader()


def mentions(reader: NumberReader, text: str) -> tuple[str, list[NumberMention]]:
    norm = normalize(text).text
    return norm, reader.find(norm)


def first(reader: NumberReader, text: str) -> NumberMention:
    norm, found = mentions(reader, text)
    assert found, f"no number found in {text!r}"
    return found[0]


N = None  # an open end of an interval

# (id, phrase, low, high, qualifier, excluded): the first mention of the phrase.
COUNTS = [
    # digits
    ("digits", "قتل 27 شخصاً في الهجوم", 27, 27, "exact", None),
    ("digits-comma-thousands", "نزح 1,200 شخص", 1200, 1200, "exact", None),
    ("digits-arabic-separator", "نزح ١٬٢٠٠ شخص", 1200, 1200, "exact", None),
    ("digits-arabic-indic", "قُتل ٢٣ مدنياً", 23, 23, "exact", None),
    ("digits-glued-to-noun", "سقط 14جندياً في الكمين", 14, 14, "exact", None),
    ("digits-nbsp", "قتل 27\u00a0شخصاً", 27, 27, "exact", None),
    ("digits-dot-thousands", "سقط 1.200 قتيل", 1200, 1200, "exact", None),
    ("digits-decimal-million", "نزح 1.5 مليون شخص", 1_500_000, 1_500_000, "exact", None),
    ("digits-comma-decimal-million", "نزح 2,5 مليون شخص", 2_500_000, 2_500_000, "exact", None),
    ("mixed-thousands", "يحتجز 5 آلاف عنصر", 5000, 5000, "exact", None),
    ("mixed-alif-accusative", "فر 25 ألفاً من السكان", 25000, 25000, "exact", None),
    ("mixed-hundred-thousand", "لجأ 100 ألف شخص", 100_000, 100_000, "exact", None),
    ("mixed-million", "نزح 2 مليون شخص", 2_000_000, 2_000_000, "exact", None),
    # words: one to ten, gender and case
    ("unit-masc", "قتل ستة أشخاص", 6, 6, "exact", None),
    ("unit-fem", "قتلت ست نساء", 6, 6, "exact", None),
    ("one-masc", "نجا شخص واحد", 1, 1, "exact", None),
    ("one-fem", "قتلت امرأة واحدة", 1, 1, "exact", None),
    ("two-oblique", "اعتقل اثنين من الحراس", 2, 2, "exact", None),
    ("two-nominative", "فر اثنان من السجناء", 2, 2, "exact", None),
    ("two-fem", "أصيبت اثنتين من النساء", 2, 2, "exact", None),
    ("ten-masc", "أسر عشرة جنود", 10, 10, "exact", None),
    ("ten-fem", "نزحت عشر عائلات", 10, 10, "exact", None),
    ("eight-fem", "قتلت ثماني نساء", 8, 8, "exact", None),
    ("definite-unit", "قتل الثلاثة الذين حاولوا الفرار", 3, 3, "exact", None),
    ("with-prep", "تعهد بخمسة ملاجئ", 5, 5, "exact", None),
    # tens and teens
    ("tens-nominative", "أصيب ثلاثون مدنياً", 30, 30, "exact", None),
    ("tens-oblique", "أحصى ثلاثين جريحاً", 30, 30, "exact", None),
    ("teen-eleven", "قتل أحد عشر شخصاً", 11, 11, "exact", None),
    ("teen-eleven-fem", "قتلت إحدى عشرة امرأة", 11, 11, "exact", None),
    ("teen-twelve-nom", "أسر اثنا عشر جندياً", 12, 12, "exact", None),
    ("teen-twelve-obl", "أسروا اثني عشر مدنياً", 12, 12, "exact", None),
    ("teen-thirteen", "قتل ثلاثة عشر مسلحاً", 13, 13, "exact", None),
    ("teen-thirteen-fem", "أصيبت ثلاث عشرة امرأة", 13, 13, "exact", None),
    ("teen-nineteen", "فر تسعة عشر سجيناً", 19, 19, "exact", None),
    ("unit-and-ten", "قتل خمسة وعشرون شخصاً", 25, 25, "exact", None),
    ("definite-compound", "نقل الخمسة والعشرين جريحاً", 25, 25, "exact", None),
    # hundreds
    ("hundred", "سقط مئة قتيل", 100, 100, "exact", None),
    ("hundred-old-spelling", "سقط مائة جريح", 100, 100, "exact", None),
    ("hundred-dialect", "فر مية شخص", 100, 100, "exact", None),
    ("hundred-definite", "أطلق سراح المئة الباقين", 100, 100, "exact", None),
    ("two-hundred-oblique", "أسر مئتين من المقاتلين", 200, 200, "exact", None),
    ("two-hundred-alt", "نقل مائتي سجين", 200, 200, "exact", None),
    ("two-hundred-construct", "شارك مئتا مقاتل", 200, 200, "exact", None),
    ("hundreds-glued", "هاجم ثلاثمئة مسلح", 300, 300, "exact", None),
    ("hundreds-spaced", "هاجم ثلاث مئة مسلح", 300, 300, "exact", None),
    ("hundreds-alt-glued", "عادت خمسمائة عائلة", 500, 500, "exact", None),
    ("hundreds-eight", "نزحت ثمانمئة عائلة", 800, 800, "exact", None),
    ("hundred-and-compound", "قتل مئة وخمسة وعشرون شخصاً", 125, 125, "exact", None),
    ("hundreds-and-ten", "قرابة ثلاثمئة وخمسين", 350, 350, "approx", None),
    # thousands and beyond
    ("thousand", "فر ألف سجين", 1000, 1000, "exact", None),
    ("thousand-definite", "عاد الألف نازح", 1000, 1000, "exact", None),
    ("thousand-accusative-alone", "جمعوا ألفاً من المقاتلين", 1000, 1000, "exact", None),
    ("two-thousand-dual", "نزح ألفين من السكان", 2000, 2000, "exact", None),
    ("two-thousand-construct", "لجأ ألفي لاجئ", 2000, 2000, "exact", None),
    ("thousands-plural", "جنّد خمسة آلاف مقاتل", 5000, 5000, "exact", None),
    ("thousand-and-hundreds", "فر ألف ومئتان", 1200, 1200, "exact", None),
    ("teen-thousands", "نزح اثنا عشر ألفاً", 12000, 12000, "exact", None),
    ("compound-thousands", "نزح خمسة وعشرون ألفاً", 25000, 25000, "exact", None),
    ("hundreds-of-thousands", "نزح ثلاثمئة وخمسون ألفاً", 350_000, 350_000, "exact", None),
    ("million", "نزح مليون شخص", 1_000_000, 1_000_000, "exact", None),
    ("million-and-half", "نزح مليون وخمسمئة ألف شخص", 1_500_000, 1_500_000, "exact", None),
    ("millions-plural", "ثلاثة ملايين نازح", 3_000_000, 3_000_000, "exact", None),
    # vague quantities
    ("vague-tens", "فر عشرات السجناء", 20, 99, "vague", None),
    ("vague-tens-definite", "لا يزال العشرات منهم طلقاء", 20, 99, "vague", None),
    ("vague-hundreds", "خرج مئات المدنيين", 200, 999, "vague", None),
    ("vague-hundreds-definite", "فر المئات من السجن", 200, 999, "vague", None),
    ("vague-thousands", "نزح آلاف المدنيين", 2000, 9999, "vague", None),
    ("vague-thousands-definite", "نزح الآلاف", 2000, 9999, "vague", None),
    ("vague-tens-of-thousands", "نزح عشرات الآلاف", 20000, 99999, "vague", None),
    ("vague-hundreds-of-thousands", "نزح مئات الآلاف", 200_000, 999_999, "vague", None),
    ("vague-millions", "نزح ملايين السوريين", 2_000_000, 9_999_999, "vague", None),
    ("vague-few", "أصيب بضعة أشخاص", 3, 9, "vague", None),
    ("vague-few-fem", "أصيبت بضع نساء", 3, 9, "vague", None),
    ("vague-few-tens", "قتل بضع عشرات", 30, 90, "vague", None),
    ("vague-few-thousands", "نزح بضعة آلاف", 3000, 9000, "vague", None),
    ("vague-few-teen", "قتل بضعة عشر مسلحاً", 13, 19, "vague", None),
    ("vague-hedged-stays-vague", "فر أكثر من عشرات السجناء", 20, 99, "vague", None),
    # quantifiers
    ("some-number-of", "أصيب عدد من المدنيين", N, N, "some", None),
    ("some-accusative", "اعتقلوا عدداً من المسلحين", N, N, "some", None),
    ("some-another-number", "استسلم عدد آخر من المسلحين", N, N, "some", None),
    ("some-several", "نقل بعض السجناء", N, N, "some", None),
    ("all", "قتل جميع المهاجمين", N, N, "all", None),
    ("all-kaffa", "استسلم كافة العناصر", N, N, "all", None),
    ("all-pronoun", "قتلوا جميعهم", N, N, "all", None),
    ("all-kull", "فر كل الحراس", N, N, "all", None),
    ("most", "معظم القتلى من المدنيين", N, N, "most", None),
    ("most-ghalibiya", "غالبية الضحايا أطفال", N, N, "most", None),
    ("most-aghlab", "أغلب المصابين نساء", N, N, "most", None),
    ("most-aghlabiya", "أغلبية السكان نزحوا", N, N, "most", None),
    # hedges: approx
    ("approx-nahw", "فر نحو 80 سجيناً", 80, 80, "approx", None),
    ("approx-qurabat", "هاجم قرابة 300 مسلح", 300, 300, "approx", None),
    ("approx-hawali", "قتل حوالي 50 شخصاً", 50, 50, "approx", None),
    ("approx-hawala", "قتل حوالى 50 شخصاً", 50, 50, "approx", None),
    ("approx-bihudud", "يقدر عددهم بحدود 80 سجيناً", 80, 80, "approx", None),
    ("approx-ma-yuqarib", "ظهر ما يقارب 20 أسيراً", 20, 20, "approx", None),
    ("approx-mayuqarib-glued", "ظهر مايقارب 20 أسيراً", 20, 20, "approx", None),
    ("approx-yuqarib", "نزح ما يقارب ألف شخص", 1000, 1000, "approx", None),
    ("approx-zuhaa", "هاجم زهاء ألف مسلح", 1000, 1000, "approx", None),
    ("approx-taqriban-before", "قتل تقريباً 40 شخصاً", 40, 40, "approx", None),
    ("approx-taqriban-after", "قتل 40 شخصاً تقريباً", 40, 40, "approx", None),
    ("approx-glued-waw", "وقرابة 300 مسلح", 300, 300, "approx", None),
    ("approx-glued-ba", "قدرت الحصيلة بنحو 300 قتيل", 300, 300, "approx", None),
    ("approx-words", "فر نحو ألف من العناصر", 1000, 1000, "approx", None),
    # hedges: more than
    ("more-akthar-min", "قتل أكثر من 100 مهاجم", 100, N, "more_than", None),
    ("more-ma-yazid-an", "أصيب ما يزيد عن 23 عنصراً", 23, N, "more_than", None),
    ("more-ma-yazid-ala", "أصيب ما يزيد على 23 عنصراً", 23, N, "more_than", None),
    ("more-mayazid-glued", "أصيب مايزيد عن 23 عنصراً", 23, N, "more_than", None),
    ("more-yazid", "حصيلة يزيد عن 23 قتيلاً", 23, N, "more_than", None),
    ("more-tazid", "الحصيلة تزيد عن المئة", 100, N, "more_than", None),
    ("more-tazid-ala", "الحصيلة تزيد على 40", 40, N, "more_than", None),
    ("more-yarbu", "فر ما يربو على 40 سجيناً", 40, N, "more_than", None),
    ("more-yarbu-bare", "عدد يربو على 40", 40, N, "more_than", None),
    # hedges: at least, less than, at most
    ("least-la-yaqill", "قتل لا يقل عن 11 شخصاً", 11, N, "at_least", None),
    ("least-ma-la-yaqill", "ذكر ما لا يقل عن أحد عشر شخصاً", 11, N, "at_least", None),
    ("least-before", "قتل على الأقل 11 شخصاً", 11, N, "at_least", None),
    ("least-after", "قتل 11 شخصاً على الأقل", 11, N, "at_least", None),
    ("least-after-glued-noun", "سقط 14جندياً على الأقل", 14, N, "at_least", None),
    ("least-with-to-be-between", "كان عددهم لم يكن يقل عن 20 مسلحاً", 20, N, "at_least", None),
    ("least-lowest-estimate-after", "وصل عدد القتلى إلى 21 على أقل تقدير", 21, N, "at_least", None),
    ("least-as-a-minimum-after", "قتل 30 شخصاً كحد أدنى", 30, N, "at_least", None),
    ("most-highest-estimate-after", "أصيب 12 شخصاً على أكثر تقدير", N, 12, "at_most", None),
    ("less-aqall-min", "أصيب أقل من 10 أشخاص", N, 10, "less_than", None),
    ("less-ma-dun", "أصيب ما دون 10 أشخاص", N, 10, "less_than", None),
    ("dun-alone-no-hedge", "أصيب دون 10 أشخاص", 10, 10, "exact", None),
    ("most-la-yazid", "عدد لا يزيد عن 10", N, 10, "at_most", None),
    ("most-la-tazid", "حصيلة لا تزيد على 10", N, 10, "at_most", None),
    ("most-after", "قتل 10 أشخاص على الأكثر", N, 10, "at_most", None),
    ("most-lam-yatajawaz", "عدد الفارين لم يتجاوز أربعة", N, 4, "at_most", None),
    ("more-yatajawaz", "عدد يتجاوز 40 شخصاً", 40, N, "more_than", None),
    # ranges
    ("range-bayn-wa", "قتل بين 20 و25 شخصاً", 20, 25, "range", None),
    ("range-bayn-wa-spaced", "قتل بين 20 و 25 شخصاً", 20, 25, "range", None),
    ("range-ma-bayn-ila", "قتل ما بين 20 إلى 25 شخصاً", 20, 25, "range", None),
    ("range-dash", "قتل 20-25 شخصاً", 20, 25, "range", None),
    ("range-aw", "قتل 20 أو 30 شخصاً", 20, 30, "range", None),
    ("range-words-aw", "قتل عشرين أو ثلاثين شخصاً", 20, 30, "range", None),
    ("range-words-bayn", "قتل بين عشرين وثلاثين شخصاً", 20, 30, "range", None),
    ("range-units-aw", "أصيب ثلاثة أو أربعة", 3, 4, "range", None),
    ("range-ila-no-opener", "قتل 20 إلى 30 شخصاً", 20, 30, "range", None),
    ("range-scale-carries-over", "نزح بين 5 و10 آلاف شخص", 5000, 10000, "range", None),
    ("range-words-scale", "نزح من ثلاثة إلى أربعة ملايين", 3_000_000, 4_000_000, "range", None),
    ("least-laysa-aqall", "قتل ليس أقل من 30", 30, N, "at_least", None),
    ("no-range-without-bayn", "قتل 10 و25 جريحاً", 10, 10, "exact", None),
]

EXCLUDED = [
    # years
    ("year-aam", "قتل في عام 2014 نحو", "year"),
    ("year-alaam", "منذ العام 2021", "year"),
    ("year-sana", "في سنة 2015", "year"),
    ("year-alone", "في 2019 هاجم التنظيم", "year"),
    ("year-suffix", "خلال 2022م", "year"),
    ("year-after-month", "في كانون الثاني 2022", "year"),
    ("year-after-month-egypt", "في يناير 2022", "year"),
    # dates
    ("date-slashes", "في 21/1/2022 هاجم", "date"),
    ("date-day-month", "في 21 يناير هاجم", "date"),
    ("date-levantine", "في 3 آذار هاجم", "date"),
    ("date-hijri", "في 15 شوال 1436 هاجم", "date"),
    ("date-safar", "في 15 صفر 1443 هاجم", "date"),
    ("date-current-month", "في 21 الجاري", "date"),
    ("date-of-month", "في 21 من الشهر الماضي", "date"),
    # times
    ("time-clock", "في الساعة 5 فجراً", "time"),
    ("time-colon", "عند 5:30 بدأ الهجوم", "time"),
    ("time-sabahan", "عند 5 صباحاً", "time"),
    ("time-masaan", "عند 7 مساءً", "time"),
    # durations
    ("duration-years", "منذ هزيمته قبل 3 سنوات", "duration"),
    ("duration-days", "بدأ الهجوم قبل 6 أيام", "duration"),
    ("duration-months", "منذ 3 أشهر", "duration"),
    ("duration-hours", "خلال 24 ساعة", "duration"),
    ("duration-words", "قبل ثلاث سنوات", "duration"),
    ("duration-ten-days", "استمر عشرة أيام", "duration"),
    ("duration-minutes", "بعد 5 دقائق", "duration"),
    ("duration-weeks", "بعد 3 أسابيع", "duration"),
    ("duration-aam", "منذ 10 أعوام", "duration"),
    ("duration-noun-then-one", "خلال شهر واحد", "duration"),
    ("money-noun-then-one", "لم يدفعوا دولاراً واحداً", "money"),
    # percentages
    ("percent-sign", "ارتفع بنسبة 20% عن", "percent"),
    ("percent-bilmia", "ارتفع 20 بالمئة", "percent"),
    ("percent-fil-mia", "ارتفع 20 في المئة", "percent"),
    ("percent-bilmaa", "ارتفع 20 بالمائة", "percent"),
    ("percent-words", "ارتفع عشرين في المئة", "percent"),
    # money
    ("money-dollar", "دفع 500 دولار", "money"),
    ("money-lira", "خصص 5 ملايين ليرة", "money"),
    ("money-million-dollar", "خصص مليون دولار", "money"),
    ("money-dinar", "غرامة 1000 دينار", "money"),
    ("money-riyal", "تبرع بـ200 ريال", "money"),
    ("money-pound", "دفع 50 جنيهاً", "money"),
    ("money-euro", "دفع 100 يورو", "money"),
    ("money-dirham", "دفع 300 درهم", "money"),
    ("money-sign", "دفع $500 للمهربين", "money"),
    # ages
    ("age-yablugh", "شاب يبلغ من العمر 25 عاماً", "age"),
    ("age-albaligh", "الشاب البالغ 25 عاماً", "age"),
    ("age-parenthesis", "الطفل محمد (12 عاماً) قتل", "age"),
    ("age-biumr", "طفل بعمر 15 سنة", "age"),
    ("age-umruhu", "رجل عمره 30 سنة", "age"),
    # phone numbers
    ("phone-local", "للتواصل 0933123456 فقط", "phone"),
    ("phone-international", "اتصل على +963 11 2345678 للطوارئ", "phone"),
    # distances and measures
    ("distance-km", "على بعد 5 كم من السجن", "distance"),
    ("distance-kilometres", "على بعد 10 كيلومترات", "distance"),
    ("distance-metres", "على بعد 200 متر", "distance"),
    ("distance-miles", "على بعد 3 أميال", "distance"),
    ("weight-tons", "ضبط 5 أطنان من المتفجرات", "weight"),
    ("area-feddans", "مزرعة تقدر مساحتها بـ 3 أفدنة", "distance"),
    ("area-hectares", "احترق أكثر من 40 هكتارا من الغابات", "distance"),
    # unit and model names
    ("model-brigade", "عناصر اللواء 55 التابع", "model"),
    ("model-division", "قوات الفرقة 17 المنتشرة", "model"),
    ("model-article", "بموجب المادة 4 من القانون", "model"),
    ("model-number", "السجين رقم 3 فر", "model"),
    ("model-regiment", "قصف الفوج 46 غرب", "model"),
    # Latin text, handles, URLs
    ("latin-road", "على الطريق الدولي M4 قرب", "latin"),
    ("latin-outlet", "وقال مراسل SY24 إن", "latin"),
    ("latin-url", "المصدر https://example.com/news/123 اليوم", "latin"),
    ("latin-handle", "نشر الحساب @user123 صورا", "latin"),
    ("latin-tweet-date", "- Name (@handle) January 21, 2022", "latin"),
    # digits run into a name's word: an outlet's
    ("name-outlet-dateline", "الفاشر - دارفور24\n\nقتل", "name"),
    ("name-outlet-comma", "وذكرت قناة فرانس24، أن", "name"),
    # a number word after "عبد": a name ("the servant of the One")
    ("name-abd-al-wahid", "قتلت القوات عناصر من جناح عبد الواحد في جبل مرة", "name"),
    # ordinals
    ("ordinal-fifth", "توفي الجريح الخامس", "ordinal"),
    ("ordinal-fourth-fem", "للمرة الرابعة", "ordinal"),
    ("ordinal-eleventh", "في اليوم الحادي عشر", "ordinal"),
    ("ordinal-tenth-fem", "الدفعة العاشرة من", "ordinal"),
    ("ordinal-third", "لليوم الثالث على التوالي", "ordinal"),
    ("ordinal-compound", "في الحادي والعشرين من الشهر", "ordinal"),
    ("ordinal-first", "المرة الأولى", "ordinal"),
    # fractions are not counts
    ("decimal", "بلغ المعدل 2.5 نقطة", "decimal"),
    # the numbers of a list's items
    ("list-dash-names", "وهذه أسماء الضحايا: 1- أحمد علي 2- محمود حسن 3- سعيد خالد", "index"),
    ("list-bracket-last-item", "والمفقودون هم: 1) رامي يوسف 2) خالد عمر", "index"),
    ("list-dot-line-start", "الأسماء:\n1. أحمد علي\n2. محمود حسن", "index"),
]

ORDINAL_VALUES = {"ordinal-fifth": 5, "ordinal-fourth-fem": 4, "ordinal-eleventh": 11, "ordinal-tenth-fem": 10,
                  "ordinal-third": 3, "ordinal-compound": 21, "ordinal-first": 1}


@pytest.mark.parametrize("phrase,low,high,qualifier,excluded",
                         [r[1:] for r in COUNTS], ids=[r[0] for r in COUNTS])
def test_counts(reader, phrase, low, high, qualifier, excluded):
    m = first(reader, phrase)
    assert (m.value.low, m.value.high, m.value.qualifier, m.excluded) == (low, high, qualifier, excluded)


@pytest.mark.parametrize("phrase,reason", [r[1:] for r in EXCLUDED], ids=[r[0] for r in EXCLUDED])
def test_exclusions(reader, phrase, reason):
    norm, found = mentions(reader, phrase)
    reasons = [m.excluded for m in found]
    assert reason in reasons, f"{phrase!r}: {[(norm[m.start:m.end], m.excluded) for m in found]}"
    # and nothing in these phrases is mistaken for a count
    assert all(m.excluded or m.kind == "quantifier" for m in found), [(norm[m.start:m.end], m) for m in found]


@pytest.mark.parametrize("phrase,value", [(r[1], ORDINAL_VALUES[r[0]]) for r in EXCLUDED if r[0] in ORDINAL_VALUES],
                         ids=[r[0] for r in EXCLUDED if r[0] in ORDINAL_VALUES])
def test_ordinal_values(reader, phrase, value):
    m = first(reader, phrase)
    assert m.excluded == "ordinal" and m.value.low == value


def test_sentence_ending_digits_are_no_list(reader):
    # "قتل 3. وأصيب 4.": a "." after a figure inside a line ends a sentence, it numbers nothing
    norm, found = mentions(reader, "وقتل 3. وأصيب 4. في الهجوم")
    assert [(m.value.low, m.excluded) for m in found] == [(3, None), (4, None)]


NOT_NUMBERS = [
    ("one-of-masc", "قال أحد الحراس إن الهجوم بدأ ليلاً"),
    ("one-of-fem", "أصيبت إحدى النساء بجروح"),
    ("weekday-sunday", "اليوم الأحد"),
    ("weekday-monday", "أمس الاثنين"),
    ("weekday-monday-glued", "ويوم الإثنين"),
    ("weekday-tuesday", "يوم الثلاثاء الماضي"),
    ("weekday-wednesday", "صباح الأربعاء"),
    ("month-names-consumed", "منذ كانون الثاني وتشرين الأول"),
    ("word-inside-word", "الخميس والسبت"),
]


@pytest.mark.parametrize("phrase", [r[1] for r in NOT_NUMBERS], ids=[r[0] for r in NOT_NUMBERS])
def test_not_numbers(reader, phrase):
    assert mentions(reader, phrase)[1] == []


# ---- spans, hedges, kinds

SPANS = [
    # (id, phrase, whole expression, bare number, kind, hedge)
    ("hedge-in-span", "فر نحو 80 سجيناً", "نحو 80", "80", "digits", "نحو"),
    ("glued-waw-left-out", "وقرابة 300 مسلح", "قرابه 300", "300", "digits", "قرابه"),
    ("glued-ba-left-out", "بنحو 300 قتيل", "نحو 300", "300", "digits", "نحو"),
    ("article-kept", "فر المئات", "المئات", "المئات", "vague", None),
    ("conj-left-out", "قتل 5 ووخمسة", "5", "5", "digits", None),
    ("trailing-hedge", "قتل 11 شخصاً على الأقل", "11 شخصا علي الاقل", "11", "digits", "علي الاقل"),
    ("mixed-kind", "يحتجز 5 آلاف عنصر", "5 الاف", "5 الاف", "mixed", None),
    ("words-kind", "قتل خمسة وعشرون شخصاً", "خمسه وعشرون", "خمسه وعشرون", "words", None),
    ("range-span", "قتل ما بين 20 إلى 25 شخصاً", "ما بين 20 الي 25", "20 الي 25", "range", "ما بين"),
    ("quantifier-kind", "عدد من الجرحى", "عدد من", "عدد من", "quantifier", None),
    ("excluded-span-covers-unit", "قبل 3 سنوات", "3 سنوات", "3", "digits", None),
]


@pytest.mark.parametrize("phrase,whole,bare,kind,hedge", [r[1:] for r in SPANS], ids=[r[0] for r in SPANS])
def test_spans(reader, phrase, whole, bare, kind, hedge):
    norm, found = mentions(reader, phrase)
    m = found[0]
    assert norm[m.start:m.end] == whole
    assert norm[m.num_start:m.num_end] == bare
    assert (m.kind, m.hedge) == (kind, hedge)


def test_from_to_is_marked_for_the_extractor(reader):
    m = first(reader, "ارتفعت الحصيلة من 31 إلى 32 قتيلاً")
    assert m.from_to and m.previous == 31
    assert (m.value.low, m.value.high, m.value.qualifier) == (31, 32, "range")
    assert m.hedge == "من"


def test_from_to_downward(reader):
    m = first(reader, "تراجع العدد من 30 إلى 20")
    assert m.from_to and m.previous == 30 and (m.value.low, m.value.high) == (20, 30)


def test_two_counts_in_one_statement(reader):
    norm, found = mentions(reader, "قتل 10 أشخاص و3 من رجال الأمن، وأصيب عشرون")
    assert [(m.value.low, m.excluded) for m in found] == [(10, None), (3, None), (20, None)]


def test_trailing_hedge_goes_to_the_nearest_number(reader):
    norm, found = mentions(reader, "قتل عشرون مدنياً وثلاثون جندياً على الأقل")
    assert [m.value.qualifier for m in found] == ["exact", "at_least"]


def test_find_is_sorted_and_non_overlapping(reader):
    text = ("أعلنت القوات مقتل 17 عنصراً وإصابة ما يزيد عن 23 بجروح خلال هجوم بدأ قبل 6 أيام، "
            "فيما فر عشرات السجناء وأُلقي القبض على نحو 100 منهم في 21/1/2022 بنسبة 20 في المئة")
    norm, found = mentions(reader, text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    counts = [(m.value.low, m.value.high, m.value.qualifier) for m in found if not m.excluded]
    assert counts == [(17, 17, "exact"), (23, None, "more_than"), (20, 99, "vague"), (100, 100, "approx")]


def test_offsets_map_back_to_the_original(reader):
    text = "قُتِل نحو ٨٠ سجيناً، وفرّ أكثـــر من ١٬٢٠٠ آخرين"
    n = normalize(text)
    found = reader.find(n.text)
    s, e = n.span(found[1].start, found[1].end)
    assert text[s:e] == "أكثـــر من ١٬٢٠٠"
    assert found[1].value.low == 1200


# ---- parse_words

PARSE = [
    ("ثلاثمئة وخمسة وعشرين", 325), ("ثلاثمائة وخمسة وعشرون", 325), ("ثلاث مئة", 300),
    ("الفين", 2000), ("ألفان", 2000), ("ألف ومئتان", 1200), ("خمسة آلاف", 5000), ("5 آلاف", 5000),
    ("1.5 مليون", 1_500_000), ("مليون", 1_000_000), ("مليونين", 2_000_000), ("مليار", 1_000_000_000),
    ("أحد عشر", 11), ("اثنا عشر ألفاً", 12000), ("صفر", 0), ("واحد", 1), ("مئتا", 200),
    ("عشرات", None), ("أحد", None), ("الخامس", None), ("خمسة قتلى", None), ("", None), ("كانون الثاني", None),
]


@pytest.mark.parametrize("words,value", PARSE, ids=[w or "empty" for w, _ in PARSE])
def test_parse_words(reader, words, value):
    assert reader.parse_words(words) == value


# ---- properties

UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"]
TEENS_M = ["عشرة", "أحد عشر", "اثنا عشر"] + [f"{u} عشر" for u in UNITS_M[3:]]
TEENS_F = ["عشر", "إحدى عشرة", "اثنتا عشرة"] + [f"{u} عشرة" for u in UNITS_F[3:]]
TENS_NOM = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
TENS_OBL = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
HUNDRED_HEADS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]


def below_thousand(n: int, fem: bool, oblique: bool, hundred: str, spaced: bool) -> str:
    """1..999 in words; `hundred` is the spelling of مئة used."""
    units = UNITS_F if fem else UNITS_M
    teens = TEENS_F if fem else TEENS_M
    tens = TENS_OBL if oblique else TENS_NOM
    h, rest = divmod(n, 100)
    parts = []
    if h == 1:
        parts.append(hundred)
    elif h == 2:
        parts.append(hundred.replace("ة", "") + ("تين" if oblique else "تان"))
    elif h:
        parts.append(HUNDRED_HEADS[h] + (" " if spaced else "") + hundred)
    if rest:
        t, u = divmod(rest, 10)
        if rest < 10:
            if rest == 2 and oblique:
                words = "اثنتين" if fem else "اثنين"
            else:
                words = units[rest]
        elif rest < 20:
            words = teens[rest - 10]
        elif u == 0:
            words = tens[t]
        else:
            words = f"{units[u]} و{tens[t]}"
        parts.append(words)
    return " و".join(parts)


def to_words(n: int, fem: bool = False, oblique: bool = False, hundred: str = "مئة", spaced: bool = False) -> str:
    """0..999,999 in correct Arabic words (masculine or feminine counted noun)."""
    if n == 0:
        return "صفر"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفين" if oblique else "ألفان")
    elif thousands:
        # the thousands are a masculine count: ثلاثة آلاف، أحد عشر ألفاً، مئة ألف
        head = below_thousand(thousands, False, oblique, hundred, spaced)
        last = thousands % 100
        noun = "آلاف" if 3 <= last <= 10 else "ألفاً" if 11 <= last <= 99 else "ألف"
        parts.append(f"{head} {noun}")
    if rest:
        parts.append(below_thousand(rest, fem, oblique, hundred, spaced))
    return " و".join(parts)


def test_to_words_examples():
    assert to_words(325, hundred="مئة") == "ثلاثمئة وخمسة وعشرون"
    assert to_words(12_013, fem=True) == "اثنا عشر ألفاً وثلاث عشرة"
    assert to_words(999_999) == "تسعمئة وتسعة وتسعون ألفاً وتسعمئة وتسعة وتسعون"


def test_every_number_below_two_thousand_parses_back(reader):
    for n in range(0, 2000):
        for fem in (False, True):
            words = to_words(n, fem=fem)
            assert reader.parse_words(words) == n, words


@settings(max_examples=1500, deadline=None)
@given(n=st.integers(0, 999_999), fem=st.booleans(), oblique=st.booleans(),
       hundred=st.sampled_from(["مئة", "مائة"]), spaced=st.booleans())
def test_number_words_parse_back(n, fem, oblique, hundred, spaced):
    words = to_words(n, fem, oblique, hundred, spaced)
    assert default_reader().parse_words(words) == n, words


FILLERS = ["قتل", "وأصيب", "وفر", "ونزح", "واعتقل", "وأسر"]
NOUNS = ["شخصاً", "مدنياً", "عنصراً", "سجيناً", "جندياً", "مقاتلاً"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 999_999).filter(lambda n: not 1900 <= n <= 2100),
                          st.sampled_from(FILLERS), st.sampled_from(NOUNS), st.booleans()),
                min_size=1, max_size=8))
def test_find_gives_back_the_digits(items):
    text = "، ".join(f"{verb} {n:,} {noun}" if comma else f"{verb} {n} {noun}" for n, verb, noun, comma in items)
    norm = normalize(text).text
    found = default_reader().find(norm)
    assert [m.value.low for m in found] == [n for n, *_ in items]
    assert all(m.excluded is None and m.value.qualifier == "exact" for m in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 999_999), min_size=1, max_size=5), st.booleans())
def test_find_reads_number_words_in_text(values, fem):
    text = " ثم ".join(f"قتل {to_words(n, fem=fem)} شخصاً" for n in values)
    found = default_reader().find(normalize(text).text)
    assert [m.value.low for m in found] == values


# ---- the lexicon file

def test_default_lexicon_loads():
    lex = load_number_lexicon()
    assert lex.words["خمسه"] == ("units", 5)
    assert lex.words["ثلاثمئه"] == ("hundreds", 300)
    assert lex.hedges_before["نحو"] == "approx"


def test_lexicon_rejects_duplicate_key(tmp_path):
    bad = tmp_path / "numbers.yaml"
    bad.write_text("units:\n  واحد: 1\n  اثنان: 2\n  واحد: 1\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_number_lexicon(bad)
    assert e.value.path == str(bad) and e.value.line == 4
    assert "duplicate" in str(e.value) and str(bad) in str(e.value)


def test_lexicon_rejects_word_in_two_classes(tmp_path):
    bad = tmp_path / "numbers.yaml"
    bad.write_text("units:\n  واحد: 1\n  عشرة: 10\n"
                   "quantifiers:\n  جميع: all\n  عشرة: some\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_number_lexicon(bad)
    assert e.value.path == str(bad) and e.value.line == 6
    assert "two classes" in str(e.value) and "units" in str(e.value)


def test_lexicon_rejects_bad_value(tmp_path):
    bad = tmp_path / "numbers.yaml"
    bad.write_text("hedges_before:\n  نحو: roughly\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_number_lexicon(bad)
    assert e.value.line == 2


def test_two_lexicons_side_by_side(tmp_path):
    small = tmp_path / "numbers.yaml"
    small.write_text("units:\n  واحد: 1\n  خمسة: 5\n", encoding="utf-8")
    mini = NumberReader(load_number_lexicon(small))
    assert [m.value.low for m in mini.find(normalize("قتل خمسة وستة").text)] == [5]
    assert [m.value.low for m in default_reader().find(normalize("قتل خمسة وستة").text)] == [5, 6]


# ---- phrases ending before a number: the reversed one-try match equals the window search

def _ending_key(m):
    if m is None:
        return None
    out = []
    for g in ("p", "s"):
        try:
            v = m.group(g)
        except (IndexError, KeyError):
            v = None
        if v is not None:
            out.append((g, m.start(g), m.end(g), v))
    return tuple(out)


_LEX = default_reader().lexicon
_ENDINGS = [_LEX.hedge_before_re, _LEX.opener_re, _LEX.before_re, _LEX.adjective_before_re, _LEX.age_re]
_PIECES = sorted({w for e in _ENDINGS for w in e.words}) + ["و", "ف", "ب", "ل", " ", "  ", "-", "\n", "x", "5", "،", "%"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), st.integers(min_value=0, max_value=4))
def test_ending_phrases_reversed_match_equals_search(pieces, which):
    text = "".join(pieces)
    ending = _ENDINGS[which]
    for lo in (0, max(0, len(text) - 12)):
        assert _ending_key(ending.search(text, lo, len(text))) == _ending_key(ending.forward.search(text, lo, len(text)))
