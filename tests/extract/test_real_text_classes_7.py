"""What the seventh batch of real texts (tests/fixtures/real) taught the reader and the
extraction: the bodies a news item's headline alone names, the short names UN News gives the
regional centres and a longer unknown name they open. Invented sentences, no real text's facts."""
from kg.extract.pipeline import extract
from kg.ingest import read_text


def names(facts, kind=None):
    return {m.entity.key for m in facts.mentions if kind is None or m.entity.kind == kind}


NEWS_ITEM = """Home | World | Business | Sports
World
Saturday, June 12, 2032
Regional Workshop on Small Arms Opens in Mongolia

The regional workshop on small arms control opened on Saturday in Ulaanbaatar with officials from fifteen States of the region, the organizers said.
Its recommendations on stockpile security will be published by the end of the year.
"""


def test_a_body_named_only_in_a_news_items_headline_is_named_by_the_text():
    document = read_text(NEWS_ITEM)
    assert document.metadata.headline == "Regional Workshop on Small Arms Opens in Mongolia"
    facts = extract(document)
    assert "MNG" in names(facts, "Country")
    mongolia = next(m for m in facts.mentions if m.entity.key == "MNG")
    assert mongolia.source.paragraph == document.paragraphs[0].key  # traced to the text under the headline


def test_a_menu_line_or_a_date_line_is_no_headline():
    document = read_text("World | China | Japan | Business\nFriday, March 09, 2032\n"
                         "The regional workshop on small arms control opened on Friday in the capital with officials of fifteen States.\n")
    assert document.metadata.headline is None
    assert not {"CHN", "JPN"} & names(extract(document), "Country")


def test_the_short_names_of_the_regional_centres_name_them_unless_a_longer_name_goes_on():
    text = ("News\n\nThe Secretary-General reported on two regional centres. On the Africa Centre, he said that "
            "its activities went on; the Asia-Pacific Centre continued to promote disarmament. The Asia-Pacific "
            "Centre for Security Studies and the Africa Centre for Strategic Studies are no centres of the United Nations.\n")
    facts = extract(read_text(text))
    orgs = names(facts, "Organization")
    assert {"UNREC", "UNRCPD"} <= orgs
    centres = [m for m in facts.mentions if m.entity.key in ("UNREC", "UNRCPD")]
    assert all(not m.text.endswith("Studies") for m in centres)
    assert len(centres) == 2  # the longer names are bodies of their own
    assert any("Security Studies" in m.text for m in facts.mentions if m.entity.kind == "Organization")


def test_an_event_dated_by_its_weekday_alone_is_dated_by_the_news_items_date_line():
    facts = extract(read_text(NEWS_ITEM))
    assert [(a.start, a.end, a.type) for a in facts.activities] == [("2032-06-12", None, "Workshop")]
    earlier = NEWS_ITEM.replace("opened on Saturday", "opened on Wednesday")
    assert [a.start for a in extract(read_text(earlier)).activities] == ["2032-06-09"]  # the Wednesday before
    later = NEWS_ITEM.replace("opened on Saturday", "will open on Monday")
    assert [a.start for a in extract(read_text(later)).activities] == ["2032-06-14"]  # the Monday after


def test_a_weekday_dates_nothing_without_a_date_line_to_the_day():
    undated = NEWS_ITEM.replace("Saturday, June 12, 2032\n", "")
    assert extract(read_text(undated)).activities == ()


NUMBERED_LIST = """Atelier à Lomé

Le Centre régional organise, du 12 au 15 mai 2031 à Lomé (Togo), un atelier de formation des formateurs pour la société civile.

Les objectifs de cet atelier sont : 1.    Améliorer la capacité des organisations de la société civile ;

2.    Sensibiliser les organisations aux crises en Afrique de l'Ouest ;

3.    Développer une formule commune de partenariat dans la sous-région.

Des organisations de 16 pays de la sous-région bénéficieront de ce programme, avec le PNUD et la CEDEAO.
"""


