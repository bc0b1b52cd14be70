"""Party ids the attribution builds from words must exist in the gazetteer: a nationality
adjective names `<demonym>_government` ("الشرطة الكينية" → kenyan_government), so every
demonym of measures.yaml needs that party (CONTRACT.md: a state and its organs)."""
from __future__ import annotations

from riwaya.ar.lexicon import default_lexicon
from riwaya.gazetteer.gazetteer import default_gazetteer


def test_every_demonym_has_its_government():
    gaz = default_gazetteer()
    missing = [d for d in default_lexicon().demonyms if f"{d}_government" not in gaz]
    assert not missing, f"demonyms without a <demonym>_government party: {missing}"


def test_every_government_is_a_demonym_party():
    """No `uae_government` beside `emirati`: a state's party id is its demonym's."""
    gaz = default_gazetteer()
    demonyms = set(default_lexicon().demonyms)
    odd = [e.id for e in gaz.of_kind("party") if e.id.endswith("_government")
           and e.id[: -len("_government")] not in demonyms]
    # states whose adjective is not read as a demonym (too ambiguous in Arabic: مالي "financial";
    # فلسطيني counts people, not forces) or that are regional governments are listed here on purpose
    allowed = {"kurdistan_regional_government", "malian_government", "palestinian_government",
               "myanmar_government"}
    assert not [x for x in odd if x not in allowed], odd


def test_outlet_voice_of_own_state_agency_and_party_media():
    """SANA on Syria and Amaq speak for their side; Anadolu on Burkina Faso is an outlet."""
    from riwaya.extract import extract
    sana = extract("وشهدت بلدة في ريف حماة هجوماً أسفر عن مقتل 5 مدنيين.", "t", has_title=False, outlet="sana")
    assert [c.source.party for c in sana] == ["syrian_government"]
    amaq = extract("وأسفر الهجوم عن مقتل 12 جندياً.", "t", has_title=False, outlet="amaq")
    assert [c.source.party for c in amaq] == ["isis"]
    abroad = extract("وشهدت بوركينا فاسو هجوماً أسفر عن مقتل 20 مدنياً.", "t", has_title=False, outlet="anadolu")
    assert [c.source.party for c in abroad] == ["outlet"]


def test_agency_speaking_of_itself():
    """"ونقلت الوكالة عن مصدر طبي" with no agency named before: the publisher relays a source;
    "وقالت الوكالة" alone is the publisher's own voice (SANA on Syria speaks for its state)."""
    from riwaya.extract import extract
    relayed = extract("ونقلت الوكالة عن مصدر طبي في حمص أن 14 مصاباً نقلوا إلى المستشفيات.", "t",
                      has_title=False, outlet="sana")
    assert [(c.source.party, c.source.via) for c in relayed] == [("medical_sources", ("sana",))]
    own = extract("وقالت الوكالة إن 5 أشخاص قتلوا في حمص.", "t", has_title=False, outlet="sana")
    assert [c.source.party for c in own] == ["syrian_government"]
