"""Spanish rules: dates, numbers, money and names, on expressions no report needs to have."""
import pytest

from kg.extract.es.dates import date_in_label, find_dates
from kg.extract.es.lexicon import activity_noun, plural
from kg.extract.es.money import AMOUNT, STATEMENT_LINES, _amount
from kg.extract.es.names import SpanishNames, demonym_forms
from kg.extract.es.numbers import amount, number
from kg.extract.statement import name_line
from kg.reference import default_gazetteer

PERIOD = ("2016-07-01", "2017-06-30")


@pytest.mark.parametrize("text, start, end", [
    ("El 4 de abril de 2017, el Centro", "2017-04-04", None),
    ("el 1º de septiembre de 2016", "2016-09-01", None),
    ("el 1.º de septiembre de 2016", "2016-09-01", None),
    ("del 6 al 9 de febrero de 2017", "2017-02-06", "2017-02-09"),
    ("del 27 de noviembre al 1 de diciembre de 2016", "2016-11-27", "2016-12-01"),
    ("del 28 de diciembre de 2016 al 3 de enero de 2017", "2016-12-28", "2017-01-03"),
    ("del 28 de diciembre al 3 de enero de 2017", "2016-12-28", "2017-01-03"),
    ("los días 2, 9 y 16 de octubre de 2016", "2016-10-02", "2016-10-16"),
    ("los días 7 y 8 de marzo", "2017-03-07", "2017-03-08"),
    ("en agosto de 2016 y enero de 2017", "2016-08", "2017-01"),
    ("en mayo de 2017", "2017-05", None),
    ("el 5 de Setiembre de 2016", "2016-09-05", None),
])
def test_date_expression(text, start, end):
    [span] = find_dates(text, period=PERIOD)
    assert (span.start, span.end) == (start, end)


def test_day_without_year_takes_the_year_written_before_then_the_period():
    spans = find_dates("El 1 de marzo de 2015 se celebró un taller y el 5 de noviembre un curso", period=PERIOD)
    assert [s.start for s in spans] == ["2015-03-01", "2015-11-05"]
    assert find_dates("el 5 de noviembre, el Centro", period=PERIOD)[0].start == "2016-11-05"
    assert find_dates("el 5 de marzo, el Centro", period=PERIOD)[0].start == "2017-03-05"


def test_the_reporting_period_is_marked():
    [span] = find_dates("durante el período comprendido entre el 1 de julio de 2016 y el 30 de junio de 2017",
                        period=PERIOD)
    assert span.is_period and (span.start, span.end) == PERIOD


def test_counts_and_amounts_are_not_dates():
    assert find_dates("participaron 41 funcionarios de 14 países") == []
    assert find_dates("por un total de 198.299 dólares") == []


def test_a_statement_line_gives_its_date():
    assert date_in_label("Superávit acumulado al 31 de diciembre de 2020") == "2020-12-31"
    assert date_in_label("Ingresos varios") is None


@pytest.mark.parametrize("text, value", [
    ("198.299", 198299), ("198 299", 198299), ("1.080.000,50", 1080000.5), ("12,5", 12.5),
    ("1,258,595", 1258595), ("3,000", 3000), ("47359", 47359),
])
def test_amounts_as_spanish_prints_them(text, value):
    assert amount(text) == value


def test_a_decimal_comma_before_a_multiplier():
    found = AMOUNT.search("una contribución de 1,25 millones de dólares")
    assert _amount(found) == (1_250_000, "USD")
    assert _amount(AMOUNT.search("aportó 120.000 euros")) == (120000, "EUR")
    assert _amount(AMOUNT.search("por valor de 34 826 dólares de los Estados Unidos")) == (34826, "USD")


@pytest.mark.parametrize("text, value", [("veinte", 20), ("treinta y seis", 36), ("dieciséis", 16),
                                         ("1.200", 1200), ("41", 41)])
def test_counts_in_words_and_digits(text, value):
    assert number(text) == value


@pytest.mark.parametrize("label, line", [
    ("Superávit acumulado al 1 de enero de 2020", "opening-balance"),
    ("Saldo del fondo al 31 de diciembre de 2019", "closing-balance"),
    ("Superávit/(déficit) de 2020", "net-result"),
    ("Total de gastos y reembolsos", "total-expenses"),
    ("Ingresos en concepto de inversiones", "investment-revenue"),
    ("Ingresos varios", "other-revenue"),
    ("Gastos generales de funcionamiento", "operating-expenses"),
    ("Reembolsos", "refunds"),
])
def test_statement_lines(label, line):
    assert name_line(STATEMENT_LINES, label) == line