def test_the_numbered_items_of_a_list_are_no_paragraph_numbering():
    """Items ending in ";" after a lead-in are a list: the text around them is read as blocks."""
    document = read_text(NUMBERED_LIST)
    assert not document.numbered
    texts = " ".join(p.text for p in document.paragraphs)
    assert "du 12 au 15 mai 2031" in texts and "avec le PNUD et la CEDEAO" in texts
    facts = extract(document)
    assert [(a.start, a.end) for a in facts.activities] == [("2031-05-12", "2031-05-15")]
    assert {"UNDP", "ECOWAS"} <= names(facts, "Organization")


def test_numbered_paragraphs_that_end_their_sentences_still_open_the_numbering():
    text = NUMBERED_LIST.replace(" ;", ".")
    assert [p.number for p in read_text(text).paragraphs if p.number] == [2, 3]


def test_the_conjunction_wa_set_apart_from_its_word_is_joined_to_it():
    text = ("خبر\n" + "لومي-التوغو -- يجري مركز الامم المتحدة الاقليمي للسلام و نزع السلاح بافريقيا من مقره بلومي بحوثا حول السلام و الامن.\n") * 2
    facts = extract(read_text(text, language="ar"))
    assert {"UNREC"} <= names(facts, "Organization")
    assert "TGO" in names(facts, "Country")


def test_the_american_spelling_of_a_centres_name_names_it():
    text = ("News\n\nThe new office of the United Nations Regional Center for Peace and Disarmament in Asia and the "
            "Pacific has been set up in Kathmandu. The Center serves 43 countries of the region.\n")
    assert "UNRCPD" in names(extract(read_text(text)), "Organization")


def test_latin_runs_in_chinese_text_that_name_no_body():
    """A month, a piece of a web address, words glued without their spaces: no organisation."""
    text = ("指南\n裁军基本指南PrintedattheUnitedNations,NewYork12-40269—January2013。本指南可在http://www.un.org/disarmament/"
            "HomePage/ODAPublications网站在线获得。封面设计根据RicardoErnestoJaimedeFreitas设计。区域中心与SaferAfrica合作举办了讲习班。\n")
    keys = {m.text for m in extract(read_text(text, language="zh")).mentions if m.entity.kind == "Organization"}
    assert not keys & {"January", "HomePage", "ODAPublications", "PrintedattheUnitedNations", "RicardoErnestoJaimedeFreitas"}
    assert "SaferAfrica" in keys  # a body's name of two glued words stays one


DATED_THEN_NAMED = ("News\n\n(Peru, 12 Dec. 2031) – For the first time, the Centre and the Ministry of Defence of Peru "
                    "joined forces to train the defence sector. This intense one-day seminar dealt with the Arms Trade Treaty.\n")


def test_an_abbreviated_month_dates_and_the_next_sentence_names_the_event():
    facts = extract(read_text(DATED_THEN_NAMED))
    assert [(a.start, a.type) for a in facts.activities] == [("2031-12-12", "Workshop")]
    # a sentence that names its own date is its own event's
    again = DATED_THEN_NAMED.replace("This intense one-day seminar dealt", "This seminar of 3 May 2031 dealt")
    assert "2031-12-12" not in [a.start for a in extract(read_text(again)).activities]


def test_a_headline_names_only_bodies_the_reference_data_knows():
    """A headline capitalises every word: "Asia and Pacific Regional Centre" is no unknown body."""
    text = NEWS_ITEM.replace("Regional Workshop on Small Arms Opens in Mongolia",
                             "Drafts Address Research Institute, Asia and Pacific Regional Centre in Mongolia")
    document = read_text(text)
    assert document.metadata.headline.startswith("Drafts Address")
    facts = extract(document)
    assert "MNG" in names(facts, "Country")
    assert not any("Regional Centre" in m.text for m in facts.mentions if m.entity.kind == "Organization")


def test_a_list_numbered_from_1_under_its_lead_in_is_no_numbering_either():
    text = NUMBERED_LIST.replace("sont : 1.    Améliorer", "sont :\n\n1.    Améliorer")
    document = read_text(text)
    assert not document.numbered
    assert [(a.start, a.end) for a in extract(document).activities] == [("2031-05-12", "2031-05-15")]
