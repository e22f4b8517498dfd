"""French rules: dates, numbers and amounts as French reports write them, and the activity
rules on small invented reports."""
import pytest

from kg.extract.fr.dates import date_in_label, find_dates
from kg.extract.fr.money import AMOUNT, _amount
from kg.extract.fr.numbers import decimal, number, words_to_int
from kg.extract.pipeline import extract
from kg.ingest import read_text
from facts_of import links

PERIOD = ("2020-07-01", "2021-06-30")


def spans(text, **kwargs):
    return [(s.start, s.end) for s in find_dates(text, period=kwargs.pop("period", PERIOD), **kwargs)]


@pytest.mark.parametrize("text, expected", [
    ("Le 18 décembre 2020, le Centre a organisé", [("2020-12-18", None)]),
    ("Les 1er, 8 et 15 décembre 2020, le Centre", [("2020-12-01", "2020-12-15")]),
    ("Du 18 au 20 mai 2021, le Centre", [("2021-05-18", "2021-05-20")]),
    ("du 29 novembre au 3 décembre 2020", [("2020-11-29", "2020-12-03")]),
    ("du 28 décembre 2020 au 3 janvier 2021", [("2020-12-28", "2021-01-03")]),
    ("En octobre 2020 et en février 2021, il a contribué", [("2020-10", "2021-02")]),
    ("les 2, 9 et 16 octobre", [("2020-10-02", "2020-10-16")]),  # year from the period
    ("le 1er juillet 2020", [("2020-07-01", None)]),
    ("le 3 fevrier 2021", [("2021-02-03", None)]),  # a copy that lost its accents
])
def test_french_date_expressions(text, expected):
    assert spans(text) == expected


def test_a_date_without_a_year_takes_the_year_written_before_it():
    assert spans("Le 24 mai, il a lancé une campagne.", year=2023) == [("2023-05-24", None)]


def test_the_reporting_period_is_marked_as_such():
    [span] = find_dates("porte sur les activités menées du 1er juillet 2020 au 30 juin 2021.", period=PERIOD)
    assert span.is_period


def test_a_statement_label_gives_its_date():
    assert date_in_label("Excédent cumulé au 1er janvier 2020") == "2020-01-01"
    assert date_in_label("Excédent/(déficit) cumulé au 31 décembre 2020") == "2020-12-31"
    assert date_in_label("Autres produits") is None


@pytest.mark.parametrize("text, value", [
    ("vingt", 20), ("Vingt-cinq", 25), ("trente et un", 31), ("soixante-dix", 70),
    ("soixante-quinze", 75), ("quatre-vingts", 80), ("quatre-vingt-douze", 92),
    ("cent vingt", 120), ("deux cents", 200), ("mille deux cents", 1200),
])
def test_numbers_in_words(text, value):
    assert words_to_int(text) == value
    assert number(text) == value


def test_numbers_in_digits_with_french_separators():
    assert number("41") == 41
    assert number("1\u202f200") == 1200  # narrow no-break space between thousands
    assert decimal("198\u00a0299") == 198299
    assert decimal("73,6") == 73.6  # decimal comma
    assert decimal("1.250.000") == 1250000
    assert words_to_int("parlementaires") is None


@pytest.mark.parametrize("text, value, currency", [
    ("un montant de 198 299 dollars", 198299, "USD"),
    ("un montant de 198\u202f299 dollars des États-Unis", 198299, "USD"),
    ("1,2 million de dollars", 1_200_000, "USD"),
    ("0,15 million de dollars", 150_000, "USD"),
    ("25 000 euros", 25000, "EUR"),
])
def test_amounts(text, value, currency):
    assert _amount(AMOUNT.search(text)) == (value, currency)


HEAD = """Soixante-dix-neuvième session
Point 98 b) de la liste préliminaire*
Examen et application du Document de clôture de la douzième session
extraordinaire de l’Assemblée générale
Centre régional des Nations Unies pour la paix et le désarmement en
Afrique
Rapport du Secrétaire général
Résumé
Le présent rapport rend compte des activités du Centre régional du 1er juillet 2023 au 30 juin 2024.
I. Introduction
1. Le présent rapport est soumis en application de la résolution 78/60 de l’Assemblée générale.
II. Activités du Centre régional
"""


def facts_of(body: str, annex: str = ""):
    return extract(read_text(HEAD + body + annex))


def test_a_wrapped_title_names_the_centre():
    facts = facts_of("2. Le Centre régional a poursuivi ses travaux.\n")
    assert facts.subject.key == "UNREC"


def test_passive_voice_a_government_by_its_adjective_and_a_count_in_words():
    facts = facts_of("2. Du 4 au 6 mars 2024, un atelier sur le Traité sur le commerce des armes a été organisé "
                     "à Lomé par le Centre régional et le Gouvernement togolais à l’intention du Bénin. "
                     "Vingt participants de trois pays y ont pris part. L’atelier a été financé par l’Union européenne.\n")
    [activity] = facts.activities
    assert (activity.start, activity.end, activity.type) == ("2024-03-04", "2024-03-06", "Workshop")
    assert (activity.participants, activity.participant_countries) == (20, 3)
    assert {("organizer", "UNREC"), ("organizer", "TGO"), ("funder", "EU"), ("instrument", "ATT"),
            ("beneficiary", "BEN")} <= links(activity)
    assert activity.modality == "in-person"


