"""Names of places no gazetteer holds, as an article writes them after a kind of place.

A village, district or camp of a small incident is rarely in any list ("قرية نامبوالا",
"منطقة ميكولا", "ريف جسر الشغور"), yet every report of the incident names it, and it
tells two reports of one event apart from a report of another far better than the
province or country the gazetteer finds. Reconciliation links articles by these names
(riwaya.reconcile.cluster), never shows them: a word after "قرية" may be an adjective
("قرية مجاورة") as well as a name, and only a name shared by two reports counts.

A name is the word after an indefinite kind of place in the construct state ("قرية X",
"بمنطقة X"): the definite kind ("المنطقة الحدودية") is followed by its adjective, not a
name. Adjectives, verbs of a relative clause ("قرية تقع") and particles are left out by
shape and by list (a name may end as an adjective of relation does: "قلقيلية"، "كبكابية");
a name that opens with a generic word of place names ("جسر", "كفر", "تل") keeps the word
after it. Names are keyed by their skeleton, the first letter and
the other letters but the long vowels, so that the spellings of one transliterated name
("كيسمايو", "كسمايو") meet.
"""
from __future__ import annotations

import re

from riwaya.text.normalize import fold, normalize
from riwaya.text.segment import blocks

# Kinds of place a name follows (folded: ة → ه), indefinite, with a proclitic at most.
_KINDS = ("قريه", "قري", "بلده", "بلدات", "مدينه", "منطقه", "اقليم", "ولايه", "محافظه", "مقاطعه",
          "ريف", "مخيم", "حي", "ناحيه", "قضاء", "مديريه", "بلديه", "ضاحيه", "جزيره", "وادي", "جبل",
          "سوق", "سجن", "دائره", "مركز", "بلدتي", "قريتي", "مدينتي")
# (The words after the kind are looked at, not taken: "مركز منطقة ميكولا" holds a kind in a kind.)
_KIND = "(?:" + "|".join(sorted(set(_KINDS), key=len, reverse=True)) + ")"
_NAME = re.compile(r"(?<!\w)(?:[وفبل]|)" + _KIND + r"(?=\s+(\w{3,})(?:\s+(\w{3,}))?)")
_A_KIND = re.compile(r"(?:[وفبل]|)(?:ال|)" + _KIND)
# First words of compound names: the name goes on with the next word ("جسر الشغور").
_GENERIC_FIRST = frozenset(fold(w) for w in (
    "جسر", "كفر", "تل", "عين", "بئر", "بير", "دير", "بيت", "أبو", "ابو", "أم", "ام", "بني", "رأس",
    "راس", "خان", "سيدي", "مزرعة", "قصر", "حصن", "جبل", "وادي", "سوق", "باب", "شيخ", "الشيخ",
    "مرج", "نهر", "عرب", "عزبة", "نجع", "كوم", "ميت", "منشأة", "بلدة", "قرية", "حي", "مدينة"))