@pytest.mark.parametrize("singular, plural_form", [
    ("reunión virtual", "reuniones virtuales"), ("seminario web", "seminarios web"),
    ("curso de capacitación", "cursos de capacitación"), ("mesa redonda", "mesas redondas"),
    ("taller", "talleres"),
])
def test_activity_nouns_in_the_plural(singular, plural_form):
    assert plural(singular) == plural_form


def test_a_modality_phrase_is_no_event():
    kind, _ = activity_noun("celebraron por videoconferencia una serie de seminarios web",
                            "celebraron por videoconferencia una serie de seminarios web")
    assert kind == "Webinar"


def test_demonyms_take_gender_and_number():
    assert demonym_forms("francés") == ["francés", "francesa", "franceses", "francesas"]
    assert "peruanas" in demonym_forms("peruano") and "estadounidenses" in demonym_forms("estadounidense")


def test_names_with_articles_and_nationalities():
    finder = SpanishNames(default_gazetteer(), None)
    found = {(m.entity.kind, m.entity.key) for m in finder.find(
        "con el apoyo del Canadá, los Estados Unidos de América y la Unión Europea, y del centro de "
        "estudios mexicano Instituto de Estudios sobre la Violencia Armada (IEVA); la reunión en Puerto España")}
    assert {("Country", "CAN"), ("Country", "USA"), ("Organization", "EU"), ("Country", "MEX"),
            ("Organization", "IEVA")} <= found
    assert ("Country", "ESP") not in found and ("Country", "REU") not in found


def _contributions(text: str) -> set[tuple[str, str, float, str, int]]:
    from kg.extract.es.money import contributions
    from kg.ingest.document import Paragraph

    paragraph = Paragraph("9", 9, text, "III", "body")
    mentions = SpanishNames(default_gazetteer(), None).find(text)
    return {(c.party.key, c.kind, c.amount, c.currency, c.year) for c in contributions(paragraph, mentions, 2011, set())}


def test_contributions_with_the_giver_before_or_after_the_amount():
    assert _contributions("En 2010 se recibieron contribuciones por un total de 80.000 dólares, de los cuales "
                          "50.000 dólares fueron aportados por Suecia, 20.000 dólares por el Canadá y 10.000 "
                          "dólares por México.") == {
        ("SWE", "voluntary-contribution", 50000, "USD", 2010), ("CAN", "voluntary-contribution", 20000, "USD", 2010),
        ("MEX", "voluntary-contribution", 10000, "USD", 2010)}
    assert _contributions("Alemania aportó 1,5 millones de euros; el Perú, 25 000 dólares.") == {
        ("DEU", "voluntary-contribution", 1500000, "EUR", 2011), ("PER", "voluntary-contribution", 25000, "USD", 2011)}
    assert _contributions("Se reembolsaron 12.400 dólares a la Unión Europea.") == {
        ("EU", "refund", 12400, "USD", 2011)}


SMALL_REPORT = """Septuagésimo período de sesiones
Tema 9 del programa provisional
Centro Regional de las Naciones Unidas para la Paz, el Desarme y el Desarrollo en América Latina y el Caribe
Informe del Secretario General
I. Introducción
1. El presente informe abarca las actividades realizadas del 1 de enero al 31 de diciembre de 2014.
2. El 3 de mayo de 2014, en el taller regional sobre armas de fuego, organizado por la Organización de los Estados Americanos (OEA) en Lima, participó el Centro Regional. Asistieron 40 funcionarios de 12 países.
3. Del 6 al 8 de octubre de 2014, el Centro Regional capacitó en Quito a treinta y dos agentes de la Policía Nacional del Ecuador, con financiación del Gobierno del Canadá.
"""


def test_the_centre_at_another_body_event_and_a_training_told_by_its_verb():
    from kg.extract.pipeline import extract
    from kg.ingest.reader import read_text

    facts = extract(read_text(SMALL_REPORT, source="invented.es.txt"))
    by_start = {a.start: a for a in facts.activities}
    workshop, training = by_start["2014-05-03"], by_start["2014-10-06"]
    links = lambda a: {(l.relation, l.target.key) for l in a.links}  # noqa: E731
    assert workshop.type == "Workshop" and workshop.modality == "in-person"
    assert {("organizer", "OAS"), ("participant", "UNLIREC")} <= links(workshop)
    assert ("organizer", "UNLIREC") not in links(workshop)
    assert (workshop.participants, workshop.participant_countries) == (40, 12)
    assert (training.type, training.end, training.participants) == ("Training", "2014-10-08", 32)
    assert {("organizer", "UNLIREC"), ("funder", "CAN")} <= links(training)
