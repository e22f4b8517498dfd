"""English and Russian layouts and phrasings that the held-out z-* round (tests/fixtures/README-en.md,
README-ru.md) showed the reader and extractor missing, checked on small invented texts: dates in
figures in a table's cells, expenses by object with no printed total, a statement told in a
paragraph with a row under 100, funders named by kind and place in Russian, tables of gifts and
posts in English, posts paid by an active verb after them, hosts named at the head of an event's
name, and a footnote mark set apart before a comma."""
from kg.extract.en.dates import find_dates as en_dates
from kg.extract.dates import numeric_atoms
from kg.extract.pipeline import extract
from kg.extract.ru.dates import find_dates as ru_dates
from kg.ingest import read_text
from facts_of import by_start as _by_start, finance as _finance, links as _links

EN_HEAD = """Seventy-first session
Item 98 (c) of the preliminary list*
United Nations Regional Centre for Peace and Disarmament in Africa
Report of the Secretary-General
I. Introduction
1.\tThe present report covers the activities of the Regional Centre from 1 July 2015 to 30 June 2016.
"""
RU_HEAD = """Семьдесят третья сессия
Пункт 99 (d) предварительного перечня*
Региональный центр Организации Объединенных Наций по вопросам мира и разоружения в Африке
Доклад Генерального секретаря
I.\tВведение
1.\tНастоящий доклад охватывает деятельность Регионального центра за период с 1 июля 2017 года по 30 июня 2018 года.
"""


def _posts(facts):
    return sorted((post.grade, post.count, post.funded_by.key if post.funded_by else None) for post in facts.posts)


def test_a_date_in_figures_is_read_day_first_and_a_range_of_two_is_one_span():
    assert [(s.start, s.end) for s in en_dates("09/11/2015 - 13/11/2015\tCourse")] == [("2015-11-09", "2015-11-13")]
    assert [(s.start, s.end) for s in ru_dates("20.11.2017–24.11.2017\tУчебный курс")] == [("2017-11-20", "2017-11-24")]
    # a second number above 12 is the day of an American copy; a symbol or a decimal is no date
    assert [(a.day, a.month) for a in numeric_atoms("08/15/2022")] == [(15, 8)]
    assert numeric_atoms("A/75/136, 1.5.20201 and 31/13/2020") == []


def test_a_table_whose_dates_are_in_figures_gives_each_row_its_activity():
    en = extract(read_text(EN_HEAD + "2.\tThe activities are set out below.\nDate\tActivity\tVenue\tParticipants\n"
                           "24/08/2015\tNational workshop on the Arms Trade Treaty\tSanto Domingo\t35\n"
                           "17/03/2016\tWebinar on small arms control\tOnline\t60\n"
                           "3.\tThe Centre continued its work.\n"))
    assert {start: a.participants for start, a in _by_start(en).items()} == {"2015-08-24": 35, "2016-03-17": 60}
    ru = extract(read_text(RU_HEAD + "2.\tМероприятия приводятся ниже.\nДата\tМероприятие\tМесто проведения\tЧисло участников\n"
                           "12.09.2017\tНациональный практикум по маркировке оружия\tНиамей\t38\n"
                           "06.03.2018\tРегиональное совещание экспертов\tАддис-Абеба\t45\n"
                           "3.\tЦентр продолжал свою работу.\n"))
    assert {start: a.participants for start, a in _by_start(ru).items()} == {"2017-09-12": 38, "2018-03-06": 45}


def test_russian_funders_named_by_an_events_kind_and_place_in_another_case():
    ru = extract(read_text(RU_HEAD + "2.\tМероприятия приводятся ниже.\nДата\tМероприятие\tМесто проведения\tЧисло участников\n"
                           "12.09.2017\tНациональный практикум по маркировке оружия\tНиамей\t38\n"
                           "20.11.2017\tУчебный курс по управлению запасами\tЛоме\t26\n"
                           "06.03.2018\tРегиональное совещание экспертов\tАддис-Абеба\t45\n"
                           "3.\tПрактикум в Ниамее был профинансирован Европейским союзом. Совещание в Аддис-Абебе было "
                           "проведено при финансовой поддержке правительства Германии.\n"))
    acts = _by_start(ru)
    assert ("funder", "EU") in _links(acts["2017-09-12"]) and ("funder", "DEU") in _links(acts["2018-03-06"])
    assert not {link for link in _links(acts["2017-11-20"]) if link[0] == "funder"}  # the course was not named


STATEMENT_EN = """Annex
Status of the Trust Fund for the year ended 31 December 2015
(United States dollars)
Fund balance, 1 January 2015\t1,204,310
Voluntary contributions\t380,450
Total revenue\t386,570
Expenses
Staff costs\t298,400
Travel\t61,250
General operating expenses\t23,070
{total}Net result\t(5,950)
Fund balance, 31 December 2015\t1,198,360
"""