def test_the_centre_at_an_event_organised_by_others():
    facts = facts_of("2. Le 12 avril 2024, le Centre régional a participé à un webinaire organisé par "
                     "l’Office des Nations Unies contre la drogue et le crime.\n")
    [activity] = facts.activities
    assert links(activity) == {("organizer", "UNODC"), ("participant", "UNREC")}
    assert activity.modality == "online"


def test_an_unknown_partner_is_minted_from_its_french_name():
    facts = facts_of("2. Le 5 mai 2024, le Centre régional a tenu un séminaire en collaboration avec la "
                     "Commission nationale de lutte contre la prolifération des armes légères du Niger.\n")
    [activity] = facts.activities
    partner = next(l.target for l in activity.links if l.target.key != "UNREC")
    assert partner.label("fr") == "Commission nationale de lutte contre la prolifération des armes légères du Niger"
    assert not partner.in_reference


def test_a_meeting_is_not_la_reunion_and_dollars_are_not_the_united_states():
    facts = facts_of("2. Le 7 juin 2024, le Centre régional a organisé une réunion. La réunion a été financée "
                     "par le Japon à hauteur de 5 000 dollars des États-Unis.\n")
    keys = {m.entity.key for m in facts.mentions}
    assert "REU" not in keys and "USA" not in keys and "JPN" in keys


def test_statement_in_french_with_a_deficit_in_parentheses_and_posts():
    facts = facts_of(
        "2. Un poste de directeur (P-5) est financé au moyen du budget ordinaire. Deux agents des services "
        "généraux sont financés par le Togo.\n",
        "Annexe\nSituation du Fonds d’affectation spéciale pour le Centre régional en 2023\n"
        "(En dollars des États-Unis)\nExcédent cumulé au 1er janvier 2023 500\u202f000\n"
        "Contributions volontaires 100\u202f000\nTotal des produits 100\u202f000\n"
        "Frais généraux de fonctionnement 130\u202f000\nTotal des charges et remboursements 130\u202f000\n"
        "Excédent/(déficit) de l’exercice 2023 (30\u202f000)\nExcédent/(déficit) cumulé au 31 décembre 2023 470\u202f000\n")
    lines = {line.line: line.amount for line in facts.finance}
    assert lines["net-result"] == -30_000 and lines["closing-balance"] == 470_000
    assert all(check.consistent for check in facts.checks)
    assert {(p.grade, p.count, p.funded_by.key) for p in facts.posts} == {("P-5", 1, "UN"), ("GS", 2, "TGO")}


def test_a_title_wrapped_onto_a_lower_case_line_is_read_whole():
    text = HEAD.replace("désarmement en\nAfrique", "désarmement en Asie et\ndans le Pacifique")
    meta = read_text(text + "2. Le Centre régional a poursuivi ses travaux.\n").metadata
    assert meta.title == "Centre régional des Nations Unies pour la paix et le désarmement en Asie et dans le Pacifique"
    assert meta.agenda_title.endswith("douzième session extraordinaire de l’Assemblée générale")


def test_the_centre_at_the_conference_of_another_body_and_a_place_in_brackets():
    facts = facts_of("2. Du 15 au 17 janvier 2024, le Centre régional a pris part, en tant qu’intervenant, à la "
                     "conférence annuelle de la Plateforme africaine de la société civile pour la paix, tenue à "
                     "Dakar (Sénégal).\n")
    [activity] = facts.activities
    host = next(l.target for l in activity.links if l.relation == "organizer")
    assert host.label("fr") == "Plateforme africaine de la société civile pour la paix"
    assert ("participant", "UNREC") in links(activity) and ("organizer", "UNREC") not in links(activity)
    assert activity.modality == "in-person"


def test_another_centre_is_not_the_subject():
    facts = facts_of("2. Le 12 septembre 2023, le Centre a animé une séance lors d’un atelier organisé par le "
                     "Centre africain d’études et de recherche sur le terrorisme, grâce au financement du Japon.\n")
    [activity] = facts.activities
    keys = links(activity)
    assert ("participant", "UNREC") in keys and ("funder", "JPN") in keys
    assert ("organizer", "CENTRE-AFRICAIN-D-ETUDES-ET-DE-RECHERCHE-SUR-LE-TERRORISME") in keys


def test_amounts_in_one_sentence_go_to_their_own_donors_and_bare_grades_are_posts():
    facts = facts_of("2. En 2023, le Fonds a reçu 1,2 million de dollars de l’Allemagne et 250 000 euros de la "
                     "France.\n3. Le Centre dispose d’un poste P-5 et de deux postes P-3 financés au titre du budget "
                     "ordinaire.\n")
    assert {(c.party.key, c.amount, c.currency, c.year) for c in facts.contributions} == {
        ("DEU", 1_200_000, "USD", 2023), ("FRA", 250_000, "EUR", 2023)}
    assert {(p.grade, p.count, p.funded_by.key) for p in facts.posts} == {("P-5", 1, "UN"), ("P-3", 2, "UN")}


