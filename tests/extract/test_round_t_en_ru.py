"""English and Russian layouts and phrasings that the held-out t-* round (tests/fixtures/README-en.md,
README-ru.md) showed the reader and extractor missing, checked on small invented texts: digits an
OCR'd scan read as letters, dates in the United States order, a table's header spanning a second
header row, a partner column and a venue both in a place and online, gifts in year columns, posts
in source-of-funds columns with a column of totals, a statement label wrapped over two rows,
participles of convening before a place."""
from kg.extract.pipeline import extract
from kg.ingest import read_text
from kg.ingest.layout import mend_ocr_digits
from facts_of import by_start, finance, gifts, links, posts

EN_HEAD = """Seventy-ninth session
Item 99 (d) of the provisional agenda*
United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean
Report of the Secretary-General
I. Introduction
1.\tThe present report covers the activities of the Regional Centre from July 1, 2023 to June 30, 2024.
"""
RU_HEAD = """Шестидесятая сессия
Пункт 97 d) предварительной повестки дня*
Региональный центр Организации Объединенных Наций по вопросам мира и разоружения в Африке
Доклад Генерального секретаря
I.\tВведение
1.\tНастоящий доклад охватывает деятельность Регионального центра в период с 1 июля 2004 года по 30 июня 2005 года.
"""


def test_letters_an_ocr_scan_read_for_digits_are_mended_in_numbers_only():
    assert mend_ocr_digits("to 3O June l996, ($1OO,OOO), 135,OOO, A/51/15O.") == \
        "to 30 June 1996, ($100,000), 135,000, A/51/150."
    assert mend_ocr_digits("Япония - 1ОО 000 долл. США; 2 5ОО; 162 3О4") == "Япония - 100 000 долл. США; 2 500; 162 304"
    # letters that stand apart from digits are words
    assert mend_ocr_digits("О 2 вопросах, NO-B, Oslo 1990, OAU, ООН 15") == "О 2 вопросах, NO-B, Oslo 1990, OAU, ООН 15"


def test_an_ocr_copy_gives_its_period_dates_and_amounts():
    document = read_text(EN_HEAD.replace("from July 1, 2023 to June 30, 2024", "from 1 July 1995 to 3O June 1996")
                         + "2.\tFrom 1O to 12 October 1995, the Centre organized at Lomé a regional seminar.\n"
                         "3.\tIn 1995, contributions were received from Norway ($1OO,OOO) and Japan ($3O,000).\n")
    facts = extract(document)
    assert (document.metadata.period_start, document.metadata.period_end) == ("1995-07-01", "1996-06-30")
    assert ("1995-10-10", "1995-10-12") in {(a.start, a.end) for a in facts.activities}
    assert gifts(facts) == {("NOR", 100000, "USD"), ("JPN", 30000, "USD")}


def test_dates_in_the_united_states_order_in_the_period_and_the_statement():
    document = read_text(EN_HEAD + "Annex\nStatus of the Trust Fund for the year ended December 31, 2023\n"
                              "(Thousands of United States dollars)\n\t2023\t2022\nVoluntary contributions\t725\t777\n"
                              "Total revenue\t725\t777\nOperating expenses\t812\t694\nNet result\t(87)\t83\n"
                              "Fund balance, January 1\t1,536\t1,453\nFund balance, December 31\t1,449\t1,536\n")
    facts = extract(document)
    assert (document.metadata.period_start, document.metadata.period_end) == ("2023-07-01", "2024-06-30")
    assert (finance(facts)["opening-balance"], finance(facts)["closing-balance"]) == (1536000, 1449000)


TABLE = ("2.\tThe activities are set out below.\nDate\tActivity\tVenue\tPartner\tParticipants\t\t\n"
         "\t\t\t\tTotal\tWomen\tStates\n"
         "September 12–14, 2023\tSubregional course on firearms investigation\tSan Salvador\t"
         "Central American Integration System (SICA)\t36\t14\t7\n"
         "April 16–17, 2024\tMeeting of experts on small arms control\tLima and online\tOffice for Disarmament Affairs\t44\t30\t15\n"
         "3.\tThe Centre continued its work.\n")


def test_a_header_spanning_a_second_header_row_a_partner_column_and_a_venue_online_and_in_a_place():
    activities = by_start(extract(read_text(EN_HEAD + TABLE)))
    course, meeting = activities["2023-09-12"], activities["2024-04-16"]
    assert (course.participants, course.participant_countries, course.modality) == (36, 7, "in-person")
    assert (meeting.participants, meeting.participant_countries, meeting.modality) == (44, 15, "hybrid")
    assert ("organizer", "SICA") in links(course) and ("organizer", "UNODA") in links(meeting)


def test_gifts_in_year_columns_and_posts_in_source_columns_with_a_column_of_totals():
    facts = extract(read_text(EN_HEAD + "2.\tThe contributions of the last two years are shown below.\n"
                              "(United States dollars)\nDonor\t2022\t2023\nCanada\t450,000\t500,000\n"
                              "Germany\t–\t210,000\nTotal\t450,000\t710,000\n"
                              "3.\tThe posts by source of funding are shown in the following table.\n"
                              "Grade\tRegular budget\tTrust Fund\tTotal\nP-5\t1\t–\t1\nP-3\t1\t2\t3\n"
                              "General Service\t2\t3\t5\n"))
    assert {(c.party.key, c.amount, c.year) for c in facts.contributions} == {
        ("CAN", 450000, 2022), ("CAN", 500000, 2023), ("DEU", 210000, 2023)}
    assert posts(facts) == {("P-5", 1, "UN"), ("P-3", 1, "UN"), ("P-3", 2, "UNLIREC-TRUST-FUND"),
                            ("GS", 2, "UN"), ("GS", 3, "UNLIREC-TRUST-FUND")}


