"""French and Spanish phrasings and layouts that the second round of held-out fixtures
(tests/fixtures/reports/w-*) showed the extractor missing, checked on small invented texts:
amounts listed before one unit with "respectivement", 1990s running heads and dot leaders, a
statement copied one cell a line, a text without numbered paragraphs whose summary ends at its
first heading, an event opening its sentence, counts in words over a hundred, capitalised
openings ("À la demande de", "Invitado por")."""
from kg.extract.es.numbers import number as es_number
from kg.extract.pipeline import extract
from kg.ingest import read_text
from facts_of import links as _links

FR_HEAD = """Cinquante-quatrième session
Point 74 f) de la liste préliminaire*
Centre régional des Nations Unies pour la paix et le désarmement en Afrique
Rapport du Secrétaire général
I. INTRODUCTION
1. Le présent rapport rend compte des activités du Centre régional du 1er janvier au 31 décembre 1998.
"""
ES_HEAD = """Quincuagésimo sexto período de sesiones
Tema 66 f) de la lista preliminar*
Centro Regional de las Naciones Unidas para la Paz y el Desarme en África
Informe del Secretario General
I. Introducción
1. El presente informe abarca las actividades del Centro Regional del 1 de julio de 2000 al 30 de junio de 2001.
"""


def _gifts(facts):
    return {(c.party.key, c.amount, c.kind) for c in facts.contributions}


def test_amounts_listed_before_one_unit_pair_with_their_givers_respectively():
    fr = extract(read_text(FR_HEAD + "2. Le Centre régional a reçu des contributions volontaires de l'Allemagne, du "
                           "Japon et du Togo, d'un montant de 50 000, 80 000 et 7 400 dollars respectivement.\n"))
    assert _gifts(fr) == {("DEU", 50000, "voluntary-contribution"), ("JPN", 80000, "voluntary-contribution"),
                          ("TGO", 7400, "voluntary-contribution")}
    es = extract(read_text(ES_HEAD + "2. En 2000, el Centro Regional recibió contribuciones voluntarias de China, el "
                           "Japón y Nepal por valor de 100.000, 52.000 y 125.000 dólares, respectivamente.\n",
                           source="invented.es.txt"))
    assert _gifts(es) == {("CHN", 100000, "voluntary-contribution"), ("JPN", 52000, "voluntary-contribution"),
                          ("NPL", 125000, "voluntary-contribution")}


def test_a_typewritten_page_break_leaves_no_furniture_and_a_statement_with_dot_leaders_is_read():
    document = read_text(FR_HEAD + "2. Le Centre régional travaille avec l'Organisation de l'unité africaine.\n"
                         "99-20417 (F)     160799     190799\n/...\nA/54/158\nFrançais\nPage 2\n"
                         "3. Le Centre a poursuivi ses travaux.\nAnnexe\nÉTAT DES RECETTES ET DES DÉPENSES\n"
                         "(En dollars des États-Unis)\n"
                         "Solde des fonds au 1er janvier 1998 .......................   412 530\n"
                         "Contributions volontaires .............................   187 400\n"
                         "Dépenses ................................................   241 775\n")
    assert document.paragraphs[1].text.endswith("unité africaine.")
    lines = {line.line: line.amount for line in extract(document).finance}
    assert lines["opening-balance"] == 412530 and lines["voluntary-contributions"] == 187400
    assert lines["operating-expenses"] == 241775


def test_a_statement_copied_one_cell_a_line_pairs_each_label_with_the_amount_under_it():
    facts = extract(read_text(FR_HEAD + "2. Le Centre a poursuivi ses travaux.\nAnnexe\nSituation du Fonds en 1998\n"
                              "(En dollars des États-Unis)\nExcédent cumulé au 1er janvier 1998\n2 014 377\n"
                              "Contributions volontaires\n1 715 500\nExcédent cumulé au 31 décembre 1998\n2 298 249\n"))
    assert {line.line: line.amount for line in facts.finance} == {
        "opening-balance": 2014377, "voluntary-contributions": 1715500, "closing-balance": 2298249}


def test_without_numbered_paragraphs_the_summary_ends_at_the_first_heading():
    text = ("Naciones Unidas A/77/131\nSeptuagésimo séptimo período de sesiones\n"
            "Centro Regional de las Naciones Unidas para la Paz y el Desarme en Asia y el Pacífico\n"
            "Informe del Secretario General\n\nResumen\n\nEn el presente informe se describen las actividades del "
            "Centro Regional entre el 1 de julio de 2021 y el 30 de junio de 2022.\n\nIntroducción\n\n"
            "La Asamblea General, en su resolución 76/80, solicitó al Secretario General que le informara sobre la "
            "aplicación de dicha resolución.\n\nActividades del Centro Regional\n\n"
            "El 14 de septiembre de 2021, el Centro Regional, junto con el Gobierno de Mongolia, celebró en línea una "
            "reunión nacional en la que participaron veintisiete funcionarios mongoles.\n\n"
            "El Secretario General expresa su agradecimiento a los Estados Miembros por su apoyo.\n")
    document = read_text(text, source="invented.es.txt")
    assert [p.part for p in document.paragraphs] == ["summary", "body", "body", "body"]
    [activity] = extract(document).activities
    assert {("organizer", "UNRCPD"), ("organizer", "MNG")} <= _links(activity)
    assert activity.participants == 27