def test_expenses_by_object_with_no_printed_total_are_their_sum():
    facts = extract(read_text(EN_HEAD + STATEMENT_EN.format(total="")))
    assert (_finance(facts)["operating-expenses"], _finance(facts)["total-expenses"]) == (382720, 382720)
    # a printed total still wins, as before
    facts = extract(read_text(EN_HEAD + STATEMENT_EN.format(total="Total expenses\t392,520\n")))
    assert (_finance(facts)["operating-expenses"], _finance(facts)["total-expenses"]) == (392520, 392520)
    ru = extract(read_text(RU_HEAD + "Приложение\nСостояние Целевого фонда на 31 декабря 2017 года\n(В долл. США)\n"
                           "Остаток средств на 1 января 2017 года\t1 842 100\nДобровольные взносы\t451 300\n"
                           "Итого, поступления\t451 300\nРасходы\nРасходы по персоналу\t310 250\nПутевые расходы\t72 400\n"
                           "Общие оперативные расходы\t28 120\nПрочие расходы\t1 000\n"
                           "Превышение поступлений над расходами\t39 530\nОстаток средств на 31 декабря 2017 года\t1 881 630\n"))
    assert (_finance(ru)["operating-expenses"], _finance(ru)["total-expenses"]) == (411770, 411770)
    assert "other-revenue" not in _finance(ru)  # "Прочие расходы" is an object of expenditure, no revenue


def test_a_statement_told_in_a_paragraph_reads_a_row_under_100_but_no_day():
    en = extract(read_text(EN_HEAD + "2.\tThe status of the Trust Fund as at 31 December 2015 was as follows (in United "
                           "States dollars): Fund balance as at 1 January 2015 215 430 Voluntary contributions 83 500 "
                           "Miscellaneous income 64 Total income 83 564 Expenditure 121 905 Shortfall of income over "
                           "expenditure (38 341) Fund balance as at 31 December 2015 177 089\n"))
    assert _finance(en) == {"opening-balance": 215430, "voluntary-contributions": 83500, "other-revenue": 64,
                            "total-revenue": 83564, "operating-expenses": 121905, "total-expenses": 121905,
                            "net-result": -38341, "closing-balance": 177089}
    assert "USA" not in {m.entity.key for m in en.mentions}  # "United States dollars" is the unit, no country
    ru = extract(read_text(RU_HEAD + "2.\tПоложение в Целевом фонде по состоянию на 31 декабря 2017 года выглядит "
                           "следующим образом (в долларах США): остаток средств на 1 января 2017 года 96 420; добровольные "
                           "взносы 54 000; разные поступления 85; итого, поступления 54 085; расходы 71 230; превышение "
                           "расходов над поступлениями (17 145); остаток средств на 31 декабря 2017 года 79 275.\n"))
    assert (_finance(ru)["other-revenue"], _finance(ru)["closing-balance"]) == (85, 79275)
    assert not [m for m in ru.mentions if "состоянию" in m.text]  # "по состоянию на" ends no name


def test_english_gifts_and_posts_in_tables():
    facts = extract(read_text(EN_HEAD + "2.\tThe contributions received in 2015 are listed below.\n"
                              "Donor\tAmount (United States dollars)\nGermany\t250,000\nMexico\t10,000\n"
                              "3.\tThe posts are shown below.\nPost\tGrade\tSource of funds\n"
                              "Programme Management Officer\tP-3\tTrust Fund\nAdministrative Assistant\tG-5\tRegular budget\n"))
    assert {(c.party.key, c.amount, c.currency) for c in facts.contributions} == {("DEU", 250000, "USD"), ("MEX", 10000, "USD")}
    assert _posts(facts) == [("G-5", 1, "UN"), ("P-3", 1, "UNREC-TRUST-FUND")]  # no "Trust Fund Administrative Assistant"


def test_russian_posts_paid_by_a_participle_or_an_active_verb_after_them():
    facts = extract(read_text(RU_HEAD + "2.\tЦентр располагает одной должностью класса С-5, финансируемой из регулярного "
                              "бюджета; должность младшего сотрудника категории специалистов (С-2) финансирует "
                              "правительство Японии.\n"))
    assert _posts(facts) == [("P-2", 1, "JPN"), ("P-5", 1, "UN")]


def test_english_co_organisers_hosts_and_places():
    facts = extract(read_text(EN_HEAD + "2.\tOn 24 August 2015, the Centre held a workshop organized with the Ministry "
                              "of Foreign Affairs of Ghana. On 3 March 2016, the Centre held a seminar organized with the "
                              "support of Japan.\n3.\tOn 19 February 2016, the Director of the Regional Centre delivered remarks at the ASEAN "
                              "Regional Forum Inter-Sessional Meeting on Non-Proliferation.\n4.\tFrom 23 to 25 November "
                              "2015, the Centre organized in Bamako a regional workshop on small arms.\n"))
    acts = _by_start(facts)
    assert ("organizer", "MINISTRY-OF-FOREIGN-AFFAIRS-OF-GHANA") in _links(acts["2015-08-24"])
    assert ("organizer", "JPN") not in _links(acts["2016-03-03"]) and ("funder", "JPN") in _links(acts["2016-03-03"])
    assert ("organizer", "ARF") in _links(acts["2016-02-19"]) and ("participant", "UNREC") in _links(acts["2016-02-19"])
    assert acts["2015-11-23"].modality == "in-person"