def test_participants_from_the_countries_listed_after_the_count():
    facts = facts_of("2. Le Centre régional a organisé, du 2 au 4 juillet 2023, à Lomé, une réunion régionale "
                     "d’experts, à laquelle ont participé 45 représentants venant de 15 États. Les participants "
                     "venaient des pays suivants : Bénin, Burkina Faso, Cabo Verde et Gambie.\n")
    [activity] = facts.activities
    assert (activity.participants, activity.participant_countries, activity.modality) == (45, 15, "in-person")
    assert {k for r, k in links(activity) if r == "participant"} == {"BEN", "BFA", "CPV", "GMB"}


def test_the_centre_that_only_takes_part_is_no_host_and_list_items_are_activities():
    facts = facts_of("2. Le Centre a participé le 18 mai 2024 à la quatrième Conférence des États parties au Traité "
                     "sur le commerce des armes, tenue à Genève.\n3. Au cours de la période considérée, le Centre a "
                     "organisé les activités suivantes : a) un séminaire sur la sécurité régionale, tenu à Lomé du 10 "
                     "au 12 mars 2024 ; b) une réunion d’experts sur les armes légères, tenue à Abidjan le 5 juin 2024.\n")
    conference, seminar, meeting = sorted(facts.activities, key=lambda a: a.paragraph + a.start)
    assert links(conference) == {("participant", "UNREC"), ("instrument", "ATT")}
    assert (seminar.start, seminar.end, seminar.type) == ("2024-03-10", "2024-03-12", "Workshop")
    assert (meeting.start, meeting.type) == ("2024-06-05", "Meeting")


def test_an_event_held_in_cooperation_with_a_partner_is_the_centres_too():
    facts = facts_of("2. Le 3 juin 2024, une séance d’information a été organisée à l’intention des missions "
                     "permanentes à New York, en coopération avec le Bureau des affaires de désarmement.\n")
    [activity] = facts.activities
    assert {("organizer", "UNREC"), ("organizer", "UNODA")} <= links(activity)
    assert activity.label == "séance d’information"


def test_people_from_a_country_named_by_its_adjective_and_the_funder_is_not_a_participant():
    facts = facts_of("2. Du 26 au 30 août 2023, l’UNREC a dispensé un cours sur les enquêtes relatives aux armes à "
                     "feu à 25 agents des forces de l’ordre togolaises, avec l’appui du Gouvernement canadien.\n")
    [activity] = facts.activities
    assert links(activity) == {("organizer", "UNREC"), ("participant", "TGO"), ("funder", "CAN")}
    assert activity.participants == 25


def test_an_opening_funder_is_no_organiser_and_a_government_after_civil_society_takes_part():
    facts = facts_of("2. Avec le soutien de l’Union européenne, le Centre régional a appuyé, le 30 novembre 2023, la "
                     "destruction de 1 500 armes à feu.\n3. Le 11 juillet 2023, le Centre régional a facilité un "
                     "dialogue national, auquel ont participé des représentants de la société civile et du "
                     "Gouvernement colombien.\n")
    destruction, dialogue = sorted(facts.activities, key=lambda a: a.paragraph)
    assert links(destruction) == {("organizer", "UNREC"), ("funder", "EU")}
    assert (destruction.type, destruction.participants) == ("Other", None)
    # a national dialogue is for the one country it names (kg.extract.activities._national)
    assert links(dialogue) == {("organizer", "UNREC"), ("participant", "COL"), ("beneficiary", "COL")}


def test_a_period_of_whole_months_and_older_dollar_signs():
    from kg.ingest.languages.fr import MARKERS
    assert MARKERS.period("portant sur la période allant de juillet 2019 à juin 2020.") == ("2019-07-01", "2020-06-30")
    assert MARKERS.period("les activités menées de janvier à décembre 2019") == ("2019-01-01", "2019-12-31")
    assert _amount(AMOUNT.search("un montant de 20 000 dollars E.-U.")) == (20000, "USD")
    assert _amount(AMOUNT.search("$ É.-U. 15 000")) == (15000, "USD")


def test_beneficiaries_listed_with_de_and_funders_as_subjects():
    facts = facts_of("2. Les 1er, 8 et 15 décembre 2023, une série de webinaires a été organisée par visioconférence "
                     "par le Centre régional à l’intention du Bénin, de l’Érythrée, des Comores et de Madagascar. "
                     "Le Japon et l’Union européenne ont financé ces webinaires.\n")
    [activity] = facts.activities
    assert (activity.start, activity.end, activity.type, activity.modality) == (
        "2023-12-01", "2023-12-15", "Webinar", "online")
    assert links(activity) == {("organizer", "UNREC"), ("beneficiary", "BEN"), ("beneficiary", "ERI"),
                               ("beneficiary", "COM"), ("beneficiary", "MDG"), ("funder", "JPN"), ("funder", "EU")}