def test_an_event_opening_its_sentence_takes_no_organiser_from_the_lists_after_it():
    facts = extract(read_text(ES_HEAD + "2. Un curso de formación dirigido a cuarenta y ocho oficiales de Guinea, "
                              "Liberia y Sierra Leona, entre ellos 6 mujeres, se celebró en Conakry del 5 al 16 de "
                              "febrero de 2001. Fue organizado por el Centro con financiación del Gobierno del Canadá.\n",
                              source="invented.es.txt"))
    [activity] = facts.activities
    assert {("organizer", "UNREC"), ("funder", "CAN"), ("beneficiary", "LBR")} <= _links(activity)
    assert not {("organizer", "LBR"), ("organizer", "SLE"), ("organizer", "GIN")} & _links(activity)
    assert activity.participants == 48


def test_spanish_counts_in_words_over_a_hundred():
    assert [es_number(t) for t in ("ciento veinte", "doscientos cuarenta y cinco", "cien", "quinientas")] == [
        120, 245, 100, 500]


def test_capitalised_openings_name_the_requester_and_the_inviter():
    fr = extract(read_text(FR_HEAD + "2. À la demande du Gouvernement nigérien, le Centre a prêté son assistance "
                           "technique pour la destruction de 400 armes, qui a eu lieu à Niamey du 3 au 6 mars 1998.\n"))
    assert ("beneficiary", "NER") in _links(fr.activities[0])
    es = extract(read_text(ES_HEAD + "2. Invitado por la Unión Africana, el Centro Regional intervino en la reunión "
                           "celebrada en Addis Abeba los días 9 y 10 de marzo de 2001.\n", source="invented.es.txt"))
    assert {("organizer", "AU"), ("participant", "UNREC")} <= _links(es.activities[0])


def test_the_first_period_stated_wins_over_an_events_dates():
    from kg.ingest.languages.es import find_range as es_range
    from kg.ingest.languages.fr import find_range as fr_range
    assert es_range("El presente informe abarca el período comprendido entre julio de 1995 y junio de 1996. "
                    "El Centro organizó, del 27 al 29 de noviembre de 1995, un seminario.") == ("1995-07-01", "1996-06-30")
    assert fr_range("Le rapport couvre la période de juillet 1995 à juin 1996. Du 3 au 5 mai 1996, le Centre a "
                    "organisé un atelier.") == ("1995-07-01", "1996-06-30")


def test_a_talk_given_at_an_invitation_is_taking_part_and_a_city_with_an_article_is_a_place():
    facts = extract(read_text(ES_HEAD + "2. Los días 14 y 15 de marzo de 2001, invitado por la Organización de los "
                              "Estados Americanos (OEA), el Director del Centro dictó una charla sobre seguridad en "
                              "Washington.\n3. En cooperación con el Gobierno de Bolivia, el Centro organizó en La Paz, "
                              "del 27 al 29 de noviembre de 2000, un seminario sobre medidas de confianza.\n",
                              source="invented.es.txt"))
    talk, seminar = sorted(facts.activities, key=lambda a: a.paragraph)
    assert {("organizer", "OAS"), ("participant", "UNREC")} <= _links(talk)
    assert ("organizer", "UNREC") not in _links(talk)
    assert seminar.modality == "in-person"


def test_an_elliptical_giver_and_countries_listed_in_brackets():
    facts = extract(read_text(ES_HEAD + "2. Con financiación del Gobierno de Suecia, se llevó a cabo en Lima, del 20 de "
                              "mayo al 7 de junio de 2001, un curso para 25 oficiales de los países andinos (Bolivia, "
                              "Colombia, el Ecuador, el Perú y Venezuela), organizado por el Centro.\n"
                              "3. En 2000, el Gobierno de Suecia aportó 120.000 dólares al Centro y el de México, "
                              "10.000 dólares.\n", source="invented.es.txt"))
    [course] = facts.activities
    assert {("participant", key) for key in ("BOL", "COL", "ECU", "PER", "VEN")} <= _links(course)
    assert _gifts(facts) == {("SWE", 120000, "voluntary-contribution"), ("MEX", 10000, "voluntary-contribution")}


def test_a_date_after_a_clause_that_names_a_treaty_dates_an_event():
    from kg.extract.fr.dates import find_dates
    from kg.extract.fr.lexicon import adoption_date
    text = ("Un atelier, coorganisé par le Centre régional et le secrétariat du Traité, s’est tenu à Manille "
            "du 27 au 29 novembre 2018.")
    assert not adoption_date(text, find_dates(text)[0])
    signed = "la Convention signée le 2 avril 2013"
    assert adoption_date(signed, find_dates(signed)[0])


def test_french_round_counts_are_read_as_their_number():
    from kg.extract.fr import lexicon
    both = lexicon.COUNT_BOTH.search("Une quarantaine de fonctionnaires de 11 pays y ont pris part.")
    assert (lexicon.number(both.group("people")), lexicon.number(both.group("countries"))) == (40, 11)
    assert lexicon.number(lexicon.COUNT_PEOPLE.search("une trentaine d’étudiants").group(1)) == 30
    assert lexicon.number(lexicon.COUNT_COUNTRIES.search("venus d’une vingtaine de pays").group(1)) == 20
    assert lexicon.COUNT_PEOPLE.search("une quarantaine de 14 jours") is None


def test_spanish_round_counts_are_read_as_their_number():
    from kg.extract.es import lexicon
    both = lexicon.COUNT_BOTH.search("asistieron una veintena de expertos de 12 países")
    assert (lexicon.number(both.group("people")), lexicon.number(both.group("countries"))) == (20, 12)
    assert lexicon.number(lexicon.COUNT_PEOPLE.search("un centenar de participantes").group(1)) == 100
    assert lexicon.COUNT_PEOPLE.search("una cuarentena de 14 días") is None