def test_a_footnote_mark_set_apart_before_a_comma_under_a_rule():
    doc = read_text(RU_HEAD.replace("1.\t", "1.    ") + "\n2.    В ноябре 2007 года Центр организовал в Джакарте практикум "
                    "по стрелковому оружию 1, который был\nпрофинансирован правительством Австралии. Курс начался с 1 июля.\n"
                    "__________________\n  * A/73/50.\n  1 В практикуме приняли участие представители Индонезии и Камбоджи.\n")
    marked = [p for p in doc.paragraphs if p.footnote_refs]
    assert [(p.number, [r.mark for r in p.footnote_refs]) for p in marked] == [(2, ["1"])]
    assert "оружию, который" in marked[0].text and "с 1 июля" in marked[0].text


def test_bulleted_items_are_sentences_and_funders_of_the_activities_in_two_places():
    facts = extract(read_text(EN_HEAD + "2. The Regional Centre carried out the following activities:\n"
                              "• From 13 to 17 September 2015, a training course for 24 officers of Burkina Faso, Mali "
                              "and the Niger, held in Ouagadougou;\n• On 2 and 3 December 2015, a seminar organized jointly "
                              "with ECCAS in Libreville;\n• On 22 March 2016, a briefing on the Arms Trade Treaty, in Addis "
                              "Ababa.\n3. The activities in Ouagadougou and Libreville were supported financially by the "
                              "Government of Germany.\n"))
    acts = _by_start(facts)
    course, seminar, briefing = acts["2015-09-13"], acts["2015-12-02"], acts["2016-03-22"]
    assert ("organizer", "MLI") not in _links(course) and ("organizer", "UNREC") in _links(course)
    assert ("organizer", "ECCAS") in _links(seminar) and ("organizer", "ECCAS") not in _links(course)
    assert ("funder", "DEU") in _links(course) & _links(seminar) and ("funder", "DEU") not in _links(briefing)


def test_english_year_columns_grouped_by_commas_and_a_minted_name_after_through_the():
    facts = extract(read_text(EN_HEAD + "2. The Centre thanks its partners.1\n__________________\n"
                              "   1 Through the German Federal Foreign Office.\n"
                              "Annex\nStatus of the Trust Fund for the year ended 31 December 2015\n(United States dollars)\n"
                              "                                        2015          2014\n"
                              "  Voluntary contributions            275,000       190,500\n"
                              "  Investment revenue                   8,214        11,052\n"
                              "Total revenue                        283,214       201,552\n"
                              "  Operating expenses                 251,690       230,415\n"
                              "  Refunds to donors                   12,300             -\n"
                              "Total expenses                       263,990       230,415\n"
                              "Surplus/(deficit)                     19,224       (28,863)\n"))
    assert {k: v for k, v in _finance(facts).items() if k in ("investment-revenue", "refunds", "net-result")} == {
        "investment-revenue": 8214, "refunds": 12300, "net-result": 19224}
    assert "German Federal Foreign Office" in {m.text for m in facts.mentions}
    assert "the German Federal Foreign Office" not in {m.text for m in facts.mentions}


def test_a_russian_web_copy_with_a_table_and_no_paragraph_numbers():
    text = ("Доклад Генерального секретаря\n\nВведение\n\nНастоящий доклад охватывает деятельность Регионального центра "
            "в период с 1 июля 2014 года по 30 июня 2015 года.\n\nДеятельность\n\nЦентр провел следующие мероприятия:\n\n"
            "Дата\tМероприятие\tМесто проведения\tУчастники\n"
            "26.08.2014\tНациональный практикум по стрелковому оружию\tКатманду\t32 должностных лица\n"
            "10.03.2015\tУчебный курс для тихоокеанских государств\tСува\tПредставители 9 государств\n\n"
            "Практикум в Катманду был профинансирован Европейским союзом.\n\n"
            "Должность Директора (С-5) финансируется из регулярного бюджета. Правительство Непала предоставляет двух "
            "сотрудников местного разряда.\n")
    facts = extract(read_text(RU_HEAD.split("I.")[0] + text))
    acts = _by_start(facts)
    workshop, course = acts["2014-08-26"], acts["2015-03-10"]
    assert (workshop.participants, course.participants, course.participant_countries) == (32, None, 9)
    assert ("funder", "EU") in _links(workshop) and ("funder", "EU") not in _links(course)
    assert _posts(facts) == [("GS", 2, "NPL"), ("P-5", 1, "UN")]


def test_a_small_figure_inside_a_rows_label_is_no_amount():
    facts = extract(read_text(EN_HEAD + "2.\tThe status of the Trust Fund as at 31 December 2015 was as follows (in United "
                              "States dollars): Fund balance as at 1 January 2015 215 430 Contributions from 12 Member "
                              "States 83 500 Total income 83 500 Expenditure 121 905 Fund balance as at 31 December 2015 "
                              "177 025\n"))
    assert (_finance(facts)["voluntary-contributions"], _finance(facts)["opening-balance"]) == (83500, 215430)
