"""What the fifth batch of real texts (tests/fixtures/real) taught the reader and the extraction:
a dashed list of one-word items after a lead-in line, a symbol line printed once a column or
with a web page's part in brackets, a decision's operative verbs in capitals, two bodies in one
capitalised run, the Russian news' name of the African centre. Invented sentences, no real
text's facts."""
from kg.extract.pipeline import extract
from kg.ingest import read_text
from kg.ingest.metadata import symbol_in


def names(facts, kind=None):
    return {m.entity.key for m in facts.mentions if kind is None or m.entity.kind == kind}


ONE_WORD_LIST = """Новости региона
В следующем месяце конвенцию о стрелковом оружии подпишут несколько государств региона.
Ожидается, что подпишут три государства:
- Ангола,
- Бурунди,
- Республика Конго.
Церемония пройдет при содействии Регионального центра ООН по вопросам мира и разоружения в Африке.
- Новости
"""


def test_a_dashed_list_of_one_word_items_after_a_lead_in_is_text():
    document = read_text(ONE_WORD_LIST)
    texts = [p.text for p in document.paragraphs]
    assert "- Ангола," in texts and "- Бурунди," in texts
    assert "- Новости" not in texts  # a menu entry after a sentence: no comma, no lead-in
    facts = extract(document)
    assert {"AGO", "BDI", "COG"} <= names(facts, "Country")
    assert "UNREC" in names(facts, "Organization")


def test_a_one_word_item_without_a_lead_in_is_a_menu_entry():
    document = read_text("Меню\n- Главная,\n- Новости,\nВ этом году государства региона подписали новую конвенцию о стрелковом оружии.\n")
    assert all(not p.text.startswith("-") for p in document.paragraphs)


def test_the_russian_news_name_of_the_african_centre_in_the_genitive():
    facts = extract(read_text("Подписание документа состоится в городе Браззавиль при содействии "
                              "Африканского регионального центра мира и разоружения ООН. Это уже второй такой документ.\n"))
    assert "UNREC" in names(facts, "Organization")


def test_a_symbol_line_printed_once_a_column_or_with_its_part_in_brackets():
    assert symbol_in("S/2019/123S/2019/123\nUnited Nations\n", "") == "S/2019/123"
    assert symbol_in("A/64/1(SUPP)\n2009年8月1日\n", "") == "A/64/1"
    assert symbol_in("A/64/1 (SUPP)\n", "") == "A/64/1"
    assert symbol_in("A/64/1S/2019/123\n", "") is None  # two symbols glued are no line of one


DECISION = """The Assembly of Heads of State and Government:
  1. TAKES NOTE of the report of the Secretary-General on the matter before it;
  1. COMMENDS the Regional Training Centre for the work it has carried out so far in the region;
  1. INVITES Member States to make payments to the Solidarity Fund and the Peace Research Society in good time;
  1. REQUESTS that a Director be based at the Headquarters of the Institute without delay;
"""


def test_operative_verbs_in_capitals_open_no_name_and_and_the_parts_two_bodies():
    facts = extract(read_text(DECISION, source="decision.en.txt"))
    labels = {m.text for m in facts.mentions if m.entity.kind == "Organization"}
    assert not any(label.startswith(("COMMENDS", "REQUESTS", "Headquarters")) for label in labels), labels
    assert not any(" and the " in label for label in labels), labels
    assert "Peace Research Society" in labels


def organisers(text, source="news.fr.txt"):
    facts = extract(read_text(text, source=source))
    return {link.target.key for a in facts.activities for link in a.links if link.relation == "organizer"}


def test_the_office_through_its_centre_both_organise_and_mise_en_oeuvre_par_names_the_organiser():
    found = organisers("Les services de police du Bénin, en collaboration avec le Bureau des Nations Unies pour les "
                       "affaires de désarmement (UNODA) à travers son Centre régional des Nations Unies pour la paix "
                       "et le désarmement en Afrique (UNREC), organisent du 3 au 5 mars 2021 à Cotonou un atelier "
                       "de formation sur la gestion des stocks.\n")
    assert {"UNODA", "UNREC"} <= found and "UN" not in found
    found = organisers("Ouverte le 2 février 2022, la formation est mise en œuvre par le Bureau des affaires de "
                       "désarmement (UNODA), à travers son Centre régional des Nations Unies pour la paix et le "
                       "désarmement en Afrique (UNREC), pour vingt agents.\n")
    assert {"UNODA", "UNREC"} <= found


def test_a_title_case_name_enumerates_with_capital_articles():
    facts = extract(read_text("La Commission Nationale de Lutte Contre la Prolifération, La Circulation et le Trafic "
                              "Illicites des Armes Légères du Bénin a tenu une réunion le 4 mai 2021 à Cotonou avec "
                              "ses membres.\n", source="news.fr.txt"))
    labels = {m.text for m in facts.mentions if m.entity.kind == "Organization"}
    assert any(label.startswith("Commission Nationale de Lutte Contre la Prolifération, La Circulation")
               for label in labels), labels


def test_a_text_whose_title_lines_alone_name_its_centre_is_about_that_centre():
    decision = ("United Nations Regional Centre for Peace and Disarmament in Africa (Doc. XY/12)\n\n"
                "The Council of Ministers:\n\n"
                "  1. COMMENDS the Regional Centre, which has held seminars for the States of the region;\n")
    document = read_text(decision, source="decision.en.txt")
    assert document.metadata.heading_lines and document.metadata.title is None
    assert "UNREC" in names(extract(document), "Organization")
    headline = "Ban welcomes the new UN office\n\nThe Secretary-General welcomed the opening of the new United Nations office in the capital today.\n"
    assert "UNREC" not in names(extract(read_text(headline, source="news.en.txt")), "Organization")
