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
