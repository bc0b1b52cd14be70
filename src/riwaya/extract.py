"""One article in, its quantitative claims out: the per-article heart of riwaya.

    normalize (offset map) → blocks and sentences → number mentions → for each:
    counted noun → measure → subject → claimant (attribution, carried across
    sentences) → Claim with evidence = original[start:end]

Everything is found on the normalized copy and mapped back through the offset
map, so evidence always points into the text exactly as read.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import itemgetter

from riwaya.ar.lexicon import Lexicon, default_lexicon
from riwaya.ar.numbers import NumberMention, NumberReader, default_reader
from riwaya.gazetteer.gazetteer import INDEPENDENT_ROLES, Gazetteer, default_gazetteer
from riwaya.model import Claim, Source, Span, Value, evolve
from riwaya.text.normalize import Normalized, fold, normalize
from riwaya.text.segment import Block, Sentence, blocks, sentences
from riwaya.when import COMPARED_BEFORE

_WORD = re.compile(r"\w+")
# Clause breaks inside a sentence: a comma, or a conjunction that starts a new clause.
_CLAUSE = re.compile(r"[،,;:؛]|(?<!\w)(?:فيما|بينما|في حين|حيث|كما|الى ذلك|اضافه الى|في المقابل|لكن|الا ان)(?!\w)")
# The same breaks for a whole text (the two kinds never overlap): the marks in one fast scan,
# and the words looked for one by one (see _clause_words).
_CLAUSE_MARKS = re.compile(r"[،,;:؛]")
_CLAUSE_WORDS = ("فيما", "بينما", "في حين", "حيث", "كما", "الى ذلك", "اضافه الى", "في المقابل", "لكن", "الا ان")
# Words after a speech verb that show its subject was left out (a pronoun): "قالت فيه إن".
_OMITTED_SUBJECT = re.compile(r"\s*(?:فيه|فيها|ان|انه|انها|انهم|إن|أن|:|بان|بانه|بانها|الى ان|عن|الي ان)(?!\w)")
# "in which" after a speech verb: "قال فيه إن" (in the statement), "تقول فيه وزارة الصحة" (a subject follows).
_IN_WHICH = re.compile(r"\s*(?:فيه|فيها)(?!\w)")
_OTHERS = re.compile(r"\s*(?:اخرين|اخرون|اخري|اخريات|اخر|اخران|اخرتين|اخرتان|اخريين)(?!\w)")
_PART_OF = re.compile(r"(?:(?:من\s+|)(?:بينهم|بينهن|منهم|منهن|بينها|منها)|(?<!\w)(?:و|)(?:هم|هن)\s*:|[،,]\s*(?:و|)(?:هم|هن))\s*$")
# ("وهم: 7 من قوات النظام، و5 ...", "مقتل 11 شخصاً، هم ثمانية مدنيين وثلاثة ...": "namely", a
# whole's parts listed after a colon or a comma)
# (no "^": pattern.match(t, pos) would never see "^" at pos > 0)
_REFERS_BACK = re.compile(r"\s*(?:منهم|منهن)(?!\w)")  # "بينهم" after a figure opens its parts
_PART_OF_PEOPLE = re.compile(r"(?:من\s+|)(?:بينهم|بينهن|منهم|منهن)\s*$")  # (not "بينها": of things)
# "وصل 778 منها", "دمرت 3 منها": a figure of things taken from the whole before
_REFERS_BACK_THINGS = re.compile(r"\s*(?:منها|بينها)(?!\w)")
# A quoted short name: “إبراهيم خلف” (quotes are folded to ").
_QUOTED_NAME = re.compile(r'"([^"\n]{2,40})"')
_KIND_BEFORE_NAME = re.compile(r"(تنظيم|حركه|جماعه|ميليشيات|ميليشيا)\s*[\"«]?\s*$")
_GROUP_ANAPHORS = {"التنظيم": "تنظيم", "الحركه": "حركه", "الجماعه": "جماعه", "الحزب": "حزب",
                   "الميليشيا": "ميليشيا", "الميليشيات": "ميليشيا", "الهيئه": "هيئه",
                   "الفصائل": "فصائل"}  # ("فصائل الجيش الوطني" ... "الفصائل")
# A name that only qualifies the noun before it ("حركة الشباب المرتبطة بتنظيم القاعدة",
# "وكالة أعماق التابعة للتنظيم"): not a claimant of its own.
_ATTRIBUTE_BEFORE = re.compile(r"(?:المرتبط|المرتبطه|التابع|التابعه|التابعين|الموالي|المواليه|الموالين|المقرب|المقربه|"
                               r"المدعوم|المدعومه|المتحالف|المتحالفه|القريب|القريبه)\s+(?:من\s+|مع\s+|ب|ل)?\W*$")
# The parent of a group, named as its attribute, with or without the article ("جماعات مرتبطة
# بتنظيمي القاعدة وداعش"): not the actor of the attack.
_PARENT_BEFORE = re.compile(r"(?<!\w)(?:ال|)(?:مرتبط|مرتبطه|تابع|تابعه|موالي|مواليه|موالين|مدعوم|مدعومه|"
                            r"متحالف|متحالفه)\s+(?:من\s+|مع\s+)?\W*(?:ب|ل|لل)?(?:تنظيمي|تنظيم|جماعه|حركه)?\s*$")
# What joins an office to the side it belongs to: "مصدر في قيادة ...", "مسؤول من الجيش",
# "مركز ... التابع لوزارة ...", "المكتب الإعلامي لحركة ...".
_ATTACHED = re.compile(r"\s*(?:(?:ال|)(?:تابع|مقرب)\w*\s+(?:من\s+|)|(?:في|من|داخل|لدى|لدي|ب|عن|باسم)\s+)?\W?")
# A report verb whose subject is a pronoun, ending in its "أن" ("وبين أن").
_ENDS_WITH_AN = re.compile(r"\s(?:ان|إن|أن)$")
# "أن" (folded: also "إن", "بأن") anywhere before a name ("وقالت في بيان إن مستشفى النو"،
# 'إن "عصابات داعش'، "إن قوات الفرقة 162"): what was said, not who said it
_THAT_IN = re.compile(r"(?<!\w)(?:ان|بان)\s")
# "رغم أنها أبلغت القوات الأمريكية": a verb whose subject is the pronoun on "أن" before it (the
# speaker of the clause); the side named after it is whom it told
_PRONOUN_THAT_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ل|ب)?ان(?:ه|ها|هم|هما)\s+$")
_DEPLOY_VERBS = r"(?:و|ف)?(?:نشر|نشرت|تنشر|ينشر|نشروا|ينشرون)"  # (deployed; also "published", a speech verb)
_DEPLOY_VERB = re.compile(_DEPLOY_VERBS)
_FIGURE_AHEAD = re.compile(r"\s+(?:[\d٠-٩]|نحو|قرابه|حوالي|اكثر|عشرات|مئات|الاف|(?:\w+)(?:ين|تين)\s+(?:\w+)?(?:ين|تين)(?!\w))")
_AN_AHEAD = re.compile(r"^\W*(?:\w++\W+){0,8}?عن(?!\w)"  # possessive: no backtracking into words
                       # (or told to a medium that: "ونقلت مصادر أمنية لـ«القدس العربي» أن")
                       r"|^\W*(?:\w++\W+){1,4}?ل\w*\W+(?:\w++\W+){0,3}?(?<!قبل )(?<!بعد )(?<!الي )ان(?!\w)")
_VIA_GAP = re.compile(r"(?:عبر|على|علي|في|من خلال|بواسطه)\s+(?:\w+\s+){0,2}[\"«]?$|^\W*(?:عبر|على|علي|في|من خلال)\W*$")
# A report verb after the figures it reports: "قتل 22 جندياً، كما قال مصدران أمنيان" (as two
# security sources said), "..., قال مسؤول" (no "و": the clause is the attribution, not a new one).
_POSTPOSED_VERB = re.compile(r"(?:(?<!\w)(?:كما|حسبما|مثلما|علي ما|على ما|وفق ما|بحسب ما|حسب ما)\s+|[،,]\s*)$")
# A named person set off by an apposition of their role: "وقال عمر بولاما، زعيم ميليشيا ...".
_APPOSITION = re.compile(r"\s+((?:\w+\s+){0,2}\w+)\s*(?:(\(\s*اسم\s+مستعار\s*\))\s*[،,]?|(?:\(\s*\d{1,3}\s*(?:عاما|عام|سنه)?\s*\)\s*)?[،,])"
                         r"\s*(?:(وهو|وهي)\s+)?")  # ("ابو حيدر (40 عاما)، وهو بائع": past his age)
# A private person right after a report verb, unnamed: a man, a woman, an old man, a refugee, a
# witness ("وقال رجل إن", "وتقول امرأة مسنّة في المخيم لـ"...":"، "وقال شاهد يدعى ..."), up to what was said.
_PRIVATE_PERSON = re.compile(r"\s+((?:ال|)(?:رجل|امراه|سيده|شابه|شاب|فتاه|مسنه|مسن|عجوز|مواطن|لاجئه|لاجئ|نازحه|نازح|"
                             r"ناجيه|ناج|مزارعه|مزارع|صياد|والده|والد|اب|ام|مختار|عمده(?!\s+ال)|شاهده|شاهد(?:\s+عيان|))(?:\s+(?:ال|)(?:مسنه|مسن|عجوز|اخري|اخر|ثالثه|ثالث|ثانيه|ثان))?)(?!\w)")
# A person set first as the topic, described after a comma: "أما علي حسين، وهو عامل بناء ..."
# (without "أما", a name that opens the sentence, described by "وهو/وهي", then the verb: "أبو سيف، وهو
# مزارع من القرية، يقدّر أن")
# (a name of one to three words, a comma, "وهو/وهي" before the description: shared with _FROM_NAMED)
_NAME_DESCRIBED = r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*[،,]\s*(?:(وهو|وهي)\s+)?"
_AMMA_PERSON = re.compile(r"\W*(?:و|)(اما\s+)?" + _NAME_DESCRIBED)
# An aside's comma right before a cue, with its "according to" ("، بحسب ما نقلت", "، كما أفادت").
_ASIDE_OPEN = re.compile(r"[،,]\s*(?:(?:ب|)حسب(?:ما|\s+ما)?\s+|وفق(?:ا|)\s+(?:لما\s+|ما\s+)?|كما\s+)?[بو]?$")
_IN_SIDE = re.compile(r"\s*(?:في|ب|لدى|داخل)\s*")  # "قيادي في ...": the body a role is in
_COMMA = re.compile(r"[،,]")
# A private person described after the name: a resident, a displaced person, a witness, a survivor
# ("، وهي نازحة في المخيم", "، وهو من سكان الحي"): a source on the ground.
# The leader of a local militia ("زعيم ميليشيا محلية تقاتل إلى جانب الجيش"): a voice on the ground.
_LOCAL_MILITIA_ROLE = re.compile(r"(?:قائد|زعيم|رئيس|عضو|احد\s+قاده|احد\s+عناصر)\s+(?:ال|)(?:ميليشي|مليشي|ميلشي|"
                                 r"مجموع\w*\s+(?:ال|)دفاع\s+(?:ال|)ذاتي|لجان\s+(?:ال|)حمايه|(?:ال|)حراس\w*\s+(?:ال|)اهلي)")
# (also whom the place's people are to the dead, and the work they do there: "، وهو صاحب محل في
# السوق", "، وهي أم لثلاثة أطفال", "، أحد الطلاب الناجين"; and what befell them: "، الذي فقد
# ثلاثة من أبنائه في الغارة،")
_ON_THE_GROUND = re.compile(r"(?:الذي|التي)\s+(?:فقد|فقدت|خسر|خسرت|نجا|نجت|نزح|نزحت|فر|فرت|اصيب|اصيبت)(?!\w)"
                            r"|(?:احد\s+|احدي\s+|من\s+)?(?:ال|)(?:نازح\w*|سكان|اهالي|مقيم\w*|شاهد\w*|ناج\w*|لاجئ\w*|"
                            r"مزارع\w*|تاجر\w*|ساكن\w*|صاحب|صاحبه|اصحاب|سائق\w*|طالب|طالبه|طلاب|طالبات|مواطن\w*|"
                            r"صياد\w*|جار|جاره|جيران|والد|والده|شقيق|شقيقه|ابن|ابنه|اب|ام|زوج|زوجه|ارمله|اقارب|ذوي|"
                            r"مصاب|مصابه|جريح|جريحه|عامل|عامله|عمال)(?!\w)")
# Spoken to a medium: "لرويترز", "لـ"شفق نيوز"", "لموقع "مدى مصر"", "لمراسل سانا", "لخدمة بي بي سي".
_TO_MEDIUM = re.compile(r"(?<!\w)(?:و|)(?:لل|ل|لـ)\s*(?:(?:خدمه\s+|)(?:موقع|وكاله|صحيفه|قناه|اذاعه|شبكه|راديو|تلفزيون|مراسل|مراسله)\s*|خدمه\s+)?\W{0,2}$")  # ("لمراسل ((شينخوا))")
# The word right before a position (with no punctuation between).
_PREV_WORD = re.compile(r"(\w+)\s+$")
_PREV_TWO_WORDS = re.compile(r"(?<!\w)(\w+\s+\w+)\s+$")  # (a noun of two words before "واحد")
# A sentence recalling an earlier event in the outlet's voice: "وكان الجيش قد شن ...".
_BACKGROUND_OPENER = re.compile(r"\W*[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){1,4}?قد\s")
# A person's name set between commas after their office (one to four words): "مسؤول في الشرطة، فلان الفلاني، لوكالة ...".
_NAME_BETWEEN_COMMAS = re.compile(r"[،,]\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*[،,]")
_QUOTE_GAP = re.compile(r"[\s\"«»']*")
# "مندوب"/"مندوبة" name a medium's correspondent only with the medium after them (else an envoy).
_ENVOY = re.compile(r"مندوب|مندوبه")
_AGENCY_AFTER = re.compile(r"\s*[\"«]?\s*(?:ال|)(?:وكاله|صحيفه|جريده|قناه|اذاعه|موقع|تلفزيون)(?!\w)")
# Between a kind word and the medium it introduces: "قناة وكالة "أعماق"", "لموقع "مدى مصر"".
_KIND_GAP = re.compile(r"[\s\"«»'(]*(?:(?:وكاله|موقع|قناه|صحيفه|اذاعه|شبكه|منصه|مؤسسه)[\s\"«»'(]*)?")
# A list item ("▪️ عدد القتلى ...", "• ...", "- ...").
_BULLET = re.compile(r"\s*(?:[▪•·●◦▫■□►▶➖✅🔹🔸🔺🔻\-–—*]|\d{1,2}\s*[-.)]\s)")
_SAID_THAT = re.compile(r"(?<!\w)(?:ان|إن|أن|انه|انها)(?!\w)|:")
# "نقلاً عن مصادر", "نقلت رويترز عن اثنين من السكان": the source behind a medium.
_SOME_OF = r"(?:(?:اثنين|اثنتين|ثلاثه|احد|احدي|عدد|بعض|عدد من)\s+(?:من\s+|)(?:ال|))?"
# (an entity found by a word-list scan begins after its article: "عن الطبيب" leaves "عن ال" before it)
_QUOTING_FROM = re.compile(r"نقلا\s+عن\s*" + _SOME_OF + r"(?:ال|)$")
_FROM_SOURCE = re.compile(r"(?<!\w)عن\s*" + _SOME_OF + r"(?:(?:مصدر|مصادر|مسؤول|مسؤولين|مسؤولون)\s+(?:في|ب|من|داخل)\s*"
                          r"|(?:مدير|مديره|رئيس|رئيسه|مسؤول|الناطق\s+باسم|المتحدث\s+باسم)\s+)?(?:ال|)$")
# ("نقل مراسلنا عن مدير مستشفى السلام": the head of the body named after the title)
# ("نقلت وسائل إعلام محلية عن مصدر في مستشفى كويتا": the source is the hospital's)
# A quoted name after "لـ" or a medium's kind word is a medium (لوكالة "رويترز"), not a person.
# A preposition right before a platform: where words were posted ("بموقع فيسبوك"، "على منصة إكس").
_ON_CHANNEL_BEFORE = re.compile(r"(?:(?<!\w)(?:على|علي|عبر|في)\s+|(?<!\w)(?:و|)ب)$")
_MEDIUM_BEFORE_QUOTE = re.compile(r"(?:(?<!\w)(?:ل|لـ|مع|الي)|وكاله|موقع|قناه|صحيفه|اذاعه|شبكه|منصه|تلفزيون|جريده|مراسل|مراسله)\s*$")
_BAYYANA = re.compile(r"\W*(?:و|ف)(بين|بينت)\s")
# "موقع"/"مواقع" as a place, not a website: "من موقع لم يكشف عنه", "في موقع الانفجار",
# "مواقع الجيش" (positions); folded text, read right after the word.
_PLACE_NOT_MEDIUM = re.compile(r"\s+(?:لم\s+(?:يكشف|يحدد|يعلن|تكشف|تحدد|يسم)|غير\s+(?:معلوم|معروف|محدد)|مجهول|سري|"
                               r"(?:ال|)(?:حادث|حادثه|هجوم|انفجار|تفجير|غاره|قصف|استهداف|جيش|قوات|عسكري\w*)(?!\w))")
_QUOTED_AFTER = re.compile(r'\s*["«]([^"«»\n]{2,30})["»]')
_MEDIUM_KIND = frozenset({"medium"})
# The same anaphors as whose people ("17 من مقاتلي الهيئة": هيئة تحرير الشام when the article
# names it); "الهيئة" is no claimant anaphor (many bodies are هيئة).
_SUBJECT_ANAPHOR_RE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|لل)(تنظيم|حركه|جماعه|حزب|مي?ليشيا|مي?ليشيات|فصائل|هيئه)(?!\w)")
_GROUP_ANAPHOR_RE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|لل)(تنظيم|حركه|جماعه|حزب|مي?ليشيا|مي?ليشيات|فصائل)(?!\w)")
# The same led by the non-letter before it, for whole texts read with a space in front (a
# pattern that begins with a character class is scanned for in a fast loop).
_GROUP_ANAPHOR_SCAN = re.compile(r"\W(?:و|ف|ب|ل)?(?:ال|لل)(تنظيم|حركه|جماعه|حزب|مي?ليشيا|مي?ليشيات|فصائل)(?!\w)")
# Letters every one of its words holds: it is tried only at the start of a word that has them.
_GROUP_ANAPHOR_NOUN = re.compile(r"تنظيم|حركه|جماعه|حزب|ليشي|فصائل")


def _anaphor_key(word: str) -> str:
    """The key of a group anaphor's noun: "مليشيا" (a common spelling) and the plural are "الميليشيا"."""
    if word.startswith("مل"):
        word = "مي" + word[1:]
    return "ال" + word.replace("ميليشيات", "ميليشيا")


@dataclass(frozen=True)
class Context:
    """What extraction needs, loaded once and passed in (two can live side by side)."""
    lexicon: Lexicon
    numbers: NumberReader
    gazetteer: Gazetteer
    include_other: bool = False  # also emit `other` counts (aircraft, persons with no event)


@cache
def default_context() -> Context:
    return Context(default_lexicon(), default_reader(), default_gazetteer())


@dataclass
class Claimant:
    """Who speaks at a point of the text."""
    party: str
    speaker: str | None = None
    via: tuple[str, ...] = ()
    cue: str | None = None
    medium: str | None = None       # when the claimant is a medium (for "للوكالة" later)
    distance: str | None = None

    def source(self, distance: str | None = None) -> Source:
        return Source(self.party, self.speaker, self.via, distance or self.distance, self.cue)

    def cued(self, cue: str) -> "Claimant":
        """The same claimant, resting on other words (its distance words stay with the old cue)."""
        return Claimant(self.party, self.speaker, self.via, cue, self.medium)


@dataclass
class _Hit:
    start: int
    end: int
    cls: str


@dataclass
class _Entity:
    start: int
    end: int
    party: str | None
    kind: str            # party | organ | speaker | medium | group | anonymous | anaphor | medium_anaphor
    id: str | None = None
    surface: str = ""
    role: str | None = None


@dataclass
class _Doc:
    """Per-article working state (normalized text and everything found in it)."""
    norm: Normalized
    text: str
    word_starts: list[int]
    triggers: list[_Hit]
    trigger_starts: list[int]
    entities: list[_Entity]
    entity_starts: list[int]
    attacker: str | None
    group_for: dict[str, str]
    main_government: str | None
    claims_so_far: list[Claim] = field(default_factory=list)
    last_claim_end: int = -1
    last_subject: str | None = None
    last_measure: str | None = None
    list_measure: tuple[str, int, int] | None = None  # a list's header's event, where its items run (start, end)
    outlet_id: str | None = None    # the publisher, when known: "مراسل X نقلاً عن" relays through it
    outlet_own_channel: bool = False  # the publisher is no wire agency: "told to it" is no relay
    outlet_party: str = "outlet"    # who the publisher's own voice speaks for (SANA on Syria: syrian_government)
    lexicon: Lexicon | None = None
    cues: list[tuple[str, int, int]] = field(default_factory=list)  # attribution cue words (kind, start, end)
    cue_starts: list[int] = field(default_factory=list)
    home_government: str | None = None  # the state of the places the article is about (local offices speak for it)
    place_spans: list = field(default_factory=list)  # (start, end, entry) of each place named
    gazetteer: Gazetteer | None = None
    home_state: str | None = None   # the state the article is about (places), "" when none; found lazily
    army_of: dict[str, str] = field(default_factory=dict)  # armed group -> the government whose army it fights
    voice_of: frozenset = frozenset()  # UN agencies and missions: each speaks under its own id
    own_army: frozenset = frozenset()  # armed sides that call themselves the army (the LNA): its soldiers are its own
    main_group: str | None = None   # the armed group most named, "" when none or no clear one; found lazily
    next_group: str = ""            # (with main_group) the armed group named most after it, when one clearly is
    medium_platform: dict[str, str] = field(default_factory=dict)  # a medium's platform named before
    whole_subject: str | None = None  # the subject of the last claim that is not a part ("بينهم ...")
    migrant_story: bool = False  # a story of migrants ("مهاجر" three times or more)
    kidnap_story: bool = False  # a story of a kidnapping or hostage-taking (its words three times or more)
    masthead_body: str | None = None  # an unknown body publishing the article (see _masthead_body)
    last_part_end: int = -1  # where the last claim ends when it is a part ("بينهم 38 طفلا"), else -1
    all_of: tuple[str, str, str, int] | None = None  # "جميع القتلى من المدنيين" said with no claim of its own
    group_counted: str | None = None  # the last armed side (no state's forces) whose men were counted
    subject_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # measure -> (subject, party) of its last whole figure
    clause_marks: list[tuple[int, int]] | None = None  # clause breaks of the whole text (see _clause_start)
    clause_ends: list[int] = field(default_factory=list)
    bracket_source: Claimant | None = None  # the last source named in brackets at a line's end
    spoken: list[tuple[int, int, int, Claimant]] = field(default_factory=list)  # (cue, its sentence's start and end, who spoke)

    def words_between(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        return bisect_left(self.word_starts, b) - bisect_left(self.word_starts, a)


# Regional governments whose forces have a name of their own: the Kurdistan Region's are the Peshmerga.
_NAMED_FORCES = {"krg": "peshmerga"}


def _forces(party: str | None) -> str | None:
    """A state's people are its forces: iraqi_government → iraqi_forces."""
    if party and party.endswith("_government"):
        return party[: -len("_government")] + "_forces"
    if party in _NAMED_FORCES:
        return _NAMED_FORCES[party]
    if party in _UN_VOICES:
        return "un"  # "إصابة 3 من جنودها" in UNIFIL's words: the UN's own men
    return party


def _forces_named_at(doc: _Doc, at: int, limit: int, claimant: Claimant, lex: Lexicon) -> tuple[str | None, int]:
    """The forces of the side named right at `at` ("خسائر الجيش الروسي", "سقط من القوات الحكومية"):
    a named side's, else (a state's forces named by a common noun) the state in question's;
    and where that name ends. (None, at) when no side is named there."""
    named = next((x for x in _entities_in(doc, at, limit)
                  if x.kind in ("party", "organ") and x.party and x.start <= at + 1), None)
    if named is not None:
        return (_forces(named.party) if named.party not in _NOT_SIDES else None), named.end
    gov = lex.government_forces.match(doc.norm.text, at)
    if gov is not None:
        forces = _state_forces(doc, claimant)
        return (forces if forces != "people" else None), gov.end()
    return None, at


# The ids UN agencies and missions speak under (filled by _own_voices): their people are the UN's.
_UN_VOICES: set[str] = set()


# ---------------------------------------------------------------- entities

_LOCAL_BODY_WORDS = ("جمعيه", "رابطه")  # (normalized) local associations, unlike منظمة or مركز
_DESCRIBED_AFTER = re.compile(r" (?!(?:الي|التي|الذي|الذين|اللتين|اللذين)(?!\w))ال\w")  # "الجمعية الخيرية"


# A river after a place's name: "الضفة الغربية للنيل" is the Nile's west bank.
_RIVERBANK_AFTER = re.compile(r"\s+(?:لل|ل|من\s+)?(?:ال|)(?:نهر|نيل|فرات|دجله)(?!\w)")


# Words of a toll between an office and an adjective: "الخارجية ارتفاع عدد القتلى التونسيين" (whose dead, not whose office).
_TOLL_WORD_BETWEEN = re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال|)(?:عدد|اعداد|حصيله|ارتفاع|مقتل|اصابه|قتلي|جرحي|ضحايا|مصابين|اعتقال|اسر|اسري)(?!\w)")
# A report verb whose subject is a country: "وقالت الجزائر"، "أعلنت مصر"، "وأكدت تركيا".
_STATE_SPOKE = re.compile(r"(?<!\w)(?:و|ف)?(?:قالت|اعلنت|اكدت|ذكرت|افادت|نفت|اتهمت|احصت|كشفت|اوضحت|اضافت|تقول|تؤكد|تعلن)\s+$")


_NATIONAL_SOCIETIES = {"icrc": "red_cross", "red_crescent": "red_crescent"}  # (the bare names' entries)


def _entities(text: str, ctx: Context, places: list | None,
              scans: dict[str, list[tuple[str, int, int]]], place_spans: list | None = None) -> list[_Entity]:
    """Named claimants and channels (gazetteer) plus anonymous sources, offices and anaphors.
    Place mentions go to `places` when given (they say which state the article is about)."""
    lex = ctx.lexicon
    out: list[_Entity] = []
    for m in ctx.gazetteer.find(text):
        e = m.entry
        if e.kind == "place":
            if _RIVERBANK_AFTER.match(text, m.end):
                continue  # "الضفة الغربية للنيل": a river's bank, not the West Bank
            if place_spans is not None:
                place_spans.append((m.start, m.end, e))
            if e.role == "country" and _STATE_SPOKE.search(text, max(0, m.start - 12), m.start) \
                    and (gov := _state_governments(ctx.gazetteer).get(e.id)) is not None:
                # "وقالت الجزائر إن جزائريين اثنين بين القتلى": a country that speaks is its government
                out.append(_Entity(m.start, m.end, gov, "party", gov, m.surface, "country"))
            if places is not None and not _BORDER_WITH.search(text, max(0, m.start - 16), m.start):
                # (not "قرب الحدود مع أوغندا": the neighbour across the border; not "ومقره بريطانيا":
                # where a body that speaks has its seat)
                places.append(e)
                if m.start < _LEDE and e.role == "country":
                    # the headline, dateline and lede say where the story is: a country named there
                    # weighs twice (not a town's name that two countries share: رفح)
                    places.append(e)
            continue
        if e.id in _NATIONAL_SOCIETIES and text.startswith(" ", m.end) \
                and (d := lex.demonym_scan.match(text, m.end + 1)) is not None:
            # "الصليب الأحمر الكونغولي"، "الهلال الأحمر الجزائري": a national society no list names
            # is a party of its own (<demonym>_red_cross), not the ICRC
            sid = f"{d[0]}_{_NATIONAL_SOCIETIES[e.id]}"
            out.append(_Entity(m.start, d[2], sid, "party", sid, text[m.start:d[2]], e.role))
            continue
        party = e.party if e.kind != "party" else (e.party or e.id)
        if e.kind == "party" and party.endswith("_government") and _seat_before(text, m.start):
            continue  # "المرصد السوري، ومقره لندن": a body's seat, no speaker
        if party is None and e.get("speaks_for") == "home":
            party = _HOME  # "التلفزيون الرسمي": the state of the article's places
        out.append(_Entity(m.start, m.end, party, e.kind, e.id, m.surface, e.role))
    occupied = bytearray(len(text) + 1)  # 1 where a found entity stands

    def take(s: int, e: int) -> None:
        occupied[s:e] = b"\x01" * (e - s)

    def free(s: int, e: int) -> bool:
        return occupied.find(1, s, e) < 0

    for x in out:
        take(x.start, x.end)

    # "الشرطة التركية", "وزارة الداخلية العراقية": an office of a state named by its adjective
    bare: list[tuple[int, int]] = []
    for _, s0, e0 in scans["organ"]:
        if not free(s0, e0):
            continue
        window_end = e0
        for _ in range(4):  # the adjective may follow the office's own words (وزارة الشؤون الاجتماعية السورية)
            nxt = text.find(" ", window_end + 1)
            window_end = len(text) if nxt < 0 else nxt
        d = lex.demonym_scan.search(text, e0, window_end)
        if d and not re.search(r"[،,.:;\d]| و(?!ال)\w+\s*$", text[e0:d[1]]) \
                and not _TOLL_WORD_BETWEEN.search(text, e0, d[1]):  # (not "الأمن وسائحة كندية", "القوات 14 سوريا")
            dem, de = d[0], d[2]
            out.append(_Entity(s0, de, f"{dem}_government", "organ", f"{dem}_government", text[s0:de]))
            take(s0, de)
        else:
            bare.append((s0, e0))
    for m in _at_words(_GROUP_ANAPHOR_SCAN, _GROUP_ANAPHOR_NOUN, text, len(text), lead=" "):
        s, e = m.start(), m.end() - 1  # (offsets one more than in text)
        if free(s, e):
            out.append(_Entity(s, e, None, "group_anaphor", _anaphor_key(m.group(1)), text[s:e]))
            take(s, e)
    medium_starts = {x.start for x in out if x.kind == "medium"}
    for cls, s, e in lex.anonymous_scan.finditer(text):
        if cls == "unnamed" and text[max(0, s - 2):s] == "ال":
            continue  # "المصدر" refers back (an anaphor); "مصدر" is a new, unnamed source
        if cls == "security" and text[max(0, s - 2):s] == "ال" and text.startswith(("مسؤول ", "مسؤول،", "مسؤول."), s) \
                and text.rfind(" مسؤول ", 0, s) >= 0:
            continue  # "قال مسؤول في الصليب الأحمر ... . وأفاد المسؤول": the official named before
        if cls == "media" and text[max(0, s - 2):s] == "ال" and text[s:e] in ("قناه", "صحيفه", "موقع"):
            continue  # "كما اتهمت القناة": refers back to the channel named before (a medium anaphor)
        if cls == "media" and text[s:e].endswith(("موقع", "مواقع")) and _PLACE_NOT_MEDIUM.match(text, e):
            continue  # "من موقع لم يكشف عنه": a place, not a website
        if cls == "media" and _KIND_GAP.match(text, e).end() in medium_starts:
            continue  # "لموقع "مدى مصر"": the word only says what kind of medium is named
        if cls == "media" and (q := _QUOTED_AFTER.match(text, e)) and free(s, q.end()):
            # "قناة "العربية"": a name the gazetteer knows only with its kind word
            found = ctx.gazetteer.find(text[s:e] + " " + q.group(1).strip(), kinds=_MEDIUM_KIND)
            if found and found[0].start == 0 and found[0].end >= e - s + 1 + len(q.group(1).strip()):
                x = found[0].entry
                out.append(_Entity(s, q.end(), x.party, "medium", x.id, text[s:q.end()], x.role))
                take(s, q.end())
                continue
        if cls == "named_body":
            acr = _ACRONYM_AFTER.match(text, e)
            if acr is not None and free(s, acr.end()):
                out.append(_Entity(s, acr.end(), acr.group(1).lower(), "party", acr.group(1).lower(),
                                   text[s:acr.end()], "ngo"))
                take(s, acr.end())
                continue
            if not text.startswith(_LOCAL_BODY_WORDS, s) or text.endswith("ال", 0, s):
                continue  # ("ولفتت الجمعية": the one named before, an anaphor)
            # "قالت جمعية "الشباب من أجل التنمية"": an association no list names is a voice on the ground
            cls = "local_sources"
        if cls in ("medical_sources", "local_sources") and _COUNTED_BEFORE.search(text, max(0, s - 12), s):
            continue  # "أصيب 4 مسعفين", "قتل عشرات السكان": the people counted, not a source
        if free(s, e):
            # security sources, unnamed sources and offices: their side is decided in context
            party = None if cls in _CONTEXT_SIDE else cls
            out.append(_Entity(s, e, party, "anonymous", cls, text[s:e]))
            take(s, e)
    for s, e in bare:  # "وذكرت وزارة الداخلية", "قالت الشرطة": an office of the state in question
        if text.startswith(" عن ", e) and text.endswith("دفاع", s, e):
            continue  # "جمعية ... للدفاع عن حقوق الفولاني": defending, no ministry
        if free(s, e):
            out.append(_Entity(s, e, None, "anonymous", "government", text[s:e]))
            take(s, e)
    for cls, s, e in scans["anaphor"]:
        if cls == "medium" and _KIND_GAP.match(text, e).end() in medium_starts:
            continue  # "لموقع "مدى مصر"": names the medium, does not refer back to one
        if text.startswith(_LOCAL_BODY_WORDS, e - 5) and _DESCRIBED_AFTER.match(text, e):
            continue  # "رئيس الجمعية الخيرية": an association described, no reference back
        if free(s, e):
            out.append(_Entity(s, e, None, "anaphor" if cls == "claimant" else "medium_anaphor", None, text[s:e]))
            take(s, e)
    for _, s, e in scans["reporter"]:
        if _ENVOY.fullmatch(text, s, e) and not (_AGENCY_AFTER.match(text, e) or _KIND_GAP.match(text, e).end() in medium_starts):
            continue  # "مندوب سوريا لدى الأمم المتحدة": an envoy; "مندوبة الوكالة", "مندوب سانا": a correspondent
        if free(s, e):
            out.append(_Entity(s, e, "outlet", "reporter", None, text[s:e]))
            take(s, e)
    out.sort(key=lambda x: x.start)
    # 'قوات الاحتلال الأجنبية "إيساف"'، "القوات الدولية (يونيفيل)": a generic word for a body,
    # then its name: the name says who it is
    drop = {i for i in range(len(out) - 1) if out[i].kind in ("group", "anonymous")
            and out[i].id not in ("unnamed", "media") and out[i + 1].kind in ("party", "organ")
            and _NAME_AFTER_KIND.fullmatch(text, out[i].end, out[i + 1].start)}
    return [x for i, x in enumerate(out) if i not in drop] if drop else out


# A count right before a word: the word is the counted noun ("4 مسعفين", "عشرات الأطباء").
_COUNTED_BEFORE = re.compile(r"(?:\d|(?<!\w)(?:ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عشرات|مئات|"
                             r"الاف|بضعه|عده))\s*$")

# A border with a country: the place named after it is the neighbour ("الحدود مع مالي"); a
# body's seat ("ومقره بريطانيا"): where it sits, not where the story is.
_BORDER_WITH = re.compile(r"(?<!\w)(?:ال|)حدود(?:ها|ه)?\s+(?:مع\s+|)$|(?<!\w)(?:و|)مقر(?:ه|ها|هم)\s+(?:في\s+|)$")

# The party of a medium that speaks for the state of the article's places (media.yaml
# `speaks_for: home`), resolved when the claimant is built.
_HOME = "@home"

# Anonymous classes whose side the context decides (attribution.yaml `anonymous`), and the
# gazetteer's groups of that kind (groups.yaml, `party: null`).
# Between a generic word for a body and the name that follows it: an adjective at most, and a
# quotation mark or bracket before the name ('قوات الاحتلال الأجنبية "إيساف"').
_NAME_AFTER_KIND = re.compile(r"(?:\s+ال\w+|)\s*[\"«(]\s*")
# a body's name and its Latin acronym in brackets: ' "فرق صناع السلام المجتمعية" (CPT)'
_ACRONYM_AFTER = re.compile(r'\s*"?[^"()\n.،,:؛]{2,60}?"?\s*\(([A-Z]{2,6})\)')
# whose men "مرتزقة" are in a party's own voice
_MERCENARIES_IN_VOICE_OF = {"houthis": "yemeni_forces", "sdf": "sna", "ypg": "sna", "pkk": "sna"}
_CALL_FACTIONS_HIRED = tuple(k for k, v in _MERCENARIES_IN_VOICE_OF.items() if v == "sna")  # (the Kurdish forces)
_ESTIMATES = re.compile(r"(?:و|ف)?[يت]قدر")
_ANNA_AHEAD = re.compile(r"\W*(?:\w+\W+){0,10}?(?:ان|أن|إن)(?!\w)")
# Verbs of accusing: the accuser is named right after ("اتهمت القناة طيران التحالف بقتل 4").
_ACCUSES = re.compile(r"(?:و|ف)?(?:اتهم|اتهمت|اتهموا|تتهم|يتهم)")
# "رفعت وزارة الداخلية حصيلة القتلى إلى"، "وعدّلت مصادر الشرطة الحصيلة": a side that raises, lowers
# or corrects a toll, named between the verb and the toll, gives the figure (the verb alone is
# no report: "رفعت القوات العلم")
_REVISES_TOLL = re.compile(r"(?:و|ف)?(?:رفع|رفعت|رفعوا|ترفع|يرفع|عدل|عدلت|تعدل|يعدل|خفض|خفضت|تخفض|يخفض|صحح|صححت)")
_TOLL_AHEAD = re.compile(r"[^.\n؛:]{0,50}?(?<!\w)(?:ال|)(?:حصيل|عدد|ارقام|رقم)")
_NOBODY_CLAIMED = re.compile(r"\s+(?:اي|أي)\s+(?:جهه|طرف|جماعه|فصيل|تنظيم)(?!\w)")
_NEGATION_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(?:لم|لا|لن|ما)\s*$")
_CONTEXT_SIDE = {"security", "government", "unnamed"}


@cache
def _state_governments(gazetteer: Gazetteer) -> dict[str, str]:
    """Country id → the party id of its government (the first `<demonym>_government` of it)."""
    out: dict[str, str] = {}
    for e in gazetteer.of_kind("party"):
        if e.country and e.id.endswith("_government") and e.country not in out:
            out[e.country] = e.id
    return out


@cache
def _office_runners(gazetteer: Gazetteer) -> frozenset:
    """De facto authorities that run a state's offices (parties.yaml `runs_offices`: the Houthis in
    Sanaa): in their own media a ministry or office named without its state is theirs."""
    return frozenset(e.id for e in gazetteer.of_kind("party") if e.get("runs_offices"))


@cache
def _own_armies(gazetteer: Gazetteer) -> frozenset:
    """Armed sides that call themselves the state's army (parties.yaml `own_army`: the LNA's
    "القوات المسلحة العربية الليبية"): in their own words the army's soldiers are theirs."""
    return frozenset(e.id for e in gazetteer.of_kind("party") if e.get("own_army"))


@cache
def _own_voices(gazetteer: Gazetteer) -> frozenset:
    """A UN agency or mission speaks under its own id ("ocha", "unhcr", "unmiss": the usual
    acronym, CONTRACT.md), while its staff and troops are the UN's (`un_staff`, peacekeepers):
    organs of the UN with the role agency or mission, and agencies that are parties of their own
    under the UN (UNRWA: `parent: un`)."""
    voices = frozenset(e.id for e in gazetteer.of_kind("organ") if e.party == "un" and e.role in ("agency", "mission"))
    voices |= {e.id for e in gazetteer.of_kind("party") if e.parent == "un" and e.role == "agency"}
    _UN_VOICES.update(voices)  # (what _forces, which sees no gazetteer, maps back to "un")
    return voices


@cache
def _armies_fought(gazetteer: Gazetteer) -> dict[str, str]:
    """Armed group id → the government whose army a bare "الجيش" means in its words
    (parties.yaml `army_of`: the state it fights)."""
    govs = _state_governments(gazetteer)
    out: dict[str, str] = {}
    for e in gazetteer.of_kind("party"):
        country = e.get("army_of")
        if country and country in govs:
            out[e.id] = govs[country]
    return out


# The opening characters of a text (headline, dateline, first sentence): places named there weigh more.
_LEDE = 200


# A place of any name given its state by adjective: "مدينة بيلغورود الروسية"، "بلدة سيدي بوزيد التونسية".
_PLACE_OF_STATE = re.compile(r"(?<!\w)(?:و|ف)?(?:ب|ل)?(?:ال|)(?:مدينه|بلده|قريه|مقاطعه|محافظه|ولايه|اقليم|منطقه|جزيره|"
                             r"العاصمه|مخيم)\s+(?:(?!(?:قرب|علي|في|من|عند|بين|الي|مع|شمال|جنوب|شرق|غرب|وسط|ال)?(?:حدود|قرب|علي|في|من|عند|بين|الي|مع|شمال|جنوب|شرق|غرب|وسط)(?!\w))[^\W\d]+\s+){1,3}?(?=ال\w+يه(?!\w))")
# (the name's words, not "قرب الحدود الصومالية": the adjective of the border near it)
# Its place nouns alone: where a match can begin is the start of a word that holds one (a
# literal scan skips ahead fast; the pattern above, led by a look-behind, is tried at every
# character).
_PLACE_NOUN = re.compile(r"مدينه|بلده|قريه|مقاطعه|محافظه|ولايه|اقليم|منطقه|جزيره|العاصمه|مخيم")


def _at_words(pattern: re.Pattern, nouns: re.Pattern, text: str, endpos: int, lead: str = ""):
    """What `pattern.finditer(lead + text, 0, endpos + len(lead))` finds, for a pattern that can
    only match at the start of a word holding one of `nouns`: tried there alone (a literal scan
    for the nouns skips ahead fast, where the pattern, led by a look-behind or a non-letter, is
    tried at every character or word). With `lead`, a character read in front, the offsets are
    one more than in text, and a match begins at its word's start in text."""
    subject = lead + text
    done, tried = 0, -1  # (where the last match ended; the last word start tried)
    for noun in nouns.finditer(text, 0, endpos):
        s = noun.start()
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            s -= 1
        if s < done or s == tried:
            continue
        tried = s
        if (m := pattern.match(subject, s, endpos + len(lead))) is not None:
            done = m.end()
            yield m


def _states_by_place_adjective(t: str, lex: Lexicon, gazetteer: Gazetteer) -> dict[str, float]:
    """Votes for the states whose adjective follows a place, known or not, in the article's
    opening ("مدينة بيلغورود الروسية": the story is in Russia, whatever other places it names)."""
    votes: dict[str, float] = {}
    for m in _at_words(_PLACE_OF_STATE, _PLACE_NOUN, t, 2 * _LEDE):  # (in the headline and the lede: where the story is)
        dem = lex.demonym_scan.match(t, m.end())
        if dem is not None and getattr(gazetteer.get(f"{dem[0]}_government"), "kind", None) == "party":
            votes[f"{dem[0]}_government"] = votes.get(f"{dem[0]}_government", 0) + 3
    return votes


def _home_government(places: list, gazetteer: Gazetteer, votes: dict[str, float] | None = None) -> str | None:
    """The government of the places the article names most: who a governor, a health
    directorate or a police directorate named without its state speaks for. A place (or
    a place above it) may name its own `government` (the Gaza Strip: hamas). A place whose name
    another country's place shares (`ambiguous`: طرابلس) votes half. A region across states
    ("بلوشستان") votes for its `fallback` country only where no other place votes."""
    states = _state_governments(gazetteer)
    votes = dict(votes or {})
    govs: dict[int, str | None] = {}  # a place named again has the same government
    fallback = None
    for place in places:
        if place.get("fallback"):
            fallback = place.get("fallback")  # (a region across states votes for none of them)
            continue
        weight = 0.5 if place.get("ambiguous") in (True, "true") else 1
        if id(place) in govs:
            gov = govs[id(place)]
            if gov:
                votes[gov] += weight
            continue
        gov, node, seen = None, place, 0
        while node is not None and seen < 8:
            gov = node.get("government") or (states.get(node.id) if node.role == "country" else None)
            if gov:
                break
            node = gazetteer.get(node.parent) if node.parent else None
            seen += 1
        if gov is None and place.country:
            gov = states.get(place.country)
        govs[id(place)] = gov
        if gov:
            votes[gov] = votes.get(gov, 0) + weight
    if not votes and fallback is not None:
        return states.get(fallback)
    return max(votes, key=votes.get) if votes else None


def _home_by_outlet(outlet: str | None, gazetteer: Gazetteer) -> str | None:
    """Where the text names no place of a state: the state whose own agency or broadcaster
    publishes the article (CRTV's story from Bamenda is Cameroon's), else None."""
    entry = gazetteer.get(outlet) if outlet else None
    if entry is None or entry.kind != "medium" or not entry.country or not (entry.party or "").endswith("_government"):
        return None
    return entry.party


def _state_of_place(doc: "_Doc", lo: int, hi: int, near: bool = False) -> str | None:
    """The government of the first place named from lo, when the place ends by hi (`near`: when
    it begins by hi, one word after lo at most): "والي شانلي أورفة" is Turkey's governor."""
    k = bisect_left(doc.place_spans, (lo,))
    if k == len(doc.place_spans):
        return None
    start, end, place = doc.place_spans[k]
    if not (start <= hi and doc.words_between(lo, start) <= 1 if near else end <= hi):
        return None
    return _home_government([place], doc.gazetteer)


# "وفي تونس، أعلنت وزارة الخارجية": a clause that opens on a country, then its verb and an office.
_IN_COUNTRY_BEFORE = re.compile(r"(?:^|[.\n؛،,]\s*|\s)(?:و|ف)?في\s+$")
_COUNTRY_THEN_OFFICE = re.compile(r"\s*[،,]\s*(?:\w+\s+){1,2}$")


def _clause_country(doc: "_Doc", at: int) -> str | None:
    """The government of a country a clause opens on right before an office named without its
    state ("وفي تونس، أعلنت وزارة الخارجية"), if any."""
    t = doc.norm.text
    k = bisect_left(doc.place_spans, (max(0, at - 40),))
    for start, end, place in doc.place_spans[k:]:
        if start >= at:
            break
        if place.role == "country" and _IN_COUNTRY_BEFORE.search(t, max(0, start - 8), start) \
                and _COUNTRY_THEN_OFFICE.fullmatch(t, end, at):
            return _state_governments(doc.gazetteer).get(place.id)
    return None


def _home_by_adjective(t: str, lex: Lexicon, gazetteer: Gazetteer, entities: list[_Entity] = ()) -> str | None:
    """No place the gazetteer knows: the state whose adjective the text gives its places and
    offices most often ("مدينة بن قردان التونسية", "السلطات التونسية"), not a medium's name
    ("وكالة الأنباء الألمانية" reports the world)."""
    votes: dict[str, int] = {}
    media = [(x.start, x.end) for x in entities if x.kind == "medium"]
    for cls, s, e in lex.demonym_scan.finditer(t):
        # (the feminine adjective of a town or an office, not the people: "المرتزقة السوريين")
        if t.startswith("ال", s - 2) and t.endswith("يه", s, e) \
                and getattr(gazetteer.get(f"{cls}_government"), "kind", None) == "party" \
                and not any(a <= s < b for a, b in media):
            votes[cls] = votes.get(cls, 0) + 1
    return f"{max(votes, key=votes.get)}_government" if votes else None


@cache
def _by_home(gazetteer: Gazetteer, entry_id: str) -> tuple[tuple[str, str], ...]:
    """A generic name's parties by home government (groups.yaml `by_home`), in file order."""
    e = gazetteer.get(entry_id)
    raw = e.get("by_home") if e is not None else None
    if not raw:
        return ()
    return tuple(tuple(x.strip() for x in pair.split("=", 1)) for pair in raw.split(",") if "=" in pair)


def _resolve_by_home(entities: list[_Entity], home: str | None, gazetteer: Gazetteer) -> None:
    """"حكومة الوحدة الوطنية" names Libya's government in a Libyan story and Myanmar's NUG
    in a Burmese one: a generic name takes the party listed for the article's home state
    (the first one listed when the article names no place of those states)."""
    full: list[_Entity] = []  # named bodies whose name goes on after a generic head
    # "الاحتلال التركي" named in the article: a bare "جيش الاحتلال" in it is that occupier's
    # (the one named most), whatever the article's places
    occupiers: dict[str, int] = {}
    for x in entities:
        if x.kind == "party" and x.party and x.party.endswith("_government") and x.surface.startswith("الاحتلال "):
            occupiers[x.party] = occupiers.get(x.party, 0) + 1
    for x in entities:
        if x.kind == "group" and x.party is None and x.id == "occupation_forces" and occupiers:
            x.party = max(occupiers, key=occupiers.get)
            x.kind = "party"
        elif x.kind == "group" and x.party is None and x.id and (pairs := _by_home(gazetteer, x.id)):
            by = dict(pairs)
            party = by.get(home or "", "context" if "context" in by.values() else pairs[0][1])
            if home and home not in by and by.get("*") == "home":
                party = home  # ("*=home": any other state's body of that name is that state's)
            if party == "context":
                continue  # (listed for the states where the generic name says nothing by itself)
            x.party = party
            x.kind = "party"
        elif x.kind == "party" and home and x.id and (pairs := _by_home(gazetteer, x.id)) \
                and (party := dict(pairs).get(home)) is not None:
            # "الهلال الأحمر" in a Palestinian story: the national society (prcs), which is
            # its own party; elsewhere the generic name stays as it is
            x.id = x.party = party
        elif x.kind == "anonymous" and x.id == "government" and full and " " in x.surface:
            # "الدفاع المدني السوري: ..." then "الدفاع المدني: فرقنا انتشلت ...": the short form
            # of a body named in full before is that body
            head = x.surface + " "
            same = next((f for f in reversed(full) if f.surface.startswith(head)), None)
            if same is not None:
                x.kind, x.id, x.party, x.role = same.kind, same.id, same.party, same.role
        if x.kind in ("party", "organ") and x.id and len(full) < 64:
            full.append(x)


# An attack word just before a named side, or an attack verb just after it ("هجوم لداعش",
# "داعش يتبنى"): that side is the attacker.
_ATTACK_BEFORE = re.compile(r"(?:هجوما?|هجمات|الهجوم|هاجم\w*|اقتحام|(?<!\w)(?:و|)(?:تبنت|تبني))\W+(?:\w+\W+){0,2}ل?$")
_ATTACK_AFTER = re.compile(r"^\W+(?:\w+\W+){0,1}?(?:(?:شن|يشن|نفذ|ينفذ)\w*\W+(?:\w+\W+|)(?:ال|)"
                           r"(?:هجوم|هجمات|اعتداء|عمليه)|تبن\w*|يتبن\w*|تتبن\w*|هاجم\w*|يهاجم\w*|اقتحم\w*|يقتحم\w*)")


@lru_cache(maxsize=4096)
def _names_text(gazetteer: Gazetteer, entry_id: str) -> str:
    """An entry's names in one string, taa marbuta folded (to look a head noun up in them)."""
    entry = gazetteer.get(entry_id)
    return "\n".join(nm.replace("ة", "ه") for nm in entry.names) if entry else ""


_DATELINE_AFTER = re.compile(r"[ \t]*\|")
_DATELINE_BEFORE = re.compile(r"[-–—][ \t]*$")
# Roles of bodies that bear no arms (an armed side is none of them), and of those never an attacker.
_UNARMED_ROLES = frozenset({"international_body", "ngo", "civil_society", "political_party"})
_NEVER_ATTACKER = _UNARMED_ROLES | {"agency", "union"}
_SEAT_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(?:مقره|مقرها|مقرهم|ومقره|يتخذ\s+من|تتخذ\s+من)\s+(?:في\s+|)$")


def _seat_before(text: str, pos: int) -> bool:
    """_SEAT_BEFORE in the 20 characters before pos (looked for only where its words are)."""
    lo = max(0, pos - 20)
    before = text[lo:pos]
    return ("مقر" in before or "تخذ" in before) and _SEAT_BEFORE.search(text, lo, pos) is not None


def _attack_before(text: str, pos: int) -> bool:
    """_ATTACK_BEFORE in the 30 characters before pos (looked for only where its words are)."""
    before = text[max(0, pos - 30):pos]
    return ("هج" in before or "هاجم" in before or "اقتحام" in before or "تبن" in before) \
        and _ATTACK_BEFORE.search(before) is not None


def _attacker(text: str, entities: list[_Entity], ctx: Context,
              home: str | None = None) -> tuple[str | None, dict[str, str], str | None]:
    """The group the article names for the attack, what "التنظيم"/"الحركة" refer to, and the
    state most present (for anonymous security sources and forces without a demonym)."""
    counts: dict[str, int] = {}
    parents: list[_Entity] = []
    attack_near: dict[str, int] = {}
    gov: dict[str, int] = {}
    kinds_named: dict[str, set] = {}
    for e in entities:
        if not e.party or e.kind not in ("party", "organ", "medium") or e.party == _HOME:
            continue  # a party's own medium names it too ("وكالة أعماق": the "التنظيم" is isis)
        if e.party.endswith("_government"):
            # a wire agency ("الأناضول") does not make the article about its state, nor a body's
            # seat ("المرصد السوري، ومقره بريطانيا")
            # or where the outlet writes from ('"الرأي المشرقي" - لندن | الاثنين ...')
            if e.kind != "medium" and not _seat_before(text, e.start) \
                    and not (_DATELINE_AFTER.match(text, e.end) and _DATELINE_BEFORE.search(text, max(0, e.start - 4), e.start)):
                gov[e.party] = gov.get(e.party, 0) + 1
            continue
        if e.party in ("outlet", "media", "unknown", "local_sources", "medical_sources"):
            continue
        if _is_parent(text, e, parents):
            continue  # "الجماعة المرتبطة بتنظيم القاعدة": the parent named as an attribute is not the actor
        counts[e.party] = counts.get(e.party, 0) + 1
        if (kind_word := _KIND_BEFORE_NAME.search(text, max(0, e.start - 10), e.start)) is not None:
            # 'تنظيم "بي كا كا"' in the text: "التنظيم" is that group here, whatever its names say
            kinds_named.setdefault(e.party, set()).add(kind_word.group(1).replace("ميليشيات", "ميليشيا"))
        after = text[e.end:e.end + 25]
        if (_attack_before(text, e.start) or _ATTACK_AFTER.search(after)) and not _NEVER_ATTACKER.intersection(
                (e.role, getattr(ctx.gazetteer.get(e.party), "role", None))):
            # (not "اليونيسف تدين اختطاف ...": an international body or NGO condemns, it does not attack)
            attack_near[e.party] = attack_near.get(e.party, 0) + 1
    attacker = max(attack_near, key=lambda p: (attack_near[p], counts.get(p, 0))) if attack_near else None
    if attacker:
        # "هجوم لداعش" in the headline, "الدولة الإسلامية في غرب إفريقيا" in the body: the branch named
        for p in counts:
            entry = ctx.gazetteer.get(p)
            if entry is not None and ("affiliate_of", attacker) in entry.extra:
                attacker = p
                break
    group_for: dict[str, str] = {}
    ranked = [(p, _names_text(ctx.gazetteer, p)) for p, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    for noun, stem in _GROUP_ANAPHORS.items():
        best = None
        for p, names in ranked:
            if stem in names or stem in kinds_named.get(p, ()):
                best = p
                break
        if best:
            # "طالبان" in the headline, "حركة طالبان باكستان" in the body: "الحركة" is the branch named
            best = next((p for p, names in ranked if p != best and stem in names
                         and ("affiliate_of", best) in getattr(ctx.gazetteer.get(p), "extra", ())), best)
            group_for[noun] = best
    if attacker is None and "التنظيم" in group_for and "هجوم" in text and \
            any(e.kind == "group_anaphor" and e.id == "التنظيم" for e in entities):
        attacker = group_for["التنظيم"]
    # (a tie goes to the state of the article's places: "تعدّه واشنطن" once against "الحكومة
    # المعترف بها دولياً" once, in a story from Abyan, is Yemen's)
    government = max(gov, key=lambda g: (gov[g], g == home)) if gov else None
    return attacker, group_for, government


_AND_GAP_ONLY = re.compile(r"[\s\"«»]*و[\s\"«»]*")  # ("بتنظيمي القاعدة و\"داعش\"": quotes around the second)


def _parent_before(text: str, pos: int) -> bool:
    """_PARENT_BEFORE in the 30 characters before pos (looked for only where its words are)."""
    lo = max(0, pos - 30)
    before = text[lo:pos]
    return ("مرتبط" in before or "تابع" in before or "موالي" in before or "مدعوم" in before or "متحالف" in before) \
        and _PARENT_BEFORE.search(text, lo, pos) is not None


def _is_parent(text: str, e: _Entity, parents: list[_Entity]) -> bool:
    """Is `e` a parent named as an attribute ("المرتبطة بتنظيم القاعدة"), or joined by "و" to
    one ("بتنظيمي القاعدة وداعش")? Found parents are appended to `parents`."""
    if _parent_before(text, e.start) or parents and _AND_GAP_ONLY.fullmatch(text, parents[-1].end, e.start):
        parents.append(e)
        return True
    return False


def _resolve_group_anaphor(text: str, start: int, end: int, doc: _Doc) -> str | None:
    m = _GROUP_ANAPHOR_RE.search(text, start, end)
    if not m:
        return None
    return doc.group_for.get(_anaphor_key(m.group(1)))


# ---------------------------------------------------------------- attribution

# "in its name": an office of the side named before ("المتحدث باسمها"، "الناطق باسمه").
_IN_ITS_NAME = re.compile(r"\s+باسم(?:ها|ه|هم)(?!\w)")
# "in the name of" a body named a few words on ("المتحدث باسم عمليات "سوكولا 1" للجيش الكونغولي": the army's).
_IN_NAME_OF = re.compile(r"\s+باسم\s")
# An army's corps, division or regional command after a spokesman's "باسم" (not a brigade: armed
# groups name theirs so).
_ARMY_UNIT = re.compile(r"\s+باسم\s+(?:ال|)(?:فيلق|فرقه|قياده\s+(?:ال|)(?:منطقه|قطاع|فيلق|فرقه)|قياده\s+شرطه)(?!\w)")


def _entity_claimant(e: _Entity, doc: _Doc, prev: Claimant | None, last_medium: Claimant | None,
                     depth: int = 0) -> Claimant | None:
    t = doc.norm.text
    if e.kind in ("anaphor", "anonymous", "group") and (its := _IN_ITS_NAME.match(t, e.end)) is not None:
        # "وأعلنت حركة الشباب مسؤوليتها، وقال المتحدث العسكري باسمها": the side named before it
        # in the sentence ("its" spokesman)
        for x in reversed(_entities_in(doc, max(0, e.start - 160), e.start)):
            if _SENTENCE_BREAK.search(t, x.end, e.start):
                break
            if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES:
                return Claimant(x.party, None, (), t[e.start:its.end()])
            if x.kind == "group_anaphor" and (side := doc.group_for.get(x.id)) and side not in _NOT_SIDES:
                # "ولم يصدر عن الحركة أي حصيلة، لكن المتحدث العسكري باسمها قال": the movement named so
                return Claimant(side, None, (), t[e.start:its.end()])
    if e.kind == "anaphor":
        # "المركز الإعلامي لقسد", "المتحدث باسم الجيش": an office of a side named right after
        # (not "وأضاف البيان أن القوات ...": what follows "أن" is what was said)
        ahead = () if _OMITTED_SUBJECT.match(t, e.end) else _entities_in(doc, e.end, e.end + 40)
        for nxt in ahead:
            if _SAID_THAT.search(t, e.end, nxt.start):
                break  # "وتابع المصدر العسكري أن القوات": what follows "أن" is what was said
            if nxt.start > e.end + 1 and _triggers_in(doc, e.end, nxt.start):
                break  # "رصد المرصد اعتقال الأجهزة الأمنية 16 شخصاً": the doer of the event, not whose office
            # (an office of an office: "الناطق باسم القيادة العامة لـ...")
            if doc.words_between(e.end, nxt.start) <= (5 if _IN_NAME_OF.match(t, e.end) else 3) and depth < 3 and (
                    nxt.kind in ("party", "organ") and nxt.party
                    or nxt.kind == "anonymous" and nxt.id == "government"
                    or nxt.kind in ("anaphor", "group_anaphor")):
                # ("الناطقة باسم الحركة": the movement the story is about)
                inner = _entity_claimant(nxt, doc, prev, last_medium, depth + 1)
                if inner is not None:
                    return Claimant(inner.party, inner.speaker, inner.via, t[e.start:nxt.end])
            break
        if _OFFICE_OF.match(t, e.end):
            # "الناطق باسم القيادة العامة اللواء أحمد المسماري": the office of a body no list
            # names, held by a person it knows: his side
            for nxt in _entities_in(doc, e.end, e.end + 70):
                if doc.words_between(e.end, nxt.start) > 5 or _SAID_THAT.search(t, e.end, nxt.start):
                    break
                if nxt.kind == "speaker" and nxt.party:
                    return Claimant(nxt.party, nxt.id, (), t[e.start:nxt.end])
                if nxt.kind not in ("anaphor", "group"):
                    break
        if doc.home_government and (unit := _ARMY_UNIT.match(t, e.end)) is not None:
            # "المتحدث باسم فيلق ظفر 207"، "الناطق باسم الفرقة الثالثة": a unit of the army no list
            # names speaks for the state of the story's places
            return Claimant(doc.home_government, None, (), t[e.start:unit.end()])
        if (op := _OF_THE_OPERATION.match(t, e.end)) is not None and depth < 3:
            # "الناطق باسم المركز الإعلامي للعملية": the office of the operation named before
            # ("عملية البنيان المرصوص"), whose side speaks
            named = _named_before(doc, _Entity(e.start, e.end, None, "group", None, "العمليه"))
            if named is not None and named.kind == "organ":
                inner = _entity_claimant(named, doc, prev, last_medium, depth + 1)
                if inner is not None:
                    return Claimant(inner.party, inner.speaker, inner.via, t[e.start:op.end()], inner.medium)
        # "وأضافت الوزارة": the ministry named before
        named = _named_before(doc, e)
        if named is not None and depth < 3:
            inner = _entity_claimant(named, doc, prev, last_medium, depth + 1)
            if inner is not None and named.kind == "group" and named.party is None and prev is not None \
                    and (inner.party, inner.speaker) == (prev.party, prev.speaker):
                inner = prev  # ("وأكد المصدر" after "مصدر عسكري لسبأ": the same source, through the same agency)
            if inner is not None:
                return Claimant(inner.party, inner.speaker, inner.via, e.surface, inner.medium)
        head = _head_noun(e.surface)
        said = _spoke_before(doc, e, head) if prev is not None and head and not _OFFICE_OF.match(t, e.end) else None
        if said is not None and said.party != prev.party:  # (the same side: prev has its channels)
            # "وأضاف القائد", "وتابع الناطق", "وأضاف البيان": the speaker of an earlier sentence
            # called so ("قائد عسكري", "الناطق باسم الجيش", "قالت الوزارة في بيان"), not whoever spoke last
            return Claimant(said.party, said.speaker, said.via, e.surface, said.medium)
        if said is None and head in _STATEMENT_HEADS and doc.outlet_party not in ("outlet", None) \
                and not _spoke_before(doc, e, head):
            # "وأضاف البيان" in a side's own statement (under its masthead) that names no other
            # statement before: the article itself, not the last voice it reported ("زعمت وكالة إرنا")
            return Claimant(doc.outlet_party, None, (), e.surface)
        if prev is not None and head in _BODY_HEADS and not _body_is(t, head, e.start, prev):
            # "وكان المرصد قد وثق" after a ministry's statement: a body the gazetteer does not
            # know, not the last speaker (named elsewhere than the body): most often the
            # publisher itself (a monitor's or an NGO's own report), never the other side
            return Claimant(doc.outlet_party, None, (), e.surface)
        return Claimant(prev.party, prev.speaker, prev.via, e.surface, prev.medium) if prev else None
    if e.kind == "medium_anaphor":
        if depth < 3 and _head_noun(e.surface) in _BODY_HEADS and not (
                last_medium is not None and last_medium.cue and _head_noun(last_medium.cue) == _head_noun(e.surface)):
            # "بحسب قاعدة بيانات الشبكة" after "الشبكة السورية لحقوق الإنسان": the body named so,
            # not the last medium ("قناة روسيا اليوم")
            named = _named_before(doc, e)
            if named is not None:
                inner = _entity_claimant(named, doc, prev, last_medium, depth + 1)
                if inner is not None:
                    return Claimant(inner.party, inner.speaker, inner.via, e.surface, inner.medium)
        if last_medium is None and depth < 3 and (named := _medium_named_before(doc, e)) is not None:
            # "وأفادت الوكالة الرسمية" after "وكالة أنباء الشرق الأوسط الرسمية نقلاً عن ...": that agency,
            # not the last speaker (no medium spoke in its own voice since)
            inner = _entity_claimant(named, doc, prev, last_medium, depth + 1)
            if inner is not None:
                return Claimant(inner.party, inner.speaker, inner.via, e.surface, inner.medium)
        src = last_medium or prev
        if src is None:
            # "ونقلت الوكالة الرسمية عن مصدر طبي" with no agency named before: the publisher
            # speaking of itself; "" lets _chain follow its "عن" to the source behind it
            return Claimant(doc.outlet_party, None, (), e.surface, doc.outlet_id or "")
        return Claimant(src.party, src.speaker, src.via, e.surface, src.medium)
    if e.kind == "reporter":
        nxt = _medium_at(doc, e.end)
        if nxt is not None and nxt.id and nxt.id != doc.outlet_id \
                and nxt.role != "platform" and not e.surface.endswith("نا"):
            # "مراسل قناة العربية" in another outlet's article: that medium speaks, not the publisher
            party = nxt.party if nxt.party and nxt.party != _HOME else "media"
            return Claimant(party, None, (nxt.id,), t[e.start:nxt.end], nxt.id)
        # (the publisher's own reporter: "" lets _chain follow his "عن" to the source behind him)
        return Claimant("outlet", None, (), e.surface, doc.outlet_id or "")
    if e.kind == "group_anaphor":  # "التنظيم" is the group the article is about
        party = doc.group_for.get(e.id.replace("ميليشيات", "ميليشيا")) if e.id else None
        if party is None and e.id == "التنظيم":
            party = "isis"  # "التنظيم" with no group named is, in this news, the Islamic State
        return Claimant(party, None, (), e.surface) if party else None
    if e.kind == "medium":
        if e.id and e.id == doc.outlet_id and not e.party:
            return Claimant(doc.outlet_party, None, (), e.surface)  # "وفق إحصاء لفرانس برس" in AFP's own story
        if e.party == _HOME:
            return Claimant(doc.home_government or "media", None, (e.id,) if e.id else (), e.surface, e.id)
        via = ((e.id,) if e.id else ()) + ((doc.medium_platform[e.id],) if e.id in doc.medium_platform else ())
        if e.party:
            return Claimant(e.party, None, via, e.surface, e.id)
        return Claimant("media", None, via, e.surface, e.id)
    if e.kind == "speaker":
        return Claimant(e.party or "unknown", e.id, (), e.surface)
    if e.kind in ("anonymous", "group"):
        if e.id == "media" or e.party == "media":
            return Claimant("media", None, (), e.surface, "media")
        party = e.party
        # "مصدر من داعش", "مسؤول في الدفاع المدني", "مصدر أمني إسرائيلي": the side named right after
        # (a nationality adjective decides only a side the source has none of)
        attached = _attached_side(doc, e, prev, last_medium, depth, demonym=party is None)
        if attached is not None:
            side, named = attached
            if party is None or named and party in ("unknown", "local_sources", "medical_sources") \
                    and side not in _NOT_SIDES:
                party = side
        if party is None:
            if e.id == "unnamed":
                # "قال مصدر إن", "مصدر في الوزارة": an anonymous source, of a side's own medium where
                # it spoke to one ("أفاد مصدر لأعماق"), else on the ground
                party = _told_side(doc, e, medium_only=True) or "local_sources"
            elif _head_noun(e.surface) in _UNIT_HEADS and _FACTION_UNIT.search(t, max(0, e.start - 3000), e.start):
                # "وأضافت الفرقة" after "فرقة السلطان مراد": the faction named before (a state's
                # division is "الفرقة 22", never "فرقة" with a name)
                return Claimant(prev.party, prev.speaker, prev.via, e.surface, prev.medium) if prev else None
            else:
                # an office named before with its state ("الجيش" after "الجيش الإسرائيلي"), else
                # the state of the article's places, else the state most present in it
                named = _named_before(doc, e) if e.id == "government" else None
                if named is not None and named.kind == "party" and not (named.party or "").endswith("_government"):
                    named = None  # "القوات المسلحة" after "قوات الدعم السريع": a state's office, not the group's
                if named is not None and depth < 3:
                    inner = _entity_claimant(named, doc, prev, last_medium, depth + 1)
                    party = inner.party if inner is not None else None
                if party is None and named is None and _MILITARY_OFFICE.search(e.surface):
                    # "جاءت حصيلة الجيش الأميركي أقل، إذ أكد المتحدث العسكري": a military office of no
                    # state, after an army named with its state earlier in the sentence, is that army's
                    party = _army_before(doc, e)
                if party is None and named is None and doc.outlet_party in _office_runners(doc.gazetteer):
                    # "وأوضح ناطق وزارة الصحة العامة والسكان" in the Houthis' own Saba: their ministry
                    party = doc.outlet_party
                if party is None:
                    # "والي شانلي أورفة", "شرطة ولاية غازي عنتاب": the state of the place the office is of
                    party = _state_of_place(doc, e.end, e.end + 12, near=True)
                if party is None and named is None:
                    party = _clause_country(doc, e.start)
                # (a side's own medium spoken to first: "مصدر عسكري لوكالة أعماق" is the group's source,
                # not the army of the country the attack was in)
                party = party or _told_side(doc, e, medium_only=True) or doc.home_government \
                    or doc.main_government or _told_side(doc, e) or "unknown"
                if _OF_THE_ENEMY.match(t, e.end) and (enemy := _ENEMY_OF.get(doc.home_government or "")):
                    party = enemy  # "المتحدث باسم جيش العدو" in a Lebanese story: Israel's army
                if party in _ARMY_OF_OCCUPIER and named is None and _MILITARY_HEAD.match(e.surface):
                    # "وقال الجيش إنه قتل 14 مقاتلاً" in a story of Gaza or the West Bank: no army
                    # of their own, the occupier's
                    party = _ARMY_OF_OCCUPIER[party]
                if party == "syrian_government" and named is None and _CIVIL_DEFENCE.match(e.surface):
                    # a bare "الدفاع المدني" in Syria's news is the White Helmets (the opposition areas'
                    # rescuers), not an office of the government in Damascus
                    party = "white_helmets"
        return Claimant(party, None, (), e.surface)
    if e.party:
        return Claimant(e.id if e.kind == "organ" and e.id in doc.voice_of else e.party, None, (), e.surface)
    return None


# "جيش العدو"، "طيران العدو": the enemy of the state of the places, where the news names only one so.
_OF_THE_ENEMY = re.compile(r"\s+(?:ال|)(?:عدو|معادي)(?!\w)")
_ENEMY_OF = {"lebanese_government": "israeli_government", "palestinian_government": "israeli_government",
             "hamas": "israeli_government", "syrian_government": "israeli_government"}
# Places whose authorities have no army: a bare army or air force there is the occupier's.
_ARMY_OF_OCCUPIER = {"hamas": "israeli_government", "palestinian_government": "israeli_government"}
_MILITARY_HEAD = re.compile(r"(?:و|ف|ب|ل)?(?:ال|)(?:جيش|قوات|طيران|سلاح\s+الجو|بحريه|اركان)(?!\w)")
# The plural nouns of a toll ("قتلى الدعم السريع"، "شهداء الكوادر الصحية"، "جرحى الشرطة").
_TOLL_NOUN = re.compile(r"(?:و|ف|ب|ل)?(?:ال|)(?:قتلي|قتلاه|جرحي|شهداء|مصابي|ضحايا|اسري)")
# Men of no side named ("20 عنصراً", "15 جندياً") and a group's verbs of killing or taking them.
_GENERIC_MEN = re.compile(r"(?:عنصر|عنصرا|عناصر|جندي|جنديا|جنود)(?!\w)")
_THEY_KILLED = re.compile(r"(?<!\w)(?:و|ف)?(?:قتلوا|قتلنا|قتلت|قضوا\s+علي|قضينا\s+علي|قضت\s+علي|اسروا|اسرنا|اسرت|"
                          r"اصابوا|اصبنا)\s+(?:\S+\s+){0,2}$")
# Military offices named without their side ("المتحدث العسكري", "القيادة العامة للقوات المسلحة").
_MILITARY_OFFICE = re.compile(r"عسكري|(?:ال|)قوات\s+(?:ال|)مسلحه|(?<!\w)(?:ال|)قائد|(?<!\w)(?:ال|)قياده")
_CIVIL_DEFENCE = re.compile(r"(?:ال|)دفاع\s+(?:ال|)مدني$")


def _told_side(doc: _Doc, e: _Entity, medium_only: bool = False) -> str | None:
    """The side of a medium an anonymous official source speaks to ("مصدر عسكري لوكالة سبأ"),
    else (unless `medium_only`) of the publisher's own voice (a side's agency): each quotes its
    own side's sources."""
    t = doc.norm.text
    for x in _entities_in(doc, e.end, min(len(t), e.end + 48)):
        if x.kind == "medium" and x.party and x.party not in (_HOME, "media") \
                and not _BREAK_MARK.search(t, e.end, x.start):
            if medium_only and (x.party.endswith("_government") or getattr(doc.gazetteer.get(x.id), "country", None)):
                return None  # (a state's agency, or a name two agencies share: "سبأ" in Sanaa and in Aden)
            return x.party
        break
    if medium_only:
        return None
    return doc.outlet_party if doc.outlet_party not in _NOT_SIDES else None


def _attached_side(doc: _Doc, e: _Entity, prev: Claimant | None, last_medium: Claimant | None,
                   depth: int, demonym: bool = True) -> tuple[str, bool] | None:
    """The side an anonymous source or office belongs to, named right after it, and whether
    it was named (not only its state's adjective): "مصدر في الشرطة", "مسؤول من الجيش",
    "مركز ... التابع لوزارة ...", "مصدر أمني عراقي" (`demonym`: the adjective looked for too)."""
    t = doc.norm.text
    m = _ATTACHED.match(t, e.end)
    if m and depth < 3 and _entity_at(doc, m.end()) is None and (
            adj := _SOURCE_ADJECTIVE.match(t, e.end) or _SOURCE_DEPARTMENT.match(t, e.end)):
        # "المسؤول العسكري للإمارة الإسلامية", "مسؤول العمليات في الصليب الأحمر": past the source's
        # adjective or the department it heads
        m = _ATTACHED.match(t, adj.end())
    if m and depth < 3:
        at = m.end()
        if t.startswith("احد ", at) and _HOSPITALS_AT.match(t, at + 4):
            return "medical_sources", True  # "مسؤول في أحد مستشفيات كابل": one of the hospitals' own
        nxt = _entity_at(doc, at)
        if nxt is None and (staff := _BODY_STAFF.match(t, at)):
            at = staff.end()  # "مصدر في إدارة مستشفى الثورة": the staff of a named body
            nxt = _entity_at(doc, at)
            nxt = nxt if nxt is not None and nxt.kind in ("party", "organ", "anonymous", "group") else None
        if nxt is not None and nxt.start >= e.end and t[at:nxt.start] in _JOINERS \
                and not (e.party in _ANON_SIDES and t[at:nxt.start].startswith("ل")):
            # ("قالت مصادر محلية للمرصد": whom local sources spoke to, not whose they are)
            if nxt.kind in ("party", "organ") and nxt.party:
                return nxt.party, True
            if nxt.kind == "anonymous" and nxt.id == "government" and e.party is not None \
                    and _head_noun(nxt.surface) in _PLACE_HEADS:
                pass  # "مصادر محلية في محافظة إدلب", "مصدر طبي في ولاية بورنو": where, not whose
            elif nxt.kind in ("anonymous", "group", "anaphor", "group_anaphor") and nxt.id not in ("unnamed", "media"):
                if nxt.kind == "anonymous" and nxt.id == "government" \
                        and (side := next((x for x in _entities_in(doc, nxt.end, nxt.end + 40) if x.kind == "party" and x.party
                                           and doc.words_between(nxt.end, x.start) <= 3), None)) is not None \
                        and not _JOINER_BEFORE.search(t, nxt.end, side.start):
                    return side.party, True  # "التابعة لسلطات الأمر الواقع الحوثية": the authorities' side, a few words on
                inner = _entity_claimant(nxt, doc, prev, last_medium, depth + 1)
                if inner is not None and inner.party:
                    return inner.party, True
    dem = _demonym_after(doc, e.end) if demonym else None
    return (dem, False) if dem else None


# A word that joins what follows to something else ("سلطات ... في مناطق سيطرة الحوثيين"): no adjective.
_JOINER_BEFORE = re.compile(r"(?<!\w)(?:في|من|مع|ضد|علي|على|الي|إلى|عن|بين|و)(?!\w)|\W[وبل]\w")
# An adjective of a source or an office before the body it belongs to ("المسؤول العسكري لـ",
# "المسؤولون المحليون للإمارة الإسلامية").
_SOURCE_ADJECTIVE = re.compile(r"\s+(?:ال|)(?:عسكري|امني|اعلامي|ميداني|رسمي|سياسي|بارز|كبير|محلي|اول)(?:ه|ون|ين)?(?=\s+(?:ل|في|من|ب))")
# The department a source is in charge of, before the body it is in: "مسؤول العمليات في"، "مدير الإعلام في".
_SOURCE_DEPARTMENT = re.compile(r"\s+ال\w+(?=\s+(?:في|لدى|داخل)\s)")
_HOSPITALS_AT = re.compile(r"(?:ال|)(?:مستشفيات|مشافي)(?!\w)")
# The management or staff of a body, between a source and the body it is in ("مصدر في إدارة مستشفى").
_BODY_STAFF = re.compile(r"(?:ال|)(?:اداره|هيئه|قسم|طاقم|طواقم|كادر|كوادر|موظفي|عاملين\s+في)\s+")


# A sentence opening on the medium spoken to: "وفي حديث لقناة ..."، "وفي تصريح خاص لـ...".
_TOLD_TO = re.compile(r"\W*(?:و|ف)?(?:في|خلال)\s+(?:حديث|تصريح|تصريحات|مقابله|لقاء|اتصال)\s+(?:\w+\s+|)(?:هاتفي\s+|)"
                      r"(?:خاص\s+|)(?:مع\s+|ل|لـ)\s*\W?")


# "تداول" (circulated): a passive cue, unless its doers are named right after it.
_CIRCULATED = re.compile(r"(?:و|ف)?(?:تداول|تداولت|تداولوا|تتداول|يتداول)(?!\w)")


# What may stand between _ATTACHED and the name it joins: a proclitic "ل"/"ب" or a quote.
_JOINERS = {"", "ل", "ب", "لل", '"', 'ل"', 'ب"', "لـ"}


_BREAK_MARK = re.compile(r"[،,.:;؛]")


def _list_owner(doc: _Doc, sent: Sentence, carried: Claimant | None, last_medium: Claimant | None) -> Claimant | None:
    """The body a list-opening sentence with no speaker of its own says the list is of ("وشملت
    استجابة المنظمة:"، "وتوزعت تدخلات فرق الوزارة على النحو الآتي:"): the first named side or
    body referred back to in it, or None."""
    for x in _entities_in(doc, sent.start, sent.end):
        if x.kind in ("party", "organ", "anaphor") and not _is_addressee(doc, x):
            c = _entity_claimant(x, doc, carried, last_medium)
            return c if c is not None and c.party not in (None, "unknown") else None
    return None


# A clause of its own inside a sentence: "أعلن أمس 27 قتيلاً، فيما أعلن يوم الأحد مقتل ستة" (its own
# speaker, its own time: the pipeline dates claims by it too).
OTHER_CLAUSE = re.compile(r"(?<!\w)(?:فيما|بينما|في حين|في المقابل|لكن|الا ان)(?!\w)")


def _last_opener(t: str, a: int, b: int) -> int | None:
    """Where the words after the last clause opener ("فيما", "بينما" ...) in t[a:b] begin, or None."""
    last = None
    for m in OTHER_CLAUSE.finditer(t, a, b):
        last = m.end()
    return last


def _demonym_after(doc: _Doc, pos: int) -> str | None:
    """"مصدر أمني إسرائيلي": a nationality adjective in the two words after `pos`."""
    t = doc.norm.text
    lex = doc.lexicon
    if lex is None:
        return None
    # the word starts of the text, not a scan: a word that runs on through pos is the first
    # of the two, and no demonym begins inside a word
    i = bisect_left(doc.word_starts, pos)
    inside = pos > 0 and _TWO_WORD_CHARS.match(t, pos - 1) is not None
    limit = min(len(t), pos + 40)
    for w in doc.word_starts[i:i + (1 if inside else 2)]:
        if w >= limit or _BREAK_MARK.search(t, pos, w):
            break
        dem = lex.demonym_scan.match(t, w)
        if dem is not None:
            return f"{dem[0]}_government"
        if t.startswith("و", w):  # "رجال الأمن وسائحة كندية": the adjective is the next noun's
            break
    return None


_TWO_WORD_CHARS = re.compile(r"\w\w")


def _army_before(doc: _Doc, e: _Entity) -> str | None:
    """The state whose army is named with it earlier in e's sentence ("الجيش الأميركي"), if any."""
    t = doc.norm.text
    i = bisect_left(doc.entity_starts, e.start)
    for x in reversed(doc.entities[max(0, i - 12):i]):
        if _SENTENCE_BREAK.search(t, x.end, e.start):
            return None
        if x.kind in ("party", "organ") and x.party and x.party.endswith("_government") \
                and _MILITARY_HEAD.match(x.surface):
            return x.party
    return None


def _named_before(doc: _Doc, e: _Entity) -> _Entity | None:
    """The named office an anaphor or a bare office refers back to by its head noun
    ("الوزارة" → "وزارة الصحة في غزة", "الجيش" → "الجيش الإسرائيلي")."""
    head = _head_noun(e.surface)
    if not head:
        return None
    # "المصدر الأمني", "المصادر الطبية": the anaphor's adjective picks which source it was
    adj = _ADJECTIVE_AFTER.match(doc.norm.text, e.end) if e.kind == "anaphor" else None
    i = bisect_left(doc.entity_starts, e.start)
    for x in reversed(doc.entities[max(0, i - 60):i]):
        if head not in x.surface:
            continue  # (its head noun is not the anaphor's: a substring test first)
        if adj is not None and x.kind == "group" and _head_noun(x.surface) == head:
            if adj.group(1) in x.surface:
                return x
            continue
        if x.kind in ("party", "organ", "speaker") and x.party and _head_noun(x.surface) == head:
            return x
        if e.kind == "anonymous" and x.kind in ("party", "organ") and x.party and x.party.endswith("_government") \
                and any(w == head or w == "ال" + head for w in x.surface.split()):
            return x  # "وأوضحت الأركان" after "رئاسة الأركان التركية": the state's office named so
        if x.kind == "group" and (x.party in _ANON_SIDES or x.party is None) and _head_noun(x.surface) == head:
            return x  # "وأضافت المصادر" after "مصادر محلية": those sources, not the side they spoke of;
            # "وأضاف القائد" after "قائد عسكري صومالي": that commander, whose side his words give
        if x.kind == "anonymous" and x.id == "government" and x.surface != e.surface and \
                _head_noun(x.surface) == head and _attached_side(doc, x, None, None, 2) is not None:
            return x
    if head in ("بعثه", "عمليه"):
        # "البعثة" after a mission named by another word ("العملية المختلطة ... (يوناميد)"): that mission
        for x in reversed(doc.entities[max(0, i - 60):i]):
            if x.kind == "organ" and x.role == "mission":
                return x
    return None


def _medium_named_before(doc: _Doc, e: _Entity) -> _Entity | None:
    """The medium an anaphor names by its head noun ("الوكالة الرسمية" → "وكالة أنباء الشرق الأوسط"),
    when the last body named with that head noun before it is a medium."""
    head = _head_noun(e.surface)
    if not head:
        return None
    i = bisect_left(doc.entity_starts, e.start)
    for x in reversed(doc.entities[max(0, i - 60):i]):
        if head in x.surface and _head_noun(x.surface) == head:
            # (the last body called so: "وبحسب الوكالة" after UNRWA, an agency of the UN, is UNRWA)
            return x if x.kind == "medium" and x.id else None
    return None


# The adjective after an anaphor ("المصدر الأمني" → "امني"): its stem, without the article
# and a feminine or plural ending.
_ADJECTIVE_AFTER = re.compile(r"\s+ال(\w{3,}?)(?:ه|ون|ين|ات)?(?!\w)")


@lru_cache(maxsize=4096)
def _head_noun(surface: str) -> str | None:
    """The first word of a name without its article ("الوزاره" and "لوزاره" → "وزاره")."""
    m = _WORD.search(surface)
    if not m:
        return None
    w = m.group(0)
    if w.startswith("ال") and len(w) >= 5:
        w = w[2:]
    elif w.startswith("ل") and len(w) >= 5 and w[1:2] != "ل":
        w = w[1:] if surface is not None and w[1:] in _LAM_HEADS else w
    return w if len(w) >= 3 else None


# Sides of anonymous sources an anaphor may refer back to ("المصادر" → "مصادر محلية").
_ANON_SIDES = {"local_sources", "medical_sources"}

# Heads of offices that an anaphor may carry with a merged "ل" ("لوزاره" in "التابع لوزاره").
_LAM_HEADS = {"وزاره", "وكاله", "مديريه", "دائره", "قياده", "هيئه", "مفوضيه", "منظمه", "بعثه", "خليه",
              "مكتب", "مركز", "جيش", "شرطه", "حكومه", "سلطات", "متحدث", "ناطق"}


# Anaphors that recall a text rather than a person: "البيان" is who spoke "في بيان".
_TEXT_HEADS = frozenset({"بيان", "بلاغ", "تقرير", "تصريح", "تصريحات", "رساله"})


def _spoke_before(doc: _Doc, e: _Entity, head: str) -> Claimant | None:
    """The last speaker of an earlier sentence whose own words hold the anaphor's head noun
    (the speaker "الناطق باسم الجيش" for "الناطق"), or, for a text ("البيان"), who spoke and
    named one among his words (before the next speaker of his sentence)."""
    t = doc.norm.text
    is_text = head in _TEXT_HEADS
    upto = len(t)  # (where the next speaker's words begin, in the same sentence)
    for pos, _, end, c in reversed(doc.spoken):
        stretch, upto = min(end, upto), pos
        if end > e.start:
            continue  # (the anaphor's own sentence: its cues are being read)
        if is_text:
            # a text named in its speaker's words: "قال التنظيم في بيان", not "بيان تناقلته حسابات"
            if t.find(head, pos + 1, stretch + len(head)) >= 0:
                return c
        elif head in c.cue:
            return c
    return None


# One name right after a speech verb, then what was said: "وقال الحداد إن" (a name of two words
# with عبد, أبو or بن: "وقال عبد الله إن").
_SURNAME_AFTER = re.compile(r"\s+(?:(?:ال|)(?:لواء|عميد|عقيد|مقدم|رائد|نقيب|جنرال|كولونيل|فريق|وزير|الدكتور|دكتور|د\.)\s+)?"
                            r"((?:عبد|ابو|ابن|بن)\s+[^\W\d]{3,}|[^\W\d]{3,})\s+(?:ان|إن|أن|ل|لـ|في|خلال|امام)(?!\w)")  # ("أعلن اللواء منير أن": a rank first)
# Belonging to a side: "تنتمي لمنظمة ..."، "المنتمين إلى ..."، "المرتبطة بـ...".
_BELONGS_TO = re.compile(r"(?<!\w)(?:تنتمي|ينتمي|ينتمون|ينتميان|المنتمي\w*|منتمي\w*|مرتبط\w*|المرتبط\w*)\s*(?:ل|الي|إلى|ب)?\s*$")
# A sentence opening on one name then its verb: "وكان الأبيض قد"، "والحناوي".
# (a live blog's line may open on its time: "19:30 - العروي يعلن")
_SURNAME_SUBJECT = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\s*[-–—|:]?\s*)?(?:و|ف)?(?:(?:كان|كانت)\s+)?([^\W\d]{3,})\s+(?:قد\s+|)")


def _spoke_by_name(doc: _Doc, name: str, before: int) -> Claimant | None:
    """The speaker of an earlier sentence whose cue was followed by `name` (a surname: "فراس الأبيض"
    before "وكان الأبيض قد أعلن"): the claimant of the cue that word stood after."""
    t = doc.norm.text
    if len(name) < 4 or name in _NOT_NAMES:
        return None
    for pos, start, end, c in reversed(doc.spoken):
        if end > before or c.party in ("outlet", "unknown", "media"):
            continue
        # (after the cue, or before it in its sentence: a live blog's "المتحدث ... محمد علي العروي: حصيلة
        # تشير"; not in the sentence before, which has a speaker of its own)
        k = t.find(" " + name, max(start, pos - 80), min(end, pos + 120))
        if k >= 0 and not t[k + 1 + len(name):k + 2 + len(name)].isalnum():
            return c
    return None


# Words that open a sentence and are no one's name.
_NOT_NAMES = frozenset({"الحصيله", "العدد", "الوزاره", "الجيش", "الشرطه", "الحكومه", "القوات", "المصدر", "البيان",
                        "التقرير", "الهجوم", "القصف", "الحادث", "التفجير", "الانفجار", "المسلحون", "المهاجمون"})


# "صادرة عن": issued by (the author of a toll, a statement, figures).
_ISSUED_BY = re.compile(r"(?<!\w)(?:ال|)صادر(?:ه|ين|ات)?\s+عن\s*$")


# An office of someone named after it: "المتحدث باسم ...", "المسؤول لدى ...": a new speaker.
_OFFICE_OF = re.compile(r"\s+(?:باسم|لدي)(?!\w)")
# An office's possessor, the operation named before: "(الناطق باسم) المركز الإعلامي للعملية",
# "المكتب الإعلامي لغرفة العمليات"... only "the operation" itself, with or without "باسم".
_OF_THE_OPERATION = re.compile(r"(?:\s+ال(?:اعلامي|عسكري)|\s+باسم)?\s+(?:لل|ال)عمليه(?!\w)")


# Anaphors that name a body ("المرصد", "المنظمة"): they refer back to that body only.
_STATEMENT_HEADS = frozenset({"بيان", "بلاغ"})
_BODY_HEADS = frozenset({"مرصد", "منظمه", "مركز", "مكتب", "هيئه", "مفوضيه", "بعثه", "لجنه", "شبكه", "نادي", "جبهه"})


_BARE_FIGURES = re.compile(r"\s*(?:ال|)(?:تقديرات|معلومات|ارقام|احصاءات|احصائيات|تقارير|انباء)(?:\s+(?:ال|)(?:اوليه|مبدئيه|غير\s+رسميه|متداوله|متطابقه))?\s*(?:[.،,]|$)")
_BARE_STATEMENT = re.compile(r"\s*(?:ال|)(?:بيان|بلاغ)(?:\s+(?:ال|)(?:رسمي|عسكري|صحفي))?\s*(?:[.،,]|$)")
_SENT_TO = re.compile(r"(?<!\w)(?:الى|الي)\s+$")
_ALSO_OPENER = re.compile(r"\W*(?:و?كما\s+(?:تم|جرى|قامت|قام|اسفر|اسفرت|اصيب|اصيبت|جرح|قتل|قتلت|استشهد|لقي)|كمان|وكمان)(?!\w)")  # (كمان: colloquial "also")
# Estimates or figures named with their owner after them: "التقديرات الأولية لـ"، "الأرقام الصادرة عن".
_ESTIMATE_WORD = re.compile(r"تقدير|ارقام|احصاء|بيانات")
_FIGURES_OF = re.compile(r"(?:\s+ال\w+){0,2}\s+(?:ل|لل|الصادره\s+عن\s+)")
# A unit's tie to the body it belongs to: "التابعة لـ"، "التابع للـ".
_BELONGING = re.compile(r"(?<!\w)(?:ال|)تابع(?:ه|)\s+(?:ل|لل)?")
_UNIT_OF = re.compile(r"\s+(?:ال|)(?:مركز|مكتب|وحده|دائره|قسم|خليه|غرفه)\s+(?:[^\W\d]+\s+){0,5}?(?:ال|)تابع(?:ه|)\s+(?:ل|لل)?")
# only where a source is, between it and its verb: " في مدينة غريان ", " في المدينة "
_WHERE_ONLY = re.compile(r"\s+(?:في|من|ب)\s*(?:\w+\s+){1,3}")
# Words that may stand between a report verb and its subject without counting: the day, the time,
# a pronoun of the thing reported ("حسب ما أفاد به اليوم الأربعاء بيان لـ...").
_WHEN_OR_PRONOUN = re.compile(r"(?<!\w)(?:به|بها|له|لها|اليوم|امس|الليله|مساء|صباح|ظهر|فجر|(?:يوم\s+|)(?:ال|)(?:سبت|احد|اثنين|ثلاثاء|"
                              r"اربعاء|خميس|جمعه))(?!\w)")
_PLACE_OF = re.compile(r"\s+(?:في|من|ب)\s*\w")
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
_MEDICAL_CENTRE = re.compile(r"\s*(?:به\s+|بها\s+)?((?:ال|)(?:مركز|مجمع|مستوصف)\s+(?:[^\W\d]+\s+){1,2}?(?:ال|)طبي)(?!\w)")
_COORDINATED_VERB = re.compile(r"[،,]\s*(?:و|ثم\s+)$")  # "...، وأعلن": a verb joined to the clause before


def _body_is(t: str, head: str, pos: int, prev: Claimant | None) -> bool:
    """Whether the last speaker is the body an anaphor names: its words stand at (or just after)
    the body's last mention ("أعلن مركز ... التابع لوزارة الصحة" ... "وأشار المركز")."""
    if prev is None or not prev.cue:
        return False
    if head in prev.cue:  # "وأضافت اللجنة" after "وأوضحت اللجنة"
        return True
    lo = max(0, pos - 1500)
    at = t.rfind(head, lo, pos)
    said = t.rfind(prev.cue, lo, pos)
    return at >= 0 and said >= 0 and 0 <= said - at <= 80 and not _SENTENCE_BREAK.search(t, at, said)


def _entity_at(doc: _Doc, pos: int, slack: int = 2) -> _Entity | None:
    i = bisect_left(doc.entity_starts, pos)
    if i < len(doc.entities) and doc.entities[i].start - pos <= slack:
        return doc.entities[i]
    return None


def _medium_at(doc: _Doc, pos: int) -> _Entity | None:
    """A medium named at pos, with or without its kind word ("قناة العربية", "العربية")."""
    x = _entity_at(doc, pos, 2)
    if x is None or x.kind != "medium":
        x = _entity_at(doc, _KIND_GAP.match(doc.norm.text, pos).end(), 0)
    return x if x is not None and x.kind == "medium" else None


def _entities_in(doc: _Doc, a: int, b: int) -> list[_Entity]:
    i, j = bisect_left(doc.entity_starts, a), bisect_left(doc.entity_starts, b)
    return doc.entities[i:j]


def _name_after_role(t: str, start: int, end: int) -> str | None:
    """A quoted name right after a role word ("مدير الشؤون ... “إبراهيم خلف”")."""
    m = _QUOTED_NAME.search(t, start, min(end, start + 90))
    # not a figure ("يقارب 120 شخصاً") nor a medium spoken to ("لـ"شفق نيوز"") nor words quoted
    # in what was said ("إن مقاتليها قتلوا 37 من "جنود العدو"")
    if m and len(m.group(1).split()) <= 3 and not re.search(r"\d", m.group(1)) \
            and not _SAID_THAT.search(t, start, m.start()) and not re.search(r"\d", t[start:m.start()]) \
            and not _MEDIUM_BEFORE_QUOTE.search(t, max(0, m.start() - 12), m.start()):
        return m.group(1).strip()
    return None


def _quoted_name_in(t: str, lo: int, hi: int) -> bool:
    """Whether t[lo:hi] holds a quoted name _name_after_role could take (a few words, no
    figure, not a medium's): each pair of quotes in turn."""
    m = _QUOTED_NAME.search(t, lo, hi)
    while m is not None:
        if len(m.group(1).split()) <= 3 and not _DIGIT.search(m.group(1)) \
                and not _MEDIUM_BEFORE_QUOTE.search(t, max(0, m.start() - 12), m.start()):
            return True
        m = _QUOTED_NAME.search(t, m.start() + 1, hi)  # (the closing quote may open the next pair)
    return False


_DIGIT = re.compile(r"\d")


@dataclass
class _Cue:
    pos: int         # where the attribution takes effect
    claimant: Claimant
    postposed: bool = False
    acting: bool = False  # an office doing something, no speech ("ودمرت القوات 3 سيارات")
    label: bool = False   # a source named before a colon ("مصادر طبية: ...", "مستشفى الشفاء: ...")


# Entities that can be the subject of a report verb standing before it (SVO).
_SPEAKING = ("party", "organ", "speaker", "medium", "anonymous", "group", "reporter", "anaphor", "group_anaphor")


# Office words that also name a territory ("شهدت المحافظة هجوماً"): no actor of their own.
_PLACE_HEADS = {"محافظه", "بلديه", "ولايه", "منطقه", "ناحيه", "قضاء"}


def _territory(doc: _Doc, x: _Entity) -> bool:
    """An office word that names a territory there ("تشهده محافظة شمال غزة"): a place, not who speaks."""
    if x.kind != "anonymous" or x.id != "government" or _head_noun(x.surface) not in _PLACE_HEADS \
            or doc.norm.text.startswith("ال", x.start) or x.end - x.start > 8:
        return False
    return any(x.end <= a <= x.end + 8 for a, _, _ in doc.place_spans)


def _titled(lex: Lexicon, t: str, s: int, x: _Entity) -> bool:
    """Is `x` named right after a role ("المتحدث باسم المجلس الانتقالي"): a person speaking
    for it, the subject of the clause, not an object?"""
    role = lex.roles.search(t, max(s, x.start - 30), x.start)
    return role is not None and not t[role.end():x.start].strip()


def _words_before(doc: _Doc, s: int, pos: int) -> int:
    """Whole words from `s` to the word holding `pos` (a proclitic before a name is not a word)."""
    return max(0, bisect_right(doc.word_starts, pos) - 1 - bisect_left(doc.word_starts, s))


def _is_attribute(doc: _Doc, x: _Entity) -> bool:
    """A name that only qualifies the noun before it ("المرتبطة بتنظيم القاعدة")."""
    t, lo = doc.norm.text, max(0, x.start - 30)
    before = t[lo:x.start]  # (searched only where one of its words is)
    return ("مرتبط" in before or "تابع" in before or "موالي" in before or "مقرب" in before or "مدعوم" in before
            or "متحالف" in before or "قريب" in before) and _ATTRIBUTE_BEFORE.search(t, lo, x.start) is not None


# Between a speech verb and the medium its words went out on: "قالت في بيان نشرته على موقع ..."،
# "أعلن عبر قناته على تلغرام" (the medium is a channel there, not the speaker).
# "وقالت في بيان نشرته مؤسسة "الزلاقة"": the medium that put the statement out.
_CHANNEL_GAP = re.compile(r"\W*(?:(?:في|ب)\s*(?:ال|)(?:بيان|تصريح|تصريحات|تغريده|منشور|رساله|تسجيل|كلمه)\w*(?:\s+\w+){0,2}\s+)?"
                          r"(?:عبر|على|علي|من\s+خلال)\s+(?:\w+\s+){0,2}[\"«]?"
                          r"|\W*(?:في|ب)\s*(?:ال|)(?:بيان|تصريح|تسجيل|كلمه)\w*\s+(?:نشر|بث|اصدر|اورد|نقل)\w*\s+(?:\w+\s+){0,1}[\"«]?")
_AFFILIATED = re.compile(r"(?:ال|)تابع(?:ه|ين|ون|ان|تين)?\s+ل")


def _is_channel(doc: _Doc, x: _Entity) -> bool:
    """A medium a statement went out on ("في بيان على موقع تابع لها", "عبر قناته"): a channel of
    the one who spoke, not a speaker."""
    if not (x.kind == "medium" or x.kind in ("anonymous", "group") and (x.id == "media" or x.party == "media")):
        return False
    return _ON_CHANNEL.search(doc.norm.text, max(0, x.start - 8), x.start) is not None


_ON_CHANNEL = re.compile(r"(?<!\w)(?:على|علي|عبر)\s+(?:ال|)$")


_NEVER_ADDRESSED = frozenset({"party", "organ", "speaker", "anaphor", "group_anaphor"})  # (kinds of no medium)


# "وكان محافظ حلب قد قدّر": "كان" (group 1) and its subject before "قد" and the verb.
_WAS_BEFORE = re.compile(r"\W*(?:و|ف)?(كان|كانت)\s+(?:\S+\s+){1,6}?قد\s+$")
_QAD_END = re.compile(r"\s+قد\s+$")
# Verbs of counting ("وأحصت نقابة المهندسين"): the count follows the body's name.
_TALLIED = re.compile(r"(?:و|ف)?(?:احصت|احصي|احصوا|وثقت|وثق|وثقوا|سجلت|رصدت)")
# Where what a speaker said begins: "إن", "أنها", a colon (also after a private person's description).
_SAID_OPENS = r"(?<!\w)(?:ان|إن|أن|انه|انها|بان|بانه|بانها)(?!\w)|:"
_SAID_OPENING = re.compile(_SAID_OPENS)
# Where a titled speaker's words stop and what he said begins: "إن/أن", a colon, "بـ" and an event.
_SAID_AFTER_TITLE = re.compile(_SAID_OPENS +
                               r"|(?<=\s)ب(?=(?:مقتل|اصابه|سقوط|استشهاد|نزوح|اعتقال|اختطاف|وصول|ارتفاع)(?!\w))")


def _titled_unknown(doc: _Doc, lex: Lexicon, a: int, b: int, e: int, carried: Claimant | None,
                    postposed: bool = False, estimate: bool = False) -> Claimant | None:
    """A speaker named by a title no list places, right after the verb ("وقال رئيس الجمعية إن",
    "وأكد مدير الإغاثة في المنطقة، في اتصال مع "الشرق الأوسط"، أن"): a new speaker of no
    known side (`unknown`), not the outlet; the medium spoken to is its channel. The speaker
    carried from before when his own cue holds the title ("وأضاف رئيس اللجنة" after him)."""
    t = doc.norm.text
    at = b + 1 if t.startswith(" ", b) else b
    if t.startswith(('"', "«"), at) and _BODY_KIND.match(t, at + 1):
        at += 1  # ('وقال "تجمع أحرار حوران" إن': a body's name in quotation marks)
    role = lex.roles.match(t, at) or _BODY_KIND.match(t, at)
    if role is None or role.start() != at:
        return None
    said = _SAID_AFTER_TITLE.search(t, role.end(), min(e, role.end() + 90))
    if said is None and estimate:
        said = _QAD_END.search(t, role.end(), e)  # ("كان محافظ حلب قد": the title ends at "قد")
    said_at = said.start() if said is not None else None
    if said is None and _TALLIED.fullmatch(t, a, b):
        # "وأحصت نقابة المهندسين تضرر نحو 8 آلاف مبنى": what the body counted follows its name
        digit = _DIGIT_IN.search(t, role.end(), min(e, role.end() + 60))
        hits = _triggers_in(doc, role.end(), digit.start()) if digit is not None else ()
        said_at = hits[0].start - 1 if hits else digit.start() if digit is not None else None
    if said_at is None and _ESTIMATED.fullmatch(t, a, b):
        # "وقدّرت لجنة الطوارئ الحكومية عدد النازحين بـ...": what the body estimates follows its name
        said = _COUNT_WORD.search(t, role.end(), min(e, role.end() + 90))
        said_at = said.start() if said is not None else None
    if said_at is None and postposed:
        # "قُتل 21 شخصاً، وفق ما أعلن حاكم المنطقة السبت.": the title runs to the clause's end
        said = _POSTPOSED_END.search(t, role.end(), min(e, role.end() + 90))
        said_at = said.start() if said is not None else None
    if said_at is None or doc.words_between(role.end(), said_at) > 12:
        return None
    media = [x for x in _entities_in(doc, role.end(), said_at) if x.kind == "medium" and x.id
             and x.role != "platform" and (_is_addressee(doc, x) or _WITH_MEDIUM.search(t, max(0, x.start - 24), x.start))]
    words = t[role.start():min([said_at] + [x.start for x in media])]
    cut = _TITLE_END.search(words)
    title = words[:cut.start()] if cut else words
    title = _TRAILING_TO.sub("", title.strip())
    if " " not in title and title.startswith("ال") and not lex.roles.match(t, at):
        return None  # "وقالت المجموعة": a body named before (an anaphor), not a new one
    if _GENERIC_BODY.fullmatch(title):
        return None  # "منظمة حقوقية محلية": no name, only a kind (see the anonymous sources)
    if not title:
        return None
    if cut is not None and words[cut.start():cut.end()] in "،,":
        # "أعلن العقيد أركان حرب أحمد الشاذلي، المتحدث العسكري للقوات المسلحة، أن": the office
        # named after the name says whose voice it is
        for x in _entities_in(doc, role.start() + cut.end(), said_at):
            # (not a medium there: "، في بيان تلقت شينخوا نسخة منه،", the channel)
            if x.kind in _SPEAKING and x.kind not in ("reporter", "medium", "medium_anaphor") \
                    and not _is_addressee(doc, x):
                return None
    via = tuple(x.id for x in media)
    rest = title[role.end() - role.start():].split()
    name = rest[-1] if rest else ""  # (the man's own name, last: "العميد الركن المالكي")
    if carried is not None and carried.party not in ("outlet", "unknown") and (
            carried.cue and title in carried.cue or _WENT_ON.match(t, a)
            or len(name) >= 4 and t.find(" " + name, max(0, a - 600), a) >= 0):
        # ("وأوضح العميد الركن المالكي" after "العميد الركن سعد المالكي": the same man named again)
        # "وأضاف النقيب عبدي محمد لرويترز" after "قال مسؤول عسكري صومالي": "added", the same voice
        return carried if not via or set(via) <= set(carried.via) else Claimant(
            carried.party, carried.speaker, carried.via + tuple(v for v in via if v not in carried.via),
            carried.cue, carried.medium, carried.distance)
    # a state's official by his title ("حاكم منطقة أقصى الشمال", "محافظ ..."): the story's state;
    # a body that runs a hospital or clinic ("منظمة إيمرجنسي ... التي تدير مستشفى جراحياً"): medical
    # ("والي شانلي أورفة" in a story placed in Syria: the state of the place his title names)
    if _STATE_TITLE.match(t, at):
        party = _state_of_place(doc, at, at + len(title)) or doc.home_government or doc.main_government or "unknown"
    elif _BODY_KIND.match(t, at) and _OFFICIAL_BODY.search(title):
        party = doc.home_government or doc.main_government or "unknown"
    else:
        party = "medical_sources" if _MEDICAL_WORK.search(words) else "unknown"  # (also "نقيبة الممرضات")
    cut_at = _RELATIVE.search(title)
    return Claimant(party, None, via, title[:cut_at.start()].strip() if cut_at else title)


# A person's name (up to four words, a title first) between an office and a ticker line's colon.
_NAME_GAP = re.compile(r"\s+(?:(?:د|م)\.\s*|(?:ال|)(?:دكتور|عميد|عقيد|لواء|مقدم|شيخ)\s+)?(?:\w+\s*){1,4}")
# Between a ticker line's source and its colon: its adjective, the medium it spoke to in quotes, the
# statement it spoke in ('مصدر أمني أردني لـ"نبض عمّان"', "مديرية الأمن العام في بيان مقتضب").
_LABEL_GAP = re.compile(r'(?:\s+(?!في|عبر|ل)\S+){0,2}\s*(?:(?:ل|لـ)\s*"[^"]{1,40}"|(?:في|عبر)\s+(?:بيان|تصريح|تصريحات|تغريده|منشور|رساله)'
                        r'(?:\s+\S+){0,2})?\s*')
# Where a title after a postposed "وفق ما أعلن" ends: a clause break, the sentence's end, a day.
_POSTPOSED_END = re.compile(r"[،,.;:؛]|$|\s(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|اليوم|امس|مساء|صباح)(?!\w)")
# Where a title ends: a clause break, the medium spoken to, the way it was said.
_TITLE_END = re.compile(r"[،,;؛]|\s+(?:عبر|في)\s+(?:ال|)(?:هاتف|اتصال)|\s+(?:ل|لـ)?(?:وكاله|قناه|صحيفه|موقع|اذاعه|تلفزيون)(?!\w)|\s+(?:في|خلال)\s+(?:اتصال|تصريح|حديث|مقابله|لقاء|مؤتمر|بيان)"
                        r"|\s+(?:ل|لـ)\s*\"")
# "في اتصال (هاتفي) مع وكالة ...", "في حديث مع ...": the medium spoken with.
_WITH_MEDIUM = re.compile(r"(?<!\w)مع\s+(?:(?:وكاله|قناه|صحيفه|موقع|اذاعه|تلفزيون)\s+)?\W?$")
# A body named by its kind and a name no list holds ("منظمة إيمرجنسي", "جبهة التغيير", "المعارضة التشادية").
_BODY_KINDS = "منظمه|جبهه|حركه|جماعه|مجموعه|تحالف|تجمع|معارضه|لجنه|لجان|هيئه|اتحاد|جمعيه|شبكه|مرصد|رابطه|مبادره|مؤسسه|تنسيقيه|نقابه"
_BODY_KIND = re.compile(rf"(?:ال|)(?:{_BODY_KINDS})(?!\w)")
# A body's kind with nothing but generic adjectives: unnamed ("منظمة حقوقية", "جماعة مسلحة").
_GENERIC_BODY = re.compile(_BODY_KIND.pattern + r"(?:\s+(?:ال|)(?:حقوقي|محلي|دولي|انساني|اغاثي|طبي|مسلح|اهلي|مدني|"
                           r"ناشط|معارض|مستقل|غير\s+حكومي)\w*)*")
_TRAILING_TO = re.compile(r"\s+(?:ل|لـ)$")
# Verbs that go on with the voice before: "وأضاف", "وتابع", "واستطرد", "وأردف".
_WENT_ON = re.compile(r"(?:و|ف)?(?:اضاف|أضاف|اضافت|أضافت|تابع|تابعت|استطرد|استطردت|اردف|أردف|اردفت|أردفت)(?!\w)")
def _private_speaker(doc: _Doc, b: int, e: int) -> Claimant | None:
    """A private person right after a report verb, unnamed or named after the noun ("وقال رجل إن",
    "وروت امرأة من القرية أنها", "قال مزارع يبلغ من العمر 52 عاماً فقد ابنين له: ", "وقال المواطن
    فلان لمراسل الوكالة إن"): a voice on the ground; the medium spoken to is its channel."""
    t = doc.norm.text
    who = _PRIVATE_PERSON.match(t, b)
    if who is None:
        return None
    said = _SAID_OPENING.search(t, who.end(), min(e, who.end() + 100))
    if said is None or doc.words_between(who.end(), said.start()) > 14:
        return None
    between = _entities_in(doc, who.end(), said.start())
    if any(x.kind in ("party", "organ", "speaker") and not _is_addressee(doc, x) for x in between):
        return None  # ("وقال مواطن من أنصار الحركة إن": whose side he speaks for is named)
    via = tuple(x.id for x in between if x.kind == "medium" and x.id and x.role != "platform")
    return Claimant("local_sources", None, via, who.group(1))


# Where a new clause of a long sentence opens: a semicolon, or "أما" after a comma.
_OPENS_ANEW = re.compile(r"؛\s*(?:(?:و|)اما\s+)?|[،,]\s*(?:و|)اما\s+")


def _new_clause_subject(doc: _Doc, p: int, a: int, carried: Claimant | None,
                        last_medium: Claimant | None) -> Claimant | None:
    """The side that opens the last new clause between p and the verb at a (see _OPENS_ANEW), a
    few words before the verb or set off before it by a relative clause; None where none does."""
    t = doc.norm.text
    opened = None
    for opened in _OPENS_ANEW.finditer(t, p, a):
        pass
    if opened is None:
        return None
    x = _entity_at(doc, opened.end(), 1)  # (past a clitic "و")
    if x is None or x.kind not in _SPEAKING or x.kind == "reporter" or x.end > a or _is_addressee(doc, x):
        return None
    if doc.words_between(x.end, a) > 2 and not _CLAUSE_BREAK.search(t, max(x.end, a - 3), a):
        return None  # (a verb far on, not after the relative clause's closing comma: the entity is its object)
    c = _entity_claimant(x, doc, carried, last_medium)
    return c if c is not None and c.party else None


def _opening_body(doc: _Doc, s: int, a: int) -> Claimant | None:
    """"لكن حركة رجال الكرامة، أكبر الفصائل المحلية، قالت": a body no list names, standing first
    as the subject of the verb at a, is a new speaker of no known side, not the one before."""
    body = _SUBJECT_BODY.match(doc.norm.text, s, a)
    if body is None or _GENERIC_BODY.fullmatch(body.group(1)) or _entities_in(doc, s, body.end()):
        return None
    # ("جمعية ... المحلية": a local association speaks from the ground)
    return Claimant("local_sources" if _LOCAL_BODY.search(body.group(1)) else "unknown", None, (), body.group(1))


# A body no list names opening the sentence as its subject: "لكن حركة رجال الكرامة، ... قالت",
# "لكن جمعية "التجمع ..." المحلية قالت" (its words run up to the verb, or to a comma).
_SUBJECT_BODY = re.compile(r"\W*(?:(?:و|ف)?(?:لكن|لكنه|غير\s+ان|بينما|في\s+حين|اما|من\s+جهتها|من\s+جانبها|بدورها)\s*[،,]?\s*)?"
                           rf"((?:و|)(?:ال|)(?:{_BODY_KINDS})(?:\s*[\"«]?\s*(?!ان|إن|أن|قال|قالت)\w+[\"»]?){{1,7}})\s*(?:[،,]|$)")
# A body of the state by its adjective ("لجنة الطوارئ الحكومية", "الهيئة الرسمية"); the counting
# word an estimate names ("قدّرت اللجنة عدد النازحين").
_LOCAL_BODY = re.compile(r"(?<!\w)(?:ال|)(?:محلي|محليه|اهلي|اهليه)[\"»]?$")
_OFFICIAL_BODY = re.compile(r"(?<!\w)(?<!غير\s)(?:ال|)(?:حكومي|حكوميه|رسمي|رسميه)(?!\w)")  # (not "غير الحكومية")
_ESTIMATED = re.compile(r"(?:و|ف)?(?:قدر|قدرت|قدروا|[يت]قدر|[يت]قدرون)")
_COUNT_WORD = re.compile(r"(?<!\w)(?:عدد|اعداد|حصيله)(?!\w)")
# What a body that heals does ("تدير مستشفى", "عيادات", "فرق طبية"); a relative clause ending a title.
_MEDICAL_WORK = re.compile(r"(?<!\w)(?:ال|)(?:مستشفي|مستشفيات|مشفي|عياد\w*|مستوصف\w*|طبي|طبيه|جراحي\w*|اسعاف\w*|مسعف\w*|"
                           r"ممرض\w*|اطباء)(?!\w)")
_RELATIVE = re.compile(r"\s(?:التي|الذي|اللتين|الذين)\s")
# Titles of a state's officials (folded text).
_STATE_TITLE = re.compile(r"(?:نائب\s+|)(?:رئيس\s+(?:ال|)(?:جمهوريه|حكومه|وزراء|دوله)|حاكم|محافظ|والي|وزير|وزيره|قائمقام|قائممقام|قائم\s+مقام|عمده|رئيس\s+بلديه|"
                          r"مدير\s+شرطه|قائد\s+شرطه|مدير\s+امن|مفوض\s+شرطه|مدير\s+ناحيه|مدير\s+قضاء)(?!\w)")


def _is_addressee(doc: _Doc, x: _Entity) -> bool:
    """"لرويترز", "للوكالة", "لـ"شفق نيوز"": the medium a speaker talks to, not the speaker."""
    if x.kind in _NEVER_ADDRESSED:
        return False
    t = doc.norm.text
    if x.kind == "reporter":  # "تحدثوا لمراسلنا", "قال لمراسل سانا", "للمراسل": spoken to the reporter
        # (not the article's lam: "ونقل المراسل عن" is the reporter speaking)
        return t[x.start - 1:x.start] == "ل" and t[x.start - 2:x.start - 1] != "ا" or x.surface.startswith("ل")
    if x.kind in ("anonymous", "group") and (x.id == "media" or x.party == "media"):
        # "في تصريح للصحيفة", "قال لقناة محلية", "في بيان أرسله إلى وسائل الإعلام": a medium
        # spoken or sent to (often the publisher itself)
        return bool(_TO_MEDIUM.search(t, max(0, x.start - 18), x.start)
                    or _SENT_TO.search(t, max(0, x.start - 8), x.start)
                    or _PUBLISHED_BY.search(t, max(0, x.start - 40), x.start))
    if x.kind not in ("medium", "medium_anaphor"):
        return False
    addressed = x.kind == "medium_anaphor" and x.surface.startswith("ل") and not x.surface.startswith("ال") \
        or _TO_MEDIUM.search(t, max(0, x.start - 18), x.start) is not None \
        or _TALKED_WITH.search(t, max(0, x.start - 40), x.start) is not None
    # ("وفق إحصاء لفرانس برس", "بحسب تقرير لرويترز": the medium's own count)
    return addressed and _TALLY_OF.search(t, max(0, x.start - 30), x.start) is None


# Talked with: "في اتصال (هاتفي) مع وكالة رويترز", "في حديث مع قناة ...", "خلال مقابلة مع ...".
_TALKED_WITH = re.compile(r"(?<!\w)(?:اتصال|حديث|مقابله|لقاء|حوار|دردشه)\s+(?:(?:هاتفي|خاص|صحفي|صحافي)\s+)?مع\s+"
                          r"(?:(?:وكاله|قناه|صحيفه|موقع|اذاعه|تلفزيون|شبكه)\s+)?\W?$")
# A count or report of the medium named after it: "إحصاء لـ", "حصيلة للوكالة", "تقرير لرويترز".
_TALLY_OF = re.compile(r"(?<!\w)(?:ل|ب|و)?(?:احصاء|احصاءات|احصائيه|احصائيات|حصيله|تعداد|تقرير|تحقيق|مراجعه|تحليل)"
                       r"(?:\s+\w+|)\s+(?:ل|لـ)?\s*(?:وكاله\s+|قناه\s+|صحيفه\s+)?\W?$")


# A sentence opening with a statement of the side named before ("بيانها الأخير"، "وفي تقريره"، "روايتهم"):
# that side's words.
_OWN_STATEMENT = re.compile(r"\W*(?:و|ف)?(?:في\s+|ب)?(?:بيان|تقرير|تصريح|تصريحات|روايت|حصيلت|رسالت)(?:ه|ها|هم|هما)(?!\w)")
# An agency's name before a passive cue word ("وكالة الأنباء الرسمية"): no "reports say".
_AGENCY_BEFORE = re.compile(r"(?<!\w)(?:[لب]|لل)?وكال(?:ه|ات)\s+(?:ال|)$")
# A clause break between a side named and a later verb ("...رواية التنظيم، وقال").
_CLAUSE_BREAK = re.compile(r"[،,;؛]")


def _word_before(doc: _Doc, lo: int, pos: int) -> str | None:
    """_PREV_WORD's word in t[lo:pos] (a word, then spaces up to pos), from the doc's word starts."""
    t = doc.norm.text
    j = pos
    while j > lo and t[j - 1].isspace():
        j -= 1
    if j == pos or j == lo or _WORD.match(t, j - 1) is None:
        return None
    return t[max(lo, doc.word_starts[bisect_right(doc.word_starts, j - 1) - 1]):j]


def _postposed_verb(t: str, lo: int, a: int) -> bool:
    """_POSTPOSED_VERB in t[lo:a] (looked for only where "ما" or a comma is: each of its
    alternatives holds one)."""
    before = t[lo:a]
    return ("ما" in before or "،" in before or "," in before) and _POSTPOSED_VERB.search(t, lo, a) is not None


# A speech verb's noun that a speaker declines ("عدم كشف هويته"، "دون الكشف عن اسمه"، "رافضاً ذكر اسمه").
_WITHHELD = re.compile(r"(?<!\w)(?:عدم|دون|بدون|رافضا|رافضه|رفض|رفضت|رفضوا|مفضلا|مفضله|فضل|فضلت)\s+(?:ال|)$")
_CLAUSE_END = re.compile(r"[،,:]|(?<!\w)[اإأ]ن(?:ه|ها|هم|)(?!\w)")


def _clause_end(t: str, pos: int, lim: int) -> int:
    m = _CLAUSE_END.search(t, pos, lim)
    return m.start() if m else lim


def _sentence_cues(doc: _Doc, sent: Sentence, carried: Claimant | None, last_medium: Claimant | None,
                   lex: Lexicon) -> tuple[list[_Cue], Claimant | None, Claimant | None]:
    """The attribution points of one sentence, and the claimant to carry on."""
    t = doc.norm.text
    s, e = sent.start, sent.end
    if carried is not None and carried.party not in ("outlet", "unknown", "media") and _OWN_STATEMENT.match(t, s):
        # "أما قوات الدعم السريع فتنفي ذلك. بيانها الأخير تحدث عن أسر 214": its statement, its words
        return [_Cue(s, carried)], carried, last_medium
    if (label := _CLAIM_LABEL.match(t, s, e)) is not None:
        # a fact-check's "ادعاء: ..." line: the claim checked, of whoever spread it (not the outlet's)
        return [_Cue(label.end(), Claimant("unknown", None, (), label.group(1)), label=True)], None, last_medium
    i, j = bisect_left(doc.cue_starts, s), bisect_left(doc.cue_starts, e)
    if i == j and not _entities_in(doc, s, min(e, s + 60)) and ")" not in t[max(s, e - 4):e] \
            and not (doc.spoken and t.find(":", s, min(e, s + 60)) > 0
                     and _SURNAME_COLON.match(t, _TICKER_HEAD.match(t, s, e).end(), e)):
        if carried is not None and carried.party not in (None, "unknown") and _ALSO_OPENER.match(t, s):
            # "وأوضح البيان أن القوات ضبطت ... . كما تم ضبط 31 فرداً": "also" goes on with the
            # speaker of the sentence before
            return [_Cue(s, carried)], None, last_medium
        return [], None, last_medium  # no cue word and no office acting: nothing to attribute
    cues: list[_Cue] = []
    hits: list[tuple[int, int, str]] = []
    names = _entities_in(doc, s, e)
    # one pass over the cue lists; at a place the longest cue wins, then the kind listed
    # first in lexicon._CUES (passive before verb: "ذكر أن", it was reported, over "ذكر")
    for kind, a, b in doc.cues[i:j]:
        if b > e:
            continue
        clash = None  # the first name the cue overlaps (names are sorted by start)
        for x in names:
            if x.start >= b:
                break
            if a < x.end:
                clash = x.start
                break
        if clash is not None and kind not in ("distance", "reset"):
            # a cue word inside a name ("وكالة الأنباء") is not a cue; a longer cue running
            # into a name gives way to the shorter one before it ("أفادت" + "أنباء ...")
            shorter = [x for x in lex.cue_scan.finditer(t, max(s, a - 4), clash) if x[1] == a] if clash > a else []
            if not shorter:
                continue
            kind, a, b = shorter[0]
        if kind == "verb" and _WITHHELD.search(t, max(s, a - 12), a) \
                and _entities_in(doc, b, _clause_end(t, b, min(e, b + 60))):
            # "طالباً عدم كشف هويته خوفاً من انتقام المجلس العسكري، إن": a name withheld, and the
            # body named after it is no speaker (with none, the cue still points back at the speaker)
            continue
        if kind == "verb" and _AFFILIATED.match(t, a):
            continue  # "على موقع تابع لها": affiliated to, not "he went on"
        if kind == "verb" and _SPOTTED_THEM.fullmatch(t, a, b):
            continue  # "أن قوات الكوماندوز رصدتهم": spotted them, no report of figures
        if kind == "verb" and t.startswith("اشاره", a) and t.endswith("في ", max(s, a - 3), a):
            continue  # "في إشارة إلى عناصر حركة طالبان": an aside saying whom words meant, no speaker
        if kind == "verb" and lex.report_only_with_an.fullmatch(t[a:b]) and not _AN_AHEAD.match(t[b:min(e, b + 90)]):
            continue  # "نقلت الطواقم الجرحى": carried, not reported
        if kind == "verb" and _DEPLOY_VERB.fullmatch(t, a, b) and _FIGURE_AHEAD.match(t, b):
            continue  # "نشر عيادتين متنقلتين"، "نشرت 500 جندي": deployed, not published
        if kind == "verb" and _ESTIMATES.fullmatch(t, a, b) and not _ANNA_AHEAD.match(t, b, min(e, b + 110)) \
                and _entity_at(doc, b, 2) is None:
            continue  # "يقدر عددهم بحدود 80": "is estimated", not "X estimates that"
        if kind == "verb" and _ACCUSES.fullmatch(t, a, b) and (
                _COORDINATED_VERB.search(t, max(s, a - 4), a) or _entity_at(doc, b + 1, 1) is None
                or _entity_at(doc, b + 1, 1).kind not in ("party", "organ", "medium", "medium_anaphor", "anaphor")):
            continue  # "اتهم X Y بقتل": X's claim only when X is named right after the verb (not "، واتهمت الجيش")
        if kind == "verb" and _REVISES_TOLL.fullmatch(t, a, b) and not (
                (x := _entity_at(doc, b + 1, 1)) is not None and x.kind in _SPEAKING and x.end < sent.end
                and _TOLL_AHEAD.match(t, x.end, sent.end)):
            continue  # a raise or a correction is a report only with its doer named before the toll
        if kind == "verb" and _NOBODY_CLAIMED.match(t, b) and _NEGATION_BEFORE.search(t, max(s, a - 6), a):
            continue  # "ولم تعلن أي جهة مسؤوليتها": nobody speaks
        if kind == "passive" and _AGENCY_BEFORE.search(t[max(s, a - 12):a]):
            continue  # "وكالة الأنباء الرسمية", "لوكالة الأنباء اليمنية": an agency's name, not "reports say"
        if kind == "passive" and t.startswith("انباء", a) and t.startswith("لل", a - 2):
            continue  # "وكالة تسنيم للأنباء": the end of an agency's name, not "reports say"
        hits.append((a, b, kind))
    opener = _BAYYANA.match(t, s)
    if opener and _entity_at(doc, opener.end(), 2) is not None \
            and not any(a0 <= opener.start(1) < b0 for a0, b0, _ in hits):
        # "وبيّن مدير ... أن": opening a sentence, بين is "he made clear", not "between"
        hits.insert(0, (opener.start(1), opener.end(1), "verb"))
    current: Claimant | None = None
    prev_hit: tuple[int, int, str] | None = None
    # "وفي حديث لقناة العربية، قال ...": the medium spoken to, named before the speaker
    told = _TOLD_TO.match(t, s) if hits else None
    told_to = _medium_at(doc, told.end()) if told else None
    if told_to is not None and (not told_to.id or told_to.role == "platform"):
        told_to = None
    for hit in hits:
        a, b, kind = hit
        last_hit, prev_hit = prev_hit, hit
        if kind == "distance":
            if cues:
                cues[-1].claimant.distance = t[a:b]
            continue
        if kind == "reset":
            line_end = t.find("\n", b, b + 400)
            if t.count('"', b, line_end if line_end > 0 else min(e + 200, len(t))) % 2 == 1 \
                    and (current or carried) is not None:
                # 'يُذكر أن 5 من الجرحى حالتهم حرجة."' inside a statement quoted over several lines
                # (a quote closes later on the line): still the quoted speaker's words
                current = current or carried
                cues.append(_Cue(a, current))
                continue
            current = Claimant(doc.outlet_party, None, (), t[a:b])
            cues.append(_Cue(a, current))
            continue
        if kind == "continuation":
            if lex.host_nouns is not None and (prev_word := _word_before(doc, max(s, a - 30), a)) \
                    and lex.host_nouns.fullmatch(prev_word):
                continue  # "أسر مضيفة": host families, not "adding"
            if current is not None and cues and (opener := _last_opener(t, cues[-1].pos, a)) is not None:
                # "ويتهم الجيش ... الجماعة بالوقوف وراء الهجوم، فيما تبناه تنظيم داعش ...، زاعماً قتل
                # 40": the subject of the clause the participle ends, not the sentence's first speaker
                subj = [x for x in _entities_in(doc, opener, a) if x.kind in ("party", "organ")
                        and doc.words_between(opener, x.start) <= 2 and not _is_addressee(doc, x)]
                c = _entity_claimant(subj[0], doc, carried, last_medium) if subj else None
                if c is not None and c.party and c.party != current.party:
                    current = c
                    cues.append(_Cue(a, current))
                    continue
            if current is None:
                # "ودعت البعثة ...، مشيرة إلى": the subject of the sentence's first verb
                subj = [x for x in _entities_in(doc, s, a) if x.kind in _SPEAKING and x.kind != "reporter"
                        and doc.words_between(s, x.start) <= 3 and not _is_addressee(doc, x)]
                c = _entity_claimant(subj[0], doc, carried, last_medium) if subj else None
                current = c if c is not None and c.party else carried
                if current is not None:
                    cues.append(_Cue(a, current))
            continue
        if kind == "passive" and current is not None and current.party not in ("unknown", "outlet", "media") \
                and cues and (said := _SAID_THAT.search(t, max(s, a - 20), a)) is not None and said.start() > cues[0].pos \
                and doc.words_between(said.end(), a) <= 2:
            # "ذكرت البعثة في تغريدة أن التقارير الأولية تشير إلى"، 'قال الممثل الخاص: "تفيد التقارير بأن"':
            # the reports the speaker relays, in the speaker's own words
            cues.append(_Cue(a, current))
            continue
        if kind == "passive":
            doer = _entity_at(doc, b + 1, 1) if _CIRCULATED.match(t, a) else None
            if doer is not None and doer.kind in ("anonymous", "group") and doc.words_between(b, doer.start) <= 1:
                # "وتداول ناشطون مقاطع": circulated by those named right after, not "it is said"
                c = _entity_claimant(doer, doc, carried, last_medium)
                if c is not None and c.party:
                    current = c
                    cues.append(_Cue(a, current))
                    continue
            if (whose := _FIGURES_OF.match(t, b)) is not None and _ESTIMATE_WORD.search(t, a, b):
                # "تشير التقديرات الأولية لمصفوفة تتبع النزوح التابعة للمنظمة الدولية للهجرة إلى أن":
                # the estimates of a body named after them (or of the body its unit belongs to)
                body = _entity_at(doc, whose.end(), 1)
                if body is None and (unit := _BELONGING.search(t, whose.end(), min(e, whose.end() + 80))) is not None:
                    body = _entity_at(doc, unit.end(), 1)
                c = _entity_claimant(body, doc, carried, last_medium) \
                    if body is not None and body.kind in ("party", "organ", "anonymous", "group") else None
                if c is not None and c.party:
                    current = c
                    cues.append(_Cue(a, current))
                    continue
            current = Claimant("unknown", None, (), t[a:b])
            cues.append(_Cue(a, current))
            continue
        after = _entities_in(doc, b, min(e, b + 60))
        unit = _UNIT_OF.match(t, b) if kind in ("verb", "according") else None
        owner = _entity_at(doc, unit.end(), 2) if unit is not None and unit.end() < e else None
        if owner is not None and owner.kind in ("party", "organ", "anonymous") and owner.id not in ("unnamed", "media"):
            # "أعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة": a unit the gazetteer does
            # not know speaks for the office it belongs to
            after = [owner]
        elif after:
            # "وقالت في بيان إن مستشفى النو استقبل": a side named after "إن/أن" is the subject of
            # the reported clause, not the speaker
            wb, near = bisect_left(doc.word_starts, b), []  # (words_between, its first half once)
            for x in after:
                gap = bisect_left(doc.word_starts, x.start) - wb
                if gap > 4 and (gap > 8 or gap - len(_WHEN_OR_PRONOUN.findall(t, b, x.start)) > 4):
                    break  # (the words between only grow along the names; "أفاد به اليوم الأربعاء بيان
                    # لوزارة الدفاع": the day it spoke and a pronoun do not count)
                if x.kind == "anonymous" and x.start >= 2 and t[x.start - 2].isdigit():
                    continue  # "السيطرة على 3 مواقع": the counted noun (sites, positions), no source
                if kind in ("verb", "statement") and x.kind in ("group_anaphor", "party") \
                        and _DIGIT_IN.search(t, b, x.start):
                    continue  # "في بيان، أن 5 إرهابيين من التنظيم سلموا": whose men, after the figure
                if x.kind == "anonymous" and _WHERE_BEFORE.search(t, max(b, x.start - 6), x.start):
                    continue  # "في مؤتمر صحفي أمام مجمع الشفاء الطبي": where he spoke, not who
                if kind == "verb" and (x.kind == "medium" or x.kind == "anonymous" and x.id == "media") \
                        and _CHANNEL_GAP.fullmatch(t, b, x.start) and not (
                            last_hit is not None and last_hit[2] == "statement" and doc.words_between(last_hit[1], a) == 0):
                    # "قالت في بيان نشرته على موقع تابع لها": where it went out, not who spoke (the
                    # statement's relative verb, "بيان نشره عبر قناة أعماق", finds its channel below)
                    continue
                if x.kind in ("party", "organ", "group", "anaphor") and _BELONGS_TO.search(t, max(b, x.start - 14), x.start):
                    continue  # "تشير إلى تورط امرأة تنتمي لمنظمة بي كا كا": whom she belongs to, not who speaks
                if not (x.start - b > 4 and _THAT_IN.search(t, b, x.start)) \
                        and not (kind == "verb" and _triggers_in(doc, b, x.start)
                                 and not _ISSUED_BY.search(t, max(b, x.start - 14), x.start)):
                    near.append(x)  # ("أشارت حصيلة أولية صادرة عن وزارة الصحة": the toll's author)
            after = near
            # ("طالبان تعلن مقتل 8 من عناصر داعش": a side named after the count is who was counted)
        if after and kind == "verb" and (app := _APPOSITION.match(t, b)) is not None \
                and after[0].start >= app.end() and lex.roles.match(t, app.end()) is not None \
                and _entity_claimant(after[0], doc, carried if current is None else current, last_medium) is None:
            # "وقال باباكورا كولو، قائد الميليشيا التي تساعد الجيش": a man no list knows, then his
            # role; a body in his role that refers to no one is not the speaker (see the
            # apposition below; a role that says where he speaks from, "زعيم عشائري", is read so)
            after = []
        # "قال ... لرويترز": the medium spoken to is a channel (see _chain), not the speaker
        spoken_to = after[0] if after and _is_addressee(doc, after[0]) else None
        if spoken_to is not None:
            after = []
        claimant = opened = None
        pronoun = kind in ("verb", "statement") and (_OMITTED_SUBJECT.match(t, b) or _ENDS_WITH_AN.search(t, a, b))
        if pronoun and after and (om := _IN_WHICH.match(t, b)) is not None and after[0].start - om.end() <= 1:
            pronoun = False  # "في وقت تقول فيه وزارة الصحة إن": the subject after "in which"
        if kind == "verb" and not pronoun and _PRONOUN_THAT_BEFORE.search(t, max(s, a - 10), a):
            pronoun, after = True, []
        relative = (kind == "verb" and last_hit is not None and last_hit[2] == "statement"
                    and doc.words_between(last_hit[1], a) == 0)  # "في بيان نشرته": the statement's author
        centre = _MEDICAL_CENTRE.match(t, b, min(e, b + 50)) if not after and kind in ("verb", "according") else None
        if kind == "verb" and (private := _private_speaker(doc, b, e)) is not None:
            claimant = private  # "وقال رجل إن", "وروت امرأة من القرية أنها فقدت": a private person
        elif centre is not None:
            # "حسب ما أفاد به مركز سبها الطبي", "قال مجمع ناصر الطبي": a medical centre the
            # gazetteer does not know by its city's name
            claimant = Claimant("medical_sources", None, (), t[centre.start(1):centre.end()])
        elif relative and current is not None:
            claimant = current
            if len(after) > 1 and after[0].kind == "anonymous" and after[1].kind == "medium" \
                    and doc.words_between(after[0].end, after[1].start) == 0:
                after = after[1:]  # "عبر قناة وكالة أعماق": the medium the generic word names
            # "في بيان نشرته على تلغرام" (on a channel), "في بيان بثته إذاعة الأندلس" (a medium
            # as the subject of the relative verb): the channel it went out on
            if after and after[0].kind == "medium" and after[0].id and (
                    _VIA_GAP.search(t[b:after[0].start]) or not t[b:after[0].start].strip(' "')):
                via = current.via + ((after[0].id,) if after[0].id not in current.via else ())
                if after[0].role != "platform" and (plat := _platform_after(doc, after[0].end, e)) \
                        and plat not in via:
                    via += (plat,)  # "بيان نشرته وكالة أعماق على تطبيق تلغرام": the agency, then the app
                    doc.medium_platform[after[0].id] = plat  # "وقالت أعماق" later: on the same app
                claimant = Claimant(current.party, current.speaker, via, current.cue, current.medium)
        elif pronoun and not (after and after[0].start - b <= 2 and after[0].kind != "anaphor"):
            # pronoun subject: the sentence's speaker, or the one before it in the sentence
            if current is not None:
                # (but "...؛ أما المفوضية فتقول إنها"، "...؛ ومنظمة أطباء بلا حدود، التي ...، أحصت": a
                # new clause of a long sentence opens on its own subject)
                opened = _new_clause_subject(doc, last_hit[1] if last_hit else s, a, carried, last_medium)
                claimant = opened or current
            else:
                before = [x for x in _entities_in(doc, s, a) if x.kind in ("party", "organ", "speaker",
                                                                          "medium", "anonymous", "group")
                          and not _is_attribute(doc, x) and not _is_addressee(doc, x) and not _is_channel(doc, x)]
                if before and _COORDINATED_VERB.search(t, max(s, a - 4), a) and (
                        first := next((x for x in before if x.kind != "reporter"
                                       and doc.words_between(s, x.start) <= 3), None)) is not None:
                    # "وحمّلت الوزارة قوات الدعم السريع المسؤولية، وقالت إن": a verb joined to the
                    # first clause has that clause's subject, not the object named after it
                    claimant = _entity_claimant(first, doc, carried, last_medium)
                elif before:
                    claimant = _entity_claimant(before[-1], doc, carried, last_medium)
                    if claimant is not None and before[-1].kind == "medium":
                        # "وكانت وكالة رويترز قد نقلت عن مصدر طبي قوله": the source behind the medium
                        claimant = _chain(doc, claimant, before[-1], e, last_medium)
                elif kind == "verb" and (body := _opening_body(doc, s, a)) is not None:
                    claimant = body  # "لكن لجان الدفاع عن القرى قالت إن": a body no list names
                elif kind == "verb" and (amma := _AMMA_PERSON.match(t, s, a)) is not None \
                        and (t.startswith("ف", a - 1) if amma.group(1) else amma.group(3) and _CLAUSE_BREAK.search(
                            t, max(s, a - 3), a)) and doc.words_between(amma.end(), a) <= 12:
                    # "أما علي حسين، وهو عامل بناء ...، فقال إن": a person set first as the topic
                    ground = _on_the_ground(doc, amma.end()) if amma.group(3) else False
                    claimant = Claimant("local_sources" if ground else "unknown", doc.norm.original_text(
                        amma.start(2), amma.end(2)), (), t[amma.start(2):amma.end(2)])
                elif carried is not None and doc.words_between(s, a) <= 1:  # the cue opens the sentence
                    claimant = carried
        elif kind == "statement" and current is not None and after and after[0].kind == "medium" \
                and after[0].id and doc.words_between(b, after[0].start) <= 2:
            # "أعلنت الوزارة في بيان قرأه التلفزيون الرسمي": the medium carried the statement
            claimant = Claimant(current.party, current.speaker,
                                current.via + ((after[0].id,) if after[0].id not in current.via else ()),
                                current.cue, current.medium, current.distance)
        elif after and after[0].role == "platform":
            # "نشرها على حسابه في تويتر": the platform is a channel of the current speaker
            # ("غير أن المتحدث باسم المجلس ... اتهم في تغريدة على تويتر": the titled subject)
            src = current
            if src is None:
                titled = next((x for x in _entities_in(doc, s, a) if x.kind in _SPEAKING and not _is_addressee(doc, x)
                               and (_titled(lex, t, s, x) or doc.words_between(s, x.start) <= 2
                                    and doc.words_between(x.end, a) <= 1)), None)
                # ("وكان الرئيس التركي قد أعلن على منصة إكس": the subject standing before the verb)
                src = _entity_claimant(titled, doc, carried, last_medium) if titled is not None else None
                src = src if src is not None and src.party else (
                    _opening_body(doc, s, a) if titled is None and kind == "verb" else None) or carried
            if src is not None:
                via = src.via + ((after[0].id,) if after[0].id not in src.via else ())
                claimant = Claimant(src.party, src.speaker, via, src.cue, src.medium)
        elif after and kind == "verb" and after[0].kind == "medium" and after[0].id \
                and _PUBLISHED_BY.search(t, b, after[0].start) \
                and (subj := next((x for x in reversed(_entities_in(doc, s, a)) if x.kind in ("party", "organ", "speaker")
                                   and x.party and doc.words_between(x.end, a) <= 2), None)) is not None \
                and (c := _entity_claimant(subj, doc, carried, last_medium)) is not None and c.party:
            # "وكانت جماعة ... قد تبنت الهجوم في بيان نشرته وكالة نواكشوط للأنباء": the side before the
            # verb speaks, the agency that published its statement is a channel
            claimant = Claimant(c.party, c.speaker, c.via + ((after[0].id,) if after[0].id not in c.via else ()),
                                c.cue, c.medium, c.distance)
        elif after and kind == "statement" and _is_channel(doc, after[0]):
            # "قالت الحركة في بيان على موقع تابع لها": the site it went out on is its channel
            claimant = current if current is None or after[0].id in (None, "", "media") or after[0].id in current.via else Claimant(
                current.party, current.speaker, current.via + (after[0].id,), current.cue, current.medium, current.distance)
        elif after and kind == "statement" and current is not None and _triggers_in(doc, b, after[0].start):
            # "أعلنت قوات ... في بيان مقتل 7 من مسلحي حركة الشباب": the side named after the
            # counted noun is who was counted, not the statement's author
            claimant = current
        elif after:
            first = after[0]
            claimant = _entity_claimant(first, doc, carried if current is None else current, last_medium)
            if claimant is not None:
                claimant = _chain(doc, claimant, first, e, last_medium)
                if kind == "statement" and claimant.party and t.startswith("ل", first.start - 1) \
                        and (aired := _medium_airing(doc, s, a)) is not None and aired not in claimant.via:
                    # "بثت قناة المنار بياناً للمقاومة الإسلامية": the statement is the side's, the
                    # medium that put it out its channel
                    claimant = Claimant(claimant.party, claimant.speaker, claimant.via + (aired,), claimant.cue,
                                        claimant.medium, claimant.distance)
            elif kind == "verb" and first.kind == "anaphor" and _OFFICE_OF.match(t, first.end):
                # "قال المتحدث باسم جبهة التغيير والوفاق إن": the office of a body no list names
                claimant = _titled_unknown(doc, lex, a, b, e, None)
        elif kind == "according" and current is None and (bare := _BARE_FIGURES.match(t, b)) is not None:
            # "وبحسب تقديرات أولية، فرّ عشرات الركاب": figures of no named author (it is said)
            claimant = Claimant("unknown", None, (), t[a:bare.end()].strip(" ،,."))
        elif kind == "according" and current is None and _BARE_STATEMENT.match(t, b):
            # "قتلت قوات بونتلاند 30 مسلحاً ... حسب بيان رسمي": a statement of no named author
            # is the word of the office acting in the sentence
            actor = next((x for x in _entities_in(doc, s, min(a, s + 60)) if x.kind in ("party", "organ")
                          and x.party and _words_before(doc, s, x.start) <= 4 and not _is_attribute(doc, x)), None)
            claimant = _entity_claimant(actor, doc, carried, last_medium) if actor is not None else None
        elif kind == "verb":
            before = [x for x in _entities_in(doc, s, a) if x.kind in _SPEAKING
                      and not _is_attribute(doc, x) and not _is_addressee(doc, x) and not _territory(doc, x)
                      and not (x.role == "platform" and _ON_CHANNEL_BEFORE.search(t, max(s, x.start - 6), x.start))]
            # ("نشرت الوزارة على صفحتها بموقع فيسبوك حصيلة تفيد": where it was posted, not who states it)
            gap = doc.words_between(before[-1].end, a) if before else 99
            if current is not None and before and _CLAUSE_BREAK.search(t, before[-1].end, a):
                gap = 99  # "...رواية التنظيم، وقال": a new clause of the same speaker
            elif before and gap > 2 and before[-1].kind == "anonymous" \
                    and _WHERE_ONLY.fullmatch(t, before[-1].end, a):
                gap = 0  # "لكن مصدراً محلياً في مدينة غريان قال": the source, then where it is
            first = next((x for x in before if x.kind != "reporter" and (
                doc.words_between(s, x.start) <= 3 or _titled(lex, t, s, x))),
                         None) if current is None and len(before) > 1 else None
            if current is None and (body := _opening_body(doc, s, a)) is not None:
                claimant = body  # "لكن حركة رجال الكرامة، أكبر الفصائل ...، قالت"
            elif first is not None and _COORDINATED_VERB.search(t, max(s, a - 4), a):
                # "وحمّلت الوزارة قوات الدعم السريع المسؤولية، وقالت": a verb joined to the first
                # clause has that clause's subject, not the object named after it
                c = _entity_claimant(first, doc, carried, last_medium)
                claimant = _chain(doc, c, first, e, last_medium) if c is not None else None
            elif before and (gap <= 2 or gap <= 6 and current is None):
                # a side named well before a later verb of the sentence is rather its object
                # ("نفى مصدر ... رواية التنظيم، وقال"): the sentence's speaker goes on
                c = _entity_claimant(before[-1], doc, carried, last_medium)
                claimant = _chain(doc, c, before[-1], e, last_medium) if c is not None else None
            elif (app := _APPOSITION.match(t, b)) and (app.group(3) or app.group(2)
                                                       or lex.roles.match(t, app.end())
                                                       or _on_the_ground(doc, app.end())):
                # a person the gazetteer does not know, named with a role ("، مدير ...") or
                # described ("، وهو محلل عسكري"): a new speaker, not the one carried from before;
                # a resident or witness ("(اسم مستعار)، وهي نازحة") speaks from the ground
                ground = _on_the_ground(doc, app.end()) or app.group(2) and not (
                    app.group(3) and lex.roles.match(t, app.end())) or _LOCAL_MILITIA_ROLE.match(t, app.end())
                claimant = Claimant("local_sources" if ground else "unknown",
                                    doc.norm.original_text(app.start(1), app.end(1)), (), t[a:app.end(1)])
                role = lex.roles.match(t, app.end()) if app.group(2) and app.group(3) else None
                into = _IN_SIDE.match(t, role.end()) if role is not None else None
                side = _entity_at(doc, into.end(), 2) if into is not None else None
                if side is not None and side.kind in ("party", "organ") and side.party \
                        and side.party not in _NOT_SIDES:
                    # "أبو محمد (اسم مستعار)، وهو قيادي في هيئة تحرير الشام": the side he is in
                    claimant = Claimant(side.party, claimant.speaker, (), claimant.cue)
                elif role is None and (role := lex.roles.match(t, app.end())) is not None:
                    # "محمد عبدي نور، مؤسس خدمة "أمين" للإسعاف، لوكالة الأناضول": a medical body he heads
                    comma = _COMMA.search(t, role.end(), min(e, role.end() + 50))
                    led = next((x for x in _entities_in(doc, role.end(), comma.start() if comma else role.end())
                                if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES
                                and doc.words_between(role.end(), x.start) <= 3), None)
                    if led is not None and not ground:
                        # "بابا كورا علي، قائد فرع ميليشيا "قوة المهام المدنية المشتركة"": the body he leads
                        claimant = Claimant(led.party, claimant.speaker, (), claimant.cue)
                    body = next((x for x in _entities_in(doc, role.end(), comma.start() if comma else role.end())
                                 if x.kind in ("group", "anonymous") and x.party == "medical_sources"), None)
                    if body is not None:
                        claimant = Claimant("medical_sources", claimant.speaker, (), claimant.cue)
            elif kind == "verb" and (titled := _titled_unknown(
                    doc, lex, a, b, e, carried, postposed=last_hit is not None and last_hit[2] == "according"
                    and doc.words_between(last_hit[1], a) == 0)) is not None:
                claimant = titled  # "وقال رئيس الجمعية إن": a person by a title no list places
            elif kind == "verb" and current is None and not _entities_in(doc, s, a) \
                    and (named := _SURNAME_SUBJECT.fullmatch(t, s, a)) is not None \
                    and (by_name := _spoke_by_name(doc, named.group(1), s)) is not None:
                claimant = by_name  # "وكان الأبيض قد أعلن" after "وزير الصحة فراس الأبيض": the same speaker
            elif kind == "verb" and current is None and not after \
                    and (named := _SURNAME_AFTER.match(t, b)) is not None \
                    and (by_name := _spoke_by_name(doc, named.group(1), s)) is not None:
                claimant = by_name  # "وقال الحداد إن" after another speaker: the one named so before
            elif kind == "verb" and current is None and (was := _WAS_BEFORE.match(t, s, a)) is not None \
                    and (titled := _titled_unknown(doc, lex, was.start(1), was.end(1), a, carried,
                                                   estimate=_ESTIMATED.fullmatch(t, a, b) is not None)) is not None:
                claimant = titled  # "وكان محافظ حلب قد قدّر": the titled subject of a pluperfect verb
            elif current is not None:
                # (the subject of a new clause of a long sentence, see the pronoun branch above)
                opened = _new_clause_subject(doc, last_hit[1] if last_hit else s, a, carried, last_medium)
                claimant = opened or current
            elif carried is not None and (spoken_to is not None or doc.words_between(s, a) <= 1) \
                    and not (carried.party == "local_sources" and carried.cue and _PRIVATE_PERSON.match(" " + carried.cue)
                             and not _OMITTED_SUBJECT.match(t, b)):
                # the cue opens the sentence ("وأضاف"), or speaks to a medium (a private person goes
                # on only with no subject of its own after the verb: not "وقال الضابط إن")
                claimant = carried
            elif _COORDINATED_VERB.search(t, max(s, a - 4), a):
                # "وكان الجيش قد أطلق عملية ...، وأعلن مقتل": a speech verb joined to the
                # sentence's first clause has that clause's subject
                subj = [x for x in _entities_in(doc, s, a) if x.kind in _SPEAKING and x.kind != "reporter"
                        and doc.words_between(s, x.start) <= 3 and not _is_addressee(doc, x)]
                c = _entity_claimant(subj[0], doc, carried, last_medium) if subj else None
                claimant = c if c is not None and c.party else None
        if claimant is not None and kind == "according" and current is not None and not current.medium \
                and t.startswith("نقلا", a) and current.via and not claimant.via \
                and (claimant.party, claimant.speaker) == (current.party, current.speaker):
            # the medium's "نقلاً عن مصدر" already followed by _chain: keep the channel found there
            claimant = current
        if claimant is not None and kind == "according" and current is not None and current.medium \
                and t.startswith("نقلا", a) and current.medium not in claimant.via:
            # "أفادت وكالة الأنباء العراقية نقلاً عن مصدر أمني": the source, via the agency
            claimant = Claimant(claimant.party, claimant.speaker, claimant.via + (current.medium,),
                                claimant.cue, None, claimant.distance)
        if claimant is not None and kind in ("according", "verb") and current is not None and cues \
                and not cues[-1].postposed and current.party not in ("outlet", "unknown", "media") \
                and claimant.party == "media" and _ASIDE_OPEN.search(t, max(s, a - 14), a) \
                and doc.words_between(cues[-1].pos, a) <= 4 and not _DIGIT_IN.search(t, cues[-1].pos, a):
            # "واعترف جيش الاحتلال، بحسب ما نقلت وسائل إعلام العدو، بمقتل": the side that spoke,
            # the media an aside between commas that carried its words
            via = (claimant.medium,) if claimant.medium and claimant.medium not in current.via else ()
            claimant = Claimant(current.party, current.speaker, current.via + via, current.cue, None, current.distance)
        if kind == "statement" and (platform := _platform_of(lex, t[a:b])) is not None:
            # "ذكرت المنظمة في تغريدة أن": the statement went out on a platform
            base = claimant or current
            if base is not None and platform not in base.via:
                claimant = Claimant(base.party, base.speaker, base.via + (platform,), base.cue, base.medium,
                                    base.distance)
        if claimant is None and spoken_to is not None:
            claimant = current or carried or _entity_claimant(spoken_to, doc, None, last_medium)
        if claimant is None:
            continue
        if spoken_to is not None:
            if spoken_to.kind == "reporter":  # "لمراسل سانا": the medium named after the reporter
                nxt = _entity_at(doc, _QUOTE_GAP.match(t, spoken_to.end).end(), 0)
                target = nxt.id if nxt is not None and nxt.kind == "medium" else None
            else:
                target = spoken_to.id if spoken_to.kind == "medium" else (last_medium.medium if last_medium else None)
            if target and target not in claimant.via and target != claimant.medium:
                claimant = Claimant(claimant.party, claimant.speaker, claimant.via + (target,), claimant.cue,
                                    claimant.medium, claimant.distance)
        # A named person with a role and a quoted name: keep the name as speaker.
        # (quotes are folded to '"'; the roles, a long list, are looked for only where a name is:
        # within 90 characters of a role ending by b + 40)
        if claimant.speaker is None and _quoted_name_in(t, max(s, a - 80), min(e, b + 130)):
            role = lex.roles.search(t, max(s, a - 80), a) or lex.roles.search(t, b, min(e, b + 40))
            if role:
                name = _name_after_role(t, role.end(), e)
                if name:
                    claimant = Claimant(claimant.party, name, claimant.via, claimant.cue, claimant.medium)
        if told_to is not None and a > told_to.end and told_to.id not in claimant.via \
                and told_to.id != claimant.medium and told_to.id != doc.outlet_id:
            claimant = Claimant(claimant.party, claimant.speaker, claimant.via + (told_to.id,), claimant.cue,
                                claimant.medium, claimant.distance)
        current = claimant
        postposed = kind == "according" or kind == "verb" and opened is None and _postposed_verb(t, max(s, a - 10), a)
        cues.append(_Cue(a, claimant, postposed))
        if claimant.medium:
            last_medium = claimant
    s0 = _TICKER_HEAD.match(t, s, e).end()  # ("عاجل | 10:31 - المرصد: ...")
    if (colon := t.find(":", s0, min(cues[0].pos if cues else e, s0 + 60))) > 0:
        # a ticker or headline that names its source before a colon ("مصادر طبية: وصول 7 جرحى",
        # "الجيش الإسرائيلي: مقتل 3 جنود"): the source speaks for what follows (also where a verb
        # of its own goes on after the figures: "وزارة الداخلية: مقتل 11 عنصراً ...، وتؤكد أن")
        lead = [x for x in _entities_in(doc, s0, colon) if x.kind in _SPEAKING and x.kind != "reporter"
                and not _is_addressee(doc, x)]
        # ('مصدر أمني لـ"سكاي نيوز عربية": ...': the medium it spoke to stands before the colon)
        told = [x for x in _entities_in(doc, lead[0].end, colon) if x.kind == "medium" and x.id
                and _is_addressee(doc, x) and doc.words_between(x.end, colon) == 0] if lead else []
        if lead and _words_before(doc, s0, lead[0].start) == 0 and (
                doc.words_between(lead[0].end, colon) <= 2 or doc.words_between(lead[0].end, colon) <= 5
                and (_PLACE_OF.match(t, lead[0].end) or told or _LABEL_GAP.fullmatch(t, lead[0].end, colon))
                or len(lead) > 1 and lead[1].start - lead[0].end <= 8 and _NAME_GAP.fullmatch(t, lead[1].end, colon)):
            # ("الناطق باسم وزارة الصحة د. سامي الكحلوت: ...": a role, its body and a name)
            # ("مصادر طبية في مستشفى شاريتيه: ...", 'مصدر أمني أردني لـ"نبض عمّان": ...',
            # "مديرية الأمن العام في بيان مقتضب: ...")
            c = _entity_claimant(lead[0], doc, carried, last_medium)
            if c is not None and c.party and told and told[0].id not in c.via:
                c = Claimant(c.party, c.speaker, c.via + (told[0].id,), c.cue, c.medium, c.distance)
            if c is not None and c.party:
                cues.insert(0, _Cue(colon, c.cued(lead[0].surface), label=True))
    if not cues and (named := _SURNAME_COLON.match(t, s0, e)) is not None \
            and re.search(r"[^\W\d_] " + re.escape(named.group(1)) + r"\s*[:،,]", t[max(0, s - 3000):s]) \
            and (by_name := _spoke_by_name(doc, named.group(1), s)) is not None:
        # "16:50 | الكحلوت: 17 شهيداً" after "الناطق باسم وزارة الصحة د. سامي الكحلوت: ...": a
        # live blog's line that names an earlier speaker by his surname before its colon (a
        # surname: after a first name before a colon or a comma earlier on)
        cues.append(_Cue(named.end(), by_name, label=True))
    if not cues and (by := _bracketed_source(doc, s, e, carried, last_medium)):  # (no cue is acting before here)
        # "14 قتيلاً، بينهم 4 أطفال (المرصد السوري)." and the lines of a key-figures box: the source
        # in brackets at the end of the line speaks for its figures
        cues = [_Cue(s, by, label=True)]
    if not cues and not _BACKGROUND_OPENER.match(t, s):
        # "وخصصت الحكومة العراقية 8 حافلات", "ودمرت القوات 3 سيارات": an office reporting its
        # own action speaks for itself (not "وكان الجيش قد شن ...": the outlet recalling the past)
        s1 = _DISCOURSE_OPENER.match(t, s, e)
        s1 = s1.end() if s1 is not None else s  # ("من جهتها، رفعت لجان التنسيق حصيلتها": past the opener)
        for x in _entities_in(doc, s1, min(e, s1 + 60)):
            n = _words_before(doc, s1, x.start)
            if n > 2:
                break
            if (x.kind in ("party", "organ", "group_anaphor")
                    or x.kind in ("anonymous", "group") and x.id in ("government", "medical_sources")
                    and _head_noun(x.surface) not in _PLACE_HEADS
                    or x.kind == "anaphor" and _head_noun(x.surface) in _BODY_HEADS) and n >= 1:
                # ("وقدمت فرق المنظمة المساعدة إلى 78 مهاجراً": the body named before, by its teams)
                if _ORDINAL_HEAD.match(t, s) and _LABEL_COLON.match(t, x.end, e):
                    break  # "أولاً: القوات الحكومية (وزارتا الدفاع والداخلية): 321 شخصاً": a line's label, no actor
                if _FORCES_WORD.search(x.surface) and _ACCUSED.search(t, s, e):
                    break  # "ارتكب جيش الاحتلال مجزرة أسفرت عن ارتقاء 12 شهيداً": forces accused, not reporting
                c = _entity_claimant(x, doc, carried, last_medium)
                if c is not None and c.party and doc.outlet_party not in ("outlet", c.party) \
                        and _hostile_actor(doc, c.party):
                    break  # a monitor's or a side's own release on what the other side did: the publisher's account
                if c is not None and c.party:
                    cues.append(_Cue(s, c.cued(x.surface), acting=True))
                break
    if t.find("نف", s, e) >= 0 and (denied := _denial_in(t, s, e)) is not None:
        cues = _denied_report(doc, sent, cues, denied, carried, last_medium)
    # the claimant to carry: the last named one (a passing "أنباء أخرى" does not take over)
    carry = cues[-1].claimant if cues else None
    for c in reversed(cues):
        if c.claimant.party != "unknown":
            carry = c.claimant
            break
    return cues, carry, last_medium


# A report denied: "نفى الناطق ما تناقلته مواقع إخبارية عن سقوط قتيلين"، "نافياً الأنباء عن أسر
# 40": the figures in it are the report's, not the denier's (group "what": the report). The verb
# is looked for first (a pattern that opens on its letters is skipped to fast), then what follows.
_DENY_VERB = re.compile(r"(?:ينفي|تنفي|نفي|نفت|نفوا|نافيا|نافيه)(?!\w)")
_DENIED_REPORT = re.compile(r"\s+(?:\S+\s+){0,4}?"
                            r"(?P<what>ما\s+(?:تداولته|تداولت|نشرته|نشرت|تناقلته|تناقلت|اوردته|اوردت|روجته|روجت|ذكرته|ذكرت|"
                            r"زعمته|ادعته|اشيع)|(?:ال)?(?:انباء|تقارير|اخبار|شائعات|ادعاءات|مزاعم))(?!\w)")


def _denial_in(t: str, s: int, e: int) -> re.Match | None:
    """The first denied report in t[s:e] (see _DENIED_REPORT), after its verb standing as a word
    (with "و" or "ف" before it)."""
    for verb in _DENY_VERB.finditer(t, s, e):
        a = verb.start()
        if a > s and t[a - 1] in "وف":
            a -= 1
        if (a == 0 or not t[a - 1].isalnum()) and (m := _DENIED_REPORT.match(t, verb.end(), e)) is not None:
            return m
    return None
# The armed men of a story named by a common noun: its attacker's.
_REBELS = re.compile(r"(?<!\w)(?:ال|)(?:متمرد|مسلح|ارهابي|مهاجم)(?:ون|ين)(?!\w)")
# What a report is about, after its author: "عن"، "بشأن"، "حول"، "بأن".
_REPORT_ABOUT = re.compile(r"(?<!\w)(?:عن|بشان|حول|بان|ان)(?!\w)")
# Where the denied report's words end: a clause break or the denier speaking on ("، مؤكداً أن").
_DENIAL_ENDS = re.compile(r"[،,;:؛]|(?<!\w)(?:و|)(?:قال|قالت|اكد|اكدت|اضاف|اضافت|مؤكدا|مؤكده|مشيرا|مشيره|واصفا|واصفه|"
                          r"مضيفا|مضيفه|لافتا|لافته|موضحا|موضحه)(?!\w)")


def _denied_report(doc: _Doc, sent: Sentence, cues: list[_Cue], denied: re.Match, carried: Claimant | None,
                   last_medium: Claimant | None) -> list[_Cue]:
    """The cues of a sentence that denies a report: the report's author (the first name between
    "ما تداولته" and what it said, "عن/بشأن/بأن", that is no channel; the story's attacker for
    "المتمردون"; else unknown) from the report to its clause's end, then the denier again."""
    t = doc.norm.text
    at = denied.end("what")
    about = _REPORT_ABOUT.search(t, at, min(sent.end, at + 90))  # (the author's words end at what it said)
    upto = about.start() if about is not None else min(sent.end, at + 40)
    author = next((x for x in _entities_in(doc, at, upto) if x.kind in _SPEAKING
                   and not _ON_CHANNEL_BEFORE.search(t, max(at, x.start - 6), x.start)), None)
    # ("ما روجته المنصات الإعلامية التابعة للخوارج بشأن"; not "عبر شبكات التواصل": where it spread)
    by = _entity_claimant(author, doc, carried, last_medium) if author is not None else None
    if (by is None or not by.party) and doc.attacker and _REBELS.search(t, at, upto):
        by = Claimant(doc.attacker, None, (), t[denied.start("what"):upto].strip())  # "الادعاءات التي يروجها المتمردون"
    if by is None or not by.party:
        by = Claimant("unknown", None, (), t[denied.start("what"):at])
    denier = next((c.claimant for c in reversed(cues) if c.pos < at), None)
    end = _DENIAL_ENDS.search(t, (author.end if author is not None else at), sent.end)
    out = [c for c in cues if c.pos < at or end is not None and c.pos >= end.start()]
    out.append(_Cue(at, by))
    if denier is not None and end is not None and not any(c.pos >= end.start() for c in cues):
        if author is not None and author.id in denier.via:  # (the report's channel is not the denier's)
            denier = Claimant(denier.party, denier.speaker, tuple(v for v in denier.via if v != author.id),
                              denier.cue, denier.medium, denier.distance)
        out.append(_Cue(end.start(), denier))
    out.sort(key=lambda c: c.pos)
    return out


# Words of the victims' side in a sentence whose subject acts ("ارتكب جيش الاحتلال مجزرة أسفرت
# عن ارتقاء 12 شهيداً"): the actor is accused, not reporting its own action (no side calls its
# victims martyrs nor its action a massacre).
_ACCUSED = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|)(?:مجزره|مجازر|جريمه|جرائم|شهيد|شهيدا|شهداء|استشهاد|ارتقاء|"
                      r"ارتكب|ارتكبت|ارتكاب)(?!\w)")
# An ordinal word heading a list's item, with its colon or dash ("أولاً:"، "ثانياً -").
_ORDINAL = r"(?:ال|)(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)ا?\s*[:\-–]"
# an item line headed by an ordinal word
_ORDINAL_HEAD = re.compile(r"\W*" + _ORDINAL)
# the rest of a label before its colon ("القوات الحكومية (وزارتا الدفاع والداخلية):")
_LABEL_COLON = re.compile(r"[^:\n\d]{0,50}:")
_FORCES_WORD = re.compile(r"قوات|جيش|احتلال|طيران|طائرات|مدفعيه|ميليشي|مليشي|عصابات")
# A discourse opener before a sentence's subject: "من جهتها،"، "بدوره،"، "في المقابل،".
_DISCOURSE_OPENER = re.compile(r"\W*(?:و|ف)?(?:من\s+(?:جهت|ناحيت|جانب)(?:ه|ها|هم)|بدور(?:ه|ها|هم)|في\s+المقابل|في\s+السياق\s+(?:ذاته|نفسه))\s*[،,]\s*")


def _hostile_actor(doc: _Doc, party: str) -> bool:
    """Whether a side acting in a publisher's release is another than the publisher (UN bodies
    count as one): "تواصل قوات الاحتلال عملياتها ... أسفرت عن استشهاد 38" in a rights centre's release."""
    own = doc.outlet_party
    un = ("un",) + tuple(doc.voice_of)
    return party != own and not (own in un and party in un)


# A fact-check's label of the claim it checks: "ادعاء:", "الادعاء:", "الرواية المتداولة:".
_CLAIM_LABEL = re.compile(r"\W*((?:ال|)ادعاء|(?:ال|)رواي[هة]\s+(?:ال|)متداول[هة]|(?:ال|)منشور\s+(?:ال|)متداول|(?:ال|)زعم)\s*:")
# the head of a live ticker's line: "عاجل |", "عاجل:", a time of day ("10:31 -", "١٠:٣١ |")
_TICKER_HEAD = re.compile(r"\s*(?:[\u2022\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f]+\s*|)"  # ("🔴 12:00 | ...")
                          r"(?:(?:خبر\s+|)عاجل\s*[|:\-–—]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[صم]\s*|)[|\-–—]\s*)?"
                          r"(?:(?:تحديث|محدث|متابعه)\s*[|:\-–—]\s*)?")  # ("12:00 | تحديث: مصادر طبية: ...")
# One word, a surname, then a ticker line's colon: "الكحلوت: ...".
_SURNAME_COLON = re.compile(r"([^\W\d_]{4,})\s*:")
# a source in brackets closing a line: "(المرصد السوري)", "(مكتب الأمم المتحدة لحقوق الإنسان)."
_BRACKET_END = re.compile(r"\(([^()\n]{2,70})\)[\s.。]*$")
_SAME_SOURCE = re.compile(r"\s*(?:ال|)(?:مصدر|المصدر)\s+(?:نفسه|ذاته|السابق)\s*$")


def _bracketed_source(doc: _Doc, s: int, e: int, carried: Claimant | None,
                      last_medium: Claimant | None) -> Claimant | None:
    """The party, office or body named alone in brackets at the end of a sentence (not a medium:
    "(رويترز)" is a credit line); "(المصدر نفسه)" repeats the one before."""
    t = doc.norm.text
    m = _BRACKET_END.search(t, max(s, e - 80), e)
    if m is None:
        return None
    if _SAME_SOURCE.match(m.group(1)):
        return doc.bracket_source
    inside = _entities_in(doc, m.start(1), m.end(1))
    if not inside or inside[0].kind not in ("party", "organ", "speaker", "anonymous", "group") \
            or _words_before(doc, m.start(1), inside[0].start) > 1 \
            or doc.words_between(inside[-1].end, m.end(1)) > 2:
        return None
    c = _entity_claimant(inside[0], doc, carried, last_medium)
    if c is None or not c.party or c.party in ("outlet", "unknown", "media"):
        return None
    if any(x.party == c.party and doc.words_between(x.end, m.start()) <= 1 for x in _entities_in(doc, s, m.start())):
        return None  # "مقتل 4 من مقاتلي قسد (قوات سوريا الديمقراطية)": a gloss of the side named, no source
        # (not "18 جريحاً في صفوف القوات الأمريكية نُقلوا إلى ألمانيا (القيادة المركزية الأمريكية)")
    c = c.cued(inside[0].surface)
    doc.bracket_source = c
    return c


def _platform_after(doc: _Doc, pos: int, end: int) -> str | None:
    """A platform a medium put something out on, named right after it ("وكالة أعماق التابعة
    له على تطبيق تلغرام"): its id, if any."""
    t = doc.norm.text
    for x in _entities_in(doc, pos, min(end, pos + 50)):
        if x.kind == "medium" and x.role == "platform" and x.id and len(t[pos:x.start].split()) <= 5 \
                and _VIA_GAP.search(t[pos:x.start]) and not _SAID_THAT.search(t, pos, x.start):
            return x.id
        break
    return None


def _platform_of(lex: Lexicon, word: str) -> str | None:
    """The platform a statement word names ("تغريدة" → twitter), if any."""
    for platform, pat in lex.platform_statements.items():
        if pat.fullmatch(word):
            return platform
    return None


# Between a source and the office it belongs to: "مسؤول في الشرطة", "مصدر بالجيش".
_BELONGS_GAP = re.compile(r"\s*(?:في|من|داخل|لدى|لدي|باسم)?\s*(?:ب|بـ|بال|ال|لل)?")  # ("المتحدث باسم حكومة")


def _on_the_ground(doc: _Doc, pos: int) -> bool:
    """Whether the description at pos makes a person a source on the ground: a resident, a
    survivor, a relative ("وهو من سكان الحي") or one the lists know so ("وهو شيخ قبلي")."""
    if _ON_THE_GROUND.match(doc.norm.text, pos):
        return True
    x = _entity_at(doc, pos, 0)
    return x is not None and x.kind in ("anonymous", "group") and x.party == "local_sources"


# "عن عطاء الله، وهو ...": a person named after "عن", described after a comma.
_FROM_NAMED = re.compile(r"\s+عن\s+" + _NAME_DESCRIBED)


def _chain(doc: _Doc, claimant: Claimant, ent: _Entity, end: int, last_medium: Claimant | None) -> Claimant:
    """Follow "لوكالة أعماق" (to an agency: via) and "نقلاً عن مصادر" (the real source)."""
    t = doc.norm.text
    via = list(claimant.via)
    party, speaker, medium = claimant.party, claimant.speaker, claimant.medium
    pos = ent.end
    if ent.kind == "anaphor" and speaker is not None and len(claimant.cue) > ent.end - ent.start \
            and t.startswith(claimant.cue, ent.start):
        pos = ent.start + len(claimant.cue)  # (an office and the person holding it, read already)
    office_end = pos if ent.kind == "organ" else -1  # (where a state's office named last ends)
    if medium is not None and ent.kind == "medium" and (named := _FROM_NAMED.match(t, pos)) is not None \
            and _on_the_ground(doc, named.end()) and not _entities_in(doc, named.start(1), named.end(1)):
        # "ونقلت رويترز عن عطاء الله، وهو شيخ قبلي من المنطقة، قوله": a person on the ground, through the medium
        return Claimant("local_sources", doc.norm.original_text(named.start(1), named.end(1)),
                        tuple(via) + ((medium,) if medium not in via else ()), claimant.cue, None, claimant.distance)
    for nxt in _entities_in(doc, pos, min(end, pos + 80)):
        gap = t[pos:nxt.start]
        # "المسؤول في الإدارة المحلية، ضياء الله خان، لوكالة رويترز": a name between commas
        words = len((_NAME_BETWEEN_COMMAS.sub("", gap, count=1) if "،" in gap or "," in gap else gap).split())
        if words > 5 and not (words <= 8 and nxt.kind == "medium" and nxt.role == "platform"
                              and _VIA_GAP.search(gap) and not _SAID_THAT.search(gap)):
            break  # (a platform may come after "في رسالة إلى الصحفيين عبر تطبيق ...")
        if nxt.kind in ("medium", "medium_anaphor") and _TO_MEDIUM.search(t, max(0, nxt.start - 18), nxt.start) \
                or (nxt.kind in ("medium", "medium_anaphor") and t[nxt.start:nxt.start + 1] == "ل"):
            target = nxt.id if nxt.kind == "medium" else (last_medium.medium if last_medium else None)
            if target and target not in via:
                via.append(target)
            pos = nxt.end
            continue
        if nxt.kind == "medium" and nxt.role not in ("platform",) and pos == ent.end and not gap.strip() \
                and ent.kind in ("anonymous", "group", "speaker") and nxt.id and nxt.id != medium:
            # "أفاد مصدران أمنيان وكالة فرانس برس": the medium told, as the verb's object
            if nxt.id not in via:
                via.append(nxt.id)
            pos = nxt.end
            continue
        if nxt.kind == "reporter" and t[nxt.start - 1:nxt.start] == "ل":
            # "ذكر مصدر لمراسل سانا": spoken to a medium's reporter, the medium is the channel
            after = _entity_at(doc, _QUOTE_GAP.match(t, nxt.end).end(), 0)
            if after is not None and after.kind == "medium" and after.id:
                if after.id not in via:
                    via.append(after.id)
                pos = after.end
                continue
        if ent.kind == "reporter" and (nxt.kind == "medium" and nxt.id and nxt.id == medium or nxt.kind == "medium_anaphor") \
                and pos == ent.end and not gap.strip():
            pos = nxt.end  # "نقل مراسل الجزيرة عن ..."، "مراسل الوكالة": the reporter's own medium, already the channel
            continue
        if nxt.kind == "medium" and _VIA_GAP.search(gap) and nxt.id != medium:
            # "في بيان عبر قناته على تلغرام", "نشرته عبر إذاعة الأندلس": the channel it went out on
            if nxt.id and nxt.id not in via:
                via.append(nxt.id)
            owner = ent.id if ent.kind == "medium" else (via[-2] if len(via) >= 2 else None)
            if nxt.role == "platform" and nxt.id and owner and owner != nxt.id:
                doc.medium_platform[owner] = nxt.id  # "وكالة أعماق ... على تلغرام": later "وقالت أعماق" too
            pos = nxt.end
            continue
        if (ent.kind in ("party", "organ") or ent.kind == "anaphor" and party not in _NOT_SIDES) and medium is None \
                and nxt.kind in ("anonymous", "group") \
                and nxt.party in ("medical_sources", "local_sources") and pos == ent.end and _FROM_SOURCE.search(gap) \
                and "نقل" in t[max(0, ent.start - 8):ent.start]:
            # "ونقل المرصد عن طبيب في مستشفى ميداني قوله": a monitor relaying a source on the
            # ground: that source's figure, through the monitor
            inner = _entity_claimant(nxt, doc, None, last_medium)
            if inner is not None and inner.party:
                via = list(inner.via) + [ent.id or party]
                party, speaker = inner.party, inner.speaker
                pos = nxt.end
                continue
        # "قال مراسلنا نقلاً عن مصادر", "نقلت رويترز عن مسؤول": the source behind the medium
        # ("نقل مراسلنا عن شهود عيان": the outlet's own reporter quotes the source too)
        if (_QUOTING_FROM.search(gap) or (medium is not None or ent.kind == "reporter") and _FROM_SOURCE.search(gap)) \
                and nxt.kind in ("anonymous", "group", "party", "organ", "speaker", "medium", "anaphor"):
            inner = _entity_claimant(nxt, doc, None, last_medium)
            if inner and inner.party == "unknown" and nxt.kind == "anonymous" and nxt.id == "government" \
                    and party.endswith("_government"):
                # "نقلت الوكالة الوطنية للإعلام عن الدفاع المدني" with no place known: an office
                # quoted by a state's agency is of that state
                inner = Claimant(party, inner.speaker, inner.via, inner.cue, inner.medium, inner.distance)
            elif inner and nxt.kind in ("anonymous", "group") and nxt.party is None and nxt.id != "government" \
                    and party not in _NOT_SIDES and party != "media" \
                    and (not party.endswith("_government") or inner.party != party and nxt.id == "military_sources"
                         and _attached_side(doc, nxt, None, None, 0) is None) \
                    and medium and medium != "media":
                # (a state's own medium quoting military sources with no side named: its own army's,
                # "نقلت هيئة البث الإسرائيلية عن مصادر عسكرية" in a story placed in Gaza)
                # "نقلت قناة المسيرة التابعة للحوثيين عن مصدر عسكري": a side's own medium quotes
                # that side's military or security sources
                inner = Claimant(party, inner.speaker, inner.via, inner.cue, inner.medium, inner.distance)
            elif inner and nxt.kind == "anonymous" and nxt.id == "government" and nxt.party is None \
                    and party not in _NOT_SIDES and party != "media" and not party.endswith("_government") \
                    and medium and medium != "media" and _MILITARY_OFFICE.search(nxt.surface) \
                    and _attached_side(doc, nxt, None, None, 0) is None:
                # "نقلت قناة المسيرة عن المتحدث العسكري قوله": an armed side's own medium quotes that
                # side's military spokesman or command, not the state's of the story's places
                inner = Claimant(party, inner.speaker, inner.via, inner.cue, inner.medium, inner.distance)
            if inner:
                via = list(inner.via) + ([medium] if medium and medium != "media" else [])  # a generic medium has no id
                if party == "outlet" and doc.outlet_id:
                    via = list(inner.via) + [doc.outlet_id]
                party, speaker, medium = inner.party, inner.speaker, inner.medium
            pos = nxt.end
            continue
        if nxt.kind in ("party", "organ") and nxt.party == party:
            pos = nxt.end  # "مصدر من داعش": the side already named
            if nxt.kind == "organ":
                office_end = pos
            continue
        if nxt.kind in ("anonymous", "organ", "party", "group", "anaphor") and pos == ent.end \
                and _BELONGS_GAP.fullmatch(gap):
            pos = nxt.end  # "مسؤول في الشرطة لـ...": the office the source belongs to
            continue
        if nxt.kind == "speaker" and speaker is None and nxt.party and party.endswith("_government") \
                and nxt.party != party and office_end == pos and not gap.strip(" ،,"):
            # "المتحدث باسم القوات المسلحة اليمنية يحيى سريع": a state's office claimed by rival
            # authorities (Yemen, Libya, Sudan): the person named says whose office it is
            party, speaker = nxt.party, nxt.id
            pos = nxt.end
            continue
        if nxt.kind == "speaker" and nxt.id == speaker:
            pos = nxt.end  # (the person who holds the office named before, already the speaker)
            continue
        if nxt.kind == "speaker" and speaker is None and (nxt.party in (None, party) or party in ("unknown",)):
            speaker = nxt.id
            pos = nxt.end
            continue
        break
    return Claimant(party, speaker, tuple(via), claimant.cue, medium, claimant.distance)


# ---------------------------------------------------------------- counting

@dataclass
class _Counted:
    start: int = -1
    end: int = -1
    thing: str | None = None      # a measure carried by the noun itself (things)
    people: str | None = None     # civilians | children | ... | generic
    noun_measure: str | None = None  # measure of a noun that is also a trigger (قتيل، أسير)


_BEFORE_NOUN = re.compile(r"\s*\)?\s*(?:فقط\s+|)(?:من\s+|)[\"']?\s*")  # (")": "إصابة (12) شخصاً"; "اثنين فقط من عناصره")


def _noun_after(doc: _Doc, pos: int, lex: Lexicon) -> _Counted:
    """The counted noun right after a number (skipping "من" in "ستة من موظفي", a quote in
    'من "جنود العدو"'; a noun glued to digits counts too: "14جنديا")."""
    t = doc.norm.text
    m = _BEFORE_NOUN.match(t, pos)
    p = m.end() if m else pos
    if p >= len(t) or not t[p].isalpha():
        return _Counted()
    # the word lists look behind for a word boundary: a noun glued to digits is read on its own
    glued = p > 0 and t[p - 1].isdigit()
    src, off = (t[p:p + 80], p) if glued else (t, 0)
    q = p - off
    noun = lex.noun_scan.match(src, q)  # the longest thing or people noun (things first)
    hit = lex.trigger_scan.match(src, q)  # the longest event word
    if t[p] == "و" and not glued:
        nxt = noun or hit
        if nxt is not None and nxt[1] > p:
            return _Counted()  # "شرطي واحد ومدنيان": a word after "و" is the next item, not this number's noun
    best = None
    if noun is not None:  # ("thing:<class>" or "people:<class>")
        cls = noun[0]
        best = _Counted(p, noun[2] + off, thing=cls[6:]) if cls.startswith("thing:") \
            else _Counted(p, noun[2] + off, people=cls[7:])
    if hit is None:
        if best is None:
            dem = lex.demonym_scan.match(src, q)  # "12 فلسطينياً", "3 أفغان": nationals counted
            if dem is not None and t[p:p + 2] != "ال":
                return _Counted(p, dem[2] + off, people="persons")
            nisba = lex.nisba_scan.match(src, q)  # "63 حوثياً لقوا مصرعهم": a group's men by its adjective
            if nisba is not None and t[p:p + 2] != "ال":
                return _Counted(p, nisba[2] + off, people="generic")
            if not glued and m is not None and "من" in m.group(0):
                side = _entity_at(doc, p, 0)
                if side is not None and side.start == p and side.kind in ("party", "organ") and side.party:
                    # "أسرت 8 من الحوثيين", "قتل 5 من قسد": men of a side named as the side
                    return _Counted(p, side.end, people="generic")
            return _Counted()
        return best
    if best is not None:
        # the longest event word there ("جرحى ومرضى" over "جرحى", "الفارين من العنف" over "الفارين")
        # (not a noun that is also a verb: "410 أسر نزحت" counts families, not captives)
        if hit[2] + off >= best.end - 1 and not (best.people == "families" and hit[2] + off == best.end):
            best.noun_measure = hit[0]
            best.end = max(best.end, hit[2] + off)
        return best
    # a noun that is only a trigger ("100 قتيل", "23 بجروح")
    for cls in lex.priority:
        mm = lex.triggers[cls].match(src, q)
        if mm:
            return _Counted(p, mm.end() + off, noun_measure=cls)
    return _Counted()


@cache
def _ranks(priority: tuple[str, ...]) -> dict[str, int]:
    return {c: i for i, c in enumerate(priority)}


def _clause_words(t: str) -> list[tuple[int, int]]:
    """Where the words of _CLAUSE stand in t, as whole words, the leftmost first and none
    overlapping the one before ("اضافه الى ذلك": not "الى ذلك" too), like _CLAUSE's finditer:
    each word found with str.find, which is faster than a scan."""
    found = []
    n = len(t)
    for w in _CLAUSE_WORDS:
        i = t.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not (t[i - 1].isalnum() or t[i - 1] == "_")) \
                    and (j == n or not (t[j].isalnum() or t[j] == "_")):  # (\w: a letter, a digit or "_")
                found.append((i, j))
            i = t.find(w, i + 1)
    found.sort()
    out, last = [], -1
    for a, b in found:
        if a > last:
            out.append((a, b))
            last = b
    return out


def _clause_start(doc: _Doc, s: int, pos: int) -> int:
    """Where the clause holding pos begins: after the last clause break (a comma, "فيما",
    "في حين" ...) between the sentence start s and pos. The breaks of the whole text are
    found once; a word glued to pos, or a break running past it, is left to the pattern."""
    t = doc.text
    marks = doc.clause_marks
    if marks is None:
        marks = [m.span() for m in _CLAUSE_MARKS.finditer(t)]
        marks += _clause_words(t)
        marks.sort()
        doc.clause_marks = marks
        doc.clause_ends = [e for _, e in marks]
    k = bisect_right(doc.clause_ends, pos) - 1
    glued = 0 < pos < len(t) and t[pos].isalnum() and t[pos - 1].isalnum()
    if glued or (k + 1 < len(marks) and marks[k + 1][0] < pos):
        last = s
        for m in _CLAUSE.finditer(t, s, pos):
            last = m.end()
        return last
    return marks[k][1] if k >= 0 and marks[k][0] >= s else s


# Captives handed back, taken back or exchanged, a few words before their figure: "سلّمت الحركة ...
# 24 رهينة"، "استعادت 4 محتجزين"، "أعادت 115 أسيراً" (not "إعادة اعتقال": the verb of arrest is nearer).
_HANDED_BACK = re.compile(r"(?<!\w)(?:و|ف)?(?:سلم|سلمت|سلموا|تسليم|تسلم|تسلمت|تسلموا|استلم|استلمت|استلام|استعاد|استعادت|"
                          r"استعادوا|استعاده|اعاد|اعادت|اعادوا|اعاده|بادل|بادلت|مبادله)(?!\w)(?:\s+(?!اعتقال|احتجاز|اسر)\S+){0,4}\s+$")
# Driven from home, right after the counted: "(دفع/أجبر/اضطر) 4500 شخص إلى الفرار" (not "تمكن 20 سجيناً من الفرار").
_DRIVEN_TO_FLEE = re.compile(r"\s+(?:الي|علي)\s+(?:ال|)(?:فرار|نزوح|مغادره|ترك|هجر|هرب|رحيل)(?!\w)")


def _choose_measure(doc: _Doc, sent: Sentence, num_start: int, num_end: int, noun: _Counted,
                    prev_num_end: int, next_num_start: int, lex: Lexicon) -> tuple[str | None, _Hit | None]:
    t = doc.norm.text
    if noun.thing and _FROM_THEIR.match(t, num_end):
        for hit in _triggers_in(doc, _back_words(doc, num_start, 3), num_start):
            if hit.cls in ("displaced", "escaped"):
                return hit.cls, hit  # "نزح 300 من منازلهم": people who left their homes, not homes
    if noun.thing:
        thing = noun.thing
        if thing == "vehicles":
            hit = _nearest_trigger(doc, sent, num_start, noun.end or num_end, prev_num_end, next_num_start,
                                   {"vehicles_destroyed", "vehicles_seized", "captured"}, window=8)
            if hit is not None and hit.cls == "captured":
                return "vehicles_seized", hit  # "ضبطت 4 عربات", "احتجاز 3 زوارق": vehicles taken
            if hit is None and _IMPOUNDED.search(t, max(sent.start, prev_num_end, num_start - 30), num_start):
                return "vehicles_seized", None  # Maghreb "حجز 3 سيارات" (not a trigger: "حجز 14 قنطاراً" is goods)
            if hit is None and doc.last_measure in ("vehicles_destroyed", "vehicles_seized") and \
                    _joined_to_last(doc, sent, num_start):
                return doc.last_measure, None  # "تدمير 6 دراجات و3 شاحنات": one event for the list
            if hit is None and doc.last_measure == "buildings" and _joined_to_last(doc, sent, num_start):
                # "دمرت الغارات 8 منازل و4 سيارات": the list's verb stands before the first item
                hit = _nearest_trigger(doc, sent, num_start, noun.end or num_end, sent.start, next_num_start,
                                       {"vehicles_destroyed", "vehicles_seized"}, window=12)
            return (hit.cls, hit) if hit else (None, None)
        if thing == "positions":
            lo = max(sent.start, prev_num_end)  # "السيطرة على 3 مواقع": positions taken or held
            held = lex.fronts_context.search(t, max(lo, _back_words(doc, num_start, 4)), num_start)
            return ("fronts", None) if held else (None, None)
        if thing == "attack_axes":
            lo = max(sent.start, prev_num_end)
            if lex.fronts_context.search(t, max(lo, _back_words(doc, num_start, 5)), num_start):
                return "fronts", None
            came_from = _CAME_FROM.search(t, lo, num_start)
            if t.endswith("جهات", noun.start, noun.end):
                # "طوقوا القرية من ثلاث جهات"; "3 جهات حكومية" are bodies, not directions
                return ("attack_axes", None) if came_from else (None, None)
            if lex.attack_context.search(t, sent.start, num_start) or came_from:
                return "attack_axes", None  # "من أربعة اتجاهات": the directions an attack came from
            return "fronts", None
        if thing == "buildings" and _RAIDED.search(t, max(sent.start, prev_num_end, num_start - 40), num_start):
            return None, None  # "داهمت القوات 20 منزلاً": houses raided, searched or closed stand
        if thing == "buildings" and t.startswith(("مدرس", "مسجد", "مساجد"), noun.start) \
                and lex.shelter_context.search(t, sent.start, sent.end) \
                and not _STRUCK_BEFORE.search(t, max(sent.start, num_start - 40), num_start):
            # "لجأ معظمهم إلى 12 مدرسة": schools taking in the displaced are shelters (not
            # "دمرت الغارة 3 مدارس تؤوي نازحين": buildings struck)
            return "shelters", None
        if thing == "shelters" and noun.end - noun.start <= 7 and not _SHELTER_ITSELF.search(t, noun.start, noun.end):
            # the bare "مراكز": needs displacement nearby (a tent or a refuge is a shelter by itself)
            if not lex.shelter_context.search(t, sent.start, sent.end):
                return None, None
        return thing, None
    if noun.people == "persons" and _HOUSES_BEFORE.search(t, max(sent.start, num_start - 24), num_start) \
            and not _PRISON.search(t, sent.start, sent.end):
        return "other", None  # "الموقع الذي يؤوي نحو 21 ألف شخص": people sheltering in a site (a displaced
        # noun keeps its measure: "المدرسة تؤوي 3 آلاف نازح" is labelled displaced in dev, `other` in dev6)
    measure, hit = _measure_from_words(doc, sent, num_start, num_end, noun, prev_num_end, next_num_start, lex)
    if hit is None and measure in ("hostages", "detainees") and noun.noun_measure == measure \
            and _HANDED_BACK.search(t, max(sent.start, prev_num_end, num_start - 50), num_start):
        return "freed", None  # "سلّمت الحركة مساء الجمعة 24 رهينة"، "استعادت 4 محتجزين": captives handed back are freed
    if measure in ("attackers", "escaped", None) and noun.people in ("persons", "civilians", "families", "children", "women") \
            and _DRIVEN_TO_FLEE.match(t, max(noun.end, num_end)):
        return "displaced", hit  # "دفع القتال أكثر من 4500 شخص إلى الفرار": made to flee their homes, not sent to attack
    if measure in ("wounded", "casualties", None) and (noun.people is not None or noun.noun_measure) \
            and _LEFT_LIFE_BEFORE.search(t, max(sent.start, num_start - 10), num_start) \
            and _LIFE_AFTER.match(t, max(noun.end, num_end)):
        return "killed", None  # "بعد أن فارق مصابان الحياة", "وفارق ثلاثة جرحى الحياة": the wounded who died
    if measure == "displaced" and (home := _RESIDE.search(t, max(sent.start, num_start - 90), num_start)) is not None \
            and not any(h.start >= home.end() for h in _triggers_in(doc, home.end(), num_start)):
        # "ويقطن مخيم جنين، الذي أُنشئ عام 1953، أكثر من 14 ألف لاجئ": those who live in a place (a
        # camp's population), no one uprooted by the events told
        return "other", None
    if measure is not None and measure not in _THINGS and noun.people in ("civilians", "children", "women", "persons") \
            and _PLACE_HOLDS.search(t, max(sent.start, num_start - 30), num_start) \
            and not _PRISON.search(t, sent.start, sent.end):
        return "other", None  # "مشيراً إلى أن المدرسة تضم أكثر من 600 تلميذ": those a place holds
    if measure is not None and measure not in _THINGS and noun.people is not None \
            and _WHOLE_BEFORE.search(t, max(sent.start, num_start - 10), num_start):
        return "other", None  # "إنقاذ 587 طالبا من أصل 815 طالبا كانوا يقيمون": the whole they were part of
    if measure == "freed" and noun.people == "migrants" and hit is not None and _RESCUE_WORD.search(t, hit.start, hit.end):
        return "other", None  # "إنقاذ 112 مجتازاً": migrants rescued at sea are survivors, freed from no captors
    if measure == "freed" and hit is not None and hit.start > num_end \
            and _RESCUE_WORK.search(t, max(num_end, hit.start - 14), hit.start):
        measure, hit = None, None  # "شارك 30 مسعفاً في عمليات الإنقاذ": the work they did, not their rescue
    if measure == "captured" and noun.noun_measure == "hostages" and t.startswith(("رهين", "رهائن"), noun.start):
        measure = "hostages"  # "احتجز المسلحون نحو عشرين رهينة": people seized as hostages are held
    if measure == "escaped" and (noun.people in ("families", "civilians", "children", "women")
                                 or noun.noun_measure == "displaced"  # "4 آلاف لاجئ فروا"
                                 or noun.people == "persons" and not _PRISON.search(t, sent.start, sent.end)
                                 # "فر منه زهاء 40 ألفاً" (from a camp), "الآلاف فروا": a bare figure, no prison
                                 or (noun.start < 0 or noun.noun_measure == "escaped") and noun.people is None
                                 and not _PRISON.search(t, sent.start, sent.end)
                                 and not _PRISON.search(t, max(0, sent.start - 200), sent.start)) \
            and not _FROM_CAPTORS.search(t, max(sent.start, num_start - 30), min(sent.end, num_end + 50)) \
            and not _ABDUCTED_BEFORE.search(t, max(sent.start, num_start - 120), num_start) \
            and not (_FLED_ON_FOOT.search(t, sent.start, sent.end) and _HELD_PEOPLE.search(t, sent.start, sent.end)
                     and _HELD_BEFORE.search(t, max(0, num_start - 500), sent.start)):
        # ("عدد المخطوفات يبلغ 317، فيما تمكنت عشرات منهن من الفرار": captives who escape)
        measure = "displaced"  # civilians who flee are displaced, not escaped prisoners
        # (but "نجح 40 تلميذاً في الفرار من خاطفيهم": captives who escape their kidnappers)
    if measure == "escaped" and _STILL.search(t, max(sent.start, num_start - 24), num_start):
        measure = "at_large"  # "لا يزال 8 سجناء فارين": still on the run
    elif measure == "escaped" and noun.people == "militants" \
            and not _PRISON.search(t, max(0, sent.start - 300), sent.end):
        # "وفرار مسلحين اثنين" after an attack, no jail named: attackers on the run
        measure = "at_large"
    if hit is None and measure in _WEAK_NOUNS and doc.last_measure and \
            _PART_OF.search(t[max(sent.start, num_start - 16):num_start]):
        measure = doc.last_measure  # "بينهم سبعة من المهاجمين": a part takes the whole's event
    if measure is None and noun.people == "families":
        measure = "displaced"  # families are counted when they are uprooted
    if measure == "detainees" and hit is not None and _CONTAINS.fullmatch(t, hit.start, hit.end) \
            and noun.noun_measure == "displaced" and not _PRISON.search(t, sent.start, sent.end):
        return "displaced", None  # "المخيم بات يؤوي قرابة 110 آلاف لاجئ": a camp holds the uprooted
    if measure == "detainees" and hit is not None and _CONTAINS.fullmatch(t, hit.start, hit.end) \
            and noun.people in ("persons", "civilians", "children", "women", "families") \
            and not _PRISON.search(t, sent.start, sent.end):
        if noun.people == "families" or _CAMP.search(t, hit.end, num_start):
            # "كان المنزل يؤوي عائلتين نزحتا": families sheltered are uprooted ones; "ويؤوي مخيم
            # أبو شوك زهاء 190 ألف شخص": a camp shelters the displaced
            return "displaced", None
        return "other", None  # "كان المسجد يضم 300 مصلٍّ": those a place holds (a count of its own), not detainees
    return measure, hit


# A strike or destruction right before a count of buildings.
_STRUCK_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(?:ال|)(?:دمر|تدمير|قصف|استهدف|استهداف|طال|طالت|احرق|احراق|اضرم|هدم|تضرر|دمار)\w*")
# A site housing people: "يؤوي نحو 21 ألف شخص".
_HOUSES_BEFORE = re.compile(r"(?<!\w)(?:(?:ي|ت)(?:ؤوي|ووي|اوي|ستضيف)\s+|(?:ي|ت)تسع\s+ل)"
                            r"(?:(?:نحو|قرابه|حوالي|اكثر\s+من|ما\s+يقارب)\s+)?$")  # ("يتسع لنحو ألفي مصل": a capacity)
# "من أربعة اتجاهات": the directions an attack came from.
_CAME_FROM = re.compile(r"(?<!\w)من\s+$")
# "من منازلهم": a place of theirs after a figure.
_FROM_THEIR = re.compile(r"\s*من\s+\w+(?:هم|هن)(?!\w)")
# A jail named as a place (_JAIL: not by its inmates, "النزلاء", who may be a hotel's guests), and
# words of a prison, the place or those held in it (_PRISON: persons who flee from it escape, else
# they are displaced).
_JAIL_WORDS = r"سجن|سجون|سجناء|اصلاحيه|مركز الاحتجاز|مراكز الاحتجاز|زنزان\w*|مؤسسه الاصلاح"
_JAIL = re.compile(rf"(?<!\w)(?:و|ف|ب|ل|لل|من)?(?:ال|)(?:{_JAIL_WORDS})(?!\w)")
_PRISON = re.compile(rf"(?<!\w)(?:و|ف|ب|ل|لل|من)?(?:ال|)(?:{_JAIL_WORDS}|سجين\w*|معتقل\w*|نزلاء|نزيل\w*|موقوف\w*)(?!\w)")

# "عدد المعتقلين" before a bare figure: the number of people held (what befell them is no word of its own).
_NUMBER_OF_HELD = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:عدد|اعداد)\s+(?:ال|)(معتقل\w*|موقوف\w*|محتجز\w*|مخطوف\w*|"
                             r"مختطف\w*)(?!\w)")
# Losses inflicted on a side named before ("وكبدتها أكثر من 60 قتيلاً"): those counted are that side's.
_INFLICTED_ON_THEM = re.compile(r"(?<!\w)(?:و|ف)?(?:كبد|كبدت|كبدوا|كبدنا)(?:ها|ه|هم)\s+(?:\w+\s+){0,3}$")


# A camp of the displaced named as the place that holds people.
_CAMP = re.compile(r"(?<!\w)(?:ال|)(?:مخيم|مخيمات|مراكز\s+(?:ال|)ايواء|مركز\s+(?:ال|)ايواء)(?!\w)")
# Verbs of a place holding people ("يضم", "يؤوي"): detainees only in a prison.
_CONTAINS = re.compile(r"(?:ي|ت)(?:ضم|ؤوي|ووي|اوي)")
# Between a counted noun (and one more joined to it) and "رهائن" that says what they became.
_AS_HOSTAGES_GAP = re.compile(r"\s*(?:و\w+\s+|)ك?")
# A number's own people after it ("20 من رجاله", "5 من أبطالها"): what "فقد" lost are killed.
_OWN_AFTER = re.compile(r"\s*(?:(?:\w+\s+|)من\s+(?:\w+\s+|)\w+(?:ه|ها|هم|نا|ي)|\w+\s+ل(?:ه|ها|هم|نا|ي))(?!\w)")
# A dual of kin with its possessive ("فقد ابنيه"، "فقدت طفليها"): lives lost.
_KIN_WITH_POSSESSIVE = re.compile(r"\s*(?:ابن|ابنت|طفل|طفلت|ولد|شقيق|شقيقت|اخو|حفيد)(?:يه|يها|يهما|اه|اها)(?!\w)")
# Fighting men lost ("وفقدت الكتيبة 19 جندياً"): a side's dead, not people gone missing.
_MEN_AFTER = re.compile(r"\s*(?:جندي|جنديا|جنود|جنديين|عنصر|عنصرا|عناصر|عنصرين|مقاتل|مقاتلا|مقاتلين|شرطيا|شرطيين|ضابطا|ضباط|ضابطين)(?!\w)")
# Men with no arm named, lost by a side that says so ("فقدنا 11 رجلاً"، "فقدت الكتيبة 7 أفراد"; not
# the passive "فُقد 11 رجلاً في البحر": gone missing).
_PERSONS_AFTER = re.compile(r"\s*(?:رجلا|رجال|رجلين|فردا|افراد)(?!\w)")
_REAPED = re.compile(r"(?<!\w)(?:و|ف)?(?:حصد|حصدت|يحصد|تحصد|ازهق|ازهقت|يزهق|تزهق|ذهب|ذهبت)\s+(?:\w+\s+){0,3}$")
# Dead and wounded with a possessive: the speaker's own ("قتلاها", "جرحاه", "شهداؤنا").
_OWN_TOLL = re.compile(r"(?:قتلا|جرحا|شهداو|شهداؤ|شهدائ|مصابي|اسرا)(?:ه|ها|هم|نا)")
_SHELTER_ITSELF = re.compile(r"خيم|خيام|ملج|ملاج")
# Hostages held in the paragraphs before ("يحتجزون رهائن", "أعدموا 50 رهينة") and people who then run
# off ("فرّ عشرات الركاب سيراً على الأقدام"): captives who got away, not people fleeing a war.
_HELD_BEFORE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|)(?:رهائن|رهينه|مختطف\w*|محتجز\w*|اختطاف|الاختطاف)(?!\w)")
_HELD_PEOPLE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|)(?:ركاب|مسافرين|مسافرون|رهائن|مختطف\w*|مخطوف\w*|طلاب|تلاميذ|طالبات|محتجز\w*)(?!\w)")
_FLED_ON_FOOT = re.compile(r"(?<!\w)(?:و|ف)?(?:فر|فروا|فرار|هرب|هربوا|تمكن\w*\s+من\s+(?:ال|)(?:فرار|هرب|افلات))(?!\w)")
_ABDUCTED_BEFORE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|)(?:مخطوف|مختطف|اختطاف|خطف|خاطف|رهائن|رهين|اقتادوا|اقتاد|اقتياد)\w*")
_FROM_CAPTORS = re.compile(r"(?<!\w)(?:ال|)(?:فرار|هروب|هرب|فروا|هربوا|فر|هرب|تفلت\w*)\s+من\s+"
                           r"(?:قبضه|خاطف\w*|الخاطف\w*|محتجزي\w*|اسري(?:هم|هن|ه|ها))(?!\w)")
_IMPOUNDED = re.compile(r"(?<!\w)(?:و|ف)?(?:ال|)(?:حجز|حجزت|حجزوا|يحجز)\s+(?:(?!و)\S+\s+){0,2}$")
# A raid, search or closure right before a count of buildings (folded text): they stand.
_RAIDED = re.compile(r"(?<!\w)(?:و|ف)?(?:ال|)(?:داهم\w*|مداهم\w*|دهم|اقتحم\w*|اقتحام|فتش\w*|تفتيش|اغلق\w*|اغلاق|"
                     r"يداهم\w*|تداهم\w*|يقتحم\w*|تقتحم\w*)\s+(?:(?!و)\S+\s+){0,2}$")  # (not past "وأحرقوا")


def _joined_to_last(doc: _Doc, sent: Sentence, pos: int) -> bool:
    """Is the figure at pos joined to the claim just before it in the sentence (و، إضافة إلى)?"""
    return sent.start <= doc.last_claim_end <= pos and \
        _JOINED.search(doc.norm.text[doc.last_claim_end:pos]) is not None


# Additive links to the figure before: "إضافة إلى", "فضلاً عن", "علاوة على".
_ADDED = re.compile(r"(?<!\w)(?:ب?اضافه\s+(?:الي|ل)|بالاضافه\s+(?:الي|ل)|فضلا\s+عن|علاوه\s+علي)\s*$")
# A verb ending in its object pronoun ("قتلتهم"، "اعتقلوهم"; not a noun's "قتلاهم"، "شهدائهم").
_VERB_OF_THEM_END = re.compile(r"\w\w(?:ت|و)(?:هم|هن|هما)$")
# "عدد القتلى", "حصيلة الضحايا": the counting frame names what is counted.
_COUNT_OF = re.compile(r"(?:عدد|اعداد|حصيله|ارقام)\s+(?:ال|لل)?$")
# The same frame counting those a verb befell: "عدد من قتلتهم قوات الاحتلال"، "عدد الذين قتلوا"،
# "عدد العناصر الإرهابية التي تم القضاء عليها" (group 1: "من", before a verb, not "عدد من القتلى": some dead).
_COUNT_OF_WHO = re.compile(r"(?<!\w)(?:عدد|اعداد)\s+(?:(من|ممن)\s+|(?:ال\w+\s+){0,2}(?:الذين|اللذين|اللتين|اللواتي|اللاتي|التي)\s+"
                           r"(?:تم\s+|قد\s+|))$")


def _counted_who(t: str, hit: _Hit) -> bool:
    """A counting frame of those the event word befell, right before it (see _COUNT_OF_WHO)."""
    m = _COUNT_OF_WHO.search(t, max(0, hit.start - 40), hit.start)
    return m is not None and not (m.group(1) and t.startswith("ال", hit.start))


# Nouns that name an event only weakly (أسير، المهاجمين، نازح، الفارين): a verb near wins.
_WEAK_NOUNS = {"hostages", "attackers", "displaced", "escaped"}
_TWO_AFTER_DUAL = re.compile(r"(?:اثنين|اثنان|اثنتين|اثنتان)(?!\w)")  # "مختطفين اثنين": "two" after a dual
# Events that never happen to people: a counted person is not a bomb or a vehicle.
_THING_EVENTS = {"bombs", "vehicles_destroyed", "vehicles_seized"}
_NO_SKIP = frozenset()
# A place named by its use is not an event there: "مركز الاحتجاز", "مخيم النزوح", "سجن الاعتقال".
_MODIFIER = re.compile(r"(?<!\w)(?:و|ب|ل|في)?(ال|)(?:مركز|مراكز|سجن|سجون|معسكر|معسكرات|مخيم|مخيمات|مكان|اماكن|"
                       r"موقع|مواقع|مرفق|مرافق|منشاه|منشات|مقر|مقرات|فرق|فريق|فرقه|طواقم|طاقم)\s+(?:ال|لل|بال)?$"
                       r"|(?<!\w)(?:و|ب|ل|في)?(?:عصابه|عصابات|شبكه|شبكات)\s+(?:ال|لل|بال)?$")
# ("عصابات التهريب مئات المهاجرين": a gang named for what it does, no event; not "أفراد العصابة ألقي
# القبض عليهم", the gang's men and what befell them)


def _modifies(m: re.Match, t: str, hit: _Hit) -> bool:
    """Does the place or team word _MODIFIER found before the event word name it by its use? Not
    a definite word before an event word with no article of its own: "الطاقم أفرج عنهم" is a
    verb after its subject ("the crew were freed"), "طاقم الإنقاذ" a team named by its work."""
    return not (m.group(1) and m.end() == hit.start and not t.startswith("ال", hit.start))
_STILL = re.compile(r"(?<!\w)(?:و|)(?:لا\s+(?:يزال|تزال|يزالون|زال)|ما\s*(?:زال|زالت|زالوا|يزال)|مازال\w*)\s+$")


# A plural verb agreeing with the figure before it ("قتلوا", "أصيبوا", "اعتقلوا").
_VERB_AFTER_FIGURE = re.compile(r"(?:و|ف)?(?:\w+وا|قضين|قتلن|اصبن|توفين|استشهدن|لقين)")  # (plural verbs: "قتلوا"، "قضين")
_PLURAL_VERB = re.compile(r"\w+وا(?!\w)")
# A new clause between a figure and a verb ("بضعة رجال"، وأنهم قتلوا"): the verb is not the figure's.
_NEW_CLAUSE = re.compile(r"[،,;:؛]|(?<!\w)(?:و|ف)?(?:ان|انهم|انه|انها|إن|أن)(?!\w)")


# "سلّم 3 أنفسهم": handed over, before the figure.
_HANDED_OVER = re.compile(r"(?<!\w)(?:و|ف)?(?:سلم|سلمت|سلموا)\s+$")
_SPACE = re.compile(r"\s")
# "من المهاجمين": what comes before a noun that names whose people.
_WHOSE_BEFORE = re.compile(r"(?:من\s+|ال|لل)$")
_PROTEST = re.compile(r"\s*(?:\w+\s+|)(?:في|الى|الي|ل)\s*(?:ال|)(?:مسير\w*|تظاهر\w*|مظاهر\w*|وقف\w*\s+احتجاج\w*|احتجاج\w*|الشوارع|الساحات|الميادين)(?!\w)")
_ALL_BEFORE = re.compile(r"(?<!\w)(?:جميع|كافه)\s+$")


def _measure_from_words(doc: _Doc, sent: Sentence, num_start: int, num_end: int, noun: _Counted,
                        prev_num_end: int, next_num_start: int, lex: Lexicon) -> tuple[str | None, _Hit | None]:
    """The nearest event word (or the counted noun itself) around a number."""
    t = doc.norm.text
    person = noun.people is not None or (noun.start < 0 and _OTHERS.match(t, num_end) is not None)
    # civilians and families do not attack: an attack word near them is about someone else
    skip = _THING_EVENTS if person else _NO_SKIP
    if noun.people in ("families", "civilians", "children", "women", "migrants", "protesters") \
            and not (noun.start >= 0 and _SETTLERS.match(t, noun.start)):  # (settlers raid villages)
        skip = skip | {"attackers", "suicide_attackers", "surrendered"}  # (migrants who slip across a border)
    if _PROTEST.match(t, max(noun.end, num_end)):
        skip = skip | {"displaced"}  # "وخرجت عشرات الآلاف في مسيرات": they went out to march, not fleeing
    cands: list[tuple[float, int, str, _Hit | None]] = []
    prio = _ranks(lex.priority)
    noun_says = False  # the counted noun names its own event ("15 جريحاً"), plainly
    if noun.noun_measure:
        weak = noun.noun_measure in ("hostages", "attackers", "displaced", "escaped", "detainees")
        # "3 من المصابين توفوا": of a group named by its event, the event word after is what befell them
        partitive = not weak and _FROM_THE.match(t, num_end) is not None
        cands.append((3.0 if weak else 1.0 if partitive else 0.0, prio.get(noun.noun_measure, 99), noun.noun_measure, None))
        noun_says = not weak and not partitive
    clause = None  # (where the figure's clause begins: found for the first event word before it)
    part_of_last = False
    if doc.last_measure and doc.last_measure not in _THINGS and noun.thing is None and noun.noun_measure is None \
            and sent.start <= doc.last_claim_end <= num_start \
            and (_PART_OF.search(t[max(sent.start, num_start - 16):num_start])
                 or doc.last_part_end >= sent.start and _AND_GAP_ONLY.fullmatch(t, doc.last_part_end, num_start)):
        # "أصيب 28 شخصاً، بينهم 20 عسكرياً، في هجوم شنه": a part takes the whole's event (so does
        # the next part joined to it: "بينهم ثلاثة أطفال وامرأتان، من قبو لجأت إليه عائلات")
        cands.append((1.5, -1, doc.last_measure, None))  # (an event word right after the noun wins: "بينهم 5 أطفال قضوا")
        part_of_last = True
    if doc.last_measure and doc.last_measure not in _THINGS and noun.thing is None and \
            sent.start <= doc.last_claim_end <= num_start and _ADDED.search(t, max(sent.start, num_start - 24), num_start):
        # "…، إضافة إلى ثلاثة من موظفي المركز": one more item of the event before (but, as for a
        # part, an event word right after the noun wins: "إضافة إلى 6 أشخاص وصلوا جثثاً هامدة")
        cands.append((1.5, -1, doc.last_measure, None))
    # "قتلت جميع المهاجمين الخمسة وأنقذت": "all" between the verb and its object is no distance
    all_of = 1 if 0 <= noun.start < num_start and _ALL_BEFORE.search(t, max(0, noun.start - 8), noun.start) else 0
    for hit in _triggers_in(doc, max(sent.start, prev_num_end), num_start):
        if 0 <= noun.start <= hit.start and noun.end <= num_start:
            if hit.cls in ("killed", "wounded") and hit.end == noun.end:
                # "وإن الجرحى الستة بينهم امرأتان": a toll's own noun before its number says what befell them
                cands.append((1.5, prio.get(hit.cls, 99), hit.cls, hit))
            continue  # the counted noun itself, before its number ("القضاء على المهاجمين الستة")
        if hit.cls in _WEAK_NOUNS and hit.end + 1 >= num_start and _TWO_AFTER_DUAL.match(t, num_start):
            # "تحرير مختطفَين اثنين": the counted dual before "two", weak as any counted noun
            cands.append((3.0, prio.get(hit.cls, 99), hit.cls, hit))
            continue
        if part_of_last and hit.end <= doc.last_claim_end:
            continue  # "مقتل 17 نازحاً بينهم 8 أطفال": the whole's own words; the part takes its event
        if noun.noun_measure and noun.start >= num_end and sent.start < prev_num_end \
                and doc.words_between(prev_num_end, hit.start) == 0 and _NEXT_ITEM_GAP.match(t, hit.end, num_start):
            continue  # "أكثر من 20 ألف قتيل وأكثر من مليوني نازح": the figure before's own noun
        d = doc.words_between(hit.end, num_start) - all_of
        if clause is None:
            clause = _clause_start(doc, sent.start, num_start)
        if hit.start < clause:
            d += 6
        if hit.cls not in _WEAK_NOUNS and (_COUNT_OF.search(t, max(0, hit.start - 10), hit.start)
                                           or t.find("عدد", max(0, hit.start - 40), hit.start) >= 0
                                           and _counted_who(t, hit)) \
                and not (noun_says and noun.start >= num_end and hit.cls != noun.noun_measure):
            # "عدد قتلى ... بلغ 200": the counting frame names what is counted (not against a noun
            # of its own after the figure: "عدد القتلى مرشح للارتفاع لوجود 15 جريحاً")
            d -= 10
        if d > 14 or hit.cls in skip or (mod := _MODIFIER.search(t, max(0, hit.start - 12), hit.start)) \
                and _modifies(mod, t, hit):
            continue
        if _sends_no_men(t, hit, num_start):
            continue
        if _not_killing(t, hit, num_start, num_end):
            if t[hit.start:hit.end] == "فقد" and doc.words_between(hit.end, num_start) == 0 \
                    and not _THEIR_THING.match(t, num_end, min(len(t), num_end + 40)):
                # "فيما فقد اثنان", "وفقد 5 صيادين" (passive, the figure right after): gone missing
                # (a count the list lacks; not "فقدت جنديين": she, the army, lost them)
                cands.append((d, prio.get("other", 99), "other", hit))
            continue
        if hit.cls == "freed" and hit.end < num_start and _PLACE_FREED.match(t, hit.end):
            continue  # "عادوا بعد تحرير القضاء": a place freed, not people
        if hit.cls == "freed" and d > 1 and _RELEASE_VERB.match(t, hit.start) \
                and _FROM_BEFORE_FIGURE.search(t, max(hit.end, num_start - 12), num_start) \
                and doc.words_between(hit.end, num_start) <= 8 and not _PUNCT.search(t, hit.end, num_start):
            # "أفرجت في المقابل عن 181 أسيراً": "عن" ties the figure to the release verb of its
            # clause (no comma between), however many words stand between
            d = 1
        if hit.cls == "killed" and t.startswith("سقوط", hit.start):
            if noun.people is None:
                continue  # "سقوط 3 قذائف": things fall; "سقوط 9 من مقاتليها": men
            d += 3  # (a weak word: "سقوط 8 مواطنين بين شهيد وجريح" are casualties)
        if noun.noun_measure and hit.cls == "other" and t.find("مصير", hit.start, hit.end) >= 0:
            continue  # "مصير نحو 2700 مختطف": the noun says what befell them; their fate is unknown still
        if sent.start < prev_num_end <= hit.start and doc.words_between(prev_num_end, hit.start) <= 3 \
                and _VERB_AFTER_FIGURE.match(t, hit.start, hit.end) and t[hit.start - 1] != "و" \
                and not _NEW_CLAUSE.search(t, prev_num_end, hit.start):
            d += 6  # "أربعة عمال قد قتلوا وثلاثة آخرين قد أصيبوا": the figure before's own verb
        if hit.cls == "suicide_attackers" and d > 2 and noun.people == "militants" \
                and lex.attack_context.search(t, hit.end, num_start) is not None:
            # "بدأ بتفجير انتحاري سيارة مفخخة، قبل أن يقتحم ثلاثة مسلحين آخرين المبنى": gunmen storming
            # after the bomber are attackers, not more bombers
            cands.append((d, prio.get("attackers", 99), "attackers", None))
            continue
        cands.append((d, prio.get(hit.cls, 99), hit.cls, hit))
    if noun.people in (None, "generic", "militants") and noun.noun_measure is None \
            and _BAND_SIZE.search(t, max(sent.start, num_start - 40), num_start) is not None \
            and (band := _BAND_OF.search(t, max(sent.start, num_start - 70), num_start)) is not None \
            and ("مهاجم" in band.group() or lex.attack_context.search(t, sent.start, sent.end) is not None) \
            and not (noun.start >= 0 and _match_at(lex.forces_words, t, noun.start)):
        # "الهجوم نفذته مفرزة تضم زهاء سبعة عناصر", "مجموعة قوامها 15 عنصراً هاجمت": the men of the attacking band
        # (as near as the size words, "مكونة من", that alone count a family or a cell: `other`)
        cands.append((0, prio.get("attackers", 99), "attackers", None))
    after_from = max(noun.end, num_end)  # (a noun may stand before its number: "إرهابيين اثنين")
    rep_end = _REPEAT_AFTER.match(t, after_from)
    after_from = rep_end.end() if rep_end else after_from
    if t.find("ارتق", max(sent.start, num_start - 30), num_start) >= 0 \
            and (rose := _ROSE_BEFORE.search(t, max(sent.start, num_start - 30), num_start)) is not None:
        # "ارتقى 14 من مقاتلينا": the singular verb before its figure (after one it is an
        # ordinal's: "الشهيد الـ12 ارتقى", so it is no trigger of the lists)
        cands.append((doc.words_between(rose.end(1), num_start), prio.get("killed", 99), "killed", None))
    if noun.people == "militants" and _STORMED_BY.search(t, max(sent.start, num_start - 12), num_start):
        cands.append((0, prio.get("attackers", 99), "attackers", None))  # "ثم اقتحام 5 مسلحين للمبنى"، "ثم دخل نحو 30 مسلحاً"
    if noun.people == "militants" and (came := _ARRIVED.search(t, after_from, min(sent.end, after_from + 90))) \
            and doc.words_between(after_from, came.start()) <= 6:
        # "نحو مئتي مسلح وصلوا على دراجات نارية": gunmen who came (to attack) are the attackers
        cands.append((doc.words_between(after_from, came.start()) + 1, prio.get("attackers", 99), "attackers", None))
    after_to = min(sent.end, next_num_start)
    for hit in _triggers_in(doc, after_from, after_to):
        d = doc.words_between(after_from, hit.start) + 1
        if d > 7 and noun.people is not None:
            # '4 من عناصر "كتيبة طارق بن زياد" التابعة لقوات حفتر قتلوا': a name counts as one word
            d -= _name_words(doc, t, after_from, hit.start)
        if _CLAUSE.search(t, after_from, hit.start):
            if next_num_start < sent.end and doc.words_between(hit.end, next_num_start) <= 1:
                continue  # "…، في حين أصيب 63": the next figure's own verb
            d += 2
        if hit.cls in ("captured", "hostages") and t.endswith(("هم", "هن"), hit.start, hit.end):
            d += 4  # "أفرجت ... عن 9 صيادين احتجزتهم": a relative verb after the noun tells their past
        if d > 7 or hit.cls in skip or (mod := _MODIFIER.search(t, max(0, hit.start - 12), hit.start)) \
                and _modifies(mod, t, hit) \
                and not _PLURAL_VERB.match(t, hit.start):  # ("من نزلاء السجن فروا": a verb names no place)
            continue
        if hit.cls == "killed" and t.startswith("فقد", hit.start) and _not_killing(t, hit, num_start, num_end):
            continue  # "3 آلاف شخص فقدوا منازلهم": homes lost, not lives
        if hit.cls == "freed" and _PLACE_FREED.match(t, hit.end):
            continue  # "40 ألف شخص عادوا بعد تحرير المدينة": a place freed, not people
        if d <= 2 and next_num_start < sent.end and doc.words_between(hit.end, next_num_start) <= 1 \
                and _AND_GAP.fullmatch(t, after_from, hit.start + 1) and doc.last_measure \
                and doc.last_measure not in _THINGS and doc.last_measure != hit.cls \
                and _joined_to_last(doc, sent, num_start):
            continue  # "مقتل 18 عسكرياً ومدني واحد وإصابة 28": the next item's event, with its own figure
        if d <= 2 and next_num_start < sent.end and doc.words_between(hit.end, next_num_start) == 0 \
                and _AND_GAP.fullmatch(t, after_from, hit.start + 1) and any(c[0] <= 3 and c[3] is not None for c in cands):
            continue  # "مقابل سقوط خمسة جنود وإصابة 36": the next figure's own event; this one has its word before
        if hit.cls == "hostages" and _AS_HOSTAGES_GAP.fullmatch(t, after_from, hit.start) and t.startswith("رهائن", hit.start):
            d = -1  # "اقتادوا بضعة جنود كرهائن", "30 امرأة وطفلاً رهائن": "as hostages" says what befell the counted
        if hit.cls == "surrendered" and t.startswith("انفسهم", hit.start) and \
                not _HANDED_OVER.search(t[max(0, num_start - 10):num_start]):
            continue  # "سلّم 3 أنفسهم" surrender; "3 أشخاص قدموا أنفسهم كوسطاء" do not
        if hit.cls == "attackers" and not _SPACE.search(t, hit.start, hit.end) and \
                _WHOSE_BEFORE.search(t[max(0, hit.start - 4):hit.start]):
            continue  # "من المهاجمين" after a noun names whose people, it is not what happened
        if noun.end > 0 and t[noun.end:hit.start].strip() in ("", "ال") and t.startswith("ال", noun.start) \
                and "ال" in (t[max(0, hit.start - 2):hit.start], t[hit.start:hit.start + 2]):
            d += 3  # "الجنود المحتجزين أطلق سراحهم": a definite participle after the noun describes it
        cands.append((d, prio.get(hit.cls, 99), hit.cls, hit))
    if not cands and noun.thing is None and doc.last_measure and doc.last_measure not in _THINGS \
            and _joined_to_last(doc, sent, num_start):
        # "تحرير خمسة من الشرطة، إضافة إلى ثلاثة من الموظفين": a figure joined to the one before
        return doc.last_measure, None
    if not cands:
        # wider: anywhere earlier in the sentence
        for hit in _triggers_in(doc, sent.start, num_start):
            if hit.cls in skip or _not_killing(t, hit, num_start, num_end):
                continue
            if _sends_no_men(t, hit, num_start):
                continue
            d = 30 + doc.words_between(hit.end, num_start)
            if _COUNT_OF.search(t, max(0, hit.start - 10), hit.start):
                d -= 20
            cands.append((d, prio.get(hit.cls, 99), hit.cls, hit))
    if not cands:
        held = _NUMBER_OF_HELD.search(t, max(sent.start, num_start - 80), num_start)
        if held is not None and doc.words_between(held.end(), num_start) <= 8:
            # "إن عدد المعتقلين بلغ 11 شخصاً": the number of people held; in a jail, its inmates
            stem = held.group(1)
            if stem.startswith(("مخطوف", "مختطف")):
                return "hostages", None
            if stem.startswith(("معتقل", "محتجز")) and _JAIL.search(t, sent.start, sent.end):
                return "detainees", None
            return "captured", None
        return None, None
    best = min(cands, key=_DISTANCE_RANK)  # (the first of the nearest, as a stable sort puts it)
    # killed and wounded named together with one number: "قتيل وجريح"
    return best[2], best[3]


_DISTANCE_RANK = itemgetter(0, 1)  # a candidate's (distance, priority)
# A side sending men "with" so many ("دفعت المليشيا بأكثر من 500 عنصر"، "دفع بتعزيزات قوامها").
_SENT_WITH = re.compile(r"(?<!\w)ب(?:ـ|)(?=\w|\s*\d)")


def _sends_no_men(t: str, hit: _Hit, num_start: int) -> bool:
    """An attackers' "دفع" with no "ب" before the figure: "دفعت الحادثة الشركاء إلى تعليق
    تنقلاتهم، ما يحرم 4500 شخص" pushed, it sent no men ("دفعت المليشيا بـ500 عنصر")."""
    return hit.cls == "attackers" and t.startswith("دفع", hit.start) and not _SENT_WITH.search(t, hit.end, num_start + 3)
# Verbs of men setting inmates loose ("أطلقوا سراح"، "حرروا"); the singular "ارتقى" before a figure;
# a storming or an arrival of gunmen ("ثم اقتحام 5 مسلحين"، "مسلحون وصلوا").
_BROKE_OUT = re.compile(r"(?:اطلقوا|حرروا|فكوا|حررت|اطلقت)(?!\w)")
# A jail stormed or attacked earlier in the sentence ("اقتحم مسلحو القاعدة السجن المركزي").
_STORMED_JAIL = re.compile(rf"(?<!\w)(?:و|ف|)(?:اقتحم\w*|هاجم\w*|اقتحام|هجوم)\s+(?:\S+\s+){{0,3}}?(?:ال|)(?:{_JAIL_WORDS})(?!\w)")
_ROSE_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(ارتقي|ارتقت)\s+(?:(?:اكثر|نحو|قرابه|حوالي)\s+(?:من\s+|))?$")
_STORMED_BY = re.compile(r"(?<!\w)(?:و|ب|ثم\s+)?(?:اقتحام|تسلل|هجوم|دخل|دخلت|تسللت|اقتحم|اقتحمت)\s+$")
_ARRIVED = re.compile(r"(?<!\w)(?:و|ف)?(?:وصلوا|قدموا|جاؤوا|جاءوا|اتوا|حضروا|ترجلوا|داهموا|دخلوا|تسللوا)(?!\w)")
_BAND_SIZE = re.compile("قوام|تضم|يضم|تتالف|تتكون|مؤلفه|مكونه|عددها|افرادها")  # (a cheap test first)
# A band of men and how many it holds, before the figure: "مفرزة تضم زهاء"، "مجموعة مسلحة قوامها"
# ("قُدّر عدد أفرادها بنحو": the hedge with its "ب").
_BAND_OF = re.compile(r"(?<!\w)(?:ال|)(?:مجموعه|مجموعات|مفرزه|مفارز|خليه|خلايا|قوه|عصابه|عصابات|سريه|رتل|فصيل)(?:\s+\w+){0,3}?"
                      r"\s+(?:قوامها|قوامه|تضم|يضم|تتالف\s+من|تتكون\s+من|مؤلفه\s+من|مكونه\s+من|عدد\s+افرادها|يبلغ\s+عددها|عددها)"
                      r"(?:\s+ب?(?:نحو|زهاء|قرابه|حوالي|ما\s+يقارب|اكثر\s+من|ما\s+بين|بين|ما\s+لا\s+يقل\s+عن))?\s+ب?$")


def _name_words(doc: _Doc, t: str, a: int, b: int) -> int:
    """How many words of t[a:b] beyond the first of each stand inside names (quoted or known)."""
    extra, quoted_end = 0, a
    for m in _QUOTED_SPAN.finditer(t, a, b):
        extra += max(0, doc.words_between(m.start(), m.end()) - 1)
        quoted_end = m.end()
    for x in _entities_in(doc, quoted_end, b):
        if x.end <= b:
            extra += max(0, doc.words_between(x.start, x.end) - 1)
    return extra


_QUOTED_SPAN = re.compile(r'"[^"\n]{1,60}"')
_AND_ONLY = re.compile(r"\s*[،,]?\s*و\s*")  # between two items of one list: "38 طفلا و21 سيدة"
# The rest of an item's words, then a comma and "و": "4 رعاة| أغنام، و|3 من عناصر التنظيم".
_REST_AND = re.compile(r"(?:\s+[^\s،,.:;؛\d]+){1,3}\s*[،,]\s*و\s*")
_AND_GAP = re.compile(r"\s+و\w?")  # between a figure and the "و" that opens the next item ("ومدني واحد وإصابة 28")


# Lives lost after the count: "فقد 5 أشخاص حياتهم", "فقدت 3 نساء أرواحهن".
_LIVES_AFTER = re.compile(r"\W*(?:\w+\W+){0,2}?(?:حيات|ارواح)(?:ه|ها|هم|هما|هن)(?!\w)")
# The side's own men right before a verb of losing: "قواته فقدت 12 عنصراً".
_OWN_BEFORE_LOSS = re.compile(r"(?:قوات|عناصر|مقاتلي|جنود|رجال|وحدات)(?:ه|ها|هم|نا)\s+(?:قد\s+|)$")


# "قضت ... على 30 إرهابياً": "على" and up to two words before the figure.
_ON_BEFORE = re.compile(r"(?<!\w)(?:علي|على)\s+(?:\S+\s+){0,2}$")


def _not_killing(t: str, hit: _Hit, num_start: int, num_end: int) -> bool:
    """Killing words that need their frame: "فقد 20 من رجاله" (not "فقد 3 آلاف شخص منازلهم"),
    "قضت ... على 30 إرهابياً" (not "قضت المحكمة بسجن 5"), "حصدت ... أرواح 200" (not
    "أنقذت الفرق أرواح 30")."""
    if hit.cls != "killed":
        return False
    word = t[hit.start:hit.end]
    if word.startswith("فقد"):
        if " حيات" in word:
            return False  # "فقدوا حياتهم": the trigger holds its lives
        if t.find("الاتصال", hit.end, max(hit.end, num_start)) >= 0:
            return True  # "فقدنا الاتصال بـ5 من عناصرنا": contact lost, men missing, not dead
        return not _OWN_AFTER.match(t, num_end) and not _OWN_BEFORE_LOSS.search(t, max(0, hit.start - 24), hit.start) \
            and not (hit.start < num_start and (_MEN_AFTER.match(t, num_end)
                                                or word != "فقد" and _PERSONS_AFTER.match(t, num_end))) \
            and not _KIN_WITH_POSSESSIVE.match(t, num_start) \
            and not _LIVES_AFTER.match(t, num_end if hit.start < num_start else hit.end)
    if word == "قضت":
        return not _ON_BEFORE.search(t[hit.end:num_start])
    if word.startswith("ارواح"):
        return not _REAPED.search(t, max(0, hit.start - 40), hit.start)
    return False


# What people lost that is theirs ("فقد 3 آلاف شخص منازلهم"): not the people gone missing.
_THEIR_THING = re.compile(r"\s*(?:\S+\s+){0,2}?(?!منهم|منهن|بينهم|بينهن)\w+(?:هم|هن)(?!\w)")


def _back_words(doc: _Doc, pos: int, n: int) -> int:
    i = bisect_left(doc.word_starts, pos)
    return doc.word_starts[max(0, i - n)] if doc.word_starts else 0


def _triggers_in(doc: _Doc, a: int, b: int) -> list[_Hit]:
    """The event words inside [a, b). (They come from one scan and never overlap: their ends
    rise with their starts, so only the last can run past b.)"""
    i, j = bisect_left(doc.trigger_starts, a), bisect_left(doc.trigger_starts, b)
    hits = doc.triggers[i:j]
    return [h for h in hits if h.end <= b] if hits and hits[-1].end > b else hits


def _nearest_trigger(doc: _Doc, sent: Sentence, a: int, b: int, prev_end: int, next_start: int,
                     classes: set[str], window: int) -> _Hit | None:
    best, best_d = None, None
    for hit in _triggers_in(doc, max(sent.start, prev_end), a):
        if hit.cls in classes:
            d = doc.words_between(hit.end, a)
            if d <= window and (best_d is None or d < best_d):
                best, best_d = hit, d
    for hit in _triggers_in(doc, b, min(sent.end, next_start)):
        if hit.cls in classes:
            if next_start < sent.end and doc.words_between(hit.end, next_start) <= 1 \
                    and _CLAUSE.search(doc.norm.text, b, hit.start):
                continue  # "ضبطت 4 عربات وسبع دراجات، ودمرت 12": the next figure's own verb
            d = doc.words_between(b, hit.start) + 1
            if _CLAUSE.search(doc.norm.text, b, hit.start):
                d += 2  # (as for people: "نحو 20 شاحنة مزودة برشاشات ثقيلة، واستولوا على أسلحة" came, seized nothing)
            if d <= window and (best_d is None or d < best_d):
                best, best_d = hit, d
    return best


# Verbs of losing men: their subject is the side that lost them ("قواتها خسرت 16 عنصراً").
_LOST = re.compile(r"(?:و|ف)?(?:ي|ت|ن)?(?:خسر|فقد)\w*")
_WE_LOST = re.compile(r"(?:و|ف)?(?:خسرنا|فقدنا|نخسر|نفقد)(?!\w)")  # (a side speaking of its own)
# A verb of losing a few words before a toll noun, and what may not stand between them.
_LOSS_VERB = re.compile(r"(?<!\w)((?:و|ف)?(?:خسر|خسرت|خسروا|فقدت|فقدوا|تكبد|تكبدت|تكبدوا))(?!\w)")  # (not bare "فقد": also "ف + قد")
_LOSS_GAP_BREAK = re.compile(r"[،,.;:؛\d]|(?<!\w)(?:و|ف)?(?:ان|أن|إن|الذي|التي|بعد|قبل)(?!\w)")
# Between a side's own men and its verb of losing: "قواته قد فقدت", "مقاتليه \"لم يخسروا سوى".
_OWN_LOSS_GAP = re.compile(r"[\s\"«»]*(?:(?:قد|لم|لن)[\s\"«»]+)?")


# The agent of a verb, right after it: "قتلت القوات ...", "اعتقلت قوات الأمن ...".
# Up to three words (a time, "مساء الثلاثاء", or the verb's preposition, "عن") before the figure,
# none of them opening whose people ("من عناصرها").
_PREP_BEFORE_FIGURE = re.compile(r"(?:\s+(?!(?:من|بين|في)\s)[^\s،,.:;؛]+){0,3}\s*")
_AGENT = re.compile(r"\s*(?:ال|قوات\s|سلطات\s|حكومه\s|جيش\s|شرطه\s|جماعه\s|حركه\s|ميليشيا\s|مليشيا\s)")


# A past-tense verb of killing, wounding or taking (not a noun: "قتلى داعش 40" are its dead).
_DOER_VERB = re.compile(r"(?:و|ف|)(?:قتل|قتلت|قتلوا|اسرت|اسروا|اعتقل|اعتقلت|اعتقلوا|اختطف|اختطفت|اختطفوا|خطفت|خطفوا|"
                        r"اعدم|اعدمت|اعدموا|اصاب|اصابت|اصابوا|جرحت|جرحوا|احتجز|احتجزت|احتجزوا)")
# The people a lone noun before "آخرين" names, as the subject of the others counted after it.
_LONE_SUBJECTS = {"civilians": "civilians", "children": "civilians", "women": "civilians", "persons": "people",
                  "journalists": "journalists", "medical_staff": "medical_staff", "migrants": "migrants"}
_SETTLERS = re.compile(r"(?:ال|)مستوطن")
_DIGIT_IN = re.compile(r"\d")
_LAST_WORD = re.compile(r"(\w+)$")
# An event word and its figure with a preposition between: "ألقت القبض على 5 منهم".
_PREP_GAP = re.compile(r"\s+(?:علي|على|عن|ب|الان|حتي\s+الان|حاليا)\s+")  # ("الحصيلة الآن 81")
# "قضت على المهاجمين، وعددهم 32": "their number" after the plural counted.
_THEIR_NUMBER = re.compile(r"[\s،,]*(?:و|)(?:البالغ\s+|الذين\s+يبلغ\s+|ويبلغ\s+)?عدد(?:هم|هن)\s+(?:ب|بـ)?$")
# Where a speaker stood ("أمام مجمع الشفاء الطبي"), not who he is.
_WHERE_BEFORE = re.compile(r"(?<!\w)(?:امام|داخل|قرب|بجوار|خارج)\s+$")
# A verb of watching or recording with its object pronoun: "رصدتهم" (spotted them) reports nothing.
_SPOTTED_THEM = re.compile(r"(?:و|ف)?(?:رصد|وثق)\w*(?:هم|هن|هما)")
# A side's active verb of killing or taking, a few words before the figure of the men it hit.
_ACTIVE_TAKE = re.compile(r"(?<!\w)(?:و|ف)?(?:قتلت|قتلوا|قضت\s+علي|قضوا\s+علي|القضاء\s+علي|اسرت|اسروا|حيدت|حيدوا|تحييد|"
                          r"اوقعت|اوقعوا)\s+(?:\S+\s+){0,5}$")
# A side speaking as "we" of what it did ("قتلنا"، "أسرنا"), and men handed "to our forces".
_WE_ACTED = re.compile(r"(?<!\w)(?:و|ف)?(?:قتلنا|اسرنا|قضينا|اعتقلنا|حيدنا|صفينا|جرحنا|اصبنا|ضبطنا|اوقفنا|تمكنا|نجحنا)(?!\w)")
_TO_OUR_MEN = re.compile(r"(?:\s+\S+){0,2}?\s+(?:ل|الي\s+|إلى\s+)(?:قوات|عناصر|مقاتلي|رجال|وحدات)نا(?!\w)")


def _subject(doc: _Doc, sent: Sentence, measure: str, mention_start: int, num_end: int, noun: _Counted,
             trigger: _Hit | None, claimant: Claimant, lex: Lexicon, limit: int | None = None) -> tuple[str | None, int]:
    """Whose people are counted, and where the words saying so end (`limit`: the next number)."""
    t = doc.norm.text
    base = noun.end if noun.end > 0 else num_end
    if measure in _THINGS:
        return None, base
    # the noun and its complement: "من قواتها", "موظفي السجن", "من قسد", "بين الطرفين"
    pos = noun.start if noun.start >= 0 else num_end
    found, end = _complement(doc, sent, pos, claimant, lex,
                             limit=min(limit, pos + 50) if limit is not None and limit > pos else None)
    if measure in ("attackers", "suicide_attackers"):
        # the attackers take the group the article names for the attack
        if claimant.party not in _NOT_SIDES and not claimant.medium and not claimant.party.endswith("_government") \
                and _OWN_FIGHTERS.match(t, pos + 3 if t.startswith("من ", pos) else pos):
            return claimant.party, base  # a group's statement: "5 من الإخوة الانغماسيين" are its own assault troops
        if noun.start >= 0 and _SETTLERS.match(t, noun.start):
            return "settlers", max(end, base)  # "هاجم عشرات المستوطنين القرية": settlers, a side of their own
        if found and found not in ("civilians", "both_sides", "prisoners", "people"):
            return found, end
        band = _BAND_OF.search(t, max(sent.start, mention_start - 70), mention_start) if measure == "attackers" else None
        if band is not None:
            # "مفرزة لعصابات داعش تضم زهاء سبعة عناصر": the group the band is of
            named = next((x.party for x in _entities_in(doc, band.start(), band.end()) if x.kind == "party" and x.party
                          and not x.party.endswith("_government") and x.party not in _NOT_SIDES), None)
            if named is not None:
                return named, base
        if measure == "suicide_attackers" and claimant.party not in _NOT_SIDES and not claimant.medium \
                and not claimant.party.endswith("_government") and doc.attacker in (None, claimant.party):
            return claimant.party, base  # a group's statement on its suicide bombers: its own men
        if claimant.party not in _NOT_SIDES and not claimant.medium and not claimant.party.endswith("_government") \
                and _ITS_OWN.search(t, pos, min(sent.end, pos + 60)):
            return claimant.party, base  # 'خمسة من عناصر "وحدة الضفادع" التابعة لها تسللوا': the speaker's own men
        return _militants(doc, claimant), base
    if measure in ("freed", "hostages") and not found and noun.start >= 0 and _WORKERS.match(t, noun.start):
        return "civilians", base  # "اختطفوا اثني عشر عاملاً"، "تحرير تسعة من العمال المختطفين": workers held are civilians
    if not found and doc.last_subject and sent.start <= doc.last_claim_end < mention_start and measure == doc.last_measure \
            and (their := _THEIR_TOLL.search(t, doc.last_claim_end, mention_start)) is not None \
            and doc.words_between(their.end(), mention_start) <= 12 \
            and any(x.party and (x.party == doc.last_subject or _forces(x.party) == doc.last_subject)
                    for x in _entities_in(doc, sent.start, doc.last_claim_end) if x.kind in ("party", "organ")):
        # (the side counted before named in the sentence: "الجيش الروسي خسر ..."; not "قتلوا 14 مسلحاً،
        # مؤكداً أن عدد قتلاه": the speaker's own dead)
        # "خسر 810 جنود قتلى ... ليرتفع إجمالي قتلاه إلى نحو 116 ألفاً و950 جندياً": "his dead" are
        # of the side just counted
        return doc.last_subject, base
    if not found and noun.noun_measure in ("killed", "wounded", "casualties") and noun.start >= mention_start \
            and (side := _SIDE_BEFORE.search(t, max(sent.start, mention_start - 50), mention_start)) is not None:
        # "فيما سقط من القوات الحكومية ثلاثة قتلى وتسعة جرحى", "وسقط في صفوف قوات الدعم السريع 40 قتيلاً":
        # the side named right before the toll
        forces, side_end = _forces_named_at(doc, side.end(), mention_start, claimant, lex)
        if forces and not t[side_end:mention_start].strip():
            return forces, base
    if not found and trigger is not None and trigger.end <= mention_start and trigger.cls == measure \
            and _TOLL_NOUN.fullmatch(t, trigger.start, trigger.end) \
            and doc.words_between(trigger.end, mention_start) <= 6 and noun.people in (None, "generic", "persons") \
            and not _INCIDENT_AT.match(t, trigger.end + 1) \
            and not _PART_OF.search(t, max(sent.start, trigger.start - 12), trigger.start):
        # "عدد قتلى الدعم السريع تجاوز 280"، "حصيلة شهداء الكوادر الصحية إلى 1,047": the toll noun's
        # own complement says whose (not across "بينهم" or a clause break: _complement stops there)
        got, got_end = _complement(doc, sent, trigger.end, claimant, lex, limit=mention_start)
        if got and got not in ("people", "both_sides") and t[trigger.end:trigger.end + 1] == " " \
                and not t.startswith((" من ", " في ", " جراء ", " بين "), trigger.end) and got_end <= mention_start:
            found, end = got, max(base, got_end)
    if not found and noun.start >= 0 and noun.end > noun.start and not _AND_AHEAD.match(t, noun.end, noun.end + 3):
        # "300 قتيل وجريح من عناصر الجيش الحكومي": whose, after a noun of two words
        # (a "و" right after the noun opens the next item: "12 فلسطينياً وقتل جندي إسرائيلي")
        found, end = _complement(doc, sent, noun.end, claimant, lex,
                                 limit=min(limit, noun.end + 50) if limit is not None and limit > noun.end else None)
        if not found and (least := _AT_LEAST_AFTER.match(t, noun.end)) is not None:
            # "28 قتيلاً على الأقل من عناصر طالبان": whose, past the trailing hedge
            found, end = _complement(doc, sent, least.end(), claimant, lex,
                                     limit=min(limit, least.end() + 50) if limit is not None and limit > least.end() else None)
    if not found and noun.start >= 0 and noun.people in (None, "generic") and noun.noun_measure is not None:
        nxt = _NEXT_ITEM.match(t, noun.end)
        if nxt is not None and nxt.end() < sent.end:
            # "سقط 4 شهداء و11 جريحاً في صفوف الجيش": whose, after the last item of a toll's list
            got, got_end = _complement(doc, sent, nxt.end(), claimant, lex, limit=min(sent.end, nxt.end() + 50))
            if got and got not in ("people", "civilians"):
                found, end = got, got_end
    if found and found.endswith("_forces") and noun.people == "mercenaries" and claimant.party != "houthis":
        return "foreign_fighters", end  # "15 من المرتزقة السوريين": foreign fighters of that nation, not its army
    if found and found.endswith("_forces") and noun.people in ("militants", "civilians", "children", "women", "protesters",
                                                             "crew", "prisoners", "suspects", "families") \
            and not (t.startswith("فلول", noun.start) and _ARMY_AFTER.match(t, noun.end)):
        # "ثلاثة من المهاجمين سلموا أنفسهم إلى القوات الأمنية": not the forces' men (but "فلول
        # الجيش", the army's remnants, are its men; "فلول النظام" are a fallen regime's, not the state's)
        found = None
    if not found and noun.end > 0 and _BODIES_OF.match(t, noun.start, noun.end + 2):
        # "11 جثة لمهاجرين", "5 جثث لمجندين": whose bodies, named after "ل"
        whose = lex.noun_scan.match(t, noun.end + 1)
        if whose is not None and whose[0].startswith("people:") and whose[0] not in ("people:generic",
                                                                                    "people:persons"):
            kind = whose[0][7:]
            return ("civilians" if kind == "families" else _militants(doc, claimant) if kind == "militants"
                    else kind), whose[2]
        if _match_at(lex.forces_words, t, noun.end + 1):
            forces = _state_forces(doc, claimant)
            if forces != "people":
                return forces, noun.end
    if found and noun.people in ("medical_staff", "journalists", "migrants") \
            and found not in ("children", "women", "both_sides"):
        found = noun.people  # "4 مسعفين من الهلال الأحمر", "مهاجرين إثيوبيين": their trade, not their employer's side
    elif found and noun.people == "hostages" and not found.endswith("_forces") \
            and found not in ("civilians", "children", "women", "both_sides", "prisoners", "suspects", "people"):
        found = "hostages"  # "5 رهائن كانت العناصر الإرهابية قد اختطفتهم": the captors named after them
    if found == "people" and measure == "freed" and doc.last_measure == "hostages":
        found = "hostages"  # "اختطفوا 20 شخصاً، أفرج عن ستة منهم": the kidnapped persons freed are hostages
    if found == "tribes" and measure == "captured" and noun.people == "persons":
        return "suspects", end  # "اعتقال 15 من أبناء القبائل": tribesmen arrested are suspects
    if found == "both_sides" and measure == "captured" and noun.people in ("persons", None):
        return "suspects", end  # "أوقف الجيش 9 أشخاص من الطرفين": those arrested after a clash are suspects
    if found and noun.start < 0 and doc.whole_subject and doc.last_claim_end >= sent.start \
            and _NATIONALITY_AFTER.match(t, them.end() if (them := _REFERS_BACK.match(t, num_end)) else num_end):
        return doc.whole_subject, base  # "بينهم ثلاثة يحملون الجنسية السودانية": the whole's men, of whatever nation
    if found:
        return found, end
    if noun.people == "persons" and _FOREIGNERS.match(t, noun.start) and doc.whole_subject \
            and doc.whole_subject not in _NOT_FIGHTERS and doc.last_claim_end >= sent.start \
            and _PART_OF.search(t, max(sent.start, mention_start - 16), mention_start):
        return "foreign_fighters", base  # "وأسر 11 آخرين بينهم 3 أجانب": foreigners among fighters
    if doc.whole_subject and noun.start >= 0 and _KIN.match(t, noun.start) and doc.last_claim_end >= sent.start \
            and _PART_OF.search(t, max(sent.start, mention_start - 16), mention_start):
        return doc.whole_subject, base  # "لقي 3 من أبناء العشائر حتفهم بينهم شقيقان": kin say nothing of the side
    if (noun.start < 0 or noun.noun_measure == measure) and noun.people is None and noun.thing is None \
            and doc.whole_subject and doc.whole_subject != "people" \
            and doc.last_claim_end >= sent.start and measure == doc.last_measure \
            and _PART_OF.search(t, max(sent.start, mention_start - 16), mention_start):
        return doc.whole_subject, base  # "إصابة 21 من جنودنا، بينهم تسعة في حالة حرجة": a bare part is of the whole
    if noun.people == "generic" and doc.whole_subject and doc.whole_subject not in _NOT_FIGHTERS \
            and doc.whole_subject != "people" and doc.last_claim_end >= sent.start \
            and _PART_OF.search(t, max(sent.start, mention_start - 16), mention_start):
        return doc.whole_subject, base  # "63 حوثياً بينهم قياديان": a rank among a side's dead is of that side
    lost = trigger is not None and trigger.end <= mention_start and doc.words_between(trigger.end, mention_start) <= 1 \
        and _LOST.match(t, trigger.start) is not None
    if not lost and noun.noun_measure == measure and measure in ("killed", "wounded", "casualties"):
        # "القوات الأوكرانية فقدت على هذا المحور منذ مطلع أكتوبر قرابة 16 ألف قتيل": a verb of losing
        # before a toll noun, where and since when between them (no clause break, no other figure)
        lo = max(sent.start, _back_words(doc, mention_start, 9))
        if (verb := _LOSS_VERB.search(t, lo, mention_start)) is not None \
                and not _LOSS_GAP_BREAK.search(t, verb.end(), mention_start):
            trigger = _Hit(verb.start(1), verb.end(), measure)
            lost = True
    if lost:
        # "أفادت الأركان الأوكرانية بأن الجيش الروسي خسر 810 جنود": the side named as the loser
        # (past a name that only qualifies it: "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة خسرت")
        qualified = False
        for x in reversed(_entities_in(doc, max(sent.start, trigger.start - 90), trigger.start)):
            if _is_attribute(doc, x):
                qualified = True
                continue
            if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES \
                    and doc.words_between(x.end, trigger.start) <= (6 if qualified else 1):
                return _forces(x.party), base
            break
    if lost and claimant.party not in _NOT_SIDES and not claimant.medium:
        own = lex.own_forces.search(t, max(sent.start, trigger.start - 16), trigger.start)
        if own is not None and _OWN_LOSS_GAP.fullmatch(t, own.end("w"), trigger.start):
            return _forces(claimant.party), base  # "إن قواتها خسرت 16 عنصراً": the speaker's own men
        if _WE_LOST.match(t, trigger.start) and noun.people in (None, "generic", "persons") \
                and (claimant.party.endswith("_government") or _armed_group(claimant.party, doc.gazetteer)):
            return _forces(claimant.party), base  # "فقدنا 11 رجلاً" in an army officer's words: his side's men
    if noun.people == "generic" and noun.end > 0 and _TERRORIST_AFTER.match(t, noun.end):
        return _militants(doc, claimant), base  # "90 عنصراً إرهابياً": the enemy group's men, in a state's words
    if noun.start >= 0 and t.startswith("مرافق", noun.start):
        # "توقيف قائد مجلس ... مع 4 من مرافقيه", "اغتيال القيادي في ... ومقتل اثنين من مرافقيه":
        # the companions share the side of the man named before them in the sentence
        near = 90 if _WITH_BEFORE.search(t, max(sent.start, mention_start - 8), mention_start) else 240
        for x in reversed(_entities_in(doc, max(sent.start, mention_start - near), mention_start)):
            if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES:
                return _forces(x.party), base
    if measure in ("killed", "wounded", "captured") and trigger is not None and trigger.end <= mention_start \
            and claimant.party not in _NOT_SIDES and not claimant.medium \
            and doc.words_between(trigger.end, mention_start) <= 4 \
            and _OWN_TOLL.fullmatch(t, trigger.start + (1 if t[trigger.start] in "وفبل" else 0), trigger.end):
        return _forces(claimant.party), base  # "عدد قتلاها لا يتجاوز 11 مقاتلاً": the speaker's own dead
    if measure == "killed" and trigger is not None and trigger.end <= mention_start \
            and _MARTYRED.match(t, trigger.start) and noun.start > mention_start \
            and _OWN_MEN.match(t, noun.start) and claimant.party not in _NOT_SIDES \
            and not claimant.party.endswith("_government") and not claimant.medium:
        # "واستشهاد ثلاثة من مقاتلي اللواء 35" in an armed body's own statement: its martyrs are its men
        return claimant.party, base
    if noun.start > mention_start and _MUJAHIDEEN.match(t, noun.start) and claimant.party not in _NOT_SIDES \
            and not claimant.party.endswith("_government") and not claimant.medium \
            and (side := doc.gazetteer.get(claimant.party)) is not None and side.kind == "party" \
            and not side.country and side.role not in _UNARMED_ROLES:
        # "وأضاف البيان أن 3 من المجاهدين نالوا الشهادة" in a jihadist group's own words: its own men
        return claimant.party, base
    if measure == "killed":
        lo = max(sent.start, mention_start - 50)  # (each verb of _MOURNED holds "زف" or "نع": looked for first)
        mourn = _MOURNED.search(t, lo, mention_start) \
            if t.find("زف", lo, mention_start) >= 0 or t.find("نع", lo, mention_start) >= 0 else None
        if mourn:
            # "نعت حركة الجهاد اثنين من مقاتليها", "وزفت المقاومة الشهيدين": a side mourns its own dead
            for x in _entities_in(doc, mourn.end(), mention_start):
                if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES \
                        and not x.party.endswith("_government"):
                    return x.party, base
            if claimant.party not in _NOT_SIDES and not claimant.party.endswith("_government"):
                return claimant.party, base
            if _RESISTANCE.match(t, mourn.start(1)) and (doc.attacker or doc.main_group):
                return doc.attacker or doc.main_group, base
    if _THEM_BEFORE.search(t, max(sent.start, mention_start - 8), mention_start):
        # "اشتبكت مع مستنفرين تابعين للجيش، وقتلت منهم 43": those named last in the sentence
        last = None
        for cls, a, b in lex.noun_scan.finditer(t, max(sent.start, mention_start - 160), mention_start):
            if cls.startswith("people:"):
                last = (cls[7:], b)
        if last is not None:
            got, _ = _complement(doc, sent, last[1], claimant, lex, limit=min(mention_start, last[1] + 50))
            if got:
                return got, base
            if last[0] in ("civilians", "children", "women", "prisoners", "hostages", "suspects"):
                return last[0], base
    if noun.noun_measure and noun.noun_measure != measure and noun.noun_measure in doc.subject_of \
            and _FROM_THE.match(t, num_end) and t.startswith("ال", noun.start):
        return doc.subject_of[noun.noun_measure][0], base  # "وفاة 3 من المصابين": the wounded counted before
    if _OTHERS.match(t, base) or _OTHERS.match(t, num_end):
        if doc.last_claim_end < sent.start and noun.start < 0:
            # "أن جندياً قتل وأصيب 2 آخران": the others of a lone soldier named in this sentence
            # (no figure counted yet in it), not of the figure of the sentence before
            lone = None
            for cls, a, b in lex.noun_scan.finditer(t, max(sent.start, mention_start - 40), mention_start):
                if cls.startswith("people:"):
                    lone = (cls[7:], a)
            if lone is not None and _match_at(lex.forces_words, t, lone[1]):
                forces = _state_forces(doc, claimant)
                if forces != "people":
                    return forces, base
            elif lone is not None and lone[0] in _LONE_SUBJECTS:
                # "أدت إلى استشهاد مواطن وإصابة اثنين آخرين": the others of a lone civilian
                return _LONE_SUBJECTS[lone[0]], base
        if (doc.whole_subject or doc.last_subject) and not (
                noun.start >= 0 and not (doc.whole_subject or doc.last_subject).endswith("_forces")
                and _match_at(lex.forces_words, t, noun.start)):
            return doc.whole_subject or doc.last_subject, base
    if noun.people == "civilians" and measure == "captured" and _CITIZENS.match(t, noun.start):
        return "suspects", base  # "اعتقلت 30 مواطناً": citizens arrested are suspects (civilians stay so)
    if noun.people in ("civilians", "children", "women", "prisoners", "hostages", "suspects", "smugglers",
                       "medical_staff", "journalists", "migrants", "crew", "activists"):
        return noun.people, base
    if noun.people == "protesters":
        return ("suspects" if measure == "captured" else "protesters"), base
    if noun.people == "families":
        return "civilians", base
    if noun.people == "militants" and noun.end > 0 and (loyal := _LOYAL_TO.match(t, noun.end)) is not None:
        # "7 من قوات النظام و5 من المسلحين الموالين لها"، "المسلحين الموالين لقوات النظام": gunmen
        # loyal to a side are of that side (the one named last before "لها")
        side, upto = None, loyal.end()
        if loyal.group(1):
            named = [x for x in _entities_in(doc, sent.start, mention_start)
                     if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES]
            side = named[-1].party if named else None
        elif (x := next(iter(_entities_in(doc, loyal.end(), loyal.end() + 4)), None)) is not None \
                and x.kind in ("party", "organ") and x.party not in _NOT_SIDES:
            side, upto = x.party, x.end
        if side:
            return _forces(side), upto
    if noun.people == "militants":
        if measure in ("attackers", "suicide_attackers"):
            return _militants(doc, claimant), base
        return _enemy_militants(doc, claimant), base
    if noun.people == "mercenaries":
        # "47 مرتزقاً", "العشرات من مرتزقة العدوان": the Houthis' name for the Yemeni government's
        # forces, the SDF's for the Turkish-backed factions ("قتلت أكثر من 40 مرتزقاً");
        # elsewhere foreign fighters (Wagner in Mali, Syrians in Libya)
        return _hired(doc, claimant), base
    if noun.people == "forces":
        return _state_forces(doc, claimant), base
    if noun.noun_measure == "escaped" and measure in ("captured", "at_large", "killed", "surrendered"):
        return "prisoners", base  # "اعتقال جميع الفارين": the escaped are prisoners
    if noun.people == "generic" and noun.start >= 0 and doc.last_subject and doc.last_claim_end >= sent.start - 400 \
            and _THE_MEMBERS.match(t, noun.start) and doc.last_subject not in _NOT_FIGHTERS \
            and doc.last_subject not in ("people", "both_sides", "militants") and not _TO_SIDE_AHEAD.match(t, noun.end):
        # "بمقتل ثلاثة من عناصر الحشد ... . وقال المصدر إن ... مقتل ثلاثة من المقاتلين": "the fighters"
        # with no side of their own are those just counted
        return doc.last_subject, base
    # "قتلى قوات قسد ... بلغ 200", "ضحايا من المدنيين ... 11 شخصا": the words after an
    # earlier event word of the same measure in the sentence
    for hit in reversed(_triggers_in(doc, sent.start, mention_start)):
        if hit.cls == measure and noun.start >= 0 and (_match_at(lex.forces_words, t, noun.start) or t.startswith(("شخص", "اشخاص"), noun.start)) \
                and sent.start <= doc.last_claim_end and hit.end <= doc.last_claim_end:
            break  # "الخسائر البشرية للميليشيا تجاوزت 40 ... وأن 7 جنود قتلوا": that word served the figure before
            # ("مقتل صحفيين اثنين في الهجوم الذي أودى بحياة 17 شخصاً": persons of their own)
        if hit.cls == measure and _EXCLUDING.search(t, max(sent.start, hit.start - 24), hit.start):
            continue  # "الأرقام لا تشمل القتلى من العسكريين": those left out of the count say nothing of its people
        if hit.cls == measure and _MOURN_VERB.fullmatch(t, hit.start, hit.end):
            continue  # "نعت الحكومة الضحايا وقالت إن الهجوم حصد أرواح 9 أشخاص": the mourner, not the dead
        if hit.cls == measure and _VERB_OF_THEM_END.search(t, hit.start, hit.end):
            continue  # "عدد الذين قتلتهم قوات الاحتلال": the words after a verb with its object are its agent
        if hit.cls == measure and measure != "surrendered":  # ("سلموا أنفسهم لقوات الأمن": to whom)
            at = hit.end + 1 if t.startswith(" ", hit.end) else hit.end
            incident = _INCIDENT_AT.match(t, at)  # "ضحايا الحادثين الإرهابيين": the incidents' adjective, no people
            got, got_end = _complement(doc, sent, incident.end() if incident else hit.end, claimant, lex,
                                       limit=min(mention_start, hit.end + 40))
            if got and got not in _NOT_SIDES and got not in _NOT_FIGHTERS and got_end < mention_start \
                    and (t[got_end:mention_start].strip() in ("", "عن", "علي")
                         or _PREP_BEFORE_FIGURE.fullmatch(t, got_end, mention_start)) \
                    and not 0 <= noun.start < mention_start and not t.startswith("ال", hit.start) \
                    and (_AGENT.match(t, hit.end) or _DOER_VERB.fullmatch(t, hit.start, hit.end)
                         and not t.startswith((" من", " بين", " في"), hit.end)):
                continue  # "قتلت القوات الإسرائيلية خمسة فلسطينيين": the verb's agent, right before the count
                # (or before its preposition: "أفرجت سلطات الاحتلال عن 476 أسيراً"); after a verb any
                # name is its doer ("وقتل داعش 40 شخصاً"), where after a toll noun it says whose ("قتلى داعش",
                # "الحصيلة المؤقتة في صفوف القوات المسلحة بلغت خمسة قتلى": a noun has no agent)
            if got:
                return got, base
    if measure == "other" and noun.people == "persons" and _HOUSES_BEFORE.search(t, max(sent.start, mention_start - 24), mention_start):
        return "civilians", base  # those a site shelters
    if noun.people == "persons":
        # plain persons: those arrested are suspects, those who flee a prison prisoners, those
        # freed, held or killed just people
        if measure == "escaped":
            return _escapees(doc, sent, mention_start), base
        return {"captured": "suspects", "displaced": "civilians"}.get(measure, "people"), base
    # "عدد عناصر القوات الأمنية الذين قتلوا ... إلى 46": whose, in the counting frame (also where
    # a bare member noun follows the figure: "عدد العناصر الإرهابية ... ارتفع إلى 36 عنصراً")
    if noun.start < 0 or noun.people == "generic" and noun.start > mention_start and noun.noun_measure is None \
            and _match_at(_MEMBERS, t, noun.start):
        got = _frame_subject(doc, sent, mention_start, claimant, lex)
        if got:
            return got, base
    if noun.start < 0:
        before = doc.subject_of.get(measure)
        if before is not None and before[1] == claimant.party and claimant.party != "unknown" \
                and _REVISE.search(t, max(sent.start, mention_start - 80), mention_start):
            return before[0], base  # "ارتفعت حصيلة القتلى إلى 10": the claimant's toll counted before
    # "مقتل 17 من قواتها وإصابة 23": a figure joined to the one before shares its people
    if doc.last_subject and doc.last_claim_end >= sent.start \
            and _JOINED.search(_PART_CLAUSE.sub("", t[doc.last_claim_end:mention_start], count=1)) \
            and not (t.find("مقابل", doc.last_claim_end, mention_start) >= 0
                     and _VERSUS.search(t, doc.last_claim_end, mention_start)) \
            and not (noun.start >= 0 and not (doc.whole_subject or doc.last_subject).endswith("_forces")
                     and _match_at(lex.forces_words, t, noun.start)):
        # (not "11 من مرتزقة فاغنر، وأسروا خمسة جنود": soldiers after a group's men are the state's)
        return doc.whole_subject or doc.last_subject, base
    if noun.start >= 0 and _match_at(lex.forces_words, t, noun.start):
        side = _ON_THE_SIDE.search(t, max(sent.start, mention_start - 40), min(sent.end, noun.end + 40))
        state = _demonym_after(doc, side.end()) if side is not None else None
        if state is not None:
            return _forces(state), base  # "قُتل في الجانب الإسرائيلي أكثر من 80 جندياً": the side named
        return _state_forces(doc, claimant), base
    if measure == "freed" and claimant.party not in _NOT_SIDES and not (
            trigger is not None and (_RELEASE.search(t, trigger.start, trigger.end)
                                     or t.startswith(("المحرر", "المفرج"), trigger.start))):
        # (not "من بين المحررين 25 أسيرة": those freed, by no doer the words name)
        # a side announcing it freed (rescued) captives: its own people; those it released
        # ("أطلق الحوثيون سراح 50 أسيراً") were held by it, the enemy's
        return _forces(claimant.party), base
    if measure == "captured" and noun.people == "generic" and _match_at(_MEMBERS, t, noun.start):
        return _militants(doc, claimant), base  # "أسر 4 عناصر": members of an armed group
    if measure == "escaped":
        return _escapees(doc, sent, mention_start), base
    if measure == "killed" and trigger is not None and t.startswith(("هلاك", "هلك"), trigger.start) \
            and noun.people in (None, "generic") and _armed_group(claimant.party, doc.gazetteer):
        # "اشتبكوا مع عناصر الجيش الموزمبيقي ... ما أسفر عن هلاك 4 عناصر" in a jihadist's words: the
        # enemy's men, of the other side named last in the sentence, else the enemy of the story
        side = next((x.party for x in reversed(_entities_in(doc, sent.start, mention_start))
                     if x.kind in ("party", "organ") and x.party and x.party != claimant.party
                     and x.party not in _NOT_SIDES and not _is_attribute(doc, x)), None)
        return ((_forces(side) or side) if side else _the_enemy(doc, claimant)), base
    if measure == "killed" and (own := _own_martyrs(doc, trigger, noun, claimant)) is not None:
        return own, base  # "وزفّت الحركة تسعة شهداء"، "الجيش السوداني: 9 شهداء": a side's own dead
    if measure == "surrendered" and noun.people is None and doc.last_subject == "prisoners" and doc.last_claim_end >= sent.start \
            and _PART_OF.search(t, max(sent.start, mention_start - 16), mention_start):
        return "prisoners", base  # "أعيد 26 سجيناً، بينهم 5 سلموا أنفسهم": a part of the prisoners counted
    defaults = {"at_large": doc.attacker or "prisoners", "detainees": "prisoners",
                "displaced": "civilians", "hostages": "hostages", "freed": "hostages",
                "surrendered": _militants(doc, claimant), "captured": doc.attacker or "suspects"}
    return defaults.get(measure, "people"), base


def _own_martyrs(doc: _Doc, trigger: _Hit | None, noun: _Counted, claimant: Claimant) -> str | None:
    """Martyrs in the words of an armed side with no state (or a state's army) are its own men,
    where nothing else says whose: no side calls the enemy's dead martyrs; so are the men a side
    says it lost ("فقدت عنصرين"). A side that runs a
    state's offices (its health ministry counts civilians so) and any other speaker: None."""
    t = doc.norm.text
    at = [(trigger.start, trigger.end)] if trigger is not None else []
    if noun.start >= 0:
        at.append((noun.start, noun.end))
    lost = trigger is not None and t.startswith("فقد", trigger.start) and t[trigger.start:trigger.end] != "فقد"
    if not lost and not any(_MARTYR.search(t, a, b) for a, b in at):
        return None
    party = claimant.party
    if not party or claimant.medium and party != doc.outlet_party:
        return None
    if party.endswith("_government"):
        return _forces(party) if claimant.cue and _MILITARY_HEAD.match(claimant.cue) else None
    entry = doc.gazetteer.get(party)
    if entry is None or entry.kind != "party" or entry.country or entry.role in _UNARMED_ROLES \
            or "coalition" in party or party in _office_runners(doc.gazetteer) or party in _GOVERNS_PEOPLE \
            or party in _NOT_SIDES or claimant.cue and _CIVIL_OFFICE.search(claimant.cue):
        return None
    if (before := doc.subject_of.get("killed")) is not None and before == ("civilians", party):
        return "civilians"  # "قُتل 23 مدنياً ... ارتفع عدد الشهداء إلى 23 شهيداً": the side's own count of civilians
    return _forces(party) or party


_MARTYR = re.compile(r"شهيد|شهداء|استشهد|استشهاد|الشهاده|ارتقي|ارتقاء|ارتقوا")
# Sides that govern a people whose dead they count as martyrs (Gaza's authorities), and the civil
# offices of any side ("وزارة الصحة"، "المكتب الإعلامي الحكومي"، "هيئة الصحة").
_GOVERNS_PEOPLE = {"hamas"}
_CIVIL_OFFICE = re.compile(r"وزاره|وزير|صحه|حكوم|بلدي|مستشفي|مشفي|طبي|دفاع\s+مدني|اسعاف|ادار")


def _hired(doc: _Doc, claimant: Claimant) -> str:
    """Whom a side calls mercenaries: the Houthis the Yemeni government's forces, the Kurdish
    forces the Turkish-backed factions, or the armed group the story is about where that is
    another (the Islamic State at Baghouz); anyone else foreign fighters (Wagner in Mali,
    Syrians in Libya)."""
    hired = _MERCENARIES_IN_VOICE_OF.get(claimant.party, "foreign_fighters")
    story = doc.next_group if doc.main_group == claimant.party else doc.main_group
    if hired == "sna" and story and story not in (claimant.party, "sna", *_CALL_FACTIONS_HIRED):
        return story
    return hired


def _escapees(doc: _Doc, sent: Sentence, pos: int) -> str:
    """Who got away: prisoners where a jail is named near, hostages where captives were held in
    the paragraphs before ("يحتجزون رهائن" ... "فرّ عشرات الركاب"), else prisoners."""
    t = doc.norm.text
    lo = max(0, pos - 500)
    if _PRISON.search(t, lo, sent.end) is None and _HELD_BEFORE.search(t, lo, pos) is not None:
        return "hostages"
    return "prisoners"


# Words of releasing captives ("أطلق سراح", "أفرج"), not of rescuing them.
_RELEASE = re.compile(r"سراح|افرج|الافراج")
# A call or demand ("طالبت ... بـ", "دعا إلى", "مناشدة ... لـ") up to five words before a release word.
_DEMAND = re.compile(r"(?<!\w)(?:و|ف|ل|ب|لل|بال|ال)?(?:طالب|طالبت|طالبوا|يطالب|تطالب|يطالبون|مطالبه|مطالبا|مطالبين|"
                     r"مطالبات|دعا|دعت|دعوا|يدعو|تدعو|يدعون|دعوه|دعوتها|دعوته|دعوتهم|دعوات|داعيا|داعيه|داعين|"
                     r"ناشد|ناشدت|يناشد|تناشد|مناشده|حث|حثت|يحث|تحث)(?!\w)(?:\W+\w+){0,5}?\W*$")
# Where people are saved from danger, not from captors: the sea, a wreck, the rubble, a flood.
_PERIL = re.compile(r"بحر|غرق|انقاض|ركام|احياء|قارب|زورق|مركب|المياه|الفيضان|السيول")
# Right after a counted noun: "بين ..."، "منهم ..." (the parts or kinds of those counted).
_AMONG_THEM = re.compile(r"\s*(?:،\s*|)(?:من\s+|)(?:بين|بينهم|منهم)\s")
# "والمدنيين" after "من الطرفين": civilians counted with both sides' fighters.
_AND_CIVILIANS = re.compile(r"\s*(?:،\s*|)و(?:من\s+|)(?:ال|)مدنيين(?!\w)")
# "من الرهائن" after the dead or wounded: whose they were.
_OF_HOSTAGES = re.compile(r"\s*من\s+(?:بين\s+|)(?:ال|)(?:رهائن|مخطوفين|مختطفين)(?!\w)")
# Words of kidnapping and hostage-taking; with those of holding, of captivity.
_KIDNAP_WORD = re.compile(r"خطف|خطوف|ختطف|رهائن|رهين")
_CAPTIVITY = re.compile(_KIDNAP_WORD.pattern + r"|محتجز|احتجاز|قراصن|اسر(?:ي|هم|ها)")
# A member noun qualified as terrorist or takfiri: "عنصراً إرهابياً", "عناصر تكفيرية".
_TERRORIST_AFTER = re.compile(r"\s*\"?\s*(?:ال|)(?:ارهابي|تكفيري|متطرف)\w*(?!\w)")
# "مع" right before a figure: "مع 4 من مرافقيه" (with four of his companions).
_WITH_BEFORE = re.compile(r"(?<!\w)مع\s+$")
# Bodies counted, then whose: "جثة لمهاجرين", "جثث لجنود".
_BODIES_OF = re.compile(r"(?:ال|)(?:جثه|جثث|جثامين|رفات)\s+ل(?!ل)")

# The next item of a toll (a figure and its event noun): "4 شهداء و11 جريحاً ...".
_NEXT_ITEM = re.compile(r"\s+و\s*\d[\d,.]*\s*(?:قتيل\w*|قتلي|جريح\w*|جرحي|مصاب\w*|شهيد\w*|شهداء|اسير\w*|اسري)(?=\s)")
# Foreigners ("أجانب"): among fighters a part of their own (foreign_fighters), else persons.
_FOREIGNERS = re.compile(r"(?:ال|)(?:اجانب|اجنبيا|اجنبيين)(?!\w)")
_NOT_FIGHTERS = {"civilians", "people", "children", "women", "hostages", "prisoners", "migrants", "journalists",
                 "medical_staff", "families", "suspects"}
# Kin ("شقيقان", "أب وابنه", "أشقاء"): a part named so keeps the whole's side.
_KIN = re.compile(r"(?:ال|)(?:شقيق\w*|اشقاء|اخوان|اخوين|شقيقت\w*|ابناء عم|اب\s+وابن\w*|اب\s+واولاد\w*|ابن\s+وابن\w*)(?!\w)")
# A side announcing or mourning its dead: "زفت", "نعت", "تنعى" and the words up to the figure.
_MARTYRED = re.compile(r"(?:و|ف|ب)?(?:استشهاد|استشهد)")
_OWN_MEN = re.compile(r"(?:من\s+|)(?:مقاتلي|عناصر|منتسبي|افراد)(?!\w)")
_MOURN_WORDS = r"(?:و|ف)?(?:زف|زفت|يزف|تزف|نعي|نعت|ينعي|تنعي|نعوا)"
_MOURNED = re.compile(rf"(?<!\w){_MOURN_WORDS}\s+((?:\S+\s+){{0,4}})(?:ال|)$")
_MOURN_VERB = re.compile(_MOURN_WORDS)  # the verb alone (an event word of its own before the figure)
_MUJAHIDEEN = re.compile(r"(?:من\s+|)[\"«]?(?:ال|)مجاهد(?:ين|ون|ا)?(?!\w)")
_RESISTANCE = re.compile(r"(?:ال|)مقاومه(?!\w)")
# An event word then "منهم" before a figure ("وقتلت منهم 43"); with "منها" too ("توفي منها 63").
_VERB_THEM = re.compile(r"(\w+)\s+(?:منهم|منهن)\s*$")
_VERB_OF_THEM = re.compile(r"(\w+)\s+(?:منهم|منهن|منها)\s*$")


def _event_of_them(t: str, lex: Lexicon, lo: int, pos: int, pattern: re.Pattern = _VERB_OF_THEM) -> bool:
    """An event word, then "منهم", right before the figure at pos ("وقتلت منهم 43", "استقبل 100
    جريح توفي منهم 19")."""
    verb = pattern.search(t, max(lo, pos - 24), pos)
    hit = lex.trigger_scan.match(t, verb.start(1)) if verb else None
    return hit is not None and hit[2] == verb.end(1)


# "منهم" right before a figure ("وقتلت منهم 43"): of those named before.
_ELIMINATED_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(?:قضت|قضي|قضوا|القضاء|تحييد|حيدت|حيد|تصفيه|صفت)\s+(?:علي\s+)?(?:\S+\s+){0,2}\S+$")  # (up to the figure)
_WHOLE_SUBJECT = {"civilians": "civilians", "families": "civilians", "children": "children", "women": "women",
                  "migrants": "migrants", "prisoners": "prisoners", "journalists": "journalists", "persons": "people"}
# "3,500 شخص، أي "، "نحو 2100 شخص (": what follows says it again
_RESTATED = re.compile(r"\s*(?:\w+\s*)?(?:[،,]?\s*(?:اي|يعني)|\()\s*")
_THEM_BEFORE = re.compile(r"(?<!\w)(?:منهم|منهن)\s*$")
# A unit "of its own" ("التابعة لها"): the speaking side's men.
_ITS_OWN = re.compile(r"(?<!\w)(?:ال|)تابع\w*\s+(?:له|لها|لهم)(?!\w)")
# "3 من المصابين": some of those counted before under another measure.
_FROM_THE = re.compile(r"\s*من\s+ال")
# Citizens and residents arrested are suspects; shepherds, farmers or students taken stay civilians.
_CITIZENS = re.compile(r"(?:و|ب|ل)?(?:ال|)(?:مواطن\w*|اهالي|اهال|سكان|متظاهر\w*|محتج\w*)(?!\w)")
# "the fighters", "the members" (definite, no side after them): those named before.
_THE_MEMBERS = re.compile(r"(?:ال)(?:مقاتلين|عناصر|مقاتلون)(?!\w)")
_TO_SIDE_AHEAD = re.compile(r"\s+(?:من\s+|في\s+)?(?:ال|)(?:تابعين|التابعين|المنتمين|قوات|جيش|تنظيم|جماعه|حركه|ميليشيا)")
# Loyal to a side, right after armed men: "الموالين لها"، "الموالين لقوات النظام" (group 1 the pronoun).
_LOYAL_TO = re.compile(r"\s+(?:ال|)(?:موالين|مواليه|موالون|موالي)\s+(?:(له|لها|لهم)(?!\w)|(?=ل))")
# Members of an armed body named without their side ("عناصر", "مقاتلين", "مسلحين").
_MEMBERS = re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال|)(?:عنصر(?:ا|ين|ان|)|عناصر|مقاتل\w*|مسلح\w*)(?!\w)")
# Between two figures of one statement: "و" (glued or not), "إضافة إلى", "فضلاً عن".
_JOINED = re.compile(r"^\W*(?:\w+\W+){0,2}(?:و\w*|فيما|بينما|(?:ب|)اضافه\s+(?:الي|ل\w*)|فضلا\s+عن|علاوه\s+علي)\W*(?:\w+\W+){0,3}$")
# A counting frame before a bare figure: "عدد ...", "حصيلة ...".
# A part named without a figure between the whole and the next item: "47 مرتزقاً بينهم قائد كتيبة، وإصابة العشرات".
_PART_CLAUSE = re.compile(r"^\W*(?:من\s+|)(?:بينهم|بينهن|منهم|منهن)\s[^،,.\d]{0,40}(?=[،,])")
_FRAME = re.compile(r"(?<!\w)(?:و|ب|ل)?(?:ال|)(?:عدد|اعداد|حصيله|ارقام)\s+")


def _match_at(pat: re.Pattern, t: str, p: int) -> re.Match | None:
    """pat.match at p, also when the word is glued to digits ("14جنديا": the word lists
    look behind for a word boundary); the match is on a slice, only truthiness is used."""
    if p > 0 and t[p - 1].isdigit():
        return pat.match(t[p:p + 60])
    return pat.match(t, p)


def _mission_before(doc: _Doc, pos: int) -> str | None:
    """The peacekeeping mission named last before pos (a UN or African Union mission)."""
    for x in reversed(doc.entities[:bisect_left(doc.entity_starts, pos)]):
        if x.kind == "organ" and x.id and (entry := doc.gazetteer.get(x.id)) is not None and entry.role == "mission" \
                and x.id in _PEACEKEEPING:
            return x.id
    return None


# Missions with troops (not the political missions: UNSMIL, UNMHA).
_PEACEKEEPING = frozenset({"unifil", "minusma", "monusco", "minusca", "unmiss", "atmis", "amisom", "undof"})


def _enemy_militants(doc: _Doc, claimant: Claimant | None) -> str:
    """_militants, never the side speaking: "وقتلت ثلاثة منهم" of the gunmen it fought, in the
    words of the side the story names for the attack, are the other armed group or gunmen."""
    got = _militants(doc, claimant)
    if claimant is None or got != claimant.party:
        return got
    if doc.main_group and doc.main_group != got:
        return doc.main_group
    return doc.next_group if doc.next_group and doc.next_group != got else "militants"


def _the_enemy(doc: _Doc, claimant: Claimant) -> str:
    """Whom a side calls the enemy or the aggressors ("من عناصر العدو"، "من المعتدين"): for a state,
    the armed group it fights (_enemy_militants); for an armed group, the other group of the
    story, else the forces of the story's state. (The jihadists' "apostates" are the story's state
    forces whoever speaks: see the "apostates" class in _complement.)"""
    party = claimant.party
    other = _enemy_militants(doc, claimant)
    if not party or party.endswith("_government") or party in _NOT_SIDES or other != "militants":
        return other
    forces = _state_forces(doc)
    return forces if forces not in ("people", _forces(party)) else other


_CONTRACTORS = frozenset({"wagner", "africa_corps"})


def _militants(doc: _Doc, claimant: Claimant | None = None) -> str:
    """Gunmen of no named side: the group the article names for the attack, else the armed
    group it names most (by name, organ or channel) unless that group is the one speaking
    (a side calls its enemies "attackers", not itself), else `militants`."""
    # (Russia's contractors fight beside the state that hires them: never the gunmen in its words)
    ally = claimant is not None and claimant.party.endswith("_government")
    if doc.attacker and not (ally and doc.attacker in _CONTRACTORS):
        return doc.attacker
    if doc.main_group and (claimant is None or claimant.party != doc.main_group) \
            and not (ally and doc.main_group in _CONTRACTORS):
        return doc.main_group
    if doc.group_counted and claimant is not None and claimant.party not in _NOT_SIDES \
            and claimant.party != doc.group_counted:  # (a side speaking of the gunmen it fought)
        return doc.group_counted  # "لقي 3 من أبناء العشائر حتفهم ... حيدت قسد 11 مسلحاً": the side counted before
    if doc.main_group and doc.next_group and claimant is not None and claimant.party == doc.main_group:
        # "قالت قوات حفتر إنها قتلت ما يزيد عن مئة إرهابي" (Haftar's forces named most): the other side
        return doc.next_group
    return "militants"


# Who an armed group takes (hostages) where a state arrests (captured).
# Gunmen of no name: the subject right before a verb ("إن مسلحين اقتادوا"، "وكان خاطفون قد احتجزوا"),
# or attackers a few words before their plural verb ("أن المهاجمين أحرقوا ... واقتادوا").
_GUNMEN_WORDS = r"مسلح(?:ون|ين)|خاطف(?:ون|ين)|ملثم(?:ون|ين)|عصابه|عصابات"
_GUNMEN = re.compile(rf"(?<!\w)(?:و|ف)?(?:ال|)(?:{_GUNMEN_WORDS}|مهاجم(?:ون|ين))(?!\w)")
_GUNMEN_BEFORE = re.compile(rf"(?<!\w)(?:و|ف)?(?:ال|)(?:{_GUNMEN_WORDS}|مجهول(?:ون|ين))"
                            r"(?:\s+(?:مجهول(?:ون|ين)|ملثم(?:ون|ين)|مسلح(?:ون|ين|ه)))?\s+(?:(?:كان|كانت|كانوا)\s+)?(?:قد\s+|)[\"«]?$")
# ("العصابة كانت تحتجز نحو 150 شخصاً": the gang, then what it was doing)
_GUNMEN_AFTER = re.compile(rf"\s+(?:ال|)(?:{_GUNMEN_WORDS})(?!\w)")  # "تحتجز عصابات التهريب مئات المهاجرين"
_SENTENCE_GAP = re.compile(r"[.؛;:!?؟]")
_PLURAL_VERB_AT = re.compile(r"\w+وا(?!\w)")  # a verb in the masculine plural ("اقتادوا", "واحتجزوا")
# Verbs of holding and leading away ("احتجز", "اقتاد"), not of arresting ("اعتقلت طالبان عشرات المدنيين")
# nor of taking prisoners in battle ("أسروا 14 جندياً").
_LED_AWAY = re.compile(r"احتجز|اقتاد")
# a toll with a possessive pronoun: "إجمالي قتلاه", "عدد جرحاها", "خسائرهم"
_THEIR_TOLL = re.compile(r"(?<!\w)(?:قتلا|جرحا|اسرا|خسائر|ضحايا|شهداء)(?:ه|ها|هم)(?!\w)")
# a place that holds people, right before their figure: "المدرسة تضم أكثر من"، "يقطنها نحو"
_PLACE_HOLDS = re.compile(r"(?<!\w)(?:ال|)(?:مدرسه|المدرسه|مدارس|مسجد|كنيسه|مخيم|قريه|بلده|مدينه|جامعه|سكن|مبني|مجمع)\s+"
                          r"(?:\w+\s+|)(?:تضم|يضم|تستوعب|يستوعب|يقطنها|يقطنه|يسكنها|يسكنه)\s+(?:\S+\s+){0,3}$")
# Those of the wounded sent home ("غادر 195 منهم بعد تلقي العلاج"، "خرج 30 منهم"): no part of the toll.
_DISCHARGED = re.compile(r"(?<!\w)(?:و|ف)?(?:غادر|غادرت|غادروا|يغادر|خرج|خرجوا|تماثل|تماثلوا|اخلي|سرح|سرحوا)(?!\w)|الشفاء|تعافي")
# Verbs of living in a place: "يقطنه"، "يسكنها"، "يقيم فيه"، "يعيش فيها".
_RESIDE = re.compile(r"(?<!\w)(?:و|ف)?(?:[يت](?:قطن|سكن)(?:ه|ها)?|[يت](?:قيم|عيش)\s+(?:فيه|فيها|به|بها))(?!\w)")
# "فارق ... الحياة" around its subject: died
# (several words between, or "لفظ ... أنفاسه": an event word of its own, added to the scan's in
# extract_normalized: "فارق اثنان آخران من المصابين الحياة")
_SPLIT_DEATH = re.compile(r"(?<!\w)(?:و|ف)?(?:فارق|فارقت|فارقوا|فارقا|فارقتا|يفارق|تفارق|لفظ|لفظت|لفظوا|لفظا)\s+"
                          r"(?:[^\s.،؛:]+\s+){1,5}?((?:ال|)حياه|انفاسه(?:ا|م|ما)?(?:\s+الاخيره|))(?!\w)")
_LEFT_LIFE_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(?:فارق|فارقت|فارقا|فارقتا|فارقوا|يفارق)\s+$")
_LIFE_AFTER = re.compile(r"\s+(?:\S+\s+|)الحياه(?!\w)")
_RESCUE_WORD = re.compile(r"نقا?ذ")  # (إنقاذ، أنقذ، أنقذت)
# a release verb whose object comes with "عن" (أفرج عن، الإفراج عن، يفرج عن) and that "عن" right before a figure
_RELEASE_VERB = re.compile(r"(?:و|ف)?(?:ال|)(?:افرج|يفرج|تفرج|افراج)")
_FROM_BEFORE_FIGURE = re.compile(r"(?<!\w)عن\s*$")
_PUNCT = re.compile(r"[،,؛;:.!?؟()\"«»]")
# the whole a figure is part of, before its own figure: "من أصل 815 طالباً"
_WHOLE_BEFORE = re.compile(r"(?<!\w)من\s+اصل\s*$")
# between one item's noun and the next item's figure: "قتيل وأكثر من", "جريحا و"
_NEXT_ITEM_GAP = re.compile(r"\s*[،,]?\s*و\s*(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|قرابه\s+|حوالي\s+|ما\s+يزيد\s+(?:عن|علي)\s+)?$")
# a ship, boat or aircraft: where "أفراد الطاقم" are a crew
_VESSEL = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|)(?:سفين\w*|سفن|ناقله|ناقلات|قارب\w*|مركب\w*|باخر\w*|زورق\w*|"
                     r"طائره|طائرات|مروحي\w*|بحار\w*|الشحن|ملاح\w*)(?!\w)")
# a side named right before a toll: "سقط من القوات الحكومية ..."، "في صفوف قوات ..." (up to the figure)
_SIDE_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?(?:سقط|سقطوا|قتل|اصيب|وقع|وقعت)\s+(?:من|في\s+صفوف)\s+(?=\S+(?:\s+\S+){0,4}\s*$)")
# a place after a word of freeing: "تحرير القضاء", "بعد تحرير مدينة الموصل"
_PLACE_FREED = re.compile(r"\s+(?:ال|)(?:قضاء|مدينه|بلده|قريه|منطقه|مناطق|محافظه|حي|احياء|اراضي|ارض|مدن|قري|بلدات|"
                          r"مخيم|سجن|مطار|قاعده|ميناء|جزيره|ريف|جبهه|محور|معسكر|موقع|مواقع|تله|جبل|مدينتي|منطقتي)(?!\w)")
_HOLDS = re.compile(r"(?:ي|ت)حتجز")
# (unnamed gunmen leading people away stay `captured`: extract_table_measures.yaml
# meas_subj_shepherds_taken_stay_civilians)
_TAKEN_BY_GROUPS = frozenset({"civilians", "aid_workers", "women", "children", "journalists", "un_staff",
                              "medical_staff", "prison_staff"})


def _group_acts(doc: _Doc, a: int, b: int, ctx: Context) -> bool:
    """An armed group that is no state is the last side named in t[a:b] (a short window), or
    gunmen of no name stand right before b ("إن مسلحين اقتادوا", "أن المسلحين اقتادوا معهم")."""
    t = doc.norm.text
    if _GUNMEN_BEFORE.search(t, max(a, b - 30), b):
        return True
    if _PLURAL_VERB_AT.match(t, b) and (g := _GUNMEN.search(t, max(a, b - 80), b)) is not None \
            and doc.words_between(g.end(), b) <= 6 and not _SENTENCE_GAP.search(t, g.end(), b):
        return True  # "أن المهاجمين أحرقوا نحو ثلاثين كوخاً واقتادوا": the gunmen's plural verb a few words on
    for x in reversed(_entities_in(doc, a, b)):
        if x.kind == "group_anaphor":
            return True
        if x.kind in ("party", "organ", "group") and x.party:
            return _armed_side(x.party, ctx)
    return False


def _armed_side(subject: str | None, ctx: Context) -> bool:
    """An armed side that is no state: a group of the gazetteer, or tribal fighters."""
    return _armed_group(subject, ctx.gazetteer)


def _armed_group(subject: str | None, gazetteer: Gazetteer | None) -> bool:
    if subject == "tribes":
        return True
    if not subject or subject.endswith("_forces") or subject in _NOT_SIDES or gazetteer is None:
        return False
    entry = gazetteer.get(subject)
    return entry is not None and entry.kind == "party" and not entry.country \
        and entry.role not in _UNARMED_ROLES and "coalition" not in subject


def _own_outlet_named(doc: _Doc, e: _Entity, ctx: Context) -> bool:
    """Is a medium named bare by a word its twin shares the article's own outlet ("سبأ" in a
    story of "سبأنت", the government's Saba, not the Houthis' agency of the same name)?"""
    if not doc.outlet_id or e.id == doc.outlet_id or (own := ctx.gazetteer.get(doc.outlet_id)) is None:
        return False
    bare = e.surface.strip()
    return any(fold(n).startswith(bare) for n in own.names)


def _main_group(doc: _Doc, ctx: Context) -> str:
    """The armed group named clearly more often than any other ("" when none): states,
    international bodies, NGOs and coalitions are not armed groups of an attack; none when the
    article says nobody claimed the attack ("ولم تتبن أي جهة الهجوم")."""
    t = doc.norm.text
    for kind, a, b in doc.cues:
        if kind == "verb" and _NOBODY_CLAIMED.match(t, b) and _NEGATION_BEFORE.search(t, max(0, a - 6), a):
            return ""
    counts: dict[str, int] = {}
    parents: list[_Entity] = []
    for e in doc.entities:
        p = e.party
        if not p or e.kind not in ("party", "organ", "medium") or p.endswith("_government") or p in _NOT_SIDES:
            continue
        entry = ctx.gazetteer.get(p)
        if entry is None or entry.role in _NEVER_ATTACKER or "coalition" in p \
                or entry.country:
            continue  # (a state's authority, "السلطة الفلسطينية", has its country: not an armed group)
        if _is_parent(doc.norm.text, e, parents):
            continue  # "المرتبطة بتنظيم القاعدة": the named group is the actor, not its parent
        if e.kind == "medium" and _own_outlet_named(doc, e, ctx):
            continue  # "وكالة الأنباء اليمنية (سبأ)" in the government's Saba: itself, not the Houthis' twin
        counts[p] = counts.get(p, 0) + 1
    # "التنظيم", "الحركة": one more mention of a named group called so
    for e in doc.entities:
        if e.kind == "group_anaphor" and e.id:
            stem = _GROUP_ANAPHORS.get(e.id.replace("ميليشيات", "ميليشيا"))
            for p in list(counts):
                if stem and stem in _names_text(ctx.gazetteer, p):
                    counts[p] += 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return ""
    if len(ranked) > 1 and (len(ranked) == 2 or ranked[1] > ranked[2]):
        doc.next_group = next(p for p, n in counts.items() if n == ranked[1])
    return max(counts, key=counts.get)


def _state_forces(doc: _Doc, claimant: Claimant | None = None) -> str:
    """Soldiers or police of no named state: the state that speaks of them ("وقال الجيش الكيني
    إن 9 جنود قتلوا"), else the state of the article (its most present government, else the
    country its places lie in). A state's agency relaying news does not speak for the soldiers."""
    if claimant is not None and claimant.party and claimant.party.endswith("_government") \
            and (not claimant.medium or claimant.party == doc.home_government):  # (SANA on Syria's soldiers)
        return _forces(claimant.party)
    if claimant is not None and claimant.party in doc.own_army and not claimant.medium:
        return claimant.party  # "استشهاد 4 من أبطال القوات المسلحة" in the LNA's words: its own men
    state = doc.main_government or doc.home_state
    if not state and claimant is not None and claimant.party in doc.army_of:
        state = doc.army_of[claimant.party]  # "قالت قوات الدعم السريع إنها قتلت 15 من عناصر الجيش"
    return _forces(state) if state else "people"


def _home_state(doc: _Doc, ctx: Context) -> str:
    """The government of the country most named by the article's places ("" when none)."""
    counts: dict[str, int] = {}
    for m in ctx.gazetteer.find(doc.norm.text, {"place"}):
        i = bisect_right(doc.entity_starts, m.start) - 1
        if i >= 0 and doc.entities[i].end >= m.end and doc.entities[i].kind in _NAMED_KINDS:
            continue  # "سرايا القدس", "ولاية سيناء": a place inside a side's name says nothing of the state
        if _BORDER_WITH.search(doc.norm.text, max(0, m.start - 16), m.start):
            continue  # "قرب الحدود مع مالي": the neighbour, not where it happened
        e = m.entry
        country = e.country or (e.id if e.role == "country" else None)
        if country:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return ""
    country = max(counts, key=counts.get)
    return _state_governments(ctx.gazetteer).get(country, "")


def _frame_subject(doc: _Doc, sent: Sentence, pos: int, claimant: Claimant, lex: Lexicon) -> str | None:
    """Whose people a counting frame before a bare figure names ("عدد الموقوفين ... بلغ ستة")."""
    t = doc.norm.text
    last = None
    for m in _FRAME.finditer(t, max(sent.start, pos - 160), pos):
        last = m
    if last is None or _CLAUSE.search(t, last.end(), pos) and doc.words_between(last.end(), pos) > 12:
        return None
    p = last.end()
    for hit in _triggers_in(doc, p, min(pos, p + 12)):  # "عدد القتلى من المدنيين": past the event word
        if hit.start <= p + 2 or _counted_who(t, hit):  # (also "عدد من قتلوا من مقاتليها")
            if _OWN_TOLL.fullmatch(t, hit.start, hit.end) and claimant.party not in _NOT_SIDES:
                return _forces(claimant.party)  # "عدد قتلاها بلغ أربعة": the speaker's own dead
            p = hit.end
            while p < pos and t[p] == " ":
                p += 1
        break
    if (incident := _INCIDENT_AT.match(t, p)) is not None:
        # "عدد ضحايا الحادثين الإرهابيين": the victims of the incidents; "terrorist" is their adjective
        p = incident.end()
    for cls, pat in _items(lex.people):
        if cls in ("civilians", "children", "women", "prisoners", "hostages", "suspects") and pat.match(t, p):
            return cls
    got, _ = _complement(doc, sent, p, claimant, lex, limit=min(pos, p + 50))
    if got:
        return got
    if lex.forces_words.match(t, p) or lex.government_forces.match(t, p):
        return _state_forces(doc, claimant)
    return None


# An incident named after a toll's event word, with an adjective that is no side: "الحادثين الإرهابيين"،
# "التفجير الانتحاري" (not "الهجوم الحوثي": the attacker's adjective is read by _complement).
_INCIDENT_AT = re.compile(r"(?:ال|)(?:حادث|تفجير|هجوم|هجمات|اعتداء|عمليه|عمليتين|عمليات|انفجار|قصف|غاره|غارات|مجزره|"
                          r"تفجيرات|اعتداءات)\w*\s+(?:ال|)(?:ارهابي|انتحاري|دامي|مزدوج|غادر)\w*")
_THINGS = {"bombs", "attack_axes", "fronts", "vehicles_destroyed", "vehicles_seized", "buildings", "meals",
           "mobile_clinics", "clinics", "ambulances", "buses", "shelters"}
_NOT_SIDES = {"outlet", "unknown", "media", "local_sources", "medical_sources"}
# What may stand between a counted noun and the side it belongs to: "من قوات قسد", "في صفوف الجيش".
_TO_SIDE = re.compile(r"^\W*(?:من\s+|في\s+صفوف\s+|في\s+|التابعين\s+ل\S*\s*|ل)?(?:(?:قوات|عناصر|مقاتلي|جنود|صفوف|افراد|منتسبي|"
                      r"مسلحي|متمردي|ميليشيا|ميليشيات|بعثه|قوه|ابطال|رجال|مجاهدي|تنظيم|جماعه|حركه)\s+)?\W*(?:ما\s+(?:يسمي|تسمي|يعرف\s+ب|تعرف\s+ب)\W*)?(?:ال|)$")
# ("ما يسمى": so-called; a closing "ال": the article of a name the scan read without it)


# The men of a leader named by his name: "قوات حفتر", "ميليشيات الأسد", "عناصر الحوثي".
_MEN_OF = re.compile(r"(?:قوات|عناصر|مقاتلي|جنود|ميليشيا|ميليشيات|مسلحي|متمردي)\W*$")
# Where the words saying whose people stop: a clause break, another number, a part of the whole.
_COMPLEMENT_CUT = re.compile(r"(?=[،,.;:؛(\dفبحمخجاعنو])(?:[،,.;:؛]|\((?!\s*\d)|\d|(?<!\w)(?:فيما|بينما|في حين|حيث|بينهم|بينهن|من بينهم|خلال|جراء|اثر|بعد|"
                             r"علي يد|على يد|بايدي|بيد|من قبل|عند|منذ|اضافه|بحسب|حسب|وفق|وفقا|نقلا عن|"
                             r"و(?:ذلك|هو|هي))(?!\w)"
                             r"|(?<=\s)و(?!احد|حدات|حده|زاره|زير|لايه|كاله|ادي|جهاء|سط)(?=\w{3,}))")
# ("و" opens the next item: "شرطي واحد ومدنيان"; not the first letter of "وحدات", "وزارة", "ولاية" ...;
# a bracket opens an aside: "وامرأتان (المرصد السوري)" names the source, not whose women;
# led by a look-ahead of the first characters of every alternative: most places fail it at once)


_NOT_BEFORE = re.compile(r"(?<!\w)غير\s+(?:ال|)$")
# Armed men of no state right before a demonym: "العصابات التشادية", "المتمردين الكونغوليين".
_NON_STATE_BEFORE = re.compile(r"(?<!\w)(?:ال|)(عصابات|عصابه|مرتزق\w*|متمرد\w*|معارضه|ميليشي\w*|مليشي\w*|فصائل|جماعات|"
                               r"حركات|ثوار|مسلح\w*)\s+(?:ال|)$")
_FIGHTER_NOUN = re.compile(r"(?<!\w)(?:ال|)(?:مقاتل|مسلح|مرتزق)\w*")
# How an armed group names its own fighters (folded text): "الإخوة"، "المجاهدين"، "الانغماسيين".
_OWN_FIGHTERS = re.compile(r"(?<!\w)(?:الاخوه|اخواننا|المجاهدين|مجاهدينا|الانغماسيين|الاستشهاديين|ابطالنا)(?!\w)")


_LISTED: dict[int, tuple[object, list]] = {}


def _items(patterns) -> list[tuple[str, re.Pattern]]:
    """The (class, pattern) pairs of one of the lexicon's word lists, listed once (its
    `items()` asks each lazily compiled list again on every call)."""
    got = _LISTED.get(id(patterns))
    if got is None or got[0] is not patterns:
        got = _LISTED[id(patterns)] = (patterns, patterns.items())
    return got[1]


# Held in jails, after the prisoners counted: "يقبعون في سجون الاحتلال"، "في معتقلات".
_HELD_IN_JAIL = re.compile(r"(?<!\w)(?:يقبع|يقبعون|تقبع|يقبعن)(?!\w)|(?<!\w)(?:في|داخل)\s+(?:ال|)(?:سجون|معتقلات|زنازين)(?!\w)")
# Armed men named after civilians with "و": a mixed count ("بين المدنيين وعناصر الأمن").
_AND_ARMED_MEN = re.compile(r"\s+و(?:ال|)(?:عناصر|قوات|عسكري\w*|جنود|افراد\s+(?:ال|)(?:امن|شرطه|جيش)|منتسبي|رجال|مقاتلي|مسلحي|مسلحين|"
                            r"امنيين|شرطه|الشرطه|جيش|الجيش)(?!\w)")
# "في سجون النظام"، "داخل معتقلات الاحتلال": whose jails, before the side that holds people.
_IN_JAILS_OF = re.compile(r"(?<!\w)(?:في|داخل|ب)\s*(?:ال|)(?:سجون|سجن|معتقلات|زنازين|مراكز\s+احتجاز|مرافق\s+احتجاز)\s+(?!\d)")


# The side that holds people, named after its jails ("سجون النظام", "سجون الاحتلال", "سجون الجيش").
_CAPTOR = re.compile(r"(?:ال|)(?:نظام|احتلال|جيش|ميليشيا|ميليشيات|مليشيا|مليشيات|تنظيم|جماعه|سلطات|اجهزه)(?!\w)")


# Those held, right before a complement: "50 رهينة من العسكريين" are hostages, whatever their trade.
_HELD_BEFORE_POS = re.compile(r"(?:رهين\w*|رهائن|اسير\w*|اسري|مخطوف\w*|مختطف\w*|محتجز\w*|معتقل\w*)\s*$")
# Words that leave a group out of a count: "لا تشمل"، "باستثناء"، "عدا".
_EXCLUDING = re.compile(r"(?<!\w)(?:(?:لا|لم)\s+(?:تشمل|يشمل|تتضمن|يتضمن)|باستثناء|عدا|ما\s+عدا)\s+(?:\S+\s+|)(?:ال|)$")
# Soldiers or policemen as a toll's complement: "من العسكريين"، "بين الجنود"، "من رجال الأمن".
_OF_SOLDIERS = re.compile(r"\s*(?:من|بين|في\s+صفوف)\s+(?:ال|)(?:عسكريين|جنود|ضباط|امنيين|شرطيين|مجندين|"
                          r"(?:عناصر|افراد|رجال|منتسبي)\s+(?:ال|)(?:امن|شرطه))(?!\w)")

# The government's, after a group's kind word: "الميليشيات الحكومية"، "الميليشيا الموالية للحكومة".
_OF_THE_GOVERNMENT = re.compile(r"\s+(?:ال|)(?:حكومي|حكوميه|حكوميين|(?:موالي|مواليه|تابع|تابعه)\s+(?:لل|ل)حكومه)(?!\w)")
# Workers counted ("عمال"، "عاملاً"، "العاملين"), whose complement says nothing of a side.
_WORKERS = re.compile(r"(?:ال|)(?:عمال|عاملا|عاملين|عاملان|عامل)(?!\w)")
# Guards ("حراس"، "أفراد الحراسة"), not those of a school, a border or a person ("حراسه"), nor "حراس الدين".
_GUARDS = re.compile(r"\s*(?:من\s+)?(?:ال|)(?:حارس(?:ا|ان|ين|)|حراس|(?:افراد|عناصر|جنود|رجال)\s+(?:ال|)حراسه)(?!\w)"
                     r"(?!\s+(?:ال|)(?:مدرسه|حدود|امن|دين|شخصي|مستشفي|مبني|مقر|مصرف|بنك|سفاره|منشاه|وزاره))")


# "الطرفين" right after a counted noun ("من عناصر الطرفين"; not "محتجزاً لدى الطرفين": held by them).
_OF_BOTH_SIDES = re.compile(r"\s*(?:ال|)(?:طرفين|جانبين)(?!\w)")


def _complement(doc: _Doc, sent: Sentence, pos: int, claimant: Claimant, lex: Lexicon,
                limit: int | None = None) -> tuple[str | None, int]:
    """Whose people, from a counted noun and the words right after it: "عناصرها",
    "من قسد", "بين الطرفين", "موظفي السجن", "عراقيين", "منهم"."""
    t = doc.norm.text
    end = min(sent.end, limit if limit is not None else pos + 50)
    window = t[pos:end]
    # stop at a clause break, another number, or a part of the whole ("بينهم")
    cut = _COMPLEMENT_CUT.search(window)
    if cut and cut.start() > 0:
        end = pos + cut.start()
    elif cut:
        return None, pos
    jail = _IN_JAILS_OF.search(t, pos, end) if "سج" in window or "معتقل" in window or "زنز" in window else None
    if jail is not None:
        end = jail.start()  # "المعتقلين في سجون النظام": the side after "سجون" holds them, they are not its men
    if (sides := _OF_BOTH_SIDES.match(t, pos, end)) is not None:
        return "both_sides", sides.end()  # "3 من مقاتلي الطرفين": right after the noun, the men of both sides
    # (one scan of all the word lists below says first whether any is there at all; then each
    # one-pass scan says whether any of its classes is)
    listed = lex.complement_scan.search(t, pos, end) is not None
    if listed and lex.subject_scan.search(t, pos, end) is not None:
        for cls, pat in _items(lex.subject_words):
            m = pat.search(t, pos, end)
            if m and doc.words_between(pos, m.start("w")) <= 3:
                if cls == "crew" and not _VESSEL.search(t, max(0, sent.start - 300), sent.end):
                    continue  # "ثلاثة من أفراد الطاقم" in a school or a hospital: its staff, no ship's crew
                if cls == "attackers":
                    return _militants(doc, claimant), m.end("w")
                if cls == "enemy":
                    return _the_enemy(doc, claimant), m.end("w")
                if cls == "mercenaries":
                    if claimant.party in _MERCENARIES_IN_VOICE_OF:
                        return _hired(doc, claimant), m.end("w")
                    continue  # ("من المرتزقة السوريين" elsewhere: whose, by the words after)
                if cls == "apostates":  # "من المرتدين"، "جنود الطاغوت": the story's state forces
                    forces = _state_forces(doc)
                    if forces != "people":
                        return forces, m.end("w")
                    continue
                if cls in ("civilians", "children", "women") and _AND_ARMED_MEN.match(t, m.end("w")):
                    return "people", m.end("w")  # "بين المدنيين وعناصر الأمن": civilians and fighters together
                return cls, m.end("w")
    if (guards := _GUARDS.match(t, pos, end)) is not None and _JAIL.search(t, max(0, sent.start - 400), sent.end):
        return "prison_staff", guards.end()  # "مقتل 3 حراس"، "ثلاثة من أفراد الحراسة" where a jail is told of: its guards
    if (mil := _OF_SOLDIERS.match(t, pos, end)) is not None and not _HELD_BEFORE_POS.search(t, max(0, pos - 12), pos):
        # "عدد الجرحى من العسكريين بلغ 11"، "ثلاثة شهداء من العسكريين": soldiers, of the state named
        # right after ("من العسكريين الأميركيين") or else of the story
        dem = _demonym_after(doc, mil.end())
        forces = _forces(dem) if dem else _state_forces(doc, claimant)
        if forces and forces != "people":
            return forces, mil.end()
    m = lex.own_forces.search(t, pos, end) if listed else None
    if m and doc.words_between(pos, m.start("w")) <= 2 and not t.endswith("نا", m.start("w"), m.end("w")) \
            and (_WE_ACTED.search(t, max(sent.start, pos - 60), pos) or _TO_OUR_MEN.match(t, m.end("w"))):
        # "قتلنا أكثر من 30 من عناصره", "سلّم 4 من عناصره أنفسهم لقواتنا": a side speaking as "we"
        # counts the enemy's men ("its"), not its own
        return _militants(doc, claimant), m.end("w")
    if m and doc.words_between(pos, m.start("w")) <= 2:
        if claimant.party not in _NOT_SIDES and not claimant.party.endswith("_government") \
                and claimant.cue and _FEMININE_SIDE.match(claimant.cue) \
                and _MASCULINE_OWN.search(t, m.start("w"), m.end("w")):
            # "قالت قوات الدعم السريع إنها سيطرت على مواقع للجيش وقتلت 70 من جنوده": "جنوده"
            # (his) is not the feminine speaker's own ("جنودها"): the army named before
            if lex.government_forces.search(t, max(sent.start, pos - 80), pos) is not None:
                forces = _state_forces(doc, claimant)
                if forces != "people":
                    return forces, m.end("w")
        if claimant.party not in _NOT_SIDES and claimant.cue and t.endswith("ها", m.start("w"), m.end("w")) \
                and _MASCULINE_SPEAKER.match(claimant.cue):
            # "قال المركز الإعلامي إن الجيش صد هجوماً للميليشيا ... وأسر 7 من عناصرها": "her men"
            # in a masculine speaker's words are those of the feminine side named last before them
            for x in reversed(_entities_in(doc, sent.start, pos)):
                party = doc.group_for.get(x.id) if x.kind == "group_anaphor" else x.party
                if not party or x.kind not in ("party", "organ", "group_anaphor"):
                    continue
                if party != claimant.party and party not in _NOT_SIDES and _FEMININE_NAMED.match(x.surface):
                    return (_forces(party) or party), m.end("w")
                break
        monitor = doc.gazetteer is not None and (entry := doc.gazetteer.get(claimant.party)) is not None \
            and entry.role in ("ngo", "international_body")
        if claimant.party not in _NOT_SIDES and not monitor and not t.endswith("نا", m.start("w"), m.end("w")) \
                and _ACTIVE_TAKE.search(t, max(sent.start, m.start("w") - 70), m.start("w")):
            # "قضت قواتنا على ما لا يقل عن 40 من عناصرها"، "أعلن القضاء على أكثر من 300 من عناصرها":
            # the men of those the speaker's side killed or took, not its own ("its" is the enemy's)
            return _the_enemy(doc, claimant), m.end("w")
        if claimant.party not in _NOT_SIDES and not monitor:
            return _forces(claimant.party), m.end("w")
        if monitor and lex.government_forces.search(t, max(sent.start, pos - 60), pos) is not None:
            # "القوات النظامية التي فقدت بدورها 4 من عناصرها" in a monitor's count: the forces' men
            forces = _state_forces(doc, claimant)
            if forces != "people":
                return forces, m.end("w")
        # a medium or a witness speaks: "رجالها" are those of the side named before in the sentence
        for x in reversed(_entities_in(doc, sent.start, pos)):
            if x.kind in ("party", "organ") and x.party and x.party not in _NOT_SIDES:
                return _forces(x.party), m.end("w")
        return "people", m.end("w")
    m = _OWN_STAFF.search(t, pos, end) if claimant.party not in _NOT_SIDES \
        and not claimant.party.endswith("_government") else None
    if m and doc.words_between(pos, m.start()) <= 2 \
            and not ("طاقم" in m.group() and _VESSEL.search(t, max(0, sent.start - 300), sent.end)):
        # "مقتل ثلاثة من موظفيه" (an agency speaking): its staff (a UN agency's are the UN's);
        # not "أسقطت طائرة وقتلت 9 من طاقمها": the aircraft's crew
        if claimant.party in _CIVIL_DEFENCE_BODIES:
            return "civil_defence_staff", m.end()  # ("ثلاثة من متطوعيه" in the White Helmets' words)
        return ("un" if claimant.party in doc.voice_of else claimant.party) + "_staff", m.end()
    if (them := _REFERS_BACK.match(t, pos)) is not None and t.startswith(" من ", them.end()):
        # "قرابة 172 منهم من عناصر الأمن العام والجيش": whose the part are, said after "منهم"
        got, got_end = _complement(doc, sent, them.end(), claimant, lex, limit=limit)
        if got is not None and got != "people":
            return got, got_end
    if _REFERS_BACK.match(t, pos):
        # "أطلق المطلوبون النار على الدورية ... ما أدى إلى مقتل اثنين منهم": the people last
        # named in the sentence, when they are a kind of people, else the subject counted last
        last = None
        last_at = -1
        # (after a figure counted earlier in the sentence: "خطفوا 15 شخصا، وأفرج عن 4 منهم")
        for cls, a, b in lex.noun_scan.finditer(t, max(sent.start, pos - 160, doc.last_claim_end), pos):
            if cls.startswith("people:") and cls not in ("people:generic", "people:persons"):
                last, last_at = cls[7:], b
        if last == "militants":
            # "صدت هجوماً لمتمردي إم 23 ... وقتلت 40 منهم": the group named with them
            for ent in _entities_in(doc, last_at, min(pos, last_at + 30)):
                if ent.kind in ("party", "organ") and ent.party and not ent.party.endswith("_government") \
                        and ent.party not in _NOT_SIDES and doc.words_between(last_at, ent.start) <= 1:
                    return ent.party, pos
                break
        if last is None and _ELIMINATED_BEFORE.search(t, max(sent.start, pos - 40), pos) and any(
                cls == "people:militants" for cls, _, _ in lex.noun_scan.finditer(t, sent.start, pos)):
            # "إن المهاجمين قتلوا 21 مدنياً، وإن قوات الأمن قضت على 17 منهم": those eliminated are
            # the attackers named before, not the victims counted last
            return _enemy_militants(doc, claimant), pos
        if last in ("suspects", "militants", "smugglers", "civilians", "prisoners", "hostages", "migrants"):
            return (_enemy_militants(doc, claimant) if last == "militants" else last), pos
        if last is None and doc.last_claim_end < sent.start \
                and lex.forces_words.search(t, max(sent.start, pos - 160), pos):
            # "استهدفت تجمعات للجيش والمستنفرين، وقتلت أكثر من 100 منهم": soldiers named before
            # in the sentence, no figure counted in it yet
            forces = _state_forces(doc, claimant)
            if forces != "people":
                return forces, pos
        if doc.whole_subject and doc.last_part_end >= sent.start and doc.last_part_end == doc.last_claim_end:
            # "184 جريحاً، بينهم 41 طفلاً و17 امرأة، وتوفي أحد عشر منهم": of the whole, not of its last part
            return doc.whole_subject, pos
        if doc.last_subject and (doc.last_claim_end >= sent.start or last is not None):
            return doc.last_subject, pos
        if doc.last_subject and last is None and 0 <= sent.start - doc.last_claim_end <= 150 \
                and doc.words_between(sent.start, pos) <= 3:
            # "ثم دخل نحو 30 مسلحاً. قتلنا 17 منهم": a sentence opening on "of them" refers to the
            # people counted last, at the end of the sentence before
            return doc.last_subject, pos
    for ent in _entities_in(doc, pos, end):
        if doc.words_between(pos, ent.start) > 4:
            break
        if ent.kind in ("party", "organ") and ent.party and _TO_SIDE.match(_skip_noun(t, pos, ent.start)) \
                and not _EVENT_BEFORE.search(t, max(pos, ent.start - 14), ent.start):  # ("بقصف الجيش التركي": who shelled)
            if _STAFF_OF.match(t, pos) and not ent.party.endswith("_government"):
                return f"{ent.party}_staff", ent.end  # "3 من موظفي برنامج الأغذية العالمي": un_staff
            if ent.party == "un":
                return "peacekeepers", ent.end  # "4 من جنود اليونيفيل": the UN's troops keep the peace
            return _forces(ent.party), ent.end
        if ent.kind == "anonymous" and ent.id == "government" and _FORCE_OFFICE.match(t, ent.start) \
                and _TO_SIDE.match(_skip_noun(t, pos, ent.start)):
            # "31 من عناصر وزارة الدفاع والأمن العام": the men of the state's ministries of force
            forces = _state_forces(doc, claimant)
            if forces != "people":
                return forces, ent.end
        if ent.kind == "speaker" and ent.party and ent.party not in _NOT_SIDES:
            gap = _skip_noun(t, pos, ent.start)  # "في صفوف قوات حفتر": the men of a side's leader
            if _TO_SIDE.match(gap) and _MEN_OF.search(gap):
                return _forces(ent.party), ent.end
    ga = _SUBJECT_ANAPHOR_RE.search(t, pos, end) if doc.group_for else None  # (no group named: none is meant)
    if ga and doc.words_between(pos, ga.start()) <= 3 and _TO_SIDE.match(_skip_noun(t, pos, ga.start())):
        g = doc.group_for.get(_anaphor_key(ga.group(1)))
        if g and (gov := _OF_THE_GOVERNMENT.match(t, ga.end())) is not None:
            # "من عناصر الميليشيات الحكومية": the state's armed men, not the group the story calls "the militia"
            forces = _state_forces(doc, claimant)
            if forces != "people":
                return forces, gov.end()
        elif g:
            return g, ga.end()
    if listed and lex.demonym_scan.search(t, pos, end) is not None and lex.demonym_scan.match(t, pos + 1 if t[pos:pos + 1] == " " else pos) is None:
        # (a counted demonym, "12 فلسطينياً", is the nationals themselves: persons, see _subject)
        for dem, pat in _items(lex.demonyms):
            m = pat.search(t, pos, end)
            if m and (doc.words_between(pos, m.start("w")) <= 2 or doc.words_between(pos, m.start("w")) <= 3
                      and _UNIT_BEFORE.search(t, max(pos, m.start("w") - 12), m.start("w"))):
                if _COUNTRY_BEFORE.search(t, max(pos, m.start("w") - 12), m.start("w")) or \
                        _EVENT_BEFORE.search(t, max(pos, m.start("w") - 12), m.start("w")):
                    continue  # "عبروا إلى سوريا", "بقصف إسرائيلي": the country or the attack, not the people
                if (cn := _AND_NOUN_BEFORE.search(t, max(pos, m.start("w") - 20), m.start("w"))) is not None \
                        and not lex.forces_words.match(t[cn.start(1):cn.start(1) + 40]):
                    continue  # "7 من رجال الأمن وسائحة كندية": the adjective is the next noun's
                if (ns := _NON_STATE_BEFORE.search(t, max(pos, m.start("w") - 18), m.start("w"))) is not None:
                    # "عناصر العصابات التشادية", "المرتزقة السوريين": a nation's rebels, gangs or hired
                    # fighters, not its state's forces
                    if ns.group(1).startswith("مرتزق"):
                        return "foreign_fighters", m.end("w")
                    continue
                if _NOT_BEFORE.search(t, max(pos, m.start("w") - 8), m.start("w")):
                    # "31 من المقاتلين غير السوريين": fighters not of that nation are foreign ones
                    if _FIGHTER_NOUN.search(t, max(0, pos - 24), m.start("w")):
                        return "foreign_fighters", m.end("w")
                    continue
                whose = _nationals_of(doc, lex, pos, m.start("w"))
                return whose or f"{dem}_forces", m.end("w")
    if listed and lex.nisba_scan.search(t, pos, end) is not None:
        for group, pat in _items(lex.group_nisba):
            m = pat.search(t, pos, end)
            if m and doc.words_between(pos, m.start("w")) <= 2 \
                    and not _EVENT_BEFORE.search(t, max(pos, m.start("w") - 12), m.start("w")):
                return group, m.end("w")
    m = lex.government_forces.search(t, pos, end) if listed else None
    if m and doc.words_between(pos, m.start("w")) <= 3 \
            and not _EVENT_BEFORE.search(t, max(pos, m.start("w") - 12), m.start("w")) \
            and not _FOUGHT_WITH.search(t, pos, m.start("w")):
        # (not "استشهدوا برصاص الجيش": the forces that shot them; not "في المعارك بين الجيش
        # و...", "في اشتباكات مع الجيش": the sides that fought, not whose dead)
        forces = _state_forces(doc, claimant)  # "19 من عناصر الجيش": the state's forces
        if forces != "people":
            return forces, m.end("w")
    m = _FORCES_OF.match(_skip_noun(t, pos, end)) if t.find("قوات", pos, end) >= 0 else None
    if m is not None and pos < end:
        # "أسر 12 عنصراً من قوات الحماية الرئاسية": a unit no list names, after the counted
        # noun, is the state's (armed groups and named sides were looked for above)
        forces = _state_forces(doc, claimant)
        if forces != "people":
            return forces, pos
    return None, pos


# "فلول الجيش": the army named right after a word for its men ("the army's remnants").
_ARMY_AFTER = re.compile(r"[\s\"]+(?:ال)?جيش(?!\w)")
# A unit named by its nation: "جنديين من الكتيبة الأوروغوايانية".
_AND_NOUN_BEFORE = re.compile(r"(?<!\w)و(\w+)\s+(?:ال|)$")
_UNIT_BEFORE = re.compile(r"(?:الكتيبه|الوحده|القوه|اللواء|الفرقه|الكتائب|الوحدات)\s+(?:ال|)$")
# A unit of forces named right after the counted noun: "من قوات ...", "في صفوف قوات ...".
# (not a rebel, tribal or coalition force: "قوات المعارضة", "قوات العشائر", "قوات التحالف")
_FORCES_OF = re.compile(r"\s*(?:من|في\s+صفوف)\s+قوات\s+(?!(?:ال|)(?:معارض|ثوار|ثائر|متمرد|مقاوم|تحالف|عشائر|قبائل|حرك|جبه|فصائل|"
                        r"ميليشي|مليشي|شعبي|دفاع\s+الذاتي|حمايه\s+الشعب|سوريا\s+الديمقراطيه|الدعم)\w*)(?:ال|)\w")


# Before a country's name: a preposition, or a proclitic ب/ل ("بسوريا", "لمالي").
_COUNTRY_BEFORE = re.compile(r"(?:(?<!\w)(?:الي|إلى|في|من|نحو|داخل|خارج|عبر|شمال|جنوب|شرق|غرب|وسط|حدود|انحاء|ارجاء|عموم)\s+|(?<!\w)(?:و|)(?:ب|ل))$")


# The sides of a fight named after the dead: "في المعارك بين الجيش و...", "في اشتباكات مع الجيش".
_FOUGHT_WITH = re.compile(r"(?<!\w)(?:بين|مع|ضد)(?!\w)")
# An attack named by its side ("بهجوم حوثي", "بقصف إسرائيلي"): the adjective is the attacker's.
_EVENT_BEFORE = re.compile(r"(?<!\w)(?:و|ب|ل|في|جراء|اثر)?\s*(?:ال|)(?:هجوم|هجمات|غاره|غارات|قصف|ضربه|ضربات|كمين|"
                           r"اعتداء|اعتداءات|عدوان|اجتياح|عمليه|عمليات|قذيفه|صاروخ|طائره|مسيره|مسيرات|رصاص|نيران)\s+(?:ال|)$")
# (the adjective's own article stands between: "ضحايا الغارة الإسرائيلية", "بالقصف الروسي")
# A speaker named by a feminine noun ("قوات ..."، "حركة ...") says "its men" as "جنودها", not
# "جنوده" (his): the masculine possessive points to another side (normalized text).
_FEMININE_SIDES = r"(?:قوات|حركه|جماعه|هيئه|ميليشيا|ميليشيات|مليشيا|مليشيات|كتائب|سرايا)(?!\w)"
_FEMININE_SIDE = re.compile(r"(?:ال|)" + _FEMININE_SIDES)
_MASCULINE_OWN = re.compile(r"[^ا]ه$|هم$")
# a side named by a feminine noun, with its proclitics ("للميليشيا", "لقوات")
_FEMININE_NAMED = re.compile(r"(?:[وف]?(?:بال|لل|ال|ب|ل))?" + _FEMININE_SIDES)
# a speaker named by a masculine noun: "المركز الإعلامي", "الجيش", "المتحدث", "البيان"
_MASCULINE_SPEAKER = re.compile(r"(?:ال|)(?:مركز|جيش|متحدث|ناطق|بيان|مصدر|مسؤول|قائد|اعلام)(?!\w)")

# The staff of a body named after them: "موظفي برنامج الأغذية العالمي", "العاملين في منظمة ...".
_CIVIL_DEFENCE_BODIES = frozenset({"white_helmets"})  # (bodies whose staff are civil_defence_staff)
_STAFF_OF = re.compile(r"(?:ال|)(?:موظفي|موظفين|عمال|العاملين|عاملين)(?!\w)")
# The staff of the claimant (an agency, an NGO): "من موظفيه", "من كوادرها", "العاملين لديها".
_OWN_STAFF = re.compile(r"(?<!\w)(?:من\s+|)(?:موظفي|موظفيه|موظفيها|موظفينا|كوادره|كوادرها|طواقمه|طواقمها|"
                        r"متطوعيه|متطوعيها|متطوعينا|مسعفيه|مسعفيها|مسعفينا|"
                        r"(?:افراد\s+|)(?:طاقمه|طاقمها)|"
                        r"العاملين\s+(?:لديه|لديها|معه|معها|فيه|فيها))(?!\w)")


# Captives ("الأسرى", "أسيراً"): with a nationality they are held people, not its forces.
_CAPTIVES = re.compile(r"(?:و|ب|ل)?(?:ال|)(?:اسري|اسرى|اسير\w*)(?!\w)")
# Civilian trades counted with a nationality (workers, employees, engineers, drivers).
_TRADES = re.compile(r"(?:و|ب|ل)?(?:ال|)(?:عامل\w*|عمال|موظف\w*|مهندس\w*|سائق\w*|فني\w*|تاجر|تجار|صياد\w*)(?!\w)")


def _nationals_of(doc: _Doc, lex: Lexicon, pos: int, dem_start: int) -> str | None:
    """The demonym qualifies a civilian noun ("لاجئين فلسطينيين", "مدنيين سوريين", "أشخاص
    أفغان"): they are civilians or people, not a state's forces."""
    t = doc.norm.text
    if t.startswith("ال", dem_start - 2):
        dem_start -= 2  # (the demonym's article: "الأسرى الفلسطينيين")
    m = _PREV_WORD.search(t, max(0, pos - 20), dem_start)  # (the noun may end right at pos)
    if not m:
        return None
    w = m.start(1)
    if t.startswith("من ", w) and m.end(1) - w == 2:
        return "people"  # "مقتل اثنين من المغاربة": the nationals themselves, persons (as "12 فلسطينياً")
    if _CAPTIVES.match(t, w):
        return "prisoners"  # "40 من الأسرى الفلسطينيين": captives of a nationality, not its forces
    noun = lex.noun_scan.match(t, w)
    if noun is not None and noun[0] in ("people:civilians", "people:children", "people:women", "people:families"):
        return "civilians" if noun[0] == "people:families" else noun[0].split(":")[1]
    if noun is not None and noun[0] == "people:persons":
        return "people"
    if noun is not None and noun[0] in ("people:migrants", "people:prisoners", "people:journalists",
                                        "people:medical_staff", "people:suspects", "people:smugglers"):
        return noun[0].split(":")[1]  # "مهاجرين إثيوبيين", "سجناء سوريين": nationals of a kind, no forces
    if noun is not None and noun[0] == "people:generic" and _TRADES.match(t, w):
        return "people"  # "خمسة عمال يمنيين", "موظفين أتراك": workers of a nationality, not its forces
    hit = lex.trigger_scan.match(t, w)
    if hit is not None and hit[0] == "displaced":
        return "civilians"
    if hit is not None and hit[0] in ("killed", "wounded", "casualties") and hit[2] == dem_start - 1:
        return "people"  # "7 قتلى فلسطينيين", "3 جرحى إسرائيليين": the dead of a nation, not its forces
    return None


def _skip_noun(t: str, pos: int, upto: int) -> str:
    """The words between a counted noun (at pos) and a side named after it."""
    m = _WORD.match(t, pos, upto)
    return t[m.end() if m else pos:upto]


# ---------------------------------------------------------------- the stage

def _source_for(cues: list[_Cue], pos: int, sent: Sentence, carried_default: Claimant,
                speech_only: bool = False, t: str | None = None) -> Claimant:
    """The claimant of a figure at pos; `speech_only`: an office's own action is no report of it
    (a population the sentence goes on to give is the outlet's)."""
    before = post = None  # the last cue before pos, the first postposed one after it
    for c in cues:
        if c.pos <= pos:
            if not (speech_only and c.acting):
                before = c
        elif post is None and c.postposed:
            post = c
    if before is not None:
        if post is not None and before.postposed and t is not None and _CONTRAST_CLAUSE.search(t, pos, post.pos) \
                and not _CONTRAST_CLAUSE.search(t, before.pos, pos):
            # "إلى 461 بحسب إحصاء لـX، بينهم 92 مدنياً، في حين تجاوز عدد النازحين 93 ألفاً، وفق
            # المنظمة": the part is still the first "according to"'s; the later one gives its own clause
            return before.claimant
        if post is not None and (before.postposed or before.claimant.party == "outlet"):
            # "نزوح 400 ألف، وفق المفوضية، فيما قتل 3 آلاف، حسب أكليد": an "according to" gives
            # the figures before it; one after it (or after the outlet's "وتجدر الإشارة") waits
            # for the next "according to"
            return post.claimant
        if post is not None and t is not None and _CONTRAST_CLAUSE.search(t, before.pos, pos):
            # "وأفادت الشبكة بمقتل 27، فيما نزح 12 ألفاً، وفق المنظمة الدولية للهجرة": a clause of its
            # own with its own "according to"
            return post.claimant
        return before.claimant
    if post is not None:
        return post.claimant
    return carried_default


# A clause of its own after a comma: "، فيما ..."، "، بينما ..."، "، في حين ...".
_CONTRAST_CLAUSE = re.compile(r"[،,]\s*(?:فيما|بينما|في\s+حين)(?!\w)")

_NAMED_KINDS = frozenset({"party", "organ", "medium", "speaker"})


def _outside_names(hits: list[_Hit], entities: list[_Entity]) -> list[_Hit]:
    """The event words that are not inside a name ("مفوضية اللاجئين", "هيئة شؤون الأسرى",
    "كتائب شهداء الأقصى"): a name says who, not what happened. (Both lists are sorted.)"""
    names = [(x.start, x.end) for x in entities if x.kind in _NAMED_KINDS]
    if not names or not hits:
        return hits
    out, k = [], 0
    for h in hits:
        while k < len(names) and names[k][1] <= h.start:
            k += 1
        if k < len(names) and names[k][0] <= h.start and h.end <= names[k][1]:
            continue
        out.append(h)
    return out


# An office's words before the body's name on its masthead ("مديرية إعلام الحشد الشعبي").
_MASTHEAD_OFFICE = re.compile(r"(?:(?:مديريه|دائره|مكتب|المكتب|المركز|مركز|خليه|قياده|اعلام|الاعلامي|الاعلاميه|الاعلام)\s+){0,3}(?:ل|لل)?")
# A state's ministries of force and security services, named as whose men ("عناصر وزارة الدفاع").
_FORCE_OFFICE = re.compile(r"(?:ال|)(?:وزاره\s+(?:ال|)(?:دفاع|داخليه)|امن\s+(?:ال|)عام|داخليه)(?!\w)")
# "في الجانب الإسرائيلي", "من الجانب التركي": the side soldiers are counted on.
_ON_THE_SIDE = re.compile(r"(?<!\w)(?:في|من|على)\s+(?:ال|)جانب(?=\s)")
# A force deployed: "تنشر في البلاد نحو 13 ألف جندي", "نشرت نحو 400 جندي" (up to four words before the count).
_DEPLOYED = re.compile(rf"(?<!\w){_DEPLOY_VERBS}(?:\s+\S+){{0,4}}\s+$")
# "مقابل 1422 من مقاتلي الفصائل": a figure set against the one before counts the other side.
_VERSUS = re.compile(r"(?<!\w)(?:في\s+|)(?:ال|)مقابل(?!\w)")
# Nationalities and countries counted ("ثماني جنسيات", "12 دولة"): kinds of people, not people.
_KINDS_OF = re.compile(r"\s*(?:جنسيات|جنسيه|دول|دوله|بلدان|بلدا)(?!\w)")
# What may follow a publisher's name on its masthead line: a dash, a bar or a bracket, then anything
# ("المنظمة الدولية للهجرة – مصفوفة تتبع النزوح (DTM)"), or one word ("لجنة أطباء السودان المركزية").
_NO_LETTER = re.compile(r"[\W\d_]+")
_MASTHEAD_REST = re.compile(r"\s*(?:[-–—|(:].*|\w+)?\s*$")


# A release's line of issue under its title: "بيان صحفي رقم (812) صادر عن", "بلاغ صادر عن".
_RELEASE_ISSUED_BY = re.compile(r"\W*(?:بيان|بلاغ|تصريح|نشره)(?:\s+(?:صحفي|رسمي|عاجل|مشترك|رقم|\(?[\d/]+\)?))*\s+(?:صادر|الصادر)\s+عن\s+")
_MINISTRY = re.compile(r"(?:ال|)وزاره\s")
# a ministry's masthead: its name, a dash, the place it is of ("وزارة الصحة – قطاع غزة")
_MASTHEAD_DASH = re.compile(r"\s*[-–—|]\s*(?=\w)")


# A release's field naming who issued it: "المصدر: ..."، "الجهة المصدرة: ..."، "صادر عن: ...".
# (at a line's start: `^` would not match where a search starts, at the line under the title)
_SOURCE_FIELD = re.compile(r"(?<![^\n])[ \t]*(?:المصدر|الجهه\s+المصدره|صادر\s+عن|الناشر)[ \t]*:[ \t]*")


# "يصدر هذا التقرير عن ..."، "أُعدّ هذا التحديث من قبل ...": a report saying who issues it.
_REPORT_ISSUED_BY = re.compile(r"(?<!\w)(?:و|)(?:يصدر|صدر|اعد|يعد)\s+هذا\s+(?:ال|)(?:تقرير|تحديث|موجز)\s+(?:عن|من\s+قبل)\s+")
# The title of a UN situation report, numbered: "تحديث عاجل رقم 3"، "تقرير موجز بالمستجدات رقم 142",
# "(التحديث رقم 2)" (a news site's "تحديث عاجل:" over a live story has no number).
_SITUATION_REPORT = re.compile(r"(?<!\w)(?:ال|)(?:تحديث|تقرير)(?:\s+[^\W\d]+){0,2}?\s+رقم\s*\(?\d")
# A publisher's line under a title, its name then a dash and an office, place or date (no field's colon).
_NAMED_MASTHEAD = re.compile(r"[^:\n]{3,80}?\s[-–—|]\s[^:\n]{1,60}")
# Gazetteer roles of the bodies that publish such reports (see _SITUATION_REPORT).
_REPORTING_ROLES = INDEPENDENT_ROLES | {"mission"}

# A UN briefing note's opening formula: "هذا ملخص لما قاله المتحدث باسم المفوضية ..." (a summary of what
# the body's spokesperson said, to whom the quoted text may be attributed).
_BRIEFING_SUMMARY = re.compile(r"هذا\s+(?:هو\s+|)ملخص\s+(?:ل|)ما\s+(?:قاله|قالته|ذكره|ذكرته|اوضحه)\s+(?:ال|)(?:متحدث|متحدثه|ناطق|ناطقه)\s+باسم\s+")


def _publisher_named(doc: _Doc, x: _Entity | None) -> str | None:
    """The side of a body named as a release's publisher (a UN agency's office speaks as its agency)."""
    if x is None or x.kind not in ("party", "organ") or x.party in (None, "outlet", "unknown", "media"):
        return None
    return x.id if x.kind == "organ" and x.id in doc.voice_of else x.party


# A body no list holds, alone on the line under the title with its place or date after a dash:
# "منظمة حقوق الإنسان في إيران – أوسلو" (a rights group's own report).
_MASTHEAD_BODY = re.compile(rf"((?:ال|)(?:{_BODY_KINDS})(?:\s+[^\W\d]+){{1,6}}?)\s*(?:[-–—|]\s*[^\n]{{0,40}})?\s*$")


def _masthead_body(doc: _Doc, blks: list[Block]) -> str | None:
    """The name of a body the gazetteer does not know that publishes the article (see
    _MASTHEAD_BODY): claims in its name are the article's own voice."""
    t = doc.norm.text
    b = blks[1] if len(blks) > 1 and blks[0].kind == "title" else None
    if b is None or b.kind not in ("heading", "body") or b.end - b.start > 90:
        return None
    m = _MASTHEAD_BODY.match(t, b.start, b.end)
    return m.group(1) if m is not None and not _GENERIC_BODY.fullmatch(m.group(1)) else None


def _masthead_party(doc: _Doc, blks: list[Block]) -> str | None:
    """The body that publishes the article, named alone on a line of its own under the title
    (a relief agency's update, a committee's statement): its own voice is that body's."""
    t = doc.norm.text
    head_start = blks[1].start if len(blks) > 1 and blks[0].kind == "title" else 0
    if (src := _SOURCE_FIELD.search(t, head_start, min(len(t), head_start + 300))) is not None:
        # "المصدر: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)" among a release's fields
        if (side := _publisher_named(doc, _entity_at(doc, src.end(), 0))) is not None:
            return side
    if (issued := _REPORT_ISSUED_BY.search(t, head_start, min(len(t), head_start + 300))) is not None:
        # "يصدر هذا التقرير عن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) بالتعاون مع الشركاء"
        if (side := _publisher_named(doc, _entity_at(doc, issued.end(), 0))) is not None:
            return side
    if (summary := _BRIEFING_SUMMARY.search(t, head_start, min(len(t), head_start + 200))) is not None:
        # "هذا ملخص لما قاله المتحدث باسم المفوضية ... في المؤتمر الصحفي": a UN briefing note, in the body's voice
        if (side := _publisher_named(doc, _entity_at(doc, summary.end(), 1))) is not None:
            return side
    seen = 0
    for b in blks:
        if b.kind == "title":
            continue
        seen += 1
        if seen > 2 or b.kind not in ("heading", "body"):
            break
        if b.end - b.start > 90 or sum(1 for w in t[b.start:b.end].split() if not _NO_LETTER.fullmatch(w)) > 10:
            continue  # (bars, dashes and dates between the fields are no words: "المرصد ... | 7 اذار/مارس 2025 | ...")
        issued = _RELEASE_ISSUED_BY.match(t, b.start, b.end)
        if issued is not None:
            # "بيان صحفي رقم (812) صادر عن المكتب الإعلامي الحكومي": a release, by whom it says
            x = _entity_at(doc, issued.end(), 0)
            c = _entity_claimant(x, doc, None, None) if x is not None and x.kind in ("party", "organ", "anonymous") else None
            if c is not None and c.party not in (None, "outlet", "unknown", "media", "local_sources"):
                return c.party
            continue
        x = _entity_at(doc, b.start, 0)
        if x is None or x.kind == "anaphor":
            # ("المركز الإعلامي لعملية بركان الغضب": the office's word refers to no one before it)
            x = _entity_at(doc, _MASTHEAD_OFFICE.match(t, b.start).end(), 0) or x
        if x is not None and x.kind == "anonymous" and x.id == "government" and _MINISTRY.match(t, x.start) \
                and (dash := _MASTHEAD_DASH.match(t, x.end, b.end)) is not None:
            # "وزارة الصحة – قطاع غزة" alone under the title: the ministry of the place named publishes
            side = _state_of_place(doc, dash.end(), b.end)
            if side is not None:
                return side
            continue
        if x is None or x.kind not in ("party", "organ") or x.party in (None, "outlet", "unknown", "media", "local_sources") \
                or x.end > b.end or not _MASTHEAD_REST.match(t, x.end, b.end):
            continue
        if x.kind == "party" and x.party.endswith("_government"):
            continue  # "إسلام آباد – «الخليج»:": a dateline's capital (a state by its metonym), no publisher
        return x.party
    if (side := _signed_by(doc, blks)) is not None:
        return side
    title = blks[0] if blks and blks[0].kind == "title" else None
    x = _entity_at(doc, title.start, 0) if title is not None else None
    if x is not None and x.kind in ("party", "organ") and x.party not in (None, "outlet", "unknown", "media") \
            and _TITLE_COLON.match(t, x.end, title.end) and _WE.search(t, title.end):
        # "قوات الدعم السريع: دحر هجوم ..." over "تصدّت قواتنا الباسلة": the side's own statement
        return x.party
    if x is not None and x.kind in ("party", "organ") and (x.party == "un" or x.role in ("ngo", "mission")) \
            and _TITLE_COLON.match(t, x.end, title.end):
        lede = next((b for b in blks[1:3] if b.kind == "body" and b.end - b.start > 120), None)
        if lede is not None and any(y.party == x.party and y.id == x.id for y in _entities_in(doc, lede.start, lede.end)):
            # "يونامي: مقتل 1,792 عراقياً ..." over a lede "... وفقاً لأرقام بعثة الأمم المتحدة (يونامي)":
            # a monitor's or a UN mission's own release
            return x.id if x.kind == "organ" and x.id in doc.voice_of else x.party
    if title is not None and _SITUATION_REPORT.search(t, title.start, title.end):
        # "السودان: تحديث عاجل رقم 3 – ..."، "تقرير موجز رقم 4": a UN situation report (a flash
        # update, a sitrep), whose publisher is often named nowhere in its text; its own voice is
        # the body its title opens with ("مصفوفة تتبع النزوح – السودان | تحديث سريع"), else the UN's
        if x is not None and x.kind in ("party", "organ") and x.party is not None and (
                x.party == "un" or x.role in _REPORTING_ROLES
                or (body := doc.gazetteer.get(x.party)) is not None and body.role in _REPORTING_ROLES):
            return _publisher_named(doc, x) or "un"  # (an agency's unit speaks for the agency: DTM for IOM)
        under = blks[1] if len(blks) > 1 and blks[0].kind == "title" else None
        if under is None or not _NAMED_MASTHEAD.fullmatch(t, under.start, under.end):
            return "un"  # (not under a masthead the gazetteer does not know: "الإغاثة الإسلامية – مكتب الصومال")
    return None


def _signed_by(doc: _Doc, blks: list[Block]) -> str | None:
    """The body that signs the article on its last line, its name alone ("الدفاع المدني
    السوري" under a statement, "المكتب الإعلامي لـ..."): a statement in that body's voice."""
    t = doc.norm.text
    last = next((b for b in reversed(blks) if t[b.start:b.end].strip()), None)
    if last is None or last.kind not in ("heading", "body", "byline") or last.end - last.start > 60 \
            or len(blks) < 3:
        return None
    at = last.start + len(t[last.start:last.end]) - len(t[last.start:last.end].lstrip())
    x = _entity_at(doc, at, 0)
    if x is None or x.kind == "anaphor":
        x = _entity_at(doc, _MASTHEAD_OFFICE.match(t, at).end(), 0) or x
    if x is None or x.kind not in ("party", "organ") or x.party in (None, "outlet", "unknown", "media", "local_sources") \
            or x.end > last.end or not _SIGNATURE_REST.match(t, x.end, last.end) \
            or x.kind == "party" and x.party.endswith("_government"):
        return None
    return x.party


_SIGNATURE_REST = re.compile(r"[^\w]*$")
_TITLE_COLON = re.compile(r"[\s\"»]*:")
# The first person plural of a side speaking of its own ("قواتنا", "مواقعنا", "أبطالنا").
_WE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:ال|)(?:قواتنا|مقاتلينا|جنودنا|ابطالنا|مواقعنا|صفوفنا|مجاهدينا|عناصرنا)(?!\w)")


def extract(text: str, article_id: str = "article", ctx: Context | None = None, *,
            has_title: bool = True, outlet: str | None = None) -> list[Claim]:
    """Every quantitative claim of one article (the claim contract of CONTRACT.md)."""
    return extract_normalized(normalize(text), article_id, ctx or default_context(),
                              has_title=has_title, outlet=outlet)


def extract_normalized(norm: Normalized, article_id: str, ctx: Context, *, has_title: bool = True,
                       outlet: str | None = None, blks: list[Block] | None = None) -> list[Claim]:
    lex = ctx.lexicon
    t = norm.text
    blks = blks if blks is not None else blocks(t, has_title=has_title)
    sents = sentences(t, blks)
    # one pass; the longest trigger at a position wins (قتيل وجريح over قتيل)
    scans = lex.whole_text_scans(t)
    dedup = [_Hit(a, b, cls) for cls, a, b in scans["trigger"]]
    if "الحياه" in t or "انفاس" in t:
        # "فارق اثنان آخران من المصابين الحياة": the verb's own subject between its two words (the
        # word that ends the phrase is the trigger, as "حتفهم" is in "لقي 5 جنود حتفهم")
        split = [_Hit(m.start(1), m.end(1), "killed") for m in _SPLIT_DEATH.finditer(t)]
        if split:
            dedup = sorted(dedup + split, key=lambda h: h.start)
    places: list = []
    place_spans: list = []
    entities = _entities(t, ctx, places, scans, place_spans)
    dedup = _outside_names(dedup, entities)
    doc = _Doc(norm, t, [m.start() for m in _WORD.finditer(t)], dedup, [h.start for h in dedup],
               entities, [e.start for e in entities], None, {}, None)
    doc.home_government = _home_government(places, ctx.gazetteer, _states_by_place_adjective(t, lex, ctx.gazetteer)) \
        or _home_by_adjective(t, lex, ctx.gazetteer, entities) or _home_by_outlet(outlet, ctx.gazetteer)
    doc.place_spans = place_spans
    doc.migrant_story = t.count("مهاجر") >= 3
    doc.kidnap_story = len(_KIDNAP_WORD.findall(t)) >= 3
    doc.gazetteer = ctx.gazetteer
    doc.army_of = _armies_fought(ctx.gazetteer)
    doc.voice_of = _own_voices(ctx.gazetteer)
    doc.own_army = _own_armies(ctx.gazetteer)
    _resolve_by_home(entities, doc.home_government, ctx.gazetteer)
    doc.attacker, doc.group_for, doc.main_government = _attacker(t, entities, ctx, doc.home_government)
    doc.outlet_id = outlet
    doc.lexicon = lex
    doc.cues = scans["cue"]
    doc.cue_starts = [c[1] for c in doc.cues]

    mentions = [m for m in ctx.numbers.find(t) if m.excluded is None]
    found_duals = scans["dual"]
    if "\u064e\u064a" in norm.original:  # a fatha before "ين": a dual marked as such ("مقاتلَيْن")
        found_duals = sorted(found_duals + _marked_duals(doc, norm, lex, found_duals), key=lambda d: d[1])
    if "بين" in t or "منه" in t:
        found_duals = sorted(found_duals + _part_duals(doc, found_duals), key=lambda d: d[1])
    duals = _duals(t, lex, mentions, found_duals)
    if duals:
        # "جنديين اثنين": the numeral after a dual stresses it, it counts no one more
        twos = {m.end() - len(m.group(1)) for d in duals if (m := _TWO_AFTER.match(t, d.end))}
        if twos:
            mentions = [m for m in mentions if m.start not in twos]
    mentions += duals
    mentions.sort(key=lambda m: m.start)
    starts = [m.start for m in mentions]

    claims: list[Claim] = []
    carried: Claimant | None = None
    last_medium: Claimant | None = None
    # a party's own medium speaks for it (Amaq, al-Masirah), and a state's agency on its own
    # state's events (SANA on Syria, SPA on Saudi Arabia): its own voice is that side's claim.
    # A state agency abroad (Anadolu on Burkina Faso) is an outlet like any other.
    own = ctx.gazetteer.get(outlet) if outlet else None
    own_party = own.party if own is not None and own.kind == "medium" else None
    doc.outlet_own_channel = own is not None and own.kind == "medium" and own.role != "agency"
    if own_party and own_party.endswith("_government") and doc.home_government not in (None, own_party):
        own_party = None
    if own_party is None and outlet is None:
        own_party = _masthead_party(doc, blks)
        doc.masthead_body = _masthead_body(doc, blks) if own_party is None else None
    doc.outlet_party = own_party or "outlet"
    outlet_voice = Claimant(doc.outlet_party, None, (), None)
    listing: Claimant | None = None  # the speaker of a list of bullets under way
    labelled: tuple[int, Claimant] | None = None  # a line's source named before its colon (where its sentence began)
    # "ننشر في ما يلي نص البيان": (where it was announced, whose text follows, announced with a colon)
    following: tuple[int, Claimant, bool] | None = None
    quoting: Claimant | None = None  # a statement quoted over several lines: whose words they are
    quote_block = None  # (the paragraph of a quotation opened after its speaker's cue)
    quote_start = 0
    poster: tuple[str | None, Claimant] | None = None  # a thread's unknown poster and the side it speaks for
    # an interview: the first side to speak before its questions begin (the headline's "مدير
    # مستشفى الأمل: ...") answers them ("ج: استقبلنا 64 جريحاً")
    interviewee: Claimant | None = None
    questions = False
    dashed = False  # an interview whose questions, not answers, open with a dash
    head = t[:2000]  # (every announcement holds "حوار" or "حاور": a substring test first)
    interview = ("حوار" in head or "حاور" in head) and _INTERVIEW.search(head) is not None
    separate = None  # the paragraph a "وفي حادث منفصل" opened: another event's claims (context "background")
    tally_at = _tally_candidates(t)  # (where claims may be marked context "total")
    last_start = starts[-1] if starts else -1
    for sent in sents:
        if sent.start > last_start:
            break  # (no figure left: what the rest says makes no claim)
        kind = sent.block.kind
        if kind in ("related", "widget", "byline", "repeat"):
            continue
        if separate is not None and sent.block is not separate:
            separate = None
        if t.find("منفصل", sent.start, sent.start + 40) >= 0 and _SEPARATE_EVENT.match(t, sent.start):
            separate = sent.block
        similar = t.find("مماثل", sent.start, sent.start + 60) >= 0 and _SIMILAR_EVENT.match(t, sent.start) is not None
        if t.startswith(":", sent.end - 1) or t.startswith(":", sent.end - 2):
            _list_header(doc, sent)
        if kind == "tweet":
            author = _tweet_author(sent.block, ctx)
            if author.party == "unknown" and poster is not None and poster[0] == sent.block.author:
                author = poster[1]  # the next post of the same thread
            elif author.party == "unknown" and carried is not None and carried.party not in ("unknown", "outlet") \
                    and _opens_list(t, max(0, sent.block.start - 300), sent.block.start - 1):
                # "وكتب المتحدث باسم الحركة على إكس:" then the post: a poster the gazetteer does not
                # know speaks for the side the sentence before named
                author = Claimant(carried.party, author.speaker, carried.via + (
                    ("twitter",) if "twitter" not in carried.via else ()), author.cue)
                poster = (sent.block.author, author)
            cues, carry_s = [_Cue(sent.start, author)], None
        else:
            cues, carry_s, last_medium = _sentence_cues(doc, sent, carried, last_medium, lex)
            if cues:
                label = next((c for c in cues if c.label), None)
                labelled = (sent.start, label.claimant) if label is not None else None
            elif labelled is not None and t.find("\n", labelled[0], sent.start) < 0:
                # "الناطق باسم الداخلية: قوات الأمن قتلت المهاجم. الحصيلة الأولية 19 قتيلاً.": the rest of
                # a ticker's or live blog's line speaks in the voice named before its colon
                cues = [_Cue(sent.start, labelled[1])]
            line_start = sent.start == sent.block.start or t[sent.start - 1:sent.start] == "\n"
            qa = _QA_LINE.match(t, sent.start) if listing is not None or line_start else None
            # "q" a journalist's question, "a" an answer ("س: / ج:"; in an interview also "* ...؟" and "- ...")
            qa_kind = None if qa is None else ("a" if qa.group(1) is not None else "q")
            if qa_kind is None and interview and line_start:
                asks = t[sent.start:sent.end].rstrip().endswith("؟")
                qa_kind = "q" if asks and (dashed or not _DASH_LINE.match(t, sent.start)) else \
                    "a" if _DASH_LINE.match(t, sent.start) and not dashed else \
                    "q" if _STAR_LINE.match(t, sent.start) else \
                    "a" if dashed and questions else \
                    "a" if questions and _NAME_LABEL.match(t, sent.start) else None
                if asks and _DASH_LINE.match(t, sent.start):
                    dashed = True  # "- ما الذي ترونه؟" then the answer as a plain line: the dash marks questions
            if qa_kind is not None and not questions:
                questions = True
                # (the figures said before the questions: the headline's, the introduction's)
                # (who the headline names before its colon; else the first side to give figures
                # before the questions)
                interviewee = _headline_speaker(doc, sents[0], last_medium)
                said = next((c.source for c in claims if c.source.party not in ("outlet", "unknown", "media")),
                            None) if interviewee is None else None
                if said is not None:
                    interviewee = Claimant(said.party, said.speaker, tuple(said.via), said.cue)
            if qa_kind == "a" and interviewee is not None and (listing is None or interview):
                listing = interviewee  # (in an interview, not a heading's source the question set)
            if qa_kind == "a" and listing is not None and (carried is not None or interview):
                # "ج: نقلنا ... أكثر من 150 جريحاً": a verb of the answer whose subject is "we" is the
                # one answering, not the speaker carried from before the questions; "وثقت فرقنا
                # الميدانية" in an interview's answer: the interviewee's teams, not the publisher's
                cues = [_Cue(c.pos, listing) if carried is not None and c.claimant == carried
                        or interview and c.claimant.party == "outlet" else c for c in cues]
            if qa_kind == "q" and interviewee is not None \
                    and (you := _YOU_SAID.search(t, sent.start, sent.end)) is not None:
                # "س: قلتم إن قواتكم قتلت 50 مسلحاً، ...": the figure the question recalls is the speaker's own
                cues = [c for c in cues if c.pos < you.start()] + [_Cue(you.start(), interviewee)]
            if listing is not None and (_BULLET.match(t, sent.start) or sent.start > sent.block.start
                                        or qa_kind == "a"):
                # an item of a list a speaker opened with "إن:" (and the rest of its line, and the
                # answers of a press conference's questions, "ج: ...") speaks in that voice
                if not cues or all(c.acting or c.label and c.claimant.party == "medical_sources" for c in cues):
                    # a hospital heading an item ("- مستشفى الرازي: 12 جريحاً") is where the
                    # speaker's figures were counted, not a new speaker; nor is an office or a
                    # hospital standing first in an item ("• 14 مستشفى خارج الخدمة") one
                    cues, carry_s = [_Cue(sent.start, listing)], listing if carry_s is not None else None
            elif qa_kind is None:  # (a journalist's question, "س: ...", has its own voice; the list goes on)
                listing = None
            if (carry_s or carried) is not None and _opens_list(t, sent.start, sent.end):
                listing = carry_s or carried  # ("وتوزع الجرحى على المستشفيات كالآتي:": the same voice)
                if carry_s is None and (owner := _list_owner(doc, sent, carried, last_medium)) is not None:
                    listing = owner  # "وشملت استجابة المنظمة وشركائها حتى الآن:": that body's own list
            elif sent.end - sent.start <= 80 and (head := _heading_source(doc, sent, carried, last_medium)):
                listing = head  # "أرقام رئيسية - أوتشا" over a list of bullets: the agency's figures
            # a statement republished whole: "ننشر في ما يلي نص البيان"، "وفي ما يلي ترجمة البلاغ:"
            # then a quotation opening a line and running over several lines speaks in the voice of
            # the statement's author until the quotation closes
            opened = False
            if quoting is None and following is not None and sent.start == sent.block.start \
                    and t.startswith('"', sent.start) and sent.start - following[0] < 600:
                quoting, following, opened, quote_start, quote_block = following[1], None, True, sent.start, None
            elif quoting is None and following is not None and following[2] and not _BULLET.match(t, sent.start):
                # "وجاء في البيان:" then the statement's paragraphs without quotation marks: they speak
                # in its voice until a paragraph has a speaker of its own or the outlet recalls the past
                if sent.start - following[0] < 1500 and not _BACKGROUND_OPENER.match(t, sent.start) \
                        and (not cues or all(c.acting for c in cues)):
                    cues, carry_s = [_Cue(sent.start, following[1])], None
                else:
                    following = None
            if quoting is not None and quote_block is not None and sent.block is not quote_block:
                quoting = None  # (a quotation opened in a paragraph closes in it)
            if quoting is None and cues and not cues[-1].acting and cues[-1].claimant.party \
                    not in ("outlet", None) and t.count('"', cues[-1].pos, sent.end) % 2 == 1 \
                    and t.count('"', sent.end, sent.block.end) % 2 == 1:
                # 'وأضاف النقيب: "هاجموا القاعدة ... . قتلنا 17 منهم"': a quotation opened after the
                # speaker, running on past the sentence's end and closed in the paragraph, is his
                quoting, quote_start, opened, quote_block = cues[-1].claimant, sent.start, None, sent.block
            elif quoting is not None and sent.start - quote_start > 4000:
                quoting = None  # (a quotation left open by a typo does not run on to the page's end)
            if quoting is not None and opened is None:
                opened = False  # (the sentence that opens it after its cue keeps its own cues)
            elif quoting is not None:
                if not cues or all(c.acting or c.claimant.party in ("outlet", "unknown") for c in cues):
                    cues, carry_s = [_Cue(sent.start, quoting)], None
                elif cues[0].pos > sent.start:  # (figures before a cue of its own: still the statement's)
                    cues = [_Cue(sent.start, quoting)] + cues
                if (t.count('"', sent.start, sent.end) % 2 == 1) != opened:
                    quoting = quote_block = None  # the quotation closes (or opened and closed in one sentence)
            elif _may_announce(t, sent.start, lim := sent.end if _ENDS_WITH_COLON.match(t, max(sent.start, sent.end - 3), sent.end)
                               else min(sent.end, sent.start + 120)) \
                    and (fm := _FOLLOWING.search(t, sent.start, lim)) is not None:
                voice = _statement_author(doc, fm.end(), sent.end, carried, last_medium) or carry_s or carried
                following = (sent.end, voice, _opens_list(t, sent.start, sent.end)) \
                    if voice is not None and voice.party not in ("outlet", "unknown") else None
            elif cues and not cues[-1].acting and cues[-1].claimant.party not in ("outlet", "unknown", None) \
                    and _ENDS_WITH_COLON.match(t, max(sent.start, sent.end - 3), sent.end):
                # "وكتب الناشط ... على صفحته بفيسبوك:" over a paragraph opening with a quotation: its words
                following = (sent.end, cues[-1].claimant, False)
        for c in cues:
            if not c.acting and c.claimant.party and c.claimant.cue:
                doc.spoken.append((c.pos, sent.start, sent.end, c.claimant))
        i, j = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        in_sent = mentions[i:j]
        totals = _tally_phrases(t, sent, tally_at) if in_sent and tally_at else ()
        total_whole = False
        restated = None  # a figure with no event of its own, restated right after it ("، أي ...")
        whole = None  # a figure with no event of its own, its parts listed right after it ("، بينهم ...")
        for k, mention in enumerate(in_sent):
            if mention.end > sent.end:
                continue
            prev_end = in_sent[k - 1].end if k > 0 else sent.start
            next_start = in_sent[k + 1].start if k + 1 < len(in_sent) else sent.end
            claim = _claim(doc, sent, mention, prev_end, next_start, cues, outlet_voice, article_id, lex, ctx,
                           in_sent[k + 1] if k + 1 < len(in_sent) else None)
            earlier = None  # (a figure before this one with no event of its own that shares this one's)
            if claim is not None and k > 0 and restated is in_sent[k - 1]:
                # "أكثر من 3,500 شخص، أي قرابة 700 أسرة، نزحوا": the figure restated is of the same event
                earlier = (restated, {})
            if claim is not None and claim.part_of and whole is not None and claim.measure in _LIST_EVENTS \
                    and _noun_after(doc, mention.num_end, lex).noun_measure is None:
                # "إن ما لا يقل عن 58 مدنياً، بينهم 14 امرأة و9 أطفال، قُتلوا": the whole's event is its
                # parts' (the verb after the list; not "3 آلاف شخص، بينهم 40 جريحاً": a part's own noun)
                earlier = (whole, {"part_of": False, "subject": _WHOLE_SUBJECT[_noun_after(doc, whole.num_end, lex).people]})
                whole = None
            elif claim is not None or not (k > 0 and whole is in_sent[k - 1]):
                whole = None
            if claim is None and k + 1 < len(in_sent) and (mention.value.low or 0) >= 2 \
                    and _part_before(t, max(sent.start, in_sent[k + 1].start - 16), in_sent[k + 1].start) \
                    and _noun_after(doc, mention.num_end, lex).people in _WHOLE_SUBJECT:
                whole = mention
            restated = mention if claim is None and k + 1 < len(in_sent) \
                and _RESTATED.fullmatch(t, mention.end, in_sent[k + 1].start) else None
            if claim is None and doc.all_of is not None:
                _all_of(claims, None, doc.all_of)
                doc.all_of = None
            if claim is not None:
                if separate is not None or similar or t.find("مماثل", mention.end, min(next_start, mention.end + 90)) >= 0 \
                        and _IN_SIMILAR_AFTER.match(t, mention.end, min(next_start, sent.end)):
                    claim = evolve(claim, context="background")
                elif totals and (_tallies(t, sent, mention, next_start, totals)
                                 or claim.part_of and total_whole):
                    claim = evolve(claim, context="total")  # "قتل أكثر من 900 مدني منذ مطلع العام"
                if not claim.part_of:
                    total_whole = claim.context == "total"
                if earlier is not None:
                    figure, change = earlier
                    counted = _noun_after(doc, figure.num_end, lex)  # (the evidence holds its noun: "نحو 2100 شخص")
                    a0, b0 = doc.norm.span(figure.start, counted.end if figure.end <= counted.end <= mention.start else figure.end)
                    claims.append(evolve(claim, value=figure.value, evidence=Span(a0, b0), text=doc.norm.original[a0:b0],
                                         **change))
                claims.append(claim)
                if claim.measure in _BEFELL_ATTACKERS and (band := _the_attackers(t, mention)) is not None:
                    claims.append(evolve(claim, measure=band))  # "قتل المهاجمين الأربعة": four attackers, all killed
                if claim.value.qualifier == "all" and claim.measure in ("killed", "wounded") \
                        and claim.subject not in (None, "people"):
                    _all_of(claims, claim)
                if claim.subject:
                    doc.last_subject = claim.subject
                    if not claim.part_of:
                        doc.subject_of[claim.measure] = (claim.subject, claim.source.party)
                    if claim.subject != doc.group_counted and _armed_side(claim.subject, ctx):
                        doc.group_counted = claim.subject
                doc.last_measure = claim.measure
        if kind != "tweet" and carry_s is not None:
            carried = carry_s
        if not interview and not questions and _question_heading(t, sent):
            # "كيف ردت الحكومة؟ ... هل سبق أن شهدت باكستان هجمات بهذا الحجم؟": an explainer's
            # question opens a section in the outlet's voice; the last answer's speaker is not carried
            carried = None
    return claims


# The attackers named with their number, both definite, after what befell them: "قتل المهاجمين
# الأربعة"، "الانتحاريين الثلاثة فجروا أنفسهم": the figure is also how many attacked.
_THE_ATTACKERS_BEFORE = re.compile(r"(?<!\w)(?:و|ب|ل|)(?:ال|لل)(?:(مهاجم|مقتحم)|(انتحاري))(?:ين|ون|ان)\s+$")
_BEFELL_ATTACKERS = frozenset({"killed", "captured", "wounded", "escaped", "at_large", "surrendered"})


def _the_attackers(t: str, mention: NumberMention) -> str | None:
    """"attackers" or "suicide_attackers" where the figure is the definite number of a definite
    attacker noun right before it ("المهاجمين الأربعة"، "الانتحاريين الـ3"), else None."""
    if mention.kind == "words" and t.startswith("ال", mention.num_start):
        lo = mention.num_start
    elif mention.kind == "digits" and (al := _AL_DIGITS.search(t, max(0, mention.num_start - 3), mention.num_start)):
        lo = al.start()
    else:
        return None
    m = _THE_ATTACKERS_BEFORE.search(t, max(0, lo - 20), lo)
    if m is None:
        return None
    return "attackers" if m.group(1) else "suicide_attackers"


# A tally of a stretch of time beyond the incident: since the start of the year, the month or
# the war ("منذ مطلع العام الجاري"، "منذ اندلاع النزاع"، "منذ عام 2011"), over the year so far or
# the past months ("خلال العام الجاري"، "في النصف الأول من العام"، "خلال الأشهر الستة الماضية").
# What an attack's own days are counted from is not here ("منذ بدء الهجوم"، "منذ يوم الخميس"، and
# "منذ بدء العدوان/المعارك", which name a raid or a battle as often as a war). The word boundary
# before each is checked apart: a pattern that opens on a word lets the engine skip to its letters.
_SINCE_TALLY = re.compile(
    r"منذ\s+(?:(?:بدايه|بدايات|بدء|مطلع|مستهل|اول|اندلاع|انطلاق|انطلاقه|نشوب|اشتعال)\s+"
    r"(?:(?:هذا|هذه)\s+)?(?:العام|السنه|الشهر|عام|سنه|الحرب|النزاع|الصراع|الازمه|الثوره|الاحتلال"
    r"|الانتفاضه)(?!\w)"
    r"|(?:(?:عام|العام|سنه)\s+)?[12]\d{3}(?!\d)"
    r"|(?:اندلاع|بدء|بدايه|انطلاق|نشوب)(?:ها|ه)(?!\w))")
_PERIOD_TALLY = re.compile(
    r"(?:خلال|طوال|في)\s+(?:(?:العام|السنه)\s+(?:الجاري|الحالي|الجاريه|الحاليه)"
    r"|النصف\s+(?:الاول|الثاني)\s+من\s+(?:العام|السنه|عام|سنه)"
    r"|(?:الاشهر|الشهور|السنوات|الاعوام)\s+(?:\w+\s+)?(?:الماضيه|الاخيره|المنصرمه))(?!\w)")
# (the words every _PERIOD_TALLY holds, the rarer ones: a text with none of them needs no scan;
# one search for them all takes a quarter of the time of a search for each)
_PERIOD_GATE = re.compile("العام الجاري|العام الحالي|السنه الجاريه|السنه الحاليه|النصف |الاشهر|الشهور|السنوات"
                          "|الاعوام")
# What makes a since-phrase a comparison, not a tally: "الهجوم الأعنف منذ بداية العام"،
# "لأول مرة منذ 2014"، "أكبر عدد منذ اندلاع الحرب"; or a time held (below).
_SINCE_COMPARED = re.compile(
    COMPARED_BEFORE
    # or how long the counted have been held: "تحرير 4 نساء كن محتجزات لدى الخاطفين منذ عام 2014"
    + r"|(?<!\w)(?:و|)(?:محتجز|معتقل|مختطف|مخطوف|اسير|اسري|مسجون|موقوف|محاصر|مفقود)\w*(?:\s+\S+){0,3}\s*$")
# A pronoun "since its outbreak" stands for a war named just before it.
_WAR_NOUN = re.compile(r"(?<!\w)(?:ال|لل)(?:حرب|نزاع|صراع|ثوره|ازمه)(?!\w)")  # (the wars _SINCE_TALLY names)


def _tally_candidates(t: str) -> list[tuple[int, int]]:
    """Where a text may hold a tally phrase (see _SINCE_TALLY), found once per article: they are
    rare, and most sentences with a figure then need no look."""
    found = []
    i = t.find("منذ")
    while i >= 0:
        if (i == 0 or not t[i - 1].isalnum() or t[i - 1] == "و" and (i == 1 or not t[i - 2].isalnum())) \
                and (m := _SINCE_TALLY.match(t, i)) is not None:
            found.append((i, m.end()))
        i = t.find("منذ", i + 3)
    if _PERIOD_GATE.search(t) is not None:
        found += [(m.start(), m.end()) for m in _PERIOD_TALLY.finditer(t)
                  if m.start() == 0 or not t[m.start() - 1].isalnum()]
    found.sort()
    return found


def _tally_phrases(t: str, sent: Sentence, candidates: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The tally phrases of a sentence, from the article's candidates, compared ones left out."""
    lo, hi = sent.start, sent.end
    out = []
    for s, e in candidates:
        if s < lo or e > hi:
            continue
        if _SINCE_COMPARED.search(t, max(lo, s - 40), s):
            continue
        if t.endswith(("ها", "ه"), s, e) and t.startswith("منذ", s) and not _WAR_NOUN.search(t, max(lo, s - 40), s):
            continue  # "منذ اندلاعها" with no war named before it
        out.append((s, e))
    return tuple(out)


def _tallies(t: str, sent: Sentence, mention: NumberMention, next_start: int,
             totals: tuple[tuple[int, int], ...]) -> bool:
    """Does a tally phrase govern the figure? One before it in its clause ("أسفرت الحرب منذ
    اندلاعها عن مقتل 20 ألف شخص ونزوح مليونين") or fronted at the sentence's start ("ومنذ مطلع
    العام، وثقت المنظمة مقتل 900"); or one after it in its clause, no nearer to the next figure
    ("900 مدني قتلوا في المحافظة منذ مطلع العام"، but not the 12 of "قتل 12 في القصف ليرتفع
    عدد القتلى منذ مطلع العام إلى 912")."""
    for a, b in totals:
        if b <= mention.start:
            if not _CLAUSE_BREAK.search(t, b, mention.start) or not t[sent.start:a].strip(" \t\n\"'«»-—:و"):
                return True
        elif a >= mention.end:
            if a >= next_start or _CLAUSE_BREAK.search(t, mention.end, a):
                continue
            if next_start >= sent.end or _CLAUSE_BREAK.search(t, b, next_start) \
                    or a - mention.end <= next_start - b:
                return True
    return False


# A sentence recalling a similar event before: "وكان هجوم مماثل للتنظيم قد أسفر الشهر الماضي عن".
_EVENT_NOUNS = (r"(?:هجوم|هجوما|حادث|حادثه|حادثا|تفجير|تفجيرا|انفجار|اعتداء|قصف|كمين|كمينا|غاره|ضربه|عمليه|هجمات|"
                r"تفجيرات|غارات|اشتباكات|مجزره)")
_SIMILAR = r"(?:مماثل|مماثله|مماثلا|مماثلين)(?!\w)"
_SIMILAR_EVENT = re.compile(r"\W*(?:(?:و|)(?:كان|كانت)\s+(?:\S+\s+){0,5}?|(?:و|ف|)في\s+)" + _EVENT_NOUNS + r"\s+(?:\S+\s+|)"
                            + _SIMILAR)
# A figure of its own "in a similar attack" right after it: "إذ قُتل 4 مدنيين الأربعاء في قصف مماثل على مخيم".
# (an adjective may stand between, "بهجوم انتحاري مماثل"; not a noun: "بانفجار أجهزة مماثلة" is the same
# wave of blasts elsewhere)
_IN_SIMILAR_AFTER = re.compile(r"[^.،,;؛\n]{0,60}?(?<!\w)(?:في\s+|خلال\s+|جراء\s+|اثر\s+|ب)" + _EVENT_NOUNS
                               + r"\s+(?:\w+ي\s+|)" + _SIMILAR)
# A paragraph that turns to another event: "وفي حادث منفصل"، "في سياق منفصل"، "وفي هجوم منفصل".
_SEPARATE_EVENT = re.compile(r"[\W\d]*(?:و|)(?:في|ف)\s*(?:سياق|حادث|حادثه|تطور|هجوم|خبر|حدث|عمليه)\s+(?:\w+\s+|)منفصل")


def _question_heading(t: str, sent: Sentence) -> bool:
    """A line of its own that asks (ends with "؟"), short and with no figure: an explainer's heading."""
    end = sent.end
    while end > sent.start and t[end - 1].isspace():
        end -= 1
    if end <= sent.start or t[end - 1] != "؟" or end - sent.start > 90:
        return False
    if not (sent.start == sent.block.start or t[sent.start - 1] == "\n") or not (end == len(t) or t.startswith("\n", end)
                                                                              or end == sent.block.end):
        return False
    return not any(ch.isdigit() for ch in t[sent.start:end])


def _headline_speaker(doc: _Doc, head: Sentence, last_medium: Claimant | None) -> Claimant | None:
    """The side named before the colon of a headline ("قائد في الجيش الوطني الليبي: قواتنا تتقدم"):
    who an interview under it asks."""
    t = doc.norm.text
    colon = t.find(":", head.start, head.end)
    if head.block.kind != "title" or colon < 0:
        return None
    for x in _entities_in(doc, head.start, colon):
        if x.kind in _SPEAKING and x.kind != "reporter" and not _is_addressee(doc, x):
            c = _entity_claimant(x, doc, None, last_medium)
            if c is not None and c.party not in (None, "outlet", "unknown", "media"):
                return c
    role = doc.lexicon.roles.match(t, head.start) if doc.lexicon is not None else None
    if role is not None and role.start() == head.start and _OFFICIAL_HEAD.match(t, head.start):
        # "قائد محور في مأرب لـ"الخليج اليوم": ...": an officer or official no list names, of the
        # story's state
        title = _TRAILING_TO.sub("", t[head.start:colon].split('"')[0].strip())
        return Claimant(doc.home_government or doc.main_government or "unknown", None, (), title)
    return None


# The head of an officer's or official's title (folded text).
_OFFICIAL_HEAD = re.compile(r"(?:قائد|ضابط|محافظ|وزير|والي|حاكم|مسؤول|مدير|العميد|العقيد|اللواء|النقيب|الرائد|المقدم|"
                            r"عميد|عقيد|رائد|مقدم)(?!\w)")


# an interview announced near the top ("حاوره: ...", "وكان هذا الحوار"): its lines of "- ..." answer
# those of "* ...؟"
_INTERVIEW = re.compile(r"(?<!\w)(?:حاوره|حاورته|حاورها|حاورهم|اجري\s+الحوار|اجرت\s+الحوار|هذا\s+الحوار|الحوار\s+التالي|"
                        r"في\s+حوار\s+(?:مع|خاص)|حوار\s+خاص|نص\s+الحوار|حوارا\s+مع|(?<=\n)حوار\s*[-–—|:])(?!\w)")
# an answer's line headed by its speaker's short name ("نوري: بعد نحو أربعين دقيقة ...")
_NAME_LABEL = re.compile(r"[ \t]*[^\W\d]{2,20}(?:\s+[^\W\d]{2,20}|)\s*:")
_DASH_LINE = re.compile(r"\s*[-–—]\s*\S")
_STAR_LINE = re.compile(r"\s*[*•]\s*\S")
# a question recalling what the one asked said: "قلتم", "أعلنتم", "تقولون" (second person plural)
_YOU_SAID = re.compile(r"(?<!\w)(?:و|ف)?(?:قلتم|ذكرتم|اعلنتم|أعلنتم|صرحتم|اكدتم|أكدتم|تحدثتم|تقولون|تتحدثون|تؤكدون|"
                       r"اشرتم|أشرتم|تشيرون|كشفتم|ابلغتم|وثقتم|سجلتم|احصيتم|أحصيتم|تقدرون|قدرتم)(?!\w)")
# a line of questions and answers: "س: ..." (the journalist), "ج: ..." (the speaker: group 1)
_QA_LINE = re.compile(r"\s*(?:[-•*]\s*|)(?:(ج|جواب|الجواب|الرد)|س|سؤال|السؤال)\s*:")
# what announces a text given whole: "في ما يلي نص البيان", "ننشر ترجمة البلاغ", "نص بيان ...",
# "وجاء في البيان:", "بياناً جاء فيه:"
_FOLLOWING = re.compile(r"(?<!\w)(?:(?:و|ف)?(?:في\s*ما|فيما|ما|كما)\s+يلي|(?:و|ف)?ن(?:نشر|نقل|ورد)\s+(?:\S+\s+){0,3}?"
                        r"(?:نص|ترجمه)|(?:و|ف)?نص\s+(?:ال|)(?:بيان|بلاغ|رساله|كلمه)|"
                        r"(?:و|ف)?جاء\s+(?:فيه|فيها|في\s+(?:ال|)(?:بيان|بلاغ|رساله|تقرير)\w*)|"
                        r"(?:و|ف)?(?:هذا|ما)\s+نص(?:ه|ها))(?!\w)")


# a sentence that ends with a colon ("..., وهذا نصه كما وزعته الوزارة:"): it announces what follows
_ENDS_WITH_COLON = re.compile(r".*:\s*$", re.S)


def _may_announce(t: str, start: int, end: int) -> bool:
    """Whether t[start:end] holds a word every _FOLLOWING match holds (a substring test costs
    far less than the search, and few sentences pass it)."""
    head = t[start:end]
    return "جاء" in head or "نص" in head or "يلي" in head or "ترجمه" in head


def _all_of(claims: list[Claim], whole: Claim | None, said: tuple[str, str, str, int] | None = None) -> None:
    """"القتلى جميعهم من أفراد الشرطة", "جميع القتلى من المدنيين": the figures of the same claimant
    and measure counted just before as persons of no side ("ارتفعت الحصيلة إلى 17 قتيلا") are of
    the side named for all. `said`: (measure, subject, party, position) when "all" made no claim."""
    measure, subject, party, pos = said if whole is None else \
        (whole.measure, whole.subject, whole.source.party, whole.evidence.start)
    for i in range(len(claims) - (1 if whole is None else 2), -1, -1):
        c = claims[i]
        if c.evidence.end < pos - 400:
            break
        if c.measure == measure and c.subject == "people" and c.source.party == party:
            claims[i] = replace(c, subject=subject)


def _statement_author(doc: _Doc, a: int, b: int, carried: Claimant | None,
                      last_medium: Claimant | None) -> Claimant | None:
    """The author named after "في ما يلي نص بيان ...": the first side or office named (a medium
    or platform it went out on is no author)."""
    for x in _entities_in(doc, a, min(b, a + 120)):
        if x.kind in ("party", "organ", "speaker", "group_anaphor") and not _is_addressee(doc, x):
            c = _entity_claimant(x, doc, carried, last_medium)
            if c is not None and c.party:
                return c.cued(x.surface)
    return None


# the separator before a source closing a heading: "أرقام رئيسية - أوتشا", "حصيلة اليوم | الصحة:"
_HEAD_SEP = re.compile(r"[-–—|:][ \t]*$")


def _heading_source(doc: _Doc, sent: Sentence, carried: Claimant | None,
                    last_medium: Claimant | None) -> Claimant | None:
    """The side, office or body that closes a short line of no figure after a dash ("أرقام
    رئيسية - أوتشا"): the source of the list of bullets below it."""
    t = doc.norm.text
    e = sent.end
    while e > sent.start and (t[e - 1].isspace() or t[e - 1] in ":."):
        e -= 1
    ents = _entities_in(doc, sent.start, e)
    if not ents or ents[-1].end < e - 1 or any(ch.isdigit() for ch in t[sent.start:e]):
        return None
    x = ents[-1]
    if x.kind not in ("party", "organ", "speaker") or not _HEAD_SEP.search(t, max(sent.start, x.start - 4), x.start):
        return None
    c = _entity_claimant(x, doc, carried, last_medium)
    if c is None or not c.party or c.party in ("outlet", "unknown", "media"):
        return None
    return c.cued(x.surface)


def _opens_list(t: str, start: int, end: int) -> bool:
    """The sentence ends with a colon ("قال للصحفيين إن:"): a list follows."""
    i = end - 1
    while i > start and t[i].isspace():
        i -= 1
    return t[i] == ":" if i >= start else False


def _tweet_author(block: Block, ctx: Context) -> Claimant:
    author = block.author or ""
    for m in ctx.gazetteer.find(author):
        if m.entry.kind in ("speaker", "party", "organ"):
            return Claimant(m.entry.party or m.entry.id, m.entry.id if m.entry.kind == "speaker" else None,
                            ("twitter",), author)
    return Claimant("unknown", author or block.handle, ("twitter",), author)


# "خسائر الجيش", "الخسائر البشرية في صفوف القوات": whose losses (the side named right after).
_LOSSES_OF = re.compile(r"خسائر\s+(?:(?:ال|)(?:بشريه|فادحه)\s+)?(?:(?:في\s+|)صفوف\s+)?")
_INFLICTED = re.compile(r"(?<!\w)(?:و|ف)?(?:كبد|كبدت|كبدوا|تكبيد|يكبد|تكبد)\w*\s+((?:\S+\s+){1,4}?)(?:ال|)خسائر(?!\w)[^.،,\n]{0,40}$")
# The same with the figure right after the side ("كبدت المليشيا مئات القتلى"): the side is group 1.
_INFLICTED_DIRECT = re.compile(r"(?<!\w)(?:و|ف)?(?:كبد|كبدت|كبدوا|كبدنا|تكبيد|يكبد|تكبد)\s+((?:\S+\s+){1,4}?)(?:ب?(?:نحو|قرابه|اكثر\s+من|ما\s+يزيد\s+(?:عن|علي))\s+)?$")
_ATTACKERS_WORD = re.compile(r"(?<!\w)(?:ال|)(?:مهاجم\w*|مسلح\w*|ارهابي\w*)(?!\w)")
_THEY_ALL = re.compile(r"(?<!\w)(?:و|ف)?(?:انهم|انهن|هم|كانوا)\s+$")
_AND_CIVIL = re.compile(r"[\s\"']*و(?:ال|)(?:مسؤولين|مسؤولي|المسؤولين|مدنيين|مدنيا|موظفين|موظفي|موظفا|نواب|وزراء|مواطنين|"
                        r"مواطنا|مسيحيين|مسيحيا|قرويين|قرويا)(?!\w)")  # ("20 جندياً ومسيحياً": one mixed count)
_UNIT_HEADS = frozenset({"فرقه"})  # a unit word that names factions as well as a state's divisions
_FACTION_UNIT = re.compile(r"(?<!\w)(?:و|ب|ل)?فرقه\s+(?!\d)")
_HOTEL = re.compile(r"(?<!\w)(?:و|ب|ل|في)?(?:ال|)(?:فندق|فنادق|منتجع|نزل)(?!\w)")
_TWO_AFTER = re.compile(r"\s+((?:ال|)(?:اثنين|اثنتين|اثنان|اثنتان))(?!\w)")
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_ONE_OF_BEFORE = re.compile(r"(?<!\w)(?:و|)(?:احد|احدي|كلا|كلتا)\s+(?:ال|لل)?$")
_OF_THE_FIGURE = re.compile(r"\s*من\s+\w+\s+(?:ال|)")  # between a figure and its dual: "اثنين من القتلى طفلان"


def _duals(t: str, lex: Lexicon, mentions: list[NumberMention],
           found: list[tuple[str, int, int]]) -> list[NumberMention]:
    """Duals count two without a numeral (الانتحاريان، شاحنتين مفخختين، مستوصفين); `found`: what
    the dual list found in the whole text (Lexicon.whole_text_scans)."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for cls, s, e in found:
        if any(s < b and a < e for a, b in taken):
            continue
        # "جنديين" right after a number is that number's noun, not a dual
        if _DIGIT_BEFORE.search(t[max(0, s - 4):s]):
            continue
        if any(e < m.start <= e + 2 and t[e:m.start].isspace() and m.value.low != 2 for m in mentions):
            continue  # "الانتحاريين الثلاثة": a plural noun before its number, not a dual
        gap = s  # where the spaces before the dual begin
        while gap > 0 and t[gap - 1].isspace():
            gap -= 1
        if cls == "suicide_attackers" and out and out[-1].end == gap and out[-1].kind in _PEOPLE_DUALS:
            # "امرأتان انتحاريتان"، "شابان انتحاريان": the two people were the bombers
            out[-1] = NumberMention(out[-1].start, e, out[-1].start, out[-1].start, out[-1].value,
                                    "dual:suicide_attackers", None, None)
            taken.append((s, e))
            continue
        # "أحد الطفلين": one of the two; "الطفلين الشهيدين": an adjective of the dual before
        if _ONE_OF_BEFORE.search(t[max(0, s - 10):s]) or any(gap <= b <= s for a, b in taken) or \
                any(b <= s and _OF_THE_FIGURE.fullmatch(t, b, s) for a, b in taken):
            continue  # ("اثنين من القتلى طفلان": the dual says what the two are, it counts nothing new)
        if out and out[-1].kind == "dual:" + cls and out[-1].end <= s < out[-1].end + 40 \
                and not _ANOTHER_ITEM.search(t, out[-1].end, s):
            continue  # "خصصت مدرستان في ناحية سنوني مركزي إيواء": the same two, named again
        if (verb := _DUAL_VERB_BEFORE.search(t, max(0, s - 14), s)) is not None \
                and any(m.value.low == 2 and m.num_end <= verb.start() and verb.start() - m.num_end <= 40
                        and not _ANOTHER_ITEM.search(t, m.num_end, verb.start()) for m in mentions):
            continue  # "نعى اثنين من مقاتليه ارتقيا شهيدين": what the two counted became, not two more
        taken.append((s, e))
        least = _AT_LEAST_AFTER.match(t, e)  # "أحرقت سيارتان على الأقل"
        n = 1 if cls == "one_of" else 2
        value = Value(n, None, "at_least") if least else Value(n, n, "exact")
        out.append(NumberMention(s, least.end() if least else e, s, s, value, "dual:" + cls, None, None))
    return out


# A verb in the dual right before a dual noun: "ارتقيا شهيدين"، "سقطا قتيلين".
_DUAL_VERB_BEFORE = re.compile(r"(?<!\w)(?:ارتقيا|سقطا|قضيا|استشهدا|قتلا|اصيبا|جرحا|توفيا|لقيا)[\s\"«]+$")
# Duals of people that a bomber's adjective may follow ("امرأتان انتحاريتان").
_PEOPLE_DUALS = frozenset({"dual:person", "dual:women", "dual:forces", "dual:militants", "dual:children"})
# A word whose "ين" ending follows a fatha: the dual written with its vowel ("مقاتلَيْن", "مسلحَين").
_MARKED_DUAL = re.compile("[\u0621-\u064a\u064b-\u0652\u0640]+?\u064e\u064a\u0652?\u0646(?![\u0621-\u064a])")


def _marked_duals(doc: _Doc, norm: Normalized, lex: Lexicon,
                  found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Duals of people written with the fatha that tells them from plurals ("استشهاد مقاتلَيْن",
    '"مسلحَين" قُتلا'): (class, start, end) in the normalized text, as the dual list gives them."""
    out = []
    taken = {(a, b) for _, a, b in found}
    for m in _MARKED_DUAL.finditer(norm.original):
        a, b = norm.from_original(m.start()), norm.from_original(m.end())
        if (a, b) in taken or any(x < b and a < y for _, x, y in found):
            continue
        noun = _noun_after(doc, a, lex)
        if noun.start != a or noun.end != b or noun.people is None:
            continue  # a dual of no people ("حزبَين"), or the word is part of a longer noun
        cls = "forces" if _match_at(lex.forces_words, doc.norm.text, a) else \
            noun.people if noun.people in lex.people and noun.people not in ("generic", "persons") else "person"
        out.append((cls, a, b))
    return out


# A dual no list names, as a part of a count ("بينهم مقاتلتان"، "بينهم قائدان ميدانيان"): a
# feminine dual ("-تان", "-تين"), or a noun and its adjective both in the nominative dual ("-ان").
# (Written to begin with a letter, each branch with the word's start checked after it, "(?<!\w.)":
# the same matches as "(?<!\w)و?(?:بينهم|بينهن|منهم|منهن)", but a pattern led by letters is scanned
# for in the regex engine's fast loop; this one reads whole texts, in half the time.)
_PART_DUAL = re.compile(r"(?:و(?<!\w.)(?:بينهم|بينهن|منهم|منهن)|ب(?<!\w.)ينه[من]|م(?<!\w.)نه[من])"
                        r"\s+((?:ال|)\w{2,}(?<!ست)(?:تان|تين)|(?:ال|)\w{3,}ان\s+(?:ال|)\w{3,}ان)(?!\w)")


def _part_duals(doc: _Doc, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Duals of persons that only their ending tells, as parts of a figure (class "person");
    not a name ("بينهم طالبان": the movement)."""
    out = []
    for m in _PART_DUAL.finditer(doc.norm.text):
        a, b = m.span(1)
        if not any(x < b and a < y for _, x, y in found) and not _entities_in(doc, a, b):
            out.append(("person", a, b))
    return out


# Between two duals: a "و" or a clause break makes the second another item.
_ANOTHER_ITEM = re.compile(r"(?<!\w)و|[،,.;:؛]")
# A verb of exceeding before the counting frame of a figure: "تجاوز عدد المصابين 942".
_WHERE = {"title": "headline", "heading": "headline", "tweet": "tweet"}
_EXCEEDED = re.compile(r"(?<!\w)(?:و|ف)?(?:تجاوز|يتجاوز|تتجاوز|تخطي|يتخطي|تخطت|فاق|يفوق|تفوق)\s+(?:عدد|اعداد|حصيله)\s+"
                       r"(?:\w+\s+){1,4}$")  # ("تجاوز عدد النازحين من القرى الحدودية 95 ألفاً")
# Digits in brackets after a number word, repeating it (Algerian and Moroccan communiqués).
_REPEAT_AFTER = re.compile(r"\s*\(\s*\d{1,4}\s*\)")
_REPEATED = re.compile(r"\s*\(\s*")  # between the number word and the digits it repeats
# A part out of a whole: "8 من أصل 12 راكباً", "3 من بين 10 مصابين".
_OUT_OF = re.compile(r"\s*من\s+(?:اصل|بين|مجموع)\s+\d[\d,.]*(?=\s)")
_OUT_OF_BEFORE = re.compile(r"\d[\d,.]*\s+من\s+اصل\s+$")
# A negated or denied verb right before "أكثر من": "لم تفقد الحركة"، "نافياً أن تكون الحركة فقدت"، "لا يتعدى".
_NOT_MORE_THAN = re.compile(r"(?:(?<!\w)(?:و|ف)?(?:لم|لا|لن)\s+(?!(?:ي|ت)?زال)\w+(?:\s+\w+){0,2}"
                            r"|(?<!\w)(?:و|ف)?(?:نفي|نفت|نفوا|ينفي|تنفي|نافيا|نافيه)\s+(?:\w+\s+){0,3}?(?:ان|أن)\s+\w+(?:\s+\w+){0,3})"
                            r"\s+$")
_AT_LEAST_AFTER = re.compile(r"\s*(?:على|علي)\s+الاقل(?!\w)")


def _claim(doc: _Doc, sent: Sentence, mention: NumberMention, prev_end: int, next_start: int,
           cues: list[_Cue], outlet_voice: Claimant, article_id: str, lex: Lexicon, ctx: Context,
           nxt: NumberMention | None = None) -> Claim | None:
    t = doc.norm.text
    if mention.kind.startswith("dual:"):
        cls = mention.kind[5:]
        if cls in ("suicide_attackers", "killed", "wounded"):  # الانتحاريان، جثتين، جريحين
            noun = _Counted(mention.start, mention.end, noun_measure=cls)
            after = _noun_after(doc, mention.end, lex) if cls != "suicide_attackers" else None
            if after is not None and after.people is not None and 0 <= after.start - mention.end <= 4 \
                    and (after.people not in ("generic", "persons") or _match_at(lex.forces_words, t, after.start)):
                # "شهيدين عسكريين", "شهيدين من العسكريين": the dual's people named right after it
                people = "forces" if _match_at(lex.forces_words, t, after.start) else after.people
                noun = _Counted(mention.start, after.end, people=people, noun_measure=cls)
        elif cls == "person" or cls == "forces" or cls == "one_of" or cls in lex.people:
            # الطفلان، امرأتان، جنديين: a dual of people says whose people too
            noun = _Counted(mention.start, mention.end, people="generic" if cls in ("person", "one_of") else cls)
        else:
            noun = _Counted(mention.start, mention.end, thing=cls)
        num_end = mention.start
    else:
        if prev_end > sent.start and _REPEATED.fullmatch(t, prev_end, mention.start):
            return None  # the "(06)" of "ستة (06) عناصر" repeats the number before it
        # the noun follows the number, before a trailing hedge ("35 حوثياً على الأقل")
        rep_end = _REPEAT_AFTER.match(t, mention.num_end)  # "ستة (06) عناصر": past the repeat
        noun = _noun_after(doc, rep_end.end() if rep_end else mention.num_end, lex)
        if noun.start < 0 and mention.end > mention.num_end:
            past = _noun_after(doc, mention.end, lex)  # "20 ونيف شخصاً": past a hedge word
            if (past.people or past.thing) and not _AND_AHEAD.match(t, mention.end, mention.end + 3):
                noun = past
        num_end = mention.num_end
        if noun.start < 0:
            whole = _OUT_OF.match(t, mention.num_end)  # "8 من أصل 12 راكباً": the whole's noun
            if whole:
                noun = _noun_after(doc, whole.end(), lex)
                if noun.thing:  # "لا يعمل سوى 3 من أصل 12 مستشفى": things that stand, no event
                    noun = _Counted()
        # "الضحايا الـ9": the article on the digits; a plural noun before them (not the ordinal of
        # "اللواء الـ55", "الشهيد الـ12"), also where the word after is an event verb that names
        # no people ("المهاجمين الـ33 قُتلوا")
        al = _AL_DIGITS.search(t, max(0, mention.num_start - 4), mention.num_start) \
            if mention.kind == "digits" else None
        if al and noun.start >= 0 and noun.people is None and noun.thing is None:
            got = _plural_noun_before(doc, al.start(), lex)
            noun = got if got.start >= 0 else noun
        elif noun.start >= 0 and noun.people is None and noun.thing is None and mention.kind == "words" \
                and t.startswith("ال", mention.num_start):
            # "المهاجمين الأربعة قتلوا": the same with a number word carrying the article
            got = _plural_noun_before(doc, mention.start, lex)
            noun = got if got.start >= 0 else noun
        if noun.start < 0 and mention.kind in ("words", "digits", "mixed", "range"):
            # "المحاور الثلاثه", "المسلحين الاربعه": a definite noun before the number
            noun = _noun_before(doc, mention.start, lex, definite=t.startswith("ال", mention.num_start))
            if noun.start < 0 and al:
                noun = _plural_noun_before(doc, al.start(), lex)
            if noun.start < 0 and mention.kind == "words" and t.startswith("ال", mention.num_start) \
                    and _EVENTS_BEFORE.search(t, max(0, mention.start - 20), mention.start):
                return None  # "قتلى التفجيرات الثلاثة"، "الغارات الأربع": the number of the events, no count of people
        if noun.start < 0 and (their := _THEIR_NUMBER.search(t, max(sent.start, mention.start - 30), mention.start)):
            # "قضت على المهاجمين، وعددهم 32": the plural named before "their number"
            w = _LAST_WORD.search(t, max(sent.start, their.start() - 25), their.start())
            got = lex.noun_scan.match(t, w.start(1)) if w is not None and t.startswith("ال", w.start(1)) else None
            if got is not None and got[2] == w.end(1) and got[0].startswith("people:"):
                noun = _Counted(w.start(1), w.end(1), people=got[0][7:])
        if (noun.start < 0 or noun.people is None and noun.thing is None) \
                and mention.value.low in (1, 2) and mention.value.high in (1, 2, None):
            # "جندي واحد": the noun before "one" (also where an event word follows: "جندياً واحداً لقي حتفه")
            one = _noun_before_one(doc, mention.start, lex)
            if one.start >= 0 and t.startswith(("حاله", "حالات"), one.start):
                one = _Counted()  # "حالة اثنين منهم خطرة": the state of two of them
            noun = one if one.start >= 0 or noun.start < 0 else noun
    if noun.start < 0:
        them = _REFERS_BACK.match(t, num_end)
        if them:  # "اثنين منهم رعاة أغنام": the noun after "منهم" says what the part are
            got = _noun_after(doc, them.end(), lex)
            if got.people in ("civilians", "children", "women", "journalists", "medical_staff"):
                noun = got
    if noun.people is None and noun.thing is None and mention.kind == "words" \
            and _ONE.fullmatch(t, mention.num_start, mention.num_end):
        word = _PREV_WORD.search(t, max(0, mention.start - 25), mention.start)
        if word and lex.noun_scan.match(t, word.start(1)) is not None:
            return None  # "أفراد عائلة واحدة": "one" qualifies the noun before (a family), it counts nothing
    # a key-figures box: "• ٤٣٦ ألفاً: عدد اللاجئين الذين عبروا الحدود ..."، "• 46 لاجئاً: لقوا حتفهم غرقاً":
    # the words after the colon say what the figure counts
    box = _box_colon(doc, sent, mention, noun)
    box_hit = None
    if box >= 0:
        hits = _triggers_in(doc, box, min(sent.end, box + 60))
        box_hit = hits[0] if hits else None
        if noun.start < 0:
            what = _BOX_COUNT_OF.match(t, box)
            got = _noun_after(doc, what.end() if what else box, lex)
            if got.people or got.noun_measure:
                noun = _Counted(got.start, got.end, people=got.people, noun_measure=got.noun_measure)
            elif box_hit is not None and box_hit.start - box <= 12:
                noun = _Counted(mention.start, mention.start, noun_measure=box_hit.cls)
    back = None
    if noun.start < 0 and doc.last_measure in _THINGS and doc.last_claim_end >= sent.start:
        back = _REFERS_BACK_THINGS.match(t, num_end)  # "وصل 778 منها": part of the things just counted
        if back:
            noun = _Counted(back.start(), back.end(), thing=doc.last_measure)
        else:
            others = _OTHERS.match(t, num_end)  # "دمرت 5 آليات واستولت على 12 أخرى": more of the things
            if others:
                thing = "vehicles" if doc.last_measure in ("vehicles_destroyed", "vehicles_seized") else doc.last_measure
                noun = _Counted(others.start(), others.end(), thing=thing)
    if t.find("اصل", max(sent.start, mention.start - 30), mention.start) >= 0 \
            and _OUT_OF_BEFORE.search(t, max(sent.start, mention.start - 30), mention.start):
        return None  # the 12 of "8 من أصل 12 راكباً" counts those there, not the event
    # "قتل 7 أشخاص بحسب الشرطة، و12 بحسب مصادر طبية": another claimant's figure for the same count
    alt = noun.start < 0 and not back and doc.last_measure is not None and doc.last_claim_end >= sent.start \
        and bool(_ALT_FIGURE_BEFORE.search(t, max(sent.start, mention.start - 4), mention.start)) \
        and bool(_ALT_FIGURE_AFTER.match(t, num_end))
    # "استقبل 23 مصاباً، وصفت حالة 3 منهم بالخطرة"، "نُقل 14 منهم إلى تركيا": a bare part "of them"
    # of the toll just given in the sentence, told by its state or its fate, is counted like it
    of_them = noun.start < 0 and not back and not alt and doc.last_measure in ("wounded", "killed", "casualties") \
        and doc.last_claim_end >= sent.start and _REFERS_BACK.match(t, num_end) is not None \
        and not _DISCHARGED.search(t, max(sent.start, mention.start - 14), min(sent.end, num_end + 40))
    if noun.thing is None and noun.people is None and noun.noun_measure is None and noun.start < 0 \
            and mention.kind not in ("quantifier", "vague") and not alt and not of_them \
            and not _counting_frame(doc, sent, mention, prev_end, num_end) \
            and not (doc.last_measure is not None and doc.last_claim_end >= sent.start
                     and _part_before(t, max(sent.start, mention.start - 16), mention.start)
                     and (_PART_BY.match(t, num_end) or doc.last_measure not in _THINGS
                          and _PART_OF_PEOPLE.search(t, max(sent.start, mention.start - 16), mention.start))) \
            and not (prev_end > sent.start and _event_of_them(t, lex, sent.start, mention.start)):
        # (but "أصيب 1070، بينهم 293 بالرصاص الحي"، "بينهم 4 في العناية المركزة": a part of the
        # figure just given, told by how or where, is counted like it; so is a part of people told
        # by what befell them or who they are: "بينهم 4 انتشلت جثامينهم"، "بينهم 60 سقطوا في بنغازي")
        return None
    # "أشارت إلى 43 قتيلاً، قبل أن ترتفع مساء الأحد إلى 67 مع عودة فرق البحث": a bare figure a
    # toll rose to, after the figure of that toll in the sentence, is the same count revised
    rose = noun.start < 0 and not back and not alt and doc.last_measure is not None \
        and doc.last_measure not in _THINGS and doc.last_claim_end >= sent.start \
        and t.endswith("الي ", max(0, mention.start - 4), mention.start) \
        and _REVISE.search(t, _back_words(doc, mention.start, 5), mention.start) is not None
    measure, trigger = (doc.last_measure, None) if back or alt else \
        _choose_measure(doc, sent, mention.start, num_end, noun, prev_end, next_start, lex)
    if of_them and measure is None:
        measure = doc.last_measure
    if rose and measure != doc.last_measure and (trigger is None or trigger.start > mention.start):
        measure, trigger = doc.last_measure, None  # (not what a word after it names: "مع عودة فرق البحث")
    if box_hit is not None and noun.thing is None and box_hit.cls in _BOX_EVENTS:
        measure, trigger = box_hit.cls, None  # (the event told after the colon, not the noun's own)
        if measure == "escaped" and not _PRISON.search(t, max(0, sent.start - 300), sent.end):
            measure = "displaced"  # "12 ألفاً: عدد الفارين إلى تشاد": people who fled, no prison
    if measure in ("vehicles_destroyed", "vehicles_seized") and not back and not alt and noun.thing is None \
            and noun.people is None and mention.kind == "vague":
        return None  # "سرقوا مئات رؤوس الماشية": a vague count of things of another kind, no vehicles
    if back and doc.last_measure in ("vehicles_destroyed", "vehicles_seized"):
        for hit in reversed(_triggers_in(doc, max(sent.start, prev_end), mention.start)):
            if hit.cls in ("vehicles_destroyed", "vehicles_seized") and doc.words_between(hit.end, mention.start) <= 1:
                measure, trigger = hit.cls, hit  # "استولت على 15 شاحنة وأحرقت العشرات منها": its own verb
            break
    if mention.kind == "quantifier" and _IN_CASES.match(t, mention.start):
        return None  # "في معظم الحالات": in most cases
    if mention.kind == "quantifier" and doc.last_claim_end >= sent.start \
            and _THEY_ALL.search(t, max(sent.start, mention.start - 10), mention.start):
        return None  # "قائمة بأسماء 11 ضحية قال إنهم جميعاً من الطلاب": all of the figure just given
    if mention.kind == "dual:families" and measure != "displaced":
        return None  # "قتل 5 أشخاص من عائلتين": the two families say whose, they are counted only when uprooted
    if measure is not None and not back and t.find("خل", max(sent.start, mention.start - 24), mention.start) >= 0 \
            and _CELL_OF.search(t, max(sent.start, mention.start - 24), mention.start) \
            and (trigger is None or trigger.start < _clause_start(doc, sent.start, mention.start)):
        measure = None  # 'وقال إن "خلية من 5 عناصر" كانت تخطط': the size of a cell, no event of its own
    if measure is not None and not back and trigger is not None and trigger.end <= mention.start \
            and t.find("نشر", max(trigger.end, mention.start - 50), mention.start) >= 0 \
            and (dep := _DEPLOYED.search(t, max(trigger.end, mention.start - 50), mention.start)) is not None:
        # "وفقاً للأمم المتحدة التي تنشر في البلاد نحو 13 ألف جندي": a force deployed, no toll
        # (the event word before it served an earlier figure)
        if not ctx.include_other:
            return None
        measure = "other"
    if noun.people is not None and _ABOARD.search(t, max(sent.start, mention.start - 16), mention.start) \
            and _SEIZED.search(t, sent.start, mention.start) \
            and (measure in (None, "detainees", "captured") or trigger is None
                 or trigger.start < _clause_start(doc, sent.start, mention.start)):
        measure = "hostages"  # "يحتجزون السفينة وعلى متنها 25 بحاراً": those aboard a seized ship are held
        if noun.people in ("persons", "generic"):
            noun = _Counted(noun.start, noun.end, people="hostages")
    if measure == "freed" and trigger is not None and _RESCUE_WORD.search(t, trigger.start, trigger.end) \
            and (doc.migrant_story or _PERIL.search(t, sent.start, sent.end)) \
            and not _CAPTIVITY.search(t, max(0, sent.start - 200), sent.end):
        # "إنقاذ 23 مهاجراً", "انتشال 10 أشخاص من البحر": people saved from the sea or the rubble,
        # not captives set free: a count the measures lack
        measure = "other"
    if measure == "freed" and trigger is not None and not back \
            and _DEMAND.search(t, max(sent.start, trigger.start - 50), trigger.start):
        # "طالبت اللجنة بالإفراج عن 40 ناشطاً", "دعا إلى إطلاق سراح المخطوفين": a call for a release
        # is none; its figure counts people still held
        measure = "hostages" if _KIDNAP_WORD.search(t, sent.start, sent.end) else "detainees"
    if mention.kind != "quantifier" and not mention.kind.startswith("dual:") and _KINDS_OF.match(t, num_end):
        return None  # "ينتمون إلى ثماني جنسيات", "من 12 دولة": a count of nationalities or countries
    if measure == "wounded" and _SHOCK.match(t, max(num_end, noun.end)):
        if not ctx.include_other:  # "ومعالجة 17 آخرين من الهلع": treated for shock, not wounded
            return None
        measure = "other"
    part_before = _part_before(t, max(sent.start, mention.start - 16), mention.start)  # ("بينهم 5": used twice)
    if measure is None and noun.people is not None and next_start < sent.end \
            and (_AND_NEXT.fullmatch(t, max(num_end, noun.end), next_start)
                 or _AND_NOUN_NEXT.fullmatch(t, max(num_end, noun.end), next_start)
                 and t.startswith(("اثن", "واحد"), next_start)
                 or _PART_NEXT.fullmatch(t, max(num_end, noun.end), next_start)):
        # "أن 4 من المسعفين و3 صحفيين كانوا بين المصابين": the event told after the next item is
        # both items' (looked for past it; a harm or a capture, not "في عمليات الإنقاذ")
        later, hit = _choose_measure(doc, sent, mention.start, num_end, noun, prev_end,
                                     min(sent.end, next_start + 60), lex)
        if later in ("killed", "wounded", "casualties", "captured", "hostages") and hit is not None \
                and hit.start > next_start and not (nxt is not None and _own_noun_of(doc, nxt, hit, lex)):
            measure = later  # (the evidence stays the item's own words: the event word serves both)
    if (measure is None or measure == "other" and trigger is None and noun.noun_measure == "other") and noun.people is not None:
        if measure is not None and _in_list(doc, mention.start):
            measure = doc.list_measure[0]  # "وتوزع النازحون على النحو الآتي:" then "- 2,150 نسمة في ...": not a population
        elif doc.last_measure in _LIST_EVENTS and sent.start <= doc.last_claim_end < mention.start \
                and t[doc.last_claim_end:mention.start].strip() == "(":
            measure = doc.last_measure  # "نزوح 614 عائلة (3,218 نسمة)": the figure before, said again in brackets
    if measure is None:
        if part_before and doc.last_measure and doc.last_claim_end >= sent.start:
            measure = doc.last_measure  # (a part of the figure just given in the sentence, not of one before it)
        elif noun.people is not None and _in_list(doc, mention.start):
            measure = doc.list_measure[0]  # "والقتلى هم:" then "- 16 مدنياً من ...": an item of the list
        elif ctx.include_other and (noun.people or noun.thing):
            measure = "other"
        else:
            return None
    if mention.kind == "quantifier" and _EVERY.fullmatch(t[mention.start:mention.num_end].strip()) \
            and noun.start >= 0 and not t.startswith("ال", noun.start):
        return None  # "كل شرطي قُتل": every one (a rule, a wish), not a count
    if mention.kind == "quantifier" and (noun.start < 0 and not noun.noun_measure
                                         or mention.value.qualifier == "some" and not ctx.include_other
                                         or measure == noun.noun_measure
                                         or noun.thing is not None and trigger is None):
        if mention.value.qualifier == "all" and measure == noun.noun_measure and measure in ("killed", "wounded") \
                and noun.end > 0:
            # "وأكدت أن جميع القتلى من المدنيين": no claim of its own, but it names the side of the
            # claimant's toll counted just before (see _all_of)
            voice = _source_for(cues, mention.start, sent, outlet_voice)
            whose, _ = _complement(doc, sent, noun.end, voice, lex, limit=min(sent.end, noun.end + 50))
            if whose is None and (them := lex.noun_scan.match(t, noun.end + 4)) is not None \
                    and t.startswith(" من ", noun.end) and them[0] in ("people:civilians", "people:children"):
                whose = them[0][7:]
            if whose and whose != "people":
                doc.all_of = (measure, whose, voice.party, mention.start)
        return None  # "لجأ معظم النازحين", "إغلاق أغلب المحلات": a quantifier needs an event besides its noun
    source = _source_for(cues, mention.start, sent, outlet_voice, speech_only=measure == "other", t=t)
    if box >= 0 and source.party == doc.outlet_party and (tally := _BOX_TALLY.match(t, box)) is not None:
        # "• 432 قتيلاً: الحصيلة الرسمية لجيش ميانمار"، "• 1000 قتيل: تقدير المقررة الخاصة للأمم المتحدة"
        owner = next((x for x in _entities_in(doc, tally.end(), min(sent.end, tally.end() + 40))
                      if x.kind in ("party", "organ", "speaker", "anonymous", "group", "medium")), None)
        if owner is not None and doc.words_between(tally.end(), owner.start) <= 3:
            got = _entity_claimant(owner, doc, None, None)
            if got is not None and got.party:
                source = got
    if alt:
        after = next((c for c in cues if c.pos >= num_end), None)
        if after is not None and after.pos - num_end <= 6:
            source = after.claimant  # "و12 بحسب مصادر طبية": the claimant named right after
    if doc.main_government is None and doc.home_state is None:
        doc.home_state = _home_state(doc, ctx)
    if doc.attacker is None and doc.main_group is None:
        doc.main_group = _main_group(doc, ctx)
    subject, subj_end = _subject(doc, sent, measure, mention.start, num_end, noun, trigger, source, lex,
                                 limit=next_start)
    if alt and doc.last_subject:
        subject, subj_end = doc.last_subject, num_end
    if measure == "hostages" and trigger is None and noun.start >= 0 and t.startswith(("اسير", "اسري"), noun.start) \
            and not doc.kidnap_story and (_HELD_IN_JAIL.search(t, noun.end, min(sent.end, noun.end + 60))
                                          or doc.home_government in ("palestinian_government", "hamas")):
        # (in Palestine "الأسرى" with no event are those in Israel's jails)
        # "أكثر من 6 آلاف أسير ما زالوا يقبعون في سجون الاحتلال": prisoners held in a state's jails
        measure, subject = "detainees", "prisoners"
    if measure == "freed" and subject == "hostages" and noun.start >= 0 and t.startswith(("اسير", "اسري"), noun.start) \
            and (source.party.endswith("_government") or doc.home_government in ("palestinian_government", "hamas")) \
            and not doc.kidnap_story:
        # "أفرجت سلطات الاحتلال عن 476 أسيراً": a state's prisoners, not hostages of a group (in
        # Palestine "الأسرى" are those in Israel's jails)
        subject = "prisoners"
    if measure == "detainees" and subject not in (None, "prisoners", "children", "women", "journalists") \
            and (jail := _IN_JAILS_OF.search(t, max(sent.start, mention.start - 40),
                                             min(sent.end, max(subj_end, num_end) + 30))) is not None \
            and (subject != "people" or _entity_at(doc, jail.end(), 2) is not None or _CAPTOR.match(t, jail.end())):
        # "عدد المعتقلين في سجون النظام بأكثر من 117 ألفاً": held in a side's jails, not its men
        # (not "تحتجز 300 شخص في سجن المدينة": people in a jail no side is named for)
        subject = "prisoners"
    if measure == "freed" and subject == "prisoners" and trigger is not None \
            and _BROKE_OUT.search(t, max(sent.start, trigger.start - 10), trigger.end) \
            and (_armed_side(source.party, ctx) or _STORMED_JAIL.search(t, sent.start, trigger.start)):
        # "أطلقوا سراح 70 موقوفاً" (its men, acting) in an armed group's words, or after the jail
        # was stormed ("اقتحم مسلحو القاعدة السجن المركزي وأطلقوا سراح نحو 300 سجين"): inmates broken
        # out, not released (not "40 من الأسرى أفرج عنهم": freed by the other side)
        measure = "escaped"
    if subject == "prisoners" and (
            (noun.start >= 0 and t.startswith(("نزيل", "نزلاء"), noun.start) and _HOTEL.search(t, sent.start, sent.end))
            or ((t.find("نزلاء", num_end, num_end + 12) >= 0 or noun.start >= 0 and t.startswith("نزيل", noun.start))
                and _HOTEL.search(t, max(0, sent.start - 600), sent.end)
                and not _JAIL.search(t, max(0, sent.start - 600), sent.end))):
        # "أنقذت 80 نزيلاً كانوا عالقين داخل الفندق", "حررت القوات 106 من النزلاء"، "تحرير 40 نزيلاً"
        # (the hotel named before, no prison): a hotel's guests, not inmates
        subject = "people"
    if subject == "people" and t.find("كبد", max(sent.start, mention.start - 30), mention.start) >= 0 \
            and (hurt := _INFLICTED_ON_THEM.search(t, max(sent.start, mention.start - 30), mention.start)):
        # "اشتبكت مع ميليشيات تابعة للجيش وكبدتها 60 قتيلاً": the state's forces named right before
        # the verb, with no other side named after them ("اشتبك مع مسلحي داعش وكبدهم": not the army's)
        lo = max(sent.start, hurt.start() - 60)
        gov = lex.government_forces.search(t, lo, hurt.start())
        if gov is not None and not any(x.kind in ("party", "organ") for x in _entities_in(doc, gov.end(), hurt.start())):
            forces = _state_forces(doc, source)
            if forces != "people":
                subject = forces
    if subject and subject.endswith("_forces") and _AND_CIVIL.match(t, subj_end):
        subject = "people"  # "40 من المرتدين والمسؤولين الحكوميين": soldiers and officials together, a mixed count
    if subject == "people" and measure in ("killed", "wounded", "casualties") \
            and t.find("خسائر", max(sent.start, mention.start - 90), mention.start) >= 0 \
            and (inflicted := _INFLICTED.search(t, max(sent.start, mention.start - 90), mention.start)):
        # "كبّدت المهاجمين خسائر فادحة بلغت أكثر من مئة قتيل": the losses of those they were inflicted on
        target = next((x for x in _entities_in(doc, inflicted.start(1), inflicted.end(1))
                       if x.kind in ("party", "organ") and x.party), None)
        if target is not None:
            subject = _forces(target.party) or subject
        elif _ATTACKERS_WORD.search(t, inflicted.start(1), inflicted.end(1)):
            subject = _militants(doc, source)
    if subject == "people" and measure in ("killed", "wounded", "casualties") \
            and t.find("كبد", max(sent.start, mention.start - 50), mention.start) >= 0 \
            and (inflicted := _INFLICTED_DIRECT.search(t, max(sent.start, mention.start - 50), mention.start)):
        # "كبّد قوات الدعم السريع مئات القتلى"، "كبدت المليشيا 40 قتيلاً": the side the toll was inflicted on
        target = next((x for x in _entities_in(doc, inflicted.start(1), inflicted.end(1))
                       if x.kind in ("party", "organ", "group_anaphor")), None)
        side = target.party if target is not None and target.kind != "group_anaphor" \
            else doc.group_for.get(target.id) if target is not None and target.id else None
        if side is not None and side != source.party and side not in _NOT_SIDES:
            subject = _forces(side) or side
    if subject == "people" and measure in ("killed", "wounded", "casualties") \
            and (k := t.rfind("خسائر", max(sent.start, mention.start - 60), mention.start)) >= 0 \
            and (losses := _LOSSES_OF.match(t, k)) is not None \
            and not _INFLICTED.search(t, max(sent.start, mention.start - 90), mention.start):
        # "أن خسائر الجيش بلغت ثمانية شهداء": the losses named by their side
        subject = _forces_named_at(doc, losses.end(), min(mention.start, losses.end() + 40), source, lex)[0] or subject
        if subject == "people" and t.startswith("العدو", losses.end()) \
                and (enemy := _ENEMY_OF.get(doc.home_government or "")):
            subject = _forces(enemy) or subject  # "بلغت خسائر العدو أكثر من 70 قتيلاً" in Lebanon's news
    if subject == "people" and measure in ("killed", "wounded", "captured") and noun.start >= 0 \
            and _GENERIC_MEN.match(t, noun.start) and source.party not in _NOT_SIDES \
            and (not source.medium or getattr(doc.gazetteer.get(source.medium), "party", None) == source.party) \
            and not source.party.endswith("_government") and source.party != "outlet" \
            and _THEY_KILLED.search(t, max(sent.start, mention.start - 24), mention.start):
        # "قالت الهيئة إن مقاتليها قتلوا أكثر من 20 عنصراً": in a group's own words, the men its
        # fighters killed or took are the state's
        forces = _state_forces(doc)
        if forces not in ("people", _forces(source.party), source.party):
            subject = forces
    if subject in ("peacekeepers", "un") and (mission := _mission_before(doc, mention.start)) is not None:
        # "مقتل سبعة من جنود حفظ السلام" after "بعثة مينوسكا": the mission's own troops
        subject = mission
    if subject == "both_sides" and (k := t.find("الطرفين", max(sent.start, mention.start), min(sent.end, mention.end + 80))) >= 0 \
            and _AND_CIVILIANS.match(t, k + len("الطرفين")):
        subject = "people"  # "مقتل 54 شخصاً من الطرفين والمدنيين": fighters and civilians together, a mixed count
    if subject is not None and subject.endswith("_forces") and noun.noun_measure == "hostages" and noun.end > 0 \
            and _AMONG_THEM.match(t, noun.end):
        subject = "hostages"  # "مقتل 12 رهينة بين جزائريين وأجانب": the nationalities of hostages, not soldiers
    if subject == "people" and noun.end > 0 and noun.noun_measure in ("killed", "wounded") \
            and _OF_HOSTAGES.match(t, noun.end):
        subject = "hostages"  # "خلّف 37 قتيلاً من الرهائن الأجانب": the dead were hostages
    if subject == "people" and measure == "freed" and (doc.kidnap_story or noun.noun_measure == "hostages"):
        # "تمكنت الشرطة من تحرير 19 شخصاً" in a story of a kidnapping, "تحرير أربعة من المخطوفين":
        # those set free were hostages
        subject = "hostages"
    if source.party in ("unknown", "local_sources") and doc.masthead_body and source.cue and not source.via \
            and (doc.masthead_body.startswith(source.cue) or source.cue.startswith("ال")
                 and _BODY_KIND.fullmatch(source.cue) and doc.masthead_body.startswith(source.cue[2:])):
        # "وثّقت منظمة حقوق الإنسان في إيران" (or "وقالت المنظمة") in the report that body publishes:
        # the article's own voice
        source = Claimant("outlet", source.speaker, source.via, source.cue, source.medium, source.distance)
    if subject == "people" and doc.migrant_story:
        # "ارتفعت الحصيلة إلى 53 قتيلاً" in a story of migrants (a detention centre struck, a
        # boat sunk): the persons counted with no side of their own are the migrants
        subject = "migrants"
    if source.party == "unknown" and subject and subject.endswith("_forces") and source.cue \
            and (_SECURITY_CUE.match(source.cue) or source.via and _SECURITY_CUE.search(t, sent.start, sent.end)):
        # "قال مصدر أمني إن 7 جنود صوماليين قتلوا" with no place named: a security source
        # speaks for the state whose soldiers it counts (also one relayed: "نقلته الأناضول عن
        # مصادر أمنية", whose cue is the agency's)
        source = Claimant(subject[:-7] + "_government", source.speaker, source.via, source.cue, source.medium,
                          source.distance)
    if measure == "captured" and trigger is not None and subject in _TAKEN_BY_GROUPS | {"people", "suspects"} \
            and _LED_AWAY.search(t, trigger.start, trigger.end) and _group_acts(doc, max(sent.start, trigger.start - 120), trigger.start, ctx):
        # "اقتحم التنظيم البلدة واحتجز ستة من عمال الإغاثة", "نصب مسلحون حاجزاً واقتادوا 14":
        # civilians taken by an armed group are hostages, not people arrested (nor suspects, but civilians:
        # "إن المسلحين اقتادوا معهم ستة شبان")
        measure = "hostages"
        subject = "civilians" if subject == "suspects" else subject
    elif measure == "detainees" and trigger is not None and _HOLDS.match(t, trigger.start, trigger.end) \
            and (subject == "hostages" or (subject in _TAKEN_BY_GROUPS | {"crew", "people", "migrants"} or (subject or "").endswith("_forces"))
                 and (_group_acts(doc, max(sent.start, trigger.start - 120), trigger.start, ctx)
                      or _GUNMEN_AFTER.match(t, trigger.end))):
        # "لا تزال الجماعة تحتجز 25 من أفراد طاقم السفينة", "يحتجزون عشرات الرهائن": those an
        # armed group holds are hostages (a state's holding are detainees: "تحتجز السلطات 300 شخص")
        measure = "hostages"
    part_of = part_before
    if part_of and _event_of_them(t, lex, sent.start, mention.start, _VERB_THEM):
        part_of = False  # "وقتلت منهم 43": a figure of its own event, not a part of the one before
    if not part_of and sent.start <= doc.last_part_end <= mention.start \
            and (_AND_ONLY.fullmatch(t, doc.last_part_end, mention.start)
                 or _REST_AND.fullmatch(t, doc.last_part_end, mention.start)
                 and not _triggers_in(doc, doc.last_part_end, mention.start)):
        part_of = True  # "بينهم 38 طفلا و21 سيدة": the next item of a list of parts
        # (past the rest of the item before: "وهم: ...، و4 رعاة أغنام، و3 من عناصر التنظيم")
    if not part_of:
        doc.whole_subject = subject
    # evidence: trigger (when just before) + number + noun + the words saying whose
    ev_start = mention.start
    near = 8 if noun.start < 0 else 3  # a bare figure ("عدد القتلى ... بلغ 200") keeps its frame
    if trigger is not None and trigger.end <= mention.start and doc.words_between(trigger.end, mention.start) <= near \
            and not _CLAUSE.search(t, trigger.end, mention.start) \
            and not (noun.start >= 0 and _LIST_ITEM.search(t, trigger.end, mention.start)) \
            and not trigger.end <= prev_end < mention.start:
        ev_start = trigger.start  # (not over a figure between: "المحررين بلغ 71 بعد العثور على 7")
    if 0 <= noun.start < ev_start and (mention.kind == "words" or noun.end <= mention.start):
        ev_start = noun.start  # "ومدني واحد": the noun before "one"; "المهاجمين الـ33"
    ev_end = max(mention.end, noun.end if noun.end > 0 else mention.end, min(subj_end, mention.end + 60))
    if trigger is not None and trigger.start >= ev_end and doc.words_between(ev_end, trigger.start) <= 2:
        ev_end = trigger.end
    ev_end = min(ev_end, sent.end)
    doc.last_claim_end = ev_end
    doc.last_part_end = ev_end if part_of else -1
    s, e = doc.norm.span(ev_start, ev_end)
    # a title line inside the text is a headline; "title" is kept for a separate title field
    where = _WHERE.get(sent.block.kind, "body")
    value = mention.value
    lo = max(sent.start, mention.start - 60)
    if value.qualifier == "exact" and value.low is not None and \
            (t.find("عدد", lo, mention.start) >= 0 or t.find("حصيله", lo, mention.start) >= 0) and \
            _EXCEEDED.search(t, lo, mention.start):  # (the pattern needs عدد/اعداد/حصيله: looked for first)
        value = Value(value.low, None, "more_than")  # "تجاوز عدد المصابين 942"
    if value.qualifier == "more_than" and value.low is not None and _NOT_MORE_THAN.search(t, lo, mention.start):
        # "لم تفقد الحركة أكثر من 20 مقاتلاً"، "نافياً أن تكون فقدت أكثر من عشرين": no more than
        value = Value(None, value.low, "at_most")
    revises = None
    if mention.from_to and mention.previous is not None:
        # a falling pair ("خفضت الوزارة الحصيلة من 15 إلى 11") is never a range: a revision
        falling = value.low is not None and value.high is not None and value.low < value.high == mention.previous
        if falling or _REVISE.search(t, sent.start, mention.start):
            new = value.high if value.low == mention.previous else value.low
            # "ارتفعت الحصيلة من 17 إلى 45 قتيلاً على الأقل": the hedge after the noun is the new figure's
            least = (mention.hedge or "").endswith("الاقل") or _AT_LEAST_AFTER.match(t, max(mention.end, noun.end))
            value = Value(new, None, "at_least") if least else Value(new, new, "exact")
            revises = Value(mention.previous, mention.previous, "exact")
    ss, se = doc.norm.span(sent.start, sent.end)
    if doc.outlet_id and doc.outlet_own_channel and doc.outlet_id in source.via:
        # "قال مسؤول للجزيرة نت" in al-Jazeera's own article: told to the publisher, not relayed
        # (a wire agency's name stays: its copy is reprinted by others, it is the channel)
        source = Claimant(source.party, source.speaker, tuple(v for v in source.via if v != doc.outlet_id),
                          source.cue, source.medium, source.distance)
    if (side := _claims_as(ctx.gazetteer).get(source.party)) is not None:
        # "التحالف بقيادة السعودية": a coalition's claims counted for the state leading it
        source = Claimant(side, source.speaker, source.via, source.cue, source.medium, source.distance)
    return evolve(_BLANK_CLAIM, article=article_id, measure=measure, subject=subject, value=value,
                  source=source.source(), evidence=Span(s, e), text=doc.norm.original[s:e],
                  sentence=Span(ss, se), where=where, revises=revises, part_of=part_of)


@cache
def _claims_as(gazetteer: Gazetteer) -> dict[str, str]:
    """Parties whose claims are counted for another side (`claims_as` in the gazetteer)."""
    return {e.id: side for e in gazetteer.of_kind("party") if (side := e.get("claims_as"))}


# Each claim is made from a blank one (`evolve`: a frozen record's __init__ sets its fields
# one by one through object.__setattr__).
_BLANK_CLAIM = Claim("", "", None, Value(None, None), Source(), Span(0, 0), "")


def _part_before(t: str, a: int, b: int) -> bool:
    """Does t[a:b] end with "بينهم", "منهم", "وهم:", "، هم" ...? (each holds "نه", a colon or a comma:
    looked for first)"""
    return (t.find("نه", a, b) >= 0 or t.find(":", a, b) >= 0 or t.find("،", a, b) >= 0 or t.find(",", a, b) >= 0) \
        and _PART_OF.search(t[a:b]) is not None


_AND_AHEAD = re.compile(r"\s*و")  # (a "و" right after a word opens the next item)
# Between a counted noun and the next figure: "و" alone ("4 من المسعفين و3 صحفيين"), or "و" and
# the next item's noun before its numeral ("وصحفيين اثنين", "ومسعف واحد").
_AND_NEXT = re.compile(r"\s*و\s*")
_AND_NOUN_NEXT = re.compile(r"\s*و\w+\s+")
# A part named right after the whole ("خمسة جنود باكستانيين بينهم ضابطان لقوا حتفهم"): the event told
# after the part is the whole's too.
_PART_NEXT = re.compile(r"(?:\s+[^\s،,]+|)\s*[،,]?\s*(?:و|)(?:من\s+|)(?:بينهم|بينهن|منهم|منهن)\s+")  # (past an adjective)


def _own_noun_of(doc: _Doc, figure: NumberMention, hit: _Hit, lex: Lexicon) -> bool:
    """Is `hit` the counted noun right after `figure` ("بينهم 40 جريحاً")? Then it names what
    that figure counts, not an event of the words before it (a dual is its own noun: "بينهم
    ضابطان لقوا حتفهم")."""
    if figure.kind.startswith("dual:"):
        return False
    noun = _noun_after(doc, figure.num_end, lex)
    return noun.noun_measure is not None and noun.start - figure.num_end <= 1 and noun.start <= hit.start < noun.end


# Rescue named as the work of those counted: "في عمليات الإنقاذ"، "فرق الإنقاذ"، "جهود الإنقاذ".
_RESCUE_WORK = re.compile(r"(?<!\w)(?:في\s+|)(?:عمليات|عمليه|فرق|فرقه|جهود|طواقم|فريق)\s+(?:ال|)$")
# What a part with no noun of its own is told by: how or where ("بينهم 293 بالرصاص الحي"، "4 في العناية المركزة").
_PART_BY = re.compile(r"\s+(?:ب(?:ال|)(?:رصاص|الرصاص|جروح|جراح|اصابات|اصابه|شظايا|الشظايا|قنابل|الغاز)|في\s+(?:حال|حاله|العنايه|غرف|غرفه|المستشفي|مستشفي))")
# A medium putting out what follows: "بثت قناة المنار"، "ونشرت وكالة أعماق"، "أوردت الصحيفة".
_AIRED = re.compile(r"\W*(?:و|ف)?(?:بث|نشر|اورد|وزع|اذاع)\w*\s+(?:(?:قناه|وكاله|صحيفه|اذاعه|موقع|تلفزيون)\s+)?\W?$")


def _medium_airing(doc: _Doc, s: int, a: int) -> str | None:
    """The id of a medium named as the subject of a verb of airing right before a (the
    statement word): "بثت قناة المنار بياناً"; else None."""
    t = doc.norm.text
    for x in _entities_in(doc, s, a):
        if x.kind == "medium" and x.id and doc.words_between(x.end, a) <= 1 \
                and _AIRED.search(t, max(s, x.start - 24), x.start) is not None:
            return x.id
    return None


# A statement and the verb of the medium that put it out or spread it: "في بيان نشرته"، "في تسجيل
# بثته"، "في بيان تداولته حسابات": the channel, not the speaker.
_PUBLISHED_BY = re.compile(r"(?:بيان|تسجيل|رساله|شريط|تصريح|منشور)\w*\s+(?:نشر|بث|اورد|نقل|وزع|تداول)\w*\s*$")
# A key-figures line: a bullet (or none) opening the line, the figure, its noun, a colon.
_BOX_BULLET = re.compile(r"[ \t]*(?:[•▪◾●*\-–—]\s*|)")
_BOX_COLON = re.compile(r"[ \t]*:")
_BOX_COUNT_OF = re.compile(r"\s*(?:عدد|اجمالي|مجموع)\s+")  # "٤٣٦ ألفاً: عدد اللاجئين ..."
_BOX_EVENTS = frozenset({"killed", "wounded", "casualties", "captured", "displaced", "escaped", "freed", "hostages"})
# "الحصيلة الرسمية لـ..."، "تقدير ..."، "أرقام ...": whose tally a key figure is
_BOX_TALLY = re.compile(r"\s*(?:ال|)(?:حصيله|تقدير|تقديرات|ارقام|احصاء|احصائيه|احصاءات|بيانات|رصد)"
                        r"(?:\s+(?:ال|)(?:رسميه|اوليه|اخيره|نهائيه))?\s*(?:ل|لـ)?")


def _box_colon(doc: _Doc, sent: Sentence, mention, noun: _Counted) -> int:
    """Where the words after a key figure's colon begin ("• 46 لاجئاً: لقوا حتفهم"), or -1 when
    the figure does not open its line with a colon after it."""
    t = doc.norm.text
    after = max(mention.end, noun.end)
    if t.find(":", after, after + 3) < 0:
        return -1
    line = t.rfind("\n", 0, mention.start) + 1
    if _BOX_BULLET.match(t, line).end() != mention.start:
        return -1
    m = _BOX_COLON.match(t, after)
    return m.end() if m else -1


_EVERY = re.compile(r"(?:و|ف|ب|ل)?كل")

# Another claimant's figure for the count just made, in the same sentence: "، و12 بحسب ...".
_ALT_FIGURE_BEFORE = re.compile(r"(?<!\w)و\s*$")
_ALT_FIGURE_AFTER = re.compile(r"\s*(?:بحسب|حسب|وفق|وفقا\s+ل|طبقا\s+ل|على\s+حد\s+قول|في\s+روايه)")

# An anonymous security, military or official source (the claimant's cue words, normalized).
_SECURITY_CUE = re.compile(r"(?:مصدر|مصادر|مسؤول\w*|متحدث|ناطق|ضابط)\s+(?:امني\w*|عسكري\w*|محلي\w*|حكومي\w*|رسمي\w*|"
                          r"في\s+(?:الشرطه|الجيش))")



_IN_CASES = re.compile(r"(?:معظم|اغلب|غالبيه|بعض)\s+(?:ال|)حالات(?!\w)")
# Aboard a ship, a plane or a bus ("وعلى متنها 25 بحاراً"), and its seizure in the sentence.
_ABOARD = re.compile(r"(?:علي|على)\s+متن(?:ها|ه|هما)?\s+$")
_SEIZED = re.compile(r"(?<!\w)(?:و|ف)?(?:يحتجز\w*|تحتجز\w*|احتجز\w*|احتجاز|اختطف\w*|يختطف\w*|تختطف\w*|اختطاف|خطف\w*|"
                     r"استولي|استولت|استولوا|الاستيلاء|قرصن\w*)(?!\w)")
# The size of a cell or a group: "خلية من 5 عناصر", "خلية مكونة من 4 أشخاص".
_CELL_OF = re.compile(r"(?<!\w)(?:ال|)(?:خليه|خلايا)\s+(?:\w+\s+|)(?:من|تضم)\s+$")
# Treated for shock ("معالجة 17 آخرين من الهلع", "أصيبوا بحالات هلع") or cases of a disease ("35 إصابة
# جديدة بفيروس كورونا"، "بالكوليرا"): not wounds (not "تسمم" either: the poisoning of a chemical attack is).
_SHOCK = re.compile(r"\s*(?:\w+\s+|)(?:من|ب)\s*(?:ال|)(?:حالات\s+|حاله\s+)?(?:هلع|صدمه|الصدمه|ذعر|"
                    r"فيروس|كورونا|كوفيد|كوليرا|الكوليرا|حصبه|الحصبه|وباء|الوباء|امراض|مرض|حمي)(?!\w)")
_ONE = re.compile(r"(?:و|)واحد(?:ه|)")
# "الـ9" (tatweel gone in the normalized text: "ال9"): the article glued to digits.
_AL_DIGITS = re.compile(r"(?<!\w)ال\s?$")
# Plural endings of a definite noun of people ("المدنيين", "الضحايا", "القتلى", "الشهداء").
_PLURAL_END = re.compile(r"(?:ين|ون|ات|اء|ايا|قتلي|جرحي|اسري|مرضي|صرعي)$")  # (ى is ي when normalized)
# "استشهاد ضابط وجنديين": a counted item after another one ("و" opens a word).
_LIST_ITEM = re.compile(r"\w\s+و\w*\s*$|\w\s+و$")


def _noun_before(doc: _Doc, pos: int, lex: Lexicon, definite: bool = False) -> _Counted:
    """A definite noun right before a number: things ("المحاور الثلاثة"), and people when the
    number carries the article too ("المسلحين الأربعة")."""
    t = doc.norm.text
    m = _PREV_WORD.search(t, max(0, pos - 25), pos)
    if not m:
        return _Counted()
    start = pos - len(m.group(0))
    word = m.group(1)
    if not word.startswith("ال"):
        return _Counted()
    # One scan of all the noun lists (things listed first) says it at once, unless its longest
    # entry runs past the word: then each list is asked about the word alone, as before.
    got = lex.noun_scan.match(t, start)
    if got is None:
        return _Counted()
    if got[2] == start + len(word):
        kind, cls = got[0].split(":", 1)
        if kind == "thing":
            return _Counted(start, start + len(word), thing=cls)
        return _Counted(start, start + len(word), people=cls) if definite else _Counted()
    for cls, pat in lex.things.items():
        mm = pat.fullmatch(t, start, start + len(word))
        if mm:
            return _Counted(start, start + len(word), thing=cls)
    if definite:
        for cls, pat in lex.people.items():
            mm = pat.fullmatch(t, start, start + len(word))
            if mm:
                return _Counted(start, start + len(word), people=cls)
    return _Counted()


# A definite plural in "-ات" that no noun list holds, right before a definite number word: the
# events or places it counts ("التفجيرات الثلاثة"، "الغارات الأربع"، "المحافظات الثلاث").
_EVENTS_BEFORE = re.compile(r"(?<!\w)(?:و|ف|ب|ل|)(?:ال|لل)\w{2,}ات\s+$")
_ONE_OR_TWO = re.compile(r"\s*(?:و|)(?:واحد|واحدا|واحده|اثنين|اثنان|اثنتين|اثنتان)(?!\w)")


def _plural_noun_before(doc: _Doc, pos: int, lex: Lexicon) -> _Counted:
    """A definite plural noun right before pos (the article of "الـ9"), or none."""
    got = _noun_before(doc, pos, lex, definite=True)
    return got if got.start >= 0 and _PLURAL_END.search(doc.norm.text, got.start, got.end) else _Counted()


def _noun_before_one(doc: _Doc, pos: int, lex: Lexicon) -> _Counted:
    """The noun counted by a following "واحد/واحدة" ("مقتل جندي واحد"), people or things;
    not a family ("أفراد عائلة واحدة": of one family)."""
    t = doc.norm.text
    if not _ONE_OR_TWO.match(t[pos:pos + 8]):
        return _Counted()
    m = _PREV_WORD.search(t, max(0, pos - 25), pos)
    if not m:
        return _Counted()
    start = pos - len(m.group(0))
    noun = lex.noun_scan.match(t, start)
    if noun is None:
        # a noun of two words: "ومركز صحي واحد", "سيارة إسعاف واحدة"
        m2 = _PREV_TWO_WORDS.search(t, max(0, pos - 40), pos)
        if m2:
            start = pos - len(m2.group(0))
            noun = lex.noun_scan.match(t, start)
            if noun is not None and noun[2] != start + len(m2.group(1)):
                second = t.find(" ", noun[2]) + 1
                dem = lex.demonym_scan.match(t, second) if 0 < second < pos else None
                if noun[0].startswith("people:") and dem is not None and dem[2] == start + len(m2.group(1)):
                    # "جندياً رواندياً واحداً": a noun and its nation's adjective before "one"
                    kind, cls = noun[0].split(":", 1)
                    return _Counted(start, noun[2], people=cls)
                noun = None
            m = m2
    if noun is None or noun[2] != start + len(m.group(1)) or noun[0] == "people:families" \
            or (lex.dual_scan.match(t, start) or ("", 0, -1))[2] == noun[2]:  # "مدنيان اثنان": the dual counts already
        return _Counted()
    kind, cls = noun[0].split(":", 1)
    return _Counted(start, noun[2], thing=cls) if kind == "thing" else _Counted(start, noun[2], people=cls)


# Verbs of a toll that changes: "ارتفع عدد القتلى من 31 إلى 32" (the new figure is the claim).
_REVISE = re.compile(r"(?<!\w)(?:و|ف|ل)?(?:ارتفع\w*|يرتفع|ترتفع|رفع|رفعت|يرفع|ترفع|تراجع\w*|انخفض\w*|ينخفض|"
                     r"زاد|زادت|قفز|قفزت|تجاوز|ارتفاع|تعديل|عدل\w*)(?!\w)")
# Words right before a bare figure that make it the value of a toll: "بلغ 200", "إلى 32", "عند تسعة".
_FIGURE_OF = re.compile(r"(?<!\w)(?:بلغ|بلغت|بلغوا|بلغن|يبلغ|تبلغ|يبلغون|الي|عن|ب|عند|هم|هو|هي|سوي)\s*$")
# A toll's plural noun and whose they are, then the figure: "الجرحى من الجنود خمسة"، "القتلى من
# المدنيين بلغ عددهم 12"، "والشهداء من الأطفال 9".
_TOLL_OF_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?ال(?:قتلي|جرحي|مصابين|مصابون|شهداء|ضحايا|اسري|مخطوفين|مختطفين|معتقلين|نازحين)"
                             r"\s+(?:من\s+|بين\s+)(?:ال\S+|\S+\s+ال\S+)(?:\s+ال\S+|)"
                             r'\s+(?:(?:بلغ|بلغوا|بلغ\s+عددهم|وصل\s+عددهم|هم)\s+)?"?$')


# "من" and one definite word after a figure: "12 من البلطجية".
# A nationality said of a part: "من الجنسية السورية"، "يحملون الجنسية التونسية"، "من جنسية أجنبية".
_NATIONALITY_AFTER = re.compile(r"\s+(?:من\s+(?:ال|)جنسي|(?:ي|)حمل\w*\s+(?:ال|)جنسي)")
_OF_THE_WORD = re.compile(r"\s+من\s+(?:ال\w{3,}(?:\s+ال\w{3,}|)|\w{3,}(?:نا|ها|هم|ه))\s")  # ("من الطواقم التمريضية", "من رفاقنا")


# The head of a list's item line: a dash or bullet, a number with its mark, or an ordinal
# word with its colon ("أولاً:", "ثانياً -").
_ITEM_HEAD = re.compile(r"[ \t]*(?:[-–—•*▪·]|\d{1,2}\s*[-.)]|" + _ORDINAL + ")")
# Events a list's header may give its items (people harmed, held or uprooted).
_LIST_EVENTS = {"killed", "wounded", "casualties", "captured", "hostages", "displaced", "freed", "escaped", "detainees"}


def _in_list(doc: _Doc, pos: int) -> bool:
    """Does pos stand among the item lines of a list whose header names an event?"""
    return doc.list_measure is not None and doc.list_measure[1] <= pos < doc.list_measure[2]


def _list_header(doc: _Doc, sent: Sentence) -> None:
    """A sentence ending with a colon whose last words name an event ("والقتلى هم:"، "وتوزعت
    حصيلة الضحايا على النحو التالي:"): the item lines right after it count that event."""
    t = doc.norm.text
    hits = [h for h in _triggers_in(doc, max(sent.start, sent.end - 90), sent.end) if h.cls in _LIST_EVENTS]
    if not hits:
        return
    start = end = t.find("\n", sent.end - 1)
    if start < 0:
        return
    pos = start + 1
    while pos < len(t):
        nl = t.find("\n", pos)
        line_end = len(t) if nl < 0 else nl
        if line_end > pos and not _ITEM_HEAD.match(t, pos):
            break
        end = line_end
        pos = line_end + 1
        if nl < 0:
            break
    if end > start:
        doc.list_measure = (hits[-1].cls, start, end)


def _counting_frame(doc: _Doc, sent: Sentence, mention: NumberMention, prev_end: int, num_end: int) -> bool:
    """Does a bare number (no counted noun) stand in a frame that makes it a count?"""
    t = doc.norm.text
    if _FIGURE_OF.search(t, max(0, mention.start - 8), mention.start):
        return True  # "بلغ 200", "ارتفع إلى 32", "يزيد عن 23 بجروح", "استقرت عند تسعة"
    if _TOLL_OF_BEFORE.search(t, max(sent.start, prev_end, mention.start - 70), mention.start):
        return True  # "الجرحى من الجنود خمسة"
    them = _REFERS_BACK.match(t, num_end)
    if _NATIONALITY_AFTER.match(t, them.end() if them else num_end) \
            and (them or _PART_OF.search(t, max(sent.start, mention.start - 12), mention.start)):
        return True  # "بينهم 3 من الجنسية السورية"، "اثنان منهم يحملون الجنسية التونسية": a part of the whole
    reach = 30 if them else 12  # "23 منهم في العناية المركزة"
    if (of := _OF_THE_WORD.match(t, num_end)) is not None:
        reach = of.end() - num_end + 12  # "12 من الخوارج قتلوا": a group no list names, then the event
    if _triggers_in(doc, num_end, min(sent.end, num_end + reach)) or _OTHERS.match(t, num_end):
        return True  # "23 بجروح", "4 آخرين"
    lo = max(sent.start, prev_end)
    before = _triggers_in(doc, lo, mention.start)
    if any((doc.words_between(h.end, mention.start) == 0 or _PREP_GAP.fullmatch(t, h.end, mention.start))
           and h.cls not in _THINGS for h in before):
        return True  # "القتلى 18", "ألقت القبض على 5 منهم" (not "دمرت 3 منصات": things of no known kind)
    if (mention.hedge or mention.from_to) and any(doc.words_between(h.end, mention.start) <= 6 for h in before):
        return True
    if mention.from_to and before and _REVISE.search(t, _back_words(doc, mention.start, 2), mention.start):
        return True  # "عدد القتلى جراء ... ارتفع من 31 إلى 32"  # "حصيلة القتلى في صفوف الجنود تتجاوز 30", "ارتفع ... من 31 إلى 32"
    frame = None
    for m in _FRAME.finditer(t, max(lo, mention.start - 120), mention.start):
        frame = m
    # "حصيلة شهداء القوات الأمنية ستة": a toll frame and its event word, then the figure
    return frame is not None and doc.words_between(frame.end(), mention.start) <= 8 and \
        any(h.start >= frame.end() for h in before)


class _CallableModule(sys.modules[__name__].__class__):
    """`riwaya.extract(text, article_id=...)` is the library call; the module stays importable."""

    def __call__(self, text: str, article_id: str = "article", **kwargs) -> list[Claim]:
        return extract(text, article_id, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