def test_local_level_general_service_posts_and_a_place_of_several_words():
    facts = extract(read_text(EN_HEAD + "2.\tFrom May 20 to 24, 2024, the Regional Centre conducted in Port of Spain "
                              "a practical exercise for 18 forensic experts.\n"
                              "3.\tTwo local-level General Service posts are funded by the host country, Peru.\n"))
    assert by_start(facts)["2024-05-20"].modality == "in-person"
    assert posts(facts) == {("GS", 2, "PER")}


def test_russian_statement_label_wrapped_over_two_rows_and_a_convened_meeting():
    facts = extract(read_text(RU_HEAD + "2.\tВ период с 28 февраля по 4 марта 2005 года Центр организовал в Ломе учебный "
                              "курс для 26 сотрудников полиции и жандармерии Бенина, Буркина-Фасо и Того.\n"
                              "3.\t27 и 28 апреля 2005 года Директор Центра принял участие в совещании экспертов, "
                              "созванном Африканским союзом в Аддис-Абебе.\n"
                              "Приложение\nПоложение в Целевом фонде на 31 декабря 2004 года\n(В долларах США)\n"
                              "Добровольные взносы\t215 000\nИтого, поступления\t215 000\nРасходы\t247 860\n"
                              "Превышение поступлений над расходами\n(расходов над поступлениями)\t(32 860)\n"))
    course, meeting = by_start(facts)["2005-02-28"], by_start(facts)["2005-04-27"]
    assert {("beneficiary", key) for key in ("BEN", "BFA", "TGO")} <= links(course)
    assert meeting.modality == "in-person"
    assert finance(facts)["net-result"] == -32860


def test_the_second_check_english_main_verb_after_a_place_objects_after_its_and_locally_recruited_staff():
    facts = extract(read_text(EN_HEAD + "2.\tOn December 3, 2014, the Regional Centre, together with the Government of "
                              "Peru, held in Lima a national workshop, attended by some 60 officials.\n"
                              "3.\tFrom 30 March to 2 April 2015, the Regional Centre organized in Lima its annual "
                              "regional conference.\n"
                              "4.\tTwo locally recruited staff members are provided by the Government of Peru.\n"))
    workshop, conference = by_start(facts)["2014-12-03"], by_start(facts)["2015-03-30"]
    assert {("organizer", "UNLIREC"), ("organizer", "PER")} <= links(workshop)
    assert ("participant", "UNLIREC") not in links(workshop)
    assert conference.modality == "in-person"
    assert posts(facts) == {("GS", 2, "PER")}


def test_the_second_check_russian_tables_of_activities_gifts_and_a_time_phrase_after_a_name():
    facts = extract(read_text(RU_HEAD + "2.\tОсновные мероприятия Центра приводятся в таблице ниже.\n"
                              "Даты\tМероприятие\tМесто проведения\tПартнер\tЧисло участников\t\t\n"
                              "\t\t\t\tвсего\tженщин\tгосударств\n"
                              "12–14 сентября 2004 года\tУчебный курс для сотрудников полиции\tАккра\t"
                              "Экономическое сообщество западноафриканских государств\t32\t8\t6\n"
                              "3.\tДобровольные взносы, полученные Целевым фондом в последние два года, приводятся ниже.\n"
                              "(В долларах США)\nДонор\t2003\t2004\nШвеция\t120 000\t150 000\nКанада\t–\t95 000\n"))
    course = by_start(facts)["2004-09-12"]
    assert (course.participants, course.participant_countries) == (32, 6)
    assert ("organizer", "ECOWAS") in links(course) and ("beneficiary", "ECOWAS") not in links(course)
    assert {(c.party.key, c.amount, c.year) for c in facts.contributions} == {
        ("SWE", 120000, 2003), ("SWE", 150000, 2004), ("CAN", 95000, 2004)}
    assert not [m for m in facts.mentions if "последние" in m.text]


def test_a_reporting_period_stated_in_other_words():
    english = {"for the period 1 July 2014 to 30 June 2015", "from 1 July 2014 through 30 June 2015",
               "between 1 July 2014 and 30 June 2015", "during the period 1 July 2014-30 June 2015",
               "between July 1, 2014 and June 30, 2015"}
    for stated in english:
        document = read_text(EN_HEAD.replace("from July 1, 2023 to June 30, 2024", stated))
        assert (document.metadata.period_start, document.metadata.period_end) == ("2014-07-01", "2015-06-30"), stated
    russian = {"с 1 июля 2004 года до 30 июня 2005 года", "за период 1 июля 2004 года — 30 июня 2005 года"}
    for stated in russian:
        document = read_text(RU_HEAD.replace("в период с 1 июля 2004 года по 30 июня 2005 года", stated))
        assert (document.metadata.period_start, document.metadata.period_end) == ("2004-07-01", "2005-06-30"), stated
    # an event's days are no period
    document = read_text(EN_HEAD.replace("from July 1, 2023 to June 30, 2024", "from 3 to 5 March 2015"))
    assert document.metadata.period_start is None