# Words that follow a kind of place and are no name: particles, numbers and quantities,
# times, and the verbs of a relative clause ("قرية تقع"، "منطقة تشهد").
_NOT_NAMES = frozenset(fold(w) for w in (
    "في", "من", "منذ", "خلال", "على", "علي", "إلى", "الى", "الي", "عن", "مع", "نحو", "قرابة", "حوالي",
    "أكثر", "اكثر", "أقل", "اقل", "بعد", "قبل", "تحت", "فوق", "بين", "عند", "لدى", "لدي", "حتى", "حتي",
    "كل", "بعض", "عدة", "عده", "أخرى", "اخرى", "اخري", "آخر", "اخر", "أخريات", "واحد", "واحدة", "ذات",
    "التي", "الذي", "الذين", "اللتين", "وهي", "وهو", "هي", "هو", "تلك", "ذلك", "هذه", "هذا", "بها", "فيها",
    "منها", "إنها", "انها", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "بشمال", "بجنوب", "بشرق", "بغرب", "أقصى", "اقصى", "نفسها", "نفسه", "بأكملها", "بكاملها", "كاملة",
    "مساء", "صباح", "فجر", "ليلا", "ليل", "ليلة", "أمس", "امس", "اليوم", "يوم", "ظهر", "عصر", "غداة",
    "لحظة", "حين", "حيث", "كما", "لكن", "أنه", "انه", "قد", "لم", "لن", "ما", "لا", "إن", "ان", "أن",
    "تقع", "يقع", "تبعد", "يبعد", "تشهد", "يشهد", "شهدت", "شهد", "تضم", "يضم", "يقطنها", "يسكنها",
    "يقطنه", "يسكنه", "تعد", "يعد", "تعتبر", "يعتبر", "كانت", "كان", "تسيطر", "يسيطر", "سيطرت",
    "يتواجد", "تتواجد", "توجد", "يوجد", "تحولت", "تحول", "تعرضت", "تعرض", "استهدفت", "استهدف",
    "مجاورة", "مجاور", "قريبة", "قريب", "نائية", "نائي", "صغيرة", "صغير", "كبيرة", "كبير", "حدودية",
    "حدودي", "سكنية", "سكني", "زراعية", "زراعي", "جبلية", "جبلي", "ساحلية", "ساحلي", "صحراوية",
    "ريفية", "عديدة", "آمنة", "امنة", "محاذية", "مختلفة", "متفرقة", "واسعة", "جديدة", "مدمرة",
    "محاصرة", "مكتظة", "مكتظا", "معزولة", "مهجورة", "فقيرة", "عسكرية", "عسكري", "مدنية", "صناعية",
    "تجارية", "شعبية", "شعبي", "مركزي", "مركزية", "محيطة", "المحيطة", "أمنية", "امنية", "ثالثة",
    "ثانية", "أولى", "اولى", "رئيسية", "رئيسي", "تابعة", "تابع", "خاضعة", "خاضع", "نفوذ", "عمليات",
    "عملية", "الاشتباكات", "اشتباكات", "المعارك", "معارك", "النزاع", "نزاع", "الصراع", "صراع",
    "الحكم", "حكم", "إدارة", "ادارة", "الإدارة", "الادارة", "سيطرة", "السيطرة",
    # adjectives of relation (nisba) that follow a kind of place: a name may end so too
    # ("قلقيلية"، "كبكابية"), an adjective from this list may not
    "فرعية", "حضرية", "عربية", "كردية", "مسيحية", "سنية", "شيعية", "درزية", "إيزيدية", "تركمانية",
    "استراتيجية", "حيوية", "سياحية", "تاريخية", "أثرية", "إدارية", "محلية", "دولية", "إقليمية",
    "شرقية", "غربية", "شمالية", "جنوبية", "نموذجية", "عشوائية", "حكومية", "رسمية", "خاصة", "عامة",
    "ساخنة", "منكوبة", "متضررة", "مستهدفة", "محتلة", "محررة", "مجاورتين", "نائيتين", "حدوديتين",
    "فلسطينية", "سورية", "سودانية", "يمنية", "ليبية", "عراقية", "لبنانية", "صومالية", "مالية", "نيجيرية",
    "أفغانية", "باكستانية", "إيرانية", "تركية", "مصرية", "تونسية", "جزائرية", "مغربية", "أردنية",
    "إسرائيلية", "إثيوبية", "كينية", "تشادية", "نيجرية", "كاميرونية", "كونغولية", "موزمبيقية",
))
_LONG_VOWELS = str.maketrans("", "", "اويى")


def _skeleton(word: str) -> str:
    return word[:1] + word[1:].translate(_LONG_VOWELS)


def _is_name(word: str) -> bool:
    return not (word.startswith("ال") or word in _NOT_NAMES
                or any(c.isdigit() for c in word) or _A_KIND.fullmatch(word))


def place_names_normalized(norm_text: str, has_title: bool = True) -> frozenset[str]:
    """The skeletons of the place names after a kind of place in a normalized text's own
    lines (title, headings, body, posts; not related-story lines or widgets)."""
    out = set()
    for b in blocks(norm_text, has_title=has_title):
        if b.kind not in ("title", "heading", "body", "tweet"):
            continue
        for m in _NAME.finditer(norm_text, b.start, b.end):
            first, second = m.group(1), m.group(2)
            if not _is_name(first):
                continue
            if first in _GENERIC_FIRST:
                if second is None or second in _NOT_NAMES:
                    continue
                out.add(_skeleton(first) + " " + _skeleton(second))
            elif len(key := _skeleton(first)) >= 3:  # (two letters meet too many other names)
                out.add(key)
    return frozenset(out)


def place_names(text: str, has_title: bool = True) -> frozenset[str]:
    """place_names_normalized of a raw text."""
    return place_names_normalized(normalize(text).text, has_title=has_title)
