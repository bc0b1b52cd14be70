"""Names of places no gazetteer holds (riwaya.text.placenames), written for this project."""
from __future__ import annotations

import pytest

from riwaya.text.placenames import place_names

# (text, the text whose names it must equal): one name the same however it is written
SAME = [
    ("هاجم مسلحون قرية كيسمايو فجراً", "وصلت التعزيزات إلى مدينة كسمايو"),
    ("نزحت عائلات من ريف جسر الشغور الغربي", "قصف على مدينة جسر الشغور"),
    ("وصلت فرق الإغاثة إلى مركز منطقة ميكولا", "في منطقة ميكولا"),
    ("وقع الهجوم بمنطقة ميكولا ليلاً", "في منطقة ميكولا"),
    ("هاجموا قرية نامبوالا وقرية مجاورة لها", "قرية نامبوالا"),
    ("ولاية 12 ومقاطعة 3", ""),
]

# texts with no name of a place after their kind of place
NONE = [
    "هاجم المسلحون قرية مجاورة ثم انسحبوا",
    "وقعت الاشتباكات في المنطقة الحدودية",
    "في منطقة تقع شمال العاصمة",
    "في قرية نائية لا تصلها الطرق",
    "في منطقة عسكرية مغلقة",
    "في قرية ذات غالبية مسيحية",
    "في منطقة حدودية مع العراق",
    "في بلدة مسيحية صغيرة",
    "في ولاية بن",  # two letters of skeleton: too many names share them
]


@pytest.mark.parametrize("text, other", SAME)
def test_one_name_however_written(text, other):
    assert place_names("عنوان\n\n" + text) == place_names("عنوان\n\n" + other)


@pytest.mark.parametrize("text", NONE)
def test_no_name_after_adjectives_verbs_and_definite_kinds(text):
    assert place_names("عنوان\n\n" + text) == frozenset()


def test_a_name_is_found_and_two_names_differ():
    a, b = place_names("عنوان\n\nهجوم على قرية توغوبيري"), place_names("عنوان\n\nهجوم على قرية ديامبالا")
    assert len(a) == 1 and len(b) == 1 and a != b


def test_a_name_may_end_as_an_adjective_of_relation_does():
    a = place_names("عنوان\n\nقصف على سوق بلدة كفرحلبية غربي حلب")
    assert len(a) == 1 and a == place_names("عنوان\n\nنزوح من قرية كفرحلبية")


def test_related_story_lines_give_no_name():
    text = "هجوم في مالي\n\nقتل مسلحون 14 مدنياً.\nاقرأ أيضاً: مقتل 5 في هجوم على قرية ديامبالا"
    assert place_names(text) == frozenset()
